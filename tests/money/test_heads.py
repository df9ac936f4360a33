"""How a unit reader's word tries can start (finparse.money._heads): read
once per distinct pair of first characters, it gives what reading every form
gives."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from finparse.currencies import default_unit_table
from finparse.money import _ascii_cases, _heads, _spacy


def every_form(forms: Iterable[str], casefold: bool) -> tuple[frozenset[str], frozenset[str]] | None:
    """The reading of every form, one by one (what _heads shortens)."""
    pairs: set[str] = set()
    alone: set[str] = set()
    for form in forms:
        if not form or _spacy(form[0]):
            return None
        firsts = _ascii_cases(form[0], casefold)
        if len(form) == 1 or _spacy(form[1]):
            alone |= firsts
        else:
            pairs.update(a + b for a in firsts for b in _ascii_cases(form[1], casefold))
    return frozenset(pairs), frozenset(alone)


INVENTED = [
    [], ["$"], ["US$", "U.S. dollar", "usd", "Usd", "A$", "a", "€", "\u017fol", "\u212aron", "kr", "kr."],
    ["dollar", "dollars", "do", "d", "d ", "D\u00a0x", "\u00e9cu", "\u00c9cu", "e\u0301cu"],
    ["euro", " euro"], ["", "euro"], ["yen", "\u3000yen"], ["rand", "r\u2009and", "r and"],
]


@pytest.mark.parametrize("casefold", [False, True])
@pytest.mark.parametrize("forms", INVENTED)
def test_heads_equals_reading_every_form_on_invented_forms(forms: list[str], casefold: bool) -> None:
    assert _heads(forms, casefold) == every_form(forms, casefold)
    assert _heads(iter(forms), casefold) == every_form(forms, casefold)  # (any iterable)


def test_heads_equals_reading_every_form_on_the_shipped_tables() -> None:
    # the forms of the unit table (symbols, codes, names), as the unit readers hold them
    tables = [default_unit_table(), default_unit_table({"Bs.F": "VEF"}, {"$": "CAD", "kr": None})]
    for table in tables:
        for forms in (table.prefix_cs, table.prefix_ci, table.suffix_cs, table.suffix_ci,
                      table.words, table.after_symbol):
            assert forms
            for casefold in (False, True):
                assert _heads(forms, casefold) == every_form(forms, casefold)
