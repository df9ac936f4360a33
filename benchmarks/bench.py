#!/usr/bin/env python3
"""finparse benchmark suite.

Run from the repository root (it needs ../shared/corpus/bench/news.jsonl, the
Reuters-21578 bodies, read in place; without it the script says so and exits):

    python benchmarks/bench.py                  # table on stdout
    python benchmarks/bench.py --json out.json  # also write the numbers as JSON
    python benchmarks/bench.py --peers          # also time installed peers

It reports, on a 300 KB slice of the corpus, warm, on one core:

- throughput (chars/s, docs/s) of ``finparse.extract`` with all kinds and with
  money+percent+time together, and each kind alone;
- the scan-limit baseline (one ``regex`` finditer pass of a simple number
  pattern over the same text), measured in the same run, and each
  throughput's ratio to it;
- the import time of ``finparse`` in a fresh interpreter against a bare one;
- first-call latency (the first ``extract`` in a fresh interpreter);
- peak memory of the CLI over the whole corpus, streamed as JSON Lines;
- time at 0.1, 1 and 10 MB of input, and the growth ratio 10 MB / (10 x 1 MB).

With ``--peers`` it also times Recognizers-Text, quantulum3 and dateparser on
the same slice when they are installed (or, with ``--peers-python``, those
installed for another interpreter: see below), and prints the ratios.

With ``--against REV`` it instead times the git commit REV and this tree
alternately in the same run (a fresh process for each, best of 3 in process
time, which does not count time the machine gives to others), with all
kinds and with money+percent+time, on the benchmark slice and on a second
slice from the other end of the corpus, and prints the ratios:

    python benchmarks/bench.py --against c1dc625 --rounds 2

The peers bring dependencies of their own (Recognizers-Text needs an
``emoji`` older than 1.0), so they are best kept in a virtual environment of
their own; ``--peers-python`` times them there, in the same run, on the
first 60 documents of each slice:

    python -m venv /tmp/peers
    /tmp/peers/bin/pip install recognizers-text-suite quantulum3 dateparser "emoji<1.0"
    python benchmarks/bench.py --against c1dc625 --peers-python /tmp/peers/bin/python
    python benchmarks/bench.py --peers --peers-python /tmp/peers/bin/python
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bench" / "news.jsonl"
SLICE = 300_000


def load_docs() -> list[str]:
    with open(CORPUS, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def take(docs: list[str], size: int, start: int = 0) -> list[str]:
    out: list[str] = []
    total = 0
    i = start
    while total < size:
        doc = docs[i % len(docs)]
        out.append(doc)
        total += len(doc)
        i += 1
    return out


def best_of(fn: Callable[[], Any], repeat: int = 3,
            clock: Callable[[], float] = time.perf_counter) -> float:
    times = []
    for _ in range(repeat):
        start = clock()
        fn()
        times.append(clock() - start)
    return min(times)


def fresh_python(code: str) -> float:
    """Wall time of a fresh interpreter running ``code`` (median of 5)."""
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def peak_memory_cli(path: Path) -> float:
    """Peak resident memory (MB) of the CLI over a JSONL corpus, output discarded.

    Read from the process's own high-water mark (``VmHWM`` on Linux): the
    ``ru_maxrss`` of a process started by a large one can count the pages
    it shared with its parent before it started the interpreter.
    """
    code = (
        "import os, resource\n"
        "from finparse.cli import main\n"
        "with open(os.devnull, 'w', encoding='utf-8') as sink:\n"
        f"    main(['extract', '--input-format', 'jsonl', {str(path)!r}, '--format', 'jsonl'],"
        " stdout=sink)\n"
        "try:\n"
        "    with open('/proc/self/status', encoding='ascii') as status:\n"
        "        print(next(int(l.split()[1]) for l in status if l.startswith('VmHWM:')))\n"
        "except (OSError, StopIteration):\n"
        "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                         capture_output=True, text=True).stdout
    return int(out.strip().splitlines()[-1]) / 1024


def peers(text_docs: list[str], chars: int,
          clock: Callable[[], float] = time.perf_counter) -> dict[str, float]:
    """Throughput (chars/s) of installed peer libraries on the same slice,
    timed by ``clock``."""
    results: dict[str, float] = {}
    try:
        from recognizers_date_time import DateTimeRecognizer
        from recognizers_number import NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_text import Culture

        cur = NumberWithUnitRecognizer(Culture.English).get_currency_model()
        pct = NumberRecognizer(Culture.English).get_percentage_model()
        dtm = DateTimeRecognizer(Culture.English).get_datetime_model()

        def rt() -> None:
            for d in text_docs:
                cur.parse(d)
                pct.parse(d)
                dtm.parse(d)

        results["Recognizers-Text"] = chars / best_of(rt, 1, clock)
    except ImportError:
        pass
    try:
        from quantulum3 import parser as qparser

        results["quantulum3"] = chars / best_of(lambda: [qparser.parse(d) for d in text_docs], 1, clock)
    except ImportError:
        pass
    try:
        from dateparser.search import search_dates

        results["dateparser"] = chars / best_of(
            lambda: [search_dates(d, languages=["en"]) for d in text_docs], 1, clock)
    except ImportError:
        pass
    return results


#: The middle of a probe process, after ``import finparse``: argv = corpus,
#: kinds ("all" or a comma list), slice ("front" or "back"); reads the
#: slice (``sample``) and the ``kinds``, and warms up on other documents.
PROBE_SLICE = r"""
docs = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
def take(size, start):
    out, total, i = [], 0, start
    while total < size:
        doc = docs[i % len(docs)]; out.append(doc); total += len(doc); i += 1
    return out
sample = take(300_000, 1000 if sys.argv[3] == "front" else len(docs) - 2600)
kinds = None if sys.argv[2] == "all" else sys.argv[2].split(",")
for doc in take(100_000, 5000):
    finparse.extract(doc, kinds=kinds)
"""

#: Times one tree in a fresh process (argv as for PROBE_SLICE); prints chars
#: per second of process time (best of 3, after the warm-up).
_PROBE = r"""
import json, sys, time
import finparse
""" + PROBE_SLICE + r"""
best = float("inf")
for _ in range(3):
    start = time.process_time()
    for doc in sample:
        finparse.extract(doc, kinds=kinds)
    best = min(best, time.process_time() - start)
print(json.dumps({"chars_per_s": sum(map(len, sample)) / best, "file": finparse.__file__}))
"""


def against(rev: str, rounds: int, peers_python: str | None = None) -> dict[str, Any]:
    """This tree against commit ``rev``: chars/s of each, alternating; with
    ``peers_python``, the peers that interpreter has installed, timed on
    each slice between the rounds (see :func:`peer_probe`)."""
    import tempfile

    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        other = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(other), rev],
                       check=True, capture_output=True)
        try:
            trees = {rev: other, "HEAD+worktree": ROOT}
            for kinds in ("all", "money,percent,time"):
                for part in ("front", "back"):
                    best: dict[str, float] = {}
                    for _ in range(rounds):
                        for name, tree in trees.items():
                            env = {**os.environ, "PYTHONPATH": str(tree)}
                            done = subprocess.run(
                                [sys.executable, "-c", _PROBE, str(CORPUS), kinds, part],
                                env=env, capture_output=True, text=True, check=True, cwd=tree)
                            row = json.loads(done.stdout)
                            if not row["file"].startswith(str(tree)):
                                raise RuntimeError(f"{name} imported {row['file']}")
                            best[name] = max(best.get(name, 0.0), row["chars_per_s"])
                    ratio = best["HEAD+worktree"] / best[rev]
                    results[f"{kinds} {part}"] = {**best, "ratio": ratio}
                    print(f"{kinds:20} {part:5}  {rev}: {best[rev]:10,.0f}  this tree: "
                          f"{best['HEAD+worktree']:10,.0f} chars/s  ratio {ratio:.2f}", flush=True)
                    if peers_python and kinds == "all":
                        done = subprocess.run(
                            [peers_python, str(Path(__file__).resolve()), "--peer-probe", part],
                            capture_output=True, text=True, check=True, cwd=ROOT)
                        rates = json.loads(done.stdout.strip().splitlines()[-1])
                        results[f"peers {part}"] = rates
                        for name, cps in rates.items():
                            print(f"{'  peer ' + name:28}{part:5}  {cps:10,.0f} chars/s; this tree "
                                  f"{best['HEAD+worktree'] / cps:,.0f}x, {rev} "
                                  f"{best[rev] / cps:,.0f}x", flush=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)],
                           check=False, capture_output=True)
    return results


def peer_probe(part: str) -> dict[str, float]:
    """The peers' chars/s on the first 60 documents of slice ``part`` ("front"
    or "back"), in the interpreter running this (one with the peers
    installed, in a virtual environment of their own)."""
    docs = load_docs()
    sample = take(docs, SLICE, start=1000 if part == "front" else len(docs) - 2600)[:60]
    return peers(sample, sum(len(d) for d in sample), time.process_time)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", metavar="FILE", help="write the numbers as JSON")
    ap.add_argument("--peers", action="store_true", help="also time installed peers")
    ap.add_argument("--no-growth", action="store_true", help="skip the 10 MB growth run")
    ap.add_argument("--against", metavar="REV",
                    help="time git commit REV and this tree alternately instead")
    ap.add_argument("--rounds", type=int, default=2, help="alternations with --against")
    ap.add_argument("--peers-python", metavar="PYTHON",
                    help="time the peers installed for this interpreter (with --against, or"
                         " with --peers: instead of the peers installed here)")
    ap.add_argument("--peer-probe", choices=("front", "back"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"benchmark corpus not found at {CORPUS}; nothing to measure")
        return 0
    if args.peer_probe:
        print(json.dumps(peer_probe(args.peer_probe)))
        return 0
    if args.against:
        numbers = against(args.against, max(1, args.rounds), args.peers_python)
        if args.json:
            Path(args.json).write_text(json.dumps(numbers, indent=2) + "\n", encoding="utf-8")
        return 0
    sys.path.insert(0, str(ROOT))
    import regex

    import finparse
    from finparse.extractor import KINDS

    docs = load_docs()
    warm = take(docs, 100_000, start=5000)
    for d in warm:
        finparse.extract(d)
    sample = take(docs, SLICE, start=1000)
    chars = sum(len(d) for d in sample)
    report: dict[str, Any] = {
        "finparse": finparse.__version__, "python": sys.version.split()[0],
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}",
        "date": time.strftime("%Y-%m-%d"), "slice_chars": chars, "slice_docs": len(sample)}

    # The practical limit of any scanner in Python: one finditer pass of a
    # simple number pattern over each document, touching every match.
    number = regex.compile(r"\d[\d,.]*")
    baseline = chars / best_of(lambda: [m.span() for d in sample for m in number.finditer(d)], 5)
    report["baseline_chars_per_s"] = baseline

    rows = []
    # All kinds, the three kinds without triples (the targets of issue 7 are
    # stated for both), then each kind alone.
    for kinds in [list(KINDS), ["money", "percent", "time"], *[[k] for k in KINDS]]:
        seconds = best_of(lambda kinds=kinds: [finparse.extract(d, kinds=kinds) for d in sample])
        cps = chars / seconds
        name = "all kinds" if len(kinds) == len(KINDS) else "+".join(kinds)
        rows.append((name, cps, len(sample) / seconds, baseline / cps))
        report[f"extract[{name}]"] = {"chars_per_s": cps, "docs_per_s": len(sample) / seconds,
                                     "baseline_over_this": baseline / cps}

    bare = fresh_python("pass")
    imported = fresh_python("import finparse")
    first = fresh_python("import finparse; finparse.extract('It cost $5, up 3%.')")
    report["import_ms_over_bare"] = (imported - bare) * 1000
    report["first_call_ms_over_import"] = (first - imported) * 1000
    pint_loaded = subprocess.run(
        [sys.executable, "-c", "import sys, finparse; print('pint' in sys.modules)"],
        capture_output=True, text=True, cwd=ROOT, check=True).stdout.strip()
    report["import_loads_pint"] = pint_loaded == "True"

    growth: dict[str, float] = {}
    if not args.no_growth:
        for size in (100_000, 1_000_000, 10_000_000):
            part = take(docs, size, start=0)
            growth[f"{size / 1e6:g} MB"] = best_of(lambda part=part: [finparse.extract(d) for d in part], 1)
        report["growth_seconds"] = growth
        report["growth_ratio_10MB_over_10x1MB"] = growth["10 MB"] / (10 * growth["1 MB"])

    # The whole corpus through the command line, streamed as JSON Lines.
    report["cli_peak_mb_whole_corpus"] = peak_memory_cli(CORPUS)

    if args.peers and args.peers_python:
        done = subprocess.run([args.peers_python, str(Path(__file__).resolve()), "--peer-probe", "front"],
                              capture_output=True, text=True, check=True, cwd=ROOT)
        report["peers_chars_per_s"] = json.loads(done.stdout.strip().splitlines()[-1])
    elif args.peers:
        report["peers_chars_per_s"] = peers(sample[:60], sum(len(d) for d in sample[:60]))

    print(f"finparse {finparse.__version__} on {chars:,} chars ({len(sample)} docs), "
          f"Python {sys.version.split()[0]}, pid {os.getpid()}")
    print(f"{'measure':28} {'chars/s':>12} {'docs/s':>9} {'baseline/x':>11}")
    print(f"{'scan-limit baseline':28} {baseline:12,.0f} {'':>9} {1.0:11.1f}")
    for name, cps, dps, ratio in rows:
        print(f"{'extract ' + name:28} {cps:12,.0f} {dps:9,.0f} {ratio:11.1f}")
    print(f"import finparse over bare interpreter: {report['import_ms_over_bare']:.0f} ms"
          f" (pint imported: {report['import_loads_pint']})")
    print(f"first extract() call after import:     {report['first_call_ms_over_import']:.0f} ms")
    for size, seconds in growth.items():
        print(f"time at {size:>6}: {seconds:8.2f} s")
    if growth:
        print(f"growth 10 MB / (10 x 1 MB): {report['growth_ratio_10MB_over_10x1MB']:.2f}")
    print(f"CLI peak memory on the whole corpus: {report['cli_peak_mb_whole_corpus']:.0f} MB")
    for name, cps in report.get("peers_chars_per_s", {}).items():
        finparse_all = report["extract[all kinds]"]["chars_per_s"]
        print(f"peer {name:20} {cps:12,.0f} chars/s   finparse is {finparse_all / cps:,.0f}x faster")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
