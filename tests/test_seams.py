"""Modules talk through public names only (issue 16).

No module under ``finparse/`` imports another finparse module's private
(``_name``) name, nor reaches one as an attribute (``finparse.core._x``,
``core._x`` after ``from finparse import core``). A private *module* such as
``finparse._timewords`` may be imported; its shared names are public.
"""

from __future__ import annotations

import ast
from pathlib import Path

from sources import nodes

PACKAGE = Path(__file__).resolve().parent.parent / "finparse"

#: Imports of private names allowed, as (importing module, home module, name): none.
ALLOWED: set[tuple[str, str, str]] = set()


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _module_name(path: Path) -> str:
    return "finparse" if path.stem == "__init__" else f"finparse.{path.stem}"


def _imported_from(node: ast.ImportFrom, here: str) -> str:
    if not node.level:
        return node.module or ""
    return "finparse" + (f".{node.module}" if node.module else "")


def crossings(path: Path) -> list[tuple[str, str, str, int]]:
    """The private names of other finparse modules that the module at ``path``
    uses: (importing module, home module, name, line)."""
    here = _module_name(path)
    tree = nodes(path)
    modules: dict[str, str] = {}  # local name -> finparse module it is bound to
    found: list[tuple[str, str, str, int]] = []
    for node in tree:
        if isinstance(node, ast.ImportFrom):
            home = _imported_from(node, here)
            if not (home == "finparse" or home.startswith("finparse.")):
                continue
            for alias in node.names:
                if home == "finparse":  # from finparse import core
                    modules[alias.asname or alias.name] = f"finparse.{alias.name}"
                    if _private(alias.name) and not (PACKAGE / f"{alias.name}.py").exists():
                        found.append((here, home, alias.name, node.lineno))
                elif _private(alias.name) and home != here:
                    found.append((here, home, alias.name, node.lineno))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("finparse.") and alias.asname:
                    modules[alias.asname] = alias.name
    for node in tree:
        if not (isinstance(node, ast.Attribute) and _private(node.attr)):
            continue
        dotted = _dotted(node.value)
        owner = modules.get(dotted, dotted) if dotted else None
        if owner and owner.startswith("finparse.") and owner != here:
            found.append((here, owner, node.attr, node.lineno))
    return found


def _dotted(node: ast.expr) -> str | None:
    """``a.b.c`` for a chain of names and attributes, else None."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return None if inner is None else f"{inner}.{node.attr}"
    return None


def test_no_module_uses_another_modules_private_names() -> None:
    found = [
        f"{here} line {line}: {home}.{name}"
        for path in sorted(PACKAGE.glob("*.py"))
        for here, home, name, line in crossings(path)
        if (here, home, name) not in ALLOWED
    ]
    assert not found, "private names used across modules:\n" + "\n".join(found)


def test_the_check_sees_a_crossing(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from finparse.core import _hidden, public\n"
        "from finparse import numbers\n"
        "import finparse.money as m\n"
        "x = numbers._SMALL, m._inner, finparse.core._deep\n",
        encoding="utf-8",
    )
    names = {(home, name) for _, home, name, _ in crossings(sample)}
    assert names == {
        ("finparse.core", "_hidden"),
        ("finparse.numbers", "_SMALL"),
        ("finparse.money", "_inner"),
        ("finparse.core", "_deep"),
    }

