#!/usr/bin/env python3
"""Draw the throughput chart of the Performance page from bench.py's JSON.

    python benchmarks/bench.py --peers --json benchmarks/results.json
    python benchmarks/plot.py benchmarks/results.json docs/_static/throughput.svg

The chart is a plain SVG written by hand (no plotting dependency): one
horizontal bar per measure, on a logarithmic axis of characters per second,
because the scan-limit baseline and the slowest peer are five orders of
magnitude apart.
"""

from __future__ import annotations

import json
import math
import sys
from html import escape
from pathlib import Path
from typing import Any

BAR = 22
GAP = 8
LEFT = 230
WIDTH = 760
TOP = 40
FINPARSE = "#2f6db5"
OTHER = "#9aa4b1"
BASELINE = "#5b8c5a"


def rows_of(report: dict[str, Any]) -> list[tuple[str, float, str]]:
    """(label, chars per second, colour) for each bar, fastest first."""
    rows = [("scan-limit baseline", float(report["baseline_chars_per_s"]), BASELINE)]
    for key, value in report.items():
        if key.startswith("extract["):
            name = key[len("extract["):-1]
            rows.append((f"finparse: {name}", float(value["chars_per_s"]), FINPARSE))
    for name, cps in report.get("peers_chars_per_s", {}).items():
        rows.append((name, float(cps), OTHER))
    return sorted(rows, key=lambda row: -row[1])


def human(cps: float, unit: str = " chars/s") -> str:
    """A rate in characters per second, with a k or M prefix."""
    for size, prefix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if cps >= size:
            return f"{cps / size:.3g} {prefix}{unit}"
    return f"{cps:.3g}{unit}"


def svg(report: dict[str, Any]) -> str:
    """The chart as an SVG document."""
    rows = rows_of(report)
    lo = 10 ** math.floor(math.log10(min(cps for _, cps, _ in rows)))
    hi = 10 ** math.ceil(math.log10(max(cps for _, cps, _ in rows)))
    span = WIDTH - LEFT - 120  # room for the last value label

    def x(cps: float) -> float:
        return LEFT + span * (math.log10(cps) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))

    height = TOP + len(rows) * (BAR + GAP) + 40
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'font-family="sans-serif" font-size="13">',
        f'<rect width="{WIDTH}" height="{height}" fill="white"/>',
        '<text x="10" y="20" font-weight="bold">Throughput on news text '
        '(characters per second, log scale; more is better)</text>',
    ]
    decade = lo
    while decade <= hi:
        gx = x(decade)
        out.append(f'<line x1="{gx:.1f}" y1="{TOP - 6}" x2="{gx:.1f}" '
                   f'y2="{height - 30}" stroke="#ddd"/>')
        out.append(f'<text x="{gx:.1f}" y="{height - 14}" text-anchor="middle" '
                   f'fill="#555">{escape(human(decade, ""))}</text>')
        decade *= 10
    for i, (label, cps, colour) in enumerate(rows):
        y = TOP + i * (BAR + GAP)
        out.append(f'<text x="{LEFT - 8}" y="{y + BAR * 0.7:.1f}" text-anchor="end">'
                   f'{escape(label)}</text>')
        out.append(f'<rect x="{LEFT}" y="{y}" width="{max(x(cps) - LEFT, 1):.1f}" '
                   f'height="{BAR}" fill="{colour}"/>')
        out.append(f'<text x="{x(cps) + 4:.1f}" y="{y + BAR * 0.7:.1f}" '
                   f'fill="#222">{escape(human(cps))}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    report = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    Path(argv[1]).parent.mkdir(parents=True, exist_ok=True)
    Path(argv[1]).write_text(svg(report), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
