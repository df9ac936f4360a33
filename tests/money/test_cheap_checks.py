"""The cheap checks that money and percent try before a pattern agree with it.

A build of an amount tries its parts in order, and most places fail at a
part's first characters: the parts look at them in Python (a set look-up)
before they run a pattern (see the "cheap checks first" section of
:mod:`finparse.money`), and percent's anchor starts with a look-ahead for
the first characters of its units. Each check must pass wherever the part
it guards can match; these tests try every place of texts made of the
parts' own pieces, in several cases and spacings.
"""

from __future__ import annotations

import random

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from finparse import vocabulary
from finparse.money import (
    _FREE,
    MoneyOptions,
    _bare_tail_may_start,
    _cents,
    _context_words,
    _dash,
    _free_read,
    _LeadReader,
    _slash_near,
    _tail_may_start,
    _to,
    _to_bare,
    _unit_reader,
)
from finparse.percent import _first_of_units, _units, percentages
from tests.hypothesis_settings import property_settings

OPTIONS = MoneyOptions()

#: Pieces of tails, units and numbers, glued in any order.
PIECES = [
    " ", "  ", "\u00a0", "    ", "-", " - ", "\u2013", " \u2014 ", " to ", " TO ", "To ", " and ", " AND ",
    "5", "62", "40", "1/2", "401.50/90", "3.5/", "x-5", "A5", "_5", ".", ",", "/",
    "c", "p", "cents", "pence", "dlrs", "euros", "$", "US$", "EUR", "Canadian dlrs", "mln",
    " sixteen", " Fifty", " twenty-two", " nine", "\u017fix", "\u212a", " \u00e9", "\u0661\u0662",
    "rose", "from", "between", "about", "minus", "the",
]


def _text(seed: int, size: int = 400) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(PIECES) for _ in range(size))


_TEXTS = [_text(seed) for seed in range(3)]


def _check_tails(text: str) -> None:
    cents, dash, to, to_bare = _cents(OPTIONS), _dash(), _to(), _to_bare()
    for pos in range(len(text) + 1):
        if any(p._build_at(text, pos) is not None for p in (dash, to, cents)):
            assert _tail_may_start(text, pos) is not None, (pos, text[pos:pos + 20])
        if any(p._build_at(text, pos) is not None for p in (dash, to_bare)):
            assert _bare_tail_may_start(text, pos) is not None, (pos, text[pos:pos + 20])


def _check_free(text: str) -> None:
    free = regex.compile(_FREE)
    for pos in range(len(text) + 1):
        assert (_free_read(text, pos) is not None) == (free.match(text, pos) is not None), pos


_PAIR = regex.compile(
    r"(?<![\p{L}\p{N}_.,/])(?<![\p{L}\p{N}]-)(?P<a>\d{1,6}\.(?P<ad>\d{1,4}))/(?P<b>\d{1,4})(?![\d/])")


def _check_pair(text: str) -> None:
    for pos in range(len(text) + 1):
        if _PAIR.match(text, pos) is not None:
            assert _slash_near(text, pos) is not None, pos


def test_tails_start_where_their_check_passes() -> None:
    for text in _TEXTS:
        _check_tails(text)
    assert _tail_may_start("5 and 62c", 1) is not None
    assert _tail_may_start("5 dlrs in", 6) is None  # (the check does refuse)
    assert _bare_tail_may_start("15 to 20", 2) is not None
    assert _bare_tail_may_start("15 of 20", 2) is None


def test_free_numbers_as_the_pattern_says() -> None:
    for text in _TEXTS:
        _check_free(text)


def test_bid_and_offer_near_a_slash() -> None:
    for text in _TEXTS:
        _check_pair(text)
    assert _slash_near("123456.1234/99", 0) is not None


@property_settings(200)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
@example("5 - 6 dlrs, 7 TO 9 euros")
@example("$17 and 62c, twenty dollars fifty")
@example("401.50/90 dlrs, A-5, x_5")
def test_any_mix(text: str) -> None:
    _check_tails(text)
    _check_free(text)
    _check_pair(text)


def test_a_unit_starts_only_where_its_first_character_may() -> None:
    table = OPTIONS.table()
    forms = [*table.prefix_cs, *table.prefix_ci, *table.prefix_words, *table.words, *table.minor,
             *table.suffix_cs, *table.suffix_ci, "Canadian dlrs", "U.S. dollars", "$"]
    text = " ".join(f"{f} {f.upper()} {f.lower()}5" for f in forms)
    for position in ("prefix", "suffix", "minor"):
        reader = _unit_reader(position, OPTIONS)
        for pos in range(len(text) + 1):
            if reader.matches(text, pos):
                assert reader.may_start(text, pos), (position, text[pos:pos + 20])


def test_no_lead_word_starts_with_a_character_it_skips() -> None:
    qualifiers, signs = vocabulary.qualifiers(), _context_words("sign")
    reader = _LeadReader(qualifiers, signs)
    reader.read("about 5", 0)
    never = reader._never
    assert never and "a" not in never and "m" not in never and "5" in never
    for word in [*qualifiers, *signs]:
        assert word[0].lower() not in never and word[0].upper() not in never, word


def test_percent_anchor_with_and_without_its_look_ahead() -> None:
    anchor = percentages()._anchor[0].pattern  # type: ignore[attr-defined]
    ahead = _first_of_units()
    assert ahead and anchor.startswith(ahead)
    plain = regex.compile(anchor[len(ahead):])
    forms = [*_units(), "%", "pts", "half point", "a quarter-point"]
    text = " ".join(f"5{f} 6 {f.upper()} 7 {f.title()}, 8-{f}" for f in forms)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in regex.finditer(anchor, text)]
    assert regex.match(ahead, "x") is None


def test_cents_in_words_that_case_folding_matched_do_not_raise() -> None:
    # "\u017f" (a long s) folds to "s": the pattern matches "\u017fix", the words do not read
    from finparse import extract

    assert [m.text for m in extract("$17 and \u017fixteen, twenty dollars \u017fix", kinds="money")] == [
        "$17", "twenty dollars"]
