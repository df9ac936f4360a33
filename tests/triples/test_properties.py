"""Hypothesis properties of triple extraction, sentences and entities.

On any text: nothing raises, spans are valid (``text[start:end]`` is the
mention text), results are sorted, and a second run gives the same result.
More examples locally with ``FINPARSE_EXAMPLES=5000 pytest tests/triples``.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from hypothesis_settings import property_settings

import finparse
from finparse.entities import find_entities
from finparse.sentences import sentence_spans, tokens
from finparse.triples import extract_triples

SETTINGS = property_settings(120)

WORDS = [
    "Kellberg", "Corp", "Inc.", "Oyj", "said", "it", "will", "bought", "sold", "acquired", "was", "by",
    "the", "company", "its", "stake", "shares", "of", "in", "and", "5", "%", "pct", "$", "16.3",
    "million", "mln", "dlrs", "EUR", "plans", "to", "increase", "raise", "cut", "not", ",", ".", "?",
    "'s", "(", ")", "NYSE", ":", "BABA", "U.S.", "L.P.", "Chinese", "investors", "Bank", "America",
    "reported", "a", "26%", "revenue", "increase", "which", "launched", "\n", "\u201c", "\u2019s", "--",
]
newsy = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)
any_text = st.one_of(st.text(max_size=200), newsy)


def _mentions(text: str) -> list[object]:
    return list(finparse.extract(text, kinds=["money", "percent"]))


@SETTINGS
@given(any_text)
def test_never_raises_and_spans_are_valid(text: str) -> None:
    triples = extract_triples(text, _mentions(text))
    assert triples == sorted(triples, key=lambda t: (t.start, t.end))
    for t in triples:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.subject and t.action and t.object
        assert t.action == t.action.lower()
        for arg in (t.amount, t.percent, t.time):
            if arg is not None:
                assert text[arg.start : arg.end] == arg.text
        for e in (t.subject_entity, t.object_entity):
            if e is not None:
                assert text[e.start : e.end] == e.text
        d = t.to_dict()
        assert d["kind"] == "triple" and d["start"] == t.start


@SETTINGS
@given(any_text)
def test_deterministic(text: str) -> None:
    mentions = _mentions(text)
    assert extract_triples(text, mentions) == extract_triples(text, mentions)


@SETTINGS
@given(any_text)
def test_without_mentions_never_raises(text: str) -> None:
    for t in extract_triples(text):
        assert text[t.start : t.end] == t.text


@SETTINGS
@given(any_text)
def test_sentences_partition_the_text(text: str) -> None:
    spans = sentence_spans(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        assert text[last:a].strip() == ""
        last = b
    assert text[last:].strip() == ""


@SETTINGS
@given(any_text)
def test_tokens_and_entities_are_spans(text: str) -> None:
    for tok in tokens(text):
        assert text[tok.start : tok.end] == tok.text
    for e in find_entities(text):
        assert text[e.start : e.end] == e.text


@SETTINGS
@given(st.sampled_from(["bought", "acquired", "sold", "launched", "purchased", "issued"]),
       st.sampled_from(["Kellberg Corp", "Vexa Group", "Arvo Bank", "Harris Partners L.P."]),
       st.sampled_from(["shares", "bonds", "a stake", "the unit"]))
def test_simple_clause_round_trip(verb: str, subject: str, obj: str) -> None:
    text = f"{subject} {verb} {obj}."
    (t,) = extract_triples(text)
    assert t.subject == subject
    assert t.object == obj.split()[-1]
