"""finparse: structured facts from financial prose.

>>> import finparse
>>> [(m.kind, m.text) for m in finparse.extract("ARK Invest bought $16.3 million of shares.")]
[('triple', 'ARK Invest bought $16.3 million of shares'), ('money', '$16.3 million')]

Importing :mod:`finparse` is cheap: submodules, data tables and compiled
patterns load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from finparse._version import __version__

if TYPE_CHECKING:
    from finparse.batch import Result, extract_many
    from finparse.core import Match, ParseError, Parser
    from finparse.entities import Entity
    from finparse.extractor import Extractor, extract
    from finparse.kinds import KINDS
    from finparse.model import Mention, Money, Percent, Span
    from finparse.timewindow import TimeWindow
    from finparse.triples import Triple

__all__ = [
    "KINDS",
    "Entity",
    "Extractor",
    "Match",
    "Mention",
    "Money",
    "ParseError",
    "Parser",
    "Percent",
    "Result",
    "Span",
    "TimeWindow",
    "Triple",
    "__version__",
    "extract",
    "extract_many",
]

_LAZY = {
    "KINDS": "finparse.kinds",
    "Extractor": "finparse.extractor",
    "extract": "finparse.extractor",
    "extract_many": "finparse.batch",
    "Result": "finparse.batch",
    "Match": "finparse.core",
    "ParseError": "finparse.core",
    "Parser": "finparse.core",
    "Mention": "finparse.model",
    "Money": "finparse.model",
    "Percent": "finparse.model",
    "Span": "finparse.model",
    "TimeWindow": "finparse.timewindow",
    "Triple": "finparse.triples",
    "Entity": "finparse.entities",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'finparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
