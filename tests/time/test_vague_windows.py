"""Windows next to the reference date whose length the text leaves vague.

"the next few years", "over the past several months", "in the coming weeks"
are periods with their type only (no dates: the length is not said), as
"the next three years" is a period with dates. The counts that say no
number are the ``vague`` rows of ``finparse/data/time_words.tsv``. A vague
count without "the next", "the past" and the like ("coming" alone will do) is
no window ("several years", "last several months" as a verb), nor are
"previous years" and "following weeks", which point back into the text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from finparse import extract

REF = dt.date(2020, 6, 15)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(w.text, w.type, w.to_dict()["start_date"]) for w in extract(text, ref_date=REF, kinds="time")]


@pytest.mark.parametrize(("text", "span"), [
    ("Margins should widen over the next few years.", "over the next few years"),
    ("Prices fell in the last few weeks.", "in the last few weeks"),
    ("Output rose in the past several months.", "in the past several months"),
    ("Talks resume in the coming few days.", "in the coming few days"),
    ("Demand will firm over the coming weeks.", "over the coming weeks"),
    ("Rates may rise in coming months.", "coming months"),
    ("The Next Few Quarters look weak.", "The Next Few Quarters"),
])
def test_vague_windows_are_periods_without_dates(text: str, span: str) -> None:
    assert found(text) == [(span, "period", None)]


@pytest.mark.parametrize("text", [
    "It took several years to build.",
    "A few weeks passed.",
    "The next few were sold.",
    "Costs were higher in previous years.",  # (points back into the text)
    "It was cut following several weeks of talks.",
    "Talks could last several months.",
])
def test_a_vague_count_alone_is_no_window(text: str) -> None:
    assert found(text) == []


def test_a_number_still_gives_dates() -> None:
    assert found("Sales will grow over the next three years.") == [
        ("over the next three years", "period", "2020-06-16")]
