"""Codes of halves and fiscal quarters.

"1H24", "2H25", "in 2H 2025", "in 1H": a capital H glued to 1 or 2 is a
half of a year, not hours ("within 1h", "in 2h" and "in 1 H" stay hours).
"fiscal Q2", "fiscal Q3 2025": a fiscal quarter, as "the fiscal second
quarter" is.
"""

from __future__ import annotations

import datetime as dt

import pytest

from finparse import extract

REF = dt.date(2020, 6, 15)


def found(text: str) -> list[tuple[str, str, object]]:
    out = []
    for w in extract(text, ref_date=REF, kinds="time"):
        d = w.to_dict()
        out.append((w.text, w.type, d["duration"] if w.type == "duration" else d["date"] or d["start_date"]))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("Margins fell in 1H24.", [("1H24", "period", "2024-01-01")]),
    ("Sales should recover in 2H25.", [("2H25", "period", "2025-07-01")]),
    ("Guidance for 2H 2025 was cut.", [("2H 2025", "period", "2025-07-01")]),
    ("Orders rose in 1H.", [("1H", "period", "2019-01-01")]),
    ("Delivery within 1h is free.", [("within 1h", "period", None)]),
    ("The shop opens in 2h.", [("in 2h", "date", "2020-06-15")]),
])
def test_halves_glued_to_h_are_halves(text: str, expected: list[tuple[str, str, object]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "span", "start"), [
    ("Sales in fiscal Q2 rose.", "fiscal Q2", "2020-04-01"),
    ("Its fiscal Q3 2025 results beat.", "fiscal Q3 2025", "2025-07-01"),
])
def test_fiscal_quarter_codes(text: str, span: str, start: str) -> None:
    (w,) = extract(text, ref_date=REF, kinds="time")
    assert (w.text, w.to_dict()["start_date"]) == (span, start)
