"""Money's lead words, read by tries, and its deferred guards, hold to their patterns.

:func:`finparse.money._lead_words` (invisible characters, a qualifier such
as "about", a sign word such as "minus") is read by ``_LeadReader`` with
word tries; its pattern is still the scanning pattern of the leaf. The
guard of the suffix and minor units (``_not_next_amount() +
_not_percent()``, two negative lookaheads) is compiled by ``_LazyGuard``
only where ``_near_next_amount()`` matches, and some leaves (the cents in
words and in digits, "$(5)") are compiled only where their guard matches.
These tests check, at every place of invented texts, that the reader gives
what the pattern gives, that the guard passes wherever ``near`` does not
match, and that every leaf's guard matches wherever its leaf does.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from finparse import vocabulary
from finparse.core import Parser, _Leaf
from finparse.money import (
    MoneyOptions,
    _cents_digits,
    _cents_words,
    _context_words,
    _LazyGuard,
    _lead_words,
    _near_next_amount,
    _not_next_amount,
    _not_percent,
    _pre_side,
    _read_lead,
)
from tests.hypothesis_settings import property_settings

INVISIBLE = ["", "", "", "\u200b", "\u00ad", "\ufeff", "\x00", "\u200b\u200b", "\u200e\u200f\u2060", "\u200b" * 4]
SPACES = [" ", " ", "  ", "   ", "    ", "\u00a0", " \u00a0", "\t", "\n", ""]
AFTER = ["$5", "5", "USD 5", "dollars", "\u20ac3", "-", ",", ".", "(", " ", "x", "\u00e9", "minus", "$", ""]


def _lead_forms() -> list[str]:
    return [*vocabulary.qualifiers(), *_context_words("sign")]


def _form(word: str, rng: random.Random) -> str:
    word = rng.choice([word, word, word.upper(), word.title(), word.capitalize(), word[:-1], word + "s",
                       word.replace(" ", "-"), word.replace(" ", rng.choice(["  ", "\u00a0", "\t", "\n "]))])
    return word


def _text(seed: int, count: int = 300) -> str:
    rng = random.Random(seed)
    words = _lead_forms()
    parts = []
    for _ in range(count):
        piece = rng.choice(INVISIBLE)
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            piece += _form(rng.choice(words), rng) + rng.choice(SPACES)
        parts.append(piece + rng.choice(AFTER) + rng.choice([" ", "", "a", "x ", "\u00a0", "5 "]))
    return "".join(parts)


def _check_lead(text: str) -> int:
    leaf: Any = _lead_words()
    pattern = regex.compile(leaf._make_fragment())
    qualifiers, signs = vocabulary.qualifiers(), frozenset(_context_words("sign"))
    led = 0
    for pos in range(len(text) + 1):
        m = pattern.match(text, pos)
        assert m is not None  # (every part is optional)
        led += m.end() > pos
        try:
            expected: Any = (_read_lead(qualifiers, signs, m.group()), m.end())
        except KeyError:  # a word the pattern matches in a case the table has not ("\u017fome")
            expected = KeyError
        try:
            got: Any = leaf._read(text, pos)
        except KeyError:
            got = KeyError
        assert got == expected, (pos, text[pos:pos + 30])
    return led


# the quick suite reads one random text; the slow tier all three
@pytest.mark.parametrize("seed", [0, *(pytest.param(s, marks=pytest.mark.slow) for s in (1, 2))])
def test_lead_reader_reads_what_the_lead_pattern_reads(seed: int) -> None:
    assert _check_lead(_text(seed)) > 200


def test_every_lead_word_in_every_case_and_spacing() -> None:
    text = "".join(f"{inv}{form}{space}{after} " for word in _lead_forms()
                   for form in (word, word.upper(), word.title())
                   for inv, space, after in zip(INVISIBLE, SPACES, AFTER, strict=False))
    assert _check_lead(text) > 500


_LEAD_PIECES = st.sampled_from([*INVISIBLE, *SPACES, *AFTER, *_lead_forms(), "MINUS", "About", "close", "to"])


@property_settings(300)
@given(st.lists(_LEAD_PIECES, max_size=14).map("".join))
@example("about minus $5")
@example("\u200babout  \u00a0$5")
@example("close\tto 5")
@example("minus    $5")
@example("xminus $5")
@example("more than negative5")
@example("\u017fome $5, \u0130n excess of $5, abo\u212ate $5")
def test_lead_reader_on_any_mix(text: str) -> None:
    _check_lead(text)


# -- the lazily compiled guard of the suffix and minor units -----------------------------------

NEXT = ["5", "40", "-5", "\u22123.5 mln", "12.5 bn USD", "%", "pct", "PCT", "pc", "Pc", "per cent", "Per-cent",
        "percent", "\uff05", "mln", "x", "P", ". 5", "5,000.25", "5 USD", "7bn", "", "(", "--5", "\u00e9"]


def _guard_text(seed: int, count: int = 400) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(["5 dollars", "USD", "$", "stg", "cents", "x"]) + rng.choice(SPACES)
                   + rng.choice(NEXT) for _ in range(count))


def _check_guard(text: str) -> int:
    guard_text = _not_next_amount() + _not_percent()
    guard, near = regex.compile(guard_text), regex.compile(_near_next_amount())
    failed = 0
    for pos in range(len(text) + 1):
        for endpos in {len(text), min(len(text), pos + 3)}:
            passes = guard.match(text, pos, endpos) is not None
            if not passes:
                failed += 1
                assert near.match(text, pos, endpos) is not None, (pos, text[pos:pos + 20])
            assert bool(_LazyGuard(guard_text, _near_next_amount()).match(text, pos, endpos)) == passes
    return failed


@pytest.mark.parametrize("seed", range(2))
def test_unit_guard_compiles_wherever_it_may_fail(seed: int) -> None:
    assert _check_guard(_guard_text(seed)) > 100


@property_settings(300)
@given(st.lists(st.sampled_from([*NEXT, *SPACES, "5", "-"]), max_size=8).map("".join))
@example(" \u00a0-5 mln")
@example("\u00a0per\u00a0cent")
def test_unit_guard_on_any_mix(text: str) -> None:
    _check_guard(text)


def test_a_compiled_lazy_guard_decides_alone() -> None:
    lazy = _LazyGuard(_not_next_amount() + _not_percent(), _near_next_amount())
    assert not lazy.match(" 5.5 mln", 0, 8)  # compiles it
    assert lazy.match(" x", 0, 2) and not lazy.match(" pct", 0, 4) and lazy.match(" 12 ", 0, 4)


# -- leaves compiled where their guard matches -------------------------------------------------


def _guarded() -> list[_Leaf[Any]]:
    seen: set[int] = set()
    out: list[_Leaf[Any]] = []
    stack: list[Parser[Any]] = [_cents_words(), _cents_digits(MoneyOptions()), _pre_side(MoneyOptions())]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, _Leaf) and node._guard is not None:
            out.append(node)
        stack.extend(node._children())
    return out


def _small_words() -> list[str]:
    spelled = vocabulary.spellings()
    return [spelled[n] for n in range(1, 100) if n in spelled]


def _cents_text(seed: int, count: int = 400) -> str:
    rng = random.Random(seed)
    words = [*_small_words(), "05", "50", "5", "99", "(5)", "(5 mln)", "(12.5) bn", "( 5)", "hundred", "dollars"]
    parts = []
    for _ in range(count):
        word = rng.choice(words)
        word = rng.choice([word, word.upper(), word.title(), word.replace("-", " ")])
        joint = rng.choice([" ", " and ", "  and\u00a0", "\u00a0", "", " AND ", "\u00a0\u00a0and  ", "$", "-"])
        parts.append(rng.choice(["dollars", "dlrs", "$", "USD", "pounds", "5"]) + joint + word
                     + rng.choice(["", " ", ".", " cents", " percent", " 5", ",", " mln", "x"]))
    return " ".join(parts)


def test_there_are_money_guards() -> None:
    assert len(_guarded()) >= 3


@pytest.mark.parametrize("leaf", _guarded(), ids=lambda leaf: leaf._guard[:24])
def test_guard_accepts_every_match(leaf: _Leaf[Any]) -> None:
    pattern = regex.compile(leaf._fragment)
    guard = regex.compile(leaf._guard or "")
    found = 0
    for seed in range(2):
        text = _cents_text(seed)
        for m in pattern.finditer(text, overlapped=True):
            found += 1
            assert guard.match(text, m.start()) is not None, (leaf._guard, text[m.start():m.end()])
    assert found > 20, leaf.description
