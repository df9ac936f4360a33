"""Decimal arithmetic that does not depend on the caller's decimal context.

Amounts are exact :class:`~decimal.Decimal` values, and the arithmetic that
makes them (a number times its scale word, a count of years, a sum of
number words) must not round or raise because the calling program lowered
``decimal.getcontext().prec`` or trapped something. Every public entry
point that computes runs in :data:`EXACT` instead, a private context with
room for any number written in a news text; a number too long even for it
is not read as a number.
"""

from __future__ import annotations

import decimal
import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

__all__ = ["EXACT", "exact"]

P = ParamSpec("P")
R = TypeVar("R")

#: 400 significant digits, exponents far beyond any amount; invalid
#: operations, division by zero and overflow raise (and are caught where a
#: candidate mention is built, which then is not a mention).
EXACT = decimal.Context(
    prec=400,
    rounding=decimal.ROUND_HALF_EVEN,
    Emin=-999_999,
    Emax=999_999,
    capitals=1,
    clamp=0,
    flags=[],
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)


def exact(fn: Callable[P, R]) -> Callable[P, R]:
    """Run ``fn`` in the :data:`EXACT` decimal context.

    >>> import decimal
    >>> @exact
    ... def triple(x: decimal.Decimal) -> decimal.Decimal:
    ...     return x * 3
    >>> with decimal.localcontext(prec=2):
    ...     triple(decimal.Decimal("12345"))
    Decimal('37035')
    """

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with decimal.localcontext(EXACT):
            return fn(*args, **kwargs)

    return run
