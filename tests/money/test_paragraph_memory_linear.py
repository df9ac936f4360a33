"""The memory of earlier amounts stays linear on hard-wrapped text.

An amount in a stated currency, then many lines with an amount whose
currency is assumed ("cents"): the search for the paragraph break that ends
the memory must not read the text again from the same start for each amount.
(Before that was fixed, the quick size took 0.1 s and ten times it 4.4 s.)

The quick suite counts the searches (one per stated amount, however many
assumed ones follow); the slow tier also times the growth, which needs
inputs too large for the quick suite to tell the quadratic bug apart.
"""

from __future__ import annotations

from typing import Any

import pytest
from linear import assert_grows_linearly

import finparse
from finparse import money

HEAD = "5 euros.\n"
LINE = "Then 3 cents went.\n"


def run(text: str) -> object:
    return finparse.extract(HEAD + text, kinds="money")


class _Counted:
    """A stand-in for the paragraph-break pattern that counts its searches."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.searches = 0

    def search(self, *args: Any) -> Any:
        self.searches += 1
        return self.pattern.search(*args)


@pytest.mark.parametrize("lines", [1, 10, 400])
def test_the_paragraph_break_is_searched_once_per_stated_amount(
    lines: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = _Counted(money._PARAGRAPH_BREAK)
    monkeypatch.setattr(money, "_PARAGRAPH_BREAK", counted)
    found = finparse.extract(HEAD + LINE * lines, kinds="money")
    assert [m.currency for m in found] == ["EUR"] * (lines + 1)
    assert counted.searches == 1, counted.searches


@pytest.mark.slow  # the quick suite counts the searches (above)
def test_assumed_amounts_after_a_stated_one_are_linear() -> None:
    run(LINE)
    assert_grows_linearly(run, LINE, 160_000)


def test_the_memory_ends_at_the_paragraph_break_only() -> None:
    same = finparse.extract(HEAD + LINE * 3, kinds="money")
    assert [m.currency for m in same] == ["EUR"] * 4
    after = finparse.extract(HEAD + LINE + "\n" + LINE, kinds="money")
    assert [m.currency for m in after] == ["EUR", "EUR", "USD"]
