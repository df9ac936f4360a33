"""Sentence splitting, tokens and entities, one row per behaviour (sentences written for finparse)."""

from __future__ import annotations

import pytest

from finparse.entities import find_entities
from finparse.sentences import sentence_spans, tokens

SPLITS = [
    ("Arvo Inc. bought shares in the U.S. market. It paid 5 dlrs.",
     ["Arvo Inc. bought shares in the U.S. market.", "It paid 5 dlrs."]),
    ("It was sold to Halden Partners L.P. The buyer paid cash.",
     ["It was sold to Halden Partners L.P.", "The buyer paid cash."]),
    # after an organisation suffix, a word that starts no name starts a sentence
    ("It was sold to Halden Partners L.P. Neither side gave a price.",
     ["It was sold to Halden Partners L.P.", "Neither side gave a price."]),
    ("The stake went to Brenmoor Capital Inc. Analysts expect a bid.",
     ["The stake went to Brenmoor Capital Inc.", "Analysts expect a bid."]),
    ("Halden Partners L.P. Chairman Kalle Virta bought shares.", ["Halden Partners L.P. Chairman Kalle Virta bought shares."]),
    # after a suffix that only ends a name, a capitalised word and a lower-case one
    ("The notes were placed by Kestrel Corp. Proceeds will repay debt.",
     ["The notes were placed by Kestrel Corp.", "Proceeds will repay debt."]),
    ("It bought the unit from Norvik Ltd. Vexa said the price was fair.",
     ["It bought the unit from Norvik Ltd.", "Vexa said the price was fair."]),
    ("Dutch group N.V. Orvala is issuing bonds.", ["Dutch group N.V. Orvala is issuing bonds."]),
    ("Lakeside Realty L.P. II said it paid 5 cts.", ["Lakeside Realty L.P. II said it paid 5 cts."]),
    ("Shares went to Marlow and Co. Incorporated said so.", ["Shares went to Marlow and Co. Incorporated said so."]),
    ("He met U.S. Trade Representative Anna Holm.", ["He met U.S. Trade Representative Anna Holm."]),
    ("Sales in Sept. rose 1.5 pct , the company said .", ["Sales in Sept. rose 1.5 pct , the company said ."]),
    ("Net sales were EUR63 .4 m. Profit was EUR0 .22 per share .",
     ["Net sales were EUR63 .4 m.", "Profit was EUR0 .22 per share ."]),
    ("Mr. Kalle Virta bought No. 5 shares. Done!", ["Mr. Kalle Virta bought No. 5 shares.", "Done!"]),
    ("Should investors sell? Or buy?", ["Should investors sell?", "Or buy?"]),
    ("Strategic Pivot\nVexa is accelerating. It grew.", ["Strategic Pivot", "Vexa is accelerating.", "It grew."]),
    ("John F. Kennedy Corp. of the U.S. said so.", ["John F. Kennedy Corp. of the U.S. said so."]),
    ('He said "we bought it." Then he left.', ['He said "we bought it."', "Then he left."]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == expected


def test_tokens() -> None:
    assert [t.text for t in tokens("Nokia 's U.S. e-commerce unit , AT&T \u2019s 1,234.5 don't")] == [
        "Nokia", "'s", "U.S.", "e-commerce", "unit", ",", "AT&T", "\u2019s", "1,234.5", "don't",
    ]


ENTITIES = [
    ("Cathie Wood's ARK Invest bought Alibaba shares.",
     [("Cathie Wood", "name"), ("ARK Invest", "org"), ("Alibaba", "name")]),
    ("Bank of America and Procter & Gamble met S and P.",
     [("Bank of America", "org"), ("Procter & Gamble", "org"), ("S and P", "org")]),
    ("Finnish Scanvik sold a unit to Swiss Bank Corp.", [("Scanvik", "name"), ("Swiss Bank Corp.", "org")]),
    ("Investor Anna Lindqvist met Mr. Kalle Virta in New Zealand.",
     [("Anna Lindqvist", "person"), ("Kalle Virta", "person"), ("New Zealand", "place")]),
    ("Sales of AI chips rose in September, the CEO said.", []),
    ("Operating profit rose at Halden Partners L.P. in May.", [("Halden Partners L.P.", "org")]),
]


@pytest.mark.parametrize(("text", "expected"), ENTITIES)
def test_entities(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.kind) for e in find_entities(text)] == expected


TICKERS = [
    ("Nordvik Group Plc OMX Helsinki : NVK1V said so.", "Nordvik Group Plc", "NVK1V"),
    ("Vexa Group (NYSE: VXA) said so.", "Vexa Group", "VXA"),
    ("Pelto Oyj ( OMX Helsinki : PEL1V ) said so.", "Pelto Oyj", "PEL1V"),
]


@pytest.mark.parametrize(("text", "name", "ticker"), TICKERS)
def test_tickers(text: str, name: str, ticker: str) -> None:
    (e,) = find_entities(text)
    assert (e.text, e.ticker, e.kind) == (name, ticker, "org")


def test_extra_entities() -> None:
    assert find_entities("the anderson trust sold.") == []
    (e,) = find_entities("the anderson trust sold.", extra_entities=["the anderson trust"])
    assert (e.text, e.kind) == ("the anderson trust", "org")
