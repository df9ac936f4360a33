"""A percentage's number, read in two parts, is what its one pattern matches.

The value leaf of :func:`finparse.percent._value_parser` (a number and its
unit) is read by ``finparse.core.split_parser``: first its pattern without number words, then,
where that fails and a number word may start (the guard, made of
:func:`finparse.numbers.words_start`), its pattern with only number words.
The whole pattern (``pattern()``, with the words in their place) is still
the leaf's scanning pattern. These tests hold the two readings to the same
match (span, every group's spans) and the same value at every place of
invented texts made of numbers, number words, signs and percent units.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from finparse import vocabulary
from finparse.core import Captures, Reject, _TwoPart
from finparse.percent import _value_parser
from tests.hypothesis_settings import property_settings

UNITS = ["%", " %", "percent", " percent", " per cent", " per-cent", " pct", " PCT", "pc", " basis points",
         " bps", " percentage points", " points", " point", " of a percent", " of a point", "\u00a0pct",
         " percentage point", "-percent", "  percent", "\uff05"]
NUMBERS = ["5", "12.5", "1,234", "0.25", ".5", "3 1/2", "3-1/2", "1/4", "\u00bd", "2\u00bd", "2 \u00bc", "(5%)",
           "(5 %)", "( 5%)", "-5", "+.5", "\u22123", "+7", "100", "7.", "1.2.3", "10/32"]
JOIN = [" ", " ", "", "-", "\u00a0", "  ", " and ", " point ", " and a ", " and one-"]
GLUE = [" ", " ", ", ", ". ", "(", ")", "x", "$", "=", "/", "\n", "a", "the ", "to ", "-"]


def _words() -> list[str]:
    words = [*vocabulary.number_words(), *vocabulary.word_scales(), *vocabulary.fractions(),
             "hundred", "half", "quarter", "a", "an", "A", "minus", "negative", "plus", "point", "and",
             "one-eighth", "three quarters", "a half", "a quarter", "twenty-one", "one hundred and five"]
    return [w for w in words if w]


def _text(seed: int, count: int = 220) -> str:
    rng = random.Random(seed)
    words = _words()
    parts = []
    for _ in range(count):
        first = rng.choice(words) if rng.random() < 0.6 else rng.choice(NUMBERS)
        first = rng.choice([first, first, first.upper(), first.title(), first.capitalize()])
        piece = first
        for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
            piece += rng.choice(JOIN) + rng.choice(words)
        if rng.random() < 0.7:
            piece += rng.choice(UNITS)
        sign = rng.choice(["", "", "", "minus ", "Negative  ", "plus\u00a0", "-", "+"])
        parts.append(rng.choice(GLUE) + sign + piece)
    return "".join(parts)


def _spans(m: regex.Match[str] | None, names: list[str]) -> Any:
    if m is None:
        return None
    return m.span(), {name: m.spans(name) for name in names}


def _check(text: str, leaf: Any = None) -> int:
    leaf = _value_parser() if leaf is None else leaf
    shipped: _TwoPart[Any] = leaf._read.__self__
    whole = regex.compile(leaf._make_fragment())
    names = sorted(whole.groupindex)
    two = _TwoPart(lambda c: c._m, shipped._make_first, shipped._make_second, shipped._guard)
    found = 0
    for pos in range(len(text) + 1):
        m = whole.match(text, pos)
        got = two.read(text, pos)
        assert _spans(got[0] if got else None, names) == _spans(m, names), (pos, text[pos:pos + 30])
        if m is None:
            assert leaf._read(text, pos) is None
            continue
        found += 1
        try:
            expected: Any = (shipped._build(Captures(m)), m.end())
        except Reject:
            expected = Reject
        try:
            value: Any = leaf._read(text, pos)
        except Reject:
            value = Reject
        assert value == expected, (pos, text[pos:pos + 30])
    return found


# the quick suite reads one random text; the slow tier all three
@pytest.mark.parametrize("seed", [0, *(pytest.param(s, marks=pytest.mark.slow) for s in (1, 2))])
def test_two_parts_match_what_the_whole_pattern_matches(seed: int) -> None:
    assert _check(_text(seed)) > 300


def test_every_number_word_with_and_without_a_unit() -> None:
    text = " ".join(f"{sign}{form}{unit}" for word in _words() for sign in ("", "minus ")
                    for form in (word, word.upper()) for unit in ("", " percent", "%"))
    assert _check(text) > 500


def test_far_into_a_long_text() -> None:
    # past the window a part is first read in (see finparse.core._match)
    text = "x " * 1500 + "twenty-one percent and " + "5" * 2100 + " pct, minus  a half percent"
    _check(text[2990:])
    _check(text)


_PIECES = st.sampled_from([*UNITS, *NUMBERS, *JOIN, *GLUE, *_words()[::3], "a", "an", "minus", "Plus", "pct"])


@property_settings(300)
@given(st.lists(_PIECES, max_size=14).map("".join))
@example("minus five percent")
@example("a half percent, an eighth point")
@example("a percent")
@example("negative 5 and a quarter pct")
@example("thirty-one-point-eight percent")
@example("MINUS\u00a0\u00a0TWO pct")
def test_two_parts_on_any_mix(text: str) -> None:
    _check(text)

