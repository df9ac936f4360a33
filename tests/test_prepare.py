"""Grammars are built once per process, on first use or ahead with ``prepare``.

Each part of a grammar is built, and its pattern compiled, by the first
call that needs it; threads that need the same part at once share one build
(finparse.core holds a lock while building). ``Extractor.prepare`` builds
ahead what a set of kinds runs, and ``extract_many`` calls it before
forking its workers, so that they inherit the grammars built.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from finparse import Extractor, extract_many
from finparse import core as core_module
from finparse.core import alt, regex_parser
from finparse.kinds import REGISTRY

SEED = Path(__file__).resolve().parents[1] / "seeds" / "alibaba_ai_investment.txt"


def test_prepare_returns_the_extractor_and_changes_no_result() -> None:
    text = SEED.read_text(encoding="utf-8")
    plain = Extractor().extract(text, ref_date="2025-09-27")
    prepared = Extractor()
    assert prepared.prepare() is prepared
    assert prepared.extract(text, ref_date="2025-09-27") == plain
    assert Extractor(kinds="time").prepare("money, percent").kinds == ("time",)
    with pytest.raises(ValueError, match="weather"):
        Extractor().prepare("weather")


def test_prepare_builds_the_argument_kinds_of_triples() -> None:
    assert REGISTRY.needed(("triple",)) == REGISTRY.names
    assert REGISTRY.needed(("percent", "money")) == ("money", "percent")


def test_a_prepared_parser_compiles_nothing_more_when_it_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    import regex

    both = alt(regex_parser(r"[0-9]+ apples?", lazy=True), regex_parser(r"[0-9]+ pears?", lazy=True))
    both.prepare()
    compiled: list[str] = []
    real = regex.compile
    monkeypatch.setattr(regex, "compile", lambda p, *a, **k: compiled.append(p) or real(p, *a, **k))
    assert (both.parse("3 apples"), both.parse("4 pears")) == ("3 apples", "4 pears")
    assert compiled == []  # (scanning running text compiles the scanning pattern, once)


def test_an_invalid_lazy_pattern_is_a_value_error_when_prepared() -> None:
    broken = regex_parser(r"(unclosed", lazy=True)
    with pytest.raises(ValueError, match="unclosed"):
        broken.prepare()


def test_threads_asking_for_one_pattern_at_once_compile_it_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import regex

    calls: list[str] = []
    real = regex.compile

    def slow(pattern: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(pattern)
        time.sleep(0.05)  # wide enough for every thread to arrive meanwhile
        return real(pattern, *args, **kwargs)

    monkeypatch.setattr(regex, "compile", slow)
    fragment = r"(?:zebra|okapi)[0-9]{3} never compiled before"
    start = threading.Barrier(8)
    got: list[Any] = []

    def ask() -> None:
        start.wait()
        got.append(core_module._compile(fragment))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls.count(fragment) == 1
    assert len(got) == 8 and all(p is got[0] for p in got)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="needs fork")
def test_extract_many_extracts_the_first_chunk_before_forking(monkeypatch: pytest.MonkeyPatch) -> None:
    # The parent extracts the first chunk itself, then forks: the workers
    # inherit the grammar parts that chunk built.
    here = os.getpid()
    in_parent: list[str] = []
    real = Extractor.extract

    def record(self: Extractor, text: str, **kwargs: Any) -> Any:
        if os.getpid() == here:
            in_parent.append(text)
        return real(self, text, **kwargs)

    monkeypatch.setattr(Extractor, "extract", record)
    docs = [f"Acme sold {n} mln dlrs of notes, up {n}%." for n in range(1, 9)]
    results = list(extract_many(docs, processes=2, chunksize=2, kinds="money"))
    assert [r.mentions[0].text for r in results] == [f"{n} mln dlrs" for n in range(1, 9)]
    assert in_parent == docs[:2]


PROBE = r"""
import sys, traceback
import regex
import finparse
extractor = finparse.Extractor()
if sys.argv[1] == "prepared":
    extractor.prepare()
compiled = []
real = regex.compile
def spy(p, *a, **k):
    caller = next(f.filename for f in reversed(traceback.extract_stack()[:-1]) if "finparse" in f.filename)
    compiled.append((len(p), caller.rsplit("/", 1)[-1]))
    return real(p, *a, **k)
regex.compile = spy
extractor.extract(open(sys.argv[2], encoding="utf-8").read(), ref_date="2025-09-27")
print(len(compiled), sum(n for n, _ in compiled), *sorted({m for _, m in compiled}))
"""


def test_after_prepare_a_first_call_compiles_few_patterns() -> None:
    # The two fresh processes run at once (each builds the grammars it needs,
    # half a second): they share nothing but the machine.
    probes = {mode: subprocess.Popen([sys.executable, "-c", PROBE, mode, str(SEED)],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
              for mode in ("cold", "prepared")}

    def result(mode: str) -> tuple[int, int, list[str]]:
        out, err = probes[mode].communicate(timeout=300)
        assert probes[mode].returncode == 0, err
        count, size, *modules = out.split()
        return int(count), int(size), modules

    (cold, _, _), (prepared, size, modules) = result("cold"), result("prepared")
    assert prepared <= cold // 3, (cold, prepared)
    # The seed article needs about 30 KB of patterns built on first use;
    # prepared, a few small ones are left (helpers of money and time that
    # compile on first use, each a few dozen characters), and none of the
    # triple grammar's.
    assert size < 4000
    assert not {"triples.py", "entities.py", "sentences.py"} & set(modules), modules
