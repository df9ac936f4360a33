"""The word lists several kinds share, built from the tables in ``finparse/data``.

A grammar that needs words another kind also reads takes them from here, so
each list is written once and every kind reads it the same way. The module is
public inside the package (finparse's own modules import it) and is not part
of ``finparse.__all__``. Every list is read on first use and cached.

>>> from finparse.vocabulary import VULGAR_FRACTIONS, qualifiers
>>> qualifiers()["more than"], qualifiers()["about"]
('min', 'approximate')
>>> VULGAR_FRACTIONS["\u00be"]
Decimal('0.75')
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType

from finparse._data import rows

__all__ = ["VULGAR_FRACTIONS", "qualifiers"]

#: The vulgar fraction signs ("5\u00be%", "8\u215bp") and their values: the
#: quarters, the thirds (rounded to ten places) and the eighths. Money reads
#: only those of an exact value (no thirds); percentages read them all.
VULGAR_FRACTIONS: Mapping[str, Decimal] = MappingProxyType(
    {
        "\u00bc": Decimal("0.25"), "\u00bd": Decimal("0.5"), "\u00be": Decimal("0.75"),
        "\u2153": Decimal("0.3333333333"), "\u2154": Decimal("0.6666666667"),
        "\u215b": Decimal("0.125"), "\u215c": Decimal("0.375"), "\u215d": Decimal("0.625"),
        "\u215e": Decimal("0.875"),
    }
)


@functools.cache
def qualifiers() -> Mapping[str, str]:
    """The qualifiers of ``data/qualifiers.tsv`` ("about", "more than", "up to"):
    each phrase as the table writes it, mapped to its effect (``"approximate"``,
    ``"min"``, ``"max"`` or ``"exact"``). Money and percentages read them alike."""
    return {row[0]: row[1] for row in rows("qualifiers.tsv")}
