"""Percentages and changes: ``46.8%``, ``26 pct``, ``1.5 percentage points``, ``50 bps``.

A percentage is a number and a unit: percent (``%``, ``percent``, ``per
cent``, ``pct``, glued ``43pc``, hyphenated ``19-percent``), percentage
points (``percentage points``, ``pp``, ``ppt``) or basis points (``basis
points``, ``bps``, ``bp``). Values are exact Decimals in their own unit: "50
bps" is 50 basis points, not 0.5 percent. Numbers may be words ("ten
percent"), fractions ("5-3/4 pct", "7/8 of a percentage point", "a quarter
percentage point") or signed ("-3.2%", "minus five percent", "a negative
4.1 %", "(3.2%)"). "5-7%" and "between 5 and 7 pct" are ranges; "5 % -7 %"
and "from 5% to 7%" are two mentions, since each end carries its unit.

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

import functools
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import regex

from finparse._data import rows
from finparse.core import (
    Captures,
    Match,
    Parser,
    Reject,
    alt,
    anchored,
    opt,
    regex_parser,
    seq,
    trie_pattern,
)
from finparse.model import Direction, Percent, Span, Unit
from finparse.numbers import DIGITS, read_digits, read_words, words_fragment

__all__ = [
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


@functools.cache
def _units() -> Mapping[str, _UnitForm]:
    table: dict[str, _UnitForm] = {}
    for form, unit, case, glue in rows("percent_units.tsv"):
        key = form if case == "cs" else form.lower()
        table[key] = _UnitForm(unit, glue == "glued")  # type: ignore[arg-type]
    return table


@functools.cache
def _case_sensitive_units() -> frozenset[str]:
    return frozenset(row[0] for row in rows("percent_units.tsv") if row[2] == "cs")


@functools.cache
def _directions() -> Mapping[str, tuple[Direction, str]]:
    return {row[0].lower(): (row[1], row[2]) for row in rows("directions.tsv")}  # type: ignore[misc]


@functools.cache
def _levels() -> frozenset[str]:
    return frozenset(row[0].lower() for row in rows("levels.tsv"))


@functools.cache
def _qualifiers() -> Mapping[str, str]:
    return {row[0]: row[1] for row in rows("qualifiers.tsv")}


# -- the grammar ----------------------------------------------------------------------------

_FRACTION_WORDS = {
    "a quarter": Decimal("0.25"), "one quarter": Decimal("0.25"), "quarter": Decimal("0.25"),
    "a half": Decimal("0.5"), "one half": Decimal("0.5"), "half a": Decimal("0.5"),
    "half": Decimal("0.5"), "three quarters": Decimal("0.75"), "three-quarters": Decimal("0.75"),
    "a third": Decimal(1) / 3, "two thirds": Decimal(2) / 3, "two-thirds": Decimal(2) / 3,
}


def _number_pattern() -> str:
    fractions = trie_pattern(_FRACTION_WORDS)
    return (
        # a dash right after another percentage is a range dash: "5 % -7 %"
        r"(?P<sign>(?<!(?:%|(?i:pct|cent))[ \u00a0]{0,2})[-\u2212+](?=\.?\d)"
        r"|(?i:minus|negative|plus)[ \u00a0]{1,3})?"
        r"(?:"
        r"(?P<whole>\d{1,3})(?:-|[ \u00a0])(?P<num>\d{1,2})/(?P<den>\d{1,2})(?![\d/])"
        r"|(?P<num2>\d{1,2})/(?P<den2>\d{1,2})(?![\d/])"
        rf"|(?P<d>{DIGITS})"
        rf"|(?P<fw>(?i:{fractions}))"
        rf"|(?P<w>{words_fragment()})"
        r"|(?P<a>(?i:an?))(?=[ \u00a0]{1,3}(?i:per[ -]?cent|percent|percentage|pct|basis))"
        r")"
    )


def _read_number(c: Captures, decimal_mark: str = "auto") -> Decimal:
    if c["whole"] is not None:
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
        value = _FRACTION_WORDS[" ".join(c["fw"].lower().split())]
    elif c["w"] is not None:
        try:
            value = read_words(c["w"])
        except ValueError:
            raise Reject from None
    else:
        value = Decimal(1)  # "a per cent"
    if value != value.to_integral_value() and (c["whole"] or c["num2"] or c["fw"]):
        value = value.normalize()
    sign = (c["sign"] or "").strip().lower()
    return -value if sign in ("-", "\u2212", "minus", "negative") else value


def _unit_pattern() -> tuple[str, str]:
    units = _units()
    cs = _case_sensitive_units()
    any_ci = [f for f in units if f not in cs and not units[f].glued_only]
    any_cs = [f for f in units if f in cs and not units[f].glued_only]
    glued_cs = [f for f in units if f in cs and units[f].glued_only]
    # "%" followed by two hex digits is URL encoding ("30%25"), not a percent
    pieces = [
        rf"(?P<u>(?:(?i:{trie_pattern(any_ci)})|{trie_pattern(any_cs)})(?<!%)",
        r"|%(?![0-9A-Fa-f]{2}))",
    ]
    return "".join(pieces), trie_pattern(glued_cs)


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
    unit, _ = _unit_pattern()
    return regex_parser(unit.replace("(?P<u>", "(?:", 1), _unit_of, description="a percent unit")


@functools.cache
def _value_parser() -> Parser[_Value]:
    """A number followed by its unit, or a number alone (a range's first end)."""
    unit, glued = _unit_pattern()
    pattern = (
        r"(?<![\p{L}\p{N}_=/?&%.,$\u20ac\u00a3])"
        rf"(?:(?P<paren>\()(?P<pd>{DIGITS})[ \u00a0]?%\)"
        rf"|{_number_pattern()}"
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
        return _Value(value, _unit_of(written))

    return regex_parser(pattern, captures=build, description="a number")


@functools.cache
def _percent_inner() -> Parser[Percent]:
    number = _value_parser()
    regex_parser(r"[ \u00a0]{1,3}")
    dash = regex_parser(r"[ \u00a0]{0,2}[-\u2013\u2014][ \u00a0]{0,2}")
    to = regex_parser(r"(?<!(?i:from)[ \u00a0]{1,3}[^ \u00a0]{1,12})[ \u00a0]{1,3}(?i:to)[ \u00a0]{1,3}")
    between = regex_parser(r"(?i:between)[ \u00a0]{1,3}")
    and_ = regex_parser(r"[ \u00a0]{1,3}(?i:and)[ \u00a0]{1,3}")
    qualifier = regex_parser(
        rf"(?i:{trie_pattern(_qualifiers())})[ \u00a0]{{1,3}}",
        lambda s: _qualifiers()[" ".join(s.split()).lower()],
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


def _lead(token: str) -> bool:
    low = token.lower()
    return (
        any(ch.isdigit() for ch in token)
        or low in _LEAD_WORDS
        or low in _qualifier_words()
        or (regex.fullmatch(r"(?i:[a-z]+(?:-[a-z]+)?)", token) is not None
        and low.replace("-", " ").split()[0] in _NUMBER_WORDS)
    )


_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty sixty seventy "
    "eighty ninety hundred thousand half quarter quarters third thirds a an and".split()
)
_LEAD_WORDS = frozenset("between minus negative plus to - ( of".split())


@functools.cache
def _qualifier_words() -> frozenset[str]:
    return frozenset(w for q in _qualifiers() for w in q.lower().split())


@functools.cache
def percentages() -> Parser[Percent]:
    """The percentage parser for running text (values and units, no direction).

    >>> from finparse.percent import percentages
    >>> [(m.value.text, m.value.low, m.value.high) for m in percentages().finditer(
    ...     "margins of 5-7% and between 8 and 9 pct")]
    [('5-7%', Decimal('5'), Decimal('7')), ('between 8 and 9 pct', Decimal('8'), Decimal('9'))]
    """
    unit, glued = _unit_pattern()
    anchor = unit.replace("(?P<u>", "(?:", 1) + "|" + rf"(?<=\d){glued}"
    return anchored(_percent_inner(), anchor, 60, _lead)


#: The percentage parser, for composing your own ("X% of Y", "up N bps y/y"):
#: values, units, ranges and qualifiers; no direction (that needs context).
percentage: Parser[Percent] = _percent_inner()


# -- direction -------------------------------------------------------------------------------

_WORD = regex.compile(r"[\p{L}][\p{L}'\u2019-]*|\d[\d.,/]*|[^\s\p{L}\p{N}]")
_STOP_FORWARD = frozenset(
    "on in at for to from of with by as after before since than while and or but "
    "that which this its their his her the a an".split()
)
_CLAUSE_END = regex.compile(r"[.!?](?:\s|$)|[;:]")
_AUXILIARIES = frozenset(
    "has have had was were is are will would could may might also already been be being "
    "did does do not just further still more than less around about nearly some by "
    "an a the its their his her".split()
)


def _words_before(text: str, start: int, limit: int) -> list[tuple[str, int]]:
    """Up to ``limit`` words before ``start`` in the same sentence, nearest first."""
    lo = max(0, start - 160)
    segment = text[lo:start]
    cut = 0
    for m in _CLAUSE_END.finditer(segment):
        if m.group(0) in ".!?" or m.group(0)[0] in ".!?":
            cut = m.end()
    words = [(m.group(0), lo + m.start()) for m in _WORD.finditer(segment, cut)]
    return list(reversed(words))[:limit]


def _words_after(text: str, end: int, limit: int) -> list[str]:
    segment = text[end : end + 60]
    return [m.group(0) for m in _WORD.finditer(segment)][:limit]


_IMMEDIATE_LEVEL = frozenset(("to", "from", "at"))
_NEUTRAL_CHANGE = frozenset(("change", "changes", "move", "moves", "swing", "variation", "shift"))
_QUALIFYING = frozenset(
    "about around approximately nearly almost some roughly just over under only a an the "
    "negative minus plus further another".split()
)


def direction_of(text: str, mention: Percent, before: list[Percent] | None = None) -> Direction | None:
    """The direction a percentage states in ``text``: ``"up"``, ``"down"`` or ``None``.

    In order: a word of change right after the number ("a 26% revenue
    increase", "30 % lower"; words between are allowed, prepositions are
    not); a share ("40% of the company") has none; "to", "from" or "at"
    just before the number make it a level ("rose to 12.2%"), except the
    second end of "by 10 pct to 21 pct"; a noun before "of" decides ("a
    drop of 42 pct", "an increase in sales of 4 per cent", "a change of
    -0.2%"); otherwise the nearest word of change before the number in its
    sentence, unless a level word ("was", "reached", "totalled") comes
    first. An apposition ("fell 700 mln dlrs, or 0.8 pct") shares the fate
    of the quantity it restates. ``before`` are the percentages found
    earlier in the same text.

    >>> from finparse.percent import extract_percent
    >>> [p.direction for p in extract_percent(
    ...     "Sales fell 5%, a 2% drop in prices, up 3 pct, rose to 12.2%, 40% of it, 3% higher.")]
    ['down', 'down', 'up', None, None, 'up']
    """
    directions = _directions()
    after = _words_after(text, mention.end, 5)
    for word in after:
        low = word.lower()
        if low in directions and directions[low][1] != "adverb":
            return directions[low][0]
        if word in ("%", "-") or word[0].isdigit():
            continue  # "5 % -7 % lower": look past the other end
        if low in _STOP_FORWARD or not word[0].isalpha():
            break
    if len(after) >= 2 and after[0].lower() == "of" and not after[1][0].isdigit():
        return None  # "40% of the company": a share
    words = [w for w in _words_before(text, mention.start, 40)]
    k = 0
    while k < len(words) and words[k][0].lower() in _QUALIFYING:
        k += 1  # "rose by about 5%", "a negative 4.1 %"
    if k < len(words):
        first = words[k][0].lower()
        if first in _IMMEDIATE_LEVEL:
            if first == "to" and before:
                return _continued_range(text, mention, before, words[k][1])
            return None
        if first == "of":
            return _of_direction(words[k + 1 :], mention)
        if first == "or" or (first in (",", "(") and k + 1 < len(words) and words[k + 1][0].lower() == "or"):
            return _apposition(text, mention, words[k:], before)
    counted = 0
    for word, _ in words[k:]:
        low = word.lower()
        if low in directions and directions[low][1] != "adjective":
            return directions[low][0]
        if low in _levels() and low not in _IMMEDIATE_LEVEL and low != "of":
            return None
        if word[0].isalpha():
            counted += 1
            if counted > 16:
                break
    return None


def _of_direction(words: list[tuple[str, int]], mention: Percent) -> Direction | None:
    """"a drop of 42 pct", "an increase in sales of 4 per cent", "a change of -0.2%"."""
    directions = _directions()
    for word, _ in words[:6]:
        low = word.lower()
        if low in directions:
            return directions[low][0]
        if low in _NEUTRAL_CHANGE and mention.value is not None and mention.value != 0:
            return "up" if mention.value > 0 else "down"
        if low in _levels() or not (word[0].isalpha()):
            break
    return None


def _continued_range(text: str, mention: Percent, before: list[Percent], to_at: int) -> Direction | None:
    """"cut prices by 10 pct to 21 pct": the second end of a range of changes.

    When the two ends are alike (the second at most three times the first)
    the second continues the first; otherwise it is the level reached
    ("rose by 1.2 pct to 57.7 pct").
    """
    prev = before[-1]
    if (
        prev.direction is not None
        and text[prev.end : to_at].strip() == ""
        and prev.value is not None
        and mention.value is not None
        and _by_before(text, prev)
        and abs(mention.value) <= 3 * abs(prev.value)
    ):
        return prev.direction
    return None


def _apposition(
    text: str, mention: Percent, words: list[tuple[str, int]], before: list[Percent] | None
) -> Direction | None:
    """"fell 700 mln dlrs, or 0.8 pct": the fate of the quantity restated."""
    directions = _directions()
    j = 0
    while j < len(words) and not words[j][0][0].isdigit():
        j += 1
        if j > 4:
            return None
    for word, _ in words[j + 1 : j + 6]:
        low = word.lower()
        if low in _IMMEDIATE_LEVEL or low in ("of", "equivalent"):
            return None
        if low in directions and directions[low][1] != "adjective":
            return directions[low][0]
    for word, _ in words[j + 1 :]:
        low = word.lower()
        if low in directions and directions[low][1] != "adjective":
            return directions[low][0]
        if low in _levels() and low not in _IMMEDIATE_LEVEL:
            return None
    return None


def _by_before(text: str, mention: Percent) -> bool:
    words = _words_before(text, mention.start, 2)
    return bool(words) and words[0][0].lower() == "by"


# -- what changed ------------------------------------------------------------------------------

_MEASURE_STOP = frozenset(
    "the a an its their his her this that these those which who while and or but of in on at "
    "for to from by with as after before since than has have had was were is are will would "
    "could may might also already been be being not".split()
)


def measure_of(text: str, mention: Percent) -> Span | None:
    """What a percentage is about, when the clause says ("revenue", "Alibaba's stock").

    A heuristic: the words between the number and a noun of change ("a 26%
    revenue increase"), the noun after "in" ("an increase in sales of 4
    per cent"), or the noun phrase before the verb of change ("The Hang Seng
    Tech Index ... has advanced 42%"). ``None`` when none is found.

    >>> from finparse.percent import extract_percent
    >>> [p.measure.text for p in extract_percent("Cloud unit reported a 26% revenue increase.")]
    ['revenue']
    """
    directions = _directions()
    after = [(m.group(0), mention.end + m.start()) for m in _WORD.finditer(text[mention.end : mention.end + 60])]
    run: list[tuple[str, int]] = []
    for word, at in after[:4]:
        low = word.lower()
        if low in directions and directions[low][1] != "adverb":
            if run:
                return Span(text[run[0][1] : run[-1][1] + len(run[-1][0])], run[0][1], run[-1][1] + len(run[-1][0]))
            break
        if not word[0].isalpha() or low in _MEASURE_STOP:
            break
        run.append((word, at))
    words = _words_before(text, mention.start, 40)
    for i, (word, at) in enumerate(words[:16]):
        low = word.lower()
        if low in directions and directions[low][1] in ("verb", "noun", "adverb"):
            # "increase in sales of": the noun after "in"
            rest = text[at + len(word) : mention.start]
            inner = regex.match(r"\s+in\s+((?:the\s+)?[\p{L}'\u2019-]+(?:\s+[\p{L}'\u2019-]+)?)\s+of\b", rest)
            if inner:
                s = at + len(word) + inner.start(1)
                return Span(inner.group(1), s, s + len(inner.group(1)))
            return _noun_phrase_before(text, words[i + 1 :], word)
        if low in _levels():
            return None
    return None


def _sentence_subject(text: str, words: list[tuple[str, int]]) -> Span | None:
    """The first noun phrase of the sentence these words (nearest first) end.

    A leading phrase closed by a comma ("Over the past month,") is skipped;
    the subject ends before the first word that looks like a verb.
    """
    ordered = list(reversed(words))
    if "," in [w for w, _ in ordered[:8]]:
        first_comma = [w for w, _ in ordered].index(",")
        if first_comma < len(ordered) - 1 and first_comma <= 6:
            ordered = ordered[first_comma + 1 :]
    phrase: list[tuple[str, int]] = []
    for word, at in ordered:
        low = word.lower()
        if not (word[0].isalnum()) or (low in _MEASURE_STOP and phrase):
            break
        if phrase and (low.endswith("ed") or low in _directions() or low in _levels()):
            break
        if low in ("the", "a", "an") and not phrase:
            continue
        phrase.append((word, at))
        if len(phrase) >= 5:
            break
    if not phrase:
        return None
    (_, first), (last_word, last) = phrase[0], phrase[-1]
    return Span(text[first : last + len(last_word)], first, last + len(last_word))


def _noun_phrase_before(text: str, words: list[tuple[str, int]], verb: str = "") -> Span | None:
    """The noun phrase ending just before a verb (auxiliaries and adverbs skipped)."""
    k = 0
    while k < len(words) and (words[k][0].lower() in _AUXILIARIES or words[k][0].lower().endswith("ly")):
        k += 1
    if k < len(words) and words[k][0] == ",":
        # skip a parenthetical ", which ... ," back to its noun
        j = k + 1
        while j < len(words) and words[j][0] != ",":
            j += 1
        if j < len(words) and j + 1 < len(words) and words[j - 1][0].lower() in ("which", "who"):
            k = j + 1
        elif k == 0 and verb.lower().endswith("ing"):
            # "..., surging by 46.8%": the subject of the main clause
            return _sentence_subject(text, words[k:])
        else:
            return None
    phrase: list[tuple[str, int]] = []
    while k < len(words):
        word, at = words[k]
        if not (word[0].isalnum() or word in ("'s", "\u2019s")) or word.lower() in _MEASURE_STOP:
            if word.lower() == "the" and phrase:
                phrase.append((word, at))
            break
        phrase.append((word, at))
        k += 1
        if len(phrase) >= 5:
            break
    if not phrase:
        return None
    _first_word, first = phrase[-1]
    last_word, last = phrase[0]
    return Span(text[first : last + len(last_word)], first, last + len(last_word))


# -- extraction --------------------------------------------------------------------------------


@functools.cache
def _points_pattern() -> regex.Pattern[str]:
    # "rose 0.3 points to 5.8%": bare points are percentage points when the
    # level they lead to (or come from) is a percentage.
    return regex.compile(
        r"(?<![\p{L}\p{N}.,])(?P<n>\d{1,3}(?:\.\d{1,3})?|(?i:one|two|three|four|five|six"
        r"|seven|eight|nine|ten))[ \u00a0]{1,2}(?i:points?|pts?\.?)"
        r"(?=(?:[ \u00a0]{1,2}(?i:lower|higher|up|down))?[ \u00a0]{1,2}(?i:to|from)[ \u00a0]{1,2}"
        r"(?:(?i:about|around|nearly|some)[ \u00a0]{1,2})?(?P<pct>[-\u2212]?[\d.]))"
    )


def _percentage_points(text: str, found: list[Percent]) -> list[Percent]:
    """Bare "points" that a following percentage shows to be percentage points."""
    out: list[Percent] = []
    starts = {p.start for p in found if p.unit == "percent"}
    for m in _points_pattern().finditer(text):
        if m.start("pct") not in starts:
            continue
        value = read_words(m.group("n")) if m.group("n")[0].isalpha() else Decimal(m.group("n"))
        out.append(Percent(m.group(0), m.start(), m.end(), value, "percentage_point"))
    return out


def extract_percent(text: str, *, timeout: float | None = None) -> list[Percent]:
    """Every percentage in ``text``, with direction and (when found) measure.

    >>> from finparse.percent import extract_percent
    >>> [(p.text, p.unit, p.direction) for p in extract_percent("The jobless rate rose 0.3 points to 5.8%.")]
    [('0.3 points', 'percentage_point', 'up'), ('5.8%', 'percent', None)]
    """
    plain = [m.value for m in percentages().finditer(text, timeout=timeout)]
    mentions = sorted(plain + _percentage_points(text, plain), key=lambda p: p.start)
    found: list[Percent] = []
    for mention in mentions:
        direction = direction_of(text, mention, found)
        found.append(replace(mention, direction=direction, measure=measure_of(text, mention)))
    return found
