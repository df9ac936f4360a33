"""Clear, typed errors at the boundary.

* Text that is not a ``str`` is a :class:`TypeError`; for bytes the message
  says to decode them.
* A bad option is a :class:`ValueError` whose message names the bad value,
  on every public entry point that takes the option.
* :class:`finparse.ParseError` (a :class:`ValueError`) comes from the strict
  ``parse`` only, and says where.

The gaps this suite found are fixed; their tests say what used to happen.

The quick suite runs a diagonal of each grid of entry points and values
(``_pairs``): every entry point and every value at least once; the slow
tier runs every pair.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

import pytest

import finparse
from finparse import Extractor, ParseError

from .entry_points import PARSERS


def _pairs(names: list[str], values: list[Any], ids: list[str]) -> list[Any]:
    """Every (name, value) pair, as parameters of one test.

    The quick suite runs a diagonal of them: name ``i`` with value ``i`` (modulo
    the number of values) and value ``j`` with name ``j`` (modulo the number
    of names), so that every entry point meets a value and every value an
    entry point; the slow tier runs every pair. (Hundreds of pairs cost little each, but their number
    weighed on the quick suite.)
    """
    keep = {(i, i % len(values)) for i in range(len(names))}
    keep |= {(j % len(names), j) for j in range(len(values))}
    return [pytest.param(name, value, id=f"{name}-{vid}",
                         marks=() if (i, j) in keep else pytest.mark.slow)
            for i, name in enumerate(names)
            for j, (value, vid) in enumerate(zip(values, ids, strict=True))]


# -- text that is not a str -----------------------------------------------------------------


def _text_entry_points() -> dict[str, Callable[[Any], object]]:
    from finparse.percent import extract_percent
    from finparse.timewindow import extract_time
    from finparse.triples import extract_triples

    points: dict[str, Callable[[Any], object]] = {
        "extract": lambda t: finparse.extract(t),
        "Extractor.extract": lambda t: Extractor(kinds="money").extract(t),
        "extract_percent": lambda t: extract_percent(t),
        "extract_time": lambda t: extract_time(t, None),
        "extract_triples": lambda t: extract_triples(t),
    }
    def parse(make: Callable[[], Any]) -> Callable[[Any], object]:
        return lambda t: make().parse(t)

    def search(make: Callable[[], Any]) -> Callable[[Any], object]:
        return lambda t: make().search(t)

    def finditer(make: Callable[[], Any]) -> Callable[[Any], object]:
        return lambda t: list(make().finditer(t))

    for name, make in PARSERS.items():
        points[f"{name}.parse"] = parse(make)
        points[f"{name}.search"] = search(make)
        points[f"{name}.finditer"] = finditer(make)
    return points


TEXT_ENTRY_POINTS = _text_entry_points()


@pytest.mark.parametrize(("name", "data"), _pairs(
    list(TEXT_ENTRY_POINTS), [b"It cost $5.", bytearray(b"up 5%"), memoryview(b"in 2021")],
    ["bytes", "bytearray", "memoryview"]))
def test_bytes_are_a_type_error_with_a_hint_to_decode(name: str, data: object) -> None:
    with pytest.raises(TypeError, match=r"must be str, not \w+; decode it first.*\.decode\("):
        TEXT_ENTRY_POINTS[name](data)


@pytest.mark.parametrize(("name", "value"), _pairs(
    list(TEXT_ENTRY_POINTS), [None, 5, 3.5, ["It cost $5."], ("up", "5%")],
    ["None", "int", "float", "list", "tuple"]))
def test_other_non_strings_are_a_type_error(name: str, value: object) -> None:
    with pytest.raises(TypeError, match=f"must be str, not {type(value).__name__}"):
        TEXT_ENTRY_POINTS[name](value)


def test_a_str_subclass_is_text() -> None:
    class Note(str):
        pass

    text = Note("Orvane Ltd paid $5 million, up 3%, in 2021.")
    assert [m.to_dict() for m in finparse.extract(text)] == [
        m.to_dict() for m in finparse.extract(str(text))]


@pytest.mark.parametrize("name", ["find_entities", "sentence_spans", "tokens"])
def test_bytes_to_the_helper_modules(name: str) -> None:
    # These gave the regex module's TypeError, without the hint.
    from finparse import entities, sentences

    functions: dict[str, Callable[..., object]] = {
        "find_entities": entities.find_entities, "sentence_spans": sentences.sentence_spans,
        "tokens": sentences.tokens}
    fn = functions[name]
    with pytest.raises(TypeError, match=r"not bytes; decode it first"):
        fn(b"Orvane Ltd said so.")


# -- bad options ----------------------------------------------------------------------------

KIND_TAKERS: dict[str, Callable[[Any], object]] = {
    "extract": lambda k: finparse.extract("It cost $5.", kinds=k),
    "Extractor()": lambda k: Extractor(kinds=k),
    "Extractor.extract": lambda k: Extractor().extract("It cost $5.", kinds=k),
}


@pytest.mark.parametrize(("kinds", "named"), [
    ("weather", "'weather'"), (["money", "weather"], "'weather'"), ("money,wether", "'wether'"),
    (["Money"], "'Money'"), ([None], "None"), ("", "at least one kind"), ([], "at least one kind"),
])
@pytest.mark.parametrize("taker", list(KIND_TAKERS))
def test_unknown_kind(taker: str, kinds: object, named: str) -> None:
    with pytest.raises(ValueError, match=named.replace("(", r"\(")):
        KIND_TAKERS[taker](kinds)


def _ref_takers() -> dict[str, Callable[[Any], object]]:
    from finparse.timewindow import extract_time

    window = extract_time("next quarter", None)[0]
    return {
        "extract": lambda r: finparse.extract("next quarter", ref_date=r),
        "Extractor.extract": lambda r: Extractor().extract("next quarter", ref_date=r),
        "extract_time": lambda r: extract_time("next quarter", r),
        "TimeWindow.resolve": lambda r: window.resolve(r),
    }


REF_TAKERS = _ref_takers()


BAD_REF_DATES: list[object] = [
    "2025/09/27", "27-09-2025", "2025-13-01", "2025-02-30", "", "yesterday", 20250927, 2025.9,
    b"2025-09-27", (2025, 9, 27), True,
    # other ISO 8601 forms that Python 3.11 reads and 3.10 does not
    "20250927", "2025-W39-6", "2025-09-27T00:00", " 2025-09-27",
]


@pytest.mark.parametrize(("taker", "ref_date"), _pairs(
    list(REF_TAKERS), BAD_REF_DATES,
    [repr(v) for v in BAD_REF_DATES]))
def test_bad_ref_date_names_the_value(taker: str, ref_date: object) -> None:
    with pytest.raises(ValueError, match="ref_date") as info:
        REF_TAKERS[taker](ref_date)
    assert repr(ref_date) in str(info.value)


GOOD_REF_DATES: list[object] = [None, dt.date(2025, 9, 27), dt.datetime(2025, 9, 27, 23, 59),
                                "2025-09-27", dt.date.min, dt.date.max]


@pytest.mark.parametrize(("taker", "ref_date"), _pairs(
    list(REF_TAKERS), GOOD_REF_DATES,
    ["None", "ref_date1", "ref_date2", "2025-09-27", "ref_date4", "ref_date5"]))
def test_good_ref_dates(taker: str, ref_date: object) -> None:
    REF_TAKERS[taker](ref_date)


def _fiscal_takers() -> dict[str, Callable[[Any], object]]:
    from finparse.timewindow import extract_time

    window = extract_time("fiscal 2024", None)[0]
    return {
        "Extractor()": lambda m: Extractor(fiscal_year_start=m),
        "extract_time": lambda m: extract_time("fiscal 2024", None, fiscal_year_start=m),
        "TimeWindow.resolve": lambda m: window.resolve(dt.date(2025, 1, 1), fiscal_year_start=m),
    }


FISCAL_TAKERS = _fiscal_takers()


@pytest.mark.parametrize(("taker", "month"), _pairs(
    list(FISCAL_TAKERS), [0, 13, -1, 4.0, "4", True, None],
    ["0", "13", "-1", "4.0", "4", "True", "None"]))
def test_bad_fiscal_year_start_names_the_value(taker: str, month: object) -> None:
    if taker == "extract_time" and month is None:
        # a keyword shorthand of TimeOptions: None leaves it at its default
        assert FISCAL_TAKERS[taker](None) == FISCAL_TAKERS[taker](1)
        return
    with pytest.raises(ValueError, match=f"fiscal_year_start.*got {month!r}"):
        FISCAL_TAKERS[taker](month)


def _mark_takers() -> dict[str, Callable[[Any], object]]:
    from finparse.money import MoneyOptions, money_parser
    from finparse.numbers import read_digits

    return {
        "Extractor()": lambda d: Extractor(decimal_mark=d),
        "money_parser": lambda d: list(money_parser(MoneyOptions(decimal_mark=d)).finditer("$5")),
        "read_digits": lambda d: read_digits("1,234", d),
    }


MARK_TAKERS = _mark_takers()


@pytest.mark.parametrize(("taker", "mark"), _pairs(
    list(MARK_TAKERS), [";", "", " ", "Auto", "dot", None], [";", "", " ", "Auto", "dot", "None"]))
def test_bad_decimal_mark_names_the_value(taker: str, mark: object) -> None:
    with pytest.raises(ValueError, match=f"decimal_mark.*got {mark!r}"):
        MARK_TAKERS[taker](mark)


def _currency_takers() -> dict[str, Callable[[dict[str, Any], dict[str, Any]], object]]:
    from finparse.currencies import default_unit_table
    from finparse.money import MoneyOptions, money_parser

    def parser(forms: dict[str, Any], defaults: dict[str, Any]) -> object:
        opts = MoneyOptions(tuple(defaults.items()), tuple(forms.items()))
        return list(money_parser(opts).finditer("$5"))

    return {
        "Extractor()": lambda f, d: Extractor(currency_forms=f, currency_defaults=d),
        "money_parser": parser,
        "default_unit_table": lambda f, d: default_unit_table(f, d),
    }


CURRENCY_TAKERS = _currency_takers()


@pytest.mark.parametrize(("forms", "defaults", "named"), [
    ({}, {"$": "XXY"}, "'XXY'"),
    ({}, {"$": "usd"}, "'usd'"),
    ({}, {"kr": ""}, "''"),
    ({"Z$": "ZZZ"}, {}, "'ZZZ'"),
    ({"Z$": None}, {}, "None"),
    ({"": "USD"}, {}, "''"),
    ({"  ": "USD"}, {}, "'  '"),
])
@pytest.mark.parametrize("taker", list(CURRENCY_TAKERS))
def test_unknown_currency_code_names_the_value(taker: str, forms: dict[str, Any],
                                               defaults: dict[str, Any], named: str) -> None:
    with pytest.raises(ValueError, match=named.replace("$", r"\$")):
        CURRENCY_TAKERS[taker](forms, defaults)


def test_bad_triple_options() -> None:
    from finparse.triples import extract_triples

    with pytest.raises(ValueError, match="''"):
        Extractor(extra_verbs={"": "buy"})
    with pytest.raises(ValueError, match="'planet'"):
        Extractor(extra_entities=[("Orvane", "planet")])
    with pytest.raises(TypeError, match=r"extra_verb\b"):
        extract_triples("Orvane Ltd bought Kestrel.", extra_verb={"snap up": "buy"})
    with pytest.raises(ValueError, match=r"mapping .*got \['snap up'\]"):
        extract_triples("Orvane Ltd bought Kestrel.", extra_verbs=["snap up"])


# -- timeout --------------------------------------------------------------------------------


def _timeout_takers() -> dict[str, Callable[[Any], object]]:
    from finparse.money import money
    from finparse.percent import extract_percent
    from finparse.timewindow import extract_time

    return {
        "Extractor()": lambda t: Extractor(timeout=t).extract("It cost $5, up 3% in 2021."),
        "Parser.finditer": lambda t: list(money.finditer("It cost $5.", timeout=t)),
        "Parser.search": lambda t: money.search("It cost $5.", timeout=t),
        "extract_percent": lambda t: extract_percent("up 3%", timeout=t),
        "extract_time": lambda t: extract_time("in 2021", None, timeout=t),
    }


TIMEOUT_TAKERS = _timeout_takers()


@pytest.mark.parametrize(("taker", "timeout"), _pairs(
    list(TIMEOUT_TAKERS), [0, -1, -0.5, math.nan, -math.inf, True, "5"],
    ["0", "-1", "-0.5", "nan", "-inf", "True", "5"]))
def test_bad_timeout_is_a_value_error(taker: str, timeout: object) -> None:
    # The per-call timeouts used to be unchecked: 0 timed out at once, a
    # negative one set no bound, NaN was taken (by Extractor too).
    with pytest.raises(ValueError, match=f"timeout.*got {timeout!r}"):
        TIMEOUT_TAKERS[taker](timeout)


@pytest.mark.parametrize(("taker", "timeout"), _pairs(
    list(TIMEOUT_TAKERS), [math.inf, 1e300, 1e6], ["inf", "1e+300", "1000000.0"]))
def test_a_huge_timeout_means_no_bound(taker: str, timeout: float) -> None:
    # These overflowed in the regex module and timed out at once.
    assert TIMEOUT_TAKERS[taker](timeout)


# -- ParseError ------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "text"), _pairs(
    list(PARSERS), ["", "\ud800", "It cost $5.", "$5 and more", " 5%", "\u200b2021"],
    ["", "\ud800", "It cost $5.", "$5 and more", " 5%", "\u200b2021"]))
def test_parse_raises_parse_error_that_says_where(name: str, text: str) -> None:
    parser = PARSERS[name]()
    try:
        parser.parse(text)
    except ParseError as exc:
        assert isinstance(exc, ValueError)
        assert 0 <= exc.position <= len(text) and exc.text == text
        assert f"at offset {exc.position}" in str(exc) and exc.expected


def test_parse_error_is_exported_and_a_value_error() -> None:
    from finparse.core import ParseError as CoreParseError

    assert finparse.ParseError is CoreParseError
    assert issubclass(ParseError, ValueError)
    with pytest.raises(ParseError, match="offset 2"):
        PARSERS["numbers.digits"]().parse("12x")


@pytest.mark.parametrize("name", list(PARSERS))
def test_scanning_never_raises_parse_error(name: str) -> None:
    parser = PARSERS[name]()
    text = "It cost $5 and 12x, up 3% in 2021; \ud800 Q9 FY 1,2,3 bn"
    found = list(parser.finditer(text))
    assert parser.search(text) == (found[0] if found else None)
