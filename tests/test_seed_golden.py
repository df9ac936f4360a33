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


def test_the_seed_time_windows() -> None:
    text = (SEEDS / "alibaba_ai_investment.txt").read_text("utf-8")
    found = [(m.text, m.to_dict()["duration"], m.to_dict()["start_date"], m.to_dict()["end_date"],
              m.to_dict()["date"]) for m in finparse.extract(text, ref_date="2025-09-27", kinds="time")]
    assert found == [
        ("three-year", "P3Y", None, None, None),
        ("since 2021", None, "2021-01-01", "2025-09-28", None),
        ("September", None, "2025-09-01", "2025-10-01", None),
        ("Over the past month", None, "2025-08-27", "2025-09-28", None),
        ("in the most recent quarter", None, "2025-04-01", "2025-07-01", None),
        ("year-to-date", None, "2025-01-01", "2025-09-28", None),
        ("September 27", None, None, None, "2025-09-27"),
        ("September 27", None, None, None, "2025-09-27"),
    ]


def test_the_seed_triples() -> None:
    text = (SEEDS / "alibaba_ai_investment.txt").read_text("utf-8")
    found = [(t.subject, t.action, t.object, t.amount and t.amount.text, t.time and t.time.text)
             for t in finparse.extract(text, ref_date="2025-09-27", kinds="triple")]
    assert ("ARK Invest", "purchase", "Alibaba shares", "approximately $16.3 million", None) in found
    assert ("Chinese investors", "acquire", "Alibaba equity", "$7.8 billion", "September") in found
    assert ("Alibaba", "launch", "Qwen3-Max", None, None) in found
    assert ("Alibaba", "increase", "initial three-year commitment", "$53 billion", "three-year") in found
    assert ("Cloud Intelligence business unit", "report", "revenue increase", None,
            "in the most recent quarter") in found
