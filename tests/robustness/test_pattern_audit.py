"""A static audit of every regex pattern finparse compiles.

A fresh process records each pattern string handed to the ``regex`` module
while finparse imports its modules, builds its public parsers and extracts
every kind with several option sets (``patterns.py``). Each pattern is then
checked for nested unbounded quantifiers that are neither atomic nor
possessive (see :func:`patterns.nested_quantifiers` for exactly what is and
is not checked). A finding fails the test unless it is accepted below. The
audit runs in the ``slow`` tier (``pytest -m slow``, which CI runs).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from .patterns import leaves, nested_quantifiers

#: Findings accepted with a reason (none today; direction's word pattern,
#: ``(?:-\p{L}+)*``, was the one finding, made possessive since).
ACCEPTED: dict[str, str] = {}


@pytest.fixture(scope="module")
def compiled_patterns() -> list[str]:
    script = Path(__file__).with_name("patterns.py")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    patterns: list[str] = json.loads(done.stdout)
    return patterns


@pytest.mark.slow  # a fresh process compiles every pattern
def test_the_audit_sees_every_part(compiled_patterns: list[str]) -> None:
    # Module-level patterns, the scanners of the money, percent and time
    # parsers, and the patterns of their leaves are all there.
    from finparse import sentences
    from finparse.money import money
    from finparse.percent import percentages
    from finparse.timewindow import time_spec

    assert len(compiled_patterns) > 100
    for value in vars(sentences).values():
        if isinstance(value, regex.Pattern):
            assert value.pattern in compiled_patterns
    for parser in (money, percentages(), time_spec):
        assert parser.pattern in compiled_patterns
        for leaf in leaves(parser):
            assert leaf._fragment in compiled_patterns


@pytest.mark.slow  # a fresh process compiles every pattern
def test_no_nested_unbounded_quantifiers(compiled_patterns: list[str]) -> None:
    found = {snippet for p in compiled_patterns for _, snippet in nested_quantifiers(p)}
    assert found <= set(ACCEPTED), sorted(found - set(ACCEPTED))


def test_the_checker_flags_what_it_should() -> None:
    assert nested_quantifiers(r"\s(?:\d+,?)+x") == [(2, r"(?:\d+,?)+")]
    assert nested_quantifiers(r"(?:(?>\d+),?)+x") == []
    assert nested_quantifiers(r"[(+*]+(?:\d{1,3},)+") == []
    assert nested_quantifiers(r"(?i:(?:\w+\s?){2,})") == [(4, r"(?:\w+\s?){2,}")]
