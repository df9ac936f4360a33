"""finparse.extract_many: order, laziness, pools, records, errors and progress bars."""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import pickle
import subprocess
import sys
import textwrap
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_tqdm import FakeBar

import finparse
from finparse import Extractor, Result, extract, extract_many

REF = dt.date(2025, 9, 27)

# Invented sentences, combined into a few dozen short documents.
_OPENINGS = [
    "Nordvik Bank bought $12 million of Lakeside bonds last month.",
    "Harbor Mills said quarterly sales rose 7.5% to EUR 38.2 mn.",
    "Profit at Greyfield Energy fell 3 pct in fiscal 2024.",
    "The fund sold about 1.2 billion yen of shares over the past year.",
    "Orchard Rail will pay 30 cents a share, up from 25 cents.",
    "No figures were given.",
]
_CLOSINGS = [
    "Margins widened by 40 basis points in the first quarter.",
    "Analysts expect revenue of C$4-5 billion by 2027.",
    "It plans to cut costs by a fifth over three years.",
    "",
    "Shares closed at 14.20 crowns, down 2 percent on Friday.",
    "Debt stood at (1,234) thousand dollars on March 31, 2025.",
]
DOCS = [f"{a} {b}".strip() for a, b in itertools.product(_OPENINGS, _CLOSINGS)]


def expected(docs: list[str], ref: dt.date | None = REF) -> list[tuple[Any, ...]]:
    return [tuple(extract(d, ref_date=ref)) for d in docs]


def no_pool_left() -> bool:
    deadline = time.monotonic() + 10
    while multiprocessing.active_children():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_the_documents_are_varied() -> None:
    kinds = {m.kind for found in expected(DOCS) for m in found}
    assert len(DOCS) == 36 and kinds == {"money", "percent", "time", "triple"}


def test_inline_equals_extract_in_input_order() -> None:
    results = list(extract_many(DOCS, processes=1, ref_date=REF))
    assert all(isinstance(r, Result) for r in results)
    assert [r.id for r in results] == list(range(len(DOCS)))
    assert [r.mentions for r in results] == expected(DOCS)


# chunks of 3 (many, the last one short) in the quick suite; 1 and 8 too in the slow tier
@pytest.mark.parametrize("chunksize", [pytest.param(1, marks=pytest.mark.slow), 3,
                                       pytest.param(8, marks=pytest.mark.slow)])
def test_two_processes_equal_extract_in_input_order(chunksize: int) -> None:
    want = expected(DOCS)
    results = list(extract_many(iter(DOCS), processes=2, chunksize=chunksize, ref_date=REF))
    assert [r.id for r in results] == list(range(len(DOCS)))
    assert [r.mentions for r in results] == want
    assert no_pool_left()


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="workers inherit grammars under fork only")
@pytest.mark.parametrize(("docs", "prepared"), [(DOCS, True), (DOCS[:3], False)], ids=["many", "few"])
def test_under_fork_the_grammars_are_built_before_the_pool_when_chunks_fill_it(
    docs: list[str], prepared: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Workers inherit what the parent built; with more chunks than the
    # pool's first window, every part the kinds may run is built before the
    # pool starts (else each worker builds what the first chunk did not).
    # A few documents are not worth it: the first chunk builds what they need.
    calls: list[Any] = []
    prepare = Extractor.prepare

    def counted(self: Extractor, kinds: Any = None) -> Extractor:
        calls.append(kinds)
        return prepare(self, kinds)

    monkeypatch.setattr(Extractor, "prepare", counted)
    results = list(extract_many(docs, processes=2, chunksize=2, ref_date=REF, kinds=["money", "time"]))
    assert [r.mentions for r in results] == [tuple(extract(d, ref_date=REF, kinds=["money", "time"])) for d in docs]
    assert calls == ([("money", "time")] if prepared else [])
    assert no_pool_left()


def test_records_with_ids_and_their_own_reference_dates() -> None:
    text = "Revenue rose 4% last month."
    records = [("q1", text), ("q2", text, "2024-03-15"), ("q3", text, dt.date(2023, 7, 4)),
               ("q1", text, None), [17, text]]
    for processes in (1, 2):
        results = list(extract_many(records, processes=processes, chunksize=1, ref_date=REF,
                                    kinds="time"))
        assert [r.id for r in results] == ["q1", "q2", "q3", "q1", 17]
        assert [r.mentions[0].start_date for r in results] == [
            dt.date(2025, 8, 1), dt.date(2024, 2, 1), dt.date(2023, 6, 1),
            dt.date(2025, 8, 1), dt.date(2025, 8, 1)]


def test_the_extractor_and_kinds_are_used() -> None:
    canadian = Extractor(currency_defaults={"$": "CAD"})
    docs = ["It cost $5, up 3%."] * 5
    for processes in (1, 2):
        results = list(extract_many(docs, processes=processes, chunksize=2,
                                    extractor=canadian, kinds=["money"]))
        assert [[(m.kind, m.currency) for m in r.mentions] for r in results] == [
            [("money", "CAD")]] * 5


def test_results_are_immutable_and_pickle() -> None:
    result = next(extract_many(["It cost EUR 5m."], processes=1))
    assert pickle.loads(pickle.dumps(result)) == result
    with pytest.raises(AttributeError):
        result.id = 3  # type: ignore[misc]
    assert finparse.extract_many is extract_many and finparse.Result is Result


def test_empty_input() -> None:
    assert list(extract_many([], processes=2)) == []
    assert list(extract_many(iter(()), processes=1)) == []


class Counting:
    """An endless stream of documents that counts how many were read."""

    def __init__(self) -> None:
        self.read = 0

    def __iter__(self) -> Iterator[str]:
        for doc in itertools.cycle(DOCS):
            self.read += 1
            yield doc


@pytest.mark.parametrize(("processes", "chunksize", "bound"), [(1, 4, 4), (2, 2, 10)])
def test_input_is_read_lazily(processes: int, chunksize: int, bound: int) -> None:
    stream = Counting()
    results = extract_many(stream, processes=processes, chunksize=chunksize)
    assert stream.read == 0
    first = next(results)
    assert first.id == 0
    # at most 2 * processes chunks in flight, plus the one read to refill
    assert stream.read <= bound
    results.close()  # type: ignore[attr-defined]
    assert no_pool_left()


def test_breaking_early_shuts_the_pool_down() -> None:
    started = time.monotonic()
    for result in extract_many(Counting(), processes=2, chunksize=2):
        if result.id == 5:
            break
    assert no_pool_left()
    assert time.monotonic() - started < 60


@pytest.mark.parametrize(("options", "message"), [
    ({"processes": 0}, "processes must be a positive integer or None, got 0"),
    ({"processes": True}, "processes must be a positive integer or None, got True"),
    ({"processes": "2"}, "processes must be a positive integer or None, got '2'"),
    ({"chunksize": 0}, "chunksize must be a positive integer, got 0"),
    ({"chunksize": 2.5}, "chunksize must be a positive integer, got 2.5"),
    ({"ref_date": "2025-13-01"}, "'2025-13-01'"),
    ({"kinds": "weather"}, "unknown kind 'weather'"),
    ({"progress": "yes"}, "progress must be True, False or None, got 'yes'"),
])
def test_bad_options_raise_value_error_when_called(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match="^.*" + message.replace("(", r"\(").replace(")", r"\)")):
        extract_many(DOCS, **options)


def test_bad_arguments_raise_type_error() -> None:
    with pytest.raises(TypeError, match=r"not str; for one document use finparse\.extract"):
        extract_many("It cost $5.")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"extractor must be a finparse\.Extractor or None, not dict"):
        extract_many(DOCS, extractor={"kinds": "money"})  # type: ignore[arg-type]


@pytest.mark.parametrize("processes", [1, 2])
def test_a_text_that_is_not_a_str_names_its_record_after_the_ones_before(processes: int) -> None:
    records: list[Any] = [("r1", "It cost $5."), ("r2", "Sales rose 3%."), ("r3", b"$6"),
                          ("r4", "never read")]
    seen = []
    with pytest.raises(TypeError) as caught:
        for result in extract_many(records, processes=processes, chunksize=1):
            seen.append(result.id)
    assert str(caught.value) == (
        "the text of record 'r3' must be str, not bytes; decode it first, e.g. data.decode('utf-8')")
    assert seen == ["r1", "r2"]
    assert no_pool_left()


@pytest.mark.parametrize(("record", "message"), [
    (42, "record 1 must be a str or an (id, text) or (id, text, ref_date) tuple, not int"),
    (("a", "b", "c", "d"), "record 1 must be a str or an (id, text) or (id, text, ref_date) "
                           "tuple, not tuple of length 4"),
    (b"$5", "record 1 must be str, not bytes; decode it first"),
    (("x", None), "the text of record 'x' must be str, not NoneType"),
])
def test_bad_records_raise_type_error(record: object, message: str) -> None:
    results = extract_many(["It cost $5.", record], processes=1)  # type: ignore[list-item]
    assert next(results).id == 0
    with pytest.raises(TypeError) as caught:
        next(results)
    assert str(caught.value).startswith(message)


def test_a_bad_reference_date_in_a_record_names_it() -> None:
    results = extract_many([("d1", "It cost $5.", "2025-02-30")], processes=1)
    with pytest.raises(ValueError, match=r"^record 'd1': ref_date must be a date or YYYY-MM-DD, got '2025-02-30'$"):
        next(results)


def test_an_error_in_the_input_stream_comes_after_the_results_before_it() -> None:
    def stream() -> Iterator[str]:
        yield from DOCS[:5]
        raise OSError("disk on fire")

    for processes in (1, 2):
        seen = []
        with pytest.raises(OSError, match="disk on fire"):
            for result in extract_many(stream(), processes=processes, chunksize=2):
                seen.append(result.id)
        assert seen == [0, 1, 2, 3, 4]
    assert no_pool_left()


@pytest.mark.parametrize("processes", [1, 2])
def test_an_error_while_extracting_is_raised_and_names_the_record(processes: int) -> None:
    hasty = Extractor(timeout=1e-9)
    long_doc = " ".join(DOCS) * 3
    with pytest.raises(TimeoutError) as caught:
        list(extract_many([long_doc] * 4, processes=processes, chunksize=1, extractor=hasty))
    if sys.version_info >= (3, 11):
        assert "while extracting record 0" in caught.value.__notes__
    assert no_pool_left()


def test_progress_bar_counts_documents(fake_tqdm: type[FakeBar]) -> None:
    assert len(list(extract_many(DOCS[:5], processes=1, progress=True))) == 5
    (bar,) = fake_tqdm.made
    assert bar.options["total"] == 5 and bar.options["unit"] == "doc"
    assert bar.count == 5 and bar.closed
    list(extract_many(iter(DOCS[:2]), processes=1, progress=True))
    assert fake_tqdm.made[1].options["total"] is None


def test_progress_bar_only_on_a_terminal_by_default(fake_tqdm: type[FakeBar],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    list(extract_many(DOCS[:2], processes=1))
    list(extract_many(DOCS[:2], processes=1, progress=False))
    assert fake_tqdm.made == []
    monkeypatch.setattr(sys, "stderr", types.SimpleNamespace(isatty=lambda: True))
    list(extract_many(DOCS[:2], processes=1))
    list(extract_many(DOCS[:2], processes=1, progress=False))
    assert len(fake_tqdm.made) == 1


def test_progress_without_tqdm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm raises ImportError
    with pytest.raises(ImportError, match=r"pip install 'finparse-text\[progress\]'"):
        extract_many(DOCS, progress=True)
    monkeypatch.setattr(sys, "stderr", types.SimpleNamespace(isatty=lambda: True))
    assert len(list(extract_many(DOCS[:2], processes=1))) == 2  # no bar, no error


@pytest.mark.slow  # each spawned worker compiles the grammars again
def test_spawned_workers(tmp_path: Path) -> None:
    script = tmp_path / "spawned.py"
    script.write_text(textwrap.dedent("""
        import multiprocessing, sys
        from finparse import Extractor, extract, extract_many

        if __name__ == "__main__":
            multiprocessing.set_start_method("spawn")
            docs = ["It cost $5, up 3% last year.", "Sales of EUR 38.2 mn.", "None."] * 3
            canadian = Extractor(currency_defaults={"$": "CAD"})
            got = [r.mentions for r in extract_many(docs, processes=2, chunksize=2,
                                                     extractor=canadian, ref_date="2025-09-27")]
            assert got == [tuple(canadian.extract(d, ref_date="2025-09-27")) for d in docs]
            assert got[0][0].currency == "CAD"
            print("ok", len(got))
    """), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok 9"


def test_the_extractor_is_sent_once_per_worker_not_per_document(
        monkeypatch: pytest.MonkeyPatch) -> None:
    sent = []
    reduce = Extractor.__reduce__

    def counting(self: Extractor) -> Any:
        sent.append(1)
        return reduce(self)

    monkeypatch.setattr(Extractor, "__reduce__", counting)
    results = list(extract_many(DOCS, processes=2, chunksize=1, ref_date=REF))
    assert [r.mentions for r in results] == expected(DOCS)
    assert len(sent) <= 2  # none with fork, one per worker with spawn
