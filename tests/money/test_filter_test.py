"""The money filter's test accepts every place its pattern matches.

Money scans with :class:`finparse.money._FilterTest`, a test read in Python
with set look-ups, in place of the filter pattern
(:func:`finparse.money._filter_pattern`): a place it refuses is never built,
so it must accept wherever the pattern matches (the pattern itself matches
wherever an amount starts: tests/money/test_filter.py). It asks the pattern
where it cannot tell. These tests check, at every place of invented texts,
that the test accepts wherever the pattern matches, that it refuses by
itself (without the pattern) where plain words and numbers are, and that
reading a long text in windows changes nothing.
"""

from __future__ import annotations

import functools
import random

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from finparse.core import match_at
from finparse.money import MoneyOptions, _filter_pattern, _FilterTest, money_parser
from tests.hypothesis_settings import property_settings

TABLE = MoneyOptions().table()

NUMBERS = [
    "5", "12", "1,234", "1,234.5", "4,3200,000", "1.5", ".5", "5.", "5,", "1 234", "320 .1", "5 1/2",
    "5/8", "401.50/90", "48-1/2", "8\u00be", "50,-", "12-point-one", "12 point five", "12\tpoint two",
    "5-6", "5\u20136", "1986/87", "1980's", "5.'", "17.", "0",
]
WORDS = [
    "five", "Five", "FIVE", "one hundred", "a quarter", "three quarters of a", "a", "an", "A", "half",
    "two and a half", "billion", "one-time", "one, two", "ten-", "Six Mths", "nine mln hectares",
]
SCALES = ["mln", "m", "bn", "billion", "lakh crore", "lakh\ncrore", "Cr", "k", "mln-dlr", "million-"]
LEADS = [
    "about", "up to", "Up  To", "in excess of", "at least", "approx.", "ca.", "no more than", "minus",
    "negative", "between", "an estimated", "a maximum of", "a dollar", "An Euro", "at", "in", "up",
]
OTHER = [
    "of", "to", "and", "shares", "Revs", "REUTER", "pct", "vs", "from", "U.S.", "Canadian", "Hong Kong",
    "(keeling)", "St.", "&", "it's", "per", "point", "dlr", "Ecus", "tonnes", "ABc", "AB",
]
SPACES = [" ", " ", " ", "  ", "   ", "    ", "\t", "\n", "\u00a0", "\u2009", ""]
MARKS = ["-", "\u2013", ",", ".", "/", "(", ")", "'s", "$", "\u20ac", "\u00a3", "_", "x", "\u00e9", "\u017f",
         "\u212a", "\u0130", "\x00", "\u200b", "&euro;", "&#x24;"]


def _units() -> list[str]:
    forms = [*TABLE.prefix_cs, *TABLE.prefix_ci, *TABLE.prefix_words, *TABLE.suffix_cs, *TABLE.suffix_ci,
             *TABLE.words, *TABLE.stopped, *TABLE.minor, *TABLE.minor_cs, *TABLE.minor_glued]
    forms += list(TABLE.adjectives)[::9]
    return sorted(set(forms))


@functools.cache
def _pattern() -> regex.Pattern[str]:
    return regex.compile(_filter_pattern(MoneyOptions()))


@functools.cache
def _test() -> _FilterTest:
    return _FilterTest(MoneyOptions())


def _check(text: str) -> int:
    """Check every place of ``text``; the number of places the pattern matches."""
    test, pattern = _test(), _pattern()
    found = 0
    for pos in range(len(text) + 1):
        expected = match_at(pattern, text, pos) is not None  # (as scanning matched it)
        got = test(text, pos, None)
        read = test._read(text, pos)
        assert got == (expected if read is None else read)  # (it asks the pattern where unsure)
        if expected:
            found += 1
            assert got, (pos, text[max(0, pos - 10):pos], text[pos:pos + 40])
    return found


def _text(seed: int, count: int = 300) -> str:
    rng = random.Random(seed)
    units = _units()
    pools = [NUMBERS, NUMBERS, WORDS, SCALES, LEADS, OTHER, units, units, MARKS]
    parts = []
    for _ in range(count):
        parts.append(rng.choice(rng.choice(pools)))
        parts.append(rng.choice(SPACES if rng.random() < 0.8 else MARKS))
    return "".join(parts)


@pytest.mark.parametrize("seed", range(6))
def test_the_test_accepts_where_the_pattern_matches(seed: int) -> None:
    assert _check(_text(seed)) > 20


def test_every_unit_after_and_before_a_number() -> None:
    found = 0
    for form in _units():
        for text in (f"12 {form}", f"12{form}", f"{form} 12", f"{form}12", f"12 mln {form}", f"five {form}",
                     f"about {form} 5", f"12 big {form.upper()}", f"12 {form.title()}", f"12 mln-{form}"):
            found += _check(text)
    assert found > 2000


def test_plain_words_and_numbers_are_refused_without_the_pattern() -> None:
    # where the test refuses alone, no pattern call is made
    test = _test()
    for text in ("12 people", "4,377,000 Revs 214.9 mln", "1985, he said", "of 4.0 mln", "to 5 pct",
                 "at 13.85 pct", "five broad categories", "a 75 mln stg", "17. REUTER", "3.9 pct on 24-month"):
        assert test._read(text, 0) is False, text
        assert _pattern().match(text) is None
    for text in ("12 dlrs", "USD 5", "12 mln U.S. dlrs", "5 to 6", "about 5 dlrs", "a dollar", "5-6 pct"):
        assert test._read(text, 0) is True, text


def test_a_long_text_is_read_in_windows_alike() -> None:
    # past its window, the test asks the pattern (read in a window of its
    # own, as scanning reads it: finparse.core.match_at) rather than read on
    test = _test()
    short = _text(7, 40)
    filler = " and" * 400
    for text in (short + filler, "12 " + "x" * 5000 + " dlrs", "12 " + "big " * 300 + "dlrs"):
        for pos in range(0, min(len(text), 600)):
            if match_at(_pattern(), text, pos) is not None:
                assert test(text, pos, None), (pos, text[pos:pos + 40])
            assert test(text, pos, None) == test(text, pos, 5.0)


def test_scanning_finds_the_same_amounts_as_with_the_pattern() -> None:
    parser = money_parser(MoneyOptions())
    filtered, plain = parser._inner, parser._plain  # type: ignore[attr-defined]
    for seed in range(3):
        text = _text(seed + 10, 200)
        assert [(m.start, m.end, m.value) for m in filtered.finditer(text)] == [
            (m.start, m.end, m.value) for m in plain.finditer(text)]


_PIECES = st.sampled_from([*NUMBERS, *WORDS, *SCALES, *LEADS, *OTHER, *SPACES, *MARKS, *_units()[::5]])


@property_settings(300)
@given(st.lists(_PIECES, max_size=16).map("".join))
@example("500 mln-dlr loan")
@example("5 lakh\ncrore dlrs")
@example("12\tpoint five dlrs")
@example("about\u00a0five dlrs")
@example("a\u00a0quarter million dlrs")
def test_the_test_accepts_where_the_pattern_matches_on_any_mix(text: str) -> None:
    _check(text)
