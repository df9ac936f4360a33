"""Triples of clause patterns: control verbs, infinitives after a deal noun,
coordination, quantities before the object, relative clauses, appositions,
times between the verb and its object, and the precision rules added with
them (two objects, participles after a measure, antecedents).

Every sentence here was written for finparse (invented companies, people and
figures). A row is ``(text, [expected (subject, action, object[, fields])])``,
checked as in ``test_corpus.py`` (with time mentions).
"""

from __future__ import annotations

from typing import Any

import pytest

import finparse
from finparse.triples import extract_triples
from tests.triples.test_corpus import Row


def check(text: str, expected: list[tuple[Any, ...]]) -> None:
    """As ``test_corpus.check``, with the time mentions given too."""
    got = extract_triples(text, finparse.extract(text, kinds=["money", "percent", "time"]))
    assert [(t.subject, t.action, t.object) for t in got] == [e[:3] for e in expected], text
    for t, e in zip(got, expected, strict=True):
        d = t.to_dict()
        for key, value in (e[3] if len(e) > 3 else {}).items():
            actual = getattr(t, key) if key in ("modality", "negated") else d[key]
            assert actual == value, (text, key)

# -- control and plan verbs collapse onto the content verb --------------------------------------

CONTROL: list[Row] = [
    ("Dockside union members voted to accept a 6.5 pct wage increase.",
     [("Dockside union members", "accept", "wage increase", {"modality": "vote"})]),
    ("The Harbour Council voted 31-9 to block the tariff.",
     [("Harbour Council", "block", "tariff", {"modality": "vote"})]),
    ("Norvik Ltd is to acquire Kestrel Oyj for 5 mln dlrs.",
     [("Norvik Ltd", "acquire", "Kestrel Oyj", {"modality": "be", "amount": "5 mln dlrs"})]),
    ("Brennholt AG was to sell its printing unit.",
     [("Brennholt AG", "sell", "printing unit", {"modality": "be"})]),
    ("Tovey Systems moved to cut its payroll.", [("Tovey Systems", "cut", "payroll", {"modality": "move"})]),
    ("Marlow Capital has decided to close two depots.",
     [("Marlow Capital", "close", "depots", {"modality": "decide"})]),
    ("Orvala Group is planning to recruit new engineers.",
     [("Orvala Group", "recruit", "new engineers", {"modality": "plan"})]),
    ("Sorvali Oyj is due to publish its annual report on March 4 .",
     [("Sorvali Oyj", "publish", "annual report", {"modality": "due"})]),
    ("Grenfield Inc agreed in principle to merge with Pelican Airlines.",
     [("Grenfield Inc", "merge", "Pelican Airlines", {"modality": "agree"})]),
    ("Lakeside Mills did not agree to sell the plant.",
     [("Lakeside Mills", "sell", "plant", {"modality": "agree", "negated": True})]),
]

# -- an infinitive after an agreement-like noun states the deal ---------------------------------

DEALS: list[Row] = [
    ("Norvik Ltd signed an agreement to acquire Kestrel Oyj.",
     [("Norvik Ltd", "sign", "agreement", {"text": "Norvik Ltd signed an agreement"}),
      ("Norvik Ltd", "acquire", "Kestrel Oyj", {"text": "to acquire Kestrel Oyj"})]),
    ("Halvard Mining won an order to supply 40 conveyor belts.",
     [("Halvard Mining", "win", "order"), ("Halvard Mining", "supply", "conveyor belts")]),
    ("Kestrel Bank has entered into a definitive pact to buy a 51 pct interest in Vexa Fund.",
     [("Kestrel Bank", "enter into", "definitive pact"),
      ("Kestrel Bank", "buy", "interest", {"percent": "51 pct"})]),
    ("Brenmoor Holdings reached agreement in principle to sell two mln preferred shares.",
     [("Brenmoor Holdings", "reach", "agreement"), ("Brenmoor Holdings", "sell", "preferred shares")]),
    ("Pelican Airlines will sign contracts to lease six jets.",
     [("Pelican Airlines", "sign", "contracts", {"modality": "will"}),
      ("Pelican Airlines", "lease", "jets", {"modality": "will"})]),
    # a purpose clause gives no triple of its own
    ("Tovey Systems sold bonds in order to raise cash.", [("Tovey Systems", "sell", "bonds")]),
    ("Dunmore Foods cut prices in a bid to win customers.", [("Dunmore Foods", "cut", "prices")]),
    # "a plan to" is no deal
    ("Marlow Capital unveiled a plan to close its mills.", [("Marlow Capital", "unveil", "plan")]),
]

# -- coordinated subjects and objects: one triple each, each with its own span ------------------

COORDINATION: list[Row] = [
    ("Norvik Ltd and Kestrel Oyj signed a supply agreement.",
     [("Norvik Ltd", "sign", "supply agreement",
       {"text": "Norvik Ltd and Kestrel Oyj signed a supply agreement"}),
      ("Kestrel Oyj", "sign", "supply agreement", {"text": "Kestrel Oyj signed a supply agreement"})]),
    ("Vexa and Torvik have opened joint talks.",
     [("Vexa", "open", "joint talks"), ("Torvik", "open", "joint talks")]),
    ("Norvik Ltd acquired Kestrel Oyj and Vexa Group.",
     [("Norvik Ltd", "acquire", "Kestrel Oyj", {"text": "Norvik Ltd acquired Kestrel Oyj"}),
      ("Norvik Ltd", "acquire", "Vexa Group", {"text": "Norvik Ltd acquired Kestrel Oyj and Vexa Group"})]),
    ("Halvard Mining will buy 30 pct of Lakeside Mills and 45 pct of Orvala Group .",
     [("Halvard Mining", "buy", "Lakeside Mills", {"percent": "30 pct", "modality": "will"}),
      ("Halvard Mining", "buy", "Orvala Group", {"percent": "45 pct", "modality": "will"})]),
    ("Sorvali Oyj sold 20,000 tonnes of wheat and 6,000 tonnes of barley.",
     [("Sorvali Oyj", "sell", "wheat"), ("Sorvali Oyj", "sell", "barley")]),
    # not two objects: one name with "and", a second clause, gapping
    ("Brenmoor Holdings has offered 90 mln dlrs for Harlow and Finch Publishers.",
     [("Brenmoor Holdings", "offer", "Harlow and Finch Publishers", {"amount": "90 mln dlrs"})]),
    ("Norvik sold its stake and the company will close the plant.",
     [("Norvik", "sell", "stake"), ("Norvik", "close", "plant", {"modality": "will"})]),
    ("Tovey Systems will own 40 % of Vesi Oy and Lohja -- 20 % .",
     [("Tovey Systems", "own", "Vesi Oy", {"percent": "40 %", "modality": "will"})]),
    # a lone name inside a prepositional phrase is no subject
    ("Trading bank staff in Oslo and Bergen voted to accept a pay rise.",
     [("Trading bank staff", "accept", "pay rise", {"modality": "vote"})]),
]

# -- quantity phrases before the object ----------------------------------------------------------

QUANTITIES: list[Row] = [
    ("Dunmore Foods opened a total of 40 stores.", [("Dunmore Foods", "open", "stores")]),
    ("Kestrel Bank will buy back up to 1.2 mln of its shares.",
     [("Kestrel Bank", "buy back", "shares", {"modality": "will"})]),
    ("Halvard Mining laid off some 300 of its workers.", [("Halvard Mining", "lay off", "workers")]),
    ("Pelican Airlines has cancelled over 500 flights.", [("Pelican Airlines", "cancel", "flights")]),
    ("Orvala Group hired more than 1,000 engineers.", [("Orvala Group", "hire", "engineers")]),
    ("Lakeside Mills acquired all the assets of Brennholt AG.", [("Lakeside Mills", "acquire", "assets")]),
    ("Torvik AB sold about 2 mln shares.", [("Torvik AB", "sell", "shares")]),
]

# -- relative clauses ------------------------------------------------------------------------------

RELATIVES: list[Row] = [
    ("Vexa Fund sold properties which the firm bought last year.",
     [("Vexa Fund", "sell", "properties"),
      ("Vexa Fund", "buy", "properties", {"text": "properties which the firm bought last year"})]),
    ("Norvik sold the unit, which it bought in May.",
     [("Norvik", "sell", "unit"), ("Norvik", "buy", "unit")]),
    ("Marlow Capital rejected a raise that the unions proposed.",
     [("Marlow Capital", "reject", "raise"), ("unions", "propose", "raise")]),
    ("Kestrel Bank bought 40 pct of Vexa, which in turn holds 96.5 pct of Torvik AB.",
     [("Kestrel Bank", "buy", "Vexa", {"percent": "40 pct"}),
      ("Vexa", "hold", "Torvik AB", {"percent": "96.5 pct"})]),
    # the phrase before "that" is no object when it names an actor
    ("Norvik Oyj said that the company closed.", []),
]

# -- appositions between the subject and its verb --------------------------------------------------

APPOSITIONS: list[Row] = [
    ("Ms Lind, finance director of Arvo, sold 40,000 shares.", [("Lind", "sell", "shares")]),
    ("Anna Lind, chief executive of Arvo Oyj, bought 10,000 shares.", [("Anna Lind", "buy", "shares")]),
    ("Sampo Lending, now part of the Tovey group, will lay off staff.",
     [("Sampo Lending", "lay off", "staff", {"modality": "will"})]),
]

# -- a time between the verb and its object -------------------------------------------------------

TIMES: list[Row] = [
    ("Norvik Ltd bought on March 3, 1987, 40 mln dlrs of notes.",
     [("Norvik Ltd", "buy", "notes", {"amount": "40 mln dlrs"})]),
    ("Brennholt AG sold in May its stake in Vexa Fund.", [("Brennholt AG", "sell", "stake")]),
    ("Kestrel Bank issued on Monday 300 mln crowns of bonds.",
     [("Kestrel Bank", "issue", "bonds", {"amount": "300 mln crowns"})]),
]

# -- precision ---------------------------------------------------------------------------------------

PRECISION: list[Row] = [
    # two objects after a group noun: the thing given is the object
    ("Norvik Ltd offered workers a severance package.", [("Norvik Ltd", "offer", "severance package")]),
    ("Kestrel Bank paid shareholders a special dividend.", [("Kestrel Bank", "pay", "special dividend")]),
    ("Dunmore Foods gave employees a 5 mln dlr bonus.",
     [("Dunmore Foods", "give", "bonus", {"amount": "5 mln dlr"})]),
    # a participle after a clause whose subject is a measure
    ("Norvik Bank said prices rose 5 pct, bringing the index to a record.", []),
    ("Torvik AB said sales fell 3 pct, hurting its exporters.", []),
    ("Norvik Oyj issued 5 mln dlrs of notes, bringing issues this year to 40 mln dlrs.",
     [("Norvik Oyj", "issue", "notes", {"amount": "5 mln dlrs"})]),
    ("Norvik Oyj bought a plant in May, creating 100 jobs.",
     [("Norvik Oyj", "buy", "plant"), ("Norvik Oyj", "create", "jobs")]),
    # a capitalised common word opening a sentence is no antecedent
    ("Brenmoor Oyj said sales rose. Applications rose 5 pct. It will offer new shares.",
     [("Brenmoor Oyj", "offer", "new shares", {"modality": "will"})]),
    ("Vexa Group posted a loss. Shipments fell. The company will close a mill.",
     [("Vexa Group", "post", "loss"), ("Vexa Group", "close", "mill", {"modality": "will"})]),
    # a move verb before a percentage is no action, even with a determiner
    ("The output of Norvik Oyj, which fell a real two pct, barely grew.", []),
    # suffixes after "and" go on with the name; its agent is no subject of the next verb
    ("A group managed by Halden Reid and Co Inc will handle the offering.",
     [("Halden Reid and Co Inc", "manage", "group")]),
    # a rating code is no actor
    ("Halden Ratings said A-2 rated commercial paper totals 40 mln dlrs.", []),
    ("BBB-plus rated notes back the new issue.", []),
    ("AA rated Vexa Fund bought the bonds.", [("Vexa Fund", "buy", "bonds")]),
    # a person's surname is no antecedent of "the bank" or "it"
    ("Norvik Bank hired Anna Lind. Lind said the bank would sell its stake.",
     [("Norvik Bank", "hire", "Anna Lind"), ("Norvik Bank", "sell", "stake", {"modality": "would"})]),
    ("Kestrel Oyj hired Petri Haapala in May. Haapala said it would cut costs.",
     [("Kestrel Oyj", "hire", "Petri Haapala"), ("Kestrel Oyj", "cut", "costs", {"modality": "would"})]),
    ("Harbor Lane bought a mill. Harbor Lane said it would sell the mill.",
     [("Harbor Lane", "buy", "mill"), ("Harbor Lane", "sell", "mill", {"modality": "would"})]),
    # a one-word name that opens the text is still one
    ("Norvik bought a plant. It will close the plant.",
     [("Norvik", "buy", "plant"), ("Norvik", "close", "plant", {"modality": "will"})]),
]

ALL = CONTROL + DEALS + COORDINATION + QUANTITIES + RELATIVES + APPOSITIONS + TIMES + PRECISION


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_clauses(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)
