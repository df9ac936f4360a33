"""Rows for classes of time expressions fixed together (see docs/semantics-time.md).

Every sentence was written for finparse (invented companies and figures);
each class has several variants: word order, plural, spacing, case,
hyphenation. Rows use the helpers of :mod:`test_time_corpus`.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.time.test_time_corpus import Expected, Row, check, day, dur, params, per

REF = "2025-09-27"  # a Saturday

# fmt: off

# "by" and "through" name the end point itself: the mention is the point.
BY_THROUGH: list[Row] = [
    ("Norvale will shut the mill by November 3.", REF, [day("November 3", "2025-11-03")]),
    ("Norvale will shut the mill by 3 November 2027.", REF, [day("3 November 2027", "2027-11-03")]),
    ("Kelt aims to double output by the year 2031.", REF,
     [per("the year 2031", "2031-01-01", "2032-01-01")]),
    ("Margins should hold through the third quarter of 2026.", REF,
     [per("the third quarter of 2026", "2026-07-01", "2026-10-01")]),
    ("Growth stays firm THROUGH 2028, Kelt said.", REF, [per("2028", "2028-01-01", "2029-01-01")]),
    ("The freeze lasts until 2027.", REF, [per("until 2027", "2025-09-27", "2028-01-01")]),
]

# A length that ends at a named day or month: "the trailing 12 months ended ...".
ENDING: list[Row] = [
    ("Brio earned $4 million in the trailing 12 months ended June 2024.", REF,
     [per("in the trailing 12 months ended June 2024", "2023-07-01", "2024-07-01")]),
    ("Brio sold $9 million over the last twelve months ending March , 2023.", REF,
     [per("over the last twelve months ending March , 2023", "2022-04-01", "2023-04-01")]),
    ("For the fiscal year that ended in September 2019, Brio lost money.", REF,
     [per("the fiscal year that ended in September 2019", "2018-10-01", "2019-10-01")]),
    ("Sales for the past six months ended Dec. 31, 2022 rose.", REF,
     [per("for the past six months ended Dec. 31, 2022", "2022-07-01", "2023-01-01")]),
    ("Output in the latest 3 months to August 2021 fell.", REF,
     [per("in the latest 3 months to August 2021", "2021-06-01", "2021-09-01")]),
]

# "in N units": a date ahead, but a length in a clause about the past or
# after a superlative, and before "of".
IN_LENGTH: list[Row] = [
    ("Orrin shares jumped 9% in three days.", REF, [dur("three days", "P3D")]),
    ("Volumes were the lowest in 12 years.", REF, [dur("12 years", "P12Y")]),
    ("It was the first cut in a decade.", REF, [dur("a decade", "P10Y")]),
    ("The index gained 4% in two weeks of trading.", REF, [dur("two weeks", "P2W")]),
    ("Orrin will list in two weeks.", REF, [day("in two weeks", "2025-10-11")]),
    ("Let us talk in 3 days.", REF, [day("in 3 days", "2025-09-30")]),
    ("The deal closes in 2 months.", REF, [day("in 2 months", "2025-11-27")]),
]

# "full-year" and "the full year" are the year a report is about.
FULL_YEAR: list[Row] = [
    ("Full-year sales are seen rising.", REF, [per("Full-year")]),
    ("Tamsen cut its full-year outlook.", REF, [per("full-year")]),
    ("For the full year, Tamsen expects a loss.", REF, [per("the full year")]),
    ("Tamsen will post its 2023 full-year results soon.", REF,
     [per("2023 full-year", "2023-01-01", "2024-01-01")]),
    ("Full year 2021 sales rose.", REF, [per("Full year 2021", "2021-01-01", "2022-01-01")]),
    ("The audit took a full year.", REF, [dur("full year", "P1Y")]),
]

# Mixed numbers in words, spaced or hyphenated.
SPELLED_MIXED: list[Row] = [
    ("A four-and-a-half-day strike ended.", REF, [dur("four-and-a-half-day", "P4DT12H")]),
    ("The loan has two and one-half years of grace.", REF,
     [dur("two and one-half years", "P2Y6M")]),
    ("a Three-And-One-Half-Year contract", REF, [dur("Three-And-One-Half-Year", "P3Y6M")]),
    ("It lasted six and a half weeks.", REF, [dur("six and a half weeks", "P45DT12H")]),
    ("A 5-and-a-half-month delay hurt.", REF, [dur("5-and-a-half-month", "P165D")]),
]

# India's fiscal notations follow the April-March year (SCHEMA).
INDIAN_FY: list[Row] = [
    ("Loom Ltd raised its FY26 guidance.", REF, [per("FY26", "2025-04-01", "2026-04-01")]),
    ("Profit in FY 25 doubled.", REF, [per("FY 25", "2024-04-01", "2025-04-01")]),
    ("Revenue in Q1FY26 rose.", REF, [per("Q1FY26", "2025-04-01", "2025-07-01")]),
    ("Revenue in Q4 FY24 fell.", REF, [per("Q4 FY24", "2024-01-01", "2024-04-01")]),
    ("Margins in H2fy25 narrowed.", REF, [per("H2fy25", "2024-10-01", "2025-04-01")]),
    ("Exports in 2022-23 rose.", REF, [per("2022-23", "2022-04-01", "2023-04-01")]),
    ("Exports in FY2022-23 rose.", REF, [per("FY2022-23", "2022-04-01", "2023-04-01")]),
    ("Loom's FY2024 revenue rose.", REF, [per("FY2024", "2024-01-01", "2025-01-01")]),
    # a year with a slash: twelve months whose start the text does not give
    ("The 1986/87 crop was small.", REF, [per("1986/87")]),
]

# Tense: past clauses look back, results are for completed quarters.
TENSE: list[Row] = [
    ("Sales for the quarter fell.", REF, [per("the quarter")]),
    ("THE QUARTER was weak.", REF, [per("THE QUARTER")]),
    ("Third-quarter profit rose 8%.", REF, [per("Third-quarter", "2024-07-01", "2024-10-01")]),
    ("Second quarter revenue fell.", REF, [per("Second quarter", "2025-04-01", "2025-07-01")]),
    ("Loom will report third-quarter results.", REF,
     [per("third-quarter", "2025-07-01", "2025-10-01")]),
    ("Loom said over the weekend it sold a unit.", "2025-09-29",
     [per("the weekend", "2025-09-27", "2025-09-29")]),
    ("Loom reported on the week-end that sales fell.", "2025-10-01",
     [per("the week-end", "2025-09-27", "2025-09-29")]),
    ("Earlier this month, Loom won an order.", REF,
     [per("Earlier this month", "2025-09-01", "2025-09-28")]),
    ("Loom said earlier this year it would sell.", REF,
     [per("earlier this year", "2025-01-01", "2025-09-28")]),
]

# fmt: on

TABLES: dict[str, list[Any]] = {
    "by-through": BY_THROUGH,
    "ending": ENDING,
    "in-length": IN_LENGTH,
    "full-year": FULL_YEAR,
    "spelled-mixed": SPELLED_MIXED,
    "indian-fy": INDIAN_FY,
    "tense": TENSE,
}


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [p for group, table in TABLES.items() for p in params(group, table)],
)
def test_class_row(text: str, ref: str | None, expected: list[Expected]) -> None:
    check(text, ref, expected)
