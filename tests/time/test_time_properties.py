"""Hypothesis properties of the time-window parser.

(a) every resolved period has ``start_date < end_date``, and a resolved date
    lies in the calendar;
(b) resolution is pure: the same window, reference date and fiscal start
    give the same result, whether resolved while extracting or afterwards;
(c) dates, months, quarters, years and durations written in every supported
    format read back to the value they were written from (two-digit years
    are read 1950-2049);
(d) on any text, extraction never raises and returns valid, sorted,
    non-overlapping mentions.

More examples locally with ``FINPARSE_EXAMPLES=5000 pytest tests/time``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import assume, example, given
from hypothesis import strategies as st
from hypothesis_settings import property_settings

from finparse.timewindow import date as date_parser
from finparse.timewindow import duration as duration_parser
from finparse.timewindow import extract_time

SETTINGS = property_settings(120)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
ABBR = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}

refs = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))
days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31))
fiscal_starts = st.integers(min_value=1, max_value=12)

#: Pieces of financial prose with time expressions in them, to build texts from.
PHRASES = (
    "over the past month", "in the last 12 months", "LTM", "year-to-date", "QTD",
    "since 2021", "since September", "until 2027", "through 2026", "by 2030",
    "last year", "this quarter", "next week", "the most recent quarter", "yesterday",
    "a year ago", "in two weeks", "within 4 years", "the next 4 days", "September",
    "January", "Q3", "Q3 2025", "3Q25", "the third quarter of 2024", "H1 2025", "1H25",
    "the first half", "fiscal 2024", "FY24", "FY2024/25", "1987/88", "2019-2021",
    "January-June 2009", "between 2011 and 2016", "the May through January period",
    "September 27", "Sept. 27, 2025", "27 September 2025", "2025-09-27", "28.02.2008",
    "06/14/2018", "Wednesday (31 December)", "the year to March 31, 1994",
    "the five weeks ended May 16", "the first seven months of 2013", "the 1990s",
    "week 14", "Easter", "the weekend", "the end of October", "mid-2025", "late 1987",
    "the same period of 2013", "a year earlier", "three-year", "18-month", "two quarters",
    "half an hour", "2 years 3 months 9 days", "y/y", "2W", "the rest of the year",
    "from March to date", "the week after next", "June to April", "Oct 6-Nov 23, 2014",
)
FILLER = ("Sales rose", "profit fell 5%", "the company said", "$53 billion", "in", "and",
          "of", "to", "3M", "Qwen3-Max", "2021 people", ",", ".", "the", "from", "(", ")")


def check_mentions(text: str, found: list) -> None:  # type: ignore[type-arg]
    previous_end = 0
    for w in found:
        assert text[w.start : w.end] == w.text
        assert w.start < w.end
        assert w.start >= previous_end
        previous_end = w.end
        assert w.type in ("duration", "period", "date")
        if w.type == "duration":
            assert w.duration is not None and w.duration.startswith("P")
            assert w.start_date is None and w.end_date is None and w.date is None
        elif w.type == "period":
            assert w.date is None and w.duration is None
            assert (w.start_date is None) == (w.end_date is None)
            if w.start_date is not None:
                assert w.start_date < w.end_date
        else:
            assert w.start_date is None and w.end_date is None and w.duration is None
        assert set(w.to_dict()) == {
            "kind", "text", "start", "end", "type", "duration", "start_date", "end_date", "date"}


# -- (a) resolved periods are well formed ------------------------------------------------------


@SETTINGS
@given(st.lists(st.sampled_from(PHRASES + FILLER), min_size=1, max_size=12), refs, fiscal_starts)
def test_resolved_periods_are_well_formed(words: list[str], ref: dt.date, fys: int) -> None:
    text = " ".join(words)
    check_mentions(text, extract_time(text, ref, fiscal_year_start=fys))


@SETTINGS
@given(st.sampled_from(PHRASES), refs, fiscal_starts)
def test_every_phrase_is_found_and_resolves(phrase: str, ref: dt.date, fys: int) -> None:
    found = extract_time(phrase, ref, fiscal_year_start=fys)
    assert found, phrase
    check_mentions(phrase, found)


# -- (b) resolution is pure ---------------------------------------------------------------------


@SETTINGS
@given(st.lists(st.sampled_from(PHRASES + FILLER), min_size=1, max_size=8), refs, fiscal_starts)
def test_resolution_is_pure(words: list[str], ref: dt.date, fys: int) -> None:
    text = " ".join(words)
    once = extract_time(text, ref, fiscal_year_start=fys)
    again = extract_time(text, ref, fiscal_year_start=fys)
    assert [w.to_dict() for w in once] == [w.to_dict() for w in again]
    unresolved = extract_time(text, None, fiscal_year_start=fys)
    later = [w.resolve(ref, fiscal_year_start=fys) for w in unresolved]
    assert [w.to_dict() for w in later] == [w.to_dict() for w in once]
    # resolving twice, or after resolving against another date, changes nothing
    other = [w.resolve(ref + dt.timedelta(days=400)).resolve(ref, fiscal_year_start=fys) for w in once]
    assert [w.to_dict() for w in other] == [w.to_dict() for w in once]


# -- (c) written forms read back -----------------------------------------------------------------


def _suffix(day: int) -> str:
    return ORDINAL_SUFFIX.get(day, "th")


DATE_FORMATS = (
    lambda d: d.isoformat(),
    lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{ABBR[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{d.day:02d}{_suffix(d.day)} {MONTHS[d.month - 1][:3]} {d.year}",
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    lambda d: f"{d.year}{d.month:02d}{d.day:02d}",
    lambda d: f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{MONTHS[d.month - 1]} {d.day}{_suffix(d.day)}, {d.year}",
    lambda d: f"the {d.day}{_suffix(d.day)} of {MONTHS[d.month - 1]} {d.year}",
)


@SETTINGS
@given(days, st.integers(min_value=0, max_value=len(DATE_FORMATS) - 1))
@example(dt.date(2025, 9, 27), 2)
@example(dt.date(2016, 1, 22), 7)
def test_dates_read_back(day: dt.date, fmt: int) -> None:
    written = DATE_FORMATS[fmt](day)
    if fmt == 8 and day.year >= 2100:
        return  # eight digits are read as a date only for 19xx and 20xx
    assert date_parser.parse(written) == day, written
    found = extract_time(f"The notes settle on {written}.", None)
    assert [(w.text, w.type, w.date) for w in found] == [(written, "date", day)]


@SETTINGS
@given(days, st.sampled_from(("{M} {Y}", "{m} {Y}", "{Y}-{MM}", "{MM}/{Y}", "{M}, {Y}")))
def test_months_read_back(day: dt.date, fmt: str) -> None:
    # "2006-07" is the split year 2006-07, not July 2006 (docs/semantics-time.md)
    assume(not (fmt == "{Y}-{MM}" and day.month == (day.year + 1) % 100))
    month = MONTHS[day.month - 1]
    written = fmt.format(M=month, m=ABBR[day.month - 1], Y=day.year, MM=f"{day.month:02d}")
    found = extract_time(f"Output rose in {written}.", None)
    assert [(w.text, w.start_date) for w in found] == [(written, day.replace(day=1))]
    end = found[0].end_date
    assert end is not None and end.day == 1 and (end - day.replace(day=1)).days in (28, 29, 30, 31)


@SETTINGS
@given(st.integers(min_value=1950, max_value=2049), st.integers(min_value=1, max_value=4),
       st.sampled_from(("Q{q} {Y}", "{q}Q{y}", "{Y}-Q{q}", "Q{q}/{Y}", "the {o} quarter of {Y}")))
def test_quarters_read_back(year: int, q: int, fmt: str) -> None:
    ordinal = ("first", "second", "third", "fourth")[q - 1]
    written = fmt.format(q=q, Y=year, y=f"{year % 100:02d}", o=ordinal)
    found = extract_time(f"Revenue for {written} rose.", None)
    start = dt.date(year, 3 * q - 2, 1)
    assert [(w.text, w.start_date) for w in found] == [(written, start)], written


@SETTINGS
@given(st.integers(min_value=1950, max_value=2049), fiscal_starts)
def test_fiscal_years_read_back(year: int, fys: int) -> None:
    for written in (f"fiscal {year}", f"FY{year}", f"FY{year % 100:02d}", f"fiscal year {year}"):
        found = extract_time(f"Revenue in {written} rose.", None, fiscal_year_start=fys)
        assert [w.text for w in found] == [written]
        w = found[0]
        # the Indian "FY24" is April-March unless the caller chose a start
        start = 4 if fys == 1 and written == f"FY{year % 100:02d}" else fys
        assert w.end_date is not None and w.start_date is not None
        assert w.end_date.month == start and w.end_date.day == 1
        assert w.end_date.year == (year + 1 if start == 1 else year)
        assert (w.end_date.year - w.start_date.year, w.start_date.month) == (1, start)


UNITS = {  # unit -> (written forms, months, days, seconds per unit)
    "year": (("year", "years", "yr", "yrs"), 12, 0, 0),
    "month": (("month", "months", "mth"), 1, 0, 0),
    "quarter": (("quarter", "quarters"), 3, 0, 0),
    "week": (("week", "weeks", "wk"), 0, 7, 0),
    "day": (("day", "days"), 0, 1, 0),
    "hour": (("hour", "hours", "hr", "hrs"), 0, 0, 3600),
    "minute": (("minute", "minutes", "min"), 0, 0, 60),
    "second": (("second", "seconds", "sec"), 0, 0, 1),
}
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve")


def _key(iso: str) -> tuple[Decimal, Decimal, Decimal]:
    """(months, days, seconds) of an ISO duration, as the scorer compares them."""
    import re

    m = re.fullmatch(r"P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?"
                     r"(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?", iso)
    assert m, iso
    y, mo, w, d, h, mi, s = (Decimal(g) if g else Decimal(0) for g in m.groups())
    return y * 12 + mo, w * 7 + d, h * 3600 + mi * 60 + s


@SETTINGS
@given(st.sampled_from(sorted(UNITS)), st.integers(min_value=1, max_value=12),
       st.sampled_from(("{n} {u}", "{n}-{u}", "{w} {u}", "{w}-{u}")), st.data())
def test_durations_read_back(unit: str, n: int, fmt: str, data: st.DataObject) -> None:
    forms, months, days_, seconds = UNITS[unit]
    form = data.draw(st.sampled_from(forms))
    written = fmt.format(n=n, w=NUMBER_WORDS[n - 1], u=form)
    value = duration_parser.parse(written)
    assert _key(value.iso()) == (Decimal(n * months), Decimal(n * days_), Decimal(n * seconds))


# -- (d) any text ------------------------------------------------------------------------------


@SETTINGS
@given(st.text(max_size=300), st.one_of(st.none(), refs), fiscal_starts)
@example("Qwen3-Max to date 2021 people", None, 1)
@example("between between 2011 and and 2016 - - - since since", dt.date(2025, 9, 27), 4)
@example("9999999 years ago in 99999999 days", dt.date(2025, 9, 27), 1)
@example("FY9999 Q4 9999 week 53 of 2021", dt.date(2025, 9, 27), 12)
def test_never_raises_on_any_text(text: str, ref: dt.date | None, fys: int) -> None:
    check_mentions(text, extract_time(text, ref, fiscal_year_start=fys))


@SETTINGS
@given(st.lists(st.sampled_from(PHRASES + FILLER + ("", " ", "\n", "-", "/", "'")), max_size=30)
       .map("".join), st.one_of(st.none(), refs))
def test_never_raises_on_glued_phrases(text: str, ref: dt.date | None) -> None:
    check_mentions(text, extract_time(text, ref))
