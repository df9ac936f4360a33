"""The first-call ratio: a process's first ``extract()`` against a warm one.

A fresh interpreter imports finparse, extracts every kind from the seed
article once (the first call, which builds and compiles the grammars) and
then the same text 50 more times (warm calls). The ratio is the first call's
time over the median warm call, both measured in that one process with
``time.perf_counter`` (or, with ``--cpu``, in CPU time, which other
processes on a busy machine do not inflate), so the machine's speed cancels
out. Each kind alone is
measured the same way, each in a process of its own. finparse's modules are
byte-compiled first, as an installed package's are. The goal (issue 17) is
a first call of all kinds that costs at most 50 warm calls.

    python benchmarks/first_call.py            # all kinds, then each kind
    python benchmarks/first_call.py --json out.json
    python benchmarks/first_call.py --cpu --runs 7    # on a shared machine
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "alibaba_ai_investment.txt"
KINDS = ("all", "money", "percent", "time", "triple")

# Run in a fresh interpreter: the first call must be the process's first.
PROBE = r"""
import json, statistics, sys, time
clock = time.process_time if sys.argv[3] == "cpu" else time.perf_counter
start = clock()
import finparse
imported = clock()
text = open(sys.argv[1], encoding="utf-8").read()
kinds = None if sys.argv[2] == "all" else sys.argv[2]
t = clock()
finparse.extract(text, ref_date="2025-09-27", kinds=kinds)
first = clock() - t
warm = []
for _ in range(50):
    t = clock()
    finparse.extract(text, ref_date="2025-09-27", kinds=kinds)
    warm.append(clock() - t)
print(json.dumps({"import_s": imported - start, "first_s": first,
                  "warm_s": statistics.median(warm)}))
"""


def bytecode_env(cache: str) -> dict[str, str]:
    """An environment whose byte-code cache is ``cache``, compiled ahead.

    An installed package has its modules byte-compiled (pip does it), so a
    first call does not pay for compiling finparse's source; the probe runs
    the same way, whatever PYTHONDONTWRITEBYTECODE says, with the byte code
    kept out of the source tree.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "finparse")],
                   env=env, check=True)
    return env


def measure(kinds: str, env: dict[str, str] | None = None, clock: str = "wall") -> dict[str, float]:
    """The import, first-call and median warm-call times of one fresh process."""
    done = subprocess.run([sys.executable, "-c", PROBE, str(SEED), kinds, clock], cwd=ROOT,
                          capture_output=True, text=True, check=True, env=env)
    numbers: dict[str, float] = json.loads(done.stdout)
    numbers["ratio"] = numbers["first_s"] / numbers["warm_s"]
    return numbers


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", metavar="FILE", help="write the numbers as JSON")
    ap.add_argument("--runs", type=int, default=3, help="fresh processes per kind (median)")
    ap.add_argument("--cpu", action="store_true", help="time in CPU time, not wall time")
    args = ap.parse_args()
    report: dict[str, dict[str, float]] = {}
    print(f"seed article, {len(SEED.read_text(encoding='utf-8')):,} chars; "
          f"median of {args.runs} fresh processes")
    print(f"{'kinds':8} {'first call':>11} {'warm call':>10} {'first/warm':>11}")
    with tempfile.TemporaryDirectory() as cache:
        env = bytecode_env(cache)
        for kinds in KINDS:
            report[kinds] = _median(kinds, args.runs, env, "cpu" if args.cpu else "wall")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


def _median(kinds: str, runs_wanted: int, env: dict[str, str], clock: str = "wall") -> dict[str, float]:
    """The run of median ratio among ``runs_wanted`` fresh processes, printed."""
    runs = sorted((measure(kinds, env, clock) for _ in range(runs_wanted)), key=lambda r: r["ratio"])
    mid = runs[len(runs) // 2]
    print(f"{kinds:8} {mid['first_s'] * 1000:9.0f} ms {mid['warm_s'] * 1000:7.2f} ms "
          f"{mid['ratio']:11.0f}")
    return mid


if __name__ == "__main__":
    sys.exit(main())
