"""Shared machinery of the corpus tests: rows, known gaps, readable ids.

A corpus is a list of rows ``(text, [expected mentions])``. A row the parser
gets wrong today is written ``gap(text, expected, reason)``: it runs as a
strict xfail, so a fix is noticed and the row can be promoted.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

Expected = dict[str, Any]


class Gap(NamedTuple):
    """A row the parser gets wrong today (a strict xfail)."""

    text: str
    expected: list[Expected]
    reason: str


def gap(text: str, expected: list[Expected], reason: str) -> Gap:
    return Gap(text, expected, reason)


Row = tuple[str, list[Expected]] | Gap


def params(group: str, table: list[Row]) -> list[Any]:
    """pytest params with readable ids: ``group-NN-start of the text``."""
    out = []
    for i, row in enumerate(table, 1):
        text, expected = row[0], row[1]
        slug = text if len(text) <= 48 else text[:45] + "..."
        marks = []
        if isinstance(row, Gap):
            marks.append(pytest.mark.xfail(strict=True, reason=row.reason))
        out.append(pytest.param(text, expected, id=f"{group}-{i:02d}-{slug}", marks=marks))
    return out
