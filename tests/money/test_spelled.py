"""Money amounts with spelled decimals and quarters of a scale.

Every sentence here was written for finparse (invented companies and
figures): spelled decimals ("eight-point-five billion dollars", "12-point-one
trillion won") and quarters or halves of a scale ("a quarter of a million
euros", "two and a quarter billion dollars"), read by
:func:`finparse.numbers.read_words`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from corpus_rows import Expected, Row, gap, params

import finparse


def money(text: str, amount: str, currency: str) -> Expected:
    return {"text": text, "amount": Decimal(amount), "currency": currency}


def check(text: str, expected: list[Expected], found: list[Any]) -> None:
    for m in found:
        assert text[m.start : m.end] == m.text, (m.start, m.end, m.text)
    assert [m.text for m in found] == [e["text"] for e in expected]
    for m, exp in zip(found, expected, strict=True):
        assert {key: getattr(m, key) for key in exp} == exp, m


# fmt: off

SPELLED_DECIMALS: list[Row] = [
    ("Korvane Steel booked 12-point-one trillion won in orders.",
     [money("12-point-one trillion won", "12100000000000", "KRW")]),
    ("Halden Air spent eight-point-five billion dollars on jets.",
     [money("eight-point-five billion dollars", "8500000000", "USD")]),
    ("The regulator fined Osterby three point two million euros.",
     [money("three point two million euros", "3200000", "EUR")]),
    ("Brightwater raised Three Point Two Million Euros in March.",
     [money("Three Point Two Million Euros", "3200000", "EUR")]),
    ("Pellam Foods paid seven-point-two-five million Swiss francs.",
     [money("seven-point-two-five million Swiss francs", "7250000", "CHF")]),
    ("Its budget is one point zero five billion pounds this year.",
     [money("one point zero five billion pounds", "1050000000", "GBP")]),
    ("The deal was worth twenty - point - four billion yen.",
     [money("twenty - point - four billion yen", "20400000000", "JPY")]),
    ("Ferrant said revenue was 4 point five million dollars.",
     [money("4 point five million dollars", "4500000", "USD")]),
    ("It was a five-point plan worth 2 million dollars.",
     [money("2 million dollars", "2000000", "USD")]),
]

QUARTERS: list[Row] = [
    ("The charity received a quarter of a million euros.",
     [money("a quarter of a million euros", "250000", "EUR")]),
    ("Dunmore paid A Quarter Of A Billion Dollars for the mine.",
     [money("A Quarter Of A Billion Dollars", "250000000", "USD")]),
    ("Osterby spent a quarter million pounds on the refit.",
     [money("a quarter million pounds", "250000", "GBP")]),
    ("Brightwater lost two and a quarter billion dollars.",
     [money("two and a quarter billion dollars", "2250000000", "USD")]),
    ("The plant cost three and a half million euros.",
     [money("three and a half million euros", "3500000", "EUR")]),
    ("Rendal Mining invested one and three-quarter billion yen.",
     [money("one and three-quarter billion yen", "1750000000", "JPY")]),
    ("The bid valued Pellam at one and three quarters billion dollars.",
     [money("one and three quarters billion dollars", "1750000000", "USD")]),
    ("Halden set aside three quarters of a billion Swiss francs.",
     [money("three quarters of a billion Swiss francs", "750000000", "CHF")]),
    ("Tarvo raised Four And A Quarter Million Dollars.",
     [money("Four And A Quarter Million Dollars", "4250000", "USD")]),
    ("Profit fell in a quarter when sales dropped 5 dollars a unit.",
     [money("5 dollars", "5", "USD")]),
    ("One quarter earlier it held $5 million in cash.",
     [money("$5 million", "5000000", "USD")]),
    gap("Osterby spent a quarter-million dollars on the refit.",
        [money("a quarter-million dollars", "250000", "USD")],
        "the money scan does not start an amount at 'a' before 'quarter-million'"),
]

# fmt: on


@pytest.mark.parametrize(
    ("text", "expected"), params("spelled", SPELLED_DECIMALS) + params("quarter", QUARTERS)
)
def test_spelled_money(text: str, expected: list[Expected]) -> None:
    check(text, expected, finparse.extract(text, kinds="money"))
