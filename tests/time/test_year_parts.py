"""A quarter or half of the year named just before it.

"last year's first quarter", "1985's fourth qtr", "this year's second half",
"fiscal 1987's first half", "last fiscal year's second half" and "the
fiscal 1986 fourth quarter" are one period each: the part of that year (a
fiscal year's part follows the fiscal year's start). A possessive year before
anything else ("last year's results") stays the year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from finparse import Extractor, extract

REF = dt.date(2020, 6, 15)


def periods(text: str, extractor: Extractor | None = None) -> list[tuple[str, str | None, str | None]]:
    found = (extractor or Extractor()).extract(text, ref_date=REF, kinds="time")
    return [(w.text, w.to_dict()["start_date"], w.to_dict()["end_date"]) for w in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("Net fell from last year's first quarter.", [("last year's first quarter", "2019-01-01", "2019-04-01")]),
    ("Net fell from last year\u2019s 4th qtr.", [("last year\u2019s 4th qtr", "2019-10-01", "2020-01-01")]),
    ("Sales should rise in this year's second half.", [("this year's second half", "2020-07-01", "2021-01-01")]),
    ("Orders firm for next year's first quarter.", [("next year's first quarter", "2021-01-01", "2021-04-01")]),
    ("It earned 5 cts in 1985's fourth quarter.", [("1985's fourth quarter", "1985-10-01", "1986-01-01")]),
    ("In the fiscal 1986 fourth quarter net rose.", [("fiscal 1986 fourth quarter", "1986-10-01", "1987-01-01")]),
    ("Margins grew in fiscal 1987's first half.", [("fiscal 1987's first half", "1987-01-01", "1987-07-01")]),
    ("Costs fell in last fiscal year's second half.",
     [("last fiscal year's second half", "2019-07-01", "2020-01-01")]),
    # not a part: the possessive year stays the year
    ("Last year's results were weak.", [("Last year", "2019-01-01", "2020-01-01")]),
    ("Congress cut this year's final 40 mln dlrs.", [("this year", "2020-01-01", "2021-01-01")]),
])
def test_parts_of_the_year_before_them(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert periods(text) == expected


def test_a_fiscal_years_part_follows_its_start() -> None:
    july = Extractor(fiscal_year_start=7)
    assert periods("It gained in fiscal 1987's first half.", july) == [
        ("fiscal 1987's first half", "1986-07-01", "1987-01-01")]
    assert periods("It gained in 1987's first half.", july) == [("1987's first half", "1987-01-01", "1987-07-01")]


def test_the_same_as_the_part_of_the_year_written_after() -> None:
    (before,) = extract("Net rose in 1985's third quarter.", kinds="time")
    (after,) = extract("Net rose in the third quarter of 1985.", kinds="time")
    assert (before.start_date, before.end_date) == (after.start_date, after.end_date)
