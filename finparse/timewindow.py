"""Time windows: durations, to-date periods, relative and named periods, dates.

Parsing and resolving are two steps. The grammar reads an expression into a
symbolic :class:`TimeSpec` ("the month before the reference date", "the
third quarter of 2025", "three years"); :meth:`TimeWindow.resolve` turns it
into half-open ``[start_date, end_date)`` dates against an explicit
reference date, with python-dateutil. Nothing here calls ``date.today()``:
an expression that needs a reference date and has none keeps its type only.

>>> import datetime as dt
>>> from finparse.timewindow import extract_time
>>> ref = dt.date(2025, 9, 27)
>>> for w in extract_time("Shares rose 42% year-to-date and 46.8% over the past month.", ref):
...     print(w.text, w.type, w.start_date, w.end_date)
year-to-date period 2025-01-01 2025-09-28
over the past month period 2025-08-27 2025-09-28
>>> [(w.text, w.duration) for w in extract_time("a three-year, $53 billion plan", ref)]
[('three-year', 'P3Y')]
>>> w = extract_time("FY2024 revenue", None, fiscal_year_start=4)[0]
>>> w.start_date, w.end_date
(datetime.date(2023, 4, 1), datetime.date(2024, 4, 1))

The grammar is built from :mod:`finparse.core` combinators and exported in
parts (:data:`time_window`, :data:`duration`, :data:`date`), so it composes
with other parsers:

>>> from finparse.timewindow import duration
>>> duration.parse("2 years 3 months 9 days").iso()
'P2Y3M9D'
>>> from finparse.timewindow import date
>>> date.parse("Sept. 27, 2025")
datetime.date(2025, 9, 27)

The resolution conventions are stated in the documentation's time semantics
page (``docs/semantics-time.md``).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, ClassVar

import regex
from dateutil.relativedelta import relativedelta

from finparse._data import rows, word_class
from finparse._exact import exact
from finparse._validate import check_fiscal_year_start, check_ref_date
from finparse.core import (
    Captures,
    Match,
    Parser,
    Reject,
    _check_text,
    alt,
    anchored,
    opt,
    regex_parser,
    sep_by,
    seq,
    trie_pattern,
)
from finparse.numbers import _SMALL, read_words
from finparse.timespec import (
    _DAY,
    _UNIT_DURATIONS,
    _ZERO,
    Anaphoric,
    Day,
    DayOffset,
    Duration,
    DurationSpec,
    Edge,
    Ending,
    FiscalPart,
    FiscalYear,
    Fixed,
    Holiday,
    HolidayWeekend,
    NthWeekday,
    Part,
    Range,
    RelUnit,
    RestOf,
    Rolling,
    Season,
    Shifted,
    Since,
    Slot,
    SplitYear,
    Stretch,
    TimeSpec,
    ToDate,
    Until,
    Weekday,
    Weekend,
    WeekOfYear,
    WindowType,
    _Ctx,
    _safe,
)

if TYPE_CHECKING:
    import pint

__all__ = [
    "Duration",
    "TimeSpec",
    "TimeWindow",
    "WindowType",
    "date",
    "duration",
    "extract_time",
    "time_spec",
    "time_window",
]



# -- the mention type ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TimeWindow:
    """A time expression found in text: a duration, a period or a date.

    Attributes:
        text: the mention as written.
        start: offset of the first character in the source text.
        end: offset just after the last character.
        type: ``"duration"`` ("three years"), ``"period"`` ("Q3 2025",
            "since 2021") or ``"date"`` ("September 27, 2025").
        duration: the ISO 8601 duration of a duration (``"P3Y"``), else None.
        start_date: the first day of a resolved period, else None.
        end_date: the first day after a resolved period, else None.
        date: the day of a resolved date, else None.
        spec: the expression as parsed (a :class:`TimeSpec`), which
            :meth:`resolve` reads.

    >>> import datetime as dt
    >>> from finparse.timewindow import extract_time
    >>> w = extract_time("since 2021", dt.date(2025, 9, 27))[0]
    >>> w.to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'kind': 'time', 'text': 'since 2021', 'start': 0, 'end': 10, 'type': 'period',
     'duration': None, 'start_date': '2021-01-01', 'end_date': '2025-09-28', 'date': None}
    """

    kind: ClassVar[str] = "time"

    text: str
    start: int
    end: int
    type: WindowType
    duration: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    date: dt.date | None = None
    spec: TimeSpec | None = field(default=None, repr=False, compare=False)

    @property
    def anaphoric(self) -> bool:
        """True for an expression that points back to another time in the text."""
        return isinstance(self.spec, Anaphoric)

    @property
    def length(self) -> Duration | None:
        """The :class:`Duration` of a duration mention, else None."""
        return None if self.spec is None else self.spec.length()

    @property
    def relativedelta(self) -> relativedelta | None:
        """A duration as a :class:`~dateutil.relativedelta.relativedelta`, else None.

        >>> from finparse.timewindow import extract_time
        >>> extract_time("an 18-month delay", None)[0].relativedelta
        relativedelta(years=+1, months=+6)
        """
        length = self.length
        return None if length is None else length.relativedelta()

    @property
    def quantity(self) -> pint.Quantity[Decimal]:
        """A duration as a pint Quantity (imports pint).

        Raises :class:`ValueError` for a period or a date.

        >>> from finparse.timewindow import extract_time
        >>> extract_time("a 90-day bill", None)[0].quantity
        <Quantity(90, 'day')>
        """
        length = self.length
        if length is None:
            raise ValueError(f"{self.text!r} is a {self.type}, not a duration")
        from finparse.units import registry

        ureg = registry()
        total: pint.Quantity[Decimal] | None = None
        for amount, unit in (
            (length.years, "year"), (length.months, "month"), (length.weeks, "week"),
            (length.days, "day"), (length.hours, "hour"), (length.minutes, "minute"),
            (length.seconds, "second"),
        ):
            if amount:
                part = ureg.Quantity(amount, unit)
                total = part if total is None else total + part
        return total if total is not None else ureg.Quantity(Decimal(0), "second")

    @exact
    def resolve(self, ref_date: dt.date | None, *, fiscal_year_start: int = 1) -> TimeWindow:
        """This window with its dates resolved against ``ref_date``.

        Pure: the same window, date and option always give the same result.
        Periods are half-open: ``end_date`` is the first day after.

        >>> import datetime as dt
        >>> from finparse.timewindow import extract_time
        >>> w = extract_time("the most recent quarter", None)[0]
        >>> w.start_date is None
        True
        >>> r = w.resolve(dt.date(2025, 9, 27))
        >>> r.start_date, r.end_date
        (datetime.date(2025, 4, 1), datetime.date(2025, 7, 1))
        """
        check_fiscal_year_start(fiscal_year_start)
        if self.spec is None:
            return self
        return _window(self.spec, self.start, self.end, self.text, _Ctx(check_ref_date(ref_date), fiscal_year_start))

    @exact
    def to_dict(self) -> dict[str, Any]:
        """The mention as JSON-ready data (dates as ISO strings)."""
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "duration": self.duration,
            "start_date": None if self.start_date is None else self.start_date.isoformat(),
            "end_date": None if self.end_date is None else self.end_date.isoformat(),
            "date": None if self.date is None else self.date.isoformat(),
        }


def _window(spec: TimeSpec, start: int, end: int, text: str, ctx: _Ctx) -> TimeWindow:
    kind = spec.window_type()
    length = spec.length()
    found = _safe(lambda: spec.interval(ctx))
    if kind == "date":
        day = None if found is None else found[0]
        return TimeWindow(text, start, end, kind, None, None, None, day, spec)
    if kind == "duration":
        return TimeWindow(text, start, end, kind, None if length is None else length.iso(), spec=spec)
    if found is None:
        return TimeWindow(text, start, end, kind, spec=spec)
    return TimeWindow(text, start, end, kind, None, found[0], found[1], None, spec)


# -- vocabulary ----------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _re(pattern: str) -> regex.Pattern[str]:
    """A helper pattern, compiled on first use."""
    return regex.compile(pattern)



def _key(text: str) -> str:
    """A lookup key: lower case, one space for runs of space and hyphens."""
    text = text.lower().replace("\u2019", "'").replace(".", "")
    return " ".join(text.replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class _Word:
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


def _words(kind: str, flag: str | None = None) -> tuple[_Word, ...]:
    return tuple(w for w in _vocab().get(kind, ()) if flag is None or w.flags == flag)


@functools.cache
def _lookup(kind: str) -> Mapping[str, _Word]:
    return {_key(w.form): w for w in _words(kind)}


def _value(kind: str, text: str) -> _Word:
    try:
        return _lookup(kind)[_key(text)]
    except KeyError:
        raise Reject from None


def _variants(form: str) -> list[str]:
    """A form as written, with its hyphens also written as spaces."""
    out = [form]
    if "-" in form:
        out.append(form.replace("-", " "))
    return out


def _trie(forms: Iterable[str], *, dots: bool = False) -> str:
    """A case-insensitive trie of ``forms`` (abbreviations also with a period)."""
    words: list[str] = []
    for form in forms:
        for variant in _variants(form):
            words.append(variant)
            if dots:
                words.append(variant + ".")
    return f"(?i:{trie_pattern(words)})"


@functools.cache
def _holidays() -> Mapping[str, str]:
    table: dict[str, str] = {}
    for name, rule in rows("time_holidays.tsv"):
        for form in _holiday_forms(name):
            table[_holiday_key(form)] = rule
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


def _holiday_key(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split())


# -- regex pieces --------------------------------------------------------------------------

_S = r"\s{1,3}"
_S0 = r"\s{0,3}"
_WL = r"(?<![\p{L}\p{N}])"
_WR = r"(?![\p{L}\p{N}])"
_DASH = r"[-\u2010-\u2015~]"
_YEAR4 = r"(?:1[5-9]\d\d|2[0-2]\d\d)"
#: Not followed by a unit that makes the number before a quantity ("March 10 pct").
_NOT_QUANTITY = (
    r"(?!\s{0,3}(?:[%\p{Sc}]|(?i:pct|percent|per\s+cent|mln|bln|million|billion|dlrs|dollars"
    r"|points?|pts|shares|cents|cts|tonnes|tons|barrels)(?![\p{L}])))"
)


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
    relative: str
    holiday: str
    anchor: tuple[str, str, str]  # digits, words, fractions: scanned apart


def _with_dots(forms: Iterable[str]) -> list[str]:
    return [v for form in forms for v in (form, form + ".")]


@functools.cache
def _pieces() -> _Pieces:
    months = _words("month")
    small = [w for w in _SMALL if w != "zero"]
    number_word = f"(?i:{trie_pattern([*small, 'hundred'])})"
    number_words = rf"(?i:{_WL}{number_word}(?:(?:\s{{1,2}}|-){number_word}){{0,4}}+)"
    ordinal = _trie([w.form for w in _words("ordinal")])
    digits = r"(?>\d{1,3}(?:,\d{3})+|\d+)(?>\.\d+)?"
    fraction = r"(?:\u00bd|\u00bc|\u00be|[13]/[24](?!\d))"
    count = (
        rf"(?:(?<![\p{{N}}.,/])(?<!\p{{N}}[.,\-])\d{{1,3}}{_MIXED}"
        rf"|(?<![\p{{N}}.,/])(?<!\p{{N}}[.,\-]){digits}(?![\p{{N}}/])"
        rf"(?:{_S}(?i:and){_S}(?:(?i:an?){_S})?(?i:half){_WR})?"
        rf"|(?<![\p{{N}}]){fraction}"
        rf"|{number_words}(?:{_S}(?i:and){_S}(?:(?i:an?){_S})?(?i:half){_WR})?"
        rf"|(?i:{_WL}(?:a{_S})?couple(?:{_S}of)?{_WR})"
        rf"|(?i:{_WL}an?{_WR}))"
    )
    day = (
        rf"(?:(?<![\p{{N}}])(?<!\p{{N}}[.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?{_WR}(?![.,:]\d)"
        rf"|{ordinal})"
    )
    teen = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    tens = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    units = "(?:one|two|three|four|five|six|seven|eight|nine)"
    two_digit = rf"(?:{tens}(?:[-\s]{units})?|{teen}|oh\s{units}|{units})"
    year_words = (
        rf"(?i:{_WL}(?:(?:{teen}|twenty){_S}(?:hundred(?:{_S}(?:and{_S})?{two_digit})?|{two_digit})"
        rf"|two{_S}thousand(?:{_S}(?:and{_S})?{two_digit})?){_WR})"
    )
    holiday_forms = sorted({
        f for name in (r[0] for r in rows("time_holidays.tsv")) for f in _holiday_forms(name)
    })
    holiday = f"(?i:{trie_pattern(holiday_forms)})"
    anchor_words = [
        *(w.form for w in months),
        *(w.form + "." for w in months if w.flags == "abbr"),
        *(w.form for w in _words("weekday", "full")),
        *(w.form for w in _words("unit", "word")),
        *(w.form for w in _words("dayword")),
        *(w.form for w in _words("todate")),
        *(w.form for w in _words("decade")),
        *(w.form for w in _words("rate")),
        *(w.form for w in _words("season")),
        "period", "session", "weekend", "week-end", "ltm", "ttm", "fy", "cy", "half",
    ]
    known = {_key(w) for w in anchor_words}
    for name in _holidays():  # a holiday with no other anchor word in its name
        names = [w[:-2] if w.endswith("'s") else w.rstrip("'") for w in name.split()]
        if not any(w in known for w in names):
            anchor_words.append(names[-1])
    unit_any = (
        rf"(?:{_trie([w.form for w in _words('unit', 'word')])}|(?i:business|working|trading)"
        rf"|(?i:{trie_pattern([w.form for w in _words('unit', 'abbr')])}))"
    )
    # "may" and "march" are verbs in lower case, and "SEC" is not "sec".
    word_trie = trie_pattern(sorted({
        v for w in anchor_words for v in _variants(w) if _key(w) not in ("may", "march")
    }))
    abbr_trie = trie_pattern([w.form for w in _words("unit", "abbr") if len(w.form) > 1])
    word_trie = word_trie.replace(r"(?<![\p{L}\p{M}])", "")
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
        rf"|(?>\d{{1,3}}(?:,\d{{3}})+|\d+)(?>\.\d+)?(?:{_MIXED})?(?:\s{{0,3}}|-)"
        rf"(?:(?i:less|fewer|more|additional|extra)\s{{1,3}})?{unit_any}"
        r"|\d{1,2}\s{1,3}(?i:and)\s{1,3}(?:(?i:a)\s{1,3})?(?i:half)"
        r"|\d{1,2}[YWD](?![\p{L}\p{N}])"
        r"|[1-4]Q|[12]H"
        r"|\d0['\u2019]?s(?![\p{L}])"
        r"|\d{1,2}(?:st|nd|rd|th)(?![\p{L}\p{N}])"
        r"|(?<!-)(?!(?:[1-9]|1[0-5])/(?:2|4|8|16|32|64)(?!\d))\d{1,2}/\d{1,2}(?![\p{N}/])"
        r")"
    )
    word_anchor = (
        r"\b(?:[Qq][1-4]|H[12]"
        rf"|(?i:{word_trie})|{abbr_trie}|(?:May|MAY|March|MARCH)\b"
        r"|(?i:may|march)(?=[\s.,]{1,3}\d)"
        r")"
    )
    fraction_anchor = (
        rf"(?<![\p{{N}}/-])(?:[\u00bd\u00bc\u00be]|[13]/[24](?!\p{{N}}))(?=\s{{0,3}}{unit_any})"
    )
    return _Pieces(
        month=f"(?i:{trie_pattern([w.form for w in months if w.flags != 'abbr'] + _with_dots(w.form for w in months if w.flags == 'abbr'))})",
        month_full=_trie([w.form for w in months if w.flags == "full"]),
        month_ambiguous=_trie([w.form for w in months if w.flags == "ambiguous"]),
        month_abbr_dot=f"(?i:{trie_pattern([w.form + '.' for w in months if w.flags == 'abbr'])})",
        weekday=_trie([w.form for w in _words("weekday", "full")]),
        weekday_any=f"(?i:{trie_pattern([w.form for w in _words('weekday', 'full')] + _with_dots(w.form for w in _words('weekday', 'abbr')))})",
        unit=(
            rf"(?:{_trie([w.form for w in _words('unit', 'word')])}"
            rf"|(?i:{_WL}(?:business|working|trading){_S}days?{_WR})"
            rf"|(?i:{trie_pattern([w.form for w in _words('unit', 'abbr')])}))"
        ),
        unit_word=_trie([w.form for w in _words("unit", "word")]),
        ordinal=ordinal,
        number_words=number_words,
        count=count,
        day=day,
        year_words=year_words,
        relative=_trie([w.form for w in _words("relative")]),
        holiday=holiday,
        # The alternation of the three, scanned apart: the words are slow
        # to scan for, the digits fast (see finparse.core.anchored).
        anchor=(digit_anchor, word_anchor, fraction_anchor),
    )


# -- reading values ------------------------------------------------------------------------

_FRACTIONS: Mapping[str, str] = {
    "\u00bd": "0.5", "\u00bc": "0.25", "\u00be": "0.75", "1/2": "0.5", "1/4": "0.25", "3/4": "0.75",
}
#: The fraction of a mixed number after its whole part: "3 1/2", "3-1/2",
#: "3\u00bd", "3 \u00bd".
_MIXED = r"(?:[ \u00a0-]?[\u00bd\u00bc\u00be]|[ \u00a0-][13]/[24])(?![\p{N}/])"


@functools.lru_cache(maxsize=1024)
def _read_count(text: str) -> Decimal:
    """The value of a count as written ("three", "2.5", "a couple of", "½")."""
    key = " ".join(text.lower().split())
    extra = _ZERO
    half = _re(r"\s+and\s+(?:an?\s+)?half$").search(key)
    if half:
        extra = Decimal("0.5")
        key = key[: half.start()]
    if key in ("a", "an"):
        return Decimal(1) + extra
    if "couple" in key:
        return Decimal(2) + extra
    if key in _FRACTIONS:
        return Decimal(_FRACTIONS[key]) + extra
    mixed = _re(r"(\d+)[ -]?(\S+)").fullmatch(key)
    if mixed and mixed.group(2) in _FRACTIONS:  # "3 1/2", "3-1/2", "3\u00bd"
        return Decimal(mixed.group(1)) + Decimal(_FRACTIONS[mixed.group(2)]) + extra
    if key[:1].isdigit():
        try:
            return Decimal(key.replace(",", "")) + extra
        except InvalidOperation:
            raise Reject from None
    try:
        return read_words(key) + extra
    except ValueError:
        raise Reject from None


def _unit_of(text: str) -> str:
    """The canonical unit of a unit word ("hrs" -> "hour")."""
    key = _key(text)
    if key.startswith(("business", "working", "trading")):
        return "businessday"
    if key in ("half", "weekend", "week end"):
        return key.replace(" ", "")
    return _value("unit", key).value


def _ordinal(text: str) -> int:
    """1 for "first" or "1st", 21 for "twenty-first"."""
    digits = _re(r"\d+").match(text)
    if digits:
        return int(digits.group())
    return int(_value("ordinal", text).value)


def _day_number(text: str) -> int:
    """A day of the month written in digits, ordinals or cardinal words."""
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:].strip()
    digits = _re(r"\d+").match(text)
    if digits:
        value = int(digits.group())
    elif _key(text) in _lookup("ordinal"):
        value = int(_lookup("ordinal")[_key(text)].value)
    else:
        try:
            value = int(read_words(text.lower()))
        except ValueError:
            raise Reject from None
    if not 1 <= value <= 31:
        raise Reject
    return value


def _month_number(text: str) -> int:
    return int(_value("month", text.rstrip(".")).value)


def _month_word(text: str) -> str:
    """``text``, unless it is "may" or "march" written in lower case (a verb)."""
    if text[:1].islower() and text.lower() in ("may", "march"):
        raise Reject
    return text


def _year_value(text: str) -> int:
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


def _valid_day(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise Reject from None


def _one_day(day: dt.date) -> Fixed:
    return Fixed(day, day + _DAY, "date")


def _year_interval(year: int) -> Fixed:
    return Fixed(dt.date(year, 1, 1), dt.date(year + 1, 1, 1))


#: Words before a time expression that say it lies ahead of the reference date.
_FUTURE = (
    r"(?i:(?<![\p{L}])(?:will|shall|'ll|going\s+to|plans?\s+to|planned\s+for|planning\s+to"
    r"|expects?\s+to|expected\s+(?:to|in)|intends?\s+to|scheduled|due|next|upcoming|coming"
    r"|forecasts?)(?![\p{L}]))"
)


@functools.cache
def _future_pattern() -> regex.Pattern[str]:
    return regex.compile(_FUTURE)


def _bias_at(text: str, start: int) -> str:
    """``future`` when the sentence before ``start`` speaks of the future."""
    before = text[max(0, start - 100) : start]
    stop = max(before.rfind(". "), before.rfind("? "), before.rfind("! "), before.rfind("; "))
    if stop >= 0:
        before = before[stop + 2 :]
    return "future" if _future_pattern().search(before) else "past"


def _month_context(text: str, start: int, end: int) -> bool:
    """Is a capitalised month name that is also a common word a month here?

    Not after a capitalised word that is not a time word ("Theresa May"),
    nor before a capitalised word or a pronoun ("May Department Stores",
    "May I ask"); and it needs a time word before it ("in May", "since
    March", "said March sales").
    """
    before = text[max(0, start - 40) : start]
    after = text[end : end + 30]
    prev = _re(r"([\p{L}\p{N}'.]+)[ \t\u00a0]*$").search(before)
    nxt = _re(r"[ \t\u00a0]*([\p{L}\p{N}']+)").match(after)
    prev_word = prev.group(1).lower().rstrip(".") if prev else ""
    next_word = nxt.group(1) if nxt else ""
    if next_word and (
        next_word[:1].isupper()
        or next_word.lower() in _NOT_MONTH_NEXT
    ):
        return False
    return prev_word in _MONTH_CONTEXT or before.rstrip().endswith("-")


_MONTH_CONTEXT = word_class("context_words.tsv", "month_context")
_NOT_MONTH_NEXT = word_class("context_words.tsv", "not_month_next")


@functools.cache
def _not_year_words() -> frozenset[str]:
    return frozenset(_key(w.form) for w in _words("notyear"))


_NEXT_WORD = r"[ \t\u00a0]{1,3}([\p{L}]+)"
_PREV_WORD = r"([\p{L}]+)\.?[ \t\u00a0]{1,3}$"
_NOT_BEFORE_YEAR = word_class("context_words.tsv", "not_before_year")
_YEAR_WORDS_BEFORE = frozenset("in since by until from during year of before after".split())


def _year_context_ok(text: str, start: int, end: int, year: int) -> bool:
    """Is a bare four-digit number a year here ("in 2021", not "2021 people")?"""
    nxt = _re(_NEXT_WORD).match(text, end)
    if nxt and _key(nxt.group(1)) in _not_year_words():
        return False
    prev = _re(_PREV_WORD).search(text[max(0, start - 20) : start])
    prev_word = prev.group(1).lower() if prev else ""
    if prev_word in _NOT_BEFORE_YEAR:
        return False
    return 1900 <= year <= 2199 or prev_word in _YEAR_WORDS_BEFORE


# -- productions ----------------------------------------------------------------------------

_Build = Callable[[Captures], TimeSpec]


def _leaf(pattern: str, build: _Build, description: str) -> Parser[TimeSpec]:
    return regex_parser(pattern, captures=build, description=description)


def _rel_offset(word: str) -> int:
    """-1, 0 or 1 for a relative word ("last", "this", "next")."""
    key = _key(word)
    if key.startswith("the "):
        key = key[4:]
    found = _lookup("relative").get(key)
    if found is None:
        return 0
    return {"past": -1, "this": 0, "next": 1}[found.value]


def _year_rel(text: str | None) -> int | None:
    """The year offset of "this year", "next year", "of last year" ..."""
    if not text:
        return None
    words = _key(text).split()
    if not words or words[-1] != "year":
        return None
    rel = " ".join(w for w in words[:-1] if w not in ("of", "the", "in"))
    if rel in ("", "this", "current"):
        return 0
    if rel in ("next", "coming", "following"):
        return 1
    if rel in ("last", "past", "previous", "prior"):
        return -1
    raise Reject


#: Words of the grammar itself that may come before an anchor.
_GRAMMAR_WORDS = frozenset(
    """the a an of in on from between since until till til through thru to by as and over
    during for within at ever up fiscal financial calendar cy fy full whole all another entire
    half early mid late end beginning start middle close rest remainder remaining balance first
    final couple so far same corresponding comparable my most recent recently completed q h w
    st saint year day week month quarter less fewer more additional extra starting which that
    ends ended ending current this now present today business working trading""".split()
)


@functools.cache
def _lead_words() -> frozenset[str]:
    """Every word a time expression may have before its anchor."""
    words = set(_GRAMMAR_WORDS)
    for kind in ("month", "weekday", "unit", "relative", "ordinal", "dayword", "todate",
                 "decade", "rate", "anaphoric"):
        for w in _words(kind):
            words.update(_key(w.form).split())
    words.update(_SMALL)
    for name in _holidays():
        words.update(name.replace("'", " ").split())
    return frozenset(words)


_LEAD_TOKEN = (
    r"[\p{N}\p{P}\p{S}]*\p{N}[\p{N}\p{P}\p{S}]*(?:st|nd|rd|th|s|h|q|y)?\p{P}*"
    r"|(?i:q|h|fy|cy|f/y|w|fy\d+|q\d|h\d|\d[qh]\d*)['\u2019-]?"
    r"|[\p{P}\p{S}]+"
)


def _lead(token: str) -> bool:
    """Can ``token`` (or its part before the anchor) come first in a time expression?"""
    if _re(_LEAD_TOKEN).fullmatch(token):
        return True
    stripped = token.strip("()[],.;:'\"\u2019\u2018\u201c-").lower()
    if not stripped:
        return True
    words = _lead_words()
    if stripped in words:
        return True
    parts = [p for p in _re(r"[-/'\u2019]").split(stripped) if p]
    return bool(parts) and all(p in words or p.isdigit() for p in parts)


def _num_date_pattern(month: str) -> str:
    """Numeric dates: 2025-09-27, 2021-feb-3, 06/14/2018, 28.02.2008, 20190723.

    One branch per separator, since the scanning pattern has no groups to
    refer back to. A dotted date is day-first; a slashed or dashed one is
    month-first unless its first number cannot be a month.
    """
    branches = []
    for sep, esc in (("-", "-"), ("/", "/"), (".", r"\.")):
        dot = "(?P<dot>)" if sep == "." else ""
        short_year = "" if sep == "." else r"|(?<=[-/,]\s{0,3})\d\d"
        branches.append(
            rf"(?P<iy>{_YEAR4}){esc}(?P<im>1[0-2]|0?[1-9]|{month}){esc}(?P<id>3[01]|[12]\d|0?[1-9]){dot}"
        )
        branches.append(
            rf"(?P<a>3[01]|[12]\d|0?[1-9]){esc}(?P<b>3[01]|[12]\d|0?[1-9]|{month})"
            rf"(?:{esc}|,{_S0}){dot}(?P<c>{_YEAR4}{short_year})"
        )
    branches.append(r"(?P<cy>(?:19|20)\d\d)(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12]\d|3[01])")
    branches.append(
        rf"(?P<bm>{month})/(?P<bd>3[01]|[12]\d|0?[1-9])(?:/(?P<by>{_YEAR4}|\d\d))?(?![/-]?\d)"
    )
    return (
        rf"(?<![\p{{N}}\p{{L}}])(?<!\p{{N}}[/.,:])(?:{'|'.join(branches)})"
        rf"(?![\p{{N}}\p{{L}}])(?![/.:]\p{{N}})"
    )


def _numeric_date(c: Captures) -> TimeSpec:
    if c["iy"]:
        im = c["im"] or ""
        month = int(im) if im.isdigit() else _month_number(im)
        return _one_day(_valid_day(int(c["iy"]), month, int(c["id"] or "0")))
    if c["bm"]:
        month = _month_number(c["bm"])
        day = int(c["bd"] or "0")
        if c["by"]:
            return _one_day(_valid_day(_year_value(c["by"]), month, day))
        _valid_day(2000, month, day)
        return Day(day, month)
    if c["cy"]:
        return _one_day(_valid_day(int(c["cy"]), int(c["cm"] or "0"), int(c["cd"] or "0")))
    a, b = c["a"] or "", c["b"] or ""
    year = _year_value(c["c"] or "")
    if not b.isdigit():
        return _one_day(_valid_day(year, _month_number(b), int(a)))
    first, second = int(a), int(b)
    if c["dot"] is not None or first > 12:
        return _one_day(_valid_day(year, second, first))
    return _one_day(_valid_day(year, first, second))


def _dispatch(branches: Iterable[tuple[str, tuple[Parser[Any], ...]]]) -> Parser[TimeSpec | None]:
    """Branches chosen by their first token; the first whose pattern matches commits.

    A committed branch that finds nothing succeeds with ``None`` and no
    text, so no later branch is tried (PEG has no cut; this is one). An
    empty pattern matches anywhere (a last, catch-all branch).
    """
    nothing = regex_parser("", lambda _: None, description="nothing")
    out: list[Parser[Any]] = []
    for first, options in branches:
        body = alt(*options, nothing)
        out.append(seq(regex_parser(f"(?={first})"), body).combine(lambda _, v: v) if first else body)
    return alt(*out)


def _found(value: TimeSpec | None, start: int, end: int) -> tuple[TimeSpec, int]:
    """The value of a dispatch, which fails where a committed branch found nothing."""
    if value is None:
        raise Reject
    return value, end


@functools.cache
def _dispatch_words() -> Mapping[str, str]:
    """Patterns of first words, by the branch of the grammar they open."""
    small = [w for w in _SMALL if w != "zero"]
    holiday_heads = sorted({name.split()[0] for name in _holidays()})
    return {
        "unit": _trie([*(w.form for w in _words("unit", "word")), "weekend", "week-end"]),
        "count": _trie([*small, "a", "an", "half", "couple"]),
        "dayword": _trie(["today", "yesterday", "tomorrow", "tonight"]),
        "fiscal": rf"(?:{_trie(['fiscal', 'financial', 'calendar', 'cy', 'fy', 'full'])}|(?i:f/y))",
        "edge": _trie(["end", "beginning", "start", "middle", "close", "early", "mid", "late",
                       "rest", "remainder", "remaining", "balance", "so", "final"]),
        "whole": _trie(["all", "whole", "entire", "another"]),
        "abbr": _trie(["ytd", "qtd", "mtd", "wtd", "fytd", "ltm", "ttm", "yoy", "y/y", "q/q",
                       "m/m", "w/w", "y-o-y", "qoq"]),
        "decade": _trie([w.form for w in _words("decade")]),
        "season": _trie([w.form for w in _words("season")]),
        "holiday": _trie(holiday_heads),
    }


@dataclass(frozen=True)
class _Grammar:
    time_spec: Parser[TimeSpec]
    duration: Parser[Duration]
    date: Parser[dt.date]


@functools.cache
def _grammar() -> _Grammar:
    p = _pieces()
    month, day, count, unit = p.month, p.day, p.count, p.unit
    year_tail = (
        rf"(?:(?:{_S0},{_S0}|{_S}(?i:of|in){_S}|{_S})(?P<y>{_WL}{_YEAR4}{_WR}(?![-/.:]\d)|{p.year_words})"
        rf"|(?:{_S}(?i:of){_S}|{_S0})['\u2019](?P<y2>\d\d){_WR}|{_S}(?i:of){_S}(?P<y2>\d\d){_WR})"
    )
    rel_year = (
        rf"(?i:(?:of{_S})?(?:this|next|last|the{_S}following|the{_S}coming|the{_S}previous|previous"
        rf"|the{_S}current|current){_S}year){_WR}"
    )
    # a leaf whose value does not matter: a keyword, a guard
    rx = functools.partial(regex_parser, description="a word")

    # -- durations ------------------------------------------------------------
    dur_part = regex_parser(
        rf"(?P<n>{count})(?:{_S0}|-)(?:(?i:less|fewer|more|additional|extra){_S})?(?P<u>{unit})"
        rf"(?!-(?i:old)(?![\p{{L}}]))",
        captures=_dur_part,
        description="a number of time units",
    )
    ago_next = rf"(?!(?:{count})(?:{_S0}|-)(?:{unit}){_S}(?i:ago)(?![\p{{L}}]))"
    dur_sep = rx(rf"(?:{_S0},{_S0}(?:(?i:and){_S}{ago_next})?|{_S}(?i:and){_S}{ago_next}|{_S})")
    tail = regex_parser(
        rf"(?:{_S}(?i:and){_S}(?P<half>(?i:a{_S})?(?i:half)){_WR}"
        rf"|(?:{_S}(?i:and){_S}|{_S})(?P<n>\d{{1,2}}|{p.number_words})(?=\s{{0,3}}(?:[.,;!?)]|$)))",
        captures=lambda c: ("half", Decimal("0.5")) if c["half"] else ("n", _read_count(c["n"] or "")),
        description="the rest of a duration",
    )
    # at most one part per unit, so a long run of parts is read a few at a time
    counted = seq(sep_by(dur_part.spanned(), dur_sep, min=1, max=len(_ORDER)), opt(tail)).bind(_compound)
    quarters_of_hour = regex_parser(
        rf"(?i:(?:(?P<n>{count}){_S}and{_S})?(?:(?P<k>a|one|two|three){_S})?quarters?"
        rf"(?:{_S}of)?(?:{_S}an?)?{_S}(?:hours?|hrs?){_WR})",
        captures=_quarter_hours,
        description="quarters of an hour",
    )
    half = regex_parser(
        rf"(?i:{_WL}(?:(?:an?|one){_S})?(?:half|\u00bd)(?:{_S}an?{_S}|-|{_S0}))"
        rf"(?P<u>(?i:hour|day|week|month|year|minute)){_WR}"
        rf"|(?i:1/2){_S0}(?P<h>(?i:hours?|hrs?|h)){_WR}",
        captures=lambda c: Duration(minutes=Decimal(30)) if c["h"] else _UNIT_DURATIONS[
            _unit_of(c["u"] or "")].scaled(Decimal("0.5")),
        description="half a time unit",
    )
    whole = regex_parser(
        rf"(?i:{_WL}(?:all|full|whole|entire|another)(?:{_S}|-)(?P<u>hour|day|week|month|year|"
        rf"fortnight|night|decade|quarter)){_WR}(?!-)(?!{_S}(?i:of|to|ago|earlier|later|before|after|\d))",
        captures=lambda c: _UNIT_DURATIONS[_unit_of(c["u"] or "")],
        description="a whole time unit",
    )
    tenor = regex_parser(
        r"(?<![\p{L}\p{N}.,/$\-])(?P<n>[1-9]\d?)(?P<u>[YW]|(?<=\d\d)D)(?![\p{L}\p{N}])",
        captures=lambda c: _UNIT_DURATIONS[{"Y": "year", "W": "week", "D": "day"}[c["u"] or "Y"]].scaled(
            Decimal(c["n"] or "1")),
        description="a tenor",
    )
    rate = regex_parser(
        _trie([w.form for w in _words("rate")]),
        lambda s: _UNIT_DURATIONS[_value("rate", s).value],
        description="a year-on-year comparison",
    )
    dur = alt(quarters_of_hour, counted, half).desc("a duration")
    # "a day" alone is a duration only where a length is meant ("for a day",
    # "over a decade"), not in a rate ("100,000 barrels a day").
    length_context = rx(
        rf"(?!(?i:an?|a{_S}couple){_S})|(?<=^|[(\"'\u201c]|{_WL}(?i:for|over|within|than|about|around"
        rf"|nearly|almost|roughly|approximately|only|just|least|after|during|take|takes|took|taking"
        rf"|taken|lasted|lasts|spent|spend|spends|up{_S}to){_S})"
    )
    standalone = alt(seq(length_context, dur).combine(lambda _, d: d), whole, tenor, rate)

    # -- dates ------------------------------------------------------------------------
    wd_prefix = rf"(?:(?:(?i:this|next|last){_S})?{p.weekday_any}(?:{_S0},{_S0}|{_S}|-))"
    num_date = _leaf(rf"(?:{wd_prefix})?{_num_date_pattern(month)}", _numeric_date, "a numeric date")

    def text_date(c: Captures) -> TimeSpec:
        month_text = c["m"] or ""
        d = _day_number(c["d"] or "")
        m = _month_number(month_text)
        has_year = bool(c["y"] or c["y2"])
        if (month_text[:1].islower() and month_text.lower() in ("may", "march")
                and not has_year and c.start == c.span("m")[0]):
            raise Reject  # "may 5 people", but "the 2nd of march" is a date
        if has_year:
            return _one_day(_valid_day(_year_value(c["y"] or c["y2"] or ""), m, d))
        _valid_day(2000, m, d)  # a day that exists in some year (Feb 29 included)
        if c["yr"]:
            return Day(d, m, year_offset=_year_rel(c["yr"]) or 0)
        return Day(d, m)

    day_words = rf"(?:{day}|{p.number_words}(?!{_S}(?i:thousand|hundred)(?![\p{{L}}])))"
    date_core = (
        rf"(?:(?P<m>{month})(?:{_S0}|-)(?:(?i:the){_S})?(?P<d>{day_words})"
        rf"|(?:(?i:the){_S})?(?P<d>{day})(?:{_S}(?i:of))?(?:{_S}|-|(?<=\d)(?=\p{{L}}))(?P<m>{month}){_WR})"
        rf"(?:{year_tail}|{_S}(?P<yr>{rel_year}))?{_NOT_QUANTITY}"
    )
    text_date_p = _leaf(
        rf"(?:{p.weekday_any}{_S0}\({_S0}{date_core}{_S0}\)|(?:{wd_prefix})?{date_core})",
        text_date,
        "a date",
    )
    dated = alt(num_date, text_date_p)
    day_rel_month = _leaf(
        rf"(?:(?i:the){_S})?(?P<d>{day})(?:{_S}(?i:of))?{_S}(?P<r>(?i:this|next|last|the{_S}following"
        rf"|following|the{_S}current|current|the|the{_S}previous|previous)){_S}(?i:month){_WR}",
        lambda c: Day(_day_number(c["d"] or ""), None, month_offset=_rel_offset(c["r"] or "this")),
        "a day of a month",
    )

    # -- months -------------------------------------------------------------------------
    def month_year(c: Captures) -> TimeSpec:
        text = c["m"] or ""
        m = _month_number(text) if text else int(c["mn"] or "0")
        if c["yr"]:
            if text.lower() == "may" and text[:1] == "m":
                raise Reject
            return Slot("month", m, year_offset=_year_rel(c["yr"]))
        year = _year_value(c["y"] or c["y2"] or "")
        if c["mn"] and len(c["mn"]) <= 2 and c["sy"] and m == (year + 1) % 100:
            raise Reject  # "2011-12" is a split year
        return Slot("month", m, year)

    month_year_p = _leaf(
        rf"(?:(?P<m>{month})(?:{year_tail}|[-/](?P<y>{_YEAR4})(?![\p{{N}}])|{_S}(?P<yr>{rel_year}))"
        rf"|(?P<y>{_WL}{_YEAR4}){_WR}(?:{_S0},{_S0}|{_S})(?P<m>{month}){_WR}(?!{_S0}\d)"
        rf"|(?<![\p{{N}}\p{{L}}])(?<!\p{{N}}[-/.,:])(?P<y>{_YEAR4})(?P<sy>){_S0}[-/]{_S0}(?P<mn>1[0-2]|0?[1-9])"
        rf"(?![\p{{N}}])(?![-/.]\p{{N}})"
        rf"|(?<![\p{{N}}\p{{L}}])(?<!\p{{N}}[-/.,:])(?P<mn>1[0-2]|0?[1-9]){_S0}[-/]{_S0}(?P<y>{_YEAR4})"
        rf"(?![\p{{N}}])(?![-/.]\p{{N}}))",
        month_year,
        "a month of a year",
    )

    def month_rel(c: Captures) -> TimeSpec:
        m = _month_number(_month_word(c["m"] or ""))
        word = _key(c["r"] or "")
        if word in ("this", "current"):
            return Slot("month", m, year_offset=0)
        if word in ("next", "coming", "upcoming", "following", "this coming"):
            return Slot("month", m, bias="next")
        return Slot("month", m, bias="last")

    month_rel_p = _leaf(
        rf"(?P<r>(?i:this{_S}coming|this|next|last|past|coming|upcoming|current)){_S}(?P<m>{month}){_WR}",
        month_rel,
        "a month relative to now",
    )

    def month_bare(c: Captures) -> TimeSpec:
        text = c["m"] or ""
        word = _value("month", text.rstrip("."))
        if word.flags != "full":
            if not text[:1].isupper() or not _month_context(c.string, c.start, c.end):
                raise Reject
        return Slot("month", int(word.value), bias=_bias_at(c.string, c.start))

    month_bare_p = _leaf(
        rf"(?P<m>{p.month_abbr_dot}|{p.month_full}|{p.month_ambiguous})(?![-/]?\d)",
        month_bare,
        "a month",
    )

    def month_any_build(c: Captures) -> TimeSpec:
        return Slot("month", _month_number(_month_word(c["m"] or "")))

    month_any = _leaf(rf"(?P<m>{month})(?![-/]?\d)", month_any_build, "a month")

    # -- quarters and halves ----------------------------------------------------------------
    def quarter(c: Captures) -> TimeSpec:
        is_half = bool(c["h"] or c["hw"])
        unit = "half" if is_half else "quarter"
        if c["q"]:
            index = int(c["q"])
        elif c["qo"]:
            index = _ordinal(c["qo"])
        elif c["hi"]:
            index = int(c["hi"])
        else:
            index = _ordinal(c["ho"] or "")
        if not 1 <= index <= (2 if is_half else 4):
            raise Reject
        fiscal = bool(c["fy"] or c["fy2"])
        year = _year_value(c["y"]) if c["y"] else None
        yr = _year_rel(c["yr"]) if c["yr"] else None
        if fiscal:
            return FiscalPart(unit, index, year, yr)
        if year is not None:
            return Slot(unit, index, year)
        if yr is not None:
            return Slot(unit, index, year_offset=yr)
        return Slot(unit, index, bias=_bias_at(c.string, c.start))

    code_year = (
        rf"(?:(?P<y>{_YEAR4}|\d\d)(?![\p{{L}}\p{{N}}])"  # glued: 3Q25, 1H2025
        rf"|(?![\p{{L}}\p{{N}}])(?:{_S0}[-/']{_S0}|{_S}(?i:of){_S}|{_S})(?P<fy2>(?i:fy){_S0}'?)?(?P<y>{_YEAR4}"
        rf"|(?<=['\u2019/-]\s{{0,3}}|(?i:fy)\s{{0,3}}'?)\d\d)(?![\p{{N}}])(?![-/.]\d)"
        rf"|{_S}(?P<yr>{rel_year})"
        rf"|(?![\p{{L}}\p{{N}}]))"
    )
    of_year = (
        rf"(?:(?:{_S}(?i:of))?{_S}(?:(?P<fy2>(?i:fiscal(?:{_S}year)?|fy){_S0}'?)|(?i:calendar(?:{_S}year)?){_S})?"
        rf"(?P<y>{_YEAR4}|(?<=(?i:fy)\s{{0,3}}'?)\d\d)(?![\p{{N}}])(?![-/.]\d)"
        rf"|{_S}(?P<yr>{rel_year})|{_S}(?i:of){_S}(?i:the){_S}(?P<yr>(?i:year)){_WR})"
    )
    quarter_p = _leaf(
        rf"(?:"
        rf"(?<![\p{{L}}\p{{N}}])(?:[Qq](?P<q>[1-4])|(?P<q>[1-4])Q|(?P<h>H)(?P<hi>[12])|(?P<hi>[12])(?P<h>H)){code_year}"
        rf"|(?:(?i:the){_S})?(?P<fy>(?i:fiscal|financial){_S})?"
        rf"(?:(?P<qo>{_WL}[1-4](?:st|nd|rd|th)|{p.ordinal})(?:{_S}|-)(?i:quarter|qtr)"
        rf"|(?P<ho>{_WL}[12](?:st|nd)|(?i:first|second)){_S0}(?:-|{_S})(?P<hw>(?i:half)))"
        rf"{_WR}(?!-(?i:year|time))(?:{of_year})?"
        rf"|(?<![\p{{L}}\p{{N}}])(?<!\p{{N}}[-/.])(?P<y>{_YEAR4}){_S0}[-\s]?{_S0}(?:[Qq](?P<q>[1-4])|(?P<h>H)(?P<hi>[12]))"
        rf"(?![\p{{L}}\p{{N}}])"
        rf"|(?<![\p{{L}}\p{{N}}])(?P<y>{_YEAR4}){_S}(?:(?i:the){_S})?(?P<fy>(?i:fiscal|financial){_S})?"
        rf"(?:(?P<qo>{p.ordinal}|[1-4](?:st|nd|rd|th))(?:{_S}|-)(?i:quarter|qtr)"
        rf"|(?P<ho>(?i:first|second)|[12](?:st|nd))(?:{_S}|-)(?P<hw>(?i:half))){_WR}"
        rf")",
        quarter,
        "a quarter or half",
    )

    # -- years ------------------------------------------------------------------------
    def fiscal(c: Captures) -> TimeSpec:
        y = _year_value(c["y"] or "")
        if c["y2"]:
            second = _year_value(c["y2"])
            if second != y + 1:
                raise Reject
            y = second
        start_month = _month_number(c["em"]) % 12 + 1 if c["em"] else None
        if c["y2"] and start_month is None:
            return SplitYear(y - 1)
        return FiscalYear(y, start_month)

    fiscal_p = _leaf(
        rf"(?:(?P<y>{_WL}{_YEAR4}){_S}(?i:fiscal|financial){_S}(?i:year){_WR}"
        rf"|(?i:{_WL}(?:fiscal|financial)(?:{_S}year)?){_S}(?P<y>{_YEAR4}|['\u2019]?\d\d)"
        rf"|(?i:{_WL}f/?y){_S0}[-'\u2019]?{_S0}(?P<y>{_YEAR4}|\d\d))(?![\p{{N}}])"
        rf"(?:{_S0}[/-]{_S0}(?P<y2>{_YEAR4}|\d\d)(?![\p{{N}}]))?"
        rf"(?:(?:{_S0},)?{_S}(?:(?i:which|that){_S})?(?i:ends|ended|end|ending)(?:{_S}(?i:on|in))?{_S}"
        rf"(?P<em>{month})(?:{_S0}{day})?)?",
        fiscal,
        "a fiscal year",
    )
    rel_fiscal_p = _leaf(
        rf"(?:(?i:the){_S})?(?P<r>{p.relative}){_S}(?i:fiscal|financial){_S}(?i:year){_WR}",
        lambda c: FiscalYear(None, None, _rel_offset(c["r"] or "this")),
        "a fiscal year relative to now",
    )
    calendar_p = _leaf(
        rf"(?i:{_WL}(?:(?:calendar|cy)(?:{_S0}year)?|full(?:-|{_S})year|full|(?:the{_S})?year(?:{_S}of)?)){_S0}"
        rf"(?P<y>{_YEAR4}|(?<=(?i:cy)\s{{0,3}})\d\d)(?![\p{{N}}])(?![-/.]\d)",
        lambda c: _year_interval(_year_value(c["y"] or "")),
        "a calendar year",
    )

    def split_year(c: Captures) -> TimeSpec:
        first = int(c["y"] or "0")
        second = c["y2"] or ""
        value = int(second) if len(second) == 4 else (first // 100) * 100 + int(second)
        if value != first + 1:
            raise Reject
        return SplitYear(first)

    split_year_p = _leaf(
        rf"(?<![\p{{N}}\p{{L}}])(?<!\p{{N}}[-/.,:])(?P<y>{_YEAR4})(?:/|{_DASH})(?P<y2>\d\d(?:\d\d)?)"
        rf"(?![\p{{N}}])(?![-/.]\p{{N}})",
        split_year,
        "a split year",
    )

    def decade(c: Captures) -> TimeSpec:
        if c["dw"]:
            start = int(_value("decade", c["dw"]).value)
            return Fixed(dt.date(start, 1, 1), dt.date(start + 10, 1, 1))
        if c["cn"]:
            n = _ordinal(c["cn"])
            if not 1 <= n <= 30:
                raise Reject
            return Fixed(dt.date(max(1, (n - 1) * 100), 1, 1), dt.date(n * 100, 1, 1))
        digits = c["dd"] or ""
        year = int(digits) if len(digits) == 4 else 1900 + int(digits)
        return Fixed(dt.date(year, 1, 1), dt.date(year + 10, 1, 1))

    decade_p = _leaf(
        rf"(?:(?i:the){_S})?"
        rf"(?:(?<![\p{{N}}])['\u2019]?(?P<dd>1[5-9]\d0|20\d0|(?<=['\u2019]|(?i:the|early|mid|late)[\s-]{{1,3}})[1-9]0)['\u2019]?s{_WR}"
        rf"|(?P<dw>{_trie([w.form for w in _words('decade')])})"
        rf"|(?P<cn>{_WL}\d{{1,2}}(?:st|nd|rd|th)|{p.ordinal}){_S}(?i:century){_WR})",
        decade,
        "a decade or century",
    )

    def week_of_year(c: Captures) -> TimeSpec:
        week = int(c["w"] or "0")
        if not 1 <= week <= 53:
            raise Reject
        if c["y"]:
            return WeekOfYear(week, int(c["y"]))
        return WeekOfYear(week, None, _year_rel(c["yr"]) or 0)

    week_p = _leaf(
        rf"(?:(?i:the){_S})?(?i:{_WL}week){_S}(?P<w>\d{{1,2}})(?![\p{{N}}])(?![:.,]\d)"
        rf"(?:{_S}(?i:of){_S}(?:(?P<y>{_YEAR4})|(?P<yr>{rel_year})))?",
        week_of_year,
        "a week of a year",
    )

    def year_bare(c: Captures) -> TimeSpec:
        year = int(c["y"] or "0")
        if not _year_context_ok(c.string, c.start, c.end, year):
            raise Reject
        return _year_interval(year)

    year_guard_before = r"(?<![\p{L}\p{N}\p{Sc}#])(?<!\p{N}[-/.,:])(?<!\p{L}-)(?<!\p{Sc}\s)"
    year_bare_p = _leaf(
        rf"{year_guard_before}(?P<y>{_YEAR4})(?![\p{{L}}\p{{N}}])(?![-/.:,]\p{{N}})(?!{_S0}(?:%|\p{{Sc}}))",
        year_bare,
        "a year",
    )
    year_start = _leaf(  # a year before a range dash
        rf"{year_guard_before}(?P<y>{_YEAR4})(?![\p{{L}}\p{{N}}])",
        year_bare,
        "a year",
    )
    year_after = _leaf(  # a year after "mid-", "end-", "the first quarter of"
        rf"(?<![\p{{N}}])(?P<y>{_YEAR4})(?![\p{{L}}\p{{N}}])(?![-/.:,]\p{{N}})",
        lambda c: _year_interval(int(c["y"] or "0")),
        "a year",
    )
    year_words_p = _leaf(
        rf"(?P<y>{p.year_words})",
        lambda c: _year_interval(_year_value(c["y"] or "")),
        "a year in words",
    )

    # -- relative to the reference date --------------------------------------------------------
    def rel_unit(c: Captures) -> TimeSpec:
        u = _unit_of(c["u"] or "")
        if c["after"]:
            return RelUnit(u, 2 if _key(c["after"]).startswith("after") else -2)
        key = _key(c["r"] or "")
        word = _lookup("relative").get(key)
        if word is None:
            raise Reject
        the = bool(c["the"])
        if word.flags == "anaphoric" and the:
            return Anaphoric("date" if u == "day" else "period")
        if word.flags == "rolling" and the and u not in ("weekend", "half"):
            return Rolling(_UNIT_DURATIONS[u], -1)
        offset = -1 if word.flags == "recent" else {"past": -1, "this": 0, "next": 1}[word.value]
        if key == "this coming":
            offset = 1
        if u == "weekend":
            return Weekend(offset)
        return RelUnit(u, offset)

    rel_unit_p = _leaf(
        rf"(?:(?i:over|in|during|for|within|throughout){_S}(?=(?i:the){_S}{p.relative}))?"
        rf"(?:(?P<the>(?i:the)){_S})?(?:"
        rf"(?P<r>{p.relative}){_S}(?P<u>(?i:day|week|month|quarter|year|decade|century|weekend|week-end|half)){_WR}(?!-)"
        rf"(?!{_S0}[-,]?{_S0}(?:(?i:on){_S})?{p.weekday})"
        rf"(?!{_S}(?i:of){_S}(?:\d|(?i:the|this|next|last|fiscal|calendar){_WR}|{month}))"
        rf"|(?P<u>(?i:week|month|year|day))(?P<after>{_S}(?i:after{_S}next|before{_S}last)){_WR})",
        rel_unit,
        "a unit relative to now",
    )

    def the_unit(c: Captures) -> TimeSpec:
        u = _key(c["u"] or "")
        if u == "hour":
            return DurationSpec(_UNIT_DURATIONS["hour"])
        return RelUnit(u, 0)

    the_unit_p = _leaf(
        rf"(?<!(?i:of){_S})(?i:{_WL}the){_S}(?P<u>(?i:month|week|day|hour)){_WR}"
        rf"(?!{_S}(?i:of|before|after|ended|ending|to|earlier|ago|later|that|when|in|on|preceding"
        rf"|following|prior|starting|beginning|which|where|during|before|since|from)(?![\p{{L}}]))(?!-)",
        the_unit,
        "the current unit",
    )
    dayword_p = _leaf(
        _trie([w.form for w in _words("dayword")]),
        lambda c: DayOffset(int(_value("dayword", c.text).value)),
        "a day word",
    )
    now_p = _leaf(
        rf"(?i:{_WL}(?:now|the{_S}present|present|current{_S}date|the{_S}current{_S}date|today)){_WR}",
        lambda c: DayOffset(0),
        "now",
    )
    todate_p = _leaf(
        rf"(?:(?i:the){_S})?(?P<t>{_trie([w.form for w in _words('todate')])})",
        lambda c: ToDate(_value("todate", c["t"] or "").value),
        "a to-date period",
    )
    rest_p = _leaf(
        rf"(?:(?i:the){_S})?(?i:rest|remainder|remaining|balance){_S}(?i:of){_S}"
        rf"(?:(?i:the|this|my|current|the{_S}current){_S})?(?P<u>(?i:week|month|quarter|year|day)){_WR}",
        lambda c: RestOf(_key(c["u"] or "")),
        "the rest of a unit",
    )

    def weekday(c: Captures) -> TimeSpec:
        wd = int(_value("weekday", (c["w"] or "").rstrip(".")).value)
        r = _key(c["r"] or "")
        if c["wr"]:
            return Weekday(wd, _rel_offset(c["wr"].split()[-2] if len(c["wr"].split()) > 1 else "this"))
        if r in ("this", "current"):
            return Weekday(wd, 0)
        if r in ("this upcoming", "this coming", "coming", "upcoming"):
            return Weekday(wd, None, "future")
        if r in ("next", "following"):
            return Weekday(wd, 1)
        if r in ("last", "past", "previous"):
            return Weekday(wd, -1)
        return Weekday(wd, None, _bias_at(c.string, c.start))

    week_rel = (
        rf"(?P<wr>(?i:(?:the{_S})?(?:next|last|previous|following|this|coming|current|prior)){_S}(?i:week))"
    )
    weekday_p = _leaf(
        rf"(?:(?P<r>(?i:this{_S}upcoming|this{_S}coming|this|next|last|past|previous|coming|upcoming|following)){_S}"
        rf"(?P<w>{p.weekday}){_WR}"
        rf"|{week_rel}(?:{_S0}[-,]{_S0}|{_S}(?i:on){_S}|{_S})(?P<w>{p.weekday}){_WR}"
        rf"|(?P<w>{p.weekday})(?:{_S}(?i:of))?{_S}{week_rel}{_WR}"
        rf"|(?P<w>{p.weekday}){_WR}(?!{_S0}(?:,{_S0})?(?:\d|{month})))",
        weekday,
        "a day of the week",
    )
    weekday_day_p = _leaf(
        rf"(?P<w>{p.weekday})(?:{_S0},)?(?:{_S}(?i:the))?{_S}(?P<d>{day}|{p.number_words})"
        rf"(?!{_S0}(?:{month}|\d)){_NOT_QUANTITY}",
        lambda c: Day(_day_number(c["d"] or "")),
        "a weekday and day",
    )

    def holiday(c: Captures) -> TimeSpec:
        rule = _holidays().get(_holiday_key(c["h"] or ""))
        if rule is None:
            raise Reject
        bias = {"last": "last", "past": "last", "previous": "last", "next": "next",
                "following": "next", "coming": "next", "upcoming": "next",
                "this": "this"}.get(_key(c["r"] or ""), "nearest")
        if c["y"]:
            return Holiday(rule, int(c["y"]))
        if c["yr"]:
            return Holiday(rule, None, _year_rel(c["yr"]))
        return Holiday(rule, None, None, bias)

    holiday_p = _leaf(
        rf"(?:(?P<r>(?i:last|past|previous|next|following|coming|upcoming|this)){_S})?"
        rf"(?P<h>{p.holiday})(?:{_S}(?:(?i:of){_S})?(?:(?P<y>{_YEAR4}){_WR}|(?P<yr>{rel_year})))?",
        holiday,
        "a holiday",
    )

    # -- pointing back --------------------------------------------------------------------
    def anaphoric(c: Captures) -> TimeSpec:
        if c["a"]:
            kind = _value("anaphoric", c["a"]).value
            return Anaphoric("date" if kind == "date" else "period")
        return Anaphoric("period")

    after_anaphor = (
        rf"(?:{_S}(?:(?i:of|in){_S})?(?:{_YEAR4}{_WR}|(?i:(?:a|one){_S}year{_S}(?:ago|earlier|before)"
        rf"|(?:last|the{_S}previous|the{_S}prior|previous|prior){_S}year){_WR}))?"
    )
    anaphoric_p = _leaf(
        rf"(?:(?P<a>{_trie([w.form for w in _words('anaphoric')])}){after_anaphor}"
        rf"|(?:(?i:the){_S})?(?i:(?:year|quarter|month|week)[-\s](?:earlier|ago|before)|prior[-\s]year"
        rf"|previous[-\s]year){_S}(?i:period|quarter|month|year|half|week)s?{_WR})",
        anaphoric,
        "a time named by another",
    )

    # -- edges and parts -------------------------------------------------------------------------
    the_year = _leaf(
        rf"(?i:the){_S}(?P<u>(?i:year|quarter|month|week)){_WR}",
        lambda c: RelUnit(_key(c["u"] or ""), 0),
        "the current unit",
    )
    base_point: Parser[TimeSpec] = alt(
        quarter_p, month_year_p, decade_p, split_year_p, fiscal_p, calendar_p, rel_fiscal_p,
        rel_unit_p, the_year, year_after, month_any,
    )
    edge_word = regex_parser(
        rf"(?:(?i:the){_S})?(?P<w>(?i:end|beginning|start|middle|close)){_S}(?i:of){_S}"
        rf"|(?:(?i:the){_S})?(?P<w>(?i:{_WL}(?:early|mid|late)))(?:-|{_S})(?:(?i:in){_S})?"
        rf"|(?P<w>(?i:{_WL}(?:end|start)))-",
        captures=lambda c: _EDGES[(c["w"] or "").lower()],
        description="an edge of a period",
    )
    edge_p = seq(edge_word, base_point).combine(Edge)
    year_end = _leaf(
        rf"(?i:{_WL}(?:the{_S})?(?P<w>year-?end|mid-?year)){_WR}(?:{_S}(?P<y>{_YEAR4}){_WR})?",
        lambda c: Edge(
            "end" if (c["w"] or "").lower().startswith("year") else "mid",
            _year_interval(int(c["y"])) if c["y"] else RelUnit("year", 0)),
        "the end or middle of a year",
    )
    week_of = seq(
        rx(rf"(?:(?i:the){_S})?(?i:{_WL}week){_S}(?i:of){_S}"), alt(dated, dayword_p),
    ).combine(lambda _, d: Part(1, "week", d, nth=True, within=False))

    def part_head_build(c: Captures) -> tuple[bool, int, str, bool]:
        u = _unit_of(c["u"] or "")
        if u not in ("day", "week", "month", "quarter", "year"):
            raise Reject
        if c["o"]:
            return (False, _ordinal(c["o"]), u, True)
        n = _read_count(c["n"]) if c["n"] else Decimal(1)
        if n != n.to_integral_value() or n < 1:
            raise Reject
        return (_key(c["fl"] or "") in ("last", "final"), int(n), u, False)

    part_head = regex_parser(
        rf"(?:(?i:the){_S})?(?:(?P<fl>(?i:first|last|final)){_S}(?:(?P<n>{count}){_S})?(?=(?P<u1>{p.unit_word}){_S}(?i:of){_S})"
        rf"|(?P<o>{_WL}\d{{1,2}}(?:st|nd|rd|th)|{p.ordinal}){_S})(?P<u>{p.unit_word}){_S}(?i:of){_S}",
        captures=part_head_build,
        description="a part of a period",
    )
    part_p = seq(part_head, base_point).combine(
        lambda head, base: Part(head[1], head[2], base, head[0], head[3]))

    def season(c: Captures) -> TimeSpec:
        word = _value("season", c["s"] or "")
        month_no = int(word.value)
        r = _key(c["r"] or "")
        if c["y"]:
            year = _year_value(c["y"])
            return Season(month_no, year)
        if word.flags == "verb" and r in ("", "the"):
            raise Reject  # "prices fall", "the fall in prices"
        if r in ("this", "current"):
            return Season(month_no, year_offset=0)
        if r in ("next", "coming", "upcoming", "following"):
            return Season(month_no, bias="next")
        if r in ("last", "past", "previous", "prior"):
            return Season(month_no, bias="last")
        return Season(month_no, bias=_bias_at(c.string, c.start))

    season_p = _leaf(
        rf"(?:(?P<r>(?i:this|next|last|past|previous|prior|coming|upcoming|following|current|the)){_S})?"
        rf"(?P<s>{_trie([w.form for w in _words('season')])})"
        rf"(?:{_S}(?:(?i:of){_S})?(?P<y>{_WL}{_YEAR4}){_WR})?",
        season,
        "a season",
    )
    nth_head = regex_parser(
        rf"(?:(?i:the){_S})?(?P<n>(?i:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)){_S}"
        rf"(?P<w>{p.weekday}){_S}(?i:of|in){_S}",
        captures=lambda c: (-1 if (c["n"] or "").lower() == "last" else _ordinal(c["n"] or ""),
                            int(_value("weekday", c["w"] or "").value)),
        description="the n-th weekday of",
    )
    nth_weekday_p = seq(nth_head, alt(month_year_p, rel_unit_p, month_any)).combine(
        lambda head, base: NthWeekday(head[0], head[1], base))
    def month_day(c: Captures) -> TimeSpec:
        m, d = int(c["m"] or "0"), int(c["d"] or "0")
        if m < d and d in (2, 4, 8, 16, 32, 64):
            raise Reject  # "3/4", "7/16": a fraction
        _valid_day(2000, m, d)
        bias = {"next": "next", "coming": "next", "last": "last"}.get(_key(c["r"] or ""), "ref")
        return Day(d, m, bias=bias)

    month_day_p = _leaf(
        rf"(?:(?P<r>(?i:next|this|last|coming)){_S})?(?<![\p{{N}}.,/\-])"
        rf"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\p{{N}}/]|[.,]\d){_NOT_QUANTITY}"
        rf"(?!{_S0}(?:{unit}|(?i:of|inch|inches|mile|miles|point|points|share|shares)(?![\p{{L}}])))",
        month_day,
        "a month and day",
    )
    on_the_day = _leaf(
        rf"(?i:on){_S}(?i:the){_S}(?P<d>(?<![\p{{N}}])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
        rf"(?!{_S}(?i:of|century|floor|day|week|month|year|time|anniversary|place|largest|biggest))",
        lambda c: Day(_day_number(c["d"] or "")),
        "a day of this month",
    )

    weekend_word = rf"(?i:week-?end)(?:s)?{_WR}"
    holiday_weekend = alt(
        seq(holiday_p, rx(rf"{_S}{weekend_word}"), opt(regex_parser(
            rf"{_S}(?P<y>{_YEAR4}){_WR}", captures=lambda c: int(c["y"] or "0")))).combine(
            lambda h, _, y: HolidayWeekend(
                replace(h, year=y) if y and isinstance(h, Holiday) and h.year is None else h)),
        seq(rx(rf"(?:(?i:the){_S})?{weekend_word}{_S}(?i:of|after|before){_S}"), holiday_p).combine(
            lambda _, h: HolidayWeekend(h)),
    )

    # -- the points a range or an anchor may join -----------------------------------------------
    weekend_p = _leaf(
        rf"(?:(?i:the){_S})?(?i:{_WL}week-?end){_WR}",
        lambda c: Weekend(0),
        "the weekend",
    )
    point: Parser[TimeSpec] = alt(
        holiday_p, nth_weekday_p, season_p, dated, day_rel_month, part_p, edge_p, year_end,
        quarter_p, decade_p, month_year_p, split_year_p, fiscal_p, calendar_p, rel_fiscal_p,
        week_p, weekday_day_p, weekday_p, rel_unit_p, month_rel_p, dayword_p, the_unit_p,
        weekend_p, year_bare_p, month_bare_p,
    )
    day_only = _leaf(
        rf"(?:(?i:the){_S})?(?P<d>(?<![\p{{N}}.,/])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?{_WR}(?![.,:/]\d)"
        rf"|{p.ordinal})",
        lambda c: Day(_day_number(c["d"] or ""), loose=True),
        "a day of the month",
    )
    first_end: Parser[TimeSpec] = alt(
        holiday_p, dated, day_rel_month, edge_p, quarter_p, month_year_p, fiscal_p, calendar_p,
        week_p, weekday_day_p, weekday_p, rel_unit_p, month_rel_p, now_p, dayword_p, year_start,
        month_any, day_only,
    )
    year_end_of_range = _leaf(
        rf"(?<![\p{{N}}\p{{L}}])(?P<y>{_YEAR4})(?![\p{{L}}\p{{N}}])(?![-/.:,]\p{{N}})(?!{_S0}(?:%|\p{{Sc}}))",
        year_bare,
        "a year",
    )
    # "from March to date": the end of the range is the reference day
    to_date_end = _leaf(rf"(?i:{_WL}date){_WR}", lambda c: DayOffset(0), "date")
    last_end: Parser[TimeSpec] = alt(
        holiday_p, dated, day_rel_month, edge_p, quarter_p, month_year_p, fiscal_p, calendar_p,
        week_p, weekday_day_p, weekday_p, rel_unit_p, month_rel_p, now_p, dayword_p,
        year_end_of_range, month_any, year_words_p, to_date_end, day_only,
    )
    conn = rx(rf"(?:{_S0}{_DASH}{_S0}|{_S}(?i:to|till|til|until|through|thru|and{_S}through){_S})")
    between_conn = rx(rf"(?:{_S}(?i:and){_S}|{_S0}{_DASH}{_S0})")
    range_core = alt(
        seq(rx(rf"(?i:{_WL}between){_S}"), first_end, between_conn, last_end).combine(
            lambda _, a, __, b: _make_range(a, b)),
        seq(first_end, conn, last_end).combine(_dash_range),
    )
    range_p = alt(
        seq(
            rx(rf"(?i:the){_S}"), range_core,
            rx(rf"{_S}(?i:period|months|quarters?|halves|half|season){_WR}"),
        ).combine(lambda _, r, __: r),
        range_core,
    )

    # -- anchored at the reference date -----------------------------------------------------------
    since_p = seq(rx(rf"(?i:{_WL}(?:ever{_S})?since){_S}"), point).combine(lambda _, b: Since(b))
    until_p = seq(
        rx(rf"(?i:{_WL}(?:until|till|through|thru|by|up{_S}to|up{_S}until)){_S}"),
        alt(quarter_p, month_year_p, fiscal_p, calendar_p, rel_fiscal_p, rel_unit_p, year_bare_p, dated),
        rx(r"(?!['\u2019]s(?![\p{L}]))"),
    ).combine(lambda _, b, __: Until(b))
    as_of_p = seq(rx(rf"(?i:{_WL}as{_S}(?:of|at)){_S}"), alt(dated, edge_p, year_end)).combine(
        lambda _, b: b)
    span_head = regex_parser(
        rf"(?:(?i:the){_S})?(?:(?P<n>{count})(?:{_S}|-)|(?:{p.ordinal}|{_WL}[1-4](?:st|nd|rd|th))(?:{_S}|-)(?=(?i:quarter|half)))?"
        rf"(?:(?i:fiscal|financial){_S})?(?P<u>(?i:half-year|half{_S}year|half|fiscal{_S}year"
        rf"|financial{_S}year|years?|yrs?|quarters?|qtrs?|months?|mths?|weeks?|wks?|days?)){_S}"
        rf"(?i:ended|ending|to|through|thru|that{_S}ended|which{_S}ended){_S}(?:(?i:on){_S})?",
        captures=lambda c: _span_length(c["n"], c["u"] or ""),
        description="a period length",
    )
    ending_p = seq(span_head, alt(dated, month_year_p, edge_p, month_any)).combine(Ending)

    # -- offsets and rolling windows -------------------------------------------------------------
    base_day = alt(dayword_p, now_p, dated, holiday_p, weekday_p)
    ago_p = seq(dur, rx(rf"{_S}(?i:ago){_WR}")).combine(lambda d, _: Shifted(d, -1))
    from_p = seq(dur, rx(rf"{_S}(?i:from|after){_S}"), base_day).combine(lambda d, _, b: Shifted(d, 1, b))
    before_p = seq(
        dur, rx(rf"{_S}(?i:before|prior{_S}to|earlier{_S}than){_S}"), base_day,
    ).combine(lambda d, _, b: Shifted(d, -1, b))
    later_p = seq(
        dur, rx(rf"{_S}(?i:earlier|later|before|after|previously){_WR}(?!{_S0}[\p{{N}}])"),
    ).combine(lambda d, _: Anaphoric("date"))
    in_p = seq(
        rx(rf"(?i:{_WL}in){_S}(?!(?i:the){_S})"), dur,
        rx(rf"(?:(?:['\u2019]s)?{_S}(?i:time){_WR})?"),
    ).combine(lambda _, d, __: Shifted(d, 1))
    for_from_p = seq(
        rx(rf"(?i:{_WL}(?:for|within)){_S}"), dur,
        rx(rf"(?:{_S0},)?{_S}(?i:from|starting(?:{_S}(?:from|on))?|beginning(?:{_S}(?:from|on))?){_S}"),
        base_day,
    ).combine(lambda _, d, __, b: Stretch(d, b))
    starting_p = seq(
        dur, rx(rf"{_S}(?i:starting|beginning)(?:{_S}(?i:from|on))?{_S}"), base_day,
    ).combine(lambda d, _, b: Stretch(d, b))
    within_p = seq(
        rx(rf"(?i:{_WL}within){_S}(?:(?i:the){_S})?(?:(?i:next|coming|upcoming|following){_S})?"), dur,
    ).combine(lambda _, d: Stretch(d))
    rel_words = (
        rf"(?P<r>(?i:last|past|previous|prior|preceding|trailing|next|coming|upcoming|following"
        rf"|this{_S}coming))"
    )
    roll_head = regex_parser(
        rf"(?:(?i:over|in|during|for|within|throughout){_S}(?=(?i:the){_S}))?"
        rf"(?:(?i:the){_S})?{rel_words}{_S}",
        captures=lambda c: c["r"] or "",
        description="last or next",
    )
    roll_p = seq(roll_head, dur.spanned()).combine(
        lambda r, m: _rolling(r, m.value, *_counted_unit(m.text)))
    roll_after = regex_parser(
        rf"(?:(?i:the){_S})?(?P<n>(?<![\p{{N}}.,])\d{{1,2}}(?![\p{{N}}.,])|{p.number_words}|(?i:a{_S})?(?i:couple))"
        rf"{_S}(?P<r>(?i:past|previous|prior|preceding|coming|upcoming|following)){_S}(?P<u>{p.unit_word})",
        captures=_rolling_after,
        description="a count of past or coming units",
    )
    future_p = seq(dur, rx(rf"{_S}(?i:in{_S}the{_S}future){_WR}")).combine(lambda d, _: Rolling(d, 1))
    ltm = _leaf(
        rf"(?i:{_WL}(?:ltm|ttm|(?:the{_S})?(?:last|trailing|past){_S}(?:twelve|12)(?:-|{_S})months?)){_WR}",
        lambda c: Rolling(Duration(months=Decimal(12)), -1),
        "the last twelve months",
    )

    # Trying every production at every place would be slow, so each place
    # first dispatches on its first token, in a two-level tree of branches.
    # A branch holds, in order of preference (PEG: the first that matches
    # wins), every production that can begin with its tokens; branches are
    # exclusive (a token opens the first branch whose pattern it matches), so
    # a place is read by one branch only. Ranges are tried first, only where
    # a connector follows soon.
    dur_spec = standalone.map(DurationSpec)
    after_dur = (ago_p, from_p, before_p, starting_p, future_p, later_p)
    words = _dispatch_words()
    letters = _dispatch((
        (p.ordinal, (nth_weekday_p, dated, day_rel_month, part_p, quarter_p, decade_p)),
        (words["unit"], (
            anaphoric_p, ending_p, todate_p, year_end, calendar_p, week_of, week_p, rel_unit_p,
            holiday_weekend, weekend_p, dur_spec)),
        (words["count"], (anaphoric_p, ending_p, roll_after, *after_dur, dur_spec)),
        (p.weekday_any, (dated, weekday_day_p, weekday_p)),
        (words["dayword"], (dayword_p,)),
        (rf"(?i:between){_WR}", (range_p,)),
        (rf"(?i:since|ever){_WR}", (since_p,)),
        (rf"(?i:until|till|thru|through|by|up){_WR}", (until_p,)),
        (rf"(?i:as){_WR}", (as_of_p,)),
        (rf"(?i:for|within){_WR}", (for_from_p, within_p, ltm, roll_p, rel_unit_p)),
        (rf"(?i:in){_WR}", (in_p, ltm, roll_p, rel_unit_p)),
        (rf"(?i:over|during|throughout){_WR}", (ltm, roll_p, rel_unit_p)),
        (words["fiscal"], (ending_p, todate_p, quarter_p, fiscal_p, calendar_p, dur_spec)),
        (words["edge"], (edge_p, year_end, rest_p, todate_p, part_p)),
        (words["whole"], (dur_spec,)),
        (r"(?:[Qq][1-4]|H[12])(?![\p{L}])", (quarter_p,)),
        (words["abbr"], (todate_p, ltm, dur_spec)),
        (words["decade"], (decade_p,)),
        (words["holiday"], (holiday_weekend, holiday_p)),
        (words["season"], (season_p,)),
        (rf"(?i:on){_WR}", (on_the_day,)),
        ("", (
            anaphoric_p, ending_p, ltm, roll_after, todate_p, rest_p, *after_dur, holiday_p,
            dated, day_rel_month, part_p, edge_p, year_end, quarter_p, decade_p, fiscal_p,
            calendar_p, week_p, rel_unit_p, dayword_p, weekend_p, dur_spec)),
    ))
    digits = _dispatch((
        (r"(?:1[5-9]|2[0-2])\d\d(?!\d)", (
            dated, quarter_p, fiscal_p, month_year_p, split_year_p, decade_p, year_bare_p)),
        ("", (
            ending_p, roll_after, *after_dur, dated, day_rel_month, part_p, quarter_p, decade_p,
            month_year_p, dur_spec, month_day_p)),
    ))
    dispatch = _dispatch((
        (month, (dated, month_year_p, month_bare_p)),
        (r"[\d\u00bd\u00bc\u00be'\u2019]", (digits,)),
        (p.relative, (
            anaphoric_p, rel_unit_p, ltm, nth_weekday_p, part_p, roll_p, holiday_weekend,
            holiday_p, dated,
            rel_fiscal_p, weekday_p, month_rel_p, dayword_p, season_p, month_day_p)),
        (rf"(?i:the){_WR}", (
            dayword_p, anaphoric_p, ending_p, ltm, nth_weekday_p, part_p, roll_p, roll_after,
            todate_p, rest_p, dated, day_rel_month, edge_p, year_end, quarter_p, decade_p,
            calendar_p, rel_fiscal_p, week_of, week_p, weekday_p, rel_unit_p, season_p, the_unit_p,
            holiday_weekend, weekend_p)),
        (r"[\p{L}]", (letters,)),
    ))
    connector_ahead = rx(
        rf"(?=[^.;\n]{{0,60}}?(?:\s(?i:to|till|til|until|through|thru){_WR}|[\-\u2010-\u2015~]))"
    )
    spec: Parser[TimeSpec] = alt(
        seq(connector_ahead, range_p).combine(lambda _, v: v), dispatch.bind(_found))

    def full_date(value: TimeSpec) -> dt.date:
        if isinstance(value, Fixed) and value.kind == "date":
            return value.start
        raise Reject

    return _Grammar(
        spec.desc("a time expression"),
        alt(dur, whole, tenor, rate).desc("a duration"),
        dated.map(full_date).desc("a calendar date with its year"),
    )


_EDGES: Mapping[str, str] = {
    "end": "end", "close": "end", "beginning": "start", "start": "start",
    "middle": "mid", "early": "early", "mid": "mid", "late": "late",
}


def _dur_part(c: Captures) -> Duration:
    unit = _unit_of(c["u"] or "")
    if unit == "quarter" and _re(r"\s{1,3}of\s{1,3}(?:an?|the|its|their|this)\b").match(c.string, c.end):
        raise Reject  # "a quarter of a century", "a quarter of the market"
    return _UNIT_DURATIONS[unit].scaled(_read_count(c["n"] or ""))


_ORDER = ("years", "months", "weeks", "days", "hours", "minutes", "seconds")


def _units(d: Duration) -> list[int]:
    return [i for i, name in enumerate(_ORDER) if getattr(d, name)]


def _compound(value: tuple[list[Match[Duration]], tuple[str, Decimal] | None],
              start: int, end: int) -> tuple[Duration, int]:
    """The sum of a duration's parts, and its tail ("an hour and a half", "3 hours twenty").

    Each part must be in units not used before ("2 years, 3 months", "5
    days 2 months"); the duration stops before a part that repeats one
    ("three years, a year earlier" is "three years"), and before a tail
    that does not fit.
    """
    parts, rest = value
    total = parts[0].value
    kept = 1
    for part in parts[1:]:
        if not _units(part.value) or set(_units(part.value)) & set(_units(total)):
            break
        total = total + part.value
        kept += 1
    last = parts[kept - 1]
    if kept < len(parts) or rest is None:
        return total, last.end
    kind, number = rest
    if kind == "half":
        return total + _one_of(last.value).scaled(Decimal("0.5")), end
    if number < 60:
        if last.value.hours and not last.value.minutes and not last.value.seconds:
            return total + Duration(minutes=number), end
        if last.value.minutes and not last.value.seconds and not last.value.hours:
            return total + Duration(seconds=number), end
    return total, last.end


def _quarter_hours(c: Captures) -> Duration:
    base = _read_count(c["n"]) if c["n"] else _ZERO
    k = {"a": 1, "one": 1, "two": 2, "three": 3, "": 1}[(c["k"] or "").lower()]
    return Duration(hours=base + Decimal(k) / 4)


def _one_of(dur: Duration) -> Duration:
    """One of the smallest unit in ``dur`` (for "an hour and a half")."""
    for name, u in (("seconds", "second"), ("minutes", "minute"), ("hours", "hour"),
                    ("days", "day"), ("weeks", "week"), ("months", "month"), ("years", "year")):
        if getattr(dur, name):
            return _UNIT_DURATIONS[u]
    raise Reject


def _span_length(n: str | None, unit: str) -> Duration:
    key = _key(unit)
    if key in ("fiscal year", "financial year"):
        base = _UNIT_DURATIONS["year"]
    elif key in ("half year", "half"):
        base = _UNIT_DURATIONS["half"]
    else:
        base = _UNIT_DURATIONS[_unit_of(key)]
    return base.scaled(_read_count(n) if n else Decimal(1))


def _counted_unit(text: str) -> tuple[str | None, int]:
    """The unit and count of a duration of whole quarters or halves ("2 quarters")."""
    m = _re(r"(?is)(.*?)[\s-]+(quarters?|qtrs?)\W*$").match(text)
    if m:
        try:
            n = _read_count(m.group(1))
        except Reject:
            return None, 0
        if n == n.to_integral_value():
            return "quarter", int(n)
    return None, 0


def _rolling(r: str, d: Duration, aligned: str | None, n: int) -> TimeSpec:
    word = _lookup("relative").get(_key(r))
    if word is None or (word.value == "this" and _key(r) != "this coming"):
        raise Reject
    direction = -1 if word.value == "past" else 1
    return Rolling(d, direction, aligned, n) if aligned else Rolling(d, direction)


def _rolling_after(c: Captures) -> TimeSpec:
    u = _unit_of(c["u"] or "")
    n = _read_count(c["n"] or "")
    aligned = "quarter" if u == "quarter" and n == n.to_integral_value() else None
    return _rolling(c["r"] or "", _UNIT_DURATIONS[u].scaled(n), aligned, int(n))


def _dash_range(first: TimeSpec, connector: str, last: TimeSpec) -> TimeSpec:
    """A range written with a connector; "2006-2007" is a split year (see :class:`SplitYear`)."""
    if (
        connector.strip() in ("-", "/", "\u2013", "\u2014")
        and isinstance(first, Fixed) and isinstance(last, Fixed)
        and (first.start.month, first.start.day, first.end.month) == (1, 1, 1)
        and first.end.year == first.start.year + 1 == last.start.year
        and last.end.year == last.start.year + 1
    ):
        return SplitYear(first.start.year)
    return _make_range(first, last)


def _make_range(first: TimeSpec, last: TimeSpec) -> TimeSpec:
    """A range, with what one end leaves unsaid taken from the other."""
    if isinstance(first, Day) and first.loose and isinstance(last, Day) and last.loose:
        raise Reject  # "15-20", "between 15 and 20": numbers, not days
    if isinstance(first, Day) and first.month is None:
        if isinstance(last, Fixed) and last.kind == "date":
            day = last.start
            if first.day > day.day:
                raise Reject
            return Range(_one_day(_valid_day(day.year, day.month, first.day)), last)
        if not isinstance(last, Day):
            raise Reject
        first = Day(first.day, last.month, last.year, last.year_offset, last.month_offset)
    elif isinstance(last, Day) and last.month is None:
        # "February 21 to 28": the second day is in the first one's month
        if isinstance(first, Day) and first.month is not None:
            last = Day(last.day, first.month, first.year, first.year_offset, first.month_offset)
        elif isinstance(first, Fixed) and first.kind == "date":
            day = first.start
            last = _one_day(_valid_day(day.year, day.month, last.day))
        elif not isinstance(first, (Day, Weekday)):
            raise Reject
    if isinstance(first, Weekday) and isinstance(last, Weekday) and first.week_offset is not None:
        last = Weekday(last.weekday, first.week_offset)
    return Range(first, last)


# -- public parsers ----------------------------------------------------------------------------


#: Words that never begin a time expression, though they occur inside one.
_NEVER_FIRST = (
    "of and or on at to after that ended ending later earlier from during over throughout per "
    "with than into upon which ago before is was were be period session"
)


@functools.cache
def _the_next() -> list[str]:
    """Words that may follow "the" at the start of a time expression."""
    words = {
        "same", "corresponding", "comparable", "end", "beginning", "start", "middle", "close",
        "early", "mid", "late",
        "rest", "remainder", "remaining", "balance", "first", "last", "final", "present",
        "current", "most", "latest", "fiscal", "financial", "calendar", "weekend", "week-end",
        "year-earlier", "year-ago", "prior-year", "previous-year", "quarter-earlier",
        "month-earlier", "week-earlier", "year-before",
    }
    for kind in ("relative", "ordinal", "unit", "month", "weekday", "decade", "todate"):
        for w in _words(kind):
            words.add(_key(w.form).split()[0])
    for w in _words("anaphoric"):
        parts = _key(w.form).split()
        if parts[0] == "the" and len(parts) > 1:
            words.add(parts[1])
    for name in _holidays():
        words.add(name.split()[0])
    words.update(w for w in _SMALL if w != "zero")
    return sorted(words)


def _filter() -> str:
    """Where a time expression may begin: a cheap check before the full grammar.

    It rejects starts at words that never begin one ("of", "on", "from")
    and, after "in", "for", "within", "a" and "the", words that cannot
    follow them in a time expression ("in the company", "the bank").
    """
    p = _pieces()
    count_start = rf"(?:[\d\u00bd\u00bc\u00be]|(?i:an?|couple|half|quarter|{trie_pattern([w for w in _SMALL if w != 'zero'])})(?![\p{{L}}]))"
    unit_any = rf"(?:{p.unit}|(?i:couple|half|quarter|few|full|whole)(?![\p{{L}}]))"
    return (
        r"(?:"
        rf"(?i:in){_S}(?!(?:1[5-9]|2[0-2])\d\d(?!\d)){count_start}"
        rf"|(?i:for|within){_S}(?:(?i:the){_S})?(?:(?i:next|coming|upcoming|following){_S})?{count_start}"
        rf"|(?i:over|in|during|for|within|throughout){_S}(?i:the){_S}{p.relative}"
        rf"|(?i:on){_S}(?i:the){_S}\d"
        rf"|(?i:the){_S}(?:[\d'\u2019]|{_trie(_the_next())})"
        rf"|(?i:an?){_S}{unit_any}"
        rf"|(?!(?i:in|for|within|the|an?|{'|'.join(_NEVER_FIRST.split())})(?![\p{{L}}]))[\p{{L}}\p{{N}}'\u2019\u00bd\u00bc\u00be]"
        r")(?s:.{0,80})"
    )


@functools.cache
def _time_spec_scanner() -> Parser[TimeSpec]:
    return anchored(_grammar().time_spec, _pieces().anchor, 48, _lead, _filter)


@functools.cache
def _time_window_parser() -> Parser[TimeWindow]:
    def build(m: Match[TimeSpec]) -> TimeWindow:
        return _window(m.value, m.start, m.end, m.text, _Ctx(None))

    inner = _grammar().time_spec.spanned().map(build)
    return anchored(inner, _pieces().anchor, 48, _lead)


@exact
def extract_time(
    text: str,
    ref_date: dt.date | None,
    *,
    fiscal_year_start: int = 1,
    timeout: float | None = None,
) -> list[TimeWindow]:
    """Every time expression in ``text``, resolved against ``ref_date``.

    Mentions do not overlap and come sorted by start. ``fiscal_year_start``
    is the month fiscal years start in (fiscal years are named by the year
    they end in). Never raises on a :class:`str`; a ``fiscal_year_start``
    outside 1..12 is a :class:`ValueError`. ``timeout`` bounds each
    underlying ``regex`` call, as in :meth:`finparse.core.Parser.finditer`.

    >>> import datetime as dt
    >>> [(w.text, w.date) for w in extract_time("New analysis from September 27", dt.date(2025, 9, 27))]
    [('September 27', datetime.date(2025, 9, 27))]
    >>> extract_time("x", None, fiscal_year_start=13)
    Traceback (most recent call last):
      ...
    ValueError: fiscal_year_start must be a month number from 1 to 12, got 13
    """
    check_fiscal_year_start(fiscal_year_start)
    text = _check_text(text)
    ctx = _Ctx(check_ref_date(ref_date), fiscal_year_start)
    found = _time_spec_scanner().finditer(text, timeout=timeout)
    return [_window(m.value, m.start, m.end, m.text, ctx) for m in found]


def __getattr__(name: str) -> Any:
    # The exported parsers are built on first use: importing this module
    # compiles no pattern and reads no table.
    if name == "time_window":
        value: Any = _time_window_parser()
    elif name == "time_spec":
        value = _time_spec_scanner()
    elif name == "duration":
        value = _grammar().duration
    elif name == "date":
        value = _grammar().date
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


if TYPE_CHECKING:
    #: Time expressions in running text, as :class:`TimeWindow` values
    #: resolved without a reference date (use :meth:`TimeWindow.resolve`).
    time_window: Parser[TimeWindow]
    #: Time expressions in running text, as symbolic :class:`TimeSpec` values.
    time_spec: Parser[TimeSpec]
    #: Durations ("three years", "2 years 3 months 9 days", "half an hour").
    duration: Parser[Duration]
    #: Calendar dates with a year ("Sept. 27, 2025", "2025-09-27", "14 March 2008").
    date: Parser[dt.date]
