"""Module attributes built on first use, so that importing builds nothing.

A module whose public parsers are costly to build (their patterns compile on
first use, but composing them reads tables and writes large tries) declares
them with a type annotation only and lets :func:`lazy_attributes` make its
``__getattr__``: the first access builds the value once and stores it in the
module, so later accesses are plain attribute reads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_attributes"]


def lazy_attributes(
    namespace: dict[str, Any], builders: Mapping[str, Callable[[], Any]]
) -> Callable[[str], Any]:
    """A module ``__getattr__`` building ``builders[name]()`` on first access.

    ``namespace`` is the module's ``globals()``. Threads that ask at the same
    time share one build.

    >>> space = {"__name__": "demo"}
    >>> getattr_ = lazy_attributes(space, {"answer": lambda: 6 * 7})
    >>> getattr_("answer"), space["answer"]
    (42, 42)
    >>> getattr_("question")
    Traceback (most recent call last):
      ...
    AttributeError: module 'demo' has no attribute 'question'
    """
    lock = threading.Lock()

    def __getattr__(name: str) -> Any:
        build = builders.get(name)
        if build is None:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        with lock:
            if name not in namespace:
                namespace[name] = build()
        return namespace[name]

    return __getattr__
