"""Triples of the open verb lexicon and of the clause rules added with it.

Every sentence here was written for finparse (invented companies, people and
figures). A row is ``(text, [expected (subject, action, object[, fields])])``,
checked as in ``test_corpus.py``.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.triples.test_corpus import Row, check

# -- any verb can be an action ------------------------------------------------------------------

OPEN_VERBS: list[Row] = [
    ("Halvard Mining idled two smelters in Ontario.", [("Halvard Mining", "idle", "smelters")]),
    ("Kestrel Bank has landed a fresh $40 million in Series B funding.",
     [("Kestrel Bank", "land", "$40 million", {"amount": "$40 million"})]),
    ("Torvik AB will deploy its new billing platform in Norway .",
     [("Torvik AB", "deploy", "new billing platform", {"modality": "will"})]),
    ("The Ministry of Finance angered local lenders in March.",
     [("Ministry of Finance", "anger", "local lenders")]),
    ("Orvala Group recruits 40 engineers for its Tampere plant .", [("Orvala Group", "recruit", "engineers")]),
    ("Tovey Systems will hire two hundred staff.", [("Tovey Systems", "hire", "staff", {"modality": "will"})]),
    ("Lindqvist Partners is negotiating an amendment to the loan.",
     [("Lindqvist Partners", "negotiate", "amendment")]),
    ("Brenmoor Holdings typically prices its export contracts in euros.",
     [("Brenmoor Holdings", "price", "export contracts")]),
    ("The central bank set aside 90 billion yen in reserves.",
     [("central bank", "set aside", "90 billion yen")]),
    ("Vexa Oyj has mopped up EUR 30 mn from retail investors .", [("Vexa Oyj", "mop up", "EUR 30 mn")]),
    ("Marlow Capital committed 1 billion dlrs in fresh capital to Tovey Systems.",
     [("Marlow Capital", "commit", "1 billion dlrs")]),
    ("Sorvali Oyj has published its new long-term strategy .", [("Sorvali Oyj", "publish", "new long-term strategy")]),
    ("Pelican Airlines fired its finance director on Monday.", [("Pelican Airlines", "fire", "finance director")]),
    ("Grenfield Inc reached agreement with its lenders.", [("Grenfield Inc", "reach", "agreement")]),
    ("Dunmore Foods dropped its bid for Castlefield Mills.", [("Dunmore Foods", "drop", "bid")]),
]

# -- what the open lexicon does not make an action ---------------------------------------------

NOT_ACTIONS: list[Row] = [
    ("Halvard Mining rose 5 pct in Toronto trading.", []),
    ("Kestrel Bank gained 12p to 340p.", []),
    ("Dunmore Foods climbed to a record high on Friday.", []),
    ("Tovey Systems rose the same amount.", []),
    ("Norvik Oyj employs 450 people .", []),
    ("Sorvali Oyj remained the largest shareholder .", []),
    ("Pelican Airlines welcomed the decision.", []),
    ("Lassila Oyj experienced a sharp drop in orders .", []),
    ("Marlow Inc expects to report a net profit of 5 mln dlrs.", []),
    ("Orvala Group expects to post record sales for the year .", []),
    ("The board of Swedish rival Kestrel Oy met on Monday .", []),
    ("Its 120Hz refresh rate impressed reviewers.", []),
    ("Mr Lind, who has been prime minister since 2020, resigned.", []),
    ("Arvo Partners received credible and detailed proposals .",
     [("Arvo Partners", "receive", "credible and detailed proposals")]),
    ("Grenfield Inc sees 2027 earnings of 3 dlrs a share.", []),
]

# -- names ending in an abbreviation --------------------------------------------------------------

ABBREVIATIONS: list[Row] = [
    ("Fennor Corp. will open a distribution centre in Ohio.",
     [("Fennor Corp.", "open", "distribution centre")]),
    ("Halvard Mining Inc. bought Dunmore Foods.", [("Halvard Mining Inc.", "buy", "Dunmore Foods")]),
    ("Sorvali Ltd. has signed a EUR 3 mn contract .", [("Sorvali Ltd.", "sign", "contract")]),
    ("Kellberg & Co. sold its stake in Tovey Systems.", [("Kellberg & Co.", "sell", "stake")]),
    ("Nokkala Corp. is offering $ 2.1 billion for Arvo Corp.",
     [("Nokkala Corp.", "offer", "Arvo Corp.", {"amount": "$ 2.1 billion"})]),
]

# -- clause structure -----------------------------------------------------------------------------

CLAUSES: list[Row] = [
    # a reduced passive with its agent
    ("Pelican Lines took delivery of three tankers ordered by Nordvik Shipping.",
     [("Pelican Lines", "take", "delivery"), ("Nordvik Shipping", "order", "tankers")]),
    ("Harbor Lane Mills, 75 pct owned by Vexa Holding, closed a plant.",
     [("Vexa Holding", "own", "Harbor Lane Mills", {"percent": "75 pct"}),
      ("Harbor Lane Mills", "close", "plant")]),
    ("Tovey Systems joined a funding round led by Kestrel Capital.",
     [("Tovey Systems", "join", "funding round"), ("Kestrel Capital", "lead", "funding round")]),
    ("The rise was driven by strong sales.", []),
    ("The bonds issued by Lindell Bank last year were redeemed .", [("Lindell Bank", "issue", "bonds")]),
    ("The analysts note figures released by Kestrel Oy .", []),
    # two objects: the thing given is the object
    ("The Navy awarded Halvard Marine a contract worth $2 billion.",
     [("Navy", "award", "contract", {"amount": "$2 billion"})]),
    ("Vesta Bank granted Peru a 300 mln dlr loan.", [("Vesta Bank", "grant", "loan")]),
    # "offer X for Y": Y is the object, X the amount
    ("Harcourt Group has offered 220 mln dlrs for Lindell Press.",
     [("Harcourt Group", "offer", "Lindell Press", {"amount": "220 mln dlrs"})]),
    # an amount before "in" is the object; a verb's own preposition still wins
    ("Arlen Capital invested 5 mln dlrs in Tovey Systems.",
     [("Arlen Capital", "invest", "Tovey Systems", {"amount": "5 mln dlrs"})]),
]


def _ids(rows: list[Row]) -> list[str]:
    return [text[:40] for text, _ in rows]


@pytest.mark.parametrize(("text", "expected"), OPEN_VERBS, ids=_ids(OPEN_VERBS))
def test_open_verbs(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), NOT_ACTIONS, ids=_ids(NOT_ACTIONS))
def test_not_actions(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), ABBREVIATIONS, ids=_ids(ABBREVIATIONS))
def test_abbreviations(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), CLAUSES, ids=_ids(CLAUSES))
def test_clauses(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)
