"""Currency facts and the forms currencies take in text.

The ISO 4217 codes, minor-unit digits, English names and the symbols every
CLDR locale uses are generated from CLDR (``tools/gen_currencies.py``);
newswire abbreviations, policy for symbols that are also English words, and
defaults for ambiguous symbols such as ``$`` are hand-written tables beside
them in ``finparse/data``.

>>> from finparse.currencies import currency
>>> currency("JPY")
Currency(code='JPY', digits=0, active=True, name='Japanese yen')
>>> currency("usd").name
'US dollar'
"""

from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from finparse._data import rows, word_class

__all__ = [
    "Currency",
    "UnitForm",
    "UnitTable",
    "currencies",
    "currency",
    "default_unit_table",
]


@dataclass(frozen=True, slots=True)
class Currency:
    """An ISO 4217 currency (or a retired one: ``active`` is then False).

    ``digits`` is the number of minor-unit digits (2 for USD, 0 for JPY).
    """

    code: str
    digits: int
    active: bool
    name: str


@functools.cache
def currencies() -> Mapping[str, Currency]:
    """Every currency finparse knows, by ISO code (read-only mapping).

    >>> from finparse.currencies import currencies
    >>> currencies()["CHF"].digits
    2
    """
    table: dict[str, Currency] = {}
    for row in rows("currencies.tsv"):
        code, digits, active, one = row[0], row[1], row[2], row[3]
        table[code] = Currency(code, int(digits), active == "1", _strip_note(one))
    # Not in ISO 4217 but reported by finparse when written ("2500 bitcoins"):
    # the cryptocurrencies of data/currency_crypto.tsv under their tickers,
    # and XBT, the ISO-style code of bitcoin, kept as a valid option code.
    for row in _crypto_rows():
        table.setdefault(row[0], Currency(row[0], int(row[1]), False, row[5]))
    table.setdefault("XBT", Currency("XBT", 8, False, "bitcoin"))
    return MappingProxyType(table)


@functools.cache
def _crypto_rows() -> tuple[tuple[str, ...], ...]:
    """Rows of ``data/currency_crypto.tsv``, padded to six columns."""
    return tuple(tuple([*row, "", "", "", "", "", ""][:6]) for row in rows("currency_crypto.tsv"))


@functools.cache
def _noted() -> frozenset[str]:
    """Codes whose CLDR name carries a note ("Belgian franc (financial)")."""
    return frozenset(row[0] for row in rows("currencies.tsv") if " (" in row[3])


def currency(code: str) -> Currency:
    """The :class:`Currency` for an ISO code (any case).

    Raises :class:`ValueError` naming the code when it is unknown.

    >>> from finparse.currencies import currency
    >>> currency("EUR").digits
    2
    >>> currency("XYZ")
    Traceback (most recent call last):
      ...
    ValueError: unknown currency code 'XYZ'
    """
    if not isinstance(code, str):
        raise TypeError(f"currency code must be str, not {type(code).__name__}")
    try:
        return currencies()[code.upper()]
    except KeyError:
        raise ValueError(f"unknown currency code {code!r}") from None


def _strip_note(name: str) -> str:
    """'Afghan afghani (1927-2002)' -> 'Afghan afghani'."""
    cut = name.find(" (")
    return name[:cut] if cut > 0 else name


def _clean(form: str) -> str:
    out = "".join(ch for ch in form if unicodedata.category(ch) != "Cf")
    return " ".join(out.replace("\u00a0", " ").replace("\u202f", " ").split())


@dataclass(frozen=True, slots=True)
class UnitForm:
    """One way a currency is written: a symbol, a code, a name or a minor unit.

    Attributes:
        form: the form as listed (``"US$"``, ``"dlrs"``, ``"cents"``).
        codes: the ISO codes it can mean, most likely first; one code means
            the form is unambiguous; none means the currency is unknown.
        kind: ``"symbol"``, ``"code"``, ``"word"`` or ``"minor"``.
        scale: a multiplier the form carries (``MUSD`` is a million), or 1.
        key: the key for :func:`finparse.currencies` defaults (the symbol, or
            the noun a word inflects: ``"dlrs"`` has key ``"dollar"``).
    """

    form: str
    codes: tuple[str, ...]
    kind: str
    scale: int = 1
    key: str = ""


# Funds, metals and accounting units: not what financial prose means by money.
_NOT_MONEY_CODES = word_class("context_words.tsv", "not_money_code")


@dataclass(frozen=True, slots=True)
class UnitTable:
    """The currency forms a money parser recognises, grouped by role.

    Build one with :func:`default_unit_table` (optionally with extra forms);
    a money parser compiles the forms into its pattern.
    """

    prefix_cs: Mapping[str, UnitForm]
    prefix_ci: Mapping[str, UnitForm]
    suffix_cs: Mapping[str, UnitForm]
    suffix_ci: Mapping[str, UnitForm]
    words: Mapping[str, UnitForm]
    prefix_words: Mapping[str, UnitForm]
    prefix_scaled: Mapping[str, tuple[str, ...]]
    adjectives: Mapping[str, tuple[str, ...]]
    minor: Mapping[str, UnitForm]
    minor_cs: Mapping[str, UnitForm]
    minor_glued: Mapping[str, UnitForm]
    stopped: Mapping[str, UnitForm]
    defaults: Mapping[str, str | None]
    not_before: Mapping[str, tuple[str, ...]]
    after_symbol: Mapping[str, UnitForm]


def _rank(codes: Iterable[str]) -> tuple[str, ...]:
    """Distinct codes, currencies in use today first, otherwise as listed."""
    table = currencies()
    seen: list[str] = []
    for code in codes:
        if code not in seen and code not in _NOT_MONEY_CODES:
            seen.append(code)
    noted = _noted()
    # In use today first; of the others, a plain name before a variant
    # ("Belgian franc" before "Belgian franc (convertible)").
    return tuple(sorted(seen, key=lambda c: (0 if c in table and table[c].active else 1, c in noted)))


def _head_and_adjective(name: str) -> tuple[str, str]:
    words = name.split()
    return words[-1].lower(), " ".join(words[:-1])


@functools.cache
def _cldr_words() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """CLDR English names split into nouns and adjectives -> codes."""
    nouns: dict[str, list[str]] = defaultdict(list)
    adjectives: dict[str, list[str]] = defaultdict(list)
    for row in rows("currencies.tsv"):
        code = row[0]
        if code in _NOT_MONEY_CODES:
            continue
        territories = row[6].split(",") if len(row) > 6 and row[6] else []
        for name in (_strip_note(row[3]), _strip_note(row[4])):
            if not name:
                continue
            head, adjective = _head_and_adjective(name)
            nouns[head].append(code)
            if adjective:
                adjectives[adjective].append(code)
        for territory in territories:
            adjectives[territory].append(code)
    # "Argentine peso ley" makes "Argentine peso" look like an adjective; an
    # adjective that contains a currency noun would swallow the noun.
    clean = {
        adj: codes for adj, codes in adjectives.items()
        if not any(word.lower() in nouns for word in adj.split())
    }
    return nouns, clean


@functools.cache
def _dollar_codes() -> tuple[str, ...]:
    """Codes of the currencies CLDR names a dollar, in use today."""
    return tuple(
        row[0] for row in rows("currencies.tsv")
        if row[2] == "1" and _strip_note(row[3]).lower().endswith(" dollar")
    )


def default_unit_table(
    extra: Mapping[str, str] | None = None,
    defaults: Mapping[str, str | None] | None = None,
) -> UnitTable:
    """The unit table from the shipped data, plus ``extra`` forms.

    ``extra`` maps a form as written (a symbol or a word) to an ISO code; it
    is read in both positions, exactly as written. ``defaults`` maps an
    ambiguous form (``"$"``, ``"kr"``, ``"dollar"``) to the code to assume,
    or to ``None`` to leave the currency unknown (a default for ``"$"``
    also applies to the word "dollar", and the other way round, unless both
    are given). Unknown codes raise :class:`ValueError` naming them.

    >>> from finparse.currencies import default_unit_table
    >>> table = default_unit_table({"Bs.F": "VEF"})
    >>> table.suffix_cs["Bs.F"].codes
    ('VEF',)
    >>> table.words["dlrs"].key, "CAD" in table.words["dlrs"].codes
    ('dollar', True)
    >>> table.defaults["dollar"]
    'USD'
    """
    known = currencies()
    for form, code in (extra or {}).items():
        if not isinstance(form, str) or not form.strip():
            raise ValueError(f"currency form must be a non-empty str, got {form!r}")
        if code not in known:
            raise ValueError(f"unknown currency code {code!r} for form {form!r}")
    for form, default in (defaults or {}).items():
        if not isinstance(form, str) or not form.strip():
            raise ValueError(f"currency default form must be a non-empty str, got {form!r}")
        if default is not None and default not in known:
            raise ValueError(f"unknown currency code {default!r} for default of {form!r}")
    return _build_table(
        tuple(sorted((extra or {}).items())),
        tuple(sorted((defaults or {}).items(), key=lambda kv: kv[0])),
    )


@functools.lru_cache(maxsize=16)
def _build_table(
    extra: tuple[tuple[str, str], ...],
    defaults: tuple[tuple[str, str | None], ...],
) -> UnitTable:
    known = currencies()
    prefix_cs: dict[str, UnitForm] = {}
    prefix_ci: dict[str, UnitForm] = {}
    suffix_cs: dict[str, UnitForm] = {}
    suffix_ci: dict[str, UnitForm] = {}
    after_symbol: dict[str, UnitForm] = {}

    def put(form: str, unit: UnitForm, where: str, case: str) -> None:
        if where in ("prefix", "both"):
            (prefix_cs if case == "cs" else prefix_ci)[form if case == "cs" else form.lower()] = unit
        if where in ("suffix", "both"):
            (suffix_cs if case == "cs" else suffix_ci)[form if case == "cs" else form.lower()] = unit

    # 1. ISO codes, upper case, both sides ("USD 5", "5 USD", "USD5").
    crypto = {row[0] for row in _crypto_rows()}
    for code in known:
        if code not in _NOT_MONEY_CODES and code not in crypto:
            put(code, UnitForm(code, (code,), "code", 1, code), "both", "cs")

    # 1b. Million-prefixed codes for every code ("MCHF 12" is 12 million
    # francs); currency_forms.tsv drops those that are words ("MARS").
    for code in known:
        if code not in _NOT_MONEY_CODES and len(code) == 3 and known[code].active:
            put("M" + code, UnitForm("M" + code, (code,), "code", 1_000_000, "M" + code), "both", "cs")

    # 1c. Country-prefixed dollars in any case and spacing ("SGD$ 12",
    # "usd$40", "AUD $ 250"): the code of every dollar, then "$".
    for code in _dollar_codes():
        for form in (code + "$", code + " $"):
            unit = UnitForm(form, (code,), "symbol", 1, form)
            put(form, unit, "prefix", "ci")
            # as written too, so that the code alone does not win the match
            put(form, unit, "prefix", "cs")
            put(form.lower(), unit, "prefix", "cs")

    # 1d. Cryptocurrency tickers and signs.
    for row in _crypto_rows():
        code, where, signs = row[0], row[2], row[4].split()
        put(code, UnitForm(code, (code,), "code", 1, code), where or "both", "cs")
        for sign in signs:
            put(sign, UnitForm(sign, (code,), "symbol", 1, sign), "prefix", "cs")

    # 2. CLDR symbols, ranked by how many locales use them.
    for row in rows("currency_symbols.tsv"):
        symbol = _clean(row[0])
        codes = _rank(row[1].split())
        if not symbol or not codes or symbol in known:
            continue
        put(symbol, UnitForm(symbol, codes, "symbol", 1, symbol), "both", "cs")

    # 3. Hand-written forms and policy (they override CLDR).
    for row in rows("currency_forms.tsv"):
        form, target, where, case = row[0], row[1], row[2], row[3]
        scale = int(row[4]) if len(row) > 4 and row[4].isdigit() else 1
        if target == "-":
            for side in ("prefix", "suffix"):
                if where in (side, "both"):
                    table = (prefix_cs, prefix_ci) if side == "prefix" else (suffix_cs, suffix_ci)
                    table[0].pop(form, None)
                    table[1].pop(form.lower(), None)
            continue
        codes = _rank(target.split())
        kind = "code" if form.upper() in known or scale != 1 else "symbol"
        if len(row) > 4 and row[4] == "minor":  # "GBX 12": pence
            kind = "minor"
        if where == "after-symbol":
            after_symbol[form] = UnitForm(form, codes, "code", scale, form)
            continue
        put(form, UnitForm(form, codes, kind, scale, form), where, case)

    for form, code in extra:
        put(form, UnitForm(form, (code,), "symbol", 1, form), "both", "cs")

    # 4. Words: CLDR nouns and adjectives, then the hand-written name table.
    cldr_nouns, cldr_adjectives = _cldr_words()
    noun_codes: dict[str, list[str]] = {k: list(v) for k, v in cldr_nouns.items()}
    noun_key: dict[str, str] = {k: k for k in noun_codes}
    adjectives: dict[str, list[str]] = {k.lower(): list(v) for k, v in cldr_adjectives.items()}
    minor: dict[str, UnitForm] = {}
    minor_cs: dict[str, UnitForm] = {}
    minor_glued: dict[str, UnitForm] = {}
    prefix_names: set[str] = set()
    scaled_names: dict[str, tuple[str, ...]] = {}
    stops: set[str] = set()
    not_before: dict[str, tuple[str, ...]] = {}
    names: dict[str, list[str]] = {}
    table_rows = rows("currency_names.tsv")
    for row in table_rows:
        kind, form = row[0], row[1]
        target = row[2] if len(row) > 2 else ""
        if kind == "adj":
            adjectives.setdefault(form.lower(), []).extend(target.split())
        elif kind == "name":
            names[form.lower()] = target.split()
        elif kind in ("minor", "minor-glued"):
            unit = UnitForm(form, _rank(target.split()), "minor", 1, form.lower())
            if kind == "minor-glued":
                minor_glued[form] = unit
            elif form.isalpha():
                minor[form.lower()] = unit
            else:
                minor_cs[form] = unit
        elif kind == "prefix":
            prefix_names.add(form.lower())
        elif kind == "prefix-scaled":
            scaled_names[form.lower()] = tuple(target.split())
        elif kind == "stop":
            stops.add(form.lower())
        elif kind == "not-before":
            not_before[form.lower()] = tuple(p.strip() for p in target.lower().split("|"))
    cldr_codes = {k: list(v) for k, v in noun_codes.items()}
    for row in table_rows:  # inflections, once every CLDR noun is known
        if row[0] == "noun":
            form, heads = row[1].lower(), row[2].lower().split()
            merged = noun_codes.setdefault(form, [])
            for head in heads:
                merged.extend(cldr_codes.get(head, []))
            noun_key[form] = noun_key.get(heads[0], heads[0])

    words: dict[str, UnitForm] = {}
    stopped: dict[str, UnitForm] = {}
    for form, noun in noun_codes.items():
        if not noun:
            continue
        unit = UnitForm(form, _rank(noun), "word", 1, noun_key.get(form, form))
        (stopped if form in stops else words)[form] = unit
    for form, named in names.items():
        words[form] = UnitForm(form, _rank(named), "word", 1, form)
    for row in _crypto_rows():  # "bitcoins", "ether"
        for name in filter(None, (n.strip().lower() for n in row[3].split(","))):
            words.setdefault(name, UnitForm(name, (row[0],), "word", 1, name))
    prefix_names.update(scaled_names)
    prefix_words = {form: unit for form, unit in words.items() if form in prefix_names}
    prefix_scaled = {form: codes for form, codes in scaled_names.items() if form in words}

    default_map: dict[str, str | None] = {}
    for row in rows("currency_defaults.tsv"):
        default_map[row[0]] = None if row[1] == "-" else row[1]
    given = dict(defaults)
    # "$" and "dollars" are the same unit to a reader: a default given for
    # one applies to the other unless both are given.
    for one, other in (("$", "dollar"), ("dollar", "$")):
        if one in given and other not in given:
            given[other] = given[one]
    default_map.update(given)

    adjective_codes = {k: _rank(v) for k, v in adjectives.items()}
    parts: dict[str, Mapping[str, Any]] = {
        "prefix_cs": prefix_cs,
        "prefix_ci": prefix_ci,
        "suffix_cs": suffix_cs,
        "suffix_ci": suffix_ci,
        "words": words,
        "prefix_words": prefix_words,
        "prefix_scaled": prefix_scaled,
        "adjectives": {k: v for k, v in adjective_codes.items() if v},
        "minor": minor,
        "minor_cs": minor_cs,
        "minor_glued": minor_glued,
        "stopped": stopped,
        "defaults": default_map,
        "not_before": not_before,
        "after_symbol": after_symbol,
    }
    return UnitTable(**{name: MappingProxyType(dict(part)) for name, part in parts.items()})
