"""Entities in a sentence: organisations, people, places, groups of actors.

This module cuts a sentence into *chunks*: a proper-noun phrase is one chunk
(an :class:`Entity`), so is a money, percent or time mention, a ticker, a
possessive "'s", and every other word or mark. :mod:`finparse.triples` reads
the chunks; :func:`find_entities` gives the entities alone.

The rules:

* a proper-noun phrase is a run of capitalised words, with connectors where
  they belong to a name: "&" ("Procter & Gamble"), "of" after a word such
  as "Bank" ("Bank of America"), "and" between single letters ("S and P"),
  particles such as "de" and "van";
* a phrase that holds an organisation suffix ("Group", "Inc", "Corp", "Oyj",
  "L.P.", "Bank", "Index") is an organisation (kind ``"org"``); one after a
  title ("Mr", "investor", "chairman") is a person; a known place is a
  place; any other is a ``"name"``;
* a demonym in front is not part of the name ("Finnish Lakeside" is Lakeside);
* a possessive splits a chain ("Cathie Wood's ARK Invest" is two entities);
* a ticker after a name is linked to it ("Kestrel Oyj (OMX Helsinki : KES1V)");
* capitalised words that open a sentence ("Sales", "Operating") and months,
  days and concept acronyms ("AI", "EBIT") are not names.

The words are data: ``data/entity_suffixes.tsv``, ``entity_nouns.tsv``,
``entity_names.tsv``, ``entity_not_names.tsv``, ``entity_places.tsv`` and
``entity_exchanges.tsv``.

>>> from finparse.entities import find_entities
>>> text = "Cathie Wood's ARK Invest bought shares of Nordvik Group Plc (OMX Helsinki : NVK1V)."
>>> [(e.text, e.kind, e.ticker) for e in find_entities(text)]
[('Cathie Wood', 'name', None), ('ARK Invest', 'org', None), ('Nordvik Group Plc', 'org', 'NVK1V')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from finparse._data import rows, word_class
from finparse.core import LazyPattern, check_text, trie_pattern
from finparse.kinds import REGISTRY
from finparse.sentences import Deadline, sentence_spans, spaced_tokens
from finparse.sentences import suffixes as suffixes  # re-exported: entities.suffixes

__all__ = [
    "Chunk",
    "Entity",
    "chunk_sentence",
    "find_entities",
    "is_head",
    "known_names_pattern",
    "plural_noun_before_verb",
]

#: Kinds of entity: "org", "person", "place", "name" (a proper name of unknown
#: kind), "group" (a group of actors), "pronoun" (a pronoun or a word such as
#: "the company" that refers back), "unit" (part of an organisation).
KINDS = ("org", "person", "place", "name", "group", "pronoun", "unit")


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor named in text: ``source[start:end] == text``.

    Attributes:
        text: the name as written ("ARK Invest", "the company", "it").
        start: offset of the first character.
        end: offset just after the last character.
        kind: ``"org"``, ``"person"``, ``"place"``, ``"name"``, ``"group"``,
            ``"pronoun"`` or ``"unit"``.
        ticker: the ticker written with it ("NVK1V" in "Nordvik Group Plc OMX
            Helsinki : NVK1V"), else ``None``.
        related: entities bound to this one, such as the owner in a
            possessive chain (Cathie Wood for "Cathie Wood's ARK Invest").
        refers_to: for a pronoun or "the company", the entity it was
            resolved to, else ``None``.
    """

    text: str
    start: int
    end: int
    kind: str
    ticker: str | None = None
    related: tuple[Entity, ...] = ()
    refers_to: Entity | None = None

    @property
    def name(self) -> str:
        """The name this entity stands for: its antecedent's, if resolved."""
        return self.refers_to.name if self.refers_to is not None else self.text

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data.

        >>> Entity("it", 10, 12, "pronoun", refers_to=Entity("Nokia", 0, 5, "name")).to_dict()
        {'text': 'it', 'start': 10, 'end': 12, 'kind': 'pronoun', 'ticker': None, 'related': [], 'refers_to': 'Nokia'}
        """
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "ticker": self.ticker,
            "related": [r.text for r in self.related],
            "refers_to": None if self.refers_to is None else self.refers_to.name,
        }


#: the setters of :class:`Entity`'s slots, in the order of its fields (see _new_entity)
_ENTITY_SETTERS = tuple(
    getattr(Entity, f).__set__ for f in ("text", "start", "end", "kind", "ticker", "related", "refers_to")
)


def _new_entity(text: str, start: int, end: int, kind: str) -> Entity:
    """``Entity(text, start, end, kind)``, made without the dataclass's
    frozen ``__init__``, which sets each field through ``object.__setattr__``
    (chunking makes one for every name; each field is set here once, as
    there). tests/triples/test_lookup_shortcuts.py compares the two."""
    e: Entity = object.__new__(Entity)
    set_text, set_start, set_end, set_kind, set_ticker, set_related, set_refers_to = _ENTITY_SETTERS
    set_text(e, text)
    set_start(e, start)
    set_end(e, end)
    set_kind(e, kind)
    set_ticker(e, None)
    set_related(e, ())
    set_refers_to(e, None)
    return e


class Chunk:
    """One unit of a sentence for the clause rules.

    ``tag`` is ``"W"`` (a word), ``"P"`` (a mark), ``"ENT"`` (a name, see
    ``entity``), ``"QTY"`` (a money or percent mention, or a number),
    ``"TIME"`` (a time mention), ``"TICK"`` (a ticker) or ``"POS"`` (a
    possessive "'s" or "'").
    """

    __slots__ = ("end", "entity", "low", "mention", "start", "tag", "text")

    def __init__(
        self,
        tag: str,
        text: str,
        start: int,
        end: int,
        entity: Entity | None = None,
        mention: Any = None,
    ) -> None:
        self.tag = tag
        self.text = text
        self.low = text.lower()
        self.start = start
        self.end = end
        self.entity = entity
        self.mention = mention

    def __repr__(self) -> str:
        return f"{self.tag}({self.text!r})"


# -- tables --------------------------------------------------------------------------------


@functools.cache
def nouns() -> Mapping[str, frozenset[str]]:
    """Actor noun (lower case, one or two words) -> roles."""
    table: dict[str, set[str]] = {}
    for row in rows("entity_nouns.tsv"):
        table.setdefault(row[0].lower(), set()).add(row[1])
    return {k: frozenset(v) for k, v in table.items()}


@functools.cache
def _not_names() -> Mapping[str, str]:
    return {row[0].lower(): row[1] for row in rows("entity_not_names.tsv")}


@functools.cache
def places() -> Mapping[str, str]:
    """Place or demonym as written -> "place" or "demonym"."""
    return {row[0]: row[1] for row in rows("entity_places.tsv")}


@functools.cache
def _closed_words() -> frozenset[str]:
    """Lower-case words of closed classes: never the start of a name."""
    words = {row[0] for row in rows("triple_words.tsv") if row[1] not in ("qty", "stop", "qmod", "qadj", "topen")}
    words.update(row[0] for row in rows("triple_modals.tsv") if row[2] == "aux")
    return frozenset(words)


@functools.cache
def _verb_words() -> frozenset[str]:
    """Every form of an action, speech or modal verb (lower case, one word)."""
    out: set[str] = set()
    for row in rows("triple_verbs.tsv"):
        for cell in row[1:6]:
            for form in cell.split("|"):
                if form and form != "-":
                    out.add(form.split()[0])
    out.update(row[0] for row in rows("triple_speech.tsv"))
    out.update(row[0] for row in rows("triple_modals.tsv"))
    # the words of change and level of the percent grammar ("rose", "totalled")
    out.update(row[0].lower() for row in rows("directions.tsv") if row[2] == "verb")
    out.update(row[0].lower() for row in rows("levels.tsv"))
    return frozenset(out)


@functools.cache
def _past_forms() -> frozenset[str]:
    """Past forms of action, speech and change verbs ("bought", "said", "rose"),
    without those that are also base forms ("cut", "hit")."""
    out: set[str] = set()
    base: set[str] = set()
    for row in rows("triple_verbs.tsv"):
        out.update(f.split()[0] for f in row[3].split("|") if f and f != "-")
        base.update(f.split()[0] for f in row[1].split("|") if f and f != "-")
    for row in rows("triple_speech.tsv"):
        (base if row[0] == row[1] else out).add(row[0])
    for row in rows("directions.tsv"):
        if row[2] == "verb" and len(row) > 3:
            (base if row[0].lower() == row[3].lower() else out).add(row[0].lower())
    return frozenset(w for w in out if w not in base and not w.endswith(("s", "ing")))


@functools.cache
def _auxiliaries() -> frozenset[str]:
    """Forms of "be", "have", "do" and modal auxiliaries."""
    words = {row[0] for row in rows("triple_words.tsv") if row[1] in ("be", "have", "do")}
    words.update(row[0] for row in rows("triple_modals.tsv") if row[2] == "aux")
    return frozenset(words)


_CONNECT_AFTER_HEAD = word_class("context_words.tsv", "name_connector")
_PARTICLES = word_class("context_words.tsv", "name_particle")
_OF_HEADS = word_class("context_words.tsv", "of_head")
#: every word that may join two parts of a name (see _group_names)
_CONNECTORS = _PARTICLES | _CONNECT_AFTER_HEAD | {"and"}


def _variants(name: str) -> list[str]:
    """A name with each apostrophe also written curly, and after a space."""
    out = [name]
    if "'" in name:
        for form in ("\u2019", " '", " \u2019"):
            out.append(name.replace("'", form))
    return out


@functools.lru_cache(maxsize=32)  # keyed by the caller's extra_entities: bounded
def _known_table(extra: tuple[tuple[str, str], ...]) -> Mapping[str, str]:
    table = {row[0]: row[1] for row in rows("entity_names.tsv")}
    for name, kind in extra:
        table[name] = kind
    return table


@functools.lru_cache(maxsize=32)  # keyed by the caller's extra_entities: bounded
def known_names_pattern(extra: tuple[tuple[str, str], ...] = ()) -> regex.Pattern[str]:
    """One compiled pattern for every known name (the table and ``extra``)."""
    words: list[str] = []
    for name in _known_table(extra):
        words.extend(_variants(name))
    return regex.compile(trie_pattern(words))


#: what parts a known name into the pieces every match of it holds as written
#: (a space matches any run of space, an apostrophe has other forms)
_NAME_GAP = regex.compile(r"[\s'\u2019]+")


#: the most names (the table's and the caller's) read through a prefilter
#: (see _known_prefilter)
_PREFILTERED_NAMES = 100


@functools.lru_cache(maxsize=32)  # keyed by the caller's extra_entities: bounded
def _known_prefilter(extra: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    """A pattern (of the standard ``re``: it compiles quicker) that finds
    every known name and more: the pieces of a name with a run of spaces or
    apostrophes between them. A sentence where it finds nothing holds no
    name, and is read without :func:`known_names_pattern`, which is
    compiled when a first sentence may hold one. None for a list too long
    to read this way (one alternative a name)."""
    # the pieces of each known name, as written in every match of it
    pieces = [[p for p in _NAME_GAP.split(name) if p] for name in _known_table(extra)]
    if len(pieces) > _PREFILTERED_NAMES:
        return None
    gap = _NAME_GAP.pattern
    return re.compile("|".join(gap.join(map(re.escape, p)) if p else gap for p in pieces))


def _known_names(
    text: str, start: int, end: int, extra: tuple[tuple[str, str], ...]
) -> regex.Pattern[str] | None:
    """The pattern of the known names, or None where ``text[start:end]``
    holds none of them (see :func:`_known_prefilter`)."""
    quick = _known_prefilter(extra)
    if quick is not None and quick.search(text, start, end) is None:
        return None
    return known_names_pattern(extra)


_APOSTROPHE = LazyPattern(r"\s*[\u2019']")


def _known_kind(text: str, extra: tuple[tuple[str, str], ...]) -> str:
    table = _known_table(extra)
    key = _APOSTROPHE.sub("'", text)
    key = " ".join(key.split())
    return table.get(key, "org")


@functools.cache
def _exchange_ends() -> tuple[tuple[str, ...], int]:
    """The last words of the exchanges (a ticker's colon follows one, after
    at most three spaces), and how far back of a colon to look for one."""
    ends = tuple({row[0].split()[-1] for row in rows("entity_exchanges.tsv") if row[0].split()})
    return ends, max(map(len, ends), default=0) + 3


def _may_hold_ticker(text: str, colon: int, start: int, end: int) -> bool:
    """Whether a colon of ``text[start:end]``, the first at ``colon`` or
    after it, follows the name of an exchange: a ticker has one ("NYSE:
    BABA"), and a text without one is read without :func:`_ticker_pattern`
    (so without compiling it)."""
    ends, reach = _exchange_ends()
    while colon >= 0:
        if text[max(start, colon - reach):colon].rstrip(" \u00a0").endswith(ends):
            return True
        colon = text.find(":", colon + 1, end)
    return False


@functools.cache
def _ticker_pattern() -> regex.Pattern[str]:
    exchanges = trie_pattern(row[0] for row in rows("entity_exchanges.tsv"))
    symbol = r"[A-Z0-9][A-Z0-9.\-]{0,11}+(?![\p{L}\p{N}])"
    sp = r"[ \u00a0]{0,3}+"
    return regex.compile(
        rf"\({sp}(?:{exchanges}){sp}:{sp}(?P<s1>{symbol}){sp}\)"
        rf"|(?<![\p{{L}}\p{{N}}])(?:{exchanges}){sp}:{sp}(?P<s2>{symbol})"
    )


def prepare_entities(extra: tuple[tuple[str, str], ...] = ()) -> None:
    """Build now the tables and patterns chunking reads, with the known
    names ``extra`` (otherwise built when a text first needs them; see
    :meth:`finparse.Extractor.prepare`).

    >>> prepare_entities()
    """
    for table in (suffixes, nouns, _not_names, places, _closed_words, _verb_words, _past_forms,
                  _auxiliaries, _exchange_ends, _ticker_pattern, _name_flags, _not_content, _kind_tags):
        table()
    known_names_pattern(extra)
    _known_prefilter(extra)


# -- chunking ------------------------------------------------------------------------------


def _is_cap(word: str) -> bool:
    c = word[0]
    if c.isupper():
        return True
    if c.isdigit():
        if not word.strip(_NUMBER_CHARS):
            return False  # "1,234.5", "9-7/8": no letter (read without a loop)
        return any(ch.isupper() for ch in word) and any(ch.isalpha() for ch in word)
    return len(word) > 1 and c.islower() and word[1].isupper()


#: the characters of a number as a token holds it
_NUMBER_CHARS = "0123456789.,-/&"


#: The chunk tag of a mention, by the role its kind plays in triples
#: (finparse.kinds): amounts and percentages are quantities.
_ROLE_TAGS = {"quantity": "QTY", "time": "TIME"}


@functools.cache
def _kind_tags() -> Mapping[str, str]:
    """Kind name -> the chunk tag of its mentions (by the role the registry
    gives the kind), for the kinds of the registry (which is frozen) whose
    mentions triples take: one dict look-up a mention."""
    out: dict[str, str] = {}
    for name in REGISTRY.names:
        role = REGISTRY.argument_role(name)
        if role is not None:
            out[name] = _ROLE_TAGS[role]
    return out


def _spans_of_mentions(
    mentions: Sequence[Any], start: int, end: int
) -> list[tuple[int, int, str, Any]]:
    out: list[tuple[int, int, str, Any]] = []
    tags = _kind_tags()
    for m in mentions:
        kind = getattr(m, "kind", None)
        tag = tags.get(kind) if isinstance(kind, str) else None
        if tag is None:
            continue
        try:
            a, b = int(m.start), int(m.end)
        except (AttributeError, TypeError, ValueError):
            continue
        if a >= start and b <= end and a < b:
            out.append((a, b, tag, m))
    return out


def chunk_sentence(
    text: str,
    start: int,
    end: int,
    mentions: Sequence[Any] = (),
    extra_names: tuple[tuple[str, str], ...] = (),
    deadline: Deadline | None = None,
) -> list[Chunk]:
    """Cut ``text[start:end]`` (one sentence) into chunks.

    ``mentions`` are money, percent and time mentions (anything with
    ``kind``, ``start`` and ``end``); those inside the span become single
    chunks. A ``deadline`` bounds the regex calls and the grouping of names
    (:class:`TimeoutError`).

    >>> chunk_sentence("Bank of America 's unit bought 5 % of S and P.", 0, 46)
    [ENT('Bank of America'), POS("'s"), W('unit'), W('bought'), QTY('5'), P('%'), W('of'), ENT('S and P'), P('.')]
    """
    return chunk_span(text, start, end, mentions, extra_names, deadline)[0]


#: A mention chunk of a sentence and the (start, end) of the tokens it holds.
Unfolded = list[tuple[Chunk, list[tuple[int, int]]]]


def chunk_span(
    text: str,
    start: int,
    end: int,
    mentions: Sequence[Any] = (),
    extra_names: tuple[tuple[str, str], ...] = (),
    deadline: Deadline | None = None,
    unfold: bool = False,
) -> tuple[list[Chunk], Unfolded | None]:
    """:func:`chunk_sentence`, and with ``unfold``, what :func:`chunks_without_mentions`
    needs to give the chunks of the sentence without its mentions from
    these: the mention chunks and their tokens (``None`` where a ticker or
    a known name may have taken a mention's tokens, or lost them to it)."""
    # pre-chunks: mentions, tickers, known names (first come, first kept)
    pre: list[tuple[int, int, str, Any]] = _spans_of_mentions(mentions, start, end)
    spans = len(pre)  # pre-chunks of mentions (QTY, TIME): tickers and known names come after
    # a timeout of None sets no bound; a ticker has a colon after an
    # exchange's name (no scan without one)
    colon = text.find(":", start, end)
    if colon >= 0 and _may_hold_ticker(text, colon, start, end):
        found = _ticker_pattern().finditer(text, start, end, timeout=None if deadline is None else deadline.left())
        for m in _checked(found, deadline):
            sym = m.group("s1") or m.group("s2")
            pre.append((m.start(), m.end(), "TICK", sym))
    known = _known_names(text, start, end, extra_names)
    if known is not None:
        found = known.finditer(text, start, end, timeout=None if deadline is None else deadline.left())
        for m in _checked(found, deadline):
            pre.append((m.start(), m.end(), "KNOWN", None))
    kept: list[tuple[int, int, str, Any]] = []
    if pre:
        pre.sort(key=lambda p: (p[0], -p[1]))
        last_end = -1
        for p in pre:
            if p[0] >= last_end:
                kept.append(p)
                last_end = p[1]
    # the mention chunks and their tokens (a ticker or a known name may take
    # the tokens of a mention, or lose them to it: then none)
    unfolded: Unfolded | None = [] if unfold and len(pre) == spans else None
    held: list[tuple[int, int]] = []  # the tokens of the pre-chunk being read

    # Raw items, each token read once (the deadline is checked every 256
    # items); the tokens of a pre-chunk make one item.
    items: list[Chunk] = []
    append = items.append
    # indices of the items that may open a name (see _group_names)
    cands: list[int] = []
    nk = len(kept)
    ki = 0
    # the next pre-chunk (start, end), or none: no token reaches _NO_SPAN
    ka, kb = (kept[0][0], kept[0][1]) if nk else (_NO_SPAN, _NO_SPAN)
    # the pre-chunk being read: it goes on over the tokens that start before
    # its end (while one is read, ``ka`` is -1: every token takes the slow
    # branch, and a token outside every pre-chunk costs one comparison)
    reading = False
    pa = b = 0
    ptag = ""
    payload: Any = None

    def close(pa: int, b: int, ptag: str, payload: Any, held: list[tuple[int, int]]) -> None:
        # the pre-chunk read over text[pa:b] becomes one item
        if ptag == "KNOWN":
            cands.append(len(items))
            append(Chunk("KNOWN", text[pa:b], pa, b))
        else:
            append(Chunk(ptag, text[pa:b], pa, b, None, payload))
            if unfolded is not None:
                unfolded.append((items[-1], held))
    # the tokens, each with the white space before it (the lengths give the offsets)
    pos = start
    for space, word in spaced_tokens(text, start, end, None if deadline is None else deadline.left()):
        if deadline is not None and not len(items) & 255:
            deadline.check()
        a = pos + len(space)
        pos = e = a + len(word)
        if a >= ka:
            if reading:
                if a < kb:
                    if e > b:
                        b = e
                    if unfolded is not None:
                        held.append((a, e))
                    continue
                close(pa, b, ptag, payload, held)
                reading = False
                ki += 1
                ka, kb = (kept[ki][0], kept[ki][1]) if ki < nk else (_NO_SPAN, _NO_SPAN)
            if a >= ka:
                while kb <= a:  # pre-chunks that end before the token are passed
                    ki += 1
                    ka, kb = (kept[ki][0], kept[ki][1]) if ki < nk else (_NO_SPAN, _NO_SPAN)
                if ka <= a:
                    pa, _, ptag, payload = kept[ki]
                    b = max(kb, e)
                    reading = True
                    ka = -1
                    if unfolded is not None:
                        held = [(a, e)]
                    continue
        first = word[0]
        if first in _ASCII_LOWER:  # most words: read with one set look-up
            if not word.islower() and len(word) > 1 and word[1].isupper():
                cands.append(len(items))  # "eBay" (see _is_cap)
            append(Chunk("W", word, a, e))
        elif first.isalnum():
            if first.isdigit() and not _is_cap(word):
                append(Chunk("QTY", word, a, e))
                continue
            if not first.islower() or (len(word) > 1 and word[1].isupper()):
                cands.append(len(items))  # not a word in lower case ("eBay" is no such word)
            append(Chunk("W", word, a, e))
        elif word in _POSSESSIVES:
            append(Chunk("POS", word, a, e))
        else:
            append(Chunk("P", word, a, e))
    if reading:
        close(pa, b, ptag, payload, held)
    out = _group_names(text, items, cands, extra_names, deadline) if cands else items
    if len(pre) > spans and any(p[2] == "TICK" for p in kept):
        _attach_tickers(out)
    if cands and text.find("(", start, end) >= 0:
        out = _unwrap_names(out)
    return out, unfolded


def _unwrap_names(chunks: list[Chunk]) -> list[Chunk]:
    """``chunks`` without the round brackets around a firm's name that no
    name precedes: some wires write an unlisted firm "(Kestrel Ltd)", as
    others write "<Kestrel Ltd>", and the name is a subject or an object
    like any other ("agreed to buy (Kestrel Ltd)"). Brackets after a name
    hold another name for it ("Vexa Group (Vexa)") and stay.

    >>> _unwrap_names(chunk_sentence("Arvo bought (Kestrel Ltd).", 0, 26))
    [ENT('Arvo'), W('bought'), ENT('Kestrel Ltd'), P('.')]
    """
    out: list[Chunk] = []
    n = len(chunks)
    i = 0  # the first chunk not yet kept
    # only the opening brackets are read: the chunks between are kept as they are
    for k in [k for k, c in enumerate(chunks) if c.text == "("]:
        if k < i:
            continue  # (none: a name unwrapped holds no bracket)
        out.extend(chunks[i:k])
        i = k
        if (
            k + 2 < n and chunks[k + 2].text == ")"
            and chunks[k + 1].tag == "ENT" and getattr(chunks[k + 1].entity, "kind", None) == "org"
            and not (out and out[-1].tag in ("ENT", "KNOWN", "TICK", "QTY"))
            and not (k + 3 < n and chunks[k + 3].tag == "W" and chunks[k + 3].low in nouns())
        ):  # "its (Vexa Ltd) subsidiary" stays: the name is no phrase of its own
            out.append(chunks[k + 1])
            i = k + 3
    out.extend(chunks[i:])
    return out


def _plain_chunk(text: str, a: int, e: int) -> Chunk:
    """The chunk of the token text[a:e] outside any pre-chunk (as chunk_span makes it)."""
    word = text[a:e]
    first = word[0]
    if first.isalnum():
        return Chunk("QTY" if first.isdigit() and not _is_cap(word) else "W", word, a, e)
    return Chunk("POS" if word in _POSSESSIVES else "P", word, a, e)


def _inert(text: str, chunk: Chunk, held: list[tuple[int, int]]) -> bool:
    """Whether the sentence of the mention ``chunk``, whose tokens are
    ``held``, chunks the same without the mention but for its own chunk:
    none of its tokens may be a word of a name (a word not in lower case,
    but a month or a day, see _nameable), nor its first join a name (a
    connector), nor be all marks (the sentence's first word is its first
    that is no mark), nor its ends be read around a name (a dot, a title,
    a mark before a heading)."""
    words = [text[a:e] for a, e in held]
    first, last = words[0], words[-1]
    roles = nouns()
    if (
        first in (".", "&", "of") or first.lower() in _CONNECTORS
        or last == "." or last in _OPENING_MARKS
        or "title" in roles.get(last.lower(), ()) or "title" in roles.get(chunk.low, ())
        or all(not w[0].isalnum() for w in words)
    ):
        return False
    flags = _name_flags()
    return not any(
        w[0].isalnum() and not (w[0].isdigit() and not _is_cap(w))
        and (not w[0].islower() or (len(w) > 1 and w[1].isupper()))
        and not flags.get(w.lower(), 0) & _NOT_NAME
        for w in words
    )  # a word that may be one of a name ("March" is none: see _nameable)


def chunks_without_mentions(text: str, chunks: Sequence[Chunk], unfolded: Unfolded) -> list[Chunk] | None:
    """The chunks of a sentence without its mentions, from its ``chunks``
    with mentions and the mention chunks that :func:`chunk_span` unfolded: each
    mention chunk is its tokens again (the other chunks are the same
    objects); or ``None`` where a mention changes more than its own chunk
    (see :func:`_inert`): then the sentence is to be chunked again."""
    if not all(_inert(text, c, held) for c, held in unfolded):
        return None
    out: list[Chunk] = []
    pending = iter(unfolded)
    nxt = next(pending, None)
    for c in chunks:
        if nxt is not None and c is nxt[0]:
            out.extend(_plain_chunk(text, a, e) for a, e in nxt[1])
            nxt = next(pending, None)
        else:
            out.append(c)
    return out


#: past every offset: the start and end of "no pre-chunk"
_NO_SPAN = 1 << 62
_POSSESSIVES = frozenset(("'s", "'S", "\u2019s", "\u2019S"))
#: the first letters of most words ("a" to "z")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _checked(matches: Iterator[regex.Match[str]], deadline: Deadline | None) -> Iterator[regex.Match[str]]:
    """``matches``, with the deadline checked every 256 of them: a regex
    timeout is checked inside a match, not between matches, so a scan of
    many short matches would run on past it."""
    if deadline is None:
        return matches
    return _every(matches, deadline)


def _every(matches: Iterator[regex.Match[str]], deadline: Deadline) -> Iterator[regex.Match[str]]:
    for n, m in enumerate(matches):
        if not n & 255:
            deadline.check()
        yield m


def _nameable(items: Sequence[Chunk], i: int, first: int) -> bool:
    """Whether items[i] can be a word of a proper name."""
    c = items[i]
    if c.tag == "KNOWN":
        return True
    t = c.text
    if c.tag != "W" or (t[0].islower() and (len(t) == 1 or not t[1].isupper())) or not _is_cap(t):
        return False  # a word in lower case is read without a call (not "eBay": see _is_cap)
    low = c.low
    # what the tables say of the word, in one look (most names are in none)
    flags = _name_flags().get(low, 0)
    if flags & _NOT_NAME:
        return False
    if flags & _TITLE and i + 1 < len(items) and items[i + 1].text == ".":
        return False  # "Mr. Kalle Virta": the title is not part of the name
    upper_word = t.isupper() and len(t) > 1
    if not upper_word and flags & _CLOSED:
        return len(t) == 1 and i != first  # "Power Fund I", "Class A"
    if i == first:
        if flags & _CLOSED or (
            len(low) > 4 and low.endswith(("ing", "ly", "ed")) and t[1:].islower()
        ):  # "Following", "Shortly"; not "LyphoMed"
            return False
        if flags & _COMMON:
            # "Bank of America", "Investor Jane Holm": a name follows
            n = len(items)
            if i + 1 < n and _nameable(items, i + 1, -1):
                return True
            return (
                i + 2 < n
                and (items[i + 1].text == "&" or (items[i + 1].low == "of" and t in suffixes()))
                and _nameable(items, i + 2, -1)
            )
    return True


#: flags of a word in _name_flags: not a name (a month, a concept acronym), a
#: title, a closed-class word, a common word (a noun, a verb) that opens a
#: sentence as a name only before another name
_NOT_NAME, _TITLE, _CLOSED, _COMMON = 1, 2, 4, 8


@functools.cache
def _name_flags() -> Mapping[str, int]:
    """Lower-case word -> what entity_not_names.tsv, entity_nouns.tsv, the
    closed classes and the verbs say of it for a proper name (flags above)."""
    flags: dict[str, int] = {}
    for low, cls in _not_names().items():
        if cls in ("calendar", "acronym"):
            flags[low] = flags.get(low, 0) | _NOT_NAME
        elif cls == "common":
            flags[low] = flags.get(low, 0) | _COMMON
    for low, roles in nouns().items():
        flags[low] = flags.get(low, 0) | _COMMON | (_TITLE if "title" in roles else 0)
    for low in _closed_words():
        flags[low] = flags.get(low, 0) | _CLOSED
    for low in _verb_words():
        flags[low] = flags.get(low, 0) | _COMMON
    return flags


def _sentence_first(items: Sequence[Chunk]) -> int:
    """Index of the first word of the sentence (after quotes and brackets)."""
    for i, c in enumerate(items):
        if c.tag != "P":
            return i
    return 0


def _group_names(
    text: str,
    items: list[Chunk],
    cands: Sequence[int],
    extra: tuple[tuple[str, str], ...],
    deadline: Deadline | None = None,
) -> list[Chunk]:
    """``items`` with their names grouped. A name opens only at one of
    ``cands``, the items that are known names or words not in lower case
    (see :func:`_nameable`); the items between them are kept as they are,
    without a look."""
    # Each item is read a bounded number of times (a name ends at its last
    # item, and the next starts after it); the deadline is checked every
    # 256 items.
    out: list[Chunk] = []
    n = len(items)
    first = _sentence_first(items)
    i = 0  # the first item not yet kept or grouped
    checked = 0
    for s in cands:
        if s < i:
            continue  # inside the name before
        if deadline is not None and s - checked >= 256:
            deadline.check()
            checked = s
        out.extend(items[i:s])
        i = s
        c = items[i]
        # a heading or the word after a colon also starts with a capital
        opens = i == first or (i > 0 and items[i - 1].tag == "P" and items[i - 1].text in _OPENING_MARKS)
        if not _nameable(items, i, i if opens else -1) or c.text == "I":
            # "I" alone is the pronoun, not a name ("Power Fund I" goes on a name)
            out.append(c)
            i += 1
            continue
        j = i + 1
        last = i
        while j < n:
            c = items[j]
            t = c.text
            # (a word in lower case is no word of a name, read without a call)
            if (c.tag == "KNOWN" or (c.tag == "W" and not (t[0].islower() and (len(t) == 1 or not t[1].isupper()))
                                     and _nameable(items, j, -1))
                    or (c.tag == "W" and t[0].islower() and t in suffixes())  # "Medtronic plc"
                    ) and items[j - 1].end <= c.start:
                if items[last].tag == "KNOWN" and t not in suffixes():
                    break
                last = j
                j += 1
                continue
            # connectors (the words below, then a word of a name)
            if j + 1 < n and (t == "&" or c.low in _CONNECTORS) and _nameable(items, j + 1, -1):
                prev = items[last]
                if c.text == "&" or (c.low in _PARTICLES and c.text.islower()):
                    last = j + 1
                    j += 2
                    continue
                if c.low in _CONNECT_AFTER_HEAD and c.text.islower() and (
                    prev.text in suffixes() or prev.text in _OF_HEADS
                ):
                    last = j + 1
                    j += 2
                    continue
                if c.text == "and" and len(prev.text) == 1 and len(items[j + 1].text) == 1:
                    last = j + 1
                    j += 2
                    continue
                if c.text == "and" and _suffix_ends(items, j + 1):
                    last = j + 1  # "Baring Brothers and Co", "Buttes Gas and Oil Co"
                    j += 2
                    continue
            break
        out.extend(_make_entity(text, items, i, last, out, extra))
        i = last + 1
        if i < n and items[i].text == "." and out[-1].tag == "ENT" and out[-1].end == items[i].end:
            i += 1  # the name took an abbreviation's dot ("Fiskars Corp."): not a stop too
    out.extend(items[i:])
    return out


def _suffix_ends(items: Sequence[Chunk], j: int) -> bool:
    """Is items[j] a suffix word that ends a name there or before another
    suffix ("... and Co", "... and Co Inc", "... and Oil Co"), not one that
    heads more words ("... and Energy Minister Subroto")?"""
    sfx = suffixes()
    if items[j].text not in sfx:
        return False
    nxt = items[j + 1] if j + 1 < len(items) else None
    return nxt is None or nxt.text in sfx or nxt.tag != "W" or not nxt.text[:1].isupper()


#: marks after which a word starts with a capital (a heading, a quote)
_OPENING_MARKS = frozenset(":;\"\u201c(")


def _make_entity(
    text: str,
    items: Sequence[Chunk],
    i: int,
    last: int,
    before: Sequence[Chunk],
    extra: tuple[tuple[str, str], ...],
) -> list[Chunk]:
    """Chunks for the name items[i..last]: leading titles and demonyms split off."""
    roles, where, sfx = nouns(), places(), suffixes()
    lead: list[Chunk] = []
    title = bool(before) and (
        "title" in roles.get(before[-1].low, ()) or (before[-1].text == "." and len(before) > 1
        and "title" in roles.get(before[-2].low, ()))
    )
    k = i
    while k < last and items[k].tag == "W":
        c = items[k]
        if "title" in roles.get(c.low, ()):
            title = True
        elif where.get(c.text) != "demonym" or items[k + 1].text in sfx:
            break  # "Swiss Bank Corp" keeps its demonym
        lead.append(Chunk("W", c.text, c.start, c.end))
        k += 1
    head = items[k]
    a, b = head.start, items[last].end
    # an abbreviation's dot belongs to the name ("Inc.", "Co.")
    if last + 1 < len(items) and items[last + 1].text == "." and items[last + 1].start == b and (
        items[last].text + "."
    ) in sfx:
        b += 1
    name = text[a:b]
    if k == last and head.tag == "W" and where.get(name) == "demonym":
        lead.append(Chunk("W", name, a, b))
        return lead
    if head.tag == "KNOWN" and k == last:
        kind = _known_kind(name, extra)
    elif where.get(name.rstrip(".")) == "place":
        kind = "place"
    elif head.tag == "KNOWN" or (k < last and (
        not sfx.isdisjoint([c.text for c in items[k : last + 1]])  # the head or a later word
    )):
        kind = "org"
    elif title:
        kind = "person"
    else:
        kind = "name"
    lead.append(Chunk("ENT", name, a, b, _new_entity(name, a, b, kind)))
    return lead


def _attach_tickers(chunks: list[Chunk]) -> None:
    for i, c in enumerate(chunks):
        if c.tag == "TICK" and i > 0 and chunks[i - 1].tag == "ENT":
            prev = chunks[i - 1]
            assert prev.entity is not None
            e = prev.entity
            prev.entity = Entity(e.text, e.start, e.end, "org", ticker=str(c.mention), related=e.related)


def plural_noun_before_verb(chunks: Sequence[Chunk], i: int) -> bool:
    """Whether chunks[i], an "-s" word that can be a verb ("orders", "sales"), is
    a plural noun because a finite verb follows it: "Factory orders rose 1.3
    pct", "Vexa plans were shelved". The verb is an auxiliary or a past form
    that is not also a base form ("rose", "increased"; not "cut", "record"),
    and no noun follows it ("reports increased profit")."""
    if i + 1 >= len(chunks):
        return False
    c = chunks[i]
    if c.tag != "W" or not c.text.islower() or not c.low.endswith("s") or c.low.endswith("ss"):
        return False
    if c.low not in _verb_words() or c.low in _closed_words():
        return False
    return _finite_next(chunks, i + 1)


def participle_before_verb(chunks: Sequence[Chunk], i: int) -> bool:
    """Whether chunks[i], a past form ending in "-ed" after a noun, is a
    participle of a reduced relative clause because a finite verb follows it
    (as :func:`plural_noun_before_verb` reads one): "all firms polled fell
    3.9 pct", "the banks surveyed were". The verb is an auxiliary or a past
    form that is not also a base form, with no noun after it.

    >>> participle_before_verb(chunk_sentence("The banks polled rose 3 pct.", 0, 28), 2)
    True
    >>> participle_before_verb(chunk_sentence("Arvo reported increased sales.", 0, 30), 1)
    False
    """
    c = chunks[i]
    if c.tag != "W" or not c.text.islower() or not c.low.endswith("ed") or len(c.low) < 5:
        return False
    if i < 1:
        return False
    noun = chunks[i - 1]  # a noun: no function word, adverb or time word ("that it tendered was")
    return (
        noun.tag == "W" and noun.text.islower() and not noun.low.endswith("ly")
        and noun.low not in _closed_words() and noun.low not in _not_content() and _finite_next(chunks, i + 1)
    )


def _finite_next(chunks: Sequence[Chunk], j: int) -> bool:
    """Whether chunks[j] is a finite verb: an auxiliary, or a past form that is
    not also a base form ("rose", "increased"; not "cut") and that no noun
    follows ("reports increased profit": an adjective)."""
    n = len(chunks)
    if j >= n:
        return False
    v = chunks[j]
    if v.tag != "W" or not v.text.islower():
        return False
    low = v.low
    if low not in _auxiliaries():
        if low not in _past_forms():
            return False
        if j + 1 < n:
            after = chunks[j + 1]
            if after.tag == "W" and after.text.islower() and not (
                after.low in _closed_words() or after.low in _not_content() or after.low.endswith("ly")
            ):
                return False
    return True


def is_head(chunks: Sequence[Chunk], i: int) -> bool:
    """Whether the name chunks[i] heads its noun phrase: no common noun follows
    ("Nokia said", not "Nokia shares" or "Money market sources", nor "Factory
    orders rose")."""
    if i + 1 >= len(chunks):
        return True
    if plural_noun_before_verb(chunks, i + 1):
        return False
    nxt = chunks[i + 1]
    if nxt.tag != "W" or not nxt.text.islower():
        return True
    low = nxt.low
    if low in _closed_words() or low in _verb_words() or low in _not_content():
        return True
    return low.endswith("ed") or low.endswith("ly")


@functools.cache
def _not_content() -> frozenset[str]:
    return frozenset(row[0] for row in rows("triple_words.tsv") if row[1] in ("time", "adv", "stop"))


def find_entities(text: str, *, extra_entities: Iterable[str | tuple[str, str]] = ()) -> list[Entity]:
    """Every proper-name entity in ``text``, in order. Never raises on a :class:`str`.

    >>> [(e.text, e.kind) for e in find_entities("Finnish Lakeside sold a unit to Bank of America.")]
    [('Lakeside', 'name'), ('Bank of America', 'org')]
    """
    text = check_text(text)
    extra = normalise_extra_entities(extra_entities)
    out: list[Entity] = []
    for a, b in sentence_spans(text):
        for c in chunk_sentence(text, a, b, (), extra):
            if c.entity is not None:
                out.append(c.entity)
    return out


def normalise_extra_entities(extra: Iterable[str | tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """``extra_entities`` as a hashable tuple of ``(name, kind)``."""
    out: list[tuple[str, str]] = []
    for item in extra:
        if isinstance(item, str):
            name, kind = item, "org"
        else:
            name, kind = item
        name = " ".join(str(name).split())
        if not name:
            continue
        if kind not in KINDS:
            raise ValueError(f"unknown entity kind {kind!r}; expected one of {', '.join(KINDS)}")
        out.append((name, kind))
    return tuple(sorted(set(out)))
