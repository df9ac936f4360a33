"""The word and digit anchors read through their sieves find what the anchors find.

:class:`finparse._timewords.Sieved` tries the word anchor only where its
first pass, :func:`finparse._timewords.word_anchor_sieve` on the text in
lower case, says one of its words starts, and the digit anchor only where
:func:`finparse._timewords.digit_anchor_sieve` says one of its shapes
starts. These tests compare what the sieved anchors and the anchors alone
find (spans, from any starting place) on invented texts of the anchor words
in several cases, glued to letters, digits and other characters, with
characters that change length or meaning in lower case (U+0130, U+017F, the
Kelvin sign), on invented texts of numbers, dates and counts of units, and
with a timeout. The fraction and spelled-year anchors are not scanned for in
a text without their needles (:class:`finparse._timewords.Needled`): what
they find is compared likewise.
"""

from __future__ import annotations

import regex
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis_settings import property_settings
from test_anchor_heads import SEPARATORS, _cases, _texts, _words

from finparse._timewords import (
    FRACTION_NEEDLES,
    SPELLED_NEEDLES,
    Needled,
    Sieved,
    anchor_words,
    digit_anchor_sieve,
    pieces,
    word_anchor_sieve,
    words_of,
)
from finparse.timewindow import _time_spec_scanner, extract_time

SETTINGS = property_settings(400)


def _anchor() -> regex.Pattern[str]:
    return regex.compile(pieces().anchor[1])


def _sieved() -> Sieved:
    return Sieved(_anchor(), word_anchor_sieve(*anchor_words()))


def _digit_anchor() -> regex.Pattern[str]:
    return regex.compile(pieces().anchor[0])


def _digit_sieved() -> Sieved:
    return Sieved(_digit_anchor(), digit_anchor_sieve(), back=1, ascii_only=True)


def _spans(pattern: regex.Pattern[str] | Sieved, text: str, pos: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos)]


#: Characters around and inside the words: letters that lower case changes in
#: length or leaves unlike the letter a case-insensitive pattern reads them as,
#: other letters, digits, marks, spaces of every kind, punctuation.
ODD = ["\u0130", "\u017f", "\u212a", "\u00e9", "\u00c9", "\u0301", "\u0663", "\u00bd", "_", "\u2019",
       "\u00a0", "\u2009", "\u3000", "\x1c", "\t", "\n", "'", ".", "-", "/", "5", "x", "X"]

pieces_of_text = st.lists(
    st.one_of(
        st.sampled_from([case for word in _words() for case in _cases(word)]),
        st.sampled_from([*SEPARATORS, *ODD]),
        st.text(max_size=3),
    ),
    max_size=30,
)


@SETTINGS
@given(pieces_of_text, st.integers(min_value=0, max_value=60))
@example(["\u017fecond", " ", "day"], 0)
@example(["x", "\u212aW", " ", "May", " 5"], 1)
@example(["\u0130", " ", "april"], 0)
@example(["a", " ", "year"], 1)
@example(["ayear", " ", "year"], 1)
def test_sieved_anchor_finds_what_the_anchor_finds(parts: list[str], pos: int) -> None:
    text = "".join(parts)
    pos = min(pos, len(text))
    assert _spans(_sieved(), text, pos) == _spans(_anchor(), text, pos)


def test_sieved_anchor_on_invented_texts() -> None:
    anchor, sieved = _anchor(), _sieved()
    for text in _texts(300):
        assert _spans(sieved, text) == _spans(anchor, text)
        for pos in (1, 7, len(text) // 2):
            assert _spans(sieved, text, pos) == _spans(anchor, text, pos)


def test_sieve_is_tried_and_passed_by() -> None:
    sieved = _sieved()
    text = "In April the year-to-date sales of May 5 rose; mayor days"
    assert _spans(sieved, text) == _spans(_anchor(), text) == [(3, 8), (13, 25), (35, 38), (53, 57)]
    # a text whose lower case is longer (U+0130), or that has a long s, is read by the anchor
    for odd in ("\u0130 April", "\u017fecond April"):
        assert _spans(sieved, odd) == _spans(_anchor(), odd) != []


def test_timeout_reads_with_the_anchor() -> None:
    sieved = _sieved()
    found = sieved.search("in the year 2025", 0, timeout=1.0)
    assert found is not None and found.span() == (7, 11)


def test_scanners_use_the_sieve() -> None:
    anchors = _time_spec_scanner()._anchor  # type: ignore[attr-defined]
    assert [type(a) for a in anchors] == [Sieved, Sieved, Needled, Needled]
    assert [a.pattern.pattern for a in anchors] == list(pieces().anchor)
    text = "Sales rose in April and year-to-date, the company said on Tuesday."
    assert [w.text for w in extract_time(text, None)] == [
        w.text for w in extract_time(text, None, timeout=5.0)] == ["April", "year-to-date", "Tuesday"]


#: Pieces of numbers, dates and counts: digits, separators, unit words and their
#: abbreviations in several cases, codes, ordinal endings.
NUMBERISH = [
    "1", "2", "3", "4", "5", "9", "0", "19", "20", "15", "22", "1987", "2024", "2199", "1499", "12",
    "31", "07", ",", ".", "-", "/", " ", "  ", "\t", "\n", "\x1c", "'", "\u2019", "s", "S", "st", "nd",
    "rd", "TH", "Q", "q", "H", "h", "Y", "y", "W", "w", "D", "d", "and", "AND", "a", "half", "Half",
    "1/2", "3/4", "\u00bd", "x", "X", "_", "more", "Extra", "business", "Working", "trading", "mln",
    "pct", "\u0663", "\u00a0",
    *(case for w in words_of("unit") for case in (w.form, w.form.upper(), w.form.title())),
]

numbers = st.lists(st.sampled_from(NUMBERISH), max_size=25)


@SETTINGS
@given(numbers, st.integers(min_value=0, max_value=40))
@example(["in", " ", "1987", ",", " ", "3", " ", "weeks"], 0)
@example(["a", "3", " ", "days", " ", "5", "/", "8", " ", "1", "9", "Q"], 1)
@example(["1", "2", ",", "5", "0", "0", " ", "more", " ", "years"], 0)
@example(["2", "0", "2", "4", "0", "1", "0", "1"], 0)
@example(["x", "1", "0", "Y", " ", "3", "0", "'", "s"], 1)
def test_sieved_digit_anchor_finds_what_the_anchor_finds(parts: list[str], pos: int) -> None:
    text = "".join(parts)
    pos = min(pos, len(text))
    assert _spans(_digit_sieved(), text, pos) == _spans(_digit_anchor(), text, pos)


def test_sieved_digit_anchor_on_corpus_like_text() -> None:
    anchor, sieved = _digit_anchor(), _digit_sieved()
    text = (
        "Net rose 12.5 pct to 1,234.5 mln dlrs in 1987 from 3 years, 2 1/2 months and 10Y notes; "
        "the 1990s, 3Q, 1H, 21st, 5/8, 06/14/2018, 28.02.2008, 20190723, 7 - 2024, 12 and a half "
        "days, 4 more weeks, 90-day bills, 3 business days, 3 hrs, 14-Feb-2025."
    )
    assert _spans(sieved, text) == _spans(anchor, text) != []
    assert _spans(sieved, text + "\u2019") == _spans(anchor, text + "\u2019")  # (not ASCII: the anchor reads it)


SPELLED = ["nineteen", "NINETEEN", "twenty", "Twenty", "two", "TWO", "thousand", "Thousand", "teen", "TEEN",
           "hundred", "oh", "ninety", "ten", "eleven", "-", " ", "  ", "\n", "x", "\u017f", "\u0130", "1/2",
           "3/4", "1/3", "\u00bd", "\u00bc", "\u00be", "/", "5", "-", "years", "Day", "hrs", "business", "s"]


@SETTINGS
@given(st.lists(st.sampled_from(SPELLED), max_size=20), st.integers(min_value=0, max_value=30))
@example(["twenty", " ", "twenty"], 0)
@example(["two", " ", "thousand"], 0)
@example(["nine", "teen", "-", "ninety"], 0)
@example(["1/2", " ", "years"], 0)
@example(["\u00bd", "hrs"], 0)
def test_needled_anchors_find_what_the_anchors_find(parts: list[str], pos: int) -> None:
    text = "".join(parts)
    pos = min(pos, len(text))
    for pattern, needled in (
        (pieces().anchor[2], Needled(pieces().anchor[2], FRACTION_NEEDLES)),
        (pieces().anchor[3], Needled(pieces().anchor[3], SPELLED_NEEDLES, lower=True)),
    ):
        assert _spans(needled, text, pos) == _spans(regex.compile(pattern), text, pos)


def test_needled_anchor_skips_a_text_without_needles() -> None:
    spelled = Needled(pieces().anchor[3], SPELLED_NEEDLES, lower=True)
    assert _spans(spelled, "in Nineteen Ninety, TWO THOUSAND") == [(7, 18), (20, 32)]  # ("teen": its stem leads)
    assert list(spelled.finditer("in two years")) == []
    assert spelled.search("two  thousand", 0, timeout=1.0) is not None


def test_anchors_and_sieves_nest_no_unbounded_quantifiers() -> None:
    # (the fraction and spelled-year anchors compile only when a text has
    # their needles, and the sieves are stdlib patterns: the pattern audit
    # of tests/robustness may see none of them)
    from tests.robustness.patterns import nested_quantifiers

    for pattern in (*pieces().anchor, word_anchor_sieve(*anchor_words()), digit_anchor_sieve()):
        assert nested_quantifiers(pattern) == [], pattern
    assert nested_quantifiers("(?:a+)+") != []  # (the audit finds what it should)


def test_preparing_the_time_scanners_compiles_their_sieves() -> None:
    # (a process that forks workers prepares first: no worker compiles a sieve)
    from finparse import timewindow

    for make in (timewindow._time_spec_scanner, timewindow._time_window_parser):
        scanner = make()
        scans = scanner._anchor  # type: ignore[attr-defined]
        for s in scans:
            if isinstance(s, Sieved):
                s._sieve = None  # (as in a process that has read no text yet)
        scanner.prepare()
        assert [type(s).__name__ for s in scans] == ["Sieved", "Sieved", "Needled", "Needled"]
        assert all(s._sieve is not None for s in scans if isinstance(s, Sieved))
