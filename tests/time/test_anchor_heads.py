"""The word anchor's first check accepts every place its words start at.

The word anchor of :func:`finparse._timewords.pieces` looks ahead for the
first two characters of its words (:func:`finparse._timewords._anchor_heads`)
before it tries them, which makes the scan faster and must not lose an
anchor. These tests scan invented texts of the anchor words, in several
cases and between several separators, with the anchor as it is and with
the look-ahead taken out, and compare what the two find.
"""

from __future__ import annotations

import random

import regex

from finparse._timewords import _anchor_heads, _variants, pieces, words_of

#: Kinds of words that the word anchor is made of (see pieces()).
KINDS = ("month", "weekday", "unit", "dayword", "todate", "decade", "rate", "season", "unitend")

SEPARATORS = [" ", "  ", "-", ", ", ".", "\n", " (", ") ", "/", " 5 ", "'s ", "\u00a0", ""]


def _plain_anchor() -> str:
    """The word anchor without its look-ahead for first characters."""
    anchor = pieces().anchor[1]
    head = anchor.index("(?:[Qq][1-4]")
    assert anchor.startswith(r"\b(?=(?i:") and head > 0
    return r"\b" + anchor[head:]


def _words() -> list[str]:
    words = [v for kind in KINDS for w in words_of(kind) for v in _variants(w.form)]
    words += ["Q1", "q4", "H2", "May", "MARCH", "may 5", "march, 3", "ltm", "TTM", "FY", "cy",
              "period", "session", "weekend", "week-end", "half", "since inception", "Christmas"]
    return words


def _cases(word: str) -> list[str]:
    return [word, word.lower(), word.upper(), word.title()]


def test_heads_keep_every_anchor() -> None:
    fast = regex.compile(pieces().anchor[1])
    plain = regex.compile(_plain_anchor())
    words = [case for word in _words() for case in _cases(word)]
    rng = random.Random(18)
    for _ in range(300):
        text = "".join(rng.choice(words) + rng.choice(SEPARATORS) for _ in range(40))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_heads_of_every_word_case() -> None:
    heads = regex.compile(_anchor_heads(_words()))
    for word in _words():
        for case in _cases(word):
            assert heads.match(case), case


def test_heads_pattern() -> None:
    assert _anchor_heads(["April", "Aug.", "y o y", "x"]) == r"(?i:a[pu]|x|y[\s])"
