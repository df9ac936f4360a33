#!/usr/bin/env python3
"""CPU time per document with one worker process and with several.

Each run is a fresh interpreter that extracts every kind from a slice of
the benchmark corpus with :func:`finparse.extract_many` and reports the CPU
time (user + system) of itself and of its worker processes. CPU time does
not count the time the machine gives to other work, so the ratio holds on
a busy machine. With ``fork`` (Linux), ``extract_many`` builds the grammars
before its pool starts and the workers inherit them; the goal (issue 18) is
CPU time with 2 workers within 10% of 1 worker.

    python benchmarks/workers.py                 # 1 vs 2 workers, 3 runs each
    python benchmarks/workers.py --workers 1 2 4 --runs 2 --size 600000

It reads ../shared/corpus/bench/news.jsonl in place, and says so and exits
when it is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bench" / "news.jsonl"

PROBE = r"""
import json, resource, sys
sys.path.insert(0, sys.argv[1])
docs = [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
size, processes = int(sys.argv[3]), int(sys.argv[4])
chosen, total = [], 0
for d in docs[1000:]:
    if total >= size:
        break
    chosen.append(d)
    total += len(d)

def cpu():
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

start = cpu()
import finparse
found = sum(len(r.mentions) for r in finparse.extract_many(
    chosen, processes=processes, chunksize=16, ref_date="2020-06-15", progress=False))
print(json.dumps({"cpu_s": cpu() - start, "docs": len(chosen), "chars": total, "mentions": found}))
"""


def run(processes: int, size: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(ROOT), str(CORPUS), str(size), str(processes)],
        capture_output=True, text=True, check=True, timeout=3600,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--runs", type=int, default=3, help="runs of each, alternating (best kept)")
    ap.add_argument("--size", type=int, default=300_000, help="characters of text")
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        print(f"benchmark corpus not found at {CORPUS}; nothing to measure")
        return 0
    best: dict[int, dict[str, float]] = {}
    for _ in range(args.runs):
        for n in args.workers:
            got = run(n, args.size)
            if n not in best or got["cpu_s"] < best[n]["cpu_s"]:
                best[n] = got
    mentions = {best[n]["mentions"] for n in args.workers}
    if len(mentions) != 1:
        print(f"results differ between worker counts: {mentions}")
        return 1
    base = best[args.workers[0]]
    print(f"{base['docs']:.0f} documents, {base['chars']:,.0f} chars, "
          f"{base['mentions']:.0f} mentions; best of {args.runs} fresh runs, CPU user+sys")
    print(f"{'workers':>7}  {'CPU s':>7}  {'ms/doc':>7}  {'vs ' + str(args.workers[0]):>6}")
    for n in args.workers:
        cpu = best[n]["cpu_s"]
        print(f"{n:>7}  {cpu:7.2f}  {1000 * cpu / best[n]['docs']:7.2f}  {cpu / base['cpu_s']:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
