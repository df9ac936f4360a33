"""The finparse command line: formats, inputs, errors and exit status."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

from finparse import __version__
from finparse.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "alibaba_ai_investment.txt"


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_table_on_the_seed_article() -> None:
    code, out, err = run("extract", str(SEED), "--ref-date", "2025-09-27")
    assert code == 0 and not err
    assert "$53 billion" in out and "53000000000 USD" in out
    assert "approximately $16.3 million" in out


def test_jsonl_is_one_mention_per_line_with_the_document() -> None:
    code, out, _ = run("extract", str(SEED), "--format", "jsonl", "--kinds", "money")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(lines) == 3
    assert {line["document"] for line in lines} == {str(SEED)}
    assert lines[0]["amount"] == "53000000000"


def test_json_groups_mentions_by_document(tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("Sales rose to EUR 5m.", encoding="utf-8")
    code, out, _ = run("extract", str(SEED), str(other), "--format", "json")
    docs = json.loads(out)
    assert code == 0
    assert [d["document"] for d in docs] == [str(SEED), str(other)]
    assert docs[1]["mentions"][0]["currency"] == "EUR"


def test_standard_input() -> None:
    code, out, _ = run("extract", "-", "--format", "jsonl", stdin="It cost $5.")
    assert code == 0 and json.loads(out)["document"] == "<stdin>"
    code, out, _ = run("extract", "--format", "jsonl", stdin="It cost $5.")
    assert code == 0 and json.loads(out)["text"] == "$5"


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok \xff\xfe here")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, out, err = run("extract", str(tmp_path / "missing.txt"), str(tmp_path), str(bad),
                         str(empty), str(SEED), "--format", "jsonl", "--kinds", "money")
    assert code == 1
    assert "missing.txt: no such file" in err
    assert "is a directory" in err
    assert "bad.txt: not valid UTF-8 at byte offset 3" in err
    assert len(out.splitlines()) == 3  # the seed article was still processed


@pytest.mark.parametrize("argv", [["extract", "--ref-date", "2025-13-01"], ["extract", "--kinds", "weather"],
                                  ["extract", "--ref-date", "20250927"],
                                  ["extract", "--fiscal-year-start", "13"]])
def test_bad_options_are_usage_errors(argv: list[str]) -> None:
    code, _, err = run(*argv)
    assert code == 2
    assert err


def test_version_and_module_entry_point() -> None:
    done = subprocess.run([sys.executable, "-m", "finparse", "--version"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.strip() == f"finparse {__version__}"


def test_table_shows_every_kind() -> None:
    code, out, _ = run("extract", str(SEED), "--ref-date", "2025-09-27")
    assert code == 0
    assert "46.8 percent up" in out
    assert "2021-01-01 .. 2025-09-28" in out
    assert "ARK Invest / purchase / Alibaba shares (approximately $16.3 million)" in out


def test_fiscal_year_start(tmp_path: Path) -> None:
    doc = tmp_path / "fy.txt"
    doc.write_text("Sales in fiscal 2024 rose.", encoding="utf-8")
    code, out, _ = run("extract", str(doc), "--kinds", "time", "--fiscal-year-start", "4",
                       "--format", "jsonl")
    assert code == 0
    assert json.loads(out)["start_date"] == "2023-04-01"


def test_currency_default_and_decimal_mark() -> None:
    text = "It cost $5 and 1.234 kr, or 2,5 mln euro."
    code, out, _ = run("extract", "-", "--kinds", "money", "--format", "jsonl",
                       "--currency-default", "$=CAD", "--decimal-mark", ",", stdin=text)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [(r["amount"], r["currency"]) for r in rows] == [
        ("5", "CAD"), ("1234", None), ("2500000", "EUR")]


def test_currency_default_can_leave_a_form_unknown() -> None:
    code, out, _ = run("extract", "-", "--kinds", "money", "--format", "jsonl",
                       "--currency-default", "$=", stdin="It cost $5.")
    assert code == 0 and json.loads(out)["currency"] is None


@pytest.mark.parametrize(("value", "named"), [("CAD", "'CAD'"), ("=CAD", "'=CAD'"), ("$=XYZ", "'XYZ'")])
def test_bad_currency_default_is_a_usage_error(value: str, named: str) -> None:
    code, out, err = run("extract", "-", "--currency-default", value, stdin="$5")
    assert code == 2 and not out
    assert named in err


def test_jobs_give_the_same_table_on_the_seed_article() -> None:
    one = run("extract", str(SEED), str(SEED), "--ref-date", "2025-09-27")
    two = run("extract", str(SEED), str(SEED), "--ref-date", "2025-09-27", "--jobs", "2")
    assert one == two and one[0] == 0


@pytest.mark.parametrize("argv", [["extract", "--input-format", "csv"], ["extract", "--jobs", "-2"],
                                  ["extract", "--text-field", "body"]])
def test_bad_corpus_options_are_usage_errors(argv: list[str]) -> None:
    code, out, err = run(*argv, stdin="$5")
    assert code == 2 and not out
    assert err


# -- a real standard output, under each locale and PYTHONIOENCODING ------------------------

# Runs the command with extraction failing on a text that holds FAIL-ME (a bug
# simulated; the workers of --jobs 2 are forked, so they see it too).
DRIVER = """
import multiprocessing, sys
from finparse import Extractor
from finparse.cli import main
real = Extractor.extract
def extract(self, text, **options):
    if "FAIL-ME" in text:
        raise RecursionError("maximum recursion depth exceeded (simulated)")
    return real(self, text, **options)
Extractor.extract = extract
multiprocessing.set_start_method("fork")
sys.exit(main())
"""

LOCALE_VARIABLES = ("LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "PYTHONIOENCODING", "PYTHONUTF8",
                    "PYTHONCOERCECLOCALE")


def corpus_rows() -> list[dict[str, str]]:
    """20 records (more than a chunk, so --jobs 2 starts a pool): lone surrogates in
    ids and texts, non-ASCII text, and one whose extraction fails."""
    rows = [{"id": f"r{i}", "text": f"Caf\u00e9 Nord paid \u20ac{i} million, then ${i}."}
            for i in range(20)]
    rows[3] = {"id": "lone\ud800", "text": "It cost $3 \udcff and \ud800 \u00e9."}
    rows[7]["text"] += " FAIL-ME"
    rows[12]["id"] = "x\udcffy"
    return rows


# Each case is a fresh interpreter that builds the money grammar: the quick
# suite runs two (the table with two jobs on an ASCII stream, JSON Lines with
# one job on a UTF-8 stream with errors='surrogateescape'; every format meets
# UTF-8 streams with both error handlers, and an ASCII one, in-process in
# tests/test_cli_corpus.py), the slow tier all seven.
@pytest.mark.skipif(sys.platform == "win32", reason="locales are POSIX")
@pytest.mark.parametrize(("env", "output", "jobs"), [
    pytest.param({"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}, "jsonl", "2",  # errors='strict'
                 marks=pytest.mark.slow, id="utf-8-strict-jsonl"),
    pytest.param({"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}, "json", "1",
                 marks=pytest.mark.slow, id="utf-8-strict-json"),
    # errors='surrogateescape': \udcff was a raw 0xFF
    pytest.param({"LC_ALL": "C.UTF-8"}, "jsonl", "1", id="c.utf-8"),
    # the C locale: UTF-8 mode, 'surrogateescape'
    pytest.param({"LANG": "C"}, "json", "2", marks=pytest.mark.slow, id="lang-c"),
    pytest.param({"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}, "table", "2",
                 id="c-ascii"),  # ASCII
    pytest.param({"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "ascii"}, "jsonl", "1",
                 marks=pytest.mark.slow, id="ascii"),
    pytest.param({"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "latin-1"}, "json", "2",
                 marks=pytest.mark.slow, id="latin-1"),
])
def test_every_good_record_reaches_a_real_stdout_as_valid_utf8(
        tmp_path: Path, env: dict[str, str], output: str, jobs: str) -> None:
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("the simulated failure reaches workers only when they are forked")
    rows = corpus_rows()
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps(row) + "\n" for row in rows]
    lines.insert(10, "not json\n")  # an unreadable line too
    path.write_text("".join(lines), encoding="ascii")
    environ = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, "extract", "--input-format", "jsonl", str(path),
         "--kinds", "money", "--format", output, "--jobs", jobs],
        capture_output=True, env={**environ, **env}, check=False, timeout=120)
    assert done.returncode == 5, done.stderr
    text = done.stdout.decode("utf-8")  # strict: raises on anything but valid UTF-8
    ascii_only = env.get("PYTHONIOENCODING", "utf-8") != "utf-8" or env.get("LC_ALL") == "C"
    assert text.isascii() == ascii_only
    # Lines are read ahead of extraction, more so with --jobs 2: the order varies.
    assert sorted(done.stderr.decode("utf-8").splitlines()) == [
        f"finparse: error: {path}:11: invalid JSON: Expecting value at byte offset "
        f"{sum(map(len, lines[:10]))}",
        f"finparse: error: {path}:8: id 'r7': extraction failed: "
        "RecursionError: maximum recursion depth exceeded (simulated)",
    ]
    ids = [row["id"] for row in rows]
    if output == "table":
        table = text.splitlines()
        assert table[0].split() == ["document", "kind", "start", "end", "text", "value"]
        assert table[1].startswith("r0 ") and "r19 " in text
        assert any(line.startswith("lone\\ud800 ") for line in table)
        assert any(line.startswith("x\\udcffy ") for line in table)
        assert "Caf\\xe9" not in text and "\\u20ac1 million" in text
        (failed,) = [line for line in table if " error " in line]
        assert failed.split()[:2] == ["r7", "error"]
        return
    if output == "jsonl":
        records = [json.loads(line) for line in text.splitlines()]
        assert list(dict.fromkeys(r["document"] for r in records)) == ids
        assert [r for r in records if "error" in r] == [
            {"document": "r7", "error": "RecursionError: maximum recursion depth exceeded "
                                        "(simulated)"}]
        money = [r["text"] for r in records if "error" not in r]
    else:
        docs = json.loads(text)
        assert [d["document"] for d in docs] == ids
        assert [d for d in docs if "error" in d] == [
            {"document": "r7", "mentions": [],
             "error": "RecursionError: maximum recursion depth exceeded (simulated)"}]
        money = [m["text"] for d in docs for m in d["mentions"]]
    assert money.count("$3") == 1 and "\u20ac19 million" in money and "$19" in money
    assert len(money) == 2 * 18 + 1
