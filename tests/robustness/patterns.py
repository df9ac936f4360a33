"""A static audit of regular expressions for nested unbounded quantifiers.

What it checks: a group repeated by a quantifier that can repeat it more
than once (``*``, ``+``, ``{n,}``, ``{n,m}`` with ``m > 1``), greedy or lazy
(not possessive), that is not atomic itself and contains an unbounded
quantifier (``*``, ``+``, ``{n,}``, not possessive) outside any atomic group
or lookaround inside it. ``(a+)+`` and ``(?:x\\s*y)*`` are findings;
``(?>a+)+``, ``(?:a++)+``, ``(?:a+)++`` and ``(?:a{1,3})+`` are not. A call
of a named group (``(?&name)``) counts as the body of that group.

What it does not check: repeated alternatives that overlap (``(?:a|ab)*``),
large bounded repeats, nor backtracking across a sequence of unbounded
quantifiers (``\\s*\\s*x``); the adversarial-input tests time those.

>>> nested_quantifiers(r"(a+)+b")
[(0, '(a+)+')]
>>> nested_quantifiers(r"(?:x\\s*y)*")
[(0, '(?:x\\\\s*y)*')]
>>> nested_quantifiers(r"(?>a+)+|(?:a++)*|(?:a+)++|(?:a{1,3})+|(?:a+)?")
[]
>>> nested_quantifiers(r"(?:(?&w) )+(?(DEFINE)(?P<w>\\w+))")
[(0, '(?:(?&w) )+')]

Run as a script, it prints (as JSON) every pattern that finparse compiles
while it imports its modules, builds its public parsers and extracts every
kind from a few texts with several option sets; the audit test runs it in a
fresh process so that patterns compiled at import time are seen too.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any

import regex

__all__ = ["collect_patterns", "nested_quantifiers"]


@dataclass
class _Frame:
    start: int
    atomic: bool = False  # atomic group or lookaround: protects what is inside
    name: str | None = None
    free: bool = False  # holds an unprotected unbounded quantifier


def _class_end(p: str, i: int) -> int:
    """Index just past the character class that starts at ``p[i] == '['``."""
    j = i + 1
    if j < len(p) and p[j] == "^":
        j += 1
    if j < len(p) and p[j] == "]":
        j += 1
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[" and p.startswith("[:", j):
            end = p.find(":]", j + 2)
            if end != -1:
                j = end + 2
                continue
        if c == "]":
            return j + 1
        j += 1
    return len(p)


def _escape_end(p: str, i: int) -> int:
    """Index just past the escape that starts at ``p[i] == '\\\\'``."""
    j = i + 1
    if j >= len(p):
        return j
    c = p[j]
    if c in "pPNxuUgk" and j + 1 < len(p) and p[j + 1] in "{<":
        close = "}" if p[j + 1] == "{" else ">"
        end = p.find(close, j + 2)
        return len(p) if end == -1 else end + 1
    return j + 1


def _quantifier(p: str, i: int) -> tuple[int, int | None, str, int] | None:
    """(min, max or None, mode, end) for a quantifier at ``p[i]``, or None."""
    c = p[i : i + 1]
    hi: int | None
    if c and c in "*+?":
        lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
        j = i + 1
    elif c == "{":
        close = p.find("}", i)
        parts = p[i + 1 : close].split(",") if close != -1 else []
        if not 1 <= len(parts) <= 2 or not all(x.isdigit() or x == "" for x in parts):
            return None
        if parts[-1] == "" and (len(parts) == 1 or parts[0] == ""):
            return None  # "{}", "{,}": a literal brace
        lo = int(parts[0] or 0)
        hi = lo if len(parts) == 1 else (int(parts[1]) if parts[1] else None)
        j = close + 1
    else:
        return None
    mode = "greedy"
    if p[j : j + 1] == "?":
        mode, j = "lazy", j + 1
    elif p[j : j + 1] == "+":
        mode, j = "possessive", j + 1
    return lo, hi, mode, j


def _group_open(p: str, i: int) -> tuple[str, int, str | None]:
    """What the ``(`` at ``p[i]`` opens: (kind, index past the opening, name).

    Kinds: "skip" (a comment or inline flags: no group), "call" (a
    backreference or subroutine call, ``name`` is the group called),
    "atomic" (atomic group or lookaround) and "group" (any other).
    """
    rest = p[i + 1 :]
    close = p.find(")", i)
    past_close = len(p) if close == -1 else close + 1
    if rest.startswith("?#"):
        return "skip", past_close, None
    for prefix in ("?&", "?P>", "?P="):
        if rest.startswith(prefix):
            return "call", past_close, p[i + 1 + len(prefix) : close]
    if rest.startswith(("?R", "?0", "?+", "?-")) or (rest[1:2].isdigit() and rest[:1] == "?"):
        return "call", past_close, None
    if rest.startswith(("?>", "?=", "?!", "?|")):
        return ("group" if rest[1] == "|" else "atomic"), i + 3, None
    if rest.startswith(("?<=", "?<!")):
        return "atomic", i + 4, None
    if rest.startswith(("?P<", "?<")):
        name_at = i + 1 + (3 if rest.startswith("?P<") else 2)
        name_end = p.index(">", name_at)
        return "group", name_end + 1, p[name_at:name_end]
    if rest.startswith("?("):
        return "group", p.index(")", i + 2) + 1, None
    if rest.startswith("?"):
        j = i + 2
        while j < len(p) and p[j] not in ":)":
            j += 1
        if j < len(p) and p[j] == ")":
            return "skip", j + 1, None  # (?i): flags for the rest
        return "group", j + 1, None
    return "group", i + 1, None


def _scan(p: str, called: dict[str, bool]) -> tuple[list[tuple[int, str]], dict[str, bool]]:
    """Findings in ``p`` and, per named group, whether its body is free."""
    findings: list[tuple[int, str]] = []
    named: dict[str, bool] = {}
    stack = [_Frame(0)]
    # What a quantifier would apply to: (start, free, atomic).
    last: tuple[int, bool, bool] | None = None

    def commit() -> None:
        nonlocal last
        if last is not None and last[1]:
            stack[-1].free = True
        last = None

    i = 0
    while i < len(p):
        c = p[i]
        q = _quantifier(p, i) if last is not None else None
        if q is not None and last is not None:
            _lo, hi, mode, end = q
            start, inner_free, atomic = last
            possessive = mode == "possessive"
            if (hi is None or hi > 1) and not possessive and inner_free and not atomic:
                findings.append((start, p[start:end]))
            if not possessive and (inner_free or hi is None):
                stack[-1].free = True
            last = None
            i = end
            continue
        commit()
        if c == "\\":
            last, i = (i, False, False), _escape_end(p, i)
        elif c == "[":
            last, i = (i, False, False), _class_end(p, i)
        elif c == "(":
            kind, after, name = _group_open(p, i)
            if kind == "call":
                last = (i, called.get(name or "", False), False)
            elif kind != "skip":
                stack.append(_Frame(i, atomic=kind == "atomic", name=name))
            i = after
        elif c == ")":
            frame = stack.pop() if len(stack) > 1 else _Frame(i)
            if frame.name is not None:
                named[frame.name] = frame.free
            last = (frame.start, frame.free and not frame.atomic, frame.atomic)
            i += 1
        elif c == "|":
            i += 1
        else:
            last, i = (i, False, False), i + 1
    commit()
    return findings, named


def nested_quantifiers(pattern: str) -> list[tuple[int, str]]:
    """Each repeated group holding an unprotected unbounded quantifier: (offset, text)."""
    called: dict[str, bool] = {}
    for _ in range(4):  # calls of calls: iterate to a fixed point
        findings, named = _scan(pattern, called)
        if named == called:
            break
        called = named
    return findings


# -- collecting what finparse compiles --------------------------------------------------------

#: Texts written for this audit: every kind, ranges, ellipsis, fiscal years.
SAMPLES = (
    "Harbin Vale Corp said on Monday it bought a 12% stake in Osk Ltd for about $1.2 billion, "
    "up from 3 pct a year earlier; sales rose 4.5% to EUR 310 mln in the third quarter of 2024.",
    "Profit climbed to 101.1 mln dlrs from 87.4 mln, or between 15 and 20 cents a share, in FY2024.",
    "Over the past three months, shares fell 0.3 percentage points and 25 bps since Jan. 3, 2025.",
    "Tamsin Okoro, chief executive of Fenwick Mills Inc. (NYSE: FWM), will spin off the paper unit "
    "next year, while Qorvex AG was acquired by Lune Partners for C$5-6 billion in H1 2023.",
    "It cost 1.234,56 kr, \u20ac 7,5 Mio., \u00a53 trillion, Rs 12,34,567 and 50 cents during the "
    "weekend before Christmas, two years ago, year-to-date and in the second half of fiscal 2026.",
)


def collect_patterns() -> list[str]:
    """Every pattern string finparse compiles while exercising its entry points."""
    import regex._main as regex_main

    main: Any = regex_main  # the module's private compile step

    seen: dict[str, None] = {}
    original = main._compile

    def recording(pattern: object, flags: object, *args: object, **kwargs: object) -> object:
        if isinstance(pattern, str):
            seen.setdefault(pattern, None)
        return original(pattern, flags, *args, **kwargs)

    main._compile = recording
    try:
        _exercise()
    finally:
        main._compile = original
    return list(seen)


def leaves(parser: Any) -> list[Any]:
    """Every leaf under ``parser`` (each once), whether or not a text reaches it."""
    from finparse.core import _Leaf

    found: dict[int, Any] = {}
    stack = [parser]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, _Leaf):
            found[id(node)] = node
        stack.extend(node._children())
    return list(found.values())


def _exercise() -> None:
    import datetime as dt
    import importlib
    import pkgutil
    from pathlib import Path

    import finparse
    from finparse import Extractor
    from finparse.core import Parser

    for module in pkgutil.iter_modules(finparse.__path__):
        if module.name != "__main__":
            importlib.import_module(f"finparse.{module.name}")
    from finparse import money, numbers, percent, timewindow
    from finparse.entities import known_names_pattern
    from finparse.sentences import sentence_spans

    seed = Path(__file__).resolve().parents[2] / "seeds" / "alibaba_ai_investment.txt"
    texts = [*SAMPLES, seed.read_text(encoding="utf-8")]
    extractors = [
        Extractor(),
        Extractor(decimal_mark=",", currency_defaults={"$": "CAD", "kr": None}, fiscal_year_start=4),
        Extractor(decimal_mark=".", currency_forms={"Bs.F": "VEF"},
                  extra_verbs={"spin off": "spin off", "snapped up": "buy"},
                  extra_entities=["Osk Ltd", ("Tamsin Okoro", "person")]),
    ]
    for ex in extractors:
        for text in texts:
            ex.extract(text, ref_date=dt.date(2025, 9, 27))
            ex.extract(text)
    parsers: list[Parser[Any]] = [
        money.money, money.qualifier(), money.currency_unit("prefix"), money.currency_unit("suffix"),
        numbers.digits, numbers.number, numbers.number_words, numbers.numeral, numbers.scale,
        percent.percentage, percent.percentages(), percent.percent_unit(),
        timewindow.time_window, timewindow.time_spec, timewindow.duration, timewindow.date,
    ]
    for parser in parsers:
        parser._scanner()  # the scanning pattern (reading .pattern compiles nothing)
        for leaf in leaves(parser):  # leaves compile on first run: compile them all
            regex.compile(leaf._fragment)
        for text in texts:
            for _m in parser.finditer(text):
                pass
    known_names_pattern()
    for text in texts:
        sentence_spans(text)


if __name__ == "__main__":
    json.dump(collect_patterns(), sys.stdout)
