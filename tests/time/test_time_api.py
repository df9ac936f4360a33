"""The public API of finparse.timewindow: types, options, errors, laziness, speed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from decimal import Decimal

import pytest
from dateutil.relativedelta import relativedelta
from linear import assert_grows_linearly

from finparse.core import ParseError, Parser
from finparse.timewindow import (
    Duration,
    TimeSpec,
    TimeWindow,
    date,
    duration,
    extract_time,
    time_spec,
    time_window,
)

REF = dt.date(2025, 9, 27)


def one(text: str, ref: dt.date | None = REF, **options: int) -> TimeWindow:
    found = extract_time(text, ref, **options)
    assert len(found) == 1, found
    return found[0]


# -- the mention type ----------------------------------------------------------------------


def test_time_window_is_frozen_and_slotted() -> None:
    w = one("since 2021")
    assert w.kind == "time"
    assert not hasattr(w, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        w.text = "x"  # type: ignore[misc]
    assert "kind" not in {f.name for f in dataclasses.fields(w)}


def test_to_dict_has_exactly_the_gold_fields() -> None:
    assert one("since 2021").to_dict() == {
        "kind": "time", "text": "since 2021", "start": 0, "end": 10, "type": "period",
        "duration": None, "start_date": "2021-01-01", "end_date": "2025-09-28", "date": None,
    }
    assert one("a 90-day bill").to_dict()["duration"] == "P90D"
    assert one("on September 27").to_dict()["date"] == "2025-09-27"


def test_spans_are_half_open_offsets() -> None:
    text = "Profit rose in Q3 2025, and again since 2021."
    for w in extract_time(text, REF):
        assert text[w.start : w.end] == w.text


def test_relativedelta_and_quantity_of_durations() -> None:
    w = one("an 18-month delay")
    assert w.relativedelta == relativedelta(years=1, months=6)
    assert REF + w.relativedelta == dt.date(2027, 3, 27)
    q = one("a 90-day bill").quantity
    assert q.magnitude == Decimal(90) and str(q.units) == "day"
    assert one("2.5 hours").quantity.to("minute").magnitude == Decimal(150)
    assert one("since 2021").relativedelta is None
    with pytest.raises(ValueError, match="not a duration"):
        _ = one("since 2021").quantity


def test_duration_values() -> None:
    assert Duration(years=Decimal(3)).iso() == "P3Y"
    assert duration.parse("two quarters").iso() == "P6M"
    assert duration.parse("half a week").iso() == "P3DT12H"
    assert duration.parse("two and a quarter hours").iso() == "PT2H15M"
    assert duration.parse("2 years, 5 days, 6 hours and 7 seconds").iso() == "P2Y5DT6H7S"
    assert duration.parse("3.5 years").relativedelta() == relativedelta(years=3, months=6)


def test_resolve_is_separate_and_pure() -> None:
    w = one("the most recent quarter", None)
    assert (w.start_date, w.end_date) == (None, None)
    r = w.resolve(REF)
    assert (r.start_date, r.end_date) == (dt.date(2025, 4, 1), dt.date(2025, 7, 1))
    assert w.resolve(REF) == r and w.start_date is None
    assert r.resolve(dt.date(2019, 7, 4)).start_date == dt.date(2019, 4, 1)
    assert isinstance(w.spec, TimeSpec)


def test_relative_expressions_without_a_reference_date_keep_their_type() -> None:
    for text, kind in (("last year", "period"), ("yesterday", "date"), ("in January", "period"),
                       ("Tuesday", "date"), ("two weeks ago", "date")):
        w = one(text, None)
        assert w.type == kind
        assert (w.start_date, w.end_date, w.date) == (None, None, None)


def test_anaphoric_expressions_never_get_dates() -> None:
    for text in ("a year earlier", "the prior week", "the same period of 2006",
                 "the corresponding period", "the year-earlier quarter"):
        w = one(text)
        assert w.anaphoric, text
        assert (w.start_date, w.end_date, w.date) == (None, None, None)


def test_fiscal_year_start() -> None:
    assert one("FY2024", None, fiscal_year_start=4).start_date == dt.date(2023, 4, 1)
    assert one("FY2024", None, fiscal_year_start=1).start_date == dt.date(2024, 1, 1)
    assert one("fiscal 1987/88", None, fiscal_year_start=7).start_date == dt.date(1987, 7, 1)
    w = one("the fiscal third quarter", dt.date(2025, 2, 10), fiscal_year_start=7)
    assert (w.start_date, w.end_date) == (dt.date(2025, 1, 1), dt.date(2025, 4, 1))
    w = one("fiscal year-to-date", dt.date(2025, 9, 27), fiscal_year_start=10)
    assert (w.start_date, w.end_date) == (dt.date(2024, 10, 1), dt.date(2025, 9, 28))


@pytest.mark.parametrize("bad", [0, 13, -1, True, "4", 4.0])
def test_bad_fiscal_year_start_names_the_value(bad: object) -> None:
    with pytest.raises(ValueError, match=repr(bad).replace("(", r"\(")):
        extract_time("FY2024", None, fiscal_year_start=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        one("FY2024", None).resolve(REF, fiscal_year_start=bad)  # type: ignore[arg-type]


def test_fiscal_year_start_none_is_the_default_shorthand() -> None:
    # extract_time's keyword is a shorthand for TimeOptions: None leaves it out
    assert extract_time("FY2024", None, fiscal_year_start=None) == extract_time("FY2024", None)
    with pytest.raises(ValueError, match="None"):
        one("FY2024", None).resolve(REF, fiscal_year_start=None)  # type: ignore[arg-type]


def test_text_must_be_str() -> None:
    with pytest.raises(TypeError, match="decode"):
        extract_time(b"2021", None)  # type: ignore[arg-type]
    assert one("since 2021", "2025-09-27").end_date == dt.date(2025, 9, 28)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="20250927"):
        extract_time("2021", 20250927)  # type: ignore[arg-type]
    assert one("2021", dt.datetime(2025, 9, 27, 10, 30)).start_date == dt.date(2021, 1, 1)


# -- composable parsers -------------------------------------------------------------------


def test_exported_parsers_compose() -> None:
    assert isinstance(time_window, Parser) and isinstance(time_spec, Parser)
    assert date.parse("2025-09-27") == dt.date(2025, 9, 27)
    with pytest.raises(ParseError):
        date.parse("September 27")  # no year: not a calendar date
    with pytest.raises(ParseError):
        duration.parse("three")
    found = [m.value.text for m in time_window.finditer("Q3 2025 and the past month")]
    assert found == ["Q3 2025", "the past month"]
    from finparse.core import lit

    maturity = (lit("due ") >> date).desc("a maturity")
    assert maturity.parse("due Sept. 27, 2025") == dt.date(2025, 9, 27)


def test_import_is_lazy() -> None:
    code = (
        "import sys, finparse.timewindow as t;"
        "assert t.pieces.cache_info().currsize == 0;"
        "assert t.grammar.cache_info().currsize == 0;"
        "assert 'pint' not in sys.modules;"
        "print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


# -- linear time -----------------------------------------------------------------------------

#: Inputs where nearly every word is an anchor or could start a time expression.
ADVERSARIAL = {
    "years": "1986 ",
    "years and dashes": "1986-",
    "months": "May March ",
    "the": "the the ",
    "in": "in 2 ",
    "durations": "2 weeks and ",
    "ranges": "January-",
    "dates": "12/12/",
    "quarters": "Q3 ",
    "relative": "last next ",
    "no spaces": "yearmonthweekday",
    "between": "between 2014 and ",
    "digits": "1234567890",
}


#: Timed in the slow tier only. The quick suite keeps the inputs that cost
#: nothing to time and two that build whole mentions (a numeric date, a
#: "between" range); tests/robustness/test_adversarial.py times years with a
#: dash ("2021-22"), quarters and month names with the time kind quickly too.
SLOW_ONLY = {"years", "years and dashes", "months", "durations", "ranges", "quarters"}


@pytest.mark.parametrize("unit", [
    pytest.param(unit, id=name, marks=[pytest.mark.slow] if name in SLOW_ONLY else [])
    for name, unit in ADVERSARIAL.items()
])
def test_linear_time(unit: str) -> None:
    extract_time("warm up 1986 and the past month", REF)
    assert_grows_linearly(lambda text: extract_time(text, REF), unit, 4_000)
