"""The money grammar family by family: each production reads its written variants.

Every production function of :mod:`finparse.money` (a currency before the
number, after it, bare numbers, ranges, bid and offer, cents written apart,
lead words) is tried alone here: several ways of writing what it reads
(plural, spacing, case, word order, another currency), and a near miss it
must refuse. The corpus tests (``test_corpus.py``) check the composed
parser; these say which piece reads what.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from finparse.core import ParseError, Parser, regex_parser, seq
from finparse.money import (
    MoneyOptions,
    _a_one,
    _amount,
    _bare_side,
    _bare_side_next,
    _bare_tail,
    _between_bare_first,
    _between_unit_first,
    _cents,
    _cents_digits,
    _cents_with_unit,
    _cents_words,
    _dash,
    _dash_tail,
    _free_number,
    _lead_words,
    _money_inner,
    _number,
    _pair_side,
    _percent_words,
    _post_side,
    _post_side_next,
    _pre_side,
    _Side,
    _small_number_words,
    _to,
    _to_any_tail,
    _to_bare,
    _to_unit_tail,
    _unit_after,
)

OPTIONS = MoneyOptions()
#: Another currency form, given as an option.
BOLIVAR = MoneyOptions(currency_forms=(("Bs.F", "VEF"),))


def _refuses(parser: Parser[Any], text: str) -> None:
    with pytest.raises(ParseError):
        parser.parse(text)


def _side(side: _Side) -> tuple[str, int, tuple[str, ...], bool]:
    """(numeral, scale, units as written, negative) of a side."""
    return side.numeral.text, side.scale, tuple(u.text for u in side.units), side.negative


# -- lead words ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("about $5", (0, "approximate", False)),
    ("ABOUT  $5", (0, "approximate", False)),
    ("more than\u00a0$5", (0, "min", False)),
    ("up to minus $3", (0, "max", True)),
    ("Negative EUR 15.5 mn", (0, None, True)),
    ("\ufeffroughly $5", (1, "approximate", False)),
    ("$5", (0, None, False)),
])
def test_lead_words(text: str, value: tuple[int, str | None, bool]) -> None:
    assert LEAD.parse(text) == value


#: Lead words, then the rest of the text.
LEAD = _lead_words() << regex_parser(r"\S.*")


@pytest.mark.parametrize("text", ["abouts $5", "minus. $5", "about-$5"])
def test_lead_words_near_miss(text: str) -> None:
    # a qualifier glued to more letters is no qualifier; a sign word must
    # be followed by spaces, then the amount
    assert LEAD.parse(text) == (0, None, False)


# -- bare numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("16.3 mln", (False, "16.3", 1_000_000, Decimal(0))),
    ("16.3MN", (False, "16.3", 1_000_000, Decimal(0))),
    ("5-million", (False, "5", 1_000_000, Decimal(0))),
    ("two billion", (False, "two billion", 1, Decimal(0))),
    ("-3", (True, "3", 1, Decimal(0))),
    ("48-1/2", (False, "48", 1, Decimal("0.5"))),
    ("8\u00be", (False, "8", 1, Decimal("0.75"))),
    ("1/2", (False, "0", 1, Decimal("0.5"))),
    ("a quarter million", (False, "0", 1_000_000, Decimal("0.25"))),
    ("Three Quarters of a Billion", (False, "0", 1_000_000_000, Decimal("0.75"))),
])
def test_number(text: str, value: tuple[bool, str, int, Decimal]) -> None:
    negative, numeral, scale, fraction = _number().parse(text)
    assert (negative, numeral.text, scale, fraction) == value


@pytest.mark.parametrize("text", ["1/3", "a quarter", "5 m2"])
def test_number_near_miss(text: str) -> None:
    # a third is no newswire fraction; a quarter needs a scale; "m2" is no scale
    _refuses(_number(), text)


@pytest.mark.parametrize("text", ["a dollar", "An euro", "A  Dollar"])
def test_a_one(text: str) -> None:
    found = _a_one().search(text)
    assert found is not None and found.value[1].text == "one"


def test_a_one_near_miss() -> None:
    assert _a_one().search("a dollars") is None
    assert _a_one().search("a yen") is None


def test_free_number() -> None:
    assert [m.text for m in _free_number().finditer("A5, B-5, x_5, 7 and 5m")] == ["7", "5m"]


@pytest.mark.parametrize(("text", "side"), [
    ("5.2 billion", ("5.2", 1_000_000_000, (), False)),
    ("5.2bn", ("5.2", 1_000_000_000, (), False)),
    ("five", ("five", 1, (), False)),
    ("1,234.5", ("1,234.5", 1, (), False)),
    ("-7", ("7", 1, (), True)),
])
def test_bare_side(text: str, side: tuple[str, int, tuple[str, ...], bool]) -> None:
    assert _side(_bare_side().parse(text)) == side


def test_bare_side_near_miss() -> None:
    _refuses(_bare_side(), "5 dollars")  # a currency after it: not bare
    assert _bare_side().search("B5") is None


@pytest.mark.parametrize("text", ["6", "six", "6 bln", "6.5"])
def test_bare_side_next(text: str) -> None:
    assert _bare_side_next().parse(text).units == ()


@pytest.mark.parametrize("text", ["6 pct", "6%", "6 per  cent", "6 PERCENT", "6pc"])
def test_bare_side_next_near_miss(text: str) -> None:
    # the second end of "$5-6 pct" is a percentage, not money
    assert _bare_side_next().search(text) is None


# -- a currency before the number ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "side"), [
    ("$5", ("5", 1, ("$",), False)),
    ("US$ 16.3 mn", ("16.3", 1_000_000, ("US$",), False)),
    ("EUR74.8 m", ("74.8", 1_000_000, ("EUR",), False)),
    ("usd 5", ("5", 1, ("usd",), False)),
    ("Rs. 500 crore", ("500", 10_000_000, ("Rs.",), False)),
    ("Rs: 500", ("500", 1, ("Rs",), False)),
    ("-$3", ("3", 1, ("$",), True)),
    ("$(1.2) mln", ("1.2", 1_000_000, ("$",), True)),
    ("ringgit 57", ("57", 1, ("ringgit",), False)),
    ("Swiss francs 5 million", ("5", 1_000_000, ("Swiss francs",), False)),
    ("$65.00 U.S.", ("65.00", 1, ("$", "U.S."), False)),
    ("\u20ac 2,5 Mrd", ("2,5", 1_000_000_000, ("\u20ac",), False)),
])
def test_pre_side(text: str, side: tuple[str, int, tuple[str, ...], bool]) -> None:
    assert _side(_pre_side(OPTIONS).parse(text)) == side


def test_pre_side_another_currency_form() -> None:
    side = _pre_side(BOLIVAR).parse("Bs.F 5 mln")
    assert side.pre is not None and side.pre.codes == ("VEF",)
    _refuses(_pre_side(OPTIONS), "Bs.F 5 mln")


@pytest.mark.parametrize("text", ["euro 5", "Francs  5", "dollars 5"])
def test_pre_side_near_miss(text: str) -> None:
    # a currency noun before a number needs a scale ("euro 5 million")
    _refuses(_pre_side(OPTIONS), text)


# -- a currency after the number -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "unit", "scale"), [
    (" dollars", "dollars", 1),
    (" DLRS", "DLRS", 1),
    (" Canadian dlrs", "Canadian dlrs", 1),
    ("-dollar", "dollar", 1),
    ("p", "p", 1),
    (" RMB mln", "RMB", 1_000_000),
])
def test_unit_after(text: str, unit: str, scale: int) -> None:
    hit, found_scale = _unit_after(OPTIONS).parse(text)
    assert (hit.text, found_scale) == (unit, scale)


@pytest.mark.parametrize("text", [" people", " pct"])
def test_unit_after_near_miss(text: str) -> None:
    _refuses(_unit_after(OPTIONS), text)


@pytest.mark.parametrize(("text", "side", "codes"), [
    ("5 dollars", ("5", 1, ("dollars",), False), None),
    ("5 Dollars", ("5", 1, ("Dollars",), False), None),
    ("16.3 mln euros", ("16.3", 1_000_000, ("euros",), False), ("EUR",)),
    ("5bn yen", ("5", 1_000_000_000, ("yen",), False), ("JPY",)),
    ("12.5 billion rupiah", ("12.5", 1_000_000_000, ("rupiah",), False), ("IDR",)),
    ("5 Swiss Francs", ("5", 1, ("Swiss Francs",), False), ("CHF",)),
    ("5 US dollars", ("5", 1, ("US dollars",), False), ("USD",)),
    ("twenty-five pounds sterling", ("twenty-five", 1, ("pounds sterling",), False), ("GBP",)),
    ("5 EUR", ("5", 1, ("EUR",), False), ("EUR",)),
    ("50 cents", ("50", 1, ("cents",), False), None),
    ("48-1/2 dlrs", ("48", 1, ("dlrs",), False), None),
])
def test_post_side(text: str, side: tuple[str, int, tuple[str, ...], bool],
                   codes: tuple[str, ...] | None) -> None:
    found = _post_side(OPTIONS).parse(text)
    assert _side(found) == side
    if codes is not None:
        assert found.post is not None and found.post.codes == codes


def test_post_side_fraction_sign() -> None:
    found = _post_side(OPTIONS).parse("8\u00bep")
    assert (found.fraction, found.post and found.post.form.kind) == (Decimal("0.75"), "minor")


@pytest.mark.parametrize("text", ["1.6 mln shares", "5 people", "5 dollars US"])
def test_post_side_near_miss(text: str) -> None:
    _refuses(_post_side(OPTIONS), text)


@pytest.mark.parametrize("text", ["25 dollars", "6 bln euros", "six Euros"])
def test_post_side_next(text: str) -> None:
    assert _post_side_next(OPTIONS).parse(text).post is not None


def test_post_side_next_near_miss() -> None:
    _refuses(_post_side_next(OPTIONS), "6 pct")


# -- bid and offer -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("401.50/90 dlrs", "401.50", "401.90", "dlrs"),
    ("1.50/60 stg", "1.50", "1.60", "stg"),
    ("3.250/375 DLRS", "3.250", "3.375", "DLRS"),
])
def test_pair_side(text: str, low: str, high: str, unit: str) -> None:
    first, second = _pair_side(OPTIONS).parse(text)
    assert (first.numeral.text, second.numeral.text) == (low, high)
    assert second.post is not None and second.post.text == unit


@pytest.mark.parametrize("text", ["401.50/40 dlrs", "401.5/90 dlrs", "401.50/90 shares"])
def test_pair_side_near_miss(text: str) -> None:
    # the offer is above the bid and repeats no more digits than it has
    _refuses(_pair_side(OPTIONS), text)


# -- cents written apart -------------------------------------------------------------------------


def test_small_number_words() -> None:
    import regex

    words = regex.compile(_small_number_words())
    for text in ["seven", "Forty-Two", "ninety nine", "TEN", "nineteen"]:
        assert words.fullmatch(text), text
    for text in ["hundred", "zero", "sevens"]:
        assert not words.fullmatch(text), text


@pytest.mark.parametrize(("text", "cents", "unit"), [
    (" and 62c", Decimal(62), "c"),
    (" and 62 cents", Decimal(62), "cents"),
    (" AND  5 Cents", Decimal(5), "Cents"),
    (" 50 pence", Decimal(50), "pence"),
    (" and twenty cents", Decimal(20), "cents"),
    (" and 20p", Decimal(20), "p"),
])
def test_cents_with_unit(text: str, cents: Decimal, unit: str) -> None:
    value, hit = _cents_with_unit(OPTIONS).parse(text)
    assert (value, hit and hit.text) == (cents, unit)


@pytest.mark.parametrize("text", [" and 62 shares", " and 620 cents"])
def test_cents_with_unit_near_miss(text: str) -> None:
    _refuses(_cents_with_unit(OPTIONS), text)


@pytest.mark.parametrize(("text", "cents"), [
    (" and sixteen", Decimal(16)),
    (" AND Forty-Two", Decimal(42)),
    ("  and  five", Decimal(5)),
    (" fifty", Decimal(50)),
])
def test_cents_words(text: str, cents: Decimal) -> None:
    assert _cents_words().parse(text) == (cents, None)


@pytest.mark.parametrize("text", [" and two hundred shares", " and ten thousand", " fifty shares",
                                  " and seven $"])
def test_cents_words_near_miss(text: str) -> None:
    # the words go on: they are a number of their own
    assert _cents_words().search(text) is None


@pytest.mark.parametrize(("text", "cents"), [(" 40", 40), (" and 5", 5), (" and 05", 5), (" 99.", 99)])
def test_cents_digits(text: str, cents: int) -> None:
    found = _cents_digits(OPTIONS).search(text)
    assert found is not None and found.value == (Decimal(cents), None)


@pytest.mark.parametrize("text", [" 40 EUR", " 40 usd", " 40 pct", " 40%", " 40 mln", " 40 Billion",
                                  " 40 per share", " 4", " 40.5", " 40th"])
def test_cents_digits_near_miss(text: str) -> None:
    # a currency, percent or scale after them makes the digits a number of their own
    assert _cents_digits(OPTIONS).search(text) is None


@pytest.mark.parametrize(("text", "cents"), [(" and 62c", 62), (" and sixteen", 16), (" 40", 40)])
def test_cents(text: str, cents: int) -> None:
    assert _cents(OPTIONS).parse(text)[0] == Decimal(cents)


# -- ranges: "A to B", "A-B", "between A and B" ----------------------------------------------------


@pytest.mark.parametrize("text", ["-", " - ", "\u2013", " \u2014  "])
def test_dash(text: str) -> None:
    assert _dash().parse(text) == text


def test_dash_near_miss() -> None:
    _refuses(_dash(), "/")


@pytest.mark.parametrize(("text", "first", "is_range"), [
    ("$5 to $7", "$5", True),
    ("$5 TO  $7", "$5", True),
    ("ranging from $5 to $7", "$5", True),
    ("from $5 to $7", "$5", False),  # a change of level
    ("rose $1.20 to $82.40", "$1.20", False),  # a word of change before it
    ("Rio cheapened 16p to \u00a342.41", "16p", False),  # a past verb before it
    ("by $5 to $7", "$5", False),
])
def test_to(text: str, first: str, is_range: bool) -> None:
    amount = seq(_pre_side(OPTIONS) | _post_side(OPTIONS), _to().optional())
    found = next(m for m in amount.finditer(text))
    assert found.text.startswith(first)
    assert (found.value[1] is not None) == is_range


def test_to_bare() -> None:
    ranges = seq(_bare_side(), _to_bare(), _post_side(OPTIONS))
    assert [m.text for m in ranges.finditer("from 30 to 45 euros")] == ["30 to 45 euros"]
    assert [m.text for m in ranges.finditer("Sales rose 30 to 45 euros")] == []


@pytest.mark.parametrize(("text", "scale", "unit"), [
    ("-6 billion", 1_000_000_000, None),
    (" - $7", 1, "$"),
    ("\u201325 dollars", 1, "dollars"),
    ("-six", 1, None),
])
def test_dash_tail(text: str, scale: int, unit: str | None) -> None:
    how, side = _dash_tail(OPTIONS).parse(text)
    assert (how, side.scale, side.units[0].text if side.units else None) == ("dash", scale, unit)


def test_dash_tail_near_miss() -> None:
    _refuses(_dash_tail(OPTIONS), "-6 pct")


@pytest.mark.parametrize(("text", "scale"), [(" to 7 million", 1_000_000), (" to $7", 1), (" TO \u20ac7bn", 10**9)])
def test_to_any_tail(text: str, scale: int) -> None:
    how, side = _to_any_tail(OPTIONS).parse(text)
    assert (how, side.scale) == ("to", scale)


def test_to_any_tail_near_miss() -> None:
    _refuses(_to_any_tail(OPTIONS), " into $7")


@pytest.mark.parametrize("text", [" to $7", " TO 20 euros", " to  7 Canadian dlrs"])
def test_to_unit_tail(text: str) -> None:
    how, side = _to_unit_tail(OPTIONS).parse(text)
    assert how == "to" and side.units


def test_to_unit_tail_near_miss() -> None:
    _refuses(_to_unit_tail(OPTIONS), " to 7")  # after "5 dollars", a bare end is not read


@pytest.mark.parametrize(("text", "how", "unit"), [
    (" to 20 mln dlrs", "to", "dlrs"),
    ("-25 dollars", "dash", "dollars"),
    (" - \u20ac6", "dash", "\u20ac"),
    (" To 20 yen", "to", "yen"),
])
def test_bare_tail(text: str, how: str, unit: str) -> None:
    found_how, side = _bare_tail(OPTIONS).parse(text)
    assert (found_how, side.units[0].text) == (how, unit)


@pytest.mark.parametrize("text", [" to 20", "-25 shares"])
def test_bare_tail_near_miss(text: str) -> None:
    # a bare first end needs a second one with a currency
    _refuses(_bare_tail(OPTIONS), text)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("between \u20ac2m and \u20ac3m", "2", "3"),
    ("Between $5 and 6", "5", "6"),
    ("between 5 dollars and 6 dollars", "5", "6"),
    ("between  US$5  AND  US$6 mln", "5", "6"),
])
def test_between_unit_first(text: str, first: str, second: str) -> None:
    low, (how, high) = _between_unit_first(OPTIONS).parse(text)
    assert (low.numeral.text, how, high.numeral.text) == (first, "between", second)


def test_between_unit_first_near_miss() -> None:
    _refuses(_between_unit_first(OPTIONS), "between 5 and 6 dollars")  # the bare first end is the next one's
    _refuses(_between_unit_first(OPTIONS), "betweeen $5 and $6")


@pytest.mark.parametrize("text", ["between 5 and 6 mln dlrs", "between five and six billion dollars",
                                  "BETWEEN 5 AND 6 EUROS", "between 5 and $6"])
def test_between_bare_first(text: str) -> None:
    low, (how, high) = _between_bare_first(OPTIONS).parse(text)
    assert low.units == () and high.units and how == "between"


def test_between_bare_first_near_miss() -> None:
    _refuses(_between_bare_first(OPTIONS), "between 5 and 6")


# -- the whole amount ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "tail"), [
    ("15 to 20 mln dlrs", "to"),
    ("$5-6 billion", "dash"),
    ("between \u20ac2m and \u20ac3m", "between"),
    ("401.50/90 dlrs", "pair"),
    ("$17 and 62c", "cents"),
    ("twenty dollars fifty", "cents"),
    ("EUR 5 mln", None),
])
def test_amount(text: str, tail: str | None) -> None:
    _first, found_tail = _amount(OPTIONS).parse(text)
    assert (found_tail[0] if found_tail else None) == tail


def test_amount_near_miss() -> None:
    _refuses(_amount(OPTIONS), "15 to 20")  # no currency anywhere


@pytest.mark.parametrize(("text", "low", "high"), [
    ("15 to 20 mln dlrs", Decimal(15_000_000), Decimal(20_000_000)),
    ("$5-6 billion", Decimal(5 * 10**9), Decimal(6 * 10**9)),
    ("between five and six billion dollars", Decimal(5 * 10**9), Decimal(6 * 10**9)),
    ("401.50/90 dlrs", Decimal("401.50"), Decimal("401.90")),
])
def test_ranges_build(text: str, low: Decimal, high: Decimal) -> None:
    found = _money_inner(OPTIONS).parse(text)
    assert (found.low, found.high) == (low, high)


def test_percent_words_are_the_percent_tables() -> None:
    import regex

    words = regex.compile(_percent_words())
    for text in ["%", "pct", "PCT", "per cent", "per-cent", "percent", "pc"]:
        assert words.fullmatch(text), text
    assert not words.fullmatch("PC")  # only as written there
    assert not words.fullmatch("percentage")
