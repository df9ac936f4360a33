"""The golden test: the seed article's extraction, reviewed by hand."""

from __future__ import annotations

import json
from pathlib import Path

import finparse

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_seed_article_matches_the_golden_file() -> None:
    golden = json.loads((SEEDS / "alibaba_ai_investment.expected.json").read_text("utf-8"))
    text = (SEEDS / golden["document"]).read_text("utf-8")
    found = [m.to_dict() for m in finparse.extract(text, ref_date=golden["ref_date"])]
    assert found == golden["mentions"]
    for m in found:
        assert text[m["start"] : m["end"]] == m["text"]


def test_the_three_seed_amounts_are_exact() -> None:
    text = (SEEDS / "alibaba_ai_investment.txt").read_text("utf-8")
    amounts = [(m.text, m.to_dict()["amount"], m.currency) for m in finparse.extract(text, kinds="money")]
    assert amounts == [
        ("$53 billion", "53000000000", "USD"),
        ("approximately $16.3 million", "16300000", "USD"),
        ("$7.8 billion", "7800000000", "USD"),
    ]


def test_the_three_seed_percentages_and_their_direction() -> None:
    text = (SEEDS / "alibaba_ai_investment.txt").read_text("utf-8")
    found = [(m.text, str(m.value), m.unit, m.direction, m.measure.text if m.measure else None)
             for m in finparse.extract(text, kinds="percent")]
    assert found == [
        ("46.8%", "46.8", "percent", "up", "Alibaba\u2019s stock"),
        ("26%", "26", "percent", "up", "revenue"),
        ("42%", "42", "percent", "up", "The Hang Seng Tech Index"),
    ]
