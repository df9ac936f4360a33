"""Bare points read as percentage points: the needle test before the scan.

:func:`finparse.percent._percentage_points` scans an ASCII text for bare
points only when it holds "point" or "pt" in some case (every match of the
points pattern does): elsewhere nothing is scanned for, nor compiled. These
tests hold the shortcut to the plain scan.
"""

from __future__ import annotations

import itertools

from finparse.model import Percent
from finparse.percent import _percentage_points, _points_pattern, extract_percent


def _plain(text: str, found: list[Percent]) -> list[tuple[str, int]]:
    """The points the pattern finds before a percentage of ``found``, scanning always."""
    starts = {p.start for p in found if p.unit == "percent"}
    return [(m.group(0), m.start()) for m in _points_pattern().finditer(text)
            if starts and m.start() <= max(starts) and m.start("pct") in starts]


def test_the_needle_keeps_every_point_the_scan_finds() -> None:
    numbers = ["0.3", "three", "1/16", "2"]
    words = ["points", "Points", "POINTS", "point", "pts", "PTS.", "Pt", "pt."]
    links = ["to", "from", "higher to", "DOWN from about"]
    found_any = 0
    for number, word, link in itertools.product(numbers, words, links):
        for text in (f"Yields rose {number} {word} {link} 5.8% on Monday.",
                     f"\u00c9 yields rose {number} {word} {link} 5.8%."):
            found = extract_percent(text)
            got = [(p.text, p.start) for p in _percentage_points(text, [p for p in found
                                                                      if p.unit == "percent"])]
            assert got == _plain(text, found), text
            found_any += bool(got)
    assert found_any > 100


def test_a_text_without_point_words_gives_none() -> None:
    for text in ("Yields rose 0.3 to 5.8%.", "It rose 3 percent to 5.8%, a record.", "Up 5% from 4%."):
        found = extract_percent(text)
        assert _percentage_points(text, found) == [] == _plain(text, found)
