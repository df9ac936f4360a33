"""finparse.spark: mapInPandas with the explicit schema gives the rows of plain ``extract``.

One local Spark session for the module (``local[2]``, no UI, loopback only,
temporary directories); Java 17+ must be installed.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
pytest.importorskip("pyspark")

from pyspark.sql import types as T
from pyspark.sql.types import IntegerType

import finparse.spark as fspark
from finparse import Extractor
from finparse.pandas import COLUMNS, arrow_schema, empty_frame
from finparse.spark import mentions_spark, spark_schema

from .documents import (
    DOCUMENTS,
    expected_rows,
    run_doctests,
    run_recipes,
    typed,
    write_corpus,
)

NAMES = [c.name for c in COLUMNS]
REF = dt.date(2025, 9, 27)

pytestmark = pytest.mark.filterwarnings(
    # PySpark 4.x warns that its pandas 3 support is new; these tests check the results.
    "ignore:PySpark does not yet fully support pandas:FutureWarning"
)


def _java_home() -> str | None:
    if os.environ.get("JAVA_HOME"):
        return os.environ["JAVA_HOME"]
    java = shutil.which("java")
    return None if java is None else str(Path(java).resolve().parent.parent)


@pytest.fixture(scope="module")
def spark_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Spark JVM's working directory: relative paths in Spark resolve here."""
    return tmp_path_factory.mktemp("spark")


@pytest.fixture(scope="module")
def spark(spark_home: Path) -> Iterator[Any]:
    java_home = _java_home()
    if java_home is None:
        pytest.skip("Spark needs Java 17 or later, and no java was found")
    from pyspark.sql import SparkSession

    tmp = spark_home
    saved = {k: os.environ.get(k) for k in ("JAVA_HOME", "PYSPARK_PYTHON", "SPARK_LOCAL_IP")}
    os.environ.update(
        JAVA_HOME=java_home, PYSPARK_PYTHON=sys.executable, SPARK_LOCAL_IP="127.0.0.1"
    )
    cwd = os.getcwd()
    os.chdir(tmp)  # the JVM starts here: its files and relative paths stay out of the repo
    try:
        session = (
            SparkSession.builder.master("local[2]")
            .appName("finparse-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.default.parallelism", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.local.dir", str(tmp / "local"))
            .config("spark.sql.warehouse.dir", str(tmp / "warehouse"))
            .config("spark.driver.extraJavaOptions", f"-Djava.io.tmpdir={tmp}")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate()
        )
    finally:
        os.chdir(cwd)
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def spark_rows(df: Any) -> list[dict[str, Any]]:
    """Rows as dicts in the order ``extract`` gives: by key, then start, longest first, kind."""
    rows = [row.asDict() for row in df.collect()]
    key = df.columns[0]
    return sorted(rows, key=lambda r: (r[key], r["start"], -r["end"], r["kind"]))


def news(spark: Any, dates: str = "date") -> Any:
    typed_dates = [
        (k, t, None if r is None else dt.date.fromisoformat(r) if dates == "date" else r)
        for k, t, r in DOCUMENTS
    ]
    schema = f"id string, body string, published {dates}, n int"
    return spark.createDataFrame([(*d, i) for i, d in enumerate(typed_dates)], schema).repartition(3)


def test_schema_matches_the_pandas_and_arrow_columns() -> None:
    schema = spark_schema("id", T.IntegerType())
    assert schema.fieldNames() == list(empty_frame("id").columns) == arrow_schema("id").names
    assert schema["id"].dataType == T.IntegerType()
    assert spark_schema().fieldNames() == ["document", *NAMES]
    assert spark_schema(None).fieldNames() == NAMES
    by_type = {"string": T.StringType(), "int64": T.LongType(), "bool": T.BooleanType()}
    for column in COLUMNS:
        field = schema[column.name]
        assert field.dataType == by_type[column.type]
        assert field.nullable == (column.name not in ("kind", "start", "end", "text"))
    with pytest.raises(ValueError, match="called 'end'"):
        spark_schema("end")


@pytest.mark.parametrize("dates", ["date", "string"])
def test_rows_equal_extract_with_a_date_column(spark: Any, dates: str) -> None:
    result = mentions_spark(news(spark, dates), text="body", key="id", ref_date="published")
    assert result.schema == spark_schema("id")
    expected = expected_rows(DOCUMENTS, key_name="id", columns=NAMES)
    assert typed(spark_rows(result)) == typed(
        sorted(expected, key=lambda r: (r["id"], r["start"], -r["end"], r["kind"]))
    )
    # order within a document is that of extract
    collected = [r.asDict() for r in result.collect()]
    for key in {r["id"] for r in expected}:
        assert [r for r in collected if r["id"] == key] == [r for r in expected if r["id"] == key]


def test_one_date_kinds_extractor_and_an_integer_key(spark: Any) -> None:
    canadian = Extractor(currency_defaults={"$": "CAD"})
    result = mentions_spark(
        news(spark), text="body", key="n", ref_date=REF, kinds=["money", "time"], extractor=canadian
    )
    assert result.schema == spark_schema("n", IntegerType())
    expected = expected_rows(
        [(i, t, REF) for i, (_, t, _) in enumerate(DOCUMENTS)],
        key_name="n",
        columns=NAMES,
        kinds="money,time",
        extractor=canadian,
    )
    assert typed(spark_rows(result)) == typed(
        sorted(expected, key=lambda r: (r["n"], r["start"], -r["end"], r["kind"]))
    )
    assert "CAD" in {r["currency"] for r in expected}


def test_no_mentions_give_an_empty_frame_with_the_schema(spark: Any) -> None:
    df = spark.createDataFrame(
        [("a", "No figures were disclosed."), ("b", None)], "id string, body string"
    )
    result = mentions_spark(df, text="body", key="id")
    assert result.collect() == []
    assert result.schema == spark_schema("id")


def test_errors_come_before_anything_runs(spark: Any) -> None:
    df = news(spark)
    with pytest.raises(ValueError, match="text='content' names no column"):
        mentions_spark(df, text="content", key="id")
    with pytest.raises(ValueError, match="key='doc' names no column"):
        mentions_spark(df, text="body", key="doc")
    with pytest.raises(ValueError, match="ref_date='2025-09-27' names no column"):
        mentions_spark(df, text="body", key="id", ref_date="2025-09-27")
    with pytest.raises(TypeError, match="text='n' must be a string column"):
        mentions_spark(df, text="n", key="id")
    with pytest.raises(ValueError, match="unknown kind 'cash'"):
        mentions_spark(df, text="body", key="id", kinds="cash")
    with pytest.raises(ValueError, match="called 'text'"):
        mentions_spark(df.withColumnRenamed("id", "text"), text="body", key="text")


def test_module_examples_run(spark: Any) -> None:
    run_doctests(fspark, spark=spark)


def test_scaling_page_recipes_run(
    spark: Any, spark_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(spark_home)
    monkeypatch.chdir(spark_home)
    namespace = run_recipes("Spark")
    assert namespace["spark"] is spark  # the recipe's builder found the running session
    expected = expected_rows(
        DOCUMENTS,
        key_name="id",
        columns=NAMES,
        extractor=Extractor(kinds="money,time"),
    )
    assert typed(spark_rows(namespace["rows"])) == typed(
        sorted(expected, key=lambda r: (r["id"], r["start"], -r["end"], r["kind"]))
    )
    amounts = {r["text"]: r["amount"] for r in namespace["amounts"].collect()}
    assert amounts["$12 million"] == Decimal("12000000")
