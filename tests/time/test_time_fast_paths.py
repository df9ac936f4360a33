"""The time grammar's faster forms find what their plain forms do.

The look ahead for a range's connector reads each character once
(:func:`finparse._timegrammar._connector_ahead`); the plain form looks for a
connector after each character in turn. Both are tried at every place of
invented texts made of connectors, near-connectors, abbreviations, stops
and words, and must agree everywhere. The symbolic windows stay frozen
with their cheaper field check.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
import random

import pytest
import regex

from finparse._timegrammar import _connector_ahead
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
