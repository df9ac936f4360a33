"""What the triple tests read: every triple of a text, with its money, percent
and time mentions found first (as :func:`finparse.extract` does), and the
(subject, action, object) rows of those triples."""

from __future__ import annotations

import finparse
from finparse.triples import Triple, extract_triples


def triples(text: str) -> list[Triple]:
    """The triples of ``text``."""
    return extract_triples(text, finparse.extract(text, kinds=["money", "percent", "time"]))


def rows(text: str) -> list[tuple[str, str, str]]:
    """(subject, action, object) of each triple of ``text``, in order."""
    return [(t.subject, t.action, t.object) for t in triples(text)]
