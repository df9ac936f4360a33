"""The ``timeout`` option reaches the regex calls.

A tiny timeout on a big input raises :class:`TimeoutError` from every entry
point that takes one, for every kind; ``None`` never does (on a part of
the big input in the quick suite, all of it with ``FINPARSE_SIZES=full``), and
a generous timeout gives the same result as none; the bound is per regex
call, not per text.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from linear import scaled

import finparse
from finparse import Extractor

#: Two sentences with every kind of mention (written for this test).
UNIT = (
    "Orvane Ltd said on Monday it paid about $5.5 million for 12% of Kestrel Holdings in Q3 "
    "2021, up 3 pct from a year earlier; sales rose to EUR 40 mln over the past six months. "
)
#: About 300 KB of them.
BIG = UNIT * 1_700
#: The text read without a timeout: BIG, scaled down in the quick suite (``tests/linear.py``).
UNBOUNDED = UNIT * (scaled(len(BIG)) // len(UNIT))
#: A megabyte with nothing to find before the last sentence: one search reads it all.
SPARSE = "nothing to see in these words at all " * 28_000 + BIG[:300]
TINY = 1e-6


def _takers() -> dict[str, Callable[[float | None, str], object]]:
    from finparse.money import money
    from finparse.percent import extract_percent
    from finparse.timewindow import extract_time

    takers: dict[str, Callable[[float | None, str], object]] = {
        "Parser.finditer": lambda t, text: list(money.finditer(text, timeout=t)),
        "Parser.search": lambda t, text: money.search("x " * (len(text) // 2) + "$5", timeout=t),
        "extract_percent": lambda t, text: extract_percent(text, timeout=t),
        "extract_time": lambda t, text: extract_time(text, None, timeout=t),
    }
    def extractor(kind: str | None) -> Callable[[float | None, str], object]:
        return lambda t, text: Extractor(kinds=kind, timeout=t).extract(text)

    for kind in (*finparse.KINDS, None):
        takers[f"Extractor(kinds={kind})"] = extractor(kind)
    return takers


TAKERS = _takers()


@pytest.mark.parametrize("taker", list(TAKERS))
def test_a_tiny_timeout_on_a_big_input_raises(taker: str) -> None:
    with pytest.raises(TimeoutError):
        TAKERS[taker](TINY, BIG)


# Parser.finditer reads UNBOUNDED in test_no_timeout_on_dense_text below too:
# the quick suite leaves it to the slow tier.
@pytest.mark.parametrize("taker", [
    pytest.param(t, marks=pytest.mark.slow if t == "Parser.finditer" else ())
    for t in TAKERS if t.startswith(("Parser", "extract_"))])
def test_no_timeout_never_raises(taker: str) -> None:
    assert TAKERS[taker](None, UNBOUNDED)


def test_no_timeout_on_dense_text() -> None:
    from finparse.money import money

    assert len(list(money.finditer(UNBOUNDED))) == 2 * UNBOUNDED.count(UNIT)


def test_a_generous_timeout_changes_nothing() -> None:
    text = BIG[: scaled(20_000)]
    plain = [m.to_dict() for m in Extractor().extract(text, ref_date="2025-09-27")]
    bounded = [m.to_dict() for m in Extractor(timeout=600).extract(text, ref_date="2025-09-27")]
    assert bounded == plain and plain


def test_the_timeout_bounds_each_call_not_the_whole_text() -> None:
    # It used to bound a whole anchored scan (one regex finditer over the
    # text, Python work between matches included): this timed out. No single
    # regex call on this text takes anywhere near 0.1 s. The quick suite reads
    # UNBOUNDED, an eighth of the text (about 0.15 s of reading), with half the
    # bound.
    text, timeout = (BIG, 0.1) if len(UNBOUNDED) == len(BIG) else (UNBOUNDED, 0.05)
    assert Extractor(kinds="money", timeout=timeout).extract(text)


def test_the_build_step_gets_the_timeout() -> None:
    # The build step of an anchored parser ran its leaf patterns without it.
    from finparse.core import anchored, regex_parser

    # An exponential pattern behind a cheap filter: only the build runs it
    # (about a second at this size without a bound).
    slow = anchored(regex_parser(r"(?:a|a)*$"), r"(?<!a)a", reach=0, filter=lambda: "a")
    start = time.perf_counter()
    with pytest.raises(TimeoutError):
        list(slow.finditer("a" * 24 + "!", timeout=0.01))
    assert time.perf_counter() - start < 0.5
