"""Audited classes of percentages (third round, modern and company-news shapes): invented sentences.

A sign right after an opening bracket ("Tesla (-3.2%)"), a bracketed
figure compared with the percentage before it ("a margin of 8.3 % (11.8 %)",
the year before: positive) and a glued sign of approximation ("~10%").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from finparse.percent import extract_percent


def _rows(text: str) -> list[tuple[str, object, object, bool]]:
    return [(p.text, p.value, p.direction, p.approximate) for p in extract_percent(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sign after an opening bracket is the number's
        ("Chip makers slid, with Micron (-4.6%) the weakest.", [("-4.6%", Decimal("-4.6"), "down", False)]),
        ("Group return on capital was (-1.25 per cent) last year.",
         [("-1.25 per cent", Decimal("-1.25"), "down", False)]),
        ("The index ended the week [\u22120.7 %] lower.", [("\u22120.7 %", Decimal("-0.7"), "down", False)]),
        ("Retailers gained, led by Kesko (+2.9 pct).", [("+2.9 pct", Decimal("2.9"), "up", False)]),
        # a bracketed figure after a percentage of its clause is the one compared with
        ("The operating margin was 6.1 % (7.4 %).",
         [("6.1 %", Decimal("6.1"), None, False), ("7.4 %", Decimal("7.4"), None, False)]),
        ("Operating profit was EUR 3.2 mn, or 5.5% of net sales (4.9%).",
         [("5.5%", Decimal("5.5"), None, False), ("4.9%", Decimal("4.9"), None, False)]),
        ("Order intake grew by 12 per cent (9 per cent) in the period.",
         [("12 per cent", Decimal("12"), "up", False), ("9 per cent", Decimal("9"), "up", False)]),
        # alone, or after a sentence end, it stays a negative figure
        ("Like-for-like sales were (2.7%) in the half.", [("(2.7%)", Decimal("-2.7"), None, False)]),
        ("Margins held at 4%. Underlying growth was (1.1%).",
         [("4%", Decimal("4"), None, False), ("(1.1%)", Decimal("-1.1"), None, False)]),
        # a glued sign of approximation
        ("Analysts see revenue growth of ~8% next year.", [("~8%", Decimal("8"), "up", True)]),
        ("The stock is \u224812 percent below its high.", [("\u224812 percent", Decimal("12"), "down", True)]),
        ("Yields rose ~15bps on the week.", [("~15bps", Decimal("15"), "up", True)]),
        ("Its payout ratio is \u223c40 %.", [("\u223c40 %", Decimal("40"), None, True)]),
    ],
)
def test_bracketed_and_approximate(text: str, expected: list[tuple[str, object, object, bool]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Revenue rose 5.2 % year-on-year to EUR 30 mn.",
        "The margin expanded 150 basis points to 21.3%.",
        "Net margin fell 3.1pp y/y to 9.4%.",
        "The central bank cut rates by 25bp.",
    ],
)
def test_modern_shapes_kept(text: str) -> None:
    found = extract_percent(text)
    assert found and all(p.value is not None and p.value > 0 and not p.approximate for p in found)
