"""finparse.dask: bags and DataFrames give the rows of plain ``extract``, on every local scheduler."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")

import dask  # noqa: E402

import finparse.dask as fdask  # noqa: E402
from finparse import Extractor  # noqa: E402
from finparse.dask import mentions_bag, mentions_dataframe  # noqa: E402
from finparse.pandas import COLUMNS, empty_frame, mentions_frame  # noqa: E402

from .documents import (  # noqa: E402
    DOCUMENTS,
    expected_rows,
    frame_rows,
    run_doctests,
    run_recipes,
    typed,
    write_corpus,
)

NAMES = [c.name for c in COLUMNS]
SCHEDULERS = ["synchronous", "threads", "processes"]
REF = dt.date(2025, 9, 27)


def compute(collection: object, scheduler: str) -> object:
    with dask.config.set(scheduler=scheduler, num_workers=2):
        return dask.compute(collection)[0]


@pytest.mark.parametrize("scheduler", SCHEDULERS)
def test_bag_of_texts_is_keyed_by_position(scheduler: str) -> None:
    texts = [t for _, t, _ in DOCUMENTS]
    rows = compute(mentions_bag(db.from_sequence(texts, npartitions=7), ref_date=REF), scheduler)
    expected = expected_rows([(i, t, REF) for i, t in enumerate(texts)], columns=NAMES)
    assert typed(list(rows)) == typed(expected)  # type: ignore[call-overload]


@pytest.mark.parametrize("scheduler", SCHEDULERS)
def test_bag_of_records_with_key_and_date_fields(scheduler: str) -> None:
    records = [{"id": k, "body": t, "date": r, "extra": 1} for k, t, r in DOCUMENTS]
    bag = db.from_sequence(records, npartitions=4)
    rows = compute(mentions_bag(bag, text="body", key="id", ref_date="date"), scheduler)
    assert typed(list(rows)) == typed(expected_rows(DOCUMENTS, key_name="id", columns=NAMES))  # type: ignore[call-overload]


def test_records_without_key_and_tuples() -> None:
    records = [{"body": t} for _, t, _ in DOCUMENTS]
    bag = db.from_sequence(records, npartitions=3)
    rows = mentions_bag(bag, text="body", ref_date=REF).compute(scheduler="synchronous")
    expected = expected_rows([(i, t, REF) for i, (_, t, _) in enumerate(DOCUMENTS)], columns=NAMES)
    assert typed(list(rows)) == typed(expected)
    pairs = db.from_sequence([(k, t) for k, t, _ in DOCUMENTS], npartitions=3)
    rows = mentions_bag(pairs, ref_date=REF).compute(scheduler="synchronous")
    expected = expected_rows([(k, t, REF) for k, t, _ in DOCUMENTS], columns=NAMES)
    assert typed(list(rows)) == typed(expected)
    triples = db.from_sequence(DOCUMENTS, npartitions=5)
    rows = mentions_bag(triples).compute(scheduler="synchronous")
    assert typed(list(rows)) == typed(expected_rows(DOCUMENTS, columns=NAMES))


def test_bag_rows_make_the_pandas_frame() -> None:
    canadian = Extractor(currency_defaults={"$": "CAD"})
    bag = db.from_sequence([t for _, t, _ in DOCUMENTS], npartitions=6)
    rows = mentions_bag(bag, ref_date=REF, kinds=["money", "time"], extractor=canadian)
    frame = rows.to_dataframe(meta=empty_frame("document", "int64")).compute(scheduler="threads")
    expected = mentions_frame(
        pd.Series([t for _, t, _ in DOCUMENTS]), ref_date=REF, kinds="money,time", extractor=canadian
    )
    pd.testing.assert_frame_equal(frame.reset_index(drop=True), expected)
    assert "CAD" in set(expected["currency"].dropna())


@pytest.mark.parametrize("scheduler", SCHEDULERS)
def test_dataframe_with_key_and_date_columns(scheduler: str) -> None:
    news = pd.DataFrame(DOCUMENTS, columns=["id", "body", "published"])
    ddf = dd.from_pandas(news, npartitions=5)
    rows = mentions_dataframe(ddf, text="body", key="id", ref_date="published")
    frame = compute(rows, scheduler)
    assert typed(frame_rows(frame)) == typed(expected_rows(DOCUMENTS, key_name="id", columns=NAMES))
    # the meta is the frame pandas gives, so dtypes agree before and after computing
    assert rows._meta.dtypes.equals(frame.dtypes)  # type: ignore[attr-defined]
    assert list(rows.columns) == ["id", *NAMES]


def test_dataframe_keyed_by_index_and_series() -> None:
    news = pd.DataFrame(DOCUMENTS, columns=["id", "body", "published"]).set_index("id")
    ddf = dd.from_pandas(news, npartitions=4)
    frame = mentions_dataframe(ddf, text="body", ref_date=REF).compute(scheduler="synchronous")
    expected = expected_rows([(k, t, REF) for k, t, _ in DOCUMENTS], key_name="id", columns=NAMES)
    assert typed(frame_rows(frame)) == typed(expected)
    series = mentions_dataframe(ddf["body"], kinds="percent").compute(scheduler="synchronous")
    expected = expected_rows(
        [(k, t, None) for k, t, _ in DOCUMENTS], key_name="id", columns=NAMES, kinds="percent"
    )
    assert typed(frame_rows(series)) == typed(expected)


def test_empty_partitions_and_no_mentions_keep_the_schema() -> None:
    news = pd.DataFrame({"id": [1, 2], "body": ["No figures were disclosed.", None]})
    rows = mentions_dataframe(dd.from_pandas(news, npartitions=2), text="body", key="id")
    frame = rows.compute(scheduler="synchronous")
    pd.testing.assert_frame_equal(frame, empty_frame("id", "int64"))
    assert mentions_bag(db.from_sequence([], npartitions=1)).compute(scheduler="sync") == []


def test_errors_come_when_the_graph_is_built() -> None:
    news = pd.DataFrame(DOCUMENTS, columns=["id", "body", "published"])
    ddf = dd.from_pandas(news, npartitions=2)
    with pytest.raises(ValueError, match="text='content' names no column"):
        mentions_dataframe(ddf, text="content")
    with pytest.raises(ValueError, match="ref_date='2025-09-27' names no column"):
        mentions_dataframe(ddf, text="body", ref_date="2025-09-27")
    with pytest.raises(ValueError, match="unknown kind 'cash'"):
        mentions_dataframe(ddf, text="body", kinds="cash")
    with pytest.raises(ValueError, match="called 'text'"):
        mentions_bag(db.from_sequence(["x"]), key="text")
    with pytest.raises(ValueError, match="ref_date must be"):
        mentions_bag(db.from_sequence(["x"]), ref_date=20250927)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown kind 'cash'"):
        mentions_bag(db.from_sequence(["x"]), kinds="cash")


def test_bad_elements_raise_when_computed() -> None:
    with pytest.raises(TypeError, match="element 1 must be a str, a record"):
        mentions_bag(db.from_sequence(["ok", 5], npartitions=1)).compute(scheduler="sync")
    with pytest.raises(TypeError, match="element 0 is a record: mentions_bag needs text="):
        mentions_bag(db.from_sequence([{"body": "x"}])).compute(scheduler="sync")
    with pytest.raises(TypeError, match=r"element 0 is a text: pass a datetime\.date"):
        mentions_bag(db.from_sequence(["x"]), ref_date="date").compute(scheduler="sync")
    with pytest.raises(TypeError, match="document 'a' must be str, not int"):
        mentions_bag(db.from_sequence([("a", 5)])).compute(scheduler="sync")


def test_module_examples_run() -> None:
    with pd.option_context("display.width", 80, "display.max_columns", 20):
        run_doctests(fdask)


# Dask's own Parquet writer calls a pandas method that pandas 3.1 deprecates.
@pytest.mark.filterwarnings("ignore:The inplace keyword in DataFrame.set_index")
def test_scaling_page_recipes_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    with dask.config.set(scheduler="synchronous"):
        namespace = run_recipes("Dask")
    expected = expected_rows(DOCUMENTS, key_name="id", columns=NAMES)
    assert typed(frame_rows(namespace["frame"])) == typed(expected)
    assert namespace["counts"].to_dict() == dict(Counter(r["kind"] for r in expected))
    written = pd.read_parquet(tmp_path / "mentions-dask")
    assert typed(frame_rows(written.reset_index(drop=True))) == typed(expected)
