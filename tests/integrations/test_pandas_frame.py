"""finparse.pandas: tidy mention frames equal plain ``extract``, row for row."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")

import finparse.pandas as fpd  # noqa: E402
from finparse import Extractor, extract  # noqa: E402
from finparse.pandas import COLUMNS, empty_frame, mention_row, mentions_frame  # noqa: E402

from .documents import (  # noqa: E402
    DOCUMENTS,
    SENTENCES,
    TRIPLE_RENAMES,
    expected_rows,
    frame_rows,
    mention_dict,
    run_doctests,
    run_recipes,
    typed,
    write_corpus,
)

NAMES = [c.name for c in COLUMNS]


def news_frame() -> pd.DataFrame:
    return pd.DataFrame(DOCUMENTS, columns=["id", "body", "published"])


def test_dataframe_with_key_and_date_columns_equals_extract() -> None:
    frame = mentions_frame(news_frame(), text="body", key="id", ref_date="published")
    expected = expected_rows(DOCUMENTS, key_name="id", columns=NAMES)
    assert len(expected) > 100
    assert typed(frame_rows(frame)) == typed(expected)
    assert list(frame.index) == list(range(len(expected)))


def test_series_keyed_by_its_index_with_one_date() -> None:
    ref = dt.date(2025, 9, 27)
    series = pd.Series([t for _, t, _ in DOCUMENTS], index=[k for k, _, _ in DOCUMENTS])
    frame = mentions_frame(series, ref_date=ref)
    expected = expected_rows([(k, t, ref) for k, t, _ in DOCUMENTS], columns=NAMES)
    assert list(frame.columns) == ["document", *NAMES]
    assert typed(frame_rows(frame)) == typed(expected)


def test_key_column_is_named_after_the_index_and_keeps_its_dtype() -> None:
    texts = [t for _, t, _ in DOCUMENTS]
    series = pd.Series(texts, index=pd.Index(range(100, 100 + len(texts)), name="doc_no"))
    frame = mentions_frame(series)
    assert frame.columns[0] == "doc_no"
    assert frame["doc_no"].dtype == "int64"
    expected = expected_rows(
        [(100 + i, t, None) for i, t in enumerate(texts)], key_name="doc_no", columns=NAMES
    )
    assert typed(frame_rows(frame)) == typed(expected)
    categorical = mentions_frame(pd.Series(texts[:3], index=pd.CategoricalIndex(["a", "b", "c"])))
    assert isinstance(categorical["document"].dtype, pd.CategoricalDtype)


def test_dtypes_are_fixed_and_an_empty_input_gives_the_same_frame() -> None:
    frame = mentions_frame(news_frame(), text="body", key="id", ref_date="published")
    empty = mentions_frame(news_frame().iloc[:0], text="body", key="id", ref_date="published")
    assert len(empty) == 0
    assert list(empty.columns) == list(frame.columns) == ["id", *NAMES]
    assert empty.dtypes.equals(frame.dtypes)
    reference = empty_frame("id", frame["id"].dtype)
    pd.testing.assert_frame_equal(empty, reference)
    expected = {"string": pd.StringDtype(), "int64": "int64", "bool": pd.BooleanDtype()}
    for column in COLUMNS:
        assert frame[column.name].dtype == expected[column.type], column.name
    # a document with no mentions, or kinds that find nothing, still give every column
    nothing = mentions_frame(pd.Series(["No figures were disclosed."]))
    pd.testing.assert_frame_equal(nothing, empty_frame("document", "int64"))


def test_every_field_of_every_kind_has_a_column_and_every_column_is_filled() -> None:
    seen: dict[str, set[str]] = {}
    for _, text, ref in DOCUMENTS:
        for m in extract(text or "", ref_date=ref):
            seen.setdefault(m.kind, set()).update(mention_dict(m))
    assert set(seen) == {"money", "percent", "time", "triple"}
    for kind, fields in seen.items():
        filled = {c.name for c in COLUMNS if kind in c.kinds}
        assert fields == filled, kind
    frame = mentions_frame(news_frame(), text="body", key="id", ref_date="published")
    for column in COLUMNS:
        assert frame[column.name].notna().any(), column.name
        others = frame.loc[~frame["kind"].isin(column.kinds), column.name]
        assert others.isna().all(), column.name
    assert {c.field for c in COLUMNS if c.name != c.field} == set(TRIPLE_RENAMES)


def test_mention_row_follows_the_columns() -> None:
    m = extract("Nordvik Bank bought $12 million of Lakeside bonds in 2024, up 15%.")[0]
    assert m.kind == "triple"
    row = dict(zip(NAMES, mention_row(m), strict=True))
    assert row["amount_text"] == "$12 million" and row["amount"] is None
    assert row["time_text"] == "2024" and row["percent_text"] == "15%"


@pytest.mark.parametrize(
    "convert",
    [
        lambda s: s,  # ISO strings
        lambda s: pd.to_datetime(s),  # datetime64 with NaT
        lambda s: s.map(lambda v: None if pd.isna(v) else dt.date.fromisoformat(v)),
        lambda s: pd.Series(pd.to_datetime(s).tolist(), dtype="object"),  # Timestamps, NaT
        lambda s: pd.to_datetime(s).to_numpy(),  # back to a datetime64 column
        lambda s: pd.Series(list(pd.to_datetime(s).to_numpy()), dtype="object"),  # numpy scalars
    ],
    ids=["str", "datetime64", "date", "Timestamp", "numpy", "numpy-objects"],
)
def test_date_column_of_any_date_type(convert: object) -> None:
    news = news_frame()
    news["published"] = convert(news["published"])  # type: ignore[operator]
    frame = mentions_frame(news, text="body", key="id", ref_date="published")
    assert typed(frame_rows(frame)) == typed(expected_rows(DOCUMENTS, key_name="id", columns=NAMES))


def test_kinds_and_extractor_options_are_used() -> None:
    canadian = Extractor(currency_defaults={"$": "CAD"}, kinds=["money", "percent"])
    frame = mentions_frame(news_frame(), text="body", key="id", extractor=canadian)
    expected = expected_rows(
        [(k, t, None) for k, t, _ in DOCUMENTS], key_name="id", columns=NAMES, extractor=canadian
    )
    assert typed(frame_rows(frame)) == typed(expected)
    assert set(frame["kind"]) == {"money", "percent"}
    assert "CAD" in set(frame["currency"].dropna())
    only_time = mentions_frame(news_frame(), text="body", key="id", kinds="time")
    assert set(only_time["kind"]) == {"time"}
    assert list(only_time.columns) == list(frame.columns)


def test_missing_texts_have_no_mentions() -> None:
    s = pd.Series(["Fees rose 5%.", None, float("nan"), pd.NA, "Fees fell 2%."], dtype="object")
    frame = mentions_frame(s)
    assert list(frame["document"]) == [0, 4]
    assert list(frame["text"]) == ["5%", "2%"]
    strings = mentions_frame(pd.Series(["Fees rose 5%.", None], dtype="string"))
    assert list(strings["text"]) == ["5%"]


def test_accessor_reads_like_the_functions() -> None:
    series = pd.Series(SENTENCES, name="body")
    ref = dt.date(2025, 9, 27)
    pd.testing.assert_frame_equal(
        series.finparse.mentions(ref_date=ref, kinds="money"),
        mentions_frame(series, ref_date=ref, kinds="money"),
    )
    found = pd.Series((*SENTENCES, None), index=range(10, 11 + len(SENTENCES))).finparse.extract(
        ref_date=ref
    )
    assert list(found.index) == list(range(10, 11 + len(SENTENCES)))
    assert [[m.to_dict() for m in ms] for ms in found] == [
        [m.to_dict() for m in extract(t, ref_date=ref)] for t in SENTENCES
    ] + [[]]
    with pytest.raises(TypeError, match="document 1 must be str, not int"):
        pd.Series(["ok", 5]).finparse.extract()


def test_arrow_schema_holds_the_frame_exactly() -> None:
    pa = pytest.importorskip("pyarrow")
    frame = mentions_frame(news_frame(), text="body", key="id", ref_date="published")
    schema = fpd.arrow_schema("id")
    table = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
    assert table.schema.equals(schema)
    assert table.to_pylist() == frame_rows(frame)
    assert [f.name for f in schema] == list(frame.columns)
    assert [f.name for f in fpd.arrow_schema(None)] == NAMES
    assert not schema.field("start").nullable and schema.field("amount").nullable
    assert fpd.arrow_schema("n", pa.int32()).field("n").type == pa.int32()


def test_errors_name_what_is_wrong() -> None:
    news = news_frame()
    with pytest.raises(TypeError, match="needs text="):
        mentions_frame(news)
    with pytest.raises(ValueError, match="text='content' names no column"):
        mentions_frame(news, text="content")
    with pytest.raises(ValueError, match="key='doc' names no column"):
        mentions_frame(news, text="body", key="doc")
    with pytest.raises(ValueError, match="ref_date='2025-09-27' names no column"):
        mentions_frame(news, text="body", ref_date="2025-09-27")
    with pytest.raises(TypeError, match="a Series has none"):
        mentions_frame(news["body"], text="body")
    with pytest.raises(TypeError, match=r"pass a datetime\.date"):
        mentions_frame(news["body"], ref_date="2025-09-27")
    with pytest.raises(TypeError, match="Series or DataFrame, not list"):
        mentions_frame(["Fees rose 5%."])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="called 'text', which is also a mention column"):
        mentions_frame(news.set_index("id").rename_axis("text"), text="body")
    with pytest.raises(ValueError, match="called 'kind'"):
        empty_frame("kind")
    with pytest.raises(ValueError, match="MultiIndex"):
        mentions_frame(news.set_index(["id", "published"]), text="body")
    with pytest.raises(TypeError, match="document 'b' must be str, not bytes"):
        mentions_frame(pd.Series(["ok", b"bytes"], index=["a", "b"]))
    with pytest.raises(ValueError, match="unknown kind 'cash'"):
        mentions_frame(news.iloc[:0], text="body", kinds="cash")
    bad = news.assign(published=["2025-02-30"] + [None] * (len(news) - 1))
    with pytest.raises(ValueError, match="document 'doc-00': ref_date must be a date"):
        mentions_frame(bad, text="body", key="id", ref_date="published")


def test_module_examples_run() -> None:
    with pd.option_context("display.width", 80, "display.max_columns", 20):
        run_doctests(fpd)


def test_scaling_page_recipes_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyarrow")
    write_corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    namespace = run_recipes("pandas")
    expected = expected_rows(DOCUMENTS, key_name="id", columns=NAMES)
    assert typed(frame_rows(namespace["rows"])) == typed(expected)
    assert (tmp_path / "mentions.parquet").is_file()
    assert list(namespace["headlines"].finparse.mentions()["text"]) == [
        "Lumo Oy raised $40 million",
        "$40 million",
        "2%",
    ]


def test_import_finparse_imports_no_optional_package() -> None:
    probe = "import sys\nprint(*sorted(m for m in {'pandas', 'pyarrow', 'dask', 'pyspark'} if m in sys.modules))"
    use = "import finparse\nfinparse.extract('Fees rose 5% to $3 million in 2024.')\n"
    plain = subprocess.run(
        [sys.executable, "-c", use + probe], capture_output=True, text=True, check=True
    )
    assert plain.stdout.strip() == ""
    imported = "import finparse.pandas, finparse.dask, finparse.spark\n"
    integrations = subprocess.run(
        [sys.executable, "-c", use + imported + probe], capture_output=True, text=True, check=True
    )
    # pandas comes in for the accessor (and may bring pyarrow); Dask and PySpark only when called
    loaded = set(integrations.stdout.split())
    assert "pandas" in loaded and not loaded & {"dask", "pyspark"}
