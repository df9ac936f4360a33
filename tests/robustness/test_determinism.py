"""Determinism: the same input and options give the same output in every process.

Processes with different ``PYTHONHASHSEED`` (so different set and frozenset
orders) extract every kind from the seed article and sentences written for
this test, with several option sets, and print the results as JSON; the
outputs must be byte for byte the same. By default two processes use the
default options; the ``slow`` tier runs four with three option sets.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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
options = options[: int(sys.argv[2])]
out = []
for opts in options:
    ex = Extractor(**opts)
    for text in texts:
        for ref in (None, "2025-09-27"):
            out.append([m.to_dict() for m in ex.extract(text, ref_date=ref)])
out.append([m.to_dict() for m in finparse.extract(seed, kinds="triple")])
print(json.dumps(out, sort_keys=True))
"""


@pytest.mark.parametrize(("seeds", "option_sets"), [
    pytest.param(("0", "4294967295"), 1, id="two-seeds"),
    pytest.param(("0", "1", "4294967295", "random"), 3, marks=pytest.mark.slow, id="four-seeds"),
])
def test_same_output_whatever_the_hash_seed(seeds: tuple[str, ...], option_sets: int) -> None:
    runs = {}
    for seed in seeds:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        runs[seed] = subprocess.Popen([sys.executable, "-c", SCRIPT, str(SEED), str(option_sets)], env=env,
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
