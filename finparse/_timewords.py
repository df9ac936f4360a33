"""The words, regex pieces and value readers of the time grammar.

Vocabulary from ``data/time_words.tsv`` and ``data/time_holidays.tsv``, the
regex fragments the productions are written with, and the functions that
read a matched piece (a count, a day, a month, a year) or check its context.
The productions themselves are in :mod:`finparse._timegrammar`; the public
parsers and :class:`~finparse.timewindow.TimeWindow` in
:mod:`finparse.timewindow`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

import regex

from finparse import vocabulary
from finparse._data import rows, word_class
from finparse.core import Reject, shared_pattern, trie_pattern
from finparse.numbers import read_words
from finparse.timespec import DAY, ZERO, Fixed

# -- vocabulary ----------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def compile_re(pattern: str) -> regex.Pattern[str]:
    """A helper pattern, compiled on first use."""
    return regex.compile(pattern)



def word_key(text: str) -> str:
    """A lookup key: lower case, one space for runs of space and hyphens."""
    text = text.lower().replace("\u2019", "'").replace(".", "")
    return " ".join(text.replace("-", " ").split())


class _Word(NamedTuple):
    form: str
    value: str
    flags: str


@functools.cache
def _vocab() -> Mapping[str, tuple[_Word, ...]]:
    """``data/time_words.tsv`` by kind."""
    out: dict[str, list[_Word]] = {}
    for row in rows("time_words.tsv"):
        form, kind, value = row[0], row[1], row[2]
        flags = row[3] if len(row) > 3 else ""
        out.setdefault(kind, []).append(_Word(form, value, flags))
    return {kind: tuple(words) for kind, words in out.items()}


def words_of(kind: str, flag: str | None = None) -> tuple[_Word, ...]:
    return tuple(w for w in _vocab().get(kind, ()) if flag is None or w.flags == flag)


def forms_of(kind: str, flag: str | None = None) -> list[str]:
    """The forms of ``kind`` in table order; with ``flag``, those that have it among their flags."""
    return [w.form for w in _vocab().get(kind, ()) if flag is None or flag in w.flags.split()]


def all_forms() -> list[str]:
    """The forms of every kind of ``data/time_words.tsv``, in table order."""
    return [w.form for words in _vocab().values() for w in words]


def alternatives(kind: str, flag: str | None = None) -> str:
    """The forms of ``kind`` (see :func:`forms_of`) as regex alternatives, in table order.

    For plain words written into a pattern that sets their case and guards
    itself; a space matches a short run of whitespace (:data:`S`).

    >>> alternatives("countmod")
    'less|fewer|more|additional|extra'
    >>> alternatives("edge", "dash")
    'end|start'
    """
    forms = forms_of(kind, flag)
    return "|".join(S.join(regex.escape(part) for part in form.split()) for form in forms)


@functools.cache
def lookup(kind: str) -> Mapping[str, _Word]:
    return {word_key(w.form): w for w in words_of(kind)}


def word_value(kind: str, text: str) -> _Word:
    try:
        return lookup(kind)[word_key(text)]
    except KeyError:
        raise Reject from None


def _variants(form: str) -> list[str]:
    """A form as written, with its hyphens also written as spaces."""
    out = [form]
    if "-" in form:
        out.append(form.replace("-", " "))
    return out


#: Not glued to a letter: before a word that starts with one, after one
#: that ends in one.
_NO_LETTER_BEFORE = r"(?<![\p{L}\p{M}])"
_NO_LETTER_AFTER = r"(?![\p{L}\p{M}])"

#: The longest word list any_of writes as a plain alternation by default.
_SHORT_LIST = 48


def word_pattern(words: Iterable[str], *, trie: bool = True) -> str:
    """Any of ``words``, not glued to a letter or digit on either side.

    :func:`~finparse.core.trie_pattern` keeps a word from being glued to a
    letter or a digit with a check that reads the character matched last,
    which suits any list. Time words start with a letter and end in a
    letter or a period ("Sept."), where plain lookarounds say the same and
    compile in a fraction of the time; a list with other words keeps the
    general guards.

    A trie tests the first letter once, which makes it the faster to scan
    for and to try where many words share their first letters. Without
    ``trie`` the words are a plain alternation (see :func:`_alternation`),
    which compiles in about two thirds of the time: the pieces of the
    grammar are written into many of its patterns.
    """
    listed = [w for w in words if w]
    if not all(w[0].isalpha() and (w[-1].isalpha() or not w[-1].isalnum()) for w in listed):
        return trie_pattern(listed)
    body = None if trie else _alternation(listed)
    return _NO_LETTER_BEFORE + (body or trie_pattern(listed, boundary=False)) + _word_end(listed)


def _word_end(words: Sequence[str]) -> str:
    """What :func:`word_pattern` checks after any of ``words``: a word that
    ends in a letter is not glued to the letter after it."""
    if all(w[-1].isalpha() for w in words):
        return _NO_LETTER_AFTER
    if any(w[-1].isalpha() for w in words):
        return rf"(?:(?<!\p{{L}})|{_NO_LETTER_AFTER})"
    return ""


def _alternation(words: list[str]) -> str | None:
    """Words as an alternation, longest first, or None.

    It matches what the trie of the same words does: two words that match
    at one place are a word and its prefix, and both patterns try the
    longer one first. None for a list with a word that is a prefix of
    another only when case is ignored ("Sep", "sept"), where the trie's
    order differs.
    """
    if not all(w.isascii() for w in words):
        return None
    forms = sorted({" ".join(w.split()) for w in words}, key=lambda w: (-len(w), w))
    by_key: dict[str, list[str]] = {}
    for form in forms:
        by_key.setdefault(form.lower(), []).append(form)
    for form in forms:
        key = form.lower()
        for end in range(1, len(form)):
            if any(not form.startswith(short) for short in by_key.get(key[:end], ())):
                return None
    firsts = "".join(sorted({f[0] for f in forms}))
    return f"(?=[{firsts}])(?:" + "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in forms) + ")"


def any_of(forms: Iterable[str], *, trie: bool | None = None) -> str:
    """Any of ``forms``, ignoring case, hyphens also written as spaces.

    A trie if ``trie`` is true, or if it is None and the list is long
    (slow to try as an alternation); else an alternation (see
    :func:`word_pattern`).
    """
    words = [variant for form in forms for variant in _variants(form)]
    if trie is None:
        trie = len(words) > _SHORT_LIST
    return f"(?i:{word_pattern(words, trie=trie)})"


def heads(forms: Iterable[str], size: int = 3) -> str:
    """The first ``size`` letters of the first word of each of ``forms``, in any case.

    A guard's test (see :func:`finparse.core.regex_parser`): a pattern
    that reads one of ``forms`` at a place starts with one of these. It is
    small to compile where the forms themselves are not.

    >>> heads(["September", "Sept.", "May", "twenty-first"])
    '(?i:may|sep|twe)'
    """
    firsts = {(word_key(form).split() or [""])[0][:size] for form in forms}
    return "(?i:" + "|".join(regex.escape(w) for w in sorted(firsts) if w) + ")"


@functools.cache
def holidays() -> Mapping[str, str]:
    table: dict[str, str] = {}
    for name, rule in rows("time_holidays.tsv"):
        for form in _holiday_forms(name):
            table[holiday_key(form)] = rule
    return table


def _holiday_forms(name: str) -> list[str]:
    forms = {name}
    for form in list(forms):
        if "'s" in form:
            forms.add(form.replace("'s", "s"))
            forms.add(form.replace("'s", ""))
        if "s'" in form:
            forms.add(form.replace("s'", "s"))
    for form in list(forms):
        if form.startswith("saint "):
            forms.add("st. " + form[6:])
            forms.add("st " + form[6:])
    return sorted(forms)


def holiday_key(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split())


# -- regex pieces --------------------------------------------------------------------------

S = r"\s{1,3}"
S0 = r"\s{0,3}"
WL = r"(?<![\p{L}\p{N}])"
WR = r"(?![\p{L}\p{N}])"
DASH = r"[-\u2010-\u2015~]"
YEAR4 = r"(?:1[5-9]\d\d|2[0-2]\d\d)"


@functools.cache
def not_quantity() -> str:
    """Not followed by a unit that makes the number before a quantity of
    another kind ("March 10 pct", "1990 shares"): a percent, a scale word, a
    currency or a counted noun (:func:`finparse.vocabulary.unit_pattern`)."""
    units = vocabulary.unit_pattern("percent", "scale-word", "currency", "count")
    return rf"(?!\s{{0,3}}(?:[%\p{{Sc}}]|{units}))"


@dataclass(frozen=True)
class _Pieces:
    """The regex fragments the productions are written with."""

    month: str  # any month form
    month_full: str  # months that stand alone in any case
    month_ambiguous: str  # months that need a context to stand alone
    month_abbr_dot: str  # abbreviations written with a period
    weekday: str  # full weekday names
    weekday_any: str  # weekday names and abbreviations
    unit: str  # unit words and abbreviations
    unit_word: str  # unit words
    ordinal: str  # ordinal words, 1-31
    number_words: str  # cardinal words
    count: str  # a count: digits, words, "a", "a couple of"
    day: str  # a day of the month as written
    year_words: str
    year_spelled: str  # a year in words that may stand alone ("twenty twenty-one")
    unit_end: str  # "yearend", "quarter-end": the last day of a unit
    relative: str
    holiday: str
    anchor: tuple[str, ...]  # digits, words, fractions, years in words: scanned apart


def _anchor_heads(words: Iterable[str]) -> str:
    """A pattern of the first two characters of ``words``, ignoring case.

    Grouped by first letter ("a[pu]|d[ae]"); a space second is any
    whitespace (the tries read a space as a run of it). It matches
    wherever any of the words (in any case) starts, and is quick to fail
    at the other word starts.

    >>> _anchor_heads(["April", "Aug.", "day", "y/y", "yr"])
    '(?i:a[pu]|d[a]|y[/r])'
    """
    seconds: dict[str, set[str]] = {}
    for word in words:
        first = word[:1].lower()
        rest = seconds.setdefault(first, set())
        if len(word) < 2:
            rest.add("")  # a word of one letter: any second character
        else:
            second = word[1].lower()
            rest.add(r"\s" if second.isspace() else regex.escape(second))
    parts = []
    for first in sorted(seconds):
        rest = seconds[first]
        head = regex.escape(first)
        parts.append(head if "" in rest else f"{head}[{''.join(sorted(rest))}]")
    return "(?i:" + "|".join(parts) + ")"


@functools.cache
def anchor_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of the word anchor (see :func:`word_anchor_pattern`): its
    words, in any case, and its abbreviations, as written.

    The months, full weekdays, unit words, day words, to-date, decade,
    rate, season and unit-end words of ``data/time_words.tsv``, and a word
    of each anaphoric phrase and holiday that has none of them.
    """
    months = words_of("month")
    words = [
        *(w.form for w in months),
        *(w.form + "." for w in months if w.flags == "abbr"),
        *(w.form for w in words_of("weekday", "full")),
        *(w.form for w in words_of("unit", "word")),
        *(w.form for w in words_of("dayword")),
        *(w.form for w in words_of("todate")),
        *(w.form for w in words_of("decade")),
        *(w.form for w in words_of("rate")),
        *(w.form for w in words_of("season")),
        *(w.form for w in words_of("unitend")),
        "period", "session", "weekend", "week-end", "ltm", "ttm", "fy", "cy", "half",
    ]
    known = {word_key(w) for w in words}
    for phrase in words_of("anaphoric"):  # "since inception": no other anchor word
        if not any(w in known for w in word_key(phrase.form).split()):
            words.append(word_key(phrase.form).split()[-1])
    for name in holidays():  # a holiday with no other anchor word in its name
        names = [w[:-2] if w.endswith("'s") else w.rstrip("'") for w in name.split()]
        if not any(w in known for w in names):
            words.append(names[-1])
    # "may" and "march" are verbs in lower case, and "SEC" is not "sec".
    spelled = sorted({v for w in words for v in _variants(w) if word_key(w) not in ("may", "march")})
    return tuple(spelled), tuple(w.form for w in words_of("unit", "abbr") if len(w.form) > 1)


def word_anchor_pattern(words: Sequence[str], abbrs: Sequence[str], *, grouped: bool = True) -> str:
    """The word anchor: any of ``words`` (in any case), any of ``abbrs`` (as
    written), a quarter or half code, or "May" or "March" as a month.

    Every one starts a word; a word that ends in a letter is not glued to
    the letter after it. ``grouped`` (the default, the pattern scanned for)
    writes them in groups by their first letter, each group its letter and
    then the tries of the rests of its words: the regex module skips text
    quickly to the next letter that starts a group, and reads that group
    only (a third faster to scan for than the words as one trie behind a
    look-ahead; about a millisecond longer to compile, once). Without
    ``grouped``, the words are that one trie, behind a look-ahead for
    their first two letters (see :func:`_anchor_heads`); the two patterns
    find the same spans (tests/time/test_anchor_heads.py compares them).

    >>> import regex
    >>> p = regex.compile(word_anchor_pattern(["April", "Aug.", "year", "y/y"], ["yr"]))
    >>> [m.group() for m in p.finditer("In April, Q3 Aug. yrs yr, March 5 y/y YEAR mayor")]
    ['April', 'Q3', 'Aug.', 'yr', 'March', 'y/y', 'YEAR']
    """
    # (The grouped form wants words that start with an ASCII letter: no two
    # groups then match at one place, in any case. Any other list is flat.)
    if not grouped or not all(w[:1].isascii() and w[:1].isalpha() for w in [*words, *abbrs]):
        heads = _anchor_heads([*words, *abbrs, "may", "march", "q1", "q2", "q3", "q4", "h1", "h2"])
        trie = word_pattern(words).replace(_NO_LETTER_BEFORE, "")
        return (
            rf"\b(?={heads})(?:[Qq][1-4]|H[12]"
            rf"|(?i:{trie})|{word_pattern(abbrs)}|(?:May|MAY|March|MARCH)\b"
            r"|(?i:may|march)(?=[\s.,]{1,3}\d)"
            r")"
        )
    firsts = sorted({w[0].lower() for w in [*words, *abbrs]} | {"q", "h", "m"})
    groups = []
    for first in firsts:
        # The parts of the group in the order of the flat pattern, each
        # after the first letter; the case is ignored but where it matters.
        parts = {"q": [r"[1-4]"], "h": [r"(?-i:(?<=H)[12])"]}.get(first, [])  # "Q3", "q3", "H1"
        group = [w for w in words if w[0].lower() == first]
        if group:
            parts.append(_suffix_trie([w[1:] for w in group]) + _word_end(group))
        for letter in sorted({w[0] for w in abbrs if w[0].lower() == first}):
            rests = [w[1:] for w in abbrs if w[0] == letter]
            parts.append(f"(?-i:(?<={regex.escape(letter)}){_suffix_trie(rests)}{_word_end(abbrs)})")
        if first == "m":  # "May", "MARCH"; "may" and "march" before a number
            parts += [r"(?-i:(?<=M)(?:ay|AY|arch|ARCH)\b)", r"(?:ay|arch)(?=[\s.,]{1,3}\d)"]
        groups.append(f"{regex.escape(first)}(?:{'|'.join(parts)})")
    return r"\b(?i:" + "|".join(groups) + ")"


def word_anchor_sieve(words: Sequence[str], abbrs: Sequence[str]) -> str:
    """The first pass of the word anchor (see :class:`Sieved`), for text in lower case.

    A character that is no ASCII letter, digit or underscore, then (looked
    at, not read) the start of one of the anchor's words in lower case:
    each whole, a space in one as any run of whitespace; a word that
    another starts with stands for both ("day" for "days"). What comes after
    a word is not looked at. Written for the stdlib :mod:`re` (which reads
    a pattern that opens with a character class quickly), case-sensitive.

    >>> p = re.compile(word_anchor_sieve(["April", "y o y", "day", "days"], ["yr"]))
    >>> [m.end() for m in p.finditer(" april, y  o y; daylight x-yr q3 mayor")]
    [1, 8, 16, 27, 30, 33]
    """
    forms = {w.lower() for w in [*words, *abbrs, "may", "march", "q1", "q2", "q3", "q4", "h1", "h2"]}
    return rf"[^a-z0-9_](?={_prefix_trie(sorted(forms))})"


#: A trie of characters ("" marks the end of a form).
_Trie = dict[str, "_Trie"]


def _prefix_trie(forms: Sequence[str]) -> str:
    """A :mod:`re` alternation, as a trie, of the starts of ``forms``: each form
    whole (a space as ``\\s+``), and none longer than a form that starts it."""
    root: _Trie = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        if "" in node:  # a form ends here: no more is needed
            return ""
        branches = [(r"\s+" if c.isspace() else re.escape(c)) + emit(node[c]) for c in sorted(node)]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root)


class Sieved:
    """A compiled pattern, scanned for through a cheap first pass.

    :meth:`finditer` finds what ``pattern.finditer`` finds, for a pattern
    that never matches the empty string. It reads the text in lower case
    with ``sieve``, a stdlib :mod:`re` pattern (compiled when a text first
    needs it), which scans far faster than a long case-insensitive
    ``regex`` pattern, and tries ``pattern`` only at the first place and
    where a match of ``sieve`` ends (``back`` characters before its end).
    So ``sieve`` must end a match there, in the lower-case text read from
    the place before the first, wherever else ``pattern`` can match
    (:func:`word_anchor_sieve` and :func:`digit_anchor_sieve` do for the
    word and digit anchors). Lower case is the text's, character for
    character, where ``str.lower`` keeps its length (it never shortens a
    character) and the text has no long s (U+017F, which a case-insensitive
    pattern reads as "s" but ``lower`` keeps); with ``ascii_only``, only
    where the text is ASCII (whose digits, letters and spaces ``sieve``
    knows). Elsewhere, and with a ``timeout`` (:meth:`search`), ``pattern``
    reads the text itself.

    >>> import regex
    >>> words = Sieved(regex.compile(r"\\b(?i:day|year)s?\\b"), r"[^a-z0-9_](?=day|year)")
    >>> [m.span() for m in words.finditer("Years, days; today, DAY")]
    [(0, 5), (7, 11), (20, 23)]
    """

    __slots__ = ("_sieve", "ascii_only", "back", "pattern", "sieve_pattern")

    def __init__(
        self, pattern: regex.Pattern[str], sieve: str, *, back: int = 0, ascii_only: bool = False
    ) -> None:
        self.pattern = pattern
        self.sieve_pattern = sieve
        self._sieve: re.Pattern[str] | None = None  # (compiled when a text first needs it)
        self.back = back
        self.ascii_only = ascii_only

    def finditer(self, text: str, pos: int = 0) -> Iterator[regex.Match[str]]:
        """The matches of ``pattern`` in ``text`` from ``pos``, as ``pattern.finditer``."""
        if self.ascii_only and not text.isascii():
            return self.pattern.finditer(text, pos)
        lower = text.lower()
        if len(lower) != len(text) or "\u017f" in text:
            return self.pattern.finditer(text, pos)
        return self._sifted(text, lower, pos)

    def search(
        self, text: str, pos: int = 0, *, timeout: float | None = None
    ) -> regex.Match[str] | None:
        """``pattern.search``, bounded by ``timeout``."""
        return self.pattern.search(text, pos, timeout=timeout)

    def prepare(self) -> None:
        """Compile the sieve now (:meth:`finparse.core.Parser.prepare` calls it)."""
        if self._sieve is None:
            self._sieve = re.compile(self.sieve_pattern)

    def _sifted(self, text: str, lower: str, pos: int) -> Iterator[regex.Match[str]]:
        sieve = self._sieve
        if sieve is None:
            sieve = self._sieve = re.compile(self.sieve_pattern)
        match = self.pattern.match
        back = self.back
        found = match(text, pos)
        last = pos
        if found is not None:
            yield found
            last = found.end()
        for m in sieve.finditer(lower, pos - 1 if pos else 0):
            start = m.end() - back
            if start < last or start == pos:
                continue
            found = match(text, start)
            if found is not None:
                yield found
                last = found.end()


class Needled:
    """A pattern, not scanned for in a text that lacks what it needs.

    :meth:`finditer` finds what ``pattern.finditer`` finds, for a pattern
    each match of which holds one of ``needles`` (in the text in lower case,
    with ``lower``): a text without any of them (a search for a string, far
    faster than a scan for the pattern) has no match. ``pattern`` is
    compiled when a text first needs it.

    >>> p = Needled(r"(?i)twenty \\w+", ("twenty",), lower=True)
    >>> [m.group() for m in p.finditer("TWENTY five")], list(p.finditer("twelve"))
    (['TWENTY five'], [])
    """

    __slots__ = ("lower", "needles", "source")

    def __init__(self, pattern: str, needles: tuple[str, ...], *, lower: bool = False) -> None:
        self.source = pattern
        self.needles = needles
        self.lower = lower

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The pattern, compiled (once per process: see :func:`finparse.core.shared_pattern`)."""
        return shared_pattern(self.source)

    def finditer(self, text: str, pos: int = 0) -> Iterator[regex.Match[str]]:
        """The matches of ``pattern`` in ``text`` from ``pos``, as ``pattern.finditer``."""
        haystack = text.lower() if self.lower else text
        for needle in self.needles:
            if needle in haystack:
                return self.pattern.finditer(text, pos)
        return iter(())

    def search(
        self, text: str, pos: int = 0, *, timeout: float | None = None
    ) -> regex.Match[str] | None:
        """``pattern.search``, bounded by ``timeout``."""
        return self.pattern.search(text, pos, timeout=timeout)

    def prepare(self) -> None:
        """Compile the pattern now (:meth:`finparse.core.Parser.prepare` calls it)."""
        shared_pattern(self.source)


#: What each match of the fraction anchor of :func:`pieces` holds (see :class:`Needled`).
FRACTION_NEEDLES = ("/", "\u00bd", "\u00bc", "\u00be")
#: What each match of the anchor of years in words holds, in lower case.
SPELLED_NEEDLES = ("teen", "twenty", "thousand")


def digit_anchor_sieve() -> str:
    """The first pass of the digit anchor of :func:`pieces` (see :class:`Sieved`,
    with ``back=1``), for ASCII text in lower case.

    A digit not after a letter, digit, underscore, period or comma, then
    (looked at) the rest of a start of one of the anchor's branches,
    loosened: a year, a date's separators, a count and the start of a unit
    word, "and", a tenor's letter, a code's "q" or "h", a decade, an
    ordinal's ending.

    >>> p = re.compile(digit_anchor_sieve())
    >>> [m.start() for m in p.finditer("in 1987, 3 weeks, 2.5 mln, 1.30 to 4q, a3 days 5/8")]
    [3, 9, 35, 47]
    """
    units = sorted({w.form.lower() for w in words_of("unit")} | {"business", "working", "trading"})
    countmod = alternatives("countmod").lower()
    return (
        r"[0-9](?<![a-z0-9_.,][0-9])(?="
        r"(?<=1)[5-9]\d\d(?![0-9])|(?<=2)[0-2]\d\d(?![0-9])"
        r"|\d?(?:-\d{1,2}-|/\d{1,2}[/,]|\.\d{1,2}\.|\s{0,2}[-/]\s{0,2}(?:1[5-9]|2[0-2])\d\d|/\d)"
        r"|(?<=1)9\d{6}|(?<=2)0\d{6}"
        rf"|[0-9,]*(?:\.\d+)?(?:[ -][13]/[24])?(?:\s{{0,3}}|-)(?:(?:{countmod})\s{{1,3}})?{_prefix_trie(units)}"
        r"|\d?\s{1,3}and\s|\d?[ywd]|(?<=[1-4])q|(?<=[12])h|0'?s|\d?(?:st|nd|rd|th))"
    )


def _suffix_trie(rests: list[str]) -> str:
    """The trie of the rests of words after their first letter ("" for a word
    of one letter), without the trie's look-ahead for its first characters
    (the group's letter was that test)."""
    listed = [r for r in rests if r]
    if not listed:
        return ""
    trie = trie_pattern(listed, boundary=False)
    heads = {" " if r[0].isspace() else r[0] for r in listed}
    look = "(?=[" + "".join(sorted(regex.escape(a) if a != " " else r"\s" for a in heads)) + "])"
    if trie.startswith(look):
        trie = trie[len(look):]
    return f"(?:{trie}|)" if len(listed) < len(rests) else trie


def _with_dots(forms: Iterable[str]) -> list[str]:
    return [v for form in forms for v in (form, form + ".")]


@functools.cache
def pieces() -> _Pieces:
    months = words_of("month")
    small = [w for w in vocabulary.number_words() if w != "zero"]
    number_word = f"(?i:{word_pattern([*small, 'hundred'], trie=False)})"
    # one to five words, each after a space or hyphen but the first (a word
    # is never glued to the letter before it: its guard); the word pattern
    # is written once, not once for the first word and again for the rest
    number_words = rf"(?i:{WL}(?:(?:(?<=\p{{L}})(?:\s{{1,2}}|-))?{number_word}){{1,5}}+)"
    # a trie: the ordinals are tried wherever a day may be, and most of them
    # start alike ("twenty-first", "twenty first", "thirtieth" ...)
    ordinal = any_of((w.form for w in words_of("ordinal")), trie=True)
    digits = r"(?>\d{1,3}(?:,\d{3})+|\d+)(?>\.\d+)?"
    fraction = r"(?:\u00bd|\u00bc|\u00be|[13]/[24](?!\d))"
    # "and a half", "and one-half", "-and-a-half-": a mixed number in words
    and_half = rf"(?:(?:{S}|-)(?i:and)(?:{S}|-)(?:(?i:an?|one)(?:{S}|-))?(?i:half){WR})"
    count = (
        rf"(?:(?<![\p{{N}}.,/])(?<!\p{{N}}[.,\-])(?:\d{{1,3}}{_MIXED}|{digits}(?![\p{{N}}/])"
        rf"{and_half}?)"
        rf"|(?<![\p{{N}}]){fraction}"
        rf"|{number_words}{and_half}?"
        rf"|(?i:{WL}(?:a{S})?couple(?:{S}of)?{WR})"
        rf"|(?i:{WL}an?{WR}))"
    )
    day = (
        rf"(?:(?<![\p{{N}}])(?<!\p{{N}}[.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?{WR}(?![.,:]\d)"
        rf"|{ordinal})"
    )
    spelled = vocabulary.spellings()
    teen = f"(?:{'|'.join(spelled[n] for n in range(10, 20))})"
    tens = f"(?:{'|'.join(spelled[n] for n in range(20, 100, 10))})"
    units = f"(?:{'|'.join(spelled[n] for n in range(1, 10))})"
    two_digit = rf"(?:{tens}(?:[-\s]{units})?|{teen}|(?:oh\s)?{units})"
    # "nineteen hundred (and five)", "two thousand (and nine)", "nineteen
    # ninety", "nineteen hundred", "two thousand"
    hundreds = rf"(?:(?:{teen}|twenty){S}hundred|two{S}thousand)"
    year_words = (
        rf"(?i:{WL}(?:(?:{hundreds}{S}(?:and{S})?|(?:{teen}|twenty){S}){two_digit}|{hundreds}){WR})"
    )
    # A year in words read on its own (see spelled_year_ok): "nineteen
    # ninety-nine", "twenty twenty-one", "two thousand and nine", "nineteen
    # hundred", "nineteen oh five"; not "twenty five" (a count).
    century = f"(?:{'|'.join(spelled[n] for n in range(15, 21))})"
    sep = r"(?:\s{1,3}|-)"
    year_spelled = (
        rf"(?i:{WL}(?:(?:{century}{sep}hundred|two{S}thousand)(?:{S}(?:and{S})?{two_digit})?"
        rf"|{century}{sep}(?:{tens}(?:[-\s]{units})?|{teen}|oh{S}{units})){WR}(?!-))"
    )
    # Scanned on its own from a literal "t" (fast): "twenty ...", "two
    # thousand", or the "-teen" of "nineteen ...", whose stem leads (_lead).
    year_spelled_anchor = (
        rf"(?i:t(?:een|wenty){sep}(?:hundred|oh|{tens}|{teen})|two\s{{1,3}}thousand)(?![\p{{L}}])"
    )
    holiday_forms = sorted({
        f for name in (r[0] for r in rows("time_holidays.tsv")) for f in _holiday_forms(name)
    })
    holiday = f"(?i:{word_pattern(holiday_forms)})"
    unit_any = (
        rf"(?:{any_of((w.form for w in words_of('unit', 'word')), trie=True)}|(?i:business|working|trading)"
        rf"|(?i:{word_pattern([w.form for w in words_of('unit', 'abbr')])}))"
    )
    # Anchors: where a time expression may be. A digit is one only in the
    # shape of a year, a numeric date, a code (3Q, 1H), a decade, a tenor or
    # a count of time units: most numbers in financial text are amounts.
    # Everything but a vulgar fraction starts at a word boundary, which lets
    # the regex engine skip most of the text quickly.
    digit_anchor = (
        r"\b(?=\d)(?<![\p{N}.,])(?<!\p{N}[.,])(?:"
        r"(?:1[5-9]|2[0-2])\d\d(?!\p{N})"
        r"|\d{1,2}(?:-\d{1,2}-|/\d{1,2}[/,]\s?|\.\d{1,2}\.)(?:\d\d){1,2}(?!\p{N})"
        r"|\d{1,2}\s{0,2}[-/]\s{0,2}(?:1[5-9]|2[0-2])\d\d(?!\p{N})"
        r"|(?:19|20)\d{6}(?!\p{N})"
        # (a count: what follows the number, its fraction and its spaces
        # starts with a letter, so each is read possessively: no shorter
        # reading of them could be followed by one, and a number that no unit
        # follows fails without trying them again)
        rf"|(?>\d{{1,3}}(?:,\d{{3}})+|\d+)(?>\.\d+)?+(?:{_MIXED})?+(?:\s{{0,3}}+|-)"
        rf"(?:(?i:{alternatives('countmod')})\s{{1,3}})?{unit_any}"
        r"|\d{1,2}\s{1,3}(?i:and)\s{1,3}(?:(?i:a)\s{1,3})?(?i:half)"
        r"|\d{1,2}[YWD](?![\p{L}\p{N}])"
        r"|[1-4]Q|[12]H"
        r"|\d0['\u2019]?s(?![\p{L}])"
        r"|\d{1,2}(?:st|nd|rd|th)(?![\p{L}\p{N}])"
        r"|(?<!-)(?!(?:[1-9]|1[0-5])/(?:2|4|8|16|32|64)(?!\d))\d{1,2}/\d{1,2}(?![\p{N}/])"
        r")"
    )
    word_anchor = word_anchor_pattern(*anchor_words())
    fraction_anchor = (
        rf"(?<![\p{{N}}/-])(?:[\u00bd\u00bc\u00be]|[13]/[24](?!\p{{N}}))(?=\s{{0,3}}{unit_any})"
    )
    return _Pieces(
        month=f"(?i:{word_pattern([w.form for w in months if w.flags != 'abbr'] + _with_dots(w.form for w in months if w.flags == 'abbr'), trie=False)})",
        month_full=any_of(w.form for w in months if w.flags == "full"),
        month_ambiguous=any_of(w.form for w in months if w.flags == "ambiguous"),
        month_abbr_dot=f"(?i:{word_pattern([w.form + '.' for w in months if w.flags == 'abbr'], trie=False)})",
        weekday=any_of(w.form for w in words_of("weekday", "full")),
        # a trie: tried wherever a date may be
        weekday_any=f"(?i:{word_pattern([w.form for w in words_of('weekday', 'full')] + _with_dots(w.form for w in words_of('weekday', 'abbr')))})",
        unit=(
            rf"(?:{any_of(w.form for w in words_of('unit', 'word'))}"
            rf"|(?i:{WL}(?:business|working|trading){S}days?{WR})"
            rf"|(?i:{word_pattern([w.form for w in words_of('unit', 'abbr')], trie=False)}))"
        ),
        unit_word=any_of(w.form for w in words_of("unit", "word")),
        ordinal=ordinal,
        number_words=number_words,
        count=count,
        day=day,
        year_words=year_words,
        year_spelled=year_spelled,
        unit_end=any_of(w.form for w in words_of("unitend")),
        relative=any_of(w.form for w in words_of("relative")),
        holiday=holiday,
        # The alternation of the three, scanned apart: the words are slow
        # to scan for, the digits fast (see finparse.core.anchored).
        anchor=(digit_anchor, word_anchor, fraction_anchor, year_spelled_anchor),
    )


# -- reading values ------------------------------------------------------------------------

@functools.cache
def _fractions() -> Mapping[str, Decimal]:
    """The fractions a count reads: halves and quarters, as signs ("\u00bd") or slashed ("3/4")."""
    signs = {sign: v for sign, v in vocabulary.VULGAR_FRACTIONS.items() if v * 4 % 1 == 0}
    return {**signs, **vocabulary.fractions("slash")}


#: The fraction of a mixed number after its whole part: "3 1/2", "3-1/2",
#: "3\u00bd", "3 \u00bd".
_MIXED = r"(?:[ \u00a0-]?[\u00bd\u00bc\u00be]|[ \u00a0-][13]/[24])(?![\p{N}/])"


@functools.lru_cache(maxsize=1024)
def read_count(text: str) -> Decimal:
    """The value of a count as written ("three", "2.5", "a couple of", "½")."""
    key = " ".join(text.lower().split())
    extra = ZERO
    half = compile_re(r"[\s-]+and[\s-]+(?:(?:an?|one)[\s-]+)?half$").search(key)
    if half:
        extra = Decimal("0.5")
        key = key[: half.start()]
    if key in ("a", "an"):
        return Decimal(1) + extra
    if "couple" in key:
        return Decimal(2) + extra
    fractions = _fractions()
    if key in fractions:
        return fractions[key] + extra
    mixed = compile_re(r"(\d{1,3})[ -]?([\u00bd\u00bc\u00be]|[13]/[24])").fullmatch(key)
    if mixed:  # "3 1/2", "3-1/2", "3\u00bd" (the shapes of _MIXED)
        return Decimal(mixed.group(1)) + fractions[mixed.group(2)] + extra
    if key[:1].isdigit():
        try:
            return Decimal(key.replace(",", "")) + extra
        except InvalidOperation:
            raise Reject from None
    try:
        return read_words(key) + extra
    except ValueError:
        raise Reject from None


def unit_of(text: str) -> str:
    """The canonical unit of a unit word ("hrs" -> "hour")."""
    key = word_key(text)
    if key.startswith(("business", "working", "trading")):
        return "businessday"
    if key in ("half", "weekend", "week end"):
        return key.replace(" ", "")
    return word_value("unit", key).value


def ordinal_value(text: str) -> int:
    """1 for "first" or "1st", 21 for "twenty-first"."""
    digits = compile_re(r"\d+").match(text)
    if digits:
        return int(digits.group())
    return int(word_value("ordinal", text).value)


def day_number(text: str) -> int:
    """A day of the month written in digits, ordinals or cardinal words."""
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:].strip()
    digits = compile_re(r"\d+").match(text)
    if digits:
        value = int(digits.group())
    elif word_key(text) in lookup("ordinal"):
        value = int(lookup("ordinal")[word_key(text)].value)
    else:
        try:
            value = int(read_words(text.lower()))
        except ValueError:
            raise Reject from None
    if not 1 <= value <= 31:
        raise Reject
    return value


def month_number(text: str) -> int:
    return int(word_value("month", text.rstrip(".")).value)


def month_word(text: str) -> str:
    """``text``, unless it is "may" or "march" written in lower case (a verb)."""
    if text[:1].islower() and text.lower() in ("may", "march"):
        raise Reject
    return text


def year_value(text: str) -> int:
    """A year in digits ("1987", "'87") or words ("nineteen ninety nine").

    Two-digit years are read 1950-2049.
    """
    text = text.strip().lstrip("'\u2019")
    if text.isdigit():
        if len(text) == 2:
            value = int(text)
            return 2000 + value if value < 50 else 1900 + value
        return int(text)
    words = [w for w in text.lower().replace("-", " ").split() if w]
    try:
        if words[:2] == ["two", "thousand"]:
            rest = [w for w in words[2:] if w != "and"]
            return 2000 + (int(read_words(" ".join(rest))) if rest else 0)
        if "hundred" in words:
            at = words.index("hundred")
            head = int(read_words(" ".join(words[:at])))
            rest = [w for w in words[at + 1 :] if w != "and"]
            return head * 100 + (int(read_words(" ".join(rest))) if rest else 0)
        if words[1:2] == ["oh"]:
            return int(read_words(words[0])) * 100 + int(read_words(" ".join(words[2:])))
        for split in range(1, len(words)):
            first = read_words(" ".join(words[:split]))
            second = read_words(" ".join(words[split:]))
            if 10 <= first <= 29 and 0 <= second <= 99:
                return int(first) * 100 + int(second)
    except ValueError:
        pass
    raise Reject


def spelled_year_ok(text: str, start: int, end: int) -> bool:
    """Is a year written in words a year here ("in nineteen ninety-nine")?

    Not before a word that makes it a count ("two thousand and nine
    people") or before a time unit. One of four words or more ("two thousand
    and twenty-one") is a year anywhere else; a shorter one needs a word of
    the ``yearcontext`` rows of ``data/time_words.tsv`` or a month name right
    before it ("in twenty twenty-one", not "hindsight is twenty twenty"), and
    "two thousand" alone needs one flagged ``strong`` ("the year two thousand").
    """
    nxt = compile_re(_NEXT_WORD).match(text, end)
    if nxt and (word_key(nxt.group(1)) in _not_year_words() or word_key(nxt.group(1)) in lookup("unit")):
        return False
    words = compile_re(r"[\s-]+").split(text[start:end].strip().lower())
    prev = compile_re(r"([\p{L}]+)\.?(?:[ \t\u00a0]{1,3}|-)$").search(text[max(0, start - 20) : start])
    context = lookup("yearcontext").get(prev.group(1).lower()) if prev else None
    if words == ["two", "thousand"]:
        return context is not None and context.flags == "strong"
    if len(words) >= 4:
        return True
    return context is not None or (prev is not None and word_key(prev.group(1)) in lookup("month"))


def valid_day(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise Reject from None


def one_day(day: dt.date) -> Fixed:
    return Fixed(day, day + DAY, "date")


def year_interval(year: int) -> Fixed:
    return Fixed(dt.date(year, 1, 1), dt.date(year + 1, 1, 1))


#: Words before a time expression that say it lies ahead of the reference date.
@functools.cache
def _future_pattern() -> regex.Pattern[str]:
    """The words and phrases of kind ``future`` of ``data/time_words.tsv``,
    in any case, a space matching any run of whitespace."""
    forms = sorted({word_key(w.form) for w in words_of("future")}, key=lambda f: (-len(f), f))
    body = "|".join(r"\s+".join(map(regex.escape, form.split())) for form in forms)
    return regex.compile(rf"(?i:(?<![\p{{L}}])(?:{body})(?![\p{{L}}]))")


@functools.cache
def _clause_stop() -> regex.Pattern[str]:
    """The end of a sentence or clause, a closing quote or bracket included
    ('you." He'), searched backwards (compiled on first use, not at import)."""
    return regex.compile(r"[.?!;][\"'\u201d\u2019)]*+\s", regex.REVERSE)


def _clause_before(text: str, start: int) -> str:
    """The clause before ``start``: back to the last sentence stop, at most 100 characters."""
    before = text[max(0, start - 100) : start]
    stop = _clause_stop().search(before)
    return before[stop.end() :] if stop is not None else before


def bias_at(text: str, start: int) -> str:
    """``future`` when the sentence before ``start`` speaks of the future."""
    return "future" if _future_pattern().search(_clause_before(text, start)) else "past"


_CLAUSE_WORD = r"(?<![\p{L}\p{N}'\u2019-])\p{Ll}[\p{Ll}'\u2019]*(?![\p{L}\p{N}-])"


def tense_at(text: str, start: int) -> str:
    """How the clause before ``start`` stands in time.

    ``future`` when it looks ahead (as :func:`bias_at`), ``compare`` when it
    has a superlative or "first" ("the highest in ten years"), ``past`` when
    it has a past or perfect verb form ("rose", "has jumped", "reported"),
    else ``""``. The words are the ``tense`` rows of ``data/time_words.tsv``;
    a lower-case word ending in "-ed" counts as past unless listed "not".

    >>> tense_at("Sales rose 5% in", 17), tense_at("It will open in", 15)
    ('past', 'future')
    >>> tense_at("the highest level in", 20), tense_at("Let us meet in", 14)
    ('compare', '')
    """
    before = _clause_before(text, start)
    if _future_pattern().search(before):
        return "future"
    cues = lookup("tense")
    past = False
    for word in compile_re(_CLAUSE_WORD).findall(before):
        key = word.replace("\u2019", "'")
        cue = cues.get(key)
        if cue is not None:
            if cue.value == "compare":
                return "compare"
            past = past or cue.flags != "not"
        elif key.endswith("ed") and len(key) > 3:
            past = True
    return "past" if past else ""


def month_context(text: str, start: int, end: int) -> bool:
    """Is a capitalised month name that is also a common word a month here?

    Not after a capitalised word that is not a time word ("Theresa May"),
    nor before a capitalised word or a pronoun ("May Department Stores",
    "May I ask"); and it needs a time word before it ("in May", "since
    March", "said March sales").
    """
    before = text[max(0, start - 40) : start]
    after = text[end : end + 30]
    prev = compile_re(r"([\p{L}\p{N}'.]+)[ \t\u00a0]*$").search(before)
    nxt = compile_re(r"[ \t\u00a0]*([\p{L}\p{N}']+)").match(after)
    prev_word = prev.group(1).lower().rstrip(".") if prev else ""
    next_word = nxt.group(1) if nxt else ""
    if next_word and (
        next_word[:1].isupper()
        or next_word.lower() in word_class("context_words.tsv", "not_month_next")
    ):
        return False
    return prev_word in word_class("context_words.tsv", "month_context") or before.rstrip().endswith("-")


@functools.cache
def _not_year_words() -> frozenset[str]:
    return frozenset(word_key(w.form) for w in words_of("notyear"))


_NEXT_WORD = r"[ \t\u00a0]{1,3}([\p{L}]+)"
_PREV_WORD = r"([\p{L}]+)\.?[ \t\u00a0]{1,3}$"


@functools.cache
def _year_words_before() -> frozenset[str]:
    """Words before a four-digit number that make it a year outside 1900-2199 (kind ``yearbefore``)."""
    return frozenset(forms_of("yearbefore"))


def year_context_ok(text: str, start: int, end: int, year: int) -> bool:
    """Is a bare four-digit number a year here ("in 2021", not "2021 people")?"""
    nxt = compile_re(_NEXT_WORD).match(text, end)
    if nxt and word_key(nxt.group(1)) in _not_year_words():
        return False
    prev = compile_re(_PREV_WORD).search(text[max(0, start - 20) : start])
    prev_word = prev.group(1).lower() if prev else ""
    if prev_word in word_class("context_words.tsv", "not_before_year"):
        return False
    return 1900 <= year <= 2199 or prev_word in _year_words_before()
