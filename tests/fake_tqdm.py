"""A stand-in for ``tqdm.tqdm`` shared by the progress-bar tests.

The ``fake_tqdm`` fixture puts it in ``sys.modules`` as the ``tqdm`` module,
so that code asking for a bar gets one that records what it was told.
"""

from __future__ import annotations

import sys
import types
from typing import Any, ClassVar

import pytest


class FakeBar:
    """Records its options, the progress counted and the lines written."""

    made: ClassVar[list[FakeBar]] = []
    written: ClassVar[list[str]] = []

    def __init__(self, **options: Any) -> None:
        self.options = options
        self.count = 0
        self.closed = False
        FakeBar.made.append(self)

    def update(self, n: int) -> None:
        self.count += n

    def write(self, line: str, file: Any = None) -> None:
        FakeBar.written.append(line)

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def fake_tqdm(monkeypatch: pytest.MonkeyPatch) -> type[FakeBar]:
    FakeBar.made, FakeBar.written = [], []
    monkeypatch.setitem(sys.modules, "tqdm", types.SimpleNamespace(tqdm=FakeBar))
    return FakeBar
