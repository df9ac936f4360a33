"""Money error classes found auditing real news (third round): "X to Y" ranges
after a word of change that a level word or a plan sets apart, a month's day
read as a range's first end, an adjective after the currency noun ("dlrs
Canadian"), and elliptical amounts after "than". Sentences invented for
finparse."""

from __future__ import annotations

import random

import pytest
import regex

import finparse


def _money(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    out = []
    for m in finparse.extract(text, kinds=["money"]):
        d = m.to_dict()
        out.append((m.text, d["amount"], d["low"], d["high"], d["currency"]))
    return out


def _range(text: str, low: str, high: str, code: str) -> tuple[str, None, str, str, str]:
    return (text, None, low, high, code)


# -- a range after a level word: "rose to 5 to 7", "a loss of 5 to 7", "more than 5 to 7" -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Copper prices climbed to 210 to 215 rand a tonne.",
         [_range("210 to 215 rand", "210", "215", "ZAR")]),
        ("The unit booked a charge of 40 to 55 mln dlrs last quarter.",
         [_range("40 to 55 mln dlrs", "40000000", "55000000", "USD")]),
        ("Analysts see a LOSS OF 9 TO 12 CTS A SHARE.",
         [_range("9 TO 12 CTS", "0.09", "0.12", "USD")]),
        ("The firm posted losses of $4 million to $6 million in each unit.",
         [_range("$4 million to $6 million", "4000000", "6000000", "USD")]),
        ("The shares jumped to €18 to €19 in early trade.",
         [_range("€18 to €19", "18", "19", "EUR")]),
        ("Wheat fell to the 3.10 to 3.20 dlrs a bushel area.",
         [_range("3.10 to 3.20 dlrs", "3.10", "3.20", "USD")]),
        ("The stake could fetch more than 80 to 90 mln stg.",
         [("more than 80 to 90 mln stg", None, "80000000", "90000000", "GBP")]),
        ("Spending will be cut by an additional two to three billion francs.",
         [_range("two to three billion francs", "2000000000", "3000000000", None)]),
        ("Oat futures posted gains of 1-1/4 to 2-1/2 cents per bushel.",
         [_range("1-1/4 to 2-1/2 cents", "0.0125", "0.025", "USD")]),
    ],
)
def test_a_level_word_after_the_change_makes_a_range(text: str, expected: list[tuple[str, ...]]) -> None:
    got = _money(text)
    # francs name several currencies: the code is not what this class is about
    assert len(got) == len(expected)
    assert [(t, a, lo, hi, c if e[4] else None) for (t, a, lo, hi, c), e in zip(got, expected, strict=True)] == expected


# -- a range after a plan: "to raise 5 to 7", "will lose 5 to 7" -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The offering is meant to raise $80 million to $95 million.",
         [_range("$80 million to $95 million", "80000000", "95000000", "USD")]),
        ("The mill expects to lose 20 to 25 mln dlrs this year.",
         [_range("20 to 25 mln dlrs", "20000000", "25000000", "USD")]),
        ("The deal would add £2bn to £3bn of sales.",
         [_range("£2bn to £3bn", "2000000000", "3000000000", "GBP")]),
        ("Prices COULD RISE 3 to 5 dlrs a barrel.",
         [_range("3 to 5 dlrs", "3", "5", "USD")]),
    ],
)
def test_a_change_word_after_a_plan_makes_a_range(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported change then a level: two amounts, or the level alone
        ("Sony rose 40 to 2,150 yen.", [("2,150 yen", "2150", None, None, "JPY")]),
        ("The stock gained $1.10 to $48.60.",
         [("$1.10", "1.10", None, None, "USD"), ("$48.60", "48.60", None, None, "USD")]),
        ("Shares rose about 2 dlrs to 31 dlrs.",
         [("about 2 dlrs", "2", None, None, "USD"), ("31 dlrs", "31", None, None, "USD")]),
        # "from X to Y" after a change, planned or not: two levels
        ("Fares will rise from 5 to 7 dlrs.", [("7 dlrs", "7", None, None, "USD")]),
        ("Fares rose from $5 to $7.", [("$5", "5", None, None, "USD"), ("$7", "7", None, None, "USD")]),
        # "by X to Y": the change, then the level
        ("It will cut the deficit by $30 billion to $140 billion.",
         [("$30 billion", "30000000000", None, None, "USD"), ("$140 billion", "140000000000", None, None, "USD")]),
        ("Officials plan to lift the cap by 5 mln dlrs to 45 mln dlrs.",
         [("5 mln dlrs", "5000000", None, None, "USD"), ("45 mln dlrs", "45000000", None, None, "USD")]),
    ],
)
def test_a_reported_change_still_makes_two_amounts(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank sold between 2 to 2.5 billion dlrs.",
         [_range("2 to 2.5 billion dlrs", "2000000000", "2500000000", "USD")]),
        ("Each unit costs between $40 to $45.", [_range("$40 to $45", "40", "45", "USD")]),
    ],
)
def test_between_a_to_b_is_a_range(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _money(text) == expected


# -- a month's day is no range end: "on March 1 to 2.85 rupees" --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rate eased on March 3 to 7.95 rupees.", [("7.95 rupees", "7.95", None, None, "INR")]),
        ("Outlays in the year starting April 1 rise to 88.2 billion dlrs.",
         [("88.2 billion dlrs", "88200000000", None, None, "USD")]),
        ("Outlays in the year starting April 1 to 88.2 billion dlrs are set.",
         [("88.2 billion dlrs", "88200000000", None, None, "USD")]),
        ("Net for the quarter ended Oct. 31 to 45 mln dlrs was a record.",
         [("45 mln dlrs", "45000000", None, None, "USD")]),
        ("Sinking fund payments each June 30 - 40 dlrs a bond.",
         [("40 dlrs", "40", None, None, "USD")]),
        # not a day: still a range
        ("In June, 30 to 40 mln dlrs flowed in.",
         [_range("30 to 40 mln dlrs", "30000000", "40000000", "USD")]),
    ],
)
def test_a_day_of_a_month_is_not_a_range_end(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _money(text) == expected


# -- an adjective after the currency noun: "12 dlrs Canadian" -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bid is worth 14 dlrs Canadian a share.", [("14 dlrs Canadian", "14", None, None, "CAD")]),
        ("It offered 2.2 billion dollars Australian.",
         [("2.2 billion dollars Australian", "2200000000", None, None, "AUD")]),
        ("Holders get 9.50 dlrs (Canadian) in cash.", [("9.50 dlrs (Canadian)", "9.50", None, None, "CAD")]),
        ("A 3 mln dlrs Cdn credit line was opened.", [("3 mln dlrs Cdn", "3000000", None, None, "CAD")]),
        ("The assets fetched 75 mln dlrs (U.S.).", [("75 mln dlrs (U.S.)", "75000000", None, None, "USD")]),
        ("The assets fetched 75 mln dlrs U.S.", [("75 mln dlrs U.S.", "75000000", None, None, "USD")]),
        # "U.S." before a noun names that noun; other currencies are not narrowed
        ("A 90 billion dlr U.S. budget gap remains.", [("90 billion dlr", "90000000000", None, None, "USD")]),
        ("It paid 12 euros Canadian style.", [("12 euros", "12", None, None, "EUR")]),
        ("It raised 5 mln dlrs Canadian Pacific said.", [("5 mln dlrs", "5000000", None, None, "USD")]),
    ],
)
def test_an_adjective_after_the_noun_narrows_it(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _money(text) == expected


# -- an elliptical amount after "than" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnover was 81.4 billion stg, well above last year but lower than the 84.0 billion in May.",
         [("81.4 billion stg", "81400000000", None, None, "GBP"),
          ("84.0 billion", "84000000000", None, None, "GBP")]),
        ("It spent 150 mln dlrs, less than Chrysler's 169.1 mln.",
         [("150 mln dlrs", "150000000", None, None, "USD"), ("169.1 mln", "169100000", None, None, "USD")]),
        # a noun after the number: it counts something else
        ("It paid 40 mln dlrs to more than 2.5 mln holders.",
         [("40 mln dlrs", "40000000", None, None, "USD")]),
    ],
)
def test_an_elliptical_amount_after_than(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _money(text) == expected


# -- the "to" reader reads what its pattern reads ------------------------------------------------


@pytest.mark.parametrize("bare", [False, True], ids=["to", "to_bare"])
def test_to_reader_with_level_and_plan_words_reads_what_its_pattern_reads(bare: bool) -> None:
    from finparse.money import _context_words, _to_bare_pattern, _to_pattern, _ToReader

    rng = random.Random(7)
    words = [*_context_words("range-level"), *_context_words("plan"), "rose", "raise", "by", "from",
             "ranging", "cheapened", "5", "$5", "mln", "dlrs", "x" * 21, "-"]
    spaces = [" ", " ", "  ", "   ", "    ", "\u00a0", "\n", ""]
    parts = []
    for _ in range(1500):
        word = rng.choice(words)
        parts.append(rng.choice(spaces) + rng.choice([word, word.upper(), word.title()]))
        if rng.random() < 0.3:
            parts.append(rng.choice(spaces[:6]) + rng.choice(["to", "TO"]) + rng.choice(spaces[:6]))
    text = "".join(parts)
    pattern = regex.compile(_to_bare_pattern() if bare else _to_pattern())
    reader = _ToReader(bare=bare)
    for pos in range(len(text)):
        m = pattern.match(text, pos)
        assert reader.read(text, pos) == ((m.group(), m.end()) if m else None), (pos, text[max(0, pos - 60):pos + 5])
