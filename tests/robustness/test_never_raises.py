"""No ``str`` makes finparse raise, whatever the entry point or option.

Every entry point that reads running text is run on hostile Unicode and on
almost-valid financial text (see ``strategies.py``): :func:`finparse.extract`
and :class:`finparse.Extractor` with every kind and option, each per-kind
function, and ``search`` / ``finditer`` of every public parser. The results
must have valid half-open spans, JSON-ready ``to_dict()`` output, and be
the same on a second run. The strict ``parse`` raises nothing but
:class:`finparse.ParseError`.

The bugs this suite found are regression tests at the end of this module,
each with the smallest input found.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import finparse
from finparse import KINDS, Extractor, ParseError
from finparse.core import Parser

from .entry_points import PARSERS
from .strategies import SETTINGS, any_text, hostile_text

# -- options ------------------------------------------------------------------------------

#: Option sets whose parts are costly to build (a new unit table, a verb
#: lexicon), drawn as wholes so that each is built once.
PRESETS: list[dict[str, Any]] = [
    {},
    {"currency_defaults": {"$": "CAD", "kr": None, "\u00a5": "CNY"}},
    {"currency_forms": {"Bs.F": "VEF", "Zl": "PLN"}, "currency_defaults": {"$": None}},
    {"extra_verbs": {"spin off": "spin off", "snapped up": "buy"},
     "extra_entities": ["Orvane Ltd", ("Tamsin Okoro", "person")]},
    {"timeout": 120.0},
]

ref_dates = st.one_of(
    st.none(),
    st.dates(),
    st.sampled_from([dt.date.min, dt.date.max, dt.date(2024, 2, 29), dt.date(2025, 9, 27)]),
    st.dates().map(dt.date.isoformat),
    st.datetimes(),
)
kind_choices = st.one_of(
    st.none(),
    st.sampled_from(KINDS),
    st.lists(st.sampled_from(KINDS), min_size=1, unique=True),
    st.lists(st.sampled_from(KINDS), min_size=1).map(", ".join),
)

_EXTRACTORS: dict[tuple[int, str, int], Extractor] = {}


def extractor(preset: int, decimal_mark: str, fiscal_year_start: int) -> Extractor:
    key = (preset, decimal_mark, fiscal_year_start)
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = Extractor(decimal_mark=decimal_mark, fiscal_year_start=fiscal_year_start,
                                     **PRESETS[preset])
    return _EXTRACTORS[key]


# -- checks -------------------------------------------------------------------------------


def check_spans(text: str, found: Iterable[Any]) -> None:
    """Half-open spans inside the text that read back as the mention's text."""
    for m in found:
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start : m.end] == m.text, m


def is_plain_json(value: object) -> bool:
    """Only the types JSON has: objects with str keys, lists, str, finite numbers, bool, None.

    (A round trip through ``json`` is no test: it joins the two halves of a
    surrogate pair that a Python ``str`` may hold apart.)
    """
    if isinstance(value, dict):
        return all(isinstance(k, str) and is_plain_json(v) for k, v in value.items())
    if isinstance(value, list):
        return all(is_plain_json(v) for v in value)
    if isinstance(value, float):
        return math.isfinite(value)
    return value is None or isinstance(value, (str, int, bool))


def check_mentions(text: str, found: list[Any]) -> None:
    check_spans(text, found)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for m in found:
        d = m.to_dict()
        assert (d["kind"], d["text"], d["start"], d["end"]) == (m.kind, m.text, m.start, m.end)
        assert is_plain_json(d), d
        json.dumps(d, allow_nan=False)


def wanted(kinds: Any) -> set[str]:
    if kinds is None:
        return set(KINDS)
    if isinstance(kinds, str):
        return {k.strip() for k in kinds.split(",")}
    return set(kinds)


# -- the front door -----------------------------------------------------------------------


@SETTINGS
@given(any_text, st.integers(0, len(PRESETS) - 1), st.sampled_from(["auto", ".", ","]),
       st.integers(1, 12), ref_dates, kind_choices)
@example("It cost $5.", 0, "auto", 1, None, None)
@example("\ud800$\u0301 5\u200b%", 1, ",", 12, dt.date.max, "time")
def test_extractor_never_raises(text: str, preset: int, decimal_mark: str, fiscal: int,
                                ref_date: Any, kinds: Any) -> None:
    ex = extractor(preset, decimal_mark, fiscal)
    found = ex.extract(text, ref_date=ref_date, kinds=kinds)
    check_mentions(text, found)
    assert {m.kind for m in found} <= wanted(kinds)
    again = ex.extract(text, ref_date=ref_date, kinds=kinds)
    assert [m.to_dict() for m in again] == [m.to_dict() for m in found]


@SETTINGS
@given(hostile_text, ref_dates, kind_choices)
@example("Orvane Corp bought Kestrel\ud835\udfd9 shares for $5 million.", None, None)  # a split pair
def test_extract_never_raises(text: str, ref_date: Any, kinds: Any) -> None:
    check_mentions(text, finparse.extract(text, ref_date=ref_date, kinds=kinds))


# -- per-kind functions -------------------------------------------------------------------


@SETTINGS
@given(any_text, st.sampled_from([0, 1, 2]), st.sampled_from(["auto", ".", ","]))
def test_money_functions_never_raise(text: str, preset: int, decimal_mark: str) -> None:
    from finparse.money import MoneyOptions, elliptical_amounts, money_parser

    options = PRESETS[preset]
    opts = MoneyOptions(
        currency_defaults=tuple(sorted(options.get("currency_defaults", {}).items())),
        currency_forms=tuple(sorted(options.get("currency_forms", {}).items())),
        decimal_mark=decimal_mark,  # type: ignore[arg-type]
    )
    parser = money_parser(opts)
    found = list(parser.finditer(text))
    check_spans(text, found)
    amounts = [m.value for m in found]
    check_spans(text, amounts)
    check_spans(text, elliptical_amounts(text, amounts, opts))
    first = parser.search(text)
    assert (first is None) == (not found)


@SETTINGS
@given(any_text, st.sampled_from([None, 120.0]))
def test_extract_percent_never_raises(text: str, timeout: float | None) -> None:
    from finparse.percent import extract_percent

    found = extract_percent(text, timeout=timeout)
    check_mentions(text, found)
    for p in found:
        if p.measure is not None:
            assert text[p.measure.start : p.measure.end] == p.measure.text


@SETTINGS
@given(any_text, ref_dates, st.integers(1, 12), st.sampled_from([None, 120.0]))
def test_extract_time_never_raises(text: str, ref_date: Any, fiscal: int,
                                   timeout: float | None) -> None:
    from finparse.timewindow import extract_time

    found = extract_time(text, ref_date, fiscal_year_start=fiscal, timeout=timeout)
    check_mentions(text, found)
    for w in found:
        for ref in (dt.date.min, dt.date.max, None):
            resolved = w.resolve(ref, fiscal_year_start=fiscal)
            assert (resolved.start, resolved.end, resolved.type) == (w.start, w.end, w.type)
        _ = w.relativedelta, w.anaphoric


@SETTINGS
@given(any_text, st.sampled_from([0, 3]), st.booleans())
def test_triples_entities_and_sentences_never_raise(text: str, preset: int, coref: bool) -> None:
    from finparse.entities import find_entities
    from finparse.sentences import sentence_spans, tokens
    from finparse.triples import extract_triples

    options = {k: v for k, v in PRESETS[preset].items() if k.startswith("extra_")}
    mentions = finparse.extract(text, kinds=["money", "percent", "time"])
    triples = extract_triples(text, mentions, coreference=coref, **options)
    check_mentions(text, triples)
    for t in triples:
        check_spans(text, [e for e in (t.subject_entity, t.object_entity) if e is not None])
    check_spans(text, find_entities(text, extra_entities=options.get("extra_entities", ())))
    spans = sentence_spans(text)
    assert all(0 <= a <= b <= len(text) for a, b in spans)
    for token in tokens(text):
        assert 0 <= token.start <= token.end <= len(text)


# -- every public parser ------------------------------------------------------------------




def check_parser(parser: Parser[Any], text: str, pos: int) -> None:
    found = list(parser.finditer(text, pos))
    check_spans(text, found)
    assert all(m.start >= pos for m in found)
    first = parser.search(text, pos)
    assert first == (found[0] if found else None)
    try:
        parser.parse(text)
    except ParseError as exc:
        assert 0 <= exc.position <= len(text)


#: The parsers whose examples the quick suite tries: the top parser of each
#: kind, numbers, and the combinators composed most (each parser's search and
#: finditer meet a hostile text in test_errors.py too). The slow tier tries
#: every parser.
QUICK_PARSERS = {"money.money", "numbers.number", "percent.percentages()",
                 "timewindow.time_window", "core.seq(opt, many, alt)", "core.anchored",
                 "core.lexicon(casefold)"}


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=() if name in QUICK_PARSERS else pytest.mark.slow)
    for name in PARSERS])
@SETTINGS
@given(text=any_text, pos=st.integers(0, 5))
def test_parser_entry_points(name: str, text: str, pos: int) -> None:
    check_parser(PARSERS[name](), text, pos)


# -- regressions: bugs this suite found, fixed ------------------------------------------------


@pytest.mark.parametrize("text", ["million", "half", "twenty twenty", "billion half", "three half"])
def test_number_words_that_are_not_one_number(text: str) -> None:
    # read_words used to raise ValueError from finditer, search and parse.
    from finparse.numbers import number_words

    check_parser(number_words, text, 0)
    with pytest.raises(ParseError):
        number_words.parse(text)


@pytest.mark.parametrize(("text", "amounts"), [
    ("$99999999999999999 trillion", [Decimal("99999999999999999") * 10**12]),
    ("It rose to $5 trillion from 99999999999999999.5.",
     [Decimal(5 * 10**12), Decimal("99999999999999999.5") * 10**12]),
    ("$1234567890123456789012345678 thousand", [Decimal("1234567890123456789012345678") * 1000]),
    ("$" + "9" * 500 + " trillion", []),  # past the private context: not a mention
])
def test_huge_amounts(text: str, amounts: list[Decimal]) -> None:
    # decimal.InvalidOperation (quantize past 28 digits) used to escape.
    found = finparse.extract(text, kinds="money")
    check_mentions(text, found)
    money = [m for m in found if isinstance(m, finparse.Money)]
    assert len(money) == len(found)
    assert [m.amount for m in money] == amounts


def test_huge_number() -> None:
    from finparse.numbers import number

    assert [m.value for m in number.finditer("99999999999999999 trillion")] == [
        Decimal("99999999999999999") * 10**12]


def test_long_counts_keep_every_digit() -> None:
    # They were rounded to the caller's 28 significant digits.
    from finparse.timewindow import extract_time

    (w,) = extract_time("99999999999999999999999999999 years", None)
    assert w.duration == "P99999999999999999999999999999Y"


@pytest.mark.parametrize("trap", [None, "Inexact", "Rounded", "FloatOperation"])
def test_callers_decimal_context_does_not_matter(trap: str | None) -> None:
    # A low precision set by the caller used to raise InvalidOperation.
    import decimal

    text = ("It cost $16.3 million, up 4.5%, over 3.5 years; Orvane Ltd paid 1.234,56 kr and "
            "$99999999999999999 trillion.")
    expected = [m.to_dict() for m in finparse.extract(text)]
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_FLOOR
        if trap is not None:
            ctx.traps[getattr(decimal, trap)] = True
        assert [m.to_dict() for m in finparse.extract(text)] == expected
        assert decimal.getcontext().prec == 3


@pytest.mark.parametrize("unit", ["it bought ", "He bought ", "it said it bought ", "they sold it. "])
def test_many_pronoun_subjects_do_not_recurse(unit: str) -> None:
    # Pronoun resolution used to recurse once per earlier pronoun subject.
    text = unit * 300
    check_mentions(text, finparse.extract(text, kinds="triple"))
