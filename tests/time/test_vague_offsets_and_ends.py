"""Days a vague length away, and the ends of months and years in the forms
wires write them.

- "a few weeks ago", "several years earlier", "a few months later" are dates
  with their type only (the length is not said);
- "at end December", "by end March", "from end 1986": the end of the period,
  after a preposition ("periods end January 31" is a verb, and "to end July
  31" is the day);
- "1986 year end", "1987 year-end": the last day of that year, as "year-end
  1986".
"""

from __future__ import annotations

import datetime as dt

import pytest

from finparse import extract

REF = dt.date(2020, 6, 15)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(w.text, w.type, w.to_dict()["date"]) for w in extract(text, ref_date=REF, kinds="time")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Prices were higher a few weeks ago.", [("a few weeks ago", "date", None)]),
    ("Several years earlier it had lost money.", [("Several years earlier", "date", None)]),
    ("The rule took effect a few months later.", [("a few months later", "date", None)]),
    ("It was sold three weeks ago.", [("three weeks ago", "date", "2020-05-25")]),
    ("A few weeks passed.", []),
])
def test_a_vague_length_away(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Reserves were 7 bln dlrs at end December.", [("end December", "date", "2019-12-31")]),
    ("Debt is due by end March.", [("end March", "date", "2020-03-31")]),
    ("Reserves were 7 bln at end December 1986.", [("end December 1986", "date", "1986-12-31")]),
    ("Loans have doubled from end 1986.", [("end 1986", "date", "1986-12-31")]),
    ("Loans at 1986 year end totaled 5 mln dlrs.", [("1986 year end", "date", "1986-12-31")]),
    ("It has a 1987 year-end target.", [("1987 year-end", "date", "1987-12-31")]),
    ("Periods end January 31, 1987.", [("January 31, 1987", "date", "1987-01-31")]),
    ("Results for the year to end July 31, 1987 rose.", [("July 31, 1987", "date", "1987-07-31")]),
])
def test_ends_of_months_and_years(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected
