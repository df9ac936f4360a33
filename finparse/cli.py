"""The ``finparse`` command line.

::

    finparse extract [FILE ...|-] [--ref-date YYYY-MM-DD] [--kinds money,...]
                     [--fiscal-year-start MONTH] [--currency-default FORM=CODE ...]
                     [--decimal-mark auto|.|,] [--format table|json|jsonl]
                     [--input-format text|jsonl] [--text-field NAME] [--id-field NAME]
                     [--date-field NAME] [--jobs N] [--progress|--no-progress]
                     [--summary|--no-summary] [--quiet]

With ``--input-format text`` (the default) each FILE is one document (``-``
or no FILE reads standard input); with ``--input-format jsonl`` each line of
each FILE is one document, a JSON object. An input that cannot be read (a
file, or one line of a JSONL file) is reported on standard error and
skipped; the others are still processed, and the exit status is 1. A
document whose extraction fails is reported on standard error and written
as an error record; the others are still processed, and the exit status is
4 (5 when some input could not be read as well).

Whatever the documents hold, the output can be written in the encoding of
standard output: JSON escapes lone surrogates (``\\ud800``) always, and
every non-ASCII character when that encoding is not a UTF (``LANG=C``
without UTF-8, ``PYTHONIOENCODING=ascii``); the table escapes them with a
backslash as it does characters that do not print.

Inputs are read as a stream and results are written in input order as they
come (``table`` output is held until the end to align its columns), so
memory stays bounded whatever the size of the corpus.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime as dt
import io
import json
import os
import re
import stat
import sys
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import IO, Any, NamedTuple, TextIO

from finparse._validate import check_ref_date
from finparse._version import __version__
from finparse.kinds import KINDS, REGISTRY

__all__ = ["BLOCK_BYTES", "main"]

#: ``finparse extract`` reads a plain text file (or standard input) longer
#: than this many bytes (4 MiB) in blocks of at most this size, each ending
#: at a paragraph break where there is one; see the command-line reference.
BLOCK_BYTES = 4 * 1024 * 1024

# Exit statuses (docs/cli.md, "Exit status"). _UNREADABLE and _FAILED are
# bits: a run with both exits with 5.
_OK = 0
_UNREADABLE = 1  # some input (a file, a line of a JSONL file) could not be read
_USAGE = 2  # argparse's status for a usage error; nothing is processed
_FAILED = 4  # extraction failed on some document, written as an error record
_INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, as a shell reports it
_CLOSED = 141  # standard output closed early (| head): 128 + SIGPIPE


def _parse_date(value: str) -> dt.date:
    try:
        date = check_ref_date(value)
    except ValueError:
        date = None
    if date is None:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}: expected YYYY-MM-DD")
    return date


def _parse_default(value: str) -> tuple[str, str | None]:
    form, sep, code = value.rpartition("=")
    if not sep or not form.strip():
        raise argparse.ArgumentTypeError(
            f"invalid currency default {value!r}: expected FORM=CODE, e.g. '$=CAD'"
        )
    code = code.strip().upper()
    return form.strip(), (code or None)


def _parse_jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(
            f"invalid job count {value!r}: expected a number of processes, or 0 for one per CPU"
        )
    return jobs


def _parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="finparse",
        description="Extract currency amounts and other facts from financial text.",
    )
    top.add_argument("--version", action="version", version=f"finparse {__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ex = sub.add_parser(
        "extract",
        help="extract mentions from text files",
        description="Extract mentions from each FILE (one document per file, or per "
                    "line with --input-format jsonl).",
    )
    ex.add_argument("files", nargs="*", metavar="FILE",
                    help="UTF-8 input files; '-' or none reads standard input")
    ex.add_argument("--ref-date", type=_parse_date, default=None, metavar="YYYY-MM-DD",
                    help="date that relative expressions are resolved against")
    ex.add_argument("--kinds", default=None, metavar="KIND[,KIND...]",
                    help=f"kinds to extract: {', '.join(KINDS)} (default: all)")
    ex.add_argument("--fiscal-year-start", type=int, default=1, metavar="MONTH",
                    help="month (1-12) fiscal years start in (default: 1)")
    ex.add_argument("--currency-default", type=_parse_default, action="append", default=[],
                    metavar="FORM=CODE",
                    help="what an ambiguous currency form means, e.g. '$=CAD' "
                         "('$=' leaves it unknown); repeatable")
    ex.add_argument("--decimal-mark", choices=("auto", ".", ","), default="auto",
                    help="how to read a lone 1,234 or 1.234 (default: auto, "
                         "comma groups and dot is decimal)")
    ex.add_argument("--format", choices=("table", "json", "jsonl"), default="table",
                    help="output format (default: table); json and jsonl are written "
                         "as results come, table at the end")
    corpus = ex.add_argument_group("corpus input")
    corpus.add_argument("--input-format", choices=("text", "jsonl"), default="text",
                        help="text: each FILE is one document (default); jsonl: each "
                             "line of each FILE is a JSON object holding one document")
    corpus.add_argument("--text-field", default=None, metavar="NAME",
                        help="jsonl: the field holding the text (default: text)")
    corpus.add_argument("--id-field", default=None, metavar="NAME",
                        help="jsonl: the field holding the document id (default: id; "
                             "without it the id is FILE:LINE)")
    corpus.add_argument("--date-field", default=None, metavar="NAME",
                        help="jsonl: a field holding each document's reference date "
                             "(YYYY-MM-DD); documents without it use --ref-date")
    run = ex.add_argument_group("running")
    run.add_argument("-j", "--jobs", type=_parse_jobs, default=1, metavar="N",
                     help="worker processes (default: 1; 0 is one per CPU); the output "
                          "is the same whatever N is")
    run.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="show a progress bar on standard error (needs tqdm; default: "
                          "when standard error is a terminal and tqdm is installed)")
    run.add_argument("--summary", action=argparse.BooleanOptionalAction, default=None,
                     help="write a summary to standard error at the end (default: when "
                          "standard error is a terminal)")
    run.add_argument("-q", "--quiet", action="store_true",
                     help="no progress bar and no summary (errors are still reported)")
    return top


# -- reading inputs ------------------------------------------------------------------------


class _Piece(NamedTuple):
    """Where a piece of text sent for extraction belongs in the output."""

    document: str | int  # the document name or id written in the output
    where: str  # where the piece is, for an error message: FILE, FILE:LINE...
    offset: int  # offset of the piece in its document, in characters
    first: bool  # the piece starts its document
    last: bool  # the piece ends its document
    size: int  # bytes read since the previous piece, for the progress bar
    chars: int  # length of the piece's text, for the summary


# (piece, text, reference date or None for --ref-date), as extract_many takes them
_Record = tuple[_Piece, str, "dt.date | None"]
_Report = Callable[[str], None]


class _BadInput(Exception):
    pass


@contextlib.contextmanager
def _open(name: str, stdin: TextIO) -> Iterator[IO[bytes]]:
    """The input ``name`` as a binary stream (``-`` is standard input)."""
    if name == "-":
        buffer = getattr(stdin, "buffer", None)
        # A text stream without bytes (an embedding program's): a lone
        # surrogate in it is reported as invalid UTF-8, like one in a file.
        yield buffer if buffer is not None else io.BytesIO(
            stdin.read().encode("utf-8", "surrogatepass"))
        return
    try:
        fh = open(name, "rb")
    except FileNotFoundError:
        raise _BadInput(f"{name}: no such file") from None
    except IsADirectoryError:
        raise _BadInput(f"{name}: is a directory") from None
    except OSError as exc:
        raise _BadInput(f"{name}: cannot read ({exc.strerror or exc})") from None
    with fh:
        yield fh


def _read_full(fh: IO[bytes], size: int) -> bytes:
    """``size`` bytes, or fewer only at the end of the stream."""
    data = fh.read(size)
    while len(data) < size:
        more = fh.read(size - len(data))
        if not more:
            break
        data += more
    return data


def _cut(buf: bytes) -> int:
    """Where to end a block: after the last paragraph break in the second half
    of ``buf``, else after its last line break, else after its last space or
    tab, else before its last character."""
    half = len(buf) // 2

    def after(*seps: bytes) -> int:
        ends = [at + len(sep) for sep in seps if (at := buf.rfind(sep, half)) >= 0]
        return max(ends, default=-1)

    for seps in ((b"\n\n", b"\n\r\n"), (b"\n",), (b" ", b"\t")):
        cut = after(*seps)
        if cut > 0:
            return cut
    cut = len(buf) - 1
    while cut > 0 and 0x80 <= buf[cut] < 0xC0:  # back to the start of a UTF-8 sequence
        cut -= 1
    return cut if cut > 0 else len(buf)


def _blocks(fh: IO[bytes], size: int) -> Iterator[tuple[int, bytes, bool]]:
    """``(byte offset, block, last)`` over a stream, in blocks of at most ``size`` bytes."""
    buf = _read_full(fh, size)
    offset = 0
    while len(buf) == size:
        cut = _cut(buf)
        block, carry = buf[:cut], buf[cut:]
        buf = carry + _read_full(fh, size - len(carry))
        if not buf:
            yield offset, block, True
            return
        yield offset, block, False
        offset += len(block)
    yield offset, buf, True


def _text_records(name: str, label: str, stdin: TextIO, report: _Report) -> Iterator[_Record]:
    """One document from a text file, in one piece or in blocks for a large file."""
    chars = 0
    with _open(name, stdin) as fh:
        for offset, block, last in _blocks(fh, max(BLOCK_BYTES, 8)):
            try:
                text = block.decode("utf-8")
            except UnicodeDecodeError as exc:
                report(f"{label}: not valid UTF-8 at byte offset {offset + exc.start}")
                if offset:  # close the document begun by the blocks before
                    yield _Piece(label, label, chars, False, True, 0, 0), "", None
                return
            where = label if offset == 0 and last else f"{label}: block at byte offset {offset}"
            yield _Piece(label, where, chars, offset == 0, last, len(block), len(text)), text, None
            chars += len(text)


_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number",
               float: "a number", bool: "a boolean", type(None): "null"}


def _json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _jsonl_records(name: str, label: str, stdin: TextIO, report: _Report,
                   fields: tuple[str, str, str | None]) -> Iterator[_Record]:
    """One document per line of a JSONL file; bad lines are reported and skipped."""
    offset = 0
    skipped = 0
    with _open(name, stdin) as fh:
        for lineno, raw in enumerate(fh, 1):
            start = offset
            offset += len(raw)
            skipped += len(raw)
            body = raw
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                body, start = raw[len(codecs.BOM_UTF8):], start + len(codecs.BOM_UTF8)
            where = f"{label}:{lineno}"
            try:
                line = body.decode("utf-8")
            except UnicodeDecodeError as exc:
                report(f"{where}: not valid UTF-8 at byte offset {start + exc.start}")
                continue
            if not line.strip():
                continue
            line = line.rstrip("\r\n")
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                at = start + len(line[:exc.pos].encode("utf-8"))
                message = exc.msg.removesuffix(" at")  # "Unterminated string starting at"
                report(f"{where}: invalid JSON: {message} at byte offset {at}")
                continue
            try:
                doc, text, ref = _fields(record, fields, where)
            except _BadInput as exc:
                report(f"{where}: {exc} (record at byte offset {start})")
                continue
            named = where if doc == where else f"{where}: id {doc!r}"
            yield _Piece(doc, named, 0, True, True, skipped, len(text)), text, ref
            skipped = 0


def _fields(record: object, fields: tuple[str, str, str | None],
            where: str) -> tuple[str | int, str, dt.date | None]:
    text_field, id_field, date_field = fields
    if not isinstance(record, dict):
        raise _BadInput(f"expected a JSON object, found {_json_type(record)}")
    if text_field not in record:
        raise _BadInput(f"no {text_field!r} field")
    text = record[text_field]
    if not isinstance(text, str):
        raise _BadInput(f"{text_field!r} is {_json_type(text)}, not a string")
    doc = record.get(id_field)
    if doc is None:
        doc = where
    elif isinstance(doc, bool) or not isinstance(doc, (str, int)):
        raise _BadInput(f"{id_field!r} is {_json_type(doc)}, not a string or an integer")
    ref = None
    if date_field is not None and record.get(date_field) is not None:
        value = record[date_field]
        ref = _record_date(value) if isinstance(value, str) else None
        if ref is None:
            raise _BadInput(f"{date_field!r} is not a YYYY-MM-DD date: {value!r}")
    return doc, text, ref


def _record_date(value: str) -> dt.date | None:
    """An ISO date, or the date part of an ISO date-time; ``None`` if neither."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        return None


def _records(args: argparse.Namespace, stdin: TextIO,
             report: _Report) -> Generator[_Record, None, None]:
    for name in args.files or ["-"]:
        label = "<stdin>" if name == "-" else name
        try:
            if args.input_format == "jsonl":
                yield from _jsonl_records(name, label, stdin, report,
                                          (args.text_field, args.id_field, args.date_field))
            else:
                yield from _text_records(name, label, stdin, report)
        except _BadInput as exc:
            report(str(exc))


def _input_bytes(names: Sequence[str]) -> int | None:
    """The total size of the inputs, or ``None`` if one is not a regular file."""
    total = 0
    for name in names or ["-"]:
        if name == "-":
            return None
        try:
            info = os.stat(name)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        total += info.st_size
    return total


# -- writing results -----------------------------------------------------------------------


def _value(m: dict[str, Any]) -> str:
    """The table's value column for a mention: what its kind's ``describe`` says,
    else its fields other than kind, text and span."""
    kind = REGISTRY[m["kind"]] if m["kind"] in REGISTRY else None
    if kind is not None and kind.describe is not None:
        return kind.describe(m)
    keys = [k for k in m if k not in ("kind", "text", "start", "end")]
    return " ".join(f"{k}={m[k]}" for k in keys if m[k] is not None)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _codec(stream: object) -> str | None:
    """The name of the codec ``stream`` encodes with (``utf-8``, ``ascii``...);
    ``None`` for a stream that keeps text as text, such as :class:`io.StringIO`."""
    encoding = getattr(stream, "encoding", None)
    if not isinstance(encoding, str):
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:  # an encoding Python does not know: ASCII is the safe guess
        return "ascii"


def _takes_any(codec: str | None) -> bool:
    """A stream with this codec can take any character but a lone surrogate."""
    return codec is None or codec.startswith("utf-")


def _fitter(stream: object) -> Callable[[str], str]:
    """What makes a printable text fit ``stream``: the characters its encoding
    cannot encode become backslash escapes (``\\xe9``, ``\\u20ac``)."""
    codec = _codec(stream)
    if codec is None or _takes_any(codec):
        return str
    return lambda text: text if text.isascii() else (
        text.encode(codec, "backslashreplace").decode(codec))


def _json(value: object, *, ascii_only: bool, indent: int | None = None) -> str:
    r"""``value`` as JSON that any output can take: a lone surrogate is written
    as its escape (``\ud800``, which JSON allows but no UTF can encode), and
    with ``ascii_only`` every other non-ASCII character too.

    >>> print(_json({"id": "b\ud800", "text": "caf\u00e9"}, ascii_only=False))
    {"id": "b\ud800", "text": "café"}
    >>> print(_json({"id": "b\ud800", "text": "caf\u00e9"}, ascii_only=True))
    {"id": "b\ud800", "text": "caf\u00e9"}
    """
    text = json.dumps(value, ensure_ascii=ascii_only, indent=indent)
    if ascii_only or text.isascii():
        return text
    # Outside strings JSON is ASCII, so every surrogate here is in a string.
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class _Writer:
    """Writes documents, their mentions and their errors as they come, in one format.

    :meth:`mentions` formats all it is given before writing any of it, so
    that an exception while formatting leaves the output as it was.
    """

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.document: str | int = ""
        self.ascii_only = not _takes_any(_codec(out))

    def json(self, value: object, indent: int | None = None) -> str:
        """``value`` as JSON this writer's output can take."""
        return _json(value, ascii_only=self.ascii_only, indent=indent)

    def begin(self, document: str | int) -> None:
        """Starts a document."""
        self.document = document

    def mentions(self, found: list[dict[str, Any]]) -> None:
        """Writes mentions of the document (all of them, or those of one block)."""
        raise NotImplementedError

    def end(self, error: str | None) -> None:
        """Ends the document; ``error`` says why its extraction failed, if it did."""

    def close(self) -> None:
        """Ends the output."""


class _JsonlWriter(_Writer):
    """A line per mention, and a line ``{"document": ..., "error": ...}`` per failed document."""

    def mentions(self, found: list[dict[str, Any]]) -> None:
        lines = "".join(self.json({"document": self.document, **m}) + "\n" for m in found)
        if lines:
            self.out.write(lines)

    def end(self, error: str | None) -> None:
        if error is not None:
            self.out.write(self.json({"document": self.document, "error": error}) + "\n")


class _JsonWriter(_Writer):
    """One JSON array, written as it comes, exactly as ``json.dump(..., indent=2)`` would;
    a failed document's object has an ``error`` after its ``mentions``."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.documents = 0
        self.count = 0  # mentions written in the current document

    def begin(self, document: str | int) -> None:
        super().begin(document)
        self.out.write((",\n" if self.documents else "[\n") + f'  {{\n    "document": '
                       f'{self.json(document)},\n    "mentions": ')
        self.documents += 1
        self.count = 0

    def mentions(self, found: list[dict[str, Any]]) -> None:
        if not found:
            return
        parts = []
        for i, m in enumerate(found, self.count):
            parts.append(",\n" if i else "[\n")
            parts.append("\n".join("      " + line for line in self.json(m, indent=2).split("\n")))
        self.out.write("".join(parts))
        self.count += len(found)

    def end(self, error: str | None) -> None:
        tail = f',\n    "error": {self.json(error)}' if error is not None else ""
        self.out.write(("\n    ]" if self.count else "[]") + tail + "\n  }")

    def close(self) -> None:
        self.out.write("\n]\n" if self.documents else "[]\n")


def _printable(text: str) -> str:
    """``text`` safe for a terminal: white space becomes a space, and other
    characters that do not print (controls, such as the escape that starts a
    terminal sequence; format characters; lone surrogates) their escape."""
    if text.isprintable():
        return text
    return "".join(
        ch if ch.isprintable() else " " if ch.isspace()
        else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


class _TableWriter(_Writer):
    """Aligned columns: rows are held until the end. A failed document has a row
    of kind ``error`` whose value is the error."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.fit = _fitter(out)
        self.rows = [("document", "kind", "start", "end", "text", "value")]

    def cell(self, text: str) -> str:
        """``text`` as a cell: printable, and in characters the output can take."""
        return self.fit(_printable(text))

    def mentions(self, found: list[dict[str, Any]]) -> None:
        name = self.cell(str(self.document))
        self.rows.extend([(name, m["kind"], str(m["start"]), str(m["end"]), self.cell(m["text"]),
                           self.cell(_value(m))) for m in found])

    def end(self, error: str | None) -> None:
        if error is not None:
            self.rows.append((self.cell(str(self.document)), "error", "", "", "",
                              self.cell(error)))

    def close(self) -> None:
        rows = self.rows
        widths = [min(max(len(r[i]) for r in rows), 40) for i in range(5)]
        for row in rows:
            cells = [row[i][:40].ljust(widths[i]) if i not in (2, 3) else row[i].rjust(widths[i])
                     for i in range(5)]
            self.out.write("  ".join(cells) + "  " + row[5] + "\n")
        if len(rows) == 1:
            self.out.write("(no mentions)\n")


_WRITERS: dict[str, type[_Writer]] = {"jsonl": _JsonlWriter, "json": _JsonWriter,
                                      "table": _TableWriter}


class _Summary:
    """What a run did, for the summary on standard error."""

    def __init__(self, kinds: Sequence[str]) -> None:
        self.started = time.perf_counter()
        self.documents = 0
        self.failures = 0  # inputs that could not be read
        self.failed = 0  # documents whose extraction failed
        self.chars = 0
        self.kinds: Counter[str] = Counter(dict.fromkeys(kinds, 0))

    def lines(self) -> list[str]:
        seconds = time.perf_counter() - self.started
        total = sum(self.kinds.values())
        by_kind = ", ".join(f"{n:,} {kind}" for kind, n in self.kinds.items())
        rate = f"{self.chars / seconds:,.0f}" if seconds > 0 else "-"
        failed = f", {_count(self.failed, 'failed document')}" if self.failed else ""
        return [
            f"{_count(self.documents, 'document')}, {_count(self.failures, 'failed input')}"
            + failed,
            f"{_count(total, 'mention')}: {by_kind}",
            f"{_count(self.chars, 'character')} in {seconds:.2f} s ({rate} characters/s)",
        ]


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


# -- the command ---------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit status.

    0 when every input was read and every document processed; 1 when some
    input could not be read (a file, or a line of a JSONL file), 4 when
    extraction failed on some document (written as an error record), 5 for
    both (the other documents are still processed and written); 2 for a
    usage error; 130 when interrupted; 141 when standard output was closed
    early.

    >>> import io
    >>> out = io.StringIO()
    >>> main(["extract", "-", "--format", "jsonl"], stdin=io.StringIO("It cost $5."),
    ...      stdout=out)
    0
    >>> out.getvalue().splitlines()[0][:60]
    '{"document": "<stdin>", "kind": "money", "text": "$5", "star'
    """
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(stdout):
            args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)

    from finparse.batch import cpu_count, is_terminal, load_tqdm
    from finparse.extractor import Extractor

    fit_stderr = _fitter(stderr)

    def usage(message: str) -> int:
        print(f"finparse: error: {fit_stderr(_printable(message))}", file=stderr)
        return _USAGE

    fields = {"--text-field": args.text_field, "--id-field": args.id_field,
              "--date-field": args.date_field}
    given = [k for k, v in fields.items() if v is not None]
    if args.input_format != "jsonl" and given:
        verb = "needs" if len(given) == 1 else "need"
        return usage(f"{', '.join(given)} {verb} --input-format jsonl")
    args.text_field = "text" if args.text_field is None else args.text_field
    args.id_field = "id" if args.id_field is None else args.id_field
    try:
        extractor = Extractor(kinds=args.kinds, fiscal_year_start=args.fiscal_year_start,
                              currency_defaults=dict(args.currency_default),
                              decimal_mark=args.decimal_mark)
    except ValueError as exc:
        return usage(str(exc))
    terminal = is_terminal(stderr)
    bar_class = None
    if not args.quiet and (args.progress or (args.progress is None and terminal)):
        bar_class = load_tqdm()
        if bar_class is None and args.progress:
            return usage("--progress needs tqdm, which is not installed: "
                         "pip install 'finparse-text[progress]'")
    show_summary = not args.quiet and (args.summary or (args.summary is None and terminal))
    jobs = args.jobs or cpu_count()

    summary = _Summary(extractor.kinds)
    bar = None if bar_class is None else bar_class(
        total=_input_bytes(args.files), unit="B", unit_scale=True, unit_divisor=1024,
        file=stderr, desc="finparse", dynamic_ncols=True)

    def error(message: str) -> None:
        line = f"finparse: error: {fit_stderr(_printable(message))}"
        if bar is not None:
            bar.write(line, file=stderr)
        else:
            print(line, file=stderr)

    def report(message: str) -> None:
        summary.failures += 1
        error(message)

    writer = _WRITERS[args.format](stdout)
    try:
        _run(args, extractor, jobs, _records(args, stdin, report), writer, summary, bar, error)
    except KeyboardInterrupt:
        print("finparse: interrupted", file=stderr)
        return _INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``finparse extract ... | head``): stop quietly.
        if stdout is sys.stdout:
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _CLOSED
    finally:
        if bar is not None:
            bar.close()
    if show_summary:
        for line in summary.lines():
            print(f"finparse: {fit_stderr(line)}", file=stderr)
    return ((_UNREADABLE if summary.failures else _OK)
            | (_FAILED if summary.failed else _OK))


def _run(args: argparse.Namespace, extractor: Any, jobs: int,
         records: Generator[_Record, None, None], writer: _Writer, summary: _Summary,
         bar: Any | None, error: _Report) -> None:
    """Extracts the mentions of every record and writes them, in input order.

    A document whose extraction fails (the extractor raised, or its
    mentions could not be formatted) is reported with ``error``, ended with
    its error in the output, and counted in ``summary``; the others go on.
    An error writing the output (:class:`OSError`) ends the run.
    """
    from finparse.batch import Failure, describe_error, extract_each

    chunksize = 8 if args.input_format == "jsonl" else 1
    results = extract_each(records, processes=jobs, chunksize=chunksize,
                           ref_date=args.ref_date, extractor=extractor)
    failed: str | None = None  # why the current document failed, if it did
    with contextlib.closing(records), contextlib.ExitStack() as stack:
        stack.callback(getattr(results, "close", lambda: None))  # stops the pool on errors
        for result in results:
            piece: _Piece = result.id
            if piece.first:
                writer.begin(piece.document)
                summary.documents += 1
                failed = None
            problem: str | None = None
            if isinstance(result, Failure):
                problem = result.error
            else:
                try:
                    _write_piece(writer, piece, result.mentions, summary)
                except OSError:
                    raise
                except Exception as exc:  # a mention that cannot be written
                    problem = describe_error(exc)
            if problem is not None:
                error(f"{piece.where}: extraction failed: {problem}")
                if failed is None:
                    summary.failed += 1
                    failed = problem
            if piece.last:
                writer.end(failed)
            summary.chars += piece.chars
            if bar is not None:
                bar.update(piece.size)
    writer.close()


def _write_piece(writer: _Writer, piece: _Piece, mentions: Sequence[Any],
                 summary: _Summary) -> None:
    """Writes the mentions of a piece, at their offsets in its document, and counts them."""
    found = []
    for mention in mentions:
        fields = mention.to_dict()
        if piece.offset:
            fields["start"] += piece.offset
            fields["end"] += piece.offset
        found.append(fields)
    writer.mentions(found)
    summary.kinds.update(mention.kind for mention in mentions)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
