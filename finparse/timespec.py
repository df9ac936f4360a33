"""Symbolic time windows and their resolution to dates.

A :class:`TimeSpec` is what a time expression means before a reference date
is known: "the month before the reference date", "the third quarter of
2025", "three years" (a :class:`Duration`). :meth:`TimeSpec.interval`
resolves it with python-dateutil to a half-open ``(start, end)`` pair of
dates. :mod:`finparse.timewindow` reads expressions into these specs and
wraps them in :class:`~finparse.timewindow.TimeWindow` mentions; the
conventions are on the documentation's time semantics page.

>>> import datetime as dt
>>> from finparse.timewindow import time_window
>>> w = time_window.parse("the most recent quarter").resolve(dt.date(2025, 9, 27))
>>> type(w.spec).__name__, w.start_date, w.end_date
('RelUnit', datetime.date(2025, 4, 1), datetime.date(2025, 7, 1))
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import reprlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

WindowType = Literal["duration", "period", "date"]
Interval = tuple[dt.date, dt.date]

DAY = dt.timedelta(days=1)


# -- durations ------------------------------------------------------------------------

ZERO = Decimal(0)


def _num(value: Decimal) -> str:
    """A Decimal in ISO 8601 style: no exponent, no trailing zeros."""
    text = format(value.normalize(), "f")
    return text


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time, in calendar units as written.

    Quarters are kept as months (3 each), decades and centuries as years,
    fortnights as weeks; ``business`` says that ``days`` are business days.

    >>> Duration(years=Decimal(3)).iso()
    'P3Y'
    >>> Duration(hours=Decimal("1.5")).iso()
    'PT1H30M'
    >>> Duration(years=Decimal("3.5")).iso()
    'P3Y6M'
    >>> Duration(days=Decimal("0.5")).iso()
    'PT12H'
    """

    years: Decimal = ZERO
    months: Decimal = ZERO
    weeks: Decimal = ZERO
    days: Decimal = ZERO
    hours: Decimal = ZERO
    minutes: Decimal = ZERO
    seconds: Decimal = ZERO
    business: bool = False

    def __add__(self, other: Duration) -> Duration:
        return Duration(
            self.years + other.years, self.months + other.months,
            self.weeks + other.weeks, self.days + other.days,
            self.hours + other.hours, self.minutes + other.minutes,
            self.seconds + other.seconds, self.business or other.business,
        )

    def scaled(self, factor: Decimal) -> Duration:
        """This duration times ``factor``."""
        return Duration(
            self.years * factor, self.months * factor, self.weeks * factor,
            self.days * factor, self.hours * factor, self.minutes * factor,
            self.seconds * factor, self.business,
        )

    def _normal(self) -> tuple[Decimal, ...]:
        y, mo, w, d, h, mi, s = (
            self.years, self.months, self.weeks, self.days,
            self.hours, self.minutes, self.seconds,
        )
        if w != w.to_integral_value() or (w and (y or mo or d or h or mi or s)):
            d += w * 7
            w = ZERO
        if y != y.to_integral_value() and (y * 12) == (y * 12).to_integral_value():
            whole = y.to_integral_value(rounding="ROUND_FLOOR")
            mo += (y - whole) * 12
            y = whole
        if mo != mo.to_integral_value() and not y:
            d += mo * 30  # "a month and a half": months of 30 days, as relativedelta()
            mo = ZERO
        # a fraction of a day, an hour or a minute goes to the next unit down
        if d != d.to_integral_value():
            whole = d.to_integral_value(rounding="ROUND_FLOOR")
            h += (d - whole) * 24
            d = whole
        if h != h.to_integral_value():
            whole = h.to_integral_value(rounding="ROUND_FLOOR")
            mi += (h - whole) * 60
            h = whole
        if mi != mi.to_integral_value():
            whole = mi.to_integral_value(rounding="ROUND_FLOOR")
            s += (mi - whole) * 60
            mi = whole
        return y, mo, w, d, h, mi, s

    def iso(self) -> str:
        """The ISO 8601 form (``P3Y``, ``P1M2D``, ``PT1H30M``)."""
        y, mo, w, d, h, mi, s = self._normal()
        date_part = "".join(
            f"{_num(v)}{k}" for v, k in ((y, "Y"), (mo, "M"), (w, "W"), (d, "D")) if v
        )
        time_part = "".join(f"{_num(v)}{k}" for v, k in ((h, "H"), (mi, "M"), (s, "S")) if v)
        if not date_part and not time_part:
            return "PT0S"
        return "P" + date_part + ("T" + time_part if time_part else "")

    def relativedelta(self) -> relativedelta:
        """This duration as a :class:`~dateutil.relativedelta.relativedelta`.

        Fractions of a year become months; a fraction of a month becomes
        days at 30 days a month (relativedelta has no fractional months).

        >>> Duration(years=Decimal("3.5")).relativedelta()
        relativedelta(years=+3, months=+6)
        """
        total_months = self.years * 12 + self.months
        months = int(total_months.to_integral_value(rounding="ROUND_FLOOR"))
        days = (total_months - months) * 30 + self.weeks * 7 + self.days
        seconds = (self.hours * 3600 + self.minutes * 60 + self.seconds)
        whole_days = int(days.to_integral_value(rounding="ROUND_FLOOR"))
        seconds += (days - whole_days) * 86400
        whole_seconds = int(seconds.to_integral_value(rounding="ROUND_FLOOR"))
        micro = int(((seconds - whole_seconds) * 1_000_000).to_integral_value())
        return relativedelta(
            years=months // 12, months=months % 12, days=whole_days,
            seconds=whole_seconds, microseconds=micro,
        ).normalized()

    @property
    def has_time(self) -> bool:
        """True when the duration has hours, minutes or seconds."""
        return bool(self.hours or self.minutes or self.seconds)


#: Each unit as a Duration of one.
UNIT_DURATIONS: Mapping[str, Duration] = {
    "second": Duration(seconds=Decimal(1)),
    "minute": Duration(minutes=Decimal(1)),
    "hour": Duration(hours=Decimal(1)),
    "day": Duration(days=Decimal(1)),
    "night": Duration(days=Decimal(1)),
    "businessday": Duration(days=Decimal(1), business=True),
    "week": Duration(weeks=Decimal(1)),
    "fortnight": Duration(weeks=Decimal(2)),
    "month": Duration(months=Decimal(1)),
    "quarter": Duration(months=Decimal(3)),
    "half": Duration(months=Decimal(6)),
    "year": Duration(years=Decimal(1)),
    "decade": Duration(years=Decimal(10)),
    "century": Duration(years=Decimal(100)),
}


def _add(day: dt.date, delta: relativedelta) -> dt.date:
    """``day + delta`` as a date (a time part is dropped)."""
    out = day + delta
    if isinstance(out, dt.datetime):
        return out.date()
    assert isinstance(out, dt.date)
    return out


def _shift(day: dt.date, dur: Duration, sign: int) -> dt.date:
    """``day`` moved by ``dur`` forwards (``sign`` 1) or backwards (-1)."""
    if dur.business:
        return _business_shift(day, int(dur.days + dur.weeks * 5), sign)
    delta = dur.relativedelta()
    return _add(day, delta if sign > 0 else -delta)


def _business_shift(day: dt.date, count: int, sign: int) -> dt.date:
    """The ``count``-th business day (Monday to Friday) after or before ``day``."""
    weeks, rest = divmod(count, 5)
    out = day + dt.timedelta(days=7 * weeks * sign)
    while out.weekday() >= 5:  # a weekend start counts from the nearest weekday
        out -= dt.timedelta(days=sign)
    while rest:
        out += dt.timedelta(days=sign)
        if out.weekday() < 5:
            rest -= 1
    return out


# -- calendar arithmetic -------------------------------------------------------------------

_MONTHS_IN: Mapping[str, int] = {
    "month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200,
}


def _unit_start(day: dt.date, unit: str) -> dt.date:
    """The first day of the calendar ``unit`` containing ``day`` (weeks start Monday)."""
    if unit == "day":
        return day
    if unit in ("week", "weekend"):
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if unit == "half":
        return dt.date(day.year, 1 if day.month <= 6 else 7, 1)
    if unit == "decade":
        return dt.date(day.year - day.year % 10, 1, 1)
    if unit == "century":
        return dt.date(day.year - day.year % 100, 1, 1)
    return dt.date(day.year, 1, 1)


def _unit_add(start: dt.date, unit: str, count: int) -> dt.date:
    """``start`` moved by ``count`` calendar units."""
    if unit == "day":
        return start + dt.timedelta(days=count)
    if unit in ("week", "weekend"):
        return start + dt.timedelta(days=7 * count)
    return _add(start, relativedelta(months=_MONTHS_IN[unit] * count))


def _unit_interval(day: dt.date, unit: str, offset: int = 0) -> Interval:
    """The calendar ``unit`` ``offset`` units after the one containing ``day``."""
    start = _unit_add(_unit_start(day, unit), unit, offset)
    return start, _unit_add(start, unit, 1)


def _fiscal_year(year: int, start_month: int) -> Interval:
    """Fiscal year ``year`` (named by the year it ends in)."""
    if start_month == 1:
        return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    return dt.date(year - 1, start_month, 1), dt.date(year, start_month, 1)


def _fiscal_year_of(day: dt.date, start_month: int) -> int:
    """The name of the fiscal year containing ``day``."""
    if start_month == 1:
        return day.year
    return day.year + 1 if day.month >= start_month else day.year


# -- symbolic windows ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ctx:
    """What resolution needs besides the expression."""

    ref: dt.date | None
    fys: int = 1


class TimeSpec:
    """A time expression as parsed: symbolic, not yet tied to dates.

    Subclasses say what kind of window they are and how to find their
    dates given a reference date; they are frozen and hashable.
    """

    __slots__ = ()

    # The subclasses are frozen dataclasses with ``repr=False, eq=False``:
    # their repr, equality and hash are these three, which do what the
    # generated ones would (generated for every class, they cost a third
    # of this module's import, which a process's first time call pays).
    @reprlib.recursive_repr("...")
    def __repr__(self) -> str:
        names = _fields(type(self))[0]
        inside = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__qualname__}({inside})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = _fields(type(self))[1]
        return tuple([getattr(self, n) for n in names]) == tuple([getattr(other, n) for n in names])

    def __hash__(self) -> int:
        return hash(tuple([getattr(self, n) for n in _fields(type(self))[2]]))

    # Immutable: each field is set once, by ``__init__``. (The subclasses
    # are dataclasses without ``frozen=True``: the ``__setattr__`` and
    # ``__delattr__`` it generates for every class would cost this module's
    # import half again.) Unpickling and copying set each field once too.
    # (hasattr, not a try of the attribute: a field not set yet is the usual
    # case, and an exception caught in Python costs every time.)
    def __setattr__(self, name: str, value: object) -> None:
        if hasattr(self, name):
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")

    def window_type(self) -> WindowType:
        """``"duration"``, ``"period"`` or ``"date"``."""
        return "period"

    def length(self) -> Duration | None:
        """The duration of a duration expression, else None."""
        return None

    def interval(self, ctx: Ctx) -> Interval | None:
        """``[start, end)`` for ``ctx``, or None when it cannot be known."""
        return None

    # Expressions that leave the year open ("January", "Q3") say where
    # they fall in a given year, for ranges and anchors to place them.
    @property
    def partial(self) -> bool:
        return False

    def occurrence(self, year: int, ctx: Ctx) -> Interval | None:
        return None

    def latest_not_after(self, limit: dt.date, ctx: Ctx) -> Interval | None:
        """The last occurrence starting on or before ``limit``."""
        for year in range(limit.year + 1, limit.year - 3, -1):
            found = self.occurrence(year, ctx)
            if found is not None and found[0] <= limit:
                return found
        return None

    def earliest_not_before(self, limit: dt.date, ctx: Ctx) -> Interval | None:
        """The first occurrence starting on or after ``limit``."""
        for year in range(limit.year - 1, limit.year + 3):
            found = self.occurrence(year, ctx)
            if found is not None and found[0] >= limit:
                return found
        return None


_FIELDS: dict[type, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}


def _fields(cls: type) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A spec class's fields in its repr, in its equality and in its hash."""
    names = _FIELDS.get(cls)
    if names is None:
        found = dataclasses.fields(cls)
        names = _FIELDS[cls] = (
            tuple(f.name for f in found if f.repr),
            tuple(f.name for f in found if f.compare),
            tuple(f.name for f in found if (f.compare if f.hash is None else f.hash)),
        )
    return names


def safe(fn: Callable[[], Interval | None]) -> Interval | None:
    """Run date arithmetic; dates out of range mean no dates."""
    try:
        found = fn()
    except (ValueError, OverflowError):
        return None
    if found is None or not found[0] < found[1]:
        return None
    return found


@dataclass(slots=True, repr=False, eq=False)
class DurationSpec(TimeSpec):
    """A length of time ("three years", "P1Y" for "year-on-year")."""

    dur: Duration

    def window_type(self) -> WindowType:
        return "duration"

    def length(self) -> Duration | None:
        return self.dur


@dataclass(slots=True, repr=False, eq=False)
class Fixed(TimeSpec):
    """A window whose dates are known from the text alone."""

    start: dt.date
    end: dt.date
    kind: WindowType = "period"

    def window_type(self) -> WindowType:
        return self.kind

    def interval(self, ctx: Ctx) -> Interval | None:
        return self.start, self.end


class _InYear(TimeSpec):
    """A spec that falls once in each year (a month, a season, a holiday).

    Subclasses are dataclasses with the fields ``year`` (as written),
    ``year_offset`` (relative to the reference year: "March next year") and
    ``bias`` (where it falls when neither is known: see :func:`_by_bias`).
    """

    __slots__ = ()
    year: int | None
    year_offset: int | None
    bias: str

    @property
    def partial(self) -> bool:
        return self.year is None and self.year_offset is None

    def interval(self, ctx: Ctx) -> Interval | None:
        if self.year is not None:
            return self.occurrence(self.year, ctx)
        ref = ctx.ref
        if ref is None:
            return None
        if self.year_offset is not None:
            return self.occurrence(ref.year + self.year_offset, ctx)
        return self.placed(ref, ctx)

    def placed(self, ref: dt.date, ctx: Ctx) -> Interval | None:
        """The occurrence that ``bias`` picks around ``ref``."""
        return _by_bias(self, ref, self.bias, ctx)


@dataclass(slots=True, repr=False, eq=False)
class Slot(_InYear):
    """A month, quarter or half of a year (``index`` from 1).

    ``year`` is the year when written; ``year_offset`` a year relative to
    the reference year ("March next year"); with neither, ``bias`` picks the
    year: ``past`` (the latest not starting after the reference date),
    ``future`` (the first not ended by it), ``done`` (the latest ended by
    the end of the reference day: quarters and halves of reported results), ``next`` (the first starting
    after it), ``last`` (the last ended before the reference month).
    """

    unit: str
    index: int
    year: int | None = None
    year_offset: int | None = None
    bias: str = "past"

    def occurrence(self, year: int, ctx: Ctx) -> Interval | None:
        months = _MONTHS_IN[self.unit]
        start = dt.date(year, (self.index - 1) * months + 1, 1)
        return start, _unit_add(start, self.unit, 1)


def _by_bias(spec: TimeSpec, ref: dt.date, bias: str, ctx: Ctx) -> Interval | None:
    """Place a partial expression relative to ``ref``."""
    if bias == "future":
        for year in range(ref.year - 1, ref.year + 3):
            found = spec.occurrence(year, ctx)
            if found is not None and found[1] > ref:
                return found
        return None
    if bias == "next":
        for year in range(ref.year - 1, ref.year + 3):
            found = spec.occurrence(year, ctx)
            if found is not None and found[0] > ref:
                return found
        return None
    if bias == "last":
        limit = _unit_start(ref, "month")
        for year in range(ref.year + 1, ref.year - 3, -1):
            found = spec.occurrence(year, ctx)
            if found is not None and found[1] <= limit:
                return found
        return None
    if bias == "done":
        for year in range(ref.year, ref.year - 3, -1):
            found = spec.occurrence(year, ctx)
            if found is not None and found[1] <= ref + DAY:
                return found
        return None
    if bias == "this":
        return spec.occurrence(ref.year, ctx)
    if bias == "nearest":
        best: Interval | None = None
        for year in range(ref.year - 1, ref.year + 2):
            found = spec.occurrence(year, ctx)
            if found is not None and (
                best is None or abs((found[0] - ref).days) < abs((best[0] - ref).days)
            ):
                best = found
        return best
    return spec.latest_not_after(ref, ctx)


def _notation_start(ctx: Ctx, notation: int) -> int:
    """The month a fiscal year starts in: the caller's ``fiscal_year_start``
    when it is not January, else the month the notation implies (4 for the
    Indian "FY24", "Q2FY23", "2023-24"; 0 for a split year whose start the
    text does not give, "1987/88"; 1 for the rest)."""
    return ctx.fys if ctx.fys != 1 else notation


@dataclass(slots=True, repr=False, eq=False)
class FiscalYear(TimeSpec):
    """Fiscal year ``year`` (named by the year it ends in).

    ``notation`` is the start month the way it is written implies (see
    :func:`_notation_start`). ``start_month`` is set when the text says when the year ends ("fiscal
    1987, which ends March 31"); otherwise the resolution option applies.
    ``offset`` is a year relative to the current fiscal year ("last fiscal
    year") when ``year`` is None.
    """

    year: int | None
    start_month: int | None = None
    offset: int = 0
    notation: int = 1

    def interval(self, ctx: Ctx) -> Interval | None:
        start_month = self.start_month or _notation_start(ctx, self.notation)
        year = self.year
        if year is None:
            if ctx.ref is None:
                return None
            year = _fiscal_year_of(ctx.ref, start_month) + self.offset
        return _fiscal_year(year, start_month)


@dataclass(slots=True, repr=False, eq=False)
class FiscalPart(TimeSpec):
    """A quarter or half of a fiscal year ("the fiscal third quarter", "Q3 FY24")."""

    unit: str
    index: int
    year: int | None = None
    offset: int | None = None
    notation: int = 1

    def interval(self, ctx: Ctx) -> Interval | None:
        start_month = _notation_start(ctx, self.notation)
        year = self.year
        if year is None:
            if ctx.ref is None:
                return None
            current = _fiscal_year_of(ctx.ref, start_month)
            if self.offset is not None:
                year = current + self.offset
            else:  # the latest one not starting after ref
                for candidate in (current, current - 1):
                    found = self._in(candidate, start_month)
                    if found[0] <= ctx.ref:
                        return found
                return None
        return self._in(year, start_month)

    def _in(self, year: int, start_month: int) -> Interval:
        begin = _fiscal_year(year, start_month)[0]
        months = _MONTHS_IN[self.unit]
        start = _add(begin, relativedelta(months=months * (self.index - 1)))
        return start, _add(start, relativedelta(months=months))


@dataclass(slots=True, repr=False, eq=False)
class SplitYear(TimeSpec):
    """A year written across two ("1987/88", "2023-24", "2006-2007").

    With a fiscal year start other than January (the caller's, or 4 for the
    Indian "2023-24") it is the fiscal year ending in the second year.
    ``notation`` 0 is a twelve-month year whose start the text does not
    give ("the 1987/88 crop year", "fiscal 1986/87"): without the caller's
    fiscal year start it has no dates (type only, as a company's "fiscal
    2024"). Otherwise ("2006-2007") it is both calendar years.
    """

    first: int
    notation: int = 1

    def interval(self, ctx: Ctx) -> Interval | None:
        start_month = _notation_start(ctx, self.notation)
        if start_month == 0:
            return None
        if start_month != 1:
            return _fiscal_year(self.first + 1, start_month)
        return dt.date(self.first, 1, 1), dt.date(self.first + 2, 1, 1)


@dataclass(slots=True, repr=False, eq=False)
class Day(TimeSpec):
    """A calendar day, perhaps without its year or month.

    ``loose`` marks a bare number read as a day inside a range ("6" in "from
    6 to 19 January"). A missing year is the reference year (shifted by
    ``year_offset``), or
    with ``bias`` ``next`` / ``last`` the first such day after / the last
    before the reference date ("next 3/18"); a missing month is the
    reference month (shifted by ``month_offset``).
    """

    day: int
    month: int | None = None
    year: int | None = None
    year_offset: int = 0
    month_offset: int = 0
    bias: str = "ref"
    loose: bool = field(default=False, compare=False)

    def window_type(self) -> WindowType:
        return "date"

    @property
    def partial(self) -> bool:
        return self.year is None

    def occurrence(self, year: int, ctx: Ctx) -> Interval | None:
        if self.month is None:
            return None
        try:
            day = dt.date(year, self.month, self.day)
        except ValueError:
            return None
        return day, day + DAY

    def interval(self, ctx: Ctx) -> Interval | None:
        if self.year is not None and self.month is not None:
            return self.occurrence(self.year, ctx)
        ref = ctx.ref
        if ref is None:
            return None
        if self.month is None:
            base = _add(ref.replace(day=1), relativedelta(months=self.month_offset))
            try:
                day = base.replace(day=self.day)
            except ValueError:
                return None
            return day, day + DAY
        if self.bias in ("next", "last"):
            return _by_bias(self, ref, self.bias, ctx)
        return self.occurrence(ref.year + self.year_offset, ctx)

    def latest_not_after(self, limit: dt.date, ctx: Ctx) -> Interval | None:
        if self.month is not None:
            return TimeSpec.latest_not_after(self, limit, ctx)
        base = limit.replace(day=1)
        for back in range(0, 13):
            month = _add(base, relativedelta(months=-back))
            try:
                day = month.replace(day=self.day)
            except ValueError:
                continue
            if day <= limit:
                return day, day + DAY
        return None

    def earliest_not_before(self, limit: dt.date, ctx: Ctx) -> Interval | None:
        if self.month is not None:
            return TimeSpec.earliest_not_before(self, limit, ctx)
        base = limit.replace(day=1)
        for ahead in range(0, 13):
            month = _add(base, relativedelta(months=ahead))
            try:
                day = month.replace(day=self.day)
            except ValueError:
                continue
            if day >= limit:
                return day, day + DAY
        return None


@dataclass(slots=True, repr=False, eq=False)
class WeekOfYear(TimeSpec):
    """ISO week ``week`` of a year ("week 14", "week 31 of last year")."""

    week: int
    year: int | None = None
    year_offset: int = 0

    def interval(self, ctx: Ctx) -> Interval | None:
        year = self.year
        if year is None:
            if ctx.ref is None:
                return None
            year = ctx.ref.year + self.year_offset
        start = dt.date.fromisocalendar(year, self.week, 1)
        return start, start + dt.timedelta(days=7)


@dataclass(slots=True, repr=False, eq=False)
class RelUnit(TimeSpec):
    """The calendar unit ``offset`` units from the one containing the reference date.

    "last year" is ``RelUnit("year", -1)``; "this week" ``RelUnit("week", 0)``;
    "the most recent quarter" ``RelUnit("quarter", -1)``.
    """

    unit: str
    offset: int

    def window_type(self) -> WindowType:
        return "date" if self.unit == "day" else "period"

    def interval(self, ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        if self.unit == "fiscal-year":
            return FiscalYear(None, None, self.offset).interval(ctx)
        return _unit_interval(ctx.ref, self.unit, self.offset)


@dataclass(slots=True, repr=False, eq=False)
class Rolling(TimeSpec):
    """A window of length ``dur`` ending with the reference day (``direction``
    -1) or starting the day after it (+1). Quarters and halves are whole
    calendar units (``aligned``)."""

    dur: Duration
    direction: int
    aligned: str | None = None
    count: int = 1

    def interval(self, ctx: Ctx) -> Interval | None:
        ref = ctx.ref
        if ref is None:
            return None
        if self.aligned is not None:
            start = _unit_start(ref, self.aligned)
            if self.direction < 0:
                return _unit_add(start, self.aligned, -self.count), start
            first = _unit_add(start, self.aligned, 1)
            return first, _unit_add(first, self.aligned, self.count)
        if self.direction < 0:
            return _shift(ref, self.dur, -1), ref + DAY
        start = ref + DAY
        if self.dur.business:
            return start, _shift(ref, self.dur, 1) + DAY
        return start, _shift(start, self.dur, 1)


@dataclass(slots=True, repr=False, eq=False)
class ToDate(TimeSpec):
    """From the start of the current ``unit`` to the end of the reference day."""

    unit: str

    def interval(self, ctx: Ctx) -> Interval | None:
        ref = ctx.ref
        if ref is None:
            return None
        if self.unit == "fiscal-year":
            start = _fiscal_year(_fiscal_year_of(ref, ctx.fys), ctx.fys)[0]
        else:
            start = _unit_start(ref, self.unit)
        return start, ref + DAY


@dataclass(slots=True, repr=False, eq=False)
class RestOf(TimeSpec):
    """From the reference day to the end of the current ``unit``."""

    unit: str

    def interval(self, ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        return ctx.ref, _unit_interval(ctx.ref, self.unit)[1]


@dataclass(slots=True, repr=False, eq=False)
class DayOffset(TimeSpec):
    """The day ``days`` after the reference day ("yesterday" is -1)."""

    days: int

    def window_type(self) -> WindowType:
        return "date"

    def interval(self, ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        day = ctx.ref + dt.timedelta(days=self.days)
        return day, day + DAY


def _base_start(base: TimeSpec | None, ctx: Ctx) -> dt.date | None:
    if base is None:
        return ctx.ref
    found = base.interval(ctx)
    return None if found is None else found[0]


@dataclass(slots=True, repr=False, eq=False)
class Shifted(TimeSpec):
    """The day ``dur`` after (``sign`` 1) or before (-1) a base day
    ("a year ago", "in two weeks", "12 days from 03/05/2019")."""

    dur: Duration
    sign: int
    base: TimeSpec | None = None

    def window_type(self) -> WindowType:
        return "date"

    def interval(self, ctx: Ctx) -> Interval | None:
        start = _base_start(self.base, ctx)
        if start is None:
            return None
        day = _shift(start, self.dur, self.sign)
        return day, day + DAY


@dataclass(slots=True, repr=False, eq=False)
class Stretch(TimeSpec):
    """``dur`` from the start of a base window ("within 4 years", "for 5
    days from today"); the base is the reference day when None."""

    dur: Duration
    base: TimeSpec | None = None

    def interval(self, ctx: Ctx) -> Interval | None:
        start = _base_start(self.base, ctx)
        if start is None:
            return None
        if self.dur.business:
            return start, _shift(start - DAY, self.dur, 1) + DAY
        return start, _shift(start, self.dur, 1)


@dataclass(slots=True, repr=False, eq=False)
class Ending(TimeSpec):
    """The ``dur`` ending with a day or period ("the year to March 31, 1994",
    "the five weeks ended May 16")."""

    dur: Duration
    at: TimeSpec

    def interval(self, ctx: Ctx) -> Interval | None:
        if self.at.partial and ctx.ref is not None:
            # "the year ended December 31": reports speak of the past
            found = self.at.latest_not_after(ctx.ref, ctx)
        else:
            found = self.at.interval(ctx)
        if found is None:
            return None
        return _shift(found[1], self.dur, -1), found[1]


@dataclass(slots=True, repr=False, eq=False)
class Range(TimeSpec):
    """From the start of ``first`` to the end of ``last``.

    An end without a year is placed by the other end: the first end is the
    latest occurrence not after the last end, the last end the first
    occurrence not before the first end ("Oct-Mar 8th, 2019").
    """

    first: TimeSpec
    last: TimeSpec

    def interval(self, ctx: Ctx) -> Interval | None:
        a, b = self.first, self.last
        if a.partial and not b.partial:
            ib = b.interval(ctx)
            ia = None if ib is None else a.latest_not_after(ib[0], ctx)
        else:
            ia = a.interval(ctx)
            if ia is None:
                return None
            ib = b.earliest_not_before(ia[0], ctx) if b.partial else b.interval(ctx)
        if ia is None or ib is None:
            return None
        return ia[0], ib[1]


@dataclass(slots=True, repr=False, eq=False)
class Since(TimeSpec):
    """From the start of ``base`` to the end of the reference day."""

    base: TimeSpec

    def interval(self, ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        found = self.base.interval(ctx)
        if found is None:
            return None
        return found[0], ctx.ref + DAY


@dataclass(slots=True, repr=False, eq=False)
class Until(TimeSpec):
    """From the reference day to the end of ``base`` ("through 2026", "by 2030")."""

    base: TimeSpec

    def interval(self, ctx: Ctx) -> Interval | None:
        ref = ctx.ref
        if ref is None:
            return None
        if self.base.partial:
            found = _by_bias(self.base, ref, "future", ctx)
        else:
            found = self.base.interval(ctx)
        if found is None:
            return None
        return ref, found[1]


@dataclass(slots=True, repr=False, eq=False)
class Anaphoric(TimeSpec):
    """A time named by reference to another time in the text ("a year
    earlier", "the same period of 2013"): its type only, never dates."""

    kind: WindowType = "period"

    def window_type(self) -> WindowType:
        return self.kind


@dataclass(slots=True, repr=False, eq=False)
class Vague(TimeSpec):
    """A window next to the reference date, or a day away from it, whose
    length the text leaves vague ("the next few years", "the past several
    months": periods; "a few weeks ago": a date): its type only. ``offset``
    is -1 for the past, 1 for the future; ``unit`` the unit counted."""

    offset: int
    unit: str
    kind: WindowType = "period"

    def window_type(self) -> WindowType:
        return self.kind


@dataclass(slots=True, repr=False, eq=False)
class Edge(TimeSpec):
    """A part of a base window: ``start`` and ``end`` are its first and last
    days; ``early``, ``mid`` and ``late`` its first half, middle half and
    second half."""

    which: str
    base: TimeSpec

    def window_type(self) -> WindowType:
        return "date" if self.which in ("start", "end") else "period"

    def interval(self, ctx: Ctx) -> Interval | None:
        found = self.base.interval(ctx)
        if found is None:
            return None
        start, end = found
        if self.which == "start":
            return start, start + DAY
        if self.which == "end":
            return end - DAY, end
        months = (end.year - start.year) * 12 + end.month - start.month
        if months >= 2 and start.day == 1 and end.day == 1:
            quarter = relativedelta(months=months // 4)
            half = relativedelta(months=months // 2)
            if self.which == "early":
                return start, _add(start, half)
            if self.which == "late":
                return _add(start, half), end
            return _add(start, quarter), _add(end, -quarter)
        days = (end - start).days
        if self.which == "early":
            return start, start + dt.timedelta(days=days // 2)
        if self.which == "late":
            return start + dt.timedelta(days=days // 2), end
        return start + dt.timedelta(days=days // 4), end - dt.timedelta(days=days // 4)


@dataclass(slots=True, repr=False, eq=False)
class Part(TimeSpec):
    """The first or last ``count`` ``unit`` of a base window ("the first seven
    months of 2013"), or with ``nth`` the ``count``-th one ("the 7th month of
    next year", "the 12th of next month"); with ``within`` false, the
    calendar unit containing the base's start ("the week of Jan 15")."""

    count: int
    unit: str
    base: TimeSpec
    last: bool = False
    nth: bool = False
    within: bool = True

    def window_type(self) -> WindowType:
        one_day = self.unit == "day" and (self.nth or self.count == 1) and self.within
        return "date" if one_day else "period"

    def interval(self, ctx: Ctx) -> Interval | None:
        found = self.base.interval(ctx)
        if found is None:
            return None
        start, end = found
        if not self.within:  # "the week of Jan 15": the unit containing the base
            return _unit_interval(start, self.unit)
        if self.nth:
            first = _unit_add(start, self.unit, self.count - 1)
            stop = _unit_add(first, self.unit, 1)
            return (first, stop) if stop <= end else None
        if self.last:
            return _unit_add(end, self.unit, -self.count), end
        return start, _unit_add(start, self.unit, self.count)


@dataclass(slots=True, repr=False, eq=False)
class Weekday(TimeSpec):
    """A day of the week (0 is Monday): in the week ``week_offset`` weeks
    from the reference week, or, without one, by ``bias`` (``past``: the
    latest on or before the reference day; ``future``: the first on or
    after it)."""

    weekday: int
    week_offset: int | None = None
    bias: str = "past"

    def window_type(self) -> WindowType:
        return "date"

    def interval(self, ctx: Ctx) -> Interval | None:
        ref = ctx.ref
        if ref is None:
            return None
        if self.week_offset is not None:
            monday = _unit_start(ref, "week") + dt.timedelta(days=7 * self.week_offset)
            day = monday + dt.timedelta(days=self.weekday)
        elif self.bias == "future":
            day = ref + dt.timedelta(days=(self.weekday - ref.weekday()) % 7)
        else:
            day = ref - dt.timedelta(days=(ref.weekday() - self.weekday) % 7)
        return day, day + DAY


@dataclass(slots=True, repr=False, eq=False)
class Season(_InYear):
    """A season: the three months from ``month`` in a year (meteorological,
    northern hemisphere: winter 2016 is December 2016 to February 2017).
    ``year``, ``year_offset`` and ``bias`` are as for :class:`Slot`."""

    month: int
    year: int | None = None
    year_offset: int | None = None
    bias: str = "past"

    def occurrence(self, year: int, ctx: Ctx) -> Interval | None:
        start = dt.date(year, self.month, 1)
        return start, _add(start, relativedelta(months=3))


@dataclass(slots=True, repr=False, eq=False)
class NthWeekday(TimeSpec):
    """The ``nth`` given weekday (0 is Monday) of a base period, -1 for the
    last ("the first Friday of July")."""

    nth: int
    weekday: int
    base: TimeSpec

    def window_type(self) -> WindowType:
        return "date"

    def interval(self, ctx: Ctx) -> Interval | None:
        found = self.base.interval(ctx)
        if found is None:
            return None
        start, end = found
        if self.nth > 0:
            day = start + dt.timedelta(days=(self.weekday - start.weekday()) % 7 + 7 * (self.nth - 1))
        else:
            last = end - DAY
            day = last - dt.timedelta(days=(last.weekday() - self.weekday) % 7)
        return (day, day + DAY) if start <= day < end else None


@dataclass(slots=True, repr=False, eq=False)
class Weekend(TimeSpec):
    """Saturday and Sunday of the week ``offset`` weeks from the reference week;
    with ``bias`` ``past`` (a clause about the past), the latest weekend
    that began on or before the reference day."""

    offset: int = 0
    bias: str = ""

    def interval(self, ctx: Ctx) -> Interval | None:
        if ctx.ref is None:
            return None
        if self.bias == "past":  # "said over the weekend": the latest one begun
            saturday = ctx.ref - dt.timedelta(days=(ctx.ref.weekday() - 5) % 7)
            return saturday, saturday + dt.timedelta(days=2)
        saturday = _unit_start(ctx.ref, "week") + dt.timedelta(days=5 + 7 * self.offset)
        return saturday, saturday + dt.timedelta(days=2)


_WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _holiday_day(rule: str, year: int) -> dt.date:
    """The day a ``time_holidays.tsv`` rule gives in ``year``."""
    parts = rule.split()
    if parts[0] == "fixed":
        month_text, day_text = parts[1].split("-")
        return dt.date(year, int(month_text), int(day_text))
    if parts[0] == "easter":
        return easter(year) + dt.timedelta(days=int(parts[1]))
    if parts[0] == "nth":
        month, weekday, nth = int(parts[1]), _WEEKDAY_CODES.index(parts[2]), int(parts[3])
        extra = int(parts[4]) if len(parts) > 4 else 0
        if nth > 0:
            first = dt.date(year, month, 1)
            day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        else:
            last = _add(dt.date(year, month, 1), relativedelta(months=1)) - DAY
            day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        return day + dt.timedelta(days=extra)
    raise ValueError(f"bad holiday rule {rule!r}")


@dataclass(slots=True, repr=False, eq=False)
class Holiday(_InYear):
    """A named day ("Easter", "black friday 2014"), by a rule of
    ``data/time_holidays.tsv``. Without a year: ``bias`` ``last`` is the
    latest before the reference day, ``next`` the first after it, ``this``
    the one in the reference year, ``nearest`` the closest."""

    rule: str
    year: int | None = None
    year_offset: int | None = None
    bias: str = "nearest"

    def window_type(self) -> WindowType:
        return "date"

    def occurrence(self, year: int, ctx: Ctx) -> Interval | None:
        day = _holiday_day(self.rule, year)
        return day, day + DAY

    def placed(self, ref: dt.date, ctx: Ctx) -> Interval | None:
        if self.bias == "last":
            for year in range(ref.year, ref.year - 3, -1):
                found = self.occurrence(year, ctx)
                if found is not None and found[0] < ref:
                    return found
            return None
        if self.bias == "next":
            for year in range(ref.year, ref.year + 3):
                found = self.occurrence(year, ctx)
                if found is not None and found[0] > ref:
                    return found
            return None
        return _by_bias(self, ref, self.bias, ctx)


@dataclass(slots=True, repr=False, eq=False)
class HolidayWeekend(TimeSpec):
    """The weekend nearest a holiday, stretched to include it ("Labor Day
    weekend" runs Saturday to Monday, "Thanksgiving weekend" Thursday to
    Sunday)."""

    holiday: TimeSpec

    def interval(self, ctx: Ctx) -> Interval | None:
        found = self.holiday.interval(ctx)
        if found is None:
            return None
        day = found[0]
        weekday = day.weekday()
        if weekday >= 5:
            saturday = day - dt.timedelta(days=weekday - 5)
        elif weekday <= 1:
            saturday = day - dt.timedelta(days=weekday + 2)
        else:
            saturday = day + dt.timedelta(days=5 - weekday)
        return min(day, saturday), max(day, saturday + DAY) + DAY
