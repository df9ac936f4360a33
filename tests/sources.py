"""The syntax trees of finparse's modules, parsed once per run.

Several tests walk the source of every module (private names used across
modules, kinds listed by hand, tables read outside the vocabulary, options
taken as arbitrary keywords). Each file is parsed, and its nodes listed,
once while it is unchanged, not once per test; the trees are shared, so a
test must not change them.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path


@cache
def _parse(path: str, mtime_ns: int, size: int) -> ast.Module:
    with open(path, encoding="utf-8") as source:
        return ast.parse(source.read(), filename=path)


@cache
def _nodes(path: str, mtime_ns: int, size: int) -> tuple[ast.AST, ...]:
    return tuple(ast.walk(_parse(path, mtime_ns, size)))


def nodes(path: Path) -> tuple[ast.AST, ...]:
    """Every node of :func:`parsed`'s tree, in ``ast.walk``'s order.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     sample = Path(folder) / "sample.py"
    ...     _ = sample.write_text("x = 1\\n", encoding="utf-8")
    ...     [type(node).__name__ for node in nodes(sample)][:3]
    ['Module', 'Assign', 'Name']
    """
    stat = path.stat()
    return _nodes(str(path), stat.st_mtime_ns, stat.st_size)


def parsed(path: Path) -> ast.Module:
    """The syntax tree of the Python file at ``path``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     sample = Path(folder) / "sample.py"
    ...     _ = sample.write_text("x = 1\\n", encoding="utf-8")
    ...     parsed(sample) is parsed(sample), type(parsed(sample).body[0]).__name__
    (True, 'Assign')
    """
    stat = path.stat()
    return _parse(str(path), stat.st_mtime_ns, stat.st_size)
