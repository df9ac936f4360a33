"""Example-based test corpus for the percent parser.

Every sentence here was written for finparse: the companies, people and
figures are invented, in the style of financial news wires. One table of
rows per behaviour, each row ``(text, [expected mentions])``, where an
expected mention is a small dict holding only the fields that matter for the
row (``text``, ``value`` or ``low``/``high``, ``unit``, ``direction``, and
sometimes ``approximate``, ``bound`` or ``measure``).

Direction follows the project's gold convention: ``"up"`` or ``"down"`` for
a change, ``None`` for a level (a level reached, a share, a rate, a stake).

Behaviour that a careful reader of financial news would expect but that the
parser does not deliver yet is listed as a strict ``xfail`` (see
:func:`gap`), so that a fix is noticed and the row can be promoted.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from corpus_rows import Expected, Gap, Row, gap, params

import finparse

# -- helpers ---------------------------------------------------------------------------

ANY: Any = object()  # direction not asserted (the row is about something else)


def pct(text: str, value: str, direction: str | None = ANY, unit: str = "percent", **more: Any) -> Expected:
    """An expected single percentage (not a range)."""
    exp: Expected = {"text": text, "value": Decimal(value), "low": None, "high": None, "unit": unit}
    if direction is not ANY:
        exp["direction"] = direction
    exp.update(more)
    return exp


def pp(text: str, value: str, direction: str | None = ANY, **more: Any) -> Expected:
    """An expected change in percentage points."""
    return pct(text, value, direction, "percentage_point", **more)


def bp(text: str, value: str, direction: str | None = ANY, **more: Any) -> Expected:
    """An expected number of basis points."""
    return pct(text, value, direction, "basis_point", **more)


def rng(
    text: str, low: str, high: str, direction: str | None = ANY, unit: str = "percent", **more: Any
) -> Expected:
    """An expected range: ``value`` is None, ``low``/``high`` are set."""
    exp = pct(text, "0", direction, unit, **more)
    exp.update(value=None, low=Decimal(low), high=Decimal(high))
    return exp


def observed(mention: Any, key: str) -> Any:
    if key == "measure":
        return None if mention.measure is None else mention.measure.text
    return getattr(mention, key)


def check(text: str, expected: list[Expected], found: list[Any]) -> None:
    for m in found:
        assert text[m.start : m.end] == m.text, (m.start, m.end, m.text)
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert [m.text for m in found] == [e["text"] for e in expected]
    for m, exp in zip(found, expected, strict=True):
        for key in ("value", "low", "high"):
            if exp.get(key) is not None:
                assert isinstance(getattr(m, key), Decimal), (key, m)
        got = {key: observed(m, key) for key in exp}
        assert got == exp, m


# The row tables below are laid out by hand, one row per sentence.
# fmt: off

# -- the same value, many surface forms ----------------------------------------------------

SURFACE_FORMS: list[Row] = [
    ("Calder Bank shares fell 4.5% on Tuesday.", [pct("4.5%", "4.5", "down")]),
    ("Calder Bank shares fell 4.5 % on Tuesday.", [pct("4.5 %", "4.5", "down")]),
    ("Calder Bank shares fell 4.5\u00a0% on Tuesday.", [pct("4.5\u00a0%", "4.5", "down")]),
    ("Calder Bank shares fell 4.5\uff05 in Tokyo trading.", [pct("4.5\uff05", "4.5", "down")]),
    ("Calder Bank shares fell 4.5 percent on Tuesday.", [pct("4.5 percent", "4.5", "down")]),
    ("Calder Bank shares fell 4.5 Percent on Tuesday.", [pct("4.5 Percent", "4.5", "down")]),
    ("CALDER BANK SHARES FELL 4.5 PERCENT ON TUESDAY.", [pct("4.5 PERCENT", "4.5", "down")]),
    ("Calder Bank shares fell 4.5 per cent on Tuesday.", [pct("4.5 per cent", "4.5", "down")]),
    ("Calder Bank shares fell 4.5 per-cent on Tuesday.", [pct("4.5 per-cent", "4.5", "down")]),
    ("Calder Bank shares fell 4.5 pct on Tuesday.", [pct("4.5 pct", "4.5", "down")]),
    ("CALDER BANK SHARES FELL 4.5 PCT - TRADERS", [pct("4.5 PCT", "4.5", "down")]),
    ("Calder Bank shares fell 4.5pc on Tuesday.", [pct("4.5pc", "4.5", "down")]),
    ("Calder Bank shares fell 4.5 pc in Dublin.", [pct("4.5 pc", "4.5", "down")]),
    ("Calder Bank reported a 4.5-percent fall in deposits.", [pct("4.5-percent", "4.5", "down")]),
    ("Calder Bank reported a 4.5-per-cent fall in deposits.", [pct("4.5-per-cent", "4.5", "down")]),
    ("Calder Bank shares fell 4,5% in Frankfurt.", [pct("4,5%", "4.5", "down")]),
    ("Calder Bank shares fell 4-1/2 pct on Tuesday.", [pct("4-1/2 pct", "4.5", "down")]),
    ("Calder Bank shares fell 4 1/2 percent on Tuesday.", [pct("4 1/2 percent", "4.5", "down")]),
    ("Calder Bank shares fell four and a half percent.",
     [pct("four and a half percent", "4.5", "down")]),
    ("Kestrel Biotech jumped 43pc after the trial results.", [pct("43pc", "43", "up")]),
    ("Kestrel Biotech posted a 19-percent gain in revenue.", [pct("19-percent", "19", "up")]),
    ("Kestrel Biotech reported a 5.4-per-cent rise in sales.", [pct("5.4-per-cent", "5.4", "up")]),
    ("Kestrel Biotech shares surged 1,200% since the listing.", [pct("1,200%", "1200", "up")]),
    ("Tamsin Foods said the cost of cocoa had climbed 12,345.25% in a decade.",
     [pct("12,345.25%", "12345.25", "up")]),
]

# -- percentage points and basis points ----------------------------------------------------

POINTS: list[Row] = [
    ("Its market share rose 1.5 percentage points.", [pp("1.5 percentage points", "1.5", "up")]),
    ("Core inflation eased 0.2 percentage point in June.", [pp("0.2 percentage point", "0.2", "down")]),
    ("The gross margin widened 2 percentage pts.", [pp("2 percentage pts", "2", "up")]),
    ("Lumen Retail reported a 2-percentage-point increase in margin.",
     [pp("2-percentage-point", "2", "up")]),
    ("The operating margin narrowed 1.1 pct points.", [pp("1.1 pct points", "1.1", "down")]),
    ("The operating margin narrowed 1.1 pct pts.", [pp("1.1 pct pts", "1.1", "down")]),
    ("The operating margin widened 1.1 percent points.", [pp("1.1 percent points", "1.1", "up")]),
    ("The operating margin widened 1.1 per cent points.", [pp("1.1 per cent points", "1.1", "up")]),
    ("Group margin rose 2.3 pp to a record.", [pp("2.3 pp", "2.3", "up")]),
    ("Group margin rose 2.3ppt in the half.", [pp("2.3ppt", "2.3", "up")]),
    ("Group margin fell 2.3 ppts in the half.", [pp("2.3 ppts", "2.3", "down")]),
    ("Group margin rose by 2.3pts, the company said.", [pp("2.3pts", "2.3", "up")]),
    ("The central bank cut rates by 50 basis points.", [bp("50 basis points", "50", "down")]),
    ("The spread widened by a basis point.", [bp("a basis point", "1", "up")]),
    ("Brightwater Utilities priced the bonds 1 basis point tighter.", [bp("1 basis point", "1")]),
    ("Policymakers delivered a 75-basis-point hike.", [bp("75-basis-point", "75", "up")]),
    ("Policymakers delivered a 75 basis-point hike.", [bp("75 basis-point", "75", "up")]),
    ("The 10-year yield fell 12 bps.", [bp("12 bps", "12", "down")]),
    ("The regulator wants a 50bp cut.", [bp("50bp", "50", "down")]),
    ("The regulator wants a 50bps cut.", [bp("50bps", "50", "down")]),
    ("Swap rates climbed 8 bp on Friday.", [bp("8 bp", "8", "up")]),
    ("Swap rates climbed 8 bpts on Friday.", [bp("8 bpts", "8", "up")]),
    ("Spreads tightened by 0.125 bp in thin trade.", [bp("0.125 bp", "0.125")]),
    ("The Fed made a quarter percentage point cut.",
     [pp("a quarter percentage point", "0.25", "down")]),
    ("Rates rose 7/8 of a percentage point over the year.",
     [pp("7/8 of a percentage point", "0.875", "up")]),
    ("The Fed raised interest rates by a quarter of a percentage point.",
     [pp("a quarter of a percentage point", "0.25", "up")]),
    ("The bank lowered its benchmark rate by half a percentage point.",
     [pp("half a percentage point", "0.5", "down")]),
    ("Mortgage rates fell three quarters of a percentage point.",
     [pp("three quarters of a percentage point", "0.75", "down")]),
    ("Mortgage rates fell three-quarters of a percentage point.",
     [pp("three-quarters of a percentage point", "0.75", "down")]),
    ("Mortgage rates rose 3/8 percentage point in April.", [pp("3/8 percentage point", "0.375", "up")]),
    ("Mortgage rates rose 1 1/2 percentage points in April.",
     [pp("1 1/2 percentage points", "1.5", "up")]),
    ("Mortgage rates rose one percentage point in April.", [pp("one percentage point", "1", "up")]),
    ("The jobless rate jumped two percentage points.", [pp("two percentage points", "2", "up")]),
    ("The bank expects eleven pp of margin erosion.", [pp("eleven pp", "11")]),
]

# -- number words, fractions and signs -----------------------------------------------------

NUMBERS: list[Row] = [
    ("Orbis Holdings revenue rose ten percent.", [pct("ten percent", "10", "up")]),
    ("Orbis Holdings revenue rose fifteen per cent.", [pct("fifteen per cent", "15", "up")]),
    ("Orbis Holdings revenue rose twenty-five percent.", [pct("twenty-five percent", "25", "up")]),
    ("Orbis Holdings revenue rose ninety nine percent.", [pct("ninety nine percent", "99", "up")]),
    ("Orbis Holdings revenue rose one hundred percent.", [pct("one hundred percent", "100", "up")]),
    ("The bank offers zero percent financing on new cars.", [pct("zero percent", "0", None)]),
    ("Mortgage rates fell half a percent.", [pct("half a percent", "0.5", "down")]),
    ("Volumes were down a per cent on the year.", [pct("a per cent", "1", "down")]),
    ("The coupon is 2-1/4 pct.", [pct("2-1/4 pct", "2.25", None)]),
    ("Quayside Shipping sold 7-11/16 pct notes due 2031.", [pct("7-11/16 pct", "7.6875", None)]),
    ("The notes carry a 6 3/8 pct coupon.", [pct("6 3/8 pct", "6.375", None)]),
    ("The notes carry a 6-3/8 pct coupon.", [pct("6-3/8 pct", "6.375", None)]),
    ("The notes carry a 6-3/8% coupon.", [pct("6-3/8%", "6.375", None)]),
    ("Treasury yields fell 1/2 pct in the session.", [pct("1/2 pct", "0.5", "down")]),
    ("Economists said growth was a negative 3.7 % in the quarter.",
     [pct("negative 3.7 %", "-3.7", None)]),
    ("Headline growth was a negative 0.6 pct in the quarter.",
     [pct("negative 0.6 pct", "-0.6", None)]),
    ("Inflation was minus five percent in the period.", [pct("minus five percent", "-5", None)]),
    ("Inflation was minus 0.4% in March.", [pct("minus 0.4%", "-0.4", None)]),
    ("Inflation was negative ten percent during the crisis.",
     [pct("negative ten percent", "-10", None)]),
    ("The regulator recorded a change of -0.7 % in fees in May.",
     [pct("-0.7 %", "-0.7", "down")]),
    ("Tamsin Foods reported a change of +1.5% in volumes.", [pct("+1.5%", "1.5", "up")]),
    ("Like-for-like sales were (3.2%) in the period.", [pct("(3.2%)", "-3.2", None)]),
    ("Operating margin came to (12.5 %) for the year.", [pct("(12.5 %)", "-12.5", None)]),
    ("The note pays -6-3/8 pct at maturity.", [pct("-6-3/8 pct", "-6.375")]),
    ("Real yields were minus 6-3/8 pct at the time.", [pct("minus 6-3/8 pct", "-6.375", None)]),
    ("The fund returned 0.000% after fees.", [pct("0.000%", "0")]),
]

# -- ranges ---------------------------------------------------------------------------------

RANGES: list[Row] = [
    ("Margins were 5-7% last year.", [rng("5-7%", "5", "7", None)]),
    ("Margins were 5\u20137% last year.", [rng("5\u20137%", "5", "7", None)]),
    ("Norrland Paper expects sales to grow 15 to 20 pct.", [rng("15 to 20 pct", "15", "20", "up")]),
    ("Norrland Paper expects sales to grow between 5 and 7 pct.",
     [rng("between 5 and 7 pct", "5", "7", "up")]),
    ("Prices will fall 10 to 15 per cent this year.",
     [rng("10 to 15 per cent", "10", "15", "down")]),
    ("Rates could fall 25-50 bps by December.", [rng("25-50 bps", "25", "50", "down", "basis_point")]),
    ("Rates could fall between 25 and 50 basis points.",
     [rng("between 25 and 50 basis points", "25", "50", "down", "basis_point")]),
    ("The spread widened 1.5-2 percentage points.",
     [rng("1.5-2 percentage points", "1.5", "2", "up", "percentage_point")]),
    ("Orbis plans to sell a stake of 5 to 7 percent.", [rng("5 to 7 percent", "5", "7", None)]),
    ("Lumen Retail targets 5-7% annual revenue growth.", [rng("5-7%", "5", "7", "up")]),
    ("Growth of about 3-4% is expected next year.",
     [rng("about 3-4%", "3", "4", "up", approximate=True)]),
    ("Prices were 6 % -9 % lower.", [pct("6 %", "6", "down"), pct("9 %", "9", "down")]),
    ("Yields rose from 5% to 7% over the year.", [pct("5%", "5", None), pct("7%", "7", None)]),
    ("The rate went from 2.1 pct to 2.4 pct in a month.",
     [pct("2.1 pct", "2.1", None), pct("2.4 pct", "2.4", None)]),
]

# -- qualifiers: approximate and bounds ----------------------------------------------------

QUALIFIERS: list[Row] = [
    ("Sales at Tamsin Foods rose about 5% in May.",
     [pct("about 5%", "5", "up", approximate=True, bound=None)]),
    ("Sales at Tamsin Foods rose around 5% in May.", [pct("around 5%", "5", "up", approximate=True)]),
    ("Sales at Tamsin Foods rose approximately 5% in May.",
     [pct("approximately 5%", "5", "up", approximate=True)]),
    ("Sales at Tamsin Foods rose roughly 5% in May.", [pct("roughly 5%", "5", "up", approximate=True)]),
    ("Sales at Tamsin Foods rose nearly 5% in May.", [pct("nearly 5%", "5", "up", approximate=True)]),
    ("Sales at Tamsin Foods rose almost 5% in May.", [pct("almost 5%", "5", "up", approximate=True)]),
    ("Sales at Tamsin Foods rose some 5% in May.", [pct("some 5%", "5", "up", approximate=True)]),
    ("Sales at Tamsin Foods rose close to 5% in May.",
     [pct("close to 5%", "5", "up", approximate=True)]),
    ("Sales at Tamsin Foods rose an estimated 5% in May.",
     [pct("an estimated 5%", "5", "up", approximate=True)]),
    ("Oil prices tumbled more than 4% on Friday.",
     [pct("more than 4%", "4", "down", bound="min", approximate=False)]),
    ("Oil prices tumbled over 4% on Friday.", [pct("over 4%", "4", "down", bound="min")]),
    ("Oil prices tumbled at least 4% on Friday.", [pct("at least 4%", "4", "down", bound="min")]),
    ("Oil prices tumbled in excess of 4% on Friday.",
     [pct("in excess of 4%", "4", "down", bound="min")]),
    ("Oil prices tumbled upwards of 4% on Friday.", [pct("upwards of 4%", "4", "down", bound="min")]),
    ("Oil prices tumbled just over 4% on Friday.", [pct("just over 4%", "4", "down", bound="min")]),
    ("Oil prices slipped less than 1% on Friday.", [pct("less than 1%", "1", "down", bound="max")]),
    ("Oil prices slipped under 1% on Friday.", [pct("under 1%", "1", "down", bound="max")]),
    ("Oil prices slipped just under 1% on Friday.", [pct("just under 1%", "1", "down", bound="max")]),
    ("Oil prices slipped no more than 1% on Friday.",
     [pct("no more than 1%", "1", "down", bound="max")]),
    ("The stock fell as much as 9% before paring losses.",
     [pct("as much as 9%", "9", "down", bound="max")]),
    ("Kestrel shares could rise up to 5% on the news.", [pct("up to 5%", "5", "up", bound="max")]),
    ("Rates could rise by up to 50 basis points.",
     [bp("up to 50 basis points", "50", "up", bound="max")]),
    ("Sales fell exactly 5% in May.", [pct("exactly 5%", "5", "down", approximate=False, bound=None)]),
    ("The bank expects inflation above 3% next year.", [pct("above 3%", "3", None, bound="min")]),
    ("The bank expects inflation below 2% next year.", [pct("below 2%", "2", None, bound="max")]),
    ("About 30% of revenue comes from China.", [pct("About 30%", "30", None, approximate=True)]),
    ("Some 40 pct of voters backed the merger.", [pct("Some 40 pct", "40", None, approximate=True)]),
    ("The jobless rate hovered around 3.9%.", [pct("around 3.9%", "3.9", None, approximate=True)]),
]

# -- direction: verbs of change ------------------------------------------------------------

VERBS_UP: list[Row] = [
    ("Alibaba rival Zhenyu's stock surged by 46.8% in the quarter.", [pct("46.8%", "46.8", "up")]),
    ("Net profit at Harrow Mining rose 12% to 3.4 billion yuan.", [pct("12%", "12", "up")]),
    ("Orbis profit rises 8% on cost cuts", [pct("8%", "8", "up")]),
    ("Kestrel shares surge 20% on trial data", [pct("20%", "20", "up")]),
    ("Lumen gains 3% as bids pile up", [pct("3%", "3", "up")]),
    ("Saffron Air jumps 14% after upgrade", [pct("14%", "14", "up")]),
    ("Revenue grew 8.5% year-on-year to $1.2 billion.", [pct("8.5%", "8.5", "up")]),
    ("The stock has gained 35% this year.", [pct("35%", "35", "up")]),
    ("The shares have risen 35% this year.", [pct("35%", "35", "up")]),
    ("Consumer prices increased 0.3% month-on-month.", [pct("0.3%", "0.3", "up")]),
    ("Kestrel Biotech soared 80 percent after the trial results.", [pct("80 percent", "80", "up")]),
    ("Harrow Mining shares rallied 3.5% on higher copper prices.", [pct("3.5%", "3.5", "up")]),
    ("Pellucid Systems leapt 14% in New York.", [pct("14%", "14", "up")]),
    ("Vantor raised its dividend by 10%.", [pct("10%", "10", "up")]),
    ("Salaries will be raised 3% next year.", [pct("3%", "3", "up")]),
    ("Brightwater lifted its dividend 5 pct.", [pct("5 pct", "5", "up")]),
    ("The FTSE index added 0.7% by midday.", [pct("0.7%", "0.7", "up")]),
    ("The economy expanded 3.2% in the second quarter.", [pct("3.2%", "3.2", "up")]),
    ("Norrland boosted output by 10% at its Umea mill.", [pct("10%", "10", "up")]),
    ("Egg prices spiked 30% in a month.", [pct("30%", "30", "up")]),
    ("The meme stock skyrocketed 300% in a week.", [pct("300%", "300", "up")]),
    ("The euro firmed 0.4% to $1.0850.", [pct("0.4%", "0.4", "up")]),
    ("The rand strengthened 1.1% against the dollar.", [pct("1.1%", "1.1", "up")]),
    ("Airline stocks recovered 2% in the afternoon.", [pct("2%", "2", "up")]),
    ("Marlowe Insurance rebounded 6% after Monday's sell-off.", [pct("6%", "6", "up")]),
    ("Gross margin expanded 80 bps.", [bp("80 bps", "80", "up")]),
    ("Credit spreads widened 20 basis points.", [bp("20 basis points", "20", "up")]),
    ("The Hang Seng Tech Index has advanced 42% since January.", [pct("42%", "42", "up")]),
    ("Brent crude edged up 0.3% in Asian trade.", [pct("0.3%", "0.3", "up")]),
    ("Brent crude edged higher by 0.3% in Asian trade.", [pct("0.3%", "0.3", "up")]),
    ("The unemployment rate ticked up 0.1 percentage point.",
     [pp("0.1 percentage point", "0.1", "up")]),
    ("Analysts expect sales to increase 4% next year.", [pct("4%", "4", "up")]),
    ("Lumen forecasts sales to grow 6% in 2025.", [pct("6%", "6", "up")]),
    ("Sales are forecast to rise 2.5%.", [pct("2.5%", "2.5", "up")]),
    ("The stock closed at $41, climbing 2.2% on the day.", [pct("2.2%", "2.2", "up")]),
    ("Shares have now more than doubled, rising 120%.", [pct("120%", "120", "up")]),
    ("Sales rose a better-than-expected 5%.", [pct("5%", "5", "up")]),
    ("Prices rose a seasonally adjusted 0.6% in July.", [pct("0.6%", "0.6", "up")]),
    ("Revenue climbed 9 per cent, helped by price rises.", [pct("9 per cent", "9", "up")]),
]

VERBS_DOWN: list[Row] = [
    ("Shares of Lumen Retail fell 3% on Monday.", [pct("3%", "3", "down")]),
    ("Orbis profit falls 11% as costs bite", [pct("11%", "11", "down")]),
    ("Saffron Air slumps 9% on profit warning", [pct("9%", "9", "down")]),
    ("The shares have fallen 35% this year.", [pct("35%", "35", "down")]),
    ("Exports dropped 6.1% in September.", [pct("6.1%", "6.1", "down")]),
    ("Quarterly orders declined 2.4% from a year earlier.", [pct("2.4%", "2.4", "down")]),
    ("The pound slid 0.9% against the euro.", [pct("0.9%", "0.9", "down")]),
    ("Kestrel plunged 22% after the trial failed.", [pct("22%", "22", "down")]),
    ("The index lost 1.6% on the week.", [pct("1.6%", "1.6", "down")]),
    ("Net income decreased 4% in the first half.", [pct("4%", "4", "down")]),
    ("The economy shrank 0.8% in the first quarter.", [pct("0.8%", "0.8", "down")]),
    ("Exports contracted 4.1% year on year.", [pct("4.1%", "4.1", "down")]),
    ("Tech stocks retreated 1.2% from record highs.", [pct("1.2%", "1.2", "down")]),
    ("Factory-gate inflation eased 0.4 pct in June.", [pct("0.4 pct", "0.4", "down")]),
    ("The dollar dipped 0.2% against the yen.", [pct("0.2%", "0.2", "down")]),
    ("Vantor will cut its workforce by 8%.", [pct("8%", "8", "down")]),
    ("The dollar index slipped 0.2%.", [pct("0.2%", "0.2", "down")]),
    ("Bank shares tumbled 7% after the rate decision.", [pct("7%", "7", "down")]),
    ("The bank lowered its fee by 15 basis points.", [bp("15 basis points", "15", "down")]),
    ("The carmaker reduced prices by 6% in China.", [pct("6%", "6", "down")]),
    ("Demand diminished 3% in the period.", [pct("3%", "3", "down")]),
    ("Shares of Pellucid sank 13% in Tokyo.", [pct("13%", "13", "down")]),
    ("The stock shed 4.4% in heavy trade.", [pct("4.4%", "4.4", "down")]),
    ("The retailer slashed its dividend by 50%.", [pct("50%", "50", "down")]),
    ("The miner trimmed output 2% after the floods.", [pct("2%", "2", "down")]),
    ("The won weakened 0.6% against the dollar.", [pct("0.6%", "0.6", "down")]),
    ("Shares skidded 3.3% on Wednesday.", [pct("3.3%", "3.3", "down")]),
    ("The Nasdaq sagged 1.1% on rate fears.", [pct("1.1%", "1.1", "down")]),
    ("Bitcoin crashed 15% over the weekend.", [pct("15%", "15", "down")]),
    ("Gold fell back 0.5% in late trade.", [pct("0.5%", "0.5", "down")]),
    ("Treasury yields edged down 2 bps.", [bp("2 bps", "2", "down")]),
    ("Copper edged lower by 0.4% in London.", [pct("0.4%", "0.4", "down")]),
    ("Core inflation ticked down 0.1 percentage point.", [pct("0.1 percentage point", "0.1", "down",
                                                              "percentage_point")]),
    ("Profit margins narrowed by 50 bps.", [bp("50 bps", "50", "down")]),
    ("Yields, which move inversely to prices, fell 3 bps.", [bp("3 bps", "3", "down")]),
    ("Shares fell a smaller-than-expected 2%.", [pct("2%", "2", "down")]),
    ("Shares were down a further 2%.", [pct("2%", "2", "down")]),
    ("The index posted its biggest one-day drop since March, falling 3.1%.",
     [pct("3.1%", "3.1", "down")]),
    ("Housing starts are declining 5% a year.", [pct("5%", "5", "down")]),
    ("Ten-year yields slid 6 bps to 3.98%.", [bp("6 bps", "6", "down"), pct("3.98%", "3.98", None)]),
]

# -- direction: nouns of change ------------------------------------------------------------

NOUNS: list[Row] = [
    ("Kestrel reported a 26% revenue increase.",
     [pct("26%", "26", "up", measure="revenue")]),
    # a number's trailing comma is a word of its own, so a measure stops there
    ("In 2025, hourly pay at Orvane rose 4.0 pct.",
     [pct("4.0 pct", "4.0", "up", measure="hourly pay at Orvane")]),
    ("Nordvik bought $12 million of Lakeside bonds in 2024, up 15%.",
     [pct("15%", "15", "up", measure=None)]),
    ("Analysts had expected a 1.2% increase.", [pct("1.2%", "1.2", "up")]),
    ("Marlowe posted a 4% decline in premiums.", [pct("4%", "4", "down")]),
    ("Kestrel posted a 7% drop in orders.", [pct("7%", "7", "down")]),
    ("The company posted a 5% decline in sales and a 3% rise in costs.",
     [pct("5%", "5", "down"), pct("3%", "3", "up")]),
    ("Retail sales fell 0.5% in April, after a 0.8% rise in March.",
     [pct("0.5%", "0.5", "down"), pct("0.8%", "0.8", "up")]),
    ("The index suffered a 3% fall on Friday.", [pct("3%", "3", "down")]),
    ("Orbis shares posted a 9% jump on the bid news.", [pct("9%", "9", "up")]),
    ("A 15% surge in bookings lifted Saffron Air.", [pct("15%", "15", "up")]),
    ("Copper posted a weekly gain of 2.3%.", [pct("2.3%", "2.3", "up")]),
    ("A 100% increase in output is planned.", [pct("100%", "100", "up")]),
    ("The plan assumes 3% growth in volumes.", [pct("3%", "3", "up")]),
    ("Analysts polled by Reuters had forecast growth of 2.5%.", [pct("2.5%", "2.5", "up")]),
    ("Unions won a 5% pay hike.", [pct("5%", "5", "up")]),
    ("Staff accepted a 3% pay raise.", [pct("3%", "3", "up")]),
    ("The airline reported a 2% improvement in punctuality.", [pct("2%", "2", "up")]),
    ("The yuan's 5% appreciation hurt exporters.", [pct("5%", "5", "up")]),
    ("The lira's 4% depreciation fed inflation.", [pct("4%", "4", "down")]),
    ("The insurer booked a 30% writedown on the unit.", [pct("30%", "30", "down")]),
    ("Lumen announced a 10% reduction in headcount.", [pct("10%", "10", "down")]),
    ("The survey showed a 3% contraction in orders.", [pct("3%", "3", "down")]),
    ("The fund suffered a 12% loss in March.", [pct("12%", "12", "down")]),
    ("It reported a drop of 42 pct in quarterly profit.", [pct("42 pct", "42", "down")]),
    ("Last month brought an increase in orders of 7 per cent at the chain.", [pct("7 per cent", "7", "up")]),
    ("Kestrel posted a rise in net profit of 12%.", [pct("12%", "12", "up")]),
    ("Orders showed a decline of 3% in June.", [pct("3%", "3", "down")]),
    ("The group targets a reduction of 15% in emissions.", [pct("15%", "15", "down")]),
    # a premium or a discount to a reference price is a spread, a level (gold
    # convention); a discount on goods is a price cut
    ("The deal values Lumen at a 32% premium to its closing price.", [pct("32%", "32", None)]),
    ("The shares were priced at a 4.5% discount to Friday's close.", [pct("4.5%", "4.5", None)]),
    ("Kestrel offered a discount of up to 30%.", [pct("up to 30%", "30", "down", bound="max")]),
    ("Kestrel reported a 12% year-on-year rise in deliveries.", [pct("12%", "12", "up")]),
    ("Sales increased 10%, led by a 20% jump in China.",
     [pct("10%", "10", "up"), pct("20%", "20", "up")]),
    ("Sales dropped 3%, compared with a 5% gain a year earlier.",
     [pct("3%", "3", "down"), pct("5%", "5", "up")]),
    ("Exports contracted 4.1% year on year, versus a 2.3% decline in the previous month.",
     [pct("4.1%", "4.1", "down"), pct("2.3%", "2.3", "down")]),
    ("The central bank delivered a 25 bp hike in July.", [bp("25 bp", "25", "up")]),
    ("Policymakers agreed a 50 basis point reduction.", [bp("50 basis point", "50", "down")]),
]

# -- direction: adverbs and comparatives ---------------------------------------------------

ADVERBS: list[Row] = [
    ("Shares were up 5% and bonds were down 3%.",
     [pct("5%", "5", "up"), pct("3%", "3", "down")]),
    ("Orbis up 3%; Vantor down 1%.", [pct("3%", "3", "up"), pct("1%", "1", "down")]),
    ("Lumen Q2 profit down 8%", [pct("8%", "8", "down")]),
    ("Shares of Kestrel closed up 4.3% at $18.20.", [pct("4.3%", "4.3", "up")]),
    ("Lumen's shares are down 17% since January.", [pct("17%", "17", "down")]),
    ("Sales were up 5 percent from a year earlier.", [pct("5 percent", "5", "up")]),
    ("Shares were up a modest 0.5% at midday.", [pct("0.5%", "0.5", "up")]),
    ("Shares were up by 5% on Monday.", [pct("5%", "5", "up")]),
    ("Shares were higher by 5% on Monday.", [pct("5%", "5", "up")]),
    ("Shares were down by 5% on Monday.", [pct("5%", "5", "down")]),
    ("The stock is 30 % lower than its February peak.", [pct("30 %", "30", "down")]),
    ("Shares of Saffron Air ended 2.1% lower.", [pct("2.1%", "2.1", "down")]),
    ("Brent crude futures settled 1.8% lower at $82.10.", [pct("1.8%", "1.8", "down")]),
    ("Sales came in 3% lower than forecast.", [pct("3%", "3", "down")]),
    ("Prices were 3% cheaper than in March.", [pct("3%", "3", "down")]),
    ("The new plant is 20% larger than the old one.", [pct("20%", "20", "up")]),
    ("Revenue was 8% greater than expected.", [pct("8%", "8", "up")]),
    ("Order books are 11% bigger than last year.", [pct("11%", "11", "up")]),
    ("The loss was 10% smaller than forecast.", [pct("10%", "10", "down")]),
    ("The yen was 2% weaker against the dollar.", [pct("2%", "2", "down")]),
    ("The yen was 2% stronger against the dollar.", [pct("2%", "2", "up")]),
    ("Shares moved up 2% in early trade.", [pct("2%", "2", "up")]),
    ("Shares went down 5% in late trade.", [pct("5%", "5", "down")]),
]

# -- levels: no direction ------------------------------------------------------------------

LEVELS: list[Row] = [
    ("Orbis bought a 26% stake in Lumen.", [pct("26%", "26", None)]),
    ("The state fund owns a 30 pct interest in the mine.", [pct("30 pct", "30", None)]),
    ("Orbis holds 9.9% of Lumen after the sale.", [pct("9.9%", "9.9", None)]),
    ("Orbis owns 40% of the company.", [pct("40%", "40", None)]),
    ("Lumen controls 60% of the market.", [pct("60%", "60", None)]),
    ("These units make up 30% of sales.", [pct("30%", "30", None)]),
    ("Sales in Asia accounted for 30% of revenue.", [pct("30%", "30", None)]),
    ("The unit represents 12% of group sales.", [pct("12%", "12", None)]),
    ("Non-performing loans totalled 3.1% of the book.", [pct("3.1%", "3.1", None)]),
    ("Revenue of $5.3 billion, or 12% of the group total, came from Asia.",
     [pct("12%", "12", None)]),
    ("The budget deficit was equivalent to 4.5% of GDP.", [pct("4.5%", "4.5", None)]),
    ("Kestrel is 100% owned by Orbis.", [pct("100%", "100", None)]),
    ("Lumen is a 51%-owned unit of Orbis.", [pct("51%", "51", None)]),
    ("Kestrel has a 20% market share in Brazil.", [pct("20%", "20", None)]),
    ("Unemployment rose to 12.2% in March.", [pct("12.2%", "12.2", None)]),
    ("Inflation fell sharply to 2.1%.", [pct("2.1%", "2.1", None)]),
    ("Inflation accelerated to 3.4% in June.", [pct("3.4%", "3.4", None)]),
    ("The rate climbed back to 5% by year-end.", [pct("5%", "5", None)]),
    ("Vantor raised its stake in Lumen to 15%.", [pct("15%", "15", None)]),
    ("The group lifted its stake to 29.9 per cent.", [pct("29.9 per cent", "29.9", None)]),
    ("Kestrel's stake will fall to 9.8% after the deal.", [pct("9.8%", "9.8", None)]),
    ("The tariff was raised to 25%.", [pct("25%", "25", None)]),
    ("Market share rose to 18.5% from 17.2%.",
     [pct("18.5%", "18.5", None), pct("17.2%", "17.2", None)]),
    ("Inflation slowed to 2.9% in May from 3.1% in April.",
     [pct("2.9%", "2.9", None), pct("3.1%", "3.1", None)]),
    ("Sales growth slowed to 4% from 6%.", [pct("4%", "4", None), pct("6%", "6", None)]),
    ("Kestrel raised its payout ratio to 45%, from 40%.",
     [pct("45%", "45", None), pct("40%", "40", None)]),
    ("The jobless rate was 4.1%, down from 4.3%.",
     [pct("4.1%", "4.1", None), pct("4.3%", "4.3", None)]),
    ("The jobless rate was 4.3%, up from 4.1% in May.",
     [pct("4.3%", "4.3", None), pct("4.1%", "4.1", None)]),
    ("The operating margin was 8.1%.", [pct("8.1%", "8.1", None)]),
    ("Gross margins were 41.2 pct in the quarter.", [pct("41.2 pct", "41.2", None)]),
    ("The margin was 8%, compared with 9% a year earlier.",
     [pct("8%", "8", None), pct("9%", "9", None)]),
    ("The bonds yield 9.388 pct.", [pct("9.388 pct", "9.388", None)]),
    ("The notes were yielding 4.1% in late trade.", [pct("4.1%", "4.1", None)]),
    ("The bonds were priced to yield 6.25%.", [pct("6.25%", "6.25", None)]),
    ("The notes carry a coupon of 5.375%.", [pct("5.375%", "5.375", None)]),
    ("The corporate tax rate of 21% stays in place.", [pct("21%", "21", None)]),
    ("The loan carries an interest rate of 5%.", [pct("5%", "5", None)]),
    ("Inflation of 2.1% was above the 2% target.", [pct("2.1%", "2.1", None), pct("2%", "2", None)]),
    ("The jobless rate stood at 3.9%.", [pct("3.9%", "3.9", None)]),
    ("The unemployment rate held steady at 3.9%.", [pct("3.9%", "3.9", None)]),
    ("The jobless rate remained at 3.9%.", [pct("3.9%", "3.9", None)]),
    ("The jobless rate came in at 3.9%.", [pct("3.9%", "3.9", None)]),
    ("Inflation stayed at 2% for a third month.", [pct("2%", "2", None)]),
    ("Inflation hit a 20-year high of 9.1%.", [pct("9.1%", "9.1", None)]),
    ("Inflation is expected to peak at 4%.", [pct("4%", "4", None)]),
    ("Growth is seen at 3% this year.", [pct("3%", "3", None)]),
    ("Inflation averaged 3.2% last year.", [pct("3.2%", "3.2", None)]),
    ("The ECB kept its deposit rate at 4%.", [pct("4%", "4", None)]),
    ("Rates were left unchanged at 5.25%.", [pct("5.25%", "5.25", None)]),
    ("The Bank of Japan set its policy rate at 0.1%.", [pct("0.1%", "0.1", None)]),
    ("The 10-year yield was little changed at 4.2%.", [pct("4.2%", "4.2", None)]),
    ("Washington imposed a 25% tariff on imported steel.", [pct("25%", "25", None)]),
    ("The lender requires a 5% deposit.", [pct("5%", "5", None)]),
    ("The firm expects margins of around 12%.", [pct("around 12%", "12", None, approximate=True)]),
    ("The pound rose to within 0.5% of parity.", [pct("0.5%", "0.5", None)]),
    ("The yield rose from 4.1% to 4.3%, its highest since 2007.",
     [pct("4.1%", "4.1", None), pct("4.3%", "4.3", None)]),
]

# -- a change, then the level it reached; restatements -------------------------------------

CHANGE_THEN_LEVEL: list[Row] = [
    ("Fleet usage rose by 1.4 pct to 48.6 pct.",
     [pct("1.4 pct", "1.4", "up"), pct("48.6 pct", "48.6", None)]),
    ("Its market share rose by 2 pct to 11 pct.",
     [pct("2 pct", "2", "up"), pct("11 pct", "11", None)]),
    ("Lumen cut fares by 8 pct to 19 pct on some routes.",
     [pct("8 pct", "8", "down"), pct("19 pct", "19", "down")]),
    ("Lumen raised prices by 3 pct to 5 pct.",
     [pct("3 pct", "3", "up"), pct("5 pct", "5", "up")]),
    ("Market share rose 1.3 percentage points to 18.5%.",
     [pp("1.3 percentage points", "1.3", "up"), pct("18.5%", "18.5", None)]),
    ("Core inflation eased 0.2 percentage point to 3.6%.",
     [pp("0.2 percentage point", "0.2", "down"), pct("3.6%", "3.6", None)]),
    ("Gross margin contracted 1.2 percentage points to 31%.",
     [pp("1.2 percentage points", "1.2", "down"), pct("31%", "31", None)]),
    ("The yield on the 10-year note rose 7 basis points to 4.31%.",
     [bp("7 basis points", "7", "up"), pct("4.31%", "4.31", None)]),
    ("Bond yields rose 12 basis points, lifting the 10-year to 4.4%.",
     [bp("12 basis points", "12", "up"), pct("4.4%", "4.4", None)]),
    ("Imports dropped 310 mln dlrs, or 1.6 pct, from the previous month.", [pct("1.6 pct", "1.6", "down")]),
    ("Exports fell 420 mln dlrs, or 1.3 pct, to 31.6 billion dlrs in June.",
     [pct("1.3 pct", "1.3", "down")]),
    ("Net income rose $2.1 billion, or 12%, to $19.6 billion.", [pct("12%", "12", "up")]),
    ("Net income decreased by $3 million, or 4%, from a year earlier.", [pct("4%", "4", "down")]),
    ("Operating profit fell 40 mln euros, or 9.5 pct.", [pct("9.5 pct", "9.5", "down")]),
    ("Exports rose 1.1 billion dlrs, or 6.2 pct, in July.", [pct("6.2 pct", "6.2", "up")]),
    ("Revenues rose 5.3% to 1.2 billion euros, up from 1.1 billion.", [pct("5.3%", "5.3", "up")]),
    ("The yen fell 0.3 percent to 151.2 per dollar.", [pct("0.3 percent", "0.3", "down")]),
    ("Sales rose 8% in 2023, compared with 4% in 2022.",
     [pct("8%", "8", "up"), pct("4%", "4", "up")]),
    ("Profit rose 5 pct in 2021, 8 pct in 2022 and 11 pct in 2023.",
     [pct("5 pct", "5", "up"), pct("8 pct", "8", "up"), pct("11 pct", "11", "up")]),
    ("Consumer prices rose 0.3 pct in May, the statistics office said, and 2.9 pct year-on-year.",
     [pct("0.3 pct", "0.3", "up"), pct("2.9 pct", "2.9", "up")]),
    ("Kestrel's stake will fall by 1.2 percentage points.",
     [pp("1.2 percentage points", "1.2", "down")]),
    ("Tariffs were raised by 10 percentage points.", [pp("10 percentage points", "10", "up")]),
]

# -- several clauses: each percentage takes the direction of its own clause ----------------

CLAUSES: list[Row] = [
    ("Lumen's stock, down 30% this year, rose 2% on Tuesday.",
     [pct("30%", "30", "down"), pct("2%", "2", "up")]),
    ("Shares, which had risen 20% this year, fell 5%.",
     [pct("20%", "20", "up"), pct("5%", "5", "down")]),
    ("Revenue rose 5%, driven by a 12% increase in volumes and a 3% price cut.",
     [pct("5%", "5", "up"), pct("12%", "12", "up"), pct("3%", "3", "down")]),
    ("Inflation rose 0.4% in May, above the 0.3% forecast.",
     [pct("0.4%", "0.4", "up"), pct("0.3%", "0.3", "up")]),
    ("The economy grew 0.2% quarter-on-quarter and 1.5% year-on-year.",
     [pct("0.2%", "0.2", "up"), pct("1.5%", "1.5", "up")]),
    ("Sales rose 5%, or 2% excluding currency effects.",
     [pct("5%", "5", "up"), pct("2%", "2", "up")]),
    ("Yields fell 5 basis points on the week, to 4.1%.",
     [bp("5 basis points", "5", "down"), pct("4.1%", "4.1", None)]),
    ("Revenue rose to $1.2 billion, a 5% increase.", [pct("5%", "5", "up")]),
    ("Revenue rose to $1.2 billion, up 5%.", [pct("5%", "5", "up")]),
    ("Operating profit rose 5% to 1.2 billion euros; the margin was 9.1%.",
     [pct("5%", "5", "up"), pct("9.1%", "9.1", None)]),
    ("Shares of Orbis, which owns 40% of Lumen, rose 2%.",
     [pct("40%", "40", None), pct("2%", "2", "up")]),
    ("Net profit rose 3% to $1.1 billion, while the dividend was raised 10%.",
     [pct("3%", "3", "up"), pct("10%", "10", "up")]),
    ("Lumen's share price has halved, a 50% fall.", [pct("50%", "50", "down")]),
    ("Prices have risen by a cumulative 20% since 2021.", [pct("20%", "20", "up")]),
    ("Rents were flat, after a 2% gain in March.", [pct("2%", "2", "up")]),
    ("Shares rose as much as 7.5% in early trade.",
     [pct("as much as 7.5%", "7.5", "up", bound="max")]),
    ("The fund gained 12% versus a 9% rise in its benchmark.",
     [pct("12%", "12", "up"), pct("9%", "9", "up")]),
    ("Bond prices fell, pushing the yield to 4.5%.", [pct("4.5%", "4.5", None)]),
    ("Shares fell, leaving the stock with a dividend yield of 6%.", [pct("6%", "6", None)]),
    ("The pound rose as inflation held at 3.2%.", [pct("3.2%", "3.2", None)]),
    ("Shares climbed after the bank kept rates at 5%.", [pct("5%", "5", None)]),
    ("Sales rose in May. Margins were 5%.", [pct("5%", "5", None)]),
    ("Sales rose in May. Analysts cited 5% as a target.", [pct("5%", "5", None)]),
]

# -- what changed (a heuristic, checked where the clause is plain) -------------------------

MEASURES: list[Row] = [
    ("Alibaba's stock surged by 46.8%, while the margin was 8.1 pct.",
     [pct("46.8%", "46.8", "up", measure="Alibaba's stock"), pct("8.1 pct", "8.1", None)]),
    ("Cloud unit reported a 26% revenue increase.", [pct("26%", "26", "up", measure="revenue")]),
    ("Revenue rose 26% to $5 billion.", [pct("26%", "26", "up", measure="Revenue")]),
    ("The dollar index slipped 0.2% on Friday.",
     [pct("0.2%", "0.2", "down", measure="The dollar index")]),
    ("Core inflation eased 0.2 percentage point in June.",
     [pp("0.2 percentage point", "0.2", "down", measure="Core inflation")]),
    ("Orbis profit falls 11% as costs bite", [pct("11%", "11", "down", measure="Orbis profit")]),
    ("Exports fell 420 mln dlrs, or 1.3 pct, to 31.6 billion dlrs in June.",
     [pct("1.3 pct", "1.3", "down", measure="Exports")]),
    ("Over the past month, the Hang Seng Tech Index has surged 12%, beating rivals.",
     [pct("12%", "12", "up", measure="the Hang Seng Tech Index")]),
    # a percentage after a determiner that qualifies a noun: a grade, a
    # coupon, a stake (a level), unless a word of change follows
    ("Profit fell on losses at a 50 pct owned affiliate.",
     [pct("50 pct", "50", None)]),
    ("Losses widened at its 35% owned units.",
     [pct("35%", "35", None)]),
    ("The bank is enlarging its 4-1/4 pct bond to 100 mln francs.",
     [pct("4-1/4 pct", "4.25", None)]),
    ("Demand dropped for the one percent sulphur grade.",
     [pct("one percent", "1", None)]),
    ("Shares slid after their 7.5% coupon notes were called.",
     [pct("7.5%", "7.5", None)]),
    ("Norrland posted a 5% year-on-year rise in orders.",
     [pct("5%", "5", "up")]),
    ("Kestrel booked a 12 pct jump in profit.",
     [pct("12 pct", "12", "up")]),
    ("Prices fell 0.2%, below the 0.1% estimate.",
     [pct("0.2%", "0.2", "down"), pct("0.1%", "0.1", "down")]),
    ("Output grew 1.8 pct, well below the 2.8 pct figure of last year.",
     [pct("1.8 pct", "1.8", "up"), pct("2.8 pct", "2.8", "up")]),
    ("Lumen expects 2 pct growth instead of the 4 pct projected earlier.",
     [pct("2 pct", "2", "up"), pct("4 pct", "4", "up")]),
    ("Lumen expects to post sales increases in the 10 to 15 pct range.",
     [rng("10 to 15 pct", "10", "15", "up")]),
]

# -- known gaps (strict xfail) -------------------------------------------------------------

GAPS: list[Row] = [
    ("Prices are 5% higher than a year ago.",
     [pct("5%", "5", "up")]),
    ("Shares of Kestrel closed 4.3% higher at $18.20.",
     [pct("4.3%", "4.3", "up")]),
    ("Lumen said its 2024 sales would be 5% higher.",
     [pct("5%", "5", "up")]),
    ("Volume was 12% higher than a year ago.",
     [pct("12%", "12", "up")]),
    ("The Nikkei closed 1.4% down on the day.",
     [pct("1.4%", "1.4", "down")]),
    ("Shares of Quayside were 3% up at midday.",
     [pct("3%", "3", "up")]),
    ("Shares were off 2.5% in early trade.",
     [pct("2.5%", "2.5", "down")]),
    ("Shares traded 2% above their offer price.", [pct("2%", "2", "up")]),
    ("The stock trades 10% below its listing price.", [pct("10%", "10", "down")]),
    ("Operating margin improved 150 basis points to 12.5%.",
     [bp("150 basis points", "150", "up"), pct("12.5%", "12.5", None)]),
    ("The central bank hiked its key rate by 50 basis points.",
     [bp("50 basis points", "50", "up")]),
    ("Shares plummeted 18% after the audit.",
     [pct("18%", "18", "down")]),
    ("The shares tanked 12% on Thursday.",
     [pct("12%", "12", "down")]),
    ("The stock dived 7% at the open.",
     [pct("7%", "7", "down")]),
    ("The index collapsed 9% in a week.",
     [pct("9%", "9", "down")]),
    ("Saffron Air shares bounced 4% in New York.",
     [pct("4%", "4", "up")]),
    ("The rupee appreciated 1.5% against the dollar.",
     [pct("1.5%", "1.5", "up")]),
    ("The yen depreciated 2% against the dollar.",
     [pct("2%", "2", "down")]),
    ("The currency was devalued by 10%.",
     [pct("10%", "10", "down")]),
    gap("The spread tightened 5 bps.", [bp("5 bps", "5", "down")],
        "'tightened' (a spread narrowing) missing while 'narrowed' is there"),
    ("The stock gave up 2% on Tuesday.",
     [pct("2%", "2", "down")]),
    ("Analysts see a 20% haircut for bondholders.",
     [pct("20%", "20", "down")]),
    ("Norrland reported a 5% uptick in orders.",
     [pct("5%", "5", "up")]),
    ("A 25 bp spike in yields rattled markets.",
     [bp("25 bp", "25", "up")]),
    ("Lumen's shares have lost 40% of their value this year.",
     [pct("40%", "40", "down")]),
    ("GDP expanded at an annualised rate of 2.4%.",
     [pct("2.4%", "2.4", "up")]),
    ("The economy grew at a 3.1% annualised pace.",
     [pct("3.1%", "3.1", "up")]),
    ("The company sees organic growth of 4% to 6% next year.",
     [rng("4% to 6%", "4", "6", "up")]),
    ("Lumen guided for 5% to 7% sales growth.",
     [rng("5% to 7%", "5", "7", "up")]),
    ("Shares rose after Orbis disclosed a 26% stake in the company.",
     [pct("26%", "26", None)]),
    ("Lumen shares jumped on news that Orbis had built a 9.9% holding.",
     [pct("9.9%", "9.9", None)]),
    ("Lumen shares surged after it agreed to sell a 30 pct stake to Orbis.",
     [pct("30 pct", "30", None)]),
    ("Kestrel cut its forecast, citing a 40% tariff on its exports.",
     [pct("40%", "40", None)]),
    ("The stock dropped as the firm warned of a 12% operating margin.", [pct("12%", "12", None)]),
    ("Shares rose on Monday; analysts cited a 5% target.",
     [pct("5%", "5", None)]),
    ("Revenue came to $1.2 billion, 5% more than a year earlier.",
     [pct("5%", "5", "up")]),
    ("Lumen shipped 8% fewer units in May.",
     [pct("8%", "8", "down")]),
    ("Kestrel spent 12% less on marketing.",
     [pct("12%", "12", "down")]),
    ("The deficit widened by 0.5% of GDP last year.",
     [pct("0.5%", "0.5", "up")]),
    ("Unemployment rose to 5%, compared with 4% a year ago.",
     [pct("5%", "5", None), pct("4%", "4", None)]),
    ("The insurer's loss ratio of 65% was better than expected.",
     [pct("65%", "65", None)]),
    ("Buyers need a down payment of 20%.",
     [pct("20%", "20", None)]),
    ("Buyers must put down a 5% deposit.",
     [pct("5%", "5", None)]),
    ("A capital gains tax of 20% applies to the sale.",
     [pct("20%", "20", None)]),
    ("The unemployment rate ticked up to 4.1%.",
     [pct("4.1%", "4.1", None, bound=None)]),
    ("The savings rate edged up to 4.2% from 4.0%.",
     [pct("4.2%", "4.2", None, bound=None), pct("4.0%", "4.0", None)]),
    ("The bank lowered its prime rate by 25 basis points to 8.25%.",
     [bp("25 basis points", "25", "down"), pct("8.25%", "8.25", None)]),
    ("The yield on the 10-year note rose by 7 basis points to 4.31%.",
     [bp("7 basis points", "7", "up"), pct("4.31%", "4.31", None)]),
    ("The central bank cut its key rate by 50 bps to 6.5%.",
     [bp("50 bps", "50", "down"), pct("6.5%", "6.5", None)]),
    # a band written with the unit on each end is one range (SCHEMA)
    ("Rates were raised 25 basis points to a range of 5.25%-5.5%.",
     [bp("25 basis points", "25", "up"), rng("5.25%-5.5%", "5.25", "5.5", None)]),
    gap("Volume grew by a third, or 33%.", [pct("33%", "33", "up")],
        "apposition to a fraction word ('by a third, or 33%') is not followed back to 'grew'"),
    ("The notes pay 5\u00be% a year.",
     [pct("5\u00be%", "5.75", None)]),
    ("The Fed cut rates by \u00bd percentage point.",
     [pp("\u00bd percentage point", "0.5", "down")]),
    ("Kestrel reported a five-percent gain in sales.",
     [pct("five-percent", "5", "up")]),
    ("The Fed cut rates by a full percentage point.",
     [pp("a full percentage point", "1", "down")]),
    ("The Fed announced a half-point rate cut.", [pp("a half-point", "0.5", "down")]),
    ("Last month brought an increase in orders of 7 per cent at the chain.",
     [pct("7 per cent", "7", "up", measure="orders")]),
    ("Kestrel posted a rise in net profit of 12%.",
     [pct("12%", "12", "up", measure="net profit")]),
    ("Shares in Orbis dropped 4%.",
     [pct("4%", "4", "down", measure="Shares in Orbis")]),
    ("Sales at Tamsin Foods rose 5% in May.",
     [pct("5%", "5", "up", measure="Sales at Tamsin Foods")]),
    ("Shares of Kestrel closed up 4.3% at $18.20.",
     [pct("4.3%", "4.3", "up", measure="Shares of Kestrel")]),
    gap("Brent crude edged up 0.3% in Asian trade.",
        [pct("0.3%", "0.3", "up", measure="Brent crude")],
        "measure is 'Brent crude edged': phrasal verbs (edged up, ticked down, moved up) "
        "leave the verb in the noun phrase"),
    ("The stock closed at $41, climbing 2.2% on the day.",
     [pct("2.2%", "2.2", "up", measure="The stock")]),
    ("The yield on the 10-year note rose 7 basis points.",
     [bp("7 basis points", "7", "up", measure="The yield on the 10-year note")]),
    ("Kestrel reported a 12% year-on-year rise in deliveries.",
     [pct("12%", "12", "up", measure="deliveries")]),
]

# fmt: on

POSITIVE = (
    params("surface", SURFACE_FORMS)
    + params("points", POINTS)
    + params("numbers", NUMBERS)
    + params("range", RANGES)
    + params("qualifier", QUALIFIERS)
    + params("verb-up", VERBS_UP)
    + params("verb-down", VERBS_DOWN)
    + params("noun", NOUNS)
    + params("adverb", ADVERBS)
    + params("level", LEVELS)
    + params("change-level", CHANGE_THEN_LEVEL)
    + params("clauses", CLAUSES)
    + params("measure", MEASURES)
    + params("gap", GAPS)
)


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_percent(text: str, expected: list[Expected]) -> None:
    check(text, expected, finparse.extract(text, kinds="percent"))


# -- not percentages -----------------------------------------------------------------------

NOT_PERCENT: list[str | Gap] = [
    # URL encoding and bare signs
    "Read more at https://example.com/search?q=profit%20margin%25 today.",
    "The link https://news.example.com/a%2Fb%3Dc was shared on Monday.",
    "EBIT % was not disclosed in the filing.",
    "The % sign alone is no percentage.",
    "The pct change was not given.",
    "Per cent figures were not given for the unit.",
    "Percent is a word that does not count here.",
    # ratios, multiples and fractions without a unit
    "Lumen's new tablet uses a 16:10 display.",
    "Revenue was 3 times higher than in 2019.",
    "Profit doubled in the quarter.",
    "Profit halved in the quarter.",
    "The venture is funded on a 60-40 split of debt and equity.",
    "Kestrel declared a 3-for-1 stock split.",
    "Kestrel did a 1:10 reverse split.",
    "The fund returned 2x its money.",
    "Lumen trades at 15x earnings.",
    "Lumen's P/E of 25 looks rich.",
    "Sales fell by half.",
    "A third of the staff left.",
    "Two-thirds of the board voted for it.",
    "Four-fifths of the board voted in favour.",
    "Orbis sold 7/8 of its shares.",
    "One in five buyers paid cash.",
    "The ratio was 1.5 to 1.",
    "Voting was 2-1 in favour.",
    "The bill passed 52-48.",
    # index points, not percentages
    "The index ended 0.6 points lower on Friday.",
    "The Dow rose 52.4 points to 38,120.",
    "The FTSE 100 fell 45 pts to 7,512.",
    # units without a number
    "Each basis point of cuts matters to borrowers.",
    "Rates could move by several percentage points.",
    "Yields moved only a few basis points.",
    "The percentage of bad loans rose.",
    "Debt as a percentage of GDP rose.",
    # look-alike abbreviations
    "Ozone levels hit 12 ppm downtown.",
    "The flat rents for 900 pcm in Leeds.",
    "The trust ships 40 pcs a day.",
    "BP shares were steady.",
    "The field pumps 500,000 bpd of crude.",
    "Results are due at 4 pm.",
    "Sales were in the 90th percentile.",
    "Orbis owns PP&E worth $2bn.",
    # other numbers
    "The S&P 500 closed at 5,100.",
    "The plant runs 24/7.",
    "Kestrel filed its 10-K on Monday.",
    "Kestrel's 5G rollout began.",
    "The 3-month rate and the 2-year note were steady.",
    "Net income rose 5 cents a share.",
    "Shares hit a 52-week high.",
    "The company cut 500 jobs.",
    "Lumen's stock has a beta of 1.2.",
    gap("The FTSE 100 fell 45pts to 7,512.", [],
        "glued 'pts' after a stock index is index points, not percentage points"),
]


def _negative_params() -> list[Any]:
    out = []
    for i, row in enumerate(NOT_PERCENT, 1):
        text = row.text if isinstance(row, Gap) else row
        marks = []
        if isinstance(row, Gap):
            marks.append(pytest.mark.xfail(strict=True, reason=row.reason))
        out.append(pytest.param(text, id=f"not-percent-{i:02d}-{text[:48]}", marks=marks))
    return out


@pytest.mark.parametrize("text", _negative_params())
def test_not_percent(text: str) -> None:
    found = finparse.extract(text, kinds="percent")
    assert [m.text for m in found] == []


# -- the mention object --------------------------------------------------------------------


def test_to_dict_single() -> None:
    text = "Shares of Lumen rose about 3.5 pct on Monday."
    (p,) = finparse.extract(text, kinds="percent")
    d = p.to_dict()
    assert {k: v for k, v in d.items() if k != "measure"} == {
        "kind": "percent", "text": "about 3.5 pct", "start": 21, "end": 34, "value": "3.5",
        "low": None, "high": None, "unit": "percent", "direction": "up", "approximate": True,
        "bound": None,
    }
    assert d["measure"] == (None if p.measure is None else p.measure.text)
    assert json.loads(json.dumps(d)) == d


def test_to_dict_range() -> None:
    (p,) = finparse.extract("Rates could fall 25-50 bps.", kinds="percent")
    d = p.to_dict()
    assert (d["value"], d["low"], d["high"], d["unit"], d["direction"]) == (
        None, "25", "50", "basis_point", "down"
    )
    assert p.is_range


def test_to_dict_keeps_written_decimals() -> None:
    (p,) = finparse.extract("The coupon is 5.250%.", kinds="percent")
    assert p.to_dict()["value"] == "5.250"


@pytest.mark.parametrize(
    ("text", "magnitude", "unit"),
    [
        ("up 50 bps", Decimal("50"), "basis_point"),
        ("down 1.5 percentage points", Decimal("1.5"), "percentage_point"),
        ("up 3.5%", Decimal("3.5"), "percent"),
    ],
)
def test_quantity(text: str, magnitude: Decimal, unit: str) -> None:
    (p,) = finparse.extract(text, kinds="percent")
    q = p.quantity
    assert q.magnitude == magnitude
    assert str(q.units) == unit


def test_quantity_of_a_range_raises() -> None:
    (p,) = finparse.extract("margins of 5-7%", kinds="percent")
    with pytest.raises(ValueError, match="range"):
        _ = p.quantity


def test_basis_points_convert_to_percent() -> None:
    (p,) = finparse.extract("The spread widened 50 bps.", kinds="percent")
    assert p.quantity.to("percent").magnitude == Decimal("0.5")


def test_percent_kind_only() -> None:
    text = "Orbis paid $5 billion for a 26% stake, 40 bps over the index."
    found = finparse.extract(text, kinds="percent")
    assert [p.kind for p in found] == ["percent", "percent"]
    assert [p.text for p in found] == ["26%", "40 bps"]
