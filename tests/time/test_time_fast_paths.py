"""The time grammar's faster forms find what their plain forms do.

The look ahead for a range's connector reads each character once
(:func:`finparse._timegrammar._connector_ahead`); the plain form looks for a
connector after each character in turn; the grammar reads it with one
search (:func:`finparse._timegrammar._connector_stop`). All are tried at
every place of invented texts made of connectors, near-connectors,
abbreviations, stops and words, and must agree everywhere. A dispatch read
by one pattern of its tests takes the branch its tests tried in turn take;
the digit anchor's count, read possessively, finds what it found read
plainly. The symbolic windows stay frozen with their cheaper field check.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
import random

import pytest
import regex

from finparse._timegrammar import _SWITCH_AFTER, _connector_ahead, _connector_stop, _dispatch
from finparse._timewords import pieces
from finparse.core import Parser, regex_parser
from finparse.timespec import Day, Slot

WR = r"(?![\p{L}\p{N}])"

#: The look ahead as first written: a connector after each character in turn.
PLAIN_CONNECTOR_AHEAD = (
    rf"(?=(?:[^.;\n]|\.(?=[ \t\u00a0]{{0,3}}[\p{{Ll}}\p{{N}}\-\u2010-\u2015~])){{0,60}}?"
    rf"(?:\s(?i:to|till|til|until|through|thru){WR}|[\-\u2010-\u2015~]))"
)

PIECES = [
    " to ", " To", " TILL ", " til.", " until", " untilx", " through", " thru1", " thrust",
    "\nto ", "\tto ", "\u00a0to ", "\u2028thru ", "to", " t", " ", "  ", "\n", ";", ".", ". a",
    ". B", ".  -", ".\t\t\t\t5", "Jan.", "Sept.", "-", "\u2013", "~", "\u2010", "March", "1987",
    "5", "x", "\u00e9t\u00e9", ",", "(", ")", "'s",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def test_connector_ahead_finds_what_the_plain_look_does() -> None:
    fast = regex.compile(_connector_ahead())
    plain = regex.compile(PLAIN_CONNECTOR_AHEAD)
    for text in _texts(3000, 18):
        for pos in range(len(text) + 1):
            assert (fast.match(text, pos) is None) == (plain.match(text, pos) is None), (text, pos)


def test_connector_stop_finds_what_the_plain_look_does() -> None:
    plain = regex.compile(PLAIN_CONNECTOR_AHEAD)
    for text in _texts(3000, 19):
        for pos in range(len(text) + 1):
            found = plain.match(text, pos) is not None
            assert _connector_stop(text, pos, None) is found, (text, pos)
            assert _connector_stop(text, pos, 1.0) is found, (text, pos)


@pytest.mark.parametrize("text, found", [
    ("March to June", True),
    ("Jan. to March", True),
    ("Sept.-Dec.", True),
    ("1986. Revenue to rise", False),
    ("x" * 60 + " to", True),
    ("x" * 61 + " to", False),
    ("x" * 60 + "-", True),
    ("x" * 61 + "-", False),
    ("the quarter; to", False),
    ("the quarter\nto", True),
    ("the quarter towards", False),
])
def test_connector_ahead_examples(text: str, found: bool) -> None:
    assert (regex.match(_connector_ahead(), text) is not None) is found
    assert (regex.match(PLAIN_CONNECTOR_AHEAD, text) is not None) is found
    assert _connector_stop(text, 0, None) is found
    assert _connector_stop("ab " + text, 3, None) is found


def _leaf(pattern: str, tag: str) -> Parser[str]:
    return regex_parser(pattern, lambda s: f"{tag}:{s}", lazy=True)


def test_switch_takes_the_branch_the_tests_take() -> None:
    # Branches whose tests overlap ("in" is a word and a letter), a branch
    # that finds nothing once committed, a catch-all branch, and places no
    # branch takes: the switch, once it has run often, reads as the
    # alternation of the branches does.
    dispatch = _dispatch(
        (r"(?i:in)(?![\p{L}])", (_leaf(r"in \d+", "in"),), None),
        (r"\d", (_leaf(r"\d+(?= years)", "years"), _leaf(r"\d{4}", "year")), None),
        (r"[\p{L}]", (_leaf(r"(?i:march|may)", "month"),), r"[\p{L}]"),
        ("", (_leaf(r"'\d\d", "short"),), None),
    )
    plain = dispatch._inner  # type: ignore[attr-defined]
    texts = ["in 2019", "in March", "inside 5", "12 years", "1987 x", "12", "May", "Mayor", "'87",
             "!", "", " in 5", "\u00e9t\u00e9 5", "IN 7"]
    places = [(text, pos) for text in texts for pos in range(len(text) + 1)]
    for round_ in range(2 + _SWITCH_AFTER // len(places)):
        for text, pos in places:
            assert dispatch._build_at(text, pos) == plain._build_at(text, pos), (round_, text, pos)


def test_switch_pattern_names_the_first_branch_that_matches() -> None:
    dispatch = _dispatch(("a", (), None), ("[ab]", (), None), ("", (), None))
    pattern = regex.compile(dispatch.switch_pattern())  # type: ignore[attr-defined]
    found = [pattern.match(s) for s in ("a", "b", "c")]
    assert [m.lastgroup if m else None for m in found] == ["b0", "b1", "b2"]


def _plain_digit_anchor() -> str:
    # the count of the digit anchor as first written: nothing read possessively
    possessive = pieces().anchor[0]
    plain = possessive.replace(r"(?>\.\d+)?+", r"(?>\.\d+)?").replace(r"(?:\s{0,3}+|-)", r"(?:\s{0,3}|-)")
    plain = plain.replace(r"(?![\p{N}/]))?+", r"(?![\p{N}/]))?")
    assert plain.count("?+") + plain.count("}+") < possessive.count("?+") + possessive.count("}+") - 2
    return plain


DIGIT_PIECES = [
    "5", "12", "1,000", "3.5", ".", ",", " ", "  ", "    ", "-", "\u00bd", " \u00bd", "-\u00bd", " 1/2",
    "1/2", "/", "year", "years", "Months", "mo", "MTH", "day", "business", " days", "less ", "more",
    "additional ", "extra  ", "x", "\u00e9", "1986", "Q", "H", "st", "th", "s", "'s", "and a half",
]


def test_digit_anchor_reads_counts_as_its_plain_form() -> None:
    fast, plain = regex.compile(pieces().anchor[0]), regex.compile(_plain_digit_anchor())
    rng = random.Random(20)
    for _ in range(4000):
        text = "".join(rng.choice(DIGIT_PIECES) for _ in range(rng.randint(1, 12)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_time_specs_stay_frozen() -> None:
    day = Day(5, 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        day.day = 6  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del day.day  # type: ignore[misc]
    slot = Slot("quarter", 3, 2025)
    assert copy.copy(slot) == slot and copy.deepcopy(slot) == slot
    assert pickle.loads(pickle.dumps(slot)) == slot
    with pytest.raises(AttributeError):
        day.nonexistent = 1  # type: ignore[attr-defined]
