"""Money error classes found auditing real news: coordinated numbers that
share one unit, and "pounds" that weigh. Sentences invented for finparse."""

from __future__ import annotations

import pytest

import finparse


def _money(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.to_dict()["amount"]) for m in finparse.extract(text, kinds=["money"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lots traded at 2,410 and 2,425 dlrs a tonne.",
         [("2,410", "2410"), ("2,425 dlrs", "2425")]),
        ("The notes come in denominations of 500, 2,000 and 20,000 euros.",
         [("500", "500"), ("2,000", "2000"), ("20,000 euros", "20000")]),
        ("Refunds of 12,000, 8,500, and 3,100 dollars were paid.",
         [("12,000", "12000"), ("8,500", "8500"), ("3,100 dollars", "3100")]),
        ("The two funds raised 7 and 9 billion yen.",
         [("7", "7000000000"), ("9 billion yen", "9000000000")]),
        ("Charges of 4.5 mln and 6.25 mln Swiss francs were booked.",
         [("4.5 mln", "4500000"), ("6.25 mln Swiss francs", "6250000")]),
        ("The A and B shares paid 14 and 9 cents respectively.",
         [("14", "0.14"), ("9 cents", "0.09")]),
        ("Both bids stood at 61.20 AND 61.75 Dlrs.",
         [("61.20", "61.2"), ("61.75 Dlrs", "61.75")]),
    ],
)
def test_coordinated_numbers_share_the_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert _money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year or a day of a month before "and" is no amount
        ("Sales were flat in 1991 and 40 mln dlrs in 1992.", [("40 mln dlrs", "40000000")]),
        ("It paid on June 12 and 75 mln stg later.", [("75 mln stg", "75000000")]),
        ("The payments fell on Sept. 4 and 30 mln dlrs came after.", [("30 mln dlrs", "30000000")]),
        # a whole number before a scaled amount keeps its own size, so is not one list
        ("Grants of 2,000 and 3 mln dlrs", [("3 mln dlrs", "3000000")]),
        # "between" makes a range, read whole
        ("priced between 4,100 and 4,600 dlrs", [("between 4,100 and 4,600 dlrs", None)]),
        # one number, then a comma before "and": not a list
        ("Rand fell to 1.84 dlrs from 1.8650, and 0.52 sterling", [("1.84 dlrs", "1.84"), ("1.8650", "1.8650"),
                                                                      ("0.52 sterling", "0.52")]),
    ],
)
def test_coordination_guards(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _money(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The new laptop weighs 4 pounds.",
        "Each drone WEIGHS less than 55 pounds.",
        "The plant's capacity will rise to 450 mln pounds a year.",
        "Annual production reached 2.3 billion pounds of resin last year.",
        "It lifted a payload of 9,000 pounds into orbit.",
        "Total output grew to 120 mln pounds from 95 mln.",
        "a 25,000 pound thrust engine",
        "a well flowing with 2,100 pounds pressure",
    ],
)
def test_pounds_of_weight_are_not_money(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its operating profit rose to 45 million pounds.", [("45 million pounds", "45000000")]),
        ("Production costs climbed to 12 mln pounds.", [("12 mln pounds", "12000000")]),
        ("Output rose and the mill was sold for 30 mln pounds.", [("30 mln pounds", "30000000")]),
        ("The production deal is worth 8 mln pounds sterling.", [("8 mln pounds sterling", "8000000")]),
        ("Egypt's output of cotton is priced at 900 Egyptian pounds a tonne.",
         [("900 Egyptian pounds", "900")]),
    ],
)
def test_pounds_of_money_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert _money(text) == expected
