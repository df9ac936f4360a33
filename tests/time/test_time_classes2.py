"""More rows for classes of time expressions fixed together (see docs/semantics-time.md).

Every sentence was written for finparse (invented companies and figures);
each class has several variants: word order, plural, spacing, case,
hyphenation, and traps that must stay unread. Rows use the helpers of
:mod:`test_time_corpus`.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.time.test_time_corpus import Expected, Row, check, day, dur, params, per

REF = "2025-09-27"  # a Saturday

# fmt: off

# Years in words: a year period. Under four words a year needs a time word
# before it ("in", "since", "of", "fiscal", "the year", a month name).
YEAR_WORDS: list[Row] = [
    ("Varn Corp was founded in nineteen eighty-seven.", REF,
     [per("nineteen eighty-seven", "1987-01-01", "1988-01-01")]),
    ("Revenue in Twenty Twenty-Two doubled.", REF,
     [per("Twenty Twenty-Two", "2022-01-01", "2023-01-01")]),
    ("Sales in twenty twenty two doubled.", REF,
     [per("twenty twenty two", "2022-01-01", "2023-01-01")]),
    ("Margins widened during nineteen ninety nine.", REF,
     [per("nineteen ninety nine", "1999-01-01", "2000-01-01")]),
    ("Two thousand and nineteen was the best year for Varn.", REF,
     [per("Two thousand and nineteen", "2019-01-01", "2020-01-01")]),
    ("The bug scare peaked in THE YEAR TWO THOUSAND.", REF,
     [per("THE YEAR TWO THOUSAND", "2000-01-01", "2001-01-01")]),
    ("Varn has been public since two thousand.", REF,
     [per("since two thousand", "2000-01-01", "2025-09-28")]),
    ("Varn listed in June two thousand and four.", REF,
     [per("June two thousand and four", "2004-06-01", "2004-07-01")]),
    ("Varn listed in june of nineteen ninety-six.", REF,
     [per("june of nineteen ninety-six", "1996-06-01", "1996-07-01")]),
    ("Varn's fiscal twenty twenty-three results beat forecasts.", REF,
     [per("fiscal twenty twenty-three", "2023-01-01", "2024-01-01")]),
    ("Output peaked in eighteen ninety-five.", REF,
     [per("eighteen ninety-five", "1895-01-01", "1896-01-01")]),
    ("Hindsight is twenty twenty, the Varn chief said.", REF, []),
    ("Twenty twenty-one was tough for Varn.", REF, []),
    ("Varn hired twenty twenty-somethings.", REF, []),
    ("Varn sold two thousand and nine hundred units.", REF, []),
    ("Varn has two thousand and fifty employees.", REF, []),
]

# Ranges: one period, both ends included.
RANGES: list[Row] = [
    ("Fares were cut from 4/2 to 4/20 at Pelto Air.", REF,
     [per("4/2 to 4/20", "2025-04-02", "2025-04-21")]),
    ("Fares were cut From 6/1 Through 6/30.", REF,
     [per("6/1 Through 6/30", "2025-06-01", "2025-07-01")]),
    ("Traffic in the June/August period rose.", REF,
     [per("the June/August period", "2025-06-01", "2025-09-01")]),
    ("The July / September period was slow.", REF,
     [per("The July / September period", "2025-07-01", "2025-10-01")]),
    ("Sales in the JUNE-AUGUST PERIOD rose.", REF,
     [per("the JUNE-AUGUST PERIOD", "2025-06-01", "2025-09-01")]),
    ("Output rose in the April-to-June months.", REF,
     [per("the April-to-June months", "2025-04-01", "2025-07-01")]),
    ("Output rose April-to-June.", REF, [per("April-to-June", "2025-04-01", "2025-07-01")]),
    ("Output rose April-Through-June.", REF,
     [per("April-Through-June", "2025-04-01", "2025-07-01")]),
    ("Output rose February through April.", REF,
     [per("February through April", "2025-02-01", "2025-05-01")]),
    ("Output rose between June and August.", REF,
     [per("between June and August", "2025-06-01", "2025-09-01")]),
    ("Output rose Between July and  October.", REF,
     [per("Between July and  October", "2025-07-01", "2025-11-01")]),
    ("Orders rose 5/8 to 3/4 of capacity.", REF, []),
]

# Offsets in several parts: "ago" counts from the reference date; "later"
# and "earlier" point to another time (type only).
COMPOUND_OFFSETS: list[Row] = [
    ("The deal closed 2 weeks and 3 days ago.", REF, [day("2 weeks and 3 days ago", "2025-09-10")]),
    ("It began One Year And Six Months Ago.", REF,
     [day("One Year And Six Months Ago", "2024-03-27")]),
    ("It listed two-years and three-months ago.", REF,
     [day("two-years and three-months ago", "2023-06-27")]),
    ("It listed 1 year, 2 months and 5 days ago.", REF,
     [day("1 year, 2 months and 5 days ago", "2024-07-22")]),
    ("Varn paid three months and 10 days later.", REF, [day("three months and 10 days later")]),
    ("Varn had paid 2 years and 1 month earlier.", REF, [day("2 years and 1 month earlier")]),
    # units out of order are two mentions
    ("It listed 3 days and 2 weeks ago.", REF,
     [dur("3 days", "P3D"), day("2 weeks ago", "2025-09-13")]),
]

# Named relatives: units two away, calendar units, the last day of a unit,
# "since inception", parts of a year.
NAMED_RELATIVE: list[Row] = [
    ("Varn reports the month after next.", REF, [per("the month after next", "2025-11-01", "2025-12-01")]),
    ("Varn reports THE WEEK AFTER NEXT.", REF, [per("THE WEEK AFTER NEXT", "2025-10-06", "2025-10-13")]),
    ("Sales fell the year before last.", REF, [per("the year before last", "2023-01-01", "2024-01-01")]),
    ("Sales fell the year-before-last.", REF, [per("the year-before-last", "2023-01-01", "2024-01-01")]),
    ("Costs rise this calendar quarter.", REF,
     [per("this calendar quarter", "2025-07-01", "2025-10-01")]),
    ("Costs rise This Calendar Year.", REF, [per("This Calendar Year", "2025-01-01", "2026-01-01")]),
    ("Costs rose in the past calendar year.", REF,
     [per("in the past calendar year", "2024-01-01", "2025-01-01")]),
    ("Varn targets a profit by yearend.", REF, [day("yearend", "2025-12-31")]),
    ("Debt should fall by Year-End.", REF, [day("Year-End", "2025-12-31")]),
    ("Debt should fall by year end 2026.", REF, [day("year end 2026", "2026-12-31")]),
    ("Cash at quarter end will be low.", REF, [day("quarter end", "2025-09-30")]),
    ("Varn will book trades at Month-End.", REF, [day("Month-End", "2025-09-30")]),
    ("A Quarter-End rally lifted Varn.", REF, [day("Quarter-End", "2025-09-30")]),
    ("Varn moved its year end audit.", REF, []),
    ("Varn moved to a calendar year end.", REF, []),
    ("The fund has returned 9% since inception.", REF, [per("since inception")]),
    ("Since Its Inception the fund gained.", REF, [per("Since Its Inception")]),
    ("The fund has grown since its inception in 2011.", REF,
     [per("since its inception in 2011", "2011-01-01", "2025-09-28")]),
    ("Sales in the first nine months of 2024 rose.", REF,
     [per("the first nine months of 2024", "2024-01-01", "2024-10-01")]),
    ("Sales in the First 9 Months of 2024 rose.", REF,
     [per("the First 9 Months of 2024", "2024-01-01", "2024-10-01")]),
    ("Sales in the first three quarters of 2023 rose.", REF,
     [per("the first three quarters of 2023", "2023-01-01", "2023-10-01")]),
    ("Sales in the last two months of 2022 fell.", REF,
     [per("the last two months of 2022", "2022-11-01", "2023-01-01")]),
    ("In The Last Two Months Of 2022, sales fell.", REF,
     [per("The Last Two Months Of 2022", "2022-11-01", "2023-01-01")]),
    ("Sales rose in the past six months.", REF,
     [per("in the past six months", "2025-03-27", "2025-09-28")]),
]

# fmt: on

TABLES: dict[str, list[Any]] = {
    "year-words": YEAR_WORDS,
    "ranges": RANGES,
    "compound-offsets": COMPOUND_OFFSETS,
    "named-relative": NAMED_RELATIVE,
}


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [p for group, table in TABLES.items() for p in params(group, table)],
)
def test_class_row(text: str, ref: str | None, expected: list[Expected]) -> None:
    check(text, ref, expected)
