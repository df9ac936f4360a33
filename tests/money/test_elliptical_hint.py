"""The elliptical amounts' short hint matches wherever their pattern does.

:func:`finparse.money.elliptical_amounts` compiles its pattern (some 2 KB: a
connector, a qualifier, a numeral and a scale) only where a short hint
(``_elliptical_hint``: a connector, words, a digit) finds something; the
hint must match at least wherever the pattern does, or amounts would be
lost. These tests compare the two at every place of invented texts.
"""

from __future__ import annotations

import itertools

import pytest

from finparse import vocabulary
from finparse.money import (
    _context_words,
    _elliptical_hint,
    _elliptical_pattern,
    elliptical_amounts,
    money,
)


def _texts() -> list[str]:
    numbers = ["87.4", "2.5", ".5", "1,234.5", "3 mln", "4.1 billion", "7,900,000", "12 1/2", "2019"]
    lead = ["", "rose to 101.1 mln dlrs ", "$3 billion, "]
    out = []
    for connector in _context_words("connector"):
        for qualifier in ["", *vocabulary.qualifiers()]:
            for number, before in itertools.product(numbers[:3], lead):
                q = f"{qualifier} " if qualifier else ""
                out.append(f"{before}{connector} {q}{number}.")
                out.append(f"{before}{connector.upper()}  {q.upper()}\u00a0{number} mln shares")
    out += [f"Profit rose to 101.1 mln dlrs {c} {n}, or 5 cts." for c in ("from", "versus", "vs.") for n in numbers]
    out += ["Sales rose to 5 mln dlrs from about 4 mln, and then to approx. .5 mln against roughly 2"]
    return out


def test_qualifiers_have_no_digits() -> None:
    # the hint reads a qualifier's words as runs of anything but spaces and digits
    assert not any(ch.isdigit() for q in vocabulary.qualifiers() for ch in q)


def test_the_hint_matches_wherever_the_pattern_does() -> None:
    full, hint = _elliptical_pattern(), _elliptical_hint()
    missed = []
    matched = 0
    for text in _texts():
        # an overlapped search tries the pattern at every place, as a match
        # at each would, in one call
        for m in full.finditer(text, overlapped=True):
            matched += 1
            h = hint.match(text, m.start(), m.end())
            if h is None:
                missed.append((text, m.start()))
    assert matched > 10_000 and missed == []


@pytest.mark.parametrize("text", [
    "Profit rose to 101.1 mln dlrs from 87.4 mln.",
    "Revenue was $3 billion, up from 2.5, against about 2.1 a year earlier.",
    "It fell to 24.5 mln dlrs compared with 7,900,000 and to 3 billion yen from 2.",
])
def test_elliptical_amounts_found(text: str) -> None:
    first = [m.value for m in money.finditer(text)]
    assert elliptical_amounts(text, first)
