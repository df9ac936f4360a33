"""The shortcuts of the chunker give what the plain reading gives.

The history of earlier sentences (pronouns resolved across sentences) reads
each sentence without its mentions; where a sentence was analysed with them,
its chunks are reused with each mention chunk unfolded into its tokens
(``entities.chunks_without_mentions``). Wherever that is offered, it must
equal chunking the sentence again without mentions. The word pattern of
``finparse.sentences`` reads a word a run at a time; it must cut text as the
character-at-a-time pattern it replaced did.
"""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_settings import property_settings

import finparse
from finparse.entities import Chunk, chunk_sentence, chunk_span, chunks_without_mentions
from finparse.sentences import _TOKEN, sentence_spans

SETTINGS = property_settings(120)

#: the word pattern as it read a word before, one character at a time
_CHAR_AT_A_TIME = regex.compile(
    r"(?:\p{L}{1,2}\.){2,16}(?!\p{L})"
    r"|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[-&/](?=[\p{L}\p{N}])|(?<=\p{N})[.,](?=\p{N})"
    r"|['\u2019](?![sS](?![\p{L}\p{N}]))(?=\p{L}))*"
    r"|['\u2019][sS](?![\p{L}\p{N}])"
    r"|[^\s\p{L}\p{N}]"
)

SENTENCES = [
    "Mr. Lind of Norvik Corp. said on March 3, 1987 the company bought 5 pct of Kestrel Oyj.",
    "In 2020, Nokia Oyj (OMX Helsinki : NOK1V) raised $5.2 million from investors.",
    "$16.3 million worth of Alibaba shares were bought by ARK Invest last week.",
    "Chairman Anna Holm said net profit rose 12 % to EUR 38.2 mn in the first quarter of 2024.",
    "Sales fell 5% in January, and Procter & Gamble said it will cut prices by 3 pct next month.",
    "The Bank of Japan kept rates at 0.5 pct on Friday; Moody's Investors Service said so too.",
    "Investor Jane Holm bought 1,234,000 shares at 9-7/8 dlrs each from U.S. Steel Corp in 1986.",
    "Shares of Acme Inc. rose 20 cents to 30 dlrs, and \"Q3 sales\" rose 2 pct: the rest fell.",
]

WORDS = [
    "Nokia", "Corp", "Corp.", "Inc.", "said", "it", "bought", "the", "company", "of", "in", "and",
    "&", "de", "5", "%", "pct", "$", "16.3", "million", "EUR", "March", "Friday", "last", "year",
    "Mr.", "chairman", "Q3", "1987", ",", ".", ":", ";", "(", ")", "\u201c", "'s", "\u2019s",
    "U.S.", "eBay", "Bank", "America", "rose", "to", "dlrs", "by", "2024", "first", "quarter",
]
newsy = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)


def _plain(chunks: list[Chunk]) -> list[tuple[object, ...]]:
    return [
        (c.tag, c.text, c.start, c.end, None if c.entity is None else c.entity.to_dict(), c.mention)
        for c in chunks
    ]


def _check(text: str) -> None:
    mentions = sorted(finparse.extract(text, kinds=["money", "percent", "time"], ref_date="2020-06-15"),
                      key=lambda m: (m.start, -m.end))
    for a, b in sentence_spans(text):
        inside = [m for m in mentions if a <= m.start < b]
        for extra in ((), (("Nokia", "org"),)):
            chunks, unfolded = chunk_span(text, a, b, inside, extra, None, True)
            assert _plain(chunks) == _plain(chunk_sentence(text, a, b, inside, extra))
            if unfolded is None:
                continue
            plain = chunks_without_mentions(text, chunks, unfolded)
            if plain is not None:
                assert _plain(plain) == _plain(chunk_sentence(text, a, b, (), extra))


def test_unfolded_chunks_are_the_chunks_without_mentions() -> None:
    for text in SENTENCES:
        _check(text)


def test_most_sentences_with_mentions_are_unfolded() -> None:
    text = "Net profit rose 12 % to EUR 38.2 mn in the first quarter of 2024."
    chunks, unfolded = chunk_span(text, 0, len(text), finparse.extract(text, kinds=["money", "percent"]), (), None, True)
    assert unfolded and chunks_without_mentions(text, chunks, unfolded) is not None


@SETTINGS
@given(newsy)
def test_unfolded_chunks_on_any_news_words(text: str) -> None:
    _check(text)


@SETTINGS
@given(st.one_of(st.text(max_size=120), newsy))
def test_word_pattern_cuts_as_before(text: str) -> None:
    assert [m.span() for m in _TOKEN.finditer(text)] == [m.span() for m in _CHAR_AT_A_TIME.finditer(text)]
