"""English verb inflection: ``snap up`` → ``snaps up``, ``snapped up``, ``snapping up``.

:func:`inflections` gives the five forms of a verb that the triple extractor
knows (base, third person singular, simple past, past participle, gerund),
each a tuple of spellings where English has several (``learned``/``learnt``,
``traveled``/``travelled``). A particle or phrasal verb inflects its first
word and keeps the rest (``lay off`` → ``laid off``); a hyphenated verb
inflects its last part (``test-drive`` → ``test-drove``).

Forms come from two places:

* the table ``finparse/data/verb_forms.tsv``: the irregular verbs and the
  spelling exceptions (multi-syllable verbs that double their last consonant,
  ``commit`` → ``committed``; spelling variants, ``benefited``/``benefitted``).
  It is generated from LemmInflect's verb data (derived from the NIH
  SPECIALIST Lexicon) by ``tools/gen_verb_forms.py``, and lists every verb of
  that source whose forms the rules below get wrong; finparse does not need
  LemmInflect at run time;
* the regular rules, for every other verb:

  - third person: ``-s``; ``-es`` after s, x, z, ch, sh and a consonant + o
    (``pushes``, ``vetoes``); consonant + y → ``-ies`` (``supplies``);
  - past and participle: ``-ed``, ``-d`` after e (``leased``), consonant + y →
    ``-ied``; vowel + c → ``-cked`` (``panicked``);
  - gerund: ``-ing``, dropping a silent e (``leasing``) but not ee, oe, ye
    (``agreeing``, ``hoeing``, ``dyeing``); ``-ie`` → ``-ying`` (``tying``);
  - doubling: a one-syllable verb ending in one vowel and one consonant other
    than w, x, y doubles it (``snapped``, ``quitting``). The stress of a
    longer verb cannot be read from its spelling, so an unknown one does not
    double (``opened``, ``targeted``), except for a final ``l`` after one
    vowel, where both the American and the British spelling are given
    (``traveled``/``travelled``). The longer verbs that do double
    (``committed``, ``transferred``, ``controlled``) are in the table;
  - a verb unknown to the table that is a known irregular verb behind a
    common prefix inflects like it (``re-``, ``out-``, ``over-``, ``under-``,
    ``mis-``, ...: ``outbuild`` → ``outbuilt``); one that is a one-syllable
    verb ending in consonant, vowel, consonant behind ``re-``, ``un-``,
    ``up-``, ``out-``, ``over-``, ``under-`` or ``mis-`` doubles like it
    (``reship`` → ``reshipped``, ``outgun`` → ``outgunned``).

Case follows the verb as written (``Snap`` → ``Snapped``, ``SELL`` → ``SOLD``).

>>> from finparse.inflect import inflections
>>> inflections("snap up").past
('snapped up',)
>>> inflections("lay off").participle
('laid off',)
>>> inflections("learn").past
('learned', 'learnt')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from finparse._data import rows

__all__ = ["VerbForms", "form_lemmas", "inflections", "lemma_of", "verb_rows"]

_TABLE = "verb_forms.tsv"
_VOWELS = frozenset("aeiou")
_DOUBLING = frozenset("bcdfghjklmnpqrstvz")  # final consonants that may double
_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh")
# Prefixes behind which a known irregular verb keeps its forms (longest first).
_PREFIXES = ("under", "over", "with", "fore", "out", "mis", "pre", "re", "co", "un", "up")
# Prefixes before a one-syllable verb that keeps the stress (and so doubles).
_STRESS_PREFIXES = frozenset(("under", "over", "out", "mis", "re", "un", "up"))

# (third, past, participle, gerund) of a single word, each a tuple of spellings
_Forms = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class VerbForms:
    """The forms of a verb, each a tuple of its spellings (most common first).

    >>> v = inflections("sell off")
    >>> v.base, v.third, v.past, v.participle, v.gerund
    (('sell off',), ('sells off',), ('sold off',), ('sold off',), ('selling off',))
    >>> inflections("cut").forms()
    ('cut', 'cuts', 'cutting')
    >>> inflections("benefit").row()
    ('benefit', 'benefits', 'benefited|benefitted', 'benefited|benefitted', 'benefiting|benefitting')
    """

    base: tuple[str, ...]
    third: tuple[str, ...]
    past: tuple[str, ...]
    participle: tuple[str, ...]
    gerund: tuple[str, ...]

    def forms(self) -> tuple[str, ...]:
        """Every distinct spelling of every form, base first, in column order.

        >>> inflections("learn").forms()
        ('learn', 'learns', 'learned', 'learnt', 'learning')
        """
        out: dict[str, None] = {}
        for cell in (self.base, self.third, self.past, self.participle, self.gerund):
            out.update(dict.fromkeys(cell))
        return tuple(out)

    def row(self) -> tuple[str, str, str, str, str]:
        """The five cells as ``triple_verbs.tsv`` writes them: spellings joined by ``|``.

        An empty cell is ``-``.

        >>> inflections("lay off").row()
        ('lay off', 'lays off', 'laid off', 'laid off', 'laying off')
        """
        base, third, past, part, ger = (
            "|".join(cell) or "-"
            for cell in (self.base, self.third, self.past, self.participle, self.gerund)
        )
        return base, third, past, part, ger


# -- the table -------------------------------------------------------------------------------


@functools.cache
def _table() -> dict[str, _Forms]:
    """verb -> its forms, from ``data/verb_forms.tsv``."""
    out: dict[str, _Forms] = {}
    for row in rows(_TABLE):
        cells = tuple(tuple(c for c in cell.split("|") if c) for cell in row[1:5])
        if len(cells) == 4 and all(cells):
            out[row[0]] = (cells[0], cells[1], cells[2], cells[3])
    return out


@functools.cache
def _reverse() -> dict[str, str]:
    """Every spelling in the table -> its verb (a verb's own base wins)."""
    out = {verb: verb for verb in _table()}
    for verb, forms in _table().items():
        for cell in forms:
            for form in cell:
                out.setdefault(form, verb)
    return out


# -- the rules ---------------------------------------------------------------------------------


def _is_vowel(word: str, i: int) -> bool:
    """word[i] is a vowel letter ("y" after a consonant is; the "u" of "qu" is not)."""
    ch = word[i]
    if ch == "u" and i > 0 and word[i - 1] == "q":
        return False
    if ch == "y":
        return i > 0 and not _is_vowel(word, i - 1)
    return ch in _VOWELS


def _syllables(word: str) -> int:
    """The number of vowel groups in ``word`` (its syllables, roughly)."""
    count, previous = 0, False
    for i in range(len(word)):
        vowel = _is_vowel(word, i)
        count += vowel and not previous
        previous = vowel
    return count


def _ends_cvc(word: str) -> bool:
    """``word`` ends in consonant, one vowel, and a consonant that can double."""
    return (
        len(word) >= 2
        and word[-1] in _DOUBLING
        and word[-2] in _VOWELS
        and _is_vowel(word, len(word) - 2)
        and (len(word) == 2 or not _is_vowel(word, len(word) - 3))
    )


def _by_rule(word: str) -> _Forms:
    """The regular forms of a lower-case word (no table)."""
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        third, past, ger = word[:-1] + "ies", word[:-1] + "ied", word + "ing"
        return (third,), (past,), (past,), (ger,)
    if word.endswith(_SIBILANT_ENDS) or (
        word.endswith("o") and len(word) > 1 and word[-2] not in _VOWELS
    ):
        third = word + "es"
    else:
        third = word + "s"
    if word.endswith("e"):
        if word.endswith("ie"):
            ger = word[:-2] + "ying"
        elif word.endswith(("ee", "oe", "ye")) or len(word) == 1:
            ger = word + "ing"
        else:
            ger = word[:-1] + "ing"
        return (third,), (word + "d",), (word + "d",), (ger,)
    if word.endswith("c") and len(word) > 1 and word[-2] in _VOWELS:
        return (third,), (word + "ked",), (word + "ked",), (word + "king",)
    stems: tuple[str, ...] = (word,)
    if _ends_cvc(word):
        syllables = _syllables(word)
        if syllables == 1:
            stems = (word + word[-1],)
            if word.endswith("z"):
                third = word + "zes"
        elif word.endswith("l"):
            stems = (word, word + "l")
    pasts = tuple(stem + "ed" for stem in stems)
    return (third,), pasts, pasts, tuple(stem + "ing" for stem in stems)


def _prefixed(prefix: str, forms: _Forms) -> _Forms:
    third, past, part, ger = (tuple(prefix + f for f in cell) for cell in forms)
    return third, past, part, ger


def _derive(word: str, table: Mapping[str, _Forms]) -> _Forms:
    """The forms of a lower-case single word, from ``table`` and the rules."""
    known = table.get(word)
    if known is not None:
        return known
    head, hyphen, last = word.rpartition("-")
    if hyphen and head and last:
        return _prefixed(head + "-", _derive(last, table))
    for prefix in _PREFIXES:
        rest = word[len(prefix):]
        if not word.startswith(prefix) or len(rest) < 2:
            continue
        if rest in table:
            return _prefixed(prefix, table[rest])
        if (prefix in _STRESS_PREFIXES and len(rest) >= 3 and rest[0] not in _VOWELS
                and _ends_cvc(rest) and _syllables(rest) == 1):
            return _prefixed(prefix, _by_rule(rest))  # the stress is on the verb: "reshipped"
    return _by_rule(word)


@functools.lru_cache(maxsize=4096)
def _word_forms(word: str) -> _Forms:
    return _derive(word, _table())


def _recase(form: str, word: str, low: str) -> str:
    """``form`` (lower case) of ``low`` written in the case of ``word``."""
    if word == low:
        return form
    if form.startswith(low):
        suffix = form[len(low):]
        return word + (suffix.upper() if word.isupper() else suffix)
    if word.isupper() and len(word) > 1:
        return form.upper()
    if word[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


# -- the public API ----------------------------------------------------------------------------


def inflections(verb: str) -> VerbForms:
    """The forms of ``verb``, given in its base form (``"snap up"``, ``"cut"``).

    Whitespace is normalised; the first word is inflected and the rest (a
    particle, a preposition) kept. An empty ``verb`` has only an empty base.

    >>> inflections("snap up").row()
    ('snap up', 'snaps up', 'snapped up', 'snapped up', 'snapping up')
    >>> inflections("take over").participle
    ('taken over',)
    >>> inflections("commit").past, inflections("visit").past
    (('committed',), ('visited',))
    >>> inflections("travel").past
    ('traveled', 'travelled')
    >>> inflections("supply").third, inflections("finance").third, inflections("die").gerund
    (('supplies',), ('finances',), ('dying',))
    >>> inflections("Sell").past, inflections("SNAP").gerund
    (('Sold',), ('SNAPPING',))
    """
    words = verb.split()
    if not words:
        return VerbForms(("",), (), (), (), ())
    word, rest = words[0], words[1:]
    tail = "".join(" " + w for w in rest)
    low = word.lower()
    cells = tuple(
        tuple(dict.fromkeys(_recase(f, word, low) + tail for f in cell))
        for cell in _word_forms(low)
    )
    return VerbForms((" ".join(words),), cells[0], cells[1], cells[2], cells[3])


def form_lemmas(verbs: Iterable[str]) -> dict[str, str]:
    """Every form of ``verbs`` (base forms) mapped to its verb.

    Verbs are written as :func:`inflections` takes them; whitespace is
    normalised. Where two verbs share a spelling, a base form wins over an
    inflected one, and then the earlier verb wins (``lay`` is the base of
    "lay" and the past of "lie").

    >>> form_lemmas(["snap up"])["snapped up"]
    'snap up'
    >>> m = form_lemmas(["lie", "lay"])
    >>> m["lay"], m["laid"], m["lain"]
    ('lay', 'lay', 'lie')
    """
    all_forms = [inflections(verb) for verb in verbs]
    out: dict[str, str] = {}
    for forms in all_forms:
        out.setdefault(forms.base[0], forms.base[0])
    for forms in all_forms:
        for form in forms.forms():
            out.setdefault(form, forms.base[0])
    return out


def lemma_of(form: str, verbs: Iterable[str] | None = None) -> str | None:
    """The base form of the verb of which ``form`` is a form, or None.

    With ``verbs``, the answer is one of them (as :func:`form_lemmas` maps
    it). Without, it comes from the shipped table, which knows the irregular
    and exceptional verbs only (regular ones are not listed): the first word
    is looked up in lower case and the rest kept.

    >>> lemma_of("laid off"), lemma_of("sold"), lemma_of("committed")
    ('lay off', 'sell', 'commit')
    >>> lemma_of("opened") is None
    True
    >>> lemma_of("opened", ["open", "close"])
    'open'
    """
    norm = " ".join(form.split())
    if verbs is not None:
        return form_lemmas(verbs).get(norm)
    word, _, tail = norm.partition(" ")
    lemma = _reverse().get(word.lower())
    if lemma is None:
        return None
    return f"{lemma} {tail}" if tail else lemma


def _looks_inflected(word: str) -> tuple[int, ...]:
    """The tense cells (2 third, 3 past, 4 participle, 5 gerund) a non-base form fits."""
    if word.endswith("ing"):
        return (5,)
    if word.endswith("ed"):
        return (3, 4)
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "as", "os")):
        return (2,)
    return ()


def verb_rows(extra: Mapping[str, str]) -> tuple[tuple[str, str, str, str, str, str], ...]:
    """Rows shaped like ``triple_verbs.tsv`` for user verbs given as ``{form: lemma}``.

    Each row is ``(lemma, base, third, past, participle, gerund)``, spellings
    joined by ``|`` and ``-`` for none. Forms and lemmas are lower-cased and
    their whitespace normalised. A form that is the lemma or one of its forms
    (``"snapped up": "snap up"``) gives all the lemma's forms; any other form
    is a synonym (``"snap up": "acquire"``) and gives all of its own forms,
    found from its base form (the form itself, or from the table when it is an
    irregular form such as ``"sold off"``). A synonym that looks inflected but
    is not in the table (``"snapped": "acquire"``) gives only itself, in the
    cells its ending suggests.

    >>> verb_rows({"snap up": "snap up"})
    (('snap up', 'snap up', 'snaps up', 'snapped up', 'snapped up', 'snapping up'),)
    >>> verb_rows({"snapped up": "snap up", "sold off": "divest"})[1]
    ('divest', 'sell off', 'sells off', 'sold off', 'sold off', 'selling off')
    >>> verb_rows({"scooped": "acquire"})
    (('acquire', '-', '-', 'scooped', 'scooped', '-'),)
    """
    out: list[tuple[str, str, str, str, str, str]] = []
    for form_in, lemma_in in extra.items():
        form = " ".join(form_in.lower().split())
        lemma = " ".join(lemma_in.lower().split())
        if not form or not lemma:
            continue
        own = inflections(lemma)
        if form == lemma or form in own.forms():
            forms = own
        else:
            base = lemma_of(form)
            word = form.split()[0]
            if base is not None:
                forms = inflections(base)
            elif (cells := _looks_inflected(word)) and word not in _table():
                row = ["-"] * 6
                row[0] = lemma
                for i in cells:
                    row[i] = form
                out.append((row[0], row[1], row[2], row[3], row[4], row[5]))
                continue
            else:
                forms = inflections(form)
        out.append((lemma, *forms.row()))
    return tuple(out)
