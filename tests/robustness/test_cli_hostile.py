"""The command line on hostile inputs: every bad input is reported, the rest processed.

Only the flags of ``finparse extract`` that every version has are used here
(FILE, ``--ref-date``, ``--kinds``, ``--fiscal-year-start``,
``--decimal-mark``, ``--format``). An input that cannot be read is named on
standard error with the reason, the exit status is 1, and every other
document is still processed and written; a document whose extraction fails
is named on standard error and written as an error record, and the exit
status is 4 (5 with an unreadable input as well); a bad option is a usage
error (status 2) that names the value and processes nothing. Whatever the
documents and their names hold, the output is valid UTF-8.
"""

from __future__ import annotations

import io
import json
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from finparse import Extractor
from finparse.cli import main
from finparse.model import Mention

GOOD_1 = "Orvane Ltd paid $5 million for Kestrel, up 3% since 2021."
GOOD_2 = "Sales at Tamsin Mills rose to EUR 40 mln in the third quarter."


def run(*argv: str, stdin: str | bytes = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    raw = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    source = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
    code = main(list(argv), stdin=source, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture
def good(tmp_path: Path) -> tuple[Path, Path]:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(GOOD_1, encoding="utf-8")
    two.write_text(GOOD_2, encoding="utf-8")
    return one, two


def expected_documents(*paths: Path) -> list[str]:
    return [str(p) for p in paths]


# -- inputs that cannot be read --------------------------------------------------------------


def test_missing_file(tmp_path: Path, good: tuple[Path, Path]) -> None:
    missing = tmp_path / "nowhere" / "gone.txt"
    code, out, err = run("extract", str(good[0]), str(missing), str(good[1]), "--format", "jsonl")
    assert code == 1
    assert str(missing) in err and "no such file" in err
    docs = [row["document"] for row in jsonl(out)]
    assert set(docs) == {str(good[0]), str(good[1])}
    assert docs.index(str(good[0])) < docs.index(str(good[1]))


def test_directory(tmp_path: Path, good: tuple[Path, Path]) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    code, out, err = run("extract", str(folder), str(good[0]), "--format", "jsonl")
    assert code == 1
    assert str(folder) in err and "directory" in err
    assert {row["document"] for row in jsonl(out)} == {str(good[0])}


def test_symlink_loop_and_dangling_link(tmp_path: Path, good: tuple[Path, Path]) -> None:
    loop_a, loop_b, dangling = tmp_path / "a", tmp_path / "b", tmp_path / "dangling"
    os.symlink(loop_b, loop_a)
    os.symlink(loop_a, loop_b)
    os.symlink(tmp_path / "missing", dangling)
    code, out, err = run("extract", str(loop_a), str(dangling), str(good[1]), "--format", "jsonl")
    assert code == 1
    lines = err.splitlines()
    assert any(str(loop_a) in line for line in lines)
    assert any(str(dangling) in line and "no such file" in line for line in lines)
    assert {row["document"] for row in jsonl(out)} == {str(good[1])}


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path, good: tuple[Path, Path]) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD_2, encoding="utf-8")
    locked.chmod(0)
    try:
        code, out, err = run("extract", str(locked), str(good[0]), "--format", "jsonl")
    finally:
        locked.chmod(0o600)
    assert code == 1
    assert str(locked) in err and "cannot read" in err
    assert {row["document"] for row in jsonl(out)} == {str(good[0])}


# -- bytes that are not UTF-8 ------------------------------------------------------------------


@pytest.mark.parametrize(("data", "offset"), [
    (b"\xff\xfe It cost $5.", 0),  # a UTF-16 byte-order mark
    (b"It cost \x80 $5.", 8),  # a continuation byte alone
    (b"caf\xc3", 3),  # cut inside a sequence at the end
    (b"It cost \xc3\x28 $5.", 8),  # a lead byte without its continuation
    (b"cost \xc0\xaf $5", 5),  # an overlong encoding of '/'
    (b"tag \xed\xa0\x80 $5", 4),  # an encoded surrogate
    (b"\xe2\x82\xac5 and \xf5\x80\x80\x80", 9),  # a lead byte past U+10FFFF
])
def test_invalid_utf8_names_file_and_byte_offset(tmp_path: Path, good: tuple[Path, Path],
                                                 data: bytes, offset: int) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    code, out, err = run("extract", str(good[0]), str(bad), str(good[1]), "--format", "jsonl")
    assert code == 1
    assert f"{bad}: not valid UTF-8 at byte offset {offset}" in err
    assert {row["document"] for row in jsonl(out)} == {str(good[0]), str(good[1])}


def test_invalid_utf8_on_standard_input() -> None:
    code, out, err = run("extract", "-", "--format", "jsonl", stdin=b"It cost $5 \xff.")
    assert code == 1
    assert "not valid UTF-8 at byte offset 11" in err
    assert out == ""


def test_text_stream_with_a_lone_surrogate() -> None:
    # A text stdin without .buffer used to raise UnicodeEncodeError here.
    out, err = io.StringIO(), io.StringIO()
    code = main(["extract", "-", "--format", "jsonl"], stdin=io.StringIO("It cost $5 \ud800."),
                stdout=out, stderr=err)
    assert code in (0, 1)
    assert code == 0 or "<stdin>" in err.getvalue() or "-" in err.getvalue()


# -- documents that fail, names no UTF can encode ---------------------------------------------

SIMULATED = "RecursionError: maximum recursion depth exceeded (simulated)"


@pytest.fixture
def failing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction raises on a text holding FAIL-ME, as a bug in it would."""
    real = Extractor.extract

    def extract(self: Extractor, text: str, **options: Any) -> list[Mention]:
        if "FAIL-ME" in text:
            raise RecursionError("maximum recursion depth exceeded (simulated)")
        return real(self, text, **options)

    monkeypatch.setattr(Extractor, "extract", extract)


def surrogate_named(content: str) -> Path:
    """A file here whose name holds the byte 0xFF, which Python reads as the
    lone surrogate \\udcff (as in sys.argv), if the file system allows it."""
    path = Path(os.fsdecode(b"caf\xff \xc3\xa9.txt"))
    try:
        path.write_text(content, encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("the file system takes only UTF-8 names")
    return path


def run_utf8(*argv: str) -> tuple[int, bytes, str]:
    """Runs the command with standard output a strict UTF-8 stream, as under a UTF-8 locale."""
    raw, err = io.BytesIO(), io.StringIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", newline="\n")
    code = main(list(argv), stdin=io.StringIO(), stdout=out, stderr=err)
    out.flush()
    return code, raw.getvalue(), err.getvalue()


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl"])
def test_a_failed_document_and_a_name_with_a_lone_surrogate(
        failing: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    monkeypatch.chdir(tmp_path)  # short names, which the table does not cut
    good = Path("one.txt"), Path("two.txt")
    good[0].write_text(GOOD_1, encoding="utf-8")
    good[1].write_text(GOOD_2, encoding="utf-8")
    odd = surrogate_named("Nordvik paid $9 million.")
    failed = Path("failed.txt")
    failed.write_text("It cost $6. FAIL-ME", encoding="utf-8")
    encoded = Path("encoded.txt")
    encoded.write_bytes(b"tag \xed\xa0\x80 $5")  # a surrogate encoded: not UTF-8
    names = [str(p) for p in (good[0], odd, failed, encoded, good[1])]
    code, raw, err = run_utf8("extract", *names, "--format", fmt, "--kinds", "money")
    assert code == 5
    text = raw.decode("utf-8")  # strict: valid UTF-8, no raw 0xFF
    assert err.splitlines() == [
        f"finparse: error: {failed}: extraction failed: {SIMULATED}",
        f"finparse: error: {encoded}: not valid UTF-8 at byte offset 4",
    ]
    if fmt == "table":
        assert "$5 million" in text and "$9 million" in text and "EUR 40 mln" in text
        (error,) = [line for line in text.splitlines() if line.startswith(f"{failed} ")]
        assert error.split()[1] == "error" and error.endswith(f"  {SIMULATED}")
        assert "caf\\udcff \u00e9.txt" in text
        return
    if fmt == "json":
        docs = json.loads(text)
        assert [d["document"] for d in docs] == [str(good[0]), str(odd), str(failed), str(good[1])]
        assert docs[2] == {"document": str(failed), "mentions": [], "error": SIMULATED}
        assert [m["text"] for m in docs[1]["mentions"]] == ["$9 million"]
    else:
        rows = jsonl(text)
        assert {"document": str(failed), "error": SIMULATED} in rows
        assert [r["text"] for r in rows if r["document"] == str(odd)] == ["$9 million"]
        assert list(dict.fromkeys(r["document"] for r in rows)) == [
            str(good[0]), str(odd), str(failed), str(good[1])]
    assert "caf\\udcff \u00e9.txt" in text  # escaped as JSON allows


# -- odd but readable inputs ---------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"\n\n\n", b"   \t  ", b"\xef\xbb\xbf", b"\x00\x00\x00"],
                         ids=["empty", "newlines", "blanks", "bom only", "nul bytes"])
def test_documents_without_mentions(tmp_path: Path, good: tuple[Path, Path], content: bytes) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_bytes(content)
    code, out, err = run("extract", str(blank), str(good[0]), "--format", "json")
    assert code == 0 and err == ""
    docs = json.loads(out)
    assert [d["document"] for d in docs] == [str(blank), str(good[0])]
    assert docs[0]["mentions"] == [] and docs[1]["mentions"]


def test_byte_order_mark_and_odd_characters(tmp_path: Path) -> None:
    text = "\ufeffOrvane\u200b paid $5\u00a0million,\u202e up 3%\u0301 in Q3 2021.\r\n"
    doc = tmp_path / "odd name \u00e9 (1).txt"
    doc.write_text(text, encoding="utf-8")
    code, out, err = run("extract", str(doc), "--format", "jsonl", "--ref-date", "2025-09-27")
    assert code == 0 and err == ""
    rows = jsonl(out)
    assert rows and all(text[r["start"] : r["end"]] == r["text"] for r in rows)


@pytest.mark.parametrize("count", [2_000, pytest.param(20_000, marks=pytest.mark.slow)])
def test_a_long_line_without_breaks(tmp_path: Path, count: int) -> None:
    doc = tmp_path / "long.txt"
    doc.write_text("$5 " * count, encoding="utf-8")
    code, out, err = run("extract", str(doc), "--format", "jsonl", "--kinds", "money")
    assert code == 0 and err == ""
    assert len(jsonl(out)) == count


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl"])
def test_everything_at_once(tmp_path: Path, good: tuple[Path, Path], fmt: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok \xff")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    code, out, err = run("extract", str(missing), str(good[0]), str(tmp_path), str(bad),
                         str(empty), str(good[1]), "--format", fmt)
    assert code == 1
    for name in (missing, tmp_path, bad):
        assert sum(f"{name}:" in line for line in err.splitlines()) == 1, (name, err)
    assert str(empty) not in err
    if fmt == "jsonl":
        assert {row["document"] for row in jsonl(out)} == {str(good[0]), str(good[1])}
    elif fmt == "json":
        docs = [d["document"] for d in json.loads(out)]
        assert docs == [str(good[0]), str(empty), str(good[1])]
    else:
        assert "$5 million" in out and "EUR 40 mln" in out


# -- bad options: a usage error, nothing processed -------------------------------------------------


@pytest.mark.parametrize(("flag", "value", "named"), [
    ("--ref-date", "2025-13-01", "'2025-13-01'"), ("--ref-date", "2025/09/27", "'2025/09/27'"),
    ("--ref-date", "", "''"), ("--ref-date", "tomorrow", "'tomorrow'"),
    ("--fiscal-year-start", "0", "got 0"), ("--fiscal-year-start", "13", "got 13"),
    ("--fiscal-year-start", "four", "'four'"), ("--kinds", "weather", "'weather'"),
    ("--kinds", "money,wether", "'wether'"), ("--decimal-mark", ";", "';'"),
    ("--format", "xml", "'xml'"),
])
def test_bad_option_is_a_usage_error_naming_the_value(good: tuple[Path, Path], flag: str,
                                                      value: str, named: str) -> None:
    code, out, err = run("extract", str(good[0]), flag, value)
    assert code == 2
    assert out == ""
    assert named in err


# -- what reaches the terminal ------------------------------------------------------------------

HOSTILE = "Orvane Ltd bought Kestrel\x1b[2J shares for $5 million."


def test_json_output_escapes_control_characters() -> None:
    code, out, _ = run("extract", "-", "--kinds", "triple", "--format", "jsonl", stdin=HOSTILE)
    assert code == 0 and "Orvane Ltd" in out
    assert not any(unicodedata.category(ch) == "Cc" and ch != "\n" for ch in out)


def test_table_output_escapes_control_characters() -> None:
    # Escape sequences in a document must not reach the terminal.
    code, out, _ = run("extract", "-", "--kinds", "triple", stdin=HOSTILE)
    assert code == 0 and "Orvane Ltd" in out
    assert not any(unicodedata.category(ch) == "Cc" and ch != "\n" for ch in out)
