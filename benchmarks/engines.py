#!/usr/bin/env python3
"""Do the batch, pandas, Dask and Spark paths give exactly what ``extract`` gives?

Run from the repository root, in an environment with the extras installed
(``pip install '.[pandas,dask,spark]'``); it reads the first N documents of
../shared/corpus/bench/news.jsonl in place (without it, it says so and exits):

    python benchmarks/engines.py             # first 500 documents
    python benchmarks/engines.py --docs 2000

Every path's mentions become tidy rows (``finparse.pandas.mention_row`` with
the document id in front); each path must give the same rows, in the same
order, as ``finparse.extract`` called document by document. A path whose
package is missing is reported as skipped. The exit status is 1 if any path
differs. Timings are printed for information only (Dask and Spark are
dominated by start-up on a sample this small).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bench" / "news.jsonl"
REF = dt.date(1987, 4, 1)  # the corpus is 1987 newswire

Row = tuple[Any, ...]


def load(n: int) -> list[tuple[str, str]]:
    with open(CORPUS, encoding="utf-8") as fh:
        rows = (json.loads(line) for line in fh if line.strip())
        return [(row["id"], row["text"]) for row in itertools.islice(rows, n)]


def plain(docs: list[tuple[str, str]]) -> list[Row]:
    import finparse
    from finparse.pandas import mention_row

    return [(doc_id, *mention_row(m)) for doc_id, text in docs
            for m in finparse.extract(text, ref_date=REF)]


def batch(docs: list[tuple[str, str]]) -> list[Row]:
    import finparse
    from finparse.pandas import mention_row

    return [(r.id, *mention_row(m))
            for r in finparse.extract_many(docs, processes=2, ref_date=REF) for m in r.mentions]


def _frame_rows(frame: Any) -> list[Row]:
    # pandas' missing values become None, so rows compare with plain().
    records = frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None)
    return [tuple(r) for r in records]


def pandas_frame(docs: list[tuple[str, str]]) -> list[Row]:
    import pandas as pd

    from finparse.pandas import mentions_frame

    df = pd.DataFrame(docs, columns=["id", "text"])
    return _frame_rows(mentions_frame(df, text="text", key="id", ref_date=REF))


def dask_dataframe(docs: list[tuple[str, str]]) -> list[Row]:
    import dask
    import dask.dataframe as dd
    import pandas as pd

    from finparse.dask import mentions_dataframe

    ddf = dd.from_pandas(pd.DataFrame(docs, columns=["id", "text"]), npartitions=4)
    with dask.config.set(scheduler="processes", num_workers=2):
        frame = mentions_dataframe(ddf, text="text", key="id", ref_date=REF).compute()
    return _frame_rows(frame)


def dask_bag(docs: list[tuple[str, str]]) -> list[Row]:
    import dask
    import dask.bag as db

    from finparse.dask import mentions_bag
    from finparse.pandas import COLUMNS

    bag = db.from_sequence(docs, npartitions=4)
    with dask.config.set(scheduler="processes", num_workers=2):
        rows = mentions_bag(bag, ref_date=REF).compute()
    names = [c.name for c in COLUMNS]
    return [(r["document"], *(r[n] for n in names)) for r in rows]


def spark(docs: list[tuple[str, str]]) -> list[Row]:
    import os

    from pyspark.sql import SparkSession

    # Spark's Python workers must run this interpreter (with finparse and pyarrow).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")

    from finparse.pandas import COLUMNS
    from finparse.spark import mentions_spark

    session = (SparkSession.builder.master("local[2]").appName("finparse-engines")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2").getOrCreate())
    try:
        df = session.createDataFrame(docs, ["id", "text"]).repartition(4)
        out = mentions_spark(df, text="text", key="id", ref_date=REF).collect()
    finally:
        session.stop()
    names = [c.name for c in COLUMNS]
    rows = [(r["id"], *(r[n] for n in names)) for r in out]
    order = {doc_id: i for i, (doc_id, _) in enumerate(docs)}
    # Spark gives partitions in no fixed order: sort by document, then as extracted.
    return sorted(rows, key=lambda r: (order[r[0]], r[2], -r[3], r[1]))


PATHS: dict[str, Callable[[list[tuple[str, str]]], list[Row]]] = {
    "extract_many, 2 processes": batch,
    "pandas mentions_frame": pandas_frame,
    "Dask mentions_dataframe": dask_dataframe,
    "Dask mentions_bag": dask_bag,
    "Spark mentions_spark": spark,
}


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=500, help="documents to compare (default 500)")
    args = ap.parse_args(list(argv) if argv is not None else None)
    if not CORPUS.exists():
        print(f"benchmark corpus not found at {CORPUS}: nothing to compare")
        return 0
    docs = load(args.docs)
    expected = plain(docs)
    print(f"{len(docs)} documents, {len(expected)} mentions from extract()")
    failed = False
    for name, path in PATHS.items():
        start = time.perf_counter()
        try:
            got = path(docs)
        except ImportError as exc:
            print(f"{name:28} skipped ({exc.name} is not installed)")
            continue
        seconds = time.perf_counter() - start
        same = got == expected
        failed |= not same
        print(f"{name:28} {'identical' if same else 'DIFFERENT':10} "
              f"{len(got):6d} rows  {seconds:6.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
