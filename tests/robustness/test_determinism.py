"""Determinism: the same input and options give the same output in every process.

Processes with different ``PYTHONHASHSEED`` (so different set and frozenset
orders) extract every kind from the seed article and sentences written for
this test, with several option sets, and print the results as JSON; the
outputs must be byte for byte the same. By default the test process and one
fresh process with another hash seed use the default options; the ``slow``
tier runs four fresh processes with three option sets.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SEED = Path(__file__).resolve().parents[2] / "seeds" / "alibaba_ai_investment.txt"

#: Defines ``dump(seed_path, option_sets)``: the results as JSON.
SCRIPT = r"""
import json
import finparse
from finparse import Extractor


def dump(seed_path, option_sets):
    seed = open(seed_path, encoding="utf-8").read()
    texts = [seed, (
        "Orvane Ltd said it bought 12% of Kestrel Holdings for about C$5.5 million in Q3 2021, "
        "up 3 pct; the company plans to cut 1.234,56 kr of costs by fiscal 2026. It said "
        "sales rose to EUR 40 mln over the past six months, while Tamsin Mills fell 25 bps."
    ), "\ud800 $5\u200b% \u05d0 2021\u201322 between 15 and 20 cents; it acquired it."]
    options = [{}, {"fiscal_year_start": 4, "decimal_mark": ",", "currency_defaults": {"$": "CAD"}},
               {"extra_verbs": {"snap up": "buy"}, "extra_entities": ["Kestrel Holdings"]}]
    options = options[:option_sets]
    out = []
    for opts in options:
        ex = Extractor(**opts)
        for text in texts:
            for ref in (None, "2025-09-27"):
                out.append([m.to_dict() for m in ex.extract(text, ref_date=ref)])
    out.append([m.to_dict() for m in finparse.extract(seed, kinds="triple")])
    return json.dumps(out, sort_keys=True)
"""

#: A fresh process prints ``dump``'s results.
MAIN = SCRIPT + "\nimport sys\nprint(dump(sys.argv[1], int(sys.argv[2])))\n"

#: The test process itself, whose hash seed is random unless PYTHONHASHSEED fixes it.
HERE = "this process"

#: A hash seed other than this process's.
OTHER = "4294967295" if os.environ.get("PYTHONHASHSEED") == "0" else "0"


@pytest.mark.parametrize(("seeds", "option_sets"), [
    pytest.param((HERE, OTHER), 1, id="two-seeds"),
    pytest.param(("0", "1", "4294967295", "random"), 3, marks=pytest.mark.slow, id="four-seeds"),
])
def test_same_output_whatever_the_hash_seed(seeds: tuple[str, ...], option_sets: int) -> None:
    runs = {}
    for seed in seeds:
        if seed == HERE:
            continue
        env = {**os.environ, "PYTHONHASHSEED": seed}
        runs[seed] = subprocess.Popen([sys.executable, "-c", MAIN, str(SEED), str(option_sets)], env=env,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    outputs = {}
    if HERE in seeds:
        namespace: dict[str, Any] = {}
        exec(SCRIPT, namespace)  # defines dump
        outputs[HERE] = namespace["dump"](str(SEED), option_sets) + "\n"
    for seed, proc in runs.items():
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        outputs[seed] = out
    first = outputs[seeds[0]]
    assert len(first) > 1000
    for seed, out in outputs.items():
        assert out == first, f"PYTHONHASHSEED={seed} differs"
