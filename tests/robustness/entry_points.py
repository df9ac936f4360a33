"""The public entry points that the robustness tests run, in one place."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from finparse.core import Parser

__all__ = ["PARSERS", "public_parsers"]


def public_parsers() -> dict[str, Callable[[], Parser[Any]]]:
    """The parsers finparse exports, by name (built on first use)."""
    from finparse import money, numbers, percent, timewindow

    return {
        "money.money": lambda: money.money,
        "money.money_parser(decimal_mark=',')": lambda: money.money_parser(
            money.MoneyOptions(decimal_mark=",")),
        "money.qualifier()": money.qualifier,
        "money.currency_unit('prefix')": lambda: money.currency_unit("prefix"),
        "money.currency_unit('suffix')": lambda: money.currency_unit("suffix"),
        "numbers.digits": lambda: numbers.digits,
        "numbers.number": lambda: numbers.number,
        "numbers.numeral": lambda: numbers.numeral,
        "numbers.scale": lambda: numbers.scale,
        "numbers.number_words": lambda: numbers.number_words,
        "percent.percentage": lambda: percent.percentage,
        "percent.percentages()": percent.percentages,
        "percent.percent_unit()": percent.percent_unit,
        "timewindow.time_window": lambda: timewindow.time_window,
        "timewindow.time_spec": lambda: timewindow.time_spec,
        "timewindow.duration": lambda: timewindow.duration,
        "timewindow.date": lambda: timewindow.date,
        **core_parsers(),
    }


@functools.cache
def _core() -> dict[str, Parser[Any]]:
    from finparse.core import (
        alt,
        anchored,
        followed_by,
        lexicon,
        lit,
        many,
        not_followed_by,
        opt,
        regex_parser,
        sep_by,
        seq,
    )

    # ASCII digits: int() does not read every Unicode digit that \d matches
    # (Nag Mundari digits are newer than Python 3.11's Unicode tables)
    num = regex_parser(r"[0-9]+", int, description="digits")
    words = lexicon({"USD": 1, "US$": 2, "dollars": 3, "per cent": 4, "stra\u00dfe": 5,
                     "\u0130stanbul": 6, "\u212aelvin": 7})
    amount = regex_parser(r"(?:about )?\$\d+(?:\.\d+)?")
    return {
        "core.lexicon(casefold)": words,
        "core.lexicon(exact, no boundary)": lexicon(["$", "US$", "\u00a0", "ab", "abc"],
                                                    casefold=False, boundary=False),
        "core.sep_by": sep_by(num, ", ", min=1),
        "core.seq(opt, many, alt)": seq(opt(lit("about ")), many(lit("very "), max=3),
                                        alt(amount, seq(num, lit("%")))),
        "core.lookahead": seq(num, followed_by("%"), not_followed_by(" points")),
        "core.anchored": anchored(amount, r"\d", reach=8),
        "core.map/bind": (num << lit("x")).map(lambda n: n * 2).bind(
            lambda v, s, e: (v, e)).desc("a doubled count").spanned(),
    }


def core_parsers() -> dict[str, Callable[[], Parser[Any]]]:
    """Parsers composed with each combinator of :mod:`finparse.core`."""
    return {name: functools.partial(_core().__getitem__, name) for name in _core()}


PARSERS = public_parsers()
