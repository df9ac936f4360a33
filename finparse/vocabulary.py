"""The words several kinds share, built from the tables in ``finparse/data``.

A grammar that needs words another kind also reads takes them from here, so
each list is written once and every kind reads it the same way:

* number words (``data/number_words.tsv``): :func:`number_words`,
  :func:`spellings`;
* scale words and suffixes (``data/scales.tsv``): :func:`scale_words`,
  :func:`word_scales`;
* fractions in words and slashed (``data/fractions.tsv``): :func:`fractions`,
  and the vulgar fraction signs (:data:`VULGAR_FRACTIONS`, values Unicode
  gives);
* qualifiers (``data/qualifiers.tsv``): :func:`qualifiers`;
* the unit words of each kind, by class (``data/percent_units.tsv``,
  ``data/scales.tsv``, ``data/unit_words.tsv``): :func:`percent_forms`,
  :func:`unit_words`, :func:`unit_pattern`.

The last are the overlap between kinds, stated once: "1.6 mln shares" is no
money and "March 10 pct" no date because a unit of another kind follows the
number, and each grammar asks :func:`unit_pattern` for the classes it must
not swallow.

The module is public inside the package (finparse's own modules import it)
and is not part of ``finparse.__all__``. No other module reads these tables.
Every list is read on first use and cached; importing reads nothing.

>>> from finparse.vocabulary import VULGAR_FRACTIONS, number_words, qualifiers
>>> qualifiers()["more than"], qualifiers()["about"]
('min', 'approximate')
>>> VULGAR_FRACTIONS["\u00be"], number_words()["forty"]
(Decimal('0.75'), 40)
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import NamedTuple

from finparse._data import rows
from finparse.core import trie_pattern

__all__ = [
    "UNIT_CLASSES",
    "VULGAR_FRACTIONS",
    "PercentForm",
    "fractions",
    "number_words",
    "percent_forms",
    "qualifiers",
    "scale_words",
    "spellings",
    "unit_pattern",
    "unit_words",
    "word_scales",
]

#: The vulgar fraction signs ("5\u00be%", "8\u215bp") and their values: the
#: quarters, the thirds (rounded to ten places) and the eighths. Unicode
#: fixes these values, so they are written here rather than in a table.
#: Money reads only those of an exact value (no thirds); percentages read
#: them all; a count of time the halves and quarters.
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
    ``"min"``, ``"max"`` or ``"exact"``). Money and percentages read them alike.

    >>> from finparse.vocabulary import qualifiers
    >>> qualifiers()["up to"]
    'max'
    """
    return MappingProxyType({row[0]: row[1] for row in rows("qualifiers.tsv")})


# -- numbers -------------------------------------------------------------------------------


@functools.cache
def number_words() -> Mapping[str, int]:
    """The cardinal words below a hundred of ``data/number_words.tsv`` and
    their values, in the table's order ("zero" to "ninety", with both
    spellings of forty). Larger numbers are built from them
    (:func:`finparse.numbers.read_words`).

    >>> from finparse.vocabulary import number_words
    >>> number_words()["seventeen"], number_words()["fourty"]
    (17, 40)
    >>> [w for w, n in number_words().items() if n < 3]
    ['zero', 'one', 'two']
    """
    return MappingProxyType({row[0]: int(row[1]) for row in rows("number_words.tsv")})


@functools.cache
def spellings() -> Mapping[int, str]:
    """The usual spelling of each value of :func:`number_words` (the first
    the table lists), for patterns that spell each number once.

    >>> from finparse.vocabulary import spellings
    >>> spellings()[40], [spellings()[n] for n in range(10, 13)]
    ('forty', ['ten', 'eleven', 'twelve'])
    """
    spelled: dict[int, str] = {}
    for word, value in number_words().items():
        spelled.setdefault(value, word)
    return MappingProxyType(spelled)


@functools.cache
def scale_words() -> Mapping[str, tuple[int, bool]]:
    """Scale forms from ``data/scales.tsv``: form -> (multiplier, case-sensitive).

    >>> from finparse.vocabulary import scale_words
    >>> scale_words()["bn"], scale_words()["Cr"]
    ((1000000000, False), (10000000, True))
    """
    table: dict[str, tuple[int, bool]] = {}
    for row in rows("scales.tsv"):
        table[row[0]] = (int(row[1]), len(row) > 2 and row[2] == "cs")
    return MappingProxyType(table)


@functools.cache
def word_scales() -> Mapping[str, int]:
    """The scales spelled as one word ("thousand", "billion", "crore"; not
    "bn" nor "lakh crore") and their multipliers, in the table's order:
    those that number words read ("two million") and that "a" may precede.

    >>> from finparse.vocabulary import word_scales
    >>> word_scales()["million"], "mln" in word_scales(), "lakh" in word_scales()
    (1000000, False, True)
    """
    return MappingProxyType(
        {w: m for w, (m, _) in scale_words().items() if len(w) > 3 and w.isalpha()}
    )


@functools.cache
def fractions(cls: str = "word") -> Mapping[str, Decimal]:
    """The fractions of class ``cls`` in ``data/fractions.tsv``: ``"word"``
    ("a quarter", "two thirds", "half a") or ``"slash"`` ("3/4"), each form
    in lower case with single spaces, mapped to its value.

    >>> from finparse.vocabulary import fractions
    >>> fractions()["three quarters"], fractions("slash")["1/2"]
    (Decimal('0.75'), Decimal('0.5'))
    """
    if cls not in ("word", "slash"):
        raise ValueError(f"no fraction class {cls!r}: 'word' or 'slash'")
    return MappingProxyType({row[0]: Decimal(row[1]) for row in rows("fractions.tsv") if row[2] == cls})


# -- the units of each kind ------------------------------------------------------------------


class PercentForm(NamedTuple):
    """A row of ``data/percent_units.tsv``: a written unit of percentages."""

    form: str  #: as written ("pct", "basis points")
    unit: str  #: ``"percent"``, ``"percentage_point"`` or ``"basis_point"``
    case: str  #: ``"ci"`` (any case) or ``"cs"`` (as written)
    glue: str  #: ``"any"``, ``"glued"`` or ``"fraction"`` (see the table)


@functools.cache
def percent_forms() -> tuple[PercentForm, ...]:
    """The percent units of ``data/percent_units.tsv``, in the table's order.

    >>> from finparse.vocabulary import percent_forms
    >>> percent_forms()[0]
    PercentForm(form='%', unit='percent', case='cs', glue='any')
    """
    return tuple(PercentForm(*row[:4]) for row in rows("percent_units.tsv"))


#: The classes of unit words :func:`unit_pattern` knows: the percent unit
#: (the ``percent`` forms of ``percent_units.tsv``), scales (``scales.tsv``;
#: ``"scale-word"`` leaves out the single letters "m", "k", "b") and the
#: classes of ``unit_words.tsv``.
UNIT_CLASSES = ("percent", "scale", "scale-word", "currency", "count", "part", "measure", "rate")


@functools.cache
def unit_words(cls: str) -> tuple[str, ...]:
    """The words of one class of :data:`UNIT_CLASSES`, in their table's order.

    >>> from finparse.vocabulary import unit_words
    >>> unit_words("currency")
    ('dlrs', 'dollars', 'cents', 'cts')
    >>> unit_words("percent")[:4]
    ('%', '\uff05', 'percent', 'per cent')
    """
    if cls == "percent":
        return tuple(f.form for f in percent_forms() if f.unit == "percent")
    if cls in ("scale", "scale-word"):
        return tuple(w for w in scale_words() if cls == "scale" or len(w) > 1)
    if cls not in UNIT_CLASSES:
        raise ValueError(f"no unit class {cls!r}; the classes are {', '.join(UNIT_CLASSES)}")
    return tuple(row[0] for row in rows("unit_words.tsv") if row[1] == cls)


@functools.cache
def unit_pattern(*classes: str) -> str:
    """The pattern of a unit word of any of ``classes`` (see :data:`UNIT_CLASSES`).

    A grammar that must not read a number of another kind writes it in a
    negative lookahead after the number: "March 10 pct" is no date, "$12 40
    per share" has no cents. Each class keeps its own case rules: percent
    and scale forms as their tables say ("pc" and "Cr" only as written,
    single-letter scales only when no letter, digit, "/", "&" or
    apostrophe follows), the other classes in any case. Words end at a
    word boundary; a word may be glued to the number before it ("10pct").

    >>> import regex
    >>> from finparse.vocabulary import unit_pattern
    >>> units = regex.compile(unit_pattern("percent", "count"))
    >>> [m.group() for m in units.finditer("5 PCT, 6 per  cent, 7pc, 8 PC, 9 shares, 10 sharers")]
    ['PCT', 'per  cent', 'pc', 'shares']
    >>> regex.fullmatch(unit_pattern("scale"), "bln") is not None
    True
    """
    if not classes:
        raise ValueError("unit_pattern needs at least one class")
    # one trie of the words matched in any case and one of those matched as
    # written, whatever the classes: each trie checks its word end once
    ci: list[str] = []
    cs: list[str] = []
    single = ""
    for cls in classes:
        if cls == "percent":
            forms = [f for f in percent_forms() if f.unit == "percent"]
            ci += [f.form for f in forms if f.case == "ci"]
            cs += [f.form for f in forms if f.case == "cs"]
        elif cls in ("scale", "scale-word"):
            table = scale_words()
            ci += [w for w, (_, case) in table.items() if not case and len(w) > 1]
            cs += [w for w, (_, case) in table.items() if case and len(w) > 1]
            if cls == "scale":
                # A single letter ("5m", "$54K") must not start an abbreviation ("1 B/.").
                letters = "".join(sorted(w for w in table if len(w) == 1))
                single = rf"(?i:[{letters}])(?![\p{{L}}\p{{M}}\p{{N}}/&'\u2019])"
        else:
            ci += unit_words(cls)
    parts = [f"(?i:{trie_pattern(ci)})" if ci else "", trie_pattern(cs) if cs else "", single]
    return f"(?:{'|'.join(p for p in parts if p)})"
