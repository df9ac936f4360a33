"""The coverage audit tool (tools/coverage_audit.py) on a corpus written here."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "coverage_audit.py"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("coverage_audit", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["coverage_audit"] = module
    spec.loader.exec_module(module)
    return module


DOCS = [
    {"id": "a", "text": "Orvane shipped 4,000 crates, and Kestrel shipped 12 crates, up 3 pct."},
    {"id": "b", "text": "Tamsin sold 7 crates for $5 mln in May."},
    {"id": "c", "text": "A 2-for-1 split.9 mln"},
    {"text": "no id here, 15 widgets"},
    "not an object",
]


def write(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    return path


def test_unclaimed_numbers_are_grouped_by_shape_most_frequent_first(
        tool: ModuleType, tmp_path: Path) -> None:
    result = tool.audit(tool.read_jsonl(write(tmp_path)))
    assert result.docs == 4  # the record that is not an object is skipped
    counts = {shape: group.count for shape, group in result.unclaimed.items()}
    # "shipped 4,000 crates," and "shipped 12 crates," are one shape; numbers
    # inside mentions ("3 pct", "$5 mln") are claimed and not listed
    assert counts == {"Cap w <N> w ,": 2, "Cap w <N> w for": 1, "a <N> - w": 1,
                      "- w <N> w .": 1, "w . <N> mln": 1, "w , <N> w": 1}
    crates = result.unclaimed["Cap w <N> w ,"].examples
    assert crates == [("a", "Orvane shipped [4,000] crates, and Kestrel shipped 12 crates, up 3 pct."),
                      ("a", "Orvane shipped 4,000 crates, and Kestrel shipped [12] crates, up 3 pct.")]
    assert result.unclaimed["w , <N> w"].examples[0][0] == "4"  # no id: the line number


def test_mentions_cut_short_or_glued_are_unusual(tool: ModuleType,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # The audit's own logic, on mentions given to it (not on what finparse
    # happens to find today): a time cut before its day, a glued amount.
    text = "It was paid last November 23 in cash, at 9 S/P rates; up 3% a year."
    found = [SimpleNamespace(kind="time", start=12, end=25),   # "last November"
             SimpleNamespace(kind="money", start=41, end=45),  # "9 S/"
             SimpleNamespace(kind="percent", start=57, end=59)]  # "3%", fine
    monkeypatch.setattr("finparse.extract", lambda text, kinds: found)
    result = tool.audit([("x", text)])
    assert {k: g.count for k, g in result.unusual.items()} == {
        "time, number after: w <time> <N>": 1,
        "money, glued after: at <money> Cap": 1,
    }
    assert result.unusual["time, number after: w <time> <N>"].examples == [
        ("x", "It was paid [last November] 23 in cash, at 9 S/P rates; up 3% a year.")]
    assert tool._unusual("ab5 mln", 2, 7) == "glued before"
    assert tool._unusual("5 mln 6", 0, 5) == "number after"
    assert tool._unusual("5 mln pct", 0, 5) == "amount word after"
    assert tool._unusual("5 mln here", 0, 5) is None


def test_command_line_report_and_json(tool: ModuleType, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "audit.json"
    assert tool.main([str(write(tmp_path)), "--top", "2", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("4 documents,")
    assert "== UNCLAIMED NUMBERS (top 2 of" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    counts = [g["count"] for g in data["unclaimed"]]
    assert counts == sorted(counts, reverse=True) and sum(counts) >= 4


def test_a_missing_corpus_is_not_an_error(tool: ModuleType, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert tool.main([str(tmp_path / "absent.jsonl")]) == 0
    assert "no corpus" in capsys.readouterr().out


def test_the_number_pattern_is_one_token_per_numeral(tool: ModuleType) -> None:
    found = [m.group() for m in tool._NUMBER.finditer("1,234.5 and 3/4, 2-1/2 x9 12.")]
    assert found == ["1,234.5", "3/4", "2-1/2", "12"]
