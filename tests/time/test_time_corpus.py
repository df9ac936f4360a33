"""Example-based test corpus for the time-window parser.

Every sentence here was written for finparse: the companies, people and
figures are invented, in the style of financial news wires. One table of
rows per behaviour, each row ``(text, reference date, [expected mentions])``;
an expected mention holds the fields that matter for the row (dates as ISO
strings). Behaviour the parser does not deliver yet is a strict ``xfail``
(see :func:`gap`), so that a fix is noticed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

import pytest

from finparse.timewindow import extract_time

REF = "2025-09-27"  # a Saturday

Expected = dict[str, Any]


def dur(text: str, iso: str) -> Expected:
    return {"text": text, "type": "duration", "duration": iso}


def per(text: str, start: str | None = None, end: str | None = None) -> Expected:
    return {"text": text, "type": "period", "start_date": start, "end_date": end}


def day(text: str, date: str | None = None) -> Expected:
    return {"text": text, "type": "date", "date": date}


class Gap(NamedTuple):
    """A row the parser gets wrong today (a strict xfail)."""

    text: str
    ref: str | None
    expected: list[Expected]
    reason: str


def gap(text: str, ref: str | None, expected: list[Expected], reason: str) -> Gap:
    return Gap(text, ref, expected, reason)


Row = tuple[str, str | None, list[Expected]] | Gap


def params(group: str, table: list[Row]) -> list[Any]:
    out = []
    for i, row in enumerate(table, 1):
        text, ref, expected = row[0], row[1], row[2]
        slug = text if len(text) <= 48 else text[:45] + "..."
        marks = []
        if isinstance(row, Gap):
            marks.append(pytest.mark.xfail(strict=True, reason=row.reason))
        out.append(pytest.param(text, ref, expected, id=f"{group}-{i:02d}-{slug}", marks=marks))
    return out


def check(text: str, ref: str | None, expected: list[Expected]) -> None:
    ref_date = dt.date.fromisoformat(ref) if ref else None
    found = extract_time(text, ref_date)
    for w in found:
        assert text[w.start : w.end] == w.text
    got = [w.to_dict() for w in found]
    assert [g["text"] for g in got] == [e["text"] for e in expected], got
    for g, e in zip(got, expected, strict=True):
        assert {k: g[k] for k in e} == e, g


# The row tables below are laid out by hand, one row per sentence.
# fmt: off

# -- durations ------------------------------------------------------------------------

DURATIONS: list[Row] = [
    ("Norvik signed a three-year supply deal.", REF, [dur("three-year", "P3Y")]),
    ("Norvik signed a 3-year supply deal.", REF, [dur("3-year", "P3Y")]),
    ("The bonds mature in five years.", REF, [day("in five years", "2030-09-27")]),
    ("The lease runs for five years.", REF, [dur("five years", "P5Y")]),
    ("It offered an 18-month bridge loan.", REF, [dur("18-month", "P18M")]),
    ("Output was flat for 12 months.", REF, [dur("12 months", "P12M")]),
    ("Prices have not moved in over a decade.", REF, [dur("a decade", "P10Y")]),
    ("The plan covers two quarters.", REF, [dur("two quarters", "P6M")]),
    ("It sold 30-day commercial paper.", REF, [dur("30-day", "P30D")]),
    ("The half-year dividend was raised.", REF, [dur("half-year", "P6M")]),
    ("The review took 2 years 3 months 9 days.", REF, [dur("2 years 3 months 9 days", "P2Y3M9D")]),
    ("Delivery takes 2 weeks and 3 days.", REF, [dur("2 weeks and 3 days", "P17D")]),
    ("Trading halted for 3 minutes.", REF, [dur("3 minutes", "PT3M")]),
    ("The auction lasted an hour and a half.", REF, [dur("an hour and a half", "PT1H30M")]),
    ("The call lasted 90 minutes.", REF, [dur("90 minutes", "PT90M")]),
    # mixed numbers: a whole part and a fraction, as newswires write them
    ("The bonds mature over 3 1/2 years.", REF, [dur("3 1/2 years", "P3Y6M")]),
    ("Brasilia signed a 12-1/2 year rescheduling pact.", REF, [dur("12-1/2 year", "P12Y6M")]),
    ("The strike lasted 2\u00bd weeks.", REF, [dur("2\u00bd weeks", "P17DT12H")]),
    ("Talks ran for 1 \u00bd hours.", REF, [dur("1 \u00bd hours", "PT1H30M")]),
    ("It was a 4-1/4-year loan.", REF, [dur("4-1/4-year", "P4Y3M")]),
    ("The outage lasted 2.5 hours.", REF, [dur("2.5 hours", "PT2H30M")]),
    ("It issued 10-year notes and 91-day bills.", REF,
     [dur("10-year", "P10Y"), dur("91-day", "P91D")]),
    ("Sales rose 4 pct year-on-year.", REF, [dur("year-on-year", "P1Y")]),
    ("Revenue grew 8% y/y and 2% q/q.", REF, [dur("y/y", "P1Y"), dur("q/q", "P3M")]),
    ("The 2W and 3Y tenors were bid.", REF, [dur("2W", "P2W"), dur("3Y", "P3Y")]),
    ("Rates for 10D deposits eased.", REF, [dur("10D", "P10D")]),
    ("The lock-up lasts a couple of weeks.", REF, [dur("a couple of weeks", "P2W")]),
    ("The fund was shut for a fortnight.", REF, [dur("a fortnight", "P2W")]),
    ("The strike lasted two decades.", REF, [dur("two decades", "P20Y")]),
    ("The board met for half an hour.", REF, [dur("half an hour", "PT30M")]),
    # a compound duration names each unit once
    ("Margins rose over three years, a year earlier they fell.", REF,
     [dur("three years", "P3Y"), day("a year earlier")]),
    ("The audit took 4 hours 20, then 2 hours 75 more.", REF,
     [dur("4 hours 20", "PT4H20M"), dur("2 hours", "PT2H")]),
    ("It ran 3 days 2 days late.", REF, [dur("3 days", "P3D"), dur("2 days", "P2D")]),
]

NOT_DURATIONS: list[Row] = [
    ("Output rose to 100,000 barrels a day.", REF, []),
    ("The fund pays out twice a year.", REF, []),
    ("Shareholders meet once a week.", REF, []),
    ("Board members will second the motion.", REF, []),
    ("The secretary resigned.", REF, []),
    ("Results will come in days.", REF, []),
    ("It holds a quarter of the market.", REF, []),
    ("3M shares rose 2 pct.", REF, []),
    ("The Boeing 767-300s were leased.", REF, []),
]

# -- to-date periods -------------------------------------------------------------------

TO_DATE: list[Row] = [
    ("The index is up 42% year-to-date.", REF, [per("year-to-date", "2025-01-01", "2025-09-28")]),
    ("The index is up 42% YTD.", REF, [per("YTD", "2025-01-01", "2025-09-28")]),
    ("The index is up 42% in the year to date.", REF,
     [per("the year to date", "2025-01-01", "2025-09-28")]),
    ("The index has gained 42% so far this year.", REF,
     [per("so far this year", "2025-01-01", "2025-09-28")]),
    ("Bookings are up 5% QTD and 2% MTD.", REF,
     [per("QTD", "2025-07-01", "2025-09-28"), per("MTD", "2025-09-01", "2025-09-28")]),
    ("Shipments from March to date reached a record.", REF,
     [per("March to date", "2025-03-01", "2025-09-28")]),
]

NOT_TO_DATE: list[Row] = [
    ("Kestrel unveiled its most capable chip to date.", REF, []),
    ("Keep your records up-to-date.", REF, []),
]

# -- relative periods ----------------------------------------------------------------------

RELATIVE: list[Row] = [
    ("Over the past month, the stock rose 9%.", REF,
     [per("Over the past month", "2025-08-27", "2025-09-28")]),
    ("Profit rose in the past 12 months.", REF,
     [per("in the past 12 months", "2024-09-27", "2025-09-28")]),
    ("Profit rose over the last 12 months.", REF,
     [per("over the last 12 months", "2024-09-27", "2025-09-28")]),
    ("LTM revenue was 4 billion.", REF, [per("LTM", "2024-09-27", "2025-09-28")]),
    ("TTM revenue was 4 billion.", REF, [per("TTM", "2024-09-27", "2025-09-28")]),
    ("Revenue over the trailing twelve months rose.", REF,
     [per("over the trailing twelve months", "2024-09-27", "2025-09-28")]),
    ("Sales fell last year.", REF, [per("last year", "2024-01-01", "2025-01-01")]),
    ("Sales will rise this year.", REF, [per("this year", "2025-01-01", "2026-01-01")]),
    ("Sales will rise next year.", REF, [per("next year", "2026-01-01", "2027-01-01")]),
    ("Sales fell last week.", REF, [per("last week", "2025-09-15", "2025-09-22")]),
    ("The vote is next month.", REF, [per("next month", "2025-10-01", "2025-11-01")]),
    ("Cloud revenue rose 26% in the most recent quarter.", REF,
     [per("in the most recent quarter", "2025-04-01", "2025-07-01")]),
    ("Margins improved last quarter.", REF, [per("last quarter", "2025-04-01", "2025-07-01")]),
    ("Output dipped in the previous quarter.", REF, [per("in the previous quarter")]),
    ("Margins improved in the prior week.", REF, [per("in the prior week")]),
    ("Payments are due in the next 4 days.", "2018-03-14",
     [per("in the next 4 days", "2018-03-15", "2018-03-19")]),
    ("Margins narrowed over the last three quarters.", "2021-05-12",
     [per("over the last three quarters", "2020-07-01", "2021-04-01")]),
    ("Shares rose yesterday and fell today.", REF,
     [day("yesterday", "2025-09-26"), day("today", "2025-09-27")]),
    ("Deliveries start tomorrow.", REF, [day("tomorrow", "2025-09-28")]),
    ("Cash holdings stood at 410 mln dlrs, up from 290 mln a year ago.", "1988-06-02",
     [day("a year ago", "1987-06-02")]),
    ("The talks began two weeks ago.", REF, [day("two weeks ago", "2025-09-13")]),
    ("Its margin was thinner than a year earlier.", REF, [day("a year earlier")]),
    ("Sales rose from the same period of 2024.", REF, [per("the same period of 2024")]),
    ("Sales rose from the corresponding period.", REF, [per("the corresponding period")]),
    ("Exports rose 9% on the year-earlier period.", REF, [per("the year-earlier period")]),
    ("The offer expires in two weeks.", REF, [day("in two weeks", "2025-10-11")]),
    ("The deal should close within 4 years.", "2019-02-13",
     [per("within 4 years", "2019-02-13", "2023-02-13")]),
    ("Rates rose this week.", "2022-08-17", [per("this week", "2022-08-15", "2022-08-22")]),
    ("Costs will fall in the coming year.", REF,
     [per("in the coming year", "2026-01-01", "2027-01-01")]),
    ("The bank expects growth over the next three years.", REF,
     [per("over the next three years", "2025-09-28", "2028-09-28")]),
    ("Staff may work remotely for the rest of the year.", REF,
     [per("the rest of the year", "2025-09-27", "2026-01-01")]),
    ("The meeting moved to the week after next.", "2021-06-16",
     [per("the week after next", "2021-06-28", "2021-07-05")]),
    ("Sales fell last year.", None, [per("last year")]),
]

# -- named periods --------------------------------------------------------------------------

NAMED: list[Row] = [
    ("Through the Shanghai link in September alone, funds bought $7.8 billion.", REF,
     [per("September", "2025-09-01", "2025-10-01")]),
    ("Car registrations fell 2% in January.", "1989-03-04",
     [per("January", "1989-01-01", "1989-02-01")]),
    ("The board will meet in January.", REF, [per("January", "2026-01-01", "2026-02-01")]),
    ("Sales in September 2025 rose.", REF, [per("September 2025", "2025-09-01", "2025-10-01")]),
    ("Sales in Jan. 2019 rose.", REF, [per("Jan. 2019", "2019-01-01", "2019-02-01")]),
    ("Construction ends in March, 1994.", REF,
     [per("March, 1994", "1994-03-01", "1994-04-01")]),
    # a quarter without a year in a report of results is the latest completed one
    ("Q3 revenue beat forecasts.", REF, [per("Q3", "2024-07-01", "2024-10-01")]),
    ("Q3 2025 revenue beat forecasts.", REF, [per("Q3 2025", "2025-07-01", "2025-10-01")]),
    ("3Q25 revenue beat forecasts.", REF, [per("3Q25", "2025-07-01", "2025-10-01")]),
    ("Revenue for 2018-q3 rose.", REF, [per("2018-q3", "2018-07-01", "2018-10-01")]),
    ("Revenue in the third quarter of 2025 rose.", REF,
     [per("the third quarter of 2025", "2025-07-01", "2025-10-01")]),
    ("Revenue in the first quarter rose.", "1991-05-10",
     [per("the first quarter", "1991-01-01", "1991-04-01")]),
    ("Fourth-quarter profit doubled.", "1992-02-11",
     [per("Fourth-quarter", "1991-10-01", "1992-01-01")]),
    ("Profit for the first seven months of 2013 rose.", REF,
     [per("the first seven months of 2013", "2013-01-01", "2013-08-01")]),
    ("Rents climbed in the first three months of this year.", "1994-05-20",
     [per("the first three months of this year", "1994-01-01", "1994-04-01")]),
    ("H1 2025 sales rose.", REF, [per("H1 2025", "2025-01-01", "2025-07-01")]),
    ("1H25 sales rose.", REF, [per("1H25", "2025-01-01", "2025-07-01")]),
    ("2016H2 sales rose.", REF, [per("2016H2", "2016-07-01", "2017-01-01")]),
    ("Sales in the first half of 2012 fell.", REF,
     [per("the first half of 2012", "2012-01-01", "2012-07-01")]),
    ("Sales in 2021 rose.", REF, [per("2021", "2021-01-01", "2022-01-01")]),
    ("The group saw its 1991 earnings halve.", "1992-03-17",
     [per("1991", "1991-01-01", "1992-01-01")]),
    ("The firm booked 1993 revenue of 61 mln stg.", "1994-04-01",
     [per("1993", "1993-01-01", "1994-01-01")]),
    ("Coal shipments in calendar 1995 should reach 40 mln tonnes.", REF,
     [per("calendar 1995", "1995-01-01", "1996-01-01")]),
    ("Sales for full 2011 rose.", REF, [per("full 2011", "2011-01-01", "2012-01-01")]),
    ("Profit rose in the 1990s.", REF, [per("the 1990s", "1990-01-01", "2000-01-01")]),
    ("Profit in week 14 rose.", "2021-08-05", [per("week 14", "2021-04-05", "2021-04-12")]),
    ("Sales in Q2 of 2018 rose.", REF, [per("Q2 of 2018", "2018-04-01", "2018-07-01")]),
    ("The 2009 first quarter was weak.", REF, [per("2009 first quarter", "2009-01-01", "2009-04-01")]),
    ("Revenue for the 2008 financial year rose.", REF,
     [per("2008 financial year", "2008-01-01", "2009-01-01")]),
    ("Demand slowed this summer.", REF, [per("this summer", "2025-06-01", "2025-09-01")]),
    ("Heating oil sold well last winter.", REF, [per("last winter", "2024-12-01", "2025-03-01")]),
    ("Prices fall when supply rises.", REF, []),
    ("The deal should close by mid-year.", REF, [per("mid-year", "2025-04-01", "2025-10-01")]),
    ("Prices peaked in the early 90s.", REF, [per("the early 90s", "1990-01-01", "1995-01-01")]),
    ("Output rose in the last week of 2024.", REF,
     [per("the last week of 2024", "2024-12-25", "2025-01-01")]),
    ("The index fell in the week of Jan 15.", REF,
     [per("the week of Jan 15", "2025-01-13", "2025-01-20")]),
]

FISCAL: list[Row] = [
    ("FY2024 revenue rose.", REF, [per("FY2024", "2024-01-01", "2025-01-01")]),
    # SCHEMA: India's "FY24" follows the April-March year
    ("FY24 revenue rose.", REF, [per("FY24", "2023-04-01", "2024-04-01")]),
    ("Revenue in fiscal 2024 rose.", REF, [per("fiscal 2024", "2024-01-01", "2025-01-01")]),
    ("Sales in fiscal 1987, which ends March 31, will rise.", REF,
     [per("fiscal 1987, which ends March 31", "1986-04-01", "1987-04-01")]),
    ("The deficit for fiscal 1987/88 will widen.", REF, [per("fiscal 1987/88")]),
    ("The deficit for fiscal 1987/88, which began in April, will widen.", REF,
     [per("fiscal 1987/88, which began in April", "1987-04-01", "1988-04-01")]),
    ("Crop estimates for 2006-2007 fell.", REF, [per("2006-2007", "2006-01-01", "2008-01-01")]),
    ("Net income in the year to March 31, 1994 rose.", REF,
     [per("the year to March 31, 1994", "1993-04-01", "1994-04-01")]),
    ("Sales in the five weeks ended May 16 rose.", "1992-05-27",
     [per("the five weeks ended May 16", "1992-04-12", "1992-05-17")]),
    ("Profit for the year ended September 30 fell.", "1992-11-20",
     [per("the year ended September 30", "1991-10-01", "1992-10-01")]),
]

RANGES: list[Row] = [
    ("In January-June 2009 sales fell.", REF, [per("January-June 2009", "2009-01-01", "2009-07-01")]),
    ("Output for January-October 2012 fell.", REF,
     [per("January-October 2012", "2012-01-01", "2012-11-01")]),
    ("The plan covers 2019-2021.", REF, [per("2019-2021", "2019-01-01", "2022-01-01")]),
    ("The plan covers the years between 2011 and 2016.", REF,
     [per("between 2011 and 2016", "2011-01-01", "2017-01-01")]),
    ("The ban ran September 2007 - February 2008.", REF,
     [per("September 2007 - February 2008", "2007-09-01", "2008-03-01")]),
    ("Passenger traffic grew in the May through January period.", "1990-02-20",
     [per("the May through January period", "1989-05-01", "1990-02-01")]),
    ("Orders for the October-December 2012 period rose.", REF,
     [per("the October-December 2012 period", "2012-10-01", "2013-01-01")]),
    ("Trading halted March 3, 2017 - 04/18/2017.", REF,
     [per("March 3, 2017 - 04/18/2017", "2017-03-03", "2017-04-19")]),
    ("Output rose from 2012 to 2015.", REF, [per("2012 to 2015", "2012-01-01", "2016-01-01")]),
    ("Shipments from Oct 6-Nov 23, 2014 rose.", REF,
     [per("Oct 6-Nov 23, 2014", "2014-10-06", "2014-11-24")]),
    ("Deliveries between March 1-15 rose.", REF,
     [per("between March 1-15", "2025-03-01", "2025-03-16")]),
    ("Sales for the June 9 to 16 period fell.", "1990-07-02",
     [per("the June 9 to 16 period", "1990-06-09", "1990-06-17")]),
    ("Sales rose 5% in the April-June quarter.", REF,
     [per("the April-June quarter", "2025-04-01", "2025-07-01")]),
    ("The stock traded between 6 and 19 this month.", "2020-03-02",
     [per("between 6 and 19 this month", "2020-03-06", "2020-03-20")]),
    ("The auction runs from next Tuesday to Thursday.", "2021-04-14",
     [per("next Tuesday to Thursday", "2021-04-20", "2021-04-23")]),
]

ANCHORED: list[Row] = [
    ("It was the first purchase since 2021.", REF,
     [per("since 2021", "2021-01-01", "2025-09-28")]),
    ("Shares have doubled since September.", REF,
     [per("since September", "2025-09-01", "2025-09-28")]),
    ("The freeze lasts until 2027.", REF, [per("until 2027", "2025-09-27", "2028-01-01")]),
    # "by" and "through" name the end point itself (see docs/semantics-time.md)
    ("The program runs through 2026.", REF, [per("2026", "2026-01-01", "2027-01-01")]),
    ("The bank aims to be carbon neutral by 2030.", REF,
     [per("2030", "2030-01-01", "2031-01-01")]),
    ("Holders as of September 30 will be paid.", REF,
     [day("as of September 30", "2025-09-30")]),
]

DATES: list[Row] = [
    ("New Alibaba Analysis from September 27 delivers the answer.", REF,
     [day("September 27", "2025-09-27")]),
    ("The notes are due Sept. 27, 2025.", REF, [day("Sept. 27, 2025", "2025-09-27")]),
    ("The launch is on 27 September 2025.", REF, [day("27 September 2025", "2025-09-27")]),
    ("The launch is on 07th Mar 2018.", REF, [day("07th Mar 2018", "2018-03-07")]),
    ("The trade settles 2025-09-27.", REF, [day("2025-09-27", "2025-09-27")]),
    ("The trade settled 28.02.2008.", REF, [day("28.02.2008", "2008-02-28")]),
    ("The trade settled 06/14/2018.", REF, [day("06/14/2018", "2018-06-14")]),
    ("The trade settled 23/05/2015.", REF, [day("23/05/2015", "2015-05-23")]),
    ("The market closed on Wednesday (31 December).", REF,
     [day("Wednesday (31 December)", "2025-12-31")]),
    ("The rate rises from May 11.", "1990-05-03", [day("May 11", "1990-05-11")]),
    ("Inspections were postponed on Feb. 9 and Feb. 16.", None, [day("Feb. 9"), day("Feb. 16")]),
    ("The ruling came on Tuesday 8 March.", None, [day("Tuesday 8 March")]),
    ("The slump of Aug 24, 2015 was worse.", REF, [day("Aug 24, 2015", "2015-08-24")]),
    ("Trading resumed on 20190723.", REF, [day("20190723", "2019-07-23")]),
    ("The strike ends at the end of October.", None, [day("the end of October")]),
    ("Easter trading was thin.", "2022-06-20", [day("Easter", "2022-04-17")]),
    ("Strikes over Christmas hurt sales.", "1987-01-20", [day("Christmas", "1986-12-25")]),
    ("Stores were busy over the Thanksgiving weekend.", "2022-12-05",
     [per("Thanksgiving weekend", "2022-11-24", "2022-11-28")]),
    ("Flights for Halloween weekend 2010 sold out.", REF,
     [per("Halloween weekend 2010", "2010-10-30", "2010-11-01")]),
    ("Trading was thin over the Labor Day 2019 weekend.", REF,
     [per("Labor Day 2019 weekend", "2019-08-31", "2019-09-03")]),
    ("The fund pays on the first Friday of July.", REF,
     [day("the first Friday of July", "2025-07-04")]),
    ("The vote is on the last Monday in May.", REF,
     [day("the last Monday in May", "2025-05-26")]),
    ("The coupon is paid on Oct/2/2001.", REF, [day("Oct/2/2001", "2001-10-02")]),
    ("The plant restarts on the 2nd of march.", REF, [day("the 2nd of march", "2025-03-02")]),
    ("The auction settles on the 15th.", REF, [day("on the 15th", "2025-09-15")]),
    ("The filing is due next 3/18.", "2020-06-09", [day("next 3/18", "2021-03-18")]),
    ("The vote is on 2/27.", "2021-03-15", [day("2/27", "2021-02-27")]),
    ("The meeting was the day before yesterday.", REF,
     [day("the day before yesterday", "2025-09-25")]),
]

NOT_TIME: list[Row] = [
    ("The concert drew 2021 people.", REF, []),
    ("3M and Qwen3-Max were mentioned.", REF, []),
    ("The A330-300 and Boeing 767-300 flew.", REF, []),
    ("Rule 10b-13 applies.", REF, []),
    ("The deal was worth $53 billion.", REF, []),
    ("Margins rose 26% to 14.4 pct.", REF, []),
    ("Call (312) 555-0187 or +86 139-2012-2017.", REF, []),
    ("Approval may take more time than planned.", REF, []),
    ("May we see the figures?", REF, []),
    ("The index closed at 2417.36 points.", REF, []),
    ("The ID reads 987-65-4320.", REF, []),
    ("The 16:10 panel and a 2:1 vote.", REF, []),
    ("The bond rose 3/4 to 98-7/8, and 11/16 of a point.", REF, []),
    ("It offers 24/7 support.", REF, []),
    ("The fall in prices hurt margins.", REF, []),
    ("At the same time, costs rose.", REF, []),
    ("Between 15 and 20 bidders and 15-20 lenders took part.", REF, []),
    ("See page 1986 of the filing.", REF, []),
    ("It holds 1,986 shares.", REF, []),
]

GAPS: list[Row] = [
    gap("Orders were down 4% in the last 5 months.", "2018-02-14",
        [per("the last 5 months", "2017-09-14", "2018-02-14")],
        "Recognizers-Text ends a counted backward window on the reference day; finparse "
        "includes the reference day (docs/semantics-time.md)"),
]

# fmt: on

TABLES = {
    "duration": DURATIONS, "not-duration": NOT_DURATIONS, "to-date": TO_DATE,
    "not-to-date": NOT_TO_DATE, "relative": RELATIVE, "named": NAMED, "fiscal": FISCAL,
    "range": RANGES, "anchored": ANCHORED, "date": DATES, "not-time": NOT_TIME, "gap": GAPS,
}


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [p for group, table in TABLES.items() for p in params(group, table)],
)
def test_row(text: str, ref: str | None, expected: list[Expected]) -> None:
    check(text, ref, expected)


SEED = "/work/main/seeds/alibaba_ai_investment.txt"


def test_seed_article() -> None:
    """The seed article's time mentions, resolved against its date."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "seeds" / "alibaba_ai_investment.txt"
    text = path.read_text(encoding="utf-8")
    found = {w.text: w for w in extract_time(text, dt.date(2025, 9, 27))}
    assert found["three-year"].duration == "P3Y"
    assert (found["since 2021"].start_date, found["since 2021"].end_date) == (
        dt.date(2021, 1, 1), dt.date(2025, 9, 28))
    assert (found["September"].start_date, found["September"].end_date) == (
        dt.date(2025, 9, 1), dt.date(2025, 10, 1))
    over = found["Over the past month"]
    assert (over.start_date, over.end_date) == (dt.date(2025, 8, 27), dt.date(2025, 9, 28))
    recent = found["in the most recent quarter"]
    assert (recent.start_date, recent.end_date) == (dt.date(2025, 4, 1), dt.date(2025, 7, 1))
    ytd = found["year-to-date"]
    assert (ytd.start_date, ytd.end_date) == (dt.date(2025, 1, 1), dt.date(2025, 9, 28))
    assert found["September 27"].date == dt.date(2025, 9, 27)
    assert "to date" not in found
