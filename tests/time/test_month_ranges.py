"""Ranges of months.

Two month names joined by a slash are one period, from the first month to
the end of the second ("June/July" delivery, "Aug/Sept" shipment, "the
March/May period"), wherever they stand; a year after the second is the
pair's year. A month abbreviated with a period makes ranges like a month
written out: "Jan. to March", "Sept.-Dec.", "Jan. 5 to Feb. 3" (the period
of an abbreviation does not end the sentence for the look for a connector).
A range of days with a year after it is in that year ("September 11-12,
1986", "March 3 to 5, 2024").
"""

from __future__ import annotations

import datetime as dt

import pytest

from finparse import extract

REF = dt.date(2020, 6, 15)


def periods(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(w.text, w.to_dict()["start_date"], w.to_dict()["end_date"])
            for w in extract(text, ref_date=REF, kinds="time")]


@pytest.mark.parametrize(("text", "expected"), [
    ("March/April sold at 4,340 dlrs.", [("March/April", "2020-03-01", "2020-05-01")]),
    ("Prices for June/July delivery firmed.", [("June/July", "2020-06-01", "2020-08-01")]),
    ("Buyers took Jan./Feb. cargoes.", [("Jan./Feb.", "2020-01-01", "2020-03-01")]),
    ("Trade in the March/May period slowed.", [("the March/May period", "2020-03-01", "2020-06-01")]),
    ("The March/April 1987 shipments left.", [("March/April 1987", "1987-03-01", "1987-05-01")]),
    ("Output in September/October 2019 fell.", [("September/October 2019", "2019-09-01", "2019-11-01")]),
    # across the turn of a year
    ("Dec/Jan positions were sold.", [("Dec/Jan", "2019-12-01", "2020-02-01")]),
    # the same month twice is no pair
    ("The May/May slot was taken.", [("May", "2020-05-01", "2020-06-01")]),
])
def test_month_pairs(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert periods(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales rose from Jan. to March.", [("Jan. to March", "2020-01-01", "2020-04-01")]),
    ("Margins held in the Sept.-Dec. quarter.", [("the Sept.-Dec. quarter", "2019-09-01", "2020-01-01")]),
    ("Jan.-March sales rose.", [("Jan.-March", "2020-01-01", "2020-04-01")]),
    ("Stocks fell from Aug. 1987 to Sept. 1988.", [("Aug. 1987 to Sept. 1988", "1987-08-01", "1988-10-01")]),
    ("Output rose between Oct. and Dec.", [("between Oct. and Dec.", "2019-10-01", "2020-01-01")]),
    ("Sales rose in Feb. and fell in March.", [("Feb.", "2020-02-01", "2020-03-01"), ("March", "2020-03-01", "2020-04-01")]),
])
def test_abbreviated_months_make_ranges(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert periods(text) == expected


def test_abbreviated_days_make_ranges() -> None:
    (found,) = extract("Bids ran from Jan. 5 to Feb. 3.", ref_date=REF, kinds="time")
    assert (found.text, found.start_date, found.end_date) == ("Jan. 5 to Feb. 3", dt.date(2020, 1, 5), dt.date(2020, 2, 4))


def test_a_pair_is_the_range_its_months_make_with_to() -> None:
    (pair,) = extract("It shipped in Aug/Sept.", ref_date=REF, kinds="time")
    (to,) = extract("It shipped from Aug. to Sept.", ref_date=REF, kinds="time")
    assert (pair.start_date, pair.end_date) == (to.start_date, to.end_date)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Markets fell on September 11-12, 1986, it said.", "1986-09-11", "1986-09-13"),
    ("The drop of Sept. 11-12, 1986 was studied.", "1986-09-11", "1986-09-13"),
    ("The fair runs March 3 to 5, 2024.", "2024-03-03", "2024-03-06"),
    ("Talks ran from Jan. 5 to Feb. 3, 1987.", "1987-01-05", "1987-02-04"),
    ("Talks ran Nov 28-30, 2023 in Oslo.", "2023-11-28", "2023-12-01"),
])
def test_a_range_of_days_takes_the_year_after_it(text: str, start: str, end: str) -> None:
    (found,) = extract(text, ref_date=REF, kinds="time")
    assert (found.to_dict()["start_date"], found.to_dict()["end_date"]) == (start, end)
