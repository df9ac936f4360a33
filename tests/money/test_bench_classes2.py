"""Money error classes found auditing real news (second round): results-table
rows whose figures write no unit, and elliptical amounts after "of", "after",
"at", "by" ... or after a determiner, a describing word or a possessive.
Sentences invented for finparse."""

from __future__ import annotations

import pytest

import finparse


def _money(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.to_dict()["amount"]) for m in finparse.extract(text, kinds=["money"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shr 2.05 dlrs vs 1.80 dlrs Net 4,412,000 vs 3,905,000 Revs 88.1 mln vs 79.6",
         [("2.05 dlrs", "2.05"), ("1.80 dlrs", "1.80")]),
        ("Shr 61 cts vs 40 cts Net 12.4 mln vs 8.1 mln Sales 301.7 mln vs 288.0 mln",
         [("61 cts", "0.61"), ("40 cts", "0.40")]),
        ("Shr loss 1.12 dlrs vs profit 30 cts Net loss 7.3 mln vs profit 2,100,000",
         [("1.12 dlrs", "1.12"), ("30 cts", "0.30")]),
        ("Shr 3.40 marks vs 2.95 marks Net profit 48.2 mln vs 41.0 mln Turnover 1.2 billion vs 1.1 billion",
         [("3.40 marks", "3.40"), ("2.95 marks", "2.95")]),
        ("Qtr Shr 9.1p vs 7.7p Assets 512.6 mln versus 498.2 mln",
         [("9.1p", "0.091"), ("7.7p", "0.077")]),
    ],
)
def test_table_rows_without_unit_are_not_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert _money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare number after a verb or preposition still shares the unit
        ("Reserves rose 120 mln dlrs to 6.1 billion after climbing 310 mln to 5.98 billion.",
         [("120 mln dlrs", "120000000"), ("6.1 billion", "6100000000"), ("5.98 billion", "5980000000")]),
        ("The floor went to 2,150 yen from 2,050 and the cap was cut 100 to 2,600.",
         [("2,150 yen", "2150"), ("2,050", "2050"), ("2,600", "2600")]),
        ("Profit rose to 48.5 mln francs in 1986 from 39.2 mln in 1985.",
         [("48.5 mln francs", "48500000"), ("39.2 mln", "39200000")]),
    ],
)
def test_table_guard_keeps_prose(text: str, expected: list[tuple[str, str]]) -> None:
    assert _money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm earned 4.2 mln dlrs on sales of 61.5 mln last year.",
         [("4.2 mln dlrs", "4200000"), ("61.5 mln", "61500000")]),
        ("It posted a surplus of 812 billion lire in June against a deficit of 1,304 billion in May.",
         [("812 billion lire", "812000000000"), ("1,304 billion", "1304000000000")]),
        ("Exports of 9.4 billion crowns came with imports of 8.75 billion.",
         [("9.4 billion crowns", "9400000000"), ("8.75 billion", "8750000000")]),
        ("Profit fell to 77.1 mln guilders AFTER 80.6 mln a year before.",
         [("77.1 mln guilders", "77100000"), ("80.6 mln", "80600000")]),
        ("Spending was cut by 3.1 billion rand and borrowing by 1.25 billion.",
         [("3.1 billion rand", "3100000000"), ("1.25 billion", "1250000000")]),
        ("Takings stood at 19 mln stg, with Leeds second at 14.5 mln.",
         [("19 mln stg", "19000000"), ("14.5 mln", "14500000")]),
    ],
)
def test_elliptical_after_scaled_connectors(text: str, expected: list[tuple[str, str]]) -> None:
    assert _money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The loan was raised to 90 mln dlrs from the original 60 mln.",
         [("90 mln dlrs", "90000000"), ("60 mln", "60000000")]),
        ("Debt grew to 12.4 billion pesos from a revised 11.9 billion in March.",
         [("12.4 billion pesos", "12400000000"), ("11.9 billion", "11900000000")]),
        ("Output rose to 3.3 billion marks, up from last year's 2.95 billion.",
         [("3.3 billion marks", "3300000000"), ("2.95 billion", "2950000000")]),
        ("The deficit narrowed to 410 mln dlrs from 1985\u2019s 655 mln.",
         [("410 mln dlrs", "410000000"), ("655 mln", "655000000")]),
        ("Sales hit 2.2 billion yen versus the previous year's 1.7 billion.",
         [("2.2 billion yen", "2200000000"), ("1.7 billion", "1700000000")]),
        ("It rose to 5.6 billion stg from a record 5.1 billion.",
         [("5.6 billion stg", "5600000000"), ("5.1 billion", "5100000000")]),
        # a qualifier keeps its place in the span
        ("Costs reached 14 mln dlrs from an estimated 11 mln.",
         [("14 mln dlrs", "14000000"), ("an estimated 11 mln", "11000000")]),
    ],
)
def test_elliptical_after_determiner_and_describing_words(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _money(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no scale word after the new connectors: years, prices, counts
        "It bought 3 mln dlrs of stock at 12.50 each.",
        "It paid 40 mln dlrs in 1986 after 1,200 job cuts.",
        # a noun after the number: it counts something else
        "It paid 40 mln dlrs for a stake of 2.5 mln shares.",
        "Sales were 40 mln dlrs and average shares were 13.9 mln.",
    ],
)
def test_scaled_connectors_need_a_scale_word(text: str) -> None:
    assert len(_money(text)) == 1
