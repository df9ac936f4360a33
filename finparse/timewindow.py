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
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

import regex
from dateutil.relativedelta import relativedelta

from finparse._exact import exact
from finparse._timecontext import voided
from finparse._timegrammar import grammar, lead
from finparse._timewords import (
    FRACTION_NEEDLES,
    SPELLED_NEEDLES,
    Needled,
    S,
    Sieved,
    alternatives,
    anchor_words,
    digit_anchor_sieve,
    forms_of,
    holidays,
    pieces,
    word_anchor_sieve,
    word_key,
    word_pattern,
    words_of,
)
from finparse._validate import check_fiscal_year_start, check_ref_date
from finparse.core import (
    AnchorScan,
    Match,
    Parser,
    anchored,
    check_text,
    shared_pattern,
)
from finparse.model import KindOptions
from finparse.timespec import (
    Anaphoric,
    Ctx,
    Duration,
    TimeSpec,
    WindowType,
    safe,
)
from finparse.vocabulary import number_words

if TYPE_CHECKING:
    import pint

__all__ = [
    "Duration",
    "TimeOptions",
    "TimeSpec",
    "TimeWindow",
    "WindowType",
    "date",
    "duration",
    "extract_time",
    "time_spec",
    "time_window",
    "time_windows",
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
        return _window(self.spec, self.start, self.end, self.text, Ctx(check_ref_date(ref_date), fiscal_year_start))

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


def _window(spec: TimeSpec, start: int, end: int, text: str, ctx: Ctx) -> TimeWindow:
    kind = spec.window_type()
    length = spec.length()
    found = safe(lambda: spec.interval(ctx))
    if kind == "date":
        day = None if found is None else found[0]
        return TimeWindow(text, start, end, kind, None, None, None, day, spec)
    if kind == "duration":
        return TimeWindow(text, start, end, kind, None if length is None else length.iso(), spec=spec)
    if found is None:
        return TimeWindow(text, start, end, kind, spec=spec)
    return TimeWindow(text, start, end, kind, None, found[0], found[1], None, spec)


# -- public parsers ----------------------------------------------------------------------------


@functools.cache
def _the_next() -> list[str]:
    """Words that may follow "the" at the start of a time expression.

    The ``afterthe`` and ``edge`` and ``rest`` words of ``data/time_words.tsv``,
    the first words of the phrases of other kinds, of holidays and numbers.
    """
    words = {*forms_of("afterthe"), *forms_of("edge"), *forms_of("rest")}
    for kind in ("relative", "ordinal", "unit", "month", "weekday", "decade", "todate"):
        for w in words_of(kind):
            words.add(word_key(w.form).split()[0])
    for w in words_of("anaphoric"):
        parts = word_key(w.form).split()
        if parts[0] == "the" and len(parts) > 1:
            words.add(parts[1])
    for name in holidays():
        words.add(name.split()[0])
    words.update(w for w in number_words() if w != "zero")
    return sorted(words)


def _filter_pattern() -> str:
    """The filter's pattern: the word after "the" is captured, not matched.

    The group is a run of letters, which :func:`_filter` looks up among
    the first letters of the words of :func:`_the_next` (a set of two
    hundred words builds in a fraction of the time that a pattern of them
    compiles in). It reads one letter more than the longest of them: a
    longer run is none of them.
    """
    p = pieces()
    run = max(len(word) for word in _the_next()) + 1
    count_start = rf"(?:[\d\u00bd\u00bc\u00be]|(?i:an?|couple|half|quarter|{word_pattern([w for w in number_words() if w != 'zero'], trie=False)})(?![\p{{L}}]))"
    unit_any = rf"(?:{p.unit}|(?i:couple|half|quarter|few|full|whole)(?![\p{{L}}]))"
    return (
        r"(?:"
        rf"(?:(?i:in){S}(?!(?:1[5-9]|2[0-2])\d\d(?!\d))"
        rf"|(?i:for|within){S}(?:(?i:the){S})?(?:(?i:next|coming|upcoming|following){S})?){count_start}"
        rf"|(?i:over|in|during|for|within|throughout){S}(?i:the){S}{p.relative}"
        rf"|(?i:on){S}(?i:the){S}\d"
        rf"|(?i:the){S}(?:[\d'\u2019]|([\p{{L}}\p{{M}}]{{1,{run}}}))"
        rf"|(?i:an?){S}{unit_any}"
        rf"|(?!(?i:in|for|within|the|an?|{alternatives('neverfirst')})(?![\p{{L}}]))[\p{{L}}\p{{N}}'\u2019\u00bd\u00bc\u00be]"
        r")"
    )


def _letters(word: str) -> str:
    """The letters ``word`` starts with (before a space, hyphen, period or apostrophe)."""
    for i, char in enumerate(word):
        if not char.isalpha():
            return word[:i]
    return word


def _filter() -> Callable[[str, int, float | None], bool]:
    """Where a time expression may begin: a cheap check before the full grammar.

    It rejects starts at words that never begin one (the ``neverfirst``
    words of ``data/time_words.tsv``: "of", "on", "from") and, after "in",
    "for", "within", "a" and "the", words that cannot follow them in a time
    expression ("in the company", "the bank").

    After "the", the run of letters that follows is looked up among the
    words of :func:`_the_next` (their letters up to a space, hyphen or
    period: "year" for "year-ago"); a run with a letter outside ASCII
    passes, as case folding could make it one of them. No other branch of
    the pattern starts at "the", so the test passes wherever the pattern
    with the words written in matches, and elsewhere only at such runs.

    >>> test = _filter()
    >>> [test(s, 0, None) for s in ("the past year", "the year-ago quarter", "the bank", "bank")]
    [True, True, False, True]
    """
    pattern = regex.compile(_filter_pattern())
    words = frozenset(_letters(word).lower() for word in _the_next())
    match = pattern.match

    def test(text: str, pos: int, timeout: float | None) -> bool:
        m = match(text, pos) if timeout is None else match(text, pos, timeout=timeout)
        if m is None:
            return False
        word: str | None = m.group(1)
        return word is None or not word.isascii() or word.lower() in words

    return test


@functools.cache
def _anchors() -> tuple[AnchorScan, ...]:
    """The four anchors of :func:`pieces` (their alternation, as before): the
    digit and word anchors scanned for through their sieves (see
    :class:`~finparse._timewords.Sieved`), the fraction and spelled-year
    anchors not scanned for in a text without their needles, nor compiled
    before one (see :class:`~finparse._timewords.Needled`). The same
    anchors, found in half the time; made once, for both scanners."""
    digits, words, fractions, spelled = pieces().anchor
    return (
        Sieved(shared_pattern(digits), digit_anchor_sieve(), back=1, ascii_only=True),
        Sieved(shared_pattern(words), word_anchor_sieve(*anchor_words())),
        Needled(fractions, FRACTION_NEEDLES),
        Needled(spelled, SPELLED_NEEDLES, lower=True),
    )


@functools.cache
def _time_spec_scanner() -> Parser[TimeSpec]:
    return anchored(grammar().time_spec, _anchors(), 48, lead, _filter)


@functools.cache
def _time_window_parser() -> Parser[TimeWindow]:
    def build(m: Match[TimeSpec]) -> TimeWindow:
        return _window(m.value, m.start, m.end, m.text, Ctx(None))

    inner = grammar().time_spec.spanned().map(build)
    return anchored(inner, _anchors(), 48, lead)


@dataclass(frozen=True, slots=True)
class TimeOptions(KindOptions):
    """Options of the time kind (immutable; see :class:`finparse.Extractor`).

    Attributes:
        fiscal_year_start: the month fiscal years start in, 1 to 12
            (fiscal years are named by the year they end in: with 10,
            "FY2024" is October 2023 to September 2024).

    >>> TimeOptions(fiscal_year_start=10)
    TimeOptions(fiscal_year_start=10)
    >>> TimeOptions(fiscal_year_start=0)
    Traceback (most recent call last):
      ...
    ValueError: fiscal_year_start must be a month number from 1 to 12, got 0
    """

    fiscal_year_start: int = 1

    def __post_init__(self) -> None:
        check_fiscal_year_start(self.fiscal_year_start)


@exact
def extract_time(
    text: str,
    ref_date: dt.date | None,
    *,
    options: TimeOptions | None = None,
    fiscal_year_start: int | None = None,
    timeout: float | None = None,
) -> list[TimeWindow]:
    """Every time expression in ``text``, resolved against ``ref_date``.

    Mentions do not overlap and come sorted by start. ``options`` are
    :class:`TimeOptions`; ``fiscal_year_start`` is a shorthand for
    ``options=TimeOptions(fiscal_year_start)`` (the month fiscal years start
    in; fiscal years are named by the year they end in). Never raises on a
    :class:`str`; a ``fiscal_year_start`` outside 1..12 is a
    :class:`ValueError`. ``timeout`` bounds each underlying ``regex`` call,
    as in :meth:`finparse.core.Parser.finditer`.

    >>> import datetime as dt
    >>> [(w.text, w.date) for w in extract_time("New analysis from September 27", dt.date(2025, 9, 27))]
    [('September 27', datetime.date(2025, 9, 27))]
    >>> [(w.text, w.start_date) for w in extract_time("FY2024 sales", None, fiscal_year_start=10)]
    [('FY2024', datetime.date(2023, 10, 1))]
    >>> extract_time("x", None, fiscal_year_start=13)
    Traceback (most recent call last):
      ...
    ValueError: fiscal_year_start must be a month number from 1 to 12, got 13
    """
    chosen = TimeOptions.of(options, fiscal_year_start=fiscal_year_start)
    return time_windows(check_text(text), check_ref_date(ref_date), chosen, timeout)


def time_windows(
    text: str, ref_date: dt.date | None, options: TimeOptions, timeout: float | None
) -> list[TimeWindow]:
    """:func:`extract_time` of arguments already checked (the kind registry's call).

    >>> [w.text for w in time_windows("in 2024", None, TimeOptions(), None)]
    ['2024']
    """
    ctx = Ctx(ref_date, options.fiscal_year_start)
    found = _time_spec_scanner().finditer(text, timeout=timeout)
    windows = [_window(m.value, m.start, m.end, m.text, ctx) for m in found]
    return [w for w in windows if not voided(text, w.start, w.end, w.type)]


def __getattr__(name: str) -> Any:
    # The exported parsers are built on first use: importing this module
    # compiles no pattern and reads no table.
    if name == "time_window":
        value: Any = _time_window_parser()
    elif name == "time_spec":
        value = _time_spec_scanner()
    elif name == "duration":
        value = grammar().duration
    elif name == "date":
        value = grammar().date
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
