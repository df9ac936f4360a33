"""Sentences and words: the units that triple extraction reads.

:func:`sentence_spans` splits running text into sentences without being fooled
by abbreviations ("U.S.", "Inc.", "Sept.", "No.", "L.P."), decimals ("1.5"),
spaced newswire decimals ("EUR74 .8 m") or tokenised punctuation
(" , " and " ." as in Financial PhraseBank sentences). :func:`tokens` cuts a
piece of text into words and punctuation marks with their offsets.

The abbreviations are data: ``data/triple_abbreviations.tsv``.

>>> from finparse.sentences import sentence_spans
>>> text = "Apple Inc. bought shares in the U.S. market. It paid EUR74 .8 m. Done"
>>> [text[a:b] for a, b in sentence_spans(text)]
['Apple Inc. bought shares in the U.S. market.', 'It paid EUR74 .8 m.', 'Done']
"""

from __future__ import annotations

import contextlib
import functools
import re
import time
from collections.abc import Iterator, Mapping
from typing import NamedTuple

import regex

from finparse._data import rows
from finparse.core import LazyPattern, check_text, searches

__all__ = ["Deadline", "Token", "sentence_spans", "tokens"]


class Deadline:
    """The time left for one sentence's triple analysis (``timeout`` of
    :class:`~finparse.Extractor`): each regex call gets what is left as its
    ``timeout``, and the analysis checks it every few chunks, so that a
    sentence overruns by a few chunks' work at most. Past it,
    :class:`TimeoutError`, as from the other kinds' bounded regex calls.

    >>> d = Deadline(1e-9)
    >>> d.check()
    Traceback (most recent call last):
      ...
    TimeoutError: a sentence's triple analysis took more than 1e-09 s
    """

    __slots__ = ("end", "timeout")

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.end = time.monotonic() + timeout

    def restart(self) -> None:
        """Start the budget of a new sentence."""
        self.end = time.monotonic() + self.timeout

    def left(self) -> float:
        """Seconds left (more than 0), else :class:`TimeoutError`."""
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"a sentence's triple analysis took more than {self.timeout} s")
        return left

    def check(self) -> None:
        """:class:`TimeoutError` if the time is up."""
        self.left()

    @contextlib.contextmanager
    def aside(self) -> Iterator[None]:
        """Work on another sentence (an earlier one, read for the names it
        gives pronouns) with a budget of its own, not counted against this
        sentence's."""
        saved, began = self.end, time.monotonic()
        self.restart()
        try:
            yield
        finally:
            self.end = saved + (time.monotonic() - began)


class Token(NamedTuple):
    """A word or a punctuation mark: ``source[start:end] == text``."""

    text: str
    start: int
    end: int


#: Words: letters and digits, with hyphens, "&" and "/" inside ("e-commerce",
#: "AT&T", "9-7/8"), dots and commas between digits ("1,234.5"), apostrophes
#: inside but not a possessive "'s" ("O'Neill", "don't"); runs of letters with
#: dots ("U.S.", "L.P.") keep their dots; a possessive "'s" is a token of its
#: own; anything else is one mark a token. A word is read as runs of
#: letters and digits, each run after the first opened by one joining mark
#: (a run at a time is faster than a character at a time); each repeat
#: consumes a character and the runs after the first are possessive, so
#: the pattern is linear.
#:
#: The dotted run is tried at every token start and fails when a letter
#: follows it ("a.a.a.ab"); unbounded, each failure read the rest of the run
#: again (cubic time on "a." * n). It is read for at most 16 letter
#: groups ("{2,16}"), so that an attempt reads at most 48
#: characters; a longer run is not one abbreviation but words and dots.
_TOKEN = LazyPattern(
    r"(?:\p{L}{1,2}\.){2,16}(?!\p{L})"
    r"|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:[-&/](?=[\p{L}\p{N}])|(?<=\p{N})[.,](?=\p{N})"
    r"|['\u2019](?![sS](?![\p{L}\p{N}]))(?=\p{L}))[\p{L}\p{N}\p{M}]*+)*"
    r"|['\u2019][sS](?![\p{L}\p{N}])"
    r"|[^\s\p{L}\p{N}]"
)


#: The white space of ``\s`` in :data:`_TOKEN` among the ASCII characters
#: (not U+001C..U+001F, which ``\s`` of the standard ``re`` also takes).
_ASCII_SPACE = "\t\n\x0b\x0c\r "


@functools.cache
def _spaced() -> regex.Pattern[str]:
    """:data:`_TOKEN` with the white space before each token (see
    :func:`spaced_tokens`): after the last token, the white space to the end
    is one match with an empty token (no match tries each of its places)."""
    return regex.compile(rf"(\s*+)(?:({_TOKEN.pattern})|$)")


@functools.cache
def _ascii_spaced() -> re.Pattern[str]:
    r""":func:`_spaced` for ASCII text, in the standard ``re`` (which scans
    such text faster): on ASCII, ``\p{L}`` is ``A-Za-z``, ``\p{N}`` is
    ``0-9``, no character is a ``\p{M}`` and ``\u2019`` never occurs, so
    the two find the same tokens (tests/triples/test_sentences.py compares
    them). No possessive quantifiers (Python 3.10's ``re`` has none): a run
    of letters and digits is followed by a joining mark or by nothing, and
    a run of white space by a token or the end, so a match never backtracks
    into a run, and the scan is linear. Two look-aheads of what each branch
    needs first (a dotted run's first letters, dot and letter; a joining
    mark) let most tokens fail those branches at one look: they change no
    match."""
    al, an = "A-Za-z", "A-Za-z0-9"
    space = re.escape(_ASCII_SPACE)
    return re.compile(
        rf"([{space}]*)(?:((?=[{al}]{{1,2}}\.[{al}])(?:[{al}]{{1,2}}\.){{2,16}}(?![{al}])"
        rf"|[{an}]+(?:(?=[-&/.,'])(?:[-&/](?=[{an}])|(?<=[0-9])[.,](?=[0-9])"
        rf"|'(?![sS](?![{an}]))(?=[{al}]))[{an}]*)*"
        rf"|'[sS](?![{an}])"
        rf"|[^{space}{an}])|$)"
    )


def spaced_tokens(
    text: str, start: int = 0, end: int | None = None, timeout: float | None = None
) -> list[tuple[str, str]]:
    """The tokens of ``text[start:end]`` (as :func:`tokens` cuts it), each
    with the white space before it: the lengths give the offsets, without a
    match object a token. ``timeout`` bounds the scan (:class:`TimeoutError`).

    >>> spaced_tokens(" Nokia 's unit. ")
    [(' ', 'Nokia'), (' ', "'s"), (' ', 'unit'), ('', '.')]
    """
    text = check_text(text)
    stop = len(text) if end is None else end
    # ASCII text is read with the standard re where no timeout bounds the
    # scan (re has none): the flag of an ASCII str is read in constant
    # time, a slice of another costs its length
    found: list[tuple[str, str]]
    if timeout is None and (text.isascii() or text[start:stop].isascii()):
        found = _ascii_spaced().findall(text, start, stop)
    else:
        # concurrent=False: the scan keeps the GIL (releasing and taking it again cost more)
        found = _spaced().findall(text, start, stop, timeout=timeout, concurrent=False)  # None: no bound
    while found and not found[-1][1]:
        found.pop()  # the white space after the last token, and the empty match at the end
    return found


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words and marks of ``text[start:end]``, with offsets into ``text``.

    >>> [t.text for t in tokens("Nokia 's U.S. unit bought 1,234.5 tonnes.")]
    ['Nokia', "'s", 'U.S.', 'unit', 'bought', '1,234.5', 'tonnes', '.']
    """
    text = check_text(text)
    stop = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop, concurrent=False)]


def iter_tokens(
    text: str, start: int = 0, end: int | None = None, timeout: float | None = None
) -> Iterator[regex.Match[str]]:
    """The raw matches behind :func:`tokens` (cheaper when only spans are needed);
    ``timeout`` bounds the scan (:class:`TimeoutError`)."""
    text = check_text(text)
    stop = len(text) if end is None else end
    # concurrent=False: each step of the scan keeps the GIL (a step is short;
    # releasing and taking it again cost more than the match)
    return _TOKEN.finditer(text, start, stop, timeout=timeout, concurrent=False)  # None: no bound


@functools.cache
def _abbreviations() -> Mapping[str, str]:
    """Lower-case abbreviation without its final dot -> class."""
    return {row[0].lower().rstrip("."): row[1] for row in rows("triple_abbreviations.tsv")}


@functools.cache
def _starters() -> frozenset[str]:
    """Words that start a sentence after a "suffix" abbreviation ("... Apple
    Inc. The deal ..."), from ``data/sentence_starters.tsv``."""
    return frozenset(row[0] for row in rows("sentence_starters.tsv"))


@functools.cache
def _name_enders() -> frozenset[str]:
    """Suffixes that only end a name ("Inc", "Corp"): class ``suffix`` with
    "ends" in the third column of ``data/triple_abbreviations.tsv``."""
    return frozenset(
        row[0].lower().rstrip(".") for row in rows("triple_abbreviations.tsv") if len(row) > 2 and row[2] == "ends"
    )


@functools.cache
def suffixes() -> frozenset[str]:
    """Organisation suffixes ("Incorporated", "Ltd."), with and without a
    final dot, from ``data/entity_suffixes.tsv`` (shared by sentence
    splitting and :mod:`finparse.entities`).

    >>> {"Incorporated", "Ltd", "Ltd."} <= suffixes()
    True
    """
    out: set[str] = set()
    for row in rows("entity_suffixes.tsv"):
        out.add(row[0])
        out.add(row[0].rstrip("."))
    return frozenset(out)


def prepare_sentences() -> None:
    """Read now the tables sentence splitting reads, and compile the patterns
    of :func:`spaced_tokens` (otherwise done when a text first needs them;
    see :meth:`finparse.Extractor.prepare`).

    >>> prepare_sentences()
    """
    for table in (_abbreviations, _starters, _name_enders, suffixes, _openers, _spaced, _ascii_spaced):
        table()


#: Classes of ``triple_words.tsv`` whose words open sentences, never names.
_OPENER_CLASSES = frozenset("det poss subj obj prep conj wh be have do neg adv".split())


@functools.cache
def _openers() -> frozenset[str]:
    """Lower-case words that start a sentence after an organisation suffix
    ("... Halden Partners L.P. Neither side ..."): closed-class words and the
    common words that are capitalised only at the start of a sentence."""
    words = set(_starters())
    words.update(row[0] for row in rows("triple_words.tsv") if row[1] in _OPENER_CLASSES and " " not in row[0])
    words.update(row[0].lower() for row in rows("entity_not_names.tsv") if row[1] == "common")
    return frozenset(words)

#: Candidate ends: a run of . ! ? (with closing quotes or brackets) before
#: space or the end, and line breaks. A run is tried only from its first
#: mark: from a later mark it ends where it would from the first, so it
#: fails there too, and trying it from every mark of a run of n marks that
#: fails ("x....x") read n * n / 2 characters.
_CANDIDATE = regex.compile(r"(?<![.!?])[.!?]++['\"\u2019\u201d)\]]*+(?=\s|$)|\n")
_LAST_WORD = LazyPattern(r"([\p{L}.]{1,12})$")
_NEXT_WORD = regex.compile(r"\s{0,40}+([\p{L}\p{N}'\u2018\u201c\"(\[]?[\p{L}\p{N}]*)")
_DOTTED = LazyPattern(r"\p{L}(?:\.\p{L})*")
_BLANK_LINE = regex.compile(r"[ \t]{0,40}+\n")


#: what :data:`_LAST_WORD` reads in ASCII text: the letters, and the dot
_ASCII_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _last_word(text: str, pos: int) -> str:
    """The letters and dots right before ``pos`` (at most 12; before a line
    break there, as ``$`` reads it), as :data:`_LAST_WORD` finds them; ``""``
    if none. In ASCII text, read with ``str.rstrip`` (no regex call)."""
    start = max(0, pos - 12)
    before = text[start:pos]
    if before.isascii():
        if before.endswith("\n"):
            before = before[:-1]  # "$" also matches before a final line break
        return before[len(before.rstrip(_ASCII_WORD_CHARS)):]
    found = _LAST_WORD.search(text, start, pos)
    return "" if found is None else found.group(1)


def _ends_sentence(text: str, pos: int, mark: str) -> bool:
    """Whether the mark ``mark`` at ``pos`` ends its sentence."""
    after = _NEXT_WORD.match(text, pos + len(mark))
    nxt = after.group(1) if after else ""
    if not nxt:
        return True
    if nxt[0].islower():
        return False
    if not mark.startswith("."):
        return True
    if mark.startswith("..."):
        return True
    word = _last_word(text, pos).lstrip(".")
    if not word:
        return True
    listed = _abbreviations().get(word.lower())
    cls = listed
    if cls is None and (len(word) == 1 or "." in word) and _DOTTED.fullmatch(word):
        cls = "suffix" if not (len(word) == 1 and word.islower()) else None
    if cls == "title":
        return False
    if cls == "suffix":
        low = nxt.lower().strip("'\"\u2018\u201c([")
        if low in _starters():
            return True
        if listed is None:
            return False  # "U.S. Treasury", "John F. Kennedy"
        word_end = after.end(1) if after else pos
        following = _NEXT_WORD.match(text, word_end)
        if low not in _openers():
            # after a suffix that only ends a name, a capitalised word and
            # a lower-case one start a sentence ("... Kestrel Corp. Proceeds
            # will ..."), unless the word goes on with the name ("Morgan
            # and Co. Incorporated said")
            return (
                word.lower() in _name_enders() and bool(following and following.group(1)[:1].islower())
                and nxt not in suffixes()
            )
        # after an organisation suffix ("Inc.", "L.P."), a word that does not
        # start a name starts a sentence, unless a capitalised word follows it
        # ("New York")
        return not (following and following.group(1)[:1].isupper())
    return True


def _line_break_ends(text: str, pos: int) -> bool:
    """A line break ends a sentence after a short line (a heading), after a
    line that ends with punctuation, or before a blank line."""
    after = _NEXT_WORD.match(text, pos + 1)
    nxt = after.group(1) if after else ""
    if not nxt:
        return True
    if _BLANK_LINE.match(text, pos + 1, pos + 42):
        return True
    if nxt[0].islower():
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    line = text[line_start:pos].rstrip()
    return len(line) < 70 or line[-1:] in ".!?:;"


def sentence_spans(text: str, timeout: float | None = None) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` spans of the sentences of ``text``.

    Spans hold no leading or trailing white space and never overlap; a
    sentence keeps its final mark. Never raises on a :class:`str`, but
    for :class:`TimeoutError` when a regex call takes more than
    ``timeout`` seconds.

    >>> s = "Orbis Banking Corp. said it cut rates. Shares of Kestrel Oyj (OMX Helsinki : KES1V) rose."
    >>> [s[a:b] for a, b in sentence_spans(s)]
    ['Orbis Banking Corp. said it cut rates.', 'Shares of Kestrel Oyj (OMX Helsinki : KES1V) rose.']
    >>> s = "It was sold to Halden Partners L.P. The buyer paid cash."
    >>> len(sentence_spans(s))
    2
    >>> s = "Sales in Sept. rose 1.5 pct to 3.2 mln dlrs , the company said ."
    >>> len(sentence_spans(s))
    1
    """
    text = check_text(text)
    spans: list[tuple[int, int]] = []
    start = 0
    # each candidate costs a bounded look around it (40 spaces, 12
    # characters back, the next two words, the line for a line break)
    found = _CANDIDATE.finditer(text, concurrent=False) if timeout is None else searches(_CANDIDATE, text, 0, timeout)
    for m in found:
        mark = m.group()
        if mark == "\n":
            if not _line_break_ends(text, m.start()):
                continue
            end = m.start()
        else:
            if not _ends_sentence(text, m.start(), mark):
                continue
            end = m.end()
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
