#!/usr/bin/env python3
"""Generate finparse/data/verb_forms.tsv from LemmInflect's verb data.

LemmInflect ships a table of English words and their inflections, derived
from the NIH SPECIALIST Lexicon. This script reads its verbs and keeps each
one whose forms the spelling rules of finparse/inflect.py get wrong: the
irregular verbs ("sell" sold), the longer verbs that double their last
consonant ("commit" committed), spelling variants ("benefited|benefitted")
and the verbs the prefix rule would mistake ("relay" is not re- + "lay").
finparse itself does not need LemmInflect at run time: it reads the
generated file.

Run from the repository root after upgrading LemmInflect:

    pip install lemminflect==0.2.3
    python tools/gen_verb_forms.py --as-of 2026-11-28

and commit the file it writes. The few corrections to the source are listed
in CORRECTIONS below, each with its reason.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import importlib.metadata
import io
import re
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from finparse.inflect import _by_rule, _derive  # noqa: E402  (the rules to check against)

DATA = ROOT / "finparse" / "data"
SOURCE = "lemminflect"
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
TAGS = ("VBZ", "VBD", "VBN", "VBG")  # third, past, participle, gerund

Forms = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]

# Spellings the source lacks or gets wrong: verb -> {tag: spellings to add
# (first, as the preferred spelling)}.
CORRECTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    # "enroled", "appaled", "enthraled" are no spelling in either variety
    "enrol": {"VBD": ("enrolled",), "VBN": ("enrolled",), "VBG": ("enrolling",)},
    "appal": {"VBD": ("appalled",), "VBN": ("appalled",), "VBG": ("appalling",)},
    "enthral": {"VBD": ("enthralled",), "VBN": ("enthralled",), "VBG": ("enthralling",)},
    # the source has only the rare "programed"
    "program": {"VBD": ("programmed",), "VBN": ("programmed",), "VBG": ("programming",)},
    # the past tense of these is mostly the base form itself
    "broadcast": {"VBD": ("broadcast",), "VBN": ("broadcast",)},
    "forecast": {"VBD": ("forecast",), "VBN": ("forecast",)},
    # one-syllable verbs that double, and -ic verbs that take k, like the rest
    "tar": {"VBD": ("tarred",), "VBN": ("tarred",), "VBG": ("tarring",)},
    "pal": {"VBD": ("palled",), "VBN": ("palled",), "VBG": ("palling",)},
    "mimic": {"VBD": ("mimicked",), "VBN": ("mimicked",), "VBG": ("mimicking",)},
    "torpedo": {"VBZ": ("torpedoes",)},  # the source has "torpedo" and "torpedoes" swapped
}
# Spellings the source lists that are errors, not variants: verb -> {tag: spellings}.
DROP: dict[str, dict[str, frozenset[str]]] = {
    "enrol": {"VBD": frozenset({"enroled"}), "VBN": frozenset({"enroled"}),
              "VBG": frozenset({"enroling"})},
    "appal": {"VBD": frozenset({"appaled"}), "VBN": frozenset({"appaled"}),
              "VBG": frozenset({"appaling"})},
    "enthral": {"VBD": frozenset({"enthraled"}), "VBN": frozenset({"enthraled"}),
                "VBG": frozenset({"enthraling"})},
    "tar": {"VBD": frozenset({"tared"}), "VBN": frozenset({"tared"}), "VBG": frozenset({"taring"})},
    "pal": {"VBD": frozenset({"paled"}), "VBN": frozenset({"paled"}), "VBG": frozenset({"paling"})},
    "mimic": {"VBD": frozenset({"mimiced"}), "VBN": frozenset({"mimiced"}),
              "VBG": frozenset({"mimicing"})},
    "run": {"VBN": frozenset({"ran"})},  # "has ran" is an error; "has run"
    "torpedo": {"VBD": frozenset({"torpedoes"}), "VBZ": frozenset({"torpedo"})},  # swapped
    "bestride": {"VBD": frozenset({"betrode"})},  # a typo for "bestrode"
}
# Misspellings the source lists as variants (the final consonant of a verb
# stressed on its first syllable doubled, or of one stressed on its last not).
MISSPELLINGS = frozenset({
    "controled", "controling", "occured", "occuring", "refered", "refering",
    "targetted", "targetting", "envelopped", "envelopping", "gossipped", "gossipping",
    "redevelopped", "redevelopping", "re-developped", "re-developping",
})
# Source verbs whose forms are wrong as a whole and which the rules inflect
# right without them (as prefixed verbs: "overspend" overspent, not
# "overspended"), or which are nouns only ("uptake").
NOT_VERBS = frozenset({
    "overspend", "unmake", "outspread", "trouble-shoot", "reprogram", "re-program",
    "uptake", "up-take",
})


def source_files() -> tuple[str, str]:
    """The text of LemmInflect's inflection table and of its overrides."""
    res = resources.files(SOURCE).joinpath("resources")
    table = gzip.decompress(res.joinpath("infl_lu.csv.gz").read_bytes()).decode("utf-8")
    overrides = res.joinpath("infl_overrides.csv").read_text("utf-8")
    return table, overrides


def licence() -> str:
    """The licence LemmInflect declares (its classifier and its LICENSE file)."""
    meta = importlib.metadata.metadata(SOURCE)
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    files = importlib.metadata.files(SOURCE) or []
    first = ""
    for f in files:
        if f.name.upper().startswith("LICENSE"):
            first = f.read_text("utf-8").strip().splitlines()[0]
            break
    if not classifiers or not first:
        raise SystemExit(f"{SOURCE}: no licence found; check the package before using it")
    return f"{', '.join(classifiers)}; LICENSE: {first}"


def read_verbs() -> dict[str, Forms]:
    """verb -> (third, past, participle, gerund) spellings, as the source has them."""
    table, overrides = source_files()
    verbs: dict[str, dict[str, list[str]]] = {}
    for word, pos, *columns in csv.reader(io.StringIO(table)):
        if pos != "verb":
            continue
        low = word.lower()
        if not WORD.fullmatch(low) or low in NOT_VERBS or (low != word and low in verbs):
            continue  # "O.K.", "E-mail" beside "e-mail"
        vbd, vbn, vbg, vbz = ([s for s in c.split("/") if s] for c in (columns + [""] * 4)[:4])
        verbs[low] = {"VBD": vbd, "VBN": vbn or list(vbd), "VBG": vbg, "VBZ": vbz}
    for word, tag, form in csv.reader(io.StringIO(overrides)):
        # The overrides pick the spelling LemmInflect prefers; here they only
        # add a spelling (some are not verbs or not forms: check the ending).
        entry = verbs.get(word)
        if entry is None or tag not in TAGS or (tag == "VBG") != form.endswith("ing"):
            continue
        if form not in entry[tag]:
            entry[tag].append(form)
    for word, fixes in CORRECTIONS.items():
        for tag, forms in fixes.items():
            verbs[word][tag] = [f for f in forms if f not in verbs[word][tag]] + verbs[word][tag]
    out: dict[str, Forms] = {}
    for word, entry in sorted(verbs.items()):
        cells: list[tuple[str, ...]] = []
        for tag in TAGS:
            drop = DROP.get(word, {}).get(tag, frozenset())
            base_like = word if "-" not in word else None
            spellings = [
                s.lower() for s in entry[tag]
                if WORD.fullmatch(s.lower()) and s.lower() not in drop | MISSPELLINGS
                and (base_like is None or "-" not in s)
            ]
            cells.append(tuple(dict.fromkeys(spellings)))
        if all(cells):
            out[word] = (cells[0], cells[1], cells[2], cells[3])
    return out


def same(a: Forms, b: Forms) -> bool:
    return all(set(x) == set(y) for x, y in zip(a, b, strict=True))


def kind(word: str, forms: Forms) -> str:
    """irregular, doubled, spelling (other variants) or regular (listed for the prefix rule)."""
    regular = {word + "ed", word + word[-1:] + "ed"}
    if word.endswith("e"):
        regular.add(word + "d")
    if word.endswith("y"):
        regular.add(word[:-1] + "ied")
    if word.endswith("c"):
        regular.add(word + "ked")
    if any(f not in regular for f in forms[1] + forms[2]):
        return "irregular"
    if word + word[-1:] + "ed" in forms[1] and word[-1:] not in "aeiouy":
        return "doubled"
    if same(forms, _by_rule(word)):
        return "regular"
    return "spelling"


def exceptions(verbs: dict[str, Forms]) -> dict[str, Forms]:
    """The verbs whose forms finparse's rules (with the table so far) get wrong."""
    table: dict[str, Forms] = {}
    while True:
        added = {
            word: forms for word, forms in verbs.items()
            if word not in table and not same(forms, _derive(word, table))
        }
        if not added:
            return table
        table.update(added)


def read_source(doc: str | None) -> tuple[dt.date, str, dict[str, Forms]]:
    """Parse ``--as-of`` (described by ``doc``) and read the source's verbs.

    Returns the date, the installed LemmInflect version and its verbs; the
    generators of both verb tables start this way.
    """
    ap = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    ap.add_argument("--as-of", type=dt.date.fromisoformat, required=True,
                    help="the date the source was read (recorded in the header)")
    args = ap.parse_args()
    return args.as_of, importlib.metadata.version(SOURCE), read_verbs()


def main() -> None:
    as_of, version, verbs = read_source(__doc__)
    table = exceptions(verbs)
    header = (
        f"# Generated by tools/gen_verb_forms.py from LemmInflect {version}"
        f" (as of {as_of}). Do not edit: change the generator.\n"
        f"# Source: the verbs of LemmInflect's resources/infl_lu.csv.gz and infl_overrides.csv,"
        f" PyPI package lemminflect {version} by Brad Jascob, licence: {licence()}.\n"
        "# LemmInflect says its word forms are derived from the NIH SPECIALIST Lexicon"
        " (U.S. National Library of Medicine); its data files carry no other licence.\n"
        f"# Of its {len(verbs)} verbs, the {len(table)} listed here are those whose forms"
        " the rules of finparse/inflect.py do not give; a few corrections are listed in"
        " the generator.\n"
        "# Columns (tab-separated): verb, third person, past, past participle, gerund, kind;"
        " spellings separated by |.\n"
        "# kind: irregular (a past or participle not in -ed), doubled (a longer verb"
        " doubling its last consonant),\n"
        "#   spelling (other spellings or variants), regular (listed so that the prefix"
        " rule leaves it alone).\n"
    )
    lines = [
        "\t".join([word, *("|".join(cell) for cell in forms), kind(word, forms)])
        for word, forms in sorted(table.items())
    ]
    (DATA / "verb_forms.tsv").write_text(
        header + "# verb\tthird\tpast\tparticiple\tgerund\tkind\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    kinds: dict[str, int] = {}
    for line in lines:
        kinds[line.rsplit("\t", 1)[1]] = kinds.get(line.rsplit("\t", 1)[1], 0) + 1
    print(f"{len(verbs)} verbs read, {len(table)} written: {kinds}")


if __name__ == "__main__":
    main()
