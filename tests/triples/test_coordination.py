"""Coordinated verbs, participles after a noun, participle clauses between a
subject and its verb, and passive infinitives after a control verb.

SCHEMA: coordinated verbs give one triple each ("develops, manufactures and
markets products"); a passive with a "by" agent is a triple with the agent
as subject. Every sentence here was written for finparse (invented
companies and figures).
"""

from __future__ import annotations

import pytest

import finparse
from finparse.triples import extract_triples


def triples(text: str) -> list[tuple[str, str, str]]:
    found = extract_triples(text, finparse.extract(text, kinds=["money", "percent", "time"]))
    return [(t.subject, t.action, t.object) for t in found]


SHARED = [
    ("Talvik Oyj designs, builds and sells forestry machines.",
     [("Talvik Oyj", "design", "forestry machines"), ("Talvik Oyj", "build", "forestry machines"),
      ("Talvik Oyj", "sell", "forestry machines")]),
    ("Brennholt AG will deliver and install the turbines.",
     [("Brennholt AG", "deliver", "turbines"), ("Brennholt AG", "install", "turbines")]),
    ("Harrow Foods owns and operates 40 restaurants.",
     [("Harrow Foods", "own", "restaurants"), ("Harrow Foods", "operate", "restaurants")]),
    ("Osk Partners bought, renovated, and resold the hotel in 2019.",
     [("Osk Partners", "buy", "hotel"), ("Osk Partners", "renovate", "hotel"),
      ("Osk Partners", "resell", "hotel")]),
    ("Kestrel Bank may sell or mortgage its office towers.",
     [("Kestrel Bank", "sell", "office towers"), ("Kestrel Bank", "mortgage", "office towers")]),
    ("Norvik Ltd received and rejected a takeover offer.",
     [("Norvik Ltd", "receive", "takeover offer"), ("Norvik Ltd", "reject", "takeover offer")]),
    ("The regulator will not approve or block the merger.",
     [("regulator", "approve", "merger"), ("regulator", "block", "merger")]),
]


@pytest.mark.parametrize(("text", "expected"), SHARED)
def test_coordinated_verbs_share_the_object(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


NOT_VERBS = [
    # nouns joined by "and" before a noun, whatever their verb forms
    "Congress must agree to oil and gas exploration in the reserve.",
    "Soybean cake and meal sales reached 90,000 tonnes.",
    "Exchange rate and oil price moves hurt margins.",
    "Competitive bids and offers can now be seen on screens.",
    # measures that merely move
    "Kestrel shares rose and fell 3 pct in one session.",
]


@pytest.mark.parametrize("text", NOT_VERBS)
def test_nouns_and_moves_share_nothing(text: str) -> None:
    actions = {action for _, action, _ in triples(text)}
    assert not actions & {"oil", "gas", "cake", "meal", "rate", "bid", "offer", "rise", "fall"}


def test_a_verb_with_its_own_object_keeps_it() -> None:
    assert triples("Norvik Ltd sold its depots and bought two ships.") == [
        ("Norvik Ltd", "sell", "depots"), ("Norvik Ltd", "buy", "ships")]


# -- a participle after a noun, its "by" agent after a time or a description -------------------

REDUCED = [
    ("The plan put forward last month by the Harbour Council was rejected.",
     [("Harbour Council", "put forward", "plan")]),
    ("Guidelines released today by the Kestrel Monetary Authority tightened capital rules.",
     [("Kestrel Monetary Authority", "release", "Guidelines")]),
    ("Freighters ordered by Norwegian ship owner Kestrel Shipping will be delivered in May.",
     [("Kestrel Shipping", "order", "Freighters")]),
    ("A share block crossed this week by Harrow Securities fetched 9 dlrs a share.",
     [("Harrow Securities", "cross", "share block")]),
    ("A letter sent by Northland prime minister Anna Lind reached Oslo.",
     [("Anna Lind", "send", "letter")]),
]


@pytest.mark.parametrize(("text", "expected"), REDUCED)
def test_a_participle_after_a_noun_takes_its_agent(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text)[: len(expected)] == expected


# -- a participle clause between the subject and its verb --------------------------------------

APPOSED = [
    ("Marlow Capital, acquiring the printing unit of Osk Group, became the largest printer.",
     [("Marlow Capital", "acquire", "printing unit")]),
    ("Norvik Ltd, while reporting higher quarterly results, on Tuesday raised its dividend.",
     [("Norvik Ltd", "raise", "dividend"), ("Norvik Ltd", "report", "higher quarterly results")]),
    ("The Harbour Council, ending a long dispute, approved the budget.",
     [("Harbour Council", "end", "long dispute"), ("Harbour Council", "approve", "budget")]),
    ("Kestrel Bank, acting as sole underwriter, won a 200 mln dlr bond mandate.",
     [("Kestrel Bank", "win", "bond mandate")]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED)
def test_a_participle_clause_between_subject_and_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert sorted(triples(text)) == sorted(expected)


# -- a passive infinitive after a control verb ------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Pelican Airlines agreed to be acquired by an affiliate of Marlow Capital.",
     [("affiliate", "acquire", "Pelican Airlines")]),
    ("Osk Group voted to be bought by Harrow Holdings.", [("Harrow Holdings", "buy", "Osk Group")]),
])
def test_a_passive_infinitive_takes_the_control_verbs_subject_as_object(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert triples(text) == expected


# -- people and firms named by what they do -----------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Union negotiators rejected the latest contract offer.",
     [("Union negotiators", "reject", "latest contract offer")]),
    ("Eurozone ratesetters lifted all three of their benchmark rates.",
     [("Eurozone ratesetters", "lift", "benchmark rates")]),
    ("French corn growers will challenge the import quotas.",
     [("French corn growers", "challenge", "import quotas")]),
    ("In recent weeks farmers have sold a large part of their crop.",
     [("farmers", "sell", "large part")]),
    ("Lead stocks held by Asian refiners rose 4 pct.", [("Asian refiners", "hold", "Lead stocks")]),
])
def test_agentive_nouns_name_actors(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    "The orders reached 5 mln dlrs.",   # "orders" is a verb form too: things, not actors
    "New offers lifted the index.",
    "The filters removed the dust.",
])
def test_nouns_that_are_verb_forms_are_no_actors(text: str) -> None:
    assert triples(text) == []


@pytest.mark.parametrize("text", [
    "The funding round was led by Harbour Ventures and Osk Partners.",
    "A Series A round led by Harbour Ventures and Osk Partners closed on Monday.",
])
def test_agents_joined_by_and_give_one_triple_each(text: str) -> None:
    assert [(s, a) for s, a, _ in triples(text)] == [("Harbour Ventures", "lead"), ("Osk Partners", "lead")]


def test_coordinated_verbs_of_an_infinitive_after_a_deal_noun() -> None:
    assert triples("Ruukki Oy has signed a contract to deliver and install the steel frames.") == [
        ("Ruukki Oy", "sign", "contract"), ("Ruukki Oy", "deliver", "steel frames"),
        ("Ruukki Oy", "install", "steel frames")]
    assert triples("Norvik Ltd won an order to design, build and deliver three ferries.") == [
        ("Norvik Ltd", "win", "order"), ("Norvik Ltd", "design", "ferries"),
        ("Norvik Ltd", "build", "ferries"), ("Norvik Ltd", "deliver", "ferries")]


def test_a_participle_after_a_noun_reads_the_noun_not_the_verb_before() -> None:
    assert triples("Harrow Oy sold 900,000 Class A shares now owned by Osk Capital.")[-1] == (
        "Osk Capital", "own", "Class A shares")
