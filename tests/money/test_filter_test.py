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
import itertools
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


def test_and_goes_on_from_a_number_only_after_between() -> None:
    # "and" after a bare number starts a range's second end only after
    # "between" ("between 5 and 6 mln dlrs"): no amount starts at the "5" of
    # "5 and 6 mln dlrs" (the grammar's bare first end goes on with a dash
    # or "to" only), and there the test and the pattern refuse
    test, pattern = _test(), _pattern()
    plain = money_parser(MoneyOptions())._plain  # type: ignore[attr-defined]
    units = ["dlrs", "U.S. dlrs", "mln dlrs", "euros", "Canadian dlrs", "stg", "pct", "shares"]
    for first, second in [("5", "6"), ("1,000", "2,000"), ("1.5 mln", "2 mln"), ("5", "six"), ("12", "$6")]:
        for space, unit in itertools.product([" ", "   ", "\u00a0"], units):
            text = f"{first}{space}and{space}{second} {unit}"
            assert [m.start for m in plain.finditer(text) if m.start == 0] == [], text
            if second[0].isdigit():  # (words may be an adjective's: "and six dlrs")
                assert not test(text, 0, None), text
            _check(text)
            assert _check(f"between {text}") > 0
            assert _check(f"about between {text}") > 0
    for text in ("5 and 6 mln dlrs", "5 mln and 6 mln dlrs", "1,000   and 2,000 dlrs", "5 And 6 dlrs"):
        assert test._read(text, 0) is False, text
        assert test._read(f"between {text}", 0) is True, text
        assert pattern.match(text) is None and pattern.match(f"Between {text}") is not None, text


def test_a_word_after_a_dash_or_to_goes_on_only_where_an_amount_may() -> None:
    # After a number and a dash or "to", a word goes on only where a range's
    # second end (a number word, "a", a currency before a number), or after
    # a dash a scale or a unit, may start: "91-day", "five-year", "1991 to
    # bring" start no amount, and there the test and the pattern refuse;
    # the scan finds the same amounts
    test, pattern = _test(), _pattern()
    parser = money_parser(MoneyOptions())
    filtered, plain = parser._inner, parser._plain  # type: ignore[attr-defined]
    for text in ("91-day bills", "five-year notes", "13-bank committee", "three-for-two split", "5-Year old",
                 "1991 to bring", "13 to shareholders", "5 mln to holders", "5 to  the", "5 To Be"):
        assert test(text, 0, None) is False and pattern.match(text) is None, text
    for text in ("5-6 dlrs", "five-six dollars", "5-US$6", "10-dollar bill", "5-mln-dlr loan", "5-a dollar",
                 "twenty-five dollars", "5-Six dlrs", "48-1/2 dlrs", "5 - six dlrs", "5-\u00a3 6", "5-\u017fix dlrs",
                 "5-U.S.$6", "5-Fr. 6", "5-BD6", "5 to 6 dlrs", "5 to six dlrs", "5 to US$6", "5 to  a dollar",
                 "5 to\u00a06 dlrs", "5 mln to 6 mln dlrs", "5 to Fr. 6", "5 to ", "5 to    x"):
        assert test(text, 0, None) is not False and pattern.match(text) is not None, text
    firsts = ["5", "1,000", "5.5", "five", "twenty", "a", "5 mln", "1/2", "between 5"]
    words = ["6", "six", "US$6", "Rs 6", "dlrs", "mln", "million", "year", "day", "for", "and", "a dollar",
             "Canadian", "U.S.", "U.S.$6", "Fr. 6", "point", "thousand", "fourteen", "crore", "Cr", "pct", "K", "bn"]
    texts = [f"{first}{joint}{word}{end}" for first, joint, word, end in itertools.product(
        firsts, ["-", " - ", "\u2013", " to ", " to  ", "\u00a0TO ", "   to "], words, ["", " dlrs", " stg"])]
    for text in texts:
        _check(text)
    joined = ", ".join(texts)
    assert [(m.start, m.end, m.value) for m in filtered.finditer(joined)] == [
        (m.start, m.end, m.value) for m in plain.finditer(joined)]


def test_a_range_far_from_its_number_may_go_on_after_a_no_break_space() -> None:
    # Three or more spaces after a number leave room only for a range; "to"
    # (or "and" after "between") may be followed by a no-break space as by a
    # space, as in the pattern: the filtered scan (used once the filter is
    # built) finds what the plain one does
    parser = money_parser(MoneyOptions())
    filtered, plain = parser._inner, parser._plain  # type: ignore[attr-defined]
    texts = ["Prices were 5   to\u00a06 dlrs", "5    TO\u00a0six dollars", "between 5   and\u00a06 dlrs",
             "1,000   to\u00a02,000 euros", "5.5     to\u00a0\u00a06 mln stg", "Between 12   And\u00a014 yen"]
    for text in texts:
        _check(text)
        assert [(m.start, m.end, m.value) for m in filtered.finditer(text)] == [
            (m.start, m.end, m.value) for m in plain.finditer(text)], text
    assert [m.text for m in filtered.finditer(texts[0])] == ["5   to\u00a06 dlrs"]
