"""Words that make a clause look ahead, and where a clause starts (``tense`` and ``future`` cues)."""

from __future__ import annotations

import datetime as dt

import pytest

from finparse.timewindow import extract_time

REF = dt.date(2020, 6, 15)


def first(text: str) -> tuple[str, dt.date | None]:
    w = extract_time(text, REF)[0]
    return w.text, w.start_date or w.date


@pytest.mark.parametrize(("text", "expected"), [
    # a look ahead: the next such period (the current quarter has not ended)
    ("Analysts expect higher second-quarter profits.", ("second-quarter", dt.date(2020, 4, 1))),
    ("Norvik expects a fourth quarter loss.", ("fourth quarter", dt.date(2020, 10, 1))),
    ("Prices are likely to firm in the second half.", ("the second half", dt.date(2020, 7, 1))),
    ("Rates are unlikely to change at the meeting on Thursday.", ("Thursday", dt.date(2020, 6, 18))),
    ("Kestrel hopes to close the deal in May.", ("May", dt.date(2021, 5, 1))),
    ("The board anticipates a payout in March.", ("March", dt.date(2021, 3, 1))),
    ("Output should recover toward the third quarter.", ("the third quarter", dt.date(2020, 7, 1))),
    ("Lumen aims to list its shares in September.", ("September", dt.date(2020, 9, 1))),
    # past clauses stay past
    ("Sales rose in the second quarter.", ("the second quarter", dt.date(2019, 4, 1))),
    ("Norvik reported a fourth quarter loss.", ("fourth quarter", dt.date(2019, 10, 1))),
    # a clause ends at a stop even behind a closing quote
    ('"We will see," he said. Orbis confirmed on Tuesday that it sold.', ("Tuesday", dt.date(2020, 6, 9))),
    ("\u201cIt will rise,\u201d she said. Prices fell on Tuesday.", ("Tuesday", dt.date(2020, 6, 9))),
    ("Prices will rise on Tuesday.", ("Tuesday", dt.date(2020, 6, 16))),
])
def test_the_clause_before_sets_the_tense(text: str, expected: tuple[str, dt.date]) -> None:
    assert first(text) == expected
