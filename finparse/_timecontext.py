"""The words around a time expression that show it is no time at all.

The time grammar reads an expression from its own words; a few readings
are voided by the words next to it, which this module checks after the
grammar has run (:func:`voided`):

* a four-digit clock time: "until 1700 EST", "at 2130 GMT" (a number before
  a time zone is a time of day, not a year), and "0620 hrs", "1200 hours"
  (hours and minutes written together, not a count of hours);
* a table heading after a figure: "vs 187,000 Year Shr loss" (a count of
  a thousand or more before a capitalised unit opens the next block of an
  earnings table; it is no duration);
* a season in a crop or grade name: "winter wheat", "spring plantings",
  "HARD RED WINTER 1639".

The words are data: ``data/time_context.tsv``.

>>> import datetime as dt
>>> from finparse.timewindow import extract_time
>>> [w.text for w in extract_time("Until 1700 EST on April 29, winter wheat rose.", dt.date(2020, 6, 15))]
['April 29']
"""

from __future__ import annotations

import functools

import regex

from finparse._data import word_class
from finparse._timewords import forms_of

__all__ = ["voided"]

@functools.cache
def _patterns() -> tuple[regex.Pattern[str], ...]:
    """The patterns :func:`voided` reads with (compiled on first use, not at import):

    the word right after a position and the one right before it (letters
    only); a four-digit clock time at the end of an expression ("until
    1700"); hours and minutes written together before "hrs" or "hours"
    ("0620 hrs"); a count of a thousand or more, then a unit ("187,000 Year").
    """
    return (
        regex.compile(r"[ \t\u00a0]{0,3}+([\p{L}]{1,12}+)"),
        regex.compile(r"([\p{L}]{1,12}+)[ \t\u00a0]{1,3}+$"),
        regex.compile(r"(?<![\d,.])([01]\d|2[0-3])[0-5]\d$"),
        regex.compile(r"^([01]\d|2[0-3])[0-5]\d[ \u00a0]?(?i:hrs?|hours?)\.?$"),
        regex.compile(r"^\d{1,3}(?:,\d{3})++[ \u00a0]?+(\p{L}++)$"),
    )


@functools.cache
def _seasons() -> frozenset[str]:
    """The season words of ``data/time_words.tsv``, lower case."""
    return frozenset(form.lower() for form in forms_of("season"))


def voided(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the words around ``text[start:end]``, a time expression the
    grammar read as a ``kind`` ("duration", "period" or "date"), show it is
    none (see the module's docstring).

    >>> voided("vs profit 187,000 Year Shr", 10, 22, "duration")
    True
    >>> voided("a 12 year loan", 2, 9, "duration")
    False
    """
    next_word, prev_word, clock_end, clock_hours, big_count = _patterns()
    written = text[start:end]
    if kind == "duration":
        if clock_hours.match(written):
            return True
        big = big_count.match(written)
        return big is not None and big.group(1)[:1].isupper()
    if clock_end.search(written):
        after = next_word.match(text, end)
        if after is not None and after.group(1).lower() in word_class("time_context.tsv", "zone"):
            return True
    words = written.lower().split()
    if words and words[0] in _seasons():
        before = prev_word.search(text, max(0, start - 16), start)
        if before is not None and before.group(1).lower() in word_class("time_context.tsv", "grade"):
            return True
    if words and words[-1] in _seasons():
        after = next_word.match(text, end)
        if after is not None and after.group(1).lower() in word_class("time_context.tsv", "crop"):
            return True
    return False
