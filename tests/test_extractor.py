"""The front door: extract(), Extractor options, errors and quantities."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest

import finparse
from finparse import Extractor, Money, extract


def test_extract_returns_sorted_money_mentions() -> None:
    text = "Orbis paid $5 million and EUR 3m, up from 2 mln dlrs."
    found = extract(text, kinds="money")
    assert [m.text for m in found] == ["$5 million", "EUR 3m", "2 mln dlrs"]
    assert all(isinstance(m, Money) and m.kind == "money" for m in found)


def test_kinds_argument() -> None:
    assert extract("It cost $5.", kinds=["money"])[0].amount == Decimal(5)
    assert extract("It cost $5.", kinds="money")[0].amount == Decimal(5)
    with pytest.raises(ValueError, match="'weather'"):
        extract("It cost $5.", kinds=["weather"])


def test_ref_date_is_checked() -> None:
    extract("x", ref_date=dt.date(2025, 9, 27))
    extract("x", ref_date=dt.datetime(2025, 9, 27, 12, 0))
    extract("x", ref_date="2025-09-27")
    with pytest.raises(ValueError, match="2025/09/27"):
        extract("x", ref_date="2025/09/27")
    with pytest.raises(ValueError, match="20250927"):
        extract("x", ref_date=20250927)  # type: ignore[arg-type]


def test_non_string_text_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="decode"):
        extract(b"It cost $5.")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        extract(None)  # type: ignore[arg-type]


def test_bad_options_name_the_value() -> None:
    with pytest.raises(ValueError, match="'XXY'"):
        Extractor(currency_defaults={"$": "XXY"})
    with pytest.raises(ValueError, match="'ZZZ'"):
        Extractor(currency_forms={"Z$": "ZZZ"})
    with pytest.raises(ValueError, match="';'"):
        Extractor(decimal_mark=";")


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"kinds": 5}, "got 5"),
        ({"kinds": b"money"}, "got b'money'"),
        ({"currency_defaults": "USD"}, "got 'USD'"),
        ({"currency_defaults": {5: "USD"}}, "got 5"),
        ({"currency_defaults": {"": "USD"}}, "got ''"),
        ({"currency_forms": {" ": "USD"}}, "got ' '"),
        ({"currency_forms": ["Z$", "USD"]}, r"got \['Z\$', 'USD'\]"),
        ({"extra_verbs": "spin off"}, "got 'spin off'"),
        ({"extra_verbs": {5: "buy"}}, "got 5"),
        ({"extra_verbs": {"snap up": None}}, "got None"),
        ({"extra_entities": [5]}, "got 5"),
        ({"extra_entities": [("Acme", 5)]}, r"got \('Acme', 5\)"),
        ({"extra_entities": b"Acme"}, "got b'Acme'"),
        ({"extra_entities": 7}, "got 7"),
    ],
)
def test_every_bad_option_is_a_value_error_naming_it(options: dict[str, object], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        Extractor(**options)  # type: ignore[arg-type]


def test_one_extra_entity_may_be_given_as_a_str() -> None:
    # A str is one name, as in extract_triples, not a list of its letters.
    ex = Extractor(extra_entities="zyx holdings")
    (triple,) = [m for m in ex.extract("zyx holdings bought Kappa Inc for $5 million.") if m.kind == "triple"]
    assert triple.to_dict()["subject"] == "zyx holdings"


def test_currency_default_for_dollars() -> None:
    canadian = Extractor(currency_defaults={"$": "CAD"})
    assert [m.currency for m in canadian.extract("$5 and 6 dollars, not US$7")] == ["CAD", "CAD", "USD"]
    unknown = Extractor(currency_defaults={"$": None})
    m = unknown.extract("It cost $5.")[0]
    assert m.currency is None and not m.currency_assumed


def test_extra_currency_forms() -> None:
    m = Extractor(currency_forms={"Bs.F": "VEF"}).extract("It cost Bs.F 120.")[0]
    assert (m.amount, m.currency) == (Decimal(120), "VEF")


@pytest.mark.parametrize("count", [50, pytest.param(200, marks=pytest.mark.slow)])
def test_extractor_is_immutable_and_thread_safe(count: int) -> None:
    ex = Extractor()
    with pytest.raises(AttributeError):
        ex.kinds = ("money",)  # type: ignore[misc]
    texts = [f"Deal {i}: ${i}.5 million, or {i} mln dlrs." for i in range(count)]
    expected = [[m.to_dict() for m in ex.extract(t)] for t in texts]
    results: dict[int, list[list[dict[str, object]]]] = {}

    def work(k: int) -> None:
        results[k] = [[m.to_dict() for m in ex.extract(t)] for t in texts]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results.values())


def test_quantity_is_a_pint_quantity_per_currency() -> None:
    usd = extract("a $53 billion plan")[0].quantity
    assert usd.magnitude == Decimal("53000000000")
    assert str(usd.units) == "USD"
    eur = extract("EUR 5")[0].quantity
    with pytest.raises(Exception):  # noqa: B017 - pint's DimensionalityError
        usd + eur
    rng = extract("$5-6 billion")[0]
    with pytest.raises(ValueError, match="range"):
        _ = rng.quantity
    low, high = rng.quantities
    assert (low.magnitude, high.magnitude) == (Decimal(5 * 10**9), Decimal(6 * 10**9))


def test_import_is_lazy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, finparse; "
        "assert 'pint' not in sys.modules and 'finparse.money' not in sys.modules; "
        "finparse.extract('$5'); assert 'pint' not in sys.modules"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_importing_a_kind_builds_no_grammar() -> None:
    import subprocess
    import sys

    code = (
        "import regex; sizes = []; real = regex.compile\n"
        "regex.compile = lambda p, *a, **k: sizes.append(len(p)) or real(p, *a, **k)\n"
        "import finparse.money, finparse.percent, finparse.numbers\n"
        "assert 'money' not in vars(finparse.money)\n"
        "assert 'percentage' not in vars(finparse.percent)\n"
        "assert 'number' not in vars(finparse.numbers)\n"
        "assert sum(sizes) < 2_000, sizes\n"
        "from finparse.money import money\n"
        "from finparse.numbers import number\n"
        "assert money.parse('$5 mln').amount == 5_000_000 and number.parse('4 bln') == 4 * 10**9\n"
        "assert vars(finparse.money)['money'] is money\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_version() -> None:
    assert isinstance(finparse.__version__, str) and finparse.__version__.count(".") == 2


def test_timeout_option() -> None:
    assert Extractor(timeout=5).extract("It cost $5 or 3%.") != []
    with pytest.raises(ValueError, match="-1"):
        Extractor(timeout=-1)


def test_extractor_pickles_with_its_options() -> None:
    import pickle

    text = "Loonie Corp paid $5 million in FY2024, up 3%."
    original = Extractor(kinds=["money", "time"], currency_defaults={"$": "CAD"},
                         fiscal_year_start=4)
    copy = pickle.loads(pickle.dumps(original))
    assert copy.kinds == ("money", "time")
    assert copy.extract(text, ref_date="2025-01-01") == original.extract(text, ref_date="2025-01-01")
    assert copy.extract(text)[0].currency == "CAD"
    with pytest.raises(AttributeError):
        copy._kinds = ("money",)  # type: ignore[misc]
