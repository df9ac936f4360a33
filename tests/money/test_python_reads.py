"""Parts of an amount read in Python read what their patterns (or slower code) read.

A build reads a few small parts with Python instead of a pattern (the gap
before a unit after the number, a range dash), skips the places no word of
change can start at when it reads the words before "to", skips the ways of
a currency unit none of whose forms start with the two characters there,
and reads plain ASCII digits without a character loop. Each must give what
the pattern or the general code gives, at every place of invented texts.
"""

from __future__ import annotations

import random

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from finparse.core import WordTrie
from finparse.money import (
    _SPACE_CHAR,
    MoneyOptions,
    _dash,
    _ends_at,
    _gap_post,
    _heads,
    _may_start,
    _read_dash,
    _unit_reader,
    _UnitReader,
)
from finparse.numbers import read_digits
from tests.hypothesis_settings import property_settings

#: Pieces of what comes between a number and a unit, or between two ends of a range.
PIECES = [
    " ", "  ", "\u00a0", "   ", "\t", "-", "--", "\u2013", "\u2014", "\u2212", "-d", "-\u00e9", "-\u0661",
    "-\u02b0", "-5", "dlrs", "x", "\u00e9", "5", "rose", "Rose", "fell", "up", "from", "to", "by",
    "\u017fix", ".", ",",
]


def _text(seed: int, size: int = 300) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(PIECES) for _ in range(size))


_TEXTS = [_text(seed) for seed in range(3)]


def _check_reads(text: str) -> None:
    gap = regex.compile(r"(?:-(?=\p{L})|[ \u00a0]{0,2})")
    dash = regex.compile(_dash().pattern)
    for pos in range(len(text) + 1):
        m = gap.match(text, pos)
        assert m is not None and _gap_post(text, pos) == (m.group(), m.end()), (text, pos)
        m = dash.match(text, pos)
        assert _read_dash(text, pos) == (None if m is None else (m.group(), m.end())), (text, pos)


def _ends_at_everywhere(trie: WordTrie, most: int, text: str, end: int) -> bool:
    # what _ends_at read before it skipped starts after a letter: every start
    low, seen = end, 0
    while low > 0:
        if _SPACE_CHAR.match(text, low - 1) is None:
            seen += 1
            if seen > most:
                break
        low -= 1
    return any(end in trie.ends(text, start) for start in range(low, end))


_CHANGE = WordTrie(["rose", "fell", "up", "up by", "from"], casefold=True)


def _check_ends_at(text: str) -> None:
    for end in range(len(text) + 1):
        assert _ends_at(_CHANGE, 5, text, end) == _ends_at_everywhere(_CHANGE, 5, text, end), (text, end)


def test_reads_as_the_patterns_say() -> None:
    for text in _TEXTS:
        _check_reads(text)


def test_words_end_where_every_start_says() -> None:
    for text in _TEXTS:
        _check_ends_at(text)
    assert _ends_at(_CHANGE, 5, "it rose 5", 7)
    assert not _ends_at(_CHANGE, 5, "it arose 5", 8)  # (a start after a letter: no word)


@property_settings(200)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
@example("5 - 6, 7\u00a0\u2013\u00a08, 9--10")
@example("5-dlrs, 5-\u00e9, 5-\u0661")
def test_any_mix(text: str) -> None:
    _check_reads(text)
    _check_ends_at(text)


def _read_or_error(text: str) -> object:
    try:
        return read_digits(text)
    except ValueError:
        return ValueError


@property_settings(300)
@given(st.text(alphabet="0123456789.,-' x", max_size=14))
@example("1986")
@example("1,234")
@example("1.234,-")
@example(",5")
@example("")
def test_ascii_digits_read_as_any_digits(text: str) -> None:
    # A no-break space is no digit nor mark, and not ASCII: read_digits reads
    # the text with it the general way, to the same value.
    assert _read_or_error(text) == _read_or_error(text + "\u00a0")


def _unit_texts() -> list[str]:
    table = MoneyOptions().table()
    forms = [*table.prefix_cs, *table.prefix_ci, *table.prefix_words, *table.words, *table.minor,
             *table.suffix_cs, *table.suffix_ci, *table.adjectives, *table.minor_glued]
    tricky = ["\u017fterling", "\u212aroner", "\u0130NR", "\u0131nr", "ab", "x", "5", "$", " "]
    rng = random.Random(7)
    out = []
    for _ in range(3):
        words = [rng.choice([f, f.upper(), f.lower(), f.title()]) for f in rng.sample(forms, min(len(forms), 400))]
        words += tricky
        rng.shuffle(words)
        out.append(" ".join(words))
    return out


def test_units_read_past_the_pairs_that_start_no_form() -> None:
    # A reader that looks up every way its first character allows finds what
    # one that skips the ways by the first two characters finds.
    for position in ("prefix", "suffix", "minor"):
        reader = _unit_reader(position, MoneyOptions())
        every = _UnitReader.__new__(_UnitReader)
        every.__dict__.update(reader.__dict__)
        every._plan, every._plan2 = {}, {}
        every._heads = {"an": None, "w": None, "cs": None, "ci": None}
        skipped = 0
        for text in _unit_texts():
            for pos in range(len(text)):
                assert reader._first(text, pos, len(text)) == every._first(text, pos, len(text)), (
                    position, text[pos:pos + 20])
                skipped += len(every._steps_at(text, pos)) - len(reader._steps_at(text, pos))
        assert skipped > 0


def test_heads_of_forms_in_every_case_the_trie_reads() -> None:
    heads = _heads(["\u017fol", "\u212ar", "$", "Rs", "k r", "\u20ac"], True)
    assert heads is not None
    for two in ("so", "SO", "sO", "kr", "KR", "$x", "rs", "k ", "K\t"):
        assert _may_start(heads, two), two
    plain = _heads(["Rs", "k r", "\u20ac", "ab"], True)
    for two in ("xo", "ro", "e5", "ba"):
        assert not _may_start(plain, two), two
    assert _heads(["Rs"], False) == (frozenset({"Rs"}), frozenset())
    assert _heads([" x"], True) is None  # (a space first: any start)
    # every form that WordTrie finds at an ASCII pair, the heads allow
    words = ["\u017fol", "\u212ar", "Rs", "k r", "ab", "a", "\u0130n"]
    trie = WordTrie(words, casefold=True)
    heads = _heads(words, True)
    for a in map(chr, range(32, 127)):
        for b in map(chr, range(32, 127)):
            if trie.ends(a + b + "xyz", 0) or trie.ends(a + b, 0):
                assert _may_start(heads, a + b), a + b
