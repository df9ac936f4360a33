#!/usr/bin/env python3
"""finparse scaling benchmark: ``extract_many`` in one process and in a pool.

Run from the repository root (it needs ../shared/corpus/bench/news.jsonl, the
Reuters-21578 bodies, read in place; without it the script says so and exits):

    python benchmarks/scaling.py                     # first 2000 documents, table on stdout
    python benchmarks/scaling.py --docs 5000 --processes 1 2 4
    python benchmarks/scaling.py --json out.json     # also write the numbers as JSON
    python benchmarks/scaling.py --cli-memory        # also the CLI's peak memory (slow)

It reports, for each number of processes, the wall time, chars/s and docs/s
of ``finparse.extract_many`` over the first N documents of the corpus (all
kinds, with a reference date), and the speed-up over one process; the
results of every run must be identical to those of the first, or the script
fails. It also reports the CPU time of all the processes of each run and the
load average before the runs, so that a machine busy with other work can be
told apart from a pool that does not scale (Unix only: ``resource``). The parent process is warmed up first (grammars compiled), so the
one-process run is warm; a pool's start-up, including compiling the
grammars in each worker under the ``spawn`` start method, is part of its
time, as it is for a user.

With ``--cli-memory`` it also runs ``finparse extract --input-format jsonl
CORPUS --format jsonl > /dev/null`` over the whole corpus (about 15 million
characters: minutes, not seconds) and reports the peak resident memory of
the largest process of that run (``ru_maxrss`` of the children of a fresh
helper process), with ``--cli-jobs`` worker processes (default 1).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bench" / "news.jsonl"
REF_DATE = "1987-04-01"  # the corpus is 1987 newswire


def load_docs(n: int) -> list[tuple[str, str]]:
    with open(CORPUS, encoding="utf-8") as fh:
        rows = (json.loads(line) for line in fh if line.strip())
        return [(row["id"], row["text"]) for row in itertools.islice(rows, n)]


def cpu_seconds() -> float:
    """User and system CPU time of this process and of its reaped children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def time_run(docs: list[tuple[str, str]], processes: int,
             chunksize: int) -> tuple[float, float, list[Any]]:
    """Wall seconds, CPU seconds (all processes) and results of one run."""
    from finparse import extract_many

    cpu = cpu_seconds()
    start = time.perf_counter()
    results = list(extract_many(docs, processes=processes, chunksize=chunksize,
                                ref_date=REF_DATE, progress=False))
    return time.perf_counter() - start, cpu_seconds() - cpu, results


def cli_peak_mb(jobs: int) -> tuple[float, float]:
    """Peak RSS (MB) of the largest process of a CLI run over the whole corpus, and its seconds."""
    helper = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "subprocess.run([sys.executable, '-m', 'finparse', 'extract', '--input-format', 'jsonl',\n"
        f"                {str(CORPUS)!r}, '--format', 'jsonl', '--jobs', '{jobs}', '--quiet'],\n"
        "               stdout=subprocess.DEVNULL, check=False)\n"
        "print(time.perf_counter() - start)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", helper], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.split()
    seconds, kb = float(out[-2]), int(out[-1])
    return kb / 1024, seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000, help="documents to use (default 2000)")
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2],
                    help="process counts to compare (default: 1 2)")
    ap.add_argument("--chunksize", type=int, default=8, help="extract_many chunksize (default 8)")
    ap.add_argument("--json", metavar="FILE", help="also write the numbers as JSON")
    ap.add_argument("--cli-memory", action="store_true",
                    help="also measure the CLI's peak memory over the whole corpus (slow)")
    ap.add_argument("--cli-jobs", type=int, default=1, help="--jobs for the CLI run (default 1)")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"benchmark corpus not found at {CORPUS}; nothing to measure")
        return 0
    sys.path.insert(0, str(ROOT))
    import multiprocessing

    import finparse

    docs = load_docs(args.docs)
    chars = sum(len(text) for _, text in docs)
    for _, text in docs[:50]:  # compile the grammars in this process
        finparse.extract(text, ref_date=REF_DATE)

    report: dict[str, Any] = {
        "finparse": finparse.__version__, "python": sys.version.split()[0],
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}",
        "start_method": multiprocessing.get_start_method(),
        "date": time.strftime("%Y-%m-%d"), "load_average_1min": os.getloadavg()[0],
        "docs": len(docs), "chars": chars,
        "chunksize": args.chunksize, "runs": {}}
    baseline: list[Any] | None = None
    first_seconds = 0.0
    for processes in args.processes:
        seconds, cpu, results = time_run(docs, processes, args.chunksize)
        if baseline is None:
            baseline, first_seconds = results, seconds
        elif results != baseline:
            print(f"results with {processes} processes differ from those with "
                  f"{args.processes[0]}", file=sys.stderr)
            return 1
        report["runs"][str(processes)] = {
            "seconds": seconds, "cpu_seconds": cpu, "chars_per_s": chars / seconds,
            "docs_per_s": len(docs) / seconds, "speedup": first_seconds / seconds}
    report["identical"] = True
    mentions = sum(len(r.mentions) for r in baseline or [])
    report["mentions"] = mentions

    if args.cli_memory:
        peak, seconds = cli_peak_mb(args.cli_jobs)
        report["cli_peak_mb_whole_corpus"] = peak
        report["cli_seconds_whole_corpus"] = seconds
        report["cli_jobs"] = args.cli_jobs

    print(f"finparse {finparse.__version__}, Python {report['python']}, {report['machine']}, "
          f"start method {report['start_method']}")
    print(f"{len(docs):,} documents, {chars:,} characters, {mentions:,} mentions; "
          f"chunksize {args.chunksize}; load average before the runs "
          f"{report['load_average_1min']:.2f}")
    print(f"{'processes':>9} {'seconds':>9} {'CPU s':>7} {'chars/s':>12} {'docs/s':>9} "
          f"{'speed-up':>9}")
    for processes, run in report["runs"].items():
        print(f"{processes:>9} {run['seconds']:9.2f} {run['cpu_seconds']:7.2f} "
              f"{run['chars_per_s']:12,.0f} {run['docs_per_s']:9,.0f} {run['speedup']:9.2f}")
    print("results identical across runs: yes")
    if args.cli_memory:
        print(f"CLI (--input-format jsonl --format jsonl --jobs {args.cli_jobs}) on the whole "
              f"corpus: peak {report['cli_peak_mb_whole_corpus']:.0f} MB, "
              f"{report['cli_seconds_whole_corpus']:.0f} s")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
