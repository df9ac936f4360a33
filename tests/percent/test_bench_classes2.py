"""Bench-audited classes of percentages (second round): invented sentences.

Lists of bare numbers that a percentage ends ("2.6 or 2.7 pct"), two-way
quotes in fractions ("6-1/2, 3/8 pct"), fractions of a point before a
percentage ("1/16 point to 6-5/16 pct") and the verb of "at a rate of".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from finparse.percent import extract_percent


def _rows(text: str) -> list[tuple[str, object, object, object, str, object]]:
    return [(p.text, p.value, p.low, p.high, p.unit, p.direction) for p in extract_percent(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflation may reach 4.1 or 4.3 pct next year.",
         [("4.1", Decimal("4.1"), None, None, "percent", None), ("4.3 pct", Decimal("4.3"), None, None, "percent", None)]),
        ("Exports climbed 22 and 19 percent in the two halves.",
         [("22", Decimal("22"), None, None, "percent", "up"), ("19 percent", Decimal("19"), None, None, "percent", "up")]),
        ("Coupons of 8-1/4, 8-3/8 and 8-5/8 pct respectively were set.",
         [("8-1/4", Decimal("8.25"), None, None, "percent", None), ("8-3/8", Decimal("8.375"), None, None, "percent", None),
          ("8-5/8 pct", Decimal("8.625"), None, None, "percent", None)]),
        ("Fares could drop by roughly seven or eight per cent.",
         [("roughly seven", Decimal("7"), None, None, "percent", "down"),
          ("eight per cent", Decimal("8"), None, None, "percent", "down")]),
        ("The board may trim the rate by 0.1 or 0.15 percentage point.",
         [("0.1", Decimal("0.1"), None, None, "percentage_point", "down"),
          ("0.15 percentage point", Decimal("0.15"), None, None, "percentage_point", "down")]),
        ("Spreads widened 30 and 45 basis points.",
         [("30", Decimal("30"), None, None, "basis_point", "up"), ("45 basis points", Decimal("45"), None, None, "basis_point", "up")]),
    ],
)
def test_listed_numbers_share_the_unit(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Output grew in 1985 and 6.7 pct in 1986.",  # a year
        "Orders were booked on May 14 and 15 pct were shipped.",  # a day of a month
        "Bonds were priced at 98.75 and 4.125 pct.",  # a price far from the percentage
        "The rate was set between 12 and 9 pct.",  # "between" keeps its range
        "The note pays one and 3/4 pct.",  # a whole number and a fraction: one number
    ],
)
def test_no_list(text: str) -> None:
    assert len(extract_percent(text)) == 1


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Three-month deposits were quoted at 7-1/4, 1/8 pct.", "7.125", "7.25"),
        ("Overnight money traded at 9-3/8 1/4 pct in the morning.", "9.25", "9.375"),
        ("Call money firmed to 5-7/8 six pct.", "5.875", "6"),
        ("One-week funds eased to 12, 11-3/4 pct.", "11.75", "12"),
        ("Period rates stood at 4-3/16 4-1/16 PCT.", "4.0625", "4.1875"),
        ("Sixes were quoted at eight, 7-7/8 pct.", "7.875", "8"),
        ("Yearly money was put at 10-1/16 15/16 pct.", "9.9375", "10.0625"),
    ],
)
def test_fraction_quotes_are_one_range(text: str, low: str, high: str) -> None:
    (p,) = extract_percent(text)
    assert (p.value, p.low, p.high, p.unit) == (None, Decimal(low), Decimal(high), "percent")
    assert text[p.start : p.end] == p.text and p.text[0].isalnum() and p.text.lower().endswith("pct")


@pytest.mark.parametrize(
    "text",
    [
        "Wheat protein rose 2-1/4 13 pct.",  # two numbers too far apart for a quote
        "Rates were 6, 7 pct.",  # no fraction: perhaps a list
    ],
)
def test_not_a_fraction_quote(text: str) -> None:
    assert all(p.value is not None for p in extract_percent(text))


def test_fraction_of_a_point_to_a_percentage() -> None:
    assert _rows("Two-month money shed 1/16 point to 6-3/8 pct, and the key rate lost 1-1/2 points to 9 pct.") == [
        ("1/16 point", Decimal("0.0625"), None, None, "percentage_point", "down"),
        ("6-3/8 pct", Decimal("6.375"), None, None, "percent", None),
        ("1-1/2 points", Decimal("1.5"), None, None, "percentage_point", "down"),
        ("9 pct", Decimal("9"), None, None, "percent", None),
    ]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Prices slipped after the bank lent funds at a rate of 4.5 pct for a week.", None),
        ("After a drop in reserves, the central bank offered money at a fixed rate of 3.1 pct.", None),
        ("Credit grew at an annualised rate of 9.2 pct in May.", "up"),
        ("Stocks were shrinking at an annual rate of 2 pct.", "down"),
    ],
)
def test_rate_of_takes_the_verb_before_at(text: str, direction: str | None) -> None:
    (p,) = extract_percent(text)
    assert p.direction == direction


def test_number_word_before_or() -> None:
    assert _rows("The payout was raised ten cents, or 12 pct.")[0][-1] == "up"
