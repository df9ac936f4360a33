"""The atheris fuzz target works, with and without atheris (``fuzz/fuzz_extract.py``).

The seed corpus is replayed through the target on every run; the target's
own stand-in for ``atheris.FuzzedDataProvider`` reads bytes as atheris does.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

FUZZ = Path(__file__).resolve().parents[2] / "fuzz"


@pytest.fixture(scope="module")
def target() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_extract", FUZZ / "fuzz_extract.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_extract"] = module
    spec.loader.exec_module(module)
    return module


def test_the_corpus_is_the_seeds(target: ModuleType, tmp_path: Path) -> None:
    target.make_corpus(str(tmp_path))
    made = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    shipped = {p.name: p.read_bytes() for p in (FUZZ / "corpus").iterdir()}
    assert made == shipped, "run: python fuzz/fuzz_extract.py --make-corpus fuzz/corpus"


def test_seeds_decode_to_what_they_say(target: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(target, "atheris", None)
    for entry, text, options in target.SEEDS:
        case = target.Case(target.encode(entry, text, **options))
        assert (case.entry, case.text) == (entry, text)
        assert case.decimal_mark == options.get("decimal_mark", "auto")
        assert case.fiscal_year_start == options.get("fiscal_year_start", 1)


@pytest.mark.parametrize("provider", ["fallback", "atheris"])
def test_replay_the_seed_corpus(target: ModuleType, monkeypatch: pytest.MonkeyPatch,
                                provider: str) -> None:
    if provider == "atheris":
        pytest.importorskip("atheris")
    else:
        monkeypatch.setattr(target, "atheris", None)
    assert target.replay([str(FUZZ / "corpus")]) == 0


def test_every_entry_point_runs(target: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(target, "atheris", None)
    text = "Orvane Ltd paid $5 million, up 3% in Q3 2021, for 1,234.5 kr \ud800."
    for entry in target.ENTRIES:
        for preset in range(len(target.PRESETS)):
            target.TestOneInput(target.encode(entry, text, preset=preset, kinds=("money",)))


def test_known_bugs_are_skipped_unless_strict(target: ModuleType,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    class Synthetic(Exception):
        pass

    def broken(case: object) -> None:
        raise Synthetic("a bug already reported")

    monkeypatch.setattr(target, "atheris", None)
    monkeypatch.setattr(target, "run_case", broken)
    data = target.encode("extract", "It cost $5.")
    with pytest.raises(Synthetic):
        target.TestOneInput(data)
    monkeypatch.setattr(target, "KNOWN_BUGS", (
        ("synthetic", lambda entry, exc: entry == "extract" and isinstance(exc, Synthetic)),))
    target.TestOneInput(data)  # known: not reported
    monkeypatch.setenv("FUZZ_STRICT", "1")
    with pytest.raises(Synthetic):
        target.TestOneInput(data)


def test_the_stand_in_reads_bytes_as_atheris_does(target: ModuleType) -> None:
    atheris = pytest.importorskip("atheris")
    rng = random.Random(8)
    for _ in range(500):
        data = rng.randbytes(rng.randint(0, 64))
        ours, theirs = target.Provider(data), atheris.FuzzedDataProvider(data)
        head = rng.randint(0, 8)
        assert ours.ConsumeBytes(head) == theirs.ConsumeBytes(head)
        count = rng.randint(0, 80)
        assert ours.ConsumeUnicode(count) == theirs.ConsumeUnicode(count)
        assert ours.remaining_bytes() == theirs.remaining_bytes()
