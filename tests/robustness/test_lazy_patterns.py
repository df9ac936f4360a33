"""Module-level patterns compiled on first use (``finparse.core.LazyPattern``).

A module keeps a pattern that many texts never need as a ``LazyPattern``:
importing the module compiles nothing, and the first use compiles it. These
tests pin that a lazy pattern finds what its compiled pattern finds, that
import and a first extraction of the seed leave the unneeded ones
uncompiled, that ``Extractor.prepare()`` compiles them all, and that each
passes the static audit of ``patterns.py`` (which sees only the patterns a
run compiles).
"""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import regex

import finparse
from finparse.core import LazyPattern, prepare_patterns

from .patterns import nested_quantifiers
from .test_pattern_audit import ACCEPTED

SEED = Path(__file__).resolve().parents[2] / "seeds" / "alibaba_ai_investment.txt"

TEXTS = [
    "",
    "Revenue rose 12% to $3.4 billion in 1998, from 2.9 bln a year earlier.",
    "U.S. Steel Corp. said on Jan. 5 it would buy back 1,250,000 shares.\n\nNet: 7 1/2 pct points",
    "Prices in the euro zone fell 0.3 percentage point; AAA-rated BBB- bonds from 3/8 pct to 11 pct.",
    "L\u2019entreprise a vendu 3 millions d\u2019actions \u2014 \u00e9t\u00e9 2024 ; ABC-2 (12.5 %) 19-year-old.",
    "a. b. c.d.e. x\u00a0 in the second quarter  \n  MUSD 12, KEUR 4 from 1985's 121.3 mln",
]


def lazy_patterns() -> dict[str, LazyPattern]:
    """Every module-level LazyPattern of finparse, by qualified name."""
    found: dict[str, LazyPattern] = {}
    for info in pkgutil.iter_modules(finparse.__path__):
        if info.name == "__main__":
            continue
        try:
            module = importlib.import_module(f"finparse.{info.name}")
        except ImportError:  # an optional integration whose library is missing
            continue
        for name, value in vars(module).items():
            if isinstance(value, LazyPattern):
                found.setdefault(f"{module.__name__}.{name}", value)
    return found


def test_the_modules_keep_lazy_patterns() -> None:
    names = set(lazy_patterns())
    assert {"finparse.money._LEAD_DIGITS", "finparse.core._NAMES", "finparse.sentences._TOKEN",
            "finparse.percent._FRACTION_OFFER", "finparse.direction._IN_NOUN",
            "finparse.triples._CAPITALISED", "finparse.entities._APOSTROPHE"} <= names


@pytest.mark.parametrize("name", sorted(lazy_patterns()))
def test_a_lazy_pattern_finds_what_its_compiled_pattern_finds(name: str) -> None:
    lazy = lazy_patterns()[name]
    fresh = LazyPattern(lazy.pattern)  # (not compiled yet: the first call of each method compiles)
    compiled = regex.compile(lazy.pattern)

    def spans(found: Any) -> Any:
        return None if found is None else (found.span(), found.groups())

    for text in TEXTS:
        assert [spans(m) for m in fresh.finditer(text)] == [spans(m) for m in compiled.finditer(text)]
        assert fresh.findall(text) == compiled.findall(text)
        assert fresh.sub("#", text) == compiled.sub("#", text)
        for pos in range(0, len(text) + 1, 3):
            assert spans(fresh.match(text, pos)) == spans(compiled.match(text, pos))
            assert spans(fresh.search(text, pos)) == spans(compiled.search(text, pos))
            assert spans(fresh.fullmatch(text, pos)) == spans(compiled.fullmatch(text, pos))
            assert spans(lazy.search(text, pos)) == spans(compiled.search(text, pos))


@pytest.mark.parametrize("name", sorted(lazy_patterns()))
def test_a_lazy_pattern_passes_the_audit(name: str) -> None:
    pattern = lazy_patterns()[name].pattern
    found = {snippet for _, snippet in nested_quantifiers(pattern)}
    assert found <= set(ACCEPTED), sorted(found - set(ACCEPTED))


def test_the_first_use_compiles_once_and_keeps_the_methods() -> None:
    lazy = LazyPattern(r"(?P<y>(?:19|20)\d\d) never compiled before")
    assert lazy.pattern.startswith("(?P<y>") and not lazy.compiled
    found = lazy.search("in 1998 never compiled before")
    assert found is not None and found.group("y") == "1998"
    assert lazy.compiled
    kept = vars(lazy)
    assert set(kept) == {"match", "search", "fullmatch", "finditer", "findall", "sub"}
    assert kept["search"].__self__ is regex.compile(lazy.pattern)  # (the one compiled pattern)


def test_an_invalid_lazy_pattern_raises_when_first_used() -> None:
    lazy = LazyPattern("(unbalanced")
    with pytest.raises(regex.error):
        lazy.match("x")


def test_prepare_patterns_compiles_every_lazy_pattern_of_a_namespace() -> None:
    a, c = LazyPattern(r"a+b never compiled before"), LazyPattern(r"c\d")
    prepare_patterns({"a": a, "b": 3, "c": c})
    assert a.compiled and c.compiled


PROBE = r"""
import sys
import finparse
from finparse.core import LazyPattern
import finparse.money, finparse.percent, finparse.triples
names = lambda: sorted(f"{m.__name__}.{k}" for m in list(sys.modules.values())
                       if getattr(m, "__name__", "").startswith("finparse")
                       for k, v in list(vars(m).items()) if isinstance(v, LazyPattern) and v.compiled)
print(",".join(names()))
extractor = finparse.Extractor()
if sys.argv[2] == "prepared":
    extractor.prepare()
else:
    extractor.extract(open(sys.argv[1], encoding="utf-8").read(), ref_date="2025-09-27")
print(",".join(names()))
"""


@pytest.mark.parametrize("mode", ["first call", "prepared"])
def test_import_compiles_none_and_prepare_compiles_all(mode: str) -> None:
    done = subprocess.run([sys.executable, "-c", PROBE, str(SEED), mode], capture_output=True,
                          text=True, check=True, timeout=300)
    after_import, after = done.stdout.splitlines()
    assert after_import == ""
    compiled = set(after.split(",")) - {""}
    if mode == "prepared":
        assert compiled == set(lazy_patterns())
    else:  # the seed needs few of them
        assert "finparse.money._LEAD_DIGITS" not in compiled
        assert "finparse.core._NAMES" not in compiled
        assert "finparse.sentences._TOKEN" not in compiled
