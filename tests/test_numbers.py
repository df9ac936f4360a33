"""Example tests for finparse.numbers: digits, words, scales, ambiguity."""

from __future__ import annotations

from decimal import Decimal

import pytest

from finparse.numbers import number, number_words, read_digits, read_words, scale

D = Decimal

DIGITS = [
    ("1,234,567.89", D("1234567.89")),
    ("1.234.567,89", D("1234567.89")),
    ("1 234 567,89", D("1234567.89")),
    ("1\u00a0234\u00a0567,89", D("1234567.89")),
    ("1\u202f234", D("1234")),
    ("1'234.5", D("1234.5")),
    ("1\u2019234", D("1234")),
    ("12,34,567", D("1234567")),
    ("1,23,45,678.5", D("12345678.5")),
    (".5", D("0.5")),
    ("0.045", D("0.045")),
    ("34.992001", D("34.992001")),
    ("12,5", D("12.5")),
    ("50,-", D("50")),
    ("1.198,-", D("1198")),
    ("2009", D("2009")),
]


@pytest.mark.parametrize(("text", "value"), DIGITS, ids=[t for t, _ in DIGITS])
def test_digits(text: str, value: Decimal) -> None:
    assert number.parse(text) == value


WORDS = [
    ("three", 3),
    ("forty-two", 42),
    ("forty two", 42),
    ("one hundred and five", 105),
    ("a hundred", 100),
    ("fifteen hundred", 1500),
    ("a billion", 1_000_000_000),
    ("one trillion", 10**12),
    ("half a million", 500_000),
    ("half million", 500_000),
    ("one and a half", D("1.5")),
    ("two and a half million", 2_500_000),
    ("one million two hundred thousand", 1_200_000),
    ("ten thousand, five hundred", 10_500),
    ("five lakh", 500_000),
    ("Twenty", 20),
]


@pytest.mark.parametrize(("text", "value"), WORDS, ids=[t for t, _ in WORDS])
def test_number_words(text: str, value: int | Decimal) -> None:
    assert number_words.parse(text) == D(value)


SPELLED_DECIMALS = [
    ("three point two", D("3.2")),
    ("one-point-five", D("1.5")),
    ("Eight-Point-Five billion", 8_500_000_000),
    ("three point two million", 3_200_000),
    ("twelve point one trillion", 12_100_000_000_000),
    ("zero point zero five", D("0.05")),
    ("nine - point - nine thousand", 9_900),
    ("seven point two five lakh", 725_000),
    ("one hundred point five", D("100.5")),
    ("TWENTY-ONE POINT SEVEN", D("21.7")),
]


@pytest.mark.parametrize(("text", "value"), SPELLED_DECIMALS, ids=[t for t, _ in SPELLED_DECIMALS])
def test_spelled_decimals(text: str, value: int | Decimal) -> None:
    assert number_words.parse(text) == D(value)
    assert number.parse(text) == D(value)


DIGITS_POINT = [
    ("12-point-one", D("12.1")),
    ("12-point-one trillion", 12_100_000_000_000),
    ("4 point five million", 4_500_000),
    ("31-Point-Eight", D("31.8")),
    ("7 point two five bn", 7_250_000_000),
]


@pytest.mark.parametrize(("text", "value"), DIGITS_POINT, ids=[t for t, _ in DIGITS_POINT])
def test_digits_with_spelled_decimals(text: str, value: int | Decimal) -> None:
    assert number.parse(text) == D(value)


QUARTERS = [
    ("a quarter of a million", 250_000),
    ("A Quarter Of A Billion", 250_000_000),
    ("a quarter million", 250_000),
    ("a quarter-million", 250_000),
    ("one quarter of a trillion", 250_000_000_000),
    ("three quarters of a billion", 750_000_000),
    ("three-quarters of a million", 750_000),
    ("two and a quarter billion", 2_250_000_000),
    ("Two And A Quarter Million", 2_250_000),
    ("three and a half million", 3_500_000),
    ("one and three-quarter billion", 1_750_000_000),
    ("one and three quarters thousand", 1_750),
    ("eleven and three-quarters", D("11.75")),
    ("five and a quarter", D("5.25")),
    ("two and one quarter", D("2.25")),
]


@pytest.mark.parametrize(("text", "value"), QUARTERS, ids=[t for t, _ in QUARTERS])
def test_quarters(text: str, value: int | Decimal) -> None:
    assert number_words.parse(text) == D(value)


NOT_ONE_NUMBER = [
    # spelled decimals end the number but for a scale
    ("one point", "one"),
    ("a five point plan", "five"),
    ("rose one point, two analysts said", "one"),
    # "a quarter" and "one quarter" alone are fiscal quarters, not 0.25
    ("in a quarter when", None),
    ("one quarter earlier", "one"),
    ("twenty-one quarters", "twenty-one"),
    ("a quarter of an hour", None),
]


@pytest.mark.parametrize(("text", "first"), NOT_ONE_NUMBER, ids=[t for t, _ in NOT_ONE_NUMBER])
def test_where_spelled_numbers_stop(text: str, first: str | None) -> None:
    found = [m.text for m in number_words.finditer(text)]
    assert found[:1] == ([first] if first else [])


@pytest.mark.parametrize(
    "text",
    ["one two", "million five", "and one", "hundred hundred", "a", "point five", "one million point five",
     "three point two million five", "one point five and a half", "a quarter of a", "half point five"],
)
def test_ill_formed_number_words_are_not_numbers(text: str) -> None:
    with pytest.raises(ValueError):
        read_words(text)


SCALED = [
    ("16.3mn", D("16300000")),
    ("16.3 mn", D("16300000")),
    ("54K", D("54000")),
    ("54k", D("54000")),
    ("7.8 bn", D("7800000000")),
    ("7.8bn", D("7800000000")),
    ("1.5 bln", D("1500000000")),
    ("3 mln", D("3000000")),
    ("2 MM", D("2000000")),
    ("5 lakh", D("500000")),
    ("2 crore", D("20000000")),
    ("1.2 trillion", D("1200000000000")),
    ("4 tn", D("4000000000000")),
    ("5 thousand", D("5000")),
]


@pytest.mark.parametrize(("text", "value"), SCALED, ids=[t for t, _ in SCALED])
def test_scales(text: str, value: Decimal) -> None:
    assert number.parse(text) == value


def test_scale_parser_gives_the_multiplier() -> None:
    assert scale.parse("bn") == 10**9
    assert scale.parse("Million") == 10**6


@pytest.mark.parametrize(
    ("text", "value"),
    [("-3", -3), ("+3", 3), ("\u22123", -3), ("minus 5", -5), ("plus 2", 2)],
)
def test_signs(text: str, value: int) -> None:
    assert number.parse(text) == D(value)


def test_ambiguous_grouping_is_flagged_and_configurable() -> None:
    comma = read_digits("1,234")
    assert comma.value == D("1234") and comma.ambiguous and comma.alternative == D("1.234")
    dot = read_digits("1.234")
    assert dot.value == D("1.234") and dot.ambiguous
    assert read_digits("1.234", decimal_mark=",").value == D("1234")
    assert read_digits("1,234", decimal_mark=",").value == D("1.234")
    assert read_digits("31.500", no_decimals=True).value == D("31500")
    assert not read_digits("1,234.5").ambiguous
    assert not read_digits("0,123").ambiguous


def test_bad_decimal_mark_names_the_value() -> None:
    with pytest.raises(ValueError, match="';'"):
        read_digits("1,234", decimal_mark=";")  # type: ignore[arg-type]


def test_number_in_running_text() -> None:
    found = [(m.text, m.value) for m in number.finditer("rose 3.5% to 12,34,567 rupees")]
    assert found == [("3.5", D("3.5")), ("12,34,567", D("1234567"))]


def test_numbers_do_not_start_inside_other_numbers() -> None:
    assert [m.text for m in number.finditer("1,234,5678")] == []
