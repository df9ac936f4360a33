#!/usr/bin/env python3
"""How much of finparse's time is spent inside the regex engine?

Run from the repository root (it reads ../shared/corpus/bench/news.jsonl in
place; without it, it says so and exits):

    python benchmarks/regex_share.py                   # this tree
    python benchmarks/regex_share.py --against c1dc625 # and a budget from a commit

For each set of kinds (all kinds, and money+percent+time) and each slice of
300 KB (the benchmark slice, "front", and one from the other end of the
corpus, "back"), a fresh process times ``finparse.extract`` warm (best of 3,
process time); a second fresh process times the same work with every
compiled pattern (of the ``regex`` module and of the standard library's
``re``) wrapped, and adds up the time spent inside the patterns' own calls
(``match``, ``search``, ``finditer`` with its matches taken, ``findall`` ...).
That sum is a floor: what the grammars ask of the regex engine, before any
Python runs around it. The wrapping costs time outside the sum only (one
``perf_counter`` pair per call is inside it, about 0.1 us).

With ``--against REV`` the commit REV is timed too, alternating with this
tree, and each row shows the budget a target of ``--factor`` (3 by default)
times REV's throughput leaves, and how much of that budget the regex calls of
this tree alone already take: above 100%, no change to the Python around the
patterns can meet the target; only grammars that ask less of the engine can.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bench" / "news.jsonl"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import PROBE_SLICE  # noqa: E402  (the slice and warm-up of bench.py's probe)

#: Times one tree in a fresh process: argv = corpus, kinds ("all" or a comma
#: list), slice ("front" or "back"), "wrap" or "plain". Prints JSON: the best
#: process seconds of three runs over the slice, and with "wrap" the seconds
#: inside compiled patterns' calls in the best run.
_PROBE = r"""
import json, re, sys, time
import regex

inside = [0.0]
clock = time.perf_counter


class Timed:
    __slots__ = ("_p",)

    def __init__(self, pattern):
        self._p = pattern

    def _timed(name):
        def call(self, *args, **kwargs):
            t = clock()
            try:
                return getattr(self._p, name)(*args, **kwargs)
            finally:
                inside[0] += clock() - t
        return call

    match = _timed("match")
    search = _timed("search")
    fullmatch = _timed("fullmatch")
    findall = _timed("findall")
    sub = _timed("sub")
    subn = _timed("subn")
    split = _timed("split")

    def finditer(self, *args, **kwargs):
        t = clock()
        found = list(self._p.finditer(*args, **kwargs))
        inside[0] += clock() - t
        return iter(found)

    def __getattr__(self, name):
        return getattr(self._p, name)

    def __hash__(self):
        return hash(self._p)

    def __eq__(self, other):
        return self._p == getattr(other, "_p", other)


if sys.argv[4] == "wrap":
    for module in (regex, re):
        def wrapped(pattern, flags=0, *args, _compile=module.compile, **kwargs):
            return Timed(_compile(pattern, flags, *args, **kwargs))
        module.compile = wrapped
    regex.Pattern = Timed  # (isinstance tests on compiled patterns)

import finparse
""" + PROBE_SLICE + r"""
best, best_inside = float("inf"), 0.0
for _ in range(3):
    inside[0] = 0.0
    start = time.process_time()
    for doc in sample:
        finparse.extract(doc, kinds=kinds)
    spent = time.process_time() - start
    if spent < best:
        best, best_inside = spent, inside[0]
print(json.dumps({"seconds": best, "inside": best_inside, "file": finparse.__file__}))
"""


def probe(tree: Path, kinds: str, part: str, mode: str) -> dict[str, Any]:
    """One fresh process of :data:`_PROBE` importing finparse from ``tree``."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-c", _PROBE, str(CORPUS), kinds, part, mode],
                          env=env, capture_output=True, text=True, check=True, cwd=tree)
    row: dict[str, Any] = json.loads(done.stdout)
    if not row["file"].startswith(str(tree)):
        raise RuntimeError(f"{tree} imported {row['file']}")
    return row


def measure(rev: str | None, rounds: int, factor: float) -> dict[str, Any]:
    """The rows described in the module docstring, printed as they come."""
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"HEAD+worktree": ROOT}
        if rev is not None:
            other = Path(tmp) / "tree"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(other), rev],
                           check=True, capture_output=True)
            trees = {rev: other, **trees}
        try:
            for kinds in ("all", "money,percent,time"):
                for part in ("front", "back"):
                    best: dict[str, float] = {}
                    for _ in range(rounds):
                        for name, tree in trees.items():
                            seconds = probe(tree, kinds, part, "plain")["seconds"]
                            best[name] = min(best.get(name, float("inf")), seconds)
                    inside = min(probe(ROOT, kinds, part, "wrap")["inside"] for _ in range(rounds))
                    row = {**best, "regex": inside, "share": inside / best["HEAD+worktree"]}
                    line = (f"{kinds:20} {part:5}  this tree {best['HEAD+worktree']:.3f} s, "
                            f"inside patterns {inside:.3f} s ({row['share']:.0%})")
                    if rev is not None:
                        budget = best[rev] / factor
                        row.update(budget=budget, of_budget=inside / budget)
                        line += (f"; {rev} {best[rev]:.3f} s, budget for {factor:g}x "
                                 f"{budget:.3f} s, patterns alone {inside / budget:.0%} of it")
                    results[f"{kinds} {part}"] = row
                    print(line, flush=True)
        finally:
            if rev is not None:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                                str(trees[rev])], check=False, capture_output=True)
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--against", metavar="REV", help="a git commit whose throughput sets the budget")
    ap.add_argument("--factor", type=float, default=3.0, help="the target, times REV's throughput")
    ap.add_argument("--rounds", type=int, default=2, help="fresh processes per tree and row")
    ap.add_argument("--json", type=Path, help="also write the rows to this file")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"no benchmark corpus at {CORPUS}: nothing to measure")
        return 0
    if args.factor <= 0:
        raise ValueError(f"--factor must be positive, not {args.factor!r}")
    results = measure(args.against, max(args.rounds, 1), args.factor)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
