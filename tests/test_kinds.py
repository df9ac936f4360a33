"""The kind registry: its records, the columns derived from them, and the loop that runs them."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest
from sources import nodes

import finparse
from finparse import Extractor, extract
from finparse.kinds import KINDS, REGISTRY, Column, Kind, Registry, check_kinds
from finparse.model import Mention
from finparse.percent import PercentOptions
from finparse.timewindow import TimeOptions
from finparse.triples import TripleOptions

TEXT = ("Nordvik Bank bought $12 million of Lakeside bonds in 2024, up 15%, "
        "and Orlund Oy sold 1,200 shares last month.")

#: The layout of a mentions table, as finparse 0.x has written it: the
#: columns derived from the registry must not change it.
LAYOUT = [
    ("kind", "string", KINDS, "kind"),
    ("start", "int64", KINDS, "start"),
    ("end", "int64", KINDS, "end"),
    ("text", "string", KINDS, "text"),
    ("amount", "string", ("money",), "amount"),
    ("low", "string", ("money", "percent"), "low"),
    ("high", "string", ("money", "percent"), "high"),
    ("currency", "string", ("money",), "currency"),
    ("unit", "string", ("money", "percent"), "unit"),
    ("approximate", "bool", ("money", "percent"), "approximate"),
    ("bound", "string", ("money", "percent"), "bound"),
    ("currency_assumed", "bool", ("money",), "currency_assumed"),
    ("value", "string", ("percent",), "value"),
    ("direction", "string", ("percent",), "direction"),
    ("measure", "string", ("percent",), "measure"),
    ("type", "string", ("time",), "type"),
    ("duration", "string", ("time",), "duration"),
    ("start_date", "string", ("time",), "start_date"),
    ("end_date", "string", ("time",), "end_date"),
    ("date", "string", ("time",), "date"),
    ("subject", "string", ("triple",), "subject"),
    ("action", "string", ("triple",), "action"),
    ("object", "string", ("triple",), "object"),
    ("amount_text", "string", ("triple",), "amount"),
    ("percent_text", "string", ("triple",), "percent"),
    ("time_text", "string", ("triple",), "time"),
    ("negated", "bool", ("triple",), "negated"),
    ("modality", "string", ("triple",), "modality"),
]


# -- the built-in registry ----------------------------------------------------------------


def test_every_kinds_name_comes_from_the_registry() -> None:
    import finparse.extractor

    assert KINDS == ("money", "percent", "time", "triple")
    assert finparse.KINDS is KINDS and finparse.extractor.KINDS is KINDS
    assert REGISTRY.names is KINDS and [k.name for k in REGISTRY] == list(KINDS)
    assert Extractor().kinds == KINDS


def test_columns_keep_the_table_layout() -> None:
    assert [tuple(c) for c in REGISTRY.columns()] == LAYOUT


def test_pandas_columns_are_the_registrys() -> None:
    from finparse.pandas import COLUMNS

    assert COLUMNS == REGISTRY.columns()


@pytest.mark.parametrize("kind", REGISTRY, ids=KINDS)
def test_a_kinds_example_is_its_mention_type(kind: Kind) -> None:
    cls = kind.mention_class()
    example = kind.example()
    assert isinstance(example, cls) and isinstance(example, Mention)
    assert cls.kind == kind.name == example.to_dict()["kind"]
    assert kind.describe is not None and kind.describe(example.to_dict())


@pytest.mark.parametrize("kind", REGISTRY, ids=KINDS)
def test_mention_rows_hold_exactly_to_dict(kind: Kind) -> None:
    # what finparse.pandas writes, without pandas: every to_dict() value, once
    from finparse.pandas import COLUMNS, mention_row

    found = [m for m in extract(TEXT, ref_date="2025-09-27") if m.kind == kind.name]
    assert found
    renames = dict(kind.column_names)
    for mention in found:
        data = mention.to_dict()
        row = dict(zip([c.name for c in COLUMNS], mention_row(mention), strict=True))
        assert {renames.get(k, k): v for k, v in data.items()} == {
            c.name: row[c.name] for c in COLUMNS if kind.name in c.kinds}
        assert all(row[c.name] is None for c in COLUMNS if kind.name not in c.kinds)


def test_triples_take_the_other_kinds_as_arguments() -> None:
    assert [REGISTRY.argument_role(k) for k in KINDS] == ["quantity", "quantity", "time", None]
    assert [k.name for k in REGISTRY if k.takes_arguments] == ["triple"]
    (triple,) = extract(TEXT, ref_date="2025-09-27", kinds="triple")[:1]
    assert triple.to_dict()["amount"] == "$12 million"
    assert {m.kind for m in extract(TEXT, kinds="triple")} == {"triple"}


def test_the_registry_runs_what_the_extractor_runs() -> None:
    options = REGISTRY.options({})
    for kinds in [KINDS, ("money",), ("triple",), ("time", "percent")]:
        assert REGISTRY.extract(TEXT, kinds, options=options) == extract(TEXT, kinds=kinds)


def test_options_come_from_the_settings_each_kind_names() -> None:
    options = REGISTRY.options({"fiscal_year_start": 4, "currency_defaults": {"$": "CAD"}})
    money, percent, time, triple = options
    assert money.currency_defaults == (("$", "CAD"),)
    assert (percent, time, triple) == (PercentOptions(), TimeOptions(4), TripleOptions())
    with pytest.raises(ValueError, match="13"):
        REGISTRY.options({"fiscal_year_start": 13})


def test_check_kinds() -> None:
    assert check_kinds(None) == KINDS
    assert check_kinds(" money , time,money") == ("money", "time")
    assert check_kinds(("triple",)) == ("triple",)
    for bad, named in [("weather", "'weather'"), (5, "got 5"), (b"money", "got b'money'"),
                       ({"money": 1}, "got {'money': 1}"), ("", "at least one")]:
        with pytest.raises(ValueError, match=named):
            check_kinds(bad)  # type: ignore[arg-type]


def test_importing_the_registry_imports_no_grammar() -> None:
    code = (
        "import sys\n"
        "from finparse.kinds import REGISTRY, KINDS\n"
        "import finparse.extractor, finparse.cli\n"
        "heavy = {'finparse.money', 'finparse.percent', 'finparse.timewindow', "
        "'finparse.triples', 'finparse.core', 'pint'}\n"
        "assert not heavy & set(sys.modules), heavy & set(sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_the_command_line_lists_the_registrys_kinds() -> None:
    import io

    from finparse.cli import main

    out = io.StringIO()
    assert main(["extract", "--help"], stdout=out) == 0
    assert "kinds to extract: money, percent, time, triple (default: all)" in " ".join(
        out.getvalue().split())


# -- registries of one's own ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Shares:
    kind: ClassVar[str] = "shares"
    text: str
    start: int
    end: int
    count: int
    approximate: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
                "count": self.count, "approximate": self.approximate}


def extract_shares(text: str, **context: Any) -> list[Shares]:
    at = text.find("1,200 shares")
    return [] if at < 0 else [Shares("1,200 shares", at, at + 12, 1200)]


SHARES = Kind("shares", extract_shares, Shares, lambda: Shares("5 shares", 0, 8, 5))


def test_a_new_kind_adds_its_columns_at_the_end() -> None:
    registry = Registry((*REGISTRY, SHARES))
    columns = registry.columns()
    assert [tuple(c) for c in columns[:-1]] == [
        (n, t, (*k, "shares") if n in ("kind", "start", "end", "text") else
         (*k, "shares") if n == "approximate" else k, f)
        for n, t, k, f in LAYOUT]
    assert columns[-1] == Column("count", "int64", ("shares",), "count")


def test_a_new_kind_runs_with_the_others() -> None:
    registry = Registry((*REGISTRY, SHARES))
    options = registry.options({})
    found = registry.extract(TEXT, ("shares", "money"), options=options)
    assert [(m.kind, m.text) for m in found] == [("money", "$12 million"), ("shares", "1,200 shares")]
    assert registry.check("shares") == ("shares",)
    with pytest.raises(ValueError, match="unknown kind 'shares'"):
        REGISTRY.check("shares")


def test_a_kind_that_takes_arguments_is_given_them_sorted() -> None:
    given: list[Sequence[Any]] = []

    def extract_calls(text: str, *, arguments: Sequence[Any], **context: Any) -> list[Any]:
        given.append(arguments)
        return []

    calls = Kind("calls", extract_calls, Shares, lambda: Shares("5 shares", 0, 8, 5),
                 takes_arguments=True)
    registry = Registry((*REGISTRY, SHARES, calls))
    registry.extract(TEXT, ("calls",), options=registry.options({}), ref_date=None)
    (arguments,) = given
    # the argument kinds only (not shares), by start, whether asked for or not
    assert [m.kind for m in arguments] == ["money", "time", "percent", "time"]
    assert [m.start for m in arguments] == sorted(m.start for m in arguments)


def test_bad_records_and_registries() -> None:
    with pytest.raises(ValueError, match="lower-case word"):
        Kind("Share counts", extract_shares, Shares, SHARES.example)
    with pytest.raises(ValueError, match="both be and take"):
        Kind("shares", extract_shares, Shares, SHARES.example, argument="quantity",
             takes_arguments=True)
    with pytest.raises(ValueError, match="registered twice"):
        Registry((SHARES, SHARES))
    with pytest.raises(TypeError, match="Kind records"):
        Registry(("money",))  # type: ignore[arg-type]

    @dataclass(frozen=True)
    class Clash(Shares):
        kind: ClassVar[str] = "clash"

        def to_dict(self) -> dict[str, Any]:
            return {**Shares.to_dict(self), "kind": "clash", "amount": 5}

    clash = Kind("clash", extract_shares, Clash, lambda: Clash("5", 0, 1, 5))
    with pytest.raises(ValueError, match="column 'amount' of kind 'clash' clashes"):
        Registry((*REGISTRY, clash)).columns()
    wrong = Kind("wrong", extract_shares, "finparse.model.Money", SHARES.example)
    with pytest.raises(TypeError, match=r"is not a finparse\.model\.Money"):
        Registry((wrong,)).columns()


# -- public seams --------------------------------------------------------------------------

#: Private names still imported across modules by the integration modules,
#: until their home modules give them public names (issue 16).
PENDING = {("finparse.core", "_check_text"), ("finparse.numbers", "_check_mark")}
INTEGRATIONS = ("extractor", "kinds", "batch", "pandas", "dask", "spark", "cli", "__init__")


@pytest.mark.parametrize("name", INTEGRATIONS)
def test_no_private_name_is_imported_from_another_module(name: str) -> None:
    path = Path(finparse.__file__).with_name(f"{name}.py")
    found = set()
    for node in nodes(path):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("finparse"):
            found |= {(node.module, a.name) for a in node.names
                      if a.name.startswith("_") and not a.name.startswith("__")}
    assert found <= PENDING, found - PENDING


def test_no_module_lists_kinds_by_hand() -> None:
    # Any literal naming two kinds or more, outside the registry, is a list
    # of kinds that a new kind would have to be added to. A triple's
    # argument fields (amount, percent, time) are fields of its JSON format,
    # not kinds: the literals that hold "amount" are those.
    names = set(KINDS)
    found = []
    for path in sorted(Path(finparse.__file__).parent.rglob("*.py")):
        if path.name == "kinds.py":
            continue
        for node in nodes(path):
            if isinstance(node, (ast.Tuple, ast.List, ast.Set, ast.Dict)):
                items = node.keys if isinstance(node, ast.Dict) else node.elts
                words = {e.value for e in items if isinstance(e, ast.Constant) and isinstance(e.value, str)}
                if len(words & names) >= 2 and "amount" not in words:
                    found.append(f"{path.name}:{node.lineno}")
    assert found == []


def test_a_first_extraction_pauses_the_collector_and_later_ones_do_not() -> None:
    import gc

    from finparse.kinds import REGISTRY, Registry

    registry = Registry(tuple(REGISTRY))
    options = registry.options({})
    seen: list[bool] = []
    kind = registry["percent"]
    real = kind.extract

    def spy(text: str, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real(text, **kwargs)  # type: ignore[arg-type]

    object.__setattr__(registry, "_plain", tuple(
        (name, spy if name == "percent" else run, is_argument, i)
        for name, run, is_argument, i in registry._plain))
    assert [m.text for m in registry.extract("up 5%", ("percent",), options=options)] == ["5%"]
    assert [m.text for m in registry.extract("up 6%", ("percent",), options=options)] == ["6%"]
    assert seen == [False, True] and gc.isenabled()
