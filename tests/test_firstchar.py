"""The first characters of a pattern (finparse._firstchar) and the choices of alt() built on them."""

from __future__ import annotations

import string

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis_settings import property_settings

from finparse import core
from finparse._firstchar import first_chars, item_chars
from finparse.core import ParseError, alt, lit, opt, regex_parser, seq

SETTINGS = property_settings(300)
ASCII = [chr(i) for i in range(128)]


# -- items: one character each, read as the regex module reads them ----------------

ITEMS = [
    "a", "Z", "7", " ", "\\.", "\\-", "\\(", "\\t", "\\x41", "\\u0062", "\\0", "\\N{DIGIT ONE}",
    "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\p{L}", "\\P{L}", "\\p{Lu}", "\\p{Ll}", "\\pN",
    "\\p{Nd}", "\\p{P}", "\\p{S}", "\\p{Zs}", "\\p{^L}", "\\p{Cf}", "\\p{M}",
    "[abc]", "[a-f]", "[^a-f]", "[]x]", "[\\]y]", "[A-Z0-9_]", "[\\d.,]", "[^\\s]", "[\\p{L}\\p{N}]",
    "[^\\p{L}\\p{N}\\p{M}]", "[-+]", "[a-]", "[\\u2010-\\u2015~]", "[\\x00-\\x1f]", "[\\b]",
    "[\\u00a0 ]", "[K\\u212a]", "[\\u017f]", "[^k]", "[^\\W\\d]", "\\u212a", "\\u017f",
]


@pytest.mark.parametrize("ci", [False, True])
@pytest.mark.parametrize("item", ITEMS)
def test_item_chars_hold_every_ascii_character_the_item_matches(item: str, ci: bool) -> None:
    found = item_chars(item, ci)
    assert found is not None, item
    pattern = regex.compile(f"(?i:{item})" if ci else item)
    matched = {c for c in ASCII if pattern.fullmatch(c)}
    assert matched <= found
    # and, without case, nothing more (but the control characters some
    # definitions of space count)
    if not ci:
        assert found - matched <= set("\x1c\x1d\x1e\x1f")


@pytest.mark.parametrize("item", ["\\p{Han}", "\\p{Script=Latin}", "[[:alpha:]]", "\\X", "\\1", "\\g<x>"])
def test_items_this_reading_does_not_know_give_none(item: str) -> None:
    assert item_chars(item) is None


def test_case_insensitive_letters_take_the_characters_that_fold_to_them() -> None:
    # the Kelvin sign and the long s match "k" and "s" without regard to case
    assert item_chars("\\u212a", ci=True) == {"k", "K"}
    assert item_chars("\\u017f", ci=True) == {"s", "S"}


# -- patterns --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "chars", "nullable"),
    [
        ("abc|de", "ad", False),
        ("(?i:the)\\s+x", "tT", False),
        ("(?:the\\s+)?\\d+", "t0123456789", False),
        ("(?:a|b?)c", "abc", False),
        ("a*", "a", True),
        ("a{0,2}b", "ab", False),
        ("a{,2}b", "ab", False),
        ("a{2,}b", "a", False),
        ("(?<![\\p{L}])\\bfoo", "f", False),
        ("(?=[xy])\\w+", "xy", False),  # a lookahead stands for what it looks for
        ("(?![xy])z", "z", False),
        ("(?#note)q", "q", False),
        ("(?(DEFINE)(?P<w>zz))q", "q", False),
        ("(?P<n>m)|(?<o>n)", "mn", False),
        ("(?>a|b)++c", "ab", False),
        ("x|", "x", True),
        ("^$", "", True),
        ("(?i)ab", "aA", False),  # a flag group with no scope holds everywhere
        ("a(?i)b", "aA", False),
        ("(?i:a(?-i:b))|c", "aAc", False),
        ("a(b)\\1", "a", False),  # what follows the first character is not read
        ("\\{x", "{", False),
        ("{x", "{", False),
        ("[a-c]x{2}", "abc", False),
    ],
)
def test_first_chars_of_patterns(pattern: str, chars: str, nullable: bool) -> None:
    assert first_chars(pattern) == (frozenset(chars), nullable)


@pytest.mark.parametrize(
    "pattern", ["(a)?\\1", "(?&x)", "(?1)", "(?R)", "(?(1)a|b)", "(?x)a b", "(?V1)a", "(?f)a", "(?-i)a", "\\Xa", "a)"],
)
def test_what_the_reading_does_not_follow_is_any_character(pattern: str) -> None:
    assert first_chars(pattern) is None


def test_a_dot_may_start_with_anything() -> None:
    chars, nullable = first_chars(".x") or (frozenset(), True)
    assert set(ASCII) <= chars and not nullable


# A small grammar of patterns, the pieces finparse's grammars are made of.
_ATOMS = st.sampled_from(
    ["a", "b", "A", "1", " ", "\\d", "\\s", "\\w", "[ab]", "[^a]", "[a-c]", "\\p{L}", "\\p{Lu}", "."]
)


@st.composite
def patterns(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        if depth < 2 and draw(st.booleans()):
            inner = "|".join(draw(st.lists(patterns(depth + 1), min_size=1, max_size=3)))
            group = draw(st.sampled_from(["(?:{})", "(?i:{})", "(?>{})", "(?={})", "(?!{})", "(?<=a)(?:{})", "({})"]))
            part = group.format(inner)
        else:
            part = draw(_ATOMS)
        part += draw(st.sampled_from(["", "", "?", "*", "+", "{0,2}", "{1,2}", "?+", "*?"]))
        parts.append(part)
    return "".join(parts)


@SETTINGS
@given(patterns(), st.text(alphabet="aAbB1 _-xK\u212a\u017fs\u00e9", max_size=6))
@example("(?i:k)", "\u212a")
@example("(?=a)b|c", "c")
def test_a_match_starts_with_one_of_the_first_chars_or_the_pattern_is_nullable(pattern: str, text: str) -> None:
    first = first_chars(pattern)
    m = regex.match(pattern, text)
    if first is None or m is None:
        return
    chars, nullable = first
    if not nullable:
        # the match begins with a character of the set, or one outside ASCII
        assert text and (text[0] in chars or not text[0].isascii())


# -- alt(): the options tried where the next character is known ---------------------------


def _warm(choice: core.Parser[object], text: str, pos: int) -> None:
    """Run ``choice`` past the warm-up after which alt() reads its options' first characters."""
    for _ in range(core._CHOICES_AFTER + 1):
        choice._build_at(text, pos)


def _in_order(options: list[core.Parser[object]], text: str, pos: int) -> object:
    """What trying every option in order finds at ``pos`` (the meaning of alt())."""
    for option in options:
        found = option._build_at(text, pos)
        if found is not None:
            return found
    return None


OPTIONS: list[core.Parser[object]] = [
    lit("the"),
    regex_parser(r"(?i:this|next)\s+\d+"),
    seq(opt(lit("the ")), regex_parser(r"\d+")),
    regex_parser(r"(?=[xy])\w+"),
    regex_parser(r"[^a-z ]+"),
    regex_parser(r"q*"),
]


@SETTINGS
@given(st.text(alphabet="the xyTHIS12q\u00e9-", max_size=12), st.data())
def test_alt_finds_what_trying_every_option_in_order_finds(text: str, data: st.DataObject) -> None:
    choice = alt(*OPTIONS)
    pos = data.draw(st.integers(0, len(text)))
    # past the warm-up, where the options' first characters are read
    _warm(choice, text, pos)
    assert choice._build_at(text, pos) == _in_order(OPTIONS, text, pos)


def test_alt_skips_options_that_cannot_start_with_the_next_character() -> None:
    calls: list[str] = []

    def counted(name: str, pattern: str) -> core.Parser[str]:
        def note(text: str) -> str:
            calls.append(name)
            return text
        return regex_parser(pattern, note)

    choice = alt(counted("a", "a+"), counted("b", "b+"), counted("digits", r"\d+"))
    _warm(choice, "77", 0)
    calls.clear()
    assert [m.value for m in choice.finditer("bb 12 aa")] == ["bb", "12", "aa"]
    assert calls == ["b", "digits", "a"]  # each option built only where it matched


def test_a_parse_error_is_the_same_after_the_choices_are_read() -> None:
    def message(warm: bool) -> str:
        choice = alt(lit("up"), regex_parser(r"\d+", description="digits"), lit("down"))
        if warm:
            _warm(choice, "x", 0)
        with pytest.raises(ParseError) as caught:
            choice.parse("x")
        return str(caught.value)

    assert message(warm=True) == message(warm=False)
    assert "digits" in message(warm=True)


def test_every_option_is_tried_where_the_next_character_is_not_ascii() -> None:
    choice = alt(lit("a"), regex_parser(r"\w"), lit("b"))
    _warm(choice, "a", 0)
    assert choice.parse("\u00e9") == "\u00e9"
    assert choice.parse("\u212a") == "\u212a"


def test_letters_of_ascii_only_are_read() -> None:
    assert set(string.ascii_letters) <= (item_chars("\\p{L}") or set())


def test_a_reader_is_skipped_by_its_fragment() -> None:
    read: list[int] = []

    def code(text: str, pos: int) -> tuple[str, int] | None:
        read.append(pos)
        word = text[pos:pos + 3]
        return (word, pos + 3) if word in ("USD", "EUR") else None

    choice = alt(core.reader_parser(code, "USD|EUR"), regex_parser(r"\d+"), lit("x"))
    _warm(choice, "EUR", 0)
    read.clear()
    assert [m.value for m in choice.finditer("5 EUR x")] == ["5", "EUR", "x"]
    assert read == [2]  # the reader ran only where "U" or "E" comes next
