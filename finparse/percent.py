"""Percentages and changes: ``46.8%``, ``26 pct``, ``1.5 percentage points``, ``50 bps``.

A percentage is a number and a unit: percent (``%``, ``percent``, ``per
cent``, ``pct``, glued ``43pc``, hyphenated ``19-percent``), percentage
points (``percentage points``, ``pp``, ``ppt``) or basis points (``basis
points``, ``bps``, ``bp``). Values are exact Decimals in their own unit: "50
bps" is 50 basis points, not 0.5 percent. Numbers may be words ("ten
percent"), fractions ("6-3/8 pct", "7/8 of a percentage point", "a quarter
percentage point") or signed ("-3.2%", "minus five percent", "a negative
3.7 %", "(3.2%)", "Micron (-4.6%)"; but "a margin of 6.1 % (7.4 %)" compares
with 7.4, a positive figure), spelled ("three-point-two percent", "Eleven and
three-quarters pct"), or a fraction of a bare point where a rate or a change
is in view ("a half-point cut", "by an eighth of a point"). "5-7%", "between
5 and 7 pct", "4.50%-4.75%", "an increase of 6% to 9%" and "range from 7-1/4
to 9.27 pct" are ranges; "from 5% to 7%" and "from 0 to 70 per cent" are two
levels, "by 10 pct to 21 pct" and "5 % -7 %" two mentions. A two-way quote
("3.50/70 pct", "6-1/2, 3/8 pct": bid and offer) is one range, from the lower
to the higher; "2.6 or 2.7 pct" and "12 and 13 pct" are two percentages.

The direction of a change (up, down, or none for a level) is read from the
words that govern the number in its clause (:func:`direction_of`): verbs
("rose", "fell"), nouns ("a 26% revenue increase", "a drop of 42 pct"),
adverbs and comparatives ("up 5%", "5% higher"). A level reached after a
change has none ("rose to 12.2%", "from 5% to 7%", "margin was 8.1%", "a 26%
stake", "40% of the company"). The word lists are data
(``data/directions.tsv``, ``data/levels.tsv``).

>>> from finparse.percent import extract_percent
>>> [(p.text, p.value, p.unit, p.direction) for p in extract_percent(
...     "Alibaba's stock surged by 46.8%, while the margin was 8.1 pct.")]
[('46.8%', Decimal('46.8'), 'percent', 'up'), ('8.1 pct', Decimal('8.1'), 'percent', None)]

The parsers are exported for composing your own, such as "X% of Y":

>>> from finparse.core import regex_parser, seq
>>> from finparse.percent import percentage
>>> share_of = seq(percentage, regex_parser(r" of (?:the )?(\\w+)")).combine(
...     lambda p, rest: (p.value, rest.split()[-1]))
>>> share_of.parse("40% of the company")
(Decimal('40'), 'company')
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_FLOOR, Decimal
from typing import Any

import regex

from finparse import vocabulary
from finparse._exact import exact
from finparse._lazy import lazy_attributes
from finparse.core import (
    Captures,
    LazyPattern,
    Match,
    Parser,
    Reject,
    WordTrie,
    alt,
    anchored,
    opt,
    reader_parser,
    regex_parser,
    seq,
    split_parser,
    trie_pattern,
)
from finparse.direction import direction_and_measure, direction_of, points_in_view
from finparse.direction import direction_table as _change_words
from finparse.direction import direction_words as _direction_words
from finparse.direction import measure_of as measure_of  # documented here too
from finparse.model import KindOptions, Percent, Unit
from finparse.numbers import (
    DIGITS,
    digit_words,
    read_digits,
    read_words,
    words_fragment,
    words_start,
)

__all__ = [
    "PercentOptions",
    "direction_of",
    "extract_percent",
    "percent_unit",
    "percentage",
    "percentages",
]


# -- tables --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _UnitForm:
    unit: Unit
    glued_only: bool
    fraction_only: bool = False


@functools.cache
def _units() -> Mapping[str, _UnitForm]:
    table: dict[str, _UnitForm] = {}
    for form, unit, case, glue in vocabulary.percent_forms():
        key = form if case == "cs" else form.lower()
        table[key] = _UnitForm(unit, glue == "glued", glue == "fraction")  # type: ignore[arg-type]
    return table


@functools.cache
def _case_sensitive_units() -> frozenset[str]:
    return frozenset(f.form for f in vocabulary.percent_forms() if f.case == "cs")



# -- the grammar ----------------------------------------------------------------------------

#: Unicode vulgar fractions ("5¾%", "½ percentage point"): all of them.
_VULGAR = vocabulary.VULGAR_FRACTIONS


def _number_pattern(words: bool | None = None) -> str:
    """The number of a percentage (see :func:`_value_parser`).

    With ``words=False``, without its number words (group ``w`` never
    matches); with ``words=True``, only them (the other groups never match).
    """
    # the fraction words of vocabulary.fractions(), written compactly (a trie of every spelling
    # is long, and the scanning pattern holds it three times)
    fractions = (
        r"(?=[aefhoqstAEFHOQST])(?<!\p{L})(?i:(?:an?|one|two|three|five|seven)(?:[ \u00a0]{1,3}|-)"
        r"(?:full|half|quarters?|thirds?|eighths?)|half(?:[ \u00a0]{1,3}a)?|quarter|eighth)(?!\p{L})"
    )
    digit_word = "|".join(digit_words())
    return (
        # a dash right after another percentage is a range dash: "5 % -7 %"
        r"(?P<sign>(?<!(?:%|(?i:pct|cent))[ \u00a0]{0,2})[-\u2212+](?=\.?\d)"
        r"|(?i:minus|negative|plus)[ \u00a0]{1,3})?"
        r"(?:"
        + (
            r"(?!)(?P<vw>)(?P<vf>)(?P<whole>)(?P<num>)(?P<den>)(?P<num2>)(?P<den2>)(?P<fw>)(?P<d>)(?P<a>)"
            rf"|(?P<w>{words_fragment()})"
            if words else
            rf"(?P<vw>\d{{1,3}})?[ \u00a0-]?(?P<vf>[{''.join(_VULGAR)}])"
            r"|(?P<whole>\d{1,3})(?:-|[ \u00a0])(?P<num>\d{1,2})/(?P<den>\d{1,2})(?![\d/])"
            r"|(?P<num2>\d{1,2})/(?P<den2>\d{1,2})(?![\d/])"
            rf"|(?P<fw>{fractions})"
            rf"|(?:(?P<d>{DIGITS})|(?P<w>{'(?!)' if words is False else words_fragment()}))"
        ) +
        # "31-point-eight" (words_fragment already reads "three-point-two");
        # "nine and one-eighth", "6 and a quarter" (kept short: the scanning
        # pattern holds this three times and must stay under
        # core._INLINE_LIMIT to be written without subroutines)
        rf"(?:[ -](?i:point)(?P<sd>(?:[ -](?i:{digit_word})){{1,4}}+)(?![\p{{L}}-])"
        rf"|[ \u00a0]{{1,3}}(?i:and)[ \u00a0]{{1,3}}(?P<af>{fractions}))?"
        + ("" if words else r"|(?P<a>(?i:an?))(?=[ \u00a0]{1,3}(?i:per[ -]?cent|percent|percentage|pct|basis))")
        + r")"
    )


def _fraction(written: str) -> Decimal:
    """The value of fraction words ("a quarter", "three-quarters"); Reject for others ("two fulls")."""
    value = vocabulary.fractions().get(" ".join(written.lower().replace("-", " ").split()))
    if value is None:
        raise Reject
    return value


def _read_whole(written: str) -> Decimal:
    """A whole number in digits or words ("31", "twelve")."""
    if written.isascii() and written.isdigit():
        return Decimal(written)
    if written[:1].isdigit():
        raise Reject  # "1.5-point-two", "1,234 and a half"
    try:
        return read_words(written)
    except ValueError:
        raise Reject from None


def _read_number(c: Captures, decimal_mark: str = "auto") -> Decimal:
    if c["sd"] is not None or c["af"] is not None:
        value = _read_whole(c["d"] or c["w"] or "")
        if c["sd"] is not None:
            words = vocabulary.number_words()
            digits = "".join(str(words[w.lower()]) for w in c["sd"].replace("-", " ").split())
            value += Decimal("0." + digits)
        else:
            value += _fraction(c["af"] or "")
    elif c["vf"] is not None:
        value = Decimal(c["vw"] or 0) + _VULGAR[c["vf"]]
    elif c["whole"] is not None:
        den = Decimal(c["den"] or "1")
        if den == 0:
            raise Reject
        value = Decimal(c["whole"]) + Decimal(c["num"] or "0") / den
    elif c["num2"] is not None:
        den = Decimal(c["den2"] or "1")
        if den == 0:
            raise Reject
        value = Decimal(c["num2"]) / den
    elif c["d"] is not None:
        value = read_digits(c["d"], decimal_mark).value  # type: ignore[arg-type]
    elif c["fw"] is not None:
        value = _fraction(c["fw"])
    elif c["w"] is not None:
        try:
            value = read_words(c["w"])
        except ValueError:
            raise Reject from None
    else:
        value = Decimal(1)  # "a per cent"
    if value != value.to_integral_value() and (c["whole"] or c["num2"] or c["fw"] or c["vf"] or c["af"]):
        value = value.quantize(Decimal("1.0000000000")).normalize()
    sign = (c["sign"] or "").strip().lower()
    return -value if sign in ("-", "\u2212", "minus", "negative") else value


def _unit_pattern() -> tuple[str, str]:
    """The unit forms after a number (group ``u``), and those glued to it only ("43pc")."""
    units = _units()
    glued_cs = [f for f in units if f in _case_sensitive_units() and units[f].glued_only]
    return f"(?P<u>{_spaced_units(fraction=True)})", trie_pattern(glued_cs) if glued_cs else "(?!)"


def _spaced_units(*, fraction: bool) -> str:
    """The unit forms not only glued, with those only after a fraction ("point") when ``fraction``."""
    units = _units()
    cs = _case_sensitive_units()
    forms = [f for f in units if not units[f].glued_only and (fraction or not units[f].fraction_only)]
    # "%" followed by two hex digits is URL encoding ("30%25"), not a percent
    return (rf"(?:(?i:{trie_pattern([f for f in forms if f not in cs])})"
            rf"|{trie_pattern([f for f in forms if f in cs])})(?<!%)|%(?![0-9A-Fa-f]{{2}})")


def _unit_of(text: str) -> Unit:
    units = _units()
    key = " ".join(text.replace("-", " ").split())
    for candidate in (text, key, key.lower(), text.lower()):
        if candidate in units:
            return units[candidate].unit
    for form, info in units.items():
        if " ".join(form.replace("-", " ").split()).lower() == key.lower():
            return info.unit
    raise Reject


@functools.cache
def _fraction_forms() -> frozenset[str]:
    """The unit forms written only after a fraction ("point": "a quarter point")."""
    return frozenset(form for form, info in _units().items() if info.fraction_only)


@dataclass(frozen=True, slots=True)
class _Value:
    """A number with its unit, before context gives it a direction."""

    value: Decimal
    unit: Unit | None


@functools.cache
def percent_unit() -> Parser[Unit]:
    """A percent unit; the value is its name.

    >>> from finparse.percent import percent_unit
    >>> percent_unit().parse("basis points"), percent_unit().parse("pct")
    ('basis_point', 'percent')
    """
    return regex_parser(_spaced_units(fraction=False), _unit_of, description="a percent unit", lazy=True)


@functools.cache
def _value_parser() -> Parser[_Value]:
    """A number followed by its unit, or a number alone (a range's first end)."""
    unit, glued = _unit_pattern()
    free = r"(?<![\p{L}\p{N}_=/?&%.,$\u20ac\u00a3])"

    def pattern(words: bool | None = None) -> str:
        return (
            free
            + (r"(?:(?!)(?P<paren>)(?P<pd>)" if words else rf"(?:(?P<paren>\()(?P<pd>{DIGITS})[ \u00a0]?%\)")
            + rf"|{_number_pattern(words)}"
            r"(?:"
            r"(?:[ \u00a0]{0,2}|-|[ \u00a0]{1,3}(?i:of)[ \u00a0]{1,3}an?[ \u00a0]{1,3})"
            rf"(?:{unit})"
            rf"|(?P<g>{glued})"
            r")?)"
        )

    def build(c: Captures) -> _Value:
        if c["paren"] is not None:
            try:
                return _Value(-read_digits(c["pd"] or "").value, "percent")
            except ValueError:
                raise Reject from None
        value = _read_number(c)
        written = c["u"] or c["g"]
        if written is None:
            if c["a"] is not None or c["fw"] is not None:
                raise Reject  # "a" and "a quarter" need a unit
            return _Value(value, None)
        if c["fw"] is None and written.lower() in _fraction_forms():
            raise Reject  # "point" is a unit only after a fraction: "a quarter point"
        return _Value(value, _unit_of(written))

    # Read in two parts: all but number words, then (where a number word may
    # start) number words; the second, as long again, is often never needed.
    # A number word never starts where another part matches, so the first
    # part that matches is what the whole pattern would match.
    word_start = rf"{free}(?:(?i:minus|negative|plus)[ \u00a0]{{1,3}})?{words_start()}"
    return split_parser(lambda: pattern(False), lambda: pattern(True), word_start, build, pattern,
                        description="a number")


@functools.cache
def _qualifier_trie() -> WordTrie:
    return WordTrie(vocabulary.qualifiers(), casefold=True)


def _read_qualifier(text: str, pos: int) -> tuple[str, int] | None:
    """A qualifier and the spaces after it ("about "): what the pattern
    ``(?i:{trie_pattern(qualifiers)})[ \u00a0]{1,3}`` matches, looked up."""
    after = _qualifier_trie().spaced(text, pos)
    if after is None:
        return None
    return vocabulary.qualifiers()[" ".join(text[pos:after].split()).lower()], after


@functools.cache
def _percent_inner() -> Parser[Percent]:
    number = _value_parser()
    dash = regex_parser(r"[ \u00a0]{0,2}[-\u2013\u2014][ \u00a0]{0,2}", lazy=True)
    # "from 5 to 7 pct" is two levels, but "range from 7-1/4 to 9.27 pct" one range
    ranging = trie_pattern(_direction_words("range_verb"))
    to = regex_parser(
        r"(?=[ \u00a0]{1,3}(?i:to)[ \u00a0])"  # cheap first: the lookbehind only before "to"
        rf"(?<!(?<!(?i:{ranging})[ \u00a0]{{1,3}})(?i:from)[ \u00a0]{{1,3}}[^ \u00a0]{{1,12}})"
        r"[ \u00a0]{1,3}(?i:to)[ \u00a0]{1,3}", lazy=True
    )
    between = regex_parser(r"(?i:between)[ \u00a0]{1,3}", lazy=True)
    and_ = regex_parser(r"[ \u00a0]{1,3}(?i:and)[ \u00a0]{1,3}", lazy=True)
    qualifier = alt(
        reader_parser(
            _read_qualifier, lambda: rf"(?i:{trie_pattern(vocabulary.qualifiers())})[ \u00a0]{{1,3}}"),
        # "~10%", "\u224815%": a sign of approximation glued to the number
        regex_parser(rf"{trie_pattern(_direction_words('approximate_sign'))}(?=[\d.])",
                     lambda _: "approximate", lazy=True),
    )
    def pair(first: _Value, second: _Value) -> tuple[_Value, _Value]:
        # a range has its unit once, at the end; "5 % -7 %" is two mentions
        if first.unit is not None or second.unit is None or first.value > second.value:
            raise Reject
        return first, second

    ranged = alt(
        seq(between, number, and_, number).map(lambda t: pair(t[1], t[3])),
        seq(number, alt(dash, to), number).map(lambda t: pair(t[0], t[2])),
    )

    def build(m: Match[Any]) -> Percent:
        q, body = m.value
        if isinstance(body, tuple):
            first, second = body
            assert second.unit is not None
            return Percent(m.text, m.start, m.end, None, second.unit, first.value, second.value,
                           approximate=q == "approximate", bound=_bound(q))
        if body.unit is None:
            raise Reject
        return Percent(m.text, m.start, m.end, body.value, body.unit,
                       approximate=q == "approximate", bound=_bound(q))

    return seq(opt(qualifier), alt(ranged, number)).spanned().map(build).desc("a percentage")


def _bound(effect: str | None) -> Any:
    return effect if effect in ("min", "max") else None


def _has_digit(token: str) -> bool:
    if token.isascii():  # the common case, without a Python loop
        return not _ASCII_DIGITS.isdisjoint(token)
    return any(ch.isdigit() for ch in token)


_ASCII_DIGITS = frozenset("0123456789")


def _lead(token: str) -> bool:
    low = token.lower()
    return (
        _has_digit(token)
        or low in _LEAD_WORDS
        or low in _qualifier_words()
        or (_WORDY.fullmatch(token) is not None
            and low.replace("-", " ").split()[0] in _number_words())
        or not _VULGAR.keys().isdisjoint(token)
    )


#: A word, or two joined by a hyphen ("twenty-five"), that may start a number.
_WORDY = regex.compile(r"(?i:[a-z]++(?:-[a-z]++){0,4}+-?)")


@functools.cache
def _number_words() -> frozenset[str]:
    """Words that can start a written percentage: the number words and the
    words of fractions ("a quarter", "two thirds")."""
    return frozenset([
        *vocabulary.number_words(), "hundred", "thousand", "and", "point",
        *(w for form in vocabulary.fractions() for w in form.split()),
    ])


_LEAD_WORDS = frozenset("between minus negative plus to - ( of".split())


@functools.cache
def _qualifier_words() -> frozenset[str]:
    return frozenset(w for q in vocabulary.qualifiers() for w in q.lower().split())


@functools.cache
def percentages() -> Parser[Percent]:
    """The percentage parser for running text (values and units, no direction).

    >>> from finparse.percent import percentages
    >>> [(m.value.text, m.value.low, m.value.high) for m in percentages().finditer(
    ...     "margins of 5-7% and between 8 and 9 pct")]
    [('5-7%', Decimal('5'), Decimal('7')), ('between 8 and 9 pct', Decimal('8'), Decimal('9'))]
    """
    _, glued = _unit_pattern()
    # "point" anchors only right after a fraction word ("a quarter point", "half-point")
    fraction = trie_pattern(_fraction_forms())
    anchor = (_spaced_units(fraction=False) + "|" + rf"(?<=\d){glued}"
              + rf"|(?<=(?i:half|quarters?|thirds?|eighths?|full|an?)(?:[ \u00a0]{{1,3}}|-))(?i:{fraction})")
    anchor = _first_of_units() + f"(?:{anchor})"
    # No check before each build: a build that fails does so within a few
    # characters, sooner than the whole grammar's pattern (21 KB to compile)
    # would tell it (about a tenth faster on news).
    return anchored(_percent_inner(), anchor, 60, _lead, check=False)


#: Characters that a letter of ``a``-``z`` matches in any case beyond its two
#: cases (the regex module's case folding).
_FOLDS = {"i": "\u0130", "k": "\u212a", "s": "\u017f"}


def _first_of_units() -> str:
    """A look-ahead for the first characters of every unit form (in any
    case) and "%": the anchor of :func:`percentages` starts only there, and
    with it in front the regex module skips other places at once (a third
    quicker to scan). Empty where a form starts with a letter outside ASCII
    (whose cases are left to the pattern).

    >>> regex.match(_first_of_units(), "Pct") is not None, regex.match(_first_of_units(), "x") is None
    (True, True)
    """
    firsts = {"%", "p"}  # (and "pts", glued)
    for form in _units():
        first = form[0]
        if first.isalpha() and not first.isascii():
            return ""
        if first.isalpha():
            firsts |= {first.lower(), first.upper(), *_FOLDS.get(first.lower(), "")}
        else:
            firsts.add(first)
    return "(?=[" + "".join(regex.escape(c) for c in sorted(firsts)) + "])"


#: The percentage parser, for composing your own ("X% of Y", "up N bps y/y"):
#: values, units, ranges and qualifiers; no direction (that needs context).
#: Built on first use.
percentage: Parser[Percent]

__getattr__ = lazy_attributes(globals(), {"percentage": _percent_inner})


@functools.cache
def _points_pattern() -> regex.Pattern[str]:
    # "rose 0.3 points to 5.8%": bare points are percentage points when the
    # level they lead to (or come from) is a percentage.
    return regex.compile(
        r"(?<![\p{L}\p{N}.,/-])(?P<n>(?:\d{1,2}-)?\d{1,2}/\d{1,2}|\d{1,3}(?:\.\d{1,3})?|(?i:"
        + "|".join(w for w, n in vocabulary.number_words().items() if 1 <= n <= 10)
        + r"))[ \u00a0]{1,2}(?i:points?|pts?\.?)"
        r"(?=(?:[ \u00a0]{1,2}(?i:lower|higher|up|down))?[ \u00a0]{1,2}(?i:to|from)[ \u00a0]{1,2}"
        r"(?:(?i:about|around|nearly|some)[ \u00a0]{1,2})?(?P<pct>[-\u2212]?[\d.]))"
    )


def _percentage_points(text: str, found: list[Percent]) -> list[Percent]:
    """Bare "points" that a following percentage shows to be percentage points."""
    out: list[Percent] = []
    starts = {p.start for p in found if p.unit == "percent"}
    if not starts:
        return out
    if text.isascii():
        low = text.lower()
        if "pt" not in low and "point" not in low:
            return out  # (every match has "point" or "pt": nothing to scan for, nor compile)
    last = max(starts)
    for m in _points_pattern().finditer(text):
        if m.start() > last:
            break  # the percentage a match leads to comes after the match's start
        if m.start("pct") not in starts:
            continue
        value = _bare_value(m.group("n"))  # "0.3", "1/16", "three"
        if value is None:
            continue
        out.append(Percent(m.group(0), m.start(), m.end(), value, "percentage_point"))
    return out


def _not_a_bound(text: str, mention: Percent) -> Percent:
    """ "ticked up to 4.1%": after a word of change, "up to" is not a bound."""
    if mention.bound != "max" or mention.text[:2].lower() != "up":
        return mention
    if _word_before(text, mention.start) not in _direction_words("up_particle"):
        return mention
    rest = mention.text[2:].lstrip()[2:].lstrip()
    cut = len(mention.text) - len(rest)
    return replace(mention, text=rest, start=mention.start + cut, bound=None)


#: What separates the two ends of a range that each carry the unit ("4.50%-4.75%", "6% to 9%").
_RANGE_DASH = regex.compile(r"[-\u2013\u2014]|[ \u00a0]{1,2}[-\u2013\u2014][ \u00a0]{1,2}|[\u2013\u2014][ \u00a0]{1,2}")
_RANGE_TO = regex.compile(r"[ \u00a0]{1,3}(?i:to)[ \u00a0]{1,3}")


def _joined_ranges(text: str, found: list[Percent]) -> list[Percent]:
    """Two ends that each carry the unit, made one range.

    "4.50%-4.75%" and "2% - 2.25%" are one range; so is "an increase of 6%
    to 9%". "5 % -7 %" (a space before the dash only) stays two mentions, as
    the dash may be a sign. With "to" the ends must be close (the
    second at most three times the first, or after "of"), and not after
    "from" or "by": "from 5% to 7%" is two levels, "rose by 1.4 pct to 48.6
    pct" a change and a level, "by 10 pct to 21 pct" two changes; right after
    a word of change ("rose 5% to 7%") the second end is the level reached.
    """
    out: list[Percent] = []
    i = 0
    while i < len(found):
        first = found[i]
        if i + 1 < len(found):
            second = found[i + 1]
            joined = _join(text, first, second)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(first)
        i += 1
    return out


def _join(text: str, first: Percent, second: Percent) -> Percent | None:
    if (
        first.value is None or second.value is None or first.unit != second.unit
        or first.bound is not None or second.bound is not None or second.approximate
        or not first.value < second.value
    ):
        return None
    gap = text[first.end : second.start]
    if _RANGE_DASH.fullmatch(gap):
        pass
    elif _RANGE_TO.fullmatch(gap):
        lead = _word_before(text, first.start)
        if lead in ("from", "by") or lead in _change_words() or (lead != "of" and second.value > 3 * first.value):
            return None  # "rose 5% to 7%": a change, then the level reached
    else:
        return None
    return Percent(text[first.start : second.end], first.start, second.end, None, second.unit, first.value,
                   second.value, approximate=first.approximate)


def _word_before(text: str, start: int) -> str:
    """The word (up to a space) just before ``start``, in lower case, or ""."""
    words = text[max(0, start - 20) : start].split()
    return words[-1].lower() if words else ""


#: "from 0 to 70 per cent": the first end, written without the unit, is a level of its own.
_FROM_END = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:from)[ \u00a0]{1,3}"
    r"(?P<n>(?P<i>\d{1,3})(?:[.,](?P<f>\d{1,4}))?(?:[- ](?P<num>\d{1,2})/(?P<den>\d{1,2}))?)"
    r"[ \u00a0]{1,3}(?i:to)[ \u00a0]{1,3}$"
)


def _from_ends(text: str, found: list[Percent]) -> list[Percent]:
    out: list[Percent] = []
    for mention in found:
        if mention.value is None:
            continue
        m = _FROM_END.search(text, max(0, mention.start - 30), mention.start)
        if m is None:
            continue
        value = Decimal(m.group("i") + ("." + m.group("f") if m.group("f") else ""))
        if m.group("num") is not None:
            if m.group("f") is not None or int(m.group("den")) == 0:
                continue
            value += (Decimal(m.group("num")) / Decimal(m.group("den"))).quantize(Decimal("1.0000000000"))
            value = value.normalize()
        out.append(Percent(m.group("n"), m.start("n"), m.end("n"), value, mention.unit))
    return out


@functools.cache
def _small_number_words() -> str:
    """The number words from "one" to "ninety-nine", as an alternation (in the table's order)."""
    return "|".join(w for w, n in vocabulary.number_words().items() if 0 < n < 100)


@functools.cache
def _listed_pattern() -> regex.Pattern[str]:
    # "2.6 or 2.7 pct", "12 and 13 pct", "6-7/16, 6-1/2 and 6-5/8 pct", "three or four pct":
    # the bare numbers of a list that a percentage ends, read back from "and"/"or"
    number = (rf"(?<![\p{{L}}\p{{N}}.,/$\u20ac\u00a3+\u2212-])(?:\d{{1,3}}(?:\.\d{{1,4}})?(?:-\d{{1,2}}/\d{{1,2}})?"
              rf"|\d{{1,2}}/\d{{1,2}}|(?i:{_small_number_words()}))(?![\p{{L}}\p{{N}}/-])")
    return regex.compile(
        rf"(?:(?P<n>{number}),[ \u00a0]{{1,2}}){{0,4}}(?P<n>{number})[ \u00a0]{{1,3}}(?i:and|or)[ \u00a0]{{1,3}}$"
    )


def _bare_value(written: str) -> Decimal | None:
    """A bare number of a list ("2.6", "6-1/2", "3/8", "three"), or None."""
    if written[0].isalpha():
        return read_words(written.lower())
    whole, _, fraction = written.partition("-") if "-" in written else ("", "", written)
    if "/" not in fraction:
        return Decimal(written)
    num, den = fraction.split("/")
    if int(den) == 0:
        return None
    return _tidy(Decimal(whole or 0) + (Decimal(num) / Decimal(den)).quantize(Decimal("1.0000000000")))


def _tidy(value: Decimal) -> Decimal:
    """A value of fractions without trailing zeros (and without an exponent: "10", not "1E+1")."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


@functools.cache
def _qualifiers_longest_first() -> tuple[tuple[str, str], ...]:
    """The qualifiers and their effects, longest form first (ties in the table's order)."""
    return tuple(sorted(vocabulary.qualifiers().items(), key=lambda kv: -len(kv[0])))


def _qualifier_before(text: str, start: int) -> tuple[str, int] | None:
    """A qualifier ("about", "up to") that ends just before ``start``, with its effect and its start."""
    before = text[max(0, start - 24) : start]
    low = before.lower()
    for form, effect in _qualifiers_longest_first():
        at = len(low) - len(form) - 1
        if at >= 0 and low.endswith(form + " ") and (at == 0 or not low[at - 1].isalnum()):
            return effect, start - len(before) + at
    return None


_BARE_FRACTION = regex.compile(r"\d{1,2}/\d{1,2}(?!\d)")


def _listed(text: str, found: list[Percent]) -> dict[int, list[Percent]]:
    """Bare numbers joined by "and"/"or" (or commas) to a percentage after them.

    "2.6 or 2.7 per cent", "12 and 13 pct respectively", "6-7/16, 6-1/2 and
    6-5/8 pct" are two or three percentages, each with the unit written once
    at the end (not a range: that is "between 12 and 13 pct", "12 to 13
    pct"). Not after "between", a month or a label ("in March 12 and 13
    pct", "Section 5 and 6 pct": ``not_listed`` in ``direction_words.tsv``),
    nor a number far from the percentage ("99.50 and 5.075 pct": over ten
    times apart). Keyed by the index of the percentage in ``found``.
    """
    out: dict[int, list[Percent]] = {}
    stops = _direction_words("not_listed")
    for index, mention in enumerate(found):
        head = mention.value
        tail = text[max(0, mention.start - 5) : mention.start].lower()
        if head is None or head == 0 or mention.bound is not None or not tail.endswith(("and ", "or ")):
            continue
        if tail.endswith("and ") and _BARE_FRACTION.match(mention.text):
            continue  # "one and 5/8 pct" is one number
        m = _listed_pattern().search(text, max(0, mention.start - 90), mention.start)
        if m is None:
            continue
        items: list[Percent] = []
        for (start, end) in reversed(m.spans("n")):  # nearest first
            value = _bare_value(text[start:end])
            if value is None or value <= 0 or max(value, abs(head)) > 10 * min(value, abs(head)):
                break
            items.append(Percent(text[start:end], start, end, -value if head < 0 else value, mention.unit))
        if not items or _word_before(text, items[-1].start) in stops:
            continue
        qualifier = _qualifier_before(text, items[-1].start)
        if qualifier is not None:
            effect, at = qualifier
            first = items[-1]
            items[-1] = replace(first, text=text[at : first.end], start=at,
                                approximate=effect == "approximate", bound=_bound(effect))
        out[index] = items
    return out


@functools.cache
def _quote_pattern() -> regex.Pattern[str]:
    # "3.50/70 pct", "13.75/14.00 pct": a bid and an offer (or an offer and a bid), matched
    # from the slash (found first: scanning for it is quicker than for every number)
    return regex.compile(
        r"(?<=(?<![\p{L}\p{N}.,/$\u20ac\u00a3-])(?P<a>\d{1,3}\.(?P<f>\d{1,4})))/(?P<b>\d{1,3}(?:\.\d{1,4})?)"
        rf"[ \u00a0]?(?P<u>{_spaced_units(fraction=False)})(?!\p{{L}})"
    )


def _quotes(text: str) -> list[Percent]:
    """Two-way quotes ("call money at 3.50/70 pct"): one range from the lower to the higher.

    The second number without a decimal point replaces the last digits of the
    first ("4.46/37" is 4.46 and 4.37); with one, it is written whole ("3.90/4.0").
    """
    out: list[Percent] = []
    at = text.find("/")
    while at != -1:
        m = _quote_pattern().match(text, at) if at >= 3 and text[at - 1].isdigit() else None
        at = text.find("/", at + 1)
        if m is None:
            continue
        written, digits, second = m.group("a"), m.group("f"), m.group("b")
        if "." not in second:
            if len(second) > len(digits):
                continue
            second = written[: len(written) - len(second)] + second
        a, b = Decimal(written), Decimal(second)
        try:
            unit = _unit_of(m.group("u"))
        except Reject:
            continue
        if a == b or abs(a - b) > 1 or unit != "percent":
            continue
        low, high = (a, b) if a < b else (b, a)
        start = m.start("a")
        out.append(Percent(text[start : m.end()], start, m.end(), None, unit, low, high))
    return out


@functools.cache
def _fraction_quote_pattern() -> regex.Pattern[str]:
    # the bid before an offer written with its unit: "6-1/2, 3/8 pct", "11-1/4 11 pct", "six, 5-1/2 pct"
    words = _small_number_words()
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}.,/$\u20ac\u00a3+\u2212-])(?:(?P<w>\d{{1,2}})(?:-(?P<n>\d{{1,2}})/(?P<d>\d{{1,2}}))?"
        rf"|(?P<word>(?i:{words})))(?:,[ \u00a0]|[ \u00a0])$"
    )


#: The offer of a fractional quote, as the grammar read it: "3/8 pct", "6-3/16 pct", "11 pct", "eight pct".
_FRACTION_OFFER = LazyPattern(r"(?:(?P<n>\d{1,2})/(?P<d>\d{1,2})|(?P<w>\d{1,2})(?:[- ](?P<n>\d{1,2})/(?P<d>\d{1,2}))?"
                                r"|(?P<word>\p{L}+))(?![\d/.,])")


def _fraction_quotes(text: str, found: list[Percent]) -> list[Percent]:
    """Two-way quotes in fractions ("deposits at 6-1/2, 3/8 pct", "9-5/8 1/2 pct", "11-1/4 11 pct").

    A bid and an offer, the second with the unit: one range from the lower to
    the higher. An offer written as a bare fraction takes the whole number of
    the bid that puts it nearest ("6-1/2, 3/8" is 6.375 to 6.5). Only when a
    fraction is written and the two are at most one point apart.
    """
    out: list[Percent] = []
    for mention in found:
        if mention.start < 3 or text[mention.start - 1] not in " \u00a0" \
                or not (text[mention.start - 2].isdigit() or text[mention.start - 2] == ","):
            continue  # the common case: a word before the percentage
        if mention.value is None or mention.unit != "percent" or mention.bound is not None or mention.approximate:
            continue
        offer = _FRACTION_OFFER.match(mention.text)
        if offer is None or not (mention.text[:1].isdigit() or offer.group("word")):
            continue
        bid = _fraction_quote_pattern().search(text, max(0, mention.start - 12), mention.start)
        if bid is None or (bid.group("n") is None and offer.group("n") is None):
            continue  # a fraction on one side at least: "six, seven pct" may be a list
        try:
            bid_value = _bare_value(bid.group(0).rstrip(", \u00a0"))  # "6-1/2", "11", "six"
        except ValueError:
            continue
        if bid_value is None:
            continue  # "6-1/0"
        low, high = bid_value, mention.value
        if offer.group("w") is None and offer.group("word") is None and high < 1 and low >= 1:
            # "6-1/2, 3/8": the offer's whole number is the bid's, or the one next to it
            whole = low.to_integral_value(rounding=ROUND_FLOOR)
            high = min((whole + step + high for step in (-1, 0, 1)), key=lambda v: abs(v - low))
        if high == low or abs(high - low) > 1:
            continue
        low, high = (low, high) if low < high else (high, low)
        start = bid.start()
        out.append(Percent(text[start : mention.end], start, mention.end, None, mention.unit, _tidy(low), _tidy(high)))
    return out


#: A bare "point(s)" ending a mention, not "percentage points" or "pct points".
_FRACTION_POINT = LazyPattern(r"(?<!(?i:pct|percent|percentage|cent)[ \u00a0-]{0,3})(?i:points?)$")


def _fraction_point_holds(text: str, mention: Percent) -> bool:
    """"a quarter point" is percentage points only where a rate or a change is in view.

    Kept when a noun of change or "to"/"from" a percentage follows ("a
    half-point cut", "by a quarter point to 2%"), or a rate or yield comes
    before it in the sentence ("cut rates by an eighth of a point"); "the
    bond rose half a point" (a price) is not a percentage.
    """
    if mention.unit != "percentage_point" or _FRACTION_POINT.search(mention.text) is None:
        return True
    return points_in_view(text, mention)


#: Opening brackets after which a sign belongs to the number: "(-3.2%)", "[+5%]".
_OPENERS = frozenset("([{")
_SIGNS = {"-": True, "\u2212": True, "+": False}
#: What may stand between a percentage and a bracketed one that it is compared with ("8.3 % of
#: net sales (11.8 %)"): a few words, no sentence or clause end.
_COMPARED_GAP = LazyPattern(r"[^.;:()\[\]]{0,40}")


def _bracketed(text: str, found: list[Percent]) -> list[Percent]:
    """Bracketed percentages: the sign inside the bracket, and comparison figures.

    "Tesla (-3.2%)" is -3.2 (the sign after a bracket is the number's). "(3.2%)"
    alone is a negative figure, as in accounts; after another percentage in its
    clause it is the figure compared with ("margin was 8.3 % (11.8 %)": the
    year before), a positive one written without the brackets.
    """
    out: list[Percent] = []
    for index, mention in enumerate(found):
        start, value = mention.start, mention.value
        if value is not None and start >= 2 and mention.text[:1].isdigit() \
                and text[start - 1] in _SIGNS and text[start - 2] in _OPENERS:
            sign = text[start - 1]
            mention = replace(mention, text=sign + mention.text, start=start - 1,
                              value=-value if _SIGNS[sign] else value)
        elif value is not None and value < 0 and mention.text[:1] == "(" and index > 0 \
                and _COMPARED_GAP.fullmatch(text, found[index - 1].end, start) is not None:
            inner = mention.text[1:-1]
            mention = replace(mention, text=inner, start=start + 1, end=mention.end - 1, value=-value)
        out.append(mention)
    return out


@dataclass(frozen=True, slots=True)
class PercentOptions(KindOptions):
    """Options of the percent kind: none yet (see :class:`finparse.Extractor`).

    Percentages read the same way whatever the settings; the type exists so
    that every kind takes its options alike.

    >>> PercentOptions.settings()
    ()
    """


@exact
def _overlaps(spans: Sequence[Percent]) -> Callable[[int, int], bool]:
    """A test of whether ``start, end`` overlaps one of ``spans``, in log time
    (a document of many quotes must not compare every pair).

    >>> taken = _overlaps([Percent("5%", 10, 12, Decimal(5), "percent")])
    >>> taken(11, 13), taken(12, 14), taken(0, 10)
    (True, False, False)
    """
    ordered = sorted((p.start, p.end) for p in spans)
    starts = [a for a, _ in ordered]
    reach = list(itertools.accumulate((b for _, b in ordered), max))  # the farthest end so far

    def taken(start: int, end: int) -> bool:
        k = bisect.bisect_left(starts, end)  # the spans that start before ``end``
        return k > 0 and reach[k - 1] > start

    return taken


def extract_percent(
    text: str, *, options: PercentOptions | None = None, timeout: float | None = None
) -> list[Percent]:
    """Every percentage in ``text``, with direction and (when found) measure.

    ``options`` are :class:`PercentOptions` (there are none yet).

    >>> from finparse.percent import extract_percent
    >>> [(p.text, p.unit, p.direction) for p in extract_percent("The jobless rate rose 0.3 points to 5.8%.")]
    [('0.3 points', 'percentage_point', 'up'), ('5.8%', 'percent', None)]
    """
    PercentOptions.of(options)
    plain = _bracketed(text, [_not_a_bound(text, m.value) for m in percentages().finditer(text, timeout=timeout)])
    plain = _joined_ranges(text, [m for m in plain if _fraction_point_holds(text, m)])
    quotes = _quotes(text) + _fraction_quotes(text, plain)
    if quotes:
        quoted = _overlaps(quotes)
        plain = sorted([m for m in plain if not quoted(m.start, m.end)] + quotes, key=lambda p: p.start)
    mentions = sorted(plain + _percentage_points(text, plain) + _from_ends(text, plain), key=lambda p: p.start)
    listed = _listed(text, mentions)
    found: list[Percent] = []
    for index, mention in enumerate(mentions):
        read = mention
        if index in listed:  # "a decrease of five or six points": read from the list's first number
            first = listed[index][-1]
            read = replace(mention, text=text[first.start : mention.end], start=first.start)
        direction, measure = direction_and_measure(text, read, found)
        found.append(replace(mention, direction=direction, measure=measure))
    if listed:
        # a listed number states what the percentage that ends its list states ("rose 10 or 15 pct")
        taken = _overlaps(mentions)
        extra = [replace(item, direction=found[i].direction, measure=found[i].measure)
                 for i, items in listed.items() for item in items if not taken(item.start, item.end)]
        found = sorted(found + extra, key=lambda p: p.start)
    return found
