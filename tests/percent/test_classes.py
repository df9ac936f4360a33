"""Classes of percent misses, each with variants (word order, plural, spacing, case,
hyphenation, other verbs and nouns).

Every sentence here was written for finparse; companies and figures are invented.
The rows follow the style of ``test_corpus.py``: ``(text, [expected mentions])``.
"""

from __future__ import annotations

from typing import Any

import pytest
from corpus_rows import Row, params

import finparse

from .test_corpus import bp, check, pct, pp, rng

# fmt: off

# -- nouns of change, returns, effects -------------------------------------------------------

NOUNS_OF_CHANGE: list[Row] = [
    ("Kestrel reported growth of 12% in deliveries.", [pct("12%", "12", "up")]),
    ("Orbis posted a 12% gain in orders.", [pct("12%", "12", "up", measure="orders")]),
    ("Orbis posted a 12 % slump in orders.", [pct("12 %", "12", "down", measure="orders")]),
    ("ORBIS POSTED A 12 PCT DROP IN ORDERS.", [pct("12 PCT", "12", "down")]),
    ("Orbis posted a 12-percent jump in orders.", [pct("12-percent", "12", "up")]),
    ("Orders showed a jump of 12 per cent.", [pct("12 per cent", "12", "up")]),
    ("Harrow booked declines of 3% and 4% in its two units.",
     [pct("3%", "3", "down"), pct("4%", "4", "down")]),
    ("Margins showed an expansion of 110 basis points.", [bp("110 basis points", "110", "up")]),
    ("Margins saw a contraction of 40 bps.", [bp("40 bps", "40", "down")]),
    ("Retailers took a 5% markdown on winter stock.", [pct("5%", "5", "down")]),
    ("Phone makers offered a 10 pct discount on handsets.", [pct("10 pct", "10", "down")]),
]

RETURNS: list[Row] = [
    ("The Tamsin fund delivered a 9% return last year.", [pct("9%", "9", "up")]),
    ("The Tamsin fund posted a return of 7.5 per cent.", [pct("7.5 per cent", "7.5", "up")]),
    ("The Tamsin fund delivered a -3.1% return in 2023.", [pct("-3.1%", "-3.1", "down")]),
    ("Investors earned returns of 4% a year.", [pct("4%", "4", "up")]),
    ("The Calder trust returned 11.2% over five years.",
     [pct("11.2%", "11.2", "up", measure="The Calder trust")]),
    ("The trust has returned about 6 pct since launch.", [pct("about 6 pct", "6", "up")]),
    ("Its portfolio, returning 6 pct since launch, beat rivals.", [pct("6 pct", "6", "up")]),
    ("Return on equity of 15% was reported.", [pct("15%", "15", None)]),
    ("Lumen targets a 15% return on equity.", [pct("15%", "15", None)]),
    ("The notes offer a return at Libor plus 45 basis points.",
     [bp("plus 45 basis points", "45", None)]),
]

EFFECTS: list[Row] = [
    ("Tariffs had a negative effect of half a percentage point on growth.",
     [pp("half a percentage point", "0.5", "down")]),
    ("Currency moves had an adverse impact of 2% on sales.", [pct("2%", "2", "down")]),
    ("The weak yen had a positive impact of 0.3 percentage points.",
     [pp("0.3 percentage points", "0.3", "up")]),
    ("A weaker dollar caused a 1.5 pct negative impact on sales.", [pct("1.5 pct", "1.5", "down")]),
    ("Sales included a favourable currency effect of 1%.", [pct("1%", "1", "up")]),
    ("Sales rose 4%, or 2% excluding currency effects.",
     [pct("4%", "4", "up"), pct("2%", "2", "up")]),
]

# -- a subject of change, a running total --------------------------------------------------

SUBJECTS: list[Row] = [
    ("The rise in producer prices was 3.7 pct in May.", [pct("3.7 pct", "3.7", "up")]),
    ("The year-on-year increase in sales was 8%.", [pct("8%", "8", "up")]),
    ("Its decline was 5 percent, the firm said.", [pct("5 percent", "5", "down")]),
    ("The cut was 25 basis points.", [bp("25 basis points", "25", "down")]),
    ("The rising rate was 5% in May.", [pct("5%", "5", None)]),
    ("The margin was 8%.", [pct("8%", "8", None)]),
]

RUNNING_TOTALS: list[Row] = [
    ("Lumen rose again, bringing its two-day rise to 12p, or 2.0%.", [pct("2.0%", "2.0", "up")]),
    ("The rally continued, taking its gain this year to 14%.", [pct("14%", "14", "up")]),
    ("The sixth hike took the total increase to 250 basis points.",
     [bp("250 basis points", "250", "up")]),
    ("Kestrel fell further, extending its losses to 12 pct.", [pct("12 pct", "12", "down")]),
    ("Orbis lifted its stake to 12%.", [pct("12%", "12", None)]),
    ("The bank lifted the rate to 5%.", [pct("5%", "5", None)]),
]

# -- coordination: one verb governs two percentages ----------------------------------------

COORDINATION: list[Row] = [
    ("Kestrel lifted sales by 12% and margins by 2%.",
     [pct("12%", "12", "up", measure="sales"), pct("2%", "2", "up", measure="margins")]),
    ("Lumen cut prices by 5 pct and fees by 3 pct.",
     [pct("5 pct", "5", "down", measure="prices"), pct("3 pct", "3", "down", measure="fees")]),
    ("The pound is down 17 per cent against the dollar and 11 per cent against the euro.",
     [pct("17 per cent", "17", "down"), pct("11 per cent", "11", "down")]),
    ("The rand is up 2% on the U.S. dollar, and 1% on the euro.",
     [pct("2%", "2", "up"), pct("1%", "1", "up")]),
    ("Sales rose 5% and margins were 3%.", [pct("5%", "5", "up"), pct("3%", "3", None)]),
    ("Orbis owns 40% and Lumen sold 10%.", [pct("40%", "40", None), pct("10%", "10", None)]),
    ("The state may hold up to 30 pct in mines and 22.5 pct in oil projects.",
     [pct("up to 30 pct", "30", None), pct("22.5 pct", "22.5", None)]),
]

# -- shares taken, comparisons, spreads ----------------------------------------------------

SHARES_AND_SPREADS: list[Row] = [
    ("Snapfin is cutting 10% of its staff.", [pct("10%", "10", None)]),
    ("Snapfin slashed 15 pct of its workforce.", [pct("15 pct", "15", None)]),
    ("The group trimmed 5 per cent of its jobs.", [pct("5 per cent", "5", None)]),
    ("Lumen shares were 20% below their peak.", [pct("20%", "20", "down")]),
    ("Loadings were 12 pct above a year earlier.", [pct("12 pct", "12", "up")]),
    ("Sales were about 50 pct below sales in the year-ago quarter.",
     [pct("about 50 pct", "50", "down", approximate=True)]),
    ("Orbis will buy the assets at 5% below net asset value.", [pct("5%", "5", None)]),
    ("The notes priced 120 basis points above Treasuries.", [bp("120 basis points", "120", None)]),
    ("Bank rate is set 1/4 percentage point above the bill yield.",
     [pp("1/4 percentage point", "0.25", None)]),
    ("The bid is a 30% premium over the closing price.", [pct("30%", "30", None)]),
    ("The price represents a premium of 25 pct to the share price.", [pct("25 pct", "25", None)]),
    ("The listings reflect premiums of 27.2% and 25.4% respectively.",
     [pct("27.2%", "27.2", None), pct("25.4%", "25.4", None)]),
    ("The 2.5 pct discount rate is low.", [pct("2.5 pct", "2.5", None)]),
]

# -- spelled decimals, fractions of a point, "N and a fraction" ---------------------------

SPELLED: list[Row] = [
    ("Operating profit rose three-point-two percent.", [pct("three-point-two percent", "3.2", "up")]),
    ("Operating profit rose 31-point-eight percent.", [pct("31-point-eight percent", "31.8", "up")]),
    ("Operating profit rose twelve point five per cent.",
     [pct("twelve point five per cent", "12.5", "up")]),
    ("Operating Profit Rose Twelve-Point-Five Percent.",
     [pct("Twelve-Point-Five Percent", "12.5", "up")]),
    ("Inflation was zero point seven pct.", [pct("zero point seven pct", "0.7", None)]),
    ("Yields were four point two five percent.", [pct("four point two five percent", "4.25", None)]),
    ("The coupon is Eleven and three-quarters pct.",
     [pct("Eleven and three-quarters pct", "11.75", None)]),
    ("The coupon is 6 and a quarter per cent.", [pct("6 and a quarter per cent", "6.25", None)]),
    ("The coupon is nine and one-eighth percent.", [pct("nine and one-eighth percent", "9.125", None)]),
    ("The coupon is eleven and a quarter pct.", [pct("eleven and a quarter pct", "11.25", None)]),
]

FRACTION_POINTS: list[Row] = [
    ("Policymakers delivered a half-point cut.", [pp("a half-point", "0.5", "down")]),
    ("Policymakers delivered a quarter-point rate hike.", [pp("a quarter-point", "0.25", "up")]),
    ("The Fed made a half point increase in March.", [pp("a half point", "0.5", "up")]),
    ("The bank cut rates by an eighth of a point.", [pp("an eighth of a point", "0.125", "down")]),
    ("The bank raised its key rate by half a point.", [pp("half a point", "0.5", "up")]),
    ("The bank lowered its rates by three-quarters of a point.",
     [pp("three-quarters of a point", "0.75", "down")]),
    ("The Fed cut its benchmark rate by a quarter point to a range of 2%-2.25%.",
     [pp("a quarter point", "0.25", "down"), rng("2%-2.25%", "2", "2.25", None)]),
    ("The Fed cut the funds rate by a quarter of a point to 2 to 2.25% amid slowing growth.",
     [pp("a quarter of a point", "0.25", "down"), rng("2 to 2.25%", "2", "2.25", None)]),
    ("A Fed official said a half-point move was possible.", [pp("a half-point", "0.5", None)]),
    ("The Fed cut rates by a full point.", [pp("a full point", "1", "down", measure="rates")]),
    ("The Treasury bond rose half a point to 99-1/2.", []),
    ("The index gained half a point.", []),
    ("The chess player scored half a point.", []),
]

# -- ranges --------------------------------------------------------------------------------

RANGES: list[Row] = [
    ("Yields range from 7-1/4 to 9.27 pct.", [rng("7-1/4 to 9.27 pct", "7.25", "9.27", None)]),
    ("The notes carry rates ranging from 3.9 to 5.15 pct.",
     [rng("3.9 to 5.15 pct", "3.9", "5.15", None)]),
    ("Coupons Ranged From 6 To 7.5 Percent.", [rng("6 To 7.5 Percent", "6", "7.5", None)]),
    ("Prime rates now range from 16 pct to 17.5 pct.",
     [pct("16 pct", "16", None), pct("17.5 pct", "17.5", None)]),
    ("The target range is now 4.50%-4.75%.", [rng("4.50%-4.75%", "4.50", "4.75", None)]),
    ("The target range is now 2% - 2.25%.", [rng("2% - 2.25%", "2", "2.25", None)]),
    ("The target range is now 4.75%\u20135.00%.", [rng("4.75%\u20135.00%", "4.75", "5.00", None)]),
    ("Guidance implies an increase of 6% to 9% over 2023.", [rng("6% to 9%", "6", "9", "up")]),
    ("Infosys trimmed its guidance to 1.0%-3.5% from 4-7% earlier.",
     [rng("1.0%-3.5%", "1.0", "3.5", None), rng("4-7%", "4", "7", None)]),
    ("Lumen cut fares by 10 pct to 21 pct.", [pct("10 pct", "10", "down"), pct("21 pct", "21", "down")]),
    ("Utilisation rose 1.4 pct to 48.6 pct.", [pct("1.4 pct", "1.4", "up"), pct("48.6 pct", "48.6", None)]),
    ("Deposit rates rose 0.25% to 0.5% this year.",
     [pct("0.25%", "0.25", "up"), pct("0.5%", "0.5", None)]),
    ("The charger fills the battery from 0 to 70 per cent in 30 minutes.",
     [pct("0", "0", None), pct("70 per cent", "70", None)]),
    ("Prices rose from 5 to 7 pct.", [pct("5", "5", None), pct("7 pct", "7", None)]),
    ("The board raised the cash rate target by 25 basis points to 35 basis points.",
     [bp("25 basis points", "25", "up", measure="the cash rate target"),
      bp("35 basis points", "35", None)]),
]

# -- what changed: the object of a verb of change ------------------------------------------

MEASURES: list[Row] = [
    ("The central bank raised the benchmark rate by 25 basis points.",
     [bp("25 basis points", "25", "up", measure="the benchmark rate")]),
    ("The Fed cut its key rate 50 bps.", [bp("50 bps", "50", "down", measure="its key rate")]),
    ("Lumen raised prices in Europe by 4%.", [pct("4%", "4", "up", measure="prices in Europe")]),
    ("Orbis boosted its dividend by 10 per cent.",
     [pct("10 per cent", "10", "up", measure="its dividend")]),
    ("The government devalued the peso 20% against the dollar.",
     [pct("20%", "20", "down", measure="the peso")]),
    ("Output rose a revised 2.4% in May.", [pct("2.4%", "2.4", "up", measure="Output")]),
    ("Orders fell back 10 pct in June.", [pct("10 pct", "10", "down", measure="Orders")]),
    ("Prices were stable and fell a slight 0.2 pct.", [pct("0.2 pct", "0.2", "down")]),
]

# fmt: on

POSITIVE = (
    params("nouns", NOUNS_OF_CHANGE)
    + params("returns", RETURNS)
    + params("effects", EFFECTS)
    + params("subjects", SUBJECTS)
    + params("running", RUNNING_TOTALS)
    + params("coordination", COORDINATION)
    + params("shares", SHARES_AND_SPREADS)
    + params("spelled", SPELLED)
    + params("points", FRACTION_POINTS)
    + params("ranges", RANGES)
    + params("measures", MEASURES)
)


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_class(text: str, expected: list[Any]) -> None:
    check(text, expected, finparse.extract(text, kinds="percent"))
