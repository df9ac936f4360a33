"""Linear time on adversarial input, for each kind alone and for all kinds.

Each case times ``extract`` on a unit repeated to a small size and to ten
times that (``tests/linear.py``: the larger may take at most 25 times as
long). No absolute time is asserted. ``tests/test_linear_time.py`` covers
other inputs at 100 KB and 1 MB.

Tiers:

* default: every input below at its own small size (1 KB to 20 KB, so that
  the slow ones stay quick), for the first kind it stresses (for each of
  them in the ``slow`` tier; the costliest inputs, ``SLOW_ONLY``, only
  there); floods of blank and
  invisible characters at 10 KB and 100 KB (100 KB and 1 MB in the ``slow``
  tier); plain ``pytest`` scales these sizes down (``tests/linear.py``);
* ``pytest -m exhaustive``: every input with every kind and with all kinds
  at 10 KB and 100 KB, then every input with all kinds at 100 KB and 1 MB
  (about ten minutes on two cores; on demand, not in CI).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from linear import assert_grows_linearly

import finparse

#: The on-demand tier: deselected unless ``-m exhaustive`` selects it.
exhaustive = pytest.mark.exhaustive

ALL = "all"
KIND_IDS = ("money", "percent", "time", "triple", ALL)

#: name -> (unit repeated, kinds it stresses, small size of the default tier)
UNITS: dict[str, tuple[str, tuple[str, ...], int]] = {
    "1,1,1,": ("1,", ("money", "time"), 10_000),
    "1.1.1.": ("1.", ("money", "percent"), 10_000),
    "-5-5-5": ("-5", ("money", "percent"), 5_000),
    "$$$$": ("$", ("money",), 10_000),
    "( ( (": ("( ", ("money", "triple"), 10_000),
    "%%%%": ("%", ("percent",), 1_000),
    "percent percent": ("percent ", ("percent",), 5_000),
    "million million": ("million ", ("money",), 10_000),
    "between between": ("between ", ("money", "percent", "time"), 10_000),
    "from 5 to": ("from 5 to ", ("money", "percent", "time"), 2_000),
    "- - -": ("- ", (ALL,), 10_000),
    "Q1 Q2 Q3 Q4": ("Q1 Q2 Q3 Q4 ", ("time",), 2_000),
    "month names": ("January February March April ", ("time",), 2_000),
    "year year": ("year ", ("time",), 1_000),
    "1st 2nd": ("1st 2nd ", ("time",), 1_000),
    "half half": ("half ", ("time", "money"), 1_000),
    "2021-22": ("2021-22 ", ("time", "money"), 2_000),
    "two-way quotes": ("3.50/70 pct and 6-1/2, 3/8 pct ", ("percent",), 4_000),
    "listed numbers": ("rose 2.6 or 2.7 per cent and 1,850 and 1,880 dlrs, ", ("percent", "money"), 4_000),
    "arabic-indic digits": ("\u0661\u0662\u0663,\u0664 ", ("money", "percent"), 5_000),
    "fullwidth digits": ("\uff11\uff12\uff05 ", ("percent", "money"), 2_000),
    "capitalised words": ("Kestrel Orvane Holdings ", ("triple",), 10_000),
    "of the of the": ("of the ", ("triple",), 10_000),
    "said said": ("said ", ("triple",), 5_000),
    "U.S. U.S.": ("U.S. ", ("triple",), 10_000),
    "Inc. Inc.": ("Inc. ", ("triple",), 10_000),
    "one long sentence": ("Orvane Holdings and Kestrel Ltd with ", ("triple",), 5_000),
    "no spaces": ("abcdefghijklmnopqrstuvwxyz", (ALL,), 20_000),
}

#: Floods that every kind skips quickly: run at 10 KB and 100 KB by default, 100 KB and
#: 1 MB in the slow tier.
FLOODS: dict[str, str] = {
    "spaces": " ",
    "newlines": "\n",
    "carriage returns": "\r\n",
    "no-break spaces": "\u00a0",
    "zero-width spaces": "\u200b",
    "combining marks": "a" + "\u0301" * 50,
    "right-to-left": "\u05d0\u05d1\u05d2 ",
    "lone surrogates": "\ud800",
    "dashes": "-",
}


def extractor(kind: str, prefix: str = "") -> Callable[[str], object]:
    kinds = None if kind == ALL else kind

    def run(text: str) -> object:
        return finparse.extract(prefix + text, kinds=kinds, ref_date="2025-09-27")

    return run


@pytest.fixture(scope="module", autouse=True)
def _warm_up() -> None:
    finparse.extract("Orvane Ltd paid $5 million, up 3% in Q3 2021, from 15-25 dollars.",
                     ref_date="2025-09-27")


#: Inputs the quick suite leaves to the slow tier: those that cost the time
#: grammar most per character (a tenth to a fifth of a second each, at the
#: smallest size that still tells quadratic from linear), where it keeps
#: "2021-22" for the time grammar and "arabic-indic digits" for digits other
#: than ASCII; "from 5 to", where it keeps "between between"; and the units
#: that tests/test_linear_time.py repeats with all kinds in the quick suite.
SLOW_ONLY = {"Q1 Q2 Q3 Q4", "year year", "1st 2nd", "half half", "month names",
             "fullwidth digits", "from 5 to",
             "$$$$", "( ( (", "percent percent", "million million", "of the of the", "no spaces"}


def _default_cases() -> list[object]:
    # the quick suite times each input but those of SLOW_ONLY with the first
    # kind it stresses; the slow tier every input with each of its kinds
    return [pytest.param(name, kind, id=f"{name}-{kind}",
                         marks=[pytest.mark.slow] if k or name in SLOW_ONLY else [])
            for name, (_, kinds, _) in UNITS.items() for k, kind in enumerate(kinds)]


@pytest.mark.parametrize(("name", "kind"), _default_cases())
def test_grows_linearly(name: str, kind: str) -> None:
    unit, _, small = UNITS[name]
    assert_grows_linearly(extractor(kind), unit, small)


@pytest.mark.parametrize("name", list(FLOODS))
@pytest.mark.parametrize("size", [10_000, pytest.param(100_000, marks=pytest.mark.slow)],
                         ids=["quick", "megabyte"])
def test_floods_grow_linearly(name: str, size: int) -> None:
    # the quick suite goes to 25 KB; the slow tier (FINPARSE_SIZES=full) to 1 MB
    assert_grows_linearly(extractor(ALL), FLOODS[name], size)


# -- regressions: inputs that were quadratic ---------------------------------------------------


@pytest.mark.parametrize("kind", ["time", ALL])
def test_thousands_groups(kind: str) -> None:
    # The count before a time unit was not atomic: "1,000,000,..." backtracked.
    assert_grows_linearly(extractor(kind, prefix="1"), ",000", 20_000)


@pytest.mark.parametrize("kind", ["triple", ALL])
def test_many_verbs_in_one_sentence(kind: str) -> None:
    # "Inc." before a capitalised name does not end a sentence, so this is one
    # sentence; every verb used to read the clause to its end.
    assert_grows_linearly(extractor(kind), "Orvane Corp bought Kestrel Inc. ", 5_000)


@pytest.mark.parametrize("unit", ["it bought ", "it said it bought "])
def test_pronoun_chains(unit: str) -> None:
    # In one long sentence, each pronoun subject used to look for its
    # antecedent from the sentence start.
    assert_grows_linearly(extractor("triple"), unit, 5_000)


# -- the opt-in tiers --------------------------------------------------------------------------


@exhaustive
@pytest.mark.parametrize("kind", KIND_IDS)
@pytest.mark.parametrize("name", [*UNITS, *FLOODS])
def test_every_input_every_kind(name: str, kind: str) -> None:
    unit = UNITS[name][0] if name in UNITS else FLOODS[name]
    assert_grows_linearly(extractor(kind), unit, 10_000)


@exhaustive
@pytest.mark.parametrize("name", list(UNITS))
def test_every_input_to_a_megabyte(name: str) -> None:
    assert_grows_linearly(extractor(ALL), UNITS[name][0], 100_000)
