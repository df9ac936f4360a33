"""A search for super-linear time: short units of the grammars' own words, repeated.

The fixed adversarial inputs (``test_adversarial.py``, ``test_triples_linear.py``)
cover the shapes someone thought of. This module looks for the others: it
draws random short units from finparse's own tables (``finparse/data/*.tsv``:
currency symbols, codes, names and forms, scale words, percent units,
qualifiers, time words and holidays, verbs of change, deal and speech, levels,
entity suffixes and nouns, abbreviations) and from what finance text puts
between them (numbers in several scripts and groupings, separators, brackets,
quotes, dotted abbreviations, apostrophes, commas), repeats each unit to ``n``,
``2n`` and ``4n`` characters, and times ``finparse.extract`` for one kind on
each. The growth exponent is ``log2(t(4n) / t(2n))``: 1 for linear time, 2 for
quadratic. Times are CPU times of this process (``time.process_time``), the
best of a few calls with the garbage collector off, at sizes chosen so that
the shortest call takes some milliseconds; an exponent above
:data:`THRESHOLD` is measured again, with more calls, before it counts.

* ``tests/robustness/test_complexity.py`` runs a short search in the test
  suite (a fixed seed, a few units per kind, some seconds);
* the command line runs a longer one on demand and prints the worst units
  per kind (exit status 1 when a confirmed exponent is above the threshold)::

      python -m tests.robustness.complexity --minutes 10 --seed 7
      python -m tests.robustness.complexity --kinds triple --unit "Kestrel's "

Run it from the repository root, with finparse importable.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import finparse
from finparse.kinds import REGISTRY

__all__ = [
    "KINDS",
    "THRESHOLD",
    "Growth",
    "Shape",
    "check",
    "confirm",
    "extractor",
    "measure",
    "search",
    "shape",
    "shapes",
    "unit",
    "vocabulary",
]

KINDS = REGISTRY.names

#: A confirmed exponent above this fails the test (1 is linear, 2 quadratic).
THRESHOLD = 1.2

#: The reference date of every call, so that relative dates do not vary.
REF_DATE = "2025-09-27"

#: Text with every kind of mention, to compile the grammars before timing.
WARM_UP = ("Orvane Ltd paid $5 million, up 3% in Q3 2021. Kestrel's unit bought Vexa Oyj "
           "(NYSE: VX), raising its stake.")

DATA = Path(finparse.__file__).resolve().parent / "data"

#: table -> the columns that hold forms (cells may list several, "|"-separated)
TABLES: dict[str, dict[str, tuple[int, ...]]] = {
    "currency": {"currency_symbols": (0,), "currency_forms": (0,), "currencies": (0,),
                 "currency_names": (1, 2)},
    "scale": {"scales": (0,)},
    "percent": {"percent_units": (0,), "qualifiers": (0,)},
    "time": {"time_words": (0,), "time_holidays": (0,)},
    "verb": {"triple_verbs": (1, 2, 3, 4, 5), "directions": (0,), "triple_speech": (0,),
             "levels": (0,)},
    "entity": {"entity_suffixes": (0,), "entity_nouns": (0,), "triple_abbreviations": (0,)},
}

#: Names and pronouns, for subjects and objects.
NAMES = ("Kestrel", "Orvane", "Vexa Oyj", "Tamsin Okoro", "Acme", "it", "the company", "shares",
         "its unit", "ACM", "NYSE")

#: Digits of other scripts: Arabic-Indic, Devanagari, Bengali, fullwidth.
SCRIPTS = ("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
           "\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f",
           "\u09e6\u09e7\u09e8\u09e9\u09ea\u09eb\u09ec\u09ed\u09ee\u09ef",
           "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19")

#: What comes between words: spaces, separators, brackets, quotes, apostrophes.
GLUE = (" ", " ", " ", " ", "", ", ", ",", ". ", ".", "-", "\u2013", "/", ": ", "; ", "(", ")",
        " (", ") ", "()", "[", "]", '"', "'", "\u201c", "\u201d", "'s ", "\u2019s ", "\u00a0", "\n",
        " - ", "%", "$")

#: Pieces that are marks alone.
MARKS = (".", ",", "'", "-", "(", ")", "()", "[]", '"', "&", "+", "#", "*", "...", "?", "!")

#: The kinds of piece a unit is made of; each kind of mention has its own.
PIECES = ("currency", "scale", "percent", "time", "verb", "entity", "name", "number", "dotted",
          "mark")
FOCUS: dict[str, tuple[str, ...]] = {
    "money": ("currency", "scale", "number"),
    "percent": ("percent", "number"),
    "time": ("time", "number"),
    "triple": ("verb", "entity", "name", "dotted"),
}


def _forms(table: str, columns: tuple[int, ...]) -> set[str]:
    path = DATA / f"{table}.tsv"
    if not path.exists():  # a renamed table: the search goes on without it
        return set()
    forms: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        for column in columns:
            if column < len(cells):
                for form in cells[column].split("|"):
                    form = form.strip()
                    if form and form != "-" and len(form) <= 30:
                        forms.add(form)
    return forms


_VOCABULARY: dict[str, tuple[str, ...]] = {}


def vocabulary() -> dict[str, tuple[str, ...]]:
    """Forms from the shipped tables by kind of piece (sorted: the same draws in every run)."""
    if not _VOCABULARY:
        for piece, tables in TABLES.items():
            forms: set[str] = set()
            for table, columns in tables.items():
                forms |= _forms(table, columns)
            _VOCABULARY[piece] = tuple(sorted(forms))
    return _VOCABULARY


def _number(rng: random.Random) -> str:
    digits = rng.choice(SCRIPTS) if rng.random() < 0.3 else SCRIPTS[0]
    out = "".join(rng.choice(digits) for _ in range(rng.randint(1, 4)))
    shape = rng.randint(0, 5)
    if shape == 1:
        out += rng.choice(",.") + "".join(rng.choice(digits) for _ in range(rng.choice((1, 2, 3))))
    elif shape == 2:
        out = rng.choice(("-", "+", "(", "\u2212", "~")) + out
    elif shape == 3:
        out += rng.choice(("st", "th", "s", "'s", "-", "/", "-year", "bn", "m", "k", "pc"))
    return out


def _dotted(rng: random.Random) -> str:
    letters = "abcxyzUSN"
    return "".join(rng.choice(letters) + "." for _ in range(rng.randint(1, 3)))


def _piece(rng: random.Random, kind: str) -> str:
    if kind == "number":
        return _number(rng)
    if kind == "dotted":
        return _dotted(rng)
    if kind == "mark":
        return rng.choice(MARKS)
    if kind == "name":
        return rng.choice(NAMES)
    forms = vocabulary().get(kind) or NAMES
    return rng.choice(forms)


def unit(rng: random.Random, focus: str | None = None) -> str:
    """One random unit: one to four pieces and what comes between them.

    With ``focus`` (a kind of mention), one piece is of that kind's own
    (a currency, scale or number for money; a time word or number for time).
    """
    count = rng.randint(1, 4)
    kinds = [rng.choice(PIECES) for _ in range(count)]
    if focus is not None:
        kinds[rng.randrange(count)] = rng.choice(FOCUS[focus])
    out = []
    for kind in kinds:
        out.append(_piece(rng, kind))
        out.append(rng.choice(GLUE))
    return "".join(out)


#: A unit and the text put once before and after its repetitions.
Shape = tuple[str, str, str]


def shape(rng: random.Random, focus: str | None = None) -> Shape:
    """A unit (see :func:`unit`), and half the time a clause around its repetitions.

    The prefix and suffix give the unit something to attach to: "Acme
    bought " + "a." * n + "ab", "Acme" + "()" * n + " bought shares".
    """
    text_unit = unit(rng, focus)
    if rng.random() < 0.5:
        return "", text_unit, ""
    name, verb = rng.choice(NAMES), _piece(rng, "verb")
    prefix = rng.choice(("", f"{name} ", f"{name}", f"{name} {verb} ", f"{verb} "))
    suffix = rng.choice(("", ".", "ab", f" {verb} {name}.", f" {verb} shares"))
    return prefix, text_unit, suffix


def shapes(seed: int, count: int, focus: str | None = None) -> list[Shape]:
    """``count`` shapes from a seeded generator (the same list for the same arguments)."""
    rng = random.Random(seed)
    return [shape(rng, focus) for _ in range(count)]


# -- measuring ---------------------------------------------------------------------------------


def extractor(kind: str) -> Callable[[str], object]:
    """``finparse.extract`` for one kind (``"all"`` for every kind)."""
    kinds = None if kind == "all" else kind

    def run(text: str) -> object:
        return finparse.extract(text, kinds=kinds, ref_date=REF_DATE)

    run(WARM_UP)  # compile the grammars before timing
    return run


def _best(fn: Callable[[str], object], text: str, repeat: int) -> float:
    """The least CPU time of ``repeat`` calls ``fn(text)``, with the collector off.

    Only the young generations are collected first: a full collection costs
    more than the timed calls in a process that holds as much as a test run.
    """
    best = math.inf
    enabled = gc.isenabled()
    gc.collect(1)
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.process_time()
            fn(text)
            best = min(best, time.process_time() - start)
            if best > 0.5:
                break  # a long call is timed well enough once
    finally:
        if enabled:
            gc.enable()
    return best


@dataclass(frozen=True)
class Growth:
    """The times of one function on one unit repeated ``counts`` times."""

    unit: str
    kind: str
    counts: tuple[int, int, int]
    times: tuple[float, float, float]
    prefix: str = ""
    suffix: str = ""

    def text(self, count: int) -> str:
        """The unit repeated ``count`` times, between the prefix and the suffix."""
        return self.prefix + self.unit * count + self.suffix

    @property
    def exponent(self) -> float:
        """``log2(t(4n) / t(2n))``: about 1 for linear time, 2 for quadratic."""
        return _exponent(self.times[1], self.times[2])

    @property
    def first_exponent(self) -> float:
        """``log2(t(2n) / t(n))``, less reliable (a fixed cost weighs more at ``n``)."""
        return _exponent(self.times[0], self.times[1])

    def describe(self) -> str:
        chars = [c * len(self.unit) for c in self.counts]
        times = ", ".join(f"{t * 1000:.1f} ms" for t in self.times)
        shape = _shape_text(self.prefix, self.unit, self.suffix) if self.prefix or self.suffix \
            else f"{self.unit!r} x n"
        return (f"{self.kind} on {shape}, n = {self.counts[0]}/{self.counts[1]}/{self.counts[2]} "
                f"({chars[0]}/{chars[1]}/{chars[2]} chars): {times}; exponent "
                f"{self.exponent:.2f} ({self.first_exponent:.2f} from n to 2n)")


def _exponent(small: float, large: float) -> float:
    if large <= 0:
        return 0.0
    return math.log2(large / max(small, 1e-6))


def measure(fn: Callable[[str], object], text_unit: str, kind: str = "", *, prefix: str = "",
            suffix: str = "", floor: float = 0.01, max_chars: int = 400_000, repeat: int = 3,
            limit: float = 5.0) -> Growth:
    """Time ``fn`` on ``text_unit`` repeated to ``n``, ``2n`` and ``4n`` characters.

    ``prefix`` and ``suffix`` go before and after the repeated unit ("Acme
    bought " + "a." * n), once.

    ``n`` starts at a few hundred characters and doubles until a call takes
    ``floor`` seconds or ``4n`` would pass ``max_chars``. When ``2n`` already
    takes ``limit`` seconds (a steep growth), ``4n`` is not run and its time
    is extrapolated from the growth between ``n`` and ``2n``.
    """
    shape = Growth(text_unit, kind, (0, 0, 0), (0.0, 0.0, 0.0), prefix, suffix)
    count = max(1, 500 // len(text_unit))
    t1 = _best(fn, shape.text(count), repeat)
    while t1 < floor and 8 * count * len(text_unit) <= max_chars:
        count *= 2
        t1 = _best(fn, shape.text(count), repeat)
    t2 = _best(fn, shape.text(2 * count), repeat)
    if t2 > limit:
        t4 = t2 * (t2 / max(t1, 1e-6))
    else:
        t4 = _best(fn, shape.text(4 * count), repeat)
    return Growth(text_unit, kind, (count, 2 * count, 4 * count), (t1, t2, t4), prefix, suffix)


def confirm(fn: Callable[[str], object], growth: Growth, *, repeat: int = 5) -> Growth:
    """``growth`` measured again at ``2n`` and ``4n``, keeping the best time of each size.

    A pause of the machine slows one timing; a super-linear growth is slow on
    every try.
    """
    _, c2, c4 = growth.counts
    t2 = min(growth.times[1], _best(fn, growth.text(c2), repeat))
    t4 = min(growth.times[2], _best(fn, growth.text(c4), max(1, repeat // 2)))
    return replace(growth, times=(growth.times[0], t2, t4))


def check(fn: Callable[[str], object], text_unit: str, kind: str, *, prefix: str = "",
          suffix: str = "", threshold: float = THRESHOLD, floor: float = 0.01,
          max_chars: int = 400_000) -> Growth:
    """:func:`measure`, then :func:`confirm` when the exponent passes ``threshold``."""
    growth = measure(fn, text_unit, kind, prefix=prefix, suffix=suffix, floor=floor,
                     max_chars=max_chars)
    if growth.exponent > threshold:
        growth = confirm(fn, growth)
    return growth


# -- the search --------------------------------------------------------------------------------


def _shape_text(prefix: str, text_unit: str, suffix: str) -> str:
    return f"{prefix!r} + {text_unit!r} x n + {suffix!r}"


def search(kinds: Sequence[str], seed: int, seconds: float, *, threshold: float = THRESHOLD,
           report: Callable[[str], None] = print) -> tuple[dict[str, list[Growth]], list[str]]:
    """Random shapes, for ``seconds``, for each kind in turn.

    Returns every growth measured, by kind, and the exceptions raised (an
    exception is a finding too). ``report`` gets a line for each exception
    and each confirmed exponent above ``threshold`` as it is found.
    """
    rng = random.Random(seed)
    runs = {kind: extractor(kind) for kind in kinds}
    found: dict[str, list[Growth]] = {kind: [] for kind in kinds}
    errors: list[str] = []
    seen: set[tuple[str, Shape]] = set()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for kind in kinds:
            prefix, text_unit, suffix = drawn = shape(
                rng, None if rng.random() < 0.3 or kind == "all" else kind)
            if (kind, drawn) in seen:
                continue
            seen.add((kind, drawn))
            try:
                growth = check(runs[kind], text_unit, kind, prefix=prefix, suffix=suffix,
                               threshold=threshold)
            except Exception as error:  # the search goes on; the error is a finding
                errors.append(f"{kind} on {_shape_text(*drawn)}: {type(error).__name__}: {error}")
                report(f"exception: {errors[-1]}")
                continue
            found[kind].append(growth)
            if growth.exponent > threshold:
                report(f"super-linear: {growth.describe()}")
            if time.monotonic() >= deadline:
                break
    return found, errors


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.robustness.complexity",
        description="Search for inputs on which finparse.extract grows faster than linearly.")
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to search (default 10)")
    parser.add_argument("--seed", type=int, default=None, help="seed of the units (default: random)")
    parser.add_argument("--kinds", default=",".join(KINDS),
                        help="kinds to time, comma-separated; 'all' is every kind at once")
    parser.add_argument("--top", type=int, default=5, help="worst units shown per kind (default 5)")
    parser.add_argument("--threshold", type=float, default=THRESHOLD,
                        help=f"exponent that counts as super-linear (default {THRESHOLD})")
    parser.add_argument("--unit", action="append", default=[],
                        help="time this unit instead of searching (repeatable)")
    parser.add_argument("--prefix", default="", help="text before the repeated --unit")
    parser.add_argument("--suffix", default="", help="text after the repeated --unit")
    args = parser.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    bad = [k for k in kinds if k not in (*KINDS, "all")]
    if bad:
        parser.error(f"unknown kind {bad[0]!r}; choose from {', '.join(KINDS)}, all")
    if args.unit:
        worst = 0.0
        for kind in kinds:
            fn = extractor(kind)
            for text_unit in args.unit:
                growth = check(fn, text_unit, kind, prefix=args.prefix, suffix=args.suffix,
                               threshold=args.threshold)
                worst = max(worst, growth.exponent)
                print(growth.describe(), flush=True)
        return 1 if worst > args.threshold else 0
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    print(f"searching {args.minutes:g} min, seed {seed}, kinds {', '.join(kinds)}", flush=True)
    found, errors = search(kinds, seed, 60 * args.minutes, threshold=args.threshold,
                           report=lambda line: print(line, flush=True))
    failed = bool(errors)
    for kind, growths in found.items():
        growths.sort(key=lambda g: g.exponent, reverse=True)
        over = sum(g.exponent > args.threshold for g in growths)
        failed = failed or over > 0
        print(f"\n{kind}: {len(growths)} units, {over} above {args.threshold}; the worst:")
        for growth in growths[: args.top]:
            print("  " + growth.describe())
    if errors:
        print(f"\n{len(errors)} exceptions:", *errors, sep="\n  ")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
