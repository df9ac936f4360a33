"""Shortcuts of chunking and of the verb rules read what the plain reading reads.

:func:`finparse.entities._unwrap_names` reads only the opening brackets of a
sentence (the chunks between are kept without a look), and
:meth:`finparse.triples._Sentence.open_verb_after` takes from its caller the
index past the adverbs after a verb instead of stepping over them again.
These tests compare each with the plain reading (written out here) on
invented sentences.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from finparse.entities import Chunk, _unwrap_names, chunk_sentence, nouns
from finparse.triples import TripleOptions, _built, _Doc, _is_adv, _Sentence


def _unwrap_plain(chunks: Sequence[Chunk]) -> list[Chunk]:
    """_unwrap_names as a walk over every chunk."""
    out: list[Chunk] = []
    n = len(chunks)
    i = 0
    while i < n:
        c = chunks[i]
        if (
            c.text == "(" and i + 2 < n and chunks[i + 2].text == ")"
            and chunks[i + 1].tag == "ENT" and getattr(chunks[i + 1].entity, "kind", None) == "org"
            and not (out and out[-1].tag in ("ENT", "KNOWN", "TICK", "QTY"))
            and not (i + 3 < n and chunks[i + 3].tag == "W" and chunks[i + 3].low in nouns())
        ):
            out.append(chunks[i + 1])
            i += 3
            continue
        out.append(c)
        i += 1
    return out


_PIECES = (
    "(Kestrel Ltd)", "(Vexa Group)", "(Arvo)", "(", ")", "Kestrel Ltd", "Norvik Oyj", "its", "unit",
    "bought", "sold", "shares", "of", "the", "mill", "said", "5 pct", ",", "and", "quickly", "up",
    "Mr Lind", "(OMX Helsinki : KES1V)", "((Vexa Ltd))", "(5 pct)", "subsidiary",
)


def _sentences(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))) + "." for _ in range(count)]


def test_unwrap_reads_what_a_walk_reads() -> None:
    unwrapped = 0
    for text in [*_sentences(400, 7), "Arvo bought (Kestrel Ltd).", "( ( Kestrel Ltd ) )", "(", ")"]:
        items = chunk_sentence(text, 0, len(text))
        got = _unwrap_names(items)
        want = _unwrap_plain(items)
        assert [id(c) for c in got] == [id(c) for c in want], text
        unwrapped += len(got) < len(items)
    assert unwrapped > 20  # the invented sentences hold names to unwrap


def test_open_verb_after_with_the_adverbs_read() -> None:
    opts = TripleOptions()
    lex = _built(opts)
    pieces = ("Kestrel Ltd", "sharply", "quickly", "rose", "gained", "5 pct", "bought", "led", "by",
              "the", "mill", "to", "up", "prices", ",", "and", "Norvik", "really", "formally")
    rng = random.Random(11)
    checked = 0
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(2, 12))) + "."
        doc = _Doc(text, (), opts)
        for k in range(len(doc.spans)):
            s = _Sentence(doc, k, lex)
            for i in range(len(s.ch)):
                found = s.verb_at(i)
                if found is None or not found[0].open:
                    continue
                verb, last = found
                past = last + 1
                while past < len(s.ch) and _is_adv(s.ch[past]):
                    past += 1
                assert s.open_verb_after(verb, last, past) == s.open_verb_after(verb, last), text
                checked += 1
    assert checked > 100
