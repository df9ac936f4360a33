"""The linear-time check shared by the adversarial-input tests.

A function is timed on an input and on one ten times longer; the longer must
take no more than 25 times as long (10 is linear; the margin absorbs noise).
A failed comparison is timed again, twice at most, keeping the best times,
so that a pause of the machine does not fail it. Nothing asserts an absolute
time.

The quick suite, plain ``pytest``, checks inputs an eighth of the size each
test names (at least 500 characters): the inputs that cost most per
character, where the time goes, still tell a quadratic growth from a linear
one at that size. ``FINPARSE_SIZES=full`` checks the sizes as named (CI
does).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

#: The share of each check's input size that the quick suite uses.
QUICK_SHARE = 8


def scaled(size: int, setting: str | None = None) -> int:
    """The input size a check uses, given the ``size`` it names.

    ``setting`` is the value of ``FINPARSE_SIZES`` (read from the
    environment when omitted).

    >>> scaled(20_000, ""), scaled(20_000, "full"), scaled(1_000, ""), scaled(300, "")
    (2500, 20000, 500, 300)
    """
    if setting is None:
        setting = os.environ.get("FINPARSE_SIZES", "")
    if setting == "full":
        return size
    if setting:
        raise ValueError(f"FINPARSE_SIZES must be 'full' or unset, got {setting!r}")
    return max(min(size, 500), size // QUICK_SHARE)


def best_time(fn: Callable[[str], object], text: str, repeat: int) -> float:
    """The shortest of ``repeat`` timed calls of ``fn(text)``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - start)
    return best


def assert_grows_linearly(fn: Callable[[str], object], unit: str, small_size: int) -> None:
    """``fn`` on ``unit`` repeated to ``small_size`` chars (see :func:`scaled`),
    then to ten times that."""
    small_size = scaled(small_size)
    small = (unit * (small_size // len(unit) + 1))[:small_size]
    large = (unit * (10 * small_size // len(unit) + 1))[: 10 * small_size]
    t_small, t_large = best_time(fn, small, 3), best_time(fn, large, 1)
    for _ in range(2):
        # A pause of the machine (another process, a garbage collection) can
        # slow one timing; super-linear growth is slow on every try.
        if t_large <= 25 * t_small + 0.05:
            return
        t_small = min(t_small, best_time(fn, small, 3))
        t_large = min(t_large, best_time(fn, large, 1))
    assert t_large <= 25 * t_small + 0.05, (t_small, t_large)
