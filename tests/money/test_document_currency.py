"""An ambiguous currency unit reads the currency the document stated last (finparse.money._InContext)."""

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
