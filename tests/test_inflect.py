"""English verb inflection (finparse.inflect) and its shipped table."""

from __future__ import annotations

import dataclasses
from importlib import resources

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis_settings import property_settings

from finparse._data import rows
from finparse.inflect import VerbForms, form_lemmas, inflections, lemma_of, verb_rows

SETTINGS = property_settings(400)

# verb, third, past, participle, gerund: each cell exactly, spellings joined by "|"
EXAMPLES = [
    # regular
    ("walk", "walks", "walked", "walked", "walking"),
    ("open", "opens", "opened", "opened", "opening"),
    ("offer", "offers", "offered", "offered", "offering"),
    ("visit", "visits", "visited", "visited", "visiting"),
    ("target", "targets", "targeted", "targeted", "targeting"),
    ("budget", "budgets", "budgeted", "budgeted", "budgeting"),
    ("market", "markets", "marketed", "marketed", "marketing"),
    ("deposit", "deposits", "deposited", "deposited", "depositing"),
    ("develop", "develops", "developed", "developed", "developing"),
    ("invest", "invests", "invested", "invested", "investing"),
    ("partner", "partners", "partnered", "partnered", "partnering"),
    ("benefit", "benefits", "benefited|benefitted", "benefited|benefitted",
     "benefiting|benefitting"),
    # silent e
    ("acquire", "acquires", "acquired", "acquired", "acquiring"),
    ("lease", "leases", "leased", "leased", "leasing"),
    ("merge", "merges", "merged", "merged", "merging"),
    ("agree", "agrees", "agreed", "agreed", "agreeing"),
    ("die", "dies", "died", "died", "dying"),
    ("hoe", "hoes", "hoed", "hoed", "hoeing"),
    ("dye", "dyes", "dyed", "dyed", "dyeing"),
    ("argue", "argues", "argued", "argued", "arguing"),
    # y
    ("supply", "supplies", "supplied", "supplied", "supplying"),
    ("employ", "employs", "employed", "employed", "employing"),
    ("play", "plays", "played", "played", "playing"),
    ("diversify", "diversifies", "diversified", "diversified", "diversifying"),
    # sibilants and -o
    ("finance", "finances", "financed", "financed", "financing"),
    ("push", "pushes", "pushed", "pushed", "pushing"),
    ("fix", "fixes", "fixed", "fixed", "fixing"),
    ("mix", "mixes", "mixed", "mixed", "mixing"),
    ("buzz", "buzzes", "buzzed", "buzzed", "buzzing"),
    ("match", "matches", "matched", "matched", "matching"),
    ("veto", "vetoes", "vetoed", "vetoed", "vetoing"),
    ("quiz", "quizzes", "quizzed", "quizzed", "quizzing"),
    # -c
    ("panic", "panics", "panicked", "panicked", "panicking"),
    ("traffic", "traffics", "trafficked", "trafficked", "trafficking"),
    ("mimic", "mimics", "mimicked", "mimicked", "mimicking"),
    # doubling: one syllable
    ("snap", "snaps", "snapped", "snapped", "snapping"),
    ("stop", "stops", "stopped", "stopped", "stopping"),
    ("ship", "ships", "shipped", "shipped", "shipping"),
    ("plan", "plans", "planned", "planned", "planning"),
    ("quit", "quits", "quit|quitted", "quit|quitted", "quitting"),
    ("snow", "snows", "snowed", "snowed", "snowing"),
    ("flag", "flags", "flagged", "flagged", "flagging"),
    # doubling: longer verbs stressed on the last syllable (from the table)
    ("commit", "commits", "committed", "committed", "committing"),
    ("acquit", "acquits", "acquitted", "acquitted", "acquitting"),
    ("admit", "admits", "admitted", "admitted", "admitting"),
    ("occur", "occurs", "occurred", "occurred", "occurring"),
    ("refer", "refers", "referred", "referred", "referring"),
    ("prefer", "prefers", "preferred", "preferred", "preferring"),
    ("transfer", "transfers", "transferred", "transferred", "transferring"),
    ("control", "controls", "controlled", "controlled", "controlling"),
    ("patrol", "patrols", "patrolled", "patrolled", "patrolling"),
    ("program", "programs", "programmed|programed", "programmed|programed",
     "programming|programing"),
    # -l after one vowel: American and British
    ("travel", "travels", "traveled|travelled", "traveled|travelled", "traveling|travelling"),
    ("cancel", "cancels", "canceled|cancelled", "canceled|cancelled", "canceling|cancelling"),
    ("label", "labels", "labeled|labelled", "labeled|labelled", "labeling|labelling"),
    ("pencil", "pencils", "penciled|pencilled", "penciled|pencilled", "penciling|pencilling"),
    # irregular
    ("cut", "cuts", "cut", "cut", "cutting"),
    ("sell", "sells", "sold", "sold", "selling"),
    ("buy", "buys", "bought", "bought", "buying"),
    ("lay", "lays", "laid", "laid", "laying"),
    ("win", "wins", "won", "won", "winning"),
    ("build", "builds", "built", "built", "building"),
    ("hold", "holds", "held", "held", "holding"),
    ("lead", "leads", "led", "led", "leading"),
    ("take", "takes", "took", "taken", "taking"),
    ("spin", "spins", "spun", "spun", "spinning"),
    ("go", "goes", "went", "gone", "going"),
    ("pay", "pays", "paid|payed", "paid", "paying"),
    ("set", "sets", "set", "set", "setting"),
    ("learn", "learns", "learned|learnt", "learnt|learned", "learning"),
    ("forecast", "forecasts", "forecast|forecasted", "forecast|forecasted", "forecasting"),
    ("undercut", "undercuts", "undercut", "undercut", "undercutting"),
    ("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"),
    # a known irregular verb behind a prefix, and a verb the prefix rule must leave
    ("outbuild", "outbuilds", "outbuilt", "outbuilt", "outbuilding"),
    ("relay", "relays", "relayed|relaid", "relaid", "relaying"),
    ("overspend", "overspends", "overspent", "overspent", "overspending"),
    # a one-syllable verb behind a prefix keeps the stress and doubles
    ("reship", "reships", "reshipped", "reshipped", "reshipping"),
    ("outgun", "outguns", "outgunned", "outgunned", "outgunning"),
    ("render", "renders", "rendered", "rendered", "rendering"),
    # hyphenated: the last part inflects
    ("test-drive", "test-drives", "test-drove", "test-driven", "test-driving"),
    ("double-check", "double-checks", "double-checked", "double-checked", "double-checking"),
    # particle and multiword verbs: the first word inflects
    ("snap up", "snaps up", "snapped up", "snapped up", "snapping up"),
    ("lay off", "lays off", "laid off", "laid off", "laying off"),
    ("sell off", "sells off", "sold off", "sold off", "selling off"),
    ("set aside", "sets aside", "set aside", "set aside", "setting aside"),
    ("buy back", "buys back", "bought back", "bought back", "buying back"),
    ("take over", "takes over", "took over", "taken over", "taking over"),
    ("spin off", "spins off", "spun off", "spun off", "spinning off"),
    ("dispose of", "disposes of", "disposed of", "disposed of", "disposing of"),
    ("team up with", "teams up with", "teamed up with", "teamed up with", "teaming up with"),
    ("ship out", "ships out", "shipped out", "shipped out", "shipping out"),
    # case and whitespace
    ("Snap Up", "Snaps Up", "Snapped Up", "Snapped Up", "Snapping Up"),
    ("SELL", "SELLS", "SOLD", "SOLD", "SELLING"),
    ("Buy", "Buys", "Bought", "Bought", "Buying"),
    ("eBay", "eBays", "eBayed", "eBayed", "eBaying"),
    ("  lay \t off ", "lays off", "laid off", "laid off", "laying off"),
]


@pytest.mark.parametrize(("verb", "third", "past", "part", "ger"), EXAMPLES)
def test_examples(verb: str, third: str, past: str, part: str, ger: str) -> None:
    forms = inflections(verb)
    assert forms.base == (" ".join(verb.split()),)
    got = (forms.third, forms.past, forms.participle, forms.gerund)
    want = tuple(tuple(cell.split("|")) for cell in (third, past, part, ger))
    assert [set(cell) for cell in got] == [set(cell) for cell in want]


def test_preferred_spelling_first() -> None:
    assert inflections("travel").past[0] == "traveled"
    assert inflections("learn").past[0] == "learned"
    assert inflections("benefit").past[0] == "benefited"


def test_verb_forms_is_frozen_and_slotted() -> None:
    forms = inflections("buy")
    assert isinstance(forms, VerbForms)
    with pytest.raises(dataclasses.FrozenInstanceError):
        forms.past = ("buyed",)  # type: ignore[misc]
    assert not hasattr(forms, "__dict__")
    assert forms.forms() == ("buy", "buys", "bought", "buying")
    assert forms.row() == ("buy", "buys", "bought", "bought", "buying")


def test_empty_verb() -> None:
    assert inflections("") == VerbForms(("",), (), (), (), ())
    assert inflections(" \t").row() == ("-", "-", "-", "-", "-")
    assert form_lemmas(["", "cut"])["cut"] == "cut"


def test_covers_the_hand_written_verb_table() -> None:
    """Every form in triple_verbs.tsv is a form the rules give for its base."""
    for row in rows("triple_verbs.tsv"):
        bases = [b for b in row[1].split("|") if b]
        made = [inflections(base) for base in bases]
        cells = [set().union(*(getattr(m, name) for m in made))
                 for name in ("base", "third", "past", "participle", "gerund")]
        for got, want in zip(cells, row[1:6], strict=True):
            assert {w for w in want.split("|") if w and w != "-"} <= got, row


def test_form_lemmas() -> None:
    m = form_lemmas(["snap up", "sell", "cut"])
    assert m["snapped up"] == "snap up"
    assert m["snaps up"] == "snap up"
    assert m["sold"] == "sell"
    assert m["cutting"] == "cut"
    assert "snapped" not in m
    # a base form wins over another verb's past
    assert form_lemmas(["lie", "lay"])["lay"] == "lay"
    assert form_lemmas(["lay", "lie"])["lay"] == "lay"


def test_lemma_of() -> None:
    assert lemma_of("bought back") == "buy back"
    assert lemma_of("took over") == "take over"
    assert lemma_of("Sold") == "sell"
    assert lemma_of("committing") == "commit"
    assert lemma_of("opened") is None  # regular verbs are not in the table
    assert lemma_of("") is None
    assert lemma_of("snapping up", ["snap up", "buy"]) == "snap up"
    assert lemma_of("snapped", ["snap up"]) is None


def test_verb_rows() -> None:
    assert verb_rows({"Snap  Up": "snap up"}) == (
        ("snap up", "snap up", "snaps up", "snapped up", "snapped up", "snapping up"),
    )
    # an inflected form of the lemma brings all the lemma's forms
    assert verb_rows({"laid off": "lay off"}) == (
        ("lay off", "lay off", "lays off", "laid off", "laid off", "laying off"),
    )
    # a synonym inflects itself and maps to the lemma
    assert verb_rows({"cut": "reduce"}) == (
        ("reduce", "cut", "cuts", "cut", "cut", "cutting"),
    )
    assert verb_rows({"scoop up": "acquire"}) == (
        ("acquire", "scoop up", "scoops up", "scooped up", "scooped up", "scooping up"),
    )
    # an inflected synonym the table does not know stays as written
    assert verb_rows({"scooping up": "acquire"}) == (
        ("acquire", "-", "-", "-", "-", "scooping up"),
    )
    assert verb_rows({"scoops": "acquire"}) == (("acquire", "-", "scoops", "-", "-", "-"),)
    assert verb_rows({"": "x", "y": " "}) == ()


# -- properties ---------------------------------------------------------------------------------

CELLS = ("base", "third", "past", "participle", "gerund")


@SETTINGS
@given(st.text())
@example("")
@example(" ")
@example("y")
@example("-")
@example("a-")
@example("-e")
@example("ß")
@example("İ")
def test_never_raises_and_base_is_a_form(text: str) -> None:
    forms = inflections(text)
    assert forms.base == (" ".join(text.split()),)
    assert forms.base[0] in forms.forms()
    for name in CELLS:
        cell = getattr(forms, name)
        assert isinstance(cell, tuple)
        assert all(isinstance(f, str) for f in cell)
        assert len(set(cell)) == len(cell)
    form_lemmas([text])
    lemma_of(text)
    verb_rows({text: text, text + "s": "x"})


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)
particles = st.sampled_from(["", " up", " off", " back", " into", " out of"])


@SETTINGS
@given(words, particles)
@example("snap", " up")
@example("lay", " off")
@example("e", "")
@example("ie", "")
@example("y", "")
@example("qu", "")
def test_random_verbs_are_deterministic_and_map_back(word: str, particle: str) -> None:
    verb = word + particle
    forms = inflections(verb)
    assert forms == inflections(verb)
    for name in CELLS:
        cell = getattr(forms, name)
        assert cell, name
        # every form keeps the particle and is lower case like the verb
        assert all(f.endswith(particle) and f == f.lower() for f in cell)
    mapping = form_lemmas([verb])
    for form in forms.forms():
        assert mapping[form] == verb
        assert lemma_of(form, [verb]) == verb
    # a regular verb's forms all start with most of its letters
    if word not in _table_verbs() and "-" not in word:
        assert all(f.startswith(word[:-2]) for f in forms.forms())


# -- the shipped table --------------------------------------------------------------------------


def _table_verbs() -> frozenset[str]:
    return frozenset(row[0] for row in rows("verb_forms.tsv"))


def test_table_parses() -> None:
    table = rows("verb_forms.tsv")
    assert len(table) > 300
    kinds = {"irregular", "doubled", "spelling", "regular"}
    seen = set()
    for row in table:
        assert len(row) == 6, row
        verb, *cells, kind = row
        assert verb == verb.lower() and verb not in seen
        seen.add(verb)
        assert kind in kinds
        for cell in cells:
            spellings = cell.split("|")
            assert all(s and s == s.strip() and " " not in s for s in spellings), row
            assert len(set(spellings)) == len(spellings), row
    assert [r[0] for r in table] == sorted(r[0] for r in table)
    # the table's forms are what inflections() gives for its verbs
    for verb, third, past, part, ger, _ in table[::7]:
        forms = inflections(verb)
        assert forms.row()[1:] == (third, past, part, ger)


def test_table_header_names_source_and_licence() -> None:
    text = resources.files("finparse").joinpath("data", "verb_forms.tsv").read_text("utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    joined = "\n".join(header)
    assert header[0].startswith("# Generated by tools/gen_verb_forms.py from LemmInflect ")
    assert "(as of 20" in header[0]
    assert "licence: MIT License" in joined
    assert "SPECIALIST Lexicon" in joined
    assert "lemminflect 0.2.3" in joined
