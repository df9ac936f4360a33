"""Uniform options: one frozen dataclass per kind, checked in one place.

Every kind of the registry has an options type deriving from
:class:`finparse.model.KindOptions`; its fields are the kind's settings, the
:class:`finparse.Extractor` keyword arguments of the same names. The public
``extract_*`` functions take one as ``options=`` or its fields as keyword
shorthands, never both.
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import inspect
from pathlib import Path
from typing import Any

import pytest
from sources import nodes

from finparse import Extractor
from finparse.kinds import REGISTRY
from finparse.model import KindOptions
from finparse.money import MoneyOptions
from finparse.percent import PercentOptions, extract_percent
from finparse.timewindow import TimeOptions, extract_time
from finparse.triples import TripleOptions, extract_triples

PACKAGE = Path(__file__).resolve().parents[1] / "finparse"


@pytest.mark.parametrize("kind", REGISTRY, ids=lambda k: k.name)
def test_each_kind_has_a_frozen_options_dataclass(kind: Any) -> None:
    cls = kind.option_class()
    assert issubclass(cls, KindOptions) and cls is not KindOptions
    assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    options = cls()
    for field in dataclasses.fields(cls):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(options, field.name, getattr(options, field.name))
    assert hash(options) == hash(cls()) and options == cls()
    assert kind.settings == cls.settings() == tuple(f.name for f in dataclasses.fields(cls))


def test_the_extractor_takes_every_setting_of_every_kind() -> None:
    keywords = set(inspect.signature(Extractor).parameters) - {"kinds", "timeout"}
    settings = {name for kind in REGISTRY for name in kind.settings}
    assert keywords == settings


@pytest.mark.parametrize(
    ("cls", "settings", "fragment"),
    [
        (MoneyOptions, {"decimal_mark": ";"}, "';'"),
        (MoneyOptions, {"currency_forms": {"Bs.F": "XYZ"}}, "XYZ"),
        (MoneyOptions, {"currency_defaults": "USD"}, "'USD'"),
        (TimeOptions, {"fiscal_year_start": 0}, "got 0"),
        (TimeOptions, {"fiscal_year_start": True}, "True"),
        (TripleOptions, {"extra_verbs": {"snap up": 5}}, "5"),
        (TripleOptions, {"extra_verbs": {" ": "snap"}}, "a form must be a non-empty str"),
        (TripleOptions, {"extra_entities": [("Orbis", "planet")]}, "planet"),
        (TripleOptions, {"coreference": "yes"}, "'yes'"),
    ],
)
def test_a_bad_setting_is_a_value_error_naming_it(
    cls: type[KindOptions], settings: dict[str, Any], fragment: str
) -> None:
    with pytest.raises(ValueError, match=fragment.replace(".", r"\.").replace("(", r"\(")):
        cls.from_settings(**settings)
    with pytest.raises(ValueError):
        Extractor(**settings)


def test_made_directly_or_from_settings_the_options_are_the_same() -> None:
    assert MoneyOptions.from_settings(currency_forms={"Bs.F": "VEF"}) == MoneyOptions(
        currency_forms=(("Bs.F", "VEF"),))
    assert TripleOptions.from_settings(extra_verbs={"Snap Up": "snap up"}) == TripleOptions(
        extra_verbs=(("snap   up", "Snap Up"),))
    assert TripleOptions(extra_entities=("Orbis",)).extra_entities == (("Orbis", "org"),)
    assert TimeOptions.of(None, fiscal_year_start=None) == TimeOptions()
    with pytest.raises(ValueError, match="None"):
        TimeOptions.from_settings(fiscal_year_start=None)


def test_unknown_settings_are_a_type_error() -> None:
    for cls in (MoneyOptions, PercentOptions, TimeOptions, TripleOptions):
        with pytest.raises(TypeError):
            cls.from_settings(colour="blue")


TEXT = "Kestrel Group will snap up Orbis for $5 mln in FY2024, up 3%."


def test_options_or_keywords_give_the_same_result() -> None:
    ref = dt.date(2025, 9, 27)
    assert extract_time(TEXT, ref, fiscal_year_start=10) == extract_time(
        TEXT, ref, options=TimeOptions(10))
    assert extract_time(TEXT, ref, fiscal_year_start=10)[0].start_date == dt.date(2023, 10, 1)
    verbs = {"snap up": "snap up"}
    assert extract_triples(TEXT, extra_verbs=verbs) == extract_triples(
        TEXT, options=TripleOptions.from_settings(extra_verbs=verbs))
    assert [t.action for t in extract_triples(TEXT, extra_verbs=verbs)] == ["snap up"]
    assert extract_percent(TEXT, options=PercentOptions()) == extract_percent(TEXT)


def test_options_and_keywords_together_or_options_of_another_kind_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="not both"):
        extract_time(TEXT, None, options=TimeOptions(4), fiscal_year_start=4)
    with pytest.raises(TypeError, match="not both"):
        extract_triples(TEXT, options=TripleOptions(), coreference=False)
    with pytest.raises(TypeError, match="TimeOptions"):
        extract_time(TEXT, None, options=TripleOptions())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="PercentOptions"):
        extract_percent(TEXT, options=TimeOptions())  # type: ignore[arg-type]


def test_the_extractor_passes_coreference_to_triples() -> None:
    text = "Kestrel Group said the company bought Orbis."
    (on,) = Extractor(kinds="triple").extract(text)
    (off,) = Extractor(kinds="triple", coreference=False).extract(text)
    assert on.subject == "Kestrel Group"
    assert off.subject == "the company"


def test_no_function_takes_options_as_arbitrary_keywords() -> None:
    loose = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in nodes(path):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.args.kwarg:
                if "option" in node.args.kwarg.arg or "setting" in node.args.kwarg.arg:
                    loose.append((path.name, node.name, node.args.kwarg.arg))
    # only the base's generic entries; each kind's options name their settings
    assert sorted(loose) == [("model.py", "from_settings", "settings"), ("model.py", "of", "settings")]
