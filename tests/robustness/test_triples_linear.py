"""Triples on hostile input: linear time, no RecursionError, a timeout that holds.

Each shape is a prefix, a unit repeated and a suffix; ``tests/linear.py``
times ``extract`` (kinds="triple", so with the money, percent and time
mentions triples take as arguments) on the unit repeated to a small size and
to ten times that. The first shapes are those an adversarial review found
(cubic or quadratic before: "a." * n took 49 s at 16 KB); the others are
variants and neighbours of the same families (a scan from the sentence start
for every verb or pronoun, a scan to the sentence end for every verb, a
regex alternative retried after an unbounded run, recursion once per group).

Tiers: the quick suite times the findings and a pronoun variant (``QUICK``)
at the default sizes; the ``slow`` tier (``pytest -m slow``, which CI runs)
times every shape at the default sizes and at 20 KB and 200 KB.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from linear import assert_grows_linearly

import finparse
from finparse import Extractor
from finparse.triples import extract_triples

#: name -> (prefix, unit repeated, suffix, small size of the default tier)
SHAPES: dict[str, tuple[str, str, str, int]] = {
    # the findings
    "dotted letters": ("Acme bought ", "a.", "ab", 2_000),
    "participles": ("Kestrel Holdings", ", buying shares", ".", 3_000),
    "possessives": ("", "Acme bought Kestrel's ", "", 3_000),
    "empty brackets": ("Acme", "()", " bought shares", 2_000),
    "bracketed unit": ("Acme", " (the unit)", " bought shares", 3_000),
    "tickers": ("Acme", " (NYSE: ACM)", " bought shares", 3_000),
    # variants: other verbs, brackets, tickers, longer units
    "dotted pairs": ("Orvane Ltd acquired ", "ab.", "abc", 2_000),
    "dotted capitals": ("Acme sold ", "U.S.", "A", 2_000),
    "participles, other verb": ("Orvane Group Plc", ", acquiring a stake in Vexa Oyj", ".", 3_000),
    "fronted participles": ("", "Despite selling shares, ", "Acme bought Vexa.", 3_000),
    "possessive chain": ("Orvane acquired ", "Vexa's unit's ", "shares.", 3_000),
    "nominal possessives": ("", "Kestrel's acquisition of Vexa's ", "unit.", 3_000),
    "passive possessives": ("", "shares were bought by Acme's ", "unit.", 3_000),
    "square brackets": ("Acme", " [the unit]", " bought shares", 3_000),
    "exchange tickers": ("Kestrel Oyj", " (OMX Helsinki : KES1V)", " sold its unit", 3_000),
    "appositives": ("Acme", ", a Chicago firm,", " bought shares", 3_000),
    "pronouns after places": ("", " in London , Paris , Rome , Oslo , Bonn , Kiel it bought shares", ".", 3_000),
    "the company": ("", "In Paris the company bought shares and ", ".", 3_000),
    "runs of marks": ("Acme bought x", ".", "x", 5_000),
    "marks and brackets": ("Acme bought x", "!?)", "x", 5_000),
    "adverbs and verbs": ("Acme ", "quickly bought ", "shares.", 3_000),
    "auxiliaries": ("Acme ", "has been ", "bought shares.", 3_000),
    "unit words": ("Acme bought a 5 ", "million ", "stake.", 3_000),
    "times": ("Acme bought shares ", "in 2020 ", ".", 3_000),
    "gapping": ("Acme bought 5% of Vexa ", "and Kestrel ", "20%.", 3_000),
}


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    # build the grammars before any timing
    finparse.extract("Acme bought 5% of Vexa for $5 million in 2021.")


def _extract(prefix: str, suffix: str) -> Callable[[str], object]:
    return lambda text: finparse.extract(prefix + text + suffix, kinds="triple")


#: The shapes the quick suite times: the findings, and the one variant of a
#: family they lack (a scan from the sentence start for every pronoun). The
#: slow tier times every shape, at these sizes and at 20 KB and 200 KB.
QUICK = {*list(SHAPES)[:6], "pronouns after places"}


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=() if name in QUICK else pytest.mark.slow) for name in SHAPES])
def test_triples_grow_linearly(name: str) -> None:
    prefix, unit, suffix, small = SHAPES[name]
    assert_grows_linearly(_extract(prefix, suffix), unit, small)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SHAPES))
def test_triples_grow_linearly_at_200_kb(name: str) -> None:
    prefix, unit, suffix, _ = SHAPES[name]
    assert_grows_linearly(_extract(prefix, suffix), unit, 20_000)


# -- recursion -----------------------------------------------------------------------------


@pytest.mark.parametrize("unit", ["()", " (the unit)", " (NYSE: ACM)", " [x]", ", a unit,"])
def test_brackets_before_a_verb_raise_no_recursion_error(unit: str) -> None:
    # 5000 groups: far past the recursion limit, and past the 16 groups
    # stepped over between a subject and its verb (so no triple).
    text = "Acme" + unit * 5_000 + " bought shares"
    assert finparse.extract(text, kinds="triple") == []
    # a few groups are stepped over as before
    found = finparse.extract("Acme" + unit * 2 + " bought shares", kinds="triple")
    assert [(t.subject, t.object) for t in found] in ([("Acme", "shares")], [])


def test_a_few_brackets_keep_their_subject() -> None:
    text = "Kestrel Oyj (OMX Helsinki : KES1V) (the unit) bought shares in Vexa."
    assert [(t.subject, t.action) for t in extract_triples(text)] == [("Kestrel Oyj", "buy")]


LONG = 5_000


@pytest.mark.parametrize(
    "options",
    [
        {"extra_entities": ["Acme " + "A" * LONG]},
        {"extra_entities": [("K" * LONG, "person")]},
        {"extra_verbs": {"x" * LONG: "buy"}},
        {"extra_verbs": {"spin " + "o" * LONG: "spin " + "o" * LONG}},
        {"extra_verbs": {"buy": "b" * LONG}},
        {"currency_forms": {"Q" * LONG: "USD"}},
        {"currency_defaults": {"Q" * LONG: "USD"}},
    ],
    ids=["entity", "person", "verb form", "verb base", "lemma", "currency form", "currency default"],
)
def test_long_option_strings_work(options: dict[str, object]) -> None:
    extractor = Extractor(**options)  # type: ignore[arg-type]
    assert extractor.extract("Acme bought shares in Vexa for $5 million.")


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("extra_entities", ["A" * k for k in range(1, 300)]),
        ("extra_verbs", {"x" * k: "buy" for k in range(1, 300)}),
        ("currency_forms", {"Q" * k: "USD" for k in range(1, 300)}),
    ],
)
def test_options_nested_too_deep_are_a_value_error_at_construction(option: str, value: object) -> None:
    # hundreds of words, each a prefix of the next: a ValueError naming the
    # option when the Extractor is made, never a RecursionError later
    with pytest.raises(ValueError, match=option):
        Extractor(**{option: value})  # type: ignore[arg-type]


# -- timeout -------------------------------------------------------------------------------

#: One sentence of a megabyte: a few seconds of triple analysis without a bound.
HUGE = "Kestrel Holdings" + ", buying shares" * 70_000


def test_the_timeout_stops_a_long_sentence_soon(monkeypatch: pytest.MonkeyPatch) -> None:
    from finparse import sentences

    starts: list[float] = []
    restart = sentences.Deadline.restart

    def timed_restart(self: sentences.Deadline) -> None:
        starts.append(time.monotonic())
        restart(self)

    monkeypatch.setattr(sentences.Deadline, "restart", timed_restart)
    timeout = 0.2
    with pytest.raises(TimeoutError):
        extract_triples(HUGE, timeout=timeout)
    overrun = time.monotonic() - starts[-1] - timeout
    assert overrun < 0.15, overrun  # a few dozen chunks' work past the bound


def test_a_generous_timeout_changes_no_triple() -> None:
    text = "Acme Corp bought 5% of Vexa Oyj in 2021. It sold its unit to Kestrel Ltd for $5 million. " * 20
    plain = [t.to_dict() for t in extract_triples(text)]
    assert plain == [t.to_dict() for t in extract_triples(text, timeout=600)]


def test_the_extractor_passes_its_timeout_to_triples(monkeypatch: pytest.MonkeyPatch) -> None:
    import finparse.triples

    seen: list[object] = []
    real = finparse.triples.triples_of  # what the kind registry calls

    def spy(text: str, mentions: Any, options: Any, timeout: float | None) -> object:
        seen.append(timeout)
        return real(text, mentions, options, timeout)

    monkeypatch.setattr(finparse.triples, "triples_of", spy)
    Extractor(kinds="triple", timeout=5).extract("Acme bought shares.")
    assert seen and set(seen) == {5.0}
