"""Determinism: the same input and options give the same output in every process.

Processes with different ``PYTHONHASHSEED`` (so different set and frozenset
orders) extract every kind from the seed article and sentences written for
this test, with several option sets, and print the results as JSON; the
outputs must be byte for byte the same.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parents[2] / "seeds" / "alibaba_ai_investment.txt"

SCRIPT = r"""
import json, sys
import finparse
from finparse import Extractor

seed = open(sys.argv[1], encoding="utf-8").read()
texts = [seed, (
    "Orvane Ltd said it bought 12% of Kestrel Holdings for about C$5.5 million in Q3 2021, "
    "up 3 pct; the company plans to cut 1.234,56 kr of costs by fiscal 2026. It said "
    "sales rose to EUR 40 mln over the past six months, while Tamsin Mills fell 25 bps."
), "\ud800 $5\u200b% \u05d0 2021\u201322 between 15 and 20 cents; it acquired it."]
options = [{}, {"fiscal_year_start": 4, "decimal_mark": ",", "currency_defaults": {"$": "CAD"}},
           {"extra_verbs": {"snap up": "buy"}, "extra_entities": ["Kestrel Holdings"]}]
out = []
for opts in options:
    ex = Extractor(**opts)
    for text in texts:
        for ref in (None, "2025-09-27"):
            out.append([m.to_dict() for m in ex.extract(text, ref_date=ref)])
out.append([m.to_dict() for m in finparse.extract(seed, kinds="triple")])
print(json.dumps(out, sort_keys=True))
"""


def test_same_output_whatever_the_hash_seed() -> None:
    runs = {}
    for seed in ("0", "1", "4294967295", "random"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        runs[seed] = subprocess.Popen([sys.executable, "-c", SCRIPT, str(SEED)], env=env,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    outputs = {}
    for seed, proc in runs.items():
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        outputs[seed] = out
    first = outputs["0"]
    assert len(first) > 1000
    for seed, out in outputs.items():
        assert out == first, f"PYTHONHASHSEED={seed} differs"
