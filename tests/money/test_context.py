"""Money read by its context: the currency a document stated last, the scale an elliptical amount borrows."""

from __future__ import annotations

import pytest

import finparse


def currencies(text: str) -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.currency, m.currency_assumed) for m in finparse.extract(text, kinds="money")]


@pytest.mark.parametrize(("text", "expected"), [
    # a later sentence takes the currency of the last amount that stated one the unit can mean
    ("It is issuing a 40 mln Australian dlr bond. Denominations are 1,000 dlrs.",
     [("40 mln Australian dlr", "AUD", False), ("1,000 dlrs", "AUD", True)]),
    ("Kestrel raised 50 mln Canadian dollars. Its shares rose 2 dollars to 30 dollars.",
     [("50 mln Canadian dollars", "CAD", False), ("2 dollars", "CAD", True), ("30 dollars", "CAD", True)]),
    ("The budget shows a 379 mln N.Z. dlr surplus. It compares with a 1.95 billion dlr deficit.",
     [("379 mln N.Z. dlr", "NZD", False), ("1.95 billion dlr", "NZD", True)]),
    ("Orbis earned SEK 5 million.\nIt paid 200 kr a share.",
     [("SEK 5 million", "SEK", False), ("200 kr", "SEK", True)]),
    ("Sales were 688 mln Swiss francs. Gross sales were 5.93 billion francs.",
     [("688 mln Swiss francs", "CHF", False), ("5.93 billion francs", "CHF", True)]),
    # an amount in U.S. dollars in between: U.S. dollars again
    ("A 100 mln Canadian dlr bond (72 mln U.S. dlrs). The fee is 5 dlrs.",
     [("100 mln Canadian dlr", "CAD", False), ("72 mln U.S. dlrs", "USD", False), ("5 dlrs", "USD", True)]),
    # nothing stated before: the default, as before
    ("Sales were 5 mln dlrs. It sold 4 mln Australian dlrs of notes.",
     [("5 mln dlrs", "USD", True), ("4 mln Australian dlrs", "AUD", False)]),
    # a unit that cannot mean the stated currency keeps its own
    ("Net was 3 mln stg. Shares closed at 250 pence, or 4 dlrs.",
     [("3 mln stg", "GBP", False), ("250 pence", "GBP", False), ("4 dlrs", "USD", True)]),
])
def test_an_ambiguous_unit_reads_the_documents_last_stated_currency(
    text: str, expected: list[tuple[str, str | None, bool]]
) -> None:
    assert currencies(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number whole without the scale of the amount before it keeps its value
    ("Revenues were 24.5 mln dlrs, compared with 7,900,000 for 1985.",
     [("24.5 mln dlrs", "24500000"), ("7,900,000", "7900000")]),
    ("Sales of 7.9 mln stg vs 6,500,000 a year earlier.",
     [("7.9 mln stg", "7900000"), ("6,500,000", "6500000")]),
    ("Backlog was three billion yen vs 2,600,000,000.",
     [("three billion yen", "3000000000"), ("2,600,000,000", "2600000000")]),
    # ... and one that needs it borrows it
    ("Revs were 3,304.1 mln dlrs vs 3,100.5.",
     [("3,304.1 mln dlrs", "3304100000"), ("3,100.5", "3100500000")]),
    ("It had $3 billion, up from 2.5.", [("$3 billion", "3000000000"), ("2.5", "2500000000")]),
    # a price quoted to four decimals or more after a scaled amount is no amount
    ("SAMA raised the offer price on the 900 mln riyal issue to 99.51563 from 99.48438.",
     [("900 mln riyal", "900000000")]),
    # an exchange rate after a rate is an amount of its own
    ("The dollar was quoted at 1.7918 marks compared with 1.7740 on Monday.",
     [("1.7918 marks", "1.7918"), ("1.7740", "1.7740")]),
])
def test_an_elliptical_amount_borrows_a_scale_only_where_it_needs_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, str(m.amount)) for m in finparse.extract(text, kinds="money")] == expected


def test_the_documents_memory_ends_with_its_paragraph() -> None:
    # a long file read in blocks is cut between paragraphs: nothing is carried over
    text = "Kestrel raised 50 mln Canadian dlrs.\n\nOrbis paid 2 dlrs a share."
    assert currencies(text) == [("50 mln Canadian dlrs", "CAD", False), ("2 dlrs", "USD", True)]
    assert currencies(text.replace("\n\n", " ")) == [
        ("50 mln Canadian dlrs", "CAD", False), ("2 dlrs", "CAD", True)]
