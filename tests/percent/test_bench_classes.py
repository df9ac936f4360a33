"""Percent classes found wrong on real news: two-way quotes and levels after a determiner.

Every sentence here was written for finparse; companies and figures are invented.
The rows follow the style of ``test_corpus.py``: ``(text, [expected mentions])``.
"""

from __future__ import annotations

from typing import Any

import pytest
from corpus_rows import Row, params

import finparse

from .test_corpus import check, pct, rng

# fmt: off

# -- a two-way (bid/offer) quote is one range, from the lower to the higher ----------------

QUOTES: list[Row] = [
    ("Overnight money traded at 2.40/50 pct on Monday.", [rng("2.40/50 pct", "2.40", "2.50", None)]),
    ("One-week deposits were quoted at 5.65/55 pct.", [rng("5.65/55 pct", "5.55", "5.65")]),
    ("Overnight money eased to 2.40/45 PCT from 2.55/65 pct.",
     [rng("2.40/45 PCT", "2.40", "2.45", None), rng("2.55/65 pct", "2.55", "2.65", None)]),
    ("The two-year paper closed at 11.86/92% after the data.", [rng("11.86/92%", "11.86", "11.92")]),
    ("Six-month bills were bid at 7.125/7.0 percent.", [rng("7.125/7.0 percent", "7.0", "7.125")]),
    ("Interbank rates jumped to 12.90/13.10 pct today.", [rng("12.90/13.10 pct", "12.90", "13.10")]),
    ("The rate on three-month certificates was 4.09/3.97 per cent.",
     [rng("4.09/3.97 per cent", "3.97", "4.09")]),
    ("Term money stood at 3.5/70 pct.", []),  # the second has more digits than the first's decimals
    ("Lira deposits fetched 7.80/7.80 pct.", []),  # not two levels
    ("Tin rose to 5.20/45 dlrs a kilo.", []),  # not a percentage
]

# -- "to", "from", "at" + a determiner and modifiers before the number: a level -------------

LEVELS: list[Row] = [
    ("Idle capacity rose to a record 6.4 pct in July.", [pct("6.4 pct", "6.4", None)]),
    ("Idle capacity climbed to an all-time high 6.4% last month.", [pct("6.4%", "6.4", None)]),
    ("Loan growth was 8.2 pct, up from a revised 7.9 pct in June.",
     [pct("8.2 pct", "8.2", None), pct("7.9 pct", "7.9", None)]),
    ("Loan growth was 8.2 pct, down from a previously reported 9.1 pct.",
     [pct("8.2 pct", "8.2", None), pct("9.1 pct", "9.1", None)]),
    ("The fee was cut to 3/4 pct from the indicated 1-1/8 pct.",
     [pct("3/4 pct", "0.75", None), pct("1-1/8 pct", "1.125", None)]),
    ("Brandt lifted its holding to 30 pct from its present 22 pct.",
     [pct("30 pct", "30", None), pct("22 pct", "22", None)]),
    ("Wage growth slowed to 2.1% from March's 2.6%.",
     [pct("2.1%", "2.1", None), pct("2.6%", "2.6", None)]),
    ("Funds were allotted at an unchanged 4.25 percent.", [pct("4.25 percent", "4.25", None)]),
    ("The tax falls to 12 pct from the current 15 pct.",
     [pct("12 pct", "12", None), pct("15 pct", "15", None)]),
    # still a change: a rate of change, a noun of change, a verb before "at", a verb after the preposition
    ("Output grew at an annualised 3.4 pct in the quarter.", [pct("3.4 pct", "3.4", "up")]),
    ("Output rose to a robust 1.2 pct annual rate.", [pct("1.2 pct", "1.2", "up")]),
    ("Orders were revised to a 2.2 pct gain.", [pct("2.2 pct", "2.2", "up")]),
    ("Sales at the Tilden unit fell 4.5 pct.", [pct("4.5 pct", "4.5", "down")]),
    ("Orders were revised upward to an increase of 1.7 pct.", [pct("1.7 pct", "1.7", "up")]),
]

# fmt: on


@pytest.mark.parametrize(("text", "expected"), params("quotes", QUOTES) + params("levels", LEVELS))
def test_bench_class(text: str, expected: list[Any]) -> None:
    check(text, expected, finparse.extract(text, kinds="percent"))
