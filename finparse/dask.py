"""Mentions of a Dask bag or DataFrame, computed partition by partition.

Install the extra with ``pip install 'finparse-text[dask]'``; ``import finparse``
alone never imports Dask. Both functions build a lazy graph and return at
once; nothing is extracted until the result is computed, on whichever
scheduler you use (threads, processes or a distributed cluster: the
:class:`~finparse.Extractor` pickles with its options).

>>> import dask.bag as db  # doctest: +SKIP
>>> from finparse.dask import mentions_bag
>>> texts = db.from_sequence(["Brekke ASA sold NOK 80 mn of bonds.", "Fees fell 3%."], npartitions=2)  # doctest: +SKIP
>>> [(r["document"], r["kind"], r["text"]) for r in mentions_bag(texts).compute()]  # doctest: +SKIP
[(0, 'triple', 'Brekke ASA sold NOK 80 mn of bonds'), (0, 'money', 'NOK 80 mn'), (1, 'percent', '3%')]

The rows and columns are those of :func:`finparse.pandas.mentions_frame`.
(The examples in this module are marked to be skipped where Dask is absent;
the integration tests run them with Dask installed.)
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from finparse._validate import check_ref_date
from finparse.extractor import Extractor
from finparse.kinds import check_kinds
from finparse.pandas import COLUMNS, check_key_name, mention_rows, mentions_frame

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = ["mentions_bag", "mentions_dataframe"]


def _dask() -> Any:
    try:
        import dask
        import dask.bag
    except ModuleNotFoundError as err:
        if err.name is None or err.name.partition(".")[0] != "dask":
            raise
        raise ModuleNotFoundError("this needs Dask: pip install 'finparse-text[dask]'", name="dask") from err
    return dask


def mentions_dataframe(
    data: dask.dataframe.DataFrame | dask.dataframe.Series,
    *,
    text: str | None = None,
    key: str | None = None,
    ref_date: dt.date | str | None = None,
    kinds: Iterable[str] | str | None = None,
    extractor: Extractor | None = None,
) -> dask.dataframe.DataFrame:
    """:func:`~finparse.pandas.mentions_frame` of each partition of a Dask DataFrame or Series.

    The arguments mean what they mean for
    :func:`~finparse.pandas.mentions_frame`, and the result has its columns
    and dtypes (given to :meth:`~dask.dataframe.DataFrame.map_partitions`
    as an explicit ``meta``, so nothing is computed to infer them). Bad
    column names raise at once, not at compute time. Each partition's rows
    have their own ``RangeIndex``, so the result's index is not unique and
    its divisions are unknown: group by the key column, not the index.

    >>> import dask.dataframe as dd, pandas as pd  # doctest: +SKIP
    >>> from finparse.dask import mentions_dataframe
    >>> news = pd.DataFrame({"id": ["x", "y"], "body": ["Up 4% in 2024.", "Bonds for $2 bn."]})  # doctest: +SKIP
    >>> rows = mentions_dataframe(dd.from_pandas(news, npartitions=2), text="body", key="id")  # doctest: +SKIP
    >>> rows[["id", "kind", "text", "amount", "start_date"]].compute()  # doctest: +SKIP
      id     kind   text      amount  start_date
    0  x  percent     4%        <NA>        <NA>
    1  x     time   2024        <NA>  2024-01-01
    0  y    money  $2 bn  2000000000        <NA>
    """
    _dask()
    options: dict[str, Any] = {
        "text": text,
        "key": key,
        "ref_date": ref_date,
        "kinds": kinds,
        "extractor": extractor,
    }
    meta = mentions_frame(data._meta, **options)
    return data.map_partitions(mentions_frame, meta=meta, **options)


def _document(
    element: object, position: int, text: str | None, key: str | None, ref_date: object
) -> tuple[object, object, object]:
    """``(key, text, ref_date)`` of one bag element."""
    if element is None or isinstance(element, str):
        if text is not None or key is not None:
            raise TypeError(
                f"text= and key= name fields of records, but element {position} is a text"
            )
        if isinstance(ref_date, str):
            raise TypeError(
                "ref_date as a string names a field of records; "
                f"element {position} is a text: pass a datetime.date"
            )
        return position, element, ref_date
    if isinstance(element, Mapping):
        if text is None:
            raise TypeError(f"element {position} is a record: mentions_bag needs text=, its field")
        document = position if key is None else element[key]
        ref = element.get(ref_date) if isinstance(ref_date, str) else ref_date
        return document, element[text], ref
    if isinstance(element, tuple) and len(element) in (2, 3):
        if text is not None or key is not None or isinstance(ref_date, str):
            raise TypeError(
                f"element {position} is a (key, text[, ref_date]) tuple: "
                "text=, key= and a ref_date field name are for records"
            )
        return element[0], element[1], element[2] if len(element) == 3 else ref_date
    raise TypeError(
        f"element {position} must be a str, a record (a mapping) or a (key, text[, ref_date]) "
        f"tuple, not {type(element).__name__}"
    )


def _partition_rows(
    elements: list[object],
    offset: int,
    name: str,
    text: str | None,
    key: str | None,
    ref_date: object,
    kinds: Iterable[str] | str | None,
    extractor: Extractor | None,
) -> list[dict[str, Any]]:
    documents = [
        _document(element, offset + i, text, key, ref_date) for i, element in enumerate(elements)
    ]
    names = [name, *(c.name for c in COLUMNS)]
    return [
        dict(zip(names, (documents[i][0], *row), strict=True))
        for i, row in mention_rows(documents, kinds=kinds, extractor=extractor)
    ]


def mentions_bag(
    bag: dask.bag.Bag,
    *,
    text: str | None = None,
    key: str | None = None,
    ref_date: dt.date | str | None = None,
    kinds: Iterable[str] | str | None = None,
    extractor: Extractor | None = None,
) -> dask.bag.Bag:
    """A bag of mention rows, one dict per mention, from a bag of documents.

    Args:
        bag: a :class:`dask.bag.Bag` whose elements are texts (``str``, or
            ``None`` for a missing one),
            records (mappings, e.g. from ``bag.map(json.loads)``) or
            ``(key, text)`` / ``(key, text, ref_date)`` tuples.
        text: for records, the field holding the text.
        key: for records, the field naming the document; by default a
            document is named by its position in the bag (0, 1, ...), as are
            texts. A tuple names itself.
        ref_date: a :class:`datetime.date` for every document, or, for
            records, the name of the field holding each document's date.
        kinds: the kinds to extract (default: the extractor's).
        extractor: the :class:`~finparse.Extractor` to use.

    Returns:
        A bag with one partition per input partition, holding a dict per
        mention: the document key (under ``key``, else ``"document"``), then
        every name in :data:`finparse.pandas.COLUMNS`, ``None`` where empty,
        in the order of :func:`finparse.pandas.mentions_frame`. Turn it into
        a Dask DataFrame with ``.to_dataframe(meta=empty_frame(...))``
        (see :func:`finparse.pandas.empty_frame`).

    Positions are counted across partitions: a partition's rows wait until
    the partitions before it have been read (not processed), which keeps
    them consistent with ``enumerate`` without reading anything twice.
    Missing texts have no mentions; elements of another type raise
    :class:`TypeError` when computed.
    """
    dask = _dask()
    name = "document" if key is None else key
    check_key_name(name)
    if not isinstance(ref_date, str):
        ref_date = check_ref_date(ref_date)
    if kinds is not None:
        kinds = check_kinds(kinds)
    step = dask.delayed(_partition_rows, pure=True)
    parts = [dask.delayed(list, pure=True)(p) for p in bag.to_delayed(optimize_graph=False)]
    offset: Any = 0
    out = []
    for part in parts:
        out.append(step(part, offset, name, text, key, ref_date, kinds, extractor))
        offset = dask.delayed(operator.add, pure=True)(offset, dask.delayed(len, pure=True)(part))
    return dask.bag.from_delayed(out)
