"""The elliptical amounts' scan finds what a plain search would keep.

:func:`finparse.money.elliptical_amounts` reads the matches of its pattern
through ``_EllipticalScan``: in ASCII text, it tries the pattern only where a
cheaper ``re`` scan (``_elliptical_starts``) finds a connector, and only
before the numbers that stand close after an amount and are not part of
one. These tests hold the scan to the plain search (the pattern searched for
from the end of each match), amount for amount, on invented texts, and pin
the facts about the grammar's words that make the shortcut sound.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
import regex

from finparse import money as money_module
from finparse import vocabulary
from finparse.model import Money
from finparse.money import (
    _FAR,
    _context_words,
    _elliptical_pattern,
    _elliptical_starts,
    _EllipticalScan,
    elliptical_amounts,
    money,
)

_ASCII = [chr(c) for c in range(128)]


class _PlainScan(_EllipticalScan):
    """The search as it was written: the pattern, searched for from the end of each match."""

    def matches(self) -> Iterator[regex.Match[str]]:
        text = self._text
        pattern = _elliptical_pattern()
        while True:
            m = pattern.search(text, self.pos, min(len(text), self.last_end + _FAR + 256))
            if m is None or m.start() > self.last_end + _FAR:
                return
            yield m


def _plain(text: str, found: list[Money], monkeypatch: pytest.MonkeyPatch) -> list[Money]:
    with monkeypatch.context() as patch:
        patch.setattr(money_module, "_EllipticalScan", _PlainScan)
        return elliptical_amounts(text, found)


def _connectors() -> list[str]:
    return [*_context_words("connector"), *_context_words("connector-scaled")]


def test_re_reads_the_ascii_classes_as_regex_does() -> None:
    # the cheaper scan is written for ``re``: in ASCII text each of its
    # classes must take in at least what the pattern's does in ``regex``
    letters = {ch.lower() for c in _connectors() for ch in c if ch.isalpha()}
    for letter in sorted(letters):
        for ch in _ASCII:
            assert bool(regex.match(f"(?i:{letter})", ch)) == bool(re.match(f"(?i:{letter})", ch)), (letter, ch)
    for ch in _ASCII:
        assert bool(regex.match(r"\d", ch)) == bool(re.match(r"\d", ch)) == ch.isdigit()
        assert bool(regex.match(r"\p{L}", ch)) == (ch.isascii() and ch.isalpha())
        assert not regex.match(r"\s", ch) or re.match(r"\s", ch)


def test_no_connector_can_start_inside_a_number() -> None:
    # The scan reads a number's connectors and skips the rest of the number:
    # no connector starts inside one, its fraction or its scale word, nor
    # inside a possessive ("1985's"), and none has a digit (a number's first
    # digit is the first after its connector).
    scale_words = {w.lower() for form in vocabulary.scale_words() for w in form.split()}
    for connector in _connectors():
        first = connector.split()[0].lower()
        assert first.rstrip(".") not in scale_words | {"s"}, connector
        assert first[0].isascii() and first[0].isalpha(), connector
        assert not any(ch.isdigit() or ch in "'\u2019" for ch in connector), connector
    for word in (*vocabulary.qualifiers(), *_context_words("elliptical-filler")):
        assert not any(ch.isdigit() for ch in word), word
    starts = _elliptical_starts()
    for form in vocabulary.scale_words():
        for tail in (" 7", " and 7 mln", "; to 7", " of 7"):
            for number in ("5", "5.25", "1,000", "12 1/2", "3-1/4"):
                text = f"up from {number} {form}{tail}"
                inside = range(len("up from "), len(f"up from {number} {form}"))
                assert [m.start() for m in starts.finditer(text) if m.start() in inside] == [], text


def _texts() -> list[str]:
    return [
        "Profit rose to 101.1 mln dlrs from 87.4 mln.",
        "Revenue was $3 billion, up from 2.5, against about 2.1 a year earlier.",
        "It fell to 24.5 mln dlrs compared with 7,900,000 and to 3 billion yen from 2.",
        # an elliptical amount that lends its unit onward
        "Issues were 7.53 billion Taiwan dlrs, bringing the total so far this year to "
        "174.48 billion against 40 billion, and up from 38.2 billion.",
        # amounts spread far apart, windows that overlap and windows that do not
        "Net rose to 5.3 mln stg from 4.1 mln. " + "The company said nothing more of it. " * 6
        + "Sales were 12 mln stg vs 11.5 mln, and costs 3 mln stg, from 2.9 mln and 2.8 mln.",
        "Shr 1.32 dlrs vs 1.10 dlrs\nNet 9,733,000 vs 7,164,000\nRevs 33.5 mln vs 40.4 mln\n"
        "Avg shrs 13.9 mln vs 13.8 mln",
        # connectors inside a qualifier, several before one number
        "It raised 5 mln dlrs, up from up to 4.5 mln, compared with about 3.25 mln in 1985.",
        "It paid 200 mln dlrs, more than the company's 150 mln and the previous year's 1.5 billion.",
        "Bids came at 1,850, 1,870 and 1,880 dlrs and at 3 and 4 mln dlrs, versus 2.5 mln.",
        "The 900 mln riyal issue rose to 99.51563 from 99.5, or 1.45 a share, to 29-1/4.",
        "It fell 14 cts from 12, and 5 mln dlrs from 1986's 4.5 mln, by 1.5 bln from 2 bln.",
        "Profit was $3 billion, up from 2.5. Next year it expects 4.2 against 3.1.",
        "Output rose to 4.5 mln tonnes from 3.9 mln, and prices to $40 from 35.5 pct.",
        "He paid 5 dlrs a share, vs. 4.75, and 6 billion yen versus 5.5 billion, or 1/2.",
    ]


def _random_text(rng: random.Random) -> str:
    """Amounts, then connectors with bare numbers, amid words, at random."""
    amounts = ["5.3 mln dlrs", "$3 billion", "40 stg", "12 billion yen", "1.32 dlrs", "$5", "14 cts"]
    numbers = ["5", "5.3", ".5", "1,234", "7,900,000", "12 1/2", "3-1/4", "2019", "99.51563", "2.5 mln",
               "4.1 billion", "2 bn", "6m"]
    leads = ["", "", "the", "a", "about", "up to", "previous", "year-ago", "1985's", "the revised"]
    words = [*_connectors(), *sorted(vocabulary.qualifiers())[:40], "mln", "billion", "dlrs", "pct",
             "shares", ".", ",", ";", "\n", "profit", "rose", "Net", "Avg shrs", "said", "compared"]
    tokens = []
    for _ in range(rng.randint(5, 60)):
        roll = rng.random()
        if roll < 0.2:
            tokens.append(rng.choice(amounts))
        elif roll < 0.55:
            tokens += [rng.choice(_connectors()), rng.choice(leads), rng.choice(numbers)]
        else:
            tokens.append(rng.choice(words))
    return "".join(t + rng.choice((" ", " ", " ", "  ", "")) for t in tokens if t)


def _fake_amounts(text: str, rng: random.Random) -> list[Money]:
    """Amounts at random places (not overlapping): windows of every shape."""
    out: list[Money] = []
    at = rng.randint(0, 40)
    while at < len(text) - 2:
        end = min(len(text), at + rng.randint(1, 12))
        out.append(Money(text[at:end], at, end, Decimal(rng.choice((5, 3000000, "2.5"))), "USD",
                         rng.choice(("dlrs", "$", "mln dlrs", "cts"))))
        at = end + rng.randint(0, 3 * _FAR)
    return out


@pytest.mark.parametrize("text", _texts())
def test_the_scan_keeps_what_the_search_keeps(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert text.isascii()
    found = [m.value for m in money.finditer(text)]
    got = elliptical_amounts(text, found)
    assert got == _plain(text, found, monkeypatch)


@pytest.mark.parametrize(("text", "covered"), [
    # a possessive whose digits are in an amount: the number after it is not
    ("Profit rose to 5 mln dlrs from 1985's 4.5 mln.", "1985"),
    # an amount that ends where the number starts does not hold it
    ("Profit rose to 5 mln dlrs from the previous 4.5 mln.", "previous "),
])
def test_amounts_next_to_a_number(text: str, covered: str, monkeypatch: pytest.MonkeyPatch) -> None:
    at = text.index(covered)
    found = [*(m.value for m in money.finditer(text)),
             Money(covered, at, at + len(covered), Decimal(1985), "USD", "dlrs")]
    got = elliptical_amounts(text, found)
    assert got == _plain(text, found, monkeypatch)
    assert [m.text for m in got] == ["4.5 mln"]


def test_the_examples_find_elliptical_amounts() -> None:
    # (the comparison above is not empty-handed)
    kept = sum(len(elliptical_amounts(t, [m.value for m in money.finditer(t)])) for t in _texts())
    assert kept >= 25


def test_the_scan_keeps_what_the_search_keeps_on_random_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(20261207)
    kept = 0
    for _ in range(600):
        text = _random_text(rng)
        for found in ([m.value for m in money.finditer(text)], _fake_amounts(text, rng)):
            if not found:
                continue
            got = elliptical_amounts(text, found)
            assert got == _plain(text, found, monkeypatch), (text, found)
            kept += len(got)
    assert kept > 300


def test_the_starts_cover_the_pattern() -> None:
    # every place where the pattern matches is one the cheaper scan finds
    rng = random.Random(7)
    pattern, starts = _elliptical_pattern(), _elliptical_starts()
    matched = 0
    for text in [*_texts(), *(_random_text(rng) for _ in range(300))]:
        places = {m.start() for m in starts.finditer(text)}
        for m in pattern.finditer(text, overlapped=True):
            matched += 1
            assert m.start() in places, (text, m.start())
    assert matched > 2000


def test_text_other_than_ascii_is_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Le bénéfice a atteint 5,3 mln EUR, contre 4,1 mln, and 7.5 mln stg from 6.5 mln."
    found = [m.value for m in money.finditer(text)]
    got = elliptical_amounts(text, found)
    assert got == _plain(text, found, monkeypatch) and got


def _uncompiled(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a process that has compiled no elliptical pattern yet: the cache
    reads empty (the first look is taken; the pattern is compiled again)."""
    monkeypatch.setattr(money_module._elliptical_pattern, "cache_info",
                        lambda: functools._CacheInfo(0, 0, 1, 0))  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [
    *_texts(),
    "Net was 5 mln dlrs. " + "Nothing follows. " * 12 + "It rose from 4 to 6.",  # a connector too far
    "Sales were 5 mln dlrs, and costs fell.",  # no connector at all
    "Sales were 5 mln dlrs from a year before, with no number after.",  # a connector, no digit near
    "Net 5 mln dlrs against\n4 mln.",  # a line break before the digit
])
def test_the_first_look_before_compiling_finds_what_the_scan_finds(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # before the pattern is compiled, an ASCII text is first looked at with
    # the pre-scan for connectors (a text that is not ASCII with the hint):
    # where it finds no connector close enough, there is nothing to find
    found = [m.value for m in money.finditer(text)]
    expected = elliptical_amounts(text, found)
    with monkeypatch.context() as patch:
        _uncompiled(patch)
        assert elliptical_amounts(text, found) == expected
        shifted = "\u00e9 " + text  # (not ASCII: the hint looks)
        moved = [m.value for m in money.finditer(shifted)]
        assert [(m.text, m.amount) for m in elliptical_amounts(shifted, moved)] == [
            (m.text, m.amount) for m in expected]


def test_the_first_look_compiles_nothing_where_no_connector_is_near(monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[str] = []
    monkeypatch.setattr(money_module, "_elliptical_pattern", lambda: called.append("pattern"))
    monkeypatch.setattr(money_module, "_elliptical_hint", lambda: called.append("hint"))
    monkeypatch.setattr(money_module._elliptical_pattern, "cache_info", lambda: functools._CacheInfo(0, 0, 1, 0),
                        raising=False)
    for text in ("Sales were 5 mln dlrs, and costs fell.",
                 "Net was 5 mln dlrs. " + "Nothing follows. " * 12 + "It rose from 4 to 6."):
        assert elliptical_amounts(text, [m.value for m in money.finditer(text)]) == []
    assert called == []
