"""Look aheads that skip productions change no mention.

At a four-digit year, the grammar's dispatch tries the productions that
read something after the year ("1985's fourth qtr", "2024 Q3", "1986/87")
only where :func:`finparse._timegrammar._year_more` looks ahead and finds
what one of them could read; elsewhere it goes to the bare year at once.
A pair of months ("June/July") is read only where
:func:`finparse._timegrammar._month_slash` finds a month and a slash.
These tests read invented texts, with years and months followed by every
kind of thing, with the grammar as it is and with the grammar rebuilt with
look aheads that always pass (so every production is tried, as before the
look aheads), and compare the mentions.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

import pytest
import regex

from finparse import _timegrammar, timewindow
from finparse.timewindow import extract_time

YEARS = ["1986", "2024", "1990", "2006", "1500", "2199", "1999", "562", "1,234", "19861", "20190723", "201907231",
         "0562", "12", "5", "300", "1.9", "2300", "1499", "08"]

#: What may follow a year: what the productions read after one, in several
#: cases and spacings, and what none of them reads.
AFTER = [
    "'s first quarter", "\u2019s fourth qtr", "'s", "s", "S", "'s results", "-09-27", "/88", "-2007", "-07",
    "\u201387", "~88", ".", ".5", ". The", ".09.27", ".Feb.3", ".feb.3", ", March", ",March", ", the", ",  April", " March", "  march 5", " Sept.", " Dec quarter",
    " December qtr", " June quarter", " April", " January", " Nov.", " august", " OCT", " March qtr", " Q3", "Q3", " q4", "-H1", " - H2", " H1", "  Q1", " fiscal year",
    " Fiscal year", " financial year", " full-year", " full year", " Full-Year", " year-end", " year end",
    " mid-year", " midyear", " the second quarter", " the fiscal third quarter", " the 3rd qtr", " the first half", " the company",
    " THE Fourth Quarter", " first-quarter",
    " second half", " 3rd qtr", " 4th quarter", " 1st half", " third quarter", " Fourth Quarter",
    " fiscal 3rd quarter", " overseas sales", " tax rate", " level", " people", " model year", " 1985",
    " to 1990", "-to-1990", " and 1990", " through March", " to 1990 period", "-1991", " - 88", " to date", "%",
    " pct", " dlrs", "", ")", "\n", "(1985)", "19", "0", "0723", " days", "th", "st of March", "/3", "Q",
    " March", "-12", ".5.3", " to 562.01", " to 1,200", " - 5 March",
]
MONTHS = ["June", "JUNE", "june", "Sept.", "SEPT", "Sep", "Aug", "March", "Mar.", "may", "May", "Dec.", "Jan"]
MONTH_AFTER = ["/July", "/july 1987", "/Oct.", " / April", "/Apr", "/5", "/", "/1987", "-July", "/Sept 1987", "/Jan/Feb",
               " 1987", "/x", ""]
BEFORE = ["", "in ", "since ", "the ", "from ", "fiscal ", "mid-", "end-", "by ", "calendar ", "(", "$", "Q3 ",
          "until ", "as of ", "between ", "between 1985 and ", "the end of ", "early ", "the first quarter of ",
          "March to ", "1980 to ", "from 1979-", "the first two months of ", "ever since "]


def _texts(count: int) -> Iterator[str]:
    rng = random.Random(1986)
    for _ in range(count):
        yield " ".join(
            rng.choice(BEFORE) + rng.choice(YEARS) + rng.choice(AFTER) + rng.choice([" rose", ".", ",", ""])
            for _ in range(4)
        )


def _month_texts(count: int) -> Iterator[str]:
    rng = random.Random(1987)
    for _ in range(count):
        yield " ".join(
            rng.choice(BEFORE) + rng.choice(MONTHS) + rng.choice(MONTH_AFTER) + rng.choice([" shipment", ".", ""])
            for _ in range(4)
        )


def _read(texts: list[str]) -> list[list[tuple[str, int, str, str | None, str | None]]]:
    ref = dt.date(2020, 6, 15)
    return [
        [(w.text, w.start, w.type, str(w.start_date), str(w.date)) for w in extract_time(text, ref)]
        for text in texts
    ]


def _rebuild() -> None:
    for built in (_timegrammar._ranges, _timegrammar._anchors, _timegrammar.grammar, timewindow._time_spec_scanner):
        built.cache_clear()


@pytest.fixture
def texts() -> list[str]:
    return [*_texts(400), *_month_texts(200)]


def test_look_aheads_change_no_mention(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _read(texts)
    monkeypatch.setattr(_timegrammar, "_year_more", lambda: "")
    monkeypatch.setattr(_timegrammar, "_month_slash", lambda: "")
    _rebuild()
    try:
        slow = _read(texts)
    finally:
        monkeypatch.undo()
        _rebuild()
    assert fast == slow
    assert sum(map(len, fast)) > 1000
    assert sum(w[0].count("/") for found in fast for w in found) > 100  # (pairs of months)


def test_look_aheads_at_years() -> None:
    ahead = regex.compile(_timegrammar._year_more())
    assert all(ahead.match(f"1986{after}") for after in (
        "'s", "s", "/87", "-87", ".09.27", ", March", " March", " Q3", "Q3", " - H1", " fiscal", " full-year",
        " year-end", " mid-year", " the fiscal", " the 3rd", " first", " 3rd", " third"))
    assert not any(ahead.match(f"1986{after}") for after in (" overseas", " tax", "", ")", " 1985", " pct", ". The", ", the", " the company"))
