"""Currency units are looked up, not compiled: the lookup reads what the pattern reads.

A currency unit leaf (:func:`finparse.money.currency_unit`) used to be one
regex of some 13 KB (every code, symbol, adjective and noun as tries),
whose compiling was most of a first call's cost. It is now read in Python
with :class:`finparse.core.WordTrie` look-ups, and its pattern is only the
scanning half of the leaf. These tests hold the two to agreeing: a word
trie ends a match where ``trie_pattern`` does, trying the ends in the same
order, and a unit reader gives what the unit's pattern with the old build
function gave, at every place of texts made of every form of the tables in
several cases and spacings.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest
import regex

from finparse.core import Reject, WordTrie, trie_pattern
from finparse.currencies import UnitForm
from finparse.money import MoneyOptions, UnitHit, _key, _unit_reader

#: What comes after the words: each is tried after every end in turn.
FOLLOWS = ["", r"(?=[ ,.])", r"(?![\p{L}])", r"(?=\s\S)", r"(?=\p{Lu})", r"(?=[.\d])", r"(?!.)",
           r"(?=\s+\d)", r"(?<=[sS])"]

TRICKY = [
    "Sep", "sep", "Sept", "sept.", "SEPT", "May", "may", "MAY", "a", "ab", "abc", "abcd",
    "aud $", "aud  $", "aud$", "US$", "U.S.", "U.S", "l.e", "l.e.", "5bn", "5", "&euro;", "&",
    "\u0131n", "in", "\u0130n", "\u212a", "k", "\u017fs", "ss", "\u00df", "stra\u00dfe",
    "Kč", "zł", "₽", "\u0440\u0443\u0431.", "\u0440\u0443\u0431", "د.إ", "1/2", "-", " x", "y ", "a b c", "a b", "a-b",
]



#: The quick suite reads one random text per case and shorter ones; with
#: ``FINPARSE_SIZES=full`` (CI) every text at its full length.
FULL = os.environ.get("FINPARSE_SIZES") == "full"

def _table_lists() -> dict[str, tuple[list[str], bool]]:
    """The word lists of the unit tables, and whether each is matched in any case."""
    table = MoneyOptions().table()
    return {
        "suffix_cs": (list(table.suffix_cs), False),
        "prefix_cs": (list(table.prefix_cs), False),
        "suffix_ci": (list(table.suffix_ci), True),
        "prefix_ci": (list(table.prefix_ci), True),
        "adjectives": (list(table.adjectives), True),
        "words": (list(table.words), True),
        "minor": (list(table.minor), True),
        "stopped": (list(table.stopped), True),
    }


def _variants(word: str, rng: random.Random) -> str:
    word = rng.choice([word, word, word.upper(), word.lower(), word.title(), word.swapcase(),
                       word[:-1], word + "s", word + "x", word[1:]])
    if " " in word:
        word = word.replace(" ", rng.choice(["  ", "\u00a0", "\n", " \t ", "    "]))
    return word


def _text(words: list[str], seed: int, count: int = 500 if FULL else 200) -> str:
    """Words glued and spaced every which way, in several cases."""
    rng = random.Random(seed)
    glue = ["", " ", "  ", "-", ".", ",", "'s", "a", "1", "\n", " (", ") ", "\u00a0", " 5 ", "5", "$"]
    return "".join(rng.choice(glue) + _variants(rng.choice(words), rng) for _ in range(count))


def _check_trie(words: list[str], casefold: bool, boundary: bool, seed: int,
                follows: list[str] = FOLLOWS) -> None:
    trie = WordTrie(words, casefold=casefold, boundary=boundary)
    body = trie_pattern(words, boundary=boundary)
    if casefold:
        body = f"(?i:{body})"
    text = _text(words, seed)
    for follow in follows:
        pattern = regex.compile(f"(?:{body}){follow}")
        after = regex.compile(follow)
        for pos in range(len(text)):
            m = pattern.match(text, pos)
            expected = m.end() if m else None
            got = next((end for end in trie.ends(text, pos) if after.match(text, end)), None)
            assert got == expected, (follow, pos, text[pos:pos + 20])


@pytest.mark.parametrize("name", sorted(_table_lists()))
def test_word_trie_ends_where_the_trie_pattern_does(name: str) -> None:
    # The quick suite tries a third of the ends after each table's words (each
    # end after several tables, since each pattern of a table compiles anew);
    # with FINPARSE_SIZES=full every end after every table.
    words, casefold = _table_lists()[name]
    k = sorted(_table_lists()).index(name)
    _check_trie(words, casefold, True, seed=len(words), follows=FOLLOWS if FULL else FOLLOWS[k % 3::3])


@pytest.mark.parametrize("casefold", [True, False], ids=["nocase", "case"])
@pytest.mark.parametrize("boundary", [True, False], ids=["boundary", "glued"])
def test_word_trie_on_tricky_words(casefold: bool, boundary: bool) -> None:
    # words in several cases that are prefixes of one another, letters whose
    # cases are not one to one (dotless i, Kelvin sign, long s, sharp s),
    # spaces inside, at the start and at the end of a word
    _check_trie(TRICKY, casefold, boundary, seed=17)


def test_word_trie_of_no_words_and_of_deep_words_are_value_errors() -> None:
    with pytest.raises(ValueError, match="at least one"):
        WordTrie([""])
    with pytest.raises(ValueError, match="nests more than"):
        WordTrie(["Q" * k for k in range(1, 300)])
    with pytest.raises(ValueError, match="nests more than"):
        trie_pattern(["Q" * k for k in range(1, 300)])
    long = "Q" * 5000  # one long word nests nothing, and is walked without recursion
    assert WordTrie([long]).ends(long + " ", 0) == [5000]


# -- the unit readers against the unit patterns ---------------------------------------------


def _reference(pattern: regex.Pattern[str], reader: Any) -> Callable[[str, int], Any]:
    """The unit leaf as it was: the unit's pattern, and its build function."""
    build = _reference_build(reader)
    return lambda text, pos: build(pattern.match(text, pos))


def _reference_build(reader: Any) -> Callable[[regex.Match[str] | None], Any]:
    """The old build function, given the unit pattern's match at a place (or ``None``)."""
    parts = reader._ready()
    adjective_codes, after_keys, word_keys, ci_keys = parts[6:10]
    cs: Mapping[str, UnitForm] = reader._cs

    def read(m: regex.Match[str] | None) -> tuple[UnitHit, int] | type[Reject] | None:
        if m is None:
            return None
        t = m.group()
        try:
            if m.group("an") is not None:
                return UnitHit(after_keys[_key(m.group("an"))], t, adjective_codes[_key(m.group("aw") or "")]), m.end()
            if m.group("w") is not None:
                return UnitHit(word_keys[_key(t)], t), m.end()
            if m.group("cs") is not None:
                return UnitHit(cs[t], t), m.end()
            if m.group("ci") is not None:
                return UnitHit(ci_keys[_key(t)], t), m.end()
        except KeyError:
            return Reject
        return UnitHit(UnitForm(t, (), "symbol", 1, t), t), m.end()

    return read


def _unit_texts(options: MoneyOptions, seed: int) -> Iterator[str]:
    table = options.table()
    forms = [*table.prefix_cs, *table.prefix_ci, *table.suffix_cs, *table.suffix_ci, *table.words,
             *table.minor, *table.minor_cs, *table.stopped]
    adjectives = list(table.adjectives)
    rng = random.Random(seed)
    after = ["", " 5", " 4.5 mln", " 12", " pct", "s", " sterling", " 5 USD", ".", " of", "-", "\u00a0mln"]
    for _ in range(4 if FULL else 1):
        parts = []
        for form in rng.sample(forms, len(forms)):
            adjective = _variants(rng.choice(adjectives), rng) + rng.choice([" ", "  ", "\u00a0", "    "])
            parts.append(rng.choice(["", "", adjective]) + _variants(form, rng) + rng.choice(after))
        yield " ".join(parts)
    yield "Canadian dlrs, US dollars 5, pounds sterling, marks of, 5 rubles 4.5 mln 12 USD 40 $"


_CUSTOM = MoneyOptions(currency_forms=(("Bs.F", "VEF"), ("zz", "USD")), currency_defaults=(("$", "CAD"),))


# The quick suite reads every position once: the suffix and minor units with
# the default tables, the prefix with custom ones (the default forms and
# more); the slow tier every position with both.
@pytest.mark.parametrize(("position", "options"), [
    pytest.param("prefix", MoneyOptions(), id="default-prefix", marks=pytest.mark.slow),
    pytest.param("suffix", MoneyOptions(), id="default-suffix"),
    pytest.param("minor", MoneyOptions(), id="default-minor"),
    pytest.param("prefix", _CUSTOM, id="custom-prefix"),
    pytest.param("suffix", _CUSTOM, id="custom-suffix", marks=pytest.mark.slow),
    pytest.param("minor", _CUSTOM, id="custom-minor", marks=pytest.mark.slow),
])
def test_unit_reader_reads_what_the_unit_pattern_reads(position: str, options: MoneyOptions) -> None:
    reader = _unit_reader(position, options)
    pattern = regex.compile(reader.pattern())
    reference = _reference_build(reader)
    for text in _unit_texts(options, seed=len(position)):
        # the pattern's match at every place, from one overlapped search
        matches = {m.start(): m for m in pattern.finditer(text, overlapped=True)}
        for pos in range(len(text)):
            m = matches.get(pos)
            expected = reference(m)
            try:
                got: Any = reader.read(text, pos)
            except Reject:
                got = Reject
            assert got == expected, (pos, text[pos:pos + 30])
            assert reader.matches(text, pos) == (m is not None)


def test_a_unit_is_read_alike_far_into_a_long_text() -> None:
    # past the window a leaf is first read in (see finparse.core._match)
    reader = _unit_reader("suffix", MoneyOptions())
    pattern = regex.compile(reader.pattern())
    text = "x " * 3000 + "5 dollars 4" + "0" * 3000 + " and 5 Canadian dlrs."
    for pos in (6000, 6002, len(text) - 14):
        expected = _reference(pattern, reader)(text, pos)
        assert reader.read(text, pos) == expected


# -- "to" between the ends of a range -------------------------------------------------------


def _to_text(seed: int) -> str:
    from finparse.money import _context_words, _direction_words

    rng = random.Random(seed)
    words = [*_context_words("change"), *_direction_words(), *_context_words("range-from"),
             "from", "From", "FROM", "cheapened", "Ed", "ed", "bed", "ranged", "varied", "a" * 19 + "ed",
             "a" * 21 + "ed", "$5", "5", "mln", "dlrs", "x" * 22, "to", "TO", "-", "(", "fell  back",
             "ranging from", "varied\u00a0from", "anywhere   from", "rose from", "xranging from", "from",
             "ranged", "cheapened from"]
    spaces = [" ", " ", " ", "  ", "   ", "    ", "\u00a0", " \u00a0", "\n", "\t", ""]
    parts = []
    for _ in range(3000 if FULL else 1000):
        parts.append(rng.choice(spaces) + _variants(rng.choice(words), rng))
        if rng.random() < 0.3:  # a "to" every few words
            parts.append(rng.choice(spaces[:8]) + rng.choice(["to", "To", "TO"]) + rng.choice(spaces[:8]))
    return "".join(parts)


@pytest.mark.parametrize("bare", [False, True], ids=["to", "to_bare"])
def test_to_reader_reads_what_its_pattern_reads(bare: bool) -> None:
    from finparse.money import _to_bare_pattern, _to_pattern, _ToReader

    pattern = regex.compile(_to_bare_pattern() if bare else _to_pattern())
    reader = _ToReader(bare=bare)
    for seed in (1, 2) if FULL else (1,):
        text = _to_text(seed)
        for pos in range(len(text)):
            m = pattern.match(text, pos)
            assert reader.read(text, pos) == ((m.group(), m.end()) if m else None), (pos, text[max(0, pos - 60):pos + 5])


def test_a_word_trie_shared_by_threads_reads_alike() -> None:
    # the nodes of a trie are made as texts reach them: threads that reach
    # one at once make it alike, and read what one thread alone reads
    import threading

    words, casefold = _table_lists()["adjectives"]
    text = _text(words, seed=5, count=300)
    alone = WordTrie(words, casefold=casefold)
    expected = [alone.ends(text, pos) for pos in range(len(text))]
    shared = WordTrie(words, casefold=casefold)
    results: list[list[list[int]]] = []
    start = threading.Barrier(4)

    def read() -> None:
        start.wait()
        results.append([shared.ends(text, pos) for pos in range(len(text))])

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4
    with pytest.raises(AttributeError):
        shared.firsts = None
