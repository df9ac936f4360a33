"""Clause classes found by reading bench news (a fourth bench audit): invented sentences only.

- an idiom of a verb and the head noun of its object states no act on that
  object (``triple_idioms.tsv``): "took place", "made sense", "paid close
  attention", "raised eyebrows", "played a key role", "took the view", "may
  take years", "took part in", "drew criticism": no triple, whatever the tense,
  the modal, the adjective before the noun or the word order of the clause;
  the subject is still shared with a verb after "and" ("paid heed to X and
  recalled Y" gives recall / Y);
- light verbs whose noun names an act stay triples ("made an investment",
  "took a stake", "made a bid", "took a charge", "raised its stake"), as do
  Finnish company-news shapes ("has signed a contract with X to supply Y",
  "will build a new plant in Z", "has acquired a majority of X").
"""

from __future__ import annotations

import pytest

from .rows import rows as _rows
from .rows import triples as _triples


@pytest.mark.parametrize(
    "text",
    [
        "Kelvora raised eyebrows with its new overdraft fees.",
        "The pricing change at Kelvora Bank has raised some eyebrows among analysts.",
        "The merger talks took place in Tampere last week.",
        "Signing of the deal will take place on Friday.",
        "The takeover makes sense for Vantro Oyj, analysts said.",
        "Such a merger would make a lot of sense.",
        "Regulators paid close attention to the Vantro listing.",
        "Investors will pay attention to the central bank.",
        "Orlix Capital played a key role in the restructuring.",
        "The banks took the view that rates would fall.",
        "Draxon Corp took a cautious stance on the bid.",
        "It may take years to complete the plant.",
        "Brantel said the integration could take several months.",
        "Two Finnish banks took part in the auction.",
        "Ferrolux Oy took advantage of low rates.",
        "The new tariffs take effect on April 1.",
        "Vantro's listing made headlines across Europe.",
        "The Fed's move drew sharp criticism from lawmakers.",
        "The ministry will take account of the losses.",
        "The new rules made little difference to Ferrolux Oy.",
    ],
)
def test_idiom_is_no_triple(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Kelvora unveiled a new chip on Thursday, drawing attention from rivals.",
         ("Kelvora", "unveil", "new chip")),
        ("Draxon Corp paid heed to the warnings and recalled 2,000 cars.",
         ("Draxon Corp", "recall", "cars")),
    ],
)
def test_idiom_beside_an_act(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Vantro Oyj made an investment in the startup.", ("Vantro Oyj", "make", "investment")),
        ("Orlix Capital took a 20 pct stake in Ferrolux.", ("Orlix Capital", "take", "stake")),
        ("Draxon Corp made a bid for Brantel.", ("Draxon Corp", "make", "bid")),
        ("Brantel took a charge of 5 mln dlrs.", ("Brantel", "take", "charge")),
        ("Kelvora Bank raised its stake in Orlix to 12 pct.", ("Kelvora Bank", "raise", "stake")),
        ("Ferrolux Oy will build a new plant in Kuopio.", ("Ferrolux Oy", "build", "new plant")),
        ("Vantro Oyj has acquired a majority of Brantel.", ("Vantro Oyj", "acquire", "Brantel")),
        ("The company paid a dividend of EUR 0.40 a share.", ("The company", "pay", "dividend")),
    ],
)
def test_light_verb_stays(text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Finnish Vantro Oyj HEL:VAN1V said it has signed a contract with Brantel to supply nickel.",
        "Ferrolux Oy has signed an agreement with Orlix to deliver steel piles.",
    ],
)
def test_contract_to_supply(text: str) -> None:
    actions = [t.action for t in _triples(text)]
    assert actions[0] == "sign"
    assert actions[1] in ("supply", "deliver")
