"""Hypothesis strategies for hostile text: arbitrary Unicode and almost-valid finance.

* :data:`hostile_text` is any ``str`` Python can hold: lone surrogates,
  control characters, combining marks, right-to-left text, zero-width and
  no-break spaces, and very long tokens.
* :data:`almost_financial` is text built from the grammar's own pieces (every
  form in ``finparse/data/*.tsv``: currency symbols, codes and names, scale
  words, percent units, qualifiers, time words, verbs, directions, entity
  suffixes) and numbers written the ways finance writes them, then mutated:
  characters dropped or doubled, odd spaces, marks and punctuation inserted,
  digits swapped for other scripts' digits.

Each test tries 100 examples at full strength (``FINPARSE_EXAMPLES=full``)
and a tenth of that in the quick suite, as the other property tests do
(``tests/hypothesis_settings.py``).
"""

from __future__ import annotations

import functools
from pathlib import Path

from hypothesis import HealthCheck
from hypothesis import strategies as st
from hypothesis_settings import property_settings

import finparse

__all__ = ["SETTINGS", "almost_financial", "any_text", "hostile_text", "table_forms"]

SETTINGS = property_settings(100, HealthCheck.filter_too_much, HealthCheck.data_too_large,
                             HealthCheck.large_base_example)

DATA = Path(finparse.__file__).resolve().parent / "data"

#: Characters that trouble text processing, one of each kind.
ODD = (
    "\u00a0",  # no-break space
    "\u202f",  # narrow no-break space
    "\u2009",  # thin space
    "\u3000",  # ideographic space
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\ufeff",  # byte-order mark
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u0301",  # combining acute accent
    "\u20dd",  # combining enclosing circle
    "\u0645\u0644\u064a\u0648\u0646",  # Arabic "million"
    "\u05e9\u05f4\u05d7",  # Hebrew: shekel abbreviation
    "\ud800",  # a lone high surrogate
    "\udfff",  # a lone low surrogate
    "\x00",
    "\r",
    "\x0b",
    "\x1c",
    "\x85",  # next line
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\u2212",  # minus sign
    "\u2013",  # en dash
    "\u2014",  # em dash
    "\u2044",  # fraction slash
    "\uff05",  # fullwidth percent
    "\uff04",  # fullwidth dollar
    "\u00bd",  # vulgar half
    "\U0001f4b0",  # money bag emoji
    "\U0001d7d9",  # mathematical double-struck one
    "\u0130",  # capital I with dot (case folding changes length)
    "\u00df",  # sharp s (upper-cases to two letters)
    "\ufb01",  # fi ligature
    "\u212a",  # Kelvin sign (case-folds to k)
)

#: Digits of other scripts, to swap for ASCII ones.
OTHER_DIGITS = ("\u0660", "\u06f0", "\u0966", "\uff10", "\U0001d7ce", "\u1040")

NUMBER_WORDS = ("one", "two", "three", "ten", "twenty-five", "a hundred", "half", "a half",
                "one and a half", "forty", "a dozen", "zero", "nine hundred", "a quarter")

SEPARATORS = ("", " ", " ", " ", "  ", "\n", "\t", ",", ", ", ".", ". ", "-", "\u2013", "/",
              "(", ")", "'s ", ": ", "; ", "\u00a0")


@functools.cache
def table_forms() -> dict[str, tuple[str, ...]]:
    """Forms from the shipped tables, by table name (every non-empty cell, ``|`` split)."""
    out: dict[str, tuple[str, ...]] = {}
    for path in sorted(DATA.glob("*.tsv")):
        cells: set[str] = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            for cell in line.split("\t"):
                for form in cell.split("|"):
                    form = form.strip()
                    if form and form != "-" and len(form) <= 40:
                        cells.add(form)
        out[path.stem] = tuple(sorted(cells))
    return out


def _forms(*names: str) -> tuple[str, ...]:
    tables = table_forms()
    picked = sorted({form for name in names for form in tables.get(name, ())})
    # If a table is renamed, fall back to every form of every table.
    return tuple(picked) or tuple(sorted({f for forms in tables.values() for f in forms}))


@st.composite
def numbers(draw: st.DrawFn) -> str:
    """A number as finance writes it: groups, decimals, signs, words, fractions."""
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return draw(st.sampled_from(NUMBER_WORDS))
    value = draw(st.one_of(st.integers(0, 10**15), st.integers(0, 10**45)))
    digits = str(value)
    group = draw(st.sampled_from(["", ",", ".", " ", "\u00a0", "'", "\u202f"]))
    if group and draw(st.booleans()):
        parts: list[str] = []
        while len(digits) > 3:
            parts.insert(0, digits[-3:])
            digits = digits[:-3]
        parts.insert(0, digits)
        if kind == 1 and len(parts) > 2:  # Indian grouping: 12,34,567
            head = "".join(parts[:-1])
            indian = [head[-2:]] if len(head) > 2 else [head]
            rest = head[:-2]
            while rest:
                indian.insert(0, rest[-2:])
                rest = rest[:-2]
            parts = [*indian, parts[-1]]
        digits = group.join(parts)
    if draw(st.booleans()):
        digits += draw(st.sampled_from([".", ","])) + str(draw(st.integers(0, 999)))
    sign = draw(st.sampled_from(["", "", "-", "+", "\u2212", "(", "minus "]))
    tail = ")" if sign == "(" else ""
    if kind == 5:
        digits += draw(st.sampled_from(["/2", "1/2", " 3/4", "\u00bd", "th", "st", "s", "'s"]))
    return sign + digits + tail


@st.composite
def piece(draw: st.DrawFn) -> str:
    """One piece of financial text: a form from a table, a number or an odd character."""
    which = draw(st.integers(0, 11))
    if which <= 2:
        return draw(numbers())
    if which == 3:
        return draw(st.sampled_from(_forms("currency_symbols", "currency_forms", "currency_defaults")))
    if which == 4:
        return draw(st.sampled_from(_forms("currencies", "currency_names")))
    if which == 5:
        return draw(st.sampled_from(_forms("scales", "percent_units", "qualifiers")))
    if which == 6:
        return draw(st.sampled_from(_forms("time_words", "time_holidays")))
    if which == 7:
        return draw(st.sampled_from(_forms("triple_verbs", "triple_speech", "triple_modals",
                                           "triple_nominals", "directions", "direction_phrases")))
    if which == 8:
        return draw(st.sampled_from(_forms("entity_suffixes", "entity_names", "entity_nouns",
                                           "entity_exchanges", "triple_words", "levels")))
    if which == 9:
        return draw(st.sampled_from(ODD))
    if which == 10:
        return draw(st.sampled_from(("Kestrel", "Orvane", "Tamsin Okoro", "it", "the company",
                                     "Holdings", "Q3", "FY2024", "H1", "2021", "1H25", "2024/25")))
    # any form of any table
    return draw(st.sampled_from(_forms()))


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """``text`` with a few characters dropped, doubled, inserted or changed."""
    chars = list(text)
    for _ in range(draw(st.integers(0, 4))):
        if not chars:
            chars.append(draw(st.sampled_from(ODD)))
            continue
        i = draw(st.integers(0, len(chars) - 1))
        op = draw(st.integers(0, 5))
        if op == 0:
            del chars[i]
        elif op == 1:
            chars.insert(i, chars[i])
        elif op == 2:
            chars.insert(i, draw(st.sampled_from(ODD + SEPARATORS)))
        elif op == 3:
            chars[i] = chars[i].swapcase()
        elif op == 4 and chars[i].isdigit():
            chars[i] = draw(st.sampled_from(OTHER_DIGITS))
        else:
            chars[i] = draw(st.sampled_from(".,;:-()$%'\"/"))
    return "".join(chars)


@st.composite
def _almost_financial(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(piece(), max_size=24))
    out = []
    for p in pieces:
        out.append(p)
        out.append(draw(st.sampled_from(SEPARATORS)))
    return draw(mutated("".join(out)))


almost_financial = _almost_financial()


@st.composite
def long_token(draw: st.DrawFn) -> str:
    """A token repeated to a few thousand characters, inside some text."""
    unit = draw(st.one_of(piece(), st.text(min_size=1, max_size=3)))
    count = draw(st.integers(200, 3000)) // max(1, len(unit))
    return draw(st.sampled_from(["", "It cost ", "Up "])) + unit * max(1, count)


hostile_text = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(exclude_categories=()), max_size=200),  # surrogates too
    st.lists(st.sampled_from(ODD + SEPARATORS + tuple("0123456789$%")), max_size=60).map("".join),
    long_token(),
)

#: Either kind of text, for one property over both.
any_text = st.one_of(hostile_text, almost_financial)
