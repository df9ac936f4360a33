"""Mentions as a tidy pandas DataFrame: one row per mention.

Install the extra with ``pip install 'finparse-text[pandas]'``. Importing this
module registers the ``.finparse`` accessor on every :class:`pandas.Series`;
``import finparse`` alone never imports pandas.

>>> import pandas as pd  # doctest: +SKIP
>>> import finparse.pandas  # doctest: +SKIP
>>> news = pd.Series(  # doctest: +SKIP
...     ["Lumo Oy raised $40 million in 2024.", "Margins fell 2%."],
...     index=pd.Index(["a1", "a2"], name="doc_id"),
... )
>>> news.finparse.mentions()[["doc_id", "kind", "text", "amount", "start_date"]]  # doctest: +SKIP
  doc_id     kind                                text    amount  start_date
0     a1   triple  Lumo Oy raised $40 million in 2024      <NA>        <NA>
1     a1    money                         $40 million  40000000        <NA>
2     a1     time                                2024      <NA>  2024-01-01
3     a2  percent                                  2%      <NA>        <NA>

The columns and their types are fixed, whichever kinds a call extracts and
whether or not it finds anything: the document key, then :data:`COLUMNS`.
The same definition gives the Dask ``meta`` (:mod:`finparse.dask`), the
Arrow schema (:func:`arrow_schema`) and the Spark schema
(:func:`finparse.spark.spark_schema`), so every path yields the same table.

(The examples in this module are marked to be skipped where pandas is absent;
the integration tests run them with pandas installed.)
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Hashable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from finparse._validate import check_ref_date
from finparse.extractor import Extractor, default_extractor
from finparse.kinds import KINDS, REGISTRY, Column, ColumnType, check_kinds
from finparse.model import Mention

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

# check_key_name and mention_rows are public for finparse.dask and
# finparse.spark, and kept out of __all__.
__all__ = [
    "COLUMNS",
    "Column",
    "FinparseSeriesAccessor",
    "arrow_schema",
    "empty_frame",
    "mention_row",
    "mentions_frame",
]

#: Every column of a mentions table after the document key, in order.
#:
#: Values are exactly those of :meth:`~finparse.model.Money.to_dict` (the
#: JSON format): decimals are exact decimal strings (``"16300000"``), dates
#: ISO ``YYYY-MM-DD`` strings, durations ISO 8601 strings. A triple's
#: arguments, which ``to_dict`` calls ``amount``, ``percent`` and ``time``,
#: are the columns ``amount_text``, ``percent_text`` and ``time_text``, so
#: that ``amount`` always holds a decimal. Only ``kind``, ``start``, ``end``
#: and ``text`` are never null.
#:
#: ============  ================  ==============  ===================
#: type          pandas dtype      Arrow type      Spark type
#: ============  ================  ==============  ===================
#: ``"string"``  ``"string"``      ``string``      ``StringType``
#: ``"int64"``   ``"int64"``       ``int64``       ``LongType``
#: ``"bool"``    ``"boolean"``     ``bool``        ``BooleanType``
#: ============  ================  ==============  ===================
#:
#: Missing values are ``pd.NA`` in pandas and null in Arrow and Spark.
#:
#: The columns are derived from the kinds' ``to_dict()`` (see
#: :meth:`finparse.kinds.Registry.columns`): ``kind``, ``start``, ``end``,
#: ``text``, then each kind's fields in the order of its ``to_dict()``.
COLUMNS: tuple[Column, ...] = REGISTRY.columns()

_NAMES = frozenset(c.name for c in COLUMNS)
_PANDAS_DTYPES: dict[ColumnType, str] = {"string": "string", "int64": "int64", "bool": "boolean"}
# Per kind: (column index, to_dict key) for every column the kind fills.
_FILLS: dict[str, tuple[tuple[int, str], ...]] = {
    kind: tuple((i, c.field) for i, c in enumerate(COLUMNS) if kind in c.kinds) for kind in KINDS
}


def mention_row(mention: Mention) -> tuple[Any, ...]:
    """The values of ``mention`` in the order of :data:`COLUMNS`, ``None`` where empty.

    Plain Python values, as in :meth:`~finparse.model.Money.to_dict`; this
    is what every row of a mentions table holds. Needs no pandas.

    >>> from finparse import extract
    >>> from finparse.pandas import COLUMNS, mention_row
    >>> m = extract("about $16.3 million", kinds="money")[0]
    >>> {c.name: v for c, v in zip(COLUMNS, mention_row(m)) if v is not None}  # doctest: +NORMALIZE_WHITESPACE
    {'kind': 'money', 'start': 0, 'end': 19, 'text': 'about $16.3 million',
     'amount': '16300000', 'currency': 'USD', 'unit': '$', 'approximate': True,
     'currency_assumed': True}
    """
    data = mention.to_dict()
    row: list[Any] = [None] * len(COLUMNS)
    for index, field in _FILLS[mention.kind]:
        row[index] = data[field]
    return tuple(row)


def _pandas() -> Any:
    try:
        import pandas
    except ModuleNotFoundError as err:
        if err.name != "pandas":
            raise
        raise ModuleNotFoundError(
            "this needs pandas: pip install 'finparse-text[pandas]'", name="pandas"
        ) from err
    return pandas


def check_key_name(name: Hashable) -> None:
    """Raise :class:`ValueError` if a document key column would be called ``name``,
    the name of a mention column.

    >>> check_key_name("text")
    Traceback (most recent call last):
      ...
    ValueError: the document key is called 'text', which is also a mention column; rename it, e.g. with key= or index.rename()
    """
    if name in _NAMES:
        raise ValueError(
            f"the document key is called {name!r}, which is also a mention column; "
            "rename it, e.g. with key= or index.rename()"
        )


def empty_frame(key: str = "document", key_dtype: Any = "object") -> pd.DataFrame:
    """A mentions table with no rows: the columns and dtypes every call returns.

    ``key`` and ``key_dtype`` are the name and dtype of the document key
    column. Useful as Dask ``meta`` or to check a schema.

    >>> from finparse.pandas import empty_frame
    >>> frame = empty_frame("doc_id", "int64")  # doctest: +SKIP
    >>> [(name, str(dtype)) for name, dtype in frame.dtypes.items()][:6]  # doctest: +SKIP
    [('doc_id', 'int64'), ('kind', 'string'), ('start', 'int64'), ('end', 'int64'),
     ('text', 'string'), ('amount', 'string')]
    """
    pd = _pandas()
    check_key_name(key)
    columns: dict[Hashable, Any] = {key: pd.array([], dtype=key_dtype)}
    for column in COLUMNS:
        columns[column.name] = pd.array([], dtype=_PANDAS_DTYPES[column.type])
    return pd.DataFrame(columns)


def arrow_schema(key: str | None = "document", key_type: pa.DataType | None = None) -> pa.Schema:
    """The Arrow schema of a mentions table (for Parquet, Arrow and Polars).

    ``key`` names the document key field (``None`` leaves it out);
    ``key_type`` is its Arrow type (string by default). ``kind``, ``start``,
    ``end`` and ``text`` are not nullable. Needs pyarrow.

    >>> import pyarrow as pa  # doctest: +SKIP
    >>> from finparse.pandas import arrow_schema
    >>> arrow_schema("doc_id", pa.int64()).field("start_date")  # doctest: +SKIP
    pyarrow.Field<start_date: string>
    """
    try:
        import pyarrow as pa
    except ModuleNotFoundError as err:  # pragma: no cover - depends on the environment
        if err.name != "pyarrow":
            raise
        raise ModuleNotFoundError("this needs pyarrow: pip install pyarrow", name="pyarrow") from err
    types = {"string": pa.string(), "int64": pa.int64(), "bool": pa.bool_()}
    fields = []
    if key is not None:
        check_key_name(key)
        fields.append(pa.field(key, pa.string() if key_type is None else key_type))
    for column in COLUMNS:
        fields.append(pa.field(column.name, types[column.type], nullable=column.kinds != KINDS))
    return pa.schema(fields)


def _missing(value: object) -> bool:
    """None, NaN, NA, NaT: a missing value as pandas writes one."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType")


def _ref_value(value: object, document: object) -> dt.date | None:
    if _missing(value):
        return None
    if type(value).__name__ == "datetime64":  # numpy's, in an object column
        value = _pandas().Timestamp(value)
        if _missing(value):
            return None
    try:
        return check_ref_date(value)
    except ValueError as err:
        raise ValueError(f"document {document!r}: {err}") from None


def mention_rows(
    documents: Iterable[tuple[object, object, object]],
    *,
    kinds: Iterable[str] | str | None,
    extractor: Extractor | None,
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """``(position, row)`` for every mention of ``(key, text, ref_date)`` documents.

    A missing text (None, NaN, NA) has no mentions; any other text that is
    not a ``str`` raises :class:`TypeError` naming its document.
    """
    ex = default_extractor() if extractor is None else extractor
    if kinds is not None:
        kinds = check_kinds(kinds)  # at once, even for no documents
    for position, (key, text, ref) in enumerate(documents):
        if not isinstance(text, str):
            if _missing(text):
                continue
            raise TypeError(f"the text of document {key!r} must be str, not {type(text).__name__}")
        for mention in ex.extract(text, ref_date=_ref_value(ref, key), kinds=kinds):
            yield position, mention_row(mention)


def _build(pd: Any, key: Hashable, keys: Any, found: Sequence[tuple[int, tuple[Any, ...]]]) -> Any:
    positions = pd.array([p for p, _ in found], dtype="int64")
    columns: dict[Hashable, Any] = {key: pd.Series(pd.Index(keys).take(positions)).array}
    for i, column in enumerate(COLUMNS):
        columns[column.name] = pd.array([row[i] for _, row in found], dtype=_PANDAS_DTYPES[column.type])
    return pd.DataFrame(columns)


def mentions_frame(
    data: pd.Series | pd.DataFrame,
    *,
    text: str | None = None,
    key: str | None = None,
    ref_date: dt.date | str | None = None,
    kinds: Iterable[str] | str | None = None,
    extractor: Extractor | None = None,
) -> pd.DataFrame:
    """Every mention in a Series or DataFrame of texts, one row per mention.

    Args:
        data: a :class:`pandas.Series` of texts (each keyed by its index
            label), or a :class:`pandas.DataFrame` with the texts in column
            ``text``.
        text: for a DataFrame, the column that holds the texts.
        key: for a DataFrame, the column that names each document; by
            default its index label.
        ref_date: the date relative expressions resolve against: a
            :class:`datetime.date` for every document, or, for a DataFrame,
            the name of a column holding each document's date (dates,
            timestamps or ``YYYY-MM-DD`` strings; missing values mean none).
            A string always names a column.
        kinds: the kinds to extract (default: the extractor's).
        extractor: the :class:`~finparse.Extractor` to use (default: the one
            :func:`finparse.extract` uses).

    Returns:
        A DataFrame with a fresh ``RangeIndex`` and the document key column
        (named after ``key``, else the index's name, else ``"document"``,
        with the key's dtype) followed by :data:`COLUMNS`. Rows follow the
        documents' order, and within a document the order of
        :func:`finparse.extract`. An input with no mentions gives an empty
        frame with the same columns and dtypes.

    A missing text (None, NaN, ``pd.NA``) has no mentions; any other value
    that is not a ``str`` raises :class:`TypeError`. A key named like a
    mention column raises :class:`ValueError`, as does a ``MultiIndex``.

    >>> import pandas as pd  # doctest: +SKIP
    >>> from finparse.pandas import mentions_frame
    >>> news = pd.DataFrame({  # doctest: +SKIP
    ...     "id": [7, 8],
    ...     "body": ["Sales rose 5% over the past year.", "Orlund Oy paid EUR 3 mn."],
    ...     "published": ["2025-09-27", "2025-10-01"],
    ... })
    >>> rows = mentions_frame(news, text="body", key="id", ref_date="published")  # doctest: +SKIP
    >>> rows[["id", "kind", "text", "value", "start_date", "end_date"]]  # doctest: +SKIP
       id     kind                     text value  start_date    end_date
    0   7  percent                       5%     5        <NA>        <NA>
    1   7     time       over the past year  <NA>  2024-09-27  2025-09-28
    2   8   triple  Orlund Oy paid EUR 3 mn  <NA>        <NA>        <NA>
    3   8    money                 EUR 3 mn  <NA>        <NA>        <NA>
    """
    pd = _pandas()
    if isinstance(data, pd.Series):
        if text is not None or key is not None:
            raise TypeError("text= and key= name columns of a DataFrame; a Series has none")
        texts, keys, frame = data, data.index, None
    elif isinstance(data, pd.DataFrame):
        if text is None:
            raise TypeError("mentions_frame of a DataFrame needs text=, the column of the texts")
        if text not in data.columns:
            raise ValueError(f"text={text!r} names no column of the frame")
        if key is not None and key not in data.columns:
            raise ValueError(f"key={key!r} names no column of the frame")
        texts, keys, frame = data[text], data.index if key is None else data[key], data
    else:
        raise TypeError(
            f"mentions_frame takes a pandas Series or DataFrame, not {type(data).__name__}"
        )
    if isinstance(keys, pd.MultiIndex):
        raise ValueError("a MultiIndex cannot be one key column: reset_index() it, or pass key=")
    name: Hashable = key if key is not None else keys.name if keys.name is not None else "document"
    check_key_name(name)
    if isinstance(ref_date, str):
        if frame is None:
            raise TypeError(
                "ref_date as a string names a column, and a Series has none: pass a datetime.date"
            )
        if ref_date not in frame.columns:
            raise ValueError(
                f"ref_date={ref_date!r} names no column of the frame; "
                "to resolve every document against one date, pass a datetime.date"
            )
        refs: Iterable[object] = frame[ref_date].tolist()
    else:
        one = check_ref_date(ref_date)
        refs = [one] * len(texts)
    documents = zip(keys.tolist(), texts.tolist(), refs, strict=True)
    found = list(mention_rows(documents, kinds=kinds, extractor=extractor))
    return _build(pd, name, keys, found)


class FinparseSeriesAccessor:
    """``series.finparse``: extraction on a Series of texts.

    Registered on :class:`pandas.Series` when :mod:`finparse.pandas` is
    imported.

    >>> import pandas as pd  # doctest: +SKIP
    >>> import finparse.pandas  # doctest: +SKIP
    >>> s = pd.Series(["Costs fell 4% in Q3 2025.", None])  # doctest: +SKIP
    >>> [[m.text for m in found] for found in s.finparse.extract()]  # doctest: +SKIP
    [['4%', 'Q3 2025'], []]
    """

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def mentions(
        self,
        *,
        ref_date: dt.date | None = None,
        kinds: Iterable[str] | str | None = None,
        extractor: Extractor | None = None,
    ) -> pd.DataFrame:
        """:func:`mentions_frame` of the Series: one row per mention."""
        return mentions_frame(self._series, ref_date=ref_date, kinds=kinds, extractor=extractor)

    def extract(
        self,
        *,
        ref_date: dt.date | None = None,
        kinds: Iterable[str] | str | None = None,
        extractor: Extractor | None = None,
    ) -> pd.Series:
        """A Series of lists of mention objects, with the same index.

        A missing text gives an empty list; other non-strings raise
        :class:`TypeError`, as in :func:`mentions_frame`.
        """
        pd = _pandas()
        ex = default_extractor() if extractor is None else extractor
        ref = check_ref_date(ref_date)
        out: list[list[Mention]] = []
        for label, value in zip(self._series.index.tolist(), self._series.tolist(), strict=True):
            if not isinstance(value, str):
                if _missing(value):
                    out.append([])
                    continue
                raise TypeError(
                    f"the text of document {label!r} must be str, not {type(value).__name__}"
                )
            out.append(ex.extract(value, ref_date=ref, kinds=kinds))
        return pd.Series(out, index=self._series.index, name=self._series.name, dtype="object")


def _register_accessor() -> None:
    try:
        pd = _pandas()
    except ModuleNotFoundError as err:
        if err.name == "pandas":
            return  # imported for its documentation or COLUMNS only
        raise
    pd.api.extensions.register_series_accessor("finparse")(FinparseSeriesAccessor)


_register_accessor()
