"""Entity-action triples: who did what to what.

A :class:`Triple` is an actor (the subject), an action (a verb's lemma) and what
the action applies to (the object), read from one clause, with the money,
percent and time mentions of that clause as arguments:

>>> from finparse.triples import extract_triples
>>> t = extract_triples("Cathie Wood's ARK Invest purchased Alibaba shares in 2025.")[0]
>>> t.subject, t.action, t.object
('ARK Invest', 'purchase', 'Alibaba shares')
>>> [e.text for e in t.subject_entity.related]
['Cathie Wood']

The rules, in short (``docs/triples.md`` has the conventions):

* an action is a verb used as a verb (the listed actions of
  ``data/triple_verbs.tsv``, or any verb of ``data/verb_lexicon.tsv`` that
  ``data/triple_not_actions.tsv`` and the rules do not rule out): after its
  subject, after an auxiliary or a modal ("will launch", "has cut", "plans to
  increase": the action is "increase", the modality "plan"), in the passive
  with its agent ("was acquired by X": X is the subject), or as a participle
  that shares the subject of its sentence ("..., reporting a 26% revenue
  increase");
* the subject is a name (an organisation, a person, a place), a group of
  actors ("Chinese investors", "the central bank"), or a word that refers
  back ("it", "the company"), resolved within the document;
* the object is the noun phrase the verb governs, cleaned of determiners,
  possessive pronouns and quantities ("approximately $16.3 million worth of
  Alibaba shares" gives "Alibaba shares");
* a measure that merely moves ("sales rose 5%") has no actor and no object:
  no triple; nor has a speech verb ("said", "told") or a question.

>>> import finparse
>>> text = "Tasman Savings Bank said it will increase its mortgage rate by 0.75 percentage point."
>>> t = extract_triples(text, finparse.extract(text, kinds=["money", "percent"]))[0]
>>> t.subject, t.action, t.object, t.modality, t.percent.text
('Tasman Savings Bank', 'increase', 'mortgage rate', 'will', '0.75 percentage point')
>>> extract_triples("Sales rose 5% and the company said nothing. Should investors sell?")
[]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, NamedTuple

import regex

from finparse._data import rows, word_class
from finparse._exact import exact
from finparse._validate import check_extra_entities, check_mapping, check_timeout
from finparse.core import LazyPattern, check_text, trie_pattern
from finparse.entities import (
    Chunk,
    Entity,
    Unfolded,
    chunk_sentence,
    chunk_span,
    chunks_without_mentions,
    is_head,
    known_names_pattern,
    normalise_extra_entities,
    nouns,
    participle_before_verb,
    plural_noun_before_verb,
    prepare_entities,
)
from finparse.model import KindOptions, Located, Money, Percent
from finparse.sentences import Deadline, prepare_sentences, sentence_spans, suffixes

__all__ = ["Entity", "Triple", "TripleOptions", "extract_triples", "triples_of"]


@dataclass(frozen=True, slots=True)
class Triple:
    """Who did what to what, as one clause states it.

    Attributes:
        text: the clause as written (``source[start:end] == text``).
        start: offset of the first character of the clause.
        end: offset just after its last character.
        subject: the actor's name; for "it" or "the company", the name it
            refers to, or the words as written where nothing fits.
        action: the lemma of the verb, lower case ("purchase", "enter into").
        object: what the action applies to, without determiners, possessive
            pronouns or quantities ("Alibaba shares").
        subject_entity: the actor as an :class:`~finparse.entities.Entity`
            (with ``refers_to`` for a pronoun, ``related`` for a possessor).
        object_entity: the name inside the object, if any.
        modality: the mood of the action: "will", "may", "plan", "agree"...,
            or ``None`` for a plain statement.
        negated: the clause denies the action ("did not sell").
        amount: the money mention of the clause, if any.
        percent: the percent mention of the clause, if any.
        time: the time mention of the clause, if any.
    """

    kind: ClassVar[str] = "triple"

    text: str
    start: int
    end: int
    subject: str
    action: str
    object: str
    subject_entity: Entity | None = None
    object_entity: Entity | None = None
    modality: str | None = None
    negated: bool = False
    amount: Money | None = None
    percent: Percent | None = None
    time: Located | None = None

    def to_dict(self) -> dict[str, Any]:
        """The triple in the gold format (arguments as their texts).

        ``negated`` and ``modality`` tell "did not sell" and "plans to
        sell" from "sold".

        >>> extract_triples("Nokia bought Vacon.")[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
        {'kind': 'triple', 'text': 'Nokia bought Vacon', 'start': 0, 'end': 18,
         'subject': 'Nokia', 'action': 'buy', 'object': 'Vacon',
         'amount': None, 'percent': None, 'time': None, 'negated': False, 'modality': None}
        >>> extract_triples("Nokia did not buy Vacon.")[0].to_dict()["negated"]
        True
        """
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "subject": self.subject,
            "action": self.action,
            "object": self.object,
            "amount": None if self.amount is None else self.amount.text,
            "percent": None if self.percent is None else self.percent.text,
            "time": None if self.time is None else self.time.text,
            "negated": self.negated,
            "modality": self.modality,
        }


# -- tables --------------------------------------------------------------------------------

_TENSES = ("base", "third", "past", "part", "ger")
_TENSE_BITS = tuple(1 << i for i in range(len(_TENSES)))
_TENSE_MASK = (1 << len(_TENSES)) - 1
_NOUN_BIT = 1 << len(_TENSES)


class _Verb(NamedTuple):
    lemma: str
    tenses: frozenset[str]
    preps: tuple[str, ...]
    #: from the open lexicon (verb_lexicon.tsv), not a listed action: read with
    #: more care ("move" verbs, forms that are also nouns)
    open: bool = False
    #: the form is also a noun ("plans", "shares", "prices")
    noun: bool = False


#: no verb (a default for look-ups)
_NO_VERB = _Verb("", frozenset(), ())

class _Lexicon(NamedTuple):
    single: Mapping[str, _Verb]
    particle: Mapping[tuple[str, str], _Verb]
    nominal: Mapping[str, str]
    #: every word a verb or a nominal may start with: the candidate scan is a set lookup
    words: frozenset[str]
    #: the open lexicon: any English verb that is not ruled out (triple_not_actions.tsv)
    open: _OpenVerbs
    #: the first words of the keys of ``particle``: a word not in it opens no
    #: phrasal verb, read without making the pair to look up
    particle_firsts: frozenset[str]

    def verb_of(self, word: str) -> _Verb | None:
        """The listed verb of the single word ``word``, else its open verb."""
        return self.single.get(word) or self.open.made.get(word) or self.open.get(word)

    def tenses(self, word: str) -> frozenset[str]:
        """The tenses of ``word``, its open verb's first, else its listed
        verb's (none if it is no verb)."""
        return (self.open.get(word) or self.single.get(word) or _NO_VERB).tenses


def _user_verb_rows(extra: tuple[tuple[str, str], ...]) -> tuple[tuple[str, ...], ...]:
    """The rows of the user's verbs (finparse.inflect, imported only when
    there are some: the default options need none of it)."""
    if not extra:
        return ()
    from finparse.inflect import verb_rows

    return verb_rows(dict(extra))


@functools.lru_cache(maxsize=32)  # keyed by the caller's extra_verbs: bounded
def _lexicon(extra: tuple[tuple[str, str], ...] = ()) -> _Lexicon:
    single: dict[str, tuple[str, set[str], tuple[str, ...]]] = {}
    particle: dict[tuple[str, str], tuple[str, set[str], tuple[str, ...]]] = {}

    def add(form: str, lemma: str, tense: str, preps: tuple[str, ...]) -> None:
        words = form.lower().split()
        if not words:
            return
        if len(words) == 1:
            entry = single.setdefault(words[0], (lemma, set(), preps))
        else:
            entry = particle.setdefault((words[0], " ".join(words[1:])), (lemma, set(), preps))
        entry[1].add(tense)

    # User verbs inflect like English ones (finparse.inflect): "snap up"
    # also gives "snapped up", "snapping up"; "cut" gives "cuts", "cutting".
    for row in (*rows("triple_verbs.tsv"), *_user_verb_rows(extra)):
        lemma = row[0]
        preps = tuple(p for p in row[6].split("|") if p and p != "-") if len(row) > 6 else ()
        for tense, cell in zip(_TENSES, row[1:6], strict=False):
            for form in cell.split("|"):
                if form and form != "-":
                    add(form, lemma, tense, preps)
    nominal = {row[0]: row[1] for row in rows("triple_nominals.tsv")}
    if extra:
        # the user's words are checked as a pattern of them would be, so that
        # an option that cannot be built (words nested too deep) fails on the
        # first call, naming the option; the scan itself is a set lookup
        regex.compile(trie_pattern(sorted({w for form, _ in extra for w in form.split()})))
    open_verbs = _open_verbs()
    # one set made of the many forms (no copies of it)
    words = frozenset(itertools.chain(open_verbs, single, [first for first, _ in particle], nominal))
    return _Lexicon(
        {k: _Verb(v[0], frozenset(v[1]), v[2]) for k, v in single.items()},
        {k: _Verb(v[0], frozenset(v[1]), v[2]) for k, v in particle.items()},
        nominal,
        words,
        open_verbs,
        frozenset(first for first, _ in particle),
    )


@functools.cache
def _not_actions() -> Mapping[str, frozenset[str]]:
    """lemma -> its classes in triple_not_actions.tsv ("move", "state"...)."""
    table: dict[str, set[str]] = {}
    for row in rows("triple_not_actions.tsv"):
        table.setdefault(row[0], set()).add(row[1])
    return {k: frozenset(v) for k, v in table.items()}


#: classes of triple_not_actions.tsv whose verbs are never actions
_NEVER = frozenset(("copula", "state", "opinion", "prepish"))


@functools.cache
def _idioms() -> frozenset[tuple[str, str]]:
    """(verb lemma, object head) pairs that state no act (triple_idioms.tsv:
    "took place", "made sense", "paid attention")."""
    return frozenset((row[0], row[1]) for row in rows("triple_idioms.tsv"))


#: the sets of tenses of the open verbs, by bits (1 << index in _TENSES): a
#: few sets, shared, not one set for each of the many forms
_TENSE_SETS = tuple(
    frozenset(t for i, t in enumerate(_TENSES) if bits >> i & 1) for bits in range(_NOUN_BIT)
)


class _OpenVerbs(Mapping[str, _Verb]):
    """The open verbs: form -> its :class:`_Verb`, each made on its first look-up.

    The table is built once a process, and most of its many forms are never
    read: it holds each form's lemma (strings only, one pass over
    verb_lexicon.tsv) and reads a form's tenses from the lemma's rows when
    the form is first looked up, keeping the verb made.
    """

    __slots__ = ("_lemmas", "_rows", "made")

    def __init__(self, lemmas: dict[str, str], lemma_rows: Mapping[str, _LemmaRows]) -> None:
        self._lemmas = lemmas
        self._rows = lemma_rows
        #: the verbs made so far, by form: the scan reads a form made before
        #: with a plain dict look-up (``made.get(form) or get(form)``)
        self.made: dict[str, _Verb] = {}

    def _make(self, form: str) -> _Verb:
        lemma = self._lemmas[form]
        # the tenses of the form, as bits, with _NOUN_BIT if the form is
        # also a noun (said by the first row of the lemma that has the form)
        code = -1
        found = self._rows[lemma]
        for row in (found,) if isinstance(found, tuple) else found:
            for bit, cell in zip(_TENSE_BITS, (lemma, *row[1:5]), strict=False):
                if form in cell.split("|"):
                    if code < 0:
                        code = _NOUN_BIT if len(row) > 5 and form in row[5].split("|") else 0
                    code |= bit
        verb = self.made[form] = _Verb(lemma, _TENSE_SETS[code & _TENSE_MASK], (), True, code >= _NOUN_BIT)
        return verb

    def __getitem__(self, form: str) -> _Verb:
        return self.made.get(form) or self._make(form)

    def get(self, form: str, default: Any = None) -> Any:  # a look-up of the scan: no exception raised
        verb = self.made.get(form)
        if verb is not None:
            return verb
        return self._make(form) if form in self._lemmas else default

    def __contains__(self, form: object) -> bool:
        return form in self._lemmas

    def __iter__(self) -> Iterator[str]:
        return iter(self._lemmas)

    def __len__(self) -> int:
        return len(self._lemmas)


#: A lemma's row of verb_lexicon.tsv, or its rows where the table repeats the lemma.
_LemmaRows = tuple[str, ...] | list[tuple[str, ...]]


@functools.cache
def _open_verbs() -> _OpenVerbs:
    """Every form of every verb of verb_lexicon.tsv that may be an action.

    Left out: the listed actions (triple_verbs.tsv reads them), speech verbs,
    auxiliaries, closed-class words ("can", "will", "near"),
    nouns that name actors ("bank", "group") and the verbs that
    triple_not_actions.tsv says are never actions; a "move" verb stays, with
    its class (see :meth:`_Sentence.verb`).
    """
    listed = {row[0] for row in rows("triple_verbs.tsv")} | {
        row[1] for row in rows("triple_verbs.tsv")
    }
    speech = {row[1] for row in rows("triple_speech.tsv")} | _speech()
    # auxiliaries are no verbs of their own; a control verb is one with an
    # object ("moved the tokens", "authorized the purchase"), and before
    # "to" it is a modality (see _Sentence.verb)
    aux = {form for form, (_, kind) in _modals().items() if kind == "aux"}
    taken = aux | set(_words()) | set(nouns()) | speech
    skip = {lemma for lemma, cls in _not_actions().items() if cls & _NEVER}
    table = rows("verb_lexicon.tsv")
    # a form of a verb left out is no candidate for another verb either:
    # "found" is "find" before it is "found"
    for row in table:
        if row[0] in skip or row[0] in speech:
            for cell in row[1:5]:
                taken.update(cell.split("|"))
    left_out = listed | speech | skip | aux
    kept = [row for row in table if row[0] not in left_out]
    # form -> its lemma: the first verb that has a form keeps it. Strings
    # only: the many forms make no objects for the garbage collector to
    # read while the table is built.
    lemmas: dict[str, str] = {}
    first = lemmas.setdefault
    for row in kept:
        lemma = row[0]
        for form in "|".join(row[:5]).split("|"):
            first(form, lemma)
    for form in taken.intersection(lemmas):
        del lemmas[form]
    lemmas.pop("", None)
    # lemma -> its row, or its rows where the table repeats it (thousands of
    # one-row lists would be objects for the garbage collector to read)
    lemma_rows: dict[str, _LemmaRows] = {}
    for row in kept:
        had = lemma_rows.setdefault(row[0], row)
        if had is not row:
            lemma_rows[row[0]] = [*had, row] if isinstance(had, list) else [had, row]
    return _OpenVerbs(lemmas, lemma_rows)


# A word as the candidate scan reads it: letters, not glued to a letter, a
# digit, a hyphen or an apostrophe before it, nor to a hyphen and a letter
# after it ("buy-back", "re-established"). Possessive quantifiers: no
# backtracking, one pass over the text.
_CANDIDATE = regex.compile(r"(?<![\p{L}\p{N}\-'\u2019])\p{L}++(?:-\p{L}++)*+")


@functools.cache
def _ascii_candidate() -> re.Pattern[str]:
    r""":data:`_CANDIDATE` for ASCII text, in the standard ``re`` (which scans
    such text faster): on ASCII, ``\p{L}`` is ``A-Za-z`` and ``\p{N}`` is
    ``0-9``, so the two find the same words (tests/triples/test_sentences.py
    compares them). No possessive quantifiers (Python 3.10's ``re`` has none):
    a match never fails once it has a letter, so it never backtracks."""
    return re.compile(r"(?<![A-Za-z0-9\-'])[A-Za-z]+(?:-[A-Za-z]+)*")


def _candidate_words(
    text: str, a: int, b: int, timeout: float | None
) -> Iterator[regex.Match[str]] | Iterator[re.Match[str]]:
    """The words of :data:`_CANDIDATE` in ``text[a:b]``: with the standard
    ``re`` where that text (and the character before it, which the
    look-behind reads) is ASCII and no ``timeout`` bounds the scan (``re``
    has none)."""
    if timeout is None and (text.isascii() or text[max(a - 1, 0):b].isascii()):
        return _ascii_candidate().finditer(text, a, b)
    return _CANDIDATE.finditer(text, a, b, timeout=timeout, concurrent=False)  # None: no bound; GIL kept


_GROUP = frozenset(("group",))


class _Forms(NamedTuple):
    """Word forms of every verb of the lexicon (verb_lexicon.tsv)."""

    bases: frozenset[str]
    thirds: frozenset[str]
    pasts: frozenset[str]
    #: the base and third-person forms that are also nouns
    nouns: frozenset[str]
    #: past participles that are no past form ("shown", "taken")
    parts: frozenset[str]


#: the cells of verb_lexicon.tsv that hold no form
_NO_FORM = frozenset(("", "-"))


@functools.cache
def _verb_forms() -> _Forms:
    """The forms of every verb of the lexicon, read from the table once."""
    table = rows("verb_lexicon.tsv")

    def column(i: int) -> frozenset[str]:
        # the column as one string, split once: no loop over the forms
        return frozenset("|".join([row[i] for row in table if len(row) > i]).split("|")) - _NO_FORM

    pasts = column(2)
    return _Forms(column(0), column(1), pasts, column(5), column(3) - pasts)


def _modifies_people(c: Chunk) -> bool:
    """May ``c`` stand before a noun of people as its modifier: a name, or a
    word that is no function word, adverb, time word, verb form (a form that
    is also a noun is one: "corn growers") or plural of time ("in recent
    weeks farmers sold", "how farmers", "showed reporters", "has shown
    exporters")?"""
    if c.tag == "ENT":
        return True
    if c.tag != "W" or _cls(c) & _FUNCTION_TIME_WH_ADV:
        return False
    if not c.text.islower():
        return True
    forms = _verb_forms()
    low = c.low
    verb = (low in forms.bases or low in forms.thirds) and low not in forms.nouns
    return not (verb or low in forms.pasts or low in forms.parts or _heads().get(low) == "period")


@functools.cache
def _things() -> tuple[str, ...]:
    """Plurals that name machines or vessels (class ``thing`` of triple_heads.tsv)."""
    return tuple(word for word, cls in _heads().items() if cls == "thing")


@functools.lru_cache(maxsize=4096)
def _thing(word: str) -> bool:
    """Does ``word`` name machines or vessels ("computers", "supertankers"),
    not a group of actors?"""
    return word.endswith(_things())


@functools.lru_cache(maxsize=4096)
def _plural_of_firm(word: str) -> bool:
    """Is ``word`` the plural of a noun that refers back to a firm
    (``coref`` in entity_nouns.tsv: "companies", "carriers", "airlines"),
    and no verb form ("firms", "concerns", "groups" are verbs too)? Such a
    plural names a group of actors."""
    if not word.endswith("s") or word.endswith("ss") or word in _verb_forms().thirds:
        return False
    single = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return "coref" in nouns().get(single, ())


_COMPOUND_ADJECTIVE = LazyPattern(r"\d[\d.,]*+(?:-\p{Ll}++)++")


def _compound_adjective(c: Chunk) -> bool:
    """Is ``c`` a number joined to words, an adjective ("22-month-old",
    "300-strong"), not an amount?"""
    return c.tag == "QTY" and c.mention is None and _COMPOUND_ADJECTIVE.fullmatch(c.text) is not None


@functools.lru_cache(maxsize=4096)
def _agentive(word: str) -> bool:
    """Is ``word`` a plural noun of people or firms made from a verb: "-ers"
    or "-ors" after a verb of the lexicon ("exporters", "negotiators",
    "policymakers", "ratesetters"), and itself no verb form ("orders",
    "offers", "centers" are verbs too, so things rather than actors)?"""
    bases, thirds = _verb_forms().bases, _verb_forms().thirds
    if not word.endswith(("ers", "ors")) or word in thirds or word[:-1] in bases:
        return False
    for i in range(0, len(word) - 4):
        part = word[i:]
        if i and part[:-1] in bases:
            return False  # the tail is a verb form of its own
        stem = part[:-3]  # "export" of "exporters", "negotiat" of "negotiators"
        if len(stem) >= 2 and (
            stem in bases or stem + "e" in bases
            or (len(stem) >= 3 and stem[-1] == stem[-2] and stem[:-1] in bases)
        ):
            return True
    return False


@functools.cache
def _speech() -> frozenset[str]:
    return frozenset(row[0] for row in rows("triple_speech.tsv"))


@functools.cache
def _naming() -> frozenset[str]:
    """Participles that name what they follow ("called", "rated"): triple_naming.tsv."""
    return frozenset(row[0] for row in rows("triple_naming.tsv"))


@functools.cache
def _ing_nouns() -> frozenset[str]:
    """Words in "-ing" that are nouns ("offering", "holding"), not participles."""
    return frozenset(row[0] for row in rows("triple_ing_nouns.tsv"))


@functools.cache
def _modals() -> Mapping[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in rows("triple_modals.tsv")}


#: no modal (a default for look-ups)
_NO_MODAL = ("", "")


def _modal_kind(low: str) -> str:
    """The kind of the modal ``low`` ("aux", "control"; "" if none)."""
    return _modals().get(low, _NO_MODAL)[1]


@functools.cache
def _words() -> Mapping[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for row in rows("triple_words.tsv"):
        table.setdefault(row[0], set()).add(row[1])
    return {k: frozenset(v) for k, v in table.items()}


_NONE: frozenset[str] = frozenset()
#: classes of a word before a verb that make a verb group (see _Sentence.group)
_GROUP_CLASSES = frozenset(("adv", "neg", "be", "have", "do", "time"))
_FUNCTION = frozenset(("det", "poss", "subj", "obj", "prep", "conj", "wh", "be", "have", "do", "neg"))
#: the sets of classes and tenses that the rules intersect with (made once,
#: not a set literal built at each test)
_FUNCTION_TIME_WH_ADV = _FUNCTION | frozenset(("time", "wh", "adv"))
_PAST_THIRD = frozenset(("past", "third"))
_PREP_CONJ_WH = frozenset(("prep", "conj", "wh"))
_BE_HAVE_DO = frozenset(("be", "have", "do"))
_DET_POSS = frozenset(("det", "poss"))
_TIME_STOP = frozenset(("time", "stop"))
_PAST_PART_GER = frozenset(("past", "part", "ger"))
_BASE = frozenset(("base",))
_THIRD = frozenset(("third",))
_PAST_PART = frozenset(("past", "part"))
_DET_WH = frozenset(("det", "wh"))
_FUNCTION_QTY_STOP_TIME = _FUNCTION | frozenset(("qty", "stop", "time"))
_DET_POSS_QMOD = frozenset(("det", "poss", "qmod"))
_FUNCTION_STOP_TIME = _FUNCTION | frozenset(("stop", "time"))
_PREP_DET_POSS_CONJ = frozenset(("prep", "det", "poss", "conj"))
_DET_POSS_OBJ_SUBJ_WH = frozenset(("det", "poss", "obj", "subj", "wh"))
_FUNCTION_STOP_TIME_QMOD = _FUNCTION | frozenset(("stop", "time", "qmod"))
_DET_POSS_NUM = frozenset(("det", "poss", "num"))
_WH_CONJ_SUBJ = frozenset(("wh", "conj", "subj"))
_PAST_THIRD_BASE = frozenset(("past", "third", "base"))
_DET_POSS_PREP_QMOD = frozenset(("det", "poss", "prep", "qmod"))
_BASE_THIRD = frozenset(("base", "third"))
_WH_SUBJ = frozenset(("wh", "subj"))
_DET_PREP_POSS = frozenset(("det", "prep", "poss"))
_PREP = frozenset(("prep",))
_PREP_QTY_CONJ_STOP = frozenset(("prep", "qty", "conj", "stop"))
_QMOD_PART_NUM = frozenset(("qmod", "part", "num"))
_PART_GER = frozenset(("part", "ger"))
_DET_POSS_OBJ = frozenset(("det", "poss", "obj"))
_DET = frozenset(("det",))
_BE_HAVE = frozenset(("be", "have"))
_DET_POSS_PREP = frozenset(("det", "poss", "prep"))
_SUBJECT_PRONOUNS = {
    "it": frozenset(("org", "name")),
    "he": frozenset(("person", "name")),
    "she": frozenset(("person", "name")),
    "they": frozenset(("group", "org", "name")),
    "we": frozenset(("group", "org", "name")),
}
_COREF_WANT = frozenset(("org", "name"))
_GROUP_WANT = frozenset(("group",))
_ORG_WANT = frozenset(("org",))
_MONEY_MARKS = frozenset("$\u20ac\u00a3\u00a5%")
#: what may open a sentence before its first word, and a capitalised word
_LEAD = LazyPattern(r"[\s\"'\u201c\u2018(\-]*+")
_CAPITALISED = LazyPattern(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}\-]*+")
#: a credit rating code ("AAA", "A-2", "BBB-plus", "Baa3", "P-1")
_RATING = regex.compile(
    r"(?:AAA|AA|A|BBB|BB|B|CCC|CC|C|Aaa|Aa|Baa|Ba|Caa|Ca|P|D)(?:[-+]|-?[1-3]|-(?:plus|minus))?"
)


@functools.cache
def _cue(cls: str) -> frozenset[str]:
    """The cue words of class ``cls`` in ``data/triple_cues.tsv`` (its header
    says what each class is for): ``_cue("particle")`` holds "up", "off"..."""
    return word_class("triple_cues.tsv", cls)


@functools.cache
def _common_endings() -> tuple[str, ...]:
    """Endings of common nouns (class ``common-ending`` of ``data/triple_cues.tsv``)."""
    return tuple(sorted(_cue("common-ending")))


def _speech_verb(low: str) -> bool:
    """A speech verb that cannot be a noun ("said", "noted"; not "notes")."""
    return low in _cue("said") or (low in _speech() and low.endswith("ed"))


@functools.cache
def _heads() -> Mapping[str, str]:
    """triple_heads.tsv: words that head no object, and quantity nouns."""
    return {row[0]: row[1] for row in rows("triple_heads.tsv")}


def _cls(c: Chunk) -> frozenset[str]:
    if c.tag != "W":
        return _NONE
    return _words().get(c.low, _NONE)


def _bare_adjective(c: Chunk) -> bool:
    """Whether ``c`` may be an adjective on which no clause ends: a lower-case
    word in "-ing" or "-ed", or one that heads no noun phrase ("rising and
    expanded the", "a booming but closed market")."""
    return c.tag == "W" and c.text.islower() and (c.low.endswith(("ing", "ed")) or _heads().get(c.low) == "nohead")


def _is_adv(c: Chunk) -> bool:
    if c.tag != "W":
        return False
    low = c.low
    if low.endswith("ly") and len(low) > 4 and c.text.islower() and (
        low not in _lexicon(()).single  # the key of the default lexicon: built once
        and low not in nouns() and low not in _cue("ly-noun")
        and low not in _verb_forms().bases  # "rally", "supply", "apply"
    ):
        return True
    return low in _adverbs()


@functools.cache
def _group_words() -> frozenset[str]:
    """The words that a verb group may hold before its verb (see
    :meth:`_Sentence.group`): those of :data:`_GROUP_CLASSES` in
    triple_words.tsv, "to" and the modal auxiliaries."""
    words = {w for w, cls in _words().items() if cls & _GROUP_CLASSES}
    words.add("to")
    words.update(w for w, (_, kind) in _modals().items() if kind == "aux")
    return frozenset(words)


@functools.cache
def _adverbs() -> frozenset[str]:
    """The words of class ``adv`` in triple_words.tsv: :func:`_is_adv` reads
    many chunks, each with one set lookup."""
    return frozenset(w for w, cls in _words().items() if "adv" in cls)


def _adv2(ch: Sequence[Chunk], i: int) -> bool:
    """ch[i-1], ch[i] form a two-word adverb ("to date")."""
    return i >= 1 and ch[i].low in _adv2_ends() and "adv" in _words().get(f"{ch[i - 1].low} {ch[i].low}", _NONE)


@functools.cache
def _adv2_ends() -> frozenset[str]:
    """The last words of the two-word adverbs ("date" of "to date"): most
    chunks end none, and are read with one set lookup."""
    return frozenset(w.rsplit(" ", 1)[1] for w, cls in _words().items() if " " in w and "adv" in cls)


def _actor_fits(subj: _Subject) -> bool:
    """A subject that names an actor (with coreference on): not a pronoun left unresolved ("it",
    "they"; "we" is kept as written, as "the company" is), nor "they"/"we" resolved to a single-word name (a person or a
    place: "Funaro and Gros ... They"), only to an organisation or a group."""
    e = subj.entity
    if e.kind != "pronoun":
        return True
    low = e.text.lower()
    if e.refers_to is None:
        return low not in _SUBJECT_PRONOUNS or low == "we"  # "we" is kept as written
    if low in ("they", "we"):
        return e.refers_to.kind in ("org", "group") or (
            e.refers_to.kind == "name" and " " in e.refers_to.text
        )
    return True


def _plural_name(e: Entity) -> bool:
    """Is ``e`` a name of several words whose last is a plural ("U.S.
    Banks", "Eastern Air Lines", "Argentine Officials"), which "they" may
    name? A suffix ("Industries", "Holdings": entity_suffixes.tsv) is no plural."""
    last = e.text.rsplit(" ", 1)[-1]
    return e.kind in ("org", "name", "group") and " " in e.text and last[-1:] == "s" and (
        not last.endswith("ss") and last not in suffixes() and last.isalpha()
    )


def _lone_name(e: Entity | None) -> bool:
    """A place, or a name of one word ("Lisbon", "Turkey")."""
    return e is not None and (e.kind == "place" or " " not in e.text)


def _firm_like(e: Entity | None) -> bool:
    """An organisation, a person, or a name of several words ("Ferris Tooling")."""
    return e is not None and (e.kind in ("org", "person") or (e.kind == "name" and " " in e.text))


@functools.cache
def _slots() -> Mapping[str, str]:
    """The field of a :class:`Triple` the mentions of each argument kind fill
    (``"money"``: ``"amount"``), from the kind registry."""
    from finparse.kinds import REGISTRY

    slots = {name: slot for name in REGISTRY.names if (slot := REGISTRY.argument_slot(name)) is not None}
    for kind, slot in slots.items():
        if slot not in _SLOTS:
            raise ValueError(f"kind {kind!r} fills {slot!r}, which is no argument of a Triple")
    return slots


#: The fields of a Triple that hold its arguments.
_SLOTS = frozenset(("amount", "percent", "time"))


# -- options -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TripleOptions(KindOptions):
    """Options of the triple kind (immutable; see :class:`finparse.Extractor`).

    Attributes:
        extra_verbs: ``(form, lemma)`` actions to add to
            ``data/triple_verbs.tsv``, lower case with single spaces; a form
            equal to its lemma ("spin off") is a base form and gets its
            English inflections ("spins off", "spun off"...), any other form
            is taken as written.
        extra_entities: ``(name, kind)`` names to recognise as written
            (kind ``"org"``, ``"person"``...).
        coreference: resolve "it", "the company"... within the document.

    Creating one checks and normalises every value (a bad one is a
    :class:`ValueError` naming it), and builds what they need, so that an
    option that cannot be built fails here. :meth:`from_settings` takes the
    mapping and the list :class:`finparse.Extractor` takes.

    >>> TripleOptions.from_settings(extra_verbs={"Snap  Up": "snap up"}, extra_entities=["Orbis"])
    TripleOptions(extra_verbs=(('snap up', 'snap up'),), extra_entities=(('Orbis', 'org'),), coreference=True)
    >>> TripleOptions(coreference="no")
    Traceback (most recent call last):
      ...
    ValueError: coreference must be True or False, got 'no'
    """

    extra_verbs: tuple[tuple[str, str], ...] = ()
    extra_entities: tuple[tuple[str, str], ...] = ()
    coreference: bool = True

    def __post_init__(self) -> None:
        verbs: list[tuple[str, str]] = []
        if not isinstance(self.extra_verbs, tuple):
            raise ValueError(f"extra_verbs must be a tuple of (form, lemma) pairs, got {self.extra_verbs!r}")
        for pair in self.extra_verbs:
            if not (isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[0], str)):
                raise ValueError(f"extra_verbs must hold (form, lemma) pairs, got {pair!r}")
            form, lemma = pair
            if not isinstance(lemma, str):
                raise ValueError(f"extra_verbs: a lemma must be a str, got {lemma!r} for {form!r}")
            f = " ".join(form.lower().split())
            lm = " ".join(lemma.lower().split())
            if not f or not lm:
                raise ValueError(f"empty verb form or lemma in extra_verbs: {form!r}: {lemma!r}")
            verbs.append((f, lm))
        object.__setattr__(self, "extra_verbs", tuple(sorted(verbs)))
        object.__setattr__(self, "extra_entities", normalise_extra_entities(
            check_extra_entities(self.extra_entities)))
        if not isinstance(self.coreference, bool):
            raise ValueError(f"coreference must be True or False, got {self.coreference!r}")
        if self.extra_verbs or self.extra_entities:
            _built(self)

    @classmethod
    def from_settings(  # type: ignore[override]  # it names the settings it takes
        cls,
        *,
        extra_verbs: Mapping[str, str] | None = None,
        extra_entities: Iterable[str | tuple[str, str]] | None = None,
        coreference: bool = True,
    ) -> TripleOptions:
        """The options from a ``{form: lemma}`` mapping and a list of names
        (each a string, an organisation, or a ``(name, kind)`` pair), as
        :class:`finparse.Extractor` takes them; ``None`` is none."""
        verbs = check_mapping(extra_verbs, "extra_verbs", "{form: lemma}")
        return cls(
            tuple(verbs.items()),  # type: ignore[arg-type]
            check_extra_entities(extra_entities),  # type: ignore[arg-type]
            coreference,
        )


# -- the document: sentences and what earlier sentences named -----------------------------


class _Doc:
    """The text, its sentences, and a lazily built history of named actors."""

    def __init__(
        self, text: str, mentions: Sequence[Any], opts: TripleOptions, deadline: Deadline | None = None
    ) -> None:
        self.text = text
        self.opts = opts
        self.deadline = deadline
        self.spans = sentence_spans(text, None if deadline is None else deadline.timeout)
        self.starts = [a for a, _ in self.spans]
        self.mentions = sorted(
            (m for m in mentions if hasattr(m, "start") and hasattr(m, "end")),
            key=lambda m: (int(m.start), -int(m.end)),
        )
        self.mention_starts = [int(m.start) for m in self.mentions]
        self._chunked: dict[int, list[Chunk]] = {}  # chunks of sentences without mentions
        # chunks of sentences with mentions, and their mention chunks unfolded
        # (until the history reads them without their mentions)
        self._unfolded: dict[int, tuple[list[Chunk], Unfolded]] = {}
        self._mid: frozenset[str] | None = None
        # last words of the persons named in the sentences read into history
        self.surnames: set[str] = set()
        # history[k] = (org, person) last named before sentence k, and the
        # group ("they") named in sentence k - 1
        self.history: list[tuple[Entity | None, Entity | None, Entity | None]] = [
            (None, None, None)
        ]

    def initial_only(self, e: Entity) -> bool:
        """``e`` is a one-word name that opens its sentence and is written
        capitalised nowhere else in the document ("Applications rose ...",
        "Results reflected ..."): maybe a common word, so no antecedent."""
        if e.kind != "name" or " " in e.text:
            return False
        k = self.sentence_of(e.start)
        if k < 0 or self.text[self.spans[k][0] : e.start].strip(" \t\n\"'\u201c\u2018(-") != "":
            return False
        low = e.text.lower()
        common = low in _open_verbs() or low in nouns() or low.endswith(_common_endings())
        return common and e.text not in self.mid_names()

    def mid_names(self) -> frozenset[str]:
        """Capitalised words that occur somewhere other than at a sentence
        start: one pass over the text, once per document."""
        if self._mid is None:
            starts = set()
            for a, _ in self.spans:
                m = _LEAD.match(self.text, a)
                starts.add(m.end() if m else a)
            self._mid = frozenset(
                m.group() for m in _CAPITALISED.finditer(self.text, concurrent=False) if m.start() not in starts
            )
        return self._mid

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def chunks(self, k: int, with_mentions: bool = True) -> list[Chunk]:
        a, b = self.spans[k]
        ms: Sequence[Any] = ()
        if self.mentions:
            lo = bisect.bisect_left(self.mention_starts, a)
            hi = bisect.bisect_left(self.mention_starts, b)
            ms = self.mentions[lo:hi]
        if ms and not with_mentions:
            # the history reads each earlier sentence once, without its
            # mentions: from the chunks of its analysis where these tell
            # (see entities._inert), else chunked again
            analysed = self._unfolded.pop(k, None)
            plain = None if analysed is None else chunks_without_mentions(self.text, *analysed)
            if plain is not None:
                return plain
            return chunk_sentence(self.text, a, b, (), self.opts.extra_entities, self.deadline)
        # a sentence without mentions chunks the same both ways: once (the
        # history of earlier sentences reads the chunks of their analysis)
        found = self._chunked.get(k)
        if found is None:
            found, unfolded = chunk_span(self.text, a, b, ms, self.opts.extra_entities, self.deadline, bool(ms))
            if not ms:
                self._chunked[k] = found
            elif unfolded is not None:
                self._unfolded[k] = (found, unfolded)
        return found

    def before(self, k: int, want: frozenset[str]) -> Entity | None:
        """The actor of a fitting kind most recently named before sentence ``k``."""
        while len(self.history) <= k:
            i = len(self.history) - 1
            org, person, _ = self.history[-1]
            if self.deadline is None:
                found = _first_actors(self.chunks(i, with_mentions=False), self)
            else:
                with self.deadline.aside():  # sentence i's own budget
                    found = _first_actors(self.chunks(i, with_mentions=False), self)
            self.history.append(
                (found[0] or org, found[1] or person, found[2])  # "they": the sentence before only
            )
        org, person, group = self.history[k]
        if want == _GROUP_WANT:
            return group  # "they": a group, or names joined by "and"
        if "person" in want and "org" not in want:
            return person
        if "group" in want:
            return org or group
        return org


def _first_actors(
    ch: Sequence[Chunk], doc: _Doc
) -> tuple[Entity | None, Entity | None, Entity | None]:
    """The first organisation-like, person and group names of a sentence,
    preferring names that are not inside a prepositional phrase."""
    org: Entity | None = None
    person: Entity | None = None
    loose_org: Entity | None = None
    plural: Entity | None = None
    for i, c in enumerate(ch):
        e = c.entity
        if e is not None and e.kind in ("person", "name") and " " in e.text:
            # persons are referred to by their last word ("Anna Lind ... Lind
            # said"), firms by their first ("Norvik Bank ... Norvik said")
            doc.surnames.add(e.text.rsplit(None, 1)[-1])
        if e is None or not is_head(ch, i) or (i == 0 and doc.initial_only(e)):
            continue
        after_prep = i > 0 and "prep" in _cls(ch[i - 1])
        if plural is None and not after_prep and (e.kind == "group" or (e.kind == "org" and (
            _plural_name(e) or (i + 2 < len(ch) and ch[i + 1].low in ("and", "&") and ch[i + 2].tag == "ENT")
        ))):
            plural = e  # what "they" may name: "Japanese companies", "Kestrel Group and Norvik Oyj"
        if e.kind in ("org", "name"):
            if e.kind == "name" and e.text in doc.surnames:
                continue  # "Lind", after "Anna Lind": a person
            if not after_prep and org is None:
                org = e
            elif loose_org is None:
                loose_org = e
        elif e.kind == "person":
            doc.surnames.add(e.text.rsplit(None, 1)[-1])  # "Mr Lind": Lind
            if person is None:
                person = e
    return org or loose_org, person, plural


# -- the clause rules ----------------------------------------------------------------------


class _Group(NamedTuple):
    """The verb group: what comes before the verb."""

    left: int  # index of the chunk before the group (the subject's end), may be -1
    start: int  # index of the group's first chunk
    modality: str | None
    negated: bool
    aux: tuple[str, ...]  # auxiliaries, nearest first


class _Subject(NamedTuple):
    entity: Entity
    name: str
    first: int  # index of the first chunk of the subject as written, or -1 (not written here)
    last: int


class _Sentence:
    def __init__(self, doc: _Doc, k: int, lex: _Lexicon) -> None:
        self.doc = doc
        self.k = k
        self.lex = lex
        self.ch = doc.chunks(k)
        # the first time mention of the sentence, found once for every verb
        # (on the first triple: most sentences have none)
        self._first_time = -1
        self._named: list[int] | None = None
        self._surnames: frozenset[str] | None = None
        # per sentence: the antecedent first named for each set of kinds,
        # and (index, subject) of the first finite verb (see main_subject)
        self._fitting: dict[frozenset[str], tuple[int, Entity] | None] = {}
        self._main: tuple[int, _Subject | None] | None = None
        self.out: list[Triple] = []
        self.last_subject: _Subject | None = None
        #: the last verb of a coordination whose object the verbs share, and
        #: the subject of its first verb
        self.chain_end = -1
        self.chain_last = -1
        self.chain_nouny = False  # a verb of the coordination is also a noun
        self.chain_commas = 0
        self.chain_subject: _Subject | None = None
        self.last_object = -1  # index of the last chunk of the last object emitted
        #: the form that a verb coordinated with the last verb of a triple must
        #: have ("past", "third", "base" after a modal), and that verb's modality
        self.verb_form: str | None = None
        self.verb_modality: str | None = None
        self.verb_last = -1  # index of that verb's last chunk

    # -- verbs -------------------------------------------------------------------------
    def verb_at(self, i: int) -> tuple[_Verb, int] | None:
        """The action verb at ch[i] and the index of its last chunk (the particle)."""
        ch = self.ch
        c = ch[i]
        if c.tag != "W" or not c.text[:1].islower():
            return None
        lex = self.lex
        nxt = ch[i + 1] if i + 1 < len(ch) else None
        low = c.low
        if nxt is not None and low in lex.particle_firsts:
            pv = lex.particle.get((low, nxt.low))
            if pv is not None:
                return pv, i + 1
        v = lex.single.get(low) or lex.open.made.get(low) or lex.open.get(low)  # verb_of, inline
        if v is None:
            return None
        # a particle right after an open verb makes a phrasal verb ("set aside",
        # "mopped up", "put forward"); not before "to"/"from": a quantity ("up to")
        if nxt is not None and nxt.tag == "W" and nxt.low in _cue("particle") and not (
            i + 2 < len(ch) and ch[i + 2].low in ("to", "from", "by")
        ):
            return v._replace(lemma=f"{v.lemma} {nxt.low}"), i + 1
        return v, i

    def is_verbish(self, c: Chunk) -> bool:
        if c.tag != "W":
            return False
        low = c.low
        if low in _speech() or (low in _modals() and _modals()[low][1] == "aux"):
            return True
        cls = _cls(c)
        return "be" in cls or "have" in cls or "do" in cls

    def is_finite_verb(self, i: int) -> bool:
        """ch[i] opens a verb group (an auxiliary, a modal, a speech or action verb
        in a finite form)."""
        c = self.ch[i]
        if self.is_verbish(c):
            return True
        v = self.lex.single.get(c.low) if c.tag == "W" else None
        return v is not None and bool(v.tenses & _PAST_THIRD) and c.text.islower()

    def heads_clause(self, i: int) -> bool:
        """Is ch[i] the finite verb of a clause: a finite verb group
        (:meth:`is_finite_verb`), a control verb before "to" ("voted to
        accept"), or a past or third-person form of any verb (not one that
        is also a noun): "Britvic softened 3p", "showed resilience"?"""
        if self.is_finite_verb(i):
            return True
        c = self.ch[i]
        if c.tag != "W" or not c.text.islower():
            return False
        if _modal_kind(c.low) == "control":
            return i + 1 < len(self.ch) and self.ch[i + 1].low == "to"
        forms = _verb_forms()
        return (c.low in forms.pasts or c.low in forms.thirds) and c.low not in forms.nouns

    def plural_noun(self, i: int) -> bool:
        """ch[i], an "-s" form of an action verb ("offers", "bids"), is a plural
        noun: no object follows it, only a preposition or the end of the phrase."""
        ch = self.ch
        c = ch[i]
        if c.tag != "W" or not c.text.islower() or not c.low.endswith("s") or c.low in _speech():
            return False
        v = self.lex.single.get(c.low)
        if (v is None or "third" not in v.tenses) and _modal_kind(c.low) != "control":
            return False
        if i + 1 >= len(ch):
            return True
        nxt = ch[i + 1]
        if nxt.tag == "P":
            return nxt.text not in _MONEY_MARKS
        return nxt.tag == "TIME" or (nxt.low != "to" and bool(_cls(nxt) & _PREP_CONJ_WH))

    def reduced_passive(self, i: int) -> bool:
        """ch[i] is a participle with its agent after a noun ("notes issued by
        its parent"): a reduced relative clause, not a finite verb."""
        ch = self.ch
        c = ch[i]
        if c.tag != "W" or not c.text.islower() or i + 1 >= len(ch) or ch[i + 1].low != "by":
            return False
        v = self.lex.verb_of(c.low)
        return (v is not None and "part" in v.tenses) or (len(c.low) > 4 and c.low.endswith("ed"))

    def group(self, i: int) -> _Group | None:
        ch = self.ch
        # Most verbs follow their subject right away: a chunk before them that
        # is no adverb, "to", auxiliary, modal, negation or time leaves the
        # group empty (what the reading below finds too, at one look).
        if i == 0:
            return _Group(-1, 0, None, False, ())
        p = ch[i - 1]
        low = p.low
        if p.tag == "W":
            # (one set lookup for the words of a group: its classes, "to", the modal auxiliaries)
            plain = low not in _group_words() and not (low.endswith("n't") or _is_adv(p))
        else:
            plain = p.tag != "TIME" and not (p.tag == "QTY" and i >= 2 and "time" in _cls(ch[i - 2]))
        if plain and not _adv2(ch, i - 1):
            return _Group(i - 1, i, None, False, ())
        # The group (adverbs, "to", a modal, auxiliaries, a time adverbial)
        # is read back from the verb for fewer than _SCAN chunks; a group that
        # would go on past that is none (no triple), so that every verb costs
        # a bounded number of steps however long a run of adverbs or times.
        floor = max(i - _SCAN, -1)  # "floor < j" implies j >= 0
        j = i - 1
        modality: str | None = None
        negated = False
        aux: list[str] = []
        control = False  # the auxiliaries read are those of a control verb
        start = i
        while floor < j and (_is_adv(ch[j]) or _adv2(ch, j)):
            j -= 2 if _adv2(ch, j) else 1
        if 0 <= j <= floor:
            return None
        perfect = j >= 1 and ch[j].low == "have" and ch[j - 1].low == "to" and ch[j - 1].tag == "W"
        if perfect:
            j -= 1  # "is believed to have earmarked": a perfect infinitive
        if j >= 0 and ch[j].low == "to" and ch[j].tag == "W":
            k = j - 1
            while floor < k and (_is_adv(ch[k]) or ch[k].tag == "TIME" or (
                "topen" in _cls(ch[k]) and ch[k + 1].tag == "TIME"
            )):
                k -= 1  # "decided yesterday to sell", "agreed on Monday to buy"
            if k - 1 > floor and ch[k].low == "principle" and ch[k - 1].low == "in":
                k -= 2  # "agreed in principle to merge"
                while floor < k and _is_adv(ch[k]):
                    k -= 1
            if k - 1 > floor and ch[k].tag in ("QTY", "W") and ch[k].low[:1].isdigit() and (
                ch[k - 1].low in _cue("vote")
            ):
                k -= 1  # "voted 67-28 to stop"
            if k > floor and ch[k].tag == "W" and ch[k].low in _cue("be-to") and k > 0:
                # "Norvik is to acquire X": the plan of a subject (no "be" of a
                # verb group: the clause goes on with the infinitive)
                modality = "be"
            elif self.hearsay(k, floor):
                modality = ch[k].low  # "X is believed to have bought Y"
            elif k < 0 or k <= floor or ch[k].tag != "W" or _modal_kind(ch[k].low) != "control":
                return None
            else:
                modality = _modals()[ch[k].low][0]
            control = True
            start = k
            j = k - 1
            if ch[k].low.endswith("ing"):
                # "X, seeking to buy Y": a participle, not a verb group
                b = j
                while floor < b and _is_adv(ch[b]):
                    b -= 1
                if b <= floor or "be" not in _cls(ch[b]):
                    return None
        while j >= 0:
            if j <= floor:
                return None
            c = ch[j]
            if c.tag != "W":
                break
            low = c.low
            cls = _cls(c)
            if _is_adv(c) or _adv2(ch, j):
                j -= 2 if _adv2(ch, j) else 1
                continue
            if "neg" in cls:
                negated = True
            elif low.endswith("n't"):
                negated = True
                aux.append(low[:-3])
            elif low in _modals() and _modals()[low][1] == "aux":
                modality = modality or _modals()[low][0]
            elif cls & _BE_HAVE_DO:
                aux.append(low)
            else:
                break
            start = j
            j -= 1
        # a time adverbial between the subject and its verb: a time mention
        # ("this morning", "on Monday") or time words ("last night", "yesterday"),
        # with the words that open it ("late on Friday")
        timed = False
        while j >= 0:
            if j <= floor:
                return None
            c = ch[j]
            cls = _cls(c)
            if c.tag == "TIME" or "time" in cls or (c.tag == "QTY" and j > 0 and "time" in _cls(ch[j - 1])):
                timed = True
            elif not (timed and "topen" in cls):
                break
            j -= 1
        # the auxiliaries of a control verb ("is planning to recruit") ask
        # nothing of the infinitive's form: the content verb has none, but
        # the "have" of a perfect infinitive asks for a participle
        return _Group(j, start, modality, negated, (("have",) if perfect else ()) if control else tuple(aux))

    def hearsay(self, k: int, floor: int) -> bool:
        """Is ch[k] a participle of hearsay (cue ``hearsay``: "believed",
        "said", "understood") after a form of "be" (adverbs stepped over),
        before "to"? "X is believed to have earmarked Y" reports a deed of X;
        without "be" ("Norvik said to date ...") it is none."""
        ch = self.ch
        if k <= floor or ch[k].tag != "W" or ch[k].low not in _cue("hearsay"):
            return False
        b = k - 1
        while floor < b and _is_adv(ch[b]):
            b -= 1
        return b > floor and "be" in _cls(ch[b])

    # -- noun phrases ------------------------------------------------------------------
    def np_left(self, j: int) -> int:
        """Index of the first chunk of the noun phrase ending at ch[j]."""
        ch = self.ch
        k = j
        lo = max(0, j - 10)  # a phrase is read back for 11 chunks at most
        while k >= lo:
            c = ch[k]
            if c.tag in ("ENT", "POS", "TICK"):
                k -= 1
                continue
            if c.tag == "QTY" and k < j:
                k -= 1
                continue
            if c.tag != "W":
                break
            if c.low == "of" and 0 < k < j and f"{ch[k - 1].low} of {ch[k + 1].low}" in nouns():
                k -= 1  # "board of directors"
                continue
            cls = _cls(c)
            if cls & _DET_POSS:
                return k
            if cls & _FUNCTION or cls & _TIME_STOP or _speech_verb(c.low) or _is_adv(c):
                break
            if c.low in _modals() and _modals()[c.low][1] == "aux":
                break
            v = self.lex.single.get(c.low)
            if v is not None and k < j and v.tenses & _PAST_PART_GER and not v.tenses & _BASE:
                break
            k -= 1
        return k + 1

    def actor(self, a: int, b: int, depth: int = 0) -> _Subject | None:
        """The actor named by the noun phrase ch[a..b], if it names one.

        ``depth`` counts the pronoun resolutions already under way, so that
        a chain of pronoun subjects is followed a bounded number of steps.
        """
        ch = self.ch
        if a > b:
            return None
        while b > a and ch[b].tag == "TICK":
            b -= 1
        last = ch[b]
        first = a
        while (first < b and "det" in _cls(ch[first])) or (first < b and "poss" in _cls(ch[first])):
            first += 1
        if a == b - 1 and a >= 2 and "det" in _cls(ch[a]) and last.tag == "ENT" and last.entity is not None and (
            last.entity.kind == "place" and ch[a - 1].low in ("of", "in", "at") and ch[a - 2].tag == "ENT"
        ):
            a = b  # "Siebe Plc of the U.K.": read as "of U.K." below
        if (
            last.tag == "ENT" and last.entity is not None and a == b and b >= 2
            and ch[b - 2].tag == "ENT"
            and (
                (last.entity.kind == "place" and ch[b - 1].low in ("of", "in", "at"))
                or (last.entity.kind == "name" and ch[b - 1].low == "of" and _firm_like(ch[b - 2].entity))
                or (last.entity.kind == "name" and " " not in last.entity.text and ch[b - 1].low == "in"
                    and getattr(ch[b - 2].entity, "kind", None) in ("org", "name"))
            )
        ):
            # "Ferris Tooling of Chicago", "Tasman Savings Bank in Australia"; a
            # name after "of" that is not known as a place is one too ("of San Diego")
            a = b = b - 2
            last = ch[b]
        if last.tag == "ENT" and last.entity is not None:
            e = last.entity
            if _RATING.fullmatch(e.text) and (
                not e.text.isalpha() or len(e.text) > 1 or (b + 1 < len(ch) and ch[b + 1].low == "rated")
            ):
                return None  # "A-2 rated paper", "BBB-plus": a rating code is no actor
            if all(w.rstrip(".") in suffixes() for w in e.text.split()) and b >= 1 and ch[b - 1].low in ("and", "&"):
                return None  # "... Bernstein and Co raised": a name cut before its suffix
            if " " not in e.text and _thing(e.text.lower()):
                return None  # "Computers handled the orders": machines, capitalised as the sentence opens
            start = b
            owner = ch[b - 2].entity if b - 2 >= a and ch[b - 1].tag == "POS" else None
            if owner is not None:
                e = Entity(e.text, e.start, e.end, e.kind, e.ticker, (owner,), e.refers_to)
                start = b - 2
            if start - 1 >= a and "det" in _cls(ch[start - 1]):
                start -= 1
            return _Subject(e, e.text, start, b)
        if last.tag != "W":
            return None
        low = last.low
        roles: frozenset[str] = _NONE
        width = 1
        for w in (3, 2, 1):
            if b - w + 1 >= a:
                key = " ".join(ch[x].low for x in range(b - w + 1, b + 1))
                if key in nouns():
                    roles, width = nouns()[key], w
                    break
        if a == b and low in _SUBJECT_PRONOUNS:
            e = Entity(last.text, last.start, last.end, "pronoun")
            return self.resolve(e, b, _SUBJECT_PRONOUNS[low], b, depth)
        agentive = not roles and last.text.islower() and _agentive(low) and not _thing(low)
        if agentive:
            roles = _GROUP  # "the negotiators", "Eurozone ratesetters", "exporters"
        elif not roles and width == 1 and last.text.islower() and _plural_of_firm(low):
            roles = _GROUP  # "Fintech companies", "the carriers"
        if not roles:
            return None
        head = b - width + 1
        if agentive:
            # its modifiers: names and words that are no verb, time or
            # function word ("French corn growers", not "how farmers",
            # "recent weeks farmers", "showed reporters")
            first = head
            while first - 1 >= a and _modifies_people(ch[first - 1]):
                first -= 1
        if "unit" in roles:
            k = head - 1
            if k >= a and ch[k].tag == "ENT":
                s, t = ch[k].start, last.end
                e = Entity(self.doc.text[s:t], s, t, "unit")
                return _Subject(e, e.text, k, b)
        if "coref" in roles and first > a and ch[a].low in ("the", "this") and head - first <= 2:
            s, t = ch[a].start, last.end
            e = Entity(self.doc.text[s:t], s, t, "pronoun")
            return self.resolve(e, a, _COREF_WANT, b, depth)
        if "group" in roles or "unit" in roles or ("coref" in roles and first == a):
            for x in range(first, head):
                if ch[x].tag == "POS":
                    first = x + 1  # "the company's board of directors"
            while first < head and ch[first].tag == "W" and ch[first].text.islower() and not _modifies_people(ch[first]):
                first += 1  # "has shown West German exporters", "to acquire three firms": a verb before the phrase
            if any(ch[x].tag != "W" and ch[x].tag != "ENT" and not _compound_adjective(ch[x]) for x in range(first, head)):
                return None
            s, t = ch[first].start, last.end
            kind = "group" if "group" in roles else "unit"
            e = Entity(self.doc.text[s:t], s, t, kind)
            return _Subject(e, e.text, a, b)
        return None

    def resolve(self, e: Entity, at: int, want: frozenset[str], last: int,
                depth: int = 0) -> _Subject:
        """``e`` (a pronoun or "the company") with its antecedent, if one fits."""
        found: Entity | None = None
        if self.doc.opts.coreference:
            found = self.antecedent(at, want, depth)
        if found is None:
            return _Subject(e, e.text, at, last)
        e = Entity(e.text, e.start, e.end, e.kind, refers_to=found)
        return _Subject(e, found.name, at, last)

    def antecedent(self, at: int, want: frozenset[str], depth: int = 0) -> Entity | None:
        ch = self.ch
        # 1. the subject of a speech verb right before: "Orbis Bank said (that) it ..."
        j = at - 1
        lo = max(0, at - 14)  # a speech verb is looked for 14 chunks back at most
        while j >= lo:
            c = ch[j]
            if c.tag == "W" and (c.low in _speech() or self.verb_at(j) is not None):
                break
            if c.tag == "W" and (self.is_verbish(c) or "subj" in _cls(c) or c.low in _SUBJECT_PRONOUNS):
                j = -1
                break
            j -= 1
        speaker = -1  # where the subject of that speech verb starts, if it is written
        told = False
        person_speaker = False
        if j >= lo and ch[j].tag == "W" and (ch[j].low in _speech() or self.verb_at(j)) and depth < 3:
            g = self.group(j)
            told = ch[j].low in _cue("tell")
            if g is not None and g.left >= 0:
                subj = self.subject_at(g.left, depth + 1)
                if subj is not None:
                    speaker = subj.first
                    found = subj.entity.refers_to or subj.entity
                    if ch[at].low == "they" and not self.plural_antecedent(subj, found):
                        return None  # "The Agriculture Department said exporters ... they"
                    if "person" not in want and self.person_name(found):
                        pass  # "Lind said the bank would ...": Lind is a person
                    elif found.kind == "name" and " " in found.text and ch[at].low not in _SUBJECT_PRONOUNS and (
                        found is subj.entity
                    ):
                        # "Anna Crivits said the company will ...": a name of several
                        # words that is no known firm, speaking of "the company",
                        # is mostly a person
                        person_speaker = True
                    elif found.kind in want or (
                        found.kind == "pronoun"
                        and ("person" in want) == (found.text.lower() in ("he", "she"))
                        and (found.text.lower() != "they" or ch[at].low == "they")  # "They say it would"
                    ):
                        return found
                elif told:
                    # "a shareholder group told the SEC it increased its
                    # stake": the pronoun is the speaker, who is no actor
                    return None
        if ch[at].low == "they":
            # "they" names a group, or names joined by "and" that a speech
            # verb right before has as subject (read above): not a single
            # firm of this or an earlier sentence ("Banks were obliged to
            # ensure that they ...", "Bankers at a conference organised by
            # MIT ... they offered")
            group = self.first_fitting(_GROUP_WANT)
            if group is not None and group[0] < at:
                return group[1]
            first = self.first_fitting(want)
            if first is not None and first[0] < at and (self.joined_name(first[0]) or _plural_name(first[1])):
                return first[1]  # "Maxtor Corp and Vexa Corp <VX>, said they", "Four U.S. Banks ... they"
            return None if first is not None else self.doc.before(self.k, _GROUP_WANT)
        # 2. the first fitting name earlier in the sentence ("the company"
        # too), unless it is in a phrase that opens the sentence before a
        # speaker who does not fit ("In a filing with the SEC, Lind said it")
        # or the addressee of "told"
        if person_speaker:
            # only a firm named as one earlier in the sentence fits then (else
            # "the company" is kept as written)
            want = _ORG_WANT
        first = self.first_fitting(want)
        if first is not None and first[0] < at and not self.fronted(first[0], speaker) and not (
            told and first[0] > j  # "Lind told the SEC it ...": never the addressee
        ):
            return first[1]
        if person_speaker:
            return None  # a firm of an earlier sentence is too often another one
        # 3. the most recent fitting name in earlier sentences
        return self.doc.before(self.k, want)

    def fronted(self, i: int, speaker: int) -> bool:
        """Is ch[i] inside a prepositional phrase that opens the sentence and
        ends with a comma before the subject at ch[speaker] ("In a filing
        with the SEC, Lind said it bought ...")? Such a name is no antecedent
        of the speaker's pronoun."""
        ch = self.ch
        return 0 <= i < speaker and "prep" in _cls(ch[0]) and any(ch[x].text == "," for x in range(i + 1, speaker))

    def plural_antecedent(self, subj: _Subject, found: Entity) -> bool:
        """May "they" refer to ``found``, the subject ``subj`` of a speech
        verb right before it? Only if it is a group ("the officials said
        they") or the last of names joined by "and" ("Norvik and Vexa said
        they"), not a single firm or person."""
        if found.kind == "group" or _plural_name(found):
            return True
        ch = self.ch
        a = subj.first
        if a >= 1 and ch[a - 1].text == "<":
            a -= 1  # "X and <Y> said they"
        return found.kind in ("org", "name") and a >= 2 and ch[a - 1].low in ("and", "&", ",") and (
            ch[a - 2].tag in ("ENT", "TICK") or ch[a - 2].text in (")", ">", ",")  # "X <XX> and Y said they"
        )

    def joined_name(self, i: int) -> bool:
        """Is the name at ch[i] joined to another by "and" after it (its
        ticker, brackets and commas stepped over, twelve chunks at most: "Dow
        Co, <Atkinson Co> and <Clyde Ltd>", "the Exchange, CME, and the
        Board")?"""
        ch = self.ch
        n = len(ch)
        for x in range(i + 1, min(i + 13, n)):
            c = ch[x]
            if c.low in ("and", "&"):
                y = x + 1
                while y < n and y - x < 3 and (c.tag == "P" or ch[y].text == "<" or ch[y].low == "the"):
                    y += 1
                return y < n and ch[y].tag == "ENT"
            if not (c.tag in ("ENT", "TICK") or (c.tag == "P" and c.text in "<>(),.")):
                return False
        return False

    def person_name(self, e: Entity) -> bool:
        """``e``, a one-word name, is the surname of a person named earlier
        in the document ("Anna Lind ... Lind said"), or in this sentence."""
        if e.kind != "name" or " " in e.text:
            return False
        self.doc.before(self.k, _COREF_WANT)  # reads the sentences before (once)
        return e.text in self.doc.surnames or e.text in self.surnames()

    def surnames(self) -> frozenset[str]:
        """Last words of the names of several words (persons, or names) that
        this sentence names: found once per sentence, not once per name."""
        if self._surnames is None:
            ch = self.ch
            self._surnames = frozenset(
                e.text.rsplit(" ", 1)[1]
                for e in (ch[i].entity for i in self.named_places())
                if e is not None and e.kind in ("person", "name") and " " in e.text
            )
        return self._surnames

    def first_fitting(self, want: frozenset[str]) -> tuple[int, Entity] | None:
        """The first place of the sentence that names an antecedent of a
        kind in ``want``, and that antecedent. Found once per sentence and
        ``want`` (a handful of sets), not once per pronoun: a scan from the
        sentence start for every pronoun was quadratic."""
        if want in self._fitting:
            return self._fitting[want]
        ch = self.ch
        found: tuple[int, Entity] | None = None
        for i in self.named_places():
            c = ch[i]
            if c.entity is not None and c.entity.kind in want and is_head(ch, i) and not (
                (i == 0 and self.doc.initial_only(c.entity))
                or ("person" not in want and self.person_name(c.entity))
            ):
                found = (i, c.entity)
                break
            if (
                "org" in want and c.tag == "W" and i > 0 and ch[i - 1].low in ("the", "this")
                and "coref" in nouns().get(c.low, ())
            ):
                earlier = self.doc.before(self.k, _COREF_WANT) if self.doc.opts.coreference else None
                found = (i, earlier or Entity(
                    self.doc.text[ch[i - 1].start : c.end], ch[i - 1].start, c.end, "pronoun"
                ))
                break
        self._fitting[want] = found
        return found

    def named_places(self) -> list[int]:
        """Indices of the chunks that may name an antecedent: heads of
        entities and nouns that refer back after "the"/"this". Found once
        per sentence, so that many pronouns in one sentence cost linear time."""
        found = self._named
        if found is None:
            ch = self.ch
            found = [
                i for i, c in enumerate(ch)
                if (c.entity is not None and is_head(ch, i))
                or (c.tag == "W" and i > 0 and ch[i - 1].low in ("the", "this")
                    and "coref" in nouns().get(c.low, ()))
            ]
            self._named = found
        return found

    def subject_at(self, j: int, depth: int = 0) -> _Subject | None:
        """The actor whose phrase ends at ch[j] (after the verb group).

        Tickers, bracketed groups (of fewer than 12 chunks) and appositives
        (of fewer than 30) between the actor and the verb are stepped over,
        at most ``_HOPS`` of them: a loop, not a recursion whose depth grew
        with the text (a RecursionError after 983 "()"); past that, no
        subject, so no triple.
        """
        ch = self.ch
        for _ in range(_HOPS):
            if j < 0:
                return None
            c = ch[j]
            if c.tag == "TICK":
                j -= 1
                continue
            if c.text == ">":
                kind, k = self.bracket(j)
                if kind == "name":
                    j -= 1  # "<Kestrel Ltd> bought": Reuters brackets an unlisted firm
                    continue
                if kind == "ticker" and k >= 1 and ch[k - 1].tag == "ENT":
                    j = k - 1  # "Norvik Corp <NRV> bought": the ticker is stepped over
                    continue
            if c.text == ")":
                k = j - 1
                while k >= 0 and ch[k].text != "(" and j - k < 12:
                    k -= 1
                if k >= 0 and ch[k].text == "(":
                    j = k - 1
                    continue
                return None
            if c.text == ",":
                named = self.named_apposition(j)
                if named is not None:
                    return self.subject_end(named, depth)  # "the Finnish supplier, Tecnotree, has"
                opening = self.appositive_start(j)
                if opening is None:
                    return None
                j = opening - 1
                continue
            if c.tag == "P" and c.text in ("-", "--") and j >= 2:
                k = j - 2 if ch[j - 1].text == "-" else j - 1  # "--" may be two chunks
                while k >= 1 and j - k < 30 and ch[k].text not in ("-", "--", ",", ";", ":"):
                    k -= 1
                # "Vexa Oy - the largest paper maker - opened": dashes as commas, after a name
                f = k - 1 if k >= 2 and ch[k - 1].text == "-" else k
                if k >= 1 and ch[k].text in ("-", "--") and ch[k + 1].tag == "W" and "det" in _cls(ch[k + 1]) and (
                    ch[f - 1].tag == "ENT"
                ):
                    j = f - 1
                    continue
            return self.subject_end(j, depth)
        return None

    def closes_name(self, k: int) -> bool:
        """Whether ch[k] is the ">" of a bracketed name ("<Kestrel Ltd>")."""
        return self.ch[k].text == ">" and self.bracket(k)[0] == "name"

    def bracket(self, j: int) -> tuple[str, int]:
        """What the brackets that ch[j] (a ">") closes hold, and the index of
        their "<": Reuters writes an unlisted firm "<Kestrel Ltd>" (``"name"``:
        one name with a lower-case letter) and a ticker "<NRV>", "<BP.L>"
        (``"ticker"``: capitals, dots and spaces, four chunks at most); else
        ``("", -1)``."""
        ch = self.ch
        k = j - 1
        while k >= 0 and j - k <= 4 and ch[k].text != "<":
            k -= 1
        if k < 0 or ch[k].text != "<" or k == j - 1:
            return "", -1
        inside = ch[k + 1 : j]
        if len(inside) == 1 and inside[0].tag == "ENT" and any(x.islower() for x in inside[0].text):
            return "name", k
        if all(x.tag == "ENT" or x.text == "." for x in inside) and not any(
            y.islower() for x in inside for y in x.text
        ):
            return "ticker", k
        return "", -1

    def named_apposition(self, j: int) -> int | None:
        """For a comma at ch[j] closing a name set off after a description
        ("The Finnish supplier of X , Tecnotree , has received", "its former
        owner, chemicals group Kemira Oyj (ticker), distributed"), the index
        of the name, which names the subject. The name (an organisation or
        a name, not a place) ends the phrase between the commas (its ticker
        aside), which holds no verb or preposition and is read for fewer
        than 12 chunks; the word before the opening comma is a common noun."""
        ch = self.ch
        e = j - 1
        while e >= 0 and ch[e].tag == "TICK":
            e -= 1
        if e < 2 or ch[e].tag != "ENT" or getattr(ch[e].entity, "kind", None) not in ("org", "name"):
            return None
        k = e - 1
        while k >= 0 and j - k < 12 and ch[k].text != ",":
            c = ch[k]
            if c.tag not in ("W", "ENT") or (c.tag == "W" and (_cls(c) & _FUNCTION or self.heads_clause(k))):
                return None
            k -= 1
        if k < 1 or ch[k].text != ",":
            return None
        before = ch[k - 1]
        if before.tag != "W" or not before.text.islower() or _cls(before) or self.heads_clause(k - 1):
            return None
        # the description is no agent or conjunct ("controlled by its
        # chairman, X,", "and its president, X,"): 8 chunks read back
        for x in range(k - 1, max(k - 9, -1), -1):
            if ch[x].text == ",":
                break
            if ch[x].low == "by" or (ch[x].low in ("and", "or") and x + 1 < k and _cls(ch[x + 1]) & _DET_POSS):
                return None
        return e

    def subject_end(self, j: int, depth: int) -> _Subject | None:
        """:meth:`subject_at` once ch[j] is neither a ticker, nor a bracket,
        nor a comma."""
        ch = self.ch
        c = ch[j]
        if c.low == "and":
            return None
        if c.tag == "W" and c.low in _SUBJECT_PRONOUNS:
            return self.actor(j, j, depth)
        if c.tag == "W" and c.low in ("which", "who", "that"):
            k = j - 1
            if k >= 0 and ch[k].text == ",":
                k -= 1
            if k >= 0 and self.closes_name(k):
                k -= 1  # "<Kestrel Holding> which owns ..."
            if k < 0:
                return None
            a = self.np_left(k)
            return self.actor(a, k, depth)
        a = self.np_left(j)
        if a > j:
            return None
        if a >= 2 and ch[a - 1].low == "of" and ch[a - 2].tag == "W" and nouns().get(ch[a - 2].low):
            # "the business unit of Vexa", "shareholders of Vexa": the noun heads
            b = a - 2
            found = self.actor(self.np_left(b), b, depth)
            if found is not None:
                return found
        if (
            a >= 2 and ch[a - 1].tag == "W" and "prep" in _cls(ch[a - 1]) and ch[a - 1].low != "by"
            and ch[a - 2].tag == "W" and ch[a - 2].text.islower() and not _cls(ch[a - 2])
            and _lone_name(ch[j].entity)
        ):
            return None  # "newspapers in Turkey carried": a common noun heads the subject
        if (
            a >= 3 and ch[a - 1].low == "and" and ch[a - 2].tag == "ENT" and _lone_name(ch[a - 2].entity)
            and "prep" in _cls(ch[a - 3]) and _lone_name(ch[j].entity)
        ):
            # "staff in Oslo and Bergen voted": two names in the phrase of a
            # common noun, which heads the subject (read as np_left reads)
            b = a - 4
            return self.actor(self.np_left(b), b, depth) if b >= 0 and ch[b].tag == "W" else None
        return self.actor(a, j, depth)

    def appositive_start(self, j: int) -> int | None:
        """For a comma at ch[j] closing an appositive or a relative clause
        (", a Chicago investment advisor,"), the index of the comma opening it.

        A description with a list in it (", a maker of pumps, valves and
        pipes for farms, mines and ports,", ", a firm that designs, builds
        and sells boats,") opens at an earlier comma, before a determiner:
        the commas are read back for 30 chunks at most."""
        ch = self.ch
        k = j - 1
        while k >= 0 and j - k < 30 and ch[k].text != ",":  # 30 chunks back at most
            k -= 1
        if k < 1 or ch[k].text != ",":
            return None
        found = self.opens_appositive(k, j)
        if found is not None or j + 1 >= len(ch) or not (self.heads_clause(j + 1) or _is_adv(ch[j + 1])):
            return found  # a longer description only between a subject and its verb
        k -= 1
        while k >= 1 and j - k < 30:
            if ch[k].text == "," and ch[k + 1].tag == "W" and "det" in _cls(ch[k + 1]):
                return k  # ", a leading maker of X, Y and Z,"
            if ch[k].text in (";", ":") or (self.is_verbish(ch[k]) and not any(
                "wh" in _cls(ch[x]) for x in range(k, j)
            )):
                return None  # another clause: "X said, ..."
            k -= 1
        return None

    def opens_appositive(self, k: int, j: int) -> int | None:
        """:meth:`appositive_start` for the nearest comma ch[k] before ch[j]."""
        ch = self.ch
        o = k + 1
        if o + 1 < j and _is_adv(ch[o]):
            o += 1  # ", now part of X,"
        opener = ch[o]
        if opener.tag == "W" and (opener.low in ("part", "formerly", "previously") or any(
            "title" in nouns().get(ch[x].low, ()) for x in range(o, min(o + 3, j))
        )):
            return k  # ", finance director of Arvo,", ", now part of the group,": three chunks read
        ing = opener if not (opener.low in _cue("fronting") and o + 1 < j) else ch[o + 1]
        if ing.tag == "W" and ing.text.islower() and ing.low.endswith("ing") and (
            "ger" in self.lex.tenses(ing.low)
        ):
            return k  # ", acquiring the unit for $5 mln,", ", while reporting higher results,"
        if (opener.tag == "W" and (
            _cls(opener) & _DET_WH or opener.low in ("including", "based", "whose", "itself", "one")
            or opener.low.endswith("-based") or "title" in nouns().get(opener.low, ())
        )) or opener.tag in ("QTY", "TICK") or (opener.text[:1].isupper() and opener.tag == "W"):
            return k
        if o + 1 == j and opener.tag == "ENT" and opener.entity is not None and opener.entity.kind == "place" and (
            k >= 3 and ch[k - 2].low == "of" and ch[k - 3].tag == "ENT"
            and getattr(ch[k - 1].entity, "kind", None) == "place"
        ):
            return k  # "Hans Lind of Espoo, Finland, has": a place after a name's place
        if opener.tag == "W" and opener.text.islower() and o + 1 < j and ch[o + 1].low == "by" and (
            "part" in self.lex.tenses(opener.low)
        ):
            return k  # "Sunter Corp, formed by First Boston Inc, began"
        if opener.tag == "W" and opener.text.islower() and o + 1 < j and "prep" in _cls(ch[o + 1]) and (
            self.lex.tenses(opener.low) == _PAST_PART
        ):
            return k  # "Talvik Paper, located in Oulu, is owned by X": a participle and its phrase
        return None

    def main_subject(self, before: int) -> _Subject | None:
        """The subject of the sentence's first finite verb before ch[before].

        The first finite verb and its subject do not depend on ``before``:
        they are found once per sentence (a scan from the sentence start for
        every participle was quadratic), and ``before`` only says whether
        that verb comes early enough.
        """
        if self._main is None:
            ch = self.ch
            i = 1
            while i < len(ch) and not self.is_finite_verb(i):
                i += 1
            subj: _Subject | None = None
            if i < len(ch):
                g = self.group(i) if not self.is_verbish(ch[i]) else None
                left = g.left if g is not None else i - 1
                in_reach = True
                if g is None:
                    # step over the auxiliaries before it (for fewer than
                    # _SCAN chunks, as a group is read)
                    floor = max(i - _SCAN, -1)
                    while left > floor and self.is_verbish(ch[left]):
                        left -= 1
                    while left > floor and _is_adv(ch[left]):
                        left -= 1
                    in_reach = not 0 <= left <= floor
                subj = self.subject_at(left) if in_reach else None
            self._main = (i, subj)
        first, found = self._main
        return found if first < before else None

    def np_right(self, k: int, follow: bool = True) -> tuple[int, int, Entity | None] | None:
        """The object phrase from ch[k]: (first, last, entity) of its cleaned
        words, or None. With ``follow``, a quantity noun's phrase after "of"
        is read instead (once: not followed again)."""
        ch = self.ch
        n = len(ch)
        content: list[int] = []
        after_qty = False
        money = -1  # index of the money mention read, if any
        i = k
        # The phrase is read for fewer than _SCAN chunks: a possessive starts
        # it again ("Kestrel's unit's shares"), and so did every "'s" of
        # "bought Kestrel's bought Kestrel's ...", which read on to the end
        # of the sentence for every verb. A phrase still going on there is
        # none (no object, no triple).
        reach = k + _SCAN
        words = _words()
        while i < n and len(content) < 10:
            if i >= reach:
                return None
            c = ch[i]
            cls = words.get(c.low, _NONE) if c.tag == "W" else _NONE  # _cls(c), inline
            if c.low in ("per", "a", "an") and not content and money >= 0 and i == money + 1:
                return money, money, None  # "offer 70 dlrs per share": a price, the amount
            if c.tag in ("QTY", "TIME") or (c.tag == "P" and c.text in _MONEY_MARKS) or (
                ("qty" in cls and after_qty) or ("num" in cls and not content)
            ):
                if c.tag == "TIME" and not content and "-" in c.text and " " not in c.text and self.noun_after(i):
                    content.append(i)  # "a five-year loan": a time that is an adjective
                    i += 1
                    continue
                if content:
                    # a quantity inside the phrase: "fiscal 1987 earnings"
                    nxt = ch[i + 1] if i + 1 < n else None
                    if (
                        c.tag in ("TIME", "QTY")
                        and nxt is not None
                        and nxt.tag == "W"
                        and not _cls(nxt) & _FUNCTION_QTY_STOP_TIME
                        and not _is_adv(nxt)
                    ):
                        content.append(i)
                        i += 1
                        continue
                    if not (
                        isinstance(c.mention, Money) and len(content) == 1 and ch[content[0]].tag == "W"
                        and ch[content[0]].text.islower() and content[0] > k
                        and ch[content[0] - 1].low in ("a", "an")
                    ):
                        break
                    content = []  # "a fresh $95 million": the word qualifies the amount
                if isinstance(c.mention, Money):
                    money = i
                after_qty = True
                i += 1
                continue
            if (
                not content and c.tag == "W" and c.text.islower() and c.low.endswith(("ing", "ed"))
                and i + 1 < n and ch[i + 1].tag == "QTY" and not self.noun_after(i + 1)
            ):
                i += 1  # "the remaining 25 pct of X": it modifies the quantity
                continue
            if "part" in cls and not content and i + 1 < n and ch[i + 1].low == "of":
                after_qty = True  # "all of its debentures", "a majority of the shares"
                i += 1
                continue
            if c.tag == "POS" or (
                c.tag == "P" and c.text in ("'", "\u2019") and content and ch[i - 1].low.endswith("s")
                and i + 1 < n and ch[i + 1].tag == "W" and ch[i - 1].end == c.start
            ):
                # a possessive starts the phrase again, a plural one too
                # ("an extraordinary shareholders' meeting")
                content = []
                after_qty = False
                i += 1
                continue
            if c.tag == "TICK":
                i += 1
                continue
            if c.text == "<" and not content and i + 2 < n and self.closes_name(i + 2):
                i += 1  # "bought 75 pct of <Kestrel GmbH>": the name in brackets
                continue
            if c.tag == "ENT":
                content.append(i)
                after_qty = False
                i += 1
                continue
            if c.tag != "W":
                break
            if not content and not after_qty and c.low in _cue("quantity-opener") and i + 1 < n and (
                ch[i + 1].tag == "QTY" or "num" in _cls(ch[i + 1])
                or (i + 2 < n and f"{c.low} {ch[i + 1].low}" in _cue("quantity-phrase") and ch[i + 2].tag == "QTY")
            ):
                # "over 500 flights", "up to 1.2 mln of its shares": the
                # words before a quantity (one or two chunks) open no object
                i += 1 if ch[i + 1].tag == "QTY" or "num" in _cls(ch[i + 1]) else 2
                continue
            if not content and c.low in ("all", "both", "half") and i + 1 < n and _cls(ch[i + 1]) & _DET_POSS:
                i += 1  # "all the assets", "half its stake"
                continue
            if not content and c.low in ("all", "each") and i + 2 < n and (
                ch[i + 1].tag == "QTY" or "num" in _cls(ch[i + 1])
            ) and ch[i + 2].low == "of":
                after_qty = True  # "all three of their rates": the phrase after "of"
                i += 2
                continue
            if cls & _DET_POSS_QMOD and not content:
                if "qmod" in cls and i + 1 < n and ch[i + 1].low == "of" and not _cls(c) & _DET_POSS:
                    after_qty = True  # "a total of 40 stores", "a minimum of 500,000 dlrs in software"
                    i += 1
                    continue
                if "qadj" in cls and self.adjective_before_noun(i):
                    content.append(i)  # "record sales", "the estimated cost"
                    after_qty = False
                i += 1
                continue
            if c.low == "in" and not content and money >= 0 and i == money + 1:
                return money, money, None  # "committed $1 billion in fresh capital": the amount
            if c.low in _cue("clause-prep") and not content and after_qty:
                after_qty = False
                i += 1
                continue
            if c.low in ("and", "or") and content and i + 1 < n and self.joins(i + 1):
                # "innovative and attractive proposals", "shares and bonds"
                content.append(i)
                i += 1
                continue
            if cls & _FUNCTION_STOP_TIME or _speech_verb(c.low):
                break
            nxt = ch[i + 1] if i + 1 < n else None
            if _is_adv(c) and c.low not in _cue("ly-adjective"):
                if nxt is None or nxt.tag != "W" or _cls(nxt) or _is_adv(nxt):
                    if content:
                        break
                    i += 1
                    continue
                # else an adjective: "an initial quarterly dividend"
            if "num" in cls:
                break  # "signed a contract four weeks ago"
            if content and self.reduced_passive(i):
                break  # "shares held by its parent"
            if content and len(c.low) > 4 and c.low.endswith("ed"):
                if nxt is None or nxt.tag in ("QTY", "TIME", "P") or _cls(nxt) & _PREP_DET_POSS_CONJ:
                    break  # "equity valued at"
            if content and len(c.low) > 5 and c.low.endswith("ing") and c.low not in _ing_nouns():
                if ch[content[-1]].low.endswith("s") and ch[content[-1]].tag == "W" and nxt is not None and (
                    nxt.tag in ("W", "ENT")
                ):
                    break  # "adopted new rules recommending lead managers"
                if nxt is not None and (
                    nxt.tag in ("QTY", "TIME") or _cls(nxt) & _DET_POSS_OBJ_SUBJ_WH
                    or ("prep" in _cls(nxt) and nxt.low != "of")  # "the idling of the mill"
                ):
                    break  # "shares, marking its first investment", "a bond maturing in 2031"
            content.append(i)
            after_qty = False
            i += 1
        while content and ch[content[-1]].low in ("and", "or"):
            content.pop()
        if not content or all(ch[x].tag == "TIME" for x in content):
            return None
        while len(content) > 1 and self.participle_only(content[-1]):
            content.pop()  # "control equipment used to direct fire": "used" is no head
        head = ch[content[-1]]
        if head.tag == "W" and head.text.islower() and (
            _heads().get(head.low) == "nohead" or head.low in _cue("particle") or head.low.endswith("-than")
            or (
                head.low.endswith("ing") and head.low not in _ing_nouns() and len(content) == 1
                and not (content[0] > k and _cls(ch[content[0] - 1]) & _DET_POSS)
            )
        ):
            # the head is no noun: "introduced its new 1988 sedan" ("new"),
            # "will lead along", "stopped importing", "a higher-than expected"
            return None
        if (
            follow and _heads().get(head.low) == "quantity" and content[-1] + 2 < n
            and ch[content[-1] + 1].low == "of" and ch[content[-1] + 2].tag in ("W", "ENT")
        ):
            # "sold small amounts of crowns": the object is what is measured,
            # read once more from after "of" (one more bounded read, which
            # follows no quantity noun again: "amounts of amounts")
            return self.np_right(content[-1] + 2, follow=False)
        ent = next((ch[x].entity for x in reversed(content) if ch[x].entity is not None), None)
        return content[0], content[-1], ent

    def participle_only(self, i: int) -> bool:
        """ch[i] is a verb form that is only a past form or a participle
        ("used", "owned"), not a base form or a noun."""
        c = self.ch[i]
        if c.tag != "W" or not c.text.islower():
            return False
        v = self.lex.verb_of(c.low)
        return v is not None and not v.noun and bool(v.tenses) and v.tenses <= {"past", "part"}

    def noun_after(self, i: int) -> bool:
        """A noun follows the quantity at ch[i] ("25 pct debentures"), not a unit
        ("100,000 tonnes"), a preposition or a mark."""
        ch = self.ch
        k = i + 1
        # read for fewer than _SCAN unit words ("million million ...")
        while k < len(ch) and "qty" in _cls(ch[k]):
            if k - i >= _SCAN:
                return False
            k += 1
        return k < len(ch) and ch[k].tag in ("W", "ENT") and not _cls(ch[k]) and not _is_adv(ch[k])

    def adjective_before_noun(self, i: int) -> bool:
        """ch[i] modifies a noun right after it ("record sales"), not a quantity."""
        ch = self.ch
        if i + 1 >= len(ch):
            return False
        nxt = ch[i + 1]
        if nxt.tag != "W" or not nxt.text.islower() or _cls(nxt) or _is_adv(nxt):
            return False
        # not a participle: "the offer further detailing the terms"
        return nxt.low in _ing_nouns() or not nxt.low.endswith(("ing", "ed"))

    def joins(self, i: int) -> bool:
        """ch[i], after "and", goes on with the same noun phrase: a word that is
        no verb and no function word, or a name, and no verb comes after it."""
        ch = self.ch
        c = ch[i]
        if c.tag == "ENT":
            if self.gapped_at(i):
                return False  # "40 % of Lakeside and Harbor Lane 15 %"
        elif c.tag != "W" or _cls(c) & _FUNCTION_STOP_TIME_QMOD or _is_adv(c):
            return False
        elif c.low in _speech() or (
            (c.low in self.lex.single or c.low in _modals()) and not self.plural_noun(i)
        ):
            return False
        elif c.low in self.lex.open and c.text.islower() and (
            (not self.lex.open[c.low].noun and "base" in self.lex.open[c.low].tenses)
            or (i + 1 < len(ch) and (ch[i + 1].tag == "QTY" or _cls(ch[i + 1]) & _DET_POSS_NUM))
        ):
            # "close three plants and take a charge", "service the loans and
            # maintain customer relationships": a second verb
            return False
        elif c.low in self.lex.open and c.text.islower() and i + 1 < len(ch) and ch[i + 1].low in _cue("particle"):
            return False  # "and lease back the plant": a phrasal verb

        k = i + 1
        while k < len(ch) and k < i + 4 and (ch[k].tag == "ENT" or (ch[k].tag == "W" and not _cls(ch[k]))):
            if (self.is_finite_verb(k) or ch[k].low in self.lex.single) and not self.plural_noun(k):
                return False
            k += 1
        return not (k < len(ch) and self.is_finite_verb(k))

    # -- triples -----------------------------------------------------------------------
    def clause_end(self, k: int) -> int:
        """Index after the last chunk of the clause that goes on at ch[k].

        A clause is read for at most ``_CLAUSE_CHUNKS`` chunks, so that a
        long sentence with many verbs costs linear time, not quadratic.
        """
        ch = self.ch
        n = min(len(ch), k + _CLAUSE_CHUNKS)
        i = k
        while i < n:
            c = ch[i]
            if c.tag == "P" and c.text in ";:":
                return i
            if c.tag == "P" and c.text == "," and i + 1 < n:
                nxt = ch[i + 1]
                if nxt.tag == "W" and (
                    _cls(nxt) & _WH_CONJ_SUBJ
                    or (nxt.low.endswith("ing") and nxt.text.islower())
                    or nxt.low in _speech()
                ):
                    return i
            if c.tag == "W" and (c.low in _speech() and i > k) :
                return i
            if c.tag == "W" and c.low in ("and", "while", "but") and i + 1 < n and (
                self.is_finite_verb(i + 1) or "subj" in _cls(ch[i + 1])
            ):
                return i
            i += 1
        return n

    def arguments(
        self, lo: int, hi: int, pre: int
    ) -> tuple[Money | None, Percent | None, Located | None]:
        # each slot of the triple takes the first mention that fills it
        # (the kind registry says which slot a kind's mentions fill)
        filled: dict[str, Any] = {}
        slots = _slots()
        for c in self.ch[lo:hi]:
            m = c.mention
            if m is not None:  # a mention, or a chunk's other payload (a ticker's code)
                slot = slots.get(getattr(m, "kind", ""))
                if slot is not None and slot not in filled:
                    filled[slot] = m
        time = filled.get("time")
        if time is None and self.first_time() < pre:
            time = self.ch[self.first_time()].mention
        return filled.get("amount"), filled.get("percent"), time

    def emit(
        self,
        subj: _Subject,
        action: str,
        obj: tuple[int, int, Entity | None],
        g: _Group | None,
        first: int,
        last: int,
        args: tuple[int, int] | None = None,
    ) -> None:
        """Add the triple; ``args`` bounds the chunks read for its arguments
        (a conjunct's own amounts: "91 pct of X and 82 pct of Y")."""
        ch = self.ch
        text = self.doc.text
        o_first, o_last, o_ent = obj
        end_idx = self.clause_end(max(last, o_last) + 1)
        lo = first if subj.first < 0 else min(first, subj.first)
        if args is None:
            amount, percent, time = self.arguments(lo, end_idx, lo)
        else:
            amount, percent, time = self.arguments(args[0], min(args[1], end_idx), lo)
        start = ch[lo].start
        end = max(ch[o_last].end, ch[last].end)
        if subj.first >= 0:
            end = max(end, ch[subj.last].end)
        for m in (amount, percent, time):
            if m is not None and m.start >= start:
                end = max(end, int(m.end))
        if (action, ch[o_last].low) in _idioms():
            # "the talks took place", "the move raised eyebrows": an idiom, no
            # act; the subject is still shared with a verb after "and"
            self.last_subject = subj
            self.last_object = o_last
            return
        object_text = text[ch[o_first].start : ch[o_last].end]
        # "gave no details", "made no comment": no fact is stated (negated);
        # the determiner is looked for among the 3 chunks before the object
        no = any(ch[x].low == "no" for x in range(max(last + 1, o_first - 3), o_first))
        self.out.append(
            Triple(
                text=text[start:end],
                start=start,
                end=end,
                subject=subj.name,
                action=action,
                object=object_text,
                subject_entity=subj.entity,
                object_entity=o_ent,
                modality=g.modality if g else None,
                negated=(g.negated if g else False) or no,
                amount=amount,
                percent=percent,
                time=time,
            )
        )
        self.last_subject = subj
        self.last_object = o_last

    def first_time(self) -> int:
        """Index of the first time mention of the sentence, or its length."""
        if self._first_time < 0:
            self._first_time = next(
                (i for i, c in enumerate(self.ch) if c.tag == "TIME" and c.mention is not None),
                len(self.ch),
            )
        return self._first_time

    def table_like(self) -> bool:
        """A line of a results table ("Shr profit 12 cts vs 8 cts Net 1,234,000
        vs ..."): a "vs" between figures. One pass over the chunks, reading one
        chunk on each side of every "vs"."""
        ch = self.ch
        n = len(ch)
        a, b = self.doc.spans[self.k]
        if "vs" not in self.doc.text[a:b].lower():
            return False  # no "vs" at all: one look at the text, not at every chunk
        for i, c in enumerate(ch):
            if c.tag == "W" and c.low in ("vs", "vs.") and 0 < i < n - 1:
                before, after = ch[i - 1], ch[i + 1]
                if (before.tag == "QTY" or "num" in _cls(before) or before.low[:1].isdigit()) and (
                    after.tag == "QTY" or "num" in _cls(after) or after.low[:1].isdigit()
                    or after.low in ("profit", "loss", "nil")
                ):
                    return True
        return False

    def run(self) -> list[Triple]:
        # (a question gives no triple: triples_of makes no _Sentence of one)
        if self.table_like():
            return []
        deadline = self.doc.deadline
        words, nominal = self.lex.words, self.lex.nominal
        ch = self.ch
        # the words that may be a verb or a nominal: one set lookup each
        for i in [i for i, c in enumerate(ch) if c.low in words and c.tag == "W"]:
            # the work for one word is bounded (_SCAN, _HOPS, _CLAUSE_CHUNKS):
            # checking the deadline before each keeps the overrun small
            if deadline is not None:
                deadline.check()
            if ch[i].low in nominal:
                self.nominal(i)
            found = self.verb_at(i)
            if found is not None:
                self.verb(i, found[0], found[1])
        return self.out

    def verb(self, i: int, verb: _Verb, last: int) -> None:
        ch = self.ch
        n = len(ch)
        # a control verb before an infinitive ("plans to increase") is no action
        # (adverbs are stepped over for fewer than _SCAN chunks: past that, no triple)
        nxt = last + 1
        while nxt < n and _is_adv(ch[nxt]):
            if nxt - last >= _SCAN:
                return
            nxt += 1
        if nxt + 1 < n and ch[nxt].low == "to" and ch[i].low in _modals():
            after = nxt + 1
            while after < n and _is_adv(ch[after]):
                if after - nxt >= _SCAN:
                    return
                after += 1
            if after < n and ch[after].tag == "W" and ch[after].text.islower() and not _cls(ch[after]) & _DET_POSS:
                return
        # (participle_before_verb reads "-ed" forms only: the others cost no call)
        if i == last and ch[i].low.endswith("ed") and participle_before_verb(ch, i):
            return  # "all firms polled fell 3.9 pct": a reduced relative clause
        # what follows an open verb may rule it out whatever its group: read first
        follows = self.open_verb_after(verb, last, nxt) if verb.open else None
        shared: tuple[int, int, Entity | None] | None = None
        open_relative = False
        if follows is not None and follows[1] is False:
            # a mark or "and" after it: an action only as the first verb of
            # a coordination that has an object ("designs, builds and sells X")
            shared = self.shared_object(last, verb)
            if shared is None:
                open_relative = self.open_relative(i, verb)  # "the bid it led"
                if not open_relative:
                    return
        g = self.group(i)
        if g is None:
            return
        if ch[i].low in _naming() and 0 <= g.left < i and ch[g.left].text == ",":
            return  # "a venture, called Norvik Partners,": a name, no act
        if shared is not None and verb.noun and not g.aux and g.modality is None and not self.names_subject(g):
            return  # "oil and gas properties": nouns, not verbs
        if shared is not None and self.chain_nouny and not g.aux and not self.opens_object(shared[0]) and not (
            self.chain_commas and self.names_subject(g)
        ):
            # "cake and meal sales", "agree to oil and gas exploration"; but a
            # list after a name is verbs: "Talvik designs, builds and sells boats"
            return
        chained = shared is not None or 0 <= g.left <= self.chain_end
        tenses = verb.tenses
        nearest = g.aux[0] if g.aux else None
        be = nearest is not None and "be" in _words().get(nearest, _NONE)
        subj: _Subject | None
        coordinated = self.coordinated(verb, last, g)
        if follows is not None and not chained and not coordinated and not open_relative and not self.open_verb_fits(
            verb, last, g, follows
        ):
            return
        if be and "part" in tenses and "ger" not in tenses:
            self.passive(i, verb, last, g)
            return
        if "ger" in tenses and not be:
            self.participle(i, verb, last, g)
            return
        if not g.aux and g.modality is None:
            if not tenses & _PAST_THIRD_BASE:
                return
            if g.left < 0:
                return
            left = ch[g.left]
            by = self.by_after(nxt) if "part" in tenses else -1
            if by >= 0 and isinstance(left.mention, Percent):
                self.reduced(verb, last, g, by)  # "X, 75 pct owned by Y"
                return
            if left.tag in ("QTY", "POS") or _cls(left) & _DET_POSS_PREP_QMOD:
                return  # a noun: "a 5% cut", "its plans", "the order"
            if left.tag == "ENT" and g.left >= 1 and ch[g.left - 1].low in ("a", "an"):
                return  # "an Ankara Radio report monitored": the name modifies a noun
            if by >= 0:
                self.reduced(verb, last, g, by)  # "freighters ordered (last year) by X"
                return
            if last == i and plural_noun_before_verb(ch, i):
                return  # "Factory orders rose": a plural noun heads the subject
        if g.modality in _cue("forecast") and "figure" in _not_actions().get(verb.lemma, _NONE):
            return  # "expects to report a profit": a forecast of a figure
        # the object first: it is cheaper to find than the subject (whose
        # pronoun may send the search to earlier sentences)
        ambiguous = not g.aux and g.modality is None and bool(tenses & _BASE_THIRD)
        obj = self.object_of(last + 1, verb, ambiguous)
        if obj is None:
            obj = shared or self.shared_object(last, verb)
            shared = obj
        relative = obj is None
        if obj is None:
            obj = self.relative_object(g)
            if obj is None:
                return
        subj = self.subject_at(g.left)
        if subj is None and relative:
            subj = self.relative_subject(g, verb, last)  # "a raise, which the seamen rejected"
        if subj is not None and subj.first > 0 and ch[subj.first - 1].low == "by" and (
            g.left < 0 or ch[g.left].low not in ("which", "who", "that")
        ):
            subj = None  # "a group managed by X will handle ...": the agent of a participle
        if subj is None and 0 <= g.left <= self.chain_end and ch[g.left].low in (",", "and", "or"):
            subj = self.chain_subject  # "Norvik designs, builds and sells X"
        if subj is None and self.last_subject is not None and g.left >= 0 and (
            ch[g.left].low == "and" or coordinated
        ) and not self.agent_only(self.last_subject):
            subj = _Subject(self.last_subject.entity, self.last_subject.name, -1, -1)
            if coordinated:
                g = g._replace(modality=self.verb_modality)  # "will pay X and take on Y"
        if subj is None and self.after_verb_alone(g):
            found = self.subject_of_verb(g.left - 1)  # "Norvik restructured and cut 200 jobs"
            subj = None if found is None else _Subject(found.entity, found.name, -1, -1)
        if subj is None and g.left >= 1 and (ch[g.left].text == "but" or self.joined_past(verb, last, g)):
            # "X cut the duty, but raised the quota", "X took office and announced a plan"
            subj = self.contrast_subject(g, verb, last, obj)
        if subj is not None and shared is not None:
            self.chain_subject = subj
        if subj is None or (self.doc.opts.coreference and not _actor_fits(subj)):
            return
        if relative:  # the span runs from the object to the verb
            if obj[2] is not None and subj.name == obj[2].text:
                return  # "Kestrel Corp, which it acquired": not its own object
            bare = open_relative or (ch[g.left].low == "it" and ch[g.left - 1].low not in ("which", "that"))
            if bare and (subj.entity.refers_to is None or subj.entity.refers_to.kind != "org"):
                return  # "the price it paid": "it" must stand for a firm
            self.emit(subj, verb.lemma, obj, g, obj[0], last)
            return
        self.clause(subj, verb.lemma, obj, g, last)
        self.gapped(verb.lemma, obj, g)
        if shared is not None:
            self.chain_end = max(self.chain_end, self.chain_last)
        self.verb_modality = g.modality
        self.verb_last = last
        self.verb_form = (
            "base" if g.modality is not None and not g.aux
            else None if g.aux or g.modality is not None
            else "past" if "past" in tenses else "third" if "third" in tenses else None
        )

    def after_verb_alone(self, g: _Group) -> bool:
        """Does the verb group ``g`` (no auxiliary, no modal) follow "and"
        and a verb used without an object ("alone" in triple_not_actions.tsv:
        "restructured and cut 200 jobs")? It shares that verb's subject."""
        ch = self.ch
        if g.aux or g.modality is not None or g.left < 1 or ch[g.left].low != "and":
            return False
        found = self.verb_at(g.left - 1)
        return found is not None and "alone" in _not_actions().get(found[0].lemma, _NONE)

    def agent_only(self, subj: _Subject) -> bool:
        """Is ``subj`` an agent after "by" ("a fund controlled by Arvo raised
        X and used Y", "Talvik was fined by the regulator and hired Y"): no
        subject for a later verb of that clause."""
        return subj.first > 0 and self.ch[subj.first - 1].low == "by"

    def joined_past(self, verb: _Verb, last: int, g: _Group) -> bool:
        """Is the verb group ``g`` a past form alone right after "and", with
        an object that opens with a determiner or a possessive, after a
        finite verb of the sentence ("X was founded in 1986 and completed
        an offering", "rejected its quota of 5 mln bpd and demanded a
        share")? Then it is a verb of a second clause sharing the first's
        subject (:meth:`contrast_subject`), not an adjective ("detailed
        proposals", "and limited the"... after a bare adjective)."""
        ch = self.ch
        b = g.left
        if g.aux or g.modality is not None or b < 1 or ch[b].low != "and" or not verb.tenses & _PAST_THIRD:
            return False
        k = last + 1
        if not (k < len(ch) and ch[k].tag == "W" and _cls(ch[k]) & _DET_POSS):
            return False
        if _bare_adjective(ch[b - 1]):
            return False  # "rising and expanded the": no clause ends on an adjective
        for x in range(b - 1, max(-1, b - _SCAN), -1):
            if self.heads_clause(x):
                return True
            if "base" in verb.tenses and (ch[x].low == "to" or ch[x].low in _modals()):
                return False  # "failed to reduce debt and cut the deficit": an infinitive
        return False

    def contrast_subject(
        self, g: _Group, verb: _Verb, last: int, obj: tuple[int, int, Entity | None]
    ) -> _Subject | None:
        """The subject of a finite verb group right after "but" with none of
        its own ("Vexa cut the duty in May, but raised the quota", "had planned
        to open a plant, but postponed the move"): that of the clause before
        "but". It is the subject of the sentence's last triple, where nothing
        between that triple's verb and "but" opens a clause, or else that of
        the nearest finite verb before "but" (read back for fewer than _SCAN
        chunks), unless that one is a speech verb ("He said X, but added ...").

        With no auxiliary or modal, the verb is a past form and no noun, or
        its object opens with a determiner or a possessive ("but reserve the
        right", "but sells its pulp"; not "but offers at 65 dlrs show", "but
        plans call for"). Not after a speech verb ("but added the plan ..."),
        nor where a finite verb follows the object ("but increased
        competition may hurt": an adjective in a subject), nor between an
        adjective and a bare noun ("a booming but closed market").
        """
        ch = self.ch
        b = g.left
        n = len(ch)
        if _speech_verb(ch[last].low) or any(self.is_finite_verb(x) for x in range(last + 1, min(obj[1] + 2, n))):
            return None
        if not g.aux and g.modality is None:
            k = last + 1
            det = k < n and ch[k].tag == "W" and bool(_cls(ch[k]) & _DET_POSS)
            if not (det or ("past" in verb.tenses and not verb.noun)):
                return None
            if not det and _bare_adjective(ch[b - 1]):
                return None
        if self.last_subject is not None and 0 <= self.verb_last < b and not any(
            ch[x].tag == "W" and (
                self.is_verbish(ch[x]) or self.heads_clause(x) or bool(_cls(ch[x]) & _WH_SUBJ)
                or ch[x].low in _cue("subordinator")
            )
            for x in range(self.verb_last + 1, b)
        ):
            found: _Subject | None = self.last_subject
        else:
            k = b - 1
            while k >= 0 and b - k < _SCAN and not (self.heads_clause(k) and not self.plural_noun(k)):
                k -= 1
            if k < 0 or b - k >= _SCAN or _speech_verb(ch[k].low):
                return None
            found = self.subject_of_verb(k)
            if found is not None and ch[b].low == "and" and (
                self.agent_only(found)
                or any(
                    ch[x].low in ("which", "that", "who") and found.last < x - 2
                    for x in range(max(0, k - 3), k)
                )
            ):
                # "a firm controlled by X raised ..., and used": the agent of a
                # participle; "a dispute that has delayed X and threatens": a
                # relative whose antecedent is no actor ("Peru, which cut X and
                # signed Y" keeps Peru)
                return None
        return None if found is None else _Subject(found.entity, found.name, -1, -1)

    def after_object(self, j: int) -> bool:
        """Does the comma at ch[j] follow the last object emitted, with only
        prepositional phrases and times between (fewer than 12 chunks: "cut
        rates for the first time in a decade, paused ...")?"""
        ch = self.ch
        first = self.last_object + 1
        return 0 < first <= j and j - first < 12 and all(
            ch[x].text != "," and not _cls(ch[x]) & _WH_CONJ_SUBJ and not self.heads_clause(x)
            for x in range(first, j)
        )

    def coordinated(self, verb: _Verb, last: int, g: _Group) -> bool:
        """Is the verb ending at ch[last] the second verb of a coordination
        of verb phrases, each with its own object, after a triple of this
        sentence ("Norvik cut its prices and closed two stores", "UPM cut
        output, closed mills and slashed jobs", "Vexa will sell X and take
        on Y")? Then it shares that triple's subject and modality.

        It follows "and" (or a comma right after that triple's object), with
        no verb, auxiliary or connective between the two verbs ("... might
        spark inflation and depress ...": the second verb is the nearer
        one's), has no auxiliary of its own and the form of the first verb:
        past after past, third person after third person, the base form
        after a modal or a control verb; nor is it a participle that names
        ("a venture, called X"). Its object opens like one (a determiner, a
        name, an amount), or is a bare noun after a verb form that is no
        participle ("slashes jobs", "will sell units", not "subordinated
        debt"); after a form that is also a noun, it opens with a determiner
        or a possessive ("and import the same amount", not "class B shares",
        "oil and gas assets").
        """
        ch = self.ch
        form = self.verb_form
        if form is None or self.last_subject is None or g.aux or g.modality is not None or g.left < 0:
            return False
        left = ch[g.left]
        if not (left.low == "and" or (left.text == "," and self.after_object(g.left))):
            return False
        if form not in verb.tenses or ch[g.start].low in _naming():
            return False
        for x in range(self.verb_last + 1, g.left):
            c = ch[x]
            if c.tag == "W" and (
                self.is_verbish(c) or self.heads_clause(x) or _cls(c) & _WH_SUBJ
                or c.low in _cue("subordinator")
            ):
                return False
        k = last + 1
        if k < len(ch) and _is_adv(ch[k]):
            k += 1
        if k >= len(ch):
            return False
        c = ch[k]
        if verb.noun:  # "class A and class B shares", "and zone 5c": nouns
            return c.tag == "W" and bool(_cls(c) & _DET_POSS)
        if self.opens_object(k):
            return True
        return c.tag == "W" and c.text.islower() and not _cls(c) and not _speech_verb(c.low) and (
            "part" not in verb.tenses
        )

    def clause(self, subj: _Subject, action: str, obj: tuple[int, int, Entity | None],
               g: _Group, last: int) -> None:
        """Emit the triple of a verb, one per coordinated subject and object,
        and the triple of an infinitive after an agreement-like object."""
        ch = self.ch
        o_first, o_last, _ = obj
        objs = [obj]
        spans: list[tuple[int, int] | None] = [None]
        # "acquired Kestrel Oyj and Vexa Group": names joined inside the
        # object, split at the last "and" of the phrase (at most 10 chunks)
        cut = next((x for x in range(o_last - 1, o_first, -1) if ch[x].low in ("and", "&")), -1)
        gap = any(  # "30 % in X and UPM -- 17 %": gapping (three chunks read)
            isinstance(ch[x].mention, (Money, Percent)) for x in range(o_last + 1, min(o_last + 4, len(ch)))
        )
        joined = cut > o_first and self.conjoined_names(cut - 1, cut + 1) and all(
            ch[x].tag == "ENT" for x in range(cut + 1, o_last + 1)
        )
        if joined and gap:
            objs = [(o_first, cut - 1, ch[cut - 1].entity)]  # the name after "and" is a subject
            spans = [(g.start, cut)]
        elif joined:
            objs = [(o_first, cut - 1, ch[cut - 1].entity), (cut + 1, o_last, ch[o_last].entity)]
            spans = [(g.start, cut), (cut + 1, o_last + 1)]
        else:
            if self.bare_conjuncts(o_first, cut, o_last):
                # "assume substantial debt and unfunded pension liabilities"
                objs = [(o_first, cut - 1, None), (cut + 1, o_last, None)]
                spans = [(g.start, cut), (cut + 1, o_last + 1)]
            k = o_last + 1
            if k < len(ch) and self.closes_name(k):
                k += 1  # "acquired <Kestrel Oy> and <Vexa AB>"
            k = self.after_measure(k)
            second = self.second_object(k)
            if second is not None:
                spans[-1] = (spans[-1] or (g.start, 0))[0], k
                spans.append((k + 1, second[1] + 1))
                objs.append(second)
        subjects = [subj]
        other = self.conjoined_subject(subj)
        if other is not None:
            subjects.insert(0, other)
        for s in subjects:
            for o, span in zip(objs, spans, strict=True):
                self.emit(s, action, o, g, g.start, last if o is obj else max(last, o[1]), span)
        self.infinitive(subj, objs[-1], g)

    def bare_conjuncts(self, first: int, cut: int, last: int) -> bool:
        """Is the object ch[first..last] two noun phrases of common words
        joined by the "and" at ch[cut], each a whole phrase? The first has
        two words or more and ends in a noun, the second holds no verb, and
        the first cannot lend its head to the second: it ends in a plural
        ("military trucks and spare parts"; not a plural that modifies, cue
        ``plural-modifier``: "new sales and service office"), or the second
        is one word ("investment research and strategy") or opens a phrase
        of its own (cue ``np-opener``, an adjective in "-ed" that is no verb
        form: "debt and other liabilities", "substantial debt and unfunded
        pension liabilities"). A single word before "and" ("oil and gas
        properties", "paper and pulp") and a second phrase that may share
        the head ("certain financial and engineering conditions") are left
        as one object."""
        ch = self.ch
        if cut - first < 2 or last <= cut:
            return False
        if any(ch[x].tag != "W" or not ch[x].text.islower() or ch[x].low in ("and", "or")
               for x in (*range(first, cut), *range(cut + 1, last + 1))):
            return False
        end = ch[cut - 1].low
        found = self.verb_at(cut - 1)
        if _heads().get(end) == "nohead" or end.endswith(("ed", "ing", "-")) or not (found is None or found[0].noun):
            return False
        for x in range(cut + 1, last + 1):
            verb = self.verb_at(x)
            if verb is not None and (not verb[0].noun or (x == last == cut + 1 and not ch[x].low.endswith("s"))):
                return False  # "and made misleading statements", "and relay": a verb
        opener = ch[cut + 1].low
        return (
            (end.endswith("s") and not end.endswith("ss") and end not in _cue("plural-modifier"))
            or last == cut + 1
            or opener in _cue("np-opener")
            or (opener.endswith("ed") and last > cut + 1)
        )

    def joined_names(self, obj: tuple[int, int, Entity | None]) -> list[tuple[int, int, Entity | None]]:
        """The object phrase ``obj`` split into the names joined by its last
        "and" ("Kestrel Oy and Vexa Group"), as :meth:`clause` splits a
        verb's object; else ``[obj]``."""
        ch = self.ch
        first, last, _ = obj
        cut = next((x for x in range(last - 1, first, -1) if ch[x].low in ("and", "&")), -1)
        if cut > first and self.conjoined_names(cut - 1, cut + 1) and all(
            ch[x].tag == "ENT" for x in range(cut + 1, last + 1)
        ):
            return [(first, cut - 1, ch[cut - 1].entity), (cut + 1, last, ch[last].entity)]
        return [obj]

    def opens_object(self, k: int) -> bool:
        """Does the phrase at ch[k] open like an object: a name, an amount or
        quantity, a determiner or possessive ("a chain", "its real estate")?"""
        c = self.ch[k]
        return c.tag in ("ENT", "QTY") or c.mention is not None or (
            c.tag == "W" and (bool(_cls(c) & _DET_POSS) or c.low[:1].isdigit())
        )

    def names_subject(self, g: _Group) -> bool:
        """Is the chunk before a verb group a name or a subject pronoun that
        nothing governs ("Talvik Oyj designs", not "buy USAir stock", "the
        Ankara Radio report")? Asked of a form that is also a noun."""
        ch = self.ch
        if g.left < 0:
            return False
        left = ch[g.left]
        if left.low in _SUBJECT_PRONOUNS or left.low in ("which", "who"):
            return True
        if left.tag != "ENT":
            return False
        before = ch[g.left - 1] if g.left >= 1 else None
        return before is None or before.low == "," or (
            before.tag == "W" and not _cls(before) & _DET_PREP_POSS and self.verb_at(g.left - 1) is None
        )

    def shared_object(self, last: int, verb: _Verb) -> tuple[int, int, Entity | None] | None:
        """The object that a coordination of verbs shares, read after its
        last verb: "designs, builds and sells forestry machines", "will
        deliver and install the turbines" (SCHEMA: one triple a verb).

        The verbs are joined by commas and a final "and"/"or" (at most
        _CHAIN of them) and share a tense. Two verbs joined by "and" alone
        share the object only when neither merely moves a measure or states
        one ("rose and fell", "restructured and cut 200 jobs" is read only
        for the second verb if the first is such a verb).
        """
        ch = self.ch
        n = len(ch)
        k = last + 1
        commas = 0
        tenses = verb.tenses & _FINITE_OR_BASE
        self.chain_nouny = verb.noun
        if not tenses or _not_actions().get(verb.lemma, _NONE) & _NOT_SHARED:
            return None
        for _ in range(_CHAIN):
            start = k
            if k < n and ch[k].low == ",":
                commas += 1
                k += 1
            joined = k < n and ch[k].low in ("and", "or")
            if joined:
                k += 1
            if k == start or k >= n:
                return None
            found = self.verb_at(k)
            if found is None:
                return None
            other, other_last = found
            if not other.tenses & tenses or _speech_verb(ch[k].low) or (
                _not_actions().get(other.lemma, _NONE) & _NOT_SHARED
            ):
                return None
            self.chain_nouny = self.chain_nouny or other.noun
            obj = self.object_of(other_last + 1, other, False)
            if obj is not None and ch[obj[0]].low in _modals():
                return None  # "bids and offers can now be seen": nouns before a modal
            if obj is not None:
                if not joined:
                    return None  # "designs, builds machines": no list
                if "alone" in _not_actions().get(verb.lemma, _NONE) and not (
                    obj[0] >= 1 and _cls(ch[obj[0] - 1]) & _DET_POSS
                ):
                    return None  # "restructured and cut 200 jobs", not "reorganized and sold its unit"
                self.chain_last = other_last  # kept once this verb makes a triple
                self.chain_commas = commas
                return obj
            k = other_last + 1
        return None

    def relative_object(self, g: _Group) -> tuple[int, int, Entity | None] | None:
        """The object of a relative clause that has no object after its verb:
        "properties which the firm bought", "the unit, which it sold": the
        noun phrase before "which"/"that" (np_left and np_right: bounded)."""
        ch = self.ch
        if g.left < 0 or g.aux:
            return None
        if g.left >= 2 and ch[g.left].low == "it" and ch[g.left - 1].low not in ("which", "that"):
            nxt = ch[g.start + 1] if g.start + 1 < len(ch) else None
            if nxt is not None and (nxt.tag in ("ENT", "QTY") or _cls(nxt) & _DET_POSS):
                return None  # "a letter it cut the amount": the verb has an object
            return self.bare_relative_object(g.left - 1)  # "the price it paid"
        s = self.np_left(g.left) if ch[g.left].low not in _SUBJECT_PRONOUNS else g.left
        if s < 2 or s > g.left or ch[s - 1].low not in ("which", "that") or ch[s - 1].tag != "W":
            return None
        j = s - 2
        if ch[j].text == ",":
            j -= 1
        if j >= 2 and ch[j].tag == "TIME" and ch[j - 1].low == "due":
            j -= 2  # "notes due 1992 that it bought": the date of the notes
        if j < 0 or ch[j].tag not in ("W", "ENT") or ch[j].tag == "TIME":
            return None
        first = self.np_left(j)
        while first < j and ch[first].tag == "W" and ch[first].text.islower() and (
            ch[first].low.endswith("ed") and len(ch[first].low) > 4
        ):
            first += 1  # "but excluded properties which ...": a verb before the phrase
        obj = self.np_right(first) if first <= j else None
        if obj is None or obj[1] != j or any(
            _speech_verb(ch[x].low) or "time" in _cls(ch[x])
            or (self.is_finite_verb(x) and not (  # "the notes that it bought": a noun
                _cls(ch[x - 1]) & _DET_POSS and (ch[s - 1].low == "which" or ch[x].low.endswith("s"))
            ))
            for x in range(obj[0], obj[1] + 1)
        ):
            return None
        if ch[j].tag == "W" and ("coref" in nouns().get(ch[j].low, ()) or "group" in nouns().get(ch[j].low, ())):
            return None  # "the company that it bought": an actor, likely the subject
        return obj

    def open_relative(self, i: int, verb: _Verb) -> bool:
        """An open verb with nothing after it that may end an object relative
        clause whose subject is "it" ("the bid it led on behalf of ...",
        "the unit which it led in 1986"): read on, :meth:`relative_object`
        decides. Not a verb that moves a measure, a naming verb or a form that
        is also a noun, nor before "to" ("which it failed to meet"), "as"
        ("which it identified as X") or "at" ("which it put at"), nor after
        "that" ("the fact that it operates": a "that" clause)."""
        ch = self.ch
        if verb.noun or "move" in _not_actions().get(verb.lemma.split()[0], _NONE) or ch[i].low in _naming():
            return False
        if i + 1 < len(ch) and ch[i + 1].low in _cue("relative-stop"):
            return False  # "which it identified as ...", "which it put at 5 mln": no act
        left = i - 1
        while left >= 0 and _is_adv(ch[left]):
            left -= 1
        return left >= 2 and ch[left].text == "it" and ch[left - 1].low != "that"

    def bare_relative_object(self, j: int) -> tuple[int, int, Entity | None] | None:
        """The object of a relative clause without "which"/"that" whose
        subject is "it" ("the legal bid it led", "the price it paid"): a
        phrase of lower-case words ending at ch[j] and opened by a determiner
        or a possessive. Not a name, an actor ("the company it bought" is
        more often its subject), a noun of `not-relative` in
        `triple_cues.tsv` ("the time it took", "the way it"), a verb form
        that is no noun ("a sailor knows it"), nor a phrase after a speech
        verb. The caller asks "it" to stand for a firm."""
        ch = self.ch
        head = ch[j]
        if head.tag != "W" or not head.text.islower() or _cls(head) or _heads().get(head.low):
            return None
        found = self.lex.verb_of(head.low)
        forms = _verb_forms()
        if head.low in _cue("not-relative") or (found is not None and not found.noun and "third" in found.tenses) or (
            head.low in forms.thirds and head.low not in forms.nouns
        ):
            return None
        if any(k in nouns().get(head.low, ()) for k in ("coref", "group", "unit", "title")):
            return None
        first = self.np_left(j)
        if first >= j or not _cls(ch[first]) & _DET_POSS:
            return None
        if first >= 1 and _speech_verb(ch[first - 1].low):
            return None
        obj = self.np_right(first)
        if obj is None or obj[1] != j or any(
            (ch[x].tag != "W" and x > first) or "time" in _cls(ch[x]) or _speech_verb(ch[x].low)
            or (first < x < j and self.is_finite_verb(x))
            for x in range(obj[0], obj[1] + 1)
        ):
            return None
        return obj

    def relative_subject(self, g: _Group, verb: _Verb, last: int) -> _Subject | None:
        """The subject of an object relative clause that is a common noun
        after "the" ("a raise, which the seamen rejected", "the terms that
        the lenders accepted": after "that", only a plural, as a noun's own
        "that" clause is more often singular, "the belief that the trade gap
        will expand"): in that slot a noun names who acts, whether
        or not it is a known actor. One or two lower-case words, the last a
        noun (no verb form, no word that cannot end a phrase); the verb is
        no noun and no third person in "-s", and the clause ends after it or
        goes on with a preposition or a time ("that the cost-of-living
        increases would ...", "the contention that the debt issue was ...":
        a "that" clause whose subject is the noun and the verb)."""
        ch = self.ch
        if verb.noun or verb.tenses == _THIRD:
            return None
        nxt = ch[last + 1] if last + 1 < len(ch) else None
        if nxt is not None and not (nxt.tag in ("P", "TIME") or (nxt.tag == "W" and "prep" in _cls(nxt))):
            return None
        b = g.left
        a = b - 1 if b >= 1 and ch[b - 1].tag == "W" and ch[b - 1].text.islower() and not _cls(ch[b - 1]) else b
        if a < 3 or ch[a - 1].low != "the" or ch[a - 2].low not in ("which", "that") or ch[a - 2].tag != "W":
            return None
        k = a - 3
        before = self.lex.verb_of(ch[k].low)
        if ch[a - 2].low == "that" and not (
            ch[k].tag == "W" and ch[k].low.endswith("s") and not ch[k].low.endswith("ss")
            and (before is None or before.noun)
        ):
            return None  # "the belief that the trade gap will expand": a noun's "that" clause
        nouny = self.np_left(k) < k or (k >= 1 and bool(_cls(ch[k - 1]) & _DET_POSS))
        if ch[k].text != "," and ch[k].tag != "ENT" and not nouny and (
            (before is not None and not before.noun) or not ch[k].low.endswith("s")
            or _speech_verb(ch[k].low) or (k >= 1 and ch[k - 1].low == "to")
        ):
            return None  # "to emphasise that the fee paid for ...": a "that" clause after a verb
        for x in range(a, b + 1):
            c = ch[x]
            if c.tag != "W" or not c.text.islower() or _cls(c) or _is_adv(c) or _speech_verb(c.low):
                return None
        head = ch[b]
        found = self.verb_at(b)
        if (found is not None and not found[0].noun) or _heads().get(head.low) or "time" in _cls(head):
            return None
        e = Entity(self.doc.text[ch[a].start : head.end], ch[a].start, head.end, "group")
        return _Subject(e, e.text, a, b)

    def conjoined_names(self, a: int, b: int) -> bool:
        """ch[a] and ch[b], either side of "and", are two names of actors
        (organisations, places, persons: not two one-word names, which may
        be one name, "Marks and Spencer")."""
        ea, eb = self.ch[a].entity, self.ch[b].entity
        if ea is None or eb is None or self.ch[a].tag != "ENT" or self.ch[b].tag != "ENT":
            return False
        if ea.kind not in ("org", "place", "person", "name") or eb.kind not in ("org", "place", "person", "name"):
            return False
        # "Harper and Row Publishers", "Smith and Wesson Corp": a one-word
        # name before a name of several words may be the start of one name
        return not (ea.kind == "name" and " " not in ea.text and " " in eb.text)

    def after_measure(self, k: int) -> int:
        """The index after an "of" phrase of an amount at ch[k] ("a surplus
        of 77 billion marks", "a cut of 3,500 workers"; at most three nouns
        after the amount), or ``k``: a second object after "and" may follow
        it."""
        ch = self.ch
        n = len(ch)
        if k + 1 >= n or ch[k].low != "of" or not (ch[k + 1].tag == "QTY" or ch[k + 1].mention is not None):
            return k
        j = k + 2
        while j < n and j - k < 5 and ch[j].tag == "W" and ch[j].text.islower() and not (
            _cls(ch[j]) or self.verb_at(j) is not None
        ):
            j += 1
        return j

    def second_object(self, k: int) -> tuple[int, int, Entity | None] | None:
        """A second object joined by "and" at ch[k] that opens a noun phrase
        of its own ("91 pct of X and 82 pct of Y", "bought X and its unit
        Y"), read once (np_right: fewer than _SCAN chunks), and only where
        the clause ends after it: no verb of a second clause follows."""
        ch = self.ch
        n = len(ch)
        also = k + 4 < n and ch[k].text == "," and [c.low for c in ch[k + 1 : k + 4]] == ["as", "well", "as"]
        if also:
            k += 3  # ", as well as two plants": "as well as" joins like "and"
        elif k + 1 >= n or ch[k].low != "and" or ch[k].tag != "W":
            return None
        nxt = ch[k + 1]
        if nxt.text == "<" and k + 3 < n and self.closes_name(k + 3):
            nxt = ch[k + 2]  # "and <Vexa AB>": a name in brackets
        if not (nxt.tag in ("QTY", "ENT") or (nxt.tag == "W" and (
            _cls(nxt) & _DET_POSS or (also and "num" in _cls(nxt))
        ))):
            return None
        if self.gapped_at(k + 1):
            return None  # "... and Harbor Lane 15 %": gapping, a subject
        if nxt.tag == "W" and nxt.low in ("a", "an", "the") and k + 2 < n and ch[k + 2].tag == "W" and (
            "coref" in nouns().get(ch[k + 2].low, ())
        ):
            return None  # "and the company ...": a second clause
        second = self.np_right(k + 1)
        if second is None:
            return None
        after = second[1] + 1
        if after < n and self.closes_name(after):
            after += 1
        if after < n:
            c = ch[after]
            if not (c.tag in ("TIME", "QTY") or (c.tag == "P" and c.text in ".,;)") or (
                c.tag == "W" and _cls(c) & _PREP and not self.is_finite_verb(after)
            )):
                return None
        if ch[second[1]].tag == "W" and "coref" in nouns().get(ch[second[1]].low, ()):
            return None
        return second

    def conjoined_subject(self, subj: _Subject) -> _Subject | None:
        """The first of two names joined by "and" as the subject ("Norvik
        and Kestrel Oyj signed"): one chunk read before the subject."""
        ch = self.ch
        a = subj.first
        if a >= 3 and ch[a - 1].text == "<" and ch[a - 2].low in ("and", "&"):
            a -= 1  # "<Kestrel Oy> and <Vexa AB> signed": names in brackets
        if a >= 4 and ch[a - 1].low in ("and", "&") and self.closes_name(a - 2):
            b = a - 3
            f = b - 1 if ch[b - 1].text == "<" else b
            if not self.conjoined_names(b, subj.first) or (f >= 1 and (
                _cls(ch[f - 1]) & _PREP or ch[f - 1].tag == "POS" or ch[f - 1].text == ","
            )):
                return None  # "shareholders of <X> and <Y>", a list
            return self.actor(b, b)
        if a >= 3 and ch[a - 1].low == "and" and ch[a - 2].low == "it" and ch[a - 2].tag == "W" and (
            _speech_verb(ch[a - 3].low) or ch[a - 3].low == "that"
        ) and ch[subj.first].tag == "ENT" and subj.entity.kind != "pronoun":
            # "X said it and Kestrel AB signed": "it" after a speech verb is the firm that speaks
            it = self.actor(a - 2, a - 2)
            firm = it is not None and getattr(it.entity.refers_to, "kind", None) == "org"
            return it if it is not None and firm and it.name.split()[0] != subj.name.split()[0] else None  # not "X and X Corp"
        if a < 2 or ch[a - 1].low not in ("and", "&") or subj.entity.kind == "pronoun":
            return None
        if not self.conjoined_names(a - 2, a):
            return None
        if a >= 4 and ch[a - 3].text == "," and ch[a - 4].tag == "ENT":
            return None  # a list: "X, Y and Z" (left as it is)
        if a >= 3 and (_cls(ch[a - 3]) & _PREP or ch[a - 3].tag == "POS"):
            return None  # "shareholders of X and Y"
        return self.actor(a - 2, a - 2)

    def infinitive(self, subj: _Subject, obj: tuple[int, int, Entity | None], g: _Group) -> None:
        """An infinitive that completes an agreement-like object: "signed an
        agreement to acquire Y" also gives the subject / acquire / Y. The
        "to" is looked for among the 12 chunks after the object."""
        ch = self.ch
        n = len(ch)
        end = obj[1]
        if end + 2 < n and ch[end + 1].low == "of" and ch[end + 2].low in _cue("deal"):
            end += 2  # "a letter of intent to acquire", "a memorandum of understanding to"
        head = ch[end]
        if head.tag != "W" or head.low not in _cue("deal"):
            return
        if any(
            ch[x].low in _cue("receiver") and getattr(self.lex.verb_of(ch[x - 1].low), "lemma", "") in _cue("ditransitive")
            for x in range(max(1, obj[0] - 3), obj[0])
        ):
            return  # "awarded it a contract to supply X": the receiver supplies
        t = end + 1
        while t < n and t - end <= 12 and not (ch[t].tag == "W" and ch[t].low == "to"):
            c = ch[t]
            if (c.tag == "P" and c.text in ";:,") or (c.tag == "W" and (
                _cls(c) & _WH_CONJ_SUBJ or self.is_finite_verb(t)
            )):
                return
            t += 1
        if t + 1 >= n or ch[t].low != "to" or (t >= 2 and ch[t - 1].low == "order" and ch[t - 2].low == "in"):
            return
        found = self.verb_at(t + 1)
        if found is None or "base" not in found[0].tenses:
            return
        verb, last = found
        o2 = self.object_of(last + 1, verb)
        # "a contract to deliver and install the structures": the verbs of
        # the infinitive share the object of the last one
        chained = self.shared_object(last, verb) if o2 is None else None
        if verb.open and chained is None and not self.open_verb_fits(verb, last, _Group(t, t + 1, "to", False, ())):
            return
        o2 = o2 or chained
        if o2 is None:
            return
        shared = _Subject(subj.entity, subj.name, -1, -1)
        for o in self.joined_names(o2):  # "to acquire Kestrel Oy and Vexa Group": one triple each
            self.emit(shared, verb.lemma, o, _Group(t - 1, t, g.modality, g.negated, ()), t, max(last, o[1]))
        if chained is not None:
            # the later verbs of the coordination take this subject
            self.chain_end = max(self.chain_end, self.chain_last)
            self.chain_subject = shared

    def open_verb_after(self, verb: _Verb, last: int, past: int = -1) -> tuple[int, bool | None]:
        """What follows an open verb, read whatever its verb group: the index
        of the chunk after its adverbs, and ``True`` (a passive with its
        agent: "was led by X"), ``False`` (no action: nothing, a mark, a
        preposition or a measure follows) or ``None`` (the group decides, see
        :meth:`open_verb_fits`). Read before the group, so that the many
        open verbs that are no actions cost no group. ``past``, if the caller
        has it, is the index after the adverbs (read for fewer than _SCAN;
        they are not read again)."""
        ch = self.ch
        n = len(ch)
        k = past
        if k < 0:
            # adverbs are stepped over for fewer than _SCAN chunks
            k = last + 1
            while k < n and _is_adv(ch[k]):
                if k - last >= _SCAN:
                    return k, False
                k += 1
        nxt = ch[k] if k < n else None
        if nxt is not None and nxt.low == "by" and "part" in verb.tenses:
            return k, True  # a passive: "was led by X"
        if nxt is None or nxt.tag == "P" or (nxt.tag == "W" and _words().get(nxt.low, _NONE) & _PREP_QTY_CONJ_STOP):
            return k, False
        lemma = verb.lemma
        if "move" in _not_actions().get(lemma if " " not in lemma else lemma.split()[0], _NONE):
            if nxt.tag in ("QTY", "TIME") or (nxt.tag == "W" and (
                _cls(nxt) & _QMOD_PART_NUM or nxt.low[:1].isdigit() or nxt.low in _cue("measure")
            )):
                return k, False  # "Nokia gained 2 pct", "climbed to", "lost some of its gains"
            if k + 1 < n and ch[k + 1].low in _cue("measure"):
                return k, False  # "rose the same amount"
            if any(isinstance(ch[x].mention, Percent) for x in range(k, min(k + 4, n))):
                return k, False  # "fell a real one pct" (four chunks read)
        return k, None

    def open_verb_fits(self, verb: _Verb, last: int, g: _Group, after: tuple[int, bool | None] | None = None) -> bool:
        """An open verb (not a listed action) is read as one only with what
        makes it one: a "move" verb ("rose", "gained") an object that is no
        measure right after it ("dropped its bid", not "dropped 5%"), and a
        form that is also a noun ("prices", "stock"), without an auxiliary,
        an object that opens like one (a determiner, a name, an amount) or
        an adverb before it ("typically prices contracts").

        ``after`` is :meth:`open_verb_after` for ``verb`` and ``last``, if
        the caller has it already."""
        ch = self.ch
        if g.aux:
            # the form the nearest auxiliary asks for: "has been prime minister"
            # has no verb "prime"
            near = _words().get(g.aux[0], _NONE)
            if ("be" in near and not verb.tenses & _PART_GER) or (
                "have" in near and "part" not in verb.tenses
            ) or ("do" in near and "base" not in verb.tenses):
                return False
        elif g.modality is not None and "base" not in verb.tenses:
            return False  # "will" and "plans to" take the base form
        k, verdict = self.open_verb_after(verb, last) if after is None else after
        if verdict is not None:
            return verdict
        nxt = ch[k]
        if not g.aux and g.modality is None and verb.tenses == _BASE and not (
            nxt.tag in ("ENT", "QTY") or (nxt.tag == "W" and _cls(nxt) & _DET_POSS_OBJ)
        ):
            return False  # "a 120Hz refresh rate": a plain base form before a bare noun
        if not g.aux and g.modality is None and g.left >= 0 and ch[g.left].low in ("and", "or") and (
            self.last_object != g.left - 1
        ) and not self.joined_past(verb, last, g):
            return False  # "credible and detailed proposals": no verbs joined
        if verb.noun and not g.aux and g.modality is None:
            left = ch[g.left] if g.left >= 0 else None
            adverb = g.start > g.left + 1
            if not adverb and (left is None or not (
                left.tag == "ENT" or left.low in _SUBJECT_PRONOUNS or left.low in ("which", "who")
            )):
                return False  # "the board of Swedish rival Lindex"
            if not adverb and left is not None and left.tag == "ENT" and g.left >= 1 and (
                "det" in _cls(ch[g.left - 1]) or (nxt.tag == "ENT" and " " not in nxt.text)
            ):
                # "the New Jersey Casino control Commission", "Bank of Japan
                # head Haruo Maekawa" (a noun between names)
                return False
            opens = nxt.tag in ("ENT", "QTY") or (nxt.tag == "W" and bool(_cls(nxt) & _DET_POSS))
            return opens or adverb
        return True

    def gapped_at(self, k: int) -> bool:
        """ch[k] is a name followed by an amount that ends the clause: the
        subject and the argument of a clause without its verb ("..., and
        Lohja 20 %")."""
        ch = self.ch
        if ch[k].tag != "ENT" or k + 1 >= len(ch) or not isinstance(ch[k + 1].mention, (Money, Percent)):
            return False
        start = k
        k += 2
        # times are stepped over for fewer than _SCAN chunks
        while k < len(ch) and ch[k].tag == "TIME":
            if k - start >= _SCAN:
                return False
            k += 1
        return k >= len(ch) or (ch[k].tag == "P" and ch[k].text in ".;!")

    def gapped(self, action: str, obj: tuple[int, int, Entity | None], g: _Group) -> None:
        """Gapping: "Harjula will own 45 % of Kivi-Mets , and Lohja 20 %" also
        gives Lohja / own / Kivi-Mets."""
        ch = self.ch
        k = obj[1] + 1
        # times are stepped over for fewer than _SCAN chunks
        while k < len(ch) and (
            ch[k].tag == "TIME" or ("topen" in _cls(ch[k]) and k + 1 < len(ch) and ch[k + 1].tag == "TIME")
        ):
            if k - obj[1] >= _SCAN:
                return
            k += 1
        if k < len(ch) and ch[k].text == ",":
            k += 1
        if k + 1 >= len(ch) or ch[k].low != "and" or not self.gapped_at(k + 1):
            return
        subj = self.actor(k + 1, k + 1)
        if subj is not None:
            self.emit(subj, action, obj, g, k + 1, k + 2)

    def object_of(
        self, k: int, verb: _Verb, ambiguous: bool = False
    ) -> tuple[int, int, Entity | None] | None:
        ch = self.ch
        n = len(ch)
        # adverbs, and then amounts before a preposition, are stepped over
        # for fewer than _SCAN chunks: past that, no object
        reach = k + _SCAN
        while k < n and (_is_adv(ch[k]) or (k + 1 < n and _adv2(ch, k + 1))):
            k += 2 if k + 1 < n and _adv2(ch, k + 1) else 1
            if k >= reach:
                return None
        if k >= n:
            return None
        # a time between the verb and its object: "bought on March 3, 1987,
        # 40 mln dlrs of notes" (four chunks read at most)
        t = k + 1 if "topen" in _cls(ch[k]) and k + 1 < n and (
            ch[k + 1].tag == "TIME" or "time" in _cls(ch[k + 1])
        ) else k
        if t < n and (ch[t].tag == "TIME" or "time" in _cls(ch[t])):
            t += 1
            if t < n and ch[t].text == ",":
                t += 1
            if t < n and t > k and (ch[t].tag in ("QTY", "ENT") or _cls(ch[t]) & _DET_POSS):
                k = t
        k = self.displaced_object(k, verb)
        if k + 1 < n and ch[k].low in _cue("receiver") and verb.lemma in _cue("ditransitive") and (
            (ch[k + 1].tag in ("QTY", "ENT") and not isinstance(ch[k + 1].mention, Percent))
            or (ch[k + 1].tag == "W" and (
                bool(_cls(ch[k + 1]) & _DET_POSS)
                or (ch[k + 1].text.islower() and not _cls(ch[k + 1]) and not _is_adv(ch[k + 1]))
            ))
        ):
            k += 1  # "granted it a patent", "gave them approval": the receiver first
        c = ch[k]
        if c.tag == "W" and (c.low in ("that", "whether", "if", "how", "what") or c.low == "to"):
            return None
        if c.tag == "W" and c.text.islower() and c.low.endswith("ing") and (
            "ger" in getattr(self.lex.verb_of(c.low), "tenses", ())
        ) and (c.low not in _ing_nouns() or (
            k + 1 < n and (ch[k + 1].tag == "QTY" or _cls(ch[k + 1]) & _DET_POSS_NUM)
        )):
            return None  # "completed buying 107,000 shares": the object is the gerund's
        if c.tag == "W" and "subj" in _cls(c):
            return None
        obj = self.np_right(k)
        if (
            obj is not None and verb.preps and obj[0] == obj[1] and isinstance(ch[obj[0]].mention, Money)
            and obj[1] + 1 < n and ch[obj[1] + 1].low in verb.preps
        ):
            obj = None  # "invested 5 mln dlrs in Tovey": the prepositional object
        if obj is None and verb.preps:
            j = k
            while j < n and (ch[j].tag in ("QTY", "TIME") or (ch[j].tag == "P" and ch[j].text in _MONEY_MARKS)
                             or "qty" in _cls(ch[j])):
                j += 1
                if j - k >= _SCAN:
                    return None
            if j < n and ch[j].low in verb.preps:
                obj = self.np_right(j + 1)
        if obj is None and ch[k].tag == "QTY" and isinstance(ch[k].mention, Money):
            obj = (k, k, None)  # "raised EUR 200 mn": the amount is what was raised
        if obj is None:
            return None
        o_last, o_ent = obj[1], obj[2]
        after = o_last + 1
        if after < n and self.is_finite_verb(after) and not self.reduced_passive(after):
            return None  # "announced the company will buy": a clause, not an object
        if after < n and ambiguous and ch[after].tag == "W" and ch[after].text.islower() and (
            ch[after].low.endswith("ed") and len(ch[after].low) > 4 and not self.reduced_passive(after)
        ):
            return None  # "the Fed funds rate slipped": "funds" was a noun
        if ambiguous and obj[0] == o_last and ch[o_last].low.endswith("ing") and not (
            _cls(ch[o_last - 1]) & _DET_POSS
            and (ch[o_last].low in _ing_nouns() or (after < n and "prep" in _cls(ch[after])))
        ):
            # "a Quebec court order extending ...": "order" was a noun; after a
            # determiner, a noun in "-ing" is an object ("cut its holding in X")
            return None
        if after + 1 < n and (
            (obj[0] == o_last and (ch[o_last].tag == "ENT" or ch[o_last].low in ("them", "him", "it", "us")))
            or (ch[o_last].tag == "W" and "group" in nouns().get(ch[o_last].low, ()))
        ) and (ch[after].low in ("a", "an") or isinstance(ch[after].mention, Money)):
            # two objects: "awarded Vexa a contract", "granted Peru a 300 mln dlr loan"
            second = self.np_right(after)
            if second is not None:
                return second
        if (
            verb.lemma in ("offer", "bid") and o_last == obj[0] and isinstance(ch[o_last].mention, Money)
            and after + 1 < n and ch[after].low == "for"
        ):
            target = self.np_right(after + 1)
            if target is not None:
                return target  # "offered 220 mln dlrs for Harper": the amount is an argument
        # an appositive name: "its most advanced AI model to date, Qwen3-Max,"
        a = after
        if a + 1 < n and _adv2(ch, a + 1):
            a += 2
        if o_ent is None and a + 1 < n and ch[a].text == "," and ch[a + 1].tag == "ENT":
            close = a + 2
            if close >= n or ch[close].text in (",", ".", ";") or ch[close].low in ("which", "and"):
                e = ch[a + 1].entity
                return a + 1, a + 1, e
        return obj

    def displaced_object(self, k: int, verb: _Verb) -> int:
        """The start of an object that follows one or two short prepositional
        phrases of names, codes, amounts or times right after the verb
        ("downgraded to Baa1 from A3 the senior debt", "raised to 7.5 pct
        from 7.25 pct its prime rate", "sold in March, the unit"), or ``k``.

        Each phrase is a preposition and one or two chunks that are a name, a
        capitalised code, an amount or a time; the object opens with a
        determiner or a possessive (the caller checks that no verb of a
        second clause follows it: "in July the company bought")."""
        ch = self.ch
        n = len(ch)
        x = k
        if k < n and ch[k].low in verb.preps:
            return k  # "invested in Vexa": the prepositional object
        for _ in range(2):
            if x + 1 >= n or ch[x].tag != "W" or "prep" not in _cls(ch[x]) or ch[x].low == "of":
                break
            y = x + 1
            while y < n and y - x <= 2 and (
                ch[y].tag in ("TIME", "QTY", "ENT") or ch[y].mention is not None
                or (ch[y].tag == "W" and ch[y].text[:1].isupper())
            ):
                y += 1
            if y == x + 1:
                break
            x = y
        if x == k:
            return k
        if x < n and ch[x].text == "," and ch[x - 1].tag == "TIME":
            x += 1  # "sold in March, the unit" (not "from Mellon Bank, a unit of ...")
        if x >= n or ch[x].tag != "W" or not _cls(ch[x]) & _DET_POSS:
            return k
        if ch[x].low in ("a", "an") and isinstance(ch[x - 1].mention, Money):
            return k  # "its offer to 42 dlrs a share": a price
        return x

    def passive(self, i: int, verb: _Verb, last: int, g: _Group) -> None:
        """"X was acquired by Y": Y is the subject, X the object."""
        ch = self.ch
        n = len(ch)
        k = last + 1
        direct = None
        if k < n and ch[k].low != "by":
            direct = self.np_right(k)
            if direct is not None:
                k = direct[1] + 1
            # amounts, times, adverbs and a bracketed group before "by":
            # fewer than _SCAN chunks
            reach = k + _SCAN
            if direct is None and k + 1 < n and "det" in _cls(ch[k]) and ch[k + 1].tag == "QTY":
                k += 1  # "a roughly $22 billion (U.S.) contract"
            while (k < n and ch[k].tag in ("QTY", "TIME")) or (k < n and _is_adv(ch[k])) or (
                k < n and ch[k].text == "(" and k > last + 1
            ):
                if ch[k].text == "(":
                    while k < n and ch[k].text != ")" and k < reach:
                        k += 1
                    direct = self.after_bracket(direct, k + 1)
                    k = direct[1] if direct is not None and direct[1] > k else k
                k += 1
                if k >= reach:
                    return
        if direct is not None:
            self.recipient_infinitive(direct, g)  # "X was awarded a contract to supply Y"
        # the giver of a verb of giving may follow "from" ("was awarded a
        # contract from the ministry")
        giver = k < n and ch[k].low == "from" and direct is not None and verb.lemma in _cue("giving")
        if k >= n or (ch[k].low != "by" and not giver):
            return
        agent = self.agent(k)
        if agent is None:
            return
        a_first, a_last, _ = agent
        a = a_first
        while a > k + 1 and _cls(ch[a - 1]) & _DET:
            a -= 1
        subj = self.actor(a, a_last)
        if subj is None:
            return
        if direct is None:
            left = g.left
            if left >= 2 and ch[left].low == "to" and ch[left - 1].low in _modals():
                left -= 2  # "Pelican agreed to be acquired by X": the control verb's subject
            apposed = False
            if left >= 2 and ch[left].text == ",":
                opened = self.appositive_start(left)  # "X, located in Oulu, is owned by Y"
                if opened is not None:
                    left = opened - 1
                    apposed = True
            if left < 0 or ch[left].tag not in ("W", "ENT"):
                return
            o_first = self.np_left(left)
            obj = self.np_right(o_first)
            if obj is None or obj[1] > left:
                return
            if apposed and o_first >= 1 and ("prep" in _cls(ch[o_first - 1]) or (
                ch[o_first - 1].tag == "W" and ch[o_first - 1].low == "no"
            )):
                return  # "no decision on the appointment, which ..., has been taken by"
            if apposed and subj.name == self.doc.text[ch[obj[0]].start : ch[obj[1]].end]:
                return  # "The unit, which ..., is being formed by a unit of X"
        else:
            obj = direct
        for agent_subj in self.conjoined_agents(a_first, a_last, subj):
            self.emit(agent_subj, verb.lemma, obj, g, g.start, a_last)
        self.second_stake(a_last, verb, obj, g)

    def second_stake(self, a_last: int, verb: _Verb, obj: tuple[int, int, Entity | None], g: _Group) -> None:
        """A second stake and its agent after "and" share the passive verb
        and its object: "is owned 51 pct by X and 49 pct by Y" also gives Y /
        own / the object, the 49 pct its argument (the stake and "by" must
        follow "and" right away)."""
        ch = self.ch
        n = len(ch)
        k = a_last + 1
        if k < n and ch[k].text == ">":
            k += 1
        if k + 1 < n and ch[k].low == "of" and getattr(ch[k + 1].entity, "kind", None) == "place":
            k += 2  # "by <Kestrel SA> of Brazil and 49 pct by ...": the agent's place
        if k + 2 >= n or ch[k].low != "and" or not isinstance(ch[k + 1].mention, Percent) or ch[k + 2].low != "by":
            return
        agent = self.agent(k + 2)
        if agent is None or (agent[1] + 1 < n and ch[agent[1] + 1].text == "<"):
            return  # "by Matsushita unit <...>": the name in brackets is not read
        a = agent[0]
        while a > k + 3 and _cls(ch[a - 1]) & _DET:
            a -= 1
        subj = self.actor(a, agent[1])
        if subj is None or subj.entity.kind == "pronoun":
            return
        self.emit(subj, verb.lemma, obj, g, k + 1, agent[1], args=(k + 1, agent[1] + 1))

    def after_bracket(
        self, obj: tuple[int, int, Entity | None] | None, k: int
    ) -> tuple[int, int, Entity | None] | None:
        """The object phrase ``obj`` going on after a bracket that ends
        before ch[k] with plain nouns ("a $22 billion (U.S.) contract", "an
        operation and maintenance (O&M) contract"): it ends at the last of
        them (at most 4), and an amount alone before the bracket is left out
        (it is an argument)."""
        ch = self.ch
        end = k
        while end < len(ch) and end - k < 4 and ch[end].tag == "W" and ch[end].text.islower() and not (
            _cls(ch[end]) or (self.verb_at(end) is not None and ch[end].low not in _verb_forms().nouns)
        ):
            end += 1
        if end == k:
            return obj
        if obj is None or all(ch[x].tag == "QTY" for x in range(obj[0], obj[1] + 1)):
            return k, end - 1, None
        return obj[0], end - 1, None

    def recipient_infinitive(self, obj: tuple[int, int, Entity | None], g: _Group) -> None:
        """The passive of a verb of giving with an agreement-like object:
        its subject received the deal, and the infinitive after it states
        what that subject does ("Norvik was awarded a contract to supply
        pumps": Norvik / supply / pumps)."""
        subj = self.subject_at(g.left) if g.left >= 0 else None
        if subj is not None and (not self.doc.opts.coreference or _actor_fits(subj)):
            self.infinitive(subj, obj, g)

    def by_after(self, k: int) -> int:
        """The index of "by" at ch[k], or after times there ("put forward last
        month by"; at most _BY_GAP chunks), or -1."""
        ch = self.ch
        n = len(ch)
        stop = min(n, k + _BY_GAP + 1)
        while k < stop and ch[k].tag == "TIME":
            k += 1
        return k if k < n and ch[k].low == "by" else -1

    def agent(self, by: int) -> tuple[int, int, Entity | None] | None:
        """The noun phrase after "by", without a verb the phrase ran into
        ("signed by the two companies runs to 2030")."""
        found = self.np_right(by + 1)
        if found is None:
            return None
        first, last, _ = found
        ch = self.ch
        if ch[last].tag == "W" and last + 3 < len(ch) and ch[last + 1].text == "<" and ch[last + 2].tag == "ENT" and (
            ch[last + 3].text == ">"
        ):
            return last + 2, last + 2, ch[last + 2].entity  # "by autoparts maker <VDO AG>": the name
        for x in range(first + 1, last + 1):
            if ch[x].tag == "W" and _modal_kind(ch[x].low) == "aux":
                return first, x - 1, ch[x - 1].entity  # "by Halden and Co Inc will handle ..."
            if ch[x - 1].tag == "ENT" and ch[x].tag == "W":
                verb = self.verb_at(x)
                if verb is not None and ("past" in verb[0].tenses or (
                    "third" in verb[0].tenses and not verb[0].noun
                )):
                    # "by the Kestrel Authority tightened ...", not "by U.S. firms"
                    return first, x - 1, ch[x - 1].entity
        if last <= first or ch[last].tag != "W":
            return found
        last_verb = self.verb_at(last)
        if ch[last].low in _modals() or (last_verb is not None and last_verb[1] == last and (
            "past" in last_verb[0].tenses or ("third" in last_verb[0].tenses and not last_verb[0].noun)
        )):
            return first, last - 1, self.ch[last - 1].entity
        return found

    def conjoined_agents(self, first: int, last: int, subj: _Subject) -> list[_Subject]:
        """The agents of a passive: ``subj``, after the name joined to it by
        "and" ("led by Harbour Ventures and Osk Partners": both)."""
        ch = self.ch
        n = len(ch)
        if last + 2 < n and ch[last].tag == "ENT" and ch[last + 1].low in ("and", "&") and (
            ch[last + 2].tag == "ENT" and self.conjoined_names(last, last + 2)
        ):
            # the phrase stopped before "and": "led by A and B closed ..."
            other = self.actor(last + 2, last + 2)
            if other is not None and other.entity.kind != "pronoun" and other.name != subj.name:
                return [subj, other]
        cut = next((x for x in range(last - 1, first, -1) if ch[x].low in ("and", "&")), -1)
        if cut <= first or ch[cut - 1].tag != "ENT" or ch[cut + 1].tag != "ENT" or (
            not self.conjoined_names(cut - 1, cut + 1)
        ):
            return [subj]
        other = self.actor(self.np_left(cut - 1), cut - 1)
        if other is None or other.entity.kind == "pronoun" or other.name == subj.name:
            return [subj]
        return [other, subj]

    def reduced(self, verb: _Verb, last: int, g: _Group, by: int) -> None:
        """A reduced passive after a noun: "freighters ordered by Masterbulk",
        "Sachs AG, 75 pct owned by Mannesmann": the agent is the subject,
        the noun phrase before the participle the object."""
        ch = self.ch
        if verb.open and verb.lemma.split()[0] in _not_actions():
            return  # "a rise driven by ...", "shares hit by ..."
        agent = self.agent(by)
        if agent is None:
            return
        a = agent[0]
        while a > by + 1 and "det" in _cls(ch[a - 1]):
            a -= 1
        subj = self.actor(a, agent[1])
        if subj is None or subj.entity.kind == "pronoun":
            return
        j = g.left
        if j >= 0 and isinstance(ch[j].mention, Percent):
            j -= 1  # "X, 75 pct owned by Y": the stake is an argument
            if j >= 1 and "be" in _cls(ch[j]):
                # "X is 51 pct owned by Y", "X, which is 25 pct owned by Y":
                # the subject of "be" is the object
                held = self.subject_at(j - 1)
                if held is not None and held.first >= 0 and held.entity.kind not in ("pronoun",):
                    for agent_subj in self.conjoined_agents(agent[0], agent[1], subj):
                        self.emit(agent_subj, verb.lemma, (held.first, held.last, held.entity), g, held.first, agent[1])
                    self.second_stake(agent[1], verb, (held.first, held.last, held.entity), g)
                return
        if j >= 0 and ch[j].text == ",":
            j -= 1
        while j >= 0 and ch[j].tag == "TICK":
            j -= 1
        if j >= 1 and ch[j].text in (">", ")") and ch[j - 1].tag == "ENT":
            j -= 1  # "<VDO GmbH>, 75 pct owned by ...": a name in brackets
            words = ch[j].text.split()
            if len(ch[j].text) < 2 or all(w.rstrip(".") in suffixes() for w in words):
                return  # "<... Mines Ltd>": a name cut before its suffix
        if j < 0 or ch[j].tag not in ("W", "ENT"):
            return
        first = self.np_left(j)
        obj = self.np_right(first)
        if obj is not None and obj[1] < j:
            # the phrase read from too far back ("installed onboard two
            # freighters ordered by"): read it from after the last verb or
            # adverb before the noun (at most _SCAN chunks back)
            k = j
            while k - 1 >= max(first, j - _SCAN) and ch[k - 1].tag in ("W", "ENT", "QTY") and not (
                _cls(ch[k - 1]) & _FUNCTION_STOP_TIME or _is_adv(ch[k - 1])
                or self.verb_at(k - 1) is not None
            ):
                k -= 1
            first = k
            obj = self.np_right(first)
        if obj is not None and obj[0] <= j < obj[1] and obj[1] >= g.start:
            obj = (obj[0], j, ch[j].entity)  # the participle ends the phrase
        elif obj is None and ch[j].tag in ("W", "ENT") and not _cls(ch[j]) & _FUNCTION_STOP_TIME:
            # "the plan put forward last month by X": the phrase read on into
            # the participle and its particle; it is the words before them
            while first < j and _cls(ch[first]) & _DET_POSS_QMOD:
                first += 1
            obj = (first, j, ch[j].entity)
        if obj is None or obj[1] != j or any(
            _speech_verb(ch[x].low) or (self.is_finite_verb(x) and not self.plural_noun(x))
            for x in range(obj[0], obj[1] + 1)
        ):
            return  # "the figures confirm data issued by X": a clause, not a noun phrase
        named = self.described_name(obj[0], j)
        if named is not None:
            obj = named  # "<Kestrel Ltd>, a company controlled by Y": the name
        for agent_subj in self.conjoined_agents(agent[0], agent[1], subj):
            self.emit(agent_subj, verb.lemma, obj, g, first, agent[1])
        self.second_stake(agent[1], verb, obj, g)

    def described_name(self, o_first: int, head: int) -> tuple[int, int, Entity | None] | None:
        """The name that a description ch[o_first..head] set off after it
        stands for: "Kestrel Ltd, a company controlled by ...", "<Vexa AB>, a
        unit owned by ...": the head refers back to a firm (class ``coref``
        of ``entity_nouns.tsv``) and opens with "a"/"an" after a comma and an
        organisation (its ticker or brackets aside). Else None."""
        ch = self.ch
        if "coref" not in nouns().get(ch[head].low, ()):
            return None
        a = o_first
        while (
            a >= 1 and a > o_first - 4 and ch[a - 1].tag == "W" and ch[a - 1].text.islower()
            and ch[a - 1].low not in ("a", "an")
        ):
            a -= 1  # "a Bahamas-based firm": at most three words before
        if a < 3 or ch[a - 1].low not in ("a", "an") or ch[a - 2].text != ",":
            return None
        e = a - 3
        while e >= 0 and ch[e].tag == "TICK":
            e -= 1
        if e >= 1 and ch[e].text == ">":
            kind, k = self.bracket(e)
            e = e - 1 if kind == "name" else (k - 1 if kind == "ticker" else -1)
        if e < 0 or ch[e].tag != "ENT" or getattr(ch[e].entity, "kind", None) != "org":
            return None
        return e, e, ch[e].entity

    def participle(self, i: int, verb: _Verb, last: int, g: _Group) -> None:
        """"..., reporting a 26% revenue increase" and "Despite unveiling X, Y ..."."""
        ch = self.ch
        if last == i and ch[i].low in _ing_nouns() and last + 1 < len(ch) and ch[last + 1].tag == "W" and not (
            _cls(ch[last + 1]) or _is_adv(ch[last + 1])
        ):
            return  # ", holding company for ...": a noun in "-ing" before a noun
        j = g.left
        subj: _Subject | None = None
        first = g.start
        if j > 0 and ch[j].low in _cue("fronting") and ch[j - 1].text == "," and self.apposed(j - 1, last):
            j -= 1  # "Medtronic, while reporting higher results, raised ..."
        if j >= 0 and ch[j].text == ",":
            subj = self.main_subject(j)
            if subj is not None and not self.nearest_clause_acts(j):
                subj = None  # "X said prices rose, bringing ...": the price moved
            if subj is None and self.apposed(j, last):
                subj = self.subject_at(j - 1)  # "Marlow, acquiring X, became ..."
                if subj is not None and subj.first > 1 and any(
                    ch[x].tag == "W" and (self.heads_clause(x) or _speech_verb(ch[x].low)) for x in range(subj.first)
                ):
                    subj = None  # the subject of a clause before: no verb may precede it
            if subj is not None:
                subj = _Subject(subj.entity, subj.name, -1, -1)
        elif j > 0 and "gopen" in _cls(ch[j]) and ch[j - 1].text != ",":
            subj = self.governing_subject(j)  # "Vexa cut costs by closing two plants"
            if subj is None or (self.bare_object(last + 1) and "move" in _not_actions().get(verb.lemma, _NONE)):
                return  # "hurt by rising costs": an adjective
            subj = _Subject(subj.entity, subj.name, -1, -1)
        elif j < 0 or (ch[j].low in _cue("fronting") and (j == 0 or ch[j - 1].text == ",")):
            if j >= 0:
                first = j
            # the fronted phrase, then the subject after its comma: each
            # read for fewer than _SCAN chunks (past that, no triple)
            k = last + 1
            while k < len(ch) and ch[k].text != ",":
                k += 1
                if k - last > _SCAN:
                    return
            if k + 1 >= len(ch):
                return
            s = k + 1
            e = s
            while e < len(ch) and not self.is_finite_verb(e) and not _is_adv(ch[e]) and ch[e].text != ",":
                e += 1
                if e - s >= _SCAN:
                    return
            if e == s or e >= len(ch):
                return
            subj = self.actor(s, e - 1)
        if subj is None or (self.doc.opts.coreference and not _actor_fits(subj)):
            return
        obj = self.object_of(last + 1, verb)
        if obj is None:
            return
        if verb.lemma in _cue("result") and any(
            ch[x].low == "to" and x + 1 < len(ch) and ch[x + 1].tag == "QTY"
            for x in range(obj[1] + 1, min(obj[1] + 6, len(ch)))
        ):
            return  # ", bringing issues so far this year to 174 billion": a measure moves (5 chunks read)
        self.emit(subj, verb.lemma, obj, g, first, last)

    def governing_subject(self, j: int) -> _Subject | None:
        """The subject of the clause that the phrase opening at ch[j] ("by
        closing two plants", "after reporting a loss") belongs to: that of
        the nearest verb before it (:meth:`heads_clause`, read back for
        fewer than _SCAN chunks), if it names an actor in this sentence.

        None where that clause does not say who acts: a speech verb, a verb
        in the passive ("should be paid by raising taxes"), a negated one
        ("will not follow Brazil by suspending payments"), a subject that is
        a pronoun, an agent or a name after "of" ("liabilities reported by
        banks rose after ...", "shares of X rose after ..."); nor where the phrase may belong to something else: an
        infinitive with its own subject ("asked lenders to help by
        cutting"), a participle ("prohibiting infringement by copying"), a
        "that" clause ("a rule that X get approval before buying").
        """
        ch = self.ch
        k = j - 1
        infinitive = False
        while k > 0 and j - k < _SCAN:
            c = ch[k]
            if c.tag == "W" and c.low in ("that", "whether"):
                return None
            if self.heads_clause(k) and not self.plural_noun(k):
                if _speech_verb(c.low) or (infinitive and _modal_kind(c.low) != "control"):
                    return None
                if self.passive_or_negated(k, j):
                    return None
                subj = self.subject_of_verb(k)
                if subj is None or subj.entity.kind == "pronoun" or (
                    subj.first > 0 and ch[subj.first - 1].low in ("by", "of")
                ):
                    return None
                return subj
            if c.tag == "W" and c.text.islower() and c.low.endswith("ing") and (
                "ger" in self.lex.tenses(c.low)
            ) and not (k > 0 and "be" in _cls(ch[k - 1])):
                return None
            infinitive = infinitive or (c.low == "to" and ch[k + 1].tag == "W" and ch[k + 1].text.islower())
            k -= 1
        return None

    def passive_or_negated(self, k: int, j: int) -> bool:
        """Is the verb group from ch[k] up to ch[j] negated, or passive (a
        form of "be" before a past participle)? Three chunks before ch[k]
        are read for its auxiliaries."""
        ch = self.ch
        pasts = _verb_forms().pasts
        for x in range(max(k - 3, 0), j):
            c = ch[x]
            if c.tag != "W":
                continue
            if "neg" in _cls(c) or c.low.endswith("n't"):
                return True
            if "be" in _cls(c) and x + 1 < j and ch[x + 1].tag == "W" and (
                ch[x + 1].low.endswith("ed") or ch[x + 1].low in pasts
            ):
                return True
        return False

    def subject_of_verb(self, i: int) -> _Subject | None:
        """The subject of the verb group whose verb (or first auxiliary) is ch[i]."""
        ch = self.ch
        g = self.group(i) if not self.is_verbish(ch[i]) else None
        left = g.left if g is not None else i - 1
        if g is None:
            floor = max(i - _SCAN, -1)  # auxiliaries and adverbs, for fewer than _SCAN chunks
            while left > floor and (self.is_verbish(ch[left]) or _is_adv(ch[left])):
                left -= 1
            if 0 <= left <= floor:
                return None
        return self.subject_at(left) if left >= 0 else None

    def bare_object(self, k: int) -> bool:
        """Does the phrase at ch[k] open with a plain word, no determiner,
        name or amount ("rising costs", "weaker profits")?"""
        return k < len(self.ch) and not self.opens_object(k)

    def apposed(self, j: int, last: int) -> bool:
        """Is the participle clause after the comma at ch[j] set off between
        a subject and its verb: a comma after it (read for fewer than _SCAN
        chunks), then the verb group of the sentence ("Marlow, acquiring X,
        became ...", "Medtronic, while reporting X, on Tuesday raised ...")?"""
        ch = self.ch
        n = len(ch)
        if j < 1:
            return False
        k = last + 1
        while k < n and ch[k].text != ",":
            if k - last >= _SCAN or ch[k].text in (".", ";", ":"):
                return False
            k += 1
        k += 1
        while k < n and (_is_adv(ch[k]) or ch[k].tag == "TIME" or (
            "prep" in _cls(ch[k]) and k + 1 < n and ch[k + 1].tag == "TIME"
        )):
            k += 1  # "on Tuesday", "later"
        return k < n and ch[k].tag == "W" and ch[k].text.islower() and (
            self.is_finite_verb(k) or ch[k].low in _modals() or bool(_cls(ch[k]) & _BE_HAVE)
            or ch[k].low in _verb_forms().pasts
        )

    def nearest_clause_acts(self, j: int) -> bool:
        """The clause right before the comma at ch[j] has an actor as its
        subject, or no finite verb of its own after the sentence's first
        (read back for fewer than _SCAN chunks)."""
        ch = self.ch
        first = self._main[0] if self._main is not None else 0
        k = j - 1
        while k > first and j - k < _SCAN:
            v = self.lex.open.get(ch[k].low) if ch[k].tag == "W" else None
            if ch[k].tag == "W" and ch[k].text.islower() and (
                self.is_finite_verb(k) or (v is not None and bool(v.tenses & _PAST_THIRD) and not v.noun)
            ) and not self.plural_noun(k):
                g = self.group(k)
                if g is None or g.left < 0:
                    return True
                return self.subject_at(g.left) is not None
            if ch[k].tag == "W" and ch[k].low in _speech():
                return True
            k -= 1
        return True

    def nominal(self, i: int) -> None:
        """"the acquisition of X by Y" and "Y's acquisition of X"."""
        ch = self.ch
        n = len(ch)
        if i + 2 >= n or ch[i + 1].low != "of":
            return
        action = self.lex.nominal[ch[i].low]
        obj = self.np_right(i + 2)
        if obj is None:
            return
        subj: _Subject | None = None
        k = obj[1] + 1
        owner = ch[i - 2].entity if i >= 2 and ch[i - 1].tag == "POS" else None
        if owner is not None:
            subj = _Subject(owner, owner.text, i - 2, i - 2)
            first = i - 2
        elif k + 1 < n and ch[k].low == "by":
            agent = self.np_right(k + 1)
            if agent is None:
                return
            subj = self.actor(agent[0], agent[1])
            first = i - 1 if i > 0 and "det" in _cls(ch[i - 1]) else i
            if subj is not None:
                subj = _Subject(subj.entity, subj.name, first, agent[1])
        if subj is None:
            return
        self.emit(subj, action, obj, None, first, max(i, subj.last))


@exact
def extract_triples(
    text: str,
    mentions: Sequence[Any] = (),
    *,
    options: TripleOptions | None = None,
    extra_verbs: Mapping[str, str] | None = None,
    extra_entities: Iterable[str | tuple[str, str]] | None = None,
    coreference: bool | None = None,
    timeout: float | None = None,
) -> list[Triple]:
    """Every entity-action triple in ``text``, sorted by start.

    Args:
        text: running text, one document (pronouns resolve within it).
        mentions: the money, percent and time mentions already found in
            ``text`` (from :func:`finparse.extract`); they become the
            triples' arguments and are kept out of objects.
        options: the :class:`TripleOptions`; or, as shorthands for
            ``TripleOptions.from_settings(...)`` (not both):
        extra_verbs: ``{form: lemma}`` actions to add to
            ``data/triple_verbs.tsv``; a form equal to its lemma ("spin off")
            is a base form and gets its English inflections ("spins off",
            "spun off"...), any other form is taken as written.
        extra_entities: names to recognise as written, each a string (an
            organisation) or a ``(name, kind)`` pair.
        coreference: resolve "it", "the company"... (default ``True``).
        timeout: seconds that each regex call, and the analysis of each
            sentence, may take; past them, :class:`TimeoutError`. ``None``
            (the default) sets no bound. Each sentence costs time linear
            in its length whatever it holds.

    Never raises on a :class:`str` (but for ``timeout``); a non-string
    ``text`` is a :class:`TypeError`, and so is an unknown option; an option
    that cannot be built (words nested too deep) is a :class:`ValueError`
    naming it.

    >>> [(t.subject, t.action, t.object) for t in extract_triples(
    ...     "Kestrel Group said the company will spin off its paper unit.",
    ...     extra_verbs={"spin off": "spin off"})]
    [('Kestrel Group', 'spin off', 'paper unit')]
    >>> [(t.subject, t.action, t.object) for t in extract_triples(
    ...     "Kone Holdings was acquired by Acme Partners in 2020.")]
    [('Acme Partners', 'acquire', 'Kone Holdings')]
    """
    text = check_text(text)
    timeout = check_timeout(timeout)
    opts = TripleOptions.of(
        options, extra_verbs=extra_verbs, extra_entities=extra_entities, coreference=coreference
    )
    return triples_of(text, mentions, opts, timeout)


def triples_of(
    text: str, mentions: Sequence[Any], opts: TripleOptions, timeout: float | None
) -> list[Triple]:
    """:func:`extract_triples` of arguments already checked (the kind registry's call).

    >>> [t.action for t in triples_of("Acme bought Kestrel.", (), TripleOptions(), None)]
    ['buy']
    """
    lex = _built(opts)
    deadline = None if timeout is None else Deadline(timeout)
    doc = _Doc(text, mentions, opts, deadline)
    out: list[Triple] = []
    for k, (a, b) in enumerate(doc.spans):
        if deadline is not None:
            deadline.restart()
        found = _candidate_words(text, a, b, timeout)
        # A sentence is analysed when a word of it may be a verb or a nominal:
        # a set lookup or two per word up to the first such word, whatever
        # the lexicon's size; each word is read once (linear in the text).
        if _has_candidate(found, lex) and not _is_question(text, a, b):  # a question: not even chunked
            out.extend(_Sentence(doc, k, lex).run())
    out.sort(key=lambda t: (t.start, t.end))
    return _dedupe(out)


#: The longest clause read for a triple's arguments, in chunks (words,
#: names and mentions): longer than any clause in news prose.
_CLAUSE_CHUNKS = 64
#: The farthest any rule reads from one place, in chunks: a noun phrase, a
#: verb group, a run of adverbs, amounts or times. Far longer than any of
#: these in news prose; what would go on past it is taken as no phrase (no
#: triple). With it, each chunk is read a bounded number of times for each
#: verb near it, and a sentence costs time linear in its length.
#: the most time chunks between a participle and its "by" ("put forward
#: last month by")
_BY_GAP = 3
#: the most verbs after the first that share one object ("designs, builds,
#: markets and sells X")
_CHAIN = 4
#: tenses of a verb that coordinates with another
_FINITE_OR_BASE = frozenset(("base", "third", "past"))
#: classes of triple_not_actions.tsv whose verbs share no object with the
#: next ("rose and fell", "remained and ...")
_NOT_SHARED = frozenset(("copula", "state", "opinion", "move", "prepish"))
_SCAN = 64
#: The most tickers, bracketed groups and appositives stepped over between
#: a subject and its verb ("Kestrel Oyj (OMX Helsinki : KES1V), a Finnish
#: maker, ... bought").
_HOPS = 16


def _built(opts: TripleOptions) -> _Lexicon:
    """The verb lexicon for ``opts``, with the pattern of the extra names
    built too, so that an option that cannot be built fails on the first
    call (``Extractor`` makes one when it is created), naming the option."""
    try:
        lex = _lexicon(opts.extra_verbs)
    except ValueError as e:
        raise ValueError(f"extra_verbs: {e}") from None
    if opts.extra_entities:
        try:
            known_names_pattern(opts.extra_entities)
        except ValueError as e:
            raise ValueError(f"extra_entities: {e}") from None
    return lex


def prepare(opts: TripleOptions) -> None:
    """Build now the tables and patterns triples read (the kind's ``prepare``
    hook, see :meth:`finparse.Extractor.prepare`); otherwise each is built
    when a text first needs it.

    >>> prepare(TripleOptions())
    """
    _built(opts)
    for table in (_verb_forms, _not_actions, _things, _speech, _naming, _ing_nouns, _modals, _words,
                  _adverbs, _group_words, _common_endings, _heads, _adv2_ends, _slots, _noun_context,
                  _ascii_candidate):
        table()
    prepare_entities(opts.extra_entities)
    prepare_sentences()


def _has_candidate(found: Iterator[regex.Match[str]] | Iterator[re.Match[str]], lex: _Lexicon) -> bool:
    """Whether one of the words ``found`` may be a verb of a triple or a
    nominal. A word of the open lexicon right after a determiner, a
    possessive or a preposition is a noun ("the rise", "of trade"), not a
    candidate; nor is a capitalised one (a verb is written in lower case)."""
    words, listed, after_noun_word = lex.words, lex.single, _noun_context()
    prev = ""  # the word before, as written (lower-cased only where it is read)
    for m in found:
        w = m.group()
        if w in words:
            if w in listed or w not in lex.open or prev.lower() not in after_noun_word:
                return True
        elif w[0].isupper() and w.lower() in words and w.lower() not in lex.open:
            return True  # "Acquisition of X by Y", a listed verb after a quote
        prev = w
    return False


@functools.cache
def _noun_context() -> frozenset[str]:
    """Words after which a word of the open lexicon is a noun: determiners,
    possessives and prepositions, but "to" ("to supply") and the words that
    open a participle phrase ("after buying X")."""
    return frozenset(
        w for w, cls in _words().items()
        if cls & _DET_POSS_PREP and w != "to" and w not in _cue("fronting") and " " not in w
    )


def _is_question(text: str, a: int, b: int) -> bool:
    """The sentence text[a:b] asks a question (it gives no triple)."""
    return text[a:b].rstrip("\"'\u201d) ").endswith(("?", "?!"))


def _dedupe(triples: Iterable[Triple]) -> list[Triple]:
    out: list[Triple] = []
    keys: set[tuple[str, str, str, int]] = set()
    for t in triples:
        key = (t.subject, t.action, t.object, t.start)
        if key not in keys:
            keys.add(key)
            out.append(t)
    return out
