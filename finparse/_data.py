"""Reading the grammar tables shipped in ``finparse/data``.

Every table is a UTF-8, tab-separated text file whose ``#`` lines are
comments (each file documents its own columns at the top). Tables are read
on first use and cached for the life of the process; the cache holds a fixed
number of immutable results, one per file.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = ["rows", "word_class"]


@functools.cache
def _data_dir() -> Traversable:
    """The package's ``data`` directory, found once (finding it costs more
    than reading a small table)."""
    return resources.files("finparse").joinpath("data")


@functools.cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``finparse/data/<name>``, comments and blank lines dropped.

    Trailing empty columns are kept as empty strings up to the widest row.

    >>> rows("scales.tsv")[0]
    ('thousand', '1000', 'ci')
    """
    text = _data_dir().joinpath(name).read_text("utf-8")
    out: list[tuple[str, ...]] = []
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        if line.isascii() and " " not in line and line[0] != "\t":
            # no space but the tabs (the lines are split at the others): no
            # cell to strip, and the line is no blank one (most lines)
            out.append(tuple(line.split("\t")))
        elif line.strip():
            out.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(out)


@functools.cache
def word_class(name: str, cls: str) -> frozenset[str]:
    """The words of class ``cls`` in a two-column ``word, class`` table.

    >>> "versus" in word_class("context_words.tsv", "elliptical_follow")
    True
    """
    return _classes(name).get(cls, frozenset())


@functools.lru_cache(maxsize=64)  # (one per table: the package ships fewer)
def _classes(name: str) -> dict[str, frozenset[str]]:
    """The words of each class of a two-column table, read in one pass."""
    found: dict[str, list[str]] = {}
    for row in rows(name):
        if len(row) > 1:
            found.setdefault(row[1], []).append(row[0])
    return {cls: frozenset(words) for cls, words in found.items()}
