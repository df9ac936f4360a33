"""Triples of a third round of clause classes (issue 14), each with its
variants and the look-alikes that must give nothing or keep one reading.

Every sentence here was written for finparse (invented companies, people and
figures). A row is ``(text, [expected (subject, action, object[, fields])])``,
checked as in ``test_clauses.py`` (with time mentions).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.triples.test_clauses import check
from tests.triples.test_corpus import Row

# -- names in Reuters brackets: "<Kestrel Ltd>" names a firm, "<NRV>" is a ticker -------------

BRACKETS: list[Row] = [
    # a bracketed name as subject, as object, after a stake, before "which"
    ("<Kestrel Marine Ltd> bought a printing unit.", [("Kestrel Marine Ltd", "buy", "printing unit")]),
    ("<Kestrel Marine Ltd> owns 20 pct of the shares.", [("Kestrel Marine Ltd", "own", "shares")]),
    ("On Monday <Kestrel Marine Ltd> will sell its ferry unit.",
     [("Kestrel Marine Ltd", "sell", "ferry unit", {"time": "Monday"})]),
    ("Norvik Oyj said it acquired <Talvik Pumps GmbH> for 5 mln dlrs.",
     [("Norvik Oyj", "acquire", "Talvik Pumps GmbH", {"amount": "5 mln dlrs"})]),
    ("Norvik Oyj is buying 75 pct of <Talvik Holding AG>.", [("Norvik Oyj", "buy", "Talvik Holding AG")]),
    ("Norvik Oyj is buying 75 pct of <Talvik Holding AG> which owns 30 pct of Vexa AG.",
     [("Norvik Oyj", "buy", "Talvik Holding AG"), ("Talvik Holding AG", "own", "Vexa AG")]),
    ("<Lakeside Lines Inc>, a shipping firm, owns 12 pct of the shares.",
     [("Lakeside Lines Inc", "own", "shares")]),
    # two names in brackets joined by "and"
    ("Norvik Oyj said <Talvik Oy> and <Vexa AB> signed a supply deal.",
     [("Talvik Oy", "sign", "supply deal"), ("Vexa AB", "sign", "supply deal")]),
    ("<Talvik Oy> and Vexa Group signed a supply deal.",
     [("Talvik Oy", "sign", "supply deal"), ("Vexa Group", "sign", "supply deal")]),
    ("Norvik Oyj acquired <Talvik Oy> and <Vexa AB>.",
     [("Norvik Oyj", "acquire", "Talvik Oy"), ("Norvik Oyj", "acquire", "Vexa AB")]),
    ("Norvik Oyj acquired 60 pct of <Talvik Oy> and 40 pct of <Vexa AB>.",
     [("Norvik Oyj", "acquire", "Talvik Oy"), ("Norvik Oyj", "acquire", "Vexa AB")]),
    # a ticker in brackets is stepped over: the name before it is the subject
    ("Norvik Corp <NRV> bought a printing unit.", [("Norvik Corp", "buy", "printing unit")]),
    ("Norvik Corp <NRV.N> has sold its ferry unit.", [("Norvik Corp", "sell", "ferry unit")]),
    ("Harbor Lane Bank <HLB> said it would close two branches.",
     [("Harbor Lane Bank", "close", "branches", {"modality": "would"})]),
    # look-alikes: a ticker is no object, nor a subject on its own; a list
    # of names after "of" heads no subject
    ("Norvik Oyj bought 75 pct of <TLV>.", []),
    ("<NRV> bought a printing unit.", []),
    ("Shareholders of <Talvik Oy> and <Vexa AB> signed a supply deal.",
     [("Vexa AB", "sign", "supply deal")]),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETS)
def test_brackets(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


# -- a stake between "be" and the participle of a passive: "X is 51 pct owned by Y" -----------

STAKE_PASSIVES: list[Row] = [
    ("Lakeside Lines is 51 pct owned by Norvik Oyj.",
     [("Norvik Oyj", "own", "Lakeside Lines", {"percent": "51 pct"})]),
    ("Lakeside Lines was 60 pct held by Vexa AB until May.", [("Vexa AB", "hold", "Lakeside Lines")]),
    ("Norvik Oyj bought Lakeside Lines, which is 25 pct owned by Vexa AB.",
     [("Norvik Oyj", "buy", "Lakeside Lines"), ("Vexa AB", "own", "Lakeside Lines")]),
    ("Lakeside Lines, which is 25 pct owned by Vexa AB, sold a ferry.",
     [("Vexa AB", "own", "Lakeside Lines"), ("Lakeside Lines", "sell", "ferry")]),
    ("Lakeside Lines is 51 pct owned by Norvik Oyj and Vexa AB.",
     [("Norvik Oyj", "own", "Lakeside Lines"), ("Vexa AB", "own", "Lakeside Lines")]),
    # look-alikes: a pronoun is no object; a measure that moves is no stake
    ("Lakeside Lines said it is 51 pct owned by Norvik Oyj.", []),
    ("Lakeside Lines shares were 5 pct higher.", []),
]


@pytest.mark.parametrize(("text", "expected"), STAKE_PASSIVES)
def test_stake_passives(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


# -- a description set off after a name stands for it as the object of its participle --------

DESCRIBED: list[Row] = [
    ("<Kestrel Ltd>, a company controlled by the Lind family, owns 20 pct of the shares.",
     [("Kestrel Ltd", "own", "shares"), ("Lind family", "control", "Kestrel Ltd")]),
    ("Kestrel Ltd, a shipping company owned by Vexa AB, sold a ferry.",
     [("Kestrel Ltd", "sell", "ferry"), ("Vexa AB", "own", "Kestrel Ltd")]),
    ("Kestrel Ltd <KST>, a company 40 pct owned by Vexa AB, sold a ferry.",
     [("Kestrel Ltd", "sell", "ferry"), ("Vexa AB", "own", "Kestrel Ltd")]),
    # look-alikes: no name before the description, a person, no firm noun
    ("Norvik said a company controlled by Vexa AB bought a ferry.",
     [("Vexa AB", "control", "company")]),
    ("Anna Lind, a company controlled by Vexa AB, sold a ferry.",
     [("Anna Lind", "sell", "ferry"), ("Vexa AB", "control", "company")]),
    ("Kestrel Ltd, a ferry owned by Vexa AB, sank.", [("Vexa AB", "own", "ferry")]),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_described_names(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)
