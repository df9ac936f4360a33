"""The memory of earlier amounts stays linear on hard-wrapped text.

An amount in a stated currency, then many lines with an amount whose
currency is assumed ("cents"): the search for the paragraph break that ends
the memory must not read the text again from the same start for each amount.
(Before that was fixed, the quick size took 0.1 s and ten times it 4.4 s.)
"""

from __future__ import annotations

from linear import assert_grows_linearly

import finparse

HEAD = "5 euros.\n"
LINE = "Then 3 cents went.\n"


def run(text: str) -> object:
    return finparse.extract(HEAD + text, kinds="money")


def test_assumed_amounts_after_a_stated_one_are_linear() -> None:
    run(LINE)
    assert_grows_linearly(run, LINE, 160_000)


def test_the_memory_ends_at_the_paragraph_break_only() -> None:
    same = finparse.extract(HEAD + LINE * 3, kinds="money")
    assert [m.currency for m in same] == ["EUR"] * 4
    after = finparse.extract(HEAD + LINE + "\n" + LINE, kinds="money")
    assert [m.currency for m in after] == ["EUR", "EUR", "USD"]
