"""Clause classes found by reading bench news (a second bench audit): invented sentences only.

- a finite verb right after "but" with no subject of its own shares the
  subject of the clause before "but" ("Vexa cut the duty in May, but raised
  the quota"), also after a negated or a control verb, an auxiliary or a
  pronoun subject; a form that is also a noun ("but offers at ... show",
  "but plans are") and a speech verb before "but" give none;
- singular nouns of bodies that act ("committee", "commission", "council",
  "panel", "association", "authority", "organisation" ...) head a subject as
  written like "board"; "the agency" refers back to a named organisation
  ("Moody's ... The agency"), as "the company" does.
"""

from __future__ import annotations

import pytest

from .rows import rows as _rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Norvik Oy imposed a levy on steel imports in March, but lowered the levy in June.",
         ("Norvik Oy", "lower", "levy")),
        ("Arvo Corp had planned to open a plant in Ghent, but postponed the project.",
         ("Arvo Corp", "postpone", "project")),
        ("The central bank did not add funds on Monday, but drained 2 billion crowns on Tuesday.",
         ("central bank", "drain", "2 billion crowns")),
        ("Vexa Group said it bought the bonds as an investment, but kept its right to sell them.",
         ("Vexa Group", "keep", "right")),
        ("Kestrel Inc has ended merger talks with Arvo but has resumed talks with two other parties.",
         ("Kestrel Inc", "resume", "talks")),
        ("Talvik AB cut its dividend, but also approved a buyback of 5 mln shares.",
         ("Talvik AB", "approve", "buyback")),
        ("Lumo Oyj sells its pulp in Europe but buys its paper in Asia.",
         ("Lumo Oyj", "buy", "paper")),
        ("Harbor Lane Bank was fined by the regulator in May but will appeal the ruling.",
         ("Harbor Lane Bank", "appeal", "ruling")),
    ],
)
def test_verb_after_but_shares_the_subject(text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "The current bid is 40 dlrs, but offers at 55 dlrs show some confidence.",
        "Talks went well, but plans for the merger are not final.",
        "Prices rose in May, but bond and stock markets remain small.",
        "The minister said exports fell, but added the trade gap would narrow.",
    ],
)
def test_nouns_and_speech_after_but_give_no_triple(text: str) -> None:
    rows = _rows(text)
    assert not [r for r in rows if r[1] in ("offer", "plan", "bond", "add")], rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The committee approved a new export quota.", ("committee", "approve", "new export quota")),
        ("The trade commission rejected the petition on Friday.", ("trade commission", "reject", "petition")),
        ("The cocoa council adopted buffer stock rules.", ("cocoa council", "adopt", "buffer stock rules")),
        ("The advisory panel recommended approval of the drug.", ("advisory panel", "recommend", "approval")),
        ("The port authority plans to raise tolls on the canal.", ("port authority", "raise", "tolls")),
        ("The research organisation cut its growth forecast.", ("research organisation", "cut", "growth forecast")),
        ("The growers association backed the new tariffs.", ("growers association", "back", "new tariffs")),
    ],
)
def test_singular_bodies_head_subjects(text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(text)


def test_the_agency_refers_back() -> None:
    text = "Kestrel Ratings said it lowered Vexa's senior debt. The agency also affirmed Vexa's notes."
    assert ("Kestrel Ratings", "affirm", "notes") in _rows(text)
    assert ("The agency", "cut", "rating") in _rows("The agency cut the rating.")
