"""Years written across two, and ranges of years with a two-digit end.

- "2023-24" (a dash and two digits) is the Indian April-March year (SCHEMA),
  with or without "fiscal" or "FY" before it;
- "1987/88" (a slash) is a twelve-month year whose start the text does not
  give (a crop, budget or fiscal year): type only, unless the text says
  when it begins or ends, or the caller gives a fiscal year start;
- "2006-2007" (four digits, consecutive) is both calendar years, as "from
  2006 to 2007";
- "1985-90", "1988/92" (a two-digit end further on, up to ten years) are
  the years from one to the other; "2016-11" stays a month and "2015-32"
  is no time;
- split years make ranges with "to", "-" and "between ... and"; a split
  year "to September 30" or "to end-June" is the year that ends then;
- "beginning April 1" gives a split year its start; a single year it does
  not ("fiscal 1987 beginning April 1" starts in April 1987 in Tokyo,
  "fiscal 1988 starting Oct. 1" in October 1987 in Washington).
"""

from __future__ import annotations

import datetime as dt

import pytest

import finparse
from finparse import Extractor

REF = dt.date(2020, 6, 15)


def windows(text: str, **options: object) -> list[tuple[str, str | None, str | None]]:
    extractor = Extractor(**options) if options else Extractor()  # type: ignore[arg-type]
    return [(w.text, w.to_dict()["start_date"], w.to_dict()["end_date"])
            for w in extractor.extract(text, ref_date=REF, kinds="time")]


@pytest.mark.parametrize(("text", "expected"), [
    # the Indian April-March year
    ("Exports rose in 2023-24.", [("2023-24", "2023-04-01", "2024-04-01")]),
    ("Exports rose in 2023\u201324.", [("2023\u201324", "2023-04-01", "2024-04-01")]),
    ("The levy ends in fiscal 2021-22.", [("fiscal 2021-22", "2021-04-01", "2022-04-01")]),
    ("Outlays for fiscal year 1987-88 grew.", [("fiscal year 1987-88", "1987-04-01", "1988-04-01")]),
    ("Output in FY 1987-88 grew.", [("FY 1987-88", "1987-04-01", "1988-04-01")]),
    ("Imports peaked in 1999-00.", [("1999-00", "1999-04-01", "2000-04-01")]),
    # a slash: the start is not given
    ("The 1986/87 crop was poor.", [("1986/87", None, None)]),
    ("Sugar output in the 2019/20 season fell.", [("2019/20", None, None)]),
    ("The deficit for fiscal 1987/88 grew.", [("fiscal 1987/88", None, None)]),
    ("Cane crops in 2006/2007 were large.", [("2006/2007", None, None)]),
    # unless the text says when it begins or ends
    ("Its budget for the fiscal year 1987/88 beginning April 1 was cut.",
     [("fiscal year 1987/88 beginning April 1", "1987-04-01", "1988-04-01")]),
    ("Spending in financial year 2019/20 starting in July rose.",
     [("financial year 2019/20 starting in July", "2019-07-01", "2020-07-01")]),
    ("Growth slowed in fiscal 1986/87, ending June 30, the bank said.",
     [("fiscal 1986/87, ending June 30", "1986-07-01", "1987-07-01")]),
    ("Sales in fiscal 1987/88, which began in October, rose.",
     [("fiscal 1987/88, which began in October", "1987-10-01", "1988-10-01")]),
    # a single year with a start: the text does not say which year it starts in
    ("Aid rose in fiscal 1987 beginning on April 1.", [("fiscal 1987", "1987-01-01", "1988-01-01"),
                                                       ("April 1", None, None)]),  # (a date)
    # a split year to the end of a month: the year that ends then
    ("Net rose in 1985/86 to September 30.", [("1985/86 to September 30", "1985-10-01", "1986-10-01")]),
    ("Reserves hit a record in 2001/02 to end-June.", [("2001/02 to end-June", "2001-07-01", "2002-07-01")]),
    ("Prices rose 8 pct during fiscal 1986/87 to March 31.",
     [("fiscal 1986/87 to March 31", "1986-04-01", "1987-04-01")]),
    ("Sales rose in 1985/86 to September 15.", [("1985/86 to September 15", None, None)]),
    # four consecutive digits: both calendar years
    ("Crop estimates for 2006-2007 fell.", [("2006-2007", "2006-01-01", "2008-01-01")]),
    # a two-digit end further on: the years from one to the other
    ("Growth under the 1985-90 plan lagged.", [("1985-90", "1985-01-01", "1991-01-01")]),
    ("A projected 1988/92 financing gap widened.", [("1988/92", "1988-01-01", "1993-01-01")]),
    ("Payments fall due in 2021\u201325.", [("2021\u201325", "2021-01-01", "2026-01-01")]),
    ("Loans made in 1979-81 were rescheduled.", [("1979-81", "1979-01-01", "1982-01-01")]),
    # ranges of split years
    ("Exports grew from 1986/87 to 1988/89.", [("1986/87 to 1988/89", None, None)]),
    ("Margins held between 2019/20 and 2021/22.", [("between 2019/20 and 2021/22", None, None)]),
    ("Revenue doubled from 2021-22 to 2023-24.", [("2021-22 to 2023-24", "2021-04-01", "2024-04-01")]),
    # not split years, not ranges
    ("Prices rose in 2016-11.", [("2016-11", "2016-11-01", "2016-12-01")]),
    ("Is this a valid date? 2015-32", []),
    ("Call +86 2010-2015-86 now.", []),
])
def test_split_years_and_short_ranges(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert windows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The 1986/87 crop was poor.", [("1986/87", "1986-07-01", "1987-07-01")]),
    ("The deficit for fiscal 1987/88 grew.", [("fiscal 1987/88", "1987-07-01", "1988-07-01")]),
    ("Exports rose in 2023-24.", [("2023-24", "2023-07-01", "2024-07-01")]),
])
def test_a_fiscal_year_start_gives_a_split_year_its_bounds(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert windows(text, fiscal_year_start=7) == expected


def test_a_split_year_is_a_twelve_month_period_whatever_its_bounds() -> None:
    for text in ("the 1986/87 crop", "the 1985/86 season", "fiscal 2001/02"):
        (found,) = finparse.extract(text, ref_date=REF, kinds="time")
        assert found.type == "period"
