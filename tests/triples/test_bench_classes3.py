"""Clause classes found by reading bench news (a third bench audit): invented sentences only.

- a past (or third-person) verb right after "and", with an object that opens
  with a determiner or a possessive, shares the subject of the clause before
  "and", also where that clause gave no triple (a passive, a verb without an
  object: "Talvik was founded in 1994 and completed a share issue") or where
  the verb is an open one (not in the lexicon) after a prepositional phrase
  ("rejected its quota of 5 mln tonnes and demanded a larger share"); not a
  base form after an infinitive or a modal ("failed to cut costs and set a
  target"), nor an agent after "by" ("a unit owned by X ... and used",
  "was fined by the regulator and hired": the regulator hires nothing);
- a verb of giving with a pronoun that names the receiver ("it", "them",
  "him"; not "me", "us" of a quote) takes the noun phrase after the pronoun
  as its object ("granted it a patent", "gave them approval", "will pay him
  5 mln dlrs"), and the infinitive after such an object is the receiver's,
  not the giver's ("awarded it a contract to supply X" gives no "supply"
  triple with the giver as subject).
"""

from __future__ import annotations

import pytest

from .rows import rows as _rows
from .rows import triples as _triples


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Talvik Oy was founded in 1994 and completed a share issue in 1996.",
         ("Talvik Oy", "complete", "share issue")),
        ("Last year Harbor Lane Bank moved to Leeds and opened a branch there.",
         ("Harbor Lane Bank", "open", "branch")),
        ("Kestrel Corp rejected its assigned 2021 quota of 5 mln tonnes a year and demanded a larger share.",
         ("Kestrel Corp", "demand", "larger share")),
        ("Arvo Group launched the loan at 50 mln stg but soon cut it to 30 mln stg and amended the terms.",
         ("Arvo Group", "amend", "terms")),
        ("The Norvik board met on Friday and approved the merger.",
         ("Norvik board", "approve", "merger")),
        ("Vexa Holdings was listed in Oslo in 2001 and acquired its rival Lumo in 2003.",
         ("Vexa Holdings", "acquire", "rival Lumo")),
        ("Marlow Ltd is based in Leeds and owns a 40 pct stake in the port.",
         ("Marlow Ltd", "own", "stake")),
        ("In 2019 Talvik AB was fined by the regulator and dispatched a team to Riga.",
         ("Talvik AB", "dispatch", "team")),
        ("Lumo Oyj was spun off from Arvo in 2015 and operates the former paper mills of Arvo.",
         ("Lumo Oyj", "operate", "former paper mills")),
    ],
)
def test_and_shares_the_subject(text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(text)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Norvik Oy failed to reduce its debt and set a new target.", "set"),
        ("A fund controlled by Arvo Partners raised 30 mln dlrs in bonds, and used the proceeds for loans.", "use"),
        ("The dispute over tariffs that has delayed the budget talks and threatens the plan.", "threaten"),
        ("Prices were credible and detailed proposals followed.", "detail"),
    ],
)
def test_and_without_a_shared_subject(text: str, action: str) -> None:
    assert not any(t.action == action and t.subject in ("Norvik Oy", "Arvo Partners") for t in _triples(text))
    if action in ("threaten", "detail"):
        assert not any(t.action == action for t in _triples(text))


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Vexa Corp said the Patent Office granted it a patent on the design.",
         ("Patent Office", "grant", "patent")),
        ("The regulator gave it approval to sell the drug.", ("regulator", "give", "approval")),
        ("The ministry awarded them a 40 mln dlr contract.", ("ministry", "award", "contract")),
        ("Kestrel Inc will pay him 5 mln dlrs a year.", ("Kestrel Inc", "pay", "5 mln dlrs")),
        ("A group of banks will lend it 20 billion yen.", ("banks", "lend", "20 billion yen")),
        ("Lumo Oyj has granted it an option to buy 2 mln new shares.", ("Lumo Oyj", "grant", "option")),
        ("The lenders offered him Arvo Group shares.", ("lenders", "offer", "Arvo Group shares")),
    ],
)
def test_receiver_pronoun_before_the_object(text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(text)


def test_receiver_supplies_not_giver() -> None:
    rows = _rows("Talvik AB said the Navy awarded it a 15 mln dlr contract to supply radar systems.")
    assert ("Navy", "award", "contract") in rows
    assert not any(r[0] == "Navy" and r[1] == "supply" for r in rows)


def test_receiver_pronoun_without_a_noun_phrase() -> None:
    assert _rows("Norvik sold them at a premium.") == []
    assert not any(t.action == "give" for t in _triples("Kestrel said the deal would give it 28 pct of Arvo."))
