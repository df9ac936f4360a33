"""Fifty invented financial news snippets and the rows plain ``extract`` gives for them.

Every path (pandas, Dask bag and DataFrame, Spark) is compared with
:func:`expected_rows`, which is written from ``Mention.to_dict`` alone, not
from the code under test. Imports no optional package.
"""

from __future__ import annotations

import doctest
import json
import math
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from finparse import Extractor, extract

SENTENCES = (
    "Nordvik Bank bought $12 million of Lakeside bonds in 2024, up 15%.",
    "Quarterly revenue at Halvorsen Foods rose 7.5% to EUR 410 mn in the third quarter.",
    "Shares of Orlund Oy fell 3 percent on Friday.",
    "Brekke ASA agreed to acquire Fjell Logistics for about NOK 2.1 billion.",
    "Operating margin widened by 120 basis points year-to-date.",
    "The fund returned 4-6% over the past three years.",
    "Velde AG raised more than $500 million in a bond sale last month.",
    "Tamsin Capital sold its 26% stake in Marrow Energy for 95 mln dlrs.",
    "Net profit slipped 0.4 percentage points to 11.2 percent of sales.",
    "Quillon Partners will invest up to £75m over five years.",
    "The board approved a dividend of 45 cents a share on March 3, 2025.",
    "Costs rose to 101.1 mln dlrs from 87.4 mln.",
    "Loans grew about 9% in Q2 2025 compared with a year earlier.",
    "Grainger Mills reported net sales of EUR 41.8 mn for 2024.",
    "The index gained 1.2% this week.",
    "Yields touched 4.25% on Sept. 30, 2025.",
    "Kessel Group launched a HK$300 million buyback.",
    "Deposits were steady at 1.3 trillion yen in fiscal 2024.",
    "Analysts expect a three-year slowdown.",
    "Ostrava Steel paid between $5 and $6 billion for the mill.",
    "Freight volumes rose roughly 18 pct over the past month.",
    "Pellworth Insurance cut its forecast to C$1.15 a share for 2026.",
    "Sales climbed 12% to 3.4 billion Swiss francs, helped by a weak euro.",
    "The lender set aside at least 250 million euros in the first half.",
    "No figures were disclosed.",
)

REF_DATES = (None, "2025-09-27", "2024-02-29", "2026-01-05")


def _documents() -> list[tuple[str, str | None, str | None]]:
    n = len(SENTENCES)
    docs: list[tuple[str, str | None, str | None]] = []
    for i in range(46):
        text = SENTENCES[i % n] if i < n else SENTENCES[i % n] + " " + SENTENCES[(i * 7 + 3) % n]
        docs.append((f"doc-{i:02d}", text, REF_DATES[i % len(REF_DATES)]))
    docs.append(("doc-46", "", "2025-09-27"))
    docs.append(("doc-47", None, "2025-09-27"))  # a missing text has no mentions
    docs.append(("doc-48", "Zürich-based Aarau Bank lent CHF 40 mn; fees rose 5% yesterday.", None))
    docs.append(("doc-49", "   \n\t", "2025-09-27"))
    return docs


#: ``(key, text, ref_date)``: 50 documents, with empty, blank and missing texts.
DOCUMENTS: list[tuple[str, str | None, str | None]] = _documents()

#: The names of a mentions table's columns after the key, as the JSON format
#: names them, with a triple's ``amount``, ``percent`` and ``time`` renamed.
TRIPLE_RENAMES = {"amount": "amount_text", "percent": "percent_text", "time": "time_text"}


def mention_dict(mention: Any) -> dict[str, Any]:
    """``to_dict()`` with the triple arguments under their column names."""
    data = mention.to_dict()
    if mention.kind == "triple":
        data = {TRIPLE_RENAMES.get(k, k): v for k, v in data.items()}
    return data


def expected_rows(
    documents: Iterable[tuple[object, str | None, object]],
    *,
    key_name: str = "document",
    columns: Sequence[str],
    kinds: Any = None,
    extractor: Extractor | None = None,
) -> list[dict[str, Any]]:
    """The tidy rows of plain extraction: one dict per mention, every column present."""
    rows = []
    for key, text, ref in documents:
        if text is None:
            continue
        if extractor is None:
            found = extract(text, ref_date=ref, kinds=kinds)  # type: ignore[arg-type]
        else:
            found = extractor.extract(text, ref_date=ref, kinds=kinds)  # type: ignore[arg-type]
        for mention in found:
            data = mention_dict(mention)
            unknown = set(data) - set(columns)
            assert not unknown, f"to_dict fields with no column: {unknown}"
            rows.append({key_name: key, **{c: data.get(c) for c in columns}})
    return rows


def plain(value: Any) -> Any:
    """A cell as a plain Python value: None for every missing marker, ints and bools unboxed."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        return value.item()
    return value


def frame_rows(frame: Any) -> list[dict[str, Any]]:
    """The rows of a pandas DataFrame as dicts of plain values."""
    names = list(frame.columns)
    return [
        {name: plain(v) for name, v in zip(names, values, strict=True)}
        for values in frame.itertuples(index=False, name=None)
    ]


def typed(rows: list[dict[str, Any]]) -> list[dict[str, tuple[str, Any]]]:
    """Rows with each value paired with its type name, so that 1 != True != "1"."""
    return [{k: (type(v).__name__, v) for k, v in row.items()} for row in rows]


def run_doctests(module: object, **names: Any) -> None:
    """Run a module's examples, including those marked to skip where the package is absent.

    ``names`` are added to the examples' globals (a Spark session, say).
    """
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    examples = 0
    for test in finder.find(module, extraglobs=names):
        for example in test.examples:
            example.options.pop(doctest.SKIP, None)
            examples += 1
        runner.run(test)
    results = runner.summarize(verbose=False)
    assert examples > 0
    assert results.failed == 0, f"{results.failed} of {results.attempted} examples failed"


SCALING_PAGE = Path(__file__).resolve().parents[2] / "docs" / "scaling.md"


def write_corpus(directory: Path) -> Path:
    """:data:`DOCUMENTS` as ``corpus.jsonl`` (fields ``id``, ``text``, ``date``), as the recipes read it."""
    path = directory / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for key, text, ref in DOCUMENTS:
            out.write(json.dumps({"id": key, "text": text, "date": ref}) + "\n")
    return path


def recipes(section: str) -> list[str]:
    """The ```` ```python ```` blocks of a ``## section`` of docs/scaling.md, in order."""
    page = SCALING_PAGE.read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(section)}\n(.*?)(?=^## |\Z)", page, re.M | re.S)
    assert match, f"docs/scaling.md has no section {section!r}"
    blocks = re.findall(r"^```python\n(.*?)^```$", match.group(1), re.M | re.S)
    assert blocks, f"section {section!r} of docs/scaling.md has no python block"
    return blocks


def run_recipes(section: str, **names: Any) -> dict[str, Any]:
    """Run a section's blocks one after another in one namespace, and return it."""
    namespace: dict[str, Any] = {"__name__": "scaling_recipe", **names}
    for block in recipes(section):
        exec(compile(block, f"{SCALING_PAGE}:{section}", "exec"), namespace)
    return namespace
