"""Configuration of the tests under ``tests/``.

The objects that exist once the tests are collected (thousands of test
items, the test modules, their tables) live to the end of the run: they are
moved out of the garbage collector's reach (``gc.freeze``), and young and
full collections come ten times less often than by default, so that the
collector does not scan the grammars, caches and reports of the run again
and again (it took a tenth of the quick suite's time). Tests that need a
collection call ``gc.collect()`` themselves. At the end, garbage is
collected until none is left before pytest's own collections, which then
have nothing to scan.
"""

from __future__ import annotations

import gc

import pytest

_THRESHOLD = gc.get_threshold()


def pytest_configure(config: pytest.Config) -> None:
    young, middle, old = _THRESHOLD
    gc.set_threshold(10 * young, middle, 10 * old)


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.collect()
    gc.freeze()


def pytest_unconfigure(config: pytest.Config) -> None:
    # At exit, pytest collects garbage five times over (to report exceptions
    # raised in finalizers), each a full scan of what the run made: collect
    # until a collection finds nothing (what five would collect), then move
    # what is left out of reach, so that pytest's collections scan nothing.
    for _ in range(5):
        if not gc.collect():
            break
    gc.freeze()
    gc.set_threshold(*_THRESHOLD)
