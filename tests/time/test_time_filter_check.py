"""The time filter's test accepts every start its old pattern accepted.

:func:`finparse.timewindow._filter` was a pattern that listed the words of
:func:`~finparse.timewindow._the_next` (as ``any_of(_the_next(), trie=False)``)
after "the"; it is now a test that captures the run of letters after "the"
(:func:`~finparse.timewindow._filter_pattern`) and looks it up in a set of
the words' letters. A start it rejected where the old pattern matched would
lose a time expression. These tests write the old pattern back (the new one
with the captured run replaced by the list of words) and check, at every
place of invented texts, that the test accepts wherever it matches, and
accepts more only at a run of letters after "the".
"""

from __future__ import annotations

import functools
import random

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from finparse import timewindow
from finparse._timewords import any_of
from finparse.timewindow import _filter, _the_next
from tests.hypothesis_settings import property_settings

THE = ["the", "The", "THE", "tHe"]
SPACE = [" ", " ", "  ", "   ", "\t", "\n", "\u00a0", " \n ", "    ", ""]
AFTER = ["", " ", ".", ",", "-", "'s", "5", " ago", "-ago", "s", "ly", "\u0301", "x"]
OTHER = ["bank", "company", "yearly", "of", "in the", "for the", "on the 5", "the 5th", "the '90s",
         "the \u201990s", "a year", "an hour", "within the next", "over the past", "st", "St.", "q", "h"]


def _reference() -> regex.Pattern[str]:
    """The filter's pattern as it was: the words of _the_next() after "the"."""
    return _reference_of(tuple(timewindow._the_next()))


@functools.cache
def _reference_of(words: tuple[str, ...]) -> regex.Pattern[str]:
    new = timewindow._filter_pattern()
    run = max(len(word) for word in words) + 1
    group = rf"([\p{{L}}\p{{M}}]{{1,{run}}})"
    assert new.count(group) == 1
    return regex.compile(new.replace(group, f"(?:{any_of(words, trie=False)})"))


def _forms(word: str, rng: random.Random) -> str:
    return rng.choice([
        word, word, word.upper(), word.title(), word.capitalize(), word.replace("-", " "),
        word[:-1], word + word[-1], word.replace("s", "\u017f"), word.replace("k", "\u212a"),
        word.replace("i", "\u0130"), word.replace("e", "\u00e9"),
    ])


def _text(seed: int, count: int = 400) -> str:
    rng = random.Random(seed)
    words = _the_next()
    parts = []
    for _ in range(count):
        if rng.random() < 0.8:
            parts.append(rng.choice(THE) + rng.choice(SPACE) + _forms(rng.choice(words), rng) + rng.choice(AFTER))
        else:
            parts.append(rng.choice(OTHER))
        parts.append(rng.choice([" ", " ", ", ", ". ", "(", "x", "\n"]))
    return "".join(parts)


def _check(text: str, reference: regex.Pattern[str]) -> int:
    test, pattern = timewindow._filter(), regex.compile(timewindow._filter_pattern())
    found = 0
    for pos in range(len(text) + 1):
        old = reference.match(text, pos) is not None
        got = test(text, pos, None)
        assert got == test(text, pos, 10.0)
        if old:
            found += 1
            assert got, (pos, text[pos:pos + 30])
        elif got:
            # more only where the run of letters after "the" is looked up
            m = pattern.match(text, pos)
            assert m is not None and m.group(1) is not None, (pos, text[pos:pos + 30])
    return found


def test_every_word_after_the_in_every_case_and_spacing() -> None:
    reference, test = _reference(), _filter()
    found = 0
    for word in _the_next():
        for the, space in zip(THE, SPACE[:8] * 2, strict=False):
            for form in {word, word.upper(), word.title(), word.replace("-", " ")}:
                for after in ("", " ", ".", "-ago", "s"):
                    text = the + space + form + after
                    if reference.match(text) is not None:
                        found += 1
                        assert test(text, 0, None), text
    assert found > 1000
    assert test("the year", 0, None) and not test("the bank", 0, None)


@pytest.mark.parametrize("seed", range(2))
def test_filter_accepts_where_the_old_pattern_matches(seed: int) -> None:
    assert _check(_text(seed), _reference()) > 200


_PIECES = st.sampled_from([*THE, *SPACE, *AFTER, *OTHER, *_the_next()[::7], "year", "Sept.", "st.", "Year-Ago",
                           "presidents'", "Father\u2019s", "\u212aay"])


@property_settings(300)
@given(st.lists(_PIECES, max_size=20).map("".join))
@example("the St. Patrick's Day")
@example("The   year-earlier quarter")
@example("the\u00a0FYTD")
@example("the presidents' day")
def test_filter_accepts_where_the_old_pattern_matches_on_any_mix(text: str) -> None:
    _check(text, _reference())


#: Words whose letters (before a hyphen, period or apostrophe) are not words
#: of the list themselves (in the shipped list they all are).
_COMPOUNDS = ["year-ago", "st.", "presidents'", "father's", "q", "mid-year", "quarter-earlier", "end"]


def test_words_cut_at_a_hyphen_period_or_apostrophe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timewindow, "_the_next", lambda: sorted(_COMPOUNDS))
    reference = _reference_of(tuple(sorted(_COMPOUNDS)))
    text = " ".join(the + space + form + after for word in _COMPOUNDS for the in THE[:2] for space in SPACE[:3]
                    for form in (word, word.upper(), word.replace("-", " ")) for after in ("", " x", ".", ","))
    assert _check(text, reference) > 100
    test = timewindow._filter()
    assert test("the year ago", 0, None) and not test("the yearly", 0, None) and not test("the years", 0, None)
