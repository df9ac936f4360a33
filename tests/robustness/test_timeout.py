"""The ``timeout`` option reaches the regex calls.

A tiny timeout on a big input raises :class:`TimeoutError` from every entry
point that takes one, for every kind; ``None`` never does, and a generous
timeout gives the same result as none.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import finparse
from finparse import Extractor

#: About 300 KB of text with every kind of mention (written for this test).
BIG = (
    "Orvane Ltd said on Monday it paid about $5.5 million for 12% of Kestrel Holdings in Q3 "
    "2021, up 3 pct from a year earlier; sales rose to EUR 40 mln over the past six months. "
) * 1_700
#: A megabyte with nothing to find before the last sentence: one search reads it all.
SPARSE = "nothing to see in these words at all " * 28_000 + BIG[:300]
TINY = 1e-6


def _takers() -> dict[str, Callable[[float | None], object]]:
    from finparse.money import money
    from finparse.percent import extract_percent
    from finparse.timewindow import extract_time

    takers: dict[str, Callable[[float | None], object]] = {
        "Parser.finditer": lambda t: list(money.finditer(BIG, timeout=t)),
        "Parser.search": lambda t: money.search("x " * (len(BIG) // 2) + "$5", timeout=t),
        "extract_percent": lambda t: extract_percent(BIG, timeout=t),
        "extract_time": lambda t: extract_time(BIG, None, timeout=t),
    }
    def extractor(kind: str | None) -> Callable[[float | None], object]:
        return lambda t: Extractor(kinds=kind, timeout=t).extract(BIG)

    for kind in (*finparse.KINDS, None):
        takers[f"Extractor(kinds={kind})"] = extractor(kind)
    return takers


TAKERS = _takers()


@pytest.mark.parametrize("taker", list(TAKERS))
def test_a_tiny_timeout_on_a_big_input_raises(taker: str) -> None:
    with pytest.raises(TimeoutError):
        TAKERS[taker](TINY)


@pytest.mark.parametrize("taker", [t for t in TAKERS if t.startswith(("Parser", "extract_"))])
def test_no_timeout_never_raises(taker: str) -> None:
    assert TAKERS[taker](None)


def test_no_timeout_on_dense_text() -> None:
    from finparse.money import money

    assert len(list(money.finditer(BIG))) == 2 * 1_700


def test_a_generous_timeout_changes_nothing() -> None:
    text = BIG[:20_000]
    plain = [m.to_dict() for m in Extractor().extract(text, ref_date="2025-09-27")]
    bounded = [m.to_dict() for m in Extractor(timeout=600).extract(text, ref_date="2025-09-27")]
    assert bounded == plain and plain


def test_the_timeout_bounds_each_call_not_the_whole_text() -> None:
    # It used to bound a whole anchored scan (one regex finditer over the
    # text, Python work between matches included): this timed out. No single
    # regex call on this text takes anywhere near 0.1 s.
    assert Extractor(kinds="money", timeout=0.1).extract(BIG)


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
