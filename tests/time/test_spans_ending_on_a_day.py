"""A length ending on a day named relative to the reference date: "the week
ended yesterday", "the week ending Friday", "the week ended today" run for
the length up to the end of that day, as "the week ended March 6" does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from finparse import extract

REF = dt.date(2020, 6, 15)  # a Monday


@pytest.mark.parametrize(("text", "span", "start", "end"), [
    ("Funds rose 720 mln dlrs in the week ended yesterday.", "the week ended yesterday", "2020-06-08", "2020-06-15"),
    ("Sales fell in the week ending Friday.", "the week ending Friday", "2020-06-06", "2020-06-13"),
    ("Output in the two weeks ended Wednesday rose.", "the two weeks ended Wednesday", "2020-05-28", "2020-06-11"),
    ("Rates rose in the week ended March 6.", "the week ended March 6", "2020-02-29", "2020-03-07"),
])
def test_a_length_ending_on_a_relative_day(text: str, span: str, start: str, end: str) -> None:
    (found,) = extract(text, ref_date=REF, kinds="time")
    assert (found.text, found.to_dict()["start_date"], found.to_dict()["end_date"]) == (span, start, end)
