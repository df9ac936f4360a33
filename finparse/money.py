"""Currency amounts: ``$53 billion``, ``US$16.3 mn``, ``RMB 7.8bn``, ``50 cents``.

The money parser is composed from the core combinators out of smaller
parsers that are exported too: :func:`currency_unit` parsers for symbols,
ISO codes and names before or after the number, the numeral and scale
parsers of :mod:`finparse.numbers`, and a qualifier parser ("about", "more
than", "up to"). It recognises

* every ISO 4217 code before, after or glued to the number (``USD 5m``,
  ``5m USD``, ``EUR74.8 m``) and million-prefixed codes (``38 MUSD``);
* every currency symbol (``\\p{Sc}``), prefixed dollars (``US$``, ``HK$``,
  ``C$``) and letter symbols (``Rs``, ``RM``, ``kr``, ``zł``, ``Kč``);
* currency names with adjectives (``U.S. dollars``, ``Canadian dlrs``,
  ``Swiss francs``, ``pounds sterling``, ``yuan``) and minor units
  (``50 cents`` is 0.50);
* ranges (``$5-6 billion``, ``15 to 20 mln dlrs``, ``between €2m and
  €3m``, bid/offer ``401.50/90 dlrs``), qualifiers (approximate, lower and
  upper bounds, ``negative``), and dollars and cents written apart (``$17
  and 62c``, ``twenty dollars fifty``);
* newswire fractions (``48-1/2``, ``8¾p``) and quarters (``a quarter
  million``), cryptocurrencies by ticker (``350 ETH``), and HTML character
  references of signs (``&euro;5m``), with spans on the text as given.

A bare ``$`` (or ``¥``, ``Rs``, "dollars") is ambiguous: scanning text, it
takes the currency an earlier amount of the sentence states ("13 euro cents
... 17 cents"); otherwise it is read through a table of defaults (``$`` is
USD). Either way the mention says so
(:attr:`~finparse.model.Money.currency_assumed`).

>>> from finparse.money import money
>>> m = money.parse("approximately $16.3 million")
>>> m.amount, m.currency, m.approximate
(Decimal('16300000'), 'USD', True)
>>> money.parse("15 to 20 mln dlrs").low
Decimal('15000000')
>>> [m.value.text for m in money.finditer("EUR57m versus EUR44m, or 1.6 mln shares")]
['EUR57m', 'EUR44m']

Compose your own parsers from it, for example an amount per share:

>>> from finparse.core import lit
>>> per_share = money << lit(" per share")
>>> per_share.parse("$1.25 per share").amount
Decimal('1.25')
"""

from __future__ import annotations

import bisect
import decimal
import functools
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import regex

from finparse._data import rows, word_class
from finparse._exact import exact
from finparse._lazy import lazy_attributes
from finparse.core import (
    Captures,
    Match,
    Parser,
    Reject,
    _strip_names,
    _Wrapper,
    alt,
    anchored,
    lexicon,
    opt,
    regex_parser,
    seq,
    trie_pattern,
)
from finparse.currencies import UnitForm, UnitTable, currencies, default_unit_table
from finparse.model import Bound, Money
from finparse.numbers import (
    _QUARTER_SCALE,
    _SMALL,
    DIGITS,
    DecimalMark,
    Numeral,
    _word_scales,
    numeral_fragment,
    read_words,
    scale_fragment,
    scale_value,
    scale_words,
    words_fragment,
)

__all__ = [
    "MoneyOptions",
    "UnitHit",
    "currency_unit",
    "money",
    "money_parser",
    "qualifier",
]


@dataclass(frozen=True, slots=True)
class MoneyOptions:
    """Options of a money parser (immutable; see :class:`finparse.Extractor`).

    Attributes:
        currency_defaults: ambiguous form -> ISO code (or ``None``) pairs
            that override ``data/currency_defaults.tsv`` (``("$", "CAD")``).
        currency_forms: extra form -> ISO code pairs (``("Bs.F", "VEF")``).
        decimal_mark: how to read ``1,234`` / ``1.234`` (see
            :func:`finparse.numbers.read_digits`).
    """

    currency_defaults: tuple[tuple[str, str | None], ...] = ()
    currency_forms: tuple[tuple[str, str], ...] = ()
    decimal_mark: DecimalMark = "auto"

    def table(self) -> UnitTable:
        """The unit table these options describe."""
        return default_unit_table(dict(self.currency_forms), dict(self.currency_defaults))


# -- pieces ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UnitHit:
    """A currency unit as matched: the form, the text, and an adjective's codes."""

    form: UnitForm
    text: str
    narrowed: tuple[str, ...] = ()

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes the unit can mean, narrowed by its adjective if any."""
        if self.narrowed:
            both = tuple(c for c in self.form.codes if c in self.narrowed)
            if both:
                return both
        return self.form.codes


@functools.cache
def _word_scale_values() -> Mapping[str, int]:
    return {w: m for w, (m, _) in scale_words().items() if len(w) > 3 and w.isalpha()}


@functools.cache
def _direction_words() -> tuple[str, ...]:
    """Words of change ("rose", "cut", "up") from ``data/directions.tsv``."""
    return tuple(row[0] for row in rows("directions.tsv"))


@functools.cache
def _qualifiers() -> Mapping[str, str]:
    return {row[0]: row[1] for row in rows("qualifiers.tsv")}


@functools.cache
def qualifier() -> Parser[str]:
    """A qualifier before an amount; the value is its effect.

    Effects: ``"approximate"``, ``"min"``, ``"max"`` or ``"exact"``.

    >>> from finparse.money import qualifier
    >>> qualifier().parse("more than")
    'min'
    """
    return lexicon(_qualifiers(), description="").desc("a qualifier")


def _hit(form_of: Parser[UnitForm]) -> Parser[UnitHit]:
    return form_of.spanned().map(lambda m: UnitHit(m.value, m.text))


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


def _nouns_pattern(table: Mapping[str, UnitForm], not_before: Mapping[str, tuple[str, ...]]) -> str:
    """A trie of currency nouns; those with a not-before list carry a guard."""
    plain = [form for form in table if form not in not_before]
    branches = [trie_pattern(plain)] if plain else []
    by_follow: dict[tuple[str, ...], list[str]] = {}
    for form in table:
        if form in not_before:
            by_follow.setdefault(not_before[form], []).append(form)
    for follow, forms in sorted(by_follow.items()):
        guard = "|".join(r"[ \u00a0]{1,3}".join(map(regex.escape, p.split())) for p in follow)
        branches.append(rf"{trie_pattern(forms)}(?![ \u00a0]{{1,3}}(?:{guard})(?!\p{{L}}))")
    return "(?i:" + "|".join(branches) + ")" if branches else "(?!)"


def _unit_leaf(
    order: tuple[str, ...],
    *,
    words: Mapping[str, UnitForm],
    adjectives: Mapping[str, tuple[str, ...]],
    not_before: Mapping[str, tuple[str, ...]],
    stopped: Mapping[str, UnitForm],
    cs: Mapping[str, UnitForm],
    ci: Mapping[str, UnitForm],
    description: str,
    guard: str = "",
) -> Parser[UnitHit]:
    """One leaf for every way of writing a currency unit in one position.

    ``order`` lists the ways in the order they are tried: ``"words"``
    (nouns, optionally after an adjective: "Canadian dlrs"), ``"cs"``
    (symbols and codes as written), ``"ci"`` (forms in any case) and
    ``"sym"`` (any other currency sign).
    """
    after_adjective = {**words, **stopped}
    parts = {
        "words": (
            rf"(?:(?P<aw>(?i:{trie_pattern(adjectives)}))[ \u00a0]{{1,3}}"
            rf"(?P<an>{_nouns_pattern(after_adjective, not_before)})"
            rf"|(?P<w>{_nouns_pattern(words, not_before)}))"
            if words else "(?!)"
        ),
        "cs": f"(?P<cs>{trie_pattern(cs)})" if cs else "(?!)",
        "ci": f"(?P<ci>(?i:{trie_pattern(ci)}))" if ci else "(?!)",
        "sym": r"(?P<sym>(?!\u00a2)\p{Sc})",
    }
    pattern = "(?:" + "|".join(parts[way] for way in order) + ")" + guard
    adjective_codes = {_key(a): codes for a, codes in adjectives.items()}
    after_keys = {_key(f): u for f, u in after_adjective.items()}
    word_keys = {_key(f): u for f, u in words.items()}
    ci_keys = {_key(f): u for f, u in ci.items()}

    def build(c: Captures) -> UnitHit:
        text = c.text
        try:
            if c["an"] is not None:
                return UnitHit(after_keys[_key(c["an"])], text, adjective_codes[_key(c["aw"] or "")])
            if c["w"] is not None:
                return UnitHit(word_keys[_key(text)], text)
            if c["cs"] is not None:
                return UnitHit(cs[text], text)
            if c["ci"] is not None:
                return UnitHit(ci_keys[_key(text)], text)
        except KeyError:  # a case-folding corner case
            raise Reject from None
        return UnitHit(UnitForm(text, (), "symbol", 1, text), text)

    return regex_parser(pattern, captures=build, description=description, lazy=True)


@functools.lru_cache(maxsize=32)
def currency_unit(position: str = "prefix", options: MoneyOptions = MoneyOptions()) -> Parser[UnitHit]:
    """A parser of currency units as written before or after a number.

    ``position`` is ``"prefix"`` (``$``, ``USD``, ``ringgit``), ``"suffix"``
    (``USD``, ``dollars``, ``Kč``) or ``"minor"`` (``cents``, ``pence``).

    >>> from finparse.money import currency_unit
    >>> hit = currency_unit("suffix").parse("Canadian dlrs")
    >>> hit.codes, hit.form.key
    (('CAD',), 'dollar')
    """
    if position not in ("prefix", "suffix", "minor"):
        raise ValueError(f"position must be 'prefix', 'suffix' or 'minor', got {position!r}")
    return _unit(position, options, named=True)


@functools.lru_cache(maxsize=32)
def _unit(position: str, options: MoneyOptions, named: bool = False) -> Parser[UnitHit]:
    """:func:`currency_unit`; unless ``named``, a detail error messages do not name."""
    if position not in ("prefix", "suffix", "minor"):
        raise ValueError(f"position must be 'prefix', 'suffix' or 'minor', got {position!r}")
    table = options.table()
    if position == "prefix":
        prefix_adjectives = {a: c for a, c in table.adjectives.items() if _prefix_adjective(a, table)}
        return _unit_leaf(
            ("words", "cs", "ci", "sym"), words=table.prefix_words, adjectives=prefix_adjectives,
            not_before=table.not_before, stopped={}, cs=table.prefix_cs, ci=table.prefix_ci,
            description="a currency before the amount" if named else "",
        )
    if position == "suffix":
        return _unit_leaf(
            ("cs", "ci", "words", "sym"), words=table.words, adjectives=table.adjectives,
            not_before=table.not_before, stopped=table.stopped, cs=table.suffix_cs,
            ci=table.suffix_ci, description="a currency after the amount" if named else "",
            guard=_NOT_NEXT_AMOUNT + _NOT_PERCENT,
        )
    return _unit_leaf(
        ("words", "cs"), words=table.minor, adjectives=table.adjectives,
        not_before=table.not_before, stopped={}, cs=table.minor_cs, ci={},
        description="a minor currency unit" if named else "",
        guard=_NOT_NEXT_AMOUNT + _NOT_PERCENT,
    )


# -- reading a side of an amount ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Side:
    """One amount as written: numeral, scale, units around it, sign, span."""

    numeral: Numeral
    scale: int
    pre: UnitHit | None
    post: UnitHit | None
    negative: bool
    start: int = 0
    end: int = 0
    fraction: Decimal = Decimal(0)

    @property
    def units(self) -> tuple[UnitHit, ...]:
        return tuple(u for u in (self.pre, self.post) if u is not None)


def _scale_of(text: str | None) -> int:
    return scale_value(text) if text else 1


_GAP = r"[ \u00a0]{0,2}"
_ZERO = Decimal(0)
#: Fractions of newswire prices: vulgar fraction signs ("8¾p") and slashed
#: fractions after a whole number ("48-1/2", "24 1/2 cents") or alone
#: before a unit ("1/2 dlr"). Denominators are powers of two (2 to 64), so
#: every value is an exact decimal.
_VULGAR = {"\u00bc": "0.25", "\u00bd": "0.5", "\u00be": "0.75", "\u215b": "0.125",
           "\u215c": "0.375", "\u215d": "0.625", "\u215e": "0.875"}
#: "a quarter million", "three quarters of a billion" (before a word scale).
_QUARTERS = r"(?i:(?:an?|one|three)[ \u00a0]quarters?(?:[ \u00a0]of[ \u00a0]an?)?)"
_WORD_SCALE = rf"(?i:{_QUARTER_SCALE})"
_FRACTION_ALONE = r"(?<![\d/.,])\d{1,2}/\d{1,2}(?![\d/])"
_FRACTION_TAIL = rf"[{''.join(_VULGAR)}]|[- \u00a0]\d{{1,2}}/\d{{1,2}}(?![\d/])"
#: Between a number and its scale: nothing, a space, or a hyphen before a
#: scale word ("Rs 470.49-crore", "a $5-million fee").
_SCALE_JOIN = r"(?:[ \u00a0]?|-(?=\p{L}{2}))"


#: After a unit that could also start the next amount ("Lt 53mn US$ 22.53
#: mn EUR 15.35 mn": each code starts an amount): not a number with a
#: decimal part or a scale of its own that no unit follows ("12 USD 40" is
#: still twelve dollars forty, and "69 TL 41.90 TL" two amounts).
_SCALE_SHORT = r"(?i:mln|mn|million|bln|bn|billion|m|b|k|thousand|crore|lakh)(?!\p{L})"
_NOT_NEXT_AMOUNT = (
    rf"(?![ \u00a0]{{0,2}}[-\u2212]?\d[\d,]*+(?:\.\d++(?:[ \u00a0]?{_SCALE_SHORT})?+|[ \u00a0]?{_SCALE_SHORT})"
    r"(?![ \u00a0]{0,2}(?:\p{Sc}|\p{Lu}{2,3}(?!\p{L})|\p{Lu}\p{Ll}(?!\p{L}))))"
)
#: Not a price quoted in percent ("20-20/32 stg pct").
_NOT_PERCENT = r"(?![ \u00a0]?(?:%|(?i:pct|percent|per cent)(?!\p{L})))"
#: After a code that narrows a symbol amount ("$65.00 U.S."): not glued to
#: a "$" or a letter ("$5 US$ 4" is two amounts).
_NOT_GLUED = r"(?![$\p{L}])" + _NOT_NEXT_AMOUNT


#: Invisible characters that may come before an amount (a byte order mark,
#: a zero-width space or joiner, a NUL): skipped, and not in the mention.
_INVISIBLE = r"[\p{Cf}\x00]{0,3}"


_NO_LEAD: tuple[int, str | None, bool] = (0, None, False)
_HAS_SIGN = regex.compile(r"\p{Sc}")


def _read_lead(
    qualifiers: Mapping[str, str], signs: frozenset[str], text: str
) -> tuple[int, str | None, bool]:
    """(invisible characters, qualifier effect, negative) of what leads an amount.

    Read from the matched text alone: this runs at every place an amount
    may start, and nothing usually leads it.
    """
    if not text:
        return _NO_LEAD
    i = 0
    while i < len(text) and (text[i] == "\x00" or unicodedata.category(text[i]) == "Cf"):
        i += 1
    words = text[i:].split()
    negative = bool(words) and words[-1].lower() in signs
    if negative:
        words = words[:-1]
    return i, qualifiers[_key(" ".join(words))] if words else None, negative


def _fraction(text: str) -> Decimal:
    """The value of a fraction as written ("½", "-1/2", "3/4"); Reject if odd."""
    if text in _VULGAR:
        return Decimal(_VULGAR[text])
    top, _, bottom = text.lstrip("- \u00a0").partition("/")
    numerator, denominator = int(top), int(bottom)
    if denominator not in (2, 4, 8, 16, 32, 64) or not 0 < numerator < denominator:
        raise Reject
    return Decimal(numerator) / Decimal(denominator)


def _bid_offer(c: Captures) -> tuple[str, str]:
    """("401.50", "401.90") for "401.50/90": the offer repeats the last digits."""
    low, decimals, tail = c["a"] or "", c["ad"] or "", c["b"] or ""
    if len(tail) > len(decimals):
        raise Reject
    high = low[: len(low) - len(tail)] + tail
    if Decimal(high) <= Decimal(low):
        raise Reject
    return low, high


def _read_num(c: Captures) -> tuple[bool, Numeral, int, Decimal]:
    """(negative, numeral, scale, fraction) of a number as matched."""
    negative, scale = c["neg"] is not None, _scale_of(c["sc"])
    if c["fq"] is not None:  # "a quarter million", "three quarters of a billion"
        quarters = Decimal("0.75") if c["fq"].lower().startswith("three") else Decimal("0.25")
        return negative, Numeral("0", False), _scale_of(c["sq"]), quarters
    if c["fo"] is not None:
        return negative, Numeral("0", False), scale, _fraction(c["fo"])
    fraction = _fraction(c["fr"]) if c["fr"] is not None else _ZERO
    return negative, Numeral(c["n"] or "", c["d"] is None), scale, fraction
#: Where an amount's numeral may be: digits, or a number word. Two patterns
#: scanned apart (see :func:`finparse.core.anchored`): the words are slow to
#: scan for, the digits fast, and together slower than both apart.
_NUMERAL_ANCHOR = (
    r"(?<!\p{N})(?<!\p{N}[.,'])\d|\.\d",
    # the words of finparse.numbers (number words and word scales), and "a"
    # before a currency word ("a dollar")
    rf"\b(?i:{trie_pattern([*_SMALL, 'hundred', 'half', *_word_scales()], boundary=False)}"
    r"|an?(?= (?:dollar|euro)))\b",
)
#: The longest stretch before the first numeral of an amount: a qualifier,
#: "between" and a currency ("approximately between Malaysian ringgit 57").
_REACH = 48


@dataclass(frozen=True, slots=True)
class _Grammar:
    pre_side: Parser[_Side]
    num_side: Parser[_Side]
    bare_side: Parser[_Side]
    num_side_next: Parser[_Side]
    bare_side_next: Parser[_Side]
    pair_side: Parser[tuple[_Side, _Side]]


def _grammar(options: MoneyOptions) -> _Grammar:
    table = options.table()
    pre = _unit("prefix", options)
    post = _unit("suffix", options)
    minor = _unit("minor", options)
    glued = _hit(lexicon(table.minor_glued, casefold=False, description=""))
    num = regex_parser(
        rf"(?P<neg>[-\u2212](?=[\d.]))?"
        rf"(?:(?P<fq>{_QUARTERS})(?=[ \u00a0]{_WORD_SCALE})|(?P<fo>{_FRACTION_ALONE})"
        rf"|(?P<n>{numeral_fragment()})(?P<fr>{_FRACTION_TAIL})?)"
        rf"(?:(?<=[Qq]uarters?|[Aa]n?)[ \u00a0](?P<sq>{_WORD_SCALE})|{_SCALE_JOIN}(?P<sc>{scale_fragment()}))?",
        captures=_read_num,
        description="a number", lazy=True
    )
    one = regex_parser(
        r"(?i:(?<!\p{L})an?)(?=[ \u00a0]+(?i:dollar|euro)(?!\p{L}))",
        lambda s: (False, Numeral("one", True), 1, _ZERO), lazy=True
    )
    paren = regex_parser(
        rf"\((?P<n>{DIGITS})(?:[ \u00a0]?(?P<sc>{scale_fragment()}))?\)"
        rf"(?:[ \u00a0]?(?P<sc2>{scale_fragment()}))?",
        captures=lambda c: (
            True, Numeral(c["n"] or "", False), _scale_of(c["sc"]) * _scale_of(c["sc2"]), _ZERO), lazy=True
    )
    free = regex_parser(r"(?<![\p{L}\p{N}_.,/])(?<![\p{L}\p{N}]-)", lazy=True)
    numx = free >> alt(num, one)
    numx_next = alt(num, one)  # after a range dash: "15-25 dollars"
    after_scale = regex_parser(rf"[ \u00a0]?(?P<sc>{scale_fragment()})", captures=lambda c: _scale_of(c["sc"]), lazy=True)
    neg = regex_parser(r"(?<![\p{L}\p{N}\-])[-\u2212]", lazy=True)
    gap_pre = regex_parser(r"(?::[ \u00a0]?|[ \u00a0]{0,2})", lazy=True)
    gap_post = regex_parser(rf"(?:-(?=\p{{L}})|{_GAP})", lazy=True)
    unit_after = alt(
        seq(gap_post, alt(minor, post), opt(after_scale)).map(lambda t: (t[1], t[2] or 1)),
        glued.map(lambda u: (u, 1)),
    )

    def from_pre(m: Match[Any]) -> _Side:
        negative, unit, _gap, (minus, numeral, sc, fraction), tail = m.value
        if sc == 1 and unit.form.kind == "word" and not unit.narrowed and _key(unit.text) in table.prefix_scaled:
            raise Reject  # "euro 5" is not an amount; "euro 5 million" is
        return _Side(numeral, sc, unit, tail[1] if tail else None, bool(negative) or minus,
                     m.start, m.end, fraction)

    def from_num(m: Match[Any]) -> _Side:
        (minus, numeral, sc, fraction), after = m.value
        unit, sc2 = after if after else (None, 1)
        return _Side(numeral, sc * sc2, None, unit, minus, m.start, m.end, fraction)

    # After a currency symbol, a code or "U.S." may repeat or narrow it
    # ("$65.00 U.S.", "$2,340.00 AUD"); another symbol starts a new amount.
    post_code = seq(lexicon(
        {f: u for f, u in table.suffix_cs.items() if u.kind == "code" and f.isupper()}
        | {f: u for f, u in table.after_symbol.items()},
        casefold=False,
        description="",
    ), regex_parser(_NOT_GLUED, lazy=True)).map(lambda t: t[0]).spanned().map(lambda m: UnitHit(m.value, m.text))
    pre_side = seq(
        opt(neg), pre, gap_pre, alt(paren, num), opt(seq(regex_parser(_GAP, lazy=True), post_code))
    ).spanned().map(from_pre)
    num_side = seq(numx, unit_after).spanned().map(from_num)
    bare_side = seq(numx, regex_parser("", lazy=True)).spanned().map(from_num)
    num_side_next = seq(numx_next, unit_after).spanned().map(from_num)
    not_percent = regex_parser(r"(?![ \u00a0]?(?:%|(?i:percent|per cent|pct|pc)(?!\p{L})))", lazy=True)
    bare_side_next = seq(numx_next, not_percent).spanned().map(from_num)
    # Bid and offer quoted together: "401.50/90 dlrs" is 401.50 to 401.90.
    pair_numbers = regex_parser(
        r"(?<![\p{L}\p{N}_.,/])(?<![\p{L}\p{N}]-)(?P<a>\d{1,6}\.(?P<ad>\d{1,4}))/(?P<b>\d{1,4})(?![\d/])",
        captures=_bid_offer, lazy=True
    )

    def from_pair(m: Match[Any]) -> tuple[_Side, _Side]:
        (low, high), (unit, sc) = m.value
        return (_Side(Numeral(low, False), sc, None, None, False, m.start, m.end),
                _Side(Numeral(high, False), sc, None, unit, False, m.start, m.end))

    pair_side = seq(pair_numbers, unit_after).spanned().map(from_pair)
    return _Grammar(pre_side, num_side, bare_side, num_side_next, bare_side_next, pair_side)


# -- building Money ----------------------------------------------------------------------


def _resolve_currency(units: tuple[UnitHit, ...], table: UnitTable) -> tuple[str | None, bool, str]:
    """(code, assumed, unit text) for the units written around an amount."""
    if not units:
        return None, False, ""
    text = units[0].text
    candidates = [u.codes for u in units]
    single = [c[0] for c in candidates if len(c) == 1]
    if single:
        return single[-1], False, text
    common = [c for c in candidates[0] if all(c in other for other in candidates[1:])]
    if len(common) == 1:
        return common[0], False, text
    known = currencies()
    for unit in units:
        if unit.narrowed:
            # "Turkish lira": the adjective names the currency; of what it
            # leaves, the one in use today is meant.
            active = [c for c in unit.codes if c in known and known[c].active]
            if len(active) == 1:
                return active[0], False, text
            if not active and unit.codes != unit.form.codes:
                # "Belgian francs" in 1987: no franc of Belgium is in use;
                # the plain one comes before its variants ("(financial)").
                return unit.codes[0], False, text
    for unit in units:
        for key in (unit.form.key, unit.form.key.lower()):
            if key in table.defaults:
                code = table.defaults[key]
                return code, code is not None, text
    active = [c for c in (common or candidates[0]) if c in known and known[c].active]
    if len(active) == 1:
        return active[0], False, text
    return None, False, text


@functools.cache
def _context_words(kind: str) -> tuple[str, ...]:
    """Words of one class in ``data/currency_context.tsv``."""
    return tuple(row[0] for row in rows("currency_context.tsv") if row[1] == kind)


def _looks_like_year(side: _Side) -> bool:
    """A bare four-digit number from 1800 to 2199, with no scale."""
    text = side.numeral.text
    return side.scale == 1 and len(text) == 4 and text.isdigit() and 1800 <= int(text) < 2200


def _digits_of(code: str | None) -> int:
    if code is None:
        return 2
    info = currencies().get(code)
    return info.digits if info else 2


def _value(side: _Side, code: str | None, mark: DecimalMark) -> tuple[Decimal, bool]:
    """(value in main units, ambiguous) for one side of an amount."""
    no_decimals = _digits_of(code) == 0 and side.scale == 1
    try:
        reading = side.numeral.read(mark, no_decimals=no_decimals)
    except ValueError:
        raise Reject from None
    value = (reading.value + side.fraction) * side.scale
    for unit in side.units:
        value *= unit.form.scale
        if unit.form.kind == "minor":
            value = value.scaleb(-_digits_of(code))
    if side.negative:
        value = -value
    if side.scale != 1 or any(u.form.scale != 1 for u in side.units):
        value = value.normalize()
        if value == value.to_integral_value():
            value = value.quantize(1)
    return value, reading.ambiguous


@functools.lru_cache(maxsize=32)
def _money_inner(options: MoneyOptions) -> Parser[Money]:
    if options.decimal_mark not in ("auto", ".", ","):
        raise ValueError(f"decimal_mark must be 'auto', '.' or ','; got {options.decimal_mark!r}")
    table = options.table()
    mark = options.decimal_mark
    g = _grammar(options)
    unit_side = alt(g.pre_side, g.num_side)
    any_side = alt(g.pre_side, g.num_side, g.bare_side)
    unit_next = alt(g.pre_side, g.num_side_next)
    any_next = alt(g.pre_side, g.num_side_next, g.bare_side_next)
    ws = regex_parser(r"[ \u00a0]{1,3}", lazy=True)
    dash = regex_parser(r"[ \u00a0]{0,3}[-\u2013\u2014][ \u00a0]{0,3}", lazy=True)
    # "A to B" is a range, unless a word of change comes first ("rose $1.20
    # to $82.40" is two amounts), or "from" does ("from $5 to $7" is a change
    # of level) but not after a word of range ("ranging from $5 to $7"). A
    # first end without a unit ("from 30 to 45 euros") is a range after
    # "from" too: one quantity, unless a word of change comes first.
    change = trie_pattern(["between", "by", *_direction_words()])
    ranging = trie_pattern(_context_words("range-from"))
    # up to five words back: the first end ("5 mln dlrs") and two more
    window = r"[ \u00a0]{1,3}[^ \u00a0]{1,20}(?:[ \u00a0]{1,3}[^ \u00a0]{1,20}){0,4}"
    to_word = r"[ \u00a0]{1,3}(?i:to)[ \u00a0]{1,3}"
    # (the cheap look ahead first: the look behind runs only before "to")
    # A past verb right before the first end is a change too ("Rio
    # cheapened 16p to £42.41").
    near = r"[ \u00a0]{1,3}[^ \u00a0]{1,20}(?:[ \u00a0]{1,3}[^ \u00a0]{1,20}){0,2}"
    to = regex_parser(
        rf"(?={to_word})(?<!(?:(?i:{change})|(?<!(?i:{ranging})[ \u00a0]{{1,3}})(?i:from)){window})"
        rf"(?<!(?<!\p{{L}})(?!(?i:{ranging}))\p{{L}}{{2,20}}ed{near})" + to_word, lazy=True
    )
    to_bare = regex_parser(rf"(?={to_word})(?<!(?i:{change}){near})" + to_word, lazy=True)
    cents = _cents_parser(options).map(lambda c: ("cents", c))
    dash_any = seq(dash, any_next).map(lambda t: ("dash", t[1]))
    to_any = seq(to, any_side).map(lambda t: ("to", t[1]))
    to_unit = seq(to, unit_side).map(lambda t: ("to", t[1]))
    between = lit_ci("between") >> ws
    and_ = seq(ws, lit_ci("and"), ws)
    core = alt(
        seq(between, unit_side, and_, any_side).map(lambda t: (t[1], ("between", t[3]))),
        seq(between, g.bare_side, and_, unit_side).map(lambda t: (t[1], ("between", t[3]))),
        seq(g.pre_side, opt(alt(dash_any, to_any, cents))),
        seq(g.num_side, opt(alt(dash_any, to_unit, cents))),
        g.pair_side.map(lambda t: (t[0], ("pair", t[1]))),
        seq(g.bare_side, alt(seq(dash, unit_next).map(lambda t: ("dash", t[1])),
                             seq(to_bare, unit_side).map(lambda t: ("to", t[1])))),
    )
    # A qualifier ("about"), then a sign word ("negative EUR 15.5 mn"): one
    # pattern, tried at every start.
    qualifiers = _qualifiers()
    lead_words = regex_parser(
        rf"(?P<j>{_INVISIBLE})"
        rf"(?:(?P<q>(?i:{trie_pattern(qualifiers)}))[ \u00a0]{{1,3}})?"
        rf"(?:(?P<s>(?i:(?<!\p{{L}}){trie_pattern(_context_words('sign'))}))[ \u00a0]{{1,3}}"
        r"(?=[\p{L}\p{Sc}\d]))?",
        functools.partial(_read_lead, qualifiers, frozenset(_context_words("sign"))), lazy=True
    )

    def build_range(q: str | None, first: _Side, second: _Side, how: str) -> Money | None:
        """The range, or None when the two amounts do not form one."""
        units = first.units + second.units
        code, assumed, unit_text = _resolve_currency(units, table)
        if first.units and second.units and (
            _resolve_currency(first.units, table)[0] != _resolve_currency(second.units, table)[0]
        ):
            return None  # "EUR 5 million to $6 million": two currencies, two amounts
        if how == "to" and not first.units and (second.pre is not None or _looks_like_year(first)):
            # "in 2005 to EUR 5.1 mn", "June 30 to Rs 11,074 crore": a
            # range's first end is bare only before a unit that follows
            # the number ("15 to 20 mln dlrs").
            return None
        if second.scale == 1 and second.numeral.words:
            # "between five and six billion dollars": the scale is a word
            # inside the second numeral.
            last = second.numeral.text.split()[-1].lower()
            if last in _word_scale_values():
                whole = _word_scale_values()[last]
                second = replace(second, numeral=Numeral(second.numeral.text[: -len(last)].strip(), True), scale=whole)
        if first.scale == 1 and second.scale != 1 and first.post is None:
            # "$5-6 billion": the scale of the second end applies to both
            # when the first is small and has none of its own.
            probe, _ = _value(first, code, mark)
            if abs(probe) < 1000:
                first = replace(first, scale=second.scale)
        if not first.units:
            minor_post = second.post if second.post and second.post.form.kind == "minor" else None
            first = replace(first, pre=second.pre, post=minor_post)
        low, amb1 = _value(first, code, mark)
        high, amb2 = _value(second, code, mark)
        if low > high:
            return None
        return Money("", 0, 0, None, code, unit_text, low, high,
                     approximate=q == "approximate", bound=_bound(q),
                     currency_assumed=assumed, ambiguous=amb1 or amb2)

    def build(value: Any, start: int, end: int) -> tuple[Money, int]:
        (junk, q, negative), (first, tail) = value
        start += junk  # the mention starts after invisible characters
        if negative:
            first = replace(first, negative=not first.negative)
        found: Money | None = None
        if tail is not None and tail[0] in ("dash", "to", "between", "pair"):
            found = build_range(q, first, tail[1], tail[0])
            if found is None:
                if not first.units or tail[0] == "between":
                    raise Reject
                tail, end = None, first.end  # the first amount stands alone
        if found is None:
            units = first.units
            code, assumed, unit_text = _resolve_currency(units, table)
            value, ambiguous = _value(first, code, mark)
            if tail is not None:  # cents written apart: "$17 and 62c"
                minor_value, minor_unit = tail[1]
                if value != value.to_integral_value() or first.scale != 1 or (
                    minor_unit is not None and code is not None
                    and _resolve_currency((*units, minor_unit), table)[0] != code
                ):
                    end = first.end  # not a split amount: keep the whole part alone
                else:
                    value += minor_value.scaleb(-_digits_of(code))
            found = Money("", 0, 0, value, code, unit_text,
                          approximate=q == "approximate", bound=_bound(q),
                          currency_assumed=assumed, ambiguous=ambiguous)
        return replace(found, start=start, end=end), end

    whole = seq(lead_words, core).bind(build).spanned().map(
        lambda m: replace(m.value, text=m.text[m.value.start - m.start:]))
    return whole.desc("a currency amount")


@functools.lru_cache(maxsize=32)
def money_parser(options: MoneyOptions = MoneyOptions()) -> Parser[Money]:
    """The money parser for ``options`` (cached: equal options share one).

    Scanning running text is anchored on numerals (see
    :func:`finparse.core.anchored`), since every amount has one.

    >>> from finparse.money import money_parser, MoneyOptions
    >>> cad = money_parser(MoneyOptions(currency_defaults=(("$", "CAD"),)))
    >>> cad.parse("$5").currency
    'CAD'
    """
    vocabulary = _lead_vocabulary(options)

    def lead(token: str) -> bool:
        # Can this token come before the numeral inside an amount?
        return (
            token.lower() in vocabulary
            or (len(token) <= 12 and _HAS_SIGN.search(token) is not None)
            or (token.isalpha() and token.isupper() and len(token) <= 4)
            or token in ("(", "-", "\u2212")
        )

    return _InContext(anchored(
        _money_inner(options), _NUMERAL_ANCHOR, _REACH, lead,
        filter=functools.partial(_filter_pattern, options),
    ), options.table())


class _InContext(_Wrapper[Money]):
    """Money scanning that reads an ambiguous unit by the amounts before it.

    A unit that a default resolved ("cents", "$", "kr") takes the currency
    that an earlier amount of the same sentence states, when the unit can
    mean it: "13 euro cents ... 17 cents" is in euros, "SEK 5 million ...
    200 kr" in kronor. The mention stays ``currency_assumed``.
    :meth:`Parser.parse` reads one amount alone and is unchanged.
    """

    __slots__ = ("_table",)
    _table: UnitTable

    def __init__(self, inner: Parser[Money], table: UnitTable) -> None:
        super().__init__(inner)
        object.__setattr__(self, "_table", table)

    def finditer(
        self, text: str, pos: int = 0, *, timeout: float | None = None
    ) -> Iterator[Match[Money]]:
        stated: list[Money] = []  # amounts of this sentence with a stated currency
        for m in self._inner.finditer(text, pos, timeout=timeout):
            found = m.value
            if stated and _SENTENCE_END.search(text, stated[-1].end, found.start):
                stated.clear()
            if found.currency_assumed or found.currency is None:
                if not stated or not found.unit:
                    yield m
                    continue
                codes = _unit_codes(found.unit, self._table)
                for before in reversed(stated):
                    if before.currency in codes and before.currency != found.currency:
                        found = replace(found, currency=before.currency, currency_assumed=True)
                        m = Match(found, m.start, m.end, m.text)
                        break
            elif found.currency is not None:
                stated.append(found)
            yield m


def _unit_codes(unit: str, table: UnitTable) -> tuple[str, ...]:
    """The codes a unit as written can mean (empty when unknown)."""
    key = _key(unit)
    for folded in (table.minor, table.words, table.prefix_ci, table.suffix_ci):
        if key in folded:
            return folded[key].codes
    for exact_forms in (table.minor_cs, table.prefix_cs, table.suffix_cs, table.minor_glued):
        if unit in exact_forms:
            return exact_forms[unit].codes
    return ()


def _filter_pattern(options: MoneyOptions) -> str:
    """A cheap pattern that matches wherever an amount can start (and more).

    It checks the first side of an amount only: a currency then a number,
    or a number then a currency, or a number that a range continues.
    """
    table = options.table()
    prefix_adjectives = [a for a in table.adjectives if _prefix_adjective(a, table)]
    pre = _units_superset(prefix_adjectives, [table.prefix_words],
                          [table.prefix_cs], [table.prefix_ci])
    # the units after a number, major and minor at once
    post = _units_superset(list(table.adjectives), [table.words, table.stopped, table.minor],
                           [table.suffix_cs, table.minor_cs], [table.suffix_ci])
    glued = trie_pattern(table.minor_glued, boundary=True)
    number = f"(?:{_QUARTERS}[ \u00a0](?={_WORD_SCALE})|{_FRACTION_ALONE}|{_strip_names(numeral_fragment())}(?:{_FRACTION_TAIL})?)"
    first = rf"(?:[-\u2212(]?[\d.]|{_strip_names(words_fragment())})"
    return (
        r"(?<![\p{L}\p{N}_])"
        + _INVISIBLE +
        rf"(?>{qualifier().pattern}[ \u00a0]+)?"
        rf"(?>(?i:{trie_pattern(_context_words('sign'))})[ \u00a0]+)?"
        r"(?>(?i:between)[ \u00a0]+)?"
        r"(?:"
        rf"[-\u2212]?{pre}(?::[ \u00a0]?|[ \u00a0]{{0,2}}){first}"
        rf"|(?i:an?[ \u00a0]+(?:dollar|euro)(?!\p{{L}}))"
        rf"|[-\u2212]?{number}(?:{_SCALE_JOIN}{scale_fragment()})?"
        rf"(?:(?:-(?=\p{{L}})|[ \u00a0]{{0,2}}){post}|{glued}"
        r"|(?=[ \u00a0]*[-\u2013\u2014]|(?<=\d\.\d{1,4})/\d|[ \u00a0]+(?i:to|and)[ \u00a0]))"
        r")"
    )


#: A word of a currency's adjective as the filter sees it ("Hong", "St.",
#: "(Keeling)", "&"): which words make one is left to the unit parsers.
_ADJECTIVE_WORD = r"[\p{L}\p{M}.&()'\u2019-]++"

#: Currency codes as the filter sees them: three capitals, maybe scaled
#: ("MUSD", "KEUR"); which ones are codes is left to the unit parsers.
_CODE_SHAPE = regex.compile(r"[A-Z]{3,5}")


def _units_superset(
    adjectives: list[str],
    nouns: list[Mapping[str, UnitForm]],
    cs: list[Mapping[str, UnitForm]],
    ci: list[Mapping[str, UnitForm]],
) -> str:
    """A short pattern matching at least every unit of the given tables.

    For the filter only: words of an adjective's shape, if any, then a
    noun, in any case; a form in capitals of a currency code's shape;
    another form as written or in any case; any currency sign. No
    look-aheads, which are the unit parsers' to check, and adjectives and
    codes by their shape rather than one by one (the filter is a third of
    its size, so of its compiling time).
    """
    words = [w for table in nouns for w in table]
    marks = [f for table in cs for f in table if _CODE_SHAPE.fullmatch(f) is None]
    folded = [f for table in ci for f in table]
    parts = []
    if words:
        # an adjective is at most as many words as the longest one has
        most = max((len(a.split()) for a in adjectives), default=0)
        adjective = rf"(?:{_ADJECTIVE_WORD}[ \u00a0]{{1,3}}){{0,{most}}}" if most else ""
        parts.append(rf"{adjective}(?i:{trie_pattern(words)})")
    parts.append(r"[A-Z]{3,5}")
    if marks:
        parts.append(trie_pattern(marks))
    if folded:
        parts.append(rf"(?i:{trie_pattern(folded)})")
    parts.append(r"\p{Sc}")
    return "(?:" + "|".join(parts) + ")"


@functools.lru_cache(maxsize=32)
def _lead_vocabulary(options: MoneyOptions) -> frozenset[str]:
    """Lower-cased tokens that may precede the numeral of an amount."""
    table = options.table()
    words: set[str] = {"between", "a", "an", "quarter", "quarters", "of"}
    phrases = [*_qualifiers(), *_context_words("sign"), *table.prefix_cs, *table.prefix_ci, *table.prefix_words]
    phrases += [adj for adj in table.adjectives if _prefix_adjective(adj, table)]
    for phrase in phrases:
        words.update(phrase.lower().split())
    return frozenset(words)


def _prefix_adjective(adjective: str, table: UnitTable) -> bool:
    """May ``adjective`` come before a currency noun that precedes a number?

    Any adjective of a noun such as "ringgit"; of a noun that precedes a
    number only with a scale ("francs"), the one-word adjective of the name
    of a currency listed with it ("Swiss" franc, "US" dollar): the scan walks
    back over every token that may lead an amount, and the many territory
    names of the dollar and franc ("Turks and Caicos") would make common
    words ("and") lead.
    """
    codes = table.adjectives[adjective]
    plain = _prefix_codes(table, scaled=False)
    if any(c in plain for c in codes):
        return True
    if " " in adjective:
        return False
    # the adjective of the currency's own name: "Swiss" (franc), "US" (dollar)
    known = currencies()
    scaled = _prefix_codes(table, scaled=True)
    return any(
        c in known and known[c].name.lower().startswith(adjective.lower() + " ")
        for c in codes if c in scaled
    )


def _prefix_codes(table: UnitTable, scaled: bool) -> frozenset[str]:
    """Codes whose adjectives may lead a noun before a number.

    For the nouns that need a scale there, the codes listed with them in
    ``data/currency_names.tsv`` ("francs": CHF FRF BEF LUF).
    """
    if scaled:
        return frozenset(c for codes in table.prefix_scaled.values() for c in codes)
    return frozenset(
        c for form, unit in table.prefix_words.items()
        if form not in table.prefix_scaled for c in unit.codes
    )


# -- small helpers ---------------------------------------------------------------------------


def lit_ci(word: str) -> Parser[str]:
    """A case-insensitive whole word."""
    return regex_parser(rf"(?i:(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}}))", lambda s: word, lazy=True)


def _bound(effect: str | None) -> Bound | None:
    if effect == "min":
        return "min"
    if effect == "max":
        return "max"
    return None


def _cents_parser(options: MoneyOptions) -> Parser[tuple[Decimal, UnitHit | None]]:
    """Minor units written after a whole amount: "$17 and 62c", "12 USD 40"."""
    minor = _unit("minor", options)
    post = _unit("suffix", options).pattern
    small_words = (
        r"(?i:(?<!\p{L})(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve"
        r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
        r"|one|two|three|four|five|six|seven|eight|nine)(?!\p{L}))"
    )
    joint = r"(?:[ \u00a0]+(?i:and)[ \u00a0]+|[ \u00a0])"
    number = regex_parser(
        rf"(?P<d>\d{{1,2}})(?!\d)|(?P<w>{small_words})",
        captures=lambda c: Decimal(c["d"]) if c["d"] else read_words(c["w"] or ""), lazy=True
    )
    glued = lexicon(options.table().minor_glued, casefold=False, description="").spanned().map(
        lambda m: UnitHit(m.value, m.text))
    with_unit = alt(
        seq(regex_parser(joint, lazy=True), number, regex_parser(r"[ \u00a0]?", lazy=True), minor),
        seq(regex_parser(joint, lazy=True), number, regex_parser("", lazy=True), glued),  # "£3 and 20p"
    ).map(lambda t: (t[1], t[3]))
    # Bare words only after "and" ("US$4 and sixteen"), and not when the
    # words go on ("ten thousand dollars and two hundred shares").
    words_only = regex_parser(
        rf"[ \u00a0]+(?i:and)[ \u00a0]+(?P<w>{small_words})"
        rf"(?![ \u00a0]*(?:[\p{{N}}\p{{Sc}}]|(?i:hundred|{scale_fragment()})))"
        # "twenty dollars fifty": right after the unit, and nothing follows
        rf"|[ \u00a0](?P<w2>{small_words})(?![ \u00a0]*+[\p{{L}}\p{{N}}\p{{Sc}}-])",
        captures=lambda c: (read_words(c["w"] or c["w2"] or ""), None), lazy=True
    )
    # Bare digits: two of them, or one or two after "and", and nothing that
    # makes them a number of their own ("15 rmb 30 usd", "20 43 pct").
    # (whether a currency follows is asked of the unit's own pattern, once
    # the digits matched: written into this one, it would double its size)
    unit_next = functools.cache(lambda: regex.compile(rf"[ \u00a0]?{post}").match)

    def read_two_digits(c: Captures) -> tuple[Decimal, UnitHit | None]:
        if unit_next()(c.string, c.end) is not None:
            raise Reject  # "12 USD 40 EUR": the digits are an amount of their own
        return Decimal(c["a"] or c["b"] or "0"), None

    two_digits = regex_parser(
        r"(?:[ \u00a0]+(?i:and)[ \u00a0]+(?P<a>\d{1,2})|[ \u00a0](?P<b>\d\d))"
        r"(?![\d%\p{L}\p{Sc}]|[.,]\d|[ \u00a0]?(?:[\p{N}\p{Sc}%]|(?i:per|percent|pct|mln|million|billion|bn)(?!\p{L})))",
        captures=read_two_digits, lazy=True
    )
    def check(value: tuple[Decimal, UnitHit | None]) -> tuple[Decimal, UnitHit | None]:
        if value[0] >= 100:
            raise Reject
        return value
    return alt(with_unit, words_only, two_digits).map(check)


#: The money parser with default options (built on first use).
money: Parser[Money]

__getattr__ = lazy_attributes(globals(), {"money": money_parser})



# -- elliptical amounts ------------------------------------------------------------------------

#: Words that introduce a second amount sharing the first one's unit.
_CONNECTORS = (
    r"from|to|against|versus|vs\.?|compared\s+(?:with|to)|up\s+from|down\s+from"
    r"|a\s+year\s+(?:earlier|ago)\s+of|and|or"
)
#: How far back (characters) the amount whose unit is shared may end: a
#: number with a scale word of its own reaches further ("7.53 billion
#: Taiwan dlrs ... bringing issues so far this year to 174.48 billion").
_NEAR, _FAR = 60, 120
#: Words that may follow an elliptical amount (anything else, such as a noun,
#: means the number counts something else: "1.6 mln shares").
_FOLLOW_OK = word_class("context_words.tsv", "elliptical_follow")


@functools.cache
def _elliptical_pattern() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?i:(?<!\p{{L}})(?P<cn>{_CONNECTORS}))[ \u00a0]+"
        rf"(?:(?P<q>{qualifier().pattern})[ \u00a0]+)?"
        rf"(?P<amount>(?<![\p{{L}}\p{{N}}])(?P<n>{DIGITS})(?P<fr>{_FRACTION_TAIL})?"
        rf"(?:[ \u00a0]?(?P<sc>{scale_fragment()}))?)"
    )


@exact
def elliptical_amounts(
    text: str, found: list[Money], options: MoneyOptions = MoneyOptions()
) -> list[Money]:
    """Amounts that state no unit but share one with an amount before them.

    "rose to 101.1 mln dlrs from 87.4 mln" has a second amount, 87.4 mln
    dollars. A bare number qualifies when a connector ("from", "to",
    "against", "versus", "compared with") introduces it, a money mention
    ends at most 60 characters before it in the same sentence, the number
    has a scale word or a decimal part (so "from 2019" and "from 2,000" are
    not amounts), and what follows it is not a noun ("from 1.6 mln shares"
    is not money). Without a scale word of its own, it takes the scale of
    the amount before it ("$3 billion, up from 2.5"). The returned mentions
    have ``elliptical=True``.

    >>> from finparse.money import money, elliptical_amounts
    >>> text = "Profit rose to 101.1 mln dlrs from 87.4 mln."
    >>> first = [m.value for m in money.finditer(text)]
    >>> [(m.text, m.amount) for m in elliptical_amounts(text, first)]
    [('87.4 mln', Decimal('87400000'))]
    """
    if not found:
        return []
    table = options.table()
    out: list[Money] = []
    ordered = sorted(found, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    given, given_starts = list(ordered), list(starts)
    pattern = _elliptical_pattern()
    last_end = max(x.end for x in ordered)
    pos = ordered[0].end
    while True:
        # no amount can be further than _FAR characters after the last one
        # (and none is longer than the margin: the search can stop there)
        m = pattern.search(text, pos, min(len(text), last_end + _FAR + 256))
        if m is None or m.start() > last_end + _FAR:
            break
        pos = m.end()
        start, end = m.span("amount")
        # the nearest amount before the connector, and none overlapping
        i = bisect.bisect_left(starts, end)
        if i < len(ordered) and ordered[i].start < end:
            continue
        if i and ordered[i - 1].end > start:
            continue
        digits = m.group("n")
        scale = m.group("sc")
        fraction = m.group("fr")
        if not scale and not fraction and not any(mark in digits for mark in ".,"):
            continue  # "from 2019", "from 2,000": years and counts, not amounts
        # The nearest amount found by the parser, close by; failing that,
        # the nearest one found here or further away, with no other scaled
        # number between ("Avg shrs 13.9 mln vs 13.8 mln" compares shares).
        antecedent = _antecedent(text, m.start(), given, given_starts, _NEAR, strict=False)
        if antecedent is None:
            antecedent = _antecedent(
                text, m.start(), ordered, starts, _FAR if m.group("sc") else _NEAR, strict=True)
        if antecedent is None:
            continue
        if not _follow_ok(text, end) or _TO_PERCENT.match(text, end):
            continue
        if antecedent.unit.lower() in table.minor or antecedent.unit in table.minor_cs:
            continue  # "14 cts from 12": the minor scale is not recoverable here
        try:
            reading = Numeral(digits, False).read(options.decimal_mark)
            whole = reading.value + (_fraction(fraction) if fraction else 0)
        except (ValueError, Reject):
            continue
        if scale:
            multiplier = _scale_of(scale)
        elif fraction or m.group("cn").lower() in ("and", "or"):
            # "1.3 mln dlrs, or 1.45 a share": a second figure; "to 29-1/4":
            # a price in fractions, never scaled
            multiplier = 1
        else:
            # "$3 billion, up from 2.5": the second amount shares the scale
            multiplier = _scale_in(antecedent.text)
        try:
            value = whole * multiplier
            if multiplier != 1:
                value = value.normalize()
                value = value.quantize(1) if value == value.to_integral_value() else value
        except decimal.DecimalException:  # too long a number to compute with
            continue
        effect = _qualifiers().get(" ".join(m.group("q").split()).lower()) if m.group("q") else None
        q_start = m.start("q") if m.group("q") else start
        found_one = Money(
            text[q_start:end], q_start, end, value, antecedent.currency, antecedent.unit,
            approximate=effect == "approximate", bound=_bound(effect),
            currency_assumed=antecedent.currency_assumed, ambiguous=reading.ambiguous,
            elliptical=True,
        )
        out.append(found_one)
        # it may lend its unit in turn: "to 174.48 billion against 40 billion"
        at = bisect.bisect_left(starts, found_one.start)
        starts.insert(at, found_one.start)
        ordered.insert(at, found_one)
        last_end = max(last_end, found_one.end)
    return out


def _antecedent(
    text: str, at: int, ordered: list[Money], starts: list[int], reach: int, *, strict: bool
) -> Money | None:
    """The amount before ``at`` whose unit an elliptical amount there shares."""
    j = bisect.bisect_right(starts, at) - 1
    if j < 0:
        return None
    antecedent = ordered[j]
    if antecedent.end > at or at - antecedent.end > reach:
        return None
    between = text[antecedent.end : at]
    if _SENTENCE_END.search(between) or antecedent.is_range:
        return None
    if strict and _OTHER_SCALED.search(between):
        return None
    return antecedent


def _scale_in(text: str) -> int:
    """The multiplier of the scale word written in an amount, or 1."""
    m = _scale_search().search(text)
    return scale_value(m.group(0)) if m else 1


@functools.cache
def _scale_search() -> regex.Pattern[str]:
    return regex.compile(rf"(?<=[\d\s])(?:{scale_fragment()})")


_SENTENCE_END = regex.compile(r"[.;!?](?:\s|$)")
_WORD = regex.compile(r"\p{L}+")
#: A scaled number that is not money ("Avg shrs 13.9 mln vs 13.8 mln"):
#: between an amount and a connector, it is what the connector compares.
_OTHER_SCALED = regex.compile(
    r"(?<![\p{N}.,])\d[\d,]*+(?:\.\d++)?[ \u00a0]?(?i:mln|mn|million|bln|bn|billion|trillion)(?!\p{L})"
)
#: The other end of a percent range ("from 7-1/4 to 9.27 pct").
_TO_PERCENT = regex.compile(
    r"[ \u00a0]*+(?:-|(?i:to))[ \u00a0]*+[\d.,/-]++[ \u00a0]?(?:%|(?i:pct|percent|per cent)(?!\p{L}))"
)
_CONNECTOR_WORD = regex.compile(r"(?i:against|versus|vs|compared)")


def _follow_ok(text: str, end: int) -> bool:
    rest = text[end : end + 30]
    stripped = rest.lstrip(" \u00a0")
    if not stripped or not (stripped[0].isalnum() or stripped[0] in "$%"):
        return stripped[:1] not in ("%", "$")
    word = _WORD.match(stripped)
    # a word of its own list, or a connector to the next amount ("against")
    return word is not None and (
        word.group(0).lower() in _FOLLOW_OK or _CONNECTOR_WORD.fullmatch(word.group(0)) is not None
    )
