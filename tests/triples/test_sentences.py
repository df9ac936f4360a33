"""Sentence splitting, tokens and entities, one row per behaviour (sentences written for finparse)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_settings import property_settings

from finparse.entities import find_entities
from finparse.sentences import _LAST_WORD, _TOKEN, _last_word, sentence_spans, spaced_tokens, tokens
from finparse.triples import _CANDIDATE, _candidate_words

SPLITS = [
    ("Arvo Inc. bought shares in the U.S. market. It paid 5 dlrs.",
     ["Arvo Inc. bought shares in the U.S. market.", "It paid 5 dlrs."]),
    ("It was sold to Halden Partners L.P. The buyer paid cash.",
     ["It was sold to Halden Partners L.P.", "The buyer paid cash."]),
    # after an organisation suffix, a word that starts no name starts a sentence
    ("It was sold to Halden Partners L.P. Neither side gave a price.",
     ["It was sold to Halden Partners L.P.", "Neither side gave a price."]),
    ("The stake went to Brenmoor Capital Inc. Analysts expect a bid.",
     ["The stake went to Brenmoor Capital Inc.", "Analysts expect a bid."]),
    ("Halden Partners L.P. Chairman Kalle Virta bought shares.", ["Halden Partners L.P. Chairman Kalle Virta bought shares."]),
    # after a suffix that only ends a name, a capitalised word and a lower-case one
    ("The notes were placed by Kestrel Corp. Proceeds will repay debt.",
     ["The notes were placed by Kestrel Corp.", "Proceeds will repay debt."]),
    ("It bought the unit from Norvik Ltd. Vexa said the price was fair.",
     ["It bought the unit from Norvik Ltd.", "Vexa said the price was fair."]),
    ("Dutch group N.V. Orvala is issuing bonds.", ["Dutch group N.V. Orvala is issuing bonds."]),
    ("Lakeside Realty L.P. II said it paid 5 cts.", ["Lakeside Realty L.P. II said it paid 5 cts."]),
    ("Shares went to Marlow and Co. Incorporated said so.", ["Shares went to Marlow and Co. Incorporated said so."]),
    ("He met U.S. Trade Representative Anna Holm.", ["He met U.S. Trade Representative Anna Holm."]),
    ("Sales in Sept. rose 1.5 pct , the company said .", ["Sales in Sept. rose 1.5 pct , the company said ."]),
    ("Net sales were EUR63 .4 m. Profit was EUR0 .22 per share .",
     ["Net sales were EUR63 .4 m.", "Profit was EUR0 .22 per share ."]),
    ("Mr. Kalle Virta bought No. 5 shares. Done!", ["Mr. Kalle Virta bought No. 5 shares.", "Done!"]),
    ("Should investors sell? Or buy?", ["Should investors sell?", "Or buy?"]),
    ("Strategic Pivot\nVexa is accelerating. It grew.", ["Strategic Pivot", "Vexa is accelerating.", "It grew."]),
    ("John F. Kennedy Corp. of the U.S. said so.", ["John F. Kennedy Corp. of the U.S. said so."]),
    ('He said "we bought it." Then he left.', ['He said "we bought it."', "Then he left."]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == expected


def test_tokens() -> None:
    assert [t.text for t in tokens("Nokia 's U.S. e-commerce unit , AT&T \u2019s 1,234.5 don't")] == [
        "Nokia", "'s", "U.S.", "e-commerce", "unit", ",", "AT&T", "\u2019s", "1,234.5", "don't",
    ]


ENTITIES = [
    ("Cathie Wood's ARK Invest bought Alibaba shares.",
     [("Cathie Wood", "name"), ("ARK Invest", "org"), ("Alibaba", "name")]),
    ("Bank of America and Procter & Gamble met S and P.",
     [("Bank of America", "org"), ("Procter & Gamble", "org"), ("S and P", "org")]),
    ("Finnish Scanvik sold a unit to Swiss Bank Corp.", [("Scanvik", "name"), ("Swiss Bank Corp.", "org")]),
    ("Investor Anna Lindqvist met Mr. Kalle Virta in New Zealand.",
     [("Anna Lindqvist", "person"), ("Kalle Virta", "person"), ("New Zealand", "place")]),
    ("Sales of AI chips rose in September, the CEO said.", []),
    ("Operating profit rose at Halden Partners L.P. in May.", [("Halden Partners L.P.", "org")]),
]


@pytest.mark.parametrize(("text", "expected"), ENTITIES)
def test_entities(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.kind) for e in find_entities(text)] == expected


TICKERS = [
    ("Nordvik Group Plc OMX Helsinki : NVK1V said so.", "Nordvik Group Plc", "NVK1V"),
    ("Vexa Group (NYSE: VXA) said so.", "Vexa Group", "VXA"),
    ("Pelto Oyj ( OMX Helsinki : PEL1V ) said so.", "Pelto Oyj", "PEL1V"),
]


@pytest.mark.parametrize(("text", "name", "ticker"), TICKERS)
def test_tickers(text: str, name: str, ticker: str) -> None:
    (e,) = find_entities(text)
    assert (e.text, e.ticker, e.kind) == (name, ticker, "org")


def test_extra_entities() -> None:
    assert find_entities("the anderson trust sold.") == []
    (e,) = find_entities("the anderson trust sold.", extra_entities=["the anderson trust"])
    assert (e.text, e.kind) == ("the anderson trust", "org")


# -- tokens with their white space (sentences.spaced_tokens), and its ASCII fast path ------

#: the characters that tell the token rules apart, with the ASCII white
#: space of both modules (U+001C..U+001F: white space to ``re`` only)
_TOKEN_CHARS = "aZsS'.,-&/09 \t\n\x0b\x0c\r\x1c\x1f?!()$%"


def _spans(pairs: list[tuple[str, str]], start: int) -> list[tuple[int, int]]:
    out = []
    for space, word in pairs:
        start += len(space)
        out.append((start, start + len(word)))
        start += len(word)
    return out


def _both_paths(text: str, start: int, end: int) -> None:
    # the re pattern on ASCII, the regex one with a timeout: the tokens of _TOKEN
    expected = [m.span() for m in _TOKEN.finditer(text, start, end)]
    fast = spaced_tokens(text, start, end)
    slow = spaced_tokens(text, start, end, timeout=60.0)
    assert fast == slow
    assert _spans(fast, start) == expected
    assert [w for _, w in fast] == [text[a:b] for a, b in expected]


@property_settings(400)
@given(st.text(alphabet=st.sampled_from(_TOKEN_CHARS), max_size=40), st.data())
def test_spaced_tokens_are_the_tokens_on_ascii(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    _both_paths(text, start, data.draw(st.integers(start, len(text))))


@property_settings(200)
@given(st.text(max_size=60))
def test_spaced_tokens_are_the_tokens_on_any_text(text: str) -> None:
    _both_paths(text, 0, len(text))


@pytest.mark.parametrize("char", [chr(i) for i in range(128)])
def test_spaced_tokens_around_each_ascii_character(char: str) -> None:
    for text in (char, f"a{char}b", f"1{char}2", f"a.b{char}", f"{char}s", f"{char}S", f"U.S.{char}", f" {char} "):
        _both_paths(text, 0, len(text))


def test_spaced_tokens_of_every_short_text() -> None:
    # every text of up to four of the characters that tell the rules apart
    chars = "aS'.,-9 \x1c?"
    texts = [""]
    for _ in range(4):
        texts = [t + c for t in texts for c in chars]
        for text in texts:
            _both_paths(text, 0, len(text))


def test_spaced_tokens_of_a_sentence_of_a_longer_text() -> None:
    text = "Caf\u00e9 news.\u00a0Kone\u2019s unit bought 5 shares.  "
    for start in range(len(text)):
        _both_paths(text, start, len(text))
        _both_paths(text, 0, start)


def test_last_word_reads_ascii_as_the_pattern_does() -> None:
    # sentences._last_word reads ASCII without _LAST_WORD: the same word
    # before every place of every short text ("$" also before a final "\n")
    def by_pattern(text: str, pos: int) -> str:
        found = _LAST_WORD.search(text, max(0, pos - 12), pos)
        return "" if found is None else found.group(1)

    texts = [""]
    for _ in range(5):
        texts = [t + c for t in texts for c in "aZ.\n 9'"]
        for text in texts:
            for pos in range(len(text) + 1):
                assert _last_word(text, pos) == by_pattern(text, pos)
    for text in ("Kone Oyj Inc.\n. x", "Mr. Lind U.S.A. plc.", "a" * 20 + ".", "Caf\u00e9 U.S. Inc.\n."):
        for pos in range(len(text) + 1):
            assert _last_word(text, pos) == by_pattern(text, pos)


def test_candidate_words_read_ascii_as_the_pattern_does() -> None:
    # triples._candidate_words reads ASCII with re: the words of _CANDIDATE
    # in every span of every short text (the look-behind reads the
    # character before the span)
    texts = [""]
    for _ in range(4):
        texts = [t + c for t in texts for c in "aZ-'9 ."]
        for text in texts:
            for a in range(len(text) + 1):
                expected = [m.span() for m in _CANDIDATE.finditer(text, a, len(text))]
                assert [m.span() for m in _candidate_words(text, a, len(text), None)] == expected
                assert [m.span() for m in _candidate_words(text, a, len(text), 60.0)] == expected
    text = "\u00e9buy-back re-established Kone\u2019s it's e-mail 9x x9 -x x-"
    for a in range(len(text) + 1):
        for b in (a, len(text)):
            assert [m.span() for m in _candidate_words(text, a, b, None)] == [
                m.span() for m in _CANDIDATE.finditer(text, a, b)
            ]
