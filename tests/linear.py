"""The linear-time check shared by the adversarial-input tests.

A function is timed on an input and on one ten times longer; the longer must
take no more than 25 times as long (10 is linear; the margin absorbs noise).
A failed comparison is timed again, twice at most, keeping the best times,
so that a pause of the machine does not fail it. Nothing asserts an absolute
time.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def best_time(fn: Callable[[str], object], text: str, repeat: int) -> float:
    """The shortest of ``repeat`` timed calls of ``fn(text)``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - start)
    return best


def assert_grows_linearly(fn: Callable[[str], object], unit: str, small_size: int) -> None:
    """``fn`` on ``unit`` repeated to ``small_size`` chars, then to ten times that."""
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
