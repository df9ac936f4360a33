"""The command line at scale: --jobs, JSONL corpora, large files, streaming output, summary."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from fake_tqdm import FakeBar

import finparse.cli as cli
from finparse.cli import main

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


@pytest.mark.parametrize("output", ["jsonl", "json", "table"])
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


@pytest.mark.parametrize("jobs", ["1", "2"])
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
    assert "pip install 'finparse[progress]'" in err
    assert run("extract", "-", "--format", "jsonl", stdin="$5", stderr=Terminal())[0] == 0
