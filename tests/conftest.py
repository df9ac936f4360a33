"""Configuration of the tests under ``tests/``.

The objects that exist once the tests are collected (thousands of test
items, the test modules, their tables) live to the end of the run: they are
moved out of the garbage collector's reach (``gc.freeze``), and full
collections come ten times less often than by default, so that the collector
does not scan the grammars, caches and reports of the run again and again
(it took a tenth of the quick suite's time). Tests that need a collection
call ``gc.collect()`` themselves.
"""

from __future__ import annotations

import gc

import pytest

_THRESHOLD = gc.get_threshold()


def pytest_configure(config: pytest.Config) -> None:
    young, middle, old = _THRESHOLD
    gc.set_threshold(young, middle, 10 * old)


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.collect()
    gc.freeze()


def pytest_unconfigure(config: pytest.Config) -> None:
    gc.set_threshold(*_THRESHOLD)
