"""The cheap checks before the known names and tickers miss none of their matches.

:func:`finparse.entities.chunk_span` reads a sentence with
:func:`~finparse.entities.known_names_pattern` only where
``_known_prefilter`` (a pattern of the standard ``re``, the pieces of each
name with any run of spaces or apostrophes between them) finds something,
and with ``_ticker_pattern`` only where ``_may_hold_ticker`` finds a colon
after the last word of an exchange. A check that said "none" where the
pattern matches would lose a name or a ticker (until nothing: the patterns
are then never compiled). These tests run each pattern over invented texts
and ask the check about the span of every match, and compare the chunks of
invented sentences with the checks and with them forced to say "may hold".
"""

from __future__ import annotations

import random
import re
import sys

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from finparse import entities
from finparse._data import rows
from finparse.entities import (
    _PREFILTERED_NAMES,
    _known_names,
    _known_prefilter,
    _known_table,
    _may_hold_ticker,
    _ticker_pattern,
    chunk_span,
    known_names_pattern,
)
from tests.hypothesis_settings import property_settings

#: Runs of space the trie patterns read as one space (``\s+``), and the
#: forms of an apostrophe a known name matches.
SPACES = [" ", "  ", "\t", "\n", "\u00a0", " \u00a0 ", "\u2003", "\u3000", "\r\n", "\u2028"]
APOSTROPHES = ["'", "\u2019", " '", " \u2019"]
GLUE = ["", " ", ", ", ". ", "(", ") ", "x", "5", "'s ", "\u00a0", "\n", "-", "said ", "The "]


def _written(name: str, rng: random.Random) -> str:
    """``name`` as a text may write it: each space a run of space, each apostrophe a form of one."""
    out = []
    for char in name:
        if char == " ":
            out.append(rng.choice(SPACES))
        elif char == "'":
            out.append(rng.choice(APOSTROPHES))
        else:
            out.append(char)
    return "".join(out)


def _soup(names: list[str], seed: int, count: int = 120) -> str:
    rng = random.Random(seed)
    parts = []
    for _ in range(count):
        name = rng.choice(names)
        name = rng.choice([name, name, name, name[:-1], name.upper(), name.lower(), name[1:]])
        parts.append(rng.choice(GLUE) + _written(name, rng))
    return "".join(parts)


def _check_names(text: str, extra: tuple[tuple[str, str], ...]) -> int:
    """Every match of the known names is found by the prefilter within its own span."""
    found = 0
    for m in known_names_pattern(extra).finditer(text, overlapped=True):
        found += 1
        assert _known_names(text, m.start(), m.end(), extra) is not None, (m.group(), extra)
        assert _known_names(text, 0, len(text), extra) is not None
    return found


def _table_names() -> list[str]:
    return list(_known_table(()))


def test_regex_space_is_a_space_of_re() -> None:
    # the trie reads a space of a name as the regex module's \s+, the
    # prefilter as re's \s: every character of the one is one of the other
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    spaces = regex.findall(r"\s", every)
    assert len(spaces) > 20
    assert all(re.fullmatch(r"\s", c) for c in spaces), [hex(ord(c)) for c in spaces if not re.fullmatch(r"\s", c)]


@pytest.mark.parametrize("seed", range(3))
def test_prefilter_finds_every_table_name(seed: int) -> None:
    names = _table_names()
    text = _soup(names, seed)
    assert _check_names(text, ()) > 20


def test_prefilter_finds_names_at_the_edges_of_a_text() -> None:
    for name in _table_names():
        for written in {name, name.replace("'", "\u2019"), name.replace("'", " '"),
                        name.replace(" ", "\t\u00a0 "), name.replace("'", " \u2019").replace(" ", "\n")}:
            for text in (written, written + ".", "(" + written, "He said " + written):
                assert _check_names(text, ()) >= (1 if text == written else 0), text
                assert _known_names(written, 0, len(written), ()) is not None, written


_NAME_CHARS = st.sampled_from([*"AbcXyz&.+*?()[]$^\\|{}-1", " ", "  ", "\t", "\u00a0", "'", "\u2019", "\u00e9"])
_NAMES = st.lists(st.lists(_NAME_CHARS, min_size=1, max_size=12).map("".join), min_size=1, max_size=4)


@property_settings(400)
@given(_NAMES, st.integers(0, 2**16))
@example(["Acme's  Bank"], 0)
@example(["'Tis Co"], 1)
@example(["  "], 2)
@example(["O'Brien\u2019s"], 3)
@example(["A\tB (C)"], 4)
def test_prefilter_finds_every_extra_name(names: list[str], seed: int) -> None:
    extra = tuple((name, "org") for name in names)
    assert _known_prefilter(extra) is not None
    _check_names(_soup([*names, "Moody's", "S and P"], seed, count=30), extra)
    for name in names:
        _check_names(_written(name, random.Random(seed)), extra)


def test_a_long_list_of_names_is_read_by_the_full_pattern() -> None:
    extra = tuple((f"Firm{i} Holdings", "org") for i in range(_PREFILTERED_NAMES + 1))
    assert _known_prefilter(extra) is None
    for text in ("", "nothing here", "Firm7 Holdings rose"):
        assert _known_names(text, 0, len(text), extra) is known_names_pattern(extra)


def test_prefilter_says_none_where_no_name_is() -> None:
    # (the check is of use: it does rule texts out)
    text = "Shares of the bank rose 5 percent on Tuesday."
    assert _known_names(text, 0, len(text), ()) is None


# -- tickers ----------------------------------------------------------------------------------


def _exchanges() -> list[str]:
    return [row[0] for row in rows("entity_exchanges.tsv")]


_TICKER_SPACES = ["", "", " ", "  ", "   ", "\u00a0", " \u00a0", "    "]


def _ticker_text(seed: int, count: int = 150) -> str:
    rng = random.Random(seed)
    parts = []
    for _ in range(count):
        exchange = rng.choice(_exchanges())
        exchange = exchange.replace(" ", rng.choice(["  ", "\t", "\u00a0", " "]))
        ticker = rng.choice(["BABA", "AAPL", "NVK1V", "BRK.B", "7203", "X", "ab", "A-B"])
        colon = rng.choice([":", ":", ":", "::", ";"])
        body = rng.choice(_TICKER_SPACES) + exchange + rng.choice(_TICKER_SPACES) + colon + rng.choice(_TICKER_SPACES) + ticker
        parts.append(rng.choice(["", " ", "(", " (", "x", "Note: ", "at 10:30 "]) + body + rng.choice(["", ")", " )", ":", ". ", " rose: "]))
    return "".join(parts)


def _check_tickers(text: str) -> int:
    found = 0
    for m in _ticker_pattern().finditer(text, overlapped=True):
        found += 1
        for start, end in ((m.start(), m.end()), (0, len(text)), (0, m.end()), (m.start(), len(text))):
            colon = text.find(":", start, end)
            assert colon >= 0 and _may_hold_ticker(text, colon, start, end), (m.group(), start, end)
    return found


@pytest.mark.parametrize("seed", range(3))
def test_ticker_check_holds_every_ticker(seed: int) -> None:
    assert _check_tickers(_ticker_text(seed)) > 30


@pytest.mark.parametrize("text", [
    "Alibaba (NYSE: BABA) rose.", "Nasdaq:AAPL", "(Nasdaq\u00a0:\u00a0AAPL)", "(NYSE   :   BABA)",
    "(OMX  Helsinki : NVK1V)", "Time: 10:30, then NYSE American: XYZ and Nasdaq GS: AB",
    "a: b: c: TSX: RY", "NYSE\u00a0\u00a0\u00a0: X", "Note: see (LSE: VOD) and (HKEX:0700)",
])
def test_ticker_check_holds_written_tickers(text: str) -> None:
    assert _check_tickers(text) >= 1


@property_settings(300)
@given(st.lists(st.sampled_from(["NYSE", "Nasdaq", "OMX Helsinki", " ", "\u00a0", ":", "(", ")", "AB", "x", "5"]),
                max_size=30).map("".join))
def test_ticker_check_holds_on_any_mix(text: str) -> None:
    _check_tickers(text)


# -- the chunks with the checks and without them ---------------------------------------------

SENTENCES = [
    "Moody's Investors Service cut the rating of the bank on Monday.",
    "Moody\u2019s said Standard & Poor's would follow.",
    "Procter  &  Gamble and Johnson & Johnson rose.",
    "Toys 'R' Us filed for bankruptcy, Wells\u00a0Fargo said.",
    "Alibaba (NYSE: BABA) rose 5 percent.",
    "Shares of Apple (Nasdaq:AAPL) fell.",
    "Nokia (OMX Helsinki : NOKIA) and Ericsson (Nasdaq GS : ERIC) gained.",
    "The time was 10:30: nothing happened.",
    "Ratio: 3:1 for holders of Acme Corp.",
    "The Fed raised rates, Goldman Sachs said.",
    "People's Bank of China set the rate; People\u2019s Daily reported it.",
    "Marks and Spencer opened shops, said Marks & Spencer's chief.",
    "McDonald's bought Wendy's and Kohl's for 5 billion dollars.",
    "Salomon Brothers and Smith Barney merged with Merrill Lynch.",
    "Morgan Stanley's chief: we expect growth.",
    "Dow Jones fell while the Nikkei rose.",
    "Acme Widgets, a maker of bolts, said profit rose.",
    "The Securities and Exchange Commission sued Cable and Wireless.",
    "Federal Reserve Board members met the Bank for International Settlements.",
    "S and P and S&P are one firm, said Lloyd's.",
    "Sotheby's and Christie's sold art.",
    "Kellogg's, Sainsbury's and Dillard's reported sales.",
    "Domino's (NYSE: DPZ) and Land's End (Nasdaq: LE) rose.",
    "Note: TSX: RY, ASX:BHP and SGX : D05 were halted.",
    "Standard and Poor's (NYSE:SPGI) affirmed it.",
    "Nothing here: just words.",
    "Moody 's and Macy 's said so.",
    "Acme Gadgets (Nasdaq) rose: 5 percent.",
    "Big Co\u2019s unit (LON: BIG) fell.",
    "The Fedora maker said Fed officials met.",
    "NYSEAMEX: ABC and NYSE Arca: DEF traded.",
    "A\u00a0Fed\u00a0governor spoke.",
    "Widget Corp (XETRA: WDG) fell 3 percent.",
    "Fed",
    ":",
    "(NYSE: BABA)",
]


def _chunks(text: str, extra: tuple[tuple[str, str], ...]) -> str:
    return repr(chunk_span(text, 0, len(text), (), extra, None, True))


@pytest.mark.parametrize("extra", [(), (("Acme Widgets", "org"), ("Big Co's", "org"))], ids=["table", "extra"])
def test_chunks_are_the_same_without_the_checks(monkeypatch: pytest.MonkeyPatch,
                                                extra: tuple[tuple[str, str], ...]) -> None:
    with_checks = [_chunks(s, extra) for s in SENTENCES]
    monkeypatch.setattr(entities, "_may_hold_ticker", lambda *args: True)
    monkeypatch.setattr(entities, "_known_names", lambda text, start, end, extra: known_names_pattern(extra))
    without = [_chunks(s, extra) for s in SENTENCES]
    for sentence, a, b in zip(SENTENCES, with_checks, without, strict=True):
        assert a == b, sentence
