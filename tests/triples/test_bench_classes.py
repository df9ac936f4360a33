"""Clause classes found by reading bench news (a bench audit): invented sentences only.

- plural nouns of actors that the tables missed ("firms", "nations",
  "countries", "ministers", "parties", "sides", "partners", "agencies",
  "delegates", "member states") head a subject like "companies" or "banks";
- a firm's name in round brackets with no name before it ("(Kestrel Ltd)")
  is a subject or an object like "<Kestrel Ltd>";
- a past participle between a noun and a finite verb ("the firms polled
  fell") is a reduced relative clause: no triple with the next verb as object.
"""

from __future__ import annotations

import pytest

from .rows import rows as _rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Japanese trading firms bought Canadian canola in May.", ("Japanese trading firms", "buy", "Canadian canola")),
        ("Several indebted nations have made great efforts.", ("Several indebted nations", "make", "great efforts")),
        ("The two countries signed a barter agreement worth 30 mln dlrs.", ("two countries", "sign", "barter agreement")),
        ("Farm ministers approved a three-year aid package.", ("Farm ministers", "approve", "three-year aid package")),
        ("Both parties rejected the proposal on Monday.", ("Both parties", "reject", "proposal")),
        ("Both sides raised their bids over the weekend.", ("Both sides", "raise", "bids")),
        ("The partners bought a 40 pct stake in the mill.", ("partners", "buy", "stake")),
        ("Export credit agencies had provided more funds.", ("Export credit agencies", "provide", "more funds")),
        ("Some delegates backed the new quota plan.", ("Some delegates", "back", "new quota plan")),
        ("EC member states cut their butter stocks.", ("EC member states", "cut", "butter stocks")),
        ("U.S. firms sold only a small share of the market.", ("U.S. firms", "sell", "small share")),
    ],
)
def test_plural_actor_nouns(text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(text)


def test_groups_stays_a_verb() -> None:
    rows = _rows("Norvik Oy, which groups the paper business of Vexa AB, grew.")
    assert ("Norvik Oy", "group", "paper business") in rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Arvo Corp agreed to buy 50 pct of (Kestrel Ltd).", ("Arvo Corp", "buy", "Kestrel Ltd")),
        ("Arvo Corp said it acquired (Kestrel Inc) for 25 mln dlrs.", ("Arvo Corp", "acquire", "Kestrel Inc")),
        ("(Kestrel Ltd) is closing its smelter in Ghent.", ("Kestrel Ltd", "close", "smelter")),
        ("(Kestrel Group Inc) withheld a payment of 1.5 mln dlrs.", ("Kestrel Group Inc", "withhold", "payment")),
        ("The plant is owned by (Vexa S.A.).", ("Vexa S.A.", "own", "plant")),
    ],
)
def test_firm_in_round_brackets(text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Vexa Oyj (Vexa) signed a supply contract.", ("Vexa Oyj", "sign", "supply contract")),
        ("Arvo Corp said its (Kestrel Ltd) unit bought a mill.", ("unit", "buy", "mill")),
    ],
)
def test_brackets_after_a_name_or_before_a_unit_stay(text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Investment by all firms polled fell 3.9 pct to 8,004 bln yen.",
        "Shares of the banks surveyed rose 2 pct.",
        "The funds raised will finance a new plant.",
        "Very few companies listed were profitable.",
    ],
)
def test_participle_before_finite_verb_is_no_action(text: str) -> None:
    assert not any(o.split()[-1] in ("fell", "rose", "will", "were") for _, _, o in _rows(text))
    assert not any(a in ("poll", "survey", "raise", "list") for _, a, _ in _rows(text))


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Arvo Corp reported increased sales.", ("Arvo Corp", "report", "increased sales")),
        ("The pipeline that Vexa also closed has a small capacity.", ("Vexa", "close", "pipeline")),
        ("Arvo Corp recently announced planned plant closures.", ("Arvo Corp", "announce", "planned plant closures")),
    ],
)
def test_participle_rule_keeps_verbs(text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(text)
