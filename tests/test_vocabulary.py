"""The shared vocabulary (issue 16): each word list read once, from its table.

Examples of every public function of :mod:`finparse.vocabulary`, the kinds
that read them, and a check that no other module reads the vocabulary's
tables or writes a number word list of its own.
"""

from __future__ import annotations

import ast
from decimal import Decimal
from pathlib import Path

import pytest
import regex
from sources import nodes

from finparse import numbers
from finparse.vocabulary import (
    UNIT_CLASSES,
    VULGAR_FRACTIONS,
    fractions,
    number_words,
    percent_forms,
    qualifiers,
    scale_words,
    spellings,
    unit_pattern,
    unit_words,
    word_scales,
)

PACKAGE = Path(__file__).resolve().parent.parent / "finparse"

#: The tables only finparse.vocabulary reads.
TABLES = (
    "number_words.tsv",
    "fractions.tsv",
    "unit_words.tsv",
    "scales.tsv",
    "percent_units.tsv",
    "qualifiers.tsv",
)


# -- examples ------------------------------------------------------------------------------


def test_number_words() -> None:
    words = number_words()
    assert words["zero"] == 0 and words["nineteen"] == 19 and words["ninety"] == 90
    assert words["forty"] == words["fourty"] == 40
    assert len(set(words.values())) == 28  # 0-19 and the tens
    with pytest.raises(TypeError):
        words["eleventy"] = 110  # type: ignore[index]


def test_spellings_are_the_first_spelling() -> None:
    assert spellings()[40] == "forty"
    assert sorted(spellings()) == sorted(set(number_words().values()))
    assert all(number_words()[word] == value for value, word in spellings().items())


def test_scale_words() -> None:
    assert scale_words()["thousand"] == (1000, False)
    assert scale_words()["Cr"] == (10_000_000, True)
    assert numbers.scale_words is scale_words  # documented there too


def test_word_scales() -> None:
    scales = word_scales()
    assert scales["billion"] == 10**9 and scales["crore"] == 10**7
    assert "bn" not in scales and "lakh crore" not in scales
    assert list(scales)[:2] == ["thousand", "thousands"]


def test_fractions() -> None:
    words = fractions()
    assert words["a quarter"] == Decimal("0.25") and words["two thirds"] == Decimal("0.6666666667")
    assert words["half a"] == Decimal("0.5") and words["a full"] == 1
    assert fractions("slash") == {"1/2": Decimal("0.5"), "1/4": Decimal("0.25"), "3/4": Decimal("0.75")}
    with pytest.raises(ValueError, match="sign"):
        fractions("sign")


def test_vulgar_fractions() -> None:
    assert VULGAR_FRACTIONS["\u215b"] == Decimal("0.125")
    assert sum(1 for v in VULGAR_FRACTIONS.values() if v * 64 % 1 == 0) == 7  # all but thirds


def test_qualifiers() -> None:
    assert qualifiers()["roughly"] == "approximate"
    assert qualifiers()["up to"] == "max"


def test_percent_forms() -> None:
    forms = {f.form: f for f in percent_forms()}
    assert forms["pc"].case == "cs" and forms["pct"].case == "ci"
    assert forms["bps"].unit == "basis_point"
    assert {f.unit for f in percent_forms()} == {"percent", "percentage_point", "basis_point"}


def test_unit_words_by_class() -> None:
    assert "shares" in unit_words("count") and "inches" in unit_words("measure")
    assert "share" in unit_words("part") and "share" not in unit_words("count")
    assert unit_words("rate") == ("per",)
    assert "percentage points" not in unit_words("percent")  # only the percent unit
    assert "mln" in unit_words("scale") and "m" in unit_words("scale")
    assert "m" not in unit_words("scale-word")
    for cls in UNIT_CLASSES:
        assert unit_words(cls), cls
    with pytest.raises(ValueError, match="no unit class"):
        unit_words("weight")


@pytest.mark.parametrize(
    ("classes", "text", "found"),
    [
        (("percent",), "up 5 PCT, 6 per  cent, 7pc, 8 PC, 9 percentage", ["PCT", "per  cent", "pc"]),
        (("scale",), "5 bln, 6mn, 7 B/. 8 Cr, 9 cr", ["bln", "mn", "Cr", "cr"]),
        (("scale-word",), "5 bln, 6mn, 7 b, 8m", ["bln", "mn"]),
        (("count", "measure"), "12 shares, 3 inches, 4 sharesheet, 5 Tonnes, 1 share", ["shares", "inches", "Tonnes"]),
        (("part",), "1/3 share, 3/4 Point, 1/2 inch, 9 shares", ["share", "Point", "inch"]),
        (("currency", "rate"), "40 per share, 5 dlrs, 6 dollarsign", ["per", "dlrs"]),
    ],
)
def test_unit_pattern(classes: tuple[str, ...], text: str, found: list[str]) -> None:
    assert [m.group() for m in regex.finditer(unit_pattern(*classes), text)] == found


def test_unit_pattern_needs_a_known_class() -> None:
    with pytest.raises(ValueError):
        unit_pattern()
    with pytest.raises(ValueError, match="no unit class"):
        unit_pattern("percent", "weight")


# -- the kinds read the vocabulary -----------------------------------------------------------


def test_number_words_read_by_numbers() -> None:
    for word, value in number_words().items():
        assert numbers.read_words(word) == value
    assert numbers.read_words("thirteen point zero five") == Decimal("13.05")


def test_the_percent_fraction_pattern_reads_every_fraction_word() -> None:
    # percent's scanning pattern writes the fraction words compactly; every
    # fraction of the table must still be read, with its value
    from finparse.percent import percentage

    for form, value in fractions().items():
        text = f"{form} percentage point"
        found = percentage.parse(text)
        assert found.value == value, form


def test_time_counts_read_halves_and_quarters() -> None:
    from finparse._timewords import read_count

    assert read_count("3/4") == Decimal("0.75")
    assert read_count("\u00bd") == Decimal("0.5")
    assert read_count("2 1/4") == Decimal("2.25")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("output rose March 10 pct", "10"),  # no day before a percent unit
        ("it sold 5/12 shares", "5/12"),  # no month and day before a counted noun
        ("bought the 1990 shares", "1990"),  # no year
        ("a 1/3 share in the field", "1/3"),  # a fraction of a share
    ],
)
def test_no_date_before_a_unit_of_another_kind(text: str, number: str) -> None:
    import finparse

    found = finparse.extract(text, ref_date="2020-06-15", kinds=("time",))
    assert not [m for m in found if number in m.text]


def test_a_singular_noun_after_a_year_is_a_heading() -> None:
    import finparse

    found = finparse.extract("Year to March 31, 1987 Share 106 rupees", ref_date="2020-06-15", kinds=("time",))
    assert [m.text for m in found] == ["Year to March 31, 1987"]


def test_no_cents_before_a_rate() -> None:
    import finparse

    (money,) = finparse.extract("paid $12 40 per share", kinds=("money",))
    assert money.amount == 12  # type: ignore[attr-defined]


# -- one reader ----------------------------------------------------------------------------


def _table_reads(path: Path) -> list[tuple[str, int]]:
    """The vocabulary tables a module names in a call (``rows("scales.tsv")``)."""
    found = []
    for node in nodes(path):
        if isinstance(node, ast.Call):
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                if isinstance(arg, ast.Constant) and arg.value in TABLES:
                    found.append((arg.value, node.lineno))
    return found


def test_only_the_vocabulary_reads_its_tables() -> None:
    reads = {
        f"{path.name} line {line}: {table}"
        for path in sorted(PACKAGE.glob("*.py"))
        if path.name != "vocabulary.py"
        for table, line in _table_reads(path)
    }
    assert not reads, "tables of finparse.vocabulary read elsewhere:\n" + "\n".join(sorted(reads))
    assert {table for table, _ in _table_reads(PACKAGE / "vocabulary.py")} == set(TABLES)


def test_the_check_sees_a_read(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('x = rows("scales.tsv")\ny = word_class(name="unit_words.tsv", cls="a")\n')
    assert _table_reads(sample) == [("scales.tsv", 1), ("unit_words.tsv", 2)]


def _strings(path: Path) -> list[str]:
    return [n.value for n in nodes(path) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def test_no_module_writes_number_words_of_its_own() -> None:
    # "seventeen" and "eighty" are no word of any grammar but the numbers'
    spelled = regex.compile(r"(?i:\b(?:seventeen|eighty)\b)")
    found = [
        path.name
        for path in sorted(PACKAGE.glob("*.py"))
        if path.name != "vocabulary.py" and any(spelled.search(s) for s in _strings(path))
    ]
    assert not found


def test_importing_reads_no_table() -> None:
    import subprocess
    import sys

    code = "import finparse.vocabulary, finparse._data as d; print(d.rows.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
