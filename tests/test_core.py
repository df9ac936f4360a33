"""Example tests for the combinator core (finparse.core)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import regex

from finparse import core
from finparse.core import (
    Match,
    ParseError,
    Reject,
    alt,
    anchored,
    followed_by,
    lexicon,
    lit,
    many,
    not_followed_by,
    opt,
    regex_parser,
    sep_by,
    seq,
    trie_pattern,
)

num = regex_parser(r"\d+", int, description="digits")


def test_seq_returns_a_tuple_and_combine_unpacks_it() -> None:
    assert seq(num, "x", num).parse("3x4") == (3, "x", 4)
    assert seq(num, "x", num).combine(lambda a, _, b: a * b).parse("3x4") == 12


def test_seq_with_separator() -> None:
    assert seq(num, "by", num, sep=r"\s*").parse("3 by  4") == (3, "by", 4)


def test_alt_is_ordered_choice() -> None:
    short_first = alt(lit("a"), lit("ab"))
    assert short_first.search("ab") == Match("a", 0, 1, "a")
    assert alt(lit("ab"), lit("a")).parse("ab") == "ab"
    assert (lit("up") | lit("down")).parse("down") == "down"


def test_opt_gives_the_default_when_absent() -> None:
    signed = seq(opt(lit("-"), ""), num)
    assert signed.parse("-7") == ("-", 7)
    assert signed.parse("7") == ("", 7)


def test_many_and_sep_by() -> None:
    assert many(regex_parser(r"\d ", lambda s: int(s)), min=1).parse("1 2 3 ") == [1, 2, 3]
    assert sep_by(num, ", ", min=1).parse("5, 10, 15") == [5, 10, 15]
    assert sep_by(num, ", ").parse("5") == [5]
    with pytest.raises(ParseError):
        many(num, min=2, max=2).parse("12")
    assert many(seq(num, ";"), max=2).search("1;2;3;").value == [(1, ";"), (2, ";")]


def test_many_is_possessive() -> None:
    # PEG semantics: the repetition never gives an item back.
    greedy = seq(many(regex_parser(r"\d")), regex_parser(r"\d"))
    with pytest.raises(ParseError):
        greedy.parse("123")


def test_map_and_shift_operators() -> None:
    per_share = num << lit(" per share")
    assert per_share.parse("12 per share") == 12
    assert (lit("USD ") >> num).parse("USD 5") == 5
    assert num.map(lambda n: n * 2).parse("21") == 42


def test_lexicon_longest_first_and_case() -> None:
    scale = lexicon({"m": 6, "mln": 6, "million": 6, "bn": 9})
    assert [m.text for m in scale.finditer("5 mln, 6 million, 7bn")] == ["mln", "million", "bn"]
    assert scale.parse("MLN") == 6
    exact = lexicon(["Kč", "kr"], casefold=False)
    assert exact.search("KR") is None
    assert exact.parse("Kč") == "Kč"


def test_lexicon_respects_word_boundaries() -> None:
    words = lexicon(["bn", "on"])
    assert [m.text for m in words.finditer("bnx on bond 5bn")] == ["on", "bn"]
    loose = lexicon(["bn"], boundary=False)
    assert [m.text for m in loose.finditer("abnb")] == ["bn"]


def test_lexicon_whitespace_runs() -> None:
    assert lexicon({"Hong Kong dollars": "HKD"}).parse("hong  kong\tDollars") == "HKD"


def test_lookaheads() -> None:
    pct = seq(num, followed_by("%")).map(lambda t: t[0])
    assert [m.value for m in pct.finditer("5 and 7%")] == [7]
    bare = seq(num, not_followed_by("%")).map(lambda t: t[0])
    assert [m.value for m in bare.finditer("5 and 7%")] == [5]


def test_spanned_gives_offsets() -> None:
    assert seq(lit("x"), num.spanned()).parse("x42")[1] == Match(42, 1, 3, "42")


def test_parse_error_says_where_and_what() -> None:
    rate = seq(num, lit(" "), lexicon({"pct": 1, "bps": 2}))
    with pytest.raises(ParseError) as info:
        rate.parse("50 %")
    assert info.value.position == 3
    assert "at offset 3" in str(info.value)
    assert isinstance(info.value, ValueError)
    with pytest.raises(ParseError, match="end of the input"):
        rate.parse("50 bps!")


def test_reject_vetoes_a_match_and_alt_moves_on() -> None:
    def even(s: str) -> int:
        if int(s) % 2:
            raise Reject
        return int(s)

    evens = regex_parser(r"\d+", even)
    assert [m.value for m in evens.finditer("1 2 3 4")] == [2, 4]
    assert alt(evens, num.map(lambda n: -n)).parse("3") == -3


def test_shared_parts_are_compiled_once_in_a_large_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core, "_INLINE_LIMIT", 1000)
    big = lexicon([f"word{i}" for i in range(300)])
    pair = seq(big, " ", big)
    assert pair.parse("word1 word299") == ("word1", " ", "word299")
    assert pair.pattern.count("(?<![\\p{L}\\p{M}])word") == 1  # written once, called twice
    assert pair.pattern.count("(?&d0)") == 2


def test_a_small_pattern_is_written_out_in_full() -> None:
    # A subroutine call costs the regex module time on every call, so a
    # pattern that stays small repeats its shared parts instead.
    big = lexicon([f"word{i}" for i in range(300)])
    pair = seq(big, " ", big)
    assert pair.parse("word1 word299") == ("word1", " ", "word299")
    assert pair.pattern.count("(?<![\\p{L}\\p{M}])word") == 2
    assert "(?&" not in pair.pattern
    assert [m.text for m in pair.finditer("a word3 word4 b")] == ["word3 word4"]


def test_anchored_finds_the_same_matches() -> None:
    amount = regex_parser(r"(?:about )?\$\d+", lambda s: s)
    fast = anchored(amount, r"\d", reach=8)
    text = "paid about $5 and $7, not 9"
    assert [m.text for m in fast.finditer(text)] == [m.text for m in amount.finditer(text)]


def test_entry_points_reject_non_strings() -> None:
    with pytest.raises(TypeError, match="decode"):
        list(num.finditer(b"123"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        num.parse(123)  # type: ignore[arg-type]


def test_bad_construction_raises_value_error() -> None:
    with pytest.raises(ValueError, match="invalid regular expression"):
        regex_parser("(")
    with pytest.raises(ValueError):
        lit("")
    with pytest.raises(ValueError):
        many(num, min=-1)
    with pytest.raises(ValueError):
        lexicon([])


def test_parsers_are_immutable() -> None:
    with pytest.raises(AttributeError):
        num.x = 1  # type: ignore[attr-defined]


def test_trie_pattern_shares_prefixes() -> None:
    pattern = trie_pattern(["dollar", "dollars", "dlrs"], boundary=False)
    assert pattern.endswith("d(?:lrs|ollar(?:s|))")


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        # a longer word whose end runs on gives way to a shorter one
        (["Hong Kong", "Hong Kong dollar"], "Hong Kong dollarama", ["Hong Kong"]),
        (["Hong Kong", "Hong Kong dollar"], "hong kong dollar", []),
        (["Hong Kong", "Hong Kong dollar"], "Hong  Kong dollar.", ["Hong  Kong dollar"]),
        # a word ending in a letter may touch a digit, and the other way round
        (["bn", "USD"], "5bn USD5 bnx xUSD", ["bn", "USD"]),
        (["Q1", "Q12"], "Q123 Q12a Q1", ["Q12", "Q1"]),
        # a word ending in punctuation has no end rule
        (["U.S.", "Rs."], "U.S.A. Rs.5", ["U.S.", "Rs."]),
        (["per cent", "per"], "per centum, per cent", ["per", "per cent"]),
    ],
)
def test_trie_words_end_where_a_word_ends(words: list[str], text: str, expected: list[str]) -> None:
    import regex

    found = [m.group() for m in regex.finditer(trie_pattern(words), text)]
    assert found == expected
    # the same inside an atomic group, as a leaf writes it
    atomic = [m.group() for m in regex.finditer(f"(?>{trie_pattern(words)})", text)]
    assert atomic == expected


def test_trie_pattern_writes_each_list_once() -> None:
    words = ["alpha", "beta", "gamma"]
    assert trie_pattern(words) is trie_pattern(tuple(words))
    assert trie_pattern(words) != trie_pattern(words, boundary=False)


def test_reading_a_pattern_compiles_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import regex

    unit = lexicon(["mln", "bln"]) >> regex_parser(r"\d+")
    compiled: list[str] = []
    real = regex.compile
    monkeypatch.setattr(regex, "compile", lambda p, *a, **k: compiled.append(p) or real(p, *a, **k))
    text = unit.pattern
    assert compiled == []
    assert real(text).match("mln5") is not None
    assert unit.pattern == unit._scanner().pattern


def test_a_lazy_leaf_compiles_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    import regex

    compiled: list[str] = []
    real = regex.compile
    monkeypatch.setattr(regex, "compile", lambda p, *a, **k: compiled.append(p) or real(p, *a, **k))
    eager = regex_parser(r"\d+(?:\.\d+)?", float)
    assert compiled == [r"\d+(?:\.\d+)?"]
    compiled.clear()
    lazy = regex_parser(r"\d+(?:,\d+)?", captures=lambda c: c.text, lazy=True)
    never = regex_parser(r"[a-z]+(?:-[a-z]+)?", lazy=True)
    both = alt(lazy, never)
    assert compiled == []
    assert both.parse("1,5") == "1,5"
    assert compiled == [r"\d+(?:,\d+)?"]  # the second option was never needed
    assert eager.parse("2.5") == 2.5


def test_a_lazy_leaf_with_a_bad_pattern_fails_on_first_use() -> None:
    bad = regex_parser(r"(unclosed", lazy=True)
    with pytest.raises(ValueError, match="invalid regular expression"):
        bad.parse("unclosed")
    with pytest.raises(ValueError, match="invalid regular expression"):
        regex_parser(r"(unclosed")


def test_anchored_with_several_patterns_finds_what_their_alternation_finds() -> None:
    from finparse.core import anchored, regex_parser

    # An amount in digits or in words, with an optional unit word that is
    # also an anchor of its own ("million" inside "5 million" is passed over).
    amount = regex_parser(r"(?:\d+|five|ten)(?: million)?(?: dollars)?")
    text = "five dollars, 5 million dollars, ten, million, 7 million and 12"
    one = anchored(amount, r"\d|\b(?:five|ten|million)\b", reach=0)
    apart = anchored(amount, (r"\d", r"\b(?:five|ten|million)\b"), reach=0)
    expected = [m.text for m in one.finditer(text)]
    assert [m.text for m in apart.finditer(text)] == expected
    assert [m.text for m in apart.finditer(text, timeout=5.0)] == expected
    assert expected == ["five dollars", "5 million dollars", "ten", "7 million", "12"]


def test_anchored_without_a_check_finds_the_same() -> None:
    from finparse.core import anchored, regex_parser

    amount = regex_parser(r"(?:about )?\$\d+(?: million)?", captures=lambda c: c.text)
    text = "paid about $5 million, then $7, about 12 and $ 9; about $3"
    checked = [(m.start, m.end) for m in anchored(amount, r"\d", reach=8).finditer(text)]
    unchecked = anchored(amount, r"\d", reach=8, check=False)
    assert [(m.start, m.end) for m in unchecked.finditer(text)] == checked
    assert [(m.start, m.end) for m in unchecked.finditer(text, timeout=5.0)] == checked
    assert len(checked) == 3


class _CountingScan:
    """An anchor scan (core.AnchorScan): a compiled pattern, not scanned for
    in a text without ``needle``; counts the scans it skipped."""

    def __init__(self, pattern: str, needle: str) -> None:
        self.pattern = regex.compile(pattern)
        self.needle = needle
        self.skipped = 0

    def finditer(self, text: str, pos: int = 0) -> Iterator[regex.Match[str]]:
        if self.needle not in text:
            self.skipped += 1
            return iter(())
        return self.pattern.finditer(text, pos)

    def search(self, text: str, pos: int = 0, *, timeout: float | None = None) -> regex.Match[str] | None:
        return self.pattern.search(text, pos, timeout=timeout)


def test_anchored_scans_with_anchor_scans_as_with_their_patterns() -> None:
    from finparse.core import anchored, regex_parser

    amount = regex_parser(r"(?:about )?(?:\$\d+|(?:five|ten) dollars)(?: million)?")
    digits, words = _CountingScan(r"\d", "$"), _CountingScan(r"\b(?:five|ten)\b", " ")
    plain = anchored(amount, (r"\d", r"\b(?:five|ten)\b"), reach=8)
    scanned = anchored(amount, (digits, words), reach=8)
    mixed = anchored(amount, (r"\d", words), reach=8)
    alone = anchored(amount, digits, reach=8)  # one scan, not a sequence
    texts = ["paid about $5 million, then ten dollars and $7", "about five dollars", "12 and 5", "",
             "$1 $2 $3 about ten dollars million"]
    for text in texts:
        expected = [(m.start, m.end, m.value) for m in plain.finditer(text)]
        for parser in (scanned, mixed):
            assert [(m.start, m.end, m.value) for m in parser.finditer(text)] == expected, text
            assert [(m.start, m.end, m.value) for m in parser.finditer(text, timeout=5.0)] == expected
        assert [m.value for m in alone.finditer(text)] == [v for _, _, v in expected if "$" in v]
    # the texts without "$" (three) were not scanned for digits, by ``scanned``
    # and by ``alone`` (a bounded scan searches instead: no finditer)
    assert digits.skipped == 6


def test_preparing_an_anchored_parser_prepares_its_anchor_scans() -> None:
    from finparse.core import anchored, regex_parser

    class Prepared(_CountingScan):
        def __init__(self) -> None:
            super().__init__(r"\d", "")
            self.prepared = 0

        def prepare(self) -> None:
            self.prepared += 1

    scan = Prepared()
    parser = anchored(regex_parser(r"\d+"), (r"x", scan, _CountingScan(r"y", "")), reach=0)
    assert scan.prepared == 0
    assert parser.prepare() is parser
    assert scan.prepared == 1
    assert [m.value for m in parser.finditer("a 12 b 3")] == ["12", "3"]


@pytest.mark.parametrize("anchor", [(), ("(",), [r"\d", 5]])
def test_anchored_rejects_bad_anchor_patterns(anchor: object) -> None:
    from finparse.core import anchored, regex_parser

    with pytest.raises(ValueError, match="anchor"):
        anchored(regex_parser(r"\d+"), anchor, reach=0)  # type: ignore[arg-type]


@pytest.mark.parametrize("pos", [-1, -4, 1.5, "0", True])
def test_a_bad_start_position_is_a_value_error_naming_it(pos: object) -> None:
    digits = regex_parser(r"\d", int)
    fast = anchored(digits, r"\d", reach=0)
    for parser in (digits, fast):
        with pytest.raises(ValueError, match=f"got {pos!r}"):
            list(parser.finditer("a1b2", pos))  # type: ignore[arg-type]
        with pytest.raises(ValueError, match=f"got {pos!r}"):
            parser.search("a1b2", pos)  # type: ignore[arg-type]
    assert [m.value for m in fast.finditer("a1b2", 2)] == [2]


def test_anchored_reads_each_start_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Neighbouring anchors walk back over the same tokens ("1st 2nd 3rd"):
    # each start is checked and built once, however many anchors reach it.
    def third_only(s: str) -> str:
        if s != "3rd":
            raise Reject  # the pattern matches, the build says no
        return s

    ordinal = regex_parser(r"\d(?:st|nd|rd|th)", third_only)
    # a loose quick check, as the time grammar's: it passes at every start
    fast = anchored(ordinal, r"\d", reach=40, lead=lambda token: True,
                    filter=lambda: r"\d(?s:.{0,40})")
    builds: list[int] = []
    real = core.Parser._build_at

    def counting(self: core.Parser[Any], text: str, pos: int, timeout: float | None = None) -> Any:
        builds.append(pos)
        return real(self, text, pos, timeout)

    monkeypatch.setattr(core.Parser, "_build_at", counting)
    text = "1st 2nd " * 50 + "3rd"
    assert [m.text for m in fast.finditer(text)] == ["3rd"]
    assert len(builds) == len(set(builds)) == 101


def test_compiling_pauses_the_collector_and_leaves_it_as_found() -> None:
    import gc

    seen: list[bool] = []
    real = core.regex.compile

    def spy(pattern: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(pattern, *args, **kwargs)

    core.regex.compile = spy  # type: ignore[assignment]
    try:
        assert gc.isenabled()
        regex_parser(r"(?:a|b)+q-17", lazy=True).parse("abq-17")
        assert seen == [False] and gc.isenabled()
        gc.disable()
        try:
            regex_parser(r"(?:a|b)+q-18", lazy=True).parse("abq-18")
            assert not gc.isenabled()  # a collector turned off by the caller stays off
        finally:
            gc.enable()
    finally:
        core.regex.compile = real  # type: ignore[assignment]
