"""The check of the words before a range's connector changes no mention.

Where a connector follows a place, the grammar tries a range there first;
:func:`finparse._timegrammar._range_words_ok` skips the range where a word
before the connector is one no range reads ("1986 overseas sales fell to",
"April 9, 1992 paying 8-3/4"). These tests read invented texts, with ranges
of every kind of end and with places followed by a connector that starts
no range, with the grammar as it is and with the check passing everywhere
(every range tried, as before it), and compare the mentions.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
import regex

from finparse import _timegrammar, timewindow
from finparse._timegrammar import _connector_at, _range_words, _range_words_ok
from tests.time.test_year_first import _read  # (the windows of texts, as compared there)

#: What a place may start with (the first end of a range, or not).
FIRST = [
    "March", "march 3", "Jan.", "Sept. 27, 2025", "2019", "1985/86", "fiscal 1987", "FY2023", "Q3", "3Q25", "the first quarter",
    "the 1990s", "early 2024", "mid-March", "end-June", "the end of 1986", "year-end 1985", "calendar 1986",
    "the year-ago period", "last year", "next Monday", "Friday", "Monday, March 5", "yesterday", "today",
    "Christmas", "Easter Monday", "April Fools' Day", "two thousand and five", "nineteen eighty-six", "the 5th",
    "5", "21st", "week 12", "the third quarter of fiscal 1987", "this month", "the two months", "1.30", "5-1/4",
    "five-year", "year-ago", "Year-to-date", "20-year", "91-day", "the full year", "the past three months",
    "winter", "last summer", "now", "the present", "Décembre", "Ma\u0301rch", "\u212aelvin", "JUNE", "june 1st",
]
#: What may come between a first end and the connector.
MIDDLE = [
    "", "", "", " overseas sales fell", " net income rose", ", the company said it would cut", " paying 8-3/4 pct",
    " and 1990", " and 1990, rising", " and 1990 period, rising", " and June period rose", " and through", " period, rising", " shares", " 1987", ", 1987", " (Thursday)",
    " ended", " of 1987", " quarter", " première", " dlrs",
]
CONNECTOR = [" to ", "-", " - ", " through ", " and through ", "\u2013", " until ", "-to-", " till ", " thru ", " to 5 pct; "]
LAST = [
    "June", "  June", "    June", "july 4", "Décembre", "ago", "a year earlier", "the company", "shareholders of record", "Pennzoil", "1990", "1987/88", "date", "Sept. 30, 1987", "28", "the end of June", "next year", "Friday", "Easter",
    "fiscal 1988", "Q4", "1.60", "shareholders", "reduce output", "5-3/8", "end-September", "year-end", "the present",
]
BEFORE = ["", "", "the ", "The ", "between ", "from ", "in ", "since ", "for ", "its ", "the between ", "a "]
AFTER = [" period", " months", "", ".", " rose", " season", " quarter"]


def _texts(count: int) -> Iterator[str]:
    rng = random.Random(1989)
    for _ in range(count):
        yield " ".join(
            rng.choice(BEFORE) + rng.choice(FIRST) + rng.choice(MIDDLE) + rng.choice(CONNECTOR)
            + rng.choice(LAST) + rng.choice(AFTER)
            for _ in range(3)
        )


def _rebuild() -> None:
    for built in (_timegrammar.grammar, timewindow._time_spec_scanner, timewindow._time_window_parser):
        built.cache_clear()


def test_range_words_change_no_mention(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = list(_texts(1500))
    skipped = 0

    def counted(text: str, pos: int, stop: regex.Match[str], timeout: float | None) -> bool:
        nonlocal skipped
        ok = _range_words_ok(text, pos, stop, timeout)
        skipped += not ok
        return ok

    monkeypatch.setattr(_timegrammar, "_RANGE_WORDS_AFTER", 0)  # (the check from the first range on)
    monkeypatch.setattr(_timegrammar, "_range_words_ok", counted)
    _rebuild()
    try:
        fast = _read(texts)
        monkeypatch.setattr(_timegrammar, "_range_words_ok", lambda *_: True)
        slow = _read(texts)
    finally:
        monkeypatch.undo()
        _rebuild()
    assert fast == slow
    assert skipped > 1000  # (the check skips ranges)
    assert sum(1 for found in fast for w in found if w[2] != "duration" and any(
        c in w[0] for c in (" to ", "-", "through", "\u2013"))) > 1000  # (and ranges are read)


def test_range_words() -> None:
    words = _range_words()
    assert {"between", "the", "and", "fiscal", "march", "sept", "christmas", "fools", "nineteen", "q", "fy"} <= words
    assert not {"overseas", "sales", "paying", "company"} & words

    def ok(text: str, timeout: float | None = None) -> bool:
        stop = _connector_at(text, 0, timeout)
        assert stop is not None
        return _range_words_ok(text, 0, stop, timeout)

    assert not ok("1986 overseas sales fell to 2.01 billion")
    assert ok("between 1985 and 1990, rising to 5 pct")  # ("and": a connector of its own)
    assert ok("the Décembre to March", 1.0)  # (a word outside ASCII passes)
    assert not ok("April 13 to shareholders of record")  # (the word after the connector)
    assert ok("April 13 to June") and ok("April-June") and ok("April 13 to 1.3 billion") and ok("April to Décembre")
    assert not ok("April 13 to " + "x" * 100)  # (a run longer than any word: read in a window)


def test_parse_messages_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    """A parse (which reports what it expected) tries every range, as before."""
    texts = ["April 13 to shareholders", "1986 overseas sales fell to 2", "March to", "between 1985 and", "today to Pennzoil"]

    def messages() -> list[str]:
        out = []
        for text in texts:
            with pytest.raises(ValueError) as caught:
                _timegrammar.grammar().time_spec.parse(text)
            out.append(str(caught.value))
        return out

    monkeypatch.setattr(_timegrammar, "_RANGE_WORDS_AFTER", 0)
    _rebuild()
    try:
        checked = messages()
        monkeypatch.setattr(_timegrammar, "_range_words_ok", lambda *_: True)
        assert messages() == checked
        monkeypatch.setattr(_timegrammar, "_range_words_ok", lambda *_: False)
        assert messages() == checked  # (the check is not asked at all)
    finally:
        monkeypatch.undo()
        _rebuild()
