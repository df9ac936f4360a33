"""A quarter or half "of" a year a company names as its own: "the first
quarter of its fiscal 2025", "the third quarter of its 2024 fiscal year",
"the second quarter of the fiscal year", "the fourth quarter of their fiscal
year" are one period each, as "the first quarter of fiscal 2025" is; so is a
part of a year that ends on a day ("the second half of the fiscal year ending
September 30, 1987": April to September 1987).
"""

from __future__ import annotations

import datetime as dt

import pytest

from finparse import Extractor

REF = dt.date(2020, 6, 15)


@pytest.mark.parametrize(("text", "span", "start", "end"), [
    ("Sales rose in the first quarter of its fiscal 2025.", "the first quarter of its fiscal 2025",
     "2024-07-01", "2024-10-01"),
    ("Net fell in the third quarter of its 2024 fiscal year.", "the third quarter of its 2024 fiscal year",
     "2024-01-01", "2024-04-01"),
    ("It expects a loss in the second half of their fiscal year 2023.",
     "the second half of their fiscal year 2023", "2023-01-01", "2023-07-01"),
    ("Sales rose in the first quarter of fiscal 2025.", "the first quarter of fiscal 2025",
     "2024-07-01", "2024-10-01"),
])
def test_parts_of_a_companys_fiscal_year(text: str, span: str, start: str, end: str) -> None:
    (found,) = Extractor(fiscal_year_start=7).extract(text, ref_date=REF, kinds="time")
    assert (found.text, found.to_dict()["start_date"], found.to_dict()["end_date"]) == (span, start, end)


def test_the_fiscal_year_without_a_number_is_the_current_one() -> None:
    (found,) = Extractor().extract("Margins held in the second quarter of the fiscal year.", ref_date=REF,
                                   kinds="time")
    assert (found.text, found.to_dict()["start_date"]) == ("the second quarter of the fiscal year", "2020-04-01")


@pytest.mark.parametrize(("text", "span", "start", "end"), [
    ("It expects profit in the second half of the fiscal year ending September 30, 1987.",
     "the second half of the fiscal year ending September 30, 1987", "1987-04-01", "1987-10-01"),
    ("Mining starts in the second half of the year ending October 31, 1988.",
     "the second half of the year ending October 31, 1988", "1988-05-01", "1988-11-01"),
    ("Sales fell in the first quarter of their fiscal year ended March 31, 1987.",
     "the first quarter of their fiscal year ended March 31, 1987", "1986-04-01", "1986-07-01"),
    ("Costs rose in the last quarter of the fiscal year ended June 30, 1986.",
     "the last quarter of the fiscal year ended June 30, 1986", "1986-04-01", "1986-07-01"),
])
def test_a_part_of_a_year_that_ends_on_a_day(text: str, span: str, start: str, end: str) -> None:
    (found,) = Extractor().extract(text, ref_date=REF, kinds="time")
    assert (found.text, found.to_dict()["start_date"], found.to_dict()["end_date"]) == (span, start, end)
