"""The words around a percentage, read in pieces, are those of the whole sentence.

``finparse.direction`` reads the words before a number back from the number,
a few dozen characters at a time from a space, rather than the whole 200
characters before it (dense runs of numbers were slow: "१२ % " * n). These
properties compare it with reading everything, on text made of what changes
the reading: words, numbers with separators, marks, sentence ends and
spaces of several kinds.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis_settings import property_settings

from finparse.direction import _SENTENCE_END, _WORD, _words_after, _words_before

SETTINGS = property_settings(300)

PIECES = ["a", "rose", "Kestrel's", "x-y", "1", "12", "1,234", "1.5", "10-year", "5-7", "-", "'",
          "\u2019", ".", "!", "?", "%", "(", ")", ",", "\u0967\u0968", "\uff11\uff12", "\u00bd",
          " ", " ", " ", "  ", "\n", "\t", "\x1c", "\u00a0", "\u2009", "\u3000"]

texts = st.lists(st.sampled_from(PIECES), max_size=150).map("".join)


def _reference_before(text: str, start: int, limit: int) -> list[tuple[str, int]]:
    """Every word of the sentence in the 200 characters before ``start``, nearest first."""
    lo = max(0, start - 200)
    segment = text[lo:start]
    cut = 0
    for m in _SENTENCE_END.finditer(segment):
        cut = m.end()
    words = [(m.group(0), lo + m.start()) for m in _WORD.finditer(segment, cut)]
    return list(reversed(words))[:limit]


@SETTINGS
@given(texts, st.integers(0, 10_000), st.sampled_from([1, 2, 6, 8, 40]))
@example("12 % " * 100, 400, 40)
@example("-5% " * 100, 399, 40)
@example("New York", 3, 1)  # no space in reach: the whole sentence is read
def test_words_before_are_the_sentence_words(text: str, at: int, limit: int) -> None:
    start = at % (len(text) + 1)
    assert _words_before(text, start, limit) == _reference_before(text, start, limit)


@SETTINGS
@given(texts, st.integers(0, 10_000), st.sampled_from([6, 8]))
def test_words_after_are_the_window_words(text: str, at: int, limit: int) -> None:
    end = at % (len(text) + 1)
    expected = [(m.group(0), end + m.start()) for m in _WORD.finditer(text[end : end + 80])][:limit]
    assert _words_after(text, end, limit) == expected
