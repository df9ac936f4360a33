"""Linear time on adversarial input: time grows with size, never faster.

Each input is timed at two sizes ten times apart (see ``tests/linear.py``):
a tenth of the full size by default, the full size in the ``slow`` tier
(``pytest -m slow``, which CI runs).
"""

from __future__ import annotations

import gc
import time

import pytest
from linear import assert_grows_linearly

import finparse
from finparse import core
from finparse.money import money

#: Inputs timed at 100 KB and 1 MB (a tenth of that by default; see ``tests/linear.py``
#: for the quick suite's share).
ADVERSARIAL = {
    "digits and separators": "1,234.5 6.789,0 1 234 1'2 12,34,5 ",
    "repeated dollar signs": "$",
    "repeated scale words": "million ",
    "scale words glued": "mlnbnmillion",
    "open parentheses": "( ( (",
    "percent percent": "percent ",
    "of the": "of the ",
    "capitalised words": "Alpha Beta Gamma ",
    "no spaces": "abcdefghijklmnopqrstuvwxyz",
    "digits": "1234567890",
    "codes": "USD EUR GBP ",
}

#: Inputs where nearly every word is worth a full read: timed at 20 KB and
#: 200 KB (a tenth of that by default).
DENSE = {
    "between and": "between 5 and ",
    "dash": "5-",
    "amounts": "$1",
    "amounts with units": "$5 mln dlrs, ",
    "ranges": "15-25 dollars ",
}


def grows_linearly(unit: str, small_size: int) -> None:
    finparse.extract("warm up $5 and 15-25 dollars between 5 and 6 euros")
    assert_grows_linearly(finparse.extract, unit, small_size)


#: The two tiers: a tenth of the full size by default, the full size when slow.
TIERS = [pytest.param(10, id="tenth"), pytest.param(1, id="full", marks=pytest.mark.slow)]


@pytest.mark.parametrize("divisor", TIERS)
@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=list(ADVERSARIAL))
def test_extract_is_linear(unit: str, divisor: int) -> None:
    grows_linearly(unit, 100_000 // divisor)


#: The quick suite leaves "amounts" ("$1" repeated, the costliest per
#: character: a fifth of a second) to the slow tier; it times "amounts with
#: units", the same amounts spelt out.
DENSE_SLOW_ONLY = {"amounts"}


@pytest.mark.parametrize(("unit", "divisor"), [
    pytest.param(unit, 1, id=f"{name}-full", marks=pytest.mark.slow) if full else
    pytest.param(unit, 10, id=f"{name}-tenth",
                 marks=pytest.mark.slow if name in DENSE_SLOW_ONLY else ())
    for name, unit in DENSE.items() for full in (False, True)])
def test_dense_input_is_linear(unit: str, divisor: int) -> None:
    grows_linearly(unit, 20_000 // divisor)


def _leaves(parser: core.Parser) -> list[core.Parser]:
    seen: dict[int, core.Parser] = {}
    stack = [parser]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen[id(node)] = node
        stack.extend(node._children())
    return [n for n in seen.values() if isinstance(n, core._Leaf)]


def test_every_money_leaf_matches_in_constant_time() -> None:
    # A leaf read at one place must not cost the length of the rest of the
    # text (the regex module scans ahead for required literals).
    texts = {n: ("between 5 and 6 to " * (n // 19 + 1))[:n] for n in (10_000, 1_000_000)}
    for leaf in _leaves(money):
        leaf._run(texts[10_000], 0, core._Ctx())  # compiled before it is timed
        costs = []
        for text in texts.values():
            best = float("inf")
            for _ in range(3):  # best of three, without the collector's pauses
                gc.disable()
                try:
                    start = time.process_time()
                    for pos in range(0, 2000, 7):
                        leaf._run(text, pos, core._Ctx())
                    best = min(best, time.process_time() - start)
                finally:
                    gc.enable()
            costs.append(best)
        assert costs[1] <= 5 * costs[0] + 0.01, (leaf.description, costs)


#: A paragraph of news written for this test, with every kind of mention.
PARAGRAPH = (
    "Orbis Holdings said on Tuesday it had bought a 12% stake in Norland Ltd for "
    "about $1.2 billion, up from 3 pct a year earlier. Sales rose 4.5% to EUR 310 mln "
    "in the third quarter of 2024, while the margin was 8.1%. The company plans to "
    "raise its dividend by 10 cents a share over the next three years; shares fell "
    "2 pct since January. "
)


@pytest.mark.parametrize("kind", ["money", "percent", "time", "triple"])
def test_one_long_document_is_linear(kind: str) -> None:
    # Every per-mention step (context windows, coreference, sentence
    # splitting) must stay local: one long document grows like many short ones.
    def run(text: str) -> object:
        return finparse.extract(text, kinds=kind, ref_date="2025-09-27")

    run(PARAGRAPH)
    assert_grows_linearly(run, PARAGRAPH, 20_000)
