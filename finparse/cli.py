"""The ``finparse`` command line.

::

    finparse extract [FILE ...|-] [--ref-date YYYY-MM-DD] [--kinds money,...]
                     [--fiscal-year-start MONTH] [--currency-default FORM=CODE ...]
                     [--decimal-mark auto|.|,] [--format table|json|jsonl]

Each FILE is one document (``-`` or no FILE reads standard input). A file
that cannot be read is reported on standard error and skipped; the others
are still processed, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from finparse._version import __version__

__all__ = ["main"]


def _parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid date {value!r}: expected YYYY-MM-DD"
        ) from None


def _parse_default(value: str) -> tuple[str, str | None]:
    form, sep, code = value.rpartition("=")
    if not sep or not form.strip():
        raise argparse.ArgumentTypeError(
            f"invalid currency default {value!r}: expected FORM=CODE, e.g. '$=CAD'"
        )
    code = code.strip().upper()
    return form.strip(), (code or None)


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
        description="Extract mentions from each FILE (one document per file).",
    )
    ex.add_argument("files", nargs="*", metavar="FILE",
                    help="UTF-8 text files; '-' or none reads standard input")
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
                    help="output format (default: table)")
    return top


class _BadInput(Exception):
    pass


def _read(name: str, stdin: TextIO) -> str:
    if name == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
    else:
        try:
            with open(name, "rb") as fh:
                data = fh.read()
        except FileNotFoundError:
            raise _BadInput(f"{name}: no such file") from None
        except IsADirectoryError:
            raise _BadInput(f"{name}: is a directory") from None
        except OSError as exc:
            raise _BadInput(f"{name}: cannot read ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _BadInput(
            f"{name}: not valid UTF-8 at byte offset {exc.start}"
        ) from None


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


def _documents(names: Sequence[str], stdin: TextIO, stderr: TextIO,
               failures: list[str]) -> Iterator[tuple[str, str]]:
    for name in names or ["-"]:
        try:
            yield ("<stdin>" if name == "-" else name), _read(name, stdin)
        except _BadInput as exc:
            failures.append(str(exc))
            print(f"finparse: error: {exc}", file=stderr)


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit status.

    0 when every input was processed, 1 when some could not be read (the
    others are still processed and written), 2 for a usage error.

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

    from finparse.extractor import Extractor

    try:
        extractor = Extractor(kinds=args.kinds, fiscal_year_start=args.fiscal_year_start,
                              currency_defaults=dict(args.currency_default),
                              decimal_mark=args.decimal_mark)
    except ValueError as exc:
        print(f"finparse: error: {exc}", file=stderr)
        return 2
    failures: list[str] = []
    results: list[dict[str, Any]] = []
    for name, text in _documents(args.files, stdin, stderr, failures):
        mentions = [m.to_dict() for m in extractor.extract(text, ref_date=args.ref_date)]
        if args.format == "jsonl":
            for m in mentions:
                stdout.write(json.dumps({"document": name, **m}, ensure_ascii=False) + "\n")
        else:
            results.append({"document": name, "mentions": mentions})
    if args.format == "json":
        json.dump(results, stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
    elif args.format == "table":
        _table(results, stdout)
    return 1 if failures else 0


def _table(results: list[dict[str, Any]], out: TextIO) -> None:
    rows = [("document", "kind", "start", "end", "text", "value")]
    for doc in results:
        for m in doc["mentions"]:
            rows.append((doc["document"], m["kind"], str(m["start"]), str(m["end"]),
                         m["text"].replace("\n", " "), _value(m)))
    widths = [min(max(len(r[i]) for r in rows), 40) for i in range(5)]
    for row in rows:
        cells = [row[i][:40].ljust(widths[i]) if i not in (2, 3) else row[i].rjust(widths[i])
                 for i in range(5)]
        out.write("  ".join(cells) + "  " + row[5] + "\n")
    if len(rows) == 1:
        out.write("(no mentions)\n")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
