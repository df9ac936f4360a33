"""Each family of the time grammar on its own (see :mod:`finparse._timegrammar`).

Every family's production function is tried on written variants of what
it reads (plural, spacing, case, hyphens, word order), resolved on
2025-09-27, and on near misses it must reject. A row is ``(text, what it
reads)`` as :func:`finparse._timegrammar._example` writes it: a duration in
ISO 8601, a date as its day, a period as ``start - end`` (half-open), or
``None`` for a near miss that the whole text must not parse as.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
import regex

from finparse import ParseError
from finparse._timegrammar import (
    _anaphoric,
    _anchors,
    _dates,
    _durations,
    _example,
    _months,
    _named,
    _offsets,
    _parts,
    _quarters,
    _ranges,
    _relative,
    _rolling_windows,
    _to_date,
    _years,
    grammar,
)
from finparse._timewords import forms_of
from finparse.core import Parser, _Leaf

# fmt: off
FAMILIES: dict[str, tuple[Callable[[], Parser[Any]], list[tuple[str, str | None]]]] = {
    "_durations().duration": (lambda: _durations().duration, [
        ('3 years', 'P3Y'),
        ('3  Years', 'P3Y'),
        ('THREE YEARS', 'P3Y'),
        ('3-year', 'P3Y'),
        ('2 years, 3 months and 9 days', 'P2Y3M9D'),
        ('5 days 2 months', 'P2M5D'),
        ('an hour and a half', 'PT1H30M'),
        ('half an hour', 'PT30M'),
        ('1/2 hr', 'PT30M'),
        ('three quarters of an hour', 'PT45M'),
        ('3 more years', 'P3Y'),
        ('3 yearsx', None),
        ('3-year-old', None),
        ('3 years 2 years', None),
    ]),
    "_durations().whole": (lambda: _durations().whole, [
        ('another month', 'P1M'),
        ('Whole Week', 'P1W'),
        ('all-day', 'P1D'),
        ('whole of', None),
        ('a whole week', None),
    ]),
    "_durations().tenor": (lambda: _durations().tenor, [
        ('10Y', 'P10Y'),
        ('3W', 'P3W'),
        ('90D', 'P90D'),
        ('5D', None),
        ('10y', None),
    ]),
    "_durations().rate": (lambda: _durations().rate, [
        ('Year-over-Year', 'P1Y'),
        ('year on year', 'P1Y'),
        ('y/y', 'P1Y'),
        ('QoQ', 'P3M'),
        ('year-on-years', None),
    ]),
    "_dates().dated": (lambda: _dates().dated, [
        ('Sept. 27, 2025', '2025-09-27'),
        ('27 September 2025', '2025-09-27'),
        ('the 27th of September, 2025', '2025-09-27'),
        ('september 27 2025', '2025-09-27'),
        ('SEPTEMBER 27, 2025', '2025-09-27'),
        ('2025-09-27', '2025-09-27'),
        ('09/27/2025', '2025-09-27'),
        ('27.09.2025', '2025-09-27'),
        ('20250927', '2025-09-27'),
        ('Saturday, Sept. 27, 2025', '2025-09-27'),
        ('Saturday (27 September 2025)', '2025-09-27'),
        ('March 5 next year', '2026-03-05'),
        ('Sept. 31, 2025', None),
        ('may 5', None),
        ('2025-13-01', None),
    ]),
    "_dates().day_rel_month": (lambda: _dates().day_rel_month, [
        ('the 5th of next month', '2025-10-05'),
        ('5th of the following month', '2025-10-05'),
        ('The Fifth of this month', '2025-09-05'),
        ('the 32nd of next month', None),
    ]),
    "_dates().month_day": (lambda: _dates().month_day, [
        ('3/14', '2025-03-14'),
        ('next 3/14', '2026-03-14'),
        ('3/4', None),
        ('3/14 shares', None),
    ]),
    "_dates().on_the_day": (lambda: _dates().on_the_day, [
        ('on the 5th', '2025-09-05'),
        ('On The 21st', '2025-09-21'),
        ('on the 5th floor', None),
    ]),
    "_months().month_year": (lambda: _months().month_year, [
        ('March 2025', '2025-03-01 - 2025-04-01'),
        ('march 2025', '2025-03-01 - 2025-04-01'),
        ('2025 March', '2025-03-01 - 2025-04-01'),
        ('03/2025', '2025-03-01 - 2025-04-01'),
        ('2025-03', '2025-03-01 - 2025-04-01'),
        ('March of next year', '2026-03-01 - 2026-04-01'),
        ("Mar. '25", '2025-03-01 - 2025-04-01'),
        ('2011-12', None),
        ('Marc 2025', None),
    ]),
    "_months().month_rel": (lambda: _months().month_rel, [
        ('next March', '2026-03-01 - 2026-04-01'),
        ('Last  June', '2025-06-01 - 2025-07-01'),
        ('this coming July', '2026-07-01 - 2026-08-01'),
        ('next may', None),
    ]),
    "_months().month_bare": (lambda: _months().month_bare, [
        ('September', '2025-09-01 - 2025-10-01'),
        ('NOVEMBER', '2024-11-01 - 2024-12-01'),
        ('May', None),
        ('Jan.', None),
    ]),
    "_quarters()": (lambda: _quarters(), [
        ('Q3 2025', '2025-07-01 - 2025-10-01'),
        ('q3 2025', '2025-07-01 - 2025-10-01'),
        ('3Q25', '2025-07-01 - 2025-10-01'),
        ('1H2025', '2025-01-01 - 2025-07-01'),
        ('Q2FY23', '2022-07-01 - 2022-10-01'),
        ('the third quarter of 2025', '2025-07-01 - 2025-10-01'),
        ('Third-Quarter 2025', '2025-07-01 - 2025-10-01'),
        ('2025 Q3', '2025-07-01 - 2025-10-01'),
        ('2025 third quarter', '2025-07-01 - 2025-10-01'),
        ('the first half of next year', '2026-01-01 - 2026-07-01'),
        ('H1 2025', '2025-01-01 - 2025-07-01'),
        ('Q5 2025', None),
        ('the fifth quarter', None),
    ]),
    "_years().fiscal": (lambda: _years().fiscal, [
        ('fiscal 2024', '2024-01-01 - 2025-01-01'),
        ('Fiscal Year 2024', '2024-01-01 - 2025-01-01'),
        ('FY2024', '2024-01-01 - 2025-01-01'),
        ('FY 24', '2023-04-01 - 2024-04-01'),
        ('FY2023-24', '2023-04-01 - 2024-04-01'),
        ('2024 fiscal year', '2024-01-01 - 2025-01-01'),
        ('fiscal 2024, which ends in June', '2023-07-01 - 2024-07-01'),
        ('FY2023-25', None),
    ]),
    "_years().rel_fiscal": (lambda: _years().rel_fiscal, [
        ('next fiscal year', '2026-01-01 - 2027-01-01'),
        ('the previous financial year', '2024-01-01 - 2025-01-01'),
        ('next fiscal', None),
    ]),
    "_years().calendar": (lambda: _years().calendar, [
        ('calendar 2024', '2024-01-01 - 2025-01-01'),
        ('CY24', '2024-01-01 - 2025-01-01'),
        ('the year 2024', '2024-01-01 - 2025-01-01'),
        ('full-year 2024', '2024-01-01 - 2025-01-01'),
        ('calendar 24', None),
    ]),
    "_years().calendar_words": (lambda: _years().calendar_words, [
        ('the year two thousand', '2000-01-01 - 2001-01-01'),
        ('calendar year nineteen ninety', '1990-01-01 - 1991-01-01'),
        ('the year twenty', None),
    ]),
    "_years().full_year": (lambda: _years().full_year, [
        ('the full year', 'Anaphoric'),
        ('2009 full-year', '2009-01-01 - 2010-01-01'),
        ('full year', None),
    ]),
    "_years().split_year": (lambda: _years().split_year, [
        ('2023-24', '2023-04-01 - 2024-04-01'),
        ('2006-2007', '2006-01-01 - 2008-01-01'),
        ('2023\u201324', '2023-04-01 - 2024-04-01'),
        ('1999-00', '1999-04-01 - 2000-04-01'),
        # a slash: twelve months whose start the text does not give (type only)
        ('2006/2007', 'SplitYear'),
        ('1987/88', 'SplitYear'),
        # two-digit ends further on: the years from one to the other
        ('2023-25', '2023-01-01 - 2026-01-01'),
        ('1985/90', '1985-01-01 - 1991-01-01'),
        ('2016-11', None),  # a month (ISO 8601), read elsewhere
        ('2015-32', None),  # no range spans seventeen years
        ('1999-02', None),
    ]),
    "_years().decade": (lambda: _years().decade, [
        ('the 1990s', '1990-01-01 - 2000-01-01'),
        ("the '90s", '1990-01-01 - 2000-01-01'),
        ('the Nineties', '1990-01-01 - 2000-01-01'),
        ('the 21st century', '2000-01-01 - 2100-01-01'),
        ('the twenty-first century', '2000-01-01 - 2100-01-01'),
        ('the 1995s', None),
        ('the 31st century', None),
    ]),
    "_years().week": (lambda: _years().week, [
        ('week 12 of 2025', '2025-03-17 - 2025-03-24'),
        ('Week 12', '2025-03-17 - 2025-03-24'),
        ('the week 52 of next year', '2026-12-21 - 2026-12-28'),
        ('week 54', None),
    ]),
    "_years().bare": (lambda: _years().bare, [
        ('2021', '2021-01-01 - 2022-01-01'),
        ('1850', None),
    ]),
    "_years().spelled": (lambda: _years().spelled, [
        ('two thousand and twenty-one', '2021-01-01 - 2022-01-01'),
        ('twenty five', None),
    ]),
    "_relative().unit": (lambda: _relative().unit, [
        ('last year', '2024-01-01 - 2025-01-01'),
        ('Last Year', '2024-01-01 - 2025-01-01'),
        ('the past month', '2025-08-27 - 2025-09-28'),
        ('next  quarter', '2025-10-01 - 2026-01-01'),
        ('the week after next', '2025-10-06 - 2025-10-13'),
        ('this coming week', '2025-09-29 - 2025-10-06'),
        ('the most recent quarter', '2025-04-01 - 2025-07-01'),
        ('the prior week', 'Anaphoric'),
        ('the last calendar year', '2024-01-01 - 2025-01-01'),
        ('last years', None),
    ]),
    "_relative().the_unit": (lambda: _relative().the_unit, [
        ('the month', '2025-09-01 - 2025-10-01'),
        ('the quarter', 'Anaphoric'),
        ('the hour', 'PT1H'),
        ('the month of', None),
    ]),
    "_relative().dayword": (lambda: _relative().dayword, [
        ('yesterday', '2025-09-26'),
        ('Today', '2025-09-27'),
        ('the day after tomorrow', '2025-09-29'),
        ('last night', '2025-09-26'),
        ('yesterdays', None),
    ]),
    "_relative().now": (lambda: _relative().now, [
        ('now', '2025-09-27'),
        ('the present', '2025-09-27'),
        ('the current date', '2025-09-27'),
        ('nowadays', None),
    ]),
    "_relative().weekday": (lambda: _relative().weekday, [
        ('Monday', '2025-09-22'),
        ('next Tuesday', '2025-09-30'),
        ('Friday of last week', '2025-09-19'),
        ('last week on Friday', '2025-09-19'),
        ('Mon', None),
    ]),
    "_relative().weekday_day": (lambda: _relative().weekday_day, [
        ('Monday the 5th', '2025-09-05'),
        ('Tuesday, 21st', '2025-09-21'),
        ('Monday the 5th March', None),
    ]),
    "_to_date().todate": (lambda: _to_date().todate, [
        ('year-to-date', '2025-01-01 - 2025-09-28'),
        ('Year To Date', '2025-01-01 - 2025-09-28'),
        ('YTD', '2025-01-01 - 2025-09-28'),
        ('the ytd', '2025-01-01 - 2025-09-28'),
        ('so far this quarter', '2025-07-01 - 2025-09-28'),
        ('fiscal year-to-date', '2025-01-01 - 2025-09-28'),
        ('FYTD', '2025-01-01 - 2025-09-28'),
        ('earlier this week', '2025-09-22 - 2025-09-28'),
        ('year-to-dates', None),
    ]),
    "_to_date().rest": (lambda: _to_date().rest, [
        ('the rest of the year', '2025-09-27 - 2026-01-01'),
        ('Remainder of this quarter', '2025-09-27 - 2025-10-01'),
        ('the balance of the current month', '2025-09-27 - 2025-10-01'),
        ('the rest of the decade', None),
    ]),
    "_named().holiday": (lambda: _named().holiday, [
        ('Christmas', '2025-12-25'),
        ('christmas 2024', '2024-12-25'),
        ('last Thanksgiving', '2024-11-28'),
        ('Christmas of next year', '2026-12-25'),
        ("St. Patrick's Day", '2026-03-17'),
        ('Christmastime', None),
    ]),
    "_named().holiday_weekend": (lambda: _named().holiday_weekend, [
        ('the weekend after Christmas', '2025-12-25 - 2025-12-29'),
        ('Easter weekend', '2025-04-19 - 2025-04-21'),
        ('Thanksgiving weekend 2024', '2024-11-28 - 2024-12-02'),
        ('Easter week', None),
    ]),
    "_named().weekend": (lambda: _named().weekend, [
        ('the weekend', '2025-09-27 - 2025-09-29'),
        ('weekend', '2025-09-27 - 2025-09-29'),
        ('week-end', '2025-09-27 - 2025-09-29'),
        ('weekender', None),
    ]),
    "_named().season": (lambda: _named().season, [
        ('last summer', '2025-06-01 - 2025-09-01'),
        ('Winter 2024', '2024-12-01 - 2025-03-01'),
        ('the fall of 2023', '2023-09-01 - 2023-12-01'),
        ('this spring', '2025-03-01 - 2025-06-01'),
        ('fall', None),
    ]),
    "_anaphoric()": (lambda: _anaphoric(), [
        ('the year-ago quarter', 'Anaphoric'),
        ('the year ago quarter', 'Anaphoric'),
        ('a year earlier', 'Anaphoric'),
        ('The Same Period', 'Anaphoric'),
        ('since inception', 'Anaphoric'),
        ('the prior-year period', 'Anaphoric'),
        ('the year-earlier periods', 'Anaphoric'),
        ('the year-earlier', None),
    ]),
    "_parts().edge": (lambda: _parts().edge, [
        ('the end of 2024', '2024-12-31'),
        ('End of next year', '2026-12-31'),
        ('mid-2024', '2024-04-01 - 2024-10-01'),
        ('early next year', '2026-01-01 - 2026-07-01'),
        ('late in 2023', '2023-07-01 - 2024-01-01'),
        ('end-March', '2025-03-31'),
        ('the close of the quarter', '2025-09-30'),
        ('the end 2024', None),
    ]),
    "_parts().unit_end": (lambda: _parts().unit_end, [
        ('yearend', '2025-12-31'),
        ('Year-End', '2025-12-31'),
        ('quarter end', '2025-09-30'),
        ('mid-year', '2025-04-01 - 2025-10-01'),
        ('year-end 2024', '2024-12-31'),
        ('year-ender', None),
    ]),
    "_parts().week_of": (lambda: _parts().week_of, [
        ('the week of March 3', '2025-03-03 - 2025-03-10'),
        ('week of yesterday', '2025-09-22 - 2025-09-29'),
        ('the week of spring', None),
    ]),
    "_parts().part": (lambda: _parts().part, [
        ('the first two weeks of March', '2025-03-01 - 2025-03-15'),
        ('the last quarter of 2024', '2024-10-01 - 2025-01-01'),
        ('The Final Month of the year', '2025-12-01 - 2026-01-01'),
        ('the 2nd week of next month', '2025-10-08 - 2025-10-15'),
        ('the first two decades of 2024', None),
    ]),
    "_parts().nth_weekday": (lambda: _parts().nth_weekday, [
        ('the third Friday of March', '2025-03-21'),
        ('the last Monday of May 2025', '2025-05-26'),
        ('first Tuesday in next month', '2025-10-07'),
        ('the sixth Friday of March', None),
    ]),
    "_ranges().range": (lambda: _ranges().range, [
        ('March 3 to 10', '2025-03-03 - 2025-03-11'),
        ('between 2019 and 2021', '2019-01-01 - 2022-01-01'),
        ('2006-2007', '2006-01-01 - 2008-01-01'),
        ('January\u2013March 2025', '2025-01-01 - 2025-04-01'),
        ('Monday through Friday', '2025-09-22 - 2025-09-27'),
        ('Q1 to Q3 2025', '2025-01-01 - 2025-10-01'),
        ('15-20', None),
        ('between 15 and 20', None),
    ]),
    "_ranges().slash_months": (lambda: _ranges().slash_months, [
        ('the March/May period', '2025-03-01 - 2025-06-01'),
        ('the Jan/Feb months', '2025-01-01 - 2025-03-01'),
        ('the March/May', None),
    ]),
    "_anchors().since": (lambda: _anchors().since, [
        ('since 2021', '2021-01-01 - 2025-09-28'),
        ('Ever since March', '2025-03-01 - 2025-09-28'),
        ('since', None),
    ]),
    "_anchors().until": (lambda: _anchors().until, [
        ('until 2026', '2025-09-27 - 2027-01-01'),
        ('up to the third quarter', '2025-09-27 - 2025-10-01'),
        ('till next year', '2025-09-27 - 2027-01-01'),
        ("until 2026's", None),
    ]),
    "_anchors().as_of": (lambda: _anchors().as_of, [
        ('as of June 30, 2025', '2025-06-30'),
        ('As at the end of 2024', '2024-12-31'),
        ('as of', None),
    ]),
    "_anchors().ending": (lambda: _anchors().ending, [
        ('the three months ended June 30, 2025', '2025-04-01 - 2025-07-01'),
        ('the nine months ended Sept. 30', '2024-01-01 - 2024-10-01'),
        ('the quarter ended March 31, 2025', '2025-01-01 - 2025-04-01'),
        ('the year ending December 2024', '2024-01-01 - 2025-01-01'),
        ('six months to June 2025', '2025-01-01 - 2025-07-01'),
        ('the three months ended', None),
    ]),
    "_offsets().after_duration[1]": (lambda: _offsets().after_duration[1], [
        ('three years ago', '2022-09-27'),
        ('3 Years Ago', '2022-09-27'),
        ('three years agone', None),
    ]),
    "_offsets().after_duration[0]": (lambda: _offsets().after_duration[0], [
        ('two weeks and three days ago', '2025-09-10'),
        ('2 years, 3 months ago', '2023-06-27'),
        ('3 days and 2 weeks ago', None),
    ]),
    "_offsets().after_duration[2]": (lambda: _offsets().after_duration[2], [
        ('10 days after Christmas', '2026-01-04'),
        ('two weeks from today', '2025-10-11'),
        ('two weeks from', None),
    ]),
    "_offsets().after_duration[3]": (lambda: _offsets().after_duration[3], [
        ('a week before Easter', '2025-04-13'),
        ('two days prior to Monday', '2025-09-20'),
        ('a week before lunch', None),
    ]),
    "_offsets().after_duration[4]": (lambda: _offsets().after_duration[4], [
        ('two weeks starting Monday', '2025-09-22 - 2025-10-06'),
        ('two weeks starting', None),
    ]),
    "_offsets().after_duration[5]": (lambda: _offsets().after_duration[5], [
        ('three years in the future', '2025-09-28 - 2028-09-28'),
        ('three years in future', None),
    ]),
    "_offsets().after_duration[6]": (lambda: _offsets().after_duration[6], [
        ('a year earlier', 'Anaphoric'),
        ('two days later', 'Anaphoric'),
        ('two days later 5', None),
    ]),
    "_offsets().in_": (lambda: _offsets().in_, [
        ('in two weeks', '2025-10-11'),
        ('In 3 Months', '2025-12-27'),
        ('in two weeks of trading', None),
    ]),
    "_offsets().for_from": (lambda: _offsets().for_from, [
        ('for two weeks from Monday', '2025-09-22 - 2025-10-06'),
        ('for two weeks', None),
    ]),
    "_offsets().within": (lambda: _offsets().within, [
        ('within the next 30 days', '2025-09-27 - 2025-10-27'),
        ('within 2 years', '2025-09-27 - 2027-09-27'),
        ('within the next', None),
    ]),
    "_rolling_windows().roll": (lambda: _rolling_windows().roll, [
        ('over the past three months', '2025-06-27 - 2025-09-28'),
        ('the last two quarters', '2025-01-01 - 2025-07-01'),
        ('the next 12 months', '2025-09-28 - 2026-09-28'),
        ('The Trailing 6 Months', '2025-03-27 - 2025-09-28'),
        ('the past three', None),
    ]),
    "_rolling_windows().roll_after": (lambda: _rolling_windows().roll_after, [
        ('the three past months', '2025-06-27 - 2025-09-28'),
        ('2 coming weeks', '2025-09-28 - 2025-10-12'),
        ('the three past', None),
    ]),
    "_rolling_windows().ltm": (lambda: _rolling_windows().ltm, [
        ('LTM', '2024-09-27 - 2025-09-28'),
        ('ttm', '2024-09-27 - 2025-09-28'),
        ('the last twelve months', '2024-09-27 - 2025-09-28'),
        ('trailing 12-month', '2024-09-27 - 2025-09-28'),
        ('the last thirteen months', None),
    ]),
}
# fmt: on

ROWS = [
    pytest.param(name, text, expected, id=f"{name}: {text}")
    for name, (_, rows) in FAMILIES.items()
    for text, expected in rows
]


@pytest.mark.parametrize(("name", "text", "expected"), ROWS)
def test_family_reads_its_variants(name: str, text: str, expected: str | None) -> None:
    parser = FAMILIES[name][0]()
    if expected is None:
        with pytest.raises(ParseError):
            parser.parse(text)
    else:
        assert _example(parser, text) == expected


def test_every_family_has_variants_and_a_near_miss() -> None:
    for name, (_, rows) in FAMILIES.items():
        assert sum(r is not None for _, r in rows) >= 1, name
        assert sum(r is None for _, r in rows) >= 1, name


FAMILY_FUNCTIONS = [
    _durations, _dates, _months, _quarters, _years, _relative, _to_date, _named, _anaphoric,
    _parts, _ranges, _anchors, _offsets, _rolling_windows,
]


def _nodes(*roots: Parser[Any]) -> list[Parser[Any]]:
    """Every parser under ``roots``, each object once."""
    seen: dict[int, Parser[Any]] = {}
    stack = list(roots)
    while stack:
        node = stack.pop()
        if id(node) not in seen:
            seen[id(node)] = node
            stack.extend(node._children())
    return list(seen.values())


def test_families_are_built_once_and_shared() -> None:
    built = grammar()
    for family in FAMILY_FUNCTIONS:
        assert family() is family(), family.__name__
    nodes = _nodes(built.time_spec, built.duration, built.date)
    # a family's parsers are the ones the families that build on it use ...
    ids = {id(node) for node in nodes}
    for parser in (_quarters(), _years().fiscal, _durations().part, _dates().month_day):
        assert id(parser) in ids
    # ... and no production was built twice: each named one is in the grammar once
    leaves = Counter(
        (node._description, node._fragment) for node in nodes
        if isinstance(node, _Leaf) and node._named
        and node._description not in ("a word", "nothing")
    )
    assert leaves and max(leaves.values()) == 1, [k[0] for k, n in leaves.items() if n > 1]


@pytest.mark.parametrize(
    "kind", ["edge", "rest", "countmod", "lengthcue", "theunitnot", "onthedaynot", "neverfirst"])
def test_words_written_into_patterns_are_plain_words(kind: str) -> None:
    # _alternatives writes these kinds into patterns as they are
    forms = forms_of(kind)
    assert forms, kind
    assert len(set(forms)) == len(forms), kind
    for form in forms:
        assert regex.fullmatch(r"[a-z]+(?: [a-z]+)*", form), (kind, form)
