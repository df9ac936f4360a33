"""Money compiles its filter only once it has scanned enough text.

The filter (:class:`finparse.money._FilterTest`, which asks the pattern of
:func:`finparse.money._filter_pattern` where it cannot tell) accepts at least
wherever an amount starts: it only skips hopeless places sooner. It takes
some 30 ms to build, more than a first call on a short text spends
scanning without it, so money scans without it until ``_FILTER_AFTER``
characters have gone by (or until :meth:`Parser.prepare`). These tests
hold the two scans to the same amounts and check when the filter compiles.
"""

from __future__ import annotations

import pytest

from finparse.money import _FILTER_AFTER, MoneyOptions, money_parser

TEXTS = [
    "Revenue rose 12% to $5.2 billion, or 3 cents a share, from 4.1 bln dlrs a year ago.",
    "It paid 1,200 Swiss francs (CHF 1,200), 5 euro cents and Rs. 40 lakh to 3 people in 2021.",
    "Between 5 and 6 million yen, 7-8 pounds sterling, or \u00a5 9 to \u00a510; 12 Ltd shares; RMB 3.",
    "A$ 3, US $4, EUR 1.5 mln, 2 1/2 dlrs, about one and a half million euros, a dollar, 40p.",
    "The 2024 plan: 50 stores, 3 regions, 1.5 times sales, 12 Ltd shares and no money at all.",
    "Denominations are 1,000 dlrs and 5,000 dlrs. after a 40 mln Australian dlr bond.\n\n200 kr",
]


def _fresh() -> object:
    # a parser of its own: money_parser's cache is shared with other tests
    return money_parser.__wrapped__(MoneyOptions())  # type: ignore[attr-defined]


def _found(parser: object, text: str) -> list[tuple[int, int, object]]:
    return [(m.start, m.end, m.value) for m in parser.finditer(text)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", TEXTS)
def test_with_and_without_the_filter_the_same_amounts(text: str) -> None:
    parser = money_parser(MoneyOptions())
    filtered, plain = parser._inner, parser._plain  # type: ignore[attr-defined]
    assert _found(filtered, text) == _found(plain, text)


def test_a_short_first_call_compiles_no_filter() -> None:
    parser = _fresh()
    before = _found(parser, TEXTS[0])
    assert parser._inner._filter_cache is None  # type: ignore[attr-defined]
    # the amounts, then plain prose to the length that compiles the filter
    # (a tenth of the time of scanning 50 KB of amounts)
    prose = " The board met again and said nothing new."
    long_text = " ".join(TEXTS) + prose * (_FILTER_AFTER // len(prose) + 1)
    assert len(long_text) > _FILTER_AFTER
    assert len(_found(parser, long_text)) > 0
    assert parser._inner._filter_cache is not None  # type: ignore[attr-defined]
    assert _found(parser, TEXTS[0]) == before


def test_prepare_compiles_the_filter() -> None:
    parser = _fresh()
    parser.prepare()  # type: ignore[attr-defined]
    assert parser._inner._filter_cache is not None  # type: ignore[attr-defined]
    assert _found(parser, TEXTS[1]) == _found(money_parser(MoneyOptions()), TEXTS[1])


def test_bad_arguments_are_still_told() -> None:
    parser = _fresh()
    with pytest.raises(TypeError):
        list(parser.finditer(None))  # type: ignore[attr-defined]
    with pytest.raises((TypeError, ValueError)):
        list(parser.finditer("5 dollars", pos=-1))  # type: ignore[attr-defined]
