"""The complexity search, short: a fixed seed, a few random shapes per kind.

``complexity.py`` draws short units from finparse's own tables and times
``extract`` on each repeated to n, 2n and 4n characters; a growth exponent
above 1.2 that a second measurement confirms fails. The shapes are the same
in every run (a fixed seed) and are timed in the ``slow`` tier (``pytest -m
slow``, which CI runs); the long search with new shapes runs on demand:
``python -m tests.robustness.complexity --minutes 10``.
"""

from __future__ import annotations

import pytest

from .complexity import KINDS, THRESHOLD, check, extractor, shapes, vocabulary

#: The seed of the shapes timed here; the search on demand draws others.
SEED = 20250927
PER_KIND = 5


def _cases() -> list[object]:
    cases = []
    for k, kind in enumerate(KINDS):
        for i, (prefix, unit, suffix) in enumerate(shapes(SEED + k, PER_KIND, focus=kind)):
            cases.append(pytest.param(kind, prefix, unit, suffix, id=f"{kind}-{i}"))
    return cases


@pytest.mark.slow  # about 13 s: in the slow tier, which CI runs
@pytest.mark.parametrize(("kind", "prefix", "unit", "suffix"), _cases())
def test_random_shapes_grow_linearly(kind: str, prefix: str, unit: str, suffix: str) -> None:
    growth = check(extractor(kind), unit, kind, prefix=prefix, suffix=suffix)
    assert growth.exponent <= THRESHOLD, growth.describe()


def _linear(text: str) -> int:
    return sum(map(ord, text))


def _quadratic(text: str) -> int:
    # a failed search from every eighth position reads the rest of the text
    return sum(text.find("\x00", i) for i in range(0, len(text), 8))


def test_the_measure_tells_quadratic_from_linear() -> None:
    assert check(_linear, "abc, def ", "linear").exponent <= THRESHOLD
    quadratic = check(_quadratic, "abc, def ", "quadratic", max_chars=100_000)
    assert quadratic.exponent > 1.6, quadratic.describe()


def test_the_units_come_from_the_tables() -> None:
    forms = vocabulary()
    for piece, examples in {"currency": ["$", "USD", "dollars"], "scale": ["million"],
                            "percent": ["%", "pct"], "time": ["January"],
                            "verb": ["bought", "buying", "rose", "said"],
                            "entity": ["Inc.", "Ltd"]}.items():
        assert set(examples) <= set(forms[piece]), piece
    assert shapes(SEED, 8) == shapes(SEED, 8)
    assert len({unit for _, unit, _ in shapes(SEED, 8)}) == 8
