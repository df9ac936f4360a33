"""The money filter matches wherever an amount can start (a superset).

The filter is a short pattern tried before the full grammar at each place an
amount may start; a place it refuses is never built. It reads currency
adjectives and codes by their shape, so these tests check, form by form over
the whole default unit table, that nothing the unit parsers read is refused.
"""

from __future__ import annotations

import functools

import pytest
import regex

from finparse.money import MoneyOptions, _filter_pattern, _prefix_adjective, money

TABLE = MoneyOptions().table()


@functools.cache
def _filter() -> regex.Pattern[str]:
    return regex.compile(_filter_pattern(MoneyOptions()))


def _accepts(text: str) -> bool:
    m = _filter().match(text)
    return m is not None and m.end() > 0


def _after_number() -> list[str]:
    forms = [*TABLE.suffix_cs, *TABLE.suffix_ci, *TABLE.words, *TABLE.stopped,
             *TABLE.minor, *TABLE.minor_cs]
    nouns = ["dollars", "cents", "francs"]
    forms += [f"{a} {n}" for a in TABLE.adjectives for n in nouns]
    return forms


def _before_number() -> list[str]:
    adjectives = [a for a in TABLE.adjectives if _prefix_adjective(a, TABLE)]
    forms = [*TABLE.prefix_cs, *TABLE.prefix_ci, *TABLE.prefix_words]
    forms += [f"{a} {w}" for a in adjectives for w in TABLE.prefix_words]
    return forms


def test_every_unit_after_a_number_passes() -> None:
    refused = [f for f in _after_number() if not _accepts(f"12 {f}")]
    assert refused == []


def test_every_unit_before_a_number_passes() -> None:
    refused = [f for f in _before_number() if not _accepts(f"{f} 12")]
    assert refused == []


@pytest.mark.parametrize("text", [
    "12 Hong  Kong dollars", "12 U.S. dollars", "12 st. pierre & miquelon euros",
    "12 MUSD", "12 KEUR", "USD12", "12 cocos (keeling) islands dollars",
])
def test_written_variants_pass(text: str) -> None:
    assert _accepts(text)


@pytest.mark.parametrize("text", ["12 people", "in 2021", "12 of the", "CEO of 5", "12 Ltd shares"])
def test_plain_numbers_are_refused(text: str) -> None:
    # the filter is cheap because it refuses most numbers outright
    assert not _accepts(text)
    assert money.search(text) is None


def test_a_before_a_counted_currency_passes() -> None:
    # "a dollar" is one dollar: the nouns of data/currency_context.tsv's
    # after-a class, in any case
    from finparse.money import _context_words

    for noun in _context_words("after-a"):
        assert _accepts(f"a {noun}") and _accepts(f"An {noun.title()}"), noun
    assert not _accepts("a yen")
