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
import re
import string
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, NamedTuple, TypeVar

import regex

from finparse import vocabulary
from finparse._data import rows, word_class
from finparse._exact import exact
from finparse._lazy import lazy_attributes
from finparse._validate import check_mapping
from finparse.core import (
    MATCH_MARGIN,
    MATCH_WINDOW,
    Captures,
    LazyPattern,
    Match,
    Parser,
    Reject,
    WordTrie,
    Wrapper,
    alt,
    anchored,
    lexicon,
    match_at,
    opt,
    reader_parser,
    regex_parser,
    seq,
    shared_pattern,
    strip_names,
    trie_pattern,
)
from finparse.currencies import UnitForm, UnitTable, currencies, default_unit_table
from finparse.model import Bound, KindOptions, Money
from finparse.numbers import (
    DIGITS,
    QUARTER_SCALE,
    DecimalMark,
    Numeral,
    check_mark,
    number_word_forms,
    numeral_fragment,
    read_words,
    scale_fragment,
    scale_value,
)

_T = TypeVar("_T")

__all__ = [
    "MoneyOptions",
    "UnitHit",
    "currency_unit",
    "money",
    "money_parser",
    "qualifier",
]


#: An amount that options with forms of their own build their grammar on.
_PROBE = "Acme Corp bought Kestrel Ltd for about $5.2 million in 2021, up from 4 mln."


@dataclass(frozen=True, slots=True)
class MoneyOptions(KindOptions):
    """Options of the money kind (immutable; see :class:`finparse.Extractor`).

    Attributes:
        currency_defaults: ambiguous form -> ISO code (or ``None``) pairs
            that override ``data/currency_defaults.tsv`` (``("$", "CAD")``).
        currency_forms: extra form -> ISO code pairs (``("Bs.F", "VEF")``).
        decimal_mark: how to read ``1,234`` / ``1.234`` (see
            :func:`finparse.numbers.read_digits`).

    Creating one checks every value: an unknown code, a form that is not a
    non-empty string, or a form list that cannot be built is a
    :class:`ValueError` naming it. :meth:`from_settings` takes the pairs as
    the mappings :class:`finparse.Extractor` takes.

    >>> MoneyOptions.from_settings(currency_defaults={"$": "CAD"})
    MoneyOptions(currency_defaults=(('$', 'CAD'),), currency_forms=(), decimal_mark='auto')
    >>> MoneyOptions(currency_forms=(("Bs.F", "XYZ"),))
    Traceback (most recent call last):
      ...
    ValueError: unknown currency code 'XYZ' for form 'Bs.F'
    """

    currency_defaults: tuple[tuple[str, str | None], ...] = ()
    currency_forms: tuple[tuple[str, str], ...] = ()
    decimal_mark: DecimalMark = "auto"

    def __post_init__(self) -> None:
        check_mark(self.decimal_mark)
        for name in ("currency_defaults", "currency_forms"):
            pairs = getattr(self, name)
            if not isinstance(pairs, tuple) or not all(
                isinstance(p, tuple) and len(p) == 2 for p in pairs
            ):
                raise ValueError(f"{name} must be a tuple of (form, code) pairs, got {pairs!r}")
        if self.currency_defaults or self.currency_forms:
            self.table()  # unknown codes, bad forms
            # and build the grammar now: a form list that cannot be built
            # (words nested too deep) is a ValueError here, not on first use
            try:
                money_parser(self).search(_PROBE)
            except ValueError as e:
                raise ValueError(f"currency_forms/currency_defaults: {e}") from None

    @classmethod
    def from_settings(  # type: ignore[override]  # it names the settings it takes
        cls,
        *,
        currency_defaults: Mapping[str, str | None] | None = None,
        currency_forms: Mapping[str, str] | None = None,
        decimal_mark: DecimalMark = "auto",
    ) -> MoneyOptions:
        """The options from the mappings :class:`finparse.Extractor` takes (``None``: none)."""
        defaults = check_mapping(currency_defaults, "currency_defaults", "{form: ISO code or None}")
        forms = check_mapping(currency_forms, "currency_forms", "{form: ISO code}")
        return cls(
            tuple(sorted(defaults.items())),  # type: ignore[arg-type]
            tuple(sorted(forms.items())),  # type: ignore[arg-type]
            decimal_mark,
        )

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
def _direction_words() -> tuple[str, ...]:
    """Words of change ("rose", "cut", "up") from ``data/directions.tsv``."""
    return tuple(row[0] for row in rows("directions.tsv"))


@functools.cache
def _after_a() -> str:
    """Currency nouns after which "a" is one ("a dollar"), as an alternation."""
    return "|".join(map(regex.escape, _context_words("after-a")))



@functools.cache
def qualifier() -> Parser[str]:
    """A qualifier before an amount; the value is its effect.

    Effects: ``"approximate"``, ``"min"``, ``"max"`` or ``"exact"``.

    >>> from finparse.money import qualifier
    >>> qualifier().parse("more than")
    'min'
    """
    return lexicon(vocabulary.qualifiers(), description="").desc("a qualifier")


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
        branches.append(rf"{trie_pattern(forms)}(?![ \u00a0]{{1,3}}(?:{_follow(follow)})(?!\p{{L}}))")
    return "(?i:" + "|".join(branches) + ")" if branches else "(?!)"


class _Nouns:
    """The currency nouns of :func:`_nouns_pattern`, looked up (see :class:`WordTrie`)."""

    __slots__ = ("_guarded", "_plain")

    def __init__(self, table: Mapping[str, UnitForm], not_before: Mapping[str, tuple[str, ...]]) -> None:
        plain = [form for form in table if form not in not_before]
        self._plain = WordTrie(plain, casefold=True) if plain else None
        by_follow: dict[tuple[str, ...], list[str]] = {}
        for form in table:
            if form in not_before:
                by_follow.setdefault(not_before[form], []).append(form)
        self._guarded = [
            (WordTrie(forms, casefold=True), shared_pattern(rf"(?i:[ \u00a0]{{1,3}}(?:{_follow(follow)})(?!\p{{L}}))"))
            for follow, forms in sorted(by_follow.items())
        ]

    def firsts(self) -> frozenset[str] | None:
        """The characters a noun may start with (None: any)."""
        tries = [trie for trie, _ in self._guarded] + ([self._plain] if self._plain else [])
        return _union(trie.firsts for trie in tries)

    def ends(self, text: str, pos: int) -> list[int]:
        """Where a noun starting at ``pos`` may end, in the order its pattern tries them."""
        out = self._plain.ends(text, pos) if self._plain is not None else []
        for trie, follow in self._guarded:
            out += [end for end in trie.ends(text, pos) if follow.match(text, end) is None]
        return out


def _union(sets: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    """The union of character sets, or None if one is None (any character)."""
    out: set[str] = set()
    for one in sets:
        if one is None:
            return None
        out |= one
    return frozenset(out)


def _follow(words: tuple[str, ...]) -> str:
    """The words a guarded noun must not come before, as an alternation."""
    return "|".join(r"[ \u00a0]{1,3}".join(map(regex.escape, p.split())) for p in words)


class _LazyGuard:
    """A unit's guard (a negative lookahead), compiled where it is first needed.

    ``near`` matches wherever the guard may fail (its lookaheads may match):
    elsewhere the guard passes without being compiled (most places a unit
    ends: the guard is long, and a text may never need it). Once compiled,
    the guard alone decides.
    """

    __slots__ = ("_guard", "_near", "_pattern")

    def __init__(self, guard: str, near: str) -> None:
        self._guard = guard
        self._near = shared_pattern(near) if near else None
        self._pattern: regex.Pattern[str] | None = None if near else shared_pattern(guard)

    def match(self, text: str, pos: int, endpos: int) -> object:
        """What ``guard.match(text, pos, endpos)`` says, as passing (not None) or not."""
        pattern = self._pattern
        if pattern is None:
            assert self._near is not None
            if self._near.match(text, pos, endpos) is None:
                return True
            pattern = self._pattern = shared_pattern(self._guard)
        return pattern.match(text, pos, endpos)


#: A currency sign of the "sym" way of a unit (not the cent sign).
_ANY_SIGN = regex.compile(r"(?!\u00a2)\p{Sc}")


@functools.lru_cache(maxsize=32)
def _adjective_trie(options: MoneyOptions, prefix: bool) -> WordTrie:
    """The word trie of the adjectives of currency nouns before a unit
    (``prefix``: only those read before an amount; else all of them, shared
    by the suffix and minor units)."""
    return WordTrie(_adjectives(options, prefix), casefold=True)


def _adjectives(options: MoneyOptions, prefix: bool) -> Mapping[str, tuple[str, ...]]:
    """The adjectives of currency nouns of ``options`` (see :func:`_adjective_trie`)."""
    table = options.table()
    if prefix:
        return {a: table.adjectives[a] for a in _prefix_adjectives(options)}
    return table.adjectives


class _UnitReader:
    """Every way of writing a currency unit in one position, read without a giant pattern.

    ``order`` lists the ways in the order they are tried: ``"words"``
    (nouns, optionally after an adjective: "Canadian dlrs"), ``"cs"``
    (symbols and codes as written), ``"ci"`` (forms in any case) and
    ``"sym"`` (any other currency sign). The forms are looked up in word
    tries (:class:`finparse.core.WordTrie`) that match exactly what the
    unit's pattern (:meth:`pattern`) matches, and try the ends of a match in
    the order its regex would, so the reading is the same; only the small
    guard after the unit is a pattern. ``tests/money/test_unit_lookup.py``
    holds the two to agreeing on every form of the tables.
    """

    def __init__(
        self,
        order: tuple[str, ...],
        *,
        words: Mapping[str, UnitForm],
        adjectives: Mapping[str, tuple[str, ...]],
        adjective_trie: Callable[[], WordTrie],
        not_before: Mapping[str, tuple[str, ...]],
        stopped: Mapping[str, UnitForm],
        cs: Mapping[str, UnitForm],
        ci: Mapping[str, UnitForm],
        guard: str = "",
        near: str = "",
    ) -> None:
        self._order = order
        self._words = words
        self._adjectives = adjectives
        self._adjective_trie = adjective_trie
        self._not_before = not_before
        self._after_adjective = {**words, **stopped}
        self._cs = cs
        self._ci = ci
        self._guard = guard
        #: where the guard may fail (see _LazyGuard); "" when unknown
        self._near = near
        self._parts: tuple[Any, ...] | None = None
        #: what to look up where a unit would start with a character, by character
        self._plan: dict[str, tuple[tuple[str, Any], ...]] = {}
        #: the same by the first two characters, where both are ASCII (see _steps_at)
        self._plan2: dict[str, tuple[tuple[str, Any], ...]] = {}
        #: the first two characters of each way's forms (see _heads), made on first use
        self._heads: dict[str, tuple[frozenset[str], frozenset[str]] | None] | None = None

    def pattern(self) -> str:
        """The unit as one regex, with groups ``aw``/``an``, ``w``, ``cs``, ``ci``, ``sym``."""
        words, cs, ci, not_before = self._words, self._cs, self._ci, self._not_before
        parts = {
            "words": (
                rf"(?:(?P<aw>(?i:{trie_pattern(self._adjectives)}))[ \u00a0]{{1,3}}"
                rf"(?P<an>{_nouns_pattern(self._after_adjective, not_before)})"
                rf"|(?P<w>{_nouns_pattern(words, not_before)}))"
                if words else "(?!)"
            ),
            "cs": f"(?P<cs>{trie_pattern(cs)})" if cs else "(?!)",
            "ci": f"(?P<ci>(?i:{trie_pattern(ci)}))" if ci else "(?!)",
            "sym": r"(?P<sym>(?!\u00a2)\p{Sc})",
        }
        return "(?:" + "|".join(parts[way] for way in self._order) + ")" + self._guard

    def _ready(self) -> tuple[Any, ...]:
        parts = self._parts
        if parts is None:
            words = self._words
            nouns = _Nouns(words, self._not_before) if words else None
            same = self._after_adjective == words  # (no stopped nouns: one trie for both)
            parts = self._parts = (
                self._adjective_trie() if words else None,
                nouns if same else _Nouns(self._after_adjective, self._not_before) if words else None,
                nouns,
                WordTrie(self._cs) if self._cs else None,
                WordTrie(self._ci, casefold=True) if self._ci else None,
                _LazyGuard(self._guard, self._near) if self._guard else None,
                {_key(a): codes for a, codes in self._adjectives.items()},
                {_key(f): u for f, u in self._after_adjective.items()},
                {_key(f): u for f, u in words.items()},
                {_key(f): u for f, u in self._ci.items()},
            )
        return parts

    def _steps(self, char: str) -> tuple[tuple[str, Any], ...]:
        """What to look up, in order, where a unit would start with ``char``."""
        steps = self._plan.get(char)
        if steps is None:
            adjective, _, nouns, cs, ci = self._ready()[:5]

            def may(starts: frozenset[str] | None) -> bool:
                return starts is None or char in starts

            found: list[tuple[str, Any]] = []
            for way in self._order:
                if way == "words" and adjective is not None:
                    if may(adjective.firsts):
                        found.append(("an", adjective))
                    if may(nouns.firsts()):
                        found.append(("w", nouns))
                elif way == "cs" and cs is not None and may(cs.firsts):
                    found.append(("cs", cs))
                elif way == "ci" and ci is not None and may(ci.firsts):
                    found.append(("ci", ci))
                elif way == "sym" and _ANY_SIGN.match(char) is not None:
                    found.append(("sym", None))
            steps = self._plan[char] = tuple(found)
        return steps

    def _steps_at(self, text: str, pos: int) -> tuple[tuple[str, Any], ...]:
        """:meth:`_steps` of the character at ``pos``, less the ways none of
        whose forms start with the two characters there, where both are
        ASCII: the word tries of those would find nothing."""
        two = text[pos:pos + 2]
        steps = self._plan2.get(two)
        if steps is None:
            steps = self._plan.get(two[:1])
            if steps is None:
                steps = self._steps(two[:1])
            if len(two) == 2 and two.isascii():
                heads = self._heads
                if heads is None:
                    heads = self._heads = {
                        "an": _heads(self._adjectives, True), "w": _heads(self._words, True),
                        "cs": _heads(self._cs, False), "ci": _heads(self._ci, True)}
                steps = tuple(step for step in steps if step[0] == "sym" or _may_start(heads[step[0]], two))
            if len(self._plan2) >= _PLAN_MEMO:
                self._plan2.clear()
            self._plan2[two] = steps
        return steps

    def _first(self, text: str, pos: int, endpos: int) -> tuple[str, int, int, int] | None:
        """(way, end, end of the adjective, start of the noun) of the first
        match that the guard lets through (guard read up to ``endpos``)."""
        if pos >= len(text):
            return None
        steps = self._steps_at(text, pos)
        if not steps:
            return None  # (most places: nothing to look up)
        guard = self._ready()[5]
        ok = guard.match if guard is not None else None
        for way, trie in steps:
            if way == "an":
                after = self._ready()[1]
                n = len(text)
                for a_end in trie.ends(text, pos):
                    gap = 0
                    while gap < 3 and a_end + gap < n and text[a_end + gap] in " \u00a0":
                        gap += 1
                    for j in range(gap, 0, -1):
                        for end in after.ends(text, a_end + j):
                            if ok is None or ok(text, end, endpos) is not None:
                                return "an", end, a_end, a_end + j
            elif way == "sym":
                if ok is None or ok(text, pos + 1, endpos) is not None:
                    return "sym", pos + 1, 0, 0
            else:
                for end in trie.ends(text, pos):
                    if ok is None or ok(text, end, endpos) is not None:
                        return way, end, 0, 0
        return None

    def may_start(self, text: str, pos: int) -> bool:
        """May a unit start at ``pos`` (by its first character alone)?"""
        if pos >= len(text):
            return False
        steps = self._plan.get(text[pos])
        return bool(steps if steps is not None else self._steps(text[pos]))

    def matches(self, text: str, pos: int) -> bool:
        """Does a unit start at ``pos`` (as the unit's scanning pattern would say)?"""
        return self._first(text, pos, len(text)) is not None

    def read(self, text: str, pos: int) -> tuple[UnitHit, int] | None:
        """The unit at ``pos`` and its end, or None."""
        # (read in a window, as finparse.core reads a leaf: see core._match)
        stop = pos + MATCH_WINDOW
        if stop >= len(text):
            found = self._first(text, pos, len(text))
        else:
            found = self._first(text, pos, stop)
            if found is not None and found[1] > stop - MATCH_MARGIN:
                found = self._first(text, pos, len(text))
        if found is None:
            return None
        way, end, a_end, n_start = found
        matched = text[pos:end]
        adjective_codes, after_keys, word_keys, ci_keys = self._ready()[6:10]
        try:
            if way == "an":
                return UnitHit(after_keys[_key(text[n_start:end])], matched,
                               adjective_codes[_key(text[pos:a_end])]), end
            if way == "w":
                return UnitHit(word_keys[_key(matched)], matched), end
            if way == "cs":
                return UnitHit(self._cs[matched], matched), end
            if way == "ci":
                return UnitHit(ci_keys[_key(matched)], matched), end
        except KeyError:  # a case-folding corner case
            raise Reject from None
        return UnitHit(UnitForm(matched, (), "symbol", 1, matched), matched), end


#: The most pairs of characters a unit reader remembers its ways for.
_PLAN_MEMO = 4096


def _heads(forms: Iterable[str], casefold: bool) -> tuple[frozenset[str], frozenset[str]] | None:
    """How the forms of a word trie can start, as ASCII text writes them: the
    first two characters (in each case the trie reads, with ``casefold``),
    and the first characters of the forms that have no second one or a space
    there. None where a form starts with a space (any start then)."""
    pairs: set[str] = set()
    alone: set[str] = set()
    # (many forms start alike: each distinct start is read once)
    for two in {form[:2] for form in forms}:
        if not two or _spacy(two[0]):
            return None
        firsts = _ascii_cases(two[0], casefold)
        if len(two) == 1 or _spacy(two[1]):
            alone |= firsts
        else:
            seconds = _ascii_cases(two[1], casefold)
            pairs.update(a + b for a in firsts for b in seconds)
    return frozenset(pairs), frozenset(alone)


def _spacy(char: str) -> bool:
    """Is ``char`` a space, to Python or to the regex module (a trie reads a
    run of space as one atom: either says so, to be safe)?"""
    return char.isspace() or (not char.isascii() and _SPACE_CHAR.match(char) is not None)


def _may_start(heads: tuple[frozenset[str], frozenset[str]] | None, two: str) -> bool:
    """May a form of ``heads`` (see :func:`_heads`) start with the two ASCII characters ``two``?"""
    return heads is None or two in heads[0] or two[0] in heads[1]


@functools.lru_cache(maxsize=1024)
def _ascii_cases(char: str, casefold: bool) -> frozenset[str]:
    """The ASCII characters that ``char`` of a form matches in a word trie
    (any of its cases with ``casefold``, as ``(?i:...)`` reads them)."""
    if not casefold:
        return frozenset((char,)) if char.isascii() else frozenset()
    if char.isascii():
        return frozenset((char, char.lower(), char.upper()))
    # A character beyond ASCII matches an ASCII one only if that is a letter
    # of one of its cases ("\u017f" an "s", "\u212a" a "k"): any ASCII letter,
    # to be safe, for the few that do.
    if _ASCII_LETTER_ANY_CASE.fullmatch(char) is None:
        return frozenset()
    return _ASCII_LETTERS


#: An ASCII letter in any case, as ``(?i:...)`` reads one (see _ascii_cases).
_ASCII_LETTER_ANY_CASE = regex.compile(r"(?i)[A-Za-z]")
#: ASCII letters (the filter test reads words by them too: see :class:`_FilterTest`).
_ASCII_LETTERS = frozenset(string.ascii_letters)


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
    reader = _unit_reader(position, options)
    descriptions = {
        "prefix": "a currency before the amount",
        "suffix": "a currency after the amount",
        "minor": "a minor currency unit",
    }
    return reader_parser(reader.read, reader.pattern, description=descriptions[position] if named else None)


@functools.lru_cache(maxsize=32)
def _unit_reader(position: str, options: MoneyOptions) -> _UnitReader:
    """The reader of the currency units of one position (see :func:`currency_unit`)."""
    if position not in ("prefix", "suffix", "minor"):
        raise ValueError(f"position must be 'prefix', 'suffix' or 'minor', got {position!r}")
    table = options.table()
    if position == "prefix":
        return _UnitReader(
            ("words", "cs", "ci", "sym"), words=table.prefix_words, adjectives=_adjectives(options, True),
            adjective_trie=functools.partial(_adjective_trie, options, True), not_before=table.not_before, stopped={}, cs=table.prefix_cs, ci=table.prefix_ci,
        )
    if position == "suffix":
        return _UnitReader(
            ("cs", "ci", "words", "sym"), words=table.words, adjectives=table.adjectives,
            adjective_trie=functools.partial(_adjective_trie, options, False), not_before=table.not_before, stopped=table.stopped, cs=table.suffix_cs,
            ci=table.suffix_ci, guard=_not_next_amount() + _not_percent(), near=_near_next_amount(),
        )
    return _UnitReader(
        ("words", "cs"), words=table.minor, adjectives=table.adjectives,
        adjective_trie=functools.partial(_adjective_trie, options, False), not_before=table.not_before, stopped={}, cs=table.minor_cs, ci={},
        guard=_not_next_amount() + _not_percent(), near=_near_next_amount(),
    )


# -- reading a side of an amount ---------------------------------------------------------


class _Side(NamedTuple):
    """One amount as written: numeral, scale, units around it, sign, span.

    (A named tuple: one is made at every place a number is read, and a
    tuple is quicker to make than a frozen dataclass.)
    """

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
        pre, post = self.pre, self.post
        if pre is None:
            return () if post is None else (post,)
        return (pre,) if post is None else (pre, post)


def _scale_of(text: str | None) -> int:
    return scale_value(text) if text else 1


_GAP = r"[ \u00a0]{0,2}"
_ZERO = Decimal(0)
#: Fractions of newswire prices: vulgar fraction signs ("8¾p") and slashed
#: fractions after a whole number ("48-1/2", "24 1/2 cents") or alone
#: before a unit ("1/2 dlr"). Denominators are powers of two (2 to 64), so
#: every value is an exact decimal.
_VULGAR = {sign: value for sign, value in vocabulary.VULGAR_FRACTIONS.items() if value * 64 % 1 == 0}
#: "a quarter million", "three quarters of a billion" (before a word scale).
_QUARTERS = r"(?i:(?:an?|one|three)[ \u00a0]quarters?(?:[ \u00a0]of[ \u00a0]an?)?)"
_WORD_SCALE = rf"(?i:{QUARTER_SCALE})"
_FRACTION_ALONE = r"(?<![\d/.,])\d{1,2}/\d{1,2}(?![\d/])"
_FRACTION_TAIL = rf"[{''.join(_VULGAR)}]|[- \u00a0]\d{{1,2}}/\d{{1,2}}(?![\d/])"
#: Between a number and its scale: nothing, a space, or a hyphen before a
#: scale word ("Rs 470.49-crore", "a $5-million fee").
_SCALE_JOIN = r"(?:[ \u00a0]?|-(?=\p{L}{2}))"


@functools.cache
def _percent_words() -> str:
    """The forms of the percent unit ("%", "pct", "per cent"), as a pattern.

    They are those of ``data/percent_units.tsv``, the table of
    :mod:`finparse.percent`, in their case there ("pc" only in lower case):
    the class "percent" of :func:`finparse.vocabulary.unit_pattern`.

    >>> [m.group() for m in regex.finditer(_percent_words(), "5 PCT, 6 per  cent, 7pc, 8 PC")]
    ['PCT', 'per  cent', 'pc']
    """
    return vocabulary.unit_pattern("percent")


@functools.cache
def _not_next_amount() -> str:
    """After a unit: not a number that starts the next amount.

    A unit could also start the next amount ("Lt 53mn US$ 22.53 mn EUR
    15.35 mn": each code starts an amount): the unit is not followed by a
    number with a decimal part or a scale of its own that no unit follows
    ("12 USD 40" is still twelve dollars forty, and "69 TL 41.90 TL" two
    amounts).
    """
    scale = scale_fragment()
    return (
        rf"(?![ \u00a0]{{0,2}}[-\u2212]?\d[\d,]*+(?:\.\d++(?:[ \u00a0]?{scale})?+|[ \u00a0]?{scale})"
        r"(?![ \u00a0]{0,2}(?:\p{Sc}|\p{Lu}{2,3}(?!\p{L})|\p{Lu}\p{Ll}(?!\p{L}))))"
    )


@functools.cache
def _not_percent() -> str:
    """Not a percentage next: "20-20/32 stg pct" is a price quoted in percent."""
    return rf"(?![ \u00a0]?{_percent_words()})"


@functools.cache
def _near_next_amount() -> str:
    """Where ``_not_next_amount() + _not_percent()`` may fail: a digit or a
    minus after at most two spaces, or the first character of a percent form
    after at most one (the guard of the suffix and minor units compiles there)."""
    firsts = "".join(sorted({w[0] for w in vocabulary.unit_words("percent")}))
    return rf"[ \u00a0]{{0,2}}[-\u2212]?\d|[ \u00a0]?(?i:[{regex.escape(firsts)}])"


@functools.cache
def _not_glued() -> str:
    """After a code that narrows a symbol amount ("$65.00 U.S."): not the next amount.

    Nor glued to a "$" or a letter: "$5 US$ 4" is two amounts.
    """
    return r"(?![$\p{L}])" + _not_next_amount()


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
        return _VULGAR[text]
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
    numeral = c["n"]
    if numeral is None:  # (one of the three alternatives matched: "n" most often)
        quarter = c["fq"]
        if quarter is not None:  # "a quarter million", "three quarters of a billion"
            quarters = Decimal("0.75") if quarter.lower().startswith("three") else Decimal("0.25")
            return negative, Numeral("0", False), _scale_of(c["sq"]), quarters
        return negative, Numeral("0", False), scale, _fraction(c["fo"] or "")
    fraction = c["fr"]
    return negative, Numeral(numeral, c["d"] is None), scale, _ZERO if fraction is None else _fraction(fraction)


#: The longest stretch before the first numeral of an amount: a qualifier,
#: "between" and a currency ("approximately between Malaysian ringgit 57").
_REACH = 48


@functools.cache
def _numeral_anchor() -> tuple[str, str]:
    """Where an amount's numeral may be: digits, or a number word.

    Two patterns scanned apart (see :func:`finparse.core.anchored`): the
    words are slow to scan for, the digits fast, and together slower than
    both apart.
    """
    return (
        r"(?<!\p{N})(?<!\p{N}[.,'])\d|\.\d",
        # the words of finparse.numbers (number words and word scales), and "a"
        # before a currency word ("a dollar")
        rf"\b(?i:{trie_pattern(number_word_forms(), boundary=False)}"
        rf"|an?(?= (?:{_after_a()})))\b",
    )


# -- the grammar, family by family ---------------------------------------------------------
#
# An amount is one side (a number with its currency before or after it, or a
# bare number), maybe followed by a tail (the second end of a range, or
# cents written apart), after lead words (a qualifier, a sign word). Each
# production below is built on first use, once per options (or once, when
# it needs none), so that productions composing it share one parser: the
# composed scanning pattern writes a part used twice once, as a subroutine,
# and a build reads it once per place (see finparse.core). Leaves compile on
# first use (``lazy=True``).

#: Composing a grammar takes this lock: one thread builds a grammar's parts
#: while the others wait, so that every part occurs once in it.
_BUILDING = threading.Lock()


@functools.cache
def _lead_words() -> Parser[tuple[int, str | None, bool]]:
    """Lead words: invisible characters, a qualifier, then a sign word.

    All three may be missing (the empty string matches). The value is
    (invisible characters skipped, qualifier effect, negative), read by
    :func:`_read_lead`.

    >>> _lead_words().search("about negative EUR 15.5 mn").value
    (0, 'approximate', True)
    >>> _lead_words().search("Up to minus $3").value
    (0, 'max', True)
    """
    qualifiers = vocabulary.qualifiers()
    signs = _context_words("sign")

    def pattern() -> str:
        return (
            rf"(?P<j>{_INVISIBLE})"
            rf"(?:(?P<q>(?i:{trie_pattern(qualifiers)}))[ \u00a0]{{1,3}})?"
            rf"(?:(?P<s>(?i:(?<!\p{{L}}){trie_pattern(signs)}))[ \u00a0]{{1,3}}"
            r"(?=[\p{L}\p{Sc}\d]))?"
        )

    return reader_parser(_LeadReader(qualifiers, signs).read, pattern)


#: The parts of the lead words' pattern that :class:`_LeadReader` reads by regex.
_LEAD_INVISIBLE = LazyPattern(_INVISIBLE)
_NOT_AFTER_LETTER = LazyPattern(r"(?<!\p{L})")
_SIGN_NEXT = regex.compile(r"[\p{L}\p{Sc}\d]")


class _LeadReader:
    """The lead words of :func:`_lead_words`, read with word tries.

    It reads what the pattern of :func:`_lead_words` matches (invisible
    characters, a qualifier and spaces, a sign word, spaces and no space
    next), taking the words' ends in the order the regex tries them; the
    word lists are looked up (:class:`finparse.core.WordTrie`), not compiled.
    """

    __slots__ = ("_never", "_qualifiers", "_signs", "_tries")

    def __init__(self, qualifiers: Mapping[str, str], signs: tuple[str, ...]) -> None:
        self._qualifiers = qualifiers
        self._signs = signs
        self._tries: tuple[WordTrie, WordTrie, frozenset[str]] | None = None
        #: ASCII characters that start no lead word (nor anything invisible)
        self._never: frozenset[str] = frozenset()

    def read(self, text: str, pos: int) -> tuple[tuple[int, str | None, bool], int]:
        """(the value of :func:`_read_lead`, end) of the lead words at ``pos``."""
        tries = self._tries
        if tries is None:
            tries = (
                WordTrie(self._qualifiers, casefold=True), WordTrie(self._signs, casefold=True),
                frozenset(self._signs))
            firsts = [trie.firsts for trie in tries[:2]]
            if None not in firsts:
                starts = {c for one in firsts if one is not None for c in one}
                self._never = frozenset(chr(i) for i in range(1, 128) if chr(i) not in starts)
            self._tries = tries
        qualifier, sign, signs = tries
        at = pos
        first = text[pos:pos + 1]
        if first in self._never:
            return _NO_LEAD, pos  # (most places: no lead word can start here)
        if first and (first == "\x00" or not first.isascii()):
            m = _LEAD_INVISIBLE.match(text, pos)
            assert m is not None  # (it matches the empty string)
            at = m.end()
        after = qualifier.spaced(text, at)
        if after is not None:
            at = after
        after = sign.spaced(text, at, then=_SIGN_NEXT)
        if after is not None and _NOT_AFTER_LETTER.match(text, at) is not None:
            at = after
        if at == pos:
            return _NO_LEAD, pos
        return _read_lead(self._qualifiers, signs, text[pos:at]), at


# .. bare numbers ..........................................................................


@functools.cache
def _number() -> Parser[tuple[bool, Numeral, int, Decimal]]:
    """The number of an amount: a sign, a numeral, a fraction, a scale.

    Digits or number words, with a newswire fraction ("48-1/2", "8¾") or
    a fraction alone ("1/2"), or a quarter of a word scale ("a quarter
    million"); then a scale ("16.3mn", "5-million", "two billion"). The
    value is (negative, numeral, scale, fraction).

    >>> negative, numeral, scale, fraction = _number().parse("-16.3 mln")
    >>> negative, numeral.text, scale, fraction
    (True, '16.3', 1000000, Decimal('0'))
    >>> _number().parse("three quarters of a billion")[2:]
    (1000000000, Decimal('0.75'))
    """
    return regex_parser(
        rf"(?P<neg>[-\u2212](?=[\d.]))?"
        rf"(?:(?P<fq>{_QUARTERS})(?=[ \u00a0]{_WORD_SCALE})|(?P<fo>{_FRACTION_ALONE})"
        rf"|(?P<n>{numeral_fragment()})(?P<fr>{_FRACTION_TAIL})?)"
        rf"(?:(?<=[Qq]uarters?|[Aa]n?)[ \u00a0](?P<sq>{_WORD_SCALE})|{_SCALE_JOIN}(?P<sc>{scale_fragment()}))?",
        captures=_read_num,
        description="a number", lazy=True
    )


@functools.cache
def _a_one() -> Parser[tuple[bool, Numeral, int, Decimal]]:
    """"a" or "an" as the number one, before a currency noun ("a dollar").

    >>> _a_one().search("a dollar").value[1].text
    'one'
    """
    return regex_parser(
        rf"(?i:(?<!\p{{L}})an?)(?=[ \u00a0]+(?i:{_after_a()})(?!\p{{L}}))",
        lambda s: (False, Numeral("one", True), 1, _ZERO), lazy=True
    )


@functools.cache
def _free_number() -> Parser[tuple[bool, Numeral, int, Decimal]]:
    """A number (or "a" before "dollar") not glued to a word or number before it.

    >>> [m.text for m in _free_number().finditer("A5, B-5, 7 and 5m")]
    ['7', '5m']
    """
    return _free() >> _next_number()


def _free() -> Parser[str]:
    """Where a number not glued to a word or number before it may start
    (consuming nothing): the sides of an amount read it, then
    :func:`_next_number`, without a combinator between (see
    :func:`_free_number`). Each side has its own: a part used twice is
    remembered per place, which costs more than reading this again."""
    return reader_parser(_free_read, _FREE)


@functools.cache
def _next_number() -> Parser[tuple[bool, Numeral, int, Decimal]]:
    """A number (or "a" before "dollar"): the second end of a range after a
    dash, and the number of a side after :func:`_free`.

    >>> _next_number().parse("6 billion")[2]
    1000000000
    """
    return alt(_number(), _a_one())


def _side_of(value: Any, start: int, end: int) -> tuple[_Side, int]:
    """A side from a number and what follows it, (number, (unit, scale) or
    nothing), matched from ``start`` to ``end``; and its end (a bind: no
    :class:`Match` to make for it)."""
    (minus, numeral, sc, fraction), after = value
    unit, sc2 = after if after else (None, 1)
    return _Side(numeral, sc * sc2, None, unit, minus, start, end, fraction), end


def _free_side_of(value: Any, start: int, end: int) -> tuple[_Side, int]:
    """:func:`_side_of` after :func:`_free` (its empty text first)."""
    _, (minus, numeral, sc, fraction), (unit, sc2) = value
    return _Side(numeral, sc * sc2, None, unit, minus, start, end, fraction), end


def _bare_side_of(value: Any, start: int, end: int) -> tuple[_Side, int]:
    """:func:`_side_of` of a number alone after :func:`_free`."""
    _, (minus, numeral, sc, fraction) = value
    return _Side(numeral, sc, None, None, minus, start, end, fraction), end


@functools.cache
def _bare_side() -> Parser[_Side]:
    """A number without a currency, as the first end of a range ("15" of "15 to 20 mln dlrs").

    >>> side = _bare_side().parse("5.2 billion")
    >>> side.numeral.text, side.scale, side.units
    ('5.2', 1000000000, ())
    """
    return seq(_free(), _next_number()).bind(_bare_side_of)


@functools.cache
def _bare_side_next() -> Parser[_Side]:
    """A number without a currency after a range dash, not a percentage ("6" of "$5-6").

    >>> _bare_side_next().parse("six").numeral.text
    'six'
    >>> _bare_side_next().search("6 pct") is None
    True
    """
    not_percent = regex_parser(_not_percent(), lazy=True)
    return seq(_next_number(), not_percent).bind(_side_of)


# .. a currency before the number ..........................................................


@functools.lru_cache(maxsize=32)
def _pre_side(options: MoneyOptions) -> Parser[_Side]:
    """An amount with its currency before the number: "$5", "EUR 74.8 m", "-US$ 3bn".

    A minus may come first, a colon after the unit ("Rs: 500"), the number
    may be in parentheses (a negative: "$(1.2) mln"), and a code may repeat
    or narrow a symbol after it ("$65.00 U.S."). A currency noun that needs
    a scale there does not take a number without one ("euro 5").

    >>> side = _pre_side(MoneyOptions()).parse("US$ 16.3 mn")
    >>> side.pre.text, side.numeral.text, side.scale
    ('US$', '16.3', 1000000)
    >>> _pre_side(MoneyOptions()).parse("$(5)").negative
    True
    """
    table = options.table()
    neg = _Quick(r"(?<![\p{L}\p{N}\-])[-\u2212]", "-\u2212")
    unit = _unit_reader("prefix", options)

    def minus_then_unit(text: str, pos: int) -> tuple[str | None, int] | None:
        # opt(minus), failing at once where no currency can start next
        found = neg.read(text, pos)
        at = pos if found is None else found[1]
        if not unit.may_start(text, at):
            return None
        return (None if found is None else found[0]), at

    gap_pre = regex_parser(r"(?::[ \u00a0]?|[ \u00a0]{0,2})", lazy=True)
    paren = regex_parser(
        rf"\((?P<n>{DIGITS})(?:[ \u00a0]?(?P<sc>{scale_fragment()}))?\)"
        rf"(?:[ \u00a0]?(?P<sc2>{scale_fragment()}))?",
        captures=lambda c: (
            True, Numeral(c["n"] or "", False), _scale_of(c["sc"]) * _scale_of(c["sc2"]), _ZERO),
        lazy=True, guard=r"\(\d",  # compiled at the first "$(5"-like place only
    )
    # After a currency symbol, a code or "U.S." may repeat or narrow it
    # ("$65.00 U.S.", "$2,340.00 AUD"); another symbol starts a new amount.
    post_code = seq(lexicon(
        {f: u for f, u in table.suffix_cs.items() if u.kind == "code" and f.isupper()}
        | {f: u for f, u in table.after_symbol.items()},
        casefold=False,
        description="",
    ), regex_parser(_not_glued(), lazy=True)).map(lambda t: t[0]).spanned().map(lambda m: UnitHit(m.value, m.text))

    def from_pre(value: Any, start: int, end: int) -> tuple[_Side, int]:
        negative, unit, _gap, (minus, numeral, sc, fraction), tail = value
        if sc == 1 and unit.form.kind == "word" and not unit.narrowed and _key(unit.text) in table.prefix_scaled:
            raise Reject  # "euro 5" is not an amount; "euro 5 million" is
        return _Side(numeral, sc, unit, tail[1] if tail else None, bool(negative) or minus,
                     start, end, fraction), end

    return seq(
        reader_parser(minus_then_unit, r"(?:(?<![\p{L}\p{N}\-])[-\u2212])?"),
        _unit("prefix", options), gap_pre, alt(paren, _number()),
        opt(seq(regex_parser(_GAP, lazy=True), post_code)),
    ).bind(from_pre)


# .. a currency after the number ...........................................................


@functools.lru_cache(maxsize=32)
def _unit_after(options: MoneyOptions) -> Parser[tuple[UnitHit, int]]:
    """A currency right after a number, maybe with a scale after it.

    Spaced or hyphenated ("5 dollars", "a $5-million fee" has none, "5
    euros mln"), or a minor unit glued to the number ("8p", "50c"). The
    value is (unit, scale after it).

    >>> unit, scale = _unit_after(MoneyOptions()).parse(" Canadian dlrs")
    >>> unit.codes, scale
    (('CAD',), 1)
    >>> _unit_after(MoneyOptions()).parse(" RMB mln")[1]
    1000000
    """
    table = options.table()
    glued = _hit(lexicon(table.minor_glued, casefold=False, description=""))
    # (a scale after the unit or none, in one leaf read from its text: 1 where
    # none; scale_value() reads the scale past the space before it)
    after_scale = regex_parser(rf"(?:[ \u00a0]?{scale_fragment()})?", _scale_of, lazy=True)
    gap_post = reader_parser(_gap_post, rf"(?:-(?=\p{{L}})|{_GAP})")
    suffix = _suffix_unit(options)
    return alt(
        seq(gap_post, alt(_unit("minor", options), suffix), after_scale).map(_second_third),
        glued.map(lambda u: (u, 1)),
    )


def _gap_post(text: str, pos: int) -> tuple[str, int]:
    r"""``(?:-(?=\p{L})|[ \u00a0]{0,2})`` at ``pos`` (it always matches), read
    in Python: between a number and the unit after it."""
    if text[pos:pos + 1] == "-":
        after = text[pos + 1:pos + 2]
        if after.isalpha() if after.isascii() else _LETTER_CHAR.match(after) is not None:
            return "-", pos + 1
    end = pos
    while end < len(text) and end - pos < 2 and text[end] in " \u00a0":
        end += 1
    return text[pos:end], end


def _second_third(parts: tuple[Any, _T, int]) -> tuple[_T, int]:
    return parts[1], parts[2]


@functools.cache
def _adjective_after() -> tuple[regex.Pattern[str], str, Mapping[str, tuple[str, ...]]]:
    """An adjective after a currency noun, maybe in brackets: " Canadian" of
    "12 dlrs Canadian", " (Canadian)"; not before a capitalised word ("dlrs
    Canadian Pacific"), and "U.S." only before punctuation or the end ("dlrs
    U.S. trade deficit"). See the ``after`` rows of ``data/currency_names.tsv``.
    (The pattern, its text, and the codes of each adjective.)

    >>> pattern, _, codes = _adjective_after()
    >>> codes[pattern.match(" (Canadian)").group("b")]
    ('CAD',)
    """
    table = rows("currency_names.tsv")
    codes = {row[1]: tuple(row[2].split()) for row in table if row[0] in ("after", "after-end")}

    def alternation(kinds: tuple[str, ...]) -> str:
        return _longest_first(row[1] for row in table if row[0] in kinds)

    anywhere, ending = alternation(("after",)), alternation(("after-end",))
    text = (
        rf"[ \u00a0]{{1,2}}(?:\((?P<b>{anywhere}|{ending})\)"
        rf"|(?P<a>{anywhere})(?![\p{{L}}\p{{N}}])(?![ \u00a0]{{1,2}}\p{{Lu}})"
        rf"|(?P<e>{ending})(?![\p{{L}}\p{{N}}])(?![ \u00a0]*[\p{{L}}\p{{N}}]))"
    )
    return regex.compile(text), text, codes


@functools.lru_cache(maxsize=32)
def _suffix_unit(options: MoneyOptions) -> Parser[UnitHit]:
    """A currency after the number (:func:`currency_unit` ``"suffix"``), and
    an adjective after a noun that it narrows ("dlrs Canadian": CAD); an
    adjective that cannot narrow the noun is left out ("12 euros Canadian").

    >>> hit = _suffix_unit(MoneyOptions()).parse("dollars Australian")
    >>> hit.text, hit.codes
    ('dollars Australian', ('AUD',))
    """
    reader = _unit_reader("suffix", options)

    def read(text: str, pos: int) -> tuple[UnitHit, int] | None:
        found = reader.read(text, pos)
        if found is None:
            return None
        unit, end = found
        if unit.form.kind != "word" or unit.narrowed or end >= len(text) or text[end] not in " \u00a0":
            return found
        pattern, _, codes = _adjective_after()
        m = pattern.match(text, end)
        if m is None:
            return found
        narrowed = codes[m.group("a") or m.group("b") or m.group("e")]
        if not set(narrowed) & set(unit.form.codes):
            return found
        return UnitHit(unit.form, text[pos : m.end()], narrowed), m.end()

    # (the scanning pattern may take an adjective that the reader leaves out:
    # it only says where a build is worth trying)
    return reader_parser(read, lambda: f"(?:{reader.pattern()})(?:{_adjective_after()[1]})?")



@functools.lru_cache(maxsize=32)
def _post_side(options: MoneyOptions) -> Parser[_Side]:
    """An amount with its currency after the number: "5 dollars", "16.3 mln euros", "8¾p".

    >>> side = _post_side(MoneyOptions()).parse("74.8 mln Swiss francs")
    >>> side.numeral.text, side.scale, side.post.codes
    ('74.8', 1000000, ('CHF',))
    >>> _post_side(MoneyOptions()).parse("fifty cents").post.form.kind
    'minor'
    """
    return seq(_free(), _next_number(), _unit_after(options)).bind(_free_side_of)


@functools.lru_cache(maxsize=32)
def _post_side_next(options: MoneyOptions) -> Parser[_Side]:
    """:func:`_post_side` as the second end of a range, after a dash ("6" of "$5-6 dlrs").

    >>> _post_side_next(MoneyOptions()).parse("25 dollars").post.text
    'dollars'
    """
    return seq(_next_number(), _unit_after(options)).bind(_side_of)


# .. bid and offer .........................................................................


def _pair_of(value: Any, start: int, end: int) -> tuple[tuple[_Side, _Side], int]:
    (low, high), (unit, sc) = value
    return (_Side(Numeral(low, False), sc, None, None, False, start, end),
            _Side(Numeral(high, False), sc, None, unit, False, start, end)), end


@functools.lru_cache(maxsize=32)
def _pair_side(options: MoneyOptions) -> Parser[tuple[_Side, _Side]]:
    """Bid and offer quoted together: "401.50/90 dlrs" is 401.50 to 401.90.

    The offer repeats the last digits of the bid (see :func:`_bid_offer`);
    a currency follows.

    >>> low, high = _pair_side(MoneyOptions()).parse("401.50/90 dlrs")
    >>> low.numeral.text, high.numeral.text, high.post.text
    ('401.50', '401.90', 'dlrs')
    """
    pair_numbers = regex_parser(
        r"(?<![\p{L}\p{N}_.,/])(?<![\p{L}\p{N}]-)(?P<a>\d{1,6}\.(?P<ad>\d{1,4}))/(?P<b>\d{1,4})(?![\d/])",
        captures=_bid_offer, lazy=True
    )
    return seq(_gated(_slash_near, pair_numbers), _unit_after(options)).bind(_pair_of)


def _slash_near(text: str, pos: int) -> tuple[None, int] | None:
    """Pass where a bid and offer may start: a "/" within 12 characters."""
    return (None, pos) if text.find("/", pos, pos + 12) >= 0 else None


# .. cents written apart ...................................................................


@functools.cache
def _small_number_words() -> str:
    """The pattern of a number word from one to ninety-nine ("seven", "forty-two").

    The words are those of :func:`finparse.vocabulary.number_words`, one
    spelling a number.

    >>> regex.fullmatch(_small_number_words(), "Forty-two") is not None
    True
    """
    spelled = vocabulary.spellings()
    tens = "|".join(spelled[n] for n in range(20, 100, 10))
    teens = "|".join(spelled[n] for n in range(10, 20))
    units = "|".join(spelled[n] for n in range(1, 10))
    return rf"(?i:(?<!\p{{L}})(?:(?:{tens})(?:[-\s](?:{units}))?|{teens}|{units})(?!\p{{L}}))"


@functools.cache
def _small_word_firsts() -> frozenset[str]:
    """The first letters of the words of :func:`_small_number_words`, as spelled."""
    spelled = vocabulary.spellings()
    return frozenset(spelled[n][0] for n in range(1, 100) if n in spelled)


@functools.cache
def _before_small_words() -> str:
    """Where :func:`_cents_words` may match: a space (or "and") before the
    first letter of a word of :func:`_small_number_words` (its guard)."""
    firsts = sorted(_small_word_firsts())
    letters = regex.escape("".join(firsts))
    return rf"[ \u00a0]+(?i:and)[ \u00a0]+(?i:[{letters}])|[ \u00a0](?i:[{letters}])"


_CENTS_JOINT = r"(?:[ \u00a0]+(?i:and)[ \u00a0]+|[ \u00a0])"


def _small_words_value(words: str) -> Decimal:
    """The value of cents in words; Reject where case folding matched what
    the words do not read ("\u017fix": a long s folds to "s").

    >>> _small_words_value("Forty-two")
    Decimal('42')
    """
    try:
        return read_words(words)
    except ValueError:
        raise Reject from None


@functools.cache
def _cents_number() -> Parser[Decimal]:
    """One or two digits, or a number word below a hundred: the cents of "$17 and 62c"."""
    return regex_parser(
        rf"(?P<d>\d{{1,2}})(?!\d)|(?P<w>{_small_number_words()})",
        captures=lambda c: Decimal(c["d"]) if c["d"] else _small_words_value(c["w"] or ""), lazy=True
    )


@functools.lru_cache(maxsize=32)
def _cents_with_unit(options: MoneyOptions) -> Parser[tuple[Decimal, UnitHit | None]]:
    """Cents with their minor unit after a whole amount: " and 62c", " 50 pence", " and 20p".

    >>> cents, unit = _cents_with_unit(MoneyOptions()).parse(" and 62 cents")
    >>> cents, unit.text
    (Decimal('62'), 'cents')
    """
    minor = _unit("minor", options)
    number = _cents_number()
    glued = lexicon(options.table().minor_glued, casefold=False, description="").spanned().map(
        lambda m: UnitHit(m.value, m.text))
    return alt(
        seq(regex_parser(_CENTS_JOINT, lazy=True), number, regex_parser(r"[ \u00a0]?", lazy=True), minor),
        seq(regex_parser(_CENTS_JOINT, lazy=True), number, regex_parser("", lazy=True), glued),  # "£3 and 20p"
    ).map(lambda t: (t[1], t[3]))


@functools.cache
def _cents_words() -> Parser[tuple[Decimal, UnitHit | None]]:
    """Cents as bare words: after "and" ("US$4 and sixteen"), or right after the unit, last.

    Not when the words go on ("ten thousand dollars and two hundred
    shares"); after the unit, when nothing follows ("twenty dollars fifty").

    >>> _cents_words().parse(" and sixteen")
    (Decimal('16'), None)
    >>> _cents_words().search(" and two hundred shares") is None
    True
    """
    small_words = _small_number_words()
    return regex_parser(
        rf"[ \u00a0]+(?i:and)[ \u00a0]+(?P<w>{small_words})"
        rf"(?![ \u00a0]*(?:[\p{{N}}\p{{Sc}}]|(?i:hundred|{scale_fragment()})))"
        # "twenty dollars fifty": right after the unit, and nothing follows
        rf"|[ \u00a0](?P<w2>{small_words})(?![ \u00a0]*+[\p{{L}}\p{{N}}\p{{Sc}}-])",
        captures=lambda c: (_small_words_value(c["w"] or c["w2"] or ""), None), lazy=True,
        guard=_before_small_words(),
    )


@functools.lru_cache(maxsize=32)
def _cents_digits(options: MoneyOptions) -> Parser[tuple[Decimal, UnitHit | None]]:
    """Cents as bare digits: two of them, or one or two after "and" ("12 USD 40").

    Not when something makes them a number of their own: a currency after
    them ("15 rmb 30 usd"), a percent or a scale ("20 43 pct").

    >>> _cents_digits(MoneyOptions()).parse(" 40")
    (Decimal('40'), None)
    >>> _cents_digits(MoneyOptions()).search(" 40 EUR") is None
    True
    """
    # (whether a currency follows is asked of the unit's own reader, once
    # the digits matched: written into this pattern, it would double its size)
    unit = _unit_reader("suffix", options)

    def read_two_digits(c: Captures) -> tuple[Decimal, UnitHit | None]:
        text, end = c.string, c.end
        if (text[end:end + 1] in (" ", "\u00a0") and unit.matches(text, end + 1)) or unit.matches(text, end):
            raise Reject  # "12 USD 40 EUR": the digits are an amount of their own
        return Decimal(c["a"] or c["b"] or "0"), None

    return regex_parser(
        r"(?:[ \u00a0]+(?i:and)[ \u00a0]+(?P<a>\d{1,2})|[ \u00a0](?P<b>\d\d))"
        r"(?![\d%\p{L}\p{Sc}]|[.,]\d|[ \u00a0]?(?:[\p{N}\p{Sc}%]"
        rf"|{vocabulary.unit_pattern('percent', 'scale', 'rate')}))",
        captures=read_two_digits, lazy=True, guard=r"[ \u00a0]+(?i:and)[ \u00a0]+\d|[ \u00a0]\d\d",
    )


def _below_a_hundred(value: tuple[Decimal, UnitHit | None]) -> tuple[Decimal, UnitHit | None]:
    if value[0] >= 100:
        raise Reject
    return value


@functools.lru_cache(maxsize=32)
def _cents(options: MoneyOptions) -> Parser[tuple[Decimal, UnitHit | None]]:
    """Minor units written after a whole amount: "$17 and 62c", "12 USD 40", "twenty dollars fifty".

    The value is (minor units, their unit or None), below a hundred.

    >>> _cents(MoneyOptions()).parse(" and 62c")[0]
    Decimal('62')
    """
    return alt(_cents_with_unit(options), _cents_words(), _cents_digits(options)).map(_below_a_hundred)


# .. ranges: "A to B", "A-B", "between A and B" .............................................


@functools.lru_cache(maxsize=32)
def _unit_side(options: MoneyOptions) -> Parser[_Side]:
    """A side with a currency, before or after the number ("$5", "5 dollars")."""
    return alt(_pre_side(options), _post_side(options))


@functools.lru_cache(maxsize=32)
def _any_side(options: MoneyOptions) -> Parser[_Side]:
    """A side with a currency or without one ("$5", "5 dollars", "5")."""
    return alt(_pre_side(options), _post_side(options), _bare_side())


@functools.lru_cache(maxsize=32)
def _unit_next(options: MoneyOptions) -> Parser[_Side]:
    """A side with a currency after a range dash ("$6", "6 dollars")."""
    return alt(_pre_side(options), _post_side_next(options))


@functools.lru_cache(maxsize=32)
def _any_next(options: MoneyOptions) -> Parser[_Side]:
    """A side with a currency or without one after a range dash ("$6", "6 dollars", "6")."""
    return alt(_pre_side(options), _post_side_next(options), _bare_side_next())


@functools.cache
def _ws() -> Parser[str]:
    return regex_parser(r"[ \u00a0]{1,3}", lazy=True)


@functools.cache
def _dash() -> Parser[str]:
    """A range dash (a hyphen, an en or em dash), maybe spaced: "-", " - "."""
    return reader_parser(_read_dash, r"[ \u00a0]{0,3}[-\u2013\u2014][ \u00a0]{0,3}")


def _read_dash(text: str, pos: int) -> tuple[str, int] | None:
    """The pattern of :func:`_dash` at ``pos``, read in Python."""
    n = len(text)
    at = pos
    while at < n and at - pos < 3 and text[at] in " \u00a0":
        at += 1
    if at >= n or text[at] not in "-\u2013\u2014":
        return None
    at += 1
    end = at
    while end < n and end - at < 3 and text[end] in " \u00a0":
        end += 1
    return text[pos:end], end


#: "to" between the two ends of a range.
_TO_WORD = r"[ \u00a0]{1,3}(?i:to)[ \u00a0]{1,3}"
#: Up to five words back: the first end ("5 mln dlrs") and two more.
_WINDOW_WORDS = r"[ \u00a0]{1,3}[^ \u00a0]{1,20}(?:[ \u00a0]{1,3}[^ \u00a0]{1,20}){0,4}"
#: Up to three words back: the first end and one more.
_NEAR_WORDS = r"[ \u00a0]{1,3}[^ \u00a0]{1,20}(?:[ \u00a0]{1,3}[^ \u00a0]{1,20}){0,2}"


@functools.cache
def _change_words() -> str:
    """Words after which "A to B" is a change, not a range ("rose $1.20 to $82.40")."""
    return trie_pattern([*_context_words("change"), *_direction_words()])


@functools.cache
def _to() -> Parser[str]:
    """"to" between the ends of a range whose first end has a currency.

    "A to B" is a range, unless a word of change comes first ("rose $1.20
    to $82.40" is two amounts), or "from" does ("from $5 to $7" is a change
    of level) but not after a word of range ("ranging from $5 to $7"). A
    first end without a unit ("from 30 to 45 euros") is a range after
    "from" too: one quantity, unless a word of change comes first. A past
    verb right before the first end is a change too ("Rio cheapened 16p to
    £42.41"). The words before are read behind the match.

    >>> _to().parse(" to ")
    ' to '
    >>> [m.start for m in _to().finditer("ranging from $5 to $7, rose $1 to $2")]
    [15]
    """
    return reader_parser(_ToReader(bare=False).read, _to_pattern)


def _to_pattern() -> str:
    """The pattern of :func:`_to`: the words before "to" are read behind it."""
    ranging = trie_pattern(_context_words("range-from"))
    # (the cheap look ahead first: the look behind runs only before "to")
    return (
        rf"(?={_TO_WORD})(?<!{_reported_change()}{_level_free(5)})"
        rf"(?<!(?<!(?i:{ranging})[ \u00a0]{{1,3}})(?i:from){_WINDOW_WORDS})"
        rf"(?<!(?<!\p{{L}})(?!(?i:{ranging}))\p{{L}}{{2,20}}ed{_level_free(3)})" + _TO_WORD
    )


@functools.cache
def _level_words() -> frozenset[str]:
    """Words that make the first end of "X to Y" a level after a word of change ("rose to 5 to 7 dlrs")."""
    return frozenset(w.casefold() for w in _context_words("range-level"))


def _level_free(words: int, least: int = 1) -> str:
    """``least`` to ``words`` words (as :data:`_WINDOW_WORDS`), none of them a
    word of ``range-level``: the words between a word of change and "to"."""
    level = _longest_first(_level_words())
    word = rf"[ \u00a0]{{1,3}}(?!(?i:{level})(?![^ \u00a0]))[^ \u00a0]{{1,20}}"
    return rf"{word}(?:{word}){{{least - 1},{words - 1}}}"


@functools.cache
def _to_bare() -> Parser[str]:
    """"to" after a first end without a currency: only a word of change before it makes two amounts.

    >>> [m.start for m in _to_bare().finditer("from 30 to 45 euros, up 3 to 5 dlrs")]
    [7]
    """
    return reader_parser(_ToReader(bare=True).read, _to_bare_pattern)


def _to_bare_pattern() -> str:
    """The pattern of :func:`_to_bare`."""
    # (a word of plan counts right before the first end only: "will rise 5
    # to 7 dlrs" is a range, "will rise from 5 to 7 dlrs" two amounts)
    return (
        rf"(?={_TO_WORD})(?<!{_reported_change()}{_level_free(1)})"
        rf"(?<!(?i:{_change_words()}){_level_free(3, 2)})" + _TO_WORD
    )


@functools.cache
def _plan_words() -> str:
    """The words of ``plan`` (data/currency_context.tsv), as an alternation."""
    return _longest_first(_context_words("plan"))


def _longest_first(words: Iterable[str]) -> str:
    """Words as an alternation of escaped literals, longest first, then by
    text: the same pattern under every hash seed.

    >>> _longest_first({"to", "will", "may"})
    'will|may|to'
    """
    return "|".join(map(regex.escape, sorted(words, key=lambda w: (-len(w), w))))


def _reported_change() -> str:
    """A word of change, but a verb of change only when no word of ``plan``
    comes before it: "rose", "by", not "to raise" or "will lose"."""
    return (
        rf"(?:(?<!(?<!\p{{L}})(?i:{_plan_words()})[ \u00a0]{{1,3}})(?i:{trie_pattern(_direction_words())})"
        rf"|(?i:{trie_pattern(_context_words('change'))}))"
    )


@functools.cache
def _change_tries() -> tuple[WordTrie, int, WordTrie, int]:
    """The words of change of :func:`_reported_change`, as tries: the verbs
    (and the most characters not space of one), then the other words."""
    verbs, others = _direction_words(), _context_words("change")
    return (
        WordTrie(verbs, casefold=True), _most_chars(verbs),
        WordTrie(others, casefold=True), _most_chars(others),
    )


def _most_chars(words: Iterable[str]) -> int:
    """The most characters not space of one of ``words`` (how far back :func:`_ends_at` reads)."""
    return max(len("".join(w.split())) for w in words)


@functools.cache
def _plan_before() -> regex.Pattern[str]:
    """Matches (empty) where a word of ``plan`` and spaces end: a word of change there is a plan."""
    return regex.compile(rf"(?<=(?<!\p{{L}})(?i:{_plan_words()})[ \u00a0]{{1,3}})")


_SPACE_CHAR = regex.compile(r"\s")
_LETTER_CHAR = regex.compile(r"\p{L}")
_FROM = LazyPattern(r"(?i:from)")
_TO = regex.compile(_TO_WORD)


@functools.cache
def _to_tries() -> tuple[WordTrie, WordTrie, int, int]:
    """The tries of :class:`_ToReader` (words of change, of range) and the
    most characters not space of a word of each, shared by both readers."""
    change = [*_context_words("change"), *_direction_words()]
    ranging = _context_words("range-from")
    return (
        WordTrie(change, casefold=True), WordTrie(ranging, casefold=True),
        _most_chars(change), _most_chars(ranging),
    )


class _ToReader:
    """"to" between two ends of a range, read as the pattern of :func:`_to`
    (or of :func:`_to_bare`) reads it, with its look-behinds done in Python.

    The look-behinds hold long word lists (words of change, of range) that
    are slow to compile; here they are word tries (see
    :class:`finparse.core.WordTrie`) tried at the few places the window of
    words before "to" can start. ``tests/money/test_unit_lookup.py`` holds
    the reader to the pattern.
    """

    def __init__(self, bare: bool) -> None:
        self._bare = bare

    def read(self, text: str, pos: int) -> tuple[str, int] | None:
        """The "to" at ``pos`` and its end, unless the words before it say no."""
        m = _TO.match(text, pos)
        if m is None:
            return None
        change, ranging, change_len, ranging_len = _to_tries()
        verbs, verbs_len, others, others_len = _change_tries()
        for start, word in _level_free_starts(text, pos, 3 if self._bare else 5):
            if not self._bare or word == 1:  # a verb of change after a plan does not count
                if _ends_at(others, others_len, text, start) or _ends_at(
                        verbs, verbs_len, text, start, _plan_before()):
                    return None  # a word of change before: "rose $1.20 to $82.40"
            elif _ends_at(change, change_len, text, start):
                return None
        for start in [] if self._bare else _window_starts(text, pos, 5):
            if start >= 4 and _FROM.fullmatch(text, start - 4, start) is not None and not any(
                text[start - 4 - gap : start - 4].strip(" \u00a0") == ""
                and _ends_at(ranging, ranging_len, text, start - 4 - gap)
                for gap in (1, 2, 3) if start - 4 - gap >= 0
            ):
                return None  # "from" before, not after a word of range: "from $5 to $7"
        if not self._bare:
            for start, _word in _level_free_starts(text, pos, 3):
                if _past_verb_at(ranging, text, start):
                    return None  # "Rio cheapened 16p to £42.41"
        return m.group(), m.end()


def _window_starts(text: str, pos: int, words: int) -> list[int]:
    """Where ``[ \u00a0]{1,3}[^ \u00a0]{1,20}`` repeated one to ``words``
    times may start, to end at ``pos`` (the words before "to")."""
    return [start for start, _count in _level_free_starts(text, pos, words, frozenset())]


def _level_free_starts(
    text: str, pos: int, words: int, level: frozenset[str] | None = None
) -> list[tuple[int, int]]:
    """:func:`_window_starts`, up to the first word of ``level`` (by default
    those of ``range-level``) back from ``pos``: a word of change before that
    word does not make "X to Y" two amounts ("rose to 340 to 350 cruzados").
    Each start comes with the count of words from it to ``pos``."""
    out: list[tuple[int, int]] = []
    if level is None:
        level = _level_words()
    i = pos
    for count in range(1, words + 1):
        j = i
        while j > 0 and i - j <= 20 and text[j - 1] not in " \u00a0":
            j -= 1
        if j == i or i - j > 20:
            break  # no word, or one too long to be read whole
        if level and text[j:i].casefold() in level:
            break  # "to 340": a level, whatever word of change comes before
        gap = 0
        while gap < 4 and j - gap > 0 and text[j - gap - 1] in " \u00a0":
            gap += 1
        out.extend((j - k, count) for k in range(1, min(gap, 3) + 1))
        if not 1 <= gap <= 3:
            break
        i = j - gap
    return out


def _ends_at(trie: WordTrie, most: int, text: str, end: int, unless: regex.Pattern[str] | None = None) -> bool:
    """Does a word of ``trie`` (``most`` characters not space at most) end at
    ``end``, starting where ``unless`` (if given) does not match?"""
    low, seen = end, 0
    while low > 0:
        char = text[low - 1]
        # (a letter or digit is no space, a plain space is one: the pattern
        # is asked of the rest)
        if char != " " and (char.isalnum() or _SPACE_CHAR.match(char) is None):
            seen += 1
            if seen > most:
                break
        low -= 1
    # A trie whose words all start with a letter matches no word right after
    # a letter (see finparse.core.trie_pattern): those starts are not read.
    after_letter = _letters_first(trie)
    return any(
        not (after_letter and start and text[start - 1].isalpha())
        and end in trie.ends(text, start) and (unless is None or unless.match(text, start) is None)
        for start in range(low, end)
    )


@functools.lru_cache(maxsize=16)
def _letters_first(trie: WordTrie) -> bool:
    """Does every word of ``trie`` start with a letter (in every case it may be written)?"""
    return trie.firsts is not None and all(char.isalpha() for char in trie.firsts)


def _past_verb_at(ranging: WordTrie, text: str, end: int) -> bool:
    r"""``(?<!\p{L})(?!(?i:RANGING))\p{L}{2,20}ed`` ending at ``end``: a past verb, not one of range."""
    if end < 4 or text[end - 2 : end] != "ed":
        return False
    start = end - 2
    while start > 0 and end - 2 - start <= 20 and _LETTER_CHAR.match(text, start - 1) is not None:
        start -= 1
    letters = end - 2 - start
    return 2 <= letters <= 20 and (start == 0 or _LETTER_CHAR.match(text, start - 1) is None) and not ranging.ends(text, start)


@functools.lru_cache(maxsize=32)
def _dash_tail(options: MoneyOptions) -> Parser[tuple[str, _Side]]:
    """The second end of a range after a dash: "-6 billion", " - $7", "-25 dollars".

    >>> how, side = _dash_tail(MoneyOptions()).parse("-6 billion")
    >>> how, side.scale
    ('dash', 1000000000)
    """
    return seq(_dash(), _any_next(options)).map(lambda t: ("dash", t[1]))


@functools.lru_cache(maxsize=32)
def _to_any_tail(options: MoneyOptions) -> Parser[tuple[str, _Side]]:
    """The second end of a range after "to", with or without a currency: " to $7", " to 7".

    >>> how, side = _to_any_tail(MoneyOptions()).parse(" to 7 million")
    >>> how, side.scale
    ('to', 1000000)
    """
    return seq(_to(), _any_side(options)).map(lambda t: ("to", t[1]))


@functools.lru_cache(maxsize=32)
def _to_unit_tail(options: MoneyOptions) -> Parser[tuple[str, _Side]]:
    """The second end of a range after "to", with a currency: " to $7", " TO 20 euros".

    >>> _to_unit_tail(MoneyOptions()).parse(" TO 20 euros")[1].post.text
    'euros'
    """
    return seq(_to(), _unit_side(options)).map(lambda t: ("to", t[1]))


@functools.lru_cache(maxsize=32)
def _bare_tail(options: MoneyOptions) -> Parser[tuple[str, _Side]]:
    """The second end of a range whose first end is bare: "-25 dollars", " to 20 mln dlrs".

    >>> how, side = _bare_tail(MoneyOptions()).parse(" to 20 mln dlrs")
    >>> how, side.scale, side.post.text
    ('to', 1000000, 'dlrs')
    """
    return _gated(_bare_tail_may_start, alt(
        seq(_dash(), _unit_next(options)).map(lambda t: ("dash", t[1])),
        seq(_to_bare(), _unit_side(options)).map(lambda t: ("to", t[1]))))


@functools.cache
def _between_word() -> Parser[str]:
    # (lit_ci("between") >> _ws(), tried only at a "b")
    return _Quick(r"(?i:(?<!\p{L})between(?!\p{L}))[ \u00a0]{1,3}", "bB").parser()


@functools.cache
def _and_word() -> Parser[tuple[str, str, str]]:
    return seq(_ws(), lit_ci("and"), _ws())


@functools.lru_cache(maxsize=32)
def _between_unit_first(options: MoneyOptions) -> Parser[tuple[_Side, tuple[str, _Side]]]:
    """"between A and B" whose first end has a currency: "between €2m and €3m", "between $5 and 6".

    >>> first, (how, second) = _between_unit_first(MoneyOptions()).parse("between €2m and €3m")
    >>> first.pre.text, how, second.scale
    ('€', 'between', 1000000)
    """
    return seq(_between_word(), _unit_side(options), _and_word(), _any_side(options)).map(
        lambda t: (t[1], ("between", t[3])))


@functools.lru_cache(maxsize=32)
def _between_bare_first(options: MoneyOptions) -> Parser[tuple[_Side, tuple[str, _Side]]]:
    """"between A and B" whose first end is bare: "between five and six billion dollars".

    >>> first, (how, second) = _between_bare_first(MoneyOptions()).parse("between 5 and 6 mln dlrs")
    >>> first.units, second.post.text
    ((), 'dlrs')
    """
    return seq(_between_word(), _bare_side(), _and_word(), _unit_side(options)).map(
        lambda t: (t[1], ("between", t[3])))


# .. the whole amount ......................................................................


@functools.lru_cache(maxsize=32)
def _cents_tail(options: MoneyOptions) -> Parser[tuple[str, tuple[Decimal, UnitHit | None]]]:
    return _cents(options).map(lambda c: ("cents", c))


@functools.lru_cache(maxsize=32)
def _amount(options: MoneyOptions) -> Parser[tuple[_Side, tuple[str, Any] | None]]:
    """An amount without its lead words: (first side, tail or None).

    The tail is ("dash" | "to" | "between", second side), ("pair", offer)
    or ("cents", (minor units, unit)). Tried in order: "between" ranges,
    an amount with a currency before the number, then one with a currency
    after it (either may have a tail), bid and offer, and a bare number
    that a range's second end gives a currency.

    >>> first, (how, second) = _amount(MoneyOptions()).parse("15 to 20 mln dlrs")
    >>> first.numeral.text, how, second.numeral.text
    ('15', 'to', '20')
    >>> _amount(MoneyOptions()).parse("$17 and 62c")[1][0]
    'cents'
    """
    return alt(
        _between_unit_first(options),
        _between_bare_first(options),
        seq(_pre_side(options), opt(_gated(_tail_may_start, alt(
            _dash_tail(options), _to_any_tail(options), _cents_tail(options))))),
        seq(_post_side(options), opt(_gated(_tail_may_start, alt(
            _dash_tail(options), _to_unit_tail(options), _cents_tail(options))))),
        _pair_side(options).map(lambda t: (t[0], ("pair", t[1]))),
        seq(_bare_side(), _bare_tail(options)),
    )


# -- building Money ----------------------------------------------------------------------


def _resolve_currency(units: tuple[UnitHit, ...], table: UnitTable) -> tuple[str | None, bool, str]:
    """(code, assumed, unit text) for the units written around an amount."""
    if not units:
        return None, False, ""
    text = units[0].text
    if len(units) == 1:  # (the usual case: one unit, whose codes are all in common)
        only = units[0].codes
        if len(only) == 1:
            return only[0], False, text
        candidates = [only]
        common = list(only)
    else:
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
    scale = side.scale
    no_decimals = scale == 1 and _digits_of(code) == 0
    try:
        reading = side.numeral.read(mark, no_decimals=no_decimals)
    except ValueError:
        raise Reject from None
    value = (reading.value + side.fraction) * scale
    scaled = scale != 1
    for unit in side.units:
        form = unit.form
        if form.scale != 1:
            value *= form.scale
            scaled = True
        if form.kind == "minor":
            value = value.scaleb(-_digits_of(code))
    if side.negative:
        value = -value
    if scaled:
        value = value.normalize()
        if value == value.to_integral_value():
            value = value.quantize(1)
    return value, reading.ambiguous


#: The fields of a Money after its text, start and end, as a build makes
#: them (:func:`_make_money` makes the Money, once its span is known):
#: amount, currency, unit, low, high, approximate, bound, currency_assumed,
#: ambiguous.
_Fields = tuple[Decimal | None, str | None, str, Decimal | None, Decimal | None, bool, Bound | None, bool, bool]


def _build_range(
    table: UnitTable, mark: DecimalMark, q: str | None, first: _Side, second: _Side, how: str
) -> _Fields | None:
    """The range of two sides (its Money's fields), or None when the two amounts do not form one."""
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
        if last in vocabulary.word_scales():
            whole = vocabulary.word_scales()[last]
            second = second._replace(numeral=Numeral(second.numeral.text[: -len(last)].strip(), True), scale=whole)
    if first.scale == 1 and second.scale != 1 and first.post is None:
        # "$5-6 billion": the scale of the second end applies to both
        # when the first is small and has none of its own.
        probe, _ = _value(first, code, mark)
        if abs(probe) < 1000:
            first = first._replace(scale=second.scale)
    if not first.units:
        minor_post = second.post if second.post and second.post.form.kind == "minor" else None
        first = first._replace(pre=second.pre, post=minor_post)
    low, amb1 = _value(first, code, mark)
    high, amb2 = _value(second, code, mark)
    if low > high:
        return None
    return (None, code, unit_text, low, high, q == "approximate", _bound(q), assumed, amb1 or amb2)


def _build_amount(
    table: UnitTable, mark: DecimalMark, value: Any, start: int, end: int
) -> tuple[tuple[int, _Fields], int]:
    """(start, fields) of the Money of lead words and an amount as matched, and where it ends.

    A range whose ends do not form one leaves its first end alone (or
    nothing, when that has no unit); cents that do not continue the whole
    amount are left out of it.
    """
    (junk, q, negative), (first, tail) = value
    start += junk  # the mention starts after invisible characters
    if negative:
        first = first._replace(negative=not first.negative)
    found: _Fields | None = None
    if tail is not None and tail[0] in ("dash", "to", "between", "pair"):
        found = _build_range(table, mark, q, first, tail[1], tail[0])
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
        found = (value, code, unit_text, None, None, q == "approximate", _bound(q), assumed, ambiguous)
    return (start, found), end


def _the_text(text: str, pos: int) -> tuple[str, int]:
    """The text being read, consuming nothing (a build makes its Money's text of it)."""
    return text, pos


def _make_money(
    table: UnitTable, mark: DecimalMark, value: Any, start: int, end: int
) -> tuple[Money, int]:
    """The Money of the text, lead words and amount matched from ``start`` to
    ``end`` (see :func:`_build_amount`), and where it ends."""
    text, lead, amount = value
    (start, fields), end = _build_amount(table, mark, (lead, amount), start, end)
    # (one Money made per amount, with its text: none to copy with replace())
    return Money(text[start:end], start, end, *fields), end


@functools.lru_cache(maxsize=32)
def _money_inner(options: MoneyOptions) -> Parser[Money]:
    """The money grammar for ``options``: lead words, then an amount (see :func:`_amount`)."""
    if options.decimal_mark not in ("auto", ".", ","):
        raise ValueError(f"decimal_mark must be 'auto', '.' or ','; got {options.decimal_mark!r}")
    with _BUILDING:
        amount = seq(reader_parser(_the_text, ""), _lead_words(), _amount(options))
    build = functools.partial(_make_money, options.table(), options.decimal_mark)
    return amount.bind(build).desc("a currency amount")


#: How many tokens the scan of :func:`money_parser` remembers it asked about.
_LEAD_MEMO = 4096


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
    # (the scan asks of every token before a numeral: the same words come back)
    seen: dict[str, bool] = {}

    def lead(token: str) -> bool:
        # Can this token come before the numeral inside an amount?
        found = seen.get(token)
        if found is None:
            found = (
                token.lower() in vocabulary
                or (len(token) <= 12 and _HAS_SIGN.search(token) is not None)
                or (token.isalpha() and token.isupper() and len(token) <= 4)
                or token in ("(", "-", "\u2212")
            )
            if len(seen) >= _LEAD_MEMO:
                seen.clear()
            seen[token] = found
        return found

    inner = _money_inner(options)
    filtered = anchored(inner, _numeral_anchor(), _REACH, lead,
                        filter=functools.partial(_FilterTest, options))
    plain = anchored(inner, _numeral_anchor(), _REACH, lead, check=False)
    return _InContext(filtered, options.table(), plain)


#: How many characters money scans without its filter (see
#: :class:`_FilterTest`) before it builds it. The filter only skips
#: hopeless places sooner, and the same amounts are found without it
#: (tests/money/test_filter_later.py): it saves about a fifth of a
#: microsecond a character and costs some 30 ms to build (the pattern it
#: asks where it cannot tell compiles). A first call on a short text does not
#: wait for it; by the time it is built, scanning without it has cost some
#: 10 ms more. :meth:`Parser.prepare` builds it now.
_FILTER_AFTER = 50_000


#: A blank line: where a paragraph ends, and what an amount remembers of the
#: amounts before it (a long file read in blocks is cut there: see the CLI).
_PARAGRAPH_BREAK = LazyPattern(r"\n[ \t\u00a0]*+\n")


class _InContext(Wrapper[Money]):
    """Money scanning that reads an ambiguous unit by the amounts before it.

    A unit that a default resolved ("cents", "$", "kr") takes the currency
    that an earlier amount of the same sentence states, when the unit can
    mean it: "13 euro cents ... 17 cents" is in euros, "SEK 5 million ...
    200 kr" in kronor. Failing one in its sentence, it takes the currency
    that the last amount of the document stating one the unit can mean
    states, within its paragraph: after "a 40 mln Australian dlr bond.",
    "Denominations are 1,000 dlrs" is in Australian dollars, unless an
    amount in U.S. dollars came between. The mention stays
    ``currency_assumed``.
    :meth:`Parser.parse` reads one amount alone and is unchanged.
    """

    __slots__ = ("_plain", "_scanned", "_table")
    _plain: Parser[Money]
    _scanned: list[int]
    _table: UnitTable

    def __init__(self, inner: Parser[Money], table: UnitTable, plain: Parser[Money]) -> None:
        # ``inner`` and ``plain`` find the same amounts, ``inner`` after a
        # filter that pays once compiled (see _FILTER_AFTER), ``plain`` with none
        super().__init__(inner)
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_plain", plain)
        object.__setattr__(self, "_scanned", [0])  # characters scanned so far

    def _prepare_own(self) -> None:
        self._scanned[0] = _FILTER_AFTER  # prepare() compiles the filter

    def _pick(self, text: str, pos: int) -> Parser[Money]:
        """The filtered scanner once enough text has been scanned, else the plain one."""
        scanned = self._scanned
        if scanned[0] < _FILTER_AFTER:
            if isinstance(text, str) and isinstance(pos, int):  # (else finditer says what is wrong)
                scanned[0] += max(len(text) - pos, 0)
            if scanned[0] < _FILTER_AFTER:
                return self._plain
        return self._inner

    def finditer(
        self, text: str, pos: int = 0, *, timeout: float | None = None
    ) -> Iterator[Match[Money]]:
        stated: list[Money] = []  # amounts of this sentence with a stated currency
        earlier: list[Money] = []  # those of the sentences before
        # The first paragraph break after the last of ``earlier``, searched once
        # per start: that start stays put while amounts of assumed currency
        # follow, and searching again for each would read the text again.
        break_from = -1
        break_end: int | None = None
        for m in self._pick(text, pos).finditer(text, pos, timeout=timeout):
            found = m.value
            if stated and _SENTENCE_END.search(text, stated[-1].end, found.start):
                earlier.extend(stated)
                stated.clear()
            if earlier:
                if break_from != earlier[-1].end:
                    break_from = earlier[-1].end
                    brk = _PARAGRAPH_BREAK.search(text, break_from)
                    break_end = brk.end() if brk else None
                if break_end is not None and break_end <= found.start:
                    earlier.clear()  # the document's memory ends with its paragraph
            if found.currency_assumed and _weight_cued(text, found):
                continue  # "weighs 17 pounds": a weight, not money
            if found.currency_assumed or found.currency is None:
                if not (stated or earlier) or not found.unit:
                    yield m
                    continue
                codes = _unit_codes(found.unit, self._table)
                taken = None
                meant = False  # an amount of the sentence in a currency the unit can mean
                for before in reversed(stated):
                    if before.currency in codes:
                        meant = True
                        if before.currency != found.currency:
                            taken = before.currency
                            break
                if not meant:
                    # the last amount of the document in a currency the unit can mean
                    for before in reversed(earlier):
                        if before.currency in codes:
                            if before.currency != found.currency:
                                taken = before.currency
                            break
                if taken is not None:
                    found = replace(found, currency=taken, currency_assumed=True)
                    m = Match(found, m.start, m.end, m.text)
            elif found.currency is not None:
                stated.append(found)
            yield m


#: How far before a bare weight unit its cue word may start.
_WEIGHT_REACH = 80


@functools.cache
def _weight_units() -> frozenset[str]:
    return frozenset(w.lower() for w in _context_words("weight-unit"))


@functools.cache
def _weight_cue() -> regex.Pattern[str]:
    return regex.compile(rf"(?i:(?<!\p{{L}})(?:{trie_pattern(_context_words('weight-cue'), boundary=False)})(?!\p{{L}}))")


def _weight_cued(text: str, found: Money) -> bool:
    """Whether an amount in a bare weight unit ("pounds", the currency only
    assumed) follows a word of weight in its sentence: "weighs 17 pounds",
    "boost capacity to 600 mln pounds a year" are weights.

    >>> from finparse.money import money
    >>> [m.value.text for m in money.finditer("The unit weighs 17 pounds and costs 40 pounds.")]
    ['40 pounds']
    """
    if found.unit.lower() not in _weight_units():
        return False
    window = max(0, found.start - _WEIGHT_REACH)
    for end in _SENTENCE_END.finditer(text, window, found.start):
        window = end.end()
    cues = list(_weight_cue().finditer(text, window, found.start))
    if not cues:
        return False
    last = cues[-1]
    # a cue before an earlier amount of the clause is that amount's ("a
    # capacity of 5 tonnes, costing 40 mln pounds"): only the nearest counts
    return _weight_other().search(text, last.end(), found.start) is None


@functools.cache
def _weight_other() -> regex.Pattern[str]:
    """A word of price (``weight-other``) between a weight cue and its amount."""
    return regex.compile(rf"(?i:\b(?:{_longest_first(_context_words('weight-other'))})\b)")


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
    or a number then a currency, or a number that a range continues: a
    dash (then a word only where a second end may start: "five-six
    dollars", not "five-year"), "to", or "and" after "between" (no other
    amount goes on with "and" from a number without a currency).
    Scanning tries :class:`_FilterTest` first, which reads what it can of
    this pattern in Python and asks it where it cannot tell.
    """
    table = options.table()
    prefix_adjectives = list(_prefix_adjectives(options))
    pre = _units_superset(prefix_adjectives, [table.prefix_words],
                          [table.prefix_cs], [table.prefix_ci])
    # the units after a number, major and minor at once
    post = _units_superset(list(table.adjectives), [table.words, table.stopped, table.minor],
                           [table.suffix_cs, table.minor_cs], [table.suffix_ci])
    glued = trie_pattern(table.minor_glued, boundary=True)
    number = f"(?:{_QUARTERS}[ \u00a0](?={_WORD_SCALE})|{_FRACTION_ALONE}|{strip_names(numeral_fragment())}(?:{_FRACTION_TAIL})?)"
    # (the pattern ends there: the first letters of a number word will do)
    first = rf"(?:[-\u2212(]?[\d.]|(?i:(?<!\p{{L}})(?:{_cut_trie(number_word_forms(), _CUT)}|an?)))"
    return (
        r"(?<![\p{L}\p{N}_])"
        + _INVISIBLE +
        rf"(?>{qualifier().pattern}[ \u00a0]+)?"
        rf"(?>(?i:{trie_pattern(_context_words('sign'))})[ \u00a0]+)?"
        r"(?>(?P<bw>(?i:between))[ \u00a0]+)?"
        r"(?:"
        rf"[-\u2212]?(?P<pu>{pre})(?::[ \u00a0]?|[ \u00a0]{{0,2}})(?P<fi>{first})"
        rf"|(?i:an?[ \u00a0]+(?:{_after_a()})(?!\p{{L}}))"
        rf"|[-\u2212]?{number}(?:{_SCALE_JOIN}{scale_fragment()})?"
        rf"(?:(?:-(?=\p{{L}})|[ \u00a0]{{0,2}}){post}|{glued}"
        # (a first end without a currency: "15 to 20 mln dlrs", "between 5 and 6 dlrs"; after
        # a dash or "to", a word only where a second end may start: "five-six dollars", "to US$6")
        r"|(?=[ \u00a0]*[-\u2013\u2014](?:(?!\p{L})|(?=(?&fi)|(?&pu)(?::[ \u00a0]?|[ \u00a0]{0,2})(?&fi)))"
        r"|(?<=\d\.\d{1,4})/\d|[ \u00a0]+(?:(?i:to)[ \u00a0]{1,3}+(?:(?!\p{L})|(?&fi)"
        r"|(?&pu)(?::[ \u00a0]?|[ \u00a0]{0,2})(?&fi))|(?(bw)(?i:and)[ \u00a0]|(?!)))))"
        r")"
    )


_ASCII_DIGITS = frozenset("0123456789")
#: The ASCII characters of a number's digits, as the filter test skips them.
_RUN_DIGITS = _ASCII_DIGITS | frozenset(",.'")
_ASCII_SPACE = frozenset(" \t\n\r\x0b\x0c")
#: How far the filter test reads (see :meth:`_FilterTest.__call__`).
_FILTER_SPAN = 200


def _letters_end(text: str, pos: int) -> int:
    """Where the run of ASCII letters from ``pos`` ends."""
    n = len(text)
    while pos < n and text[pos] in _ASCII_LETTERS:
        pos += 1
    return pos


def _phrase_end(text: str, pos: int, words: tuple[str, ...]) -> int | None:
    """Where the lead phrase ``words`` (lower case, apart by any spaces, as
    in a word trie) ends at ``pos``: -1 where it does not, None where only a
    pattern can tell (characters other than ASCII)."""
    n = len(text)
    at = pos
    for i, word in enumerate(words):
        if i:
            start = at
            while at < n and text[at] in _ASCII_SPACE:
                at += 1
            if at == start or (at < n and not text[at].isascii()):
                return None if at < n and not text[at].isascii() else -1
        piece = text[at:at + len(word)]
        if piece.lower() != word:
            return -1 if piece.isascii() else None
        at += len(word)
    if words[-1][-1:] in _ASCII_LETTERS and at < n:
        if not text[at].isascii():
            return None
        if text[at] in _ASCII_LETTERS:
            return -1  # (the word goes on)
    return at


def _head(word: str) -> str:
    """The ASCII letters ``word`` starts with, in lower case."""
    return word[:_letters_end(word, 0)].lower()


class _UnitHeads:
    """The units of one side of the filter (see :func:`_units_superset`), as
    :class:`_FilterTest` reads them: the ASCII letters each starts with."""

    __slots__ = ("chain", "exact", "folded", "limit", "nouns", "punct")

    def __init__(
        self, limit: int, nouns: list[Mapping[str, UnitForm]], folded: list[Mapping[str, UnitForm]],
        exact: list[Mapping[str, UnitForm]],
    ) -> None:
        punct: set[str] = set()  # the first two characters of a sign's or a reference's

        def heads(tables: list[Mapping[str, UnitForm]], fold: bool) -> frozenset[str]:
            found = set()
            for forms in tables:
                for form in forms:
                    if form[:1] in _ASCII_LETTERS:
                        run = form[:_letters_end(form, 0)]
                        found.add(run.lower() if fold else run)
                    elif form[:1].isascii():
                        punct.add(form[:2].lower())  # ("&euro;", "$ AU", "$")
            return frozenset(found)

        #: read in any case, after adjectives too
        self.nouns = heads(nouns, True)
        #: read in any case, and as written: first only
        self.folded = heads(folded, True)
        self.exact = heads(exact, False)
        self.punct = frozenset(punct)
        #: how many words of an adjective's shape (or a scale's) may come first
        self.limit = limit
        self.chain = re.compile(rf"(?:[A-Za-z.&()'\-]+ {{1,3}}){{0,{limit}}}")


class _FilterTest:
    """A test true at least wherever :func:`_filter_pattern` matches, read in
    Python with set look-ups where the text is plain ASCII.

    The filter pattern costs some microseconds a call, and most places it is
    tried at fail it: a number followed by words that name no currency
    ("4,377,000 Revs"), a lead word before a number that no currency follows
    ("of 4.0 mln"). The test reads the words from the place as the pattern
    does (lead words, a number and its scale, words of an adjective's shape
    before a unit), looking at each word's first letters for a unit (a set
    look-up), and says no only where the pattern cannot match. It says yes
    where a unit or a range may start, and leaves the rest to the pattern:
    characters other than ASCII, number words that go on, digits that
    spaces or a slash continue (tests/money/test_filter_test.py holds it to
    accepting wherever the pattern matches). It reads a long text in a
    window, as a pattern is matched (:func:`finparse.core.match_at`).
    """

    __slots__ = ("_adjective", "_cuts", "_digits", "_lead", "_letters", "_numbers", "_parts", "_pattern",
                 "_post", "_pre", "_scales")

    def __init__(self, options: MoneyOptions) -> None:
        table = options.table()
        scale_most = max(len(w.split()) for w in vocabulary.scale_words())
        adjective_most = max((len(a.split()) for a in table.adjectives), default=0)
        prefix_most = max((len(a.split()) for a in _prefix_adjectives(options)), default=0)
        # before the number: adjectives, then a noun; after it: its scale's
        # words, adjectives, then a noun (and one word more, to be safe)
        self._pre = _UnitHeads(prefix_most, [table.prefix_words], [table.prefix_ci], [table.prefix_cs])
        self._post = _UnitHeads(
            scale_most + adjective_most + 1, [table.words, table.stopped, table.minor],
            [table.suffix_ci], [table.suffix_cs, table.minor_cs, table.minor_glued])
        # The lead phrases by their first word, in lower case: a qualifier, a
        # sign word or "between" (then spaces and the rest of an amount:
        # False), or "a dollar" (the whole of an amount's start: True)
        lead: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
        phrases = [(p, False) for p in (*vocabulary.qualifiers(), *_context_words("sign"), "between")]
        phrases += [(f"{a} {unit}", True) for a in ("a", "an") for unit in _after_a().split("|")]
        for phrase, whole in phrases:
            words = tuple(phrase.lower().split())
            lead.setdefault(_head(words[0]), []).append((words, whole))
        numbers = {_head(w) for w in number_word_forms()}
        self._lead = {word: tuple(found) for word, found in lead.items()}
        #: words a number may start with: number words, "a" ("a million")
        self._numbers = frozenset(numbers | {"a", "an"})
        #: words that may go on with number words ("five hundred", "one and a half")
        self._parts = frozenset(numbers | {"a", "an", "and", "point", "quarter", "quarters"})
        self._scales = frozenset(_head(w) for form in vocabulary.scale_words() for w in form.split())
        #: the first letters of number words, as the pattern reads them after a dash (_cut_trie)
        self._cuts = frozenset(w[:_CUT].rstrip().lower() for w in number_word_forms() if w[:_CUT].strip())
        #: the runs the test reads (small ASCII classes: the standard ``re``
        #: module matches these faster than ``regex``)
        self._letters = re.compile("[A-Za-z]*")
        self._digits = re.compile("[0-9,.']*")
        self._adjective = re.compile(r"[A-Za-z.&()'\-]*")
        #: the pattern, where the test cannot tell (compiled now, as the
        #: pattern was when it was the filter: see _FILTER_AFTER)
        self._pattern = shared_pattern(_filter_pattern(options))

    def __call__(self, text: str, pos: int, timeout: float | None) -> bool:
        if 0 <= pos < len(text) - _FILTER_SPAN:
            # In a long text, a window of it that a character other than
            # ASCII ends: the test never reads past one (it asks the pattern)
            found = self._read(text[pos - 1 if pos else 0:pos + _FILTER_SPAN] + "\x80", 1 if pos else 0)
        else:
            found = self._read(text, pos)
        if found is not None:
            return found
        return match_at(self._pattern, text, pos, timeout) is not None

    def _read(self, text: str, pos: int, between: bool = False) -> bool | None:
        """Whether the pattern may match at ``pos``; None where only it can tell.
        ``between``: after "between" (where "and" may go on from a number)."""
        n = len(text)
        if pos >= n:
            return None
        if pos:
            before = text[pos - 1]
            if not before.isascii():
                return None
            if before.isalnum() or before == "_":
                return False  # (the pattern's look-behind)
        char = text[pos]
        if char in _ASCII_DIGITS:
            return self._after_digits(text, pos, between)
        if not char.isascii() or char in "-\x00":
            return None
        if char in _ASCII_LETTERS:
            end = self._letters.match(text, pos).end()  # type: ignore[union-attr]
            if end < n and not text[end].isascii():
                return None
            word = text[pos:end].lower()
            for words, whole in self._lead.get(word, ()):
                # a lead phrase, then spaces and the rest (as the pattern
                # reads it with the phrase or without)
                at = _phrase_end(text, pos, words)
                if at is None:
                    return None
                if at < 0:
                    continue
                if whole:
                    return True
                if at < n and text[at] == " ":
                    while at < n and text[at] == " ":
                        at += 1
                    found = self._read(text, at, between or words == ("between",))
                    if found is not False:
                        return found
                elif at < n and not text[at].isascii():
                    return None
            found = self._walk(text, pos, False)
            if found is not False or word not in self._numbers:
                return found
            if word in ("a", "an"):
                # a number only before a scale word, "hundred", "half" or "quarter"
                at = end
                while at < n and at - end < 3 and text[at] in " \t":
                    at += 1
                if at == end:
                    return None if end < n and not text[end].isascii() else False
                follow = self._letters.match(text, at).end()  # type: ignore[union-attr]
                if follow < n and not text[follow].isascii():
                    return None
                return None if text[at:follow].lower() in self._parts else False
            return self._after_words(text, end, between)
        if char == "." and text[pos + 1:pos + 2] in _ASCII_DIGITS:
            return None
        return self._walk(text, pos, False)

    def _after_digits(self, text: str, pos: int, between: bool) -> bool | None:
        """:meth:`_read` at a digit: a number, then a unit or a range."""
        n = len(text)
        end = self._digits.match(text, pos).end()  # type: ignore[union-attr]
        stop = end
        while text[stop - 1] in ",.'":
            stop -= 1  # (the digits end before their separators)
        if end >= n:
            return False
        char = text[end]
        if stop < end:
            if char == "-":
                return None  # "50,-"
            if text[stop] == ",":
                return False
            return self._walk(text, stop, True, between)  # "5. U.S. dlrs"
        if char == "/":
            if "." in text[pos:end]:
                return None  # bid and offer ("401.50/90")
            if end - pos > 2:
                return False
            # a fraction alone ("5/8"), then as after a number
            below = self._digits.match(text, end + 1).end()  # type: ignore[union-attr]
            if not 0 < below - end - 1 <= 2 or not text[end + 1:below].isdigit():
                return None
            end = below
            if end >= n:
                return False
            char = text[end]
            if char in _RUN_DIGITS or char == "/":
                return None
        if char == " ":
            at = end
            while at < n and text[at] == " ":
                at += 1
            if at >= n:
                return False
            after = text[at]
            if not after.isascii():
                return None
            if at - end == 1 and (
                after == "."  # newswire decimals ("320 .1")
                or "/" in text[at + 1:at + 3]  # a fraction ("5 1/2")
                or (after in _ASCII_DIGITS and end - pos <= 3 and text[pos:end].isdigit())  # "1 234"
            ):
                return None
            if at - end > 2:  # too far for a unit or a scale: a range only
                if after == "-":
                    return True
                # (the pattern's spaces around "to" and "and" are [ \u00a0])
                word = text[at:at + 4].lower().replace("\u00a0", " ")
                if word.startswith("to ") or (between and word.startswith("and ")):
                    return True
                return None if word == "to" or (between and word == "and") else False
            return self._walk(text, at, True, between)
        if char == "-":
            return self._after_hyphen(text, end + 1, between)  # a range, or a scale or unit
        if char == "/":
            return None
        if not char.isascii() or char in "\t\x00":
            return None
        return self._walk(text, end, True, between)

    def _after_hyphen(self, text: str, at: int, between: bool) -> bool | None:
        """:meth:`_read` after a number and a hyphen, from ``at``: a range's
        second end ("5-6 dlrs", "five-six dollars", "5-US$6"), or a scale or
        a unit ("a $5-million fee", "10-dollar"); not a word that none of
        these starts ("91-day", "five-year": the pattern's look at the words
        after a dash, read here)."""
        n = len(text)
        if at >= n or text[at] not in _ASCII_LETTERS:
            return True  # (a range's second end, written otherwise)
        found = self._walk(text, at, True, between)  # a scale or a unit
        if found is not False:
            return found
        return self._second_end(text, at)

    def _after_to(self, text: str, at: int) -> bool | None:
        """:meth:`_read` after a number and "to", from ``at``: spaces, then a
        range's second end (as after a dash)."""
        n = len(text)
        i = at
        while i < n and i - at < 3 and text[i] == " ":
            i += 1
        if i == at:  # (no space after "to")
            return None if at < n and not text[at].isascii() else False
        if i >= n or text[i] not in _ASCII_LETTERS:
            return None if i < n and not text[i].isascii() else True  # (a number, a sign)
        return self._second_end(text, i)

    def _second_end(self, text: str, at: int) -> bool | None:
        """Whether a range's second end may start at the ASCII letter at
        ``at``: a number word, "a", or a currency before a number (the
        pattern's look at the words after a dash or "to")."""
        head = text[at:at + _CUT]
        if not head.isascii():
            return None
        head = head.lower()
        if head[0] == "a" or any(head[:k] in self._cuts for k in range(1, _CUT + 1)):
            return None  # a number word ("five-six dollars"), or "a" ("a dollar")
        return self._walk(text, at, False)  # a currency before the second end's number

    def _after_words(self, text: str, end: int, between: bool) -> bool | None:
        """:meth:`_read` after a number word ending at ``end``: a word that
        goes on with no number, then a unit or a range."""
        n = len(text)
        if end >= n:
            return False
        char = text[end]
        if char == "-":
            return self._after_hyphen(text, end + 1, between)  # a range, or a scale or unit
        if char != " ":
            if char in ",\t" or not char.isascii():
                return None  # ("one, two")
            return self._walk(text, end, True, between)
        at = end + 1
        if at >= n or text[at] not in _ASCII_LETTERS:
            return None
        follow = self._letters.match(text, at).end()  # type: ignore[union-attr]
        if follow < n and not text[follow].isascii():
            return None
        if text[at:follow].lower() in self._parts:
            return None
        return self._walk(text, at, True, between)


    def _walk(self, text: str, pos: int, number: bool, between: bool = False) -> bool | None:
        """The words from ``pos`` (after a number, if ``number``): True where
        a unit or a range may start, False where no word of an adjective's
        shape goes on, None where unsure. A code, a sign or a unit read as
        written may only come first, or after a number's scale words."""
        n = len(text)
        units = self._post if number else self._pre
        steps = units.limit + 1
        scale = True
        while scale:  # the first word, and the next after a scale's
            if pos >= n:
                return False
            char = text[pos]
            if not char.isascii():
                return None
            if char == " ":  # more spaces than between words: a range's dash or word only
                if not number:
                    return False
                while pos < n and text[pos] == " ":
                    pos += 1
                if pos >= n:
                    return False
                char = text[pos]
                return char == "-" or not char.isascii() or char in ("tTaA" if between else "tT")
            scale = False
            if char in _ASCII_LETTERS:
                end = self._letters.match(text, pos).end()  # type: ignore[union-attr]
                run = text[pos:end]
                low = run.lower()
                if (low in units.nouns or (end - pos >= 3 and run[:3].isupper())
                        or run in units.exact or low in units.folded):
                    return True  # a unit, a code's shape
                if number:
                    if between and low == "and":
                        return True  # a range ("and" only after "between")
                    if low == "to":  # a range, where a second end may follow
                        found = self._after_to(text, end)
                        if found is not False:
                            return found
                    scale = low in self._scales
                    if scale:
                        after = text[end:end + 2]
                        if after[:1] in ("-", "$") or after[:1] in units.punct or after.lower() in units.punct:
                            return True  # a range, a unit after a hyphen ("mln-dlr"), a sign
                if low == "point":
                    return None  # a spelled decimal ("12 point five")
            elif char == "$" or char in units.punct or text[pos:pos + 2].lower() in units.punct:
                return True
            elif number and char == "-":
                return True
            end = self._adjective.match(text, pos).end()  # type: ignore[union-attr]
            if end == pos or end >= n:
                return False
            if text[end] != " ":
                if not text[end].isascii() or (scale and text[end] in _ASCII_SPACE):
                    return None  # (a scale's words may be apart by any space: "lakh crore")
                return False
            steps -= 1
            pos = end + 1
            while pos < n and pos - end < 3 and text[pos] == " ":
                pos += 1
            if not steps:
                return False
        # then words of an adjective's shape, a noun at the start of any
        nouns = units.nouns
        end = units.chain.match(text, pos).end()  # type: ignore[union-attr]
        if end > pos:
            words = text[pos:end].split()
            for word in words[:steps]:
                low = word[:len(word) - len(word.lstrip(string.ascii_letters))].lower()
                if low in nouns:
                    return True
                if low == "point":
                    return None
            if len(words) >= steps:
                return False
            pos = end
        # the last word: a noun, or what ends the walk
        end = self._letters.match(text, pos).end()  # type: ignore[union-attr]
        low = text[pos:end].lower()
        if low in nouns:
            return True
        if low == "point":
            return None
        end = self._adjective.match(text, end).end()  # type: ignore[union-attr]
        return None if end < n and not text[end].isascii() else False


#: How many first characters of a number word the filter checks, where one ends it.
_CUT = 4


def _cut_trie(words: Iterable[str], cut: int) -> str:
    """A pattern of the first ``cut`` characters of ``words``, with no word guards.

    It matches at least where a word does (and then matches less of it): for
    words that end the filter, where only where they start matters.

    >>> regex.match(_cut_trie(["dollars", "dlrs", "yen"], 3), "dollar").group()
    'dol'
    """
    return trie_pattern(sorted({w[:cut].rstrip() for w in words if w[:cut].strip()}), boundary=False)


#: A word of a currency's adjective as the filter sees it ("Hong", "St.",
#: "(Keeling)", "&"): which words make one is left to the unit parsers.
_ADJECTIVE_WORD = r"[\p{L}\p{M}.&()'\u2019-]++"

#: Currency codes as the filter sees them: three capitals, maybe scaled
#: ("MUSD", "KEUR"); which ones are codes is left to the unit parsers.
_CODE_SHAPE = LazyPattern(r"[A-Z]{3,5}")


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
    words: set[str] = set(_context_words("lead"))
    phrases = [*vocabulary.qualifiers(), *_context_words("sign"), *table.prefix_cs, *table.prefix_ci, *table.prefix_words]
    phrases += _prefix_adjectives(options)
    for phrase in phrases:
        words.update(phrase.lower().split())
    return frozenset(words)


@functools.lru_cache(maxsize=32)
def _prefix_adjectives(options: MoneyOptions) -> tuple[str, ...]:
    """The adjectives of the unit table that may come before a noun before a number."""
    table = options.table()
    plain, scaled = _prefix_codes(table, scaled=False), _prefix_codes(table, scaled=True)
    return tuple(a for a in table.adjectives if _prefix_adjective(a, table, plain, scaled))


def _prefix_adjective(
    adjective: str, table: UnitTable, plain: frozenset[str] | None = None,
    scaled: frozenset[str] | None = None,
) -> bool:
    """May ``adjective`` come before a currency noun that precedes a number?

    Any adjective of a noun such as "ringgit"; of a noun that precedes a
    number only with a scale ("francs"), the one-word adjective of the name
    of a currency listed with it ("Swiss" franc, "US" dollar): the scan walks
    back over every token that may lead an amount, and the many territory
    names of the dollar and franc ("Turks and Caicos") would make common
    words ("and") lead.
    """
    codes = table.adjectives[adjective]
    plain = _prefix_codes(table, scaled=False) if plain is None else plain
    if any(c in plain for c in codes):
        return True
    if " " in adjective:
        return False
    # the adjective of the currency's own name: "Swiss" (franc), "US" (dollar)
    known = currencies()
    scaled = _prefix_codes(table, scaled=True) if scaled is None else scaled
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


# -- cheap checks first -----------------------------------------------------------------------
#
# A build tries the parts of an amount in order, and most places fail at a
# part's first character: the parts below look at it (a set look-up) before
# they run a pattern, so that a place where the part cannot match fails
# without a regex call. Each matches exactly what its pattern matches.


class _Quick:
    """A small pattern that can only match where its first character is one of ``firsts``.

    :meth:`read` is the pattern's leaf (value: the text matched), tried only
    there; the pattern is compiled on first use, and read in a window as
    :mod:`finparse.core` reads a leaf.
    """

    __slots__ = ("_firsts", "_fragment", "_pattern")

    def __init__(self, fragment: str, firsts: str) -> None:
        self._fragment = fragment
        self._firsts = frozenset(firsts)
        self._pattern: regex.Pattern[str] | None = None

    def prepare(self) -> None:
        """Compile the pattern now (see :meth:`finparse.core.Parser.prepare`)."""
        self._pattern = shared_pattern(self._fragment)

    def read(self, text: str, pos: int) -> tuple[str, int] | None:
        """The text matched at ``pos`` and its end, or None."""
        if text[pos:pos + 1] not in self._firsts:
            return None
        pattern = self._pattern
        if pattern is None:
            pattern = self._pattern = shared_pattern(self._fragment)
        m = match_at(pattern, text, pos)
        return None if m is None else (m.group(), m.end())

    def parser(self) -> Parser[str]:
        """The pattern as a leaf parser."""
        return reader_parser(self.read, self._fragment, prepare=self.prepare)


#: Where a tail may start after the first side of an amount (see
#: :func:`_tail_may_start`): a dash, or after spaces a dash, "to", "and",
#: a digit or the first letter of a small number word (cents).
_TAIL_SPACES = " \u00a0"
_DASHES = "-\u2013\u2014"


@functools.cache
def _tail_letters() -> frozenset[str]:
    """The ASCII characters a tail may go on with after its spaces (see :func:`_tail_may_start`)."""
    letters = {c.lower() for c in _small_word_firsts()} | {"t", "a"}
    return frozenset(
        {c for c in letters if c.isascii()} | {c.upper() for c in letters if c.isascii()}
        | set(_DASHES) | set("0123456789"))


def _tail_may_start(text: str, pos: int) -> tuple[None, int] | None:
    """Pass (consuming nothing) where a range's second end or cents may follow.

    Every tail starts with a dash, or with spaces and then a dash, "to",
    "and", digits or a number word below a hundred (:func:`_dash_tail`,
    :func:`_to_any_tail`, :func:`_cents_tail`); any other character than
    an ASCII one goes on to the tails.
    """
    n = len(text)
    i = pos
    while i < n and text[i] in _TAIL_SPACES:
        i += 1
    if i >= n:
        return None
    char = text[i]
    if i == pos:
        return (None, pos) if char in _DASHES else None
    return (None, pos) if not char.isascii() or char in _tail_letters() else None


def _bare_tail_may_start(text: str, pos: int) -> tuple[None, int] | None:
    """Pass (consuming nothing) where :func:`_bare_tail` may match: spaces,
    then a dash or "to"; not after the day of a month (see :func:`_a_day_before`)."""
    n = len(text)
    i = pos
    while i < n and i - pos < 3 and text[i] in _TAIL_SPACES:
        i += 1
    if i >= n:
        return None
    char = text[i]
    if (char in _DASHES or (i > pos and char in ("t", "T"))) and not _a_day_before(text, pos):
        return None, pos
    return None


def _a_day_before(text: str, pos: int) -> bool:
    """Does the day of a month written before it end at ``pos`` ("on March 1
    to 2.85 rupees", "beginning April 1 to 110.14 billion dlrs")? Then the
    number is a date, not a range's bare first end."""
    start = pos
    while start > 0 and pos - start < 3 and "0" <= text[start - 1] <= "9":
        start -= 1
    if start == pos or pos - start > 2 or (start > 0 and text[start - 1] not in " \u00a0"):
        return False
    if int(text[start:pos]) > 31 or text[start] == "0":
        return False
    word = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return word is not None and word.group(1)[0].isupper() and word.group(1).lower() in _month_words()


def _gated(test: Callable[[str, int], tuple[None, int] | None], parser: Parser[_T]) -> Parser[_T]:
    """``parser``, tried only where ``test`` passes (a necessary condition of it)."""
    return seq(reader_parser(test, ""), parser).map(_second)


def _second(pair: tuple[Any, _T]) -> _T:
    return pair[1]


def _free_read(text: str, pos: int) -> tuple[str, int] | None:
    """:data:`_FREE` at ``pos``, in Python where the characters before are ASCII."""
    before = text[pos - 1] if 0 < pos <= len(text) else ""
    if before.isascii() and before:
        if before.isalnum() or before in "_.,/":
            return None
        if before != "-" or pos < 2:
            return "", pos
        two = text[pos - 2]
        if two.isascii():
            return None if two.isalnum() else ("", pos)
    return ("", pos) if _free_pattern().match(text, pos) is not None else None


#: Not glued to a word or number before: where a free number may start.
_FREE = r"(?<![\p{L}\p{N}_.,/])(?<![\p{L}\p{N}]-)"


@functools.cache
def _free_pattern() -> regex.Pattern[str]:
    return regex.compile(_FREE)


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


#: The money parser with default options (built on first use).
money: Parser[Money]

__getattr__ = lazy_attributes(globals(), {"money": money_parser})



# -- elliptical amounts ------------------------------------------------------------------------

#: How far back (characters) the amount whose unit is shared may end: a
#: number with a scale word of its own reaches further ("7.53 billion
#: Taiwan dlrs ... bringing issues so far this year to 174.48 billion").
_NEAR, _FAR = 60, 120


def _connectors() -> tuple[str, ...]:
    return (*_context_words("connector"), *_context_words("connector-scaled"))


@functools.cache
def _elliptical_pattern() -> regex.Pattern[str]:
    # between the connector and the number: a determiner, words that only
    # describe the figure and a possessive ("from the previous year's 60.7
    # mln", "from a revised 28.30 billion", "from 1985's 121.3 mln")
    filler = trie_pattern(_context_words("elliptical-filler"), boundary=False)
    # a connector-scaled word ("of", "after") only before a scale word
    return regex.compile(
        rf"(?i:(?<!\p{{L}})(?:(?P<cn>{trie_pattern(_context_words('connector'), boundary=False)})"
        rf"|(?P<cs>{trie_pattern(_context_words('connector-scaled'), boundary=False)})))[ \u00a0]+"
        r"(?=[^\d\n]{0,60}\d)"  # a digit near: a cheap test before the words
        rf"(?:(?P<q>{qualifier().pattern})[ \u00a0]+"
        rf"|(?:(?i:the|an?)[ \u00a0]+)?(?:(?i:{filler})[ \u00a0]++){{0,2}}"
        rf"(?:[\p{{L}}\d]{{1,12}}['\u2019]s[ \u00a0]+)?)?"
        rf"(?P<amount>(?<![\p{{L}}\p{{N}}])(?P<n>{DIGITS})(?P<fr>{_FRACTION_TAIL})?"
        rf"(?(cs)[ \u00a0]?(?P<sc>{scale_fragment()})|(?:[ \u00a0]?(?P<sc>{scale_fragment()}))?))"
    )


@functools.cache
def _elliptical_starts() -> re.Pattern[str]:
    """Where :func:`_elliptical_pattern` may start in ASCII text: a cheaper scan.

    An empty match before every connector that spaces and, within the
    pattern's reach, a digit follow: the pattern starts at some of these
    places and at no other (in ASCII text, ``re`` and ``regex`` read the
    classes here alike, but for ``\\s``, which ``re`` takes more broadly).
    """
    connectors = "|".join(
        trie_pattern(_context_words(kind), boundary=False) for kind in ("connector", "connector-scaled"))
    return re.compile(rf"(?<![A-Za-z])(?=(?i:{connectors})[ \u00a0]+(?=[^\d\n]{{0,60}}\d))")


@functools.cache
def _elliptical_hint() -> regex.Pattern[str]:
    """A short pattern that matches at least where :func:`_elliptical_pattern` does.

    A connector, then words (a qualifier's, as many as the longest one has)
    and a digit: a text where it finds none needs no larger pattern compiled.
    """
    most = max((len(q.split()) for q in vocabulary.qualifiers()), default=0)
    most += 4  # a determiner, two fillers and a possessive ("from the previous year's")
    return regex.compile(
        rf"(?i:(?<!\p{{L}})(?:{trie_pattern(_context_words('connector'), boundary=False)}))[ \u00a0]+"
        rf"(?:\S++\s++){{0,{most}}}\.?\d"
        rf"|(?i:(?<!\p{{L}})(?:{trie_pattern(_context_words('connector-scaled'), boundary=False)}))[ \u00a0]+"
        rf"(?:\S++\s++){{0,{most}}}\.?\d[\d.,]*+[ \u00a0]?(?:{scale_fragment()})"
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
    the amount before it ("$3 billion, up from 2.5"). Bare numbers
    coordinated with an amount after them share its unit too ("1,850 and
    1,880 dlrs": see :func:`_coordinated_amounts`). The returned mentions
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
    out: list[Money] = _coordinated_amounts(text, found, options)
    if out:
        found = [*found, *out]
    ordered = sorted(found, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    given, given_starts = list(ordered), list(starts)
    last_end = max(x.end for x in ordered)
    pos = ordered[0].end
    # A first look spares compiling the pattern where no text needs it; once
    # it is compiled, the scan alone says as much. In ASCII text the look
    # is the scan's own pre-scan for connectors (see _EllipticalScan: the
    # pattern starts at no other place); elsewhere the hint.
    if _elliptical_pattern.cache_info().currsize == 0:
        if text.isascii():
            first = _elliptical_starts().search(text, pos)
            if first is None or first.start() > last_end + _FAR:
                return out  # (the scan below would find nothing)
        elif _elliptical_hint().search(text, pos, min(len(text), last_end + _FAR + 256)) is None:
            return out  # (the scan below would find nothing)
    scan = _EllipticalScan(text, pos, ordered, starts, last_end)
    for m in scan.matches():
        scan.pos = m.end()
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
        if not _follow_ok(text, end) or _to_percent().match(text, end):
            continue
        if antecedent.unit.lower() in table.minor or antecedent.unit in table.minor_cs:
            continue  # "14 cts from 12": the minor scale is not recoverable here
        if _compared_before(text, m.start(), ordered, starts):
            continue  # "Net 9,733,000 vs 7,164,000": the connector compares that number
        try:
            reading = Numeral(digits, False).read(options.decimal_mark)
            whole = reading.value + (_fraction(fraction) if fraction else 0)
        except (ValueError, Reject):
            continue
        if scale:
            multiplier = _scale_of(scale)
        elif fraction or _key(m.group("cn") or "") in _context_words("connector-figure"):
            # "1.3 mln dlrs, or 1.45 a share": a second figure; "to 29-1/4":
            # a price in fractions, never scaled
            multiplier = 1
        else:
            # "$3 billion, up from 2.5": the second amount shares the scale,
            # unless the number is whole without it ("24.5 mln dlrs,
            # compared with 7,900,000": not 7.9 trillion)
            multiplier = _scale_in(antecedent.text)
            if multiplier != 1 and _is_quote(digits):
                continue  # "the 900 mln riyal issue to 99.51563": a price, no amount
            if multiplier != 1 and _whole_as_written(whole, multiplier, antecedent.amount):
                multiplier = 1
        try:
            value = whole * multiplier
            if multiplier != 1:
                value = value.normalize()
                value = value.quantize(1) if value == value.to_integral_value() else value
        except decimal.DecimalException:  # too long a number to compute with
            continue
        effect = vocabulary.qualifiers().get(" ".join(m.group("q").split()).lower()) if m.group("q") else None
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
        scan.add(found_one)
    return out


@functools.cache
def _number_run() -> re.Pattern[str]:
    """Numbers as :class:`_EllipticalScan` reads them (in ASCII text): from a
    digit to the last digit before the next letter ("5.3 mln", "1,000 and
    2,000 dlrs": no connector lies between their digits)."""
    return re.compile(r"[0-9](?:[^A-Za-z]*[0-9])?")


class _EllipticalScan:
    """The matches of :func:`_elliptical_pattern` that :func:`elliptical_amounts`
    reads: left to right and not overlapping, as searching on from the end of
    each would find them, up to ``_FAR`` characters after the last amount.

    Searching reads the text at every place, at some 0.1 microsecond a
    character. In ASCII text the scan reads less and finds the same matches
    wherever one can be kept. The pattern starts at a connector, and a
    cheaper ``re`` scan (:func:`_elliptical_starts`) finds every place where
    one may: the pattern is tried there only. A connector stands before a
    number, with no digit between; its match reaches past that number's
    first digit, and so hides the connectors after it before that digit
    ("from up to 4 mln"), and no others (no connector starts inside a
    number, its fraction or its scale word, nor inside a possessive:
    tests/money/test_elliptical_scan.py). A match is kept only when it
    starts at most ``_FAR`` characters after an amount ends and its number
    is not part of an amount (its number starts at that first digit, but
    after a possessive such as "1985's"): so the connectors before a number
    that has none of them close after an amount, or that is in an amount,
    are not read at all. The caller sets :attr:`pos` to the end of each
    match and tells the scan of each amount it adds (:meth:`add`), which
    lends its unit in turn. In other text the pattern is searched for.
    """

    __slots__ = ("_ends", "_ordered", "_starts", "_text", "last_end", "pos")

    def __init__(
        self, text: str, pos: int, ordered: list[Money], starts: list[int], last_end: int
    ) -> None:
        self._text = text
        #: where the search goes on (the caller sets it to the end of each match)
        self.pos = pos
        # the caller's amounts in order of start, and their starts (it adds to them)
        self._ordered, self._starts = ordered, starts
        #: where the amounts end, in order: the reach of each starts there
        self._ends = sorted(x.end for x in ordered)
        self.last_end = last_end

    def add(self, amount: Money) -> None:
        """Count the amount just found (in ``ordered`` already) as one that lends its unit."""
        bisect.insort(self._ends, amount.end)
        self.last_end = max(self.last_end, amount.end)

    def matches(self) -> Iterator[regex.Match[str]]:
        text = self._text
        pattern = _elliptical_pattern()
        if not text.isascii():
            while True:
                # no amount can be further than _FAR characters after the last one
                # (and none is longer than the margin: the search can stop there)
                m = pattern.search(text, self.pos, min(len(text), self.last_end + _FAR + 256))
                if m is None or m.start() > self.last_end + _FAR:
                    return
                yield m
        finder = _elliptical_starts()
        ends = self._ends
        ordered, starts = self._ordered, self._starts
        begin = self.pos
        for number in _number_run().finditer(text, self.pos):
            first, before = number.start(), begin
            begin = number.end()
            if before >= first:
                continue  # (no place for a connector)
            if before > self.last_end + _FAR:
                return
            i = bisect.bisect_right(ends, first - 1)
            if not i or ends[i - 1] + _FAR < before:
                continue  # no connector before the number close after an amount
            j = bisect.bisect_right(starts, first) - 1
            if j >= 0 and ordered[j].end > first and "'" not in text[first:first + 13]:
                continue  # a number in an amount (and no possessive before it: "1985's 5 mln")
            for candidate in finder.finditer(text, max(before, self.pos), first + 1):
                at = candidate.start()
                if at < self.pos:
                    continue  # inside the last match
                if at > self.last_end + _FAR:
                    return
                m = pattern.match(text, at, min(len(text), self.last_end + _FAR + 256))
                if m is not None:
                    yield m


@functools.cache
def _coordinated_step() -> regex.Pattern[str]:
    """One bare number of a list before an amount, read right to left: the
    number, its own scale word if any, then "and" (or a comma) up to where
    the reading stands ("1,850 and |1,880 dlrs", "3, |4 and 5 billion")."""
    return regex.compile(
        rf"(?r)(?<![\p{{L}}\p{{N}}.,/$€£¥%\-])(?P<n>\d(?:[\d,]*\d)?(?:\.\d+)?)"
        rf"(?:[ \u00a0]?(?P<sc>{scale_fragment()}))?"
        rf"(?P<sep>[ \u00a0]*,[ \u00a0]*|,?[ \u00a0]+(?i:and)[ \u00a0]+)"
    )


_LEAD_DIGITS = LazyPattern(DIGITS)
_YEAR = LazyPattern(r"(?:1[89]|20)\d\d")
_WORD_BEFORE = LazyPattern(r"(\p{L}+)\.?[ \u00a0]+$")


@functools.cache
def _month_words() -> frozenset[str]:
    """Month names and abbreviations (time_words.tsv), lower case."""
    return frozenset(row[0].lower() for row in rows("time_words.tsv") if row[1] == "month")


def _coordinated_amounts(text: str, found: list[Money], options: MoneyOptions) -> list[Money]:
    """Bare numbers coordinated with an amount after them, sharing its unit.

    In "1,850 and 1,880 dlrs", "3 and 4 billion dollars" or "1,000, 5,000
    and 10,000 stg" each number is an amount: it takes the unit of the last
    one (and its scale word, when it writes none: not when it is a whole
    number of a thousand or more, "1,000 and 5 mln dlrs"). A list starts
    with "and" before the amount and goes back over commas; a year ("in 1986
    and 5 mln dlrs") or a number with a scale word before an unscaled amount
    ends it, and "between" before it makes a range, read by the grammar.

    >>> from finparse.money import money
    >>> text = "Bids came at 1,850, 1,870 and 1,880 dlrs and at 3 and 4 mln dlrs."
    >>> first = [m.value for m in money.finditer(text)]
    >>> [(m.text, m.amount) for m in _coordinated_amounts(text, first, MoneyOptions())]
    [('1,850', Decimal('1850')), ('1,870', Decimal('1870')), ('3', Decimal('3000000'))]
    """
    out: list[Money] = []
    spans = sorted((m.start, m.end) for m in found)
    for amount in found:
        s = amount.start
        if (amount.amount is None or amount.elliptical or s < 6
                or not text[max(0, s - 8) : s].rstrip(" \u00a0").lower().endswith("and")):
            continue
        lead = _LEAD_DIGITS.match(text, s)
        if lead is None:
            continue  # a unit or a qualifier before the number ("$4", "about 4")
        try:
            written = Numeral(lead.group(0), False).read(options.decimal_mark).value
        except (ValueError, Reject):
            continue
        scale = _scale_in(amount.text)
        if written == 0:
            continue
        minor = amount.amount / (written * scale)  # 0.01 for "20 and 25 cts"
        items: list[Money] = []
        pos, oxford = s, False
        step = _coordinated_step()  # (compiled when a text first has "and" before an amount)
        while True:
            m = step.match(text, max(0, pos - 80), pos)
            if m is None or ("and" in m.group("sep").lower()) != (not items):
                break
            digits, own, sep = m.group("n"), m.group("sc"), m.group("sep")
            if not own and _YEAR.fullmatch(digits):
                break
            if not items:
                oxford = "," in sep  # "1,000, 5,000, and 10,000": a list of three or more
            word = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
            if word is not None and word.group(1).lower() in _month_words():
                break  # "on March 30 and 147 mln stg": a date
            if own and scale == 1:
                break  # "1.5 billion and 200 dlrs": not one list
            try:
                reading = Numeral(digits, False).read(options.decimal_mark)
            except (ValueError, Reject):
                break
            if not own and scale != 1 and ("," in digits or reading.value >= 1000):
                break  # "1,000 and 5 mln dlrs": a whole number, not 1 billion
            end = m.end("sc") if own else m.end("n")
            start = m.start("n")
            i = bisect.bisect_left(spans, (end,))
            if i and spans[i - 1][1] > start:
                break  # part of another amount
            value = (reading.value * (_scale_of(own) if own else scale) * minor).normalize()
            value = value.quantize(1) if value == value.to_integral_value() else value
            items.append(Money(
                text[start:end], start, end, value, amount.currency, amount.unit,
                currency_assumed=amount.currency_assumed, ambiguous=reading.ambiguous,
                elliptical=True,
            ))
            pos = start
        if items and "between" in text[max(0, pos - 20) : pos].lower():
            continue  # "between (about) 3 and 5 dlrs": the grammar's range
        if oxford and len(items) < 2:
            continue  # "1.2391 NZ dlrs from 1.2403, and 0.4392 sterling": no list
        out.extend(reversed(items))
    return sorted(out, key=lambda m: m.start)


def _is_quote(digits: str) -> bool:
    """A number with four decimals or more ("99.51563"): a price or a rate
    quoted finely, which borrows no scale (an exchange rate after one,
    "1.2964 marks from 1.2918", is an amount of its own).

    >>> _is_quote("99.51563"), _is_quote("2.5"), _is_quote("1,234.5")
    (True, False, False)
    """
    _, dot, decimals = digits.rpartition(".")
    return bool(dot) and len(decimals) >= 4 and decimals.isdigit()


#: How far apart, as a factor, two amounts compared in one clause may be
#: before a borrowed scale is taken to be a misreading.
_SCALE_GAP = Decimal(1000)


def _whole_as_written(whole: Decimal, multiplier: int, before: Decimal | None) -> bool:
    """Whether an elliptical number is a whole amount without the scale of
    the amount before it: with that scale it would be more than a thousand
    times that amount, without it within a thousand times either way.

    >>> _whole_as_written(Decimal("7900000"), 1_000_000, Decimal("24500000"))
    True
    >>> _whole_as_written(Decimal("3100.5"), 1_000_000, Decimal("3304100000"))
    False
    """
    if before is None or before <= 0 or whole <= 0:
        return False
    scaled = whole * multiplier / before
    plain = whole / before
    return scaled > _SCALE_GAP and 1 / _SCALE_GAP <= plain <= _SCALE_GAP


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
    if strict and _other_scaled().search(between):
        return None
    return antecedent


@functools.cache
def _number_before() -> regex.Pattern[str]:
    """A number that is no year or day, just before a connector ("Net 9,733,000 vs")."""
    scaled = vocabulary.unit_pattern("scale-word")
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}.,])(?:\d{{1,3}}(?:,\d{{3}})++(?:\.\d++)?|\d++\.\d++|\d++(?=[ \u00a0]?{scaled}))"
        rf"(?:[ \u00a0]?{scaled})?[ \u00a0,]*+$"
    )


def _compared_before(text: str, at: int, ordered: list[Money], starts: list[int]) -> bool:
    """Whether a number that is not money ends just before the connector at ``at``.

    A table row such as "Net 9,733,000 vs 7,164,000" compares two figures
    whose unit is not written: an amount earlier on ("Shr 1.32 dlrs") does
    not lend its unit to the second one.
    """
    m = _number_before().search(text, max(0, at - 40), at)
    if m is None:
        return False
    j = bisect.bisect_right(starts, m.start()) - 1
    if j >= 0 and ordered[j].end > m.start():
        return False  # an amount itself: it lends its unit
    # a row's label before that number: a capitalised word ("Revs", "Net")
    # or a word of the row-label class ("loss", "profit"); after a verb or
    # a preposition ("dropped 400 mln to 300 mln", "the ceiling at 1,325
    # against 1,420") the number is an amount whose unit went unwritten
    label = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if label is None:
        return False
    word = label.group(1)
    return word[0].isupper() or word.lower() in _context_words("row-label")


def _scale_in(text: str) -> int:
    """The multiplier of the scale word written in an amount, or 1."""
    m = _scale_search().search(text)
    return scale_value(m.group(0)) if m else 1


@functools.cache
def _scale_search() -> regex.Pattern[str]:
    return regex.compile(rf"(?<=[\d\s])(?:{scale_fragment()})")


_SENTENCE_END = LazyPattern(r"[.;!?](?:\s|$)")
_WORD = regex.compile(r"\p{L}+")


@functools.cache
def _other_scaled() -> regex.Pattern[str]:
    """A number with a scale word ("13.9 mln"; not a single letter: "the B-1B bomber").

    A scaled number that is not money ("Avg shrs 13.9 mln vs 13.8 mln"):
    between an amount and a connector, it is what the connector compares.
    """
    scaled = vocabulary.unit_pattern("scale-word")
    return regex.compile(rf"(?<![\p{{N}}.,])\d[\d,]*+(?:\.\d++)?[ \u00a0]?{scaled}")


@functools.cache
def _to_percent() -> regex.Pattern[str]:
    """The other end of a percent range ("from 7-1/4 to 9.27 pct")."""
    return regex.compile(rf"[ \u00a0]*+(?:-|(?i:to))[ \u00a0]*+[\d.,/-]++[ \u00a0]?{_percent_words()}")


def _follow_ok(text: str, end: int) -> bool:
    rest = text[end : end + 30]
    stripped = rest.lstrip(" \u00a0")
    if not stripped or not (stripped[0].isalnum() or stripped[0] in "$%"):
        return stripped[:1] not in ("%", "$")
    word = _WORD.match(stripped)
    # a word of its own list, or a connector to the next amount ("against")
    return word is not None and (
        word.group(0).lower() in word_class("context_words.tsv", "elliptical_follow")
    )
