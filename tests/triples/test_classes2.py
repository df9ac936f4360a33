"""Triples of more classes of English clause structure (issue 14, second
round), each with its variants and the look-alikes that must give nothing or
keep one object.

Every sentence here was written for finparse (invented companies, people and
figures). A row is ``(text, [expected (subject, action, object[, fields])])``,
checked as in ``test_clauses.py`` (with time mentions).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.triples.test_clauses import check
from tests.triples.test_corpus import Row

# -- an object after short prepositional phrases of codes, amounts, times -------------------

DISPLACED_OBJECTS: list[Row] = [
    ("Halvard Ratings downgraded to Baa1 from A3 the senior notes of Kestrel Corp.",
     [("Halvard Ratings", "downgrade", "senior notes")]),
    ("Halvard Ratings upgraded to AA from AA-minus the bonds of Vexa Oyj.",
     [("Halvard Ratings", "upgrade", "bonds")]),
    ("Kestrel Bank raised to 7.5 pct from 7.25 pct its base lending rate.",
     [("Kestrel Bank", "raise", "base lending rate", {"percent": "7.5 pct"})]),
    ("Kestrel Bank cut to 7 pct its prime rate.", [("Kestrel Bank", "cut", "prime rate")]),
    ("Norvik Oyj sold in March the printing unit.",
     [("Norvik Oyj", "sell", "printing unit", {"time": "March"})]),
    ("Norvik Oyj sold in March, the printing unit.", [("Norvik Oyj", "sell", "printing unit")]),
    ("Norvik Oyj extended to June 30 its offer for Vexa Group.", [("Norvik Oyj", "extend", "offer")]),
    ("Norvik Oyj sold to Vexa Group its printing unit.", [("Norvik Oyj", "sell", "printing unit")]),
    # look-alikes: a clause after the phrase, an apposition, a price, a
    # preposition of the verb
    ("Norvik Oyj sold in March the company said.", []),
    ("Talvik Oy bought from Vexa Bank, a unit of Vexa Group, the notes.", []),
    ("Redvale Corp raised the cash part of its Norvik offer to 42 dlrs a share.",
     [("Redvale Corp", "raise", "cash part")]),
    ("Norvik Oyj invested in Vexa Group the proceeds of the sale.",
     [("Norvik Oyj", "invest", "Vexa Group")]),
]


@pytest.mark.parametrize(("text", "expected"), DISPLACED_OBJECTS)
def test_displaced_objects(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


# -- two whole noun phrases of common words joined by "and" -------------------------------

BARE_CONJUNCTS: list[Row] = [
    ("Marlow Motors would assume substantial debt and unfunded pension costs.",
     [("Marlow Motors", "assume", "substantial debt"), ("Marlow Motors", "assume", "unfunded pension costs")]),
    ("Norvik Oyj sold common stock and warrants.",
     [("Norvik Oyj", "sell", "common stock"), ("Norvik Oyj", "sell", "warrants")]),
    ("Talvik Group ordered 18 military trucks and spare parts.",
     [("Talvik Group", "order", "military trucks"), ("Talvik Group", "order", "spare parts")]),
    ("Vexa Oyj is planning a direct mail campaign and other publicity.",
     [("Vexa Oyj", "plan", "direct mail campaign"), ("Vexa Oyj", "plan", "other publicity")]),
    ("Kestrel Ltd produces silicon metals and magnesium alloys.",
     [("Kestrel Ltd", "produce", "silicon metals"), ("Kestrel Ltd", "produce", "magnesium alloys")]),
    ("Marlow Motors would assume old debt and other liabilities, as well as two idle plants.",
     [("Marlow Motors", "assume", "old debt"), ("Marlow Motors", "assume", "other liabilities"),
      ("Marlow Motors", "assume", "idle plants")]),
    ("Norvik Oyj bought the mill, as well as its power plant.",
     [("Norvik Oyj", "buy", "mill"), ("Norvik Oyj", "buy", "power plant")]),
    ("Vexa Oyj adopted current prices and costs and a 9 pct discount rate.",
     [("Vexa Oyj", "adopt", "current prices"), ("Vexa Oyj", "adopt", "costs"),
      ("Vexa Oyj", "adopt", "discount rate", {"percent": "9 pct"})]),
    # one object: a single word before "and" may share the head, a second
    # phrase may too, a plural may modify, and a verb is no conjunct
    ("Norvik Oyj bought oil and gas properties.", [("Norvik Oyj", "buy", "oil and gas properties")]),
    ("Norvik Oyj sells paper and pulp.", [("Norvik Oyj", "sell", "paper and pulp")]),
    ("Norvik Oyj sells crude oil and gas products.", [("Norvik Oyj", "sell", "crude oil and gas products")]),
    ("Norvik Oyj will meet certain financial and engineering conditions.",
     [("Norvik Oyj", "meet", "certain financial and engineering conditions")]),
    ("Norvik Oyj opened a new sales and service office.",
     [("Norvik Oyj", "open", "new sales and service office")]),
    ("Norvik Oyj agreed to sell its plant and lease back the buildings.",
     [("Norvik Oyj", "sell", "plant", {"modality": "agree"}),
      ("Norvik Oyj", "lease back", "buildings", {"modality": "agree"})]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_CONJUNCTS)
def test_bare_conjuncts(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


# -- a deed reported by hearsay, a perfect infinitive -------------------------------------------

HEARSAY: list[Row] = [
    ("Norvik Oyj is believed to have earmarked 5 mln dlrs in reserves.",
     [("Norvik Oyj", "earmark", "5 mln dlrs", {"modality": "believed"})]),
    ("Norvik Oyj is widely believed to have bought the shares.",
     [("Norvik Oyj", "buy", "shares", {"modality": "believed"})]),
    ("Kestrel Bank is understood to hold 5 pct of Vexa Oyj.",
     [("Kestrel Bank", "hold", "Vexa Oyj", {"modality": "understood"})]),
    ("Talvik Group was said to have sold its paper mill.",
     [("Talvik Group", "sell", "paper mill", {"modality": "said"})]),
    ("Talvik Group plans to have sold the unit by June.",
     [("Talvik Group", "sell", "unit", {"modality": "plan"})]),
    # no "be": no hearsay; a passive after the perfect is none
    ("Talvik Group said to date it has not sold the unit.",
     [("Talvik Group", "sell", "unit", {"negated": True})]),
    ("Talvik Group is believed to have been sold.", []),
]


@pytest.mark.parametrize(("text", "expected"), HEARSAY)
def test_hearsay(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


# -- object relative clauses: a common noun as subject, a date after the object ---------------

RELATIVES: list[Row] = [
    ("Norvik Shipping offered a raise, which the seamen rejected.",
     [("Norvik Shipping", "offer", "raise"), ("seamen", "reject", "raise")]),
    ("Vexa Oyj published the terms that the new lenders accepted.",
     [("Vexa Oyj", "publish", "terms"), ("new lenders", "accept", "terms")]),
    ("Kestrel Corp sold the notes due 1992 that it bought from Vexa Bank.",
     [("Kestrel Corp", "sell", "notes"), ("Kestrel Corp", "buy", "notes")]),
    # a "that" clause, speech, an opinion: no relative subject
    ("Kestrel Corp told the union that the pay increases would be late.", []),
    ("Kestrel Corp offered a raise which the seamen said was low.", [("Kestrel Corp", "offer", "raise")]),
    ("Norvik Oyj rejected the claim that the debt issue was too large.", [("Norvik Oyj", "reject", "claim")]),
    ("Anna Lind wished to stress that the fee paid for the work was fair.", []),
    ("Norvik Oyj repeated its claim that the firm will not end up with losses.",
     [("Norvik Oyj", "repeat", "claim")]),
    ("Norvik Oyj voiced the belief that the trade gap will continue to expand.", []),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVES)
def test_relatives(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)
