"""Thread safety, flat memory and no hidden module state.

* One :class:`~finparse.Extractor` shared by 8 threads over many documents
  and reference dates gives exactly the single-thread results, both when
  everything is compiled already (21 documents by default, 51 in the
  ``slow`` tier) and, in the ``slow`` tier, at a cold start (a fresh
  process where 8 threads make the first calls at once).
* Memory stays flat over many short calls with varying reference dates
  (tracemalloc, after a warm-up): 300 calls by default, 100,000 in the
  ``slow`` tier (``pytest -m slow``, which CI runs); a leak of 220 bytes a
  call (1 byte with 100,000 calls) would show.
* Module-level containers do not change while extracting, and every cache
  with no size limit has a closed set of keys (the shipped tables, the
  kinds), not keys that callers choose.
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib
import inspect
import pkgutil
import subprocess
import sys
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import finparse
from finparse import Extractor

SEED = Path(__file__).resolve().parents[2] / "seeds" / "alibaba_ai_investment.txt"

#: Sentences written for these tests, one or more kinds each.
SENTENCES = [
    "Orvane Ltd paid about $5.5 million for 12% of Kestrel Holdings in Q3 2021.",
    "Sales at Tamsin Mills rose 4.5% to EUR 40 mln over the past six months.",
    "The fund bought C$3-4 billion of bonds last year, up from 2 bln a year earlier.",
    "Shares fell 0.3 percentage points since January, and 25 bps in the week to Friday.",
    "Lune Partners will acquire Qorvex AG by the end of fiscal 2026 for 1.234,56 kr a share.",
    "It said it plans to cut costs by a third over the next three years.",
    "Revenue for the first half of 2024 was \u00a53 trillion, or Rs 12,34,567 crore.",
    "Between 15 and 20 cents a share, the board said on Sept. 27, 2025.",
]
REF_DATES: list[dt.date | str | None] = [
    None, dt.date(2025, 9, 27), dt.date(2024, 2, 29), "1999-12-31", dt.date(2030, 1, 15)]


def _jobs(full: bool = True) -> list[tuple[str, dt.date | str | None]]:
    seed = SEED.read_text(encoding="utf-8")
    if not full:  # the quick suite: every sentence, with two reference dates each
        jobs = [(seed, REF_DATES[1])]
        jobs += [(s, REF_DATES[(i + k) % 5]) for i, s in enumerate(SENTENCES) for k in (0, 2)]
        jobs += [(" ".join(SENTENCES[i:] + SENTENCES[:i]), REF_DATES[i % 5]) for i in range(0, 8, 2)]
        return jobs
    jobs = [(seed, ref) for ref in REF_DATES[:3]]
    jobs += [(s, ref) for s in SENTENCES for ref in REF_DATES]
    jobs += [(" ".join(SENTENCES[i:] + SENTENCES[:i]), REF_DATES[i % 5]) for i in range(8)]
    return jobs


def _dicts(found: list[Any]) -> list[dict[str, Any]]:
    return [m.to_dict() for m in found]


@pytest.fixture
def fast_switching() -> Iterator[None]:
    """Switch threads as often as the interpreter can, to provoke races."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


@pytest.mark.usefixtures("fast_switching")
@pytest.mark.parametrize("full", [False, pytest.param(True, marks=pytest.mark.slow)],
                         ids=["quick", "every-job"])
def test_one_extractor_shared_by_eight_threads(full: bool) -> None:
    ex = Extractor(fiscal_year_start=4, currency_defaults={"$": "CAD"})
    jobs = _jobs(full)
    expected = [_dicts(ex.extract(text, ref_date=ref)) for text, ref in jobs]
    results: dict[int, list[list[dict[str, Any]]]] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def work(k: int) -> None:
        try:
            order = list(range(len(jobs)))
            order = order[k * len(jobs) // 8 :] + order[: k * len(jobs) // 8]
            out: dict[int, list[dict[str, Any]]] = {}
            start.wait()
            for i in order:
                text, ref = jobs[i]
                out[i] = _dicts(ex.extract(text, ref_date=ref))
            results[k] = [out[i] for i in range(len(jobs))]
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert len(results) == 8
    for k, got in results.items():
        assert got == expected, f"thread {k} differs"


COLD_START = r"""
import json, sys, threading
import finparse
from finparse import Extractor
from finparse.core import lit
from finparse.money import money

texts = json.loads(sys.argv[1])
n = int(sys.argv[2])
ex = Extractor(fiscal_year_start=7)
per_share = money << lit(" per share")
start = threading.Barrier(n)
results, errors = {}, []

def work(k):
    try:
        start.wait()
        got = [[m.to_dict() for m in ex.extract(t, ref_date="2025-09-27")] for t in texts]
        got.append([m.to_dict() for m in finparse.extract(texts[k % len(texts)])])
        got.append([m.text for m in per_share.finditer("It paid $1.25 per share.")])
        results[k] = got
    except BaseException as exc:
        errors.append(repr(exc))

threads = [threading.Thread(target=work, args=(k,)) for k in range(n)]
for t in threads: t.start()
for t in threads: t.join()
expected = [[m.to_dict() for m in ex.extract(t, ref_date="2025-09-27")] for t in texts]
print(json.dumps({"errors": errors, "expected": expected,
                  "results": [results.get(k) for k in range(n)]}))
"""


@pytest.mark.slow  # a fresh process compiles every grammar
def test_cold_start_in_threads() -> None:
    # Each part of a grammar is built and compiled once, under a lock, by
    # the first thread that needs it; the others wait for it and use it
    # (finparse.core: Parser._runner and _compile).
    import json

    texts = [*SENTENCES, SEED.read_text(encoding="utf-8")[:1500]]
    done = subprocess.run([sys.executable, "-c", COLD_START, json.dumps(texts), "8"],
                          capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["errors"] == []
    for k, got in enumerate(report["results"]):
        assert got[: len(texts)] == report["expected"], f"thread {k} differs"
        assert got[-1] == ["$1.25 per share"]


# -- memory ---------------------------------------------------------------------------------

SHORT = ["Paid $5 mln in Q3.", "Up 3% since May 3.", "Orvane bought Osk for EUR 2 bn last year.",
         "Over the past 90 days, 1,234.5 kr."]


@pytest.mark.parametrize(("count", "warm_up"), [
    (300, 300), pytest.param(100_000, 2_000, marks=pytest.mark.slow)])
def test_memory_stays_flat_over_many_calls(count: int, warm_up: int) -> None:
    ex = Extractor()
    base = dt.date(1990, 1, 1)

    def calls(first: int, count: int) -> None:
        for i in range(first, first + count):
            ex.extract(SHORT[i % len(SHORT)], ref_date=base + dt.timedelta(days=i % 20_000))

    calls(0, warm_up)  # every parser compiled, every bounded cache filled
    # what the run made so far stays: out of the collector's reach, so that
    # the collections below scan only what these calls make
    gc.freeze()
    tracemalloc.start()
    try:
        calls(warm_up, warm_up // 4)
        gc.collect()
        before = tracemalloc.take_snapshot()
        calls(warm_up + warm_up // 4, count)
        gc.collect()
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    growth = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    top = after.compare_to(before, "lineno")[:5]
    assert growth < 64 * 1024, [str(s) for s in top]


# -- module state ---------------------------------------------------------------------------


def finparse_modules() -> list[Any]:
    modules = [finparse]
    for info in pkgutil.iter_modules(finparse.__path__):
        if info.name == "__main__":
            continue
        try:
            modules.append(importlib.import_module(f"finparse.{info.name}"))
        except ImportError:  # an optional integration whose library is missing
            continue
    return modules


def module_containers() -> dict[str, Any]:
    """Every module-level dict, list, set or bytearray, by qualified name."""
    found = {}
    for module in finparse_modules():
        for name, value in vars(module).items():
            if not name.startswith("__") and isinstance(value, (dict, list, set, bytearray)):
                found[f"{module.__name__}.{name}"] = value
    return found


def unbounded_caches() -> dict[str, int]:
    """Every function cache without a size limit: qualified name -> number of parameters."""
    found = {}
    for module in finparse_modules():
        for value in vars(module).values():
            if callable(value) and hasattr(value, "cache_parameters"):
                if value.cache_parameters()["maxsize"] is None:
                    name = f"{value.__module__}.{value.__qualname__}"
                    found[name] = len(inspect.signature(value).parameters)
    return found


#: Module-level containers that may change: (why, most entries they hold).
SINGLETONS = {
    "finparse.extractor._DEFAULT": ("the default Extractor, made on first use", 1),
    "finparse.units._registry": ("the pint registry, made on first use under a lock", 1),
    "finparse.batch._WORKER": ("a worker process's extractor and kinds, set by the pool "
                               "initializer", 2),
    "finparse.core._COMPILED": ("compiled patterns by fragment, added under a lock and "
                                "cleared at 2048", 2048),
    "finparse.core._CASES": ("the characters a character matches ignoring case, one entry "
                             "per character of the word lists read", 0x110000),
}

#: Caches without a limit whose keys come from a closed set.
CLOSED_KEYS = {
    "finparse._data.rows": "a table name (the files in finparse/data)",
    "finparse._data.word_class": "a table name and a word class of that table",
    "finparse.direction.direction_words": "a word class of data/direction_words.tsv",
    "finparse._timewords.lookup": "a kind of data/time_words.tsv",
    "finparse.money._context_words": "a word class of data/currency_context.tsv",
    "finparse.triples._cue": "a class of data/triple_cues.tsv",
    "finparse.vocabulary.fractions": "a class of data/fractions.tsv",
    "finparse.vocabulary.unit_words": "a class of data/unit_words.tsv",
    "finparse.vocabulary.unit_pattern": "classes of data/unit_words.tsv (and percent, scale)",
    "finparse.kinds._module": "the name of a kind's module (named in kinds.py)",
}

#: Caches keyed by what callers pass: each must have a limit (they had none).
CALLER_KEYS = {
    "finparse.triples._lexicon": "extra_verbs",
    "finparse.entities._known_table": "extra_entities",
    "finparse.entities.known_names_pattern": "extra_entities",
}


def test_module_containers_do_not_change_while_extracting() -> None:
    before = {name: repr(value) for name, value in module_containers().items()}
    seed = SEED.read_text(encoding="utf-8")
    option_sets: list[dict[str, Any]] = [
        {}, {"fiscal_year_start": 4, "decimal_mark": ","},
        {"extra_verbs": {"snap up": "buy"}, "extra_entities": ["Osk"]}]
    for options in option_sets:
        ex = Extractor(**options)
        for ref in REF_DATES:
            ex.extract(seed, ref_date=ref)
            ex.extract(" ".join(SENTENCES), ref_date=ref)
    finparse.extract("It cost $5.")
    after = module_containers()
    changed = {name for name, value in after.items()
               if name in before and repr(value) != before[name]}
    assert changed <= set(SINGLETONS), changed
    for name, (_, most) in SINGLETONS.items():
        if name in after:
            assert len(after[name]) <= most, name


def test_caches_without_a_limit_have_closed_keys() -> None:
    with_keys = {name for name, params in unbounded_caches().items() if params}
    unexplained = with_keys - set(CLOSED_KEYS)
    assert not unexplained, (
        f"new caches without a size limit: {sorted(unexplained)}; bound them "
        "(functools.lru_cache(maxsize=...)) or, if their keys come from a closed set, "
        "add them to CLOSED_KEYS with the reason")


@pytest.mark.parametrize("name", list(CALLER_KEYS))
def test_caches_keyed_by_caller_options_are_bounded(name: str) -> None:
    module, _, attr = name.rpartition(".")
    cached = getattr(importlib.import_module(module), attr)
    limit = cached.cache_parameters()["maxsize"]
    assert limit is not None
    for i in range(limit + 5):  # distinct option sets, more than the cache holds
        if CALLER_KEYS[name] == "extra_verbs":
            Extractor(extra_verbs={f"zorbify{i}": "zorbify"}).extract("Orvane zorbified Osk.")
        else:
            Extractor(extra_entities=[f"Zorb{i} Holdings"]).extract("Zorb1 Holdings bought Osk.")
    assert cached.cache_info().currsize <= limit
