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
skipped; the others are still processed, and the exit status is 1.

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
import stat
import sys
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import IO, Any, NamedTuple, TextIO

from finparse._validate import check_ref_date
from finparse._version import __version__

__all__ = ["BLOCK_BYTES", "main"]

#: ``finparse extract`` reads a plain text file (or standard input) longer
#: than this many bytes (4 MiB) in blocks of at most this size, each ending
#: at a paragraph break where there is one; see the command-line reference.
BLOCK_BYTES = 4 * 1024 * 1024


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
                    help="kinds to extract: money, percent, time, triple (default: all)")
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
                    yield _Piece(label, chars, False, True, 0, 0), "", None
                return
            yield _Piece(label, chars, offset == 0, last, len(block), len(text)), text, None
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
            yield _Piece(doc, 0, True, True, skipped, len(text)), text, ref
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
    kind = m["kind"]
    if kind == "money":
        if m["amount"] is not None:
            number = m["amount"]
        else:
            number = f"{m['low']}..{m['high']}"
        cur = m["currency"] or f"?{m['unit']}"
        mark = {"min": ">=", "max": "<="}.get(m.get("bound") or "", "")
        approx = "~" if m.get("approximate") else ""
        assumed = " (assumed)" if m.get("currency_assumed") else ""
        return f"{mark}{approx}{number} {cur}{assumed}"
    if kind == "percent":
        number = m["value"] if m["value"] is not None else f"{m['low']}..{m['high']}"
        arrow = {"up": " up", "down": " down"}.get(m.get("direction") or "", "")
        return f"{number} {m['unit']}{arrow}"
    if kind == "time":
        if m["type"] == "duration":
            return f"duration {m['duration']}"
        if m["type"] == "date":
            return f"date {m['date']}" if m["date"] else "date (relative)"
        if m["start_date"]:
            return f"{m['start_date']} .. {m['end_date']}"
        return "period (relative)"
    if kind == "triple":
        args = ", ".join(m[k] for k in ("amount", "percent", "time") if m.get(k))
        return f"{m['subject']} / {m['action']} / {m['object']}" + (f" ({args})" if args else "")
    keys = [k for k in m if k not in ("kind", "text", "start", "end")]
    return " ".join(f"{k}={m[k]}" for k in keys if m[k] is not None)


class _Writer:
    """Writes documents and their mentions as they come, in one format."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.document: str | int = ""

    def begin(self, document: str | int) -> None:
        self.document = document

    def mention(self, m: dict[str, Any]) -> None:
        raise NotImplementedError

    def end(self) -> None:
        pass

    def close(self) -> None:
        pass


class _JsonlWriter(_Writer):
    def mention(self, m: dict[str, Any]) -> None:
        self.out.write(json.dumps({"document": self.document, **m}, ensure_ascii=False) + "\n")


class _JsonWriter(_Writer):
    """One JSON array, written as it comes, exactly as ``json.dump(..., indent=2)`` would."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.documents = 0
        self.mentions = 0

    def begin(self, document: str | int) -> None:
        self.out.write(",\n" if self.documents else "[\n")
        self.documents += 1
        self.mentions = 0
        name = json.dumps(document, ensure_ascii=False)
        self.out.write(f'  {{\n    "document": {name},\n    "mentions": ')

    def mention(self, m: dict[str, Any]) -> None:
        self.out.write(",\n" if self.mentions else "[\n")
        self.mentions += 1
        self.out.write("\n".join("      " + line for line in
                                 json.dumps(m, ensure_ascii=False, indent=2).split("\n")))

    def end(self) -> None:
        self.out.write("\n    ]\n  }" if self.mentions else "[]\n  }")

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
    """Aligned columns: rows are held until the end."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.rows = [("document", "kind", "start", "end", "text", "value")]

    def mention(self, m: dict[str, Any]) -> None:
        self.rows.append((_printable(str(self.document)), m["kind"], str(m["start"]),
                          str(m["end"]), _printable(m["text"]), _printable(_value(m))))

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
        self.failures = 0
        self.chars = 0
        self.kinds: Counter[str] = Counter(dict.fromkeys(kinds, 0))

    def lines(self) -> list[str]:
        seconds = time.perf_counter() - self.started
        total = sum(self.kinds.values())
        by_kind = ", ".join(f"{n:,} {kind}" for kind, n in self.kinds.items())
        rate = f"{self.chars / seconds:,.0f}" if seconds > 0 else "-"
        return [
            f"{_count(self.documents, 'document')}, {_count(self.failures, 'failed input')}",
            f"{_count(total, 'mention')}: {by_kind}",
            f"{_count(self.chars, 'character')} in {seconds:.2f} s ({rate} characters/s)",
        ]


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


# -- the command ---------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit status.

    0 when every input was processed, 1 when some could not be read (a
    file, or a line of a JSONL file; the others are still processed and
    written), 2 for a usage error, 130 when interrupted.

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

    from finparse.batch import _cpu_count, _is_terminal, _load_tqdm
    from finparse.extractor import Extractor

    def usage(message: str) -> int:
        print(f"finparse: error: {message}", file=stderr)
        return 2

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
    terminal = _is_terminal(stderr)
    bar_class = None
    if not args.quiet and (args.progress or (args.progress is None and terminal)):
        bar_class = _load_tqdm()
        if bar_class is None and args.progress:
            return usage("--progress needs tqdm, which is not installed: "
                         "pip install 'finparse[progress]'")
    show_summary = not args.quiet and (args.summary or (args.summary is None and terminal))
    jobs = args.jobs or _cpu_count()

    summary = _Summary(extractor.kinds)
    bar = None if bar_class is None else bar_class(
        total=_input_bytes(args.files), unit="B", unit_scale=True, unit_divisor=1024,
        file=stderr, desc="finparse", dynamic_ncols=True)

    def report(message: str) -> None:
        summary.failures += 1
        line = f"finparse: error: {_printable(message)}"
        if bar is not None:
            bar.write(line, file=stderr)
        else:
            print(line, file=stderr)

    writer = _WRITERS[args.format](stdout)
    try:
        _run(args, extractor, jobs, _records(args, stdin, report), writer, summary, bar)
    except KeyboardInterrupt:
        print("finparse: interrupted", file=stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``finparse extract ... | head``): stop quietly.
        if stdout is sys.stdout:
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        if bar is not None:
            bar.close()
    if show_summary:
        for line in summary.lines():
            print(f"finparse: {line}", file=stderr)
    return 1 if summary.failures else 0


def _run(args: argparse.Namespace, extractor: Any, jobs: int,
         records: Generator[_Record, None, None],
         writer: _Writer, summary: _Summary, bar: Any | None) -> None:
    from finparse.batch import extract_many

    chunksize = 8 if args.input_format == "jsonl" else 1
    results = extract_many(records, processes=jobs, chunksize=chunksize,
                           ref_date=args.ref_date, extractor=extractor, progress=False)
    with contextlib.closing(records), contextlib.ExitStack() as stack:
        stack.callback(getattr(results, "close", lambda: None))  # stops the pool on errors
        for result in results:
            piece: _Piece = result.id
            if piece.first:
                writer.begin(piece.document)
                summary.documents += 1
            for mention in result.mentions:
                found = mention.to_dict()
                if piece.offset:
                    found["start"] += piece.offset
                    found["end"] += piece.offset
                writer.mention(found)
                summary.kinds[mention.kind] += 1
            if piece.last:
                writer.end()
            summary.chars += piece.chars
            if bar is not None:
                bar.update(piece.size)
    writer.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
