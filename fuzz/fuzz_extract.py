#!/usr/bin/env python3
"""Coverage-guided fuzzing of finparse with atheris (libFuzzer for Python).

Each input is decoded into a text and options: six header bytes choose the
entry point (``extract``, an :class:`~finparse.Extractor` with options, the
per-kind functions, or ``search`` / ``finditer`` / ``parse`` of a public
parser), the decimal mark, the fiscal-year start, an option preset, the
kinds and the reference date; the rest is the text, decoded by
``FuzzedDataProvider.ConsumeUnicode`` (ASCII, UTF-16 or UTF-32, so lone
surrogates and every plane come up). The target fails on any exception
(``ParseError`` from ``parse`` aside), on a span that does not read back as
its mention, and on ``to_dict()`` output that is not plain JSON.

Run it (see fuzz/README.md)::

    pip install atheris
    python fuzz/fuzz_extract.py -atheris_runs=20000 fuzz/corpus
    python fuzz/fuzz_extract.py -max_total_time=60 /tmp/fuzz-work fuzz/corpus

(libFuzzer adds new inputs to the first directory it is given: point it
at a scratch directory, with ``fuzz/corpus`` second, to keep the seeds as
they are.) Without atheris, ``--replay`` runs the seed corpus (or given
files) once, and ``--random-seconds N`` adds random inputs for N seconds::

    python fuzz/fuzz_extract.py --replay fuzz/corpus --random-seconds 30
    python fuzz/fuzz_extract.py --show crash-1234abcd   # the decoded input
    python fuzz/fuzz_extract.py --make-corpus fuzz/corpus  # rewrite the seeds

Known bugs (listed in ``KNOWN_BUGS``, each with a strict xfail test in
``tests/robustness``) are not reported as crashes, so that a short run in CI
looks for new ones; ``FUZZ_STRICT=1`` reports them too.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import os
import random
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

try:
    import atheris  # type: ignore[import-untyped, unused-ignore]
except ImportError:  # replay and random modes still work
    atheris = None

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
KINDS = ("money", "percent", "time", "triple")

#: Option sets for Extractor (the costly parts are built once per preset).
PRESETS: tuple[dict[str, Any], ...] = (
    {},
    {"currency_defaults": {"$": "CAD", "kr": None}},
    {"currency_forms": {"Bs.F": "VEF"}, "currency_defaults": {"$": None}},
    {"extra_verbs": {"spin off": "spin off", "snapped up": "buy"},
     "extra_entities": ["Orvane Ltd", ("Tamsin Okoro", "person")]},
    {"timeout": 120.0},
)

PARSERS = (
    "money.money", "money.qualifier", "money.currency_unit:prefix", "money.currency_unit:suffix",
    "numbers.digits", "numbers.number", "numbers.number_words", "numbers.numeral",
    "numbers.scale", "percent.percentage", "percent.percentages", "percent.percent_unit",
    "timewindow.time_window", "timewindow.time_spec", "timewindow.duration", "timewindow.date",
)
ENTRIES = ("extract", "Extractor", "extract_percent", "extract_time", "extract_triples",
           *(f"parser:{name}" for name in PARSERS))

#: Known bugs that the target does not stop on unless FUZZ_STRICT=1, each as
#: (description and the test that records it, predicate on (entry, exception)).
#: Empty today: the bugs found so far are fixed (see tests/robustness).
KNOWN_BUGS: tuple[tuple[str, Callable[[str, BaseException], bool]], ...] = ()


class Provider:
    """The part of ``atheris.FuzzedDataProvider`` used here, for runs without atheris.

    It reads the same bytes the same way: ``ConsumeBytes`` from the front,
    ``ConsumeUnicode`` from the front after one byte that picks ASCII (odd),
    UTF-16 (bit 1 set) or UTF-32 (folded into ``0..0x10FFFF``).
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def remaining_bytes(self) -> int:
        return len(self._data) - self._pos

    def ConsumeBytes(self, count: int) -> bytes:
        out = self._data[self._pos : self._pos + count]
        self._pos += len(out)
        return out

    def ConsumeUnicode(self, count: int) -> str:
        if count <= 0 or not self.remaining_bytes():
            return ""
        spec = self.ConsumeBytes(1)[0]
        if spec & 1:
            raw = self.ConsumeBytes(min(count, self.remaining_bytes()))
            return "".join(chr(b & 0x7F) for b in raw)
        width = 2 if spec & 2 else 4
        raw = self.ConsumeBytes(min(count * width, self.remaining_bytes()))
        units = [int.from_bytes(raw[i : i + width], "little")
                 for i in range(0, len(raw) - width + 1, width)]
        if width == 4:  # 21 bits, and past U+10FFFF the top plane bits dropped
            units = [u & 0x1FFFFF for u in units]
            units = [u & 0x10FFFF if u > 0x10FFFF else u for u in units]
        return "".join(map(chr, units))


class Case:
    """One decoded input: the entry point, its options and the text."""

    def __init__(self, data: bytes) -> None:
        fdp: Any = atheris.FuzzedDataProvider(data) if atheris else Provider(data)
        head = fdp.ConsumeBytes(6).ljust(6, b"\0")
        self.entry = ENTRIES[head[0] % len(ENTRIES)]
        self.decimal_mark = ("auto", ".", ",")[head[1] % 3]
        self.fiscal_year_start = 1 + head[1] // 3 % 12
        self.preset = head[2] % len(PRESETS)
        mask = head[3] & 0x0F
        chosen = [k for i, k in enumerate(KINDS) if mask >> i & 1]
        self.kinds: Any = None if not chosen else ",".join(chosen) if head[3] & 0x10 else chosen
        ordinal = 1 + int.from_bytes(head[4:6], "little") * 56 % dt.date.max.toordinal()
        day = dt.date.fromordinal(ordinal)
        refs = (None, day, day.isoformat(), dt.datetime(day.year, day.month, day.day),
                dt.date.min, dt.date.max)
        self.ref_date: Any = refs[(head[3] >> 5) % len(refs)]
        self.text: str = fdp.ConsumeUnicode(fdp.remaining_bytes())

    def __repr__(self) -> str:
        return (f"Case(entry={self.entry!r}, decimal_mark={self.decimal_mark!r}, "
                f"fiscal_year_start={self.fiscal_year_start}, preset={PRESETS[self.preset]!r}, "
                f"kinds={self.kinds!r}, ref_date={self.ref_date!r}, text={self.text!r})")


def encode(entry: str, text: str, *, decimal_mark: str = "auto", fiscal_year_start: int = 1,
           preset: int = 0, kinds: Sequence[str] = (), ref: int = 0) -> bytes:
    """Bytes that decode to this case (``ref``: 0 None, 1 a date, 2 ISO, 3 datetime...)."""
    mark = ("auto", ".", ",").index(decimal_mark)
    mask = sum(1 << KINDS.index(k) for k in kinds)
    head = bytes([ENTRIES.index(entry), mark + 3 * (fiscal_year_start - 1), preset,
                  mask | ref << 5, 0x2D, 0x33])
    if any(ord(ch) > 0xFFFF for ch in text):
        return head + b"\x00" + text.encode("utf-32-le", "surrogatepass")
    return head + b"\x02" + text.encode("utf-16-le", "surrogatepass")


@functools.cache
def _extractor(preset: int, decimal_mark: str, fiscal_year_start: int) -> Any:
    from finparse import Extractor

    return Extractor(decimal_mark=decimal_mark, fiscal_year_start=fiscal_year_start,
                     **PRESETS[preset])


@functools.cache
def _parser(name: str) -> Any:
    import importlib

    module, _, attr = name.partition(".")
    attr, _, arg = attr.partition(":")
    value = getattr(importlib.import_module(f"finparse.{module}"), attr)
    if arg:
        return value(arg)
    return value() if callable(value) and not hasattr(value, "finditer") else value


def _plain_json(value: object) -> bool:
    # Not a json round trip: that joins the halves of a surrogate pair.
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain_json(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain_json(v) for v in value)
    if isinstance(value, float):
        return math.isfinite(value)
    return value is None or isinstance(value, (str, int, bool))


def _check(text: str, found: Iterable[Any], mentions: bool = True) -> None:
    last = -1
    for m in found:
        if not (0 <= m.start < m.end <= len(text)) or text[m.start : m.end] != m.text:
            raise AssertionError(f"bad span {m.start}..{m.end} for {m.text!r}")
        if mentions:
            if m.start < last:
                raise AssertionError("mentions out of order")
            last = m.start
            d = m.to_dict()
            json.dumps(d, allow_nan=False)
            if not _plain_json(d):
                raise AssertionError(f"to_dict() is not plain JSON: {d!r}")


def run_case(case: Case) -> None:
    """Run one decoded input; raise on anything but a known bug."""
    import finparse

    text, entry = case.text, case.entry
    if entry == "extract":
        _check(text, finparse.extract(text, ref_date=case.ref_date, kinds=case.kinds))
    elif entry == "Extractor":
        ex = _extractor(case.preset, case.decimal_mark, case.fiscal_year_start)
        _check(text, ex.extract(text, ref_date=case.ref_date, kinds=case.kinds))
    elif entry == "extract_percent":
        from finparse.percent import extract_percent

        _check(text, extract_percent(text))
    elif entry == "extract_time":
        from finparse.timewindow import extract_time

        found = extract_time(text, case.ref_date, fiscal_year_start=case.fiscal_year_start)
        _check(text, found)
        for w in found:
            w.resolve(dt.date.max)
            w.resolve(dt.date.min)
    elif entry == "extract_triples":
        from finparse.triples import extract_triples

        options = {k: v for k, v in PRESETS[case.preset].items() if k.startswith("extra_")}
        mentions = finparse.extract(text, kinds=["money", "percent", "time"])
        _check(text, extract_triples(text, mentions, **options))
    else:
        parser = _parser(entry.removeprefix("parser:"))
        found = list(parser.finditer(text))
        _check(text, found, mentions=False)
        first = parser.search(text)
        if first != (found[0] if found else None):
            raise AssertionError("search() is not the first of finditer()")
        try:
            parser.parse(text)
        except finparse.ParseError:
            pass


def TestOneInput(data: bytes) -> None:
    case = Case(data)
    try:
        run_case(case)
    except Exception as exc:
        if os.environ.get("FUZZ_STRICT") != "1" and any(
                known(case.entry, exc) for _, known in KNOWN_BUGS):
            return
        sys.stderr.write(f"\n{case!r}\n")
        raise


def _inputs(paths: Iterable[str]) -> list[Path]:
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        files.extend(sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path])
    return files


def replay(paths: Iterable[str], random_seconds: float = 0.0, seed: int = 0) -> int:
    """Run every input file once, then random inputs for ``random_seconds``."""
    files = _inputs(paths)
    for path in files:
        TestOneInput(path.read_bytes())
    rng = random.Random(seed)
    seeds = [p.read_bytes() for p in files] or [b""]
    runs = 0
    stop = time.monotonic() + random_seconds
    while time.monotonic() < stop:
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 8)):  # a few byte-level mutations of a seed
            op = rng.randint(0, 3)
            at = rng.randint(0, len(data))
            if op == 0 or not data:
                data[at:at] = rng.randbytes(rng.randint(1, 16))
            elif op == 1:
                del data[at : at + rng.randint(1, 8)]
            elif op == 2:
                data[at : at + 1] = bytes([rng.randint(0, 255)])
            else:
                data[at:at] = data[: rng.randint(1, 64)] * rng.randint(1, 20)
        TestOneInput(bytes(data[:4096]))
        runs += 1
    print(f"replayed {len(files)} input(s) and {runs} random one(s): no failure")
    return 0


#: The modules that atheris instruments for coverage.
MODULES = ("core", "numbers", "currencies", "money", "direction", "percent", "timespec",
           "timewindow", "sentences", "entities", "triples", "model", "extractor")


def main(argv: list[str]) -> int:
    args = argv[1:]
    if args[:1] == ["--show"]:
        for path in _inputs(args[1:]):
            print(path, Case(path.read_bytes()))
        return 0
    if args[:1] == ["--make-corpus"]:
        make_corpus(args[1] if len(args) > 1 else str(CORPUS))
        return 0
    if "--replay" in args or atheris is None:
        if atheris is None and "--replay" not in args:
            print("atheris is not installed: replaying the seed corpus instead", file=sys.stderr)
        seconds, paths = 0.0, []
        rest = iter(args)
        for arg in rest:
            if arg == "--random-seconds":
                seconds = float(next(rest))
            elif arg.startswith("-max_total_time="):
                seconds = float(arg.partition("=")[2])
            elif not arg.startswith("-"):
                paths.append(arg)
        return replay(paths or [str(CORPUS)], seconds)
    import importlib

    with atheris.instrument_imports():
        for name in MODULES:
            importlib.import_module(f"finparse.{name}")
    atheris.Setup(argv, TestOneInput)
    atheris.Fuzz()
    return 0


#: Seeds written for finparse: (entry, text, options) for ``--make-corpus DIR``.
SEEDS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("extract", "Orvane Ltd paid about $5.5 million for 12% of Kestrel Holdings in Q3 2021.", {}),
    ("Extractor", "Sales rose 4.5% to EUR 40 mln over the past six months.", {"kinds": KINDS}),
    ("Extractor", "It cost 1.234,56 kr, or C$3-4 billion, in fiscal 2026.",
     {"decimal_mark": ",", "fiscal_year_start": 4, "preset": 1, "ref": 1}),
    ("Extractor", "Tamsin Okoro said Orvane Ltd snapped up Qorvex AG for \u00a53 trillion.",
     {"preset": 3, "ref": 2}),
    ("Extractor", "between 15 and 20 cents a share, down 25 bps since Sept. 27, 2025",
     {"preset": 4, "kinds": ("money", "percent"), "ref": 3}),
    ("extract_percent", "The jobless rate rose 0.3 points to 5.8%, or 3 pct on the year.", {}),
    ("extract_time", "year-to-date, the first half of 2024, two years ago, next Christmas", {"ref": 1}),
    ("extract_time", "FY2024/25, H2 9999, week 53, the 5th Monday of February", {"ref": 4}),
    ("extract_triples", "It said it bought it. He sold it. Orvane Ltd was acquired by Lune.",
     {"preset": 3}),
    ("parser:money.money", "$(1,234) and Rs 12,34,567 and 38 MUSD and 50c", {}),
    ("parser:numbers.number", "minus 1 234 567,89 and forty-two and a half million", {}),
    ("parser:timewindow.date", "Sept. 27, 2025 / 2025-09-27 / 14 March 2008", {}),
    ("parser:timewindow.duration", "2 years 3 months 9 days and half an hour", {}),
    ("parser:percent.percentages", "-9 % to 6% and 1/2 pct and \uff15\uff05", {}),
    ("extract", "\ud800$\u200b5\u00a0mln\u202e 3%\u0301 \u05d0\u05d1 2021\u201322 \U0001d7d9%", {}),
    ("extract", "1" + ",000" * 300 + " years", {}),
    ("extract", "Orvane Corp bought Kestrel Inc. " * 40, {}),
    ("extract", "( ( ( $$$$ percent percent million million of the of the " * 10, {}),
)


def make_corpus(directory: str) -> None:
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    for i, (entry, text, options) in enumerate(SEEDS):
        (out / f"seed-{i:02d}").write_bytes(encode(entry, text, **options))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
