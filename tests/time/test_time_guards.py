"""The guards of the time grammar's leaves accept every place their leaf matches at.

A leaf with a guard (see :func:`finparse.core.regex_parser` and
``finparse._timegrammar._guards``) is not compiled, and fails, at a place
its guard rejects, until a text first needs it. A guard is a short
pattern for the leaf's first words, written by hand; one that rejected a
place where its leaf matches would lose that match (but only before the
leaf is first compiled, which makes such a bug depend on the order of the
texts a process reads). These tests run every guarded leaf's own pattern
over many texts and check its guard at the start of each of its matches,
and check that a grammar whose leaves are all compiled reads what a fresh
one does.
"""

from __future__ import annotations

import functools
import random
import subprocess
import sys
from typing import Any

import pytest
import regex
from linear import scaled

from finparse._timegrammar import grammar
from finparse._timewords import _variants, words_of
from finparse.core import Parser, _Leaf
from tests.time import test_time_corpus

#: Glue between words: spaces, punctuation, figures that make dates and counts.
GLUE = [" ", "  ", "-", ", ", ".", " the ", " of ", " in ", " 2024 ", " 5 ", " 27, ", " '24 ", "/",
        " 3/14 ", " Q3 ", " 1990s ", " and ", " to ", " ended ", " past ", " next ", " (", ") ",
        " a ", " two ", " 12th ", " twenty-one ", " nineteen ninety ", "\n", " FY", " 2023-24 "]


def _guarded() -> list[_Leaf[Any]]:
    """Every leaf of the time grammar that has a guard."""
    seen: set[int] = set()
    out: list[_Leaf[Any]] = []
    stack: list[Parser[Any]] = [grammar().time_spec, grammar().duration, grammar().date]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, _Leaf) and node._guard is not None:
            out.append(node)
        stack.extend(node._children())
    return out


def _corpus_texts() -> list[str]:
    texts = []
    for table in vars(test_time_corpus).values():
        if isinstance(table, list):
            texts.extend(row[0] for row in table if row and isinstance(row[0], str))
    return texts


def _word_soup(seed: int, count: int = 1500) -> str:
    """Time words of every kind, in several cases, glued every which way."""
    rng = random.Random(seed)
    kinds = ("month", "weekday", "unit", "relative", "ordinal", "dayword", "todate", "decade",
             "rate", "season", "unitend", "anaphoric", "edge", "rest", "fiscalword", "whole")
    words = [v for kind in kinds for w in words_of(kind) for v in _variants(w.form)]
    words += ["Christmas", "Easter", "St. Patrick's Day", "calendar", "fiscal", "full-year",
              "since", "until", "week", "quarter", "half", "first", "last", "three", "an hour",
              "three quarters of an hour", "a quarter hour", "1 and a quarter hours",
              "the first two weeks of", "the third Friday of", "two years ended",
              "the three past months", "2 coming weeks"]
    parts = []
    for _ in range(count):
        word = rng.choice(words)
        word = rng.choice([word, word, word.upper(), word.capitalize(), word.lower()])
        parts.append(rng.choice(GLUE) + word)
    return "".join(parts)


#: The words of each soup. The quick suite reads the first third of each
#: (``tests/linear.py``'s ``scaled``: every leaf still matches in them, a few
#: leaves only once or twice); ``FINPARSE_SIZES=full`` (CI) reads them whole.
SOUP_WORDS = 1500


@functools.cache
def _texts(count: int) -> tuple[str, ...]:
    """The corpus texts and four soups of ``count`` words (made once for every leaf)."""
    return (*_corpus_texts(), *(_word_soup(seed, count) for seed in range(4)))


def test_there_are_guards() -> None:
    assert len(_guarded()) > 30


@pytest.mark.parametrize("leaf", _guarded(), ids=lambda leaf: leaf.description)
def test_guard_accepts_every_match(leaf: _Leaf[Any]) -> None:
    pattern = regex.compile(leaf._fragment)
    guard = regex.compile(leaf._guard or "")

    def check(texts: tuple[str, ...]) -> int:
        found = 0
        for text in texts:
            for m in pattern.finditer(text, overlapped=True):
                found += 1
                assert guard.match(text, m.start()) is not None, (leaf._guard, text[m.start():m.end()])
        return found

    # a leaf that the shorter soups miss is read in the whole ones
    found = check(_texts(scaled(SOUP_WORDS))) or check(_texts(SOUP_WORDS))
    assert found, f"no text has a match of {leaf.description!r}"


PROBE = r"""
import json, sys
from finparse.timewindow import extract_time
from finparse._timegrammar import grammar
texts = json.loads(sys.stdin.read())
if sys.argv[1] == "prepared":
    grammar().time_spec.prepare()
print(json.dumps([[w.to_dict() for w in extract_time(t, None)] for t in texts]))
"""


@pytest.mark.slow  # a fresh interpreter: the quick suite's other guard tests cover the reading
def test_prepared_grammar_reads_the_same() -> None:
    """A fresh grammar (guards in use) and a compiled one (guards unused) agree."""
    import json

    texts = [*_corpus_texts(), _word_soup(7, 400)]
    outs = [
        subprocess.run([sys.executable, "-c", PROBE, how], input=json.dumps(texts),
                       capture_output=True, text=True, check=True).stdout
        for how in ("fresh", "prepared")
    ]
    assert outs[0] == outs[1]
