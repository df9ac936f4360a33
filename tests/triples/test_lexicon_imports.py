"""The triple lexicon reads the user's verbs through finparse.inflect, and
imports it only when there are some: a first call with the default options
does not pay for importing it."""

from __future__ import annotations

import subprocess
import sys

from finparse import Extractor
from finparse.triples import _lexicon, _user_verb_rows

PROBE = r"""
import sys
import finparse
finparse.extract("Acme Corp. bought Beta Inc. for $5 million on Monday.", ref_date="2025-09-27")
print("finparse.inflect" in sys.modules)
"""


def test_a_first_call_with_default_options_does_not_import_inflect() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          check=True, timeout=300)
    assert done.stdout.split() == ["False"]


def test_user_verbs_are_read_through_inflect() -> None:
    from finparse.inflect import verb_rows

    extra = (("snapped up", "buy"), ("spin off", "spin off"))
    assert _user_verb_rows(extra) == verb_rows(dict(extra))
    assert _user_verb_rows(()) == () == verb_rows({})
    lexicon = _lexicon(extra)
    assert lexicon.particle[("snapped", "up")].lemma == "buy"
    found = Extractor(kinds="triple", extra_verbs={"snapped up": "buy"}).extract(
        "Acme Corp. snapped up Beta Inc. on Monday.")
    assert [m.to_dict()["action"] for m in found] == ["buy"]
