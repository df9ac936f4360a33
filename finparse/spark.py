"""Mentions of a Spark DataFrame, through ``mapInPandas`` and an explicit schema.

Install the extra with ``pip install 'finparse-text[spark]'`` (PySpark with its
pandas and Arrow support; Spark needs Java 17 or later). ``import finparse``
alone never imports PySpark. Executors need finparse installed in the Python
they run; the :class:`~finparse.Extractor` travels to them pickled.

>>> from finparse.spark import spark_schema
>>> print(spark_schema("doc_id").simpleString()[:96])  # doctest: +SKIP
struct<doc_id:string,kind:string,start:bigint,end:bigint,text:string,amount:string,low:string,...

With a session ``spark``:

>>> from finparse.spark import mentions_spark
>>> news = spark.createDataFrame(  # doctest: +SKIP
...     [("a1", "Velde AG bought EUR 4 mn of bonds in 2024.")], "id string, body string"
... )
>>> rows = mentions_spark(news, text="body", key="id")  # doctest: +SKIP
>>> rows.select("id", "kind", "text", "amount", "start_date").show(truncate=False)  # doctest: +SKIP
+---+------+-----------------------------------------+-------+----------+
|id |kind  |text                                     |amount |start_date|
+---+------+-----------------------------------------+-------+----------+
|a1 |triple|Velde AG bought EUR 4 mn of bonds in 2024|NULL   |NULL      |
|a1 |money |EUR 4 mn                                 |4000000|NULL      |
|a1 |time  |2024                                     |NULL   |2024-01-01|
+---+------+-----------------------------------------+-------+----------+
<BLANKLINE>

The rows and columns are those of :func:`finparse.pandas.mentions_frame`.
(The examples in this module are marked to be skipped where PySpark is
absent; the integration tests run them with PySpark and a local session.)
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from finparse._validate import check_ref_date
from finparse.extractor import Extractor
from finparse.kinds import KINDS, check_kinds
from finparse.pandas import COLUMNS, check_key_name, mentions_frame

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame
    from pyspark.sql.types import DataType, StructType

__all__ = ["mentions_spark", "spark_schema"]


def _types() -> Any:
    try:
        from pyspark.sql import types
    except ModuleNotFoundError as err:
        if err.name is None or err.name.partition(".")[0] != "pyspark":
            raise
        raise ModuleNotFoundError(
            "this needs PySpark: pip install 'finparse-text[spark]'", name="pyspark"
        ) from err
    return types


def spark_schema(key: str | None = "document", key_type: DataType | None = None) -> StructType:
    """The Spark schema of a mentions table.

    ``key`` names the document key field (``None`` leaves it out) and
    ``key_type`` is its type (``StringType()`` by default); then a field
    per :data:`finparse.pandas.COLUMNS`: ``"string"`` columns are
    ``StringType``, ``"int64"`` ``LongType``, ``"bool"`` ``BooleanType``.
    ``kind``, ``start``, ``end`` and ``text`` are not nullable.

    >>> from finparse.spark import spark_schema
    >>> spark_schema(None)["currency_assumed"]  # doctest: +SKIP
    StructField('currency_assumed', BooleanType(), True)
    """
    types = _types()
    by_type = {"string": types.StringType(), "int64": types.LongType(), "bool": types.BooleanType()}
    fields = []
    if key is not None:
        check_key_name(key)
        fields.append(types.StructField(key, key_type or types.StringType(), True))
    for column in COLUMNS:
        fields.append(types.StructField(column.name, by_type[column.type], column.kinds != KINDS))
    return types.StructType(fields)


def _batches(
    frames: Iterator[pd.DataFrame],
    *,
    text: str,
    key: str,
    ref_date: dt.date | str | None,
    kinds: Iterable[str] | str | None,
    extractor: Extractor | None,
) -> Iterator[pd.DataFrame]:
    for frame in frames:
        yield mentions_frame(
            frame, text=text, key=key, ref_date=ref_date, kinds=kinds, extractor=extractor
        )


def mentions_spark(
    df: DataFrame,
    *,
    text: str,
    key: str,
    ref_date: dt.date | str | None = None,
    kinds: Iterable[str] | str | None = None,
    extractor: Extractor | None = None,
) -> DataFrame:
    """Every mention in a Spark DataFrame of texts, one row per mention.

    Args:
        df: a :class:`pyspark.sql.DataFrame`.
        text: the column of the texts (a string column).
        key: the column naming each document; a Spark DataFrame has no
            index, so the key is required. The output's key column has its
            name and type.
        ref_date: a :class:`datetime.date` for every document, or the name
            of a column holding each document's date (a date, timestamp or
            ``YYYY-MM-DD`` string column; nulls mean none).
        kinds: the kinds to extract (default: the extractor's).
        extractor: the :class:`~finparse.Extractor` to use; it is pickled to
            the executors.

    Returns:
        A lazy DataFrame with the schema :func:`spark_schema` gives for the
        key, computed by :meth:`~pyspark.sql.DataFrame.mapInPandas` on the
        selected key, text and date columns. Bad column names raise here,
        not when the result is computed.

    Row order follows the input's partitions; sort by the key and
    ``start`` when order matters.
    """
    types = _types()
    columns = df.columns
    for role, name in (("text", text), ("key", key)):
        if name not in columns:
            raise ValueError(f"{role}={name!r} names no column of the DataFrame")
    if not isinstance(df.schema[text].dataType, types.StringType):
        raise TypeError(f"text={text!r} must be a string column, not {df.schema[text].dataType}")
    wanted = [key, text]
    if isinstance(ref_date, str):
        if ref_date not in columns:
            raise ValueError(
                f"ref_date={ref_date!r} names no column of the DataFrame; "
                "to resolve every document against one date, pass a datetime.date"
            )
        wanted.append(ref_date)
    else:
        ref_date = check_ref_date(ref_date)
    if kinds is not None:
        kinds = check_kinds(kinds)
    schema = spark_schema(key, df.schema[key].dataType)
    batches = functools.partial(
        _batches, text=text, key=key, ref_date=ref_date, kinds=kinds, extractor=extractor
    )
    return df.select(*dict.fromkeys(wanted)).mapInPandas(batches, schema)
