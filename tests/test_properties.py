"""Hypothesis properties of the parsers and of extract()."""

from __future__ import annotations

import itertools
from decimal import Decimal

from hypothesis import assume, example, given
from hypothesis import strategies as st
from hypothesis_settings import property_settings

import finparse
from finparse.core import lexicon, regex_parser, seq
from finparse.money import money
from finparse.numbers import number

# More examples locally with FINPARSE_EXAMPLES=5000 pytest tests/test_properties.py
SETTINGS = property_settings(150)

# -- formatting amounts the way financial text writes them ---------------------------

amounts = st.decimals(min_value=0, max_value=Decimal("999999999.99"), places=2)


def grouped(value: Decimal, group: str, mark: str, decimals: bool) -> str:
    whole, _, frac = f"{value:.2f}".partition(".")
    digits = whole
    parts = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    text = group.join(parts)
    return text + mark + frac if decimals else text


STYLES = [  # (group separator, decimal mark)
    (",", "."),
    (".", ","),
    (" ", ","),
    ("\u00a0", ","),
    ("'", "."),
    ("", "."),
]

CURRENCIES = [  # (code, ways of writing it before, ways after)
    ("USD", ["US$", "USD ", "US$ "], [" USD", " U.S. dollars", " US dollars"]),
    ("EUR", ["€", "EUR ", "€ "], [" EUR", " euros", "€", " €"]),
    ("GBP", ["£", "GBP "], [" GBP", " pounds sterling", " stg"]),
    ("JPY", ["JPY "], [" yen", " JPY", " Japanese yen"]),
    ("CHF", ["CHF ", "SFr "], [" CHF", " Swiss francs"]),
    ("HKD", ["HK$", "HKD "], [" HKD", " Hong Kong dollars"]),
    ("INR", ["INR ", "₹"], [" INR", " Indian rupees"]),
    ("CNY", ["RMB ", "CNY "], [" yuan", " renminbi", " CNY"]),
    ("CAD", ["C$", "CAD "], [" Canadian dollars", " CAD"]),
]


@st.composite
def written_amount(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    code, before, after = draw(st.sampled_from(CURRENCIES))
    value = draw(amounts)
    group, mark = draw(st.sampled_from(STYLES))
    decimals = draw(st.booleans())
    if code == "JPY":
        decimals = False
    if not decimals:
        value = value.to_integral_value()
    # "1.234" alone is ambiguous by design; keep generated text unambiguous.
    if group in (".", ",") and not decimals and Decimal(1000) <= value < Decimal(1000000):
        decimals = code != "JPY"
        if not decimals:
            group = " "
    numeral = grouped(value, group, mark, decimals)
    if draw(st.booleans()):
        text = draw(st.sampled_from(before)) + numeral
    else:
        text = numeral + draw(st.sampled_from(after))
    expected = value if decimals else value.to_integral_value()
    return text, expected, code


@SETTINGS
@given(written_amount(), st.sampled_from(["", "It cost ", "Sales of "]), st.sampled_from(["", ".", " last year."]))
@example(("US$16.30", Decimal("16.30"), "USD"), "", "")
def test_written_amounts_read_back(case: tuple[str, Decimal, str], lead: str, tail: str) -> None:
    written, value, code = case
    text = lead + written + tail
    found = finparse.extract(text, kinds="money")
    assert len(found) == 1, (text, found)
    m = found[0]
    assert m.text == written, (text, m)
    assert m.amount == value, (text, m)
    assert m.currency == code, (text, m)


SCALES = [("million", 10**6), ("mln", 10**6), ("mn", 10**6), ("m", 10**6), ("bn", 10**9),
          ("billion", 10**9), ("bln", 10**9), ("thousand", 10**3), ("k", 10**3), ("trillion", 10**12)]


@SETTINGS
@given(st.decimals(min_value=Decimal("0.1"), max_value=999, places=1), st.sampled_from(SCALES),
       st.sampled_from(["$", "EUR ", "USD"]), st.booleans())
def test_scaled_amounts(value: Decimal, scale: tuple[str, int], symbol: str, spaced: bool) -> None:
    word, multiplier = scale
    text = f"{symbol}{value}{' ' if spaced or len(word) > 2 else ''}{word}"
    found = finparse.extract(f"It raised {text} in total.", kinds="money")
    assert [m.text for m in found] == [text]
    assert found[0].amount == value * multiplier


# -- invariants on any text ---------------------------------------------------------------

FINANCE_TOKENS = st.sampled_from(
    ["$", "US$", "€", "£", "USD", "EUR", "mln", "million", "bn", "dlrs", "dollars", "euros",
     "cents", "about", "more than", "between", "and", "to", "-", "(", ")", "%", "pct", "5",
     "1,234", "1.234,56", "16.3", "0.5", "2021", "one", "half", "a", "from", "up", " ", " ",
     ",", ".", "shares", "Rs", "kr", "yen", "\u00a0", "\n", "12,34,567", "$(1,234)"]
)
finance_text = st.lists(FINANCE_TOKENS, max_size=30).map("".join)
any_text = st.text(max_size=300)


def check_mentions(text: str) -> None:
    found = finparse.extract(text)
    starts = [m.start for m in found]
    assert starts == sorted(starts)
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        d = m.to_dict()
        assert d["text"] == m.text and d["start"] == m.start
    for kind in ("money", "percent"):
        spans = [(m.start, m.end) for m in found if m.kind == kind]
        for (_, e1), (s2, _) in itertools.pairwise(spans):
            assert e1 <= s2, spans
    assert [m.to_dict() for m in finparse.extract(text)] == [m.to_dict() for m in found]


@SETTINGS
@given(any_text)
def test_extract_never_raises_and_spans_are_valid(text: str) -> None:
    check_mentions(text)


@SETTINGS
@given(finance_text)
def test_extract_on_almost_financial_text(text: str) -> None:
    check_mentions(text)


@SETTINGS
@given(st.one_of(any_text, finance_text))
def test_parsers_never_raise_in_running_text(text: str) -> None:
    for parser in (money, number):
        for m in parser.finditer(text):
            assert text[m.start : m.end] == m.text


# -- the core --------------------------------------------------------------------------------

words = st.lists(
    st.text(alphabet="abcdefXYZ $.-", min_size=1, max_size=8).filter(lambda w: w.strip() == w and w),
    min_size=1, max_size=20, unique=True,
)


@SETTINGS
@given(words, st.data())
def test_lexicon_reads_back_every_word(forms: list[str], data: st.DataObject) -> None:
    table = {w: i for i, w in enumerate(forms)}
    lex = lexicon(table, casefold=False, boundary=False)
    word = data.draw(st.sampled_from(forms))
    # the longest form that is a prefix wins; parse() needs the whole word
    assert lex.parse(word) == table[word]


@SETTINGS
@given(st.lists(st.integers(0, 10**6), min_size=1, max_size=10))
def test_composed_parser_round_trip(values: list[int]) -> None:
    num = regex_parser(r"\d+", int)
    pair = seq(num, ":", num)
    text = " ".join(f"{v}:{v + 1}" for v in values)
    assert [m.value for m in pair.finditer(text)] == [(v, ":", v + 1) for v in values]


@SETTINGS
@given(st.integers(0, 10**12), st.sampled_from(STYLES), st.booleans())
def test_numbers_round_trip(value: int, style: tuple[str, str], decimals: bool) -> None:
    group, mark = style
    d = Decimal(value) / 100 if decimals else Decimal(value)
    assume(not (group in ".," and not decimals and 1000 <= d < 10**6))
    text = grouped(d, group, mark, decimals)
    assert number.parse(text) == d
