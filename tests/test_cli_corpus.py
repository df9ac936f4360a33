"""The command line at scale: --jobs, JSONL corpora, large files, streaming output, summary."""

from __future__ import annotations

import io
import json
import multiprocessing
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_tqdm import FakeBar

import finparse.cli as cli
from finparse import Extractor
from finparse.cli import main
from finparse.model import Mention, Money

# Invented sentences.
SENTENCES = [
    "Nordvik Bank bought $12 million of Lakeside bonds last month.",
    "Harbor Mills said quarterly sales rose 7.5% to EUR 38.2 mn.",
    "Profit at Greyfield Energy fell 3 pct in fiscal 2024.",
    "The fund sold about 1.2 billion yen of shares over the past year.",
    "Orchard Rail will pay 30 cents a share, up from 25 cents.",
    "Margins widened by 40 basis points in the first quarter.",
    "Analysts expect revenue of C$4-5 billion by 2027.",
    "No figures were given.",
    "Shares of Brightwater closed at 14.20 crowns, down 2 percent, on Friday.",
]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*argv: str, stdin: str = "", stderr: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    rows = [{"id": f"n{i}", "text": " ".join(SENTENCES[i % 9:] + SENTENCES[:i % 9][:2]),
             "date": f"2024-{i % 12 + 1:02d}-15"} for i in range(30)]
    return write_jsonl(tmp_path / "news.jsonl", rows)


@pytest.fixture
def text_files(tmp_path: Path) -> list[str]:
    names = []
    for i in range(7):
        doc = tmp_path / f"doc{i}.txt"
        doc.write_text("\n\n".join(SENTENCES[i:] + SENTENCES[:i]), encoding="utf-8")
        names.append(str(doc))
    return names


# -- --jobs --------------------------------------------------------------------------------


# the quick suite compares the JSON Lines output (json and table with --jobs 2
# are in the failed-document tests below); the slow tier every format
@pytest.mark.parametrize("output", ["jsonl", pytest.param("json", marks=pytest.mark.slow),
                                    pytest.param("table", marks=pytest.mark.slow)])
def test_jobs_do_not_change_the_output_of_a_jsonl_corpus(corpus: Path, output: str) -> None:
    argv = ["extract", "--input-format", "jsonl", str(corpus), "--date-field", "date",
            "--format", output]
    one = run(*argv, "--jobs", "1")
    two = run(*argv, "--jobs", "2")
    assert one[0] == 0 and one == two
    assert len(one[1]) > 5000


def test_jobs_do_not_change_the_output_of_text_files(text_files: list[str]) -> None:
    argv = ["extract", *text_files, "--ref-date", "2025-09-27", "--format", "jsonl"]
    one, two = run(*argv), run(*argv, "-j", "2")
    assert one[0] == 0 and one == two
    assert json.loads(one[1].splitlines()[0])["document"] == text_files[0]


@pytest.mark.parametrize("jobs", ["-1", "two"])
def test_bad_job_counts_are_usage_errors(jobs: str) -> None:
    code, out, err = run("extract", "-", "--jobs", jobs, stdin="$5")
    assert code == 2 and not out
    assert f"invalid job count {jobs!r}" in err


def test_jobs_zero_is_one_per_cpu() -> None:
    assert run("extract", "-", "--jobs", "0", "--format", "jsonl", stdin="It cost $5.")[0] == 0


# -- JSONL input ---------------------------------------------------------------------------


def test_jsonl_ids_and_reference_dates(tmp_path: Path) -> None:
    text = "Sales fell 2% last month."
    path = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "a", "text": text, "date": "2024-03-15"},
        {"text": text},  # no id: FILE:LINE; no date: --ref-date
        {"id": 7, "text": text, "date": None},
        {"id": "d", "text": text, "date": "2023-11-02T22:15:00+01:00"},
    ])
    code, out, err = run("extract", "--input-format", "jsonl", str(path), "--kinds", "time",
                         "--date-field", "date", "--ref-date", "2025-09-27", "--format", "json")
    assert code == 0 and not err
    docs = json.loads(out)
    assert [d["document"] for d in docs] == ["a", f"{path}:2", 7, "d"]
    assert [d["mentions"][0]["start_date"] for d in docs] == [
        "2024-02-01", "2025-08-01", "2025-08-01", "2023-10-01"]


def test_jsonl_field_names(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [{"key": "k1", "body": "It cost EUR 5m.",
                                               "text": "ignored $9", "published": "2024-01-31"}])
    code, out, _ = run("extract", "--input-format", "jsonl", str(path), "--text-field", "body",
                       "--id-field", "key", "--date-field", "published", "--format", "jsonl")
    row = json.loads(out)
    assert code == 0 and row["document"] == "k1" and row["text"] == "EUR 5m"


def test_jsonl_from_standard_input() -> None:
    stdin = '{"id": 1, "text": "It cost $5."}\n{"text": "And 3%."}\n'
    code, out, _ = run("extract", "--input-format", "jsonl", "--format", "jsonl", stdin=stdin)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [(r["document"], r["text"]) for r in rows] == [(1, "$5"), ("<stdin>:2", "3%")]


def test_bad_lines_are_reported_with_file_line_and_byte_offset(tmp_path: Path) -> None:
    lines = [
        b'{"id": "ok1", "text": "It cost $5."}',
        b'{"id": "j", "text": "unterminated}',
        b'{"id": "u", "text": "caf\xe9 $6"}',
        b"",
        b"   ",
        b'["not", "an", "object"]',
        b'{"id": "m", "body": "no text field"}',
        b'{"id": "n", "text": 12}',
        b'{"id": ["x"], "text": "$7"}',
        b'{"id": "d", "text": "$8", "date": "2024-02-30"}',
        b'{"id": "ok2", "text": "It cost $9."}',
    ]
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    code, out, err = run("extract", "--input-format", "jsonl", str(path), "--date-field", "date",
                         "--kinds", "money", "--format", "jsonl")
    assert code == 1
    assert [json.loads(line)["document"] for line in out.splitlines()] == ["ok1", "ok2"]
    assert err.splitlines() == [
        f"finparse: error: {path}:2: invalid JSON: Unterminated string starting at "
        f"byte offset {starts[1] + 20}",
        f"finparse: error: {path}:3: not valid UTF-8 at byte offset {starts[2] + 24}",
        f"finparse: error: {path}:6: expected a JSON object, found an array "
        f"(record at byte offset {starts[5]})",
        f"finparse: error: {path}:7: no 'text' field (record at byte offset {starts[6]})",
        f"finparse: error: {path}:8: 'text' is a number, not a string "
        f"(record at byte offset {starts[7]})",
        f"finparse: error: {path}:9: 'id' is an array, not a string or an integer "
        f"(record at byte offset {starts[8]})",
        f"finparse: error: {path}:10: 'date' is not a YYYY-MM-DD date: '2024-02-30' "
        f"(record at byte offset {starts[9]})",
    ]


def test_a_byte_order_mark_and_crlf_line_ends_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "$5"}\r\n{"id": "b", "text": "x"}\r\n')
    code, out, err = run("extract", "--input-format", "jsonl", str(path), "--format", "json")
    assert code == 0 and not err
    assert [d["document"] for d in json.loads(out)] == ["a", "b"]


@pytest.mark.parametrize(("output", "expected"), [("json", "[]\n"), ("jsonl", ""),
                                                   ("table", "(no mentions)")])
def test_an_empty_corpus(tmp_path: Path, output: str, expected: str) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    code, out, err = run("extract", "--input-format", "jsonl", str(empty), "--format", output)
    assert code == 0 and not err
    assert expected in out if expected else out == ""


def test_a_missing_corpus_file_is_reported(tmp_path: Path, corpus: Path) -> None:
    code, out, err = run("extract", "--input-format", "jsonl", str(tmp_path / "gone.jsonl"),
                         str(corpus), "--format", "jsonl", "--kinds", "money")
    assert code == 1 and "gone.jsonl: no such file" in err
    assert out.count('"document": "n0"') >= 1


def test_field_options_need_jsonl_input() -> None:
    code, out, err = run("extract", "-", "--text-field", "body", "--date-field", "d", stdin="$5")
    assert code == 2 and not out
    assert err == "finparse: error: --text-field, --date-field need --input-format jsonl\n"
    code, _, err = run("extract", "-", "--id-field", "key", stdin="$5")
    assert code == 2 and err == "finparse: error: --id-field needs --input-format jsonl\n"


# -- streaming JSON ------------------------------------------------------------------------


def test_json_is_written_as_json_dump_would(corpus: Path, text_files: list[str]) -> None:
    for argv in (["--input-format", "jsonl", str(corpus)], text_files):
        code, out, _ = run("extract", *argv, "--format", "json")
        assert code == 0
        assert out == json.dumps(json.loads(out), indent=2, ensure_ascii=False) + "\n"
    code, out, _ = run("extract", "-", "--format", "json", stdin="Nothing here, café.")
    assert out == '[\n  {\n    "document": "<stdin>",\n    "mentions": []\n  }\n]\n'


# -- large text files ----------------------------------------------------------------------


@pytest.mark.parametrize(("data", "cut"), [
    (b"aaaa\n\nbbbb\n\ncc", 12),          # after the last paragraph break
    (b"aaaa\r\n\r\nbbbb cc", 8),          # a Windows paragraph break
    (b"aaaa bb\ncccc dd", 8),             # no paragraph break: after the last line break
    (b"aaaa bbbb cccc", 10),              # no line break: after the last space
    (b"abcdefgh\xc3\xa9", 8),             # no space: before the last character (UTF-8)
    (b"\n\nabcdefghijkl", 13),            # a break in the first half is not used
])
def test_where_blocks_end(data: bytes, cut: int) -> None:
    assert cli._cut(data) == cut


def big_text() -> str:
    paragraphs = [f"Part {i}: {SENTENCES[i % 9]}\n{SENTENCES[(i + 4) % 9]} Café Nørd." for i in range(60)]
    return "\n\n".join(paragraphs) + "\n"


# two jobs in the quick suite (one job reads blocks in the tests below too)
@pytest.mark.parametrize("jobs", [pytest.param("1", marks=pytest.mark.slow), "2"])
def test_large_files_are_read_in_blocks_with_file_offsets(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    text = big_text()
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    argv = ["extract", str(path), "--ref-date", "2025-09-27", "--format", "jsonl", "-j", jobs]
    whole = run(*argv)
    blocks = []
    real = cli._blocks

    def spy(fh: Any, size: int) -> Any:
        for block in real(fh, size):
            blocks.append(block)
            yield block

    monkeypatch.setattr(cli, "BLOCK_BYTES", 400)
    monkeypatch.setattr(cli, "_blocks", spy)
    blocked = run(*argv)
    assert len(blocks) > 10 and all(len(b[1]) <= 400 for b in blocks)
    assert blocked == whole and whole[0] == 0
    for line in blocked[1].splitlines():
        m = json.loads(line)
        assert text[m["start"]:m["end"]] == m["text"]
    json_out = run("extract", str(path), "--format", "json", "-j", jobs)[1]
    assert [d["document"] for d in json.loads(json_out)] == [str(path)]


def test_a_file_without_line_breaks_is_split_at_spaces(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(SENTENCES * 6)
    path = tmp_path / "flat.txt"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(cli, "BLOCK_BYTES", 500)
    code, out, _ = run("extract", str(path), "--kinds", "money,percent", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    assert max(r["end"] for r in rows) > 2000


def test_bad_utf8_in_a_later_block_names_its_file_offset(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = big_text().encode("utf-8")
    bad_at = data.index(b"Part 40")
    path = tmp_path / "bad.txt"
    path.write_bytes(data[:bad_at] + b"\xff" + data[bad_at:])
    monkeypatch.setattr(cli, "BLOCK_BYTES", 400)
    code, out, err = run("extract", str(path), str(path), "--kinds", "money", "--format", "json")
    assert code == 1
    assert err.splitlines() == [f"finparse: error: {path}: not valid UTF-8 at byte offset {bad_at}"] * 2
    docs = json.loads(out)  # still one valid array: each document is closed
    assert [d["document"] for d in docs] == [str(path)] * 2
    assert docs[0]["mentions"] and max(m["end"] for m in docs[0]["mentions"]) < bad_at


def test_a_large_standard_input_is_read_in_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    text = big_text()
    whole = run("extract", "-", "--format", "jsonl", "--kinds", "money", stdin=text)
    monkeypatch.setattr(cli, "BLOCK_BYTES", 300)
    assert run("extract", "-", "--format", "jsonl", "--kinds", "money", stdin=text) == whole


# -- summary and progress ------------------------------------------------------------------


def test_summary(tmp_path: Path, corpus: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "It cost $5, up 3%."}\nnope\n', encoding="utf-8")
    code, _, err = run("extract", "--input-format", "jsonl", str(bad), "--summary",
                       "--kinds", "money,percent", "--format", "jsonl")
    assert code == 1
    lines = err.splitlines()
    assert lines[0].startswith(f"finparse: error: {bad}:2: invalid JSON")
    assert lines[1] == "finparse: 1 document, 1 failed input"
    assert lines[2] == "finparse: 2 mentions: 1 money, 1 percent"
    assert lines[3].startswith("finparse: 18 characters in ")
    assert lines[3].endswith(" characters/s)")
    code, _, err = run("extract", "--input-format", "jsonl", str(corpus), "--summary",
                       "--format", "jsonl")
    assert code == 0
    assert err.splitlines()[0] == "finparse: 30 documents, 0 failed inputs"


def test_summary_lists_every_kind_asked_for(corpus: Path) -> None:
    _, _, err = run("extract", "--input-format", "jsonl", str(corpus), "--summary",
                    "--format", "jsonl")
    counts = err.splitlines()[1].removeprefix("finparse: ").split(": ")[1].split(", ")
    assert [c.split()[1] for c in counts] == ["money", "percent", "time", "triple"]
    assert all(int(c.split()[0].replace(",", "")) > 0 for c in counts)


def test_summary_by_default_only_on_a_terminal_and_never_when_quiet() -> None:
    assert run("extract", "-", "--format", "jsonl", stdin="$5")[2] == ""
    err = run("extract", "-", "--format", "jsonl", stdin="$5", stderr=Terminal())[2]
    assert "finparse: 1 document, 0 failed inputs" in err
    assert run("extract", "-", "--format", "jsonl", "--no-summary", stdin="$5",
               stderr=Terminal())[2] == ""
    assert run("extract", "-", "--format", "jsonl", "--summary", "-q", stdin="$5")[2] == ""


def test_progress_bar_counts_bytes(fake_tqdm: type[FakeBar], tmp_path: Path, corpus: Path) -> None:
    with corpus.open("a", encoding="utf-8") as fh:
        fh.write("not json\n")
    code, _, _ = run("extract", "--input-format", "jsonl", str(corpus), "--progress",
                     "--format", "jsonl")
    (bar,) = fake_tqdm.made
    size = corpus.stat().st_size
    assert code == 1 and bar.options["total"] == size and bar.options["unit"] == "B"
    assert bar.closed and size - len("not json\n") == bar.count
    assert fake_tqdm.written == [f"finparse: error: {corpus}:31: invalid JSON: "
                                 "Expecting value at byte offset " + str(size - 9)]


def test_progress_bar_by_default_only_on_a_terminal(fake_tqdm: type[FakeBar]) -> None:
    run("extract", "-", "--format", "jsonl", stdin="$5")
    run("extract", "-", "--format", "jsonl", "--no-progress", stdin="$5", stderr=Terminal())
    run("extract", "-", "--format", "jsonl", "--quiet", stdin="$5", stderr=Terminal())
    assert fake_tqdm.made == []
    run("extract", "-", "--format", "jsonl", stdin="$5", stderr=Terminal())
    assert len(fake_tqdm.made) == 1 and fake_tqdm.made[0].options["total"] is None


def test_progress_without_tqdm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    code, out, err = run("extract", "-", "--progress", stdin="$5")
    assert code == 2 and not out
    assert "pip install 'finparse-text[progress]'" in err
    assert run("extract", "-", "--format", "jsonl", stdin="$5", stderr=Terminal())[0] == 0


# -- documents that fail, and characters no output can take --------------------------------

#: A record whose text holds this fails, under the ``failing`` fixture.
FAIL = "FAIL-ME"
SIMULATED = "RecursionError: maximum recursion depth exceeded (simulated)"


@pytest.fixture
def failing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Makes extraction raise on a text holding FAIL, as a bug in it would.

    Worker processes are forked, so that they see the patched method."""
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("worker processes see the simulated failure only when forked")
    real = Extractor.extract

    def extract(self: Extractor, text: str, **options: Any) -> list[Mention]:
        if FAIL in text:
            raise RecursionError("maximum recursion depth exceeded (simulated)")
        return real(self, text, **options)

    monkeypatch.setattr(Extractor, "extract", extract)
    before = multiprocessing.get_start_method(allow_none=True)
    multiprocessing.set_start_method("fork", force=True)
    try:
        yield
    finally:
        multiprocessing.set_start_method(before, force=True)


def hostile_rows() -> list[dict[str, Any]]:
    """30 records, each with mentions; some fail, some hold lone surrogates."""
    rows: list[dict[str, Any]] = [{"id": f"n{i}", "text": SENTENCES[i % 9] + " It cost $5."}
                                  for i in range(30)]
    rows[4]["text"] += f" {FAIL}"
    rows[11] = {"id": "lone\ud800", "text": "Orvane\udcff paid $7 million, up 3%. \ud800"}
    rows[22]["text"] = f"{FAIL} at the start. " + rows[22]["text"]
    rows[25]["id"] = "\udcff"
    return rows


def hostile_corpus(path: Path, rows: list[dict[str, Any]], unreadable: bool) -> Path:
    """The rows as JSONL (written with \\u escapes, as JSON allows), with a line
    that is not JSON after the 17th if ``unreadable``."""
    lines = [json.dumps(r) + "\n" for r in rows]
    if unreadable:
        lines.insert(17, '{"id": "broken", "text": \n')
    path.write_text("".join(lines), encoding="ascii")
    return path


def jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def valid_utf8(out: str) -> str:
    """``out`` as the bytes a UTF-8 stream would write, read back strictly."""
    return out.encode("utf-8").decode("utf-8")  # raises on a lone surrogate


# every case with one job; with two, the quick suite runs the case with an
# unreadable line too, the slow tier both
@pytest.mark.parametrize(("jobs", "unreadable"), [
    pytest.param("1", False, id="1-failed"), pytest.param("1", True, id="1-failed+unreadable"),
    pytest.param("2", False, id="2-failed", marks=pytest.mark.slow),
    pytest.param("2", True, id="2-failed+unreadable")])
def test_failed_documents_are_error_records_and_the_run_goes_on(
        failing: None, tmp_path: Path, jobs: str, unreadable: bool) -> None:
    rows = hostile_rows()
    path = hostile_corpus(tmp_path / "c.jsonl", rows, unreadable)
    good = write_jsonl(tmp_path / "good.jsonl", [r for r in rows if FAIL not in r["text"]])
    argv = ["--input-format", "jsonl", "--format", "jsonl", "--jobs", jobs]
    code, out, err = run("extract", str(path), *argv)
    assert code == (5 if unreadable else 4)
    records = [json.loads(line) for line in valid_utf8(out).splitlines()]
    mentions = [r for r in records if "error" not in r]
    assert [r for r in records if "error" in r] == [{"document": "n4", "error": SIMULATED},
                                                    {"document": "n22", "error": SIMULATED}]
    # Every good record's mentions, in input order, the error records in their place.
    assert mentions == [json.loads(line) for line in run("extract", str(good), *argv)[1].splitlines()]
    documents = list(dict.fromkeys(r["document"] for r in records))
    assert documents == [r["id"] for r in rows]
    assert "lone\ud800" in documents and "\udcff" in documents
    assert '"lone\\ud800"' in out and '"\\udcff"' in out  # escaped, not raw
    line = 18 if unreadable else 17  # of the 22nd record
    assert [e for e in err.splitlines() if "extraction failed" in e] == [
        f"finparse: error: {path}:5: id 'n4': extraction failed: {SIMULATED}",
        f"finparse: error: {path}:{line + 6}: id 'n22': extraction failed: {SIMULATED}",
    ]
    assert ("invalid JSON" in err) == unreadable


# two jobs in the slow tier only (error records from workers are in the
# JSON Lines case with two jobs above)
@pytest.mark.parametrize("jobs", ["1", pytest.param("2", marks=pytest.mark.slow)])
def test_failed_documents_in_json_output(failing: None, tmp_path: Path, jobs: str) -> None:
    rows = hostile_rows()
    path = hostile_corpus(tmp_path / "c.jsonl", rows, unreadable=True)
    code, out, err = run("extract", "--input-format", "jsonl", str(path), "--format", "json",
                         "--jobs", jobs)
    assert code == 5
    docs = json.loads(valid_utf8(out))
    assert out == json.dumps(docs, indent=2, ensure_ascii=False).replace(
        "\ud800", "\\ud800").replace("\udcff", "\\udcff") + "\n"
    assert [d["document"] for d in docs] == [r["id"] for r in rows]
    failed = [d for d in docs if "error" in d]
    assert failed == [{"document": "n4", "mentions": [], "error": SIMULATED},
                      {"document": "n22", "mentions": [], "error": SIMULATED}]
    assert all(d["mentions"] for d in docs if "error" not in d)
    assert [m["text"] for m in docs[11]["mentions"] if m["kind"] == "money"] == ["$7 million"]
    assert err.count("extraction failed") == 2


# two jobs in the slow tier only (error records from workers are in the
# JSON Lines case with two jobs above)
@pytest.mark.parametrize("jobs", ["1", pytest.param("2", marks=pytest.mark.slow)])
def test_failed_documents_in_table_output(failing: None, tmp_path: Path, jobs: str) -> None:
    path = hostile_corpus(tmp_path / "c.jsonl", hostile_rows(), unreadable=False)
    code, out, _ = run("extract", "--input-format", "jsonl", str(path), "--jobs", jobs)
    assert code == 4
    lines = valid_utf8(out).splitlines()
    assert [line.split()[:2] for line in lines if " error " in line] == [["n4", "error"],
                                                                         ["n22", "error"]]
    assert all(line.endswith(SIMULATED) for line in lines if " error " in line)
    assert any(line.startswith("lone\\ud800 ") for line in lines)
    assert any(line.startswith("\\udcff ") for line in lines)


# Every format and error handler with one job; with two jobs, the quick suite
# tries errors='strict' (what raised) with one format, the slow tier every
# error handler with every format.
@pytest.mark.parametrize(("jobs", "errors", "output"), [
    pytest.param(jobs, errors, output, id=f"{jobs}-{errors}-{output}",
                 marks=[pytest.mark.slow] if jobs == "2" and (errors, output) != (
                     "strict", "jsonl") else [])
    for jobs in ("1", "2") for errors in ("strict", "surrogateescape")
    for output in ("jsonl", "json", "table")])
def test_lone_surrogates_on_a_utf8_stream(tmp_path: Path, output: str, errors: str,
                                          jobs: str) -> None:
    # sys.stdout under a UTF-8 locale: errors='strict' raised UnicodeEncodeError,
    # and errors='surrogateescape' (C.UTF-8, UTF-8 mode) wrote a raw 0xFF byte for \udcff.
    path = hostile_corpus(tmp_path / "c.jsonl", hostile_rows(), unreadable=False)
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding="utf-8", errors=errors, newline="\n")
    err = io.StringIO()
    code = main(["extract", "--input-format", "jsonl", str(path), "--format", output,
                 "--jobs", jobs], stdin=io.StringIO(), stdout=stdout, stderr=err)
    stdout.flush()
    assert code == 0 and err.getvalue() == ""
    text = raw.getvalue().decode("utf-8")  # strict: valid UTF-8
    assert "\\ud800" in text and "\\udcff" in text
    assert "n0" in text and "n12" in text and "n29" in text  # the records after them too


@pytest.mark.parametrize("output", ["jsonl", "json", "table"])
def test_an_ascii_stream_gets_escapes(tmp_path: Path, output: str) -> None:
    # PYTHONIOENCODING=ascii, or a C locale without UTF-8: non-ASCII is escaped too.
    path = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "caf\u00e9\ud800", "text": "Nørd Bank paid \u20ac5 million to Caf\u00e9 AB."},
        {"id": "b", "text": "It cost $7."}])
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding="ascii", errors="strict", newline="\n")
    code = main(["extract", "--input-format", "jsonl", str(path), "--format", output],
                stdin=io.StringIO(), stdout=stdout, stderr=io.StringIO())
    stdout.flush()
    text = raw.getvalue().decode("ascii")
    assert code == 0
    if output == "table":
        assert "caf\\xe9\\ud800" in text and "\\u20ac5 million" in text and "$7" in text
    else:
        rows = jsonl(text) if output == "jsonl" else json.loads(text)
        assert rows[0]["document"] == "caf\u00e9\ud800" and rows[-1]["document"] == "b"
        assert "\\u20ac5 million" in text and "$7" in text


class LyingStream(io.StringIO):
    """A stream that says it is UTF-8 but takes only ASCII, as an odd embedding might."""

    encoding = "utf-8"

    def write(self, s: str) -> int:
        s.encode("ascii")  # raises UnicodeEncodeError
        return super().write(s)


def test_a_document_that_cannot_be_written_fails_alone(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": "It cost $5."},
                                              {"id": "b", "text": "It cost \u20ac6."},
                                              {"id": "c", "text": "It cost $7."}])
    out, err = LyingStream(), io.StringIO()
    code = main(["extract", "--input-format", "jsonl", str(path), "--format", "jsonl",
                 "--kinds", "money"], stdin=io.StringIO(), stdout=out, stderr=err)
    assert code == 4
    rows = jsonl(out.getvalue())
    assert [(r["document"], r.get("text"), "error" in r) for r in rows] == [
        ("a", "$5", False), ("b", None, True), ("c", "$7", False)]
    assert rows[1]["error"].startswith("UnicodeEncodeError: 'ascii' codec can't encode")
    assert err.getvalue().startswith(f"finparse: error: {path}:2: id 'b': extraction failed: "
                                     "UnicodeEncodeError")


def test_a_mention_that_cannot_be_formatted_fails_its_document(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = Money.to_dict

    def to_dict(self: Money) -> dict[str, Any]:
        if self.amount == 6:
            raise ValueError("cannot format\nthis amount")
        return real(self)

    monkeypatch.setattr(Money, "to_dict", to_dict)
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": "It cost $5."},
                                              {"text": "It cost $6, up 3%."},
                                              {"id": "c", "text": "It cost $7."}])
    code, out, err = run("extract", "--input-format", "jsonl", str(path), "--format", "json",
                         "--kinds", "money,percent", "--summary")
    assert code == 4
    assert json.loads(out)[1] == {"document": f"{path}:2", "mentions": [],
                                  "error": "ValueError: cannot format this amount"}
    assert [d["mentions"][0]["text"] for d in json.loads(out) if d["mentions"]] == ["$5", "$7"]
    assert err.splitlines()[:3] == [
        f"finparse: error: {path}:2: extraction failed: ValueError: cannot format this amount",
        "finparse: 3 documents, 0 failed inputs, 1 failed document",
        "finparse: 2 mentions: 2 money, 0 percent",
    ]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_failed_block_fails_its_file_once(failing: None, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    text = big_text()
    at = text.index("Part 30")
    data = (text[:at] + FAIL + " " + text[at:]).encode("utf-8")
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    other = tmp_path / "other.txt"
    other.write_text("It cost $5.", encoding="utf-8")
    monkeypatch.setattr(cli, "BLOCK_BYTES", 400)
    code, out, err = run("extract", str(path), str(other), "--format", "json", "--kinds", "money",
                         "--jobs", jobs, "--summary")
    assert code == 4
    docs = json.loads(out)
    assert [d["document"] for d in docs] == [str(path), str(other)]
    assert docs[0]["error"] == SIMULATED and "error" not in docs[1]
    ends = [m["end"] for m in docs[0]["mentions"]]
    fail_at = data.index(FAIL.encode())
    assert min(ends) < fail_at < max(ends)  # the blocks before and after it are there
    (line,) = [e for e in err.splitlines() if "extraction failed" in e]
    offset = int(line.split("block at byte offset ")[1].split(":")[0])
    assert offset <= fail_at < offset + 400
    assert "finparse: 2 documents, 0 failed inputs, 1 failed document" in err


@pytest.mark.parametrize(("argv", "stdin", "expected"), [
    (["--format", "jsonl"], "It cost $5.", 0),
    (["--format", "jsonl", "--input-format", "jsonl"], '{"text": "$5"}\nnope\n', 1),
    (["--format", "jsonl"], f"It cost $5. {FAIL}", 4),
    (["--format", "jsonl", "--input-format", "jsonl"], f'{{"text": "{FAIL}"}}\nnope\n', 5),
    (["--format", "xml"], "It cost $5.", 2),
])
def test_exit_status(failing: None, argv: list[str], stdin: str, expected: int) -> None:
    assert run("extract", "-", *argv, stdin=stdin)[0] == expected
