"""An extractor with default options makes each kind's options when a call
first runs the kind (``Registry.default_options``): a first call of one kind
does not import the other kinds' grammars."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from finparse import Extractor
from finparse.kinds import REGISTRY


def test_default_options_are_the_options_of_no_settings() -> None:
    lazy = REGISTRY.default_options()
    assert len(lazy) == len(REGISTRY)
    assert list(lazy) == list(REGISTRY.options({}))
    assert lazy[1:3] == REGISTRY.options({})[1:3]
    assert lazy[-1] == REGISTRY.options({})[-1]
    with pytest.raises(IndexError):
        lazy[len(REGISTRY)]


def test_a_default_extractor_pickles_and_extracts_the_same() -> None:
    text = "Acme Corp bought 5% of Beta Ltd for $3 mn in 2021."
    extractor = Extractor()
    copy = pickle.loads(pickle.dumps(extractor))
    assert [m.to_dict() for m in copy.extract(text, ref_date="2024-01-01")] == [
        m.to_dict() for m in extractor.extract(text, ref_date="2024-01-01")
    ]


@pytest.mark.parametrize(
    ("keyword", "value"),
    [("fiscal_year_start", True), ("fiscal_year_start", 1.0), ("coreference", 1), ("decimal_mark", b"auto")],
)
def test_a_value_equal_to_a_default_but_of_another_type_is_still_checked(keyword: str, value: object) -> None:
    with pytest.raises(ValueError, match=keyword):
        Extractor(**{keyword: value})


def test_a_setting_given_is_checked_at_construction() -> None:
    with pytest.raises(ValueError, match="13"):
        Extractor(fiscal_year_start=13)
    assert Extractor(fiscal_year_start=4).extract("in fiscal 2024", ref_date="2024-06-01")[0].kind == "time"


_PROBE = """
import sys
import finparse
found = finparse.extract("It cost $5 mn.", kinds="money")
assert [m.text for m in found] == ["$5 mn"], found
print(sorted(m for m in sys.modules if m.startswith("finparse.")))
"""


def test_money_alone_imports_no_other_kind() -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True)
    loaded = done.stdout
    assert "finparse.money" in loaded
    for other in ("finparse.triples", "finparse.timewindow", "finparse.timespec", "finparse.percent"):
        assert other not in loaded, (other, loaded)
