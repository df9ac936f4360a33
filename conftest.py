"""Shared pytest configuration.

Doctests run in every module, in README.md and in the Markdown pages of the
docs; entry-point modules and build scripts are not collected.
"""

import sys
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parent / "seeds" / "alibaba_ai_investment.txt"

# tests/corpus_rows.py, linear.py, fake_tqdm.py, hypothesis_settings.py and
# sources.py are shared by the tests of every kind
sys.path.insert(0, str(Path(__file__).resolve().parent / "tests"))

# the fake_tqdm fixture, for the progress-bar tests
pytest_plugins = ["fake_tqdm"]

collect_ignore = ["finparse/__main__.py", "tools", "benchmarks", "tests/corpus_rows.py",
                  "tests/linear.py", "tests/fake_tqdm.py", "tests/hypothesis_settings.py",
                  "tests/sources.py"]
collect_ignore_glob = ["docs/*.py", "docs/_build/*"]


@pytest.fixture(scope="session", autouse=True)
def _seed_in_doctests(doctest_namespace: dict[str, object]) -> None:
    """``SEED``, the path of the seed article, for examples in the docs (set
    once per run: ``doctest_namespace`` lives for the whole session)."""
    doctest_namespace["SEED"] = str(SEED)
