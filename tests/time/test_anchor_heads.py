"""The word anchor finds its words wherever they stand, however it is written.

The word anchor of :func:`finparse._timewords.pieces` is written with its
words grouped by their first letter (:func:`finparse._timewords.word_anchor_pattern`),
which makes the scan faster and must find what the same words as one trie
find; that flat form looks ahead for the first two characters of its words
(:func:`finparse._timewords._anchor_heads`) before it tries them, which must
not lose an anchor either. These tests scan invented texts of the anchor
words, in several cases and between several separators, with the anchor as
it is, in its flat form, and in its flat form with the look-ahead taken out,
and compare what they find.
"""

from __future__ import annotations

import random

import regex

from finparse._timewords import (
    _anchor_heads,
    _variants,
    anchor_words,
    pieces,
    word_anchor_pattern,
    words_of,
)

#: Kinds of words that the word anchor is made of (see pieces()).
KINDS = ("month", "weekday", "unit", "dayword", "todate", "decade", "rate", "season", "unitend")

SEPARATORS = [" ", "  ", "-", ", ", ".", "\n", " (", ") ", "/", " 5 ", "'s ", "\u00a0", ""]


def _flat_anchor() -> str:
    """The word anchor as one trie (with its look-ahead for first characters)."""
    return word_anchor_pattern(*anchor_words(), grouped=False)


def _plain_anchor() -> str:
    """The flat word anchor without its look-ahead for first characters."""
    anchor = _flat_anchor()
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


def _texts(count: int) -> list[str]:
    """Invented texts of anchor words in several cases, a few glued to letters."""
    words = [case for word in _words() for case in _cases(word)]
    words += ["Decade", "junETEENTH", "FYTD", "Ytd", "sec", "SEC", "Hrs", "h1", "H1", "\u017fec", "\u212aw"]
    rng = random.Random(18)
    return ["".join(rng.choice(words) + rng.choice([*SEPARATORS, "s", "x", "1"]) for _ in range(40))
            for _ in range(count)]


def test_grouped_anchor_finds_what_the_flat_one_does() -> None:
    grouped = regex.compile(pieces().anchor[1])
    flat = regex.compile(_flat_anchor())
    assert pieces().anchor[1] == word_anchor_pattern(*anchor_words())
    for text in _texts(600):
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_heads_keep_every_anchor() -> None:
    fast = regex.compile(_flat_anchor())
    plain = regex.compile(_plain_anchor())
    for text in _texts(300):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_word_anchor_of_invented_words() -> None:
    words, abbrs = ["Dec", "decade", "y o y", "x"], ["hr", "Mo"]
    grouped = regex.compile(word_anchor_pattern(words, abbrs))
    flat = regex.compile(word_anchor_pattern(words, abbrs, grouped=False))
    text = "Dec decades DECADE y  o y X xa hr HR Mo mo Q4 h1 H2 May march 5 x"
    assert [m.group() for m in grouped.finditer(text)] == [
        "Dec", "DECADE", "y  o y", "X", "hr", "Mo", "Q4", "H2", "May", "march", "x"]
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_heads_of_every_word_case() -> None:
    heads = regex.compile(_anchor_heads(_words()))
    for word in _words():
        for case in _cases(word):
            assert heads.match(case), case


def test_heads_pattern() -> None:
    assert _anchor_heads(["April", "Aug.", "y o y", "x"]) == r"(?i:a[pu]|x|y[\s])"
