"""The first or second half of a month ("the second half of February",
"first half April shipment", "the 2nd half of May 1987") is its first or
second half, as "early" and "late" are; a half of a year stays a half-year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from finparse import extract

REF = dt.date(2020, 6, 15)


@pytest.mark.parametrize(("text", "span", "start", "end"), [
    ("Sales fell in the second half of February.", "the second half of February", "2020-02-15", "2020-03-01"),
    ("Rates held in the first half of December.", "the first half of December", "2019-12-01", "2019-12-16"),
    ("Buyers took second half March shipments.", "second half March", "2020-03-16", "2020-04-01"),
    ("Prices eased in the 2nd half of May 1987.", "the 2nd half of May 1987", "1987-05-16", "1987-06-01"),
    ("The plan covers the first-half of June.", "the first-half of June", "2020-06-01", "2020-06-16"),
    ("Profit rose in the first half of 1987.", "the first half of 1987", "1987-01-01", "1987-07-01"),
])
def test_halves_of_months(text: str, span: str, start: str, end: str) -> None:
    (found,) = extract(text, ref_date=REF, kinds="time")
    assert (found.text, found.to_dict()["start_date"], found.to_dict()["end_date"]) == (span, start, end)
