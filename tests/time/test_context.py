"""Numbers and seasons that the words around them show to be no time (finparse._timecontext)."""

from __future__ import annotations

import datetime as dt

import pytest

from finparse.timewindow import extract_time

REF = dt.date(2020, 6, 15)


def texts(text: str) -> list[str]:
    return [w.text for w in extract_time(text, REF)]


@pytest.mark.parametrize(("text", "expected"), [
    # a clock time before a time zone or "hrs": not a year, not a count of hours
    ("Trading resumes at 2130 GMT.", []),
    ("Bids are due by 1100 hrs EDT on Friday.", ["Friday"]),
    ("Holders may convert until 1700 EST April 29.", ["April 29"]),
    ("The quake struck at 0620 hrs local time.", []),
    ("The deadline is 1200 hours on Monday.", ["Monday"]),
    ("Prices were set at 0945 gmt, a record for 2019.", ["2019"]),
    # a year stays a year, and a count of hours a count
    ("Founded in 1700, the bank grew.", ["1700"]),
    ("The strike lasted 36 hours.", ["36 hours"]),
    ("It ran for 1,200 hours of tests.", ["1,200 hours"]),
    # a figure before the capitalised heading of an earnings table
    ("Net loss 1,088,000 vs profit 187,000 Year Shr loss 12 cts", []),
    ("Revs 9,603,000 vs 6,116,000 YEAR Oper shr loss six cts", []),
    ("Avg shrs 5,500,000 vs 4,918,300 Year Shr profit 40 cts", []),
    ("Sales 2.4 mln vs 921,000 Nine mths Shr five cts", ["Nine mths"]),
    ("a 12 year loan and 30-Year bonds", ["12 year", "30-Year"]),
    # a season in a crop or grade name
    ("The bill helps 1987 winter wheat farmers.", ["1987"]),
    ("Spring wheat plantings rose while winter barley was steady.", []),
    ("HARD RED WINTER 1639 1635 54", []),
    ("Exports of soft red winter wheat slowed.", []),
    ("Spring potato area is 79,100 acres.", []),
    ("Farmers cut plantings this spring.", ["this spring"]),
    ("Sales rose in the winter of 2019.", ["winter of 2019"]),
])
def test_the_words_around_void_a_reading(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
