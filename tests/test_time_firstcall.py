"""The time grammar's first call: what it builds, and that its cheaper patterns match the same.

The word lists of the time grammar are written as plain alternations where
that compiles faster than a trie (see ``finparse._timewords.word_pattern``),
with guards of their own instead of those of
:func:`finparse.core.trie_pattern`; these tests hold them to matching
exactly what the trie with the general guards matches.
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys

import pytest
import regex

from finparse._timewords import _variants, word_pattern, words_of
from finparse.core import trie_pattern
from finparse.timewindow import extract_time


def _lists() -> dict[str, list[str]]:
    """The time word lists, by kind, as the grammar writes them (hyphens also as spaces)."""
    out: dict[str, list[str]] = {}
    for kind in ("month", "weekday", "unit", "relative", "ordinal", "dayword", "todate",
                 "decade", "rate", "season", "unitend", "anaphoric"):
        out[kind] = [v for w in words_of(kind) for v in _variants(w.form)]
    months = words_of("month")
    out["month with dots"] = [w.form for w in months] + [w.form + "." for w in months if w.flags == "abbr"]
    out["mixed case"] = ["Sep", "sep", "Sept", "sept.", "May", "may", "MAY"]
    return out


def _text(words: list[str], seed: int) -> str:
    """Words glued and spaced every which way, in several cases."""
    rng = random.Random(seed)
    glue = ["", " ", "  ", "-", ".", ",", "'s", "a", "1", "\n", " (", ") "]
    parts = []
    for _ in range(3000):
        word = rng.choice(words)
        word = rng.choice([word, word.upper(), word.capitalize(), word.lower(), word[:-1], word + "s"])
        parts.append(rng.choice(glue) + word)
    return "".join(parts)


def _matches(pattern: str, text: str, case: bool) -> list[tuple[int, int]]:
    compiled = regex.compile(pattern if case else f"(?i:{pattern})")
    return [m.span() for m in compiled.finditer(text, overlapped=True)]


def _kinds_and_cases() -> list[object]:
    # the quick suite reads each list in one case, in turn with and without
    # case folding (the short "mixed case" list in both); the slow tier reads
    # every list in both
    return [pytest.param(kind, case, id=f"{'case' if case else 'nocase'}-{kind}",
                         marks=[pytest.mark.slow] if case == bool(k % 2) and kind != "mixed case" else [])
            for case in (True, False) for k, kind in enumerate(sorted(_lists()))]


@pytest.mark.parametrize(("kind", "case"), _kinds_and_cases())
def test_alternation_matches_the_trie(kind: str, case: bool) -> None:
    words = _lists()[kind]
    text = _text(words, seed=len(words))
    trie = _matches(trie_pattern(words), text, case)
    assert _matches(word_pattern(words), text, case) == trie
    assert _matches(word_pattern(words, trie=False), text, case) == trie


def test_alternation_puts_longer_words_first() -> None:
    # a trie tries "Sept." before "Sept" before "Sep": so must the alternation
    pattern = regex.compile(word_pattern(["Sep", "Sept", "Sept."], trie=False) + r"\.?5")
    m = pattern.match("Sept.5")
    assert m is not None and m.group() == "Sept.5"


def test_import_compiles_nothing_and_reads_no_table() -> None:
    code = (
        "import regex, finparse.core, finparse.numbers\n"
        "from finparse._data import rows\n"
        "compiled = []\n"
        "original = regex.compile\n"
        "regex.compile = lambda *a, **k: compiled.append(a) or original(*a, **k)\n"
        "before = rows.cache_info().misses\n"
        "import finparse.timewindow\n"
        "assert not compiled, compiled\n"
        "assert rows.cache_info().misses == before\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


REF = dt.date(2025, 9, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monday (March 5, 2025) and", [("Monday (March 5, 2025)", "2025-03-05")]),
        ("on Sunday (27 September 2025)", [("Sunday (27 September 2025)", "2025-09-27")]),
        ("Thursday (Sept. 4)", [("Thursday (Sept. 4)", "2025-09-04")]),
        # "may" in lower case is a date inside the parentheses, a verb at the start
        ("Friday (may 5)", [("Friday (may 5)", "2025-05-05")]),
        ("may 5 people", []),
        # no weekday inside the parentheses, and none without a closing one
        ("Monday (Friday, March 5)", [("Monday", "2025-09-22"), ("Friday, March 5", "2025-03-05")]),
        ("Friday (March 5 and 6)", [("Friday", "2025-09-26"), ("March 5", "2025-03-05")]),
        ("Wednesday ( 1 October ) it said", [("Wednesday ( 1 October )", "2025-10-01")]),
    ],
)
def test_dates_with_a_weekday_in_parentheses(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(w.text, w.date.isoformat() if w.date else None) for w in extract_time(text, REF)]
    assert found == expected

