"""A quarter named by the month it ends in ("the September quarter", "the
December 1986 quarter", "the 1985 March qtr", as Australian and New Zealand
reports write them) is that calendar quarter; without a year it follows the
rule of any quarter without one (the latest completed, or the next when the
clause looks ahead). A month that ends no calendar quarter ("the May
quarter") is not read so.
"""

from __future__ import annotations

import datetime as dt

import pytest

from finparse import extract

REF = dt.date(2020, 6, 15)


@pytest.mark.parametrize(("text", "span", "start", "end"), [
    ("The deficit narrowed in the September quarter.", "the September quarter", "2019-07-01", "2019-10-01"),
    ("The December quarter showed a surplus.", "The December quarter", "2019-10-01", "2020-01-01"),
    ("Imports for the December 1986 quarter fell.", "the December 1986 quarter", "1986-10-01", "1987-01-01"),
    ("The 1985 December quarter showed a deficit.", "The 1985 December quarter", "1985-10-01", "1986-01-01"),
    ("Output in the March qtr rose.", "the March qtr", "2020-01-01", "2020-04-01"),
    ("It will report the June quarter soon.", "the June quarter", "2020-04-01", "2020-07-01"),
])
def test_a_quarter_named_by_its_last_month(text: str, span: str, start: str, end: str) -> None:
    (found,) = extract(text, ref_date=REF, kinds="time")
    assert (found.text, found.to_dict()["start_date"], found.to_dict()["end_date"]) == (span, start, end)


def test_a_month_that_ends_no_quarter_is_the_month() -> None:
    (found,) = extract("Sales in the May quarter rose.", ref_date=REF, kinds="time")
    assert (found.text, found.to_dict()["start_date"]) == ("May", "2020-05-01")
