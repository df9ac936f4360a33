"""Look-up shortcuts of chunking and of the verb rules give what the plain look-ups give.

:func:`finparse.entities._spans_of_mentions` reads a mention's chunk tag from a
table of the registry's kinds (:func:`finparse.entities._kind_tags`) instead of
asking the registry for each mention (``_mention_tag`` here);
a name's :class:`~finparse.entities.Entity` is made by
:func:`finparse.entities._new_entity` (without the frozen dataclass's
``__init__``); the verb rules read an open verb made before from
:attr:`finparse.triples._OpenVerbs.made` before calling
:meth:`finparse.triples._OpenVerbs.get`, and look a phrasal verb up only
after a word of ``_Lexicon.particle_firsts``. These tests compare each with
the plain reading.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, fields
from typing import Any

import pytest

from finparse import extract
from finparse.entities import (
    _ROLE_TAGS,
    Entity,
    _kind_tags,
    _new_entity,
    _spans_of_mentions,
    chunk_sentence,
)
from finparse.kinds import REGISTRY
from finparse.triples import TripleOptions, _built, _lexicon, _open_verbs


def _mention_tag(m: Any) -> str | None:
    """The chunk tag of a mention, the registry asked for its kind's role (the plain reading)."""
    kind = getattr(m, "kind", None)
    role = REGISTRY.argument_role(kind) if isinstance(kind, str) else None
    return None if role is None else _ROLE_TAGS[role]


@dataclass
class _Mention:
    kind: Any
    start: Any
    end: Any


def test_kind_tags_are_the_registry_roles() -> None:
    tags = _kind_tags()
    kinds: list[Any] = [*REGISTRY.names, "weather", "", None, 3, ("money",)]
    for kind in kinds:
        m = _Mention(kind, 0, 1)
        assert (tags.get(kind) if isinstance(kind, str) else None) == _mention_tag(m), kind
    # the kinds whose mentions triples take are in it, and no other
    assert set(tags) == {k for k in REGISTRY.names if REGISTRY.argument_role(k) is not None}
    assert set(tags.values()) == {"QTY", "TIME"}


def _spans_plain(mentions: list[Any], start: int, end: int) -> list[tuple[int, int, str, Any]]:
    """_spans_of_mentions with the registry asked for each mention."""
    out: list[tuple[int, int, str, Any]] = []
    for m in mentions:
        tag = _mention_tag(m)
        if tag is None:
            continue
        try:
            a, b = int(m.start), int(m.end)
        except (AttributeError, TypeError, ValueError):
            continue
        if a >= start and b <= end and a < b:
            out.append((a, b, tag, m))
    return out


def test_spans_of_mentions_read_as_the_registry_says() -> None:
    text = "Kestrel Oyj bought 5% of Vexa for $3 million on Monday, up 2 pct from 2019."
    found = list(extract(text))
    odd: list[Any] = [
        _Mention("money", 0, 7), _Mention("triple", 0, 7), _Mention("weather", 0, 3),
        _Mention(None, 0, 3), _Mention("time", "4", "9"), _Mention("percent", "x", 3),
        _Mention("money", 9, 9), object(),
    ]
    for mentions in (found, odd, [*odd, *found]):
        for start, end in ((0, len(text)), (10, 40), (0, 0)):
            assert _spans_of_mentions(mentions, start, end) == _spans_plain(mentions, start, end)


def test_made_open_verbs_are_what_get_makes() -> None:
    lex = _built(TripleOptions())
    verbs = _open_verbs()
    forms = [*[f for i, f in enumerate(verbs) if i % 97 == 0][:300], "zzz", "", "bought", "the"]
    for form in forms:
        got = lex.verb_of(form)
        assert got == (lex.single.get(form) or verbs.get(form)), form
        if form in verbs:
            # made once, then read from the table of made verbs
            made = verbs.get(form)
            assert verbs.made[form] is made is verbs[form]
        else:
            assert form not in verbs.made
    assert _lexicon(()).open is verbs


def test_particle_firsts_are_the_first_words_of_particle_verbs() -> None:
    for extra in ((), (("snap up", "snap up"), ("carve out", "carve out"))):
        lex = _lexicon(extra)
        assert lex.particle_firsts == frozenset(first for first, _ in lex.particle)
        assert {"snap", "carve"} <= lex.particle_firsts or not extra


def test_new_entity_is_the_dataclass_made() -> None:
    # every field is set, in the order of the dataclass (a new field fails here)
    assert [f.name for f in fields(Entity)] == ["text", "start", "end", "kind", "ticker", "related", "refers_to"]
    for text, start, end, kind in (("Nokia", 0, 5, "org"), ("Anna Lind", 7, 16, "person"), ("", 3, 3, "name")):
        fast, plain = _new_entity(text, start, end, kind), Entity(text, start, end, kind)
        assert type(fast) is Entity
        assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
        assert fast.to_dict() == plain.to_dict()
        assert all(getattr(fast, f.name) == getattr(plain, f.name) for f in fields(Entity))
        with pytest.raises(FrozenInstanceError):
            fast.kind = "place"  # type: ignore[misc]
    # chunking makes its names so
    chunks = chunk_sentence("Kestrel Oyj sold its unit to Anna Lind.", 0, 39)
    names = [c.entity for c in chunks if c.entity is not None]
    assert names == [Entity("Kestrel Oyj", 0, 11, "org"), Entity("Anna Lind", 29, 38, "name")]
