"""Composable parsers that compile to one ``regex`` pattern.

A :class:`Parser` is an immutable value made of two halves: a regular
expression *fragment* (for the third-party :mod:`regex` module) and a *build*
function that turns what the fragment matched into a typed value.
Combinators (:func:`seq`, :func:`alt` or ``|``, :func:`opt`, :func:`many`,
:func:`sep_by`, :meth:`Parser.map`, :func:`lexicon`, :func:`lit`) compose
both halves, so however deep a composition is, scanning text runs one
compiled pattern in C, and Python code runs only where it matched.

How it runs: the composition compiles to one *scanning* pattern with no
capture groups (in a large composition, parts used more than once are
written once and called as subroutines). Where the scanner finds a match,
the value is built by reading the match again part by part, each leaf with
its own small pattern. The two agree because matching follows PEG rules:
every part is matched atomically (an alternative that matched is never
revisited, :func:`many` never gives an item back), which is also what keeps
every composed pattern linear in the length of its input.

Every parser has three entry points:

* :meth:`Parser.parse` reads a whole string and returns its value, or raises
  :class:`ParseError` (a :class:`ValueError`) that says where the input stops
  being valid and what was expected there;
* :meth:`Parser.search` finds the first match in running text, or ``None``;
* :meth:`Parser.finditer` yields every non-overlapping match, left to right.

``search`` and ``finditer`` never raise on a :class:`str`; anything else is a
:class:`TypeError`.

>>> from finparse.core import lit, lexicon, seq, regex_parser
>>> digits = regex_parser(r"\\d+", int, description="digits")
>>> unit = lexicon({"pct": "percent", "bps": "basis points"})
>>> rate = seq(digits, lit(" "), unit).combine(lambda n, _, u: (n, u))
>>> rate.parse("50 bps")
(50, 'basis points')
>>> [m.value for m in rate.finditer("up 3 pct, then 25 bps")]
[(3, 'percent'), (25, 'basis points')]
>>> rate.parse("50 %")
Traceback (most recent call last):
  ...
finparse.core.ParseError: expected a word from a lexicon at offset 3, found '%'
>>> rate.parse("50 bps!")
Traceback (most recent call last):
  ...
finparse.core.ParseError: expected the end of the input at offset 6, found '!'
"""

from __future__ import annotations

import collections
import contextlib
import decimal
import functools
import gc
import heapq
import itertools
import operator
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, overload

import regex

from finparse._exact import EXACT
from finparse._firstchar import First, first_chars
from finparse._firstchar import sequence as first_sequence
from finparse._firstchar import union as first_union
from finparse._validate import check_timeout

__all__ = [
    "AnchorScan",
    "Captures",
    "LazyPattern",
    "Match",
    "ParseError",
    "Parser",
    "Reject",
    "WordTrie",
    "alt",
    "anchored",
    "followed_by",
    "lexicon",
    "lit",
    "many",
    "match_at",
    "not_followed_by",
    "opt",
    "prepare_patterns",
    "reader_parser",
    "regex_parser",
    "sep_by",
    "seq",
    "shared_pattern",
    "split_parser",
    "trie_pattern",
]

T = TypeVar("T")
U = TypeVar("U")

#: What running a parser at a position gives: (value, end), or None.
_Run = tuple[Any, int] | None
#: A compiled build function: (text, position, context) -> _Run.
_RunFn = Callable[[str, int, "_Ctx"], _Run]
#: Compiles a child parser to its build function.
_Compile = Callable[["Parser[Any]"], _RunFn]


#: Numbers of memoised parts, each its own (see _memoised).
_MEMO_KEYS = itertools.count()
_MEMO_STRIDE = 1 << 32


def _memoised(inner: _RunFn) -> _RunFn:
    # The memo's key of (part, position) is one int, ``pos * _MEMO_STRIDE +
    # key`` with the part's own ``key``: no tuple to make and hash on every
    # call. (Past 2**32 parts made in one process, a tuple, which no int equals.)
    key = next(_MEMO_KEYS)
    if key >= _MEMO_STRIDE:  # pragma: no cover - billions of grammars

        def run_tuple(text: str, pos: int, ctx: _Ctx) -> _Run:
            memo: dict[Any, _Run] = ctx.memo
            slot = (key, pos)
            if slot in memo:
                return memo[slot]
            found = memo[slot] = inner(text, pos, ctx)
            return found

        return run_tuple

    def run(text: str, pos: int, ctx: _Ctx) -> _Run:
        memo = ctx.memo
        slot = pos * _MEMO_STRIDE + key
        found = memo.get(slot, run)
        if found is run:
            found = memo[slot] = inner(text, pos, ctx)
        return found  # type: ignore[return-value]  # (not run: a _Run)

    return run


#: ``_Ctx.far`` of a build that records no failures (see _Ctx).
_UNTRACKED = sys.maxsize


class _Ctx:
    """State of one build: a memo of (part, position) results, so no part is
    read twice at one place (packrat parsing), and the furthest failure, for
    error messages."""

    __slots__ = ("expected", "far", "memo", "timeout", "tracked")

    def __init__(self, timeout: float | None = None, track: bool = True) -> None:
        self.memo: dict[Any, _Run] = {}  # see _memoised
        #: Without ``track`` (a build for running text, where no message is
        #: made), the furthest failure is "beyond any position": no failure
        #: is ever recorded, which saves a call on every failed part.
        self.far = -1 if track else _UNTRACKED
        #: Whether the build records failures (a parse, whose error message
        #: says what was expected), or runs on running text (no message).
        self.tracked = track
        self.expected: list[str] = []
        #: The bound on each regex call of the build, if the caller set one.
        self.timeout = timeout

    def fail(self, pos: int, what: str) -> None:
        if pos > self.far:
            self.far = pos
            self.expected = [what]
        elif pos == self.far and what not in self.expected:
            self.expected.append(what)


class ParseError(ValueError):
    """Raised by :meth:`Parser.parse` when the whole string is not valid.

    Attributes:
        text: the string that was parsed.
        position: the offset of the furthest point the parser reached.
        expected: what the parser expected there.
    """

    def __init__(self, text: str, position: int, expected: str) -> None:
        if position >= len(text):
            found = "the end of the input"
        else:
            found = repr(text[position : position + 12])
        super().__init__(f"expected {expected} at offset {position}, found {found}")
        self.text = text
        self.position = position
        self.expected = expected


class Reject(Exception):
    """Raise inside a build function to veto a match.

    The parser then fails at that position, as if its pattern had not
    matched there (an enclosing :func:`alt` tries its next choice). Use it
    for checks a regular expression cannot express (a day that does not
    exist in its month, say).
    """


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """One match of a parser in running text: its value and half-open span.

    ``text[m.start:m.end] == m.text`` always holds.
    """

    value: T
    start: int
    end: int
    text: str


class Captures:
    """The groups of one leaf pattern, by the names written in its fragment.

    A build function given to :func:`regex_parser` receives one of these.
    ``caps["x"]`` is the text of group ``x`` (or ``None``), ``caps.span("x")``
    its span, ``caps.captures("x")`` every capture of a repeated group, and
    ``caps.text`` / ``caps.start`` / ``caps.end`` describe the whole leaf.
    """

    __slots__ = ("_m",)

    def __init__(self, m: regex.Match[str]) -> None:
        self._m = m

    def __getitem__(self, name: str) -> str | None:
        value: str | None = self._m.group(name)
        return value

    def span(self, name: str) -> tuple[int, int]:
        """Span of group ``name`` (``(-1, -1)`` when it did not take part)."""
        span: tuple[int, int] = self._m.span(name)
        return span

    def captures(self, name: str) -> list[str]:
        """Every capture of group ``name``, in order (for repeated groups)."""
        caps: list[str] = self._m.captures(name)
        return caps

    @property
    def text(self) -> str:
        """The text the whole leaf matched."""
        value: str = self._m.group()
        return value

    @property
    def start(self) -> int:
        """Start offset of the whole leaf in the scanned string."""
        start: int = self._m.start()
        return start

    @property
    def end(self) -> int:
        """End offset of the whole leaf in the scanned string."""
        end: int = self._m.end()
        return end

    @property
    def string(self) -> str:
        """The scanned string."""
        s: str = self._m.string
        return s


class LazyPattern:
    r"""A module's ``regex`` pattern, compiled when it is first used.

    It matches as ``regex.compile(source)`` does; a module that keeps one
    for a case many texts never reach (a rare word, an option) pays for the
    compile only when a text reaches it, not at import. The first call of
    each method compiles the pattern (once, shared with :func:`shared_pattern`)
    and keeps the compiled pattern's method in the object, so later calls go
    straight to it. Reading :attr:`pattern` compiles nothing.

    >>> from finparse.core import LazyPattern
    >>> year = LazyPattern(r"(?:19|20)\d\d")
    >>> year.pattern, year.compiled
    ('(?:19|20)\\d\\d', False)
    >>> year.fullmatch("2024") is not None, year.compiled
    (True, True)
    """

    __slots__ = ("__dict__", "pattern")
    pattern: str

    def __init__(self, source: str) -> None:
        self.pattern = source

    @property
    def compiled(self) -> bool:
        """Whether the pattern has been compiled (by a first use)."""
        return "match" in self.__dict__

    def _bound(self) -> regex.Pattern[str]:
        # compile, and keep the compiled pattern's methods in the object:
        # they then shadow the methods of this class on every later call
        compiled = _compile(self.pattern)
        for name in ("match", "search", "fullmatch", "finditer", "findall", "sub"):
            self.__dict__.setdefault(name, getattr(compiled, name))
        return compiled

    def match(self, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        """As ``regex.Pattern.match``."""
        return self._bound().match(*args, **kwargs)

    def search(self, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        """As ``regex.Pattern.search``."""
        return self._bound().search(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        """As ``regex.Pattern.fullmatch``."""
        return self._bound().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[regex.Match[str]]:
        """As ``regex.Pattern.finditer``."""
        return self._bound().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> list[Any]:
        """As ``regex.Pattern.findall``."""
        return self._bound().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> str:
        """As ``regex.Pattern.sub``."""
        return self._bound().sub(*args, **kwargs)


def prepare_patterns(*namespaces: Mapping[str, object]) -> None:
    """Compile now every :class:`LazyPattern` kept in ``namespaces`` (the
    ``vars()`` of modules), as :meth:`Parser.prepare` compiles a grammar.

    >>> from finparse.core import LazyPattern, prepare_patterns
    >>> space = {"year": LazyPattern(r"\\d{4}")}
    >>> prepare_patterns(space); space["year"].compiled
    True
    """
    for namespace in namespaces:
        for value in list(namespace.values()):
            if isinstance(value, LazyPattern):
                value._bound()


_NAMES = LazyPattern(
    r"\\.|\[(?:\\.|[^\]\\])*+\]|(?P<open>\(\?P?<(?P<name>[A-Za-z_]\w*)>)|\((?![?*])"
)


def strip_names(fragment: str) -> str:
    """``fragment`` with every capture group made non-capturing."""

    def fix(m: regex.Match[str]) -> str:
        text: str = m.group(0)
        if m.group("open") or text == "(":
            return "(?:"
        return text

    return _NAMES.sub(fix, fragment)


#: How far past its start a match at a given place is read. The regex module
#: checks that the literal strings a pattern requires occur somewhere ahead
#: before it tries a match, which would make every anchored match cost the
#: length of the rest of the text; reading a window keeps it constant.
_WINDOW = 2048
_MARGIN = 256


#: How far past its start a leaf reads, and how near that window's end a
#: match must stay (else it is read again without the window): for a reader
#: of Python that bounds its own look-ahead as :func:`match_at` does.
MATCH_WINDOW, MATCH_MARGIN = _WINDOW, _MARGIN


def shared_pattern(fragment: str) -> regex.Pattern[str]:
    r"""``fragment`` compiled, once per process: parsers that emit the same
    fragment share the pattern, and threads that ask for it at once wait for
    one compile (the cache every leaf uses).

    >>> from finparse.core import shared_pattern
    >>> shared_pattern(r"\d+") is shared_pattern(r"\d+")
    True
    """
    return _compile(fragment)


def match_at(
    pattern: regex.Pattern[str], text: str, pos: int, timeout: float | None = None
) -> regex.Match[str] | None:
    r"""``pattern.match(text, pos)``, in constant time on long texts (read in
    a window of :data:`MATCH_WINDOW` characters, as every leaf is read).

    >>> import regex
    >>> from finparse.core import match_at
    >>> match_at(regex.compile(r"\d+"), "x " * 5000 + "42", 10000).group()
    '42'
    """
    return _match(pattern, text, pos, timeout)


def _match(
    pattern: regex.Pattern[str], text: str, pos: int, timeout: float | None = None
) -> regex.Match[str] | None:
    """``pattern.match(text, pos)``, in constant time on long texts."""
    if timeout is not None:
        return _match_bounded(pattern, text, pos, timeout)
    # (no timeout keyword at all: passing ``timeout=None`` costs the regex
    # module a quarter of a microsecond a call)
    endpos = pos + _WINDOW
    if endpos >= len(text):
        return pattern.match(text, pos)
    m = pattern.match(text, pos, endpos)
    if m is not None and m.end() > endpos - _MARGIN:
        # Near the edge of the window, lookaheads could see a false end of
        # text: read again without it (only huge matches get here).
        m = pattern.match(text, pos)
    return m


def _match_bounded(
    pattern: regex.Pattern[str], text: str, pos: int, timeout: float
) -> regex.Match[str] | None:
    """:func:`_match` with each regex call bounded by ``timeout``."""
    endpos = pos + _WINDOW
    if endpos >= len(text):
        return pattern.match(text, pos, timeout=timeout)
    m = pattern.match(text, pos, endpos, timeout=timeout)
    if m is not None and m.end() > endpos - _MARGIN:
        m = pattern.match(text, pos, timeout=timeout)
    return m


#: Held while a parser's build functions are made or a pattern compiled:
#: threads that need the same part at once build it once (the others wait,
#: which costs them nothing: compiling holds the interpreter lock anyway).
_BUILD_LOCK = threading.RLock()
#: Compiled patterns by fragment (see _compile); emptied when it grows past
#: _COMPILED_MAX, as grammars built for many option sets come and go.
_COMPILED: dict[str, regex.Pattern[str]] = {}
_COMPILED_MAX = 2048


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector, if it runs, for the block.

    Compiling a pattern makes tens of thousands of short-lived objects, none
    in a cycle; the collections they set off would each walk every live
    object (the grammars built so far among them) and free nothing. Pausing
    them makes a process's first extraction about a tenth cheaper. Reference
    counting frees memory as usual meanwhile, and a collection that was due
    runs after the block. A pause inside another (or in another thread at
    the same time) leaves the collector to the outer one, which turns it
    back on; a collector that was off before the block is left off.

    >>> import gc
    >>> from finparse.core import collector_paused
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    if not gc.isenabled():  # (paused by the caller: left to it)
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _compile(fragment: str) -> regex.Pattern[str]:
    # One compiled pattern per distinct fragment, shared by every parser
    # that emits it: equal grammars share their compiled patterns, and each
    # is compiled once even when threads ask for it at the same time.
    pattern = _COMPILED.get(fragment)
    if pattern is None:
        with _BUILD_LOCK:
            pattern = _COMPILED.get(fragment)
            if pattern is None:
                with collector_paused():
                    pattern = regex.compile(fragment)
                if len(_COMPILED) >= _COMPILED_MAX:
                    _COMPILED.clear()
                _COMPILED[fragment] = pattern
    return pattern


def _compile_leaf(fragment: str) -> regex.Pattern[str]:
    """A leaf's pattern, compiled once (see _compile); a ValueError naming it
    if it is no regex (only a lazy regex_parser gets that far)."""
    try:
        return _compile(fragment)
    except regex.error as exc:
        raise ValueError(f"invalid regular expression {fragment!r}: {exc}") from None


def check_text(text: object, what: str = "text") -> str:
    """``text`` itself if it is a ``str``; a TypeError naming ``what`` otherwise
    (with a hint to decode bytes), as every entry point that takes text checks it."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{what} must be str, not {type(text).__name__}; "
            "decode it first, e.g. data.decode('utf-8')"
        )
    raise TypeError(f"{what} must be str, not {type(text).__name__}")


def _check_pos(pos: object) -> int:
    # A negative position would count from the end, as in the regex module.
    try:
        index = operator.index(pos)  # type: ignore[arg-type]
    except TypeError:
        index = -1
    if isinstance(pos, bool) or index < 0:
        raise ValueError(f"pos must be a non-negative int, got {pos!r}")
    return index


class _Namer:
    """Writes the scanning pattern: parts used more than once go to DEFINE.

    A part that occurs more than once in a composition is written once, in
    a ``(?(DEFINE)...)`` block, and called as a subroutine where it occurs.
    The scanning pattern has no other groups, so calls stay cheap (the
    regex module saves every group on each call).
    """

    __slots__ = ("_count", "_defined", "_shared", "defines")

    def __init__(self, shared: frozenset[int]) -> None:
        self._count = itertools.count()
        self._shared = shared
        self._defined: dict[int, str] = {}
        self.defines: list[str] = []

    def emit(self, parser: Parser[Any]) -> str:
        if id(parser) not in self._shared:
            return parser._scan(self)
        name = self._defined.get(id(parser))
        if name is None:
            name = f"d{next(self._count)}"
            self._defined[id(parser)] = name
            self.defines.append(f"(?P<{name}>{parser._scan(self)})")
        return f"(?&{name})"


_SMALL_FRAGMENT = 200


def _walk_parts(root: Parser[Any], seen: dict[int, int]) -> Iterator[Parser[Any]]:
    """Each distinct part under ``root`` (itself included), once, depth first;
    ``seen`` counts how often each part (by id) was reached."""
    stack: list[Parser[Any]] = [root]
    while stack:
        node = stack.pop()
        key = id(node)
        if key in seen:
            seen[key] += 1
            continue
        seen[key] = 1
        yield node
        stack.extend(node._children())


def _shared_parts(root: Parser[Any], small: int = _SMALL_FRAGMENT) -> frozenset[int]:
    """Parts that occur more than once under ``root`` and are worth sharing."""
    seen: dict[int, int] = {}
    nodes = {id(node): node for node in _walk_parts(root, seen)}
    return frozenset(
        key
        for key, count in seen.items()
        if count > 1
        and not (_is_small_leaf(nodes[key], small))
    )


#: The largest scanning pattern written out without subroutines, in characters.
_INLINE_LIMIT = 32_768


def _inline_size(node: Parser[Any], memo: dict[int, int]) -> int:
    """About how long ``node``'s scanning pattern is with no part shared."""
    key = id(node)
    size = memo.get(key)
    if size is None:
        size = 8 + (len(node._fragment) if isinstance(node, _Leaf) else 0)
        size += sum(_inline_size(child, memo) for child in node._children())
        memo[key] = size
    return size


def _is_small_leaf(node: Parser[Any], small: int) -> bool:
    # (no leaf is smaller than nothing: a fragment written on first use stays unwritten)
    return small > 0 and isinstance(node, _Leaf) and len(node._fragment) < small


class Parser(Generic[T]):
    """A parser producing values of type ``T``; immutable and thread-safe.

    Build parsers with the functions of this module rather than by
    subclassing. Compiling happens once, on first use, and is cached on the
    parser.
    """

    __slots__ = ("_cache", "_description", "_run_cache")
    _cache: regex.Pattern[str] | None
    _description: str
    _run_cache: _RunFn | None

    def __init__(self, description: str) -> None:
        object.__setattr__(self, "_description", description)
        object.__setattr__(self, "_cache", None)
        object.__setattr__(self, "_run_cache", None)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    # -- the two halves ------------------------------------------------------
    def _scan(self, names: _Namer) -> str:
        """The group-free, atomic scanning fragment."""
        raise NotImplementedError

    def _make_run(self, compile: _Compile) -> _RunFn:
        """A function building the value of a match at a position.

        It returns ``(value, end)`` or None; ``compile`` turns a child
        parser into its own such function.
        """
        raise NotImplementedError

    def _runner(self) -> _RunFn:
        """This parser's build function, compiled once into closures.

        Parts that occur more than once in the composition are memoised per
        build, so none is read twice at one place (packrat parsing).
        """
        runner: _RunFn | None = self._run_cache
        if runner is not None:
            return runner
        with _BUILD_LOCK:  # one thread builds; the others use what it built
            runner = self._run_cache
            if runner is not None:
                return runner
            shared = _shared_parts(self, small=0)
            made: dict[int, _RunFn] = {}

            def compile(node: Parser[Any]) -> _RunFn:
                key = id(node)
                if key in made:
                    return made[key]
                inner = node._make_run(compile)
                if key in shared:
                    inner = _memoised(inner)
                made[key] = inner
                return inner

            runner = compile(self)
            object.__setattr__(self, "_run_cache", runner)
        return runner

    def prepare(self) -> Parser[T]:
        """Build and compile, now, what this parser runs; returns the parser.

        A grammar's parts are otherwise built and their patterns compiled
        when a text first needs them, each once per process (threads that
        need one at the same time share one build). A process that forks
        workers prepares its parsers first, so that the workers inherit
        them built (see :meth:`finparse.Extractor.prepare`).

        >>> from finparse.core import regex_parser
        >>> number = regex_parser(r"[0-9]+", int, lazy=True)
        >>> number.prepare() is number, number.parse("42")
        (True, 42)
        """
        self._runner()
        for node in _walk_parts(self, {}):
            node._prepare_own()
        return self

    def _prepare_own(self) -> None:
        """Compile the patterns this part runs itself (not its children's)."""

    def _run(self, text: str, pos: int, ctx: _Ctx) -> _Run:
        """Build the value of a match at ``pos``: ``(value, end)`` or None."""
        return self._runner()(text, pos, ctx)

    def _build_at(self, text: str, pos: int, timeout: float | None = None) -> _Run:
        """Run at ``pos`` with a fresh context (the public entry points)."""
        with decimal.localcontext(EXACT):
            return self._runner()(text, pos, _Ctx(timeout, track=False))

    def _children(self) -> tuple[Parser[Any], ...]:
        return ()

    def _scanner(self) -> regex.Pattern[str]:
        cached: regex.Pattern[str] | None = self._cache
        if cached is None:
            cached = _compile(self._scan_pattern())
            object.__setattr__(self, "_cache", cached)
        return cached

    def _scan_pattern(self) -> str:
        # A subroutine call costs the regex module time in proportion to
        # the size of the part called, on every call, even where the part
        # fails at its first character: a pattern is written out in full
        # when that keeps it small, and with shared parts called otherwise.
        if _inline_size(self, {}) <= _INLINE_LIMIT:
            return _Namer(frozenset()).emit(self)
        names = _Namer(_shared_parts(self))
        fragment = names.emit(self)
        if names.defines:
            fragment += "(?(DEFINE)" + "".join(names.defines) + ")"
        return fragment

    @property
    def pattern(self) -> str:
        """The scanning regular expression this parser compiles to.

        Reading it compiles nothing: a pattern embedded in a larger one is
        compiled there.
        """
        cached: regex.Pattern[str] | None = self._cache
        return cached.pattern if cached is not None else self._scan_pattern()

    @property
    def description(self) -> str:
        """What this parser expects, as used in :class:`ParseError` messages."""
        return self._description

    def __repr__(self) -> str:
        return f"<Parser {self._description}>"

    # -- entry points ----------------------------------------------------------
    def parse(self, s: str) -> T:
        """Parse the whole string ``s`` and return its value.

        Raises :class:`ParseError` when ``s`` is not entirely valid, saying
        how far the parser got and what it expected there.

        >>> from finparse.core import regex_parser
        >>> regex_parser(r"\\d+", int).parse("42")
        42
        """
        s = check_text(s, "s")
        ctx = _Ctx()
        with decimal.localcontext(EXACT):
            found = self._runner()(s, 0, ctx)
        if found is not None and found[1] == len(s):
            value: T = found[0]
            return value
        if found is not None and found[1] >= ctx.far:
            raise ParseError(s, found[1], "the end of the input")
        expected = " or ".join(ctx.expected) or self._description
        raise ParseError(s, max(ctx.far, 0), expected)

    def search(
        self, text: str, pos: int = 0, *, timeout: float | None = None
    ) -> Match[T] | None:
        """The first match in ``text`` at or after ``pos``, or ``None``.

        >>> from finparse.core import regex_parser
        >>> regex_parser(r"\\d+", int).search("page 12 of 30")
        Match(value=12, start=5, end=7, text='12')
        """
        for found in self.finditer(text, pos, timeout=timeout):
            return found
        return None

    def finditer(
        self, text: str, pos: int = 0, *, timeout: float | None = None
    ) -> Iterator[Match[T]]:
        """Every non-overlapping, non-empty match in ``text``, left to right.

        Never raises on a :class:`str`. ``timeout`` (seconds) bounds each
        underlying ``regex`` call for callers that want a hard limit; it
        raises :class:`TimeoutError` when exceeded. ``pos`` is where the scan
        starts; a negative one is a :class:`ValueError`.

        >>> from finparse.core import regex_parser
        >>> [m.value for m in regex_parser(r"\\d+", int).finditer("1, 22, 333")]
        [1, 22, 333]
        """
        text = check_text(text)
        timeout = check_timeout(timeout)
        pos = _check_pos(pos)
        search = self._scanner().search
        run = self._build_at
        end = len(text)
        while pos <= end:
            m = search(text, pos) if timeout is None else search(text, pos, timeout=timeout)
            if m is None:
                return
            start = m.start()
            found = run(text, start, timeout) if m.end() > start else None
            if found is None or found[1] <= start:
                pos = start + 1
                continue
            stop = found[1]
            yield Match(found[0], start, stop, text[start:stop])
            pos = stop

    # -- combinators as methods ------------------------------------------------
    def map(self, fn: Callable[[T], U]) -> Parser[U]:
        """A parser with the same pattern whose value is ``fn(value)``.

        >>> from finparse.core import regex_parser
        >>> regex_parser(r"\\d+").map(int).parse("7")
        7
        """
        return _Map(self, fn)

    def combine(self, fn: Callable[..., U]) -> Parser[U]:
        """Like :meth:`map` for a tuple value: ``fn(*value)``.

        >>> from finparse.core import seq, regex_parser
        >>> n = regex_parser(r"\\d+", int)
        >>> seq(n, "+", n).combine(lambda a, _, b: a + b).parse("2+3")
        5
        """
        return _Combine(self, fn)

    def bind(self, fn: Callable[[T, int, int], tuple[U, int]]) -> Parser[U]:
        r"""A parser whose value and end come from ``fn(value, start, end)``.

        ``fn`` returns ``(new_value, new_end)`` with ``start <= new_end <=
        end``, or raises :class:`Reject`. Use it when what was matched turns
        out, once read, to be longer than what belongs to the value (the
        rest is then scanned again).

        >>> from finparse.core import regex_parser
        >>> first = regex_parser(r"\d+,\d+").bind(lambda v, s, e: (v.split(",")[0], s + v.index(",")))
        >>> [m.text for m in first.finditer("12,34 and 5,6")]
        ['12', '5']
        """
        return _Bind(self, fn)

    def desc(self, description: str) -> Parser[T]:
        """The same parser, described as ``description`` in error messages."""
        return _Described(self, description)

    def spanned(self) -> Parser[Match[T]]:
        """A parser whose value is a :class:`Match`: value, span and text.

        >>> from finparse.core import regex_parser
        >>> regex_parser(r"\\d+", int).spanned().parse("42")
        Match(value=42, start=0, end=2, text='42')
        """
        return _Spanned(self)

    def optional(self, default: U | None = None) -> Parser[T | U | None]:
        """Shorthand for :func:`opt` (``opt(self, default)``)."""
        return opt(self, default)

    def __or__(self, other: Parser[U]) -> Parser[T | U]:
        return alt(self, other)

    def __lshift__(self, other: Parser[Any] | str) -> Parser[T]:
        """``a << b`` matches ``a`` then ``b`` and keeps ``a``'s value."""
        return seq(self, other).map(lambda pair: pair[0])

    def __rshift__(self, other: Parser[U]) -> Parser[U]:
        """``a >> b`` matches ``a`` then ``b`` and keeps ``b``'s value."""
        return seq(self, other).map(lambda pair: pair[1])


# -- leaves ---------------------------------------------------------------------


class _Leaf(Parser[T]):
    __slots__ = ("_build", "_fragment", "_guard", "_named", "_on_text")
    _build: Callable[[Captures], T]
    _fragment: str
    _guard: str | None
    _named: bool
    _on_text: Callable[[str], T] | None

    def __init__(
        self, fragment: str, build: Callable[[Captures], T], description: str, named: bool = True,
        on_text: Callable[[str], T] | None = None, guard: str | None = None,
    ) -> None:
        super().__init__(description)
        object.__setattr__(self, "_fragment", fragment)
        object.__setattr__(self, "_build", build)
        object.__setattr__(self, "_named", named)
        # ``build`` reads only the matched text: it is given that directly.
        object.__setattr__(self, "_on_text", on_text)
        # A pattern that matches wherever ``fragment`` can (see regex_parser).
        object.__setattr__(self, "_guard", guard)

    def _scan(self, names: _Namer) -> str:
        return f"(?>{strip_names(self._fragment)})"

    def _prepare_own(self) -> None:
        _compile_leaf(self._fragment)

    def _make_run(self, compile: _Compile) -> _RunFn:
        # The pattern is compiled when the leaf first runs: a grammar's
        # parts that a text never reaches cost nothing to build.
        fragment = self._fragment
        pattern: regex.Pattern[str] | None = None
        match: Callable[..., regex.Match[str] | None] | None = None
        build = self._build
        on_text = self._on_text
        # A leaf without a description of its own is a detail of a larger
        # parser: its failures do not make error messages.
        description = self._description if self._named else None
        guard = self._guard
        window, margin = _WINDOW, _MARGIN

        def run(text: str, pos: int, ctx: _Ctx) -> _Run:
            nonlocal pattern, match
            if match is None:
                # Until the pattern is needed, a place its guard rejects
                # fails without compiling it (a text that never reaches the
                # leaf's first words never pays for the leaf).
                if (guard is not None and fragment not in _COMPILED
                        and _match(_compile(guard), text, pos, ctx.timeout) is None):
                    if description is not None and pos >= ctx.far:
                        ctx.fail(pos, description)
                    return None
                pattern = _compile_leaf(fragment)
                match = pattern.match
            # _match(), inlined: this is the innermost loop of every build.
            timeout = ctx.timeout
            if timeout is not None:
                m = _match_bounded(pattern, text, pos, timeout)  # type: ignore[arg-type]
            else:
                stop = pos + window
                if stop < len(text):
                    m = match(text, pos, stop)
                    if m is not None and m.end() > stop - margin:
                        m = match(text, pos)
                else:
                    m = match(text, pos)
            if m is not None:
                try:
                    if on_text is not None:
                        return on_text(m.group()), m.end()
                    return build(Captures(m)), m.end()
                except (Reject, decimal.DecimalException):
                    pass
            if description is not None and pos >= ctx.far:
                ctx.fail(pos, description)
            return None

        return run


@overload
def regex_parser(
    pattern: str, build: None = None, *, captures: None = None, description: str | None = None,
    lazy: bool = False, guard: str | None = None,
) -> Parser[str]: ...


@overload
def regex_parser(
    pattern: str, build: Callable[[str], T], *, captures: None = None,
    description: str | None = None, lazy: bool = False, guard: str | None = None,
) -> Parser[T]: ...


@overload
def regex_parser(
    pattern: str, build: None = None, *, captures: Callable[[Captures], T],
    description: str | None = None, lazy: bool = False, guard: str | None = None,
) -> Parser[T]: ...


def regex_parser(
    pattern: str,
    build: Callable[[str], Any] | None = None,
    *,
    captures: Callable[[Captures], Any] | None = None,
    description: str | None = None,
    lazy: bool = False,
    guard: str | None = None,
) -> Parser[Any]:
    """A leaf parser from a raw ``regex`` pattern.

    With ``build``, the value is ``build(matched_text)`` (the text itself
    when neither is given). With ``captures``, the build function receives a
    :class:`Captures` giving access to the named groups written in
    ``pattern``. Keep patterns linear: no nested unbounded quantifiers.
    A build function may raise :class:`Reject` to veto a match; a
    :class:`decimal.DecimalException` (a number too long to compute with)
    vetoes it too. Builds run in a private decimal context
    (:data:`finparse._exact.EXACT`), whatever the caller's.
    ``description`` is what :class:`ParseError` says was expected; without
    one, the leaf is a detail of a larger parser that messages never name.
    The pattern is compiled now, so that an invalid one is a
    :class:`ValueError` at once; with ``lazy=True`` (for grammars whose
    patterns their tests compile) it is compiled when first needed, and an
    invalid one raises there. A lazy leaf may have a ``guard``: a short
    pattern that matches wherever ``pattern`` can (a necessary condition,
    such as its possible first words), so that a place where the guard
    fails fails at once, without compiling ``pattern``; once ``pattern``
    is compiled, the guard is no longer tried. A wrong guard (one that
    fails where ``pattern`` matches) loses matches until then.

    >>> from finparse.core import regex_parser
    >>> pair = regex_parser(r"(?P<a>\\d+)/(?P<b>\\d+)",
    ...                     captures=lambda c: (int(c["a"]), int(c["b"])))
    >>> pair.parse("3/4")
    (3, 4)
    """
    if not lazy:
        try:
            regex.compile(pattern)
        except regex.error as exc:
            raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
    if build is not None and captures is not None:
        raise ValueError("give build or captures, not both")
    on_text: Callable[[str], Any] | None = None
    if captures is not None:
        fn: Callable[[Captures], Any] = captures
    elif build is not None:
        text_fn = on_text = build
        fn = lambda c: text_fn(c.text)  # noqa: E731
    else:
        fn = lambda c: c.text  # noqa: E731
        on_text = str
    return _Leaf(pattern, fn, description or f"text matching {pattern!r}"[:60], bool(description),
                 on_text, guard)


def lit(text: str, *, casefold: bool = False) -> Parser[str]:
    """Match the literal ``text``; its value is ``text`` itself.

    Runs of whitespace in ``text`` match any run of whitespace. With
    ``casefold=True`` the match ignores case.

    >>> from finparse.core import lit
    >>> lit("per share").parse("per  share")
    'per share'
    >>> lit("USD", casefold=True).parse("usd")
    'USD'
    """
    if not isinstance(text, str) or not text:
        raise ValueError(f"lit() needs a non-empty string, got {text!r}")
    parts = [regex.escape(part) for part in text.split()]
    if text[:1].isspace():
        parts.insert(0, "")
    if text[-1:].isspace() and parts != [""]:
        parts.append("")
    body = r"\s+".join(parts) if len(parts) > 1 else parts[0] or r"\s+"
    if casefold:
        body = f"(?i:{body})"
    return _Leaf(body, lambda c: text, repr(text), on_text=lambda _: text)


_SPACE_RUN = regex.compile(r"(\s+)")


def _atoms(word: str) -> Sequence[str]:
    """Split a lexicon entry into trie atoms: single characters, runs of space.

    A word without white space is its own atoms (a string is a sequence of
    its characters): no list of characters to make, nor for the garbage
    collector to read, for each of the thousands of words of a lexicon."""
    if _SPACE_RUN.search(word) is None and not word.isspace():
        return word  # (most words: no need to split them)
    atoms: list[str] = []
    for part in _SPACE_RUN.split(word):
        if not part:
            continue
        if part.isspace():
            atoms.append(" ")
        else:
            atoms.extend(part)
    return atoms


def _norm_key(text: str, casefold: bool) -> str:
    key = " ".join(text.split())
    return key.lower() if casefold else key


#: The deepest nesting of groups a trie pattern may have. The regex
#: module's parser recurses about five Python frames a group (about 200
#: groups overflow the default recursion limit); shipped word lists nest
#: at most a few groups deep. Deeper lists (hundreds of words, each a
#: prefix of the next) are a ValueError, not a RecursionError.
_TRIE_DEPTH = 64


def trie_pattern(words: Iterable[str], *, boundary: bool = True) -> str:
    """A regex alternation of ``words`` as a trie, longest match first.

    A trie shares prefixes (``dollar|dollars|dlrs`` becomes
    ``d(?:ollars?|lrs)``-like), so scanning costs stay flat however long the
    list is, and there is nothing for the engine to backtrack into beyond
    one word. Spaces inside a word match any run of whitespace. With
    ``boundary``, a word that starts or ends with a letter or digit must not
    be glued to another letter or digit on that side.

    >>> from finparse.core import trie_pattern
    >>> import regex
    >>> p = regex.compile(trie_pattern(["bn", "bln", "billion"]))
    >>> [m.group() for m in p.finditer("5bn, 6 bln, 7 billion, 8 billions")]
    ['bn', 'bln', 'billion']
    """
    # Grammars ask for the same long lists (currency adjectives, codes)
    # several times: each distinct list is written out once.
    return _trie_pattern(tuple(words), boundary)


@functools.lru_cache(maxsize=256)
def _trie_pattern(words: tuple[str, ...], boundary: bool) -> str:
    root: dict[str, Any] = {}
    count = 0
    for word in words:
        atoms = _atoms(word)
        if not atoms:
            continue
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = True
        count += 1
    if not count:
        raise ValueError("a lexicon needs at least one non-empty word")

    # A word that ends in a letter must not run on into a letter, one that
    # ends in a digit not into a digit ("5bn" and "USD5" are fine). The
    # check reads the last character matched, so it is written once, after
    # the whole trie, not once per word: the engine still backtracks from a
    # longer word whose end fails it to a shorter one (tried in that order),
    # and the pattern is about a third as long to compile.
    ends_wordish = boundary and _ends_wordish(root)

    def emit(top: dict[str, Any]) -> str:
        # Iterative, children before parents, on an explicit stack: a word
        # of any length costs no Python recursion (a recursive walk failed
        # with RecursionError on a word of about 990 characters). The
        # depth of the groups the pattern nests is counted, as the regex
        # parser recurses once per group.
        done: dict[int, tuple[str, int]] = {}  # id(node) -> (pattern, group depth)
        stack: list[tuple[dict[str, Any], bool]] = [(top, False)]
        while stack:
            node, children_done = stack.pop()
            if not children_done:
                stack.append((node, True))
                for atom, child in node.items():
                    if atom and child.keys() != {""}:
                        stack.append((child, False))
                continue
            branches: list[str] = []
            singles: list[str] = []
            depth = 0
            for atom in sorted(k for k in node if k):
                child = node[atom]
                atom_re = r"\s+" if atom == " " else regex.escape(atom)
                if child.keys() == {""}:
                    # the word ends here
                    if atom == " ":
                        branches.append(atom_re)
                    else:
                        singles.append(regex.escape(atom))
                else:
                    sub, sub_depth = done.pop(id(child))
                    branches.append(atom_re + sub)
                    depth = max(depth, sub_depth)
            if singles:
                branches.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
            if "" in node:
                # shorter words come last, so the longest word wins
                branches.append("")
            if len(branches) == 1:
                done[id(node)] = (branches[0], depth)
                continue
            if depth + 1 > _TRIE_DEPTH:
                raise ValueError(
                    f"a word list nests more than {_TRIE_DEPTH} groups deep "
                    "(too many words, each a prefix of the next)"
                )
            done[id(node)] = ("(?:" + "|".join(branches) + ")", depth + 1)
        return done[id(top)][0]

    # At the root, check the first character against the set of possible
    # first characters before trying any branch, and test the "not inside
    # a word" guard once per class of first character, not once per branch.
    groups: dict[str, dict[str, Any]] = {"alpha": {}, "digit": {}, "other": {}}
    for atom, child in root.items():
        if not atom:
            continue
        kind = "alpha" if atom.isalpha() else "digit" if atom.isalnum() else "other"
        groups[kind if boundary else "other"][atom] = child
    parts: list[str] = []
    for kind, node in groups.items():
        if not node:
            continue
        body = emit(node)
        if kind == "alpha":
            body = r"(?<![\p{L}\p{M}])" + body
        elif kind == "digit":
            body = r"(?<!\p{N})" + body
        parts.append(body)
    firsts = "".join(sorted(regex.escape(a) if a != " " else r"\s" for a in root if a))
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?=[{firsts}]){body}{_WORD_END if ends_wordish else ''}"


#: After a word of a trie: not glued to a letter if it ends in one, nor to
#: a digit if it ends in one.
_WORD_END = r"(?:(?<=\p{L})(?![\p{L}\p{M}])|(?<=\p{N})(?!\p{N})|(?<![\p{L}\p{N}]))"


def _ends_wordish(root: dict[str, Any]) -> bool:
    """Does some word of the trie under ``root`` end in a letter or digit?"""
    stack: list[tuple[str, dict[str, Any]]] = list(root.items())
    while stack:
        atom, child = stack.pop()
        if not atom:
            continue
        if "" in child and atom.isalnum():
            return True
        stack.extend(child.items())
    return False


def _all_cases_fallback(ch: int) -> list[int]:
    text = chr(ch)
    return [ord(c) for c in {text, text.lower(), text.upper(), text.casefold()} if len(c) == 1]


_get_all_cases: Callable[[int, int], list[int]] | None
try:  # the characters a letter matches when case is ignored, as the regex module has them
    from regex._regex import get_all_cases as _get_all_cases  # type: ignore[attr-defined,no-redef]
except ImportError:  # pragma: no cover - another version of the regex module
    _get_all_cases = None
_CASE_FLAGS = int(regex.IGNORECASE | regex.UNICODE)
_CASES: dict[str, frozenset[str]] = {}


def _cases(atom: str) -> frozenset[str]:
    """The characters that ``atom`` (one character) matches in ``(?i:...)``."""
    found = _CASES.get(atom)
    if found is None:
        code = ord(atom)
        codes = _get_all_cases(_CASE_FLAGS, code) if _get_all_cases else _all_cases_fallback(code)
        found = _CASES[atom] = frozenset([atom, *map(chr, codes)])
    return found


@functools.lru_cache(maxsize=2)  # (one per case mode)
def _trie_probes(casefold: bool) -> tuple[regex.Pattern[str], ...]:
    """Character classes of a trie pattern's guards, in its case mode: a
    letter, a mark, a number, and a run of space."""
    flags = "(?i)" if casefold else ""
    return tuple(regex.compile(flags + p) for p in (r"\p{L}", r"\p{M}", r"\p{N}", r"\s+"))


#: Bits of what a character is to a trie's guards (see _char_kind).
_LETTER, _MARK, _NUMBER = 1, 2, 4


def _char_kind(char: str, kinds: dict[str, int], probes: tuple[regex.Pattern[str], ...]) -> int:
    """Whether ``char`` is a letter, a mark, a number, as bits (remembered in ``kinds``)."""
    kind = kinds.get(char)
    if kind is None:
        kind = kinds[char] = sum(bit for bit, probe in zip((_LETTER, _MARK, _NUMBER), probes[:3], strict=True)
                                 if probe.match(char) is not None)
    return kind


class _TrieNode:
    """A node of a :class:`WordTrie`: the atoms that go on, and whether a word ends.

    Its kids are made when it is first visited (:func:`_expand`), from the
    words that go on below it: a text visits few nodes of a long list.
    """

    __slots__ = ("by_char", "end", "kids", "more", "order", "rest", "step")

    def __init__(self, rest: list[tuple[Sequence[str], int]]) -> None:
        self.kids: dict[str, _TrieNode] = {}
        self.end = False
        #: the words that go on below, as (atoms, index of the next atom); None once expanded
        self.rest: list[tuple[Sequence[str], int]] | None = rest
        #: whether any word goes on below
        self.more = bool(rest)
        #: (atom, node) pairs in the order the trie pattern tries them, made on first use
        self.order: tuple[list[tuple[str, _TrieNode]], list[tuple[str, _TrieNode]]] | None = None
        #: what a character of the text matches here, by character (filled as met)
        self.by_char: dict[str, tuple[tuple[str, _TrieNode], ...]] = {}
        #: the node a character leads to, where it matches one atom that is not a space
        self.step: dict[str, _TrieNode] = {}


class WordTrie:
    """A word list matched the way its :func:`trie_pattern` matches it, in Python.

    :meth:`ends` gives every place where the pattern ``trie_pattern(words,
    boundary=boundary)`` (inside ``(?i:...)`` with ``casefold``) can end a
    match that starts at a position, in the order the regex engine tries
    them: so a pattern that goes on after the words can be tried after each
    end in turn, as the engine backtracks. Nothing is compiled for the words
    (a long list compiles slowly), and a place that no word starts at costs
    one look-up. Immutable, and safe to share between threads (the nodes
    of the trie are made as texts reach them, the same in every thread).

    >>> from finparse.core import WordTrie
    >>> trie = WordTrie(["bn", "bln", "billion", "b"], casefold=True)
    >>> trie.ends("5 BLN, 6 b", 2), trie.ends("5 BLN, 6 b", 9), trie.ends("5 BLNs", 2)
    ([5], [10], [])
    """

    __slots__ = (
        "_casefold", "_go", "_groups", "_kinds", "_pairs", "_probes", "_wordish", "firsts",
    )
    _casefold: bool
    _go: frozenset[str]
    _groups: tuple[tuple[int, _TrieNode], ...]
    #: what each character met is to the guards (letter, mark, number), by character
    _kinds: dict[str, int]
    _pairs: frozenset[str]
    _probes: tuple[regex.Pattern[str], ...]
    _wordish: bool
    #: The characters a word may start with (None: a space too).
    firsts: frozenset[str] | None

    def __init__(self, words: Iterable[str], *, casefold: bool = False, boundary: bool = True) -> None:
        rests: dict[str, list[tuple[Sequence[str], int]]] = {"alpha": [], "digit": [], "other": []}
        count = longest = 0
        wordish = False
        for word in words:
            atoms = _atoms(word)
            if not atoms:
                continue
            first = atoms[0]
            kind = "alpha" if first.isalpha() else "digit" if first.isalnum() else "other"
            rests[kind if boundary else "other"].append((atoms, 0))
            count += 1
            longest = max(longest, len(atoms))
            wordish = wordish or atoms[-1].isalnum()
        if not count:
            raise ValueError("a lexicon needs at least one non-empty word")
        roots = {kind: _TrieNode(rest) for kind, rest in rests.items()}
        for root in roots.values():
            _expand(root)
        if longest >= _TRIE_DEPTH:  # (a shorter list cannot nest that deep)
            for root in roots.values():
                _check_depth(root)
        # (what must not come before, root) of the words starting with a
        # letter, a digit, anything else: in the pattern's order
        groups = tuple(
            (_LETTER | _MARK if kind == "alpha" else _NUMBER if kind == "digit" else 0, root)
            for kind, root in roots.items()
            if root.kids
        )
        starts: set[str] = set()
        for _, root in groups:
            for atom in root.kids:
                starts.update(_cases(atom) if casefold else (atom,))
        firsts = None if any(" " in root.kids for _, root in groups) else frozenset(starts)
        # the first two characters of the words, and the first characters
        # of those that do not have two (a quicker test than walking down)
        pairs, go = _pairs([root for _, root in groups], casefold)
        for name, value in (
            ("_casefold", casefold), ("_probes", _trie_probes(casefold)), ("_kinds", {}),
            ("_wordish", boundary and wordish), ("_groups", groups), ("firsts", firsts),
            ("_pairs", pairs), ("_go", go),
        ):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("WordTrie is immutable")

    def ends(self, text: str, pos: int) -> list[int]:
        """Where a word starting at ``pos`` in ``text`` may end, in the order tried."""
        if pos >= len(text):
            return []
        if text[pos:pos + 2] not in self._pairs and text[pos] not in self._go and not (
            self.firsts is None and self._probes[3].match(text, pos) is not None
        ):
            return []
        out: list[int] = []
        if pos:
            kinds = self._kinds
            before = kinds.get(text[pos - 1])
            if before is None:
                before = _char_kind(text[pos - 1], kinds, self._probes)
        else:
            before = 0
        for not_after, root in self._groups:
            if not before & not_after:
                self._walk(root, text, pos, out)
        if self._wordish and out:
            word_end = self._word_end
            out = [end for end in out if word_end(text, end)]
        return out

    def spaced(
        self, text: str, pos: int, most: int = 3, then: regex.Pattern[str] | None = None
    ) -> int | None:
        """The end of what ``(?:{trie})[ \u00a0]{1,most}(?=then)`` matches at
        ``pos``: a word, then one to ``most`` spaces (no-break ones too), then,
        if given, what ``then`` matches; ``None`` where nothing does.

        >>> from finparse.core import WordTrie
        >>> about = WordTrie(["about", "up to"], casefold=True)
        >>> about.spaced("About  $5", 0), about.spaced("about$5", 0), about.spaced("up to 5", 0)
        (7, None, 6)
        """
        for end in self.ends(text, pos):
            after, stop = end, min(len(text), end + most)
            while after < stop and text[after] in " \u00a0":
                after += 1
            if after > end and (then is None or then.match(text, after) is not None):
                return after
        return None

    def _word_end(self, text: str, end: int) -> bool:
        # _WORD_END: after a letter, no letter or mark; after a number, no number
        kinds = self._kinds
        last = kinds.get(text[end - 1])
        if last is None:
            last = _char_kind(text[end - 1], kinds, self._probes)
        if end == len(text) or not last & (_LETTER | _NUMBER):
            return True
        follows = kinds.get(text[end])
        if follows is None:
            follows = _char_kind(text[end], kinds, self._probes)
        return not follows & (_LETTER | _MARK) if last & _LETTER else not follows & _NUMBER

    def _walk(self, root: _TrieNode, text: str, pos: int, out: list[int]) -> None:
        # Down the one path a text usually takes: at each node, one atom
        # matches the next character, and a word's end there comes after
        # the longer words (the pattern tries them last).
        n = len(text)
        passed: list[int] = []
        node, i = root, pos
        while True:
            if node.end:
                passed.append(i)
            if i >= n:
                break
            char = text[i]
            kid = node.step.get(char)  # (one plain atom matches: the usual case)
            if kid is None:
                entries = node.by_char.get(char)
                if entries is None:
                    entries = self._next(node, char)
                if not entries:
                    break
                atom, kid = entries[0]
                if len(entries) > 1 or atom != " " or kid.end or not kid.more:
                    self._walk_all(root, text, pos, out)  # where paths part, every path
                    return
                # a run of space, then a character that is not one: only
                # the whole run (\s+ is greedy) can go on
                m = self._probes[3].match(text, i)
                i = m.end() if m is not None else i + 1
                node = kid
                continue
            i += 1
            node = kid
            if not kid.more:
                passed.append(i)
                break
        passed.reverse()
        out.extend(passed)

    def _walk_all(self, root: _TrieNode, text: str, pos: int, out: list[int]) -> None:
        # Depth first, on an explicit stack (a word may be long): at each
        # node the atoms that go on, in the pattern's order, then the end of
        # a word there (shorter words come last). A node of None is an end.
        n = len(text)
        stack: list[tuple[_TrieNode | None, int]] = [(root, pos)]
        while stack:
            node, i = stack.pop()
            if node is None:
                out.append(i)
                continue
            tasks: list[tuple[_TrieNode | None, int]] = []
            if i < n:
                for atom, kid in self._next(node, text[i]):
                    if atom == " ":
                        m = self._probes[3].match(text, i)
                        run = m.end() - i if m is not None else 0
                        # \s+ is greedy: the longest run first
                        tasks.extend((kid if kid.more else None, i + j) for j in range(run, 0, -1))
                    else:
                        tasks.append((kid if kid.more else None, i + 1))
            if node.end:
                tasks.append((None, i))
            stack.extend(reversed(tasks))

    def _next(self, node: _TrieNode, char: str) -> tuple[tuple[str, _TrieNode], ...]:
        """What ``char`` matches at ``node``: the branches in order, then one single."""
        found = node.by_char.get(char)
        if found is not None:
            return found
        order = node.order
        if order is None:
            _expand(node)
            atoms = sorted(node.kids)
            # branches: atoms that go on, and a run of space; then the
            # one-character words, as one class
            order = node.order = (
                [(a, node.kids[a]) for a in atoms if node.kids[a].more or a == " "],
                [(a, node.kids[a]) for a in atoms if not node.kids[a].more and a != " "],
            )
        space = self._probes[3].match(char) is not None
        branches, singles = order
        matched = [(a, kid) for a, kid in branches if self._matches(a, char, space)]
        matched += [(a, kid) for a, kid in singles if self._matches(a, char, space)][:1]
        found = node.by_char[char] = tuple(matched)
        if len(found) == 1 and found[0][0] != " ":
            node.step[char] = found[0][1]
        return found

    def _matches(self, atom: str, char: str, space: bool) -> bool:
        if atom == " ":
            return space
        return atom == char or (self._casefold and char in _cases(atom))


def _pairs(roots: list[_TrieNode], casefold: bool) -> tuple[frozenset[str], frozenset[str]]:
    """The first two characters of the words under ``roots`` as text may
    write them, and the first characters of the words that have no second
    one or a space there (where only walking down the trie tells)."""
    pairs: set[str] = set()
    go: set[str] = set()
    for root in roots:
        for first, kid in root.kids.items():
            if first == " ":
                continue  # (a space first: see WordTrie.firsts)
            firsts = _cases(first) if casefold else {first}
            # the second atoms, read from the words below without expanding
            # the kid (a text visits few kids of a long list)
            rest = kid.rest
            below = kid.kids.keys() if rest is None else {atoms[i] for atoms, i in rest}
            if kid.end or " " in below:
                go.update(firsts)
            for second in below:
                if second != " ":
                    seconds = _cases(second) if casefold else {second}
                    pairs.update(a + b for a in firsts for b in seconds)
    return frozenset(pairs), frozenset(go)


def _expand(node: _TrieNode) -> None:
    """Make the kids of ``node`` from the words that go on below it."""
    rest = node.rest
    if rest is None:
        return
    tails: dict[str, list[tuple[Sequence[str], int]]] = {}
    for atoms, i in rest:
        tails.setdefault(atoms[i], []).append((atoms, i + 1))
    kids: dict[str, _TrieNode] = {}
    for atom, below in tails.items():
        kid = kids[atom] = _TrieNode([(atoms, i) for atoms, i in below if i < len(atoms)])
        kid.end = len(kid.rest or ()) < len(below)
    # (the kids whole before the node says so: a thread that finds it
    # expanded finds every kid; two threads that expand it make equal kids)
    node.kids = kids
    node.rest = None


def _check_depth(root: _TrieNode) -> None:
    """Raise the ValueError of :func:`trie_pattern` where its pattern would nest too deep."""
    depth: dict[int, int] = {}
    stack: list[tuple[_TrieNode, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        _expand(node)
        if not done:
            stack.append((node, True))
            stack.extend((kid, False) for kid in node.kids.values() if kid.more)
            continue
        branches = sum(1 for a, kid in node.kids.items() if kid.more or a == " ")
        singles = any(not kid.more and a != " " for a, kid in node.kids.items())
        below = max((depth.pop(id(kid)) for kid in node.kids.values() if kid.more), default=0)
        if branches + singles + node.end > 1:
            below += 1
            if below > _TRIE_DEPTH:
                raise ValueError(
                    f"a word list nests more than {_TRIE_DEPTH} groups deep "
                    "(too many words, each a prefix of the next)"
                )
        depth[id(node)] = below


@overload
def lexicon(  # type: ignore[overload-overlap]  # a Mapping is also an Iterable
    words: Mapping[str, T], *, casefold: bool = ..., boundary: bool = ...,
    description: str | None = ...,
) -> Parser[T]: ...


@overload
def lexicon(
    words: Iterable[str], *, casefold: bool = ..., boundary: bool = ...,
    description: str | None = ...,
) -> Parser[str]: ...


def lexicon(
    words: Mapping[str, Any] | Iterable[str],
    *,
    casefold: bool = True,
    boundary: bool = True,
    description: str | None = None,
) -> Parser[Any]:
    """Match any of ``words`` (longest first); the value is the word's entry.

    ``words`` is a mapping from surface form to value, or an iterable of
    forms (then the value is the form as listed). Matching ignores case
    unless ``casefold=False``, and runs of whitespace match any whitespace.
    With ``boundary`` (the default) a form is never matched inside a longer
    word. ``description`` is what :class:`ParseError` says was expected
    (default "a word from a lexicon"); an empty string marks a detail of a
    larger parser that error messages never name.

    >>> from finparse.core import lexicon
    >>> scale = lexicon({"mln": 10**6, "million": 10**6, "bn": 10**9})
    >>> scale.parse("Million")
    1000000
    >>> [m.text for m in scale.finditer("5 mln, 6bn, 7 bnx")]
    ['mln', 'bn']
    """
    if isinstance(words, Mapping):
        table = {_norm_key(k, casefold): v for k, v in words.items() if k.strip()}
        forms = list(words.keys())
    else:
        listed = [w for w in words if isinstance(w, str) and w.strip()]
        table = {_norm_key(w, casefold): w for w in listed}
        forms = listed
    # The words are looked up, not compiled (a long list is slow to
    # compile); the trie pattern is the leaf's scanning half, written when
    # a composition compiles one. Both reject a bad list now.
    trie = WordTrie(forms, casefold=casefold, boundary=boundary)

    def fragment() -> str:
        body = trie_pattern(forms, boundary=boundary)
        return f"(?i:{body})" if casefold else body

    def read(text: str, pos: int) -> tuple[Any, int] | None:
        for end in trie.ends(text, pos):  # the first end: what the pattern matches
            try:
                return table[_norm_key(text[pos:end], casefold)], end
            except KeyError:  # a case-folding corner case (e.g. dotless i)
                raise Reject from None
        return None

    return _Reader(read, fragment, description or "a word from a lexicon", description != "")


class _Reader(_Leaf[T]):
    """A leaf read by a function of Python (see :func:`reader_parser`)."""

    __slots__ = ("_make_fragment", "_prepare", "_read", "_text")
    _make_fragment: Callable[[], str]
    _prepare: Callable[[], object] | None
    _read: Callable[[str, int], tuple[T, int] | None]
    _text: str | None

    def __init__(
        self, read: Callable[[str, int], tuple[T, int] | None], fragment: Callable[[], str],
        description: str, named: bool, prepare: Callable[[], object] | None = None,
    ) -> None:
        Parser.__init__(self, description)
        object.__setattr__(self, "_read", read)
        object.__setattr__(self, "_prepare", prepare)
        object.__setattr__(self, "_make_fragment", fragment)
        object.__setattr__(self, "_text", None)
        object.__setattr__(self, "_named", named)
        object.__setattr__(self, "_build", None)
        object.__setattr__(self, "_on_text", None)
        object.__setattr__(self, "_guard", None)

    @property
    def _fragment(self) -> str:  # type: ignore[override]  # written on first use
        text: str | None = self._text
        if text is None:
            text = self._make_fragment()
            object.__setattr__(self, "_text", text)
        return text

    def _prepare_own(self) -> None:
        if self._prepare is not None:
            self._prepare()
            return
        # Without a hook, a read of the empty text makes what the function
        # makes on first use (its word tries).
        try:
            self._read("", 0)
        except (Reject, decimal.DecimalException):
            pass

    def _make_run(self, compile: _Compile) -> _RunFn:
        read = self._read
        description = self._description if self._named else None

        def run(text: str, pos: int, ctx: _Ctx) -> _Run:
            try:
                found = read(text, pos)
            except (Reject, decimal.DecimalException):
                found = None
            if found is not None:
                return found
            if description is not None and pos >= ctx.far:
                ctx.fail(pos, description)
            return None

        return run


def reader_parser(
    read: Callable[[str, int], tuple[T, int] | None],
    fragment: str | Callable[[], str],
    *,
    description: str | None = None,
    prepare: Callable[[], object] | None = None,
) -> Parser[T]:
    """A leaf parser read by a Python function, with a pattern for scanning.

    ``read(text, pos)`` returns ``(value, end)`` for the match at ``pos``,
    or ``None`` (or raises :class:`Reject`) where there is none. It is what
    builds the value; ``fragment`` is a regex that matches exactly what
    ``read`` accepts, written into the scanning pattern of any composition
    that compiles one (a function that returns it is called when it is first
    needed). Use it where a long word list is cheaper to look up than to
    compile (see :class:`WordTrie`). ``description`` is as for
    :func:`regex_parser`. ``prepare``, if given, is what
    :meth:`Parser.prepare` calls to build now what ``read`` builds on first
    use; without it, ``prepare`` reads the empty text.

    >>> from finparse.core import reader_parser, seq, lit
    >>> def code(text, pos):
    ...     word = text[pos:pos + 3]
    ...     return (word, pos + 3) if word in {"USD", "EUR"} else None
    >>> seq(reader_parser(code, "USD|EUR"), lit(" 5")).parse("EUR 5")
    ('EUR', ' 5')
    """
    make = fragment if callable(fragment) else (lambda: fragment)
    return _Reader(read, make, description or "text read by a function", bool(description), prepare)


def split_parser(
    first: Callable[[], str],
    second: Callable[[], str],
    guard: str,
    captures: Callable[[Captures], T],
    fragment: str | Callable[[], str],
    *,
    description: str | None = None,
) -> Parser[T]:
    r"""A leaf whose pattern is read in two parts, the second compiled only where needed.

    ``fragment`` is the whole pattern (written into scanning patterns, as
    for :func:`reader_parser`); ``first`` and ``second`` return its two
    parts, with the same groups, such that where ``first`` does not match,
    the whole pattern matches what ``second`` matches. ``second`` is tried
    only at a letter where ``guard`` matches (it must match wherever
    ``second`` does), so a text without the rare branch (number words, say)
    never compiles it. The value is ``captures`` of the part that matched.

    >>> from finparse.core import split_parser
    >>> num = split_parser(lambda: r"(?P<d>\d+)(?P<w>(?!))?", lambda: r"(?P<d>(?!))?(?P<w>five|six)",
    ...                    r"five|six", lambda c: c["d"] or c["w"], r"(?P<d>\d+)|(?P<w>five|six)")
    >>> num.parse("42"), num.parse("six")
    ('42', 'six')
    """
    read = _TwoPart(captures, first, second, guard)
    return reader_parser(read.read, fragment, description=description, prepare=read.prepare)


class _TwoPart(Generic[T]):
    """The reader of :func:`split_parser`: each part compiled when first needed."""

    __slots__ = ("_build", "_first", "_guard", "_make_first", "_make_second", "_second")

    def __init__(
        self, build: Callable[[Captures], T], first: Callable[[], str], second: Callable[[], str],
        guard: str,
    ) -> None:
        self._build = build
        self._make_first, self._make_second, self._guard = first, second, guard
        self._first: regex.Pattern[str] | None = None
        self._second: regex.Pattern[str] | None = None

    def prepare(self) -> None:
        """Compile both parts and the guard now (see :meth:`Parser.prepare`)."""
        self._first = _compile(self._make_first())
        self._second = _compile(self._make_second())
        _compile(self._guard)

    def read(self, text: str, pos: int) -> tuple[T, int] | None:
        """(value, end) at ``pos``, or None (or Reject from the build)."""
        first = self._first
        if first is None:
            first = self._first = _compile(self._make_first())
        m = _match(first, text, pos)
        if m is None:
            if not text[pos:pos + 1].isalpha():
                return None  # (the second part starts with a letter: see split_parser)
            if _match(_compile(self._guard), text, pos) is None:
                return None
            second = self._second
            if second is None:
                second = self._second = _compile(self._make_second())
            m = _match(second, text, pos)
            if m is None:
                return None
        return self._build(Captures(m)), m.end()


# -- combinators ----------------------------------------------------------------


class Wrapper(Parser[T]):
    """A parser around one other parser, matching what it matches."""

    __slots__ = ("_inner",)
    _inner: Parser[Any]

    def __init__(self, inner: Parser[Any], description: str | None = None) -> None:
        super().__init__(inner.description if description is None else description)
        object.__setattr__(self, "_inner", inner)

    def _children(self) -> tuple[Parser[Any], ...]:
        return (self._inner,)

    def _scan(self, names: _Namer) -> str:
        return names.emit(self._inner)

    def _make_run(self, compile: _Compile) -> _RunFn:
        return compile(self._inner)


class _WithFn(Wrapper[U]):
    """A wrapper that applies a function of the caller's to what it matched."""

    __slots__ = ("_fn",)
    _fn: Callable[..., Any]

    def __init__(self, inner: Parser[Any], fn: Callable[..., Any]) -> None:
        super().__init__(inner)
        object.__setattr__(self, "_fn", fn)


class _Bind(_WithFn[U]):
    __slots__ = ()

    def _make_run(self, compile: _Compile) -> _RunFn:
        inner = compile(self._inner)
        fn = self._fn

        def run(text: str, pos: int, ctx: _Ctx) -> _Run:
            found = inner(text, pos, ctx)
            if found is None:
                return None
            try:
                value, end = fn(found[0], pos, found[1])
            except (Reject, decimal.DecimalException):
                return None
            if not pos <= end <= found[1]:
                raise ValueError(f"bind() function returned end {end} outside {pos}..{found[1]}")
            return value, end

        return run


class _Map(_WithFn[U]):
    # bind() with an end left as it is, in one call instead of two
    __slots__ = ()

    def _make_run(self, compile: _Compile) -> _RunFn:
        inner = compile(self._inner)
        fn = self._fn

        def run(text: str, pos: int, ctx: _Ctx) -> _Run:
            found = inner(text, pos, ctx)
            if found is None:
                return None
            try:
                return fn(found[0]), found[1]
            except (Reject, decimal.DecimalException):
                return None

        return run


class _Combine(_WithFn[U]):
    # map() of ``lambda value: fn(*value)``, in one call instead of two
    __slots__ = ()

    def _make_run(self, compile: _Compile) -> _RunFn:
        inner = compile(self._inner)
        fn = self._fn

        def run(text: str, pos: int, ctx: _Ctx) -> _Run:
            found = inner(text, pos, ctx)
            if found is None:
                return None
            try:
                return fn(*found[0]), found[1]
            except (Reject, decimal.DecimalException):
                return None

        return run


class _Described(Wrapper[T]):
    __slots__ = ()

    def _make_run(self, compile: _Compile) -> _RunFn:
        inner = compile(self._inner)
        description = self._description

        def run(text: str, pos: int, ctx: _Ctx) -> _Run:
            found = inner(text, pos, ctx)
            if found is None and pos >= ctx.far:
                # the description replaces what its parts expected here
                ctx.far = pos
                ctx.expected = [description]
            return found

        return run


class _Spanned(Wrapper[Match[T]]):
    __slots__ = ()

    def _make_run(self, compile: _Compile) -> _RunFn:
        inner = compile(self._inner)

        def run(text: str, pos: int, ctx: _Ctx) -> _Run:
            found = inner(text, pos, ctx)
            if found is None:
                return None
            value, end = found
            return Match(value, pos, end, text[pos:end]), end

        return run


def _as_parser(p: Parser[Any] | str) -> Parser[Any]:
    if isinstance(p, Parser):
        return p
    if isinstance(p, str):
        return lit(p)
    raise TypeError(f"expected a Parser or a str, got {type(p).__name__}")


class _Seq(Parser[tuple[Any, ...]]):
    __slots__ = ("_parts", "_sep")
    _parts: tuple[Parser[Any], ...]
    _sep: Parser[Any] | None

    def __init__(self, parts: tuple[Parser[Any], ...], sep: Parser[Any] | None) -> None:
        super().__init__(", ".join(p.description for p in parts))
        object.__setattr__(self, "_parts", parts)
        object.__setattr__(self, "_sep", sep)

    def _children(self) -> tuple[Parser[Any], ...]:
        return self._parts if self._sep is None else (*self._parts, *[self._sep] * (len(self._parts) - 1))

    def _scan(self, names: _Namer) -> str:
        fragments = [names.emit(part) for part in self._parts]
        if self._sep is None:
            return "".join(fragments)
        sep = names.emit(self._sep)
        return sep.join(fragments)

    def _make_run(self, compile: _Compile) -> _RunFn:
        parts = [compile(part) for part in self._parts]
        sep = None if self._sep is None else compile(self._sep)
        if sep is None:
            # (two and three parts, the usual cases, without a loop or a list)
            if len(parts) == 2:
                first, second = parts

                def run_two(text: str, pos: int, ctx: _Ctx) -> _Run:
                    a = first(text, pos, ctx)
                    if a is None:
                        return None
                    b = second(text, a[1], ctx)
                    if b is None:
                        return None
                    return (a[0], b[0]), b[1]

                return run_two
            if len(parts) == 3:
                first, second, third = parts

                def run_three(text: str, pos: int, ctx: _Ctx) -> _Run:
                    a = first(text, pos, ctx)
                    if a is None:
                        return None
                    b = second(text, a[1], ctx)
                    if b is None:
                        return None
                    c = third(text, b[1], ctx)
                    if c is None:
                        return None
                    return (a[0], b[0], c[0]), c[1]

                return run_three

            def run_plain(text: str, pos: int, ctx: _Ctx) -> _Run:
                values = []
                for part in parts:
                    found = part(text, pos, ctx)
                    if found is None:
                        return None
                    values.append(found[0])
                    pos = found[1]
                return tuple(values), pos

            return run_plain

        def run(text: str, pos: int, ctx: _Ctx) -> _Run:
            values: list[Any] = []
            for i, part in enumerate(parts):
                if sep is not None and i:
                    gap = sep(text, pos, ctx)
                    if gap is None:
                        return None
                    pos = gap[1]
                found = part(text, pos, ctx)
                if found is None:
                    return None
                values.append(found[0])
                pos = found[1]
            return tuple(values), pos

        return run


def seq(*parsers: Parser[Any] | str, sep: str | None = None) -> Parser[tuple[Any, ...]]:
    """Match ``parsers`` one after another; the value is the tuple of values.

    A ``str`` among ``parsers`` means :func:`lit` of it. ``sep`` is a regex
    matched between consecutive parts (for example ``r"\\s*"``). Use
    :meth:`Parser.combine` to turn the tuple into something else.

    >>> from finparse.core import seq, regex_parser
    >>> num = regex_parser(r"\\d+", int)
    >>> seq(num, "x", num).parse("3x4")
    (3, 'x', 4)
    >>> seq(num, "by", num, sep=r"\\s*").combine(lambda a, _, b: a * b).parse("3 by 4")
    12
    """
    if not parsers:
        raise ValueError("seq() needs at least one parser")
    sep_parser: Parser[str] | None = None if sep is None else regex_parser(sep, description=repr(sep))
    return _Seq(tuple(_as_parser(p) for p in parsers), sep_parser)


class _Alt(Parser[Any]):
    __slots__ = ("_options",)
    _options: tuple[Parser[Any], ...]

    def __init__(self, options: tuple[Parser[Any], ...]) -> None:
        super().__init__(" or ".join(p.description for p in options))
        object.__setattr__(self, "_options", options)

    def _children(self) -> tuple[Parser[Any], ...]:
        return self._options

    def _scan(self, names: _Namer) -> str:
        return "(?>" + "|".join(names.emit(option) for option in self._options) + ")"

    def _make_run(self, compile: _Compile) -> _RunFn:
        options = [compile(option) for option in self._options]
        if len(options) == 2:
            first, second = options

            def run_two(text: str, pos: int, ctx: _Ctx) -> _Run:
                found = first(text, pos, ctx)
                return found if found is not None else second(text, pos, ctx)

            return run_two
        # Running text is read trying, at each place, only the options that
        # can start with the character there (see _Choices); a parse that
        # reports what it expected tries them all.
        choices = _Choices(self._options, options)
        chosen_for = choices.by_char
        choose = choices.choose
        untracked = _UNTRACKED

        def run(text: str, pos: int, ctx: _Ctx) -> _Run:
            if ctx.far == untracked:
                char = text[pos:pos + 1]
                chosen = chosen_for.get(char)
                if chosen is None:
                    chosen = choose(char)
            else:
                chosen = options
            for option in chosen:
                found = option(text, pos, ctx)
                if found is not None:
                    return found
            return None

        return run


#: How many runs an alternation makes trying every option before it reads
#: which options can start with which character (see _Choices.choose).
_CHOICES_AFTER = 64
#: The most characters an alternation remembers its choices for.
_CHOICES_MEMO = 1024


class _Choices:
    """Which options of an alternation can start with a given character.

    Each option's first characters (:func:`_first_of`) are read on first
    use; the options kept for a character are remembered. An option whose
    first characters are unknown, or that can match empty, is always kept,
    and so is every option where the next character is not ASCII.
    """

    __slots__ = ("_before", "_options", "_runs", "_sets", "by_char")

    def __init__(self, options: tuple[Parser[Any], ...], runs: list[_RunFn]) -> None:
        self._options = options
        self._runs = runs
        self._sets: list[frozenset[str] | None] | None = None
        self._before = _CHOICES_AFTER
        self.by_char: dict[str, list[_RunFn]] = {}

    def _first_sets(self) -> list[frozenset[str] | None]:
        # For each option: None (always tried) or the ASCII characters it can start with.
        sets: list[frozenset[str] | None] = []
        memo: dict[int, First] = {}
        for option in self._options:
            first = _first_of(option, memo)
            sets.append(None if first is None or first[1] else first[0])
        return sets

    def choose(self, char: str) -> list[_RunFn]:
        """The options to try at a place where ``char`` comes next ("" at the end)."""
        sets = self._sets
        if sets is None:
            # Reading the options' patterns costs about as much as a hundred
            # runs of the alternation: an alternation that a text reaches only
            # now and then tries all its options instead.
            if self._before > 0:
                self._before -= 1
                return self._runs
            sets = self._sets = self._first_sets()
        if char.isascii() and char:
            chosen = [run for run, chars in zip(self._runs, sets, strict=True) if chars is None or char in chars]
        else:  # (only ASCII is read: elsewhere every option is tried)
            chosen = self._runs
        if len(self.by_char) >= _CHOICES_MEMO:
            self.by_char.clear()
        self.by_char[char] = chosen
        return chosen


def _first_of(node: Parser[Any], memo: dict[int, First]) -> First:
    """The characters a match of ``node`` can start with (see
    :mod:`finparse._firstchar`): read from the patterns of its leading
    leaves (a reader's fragment, which matches exactly what it reads),
    through the combinators of this module; None (any) for what it does not
    know (a class of another module)."""
    key = id(node)
    if key in memo:
        return memo[key]
    memo[key] = None  # (a part inside itself reads as any character)
    kind = type(node)
    found: First
    if kind is _Leaf or kind is _Reader:
        found = first_chars(node._fragment)  # type: ignore[attr-defined]
    elif kind in _SAME_START:
        found = _first_of(node._inner, memo)  # type: ignore[attr-defined]
    elif kind is _Opt:
        inner = _first_of(node._inner, memo)  # type: ignore[attr-defined]
        found = None if inner is None else (inner[0], True)
    elif kind is _Look:
        found = (frozenset(), True)
    elif kind is _Seq:
        parts: tuple[Parser[Any], ...] = node._parts  # type: ignore[attr-defined]
        sep: Parser[Any] | None = node._sep  # type: ignore[attr-defined]
        order = parts if sep is None else [x for p in parts for x in (sep, p)][1:]
        found = first_sequence(_first_of(part, memo) for part in order)
    elif kind is _Alt:
        found = first_union([_first_of(option, memo) for option in node._options])  # type: ignore[attr-defined]
    elif kind is _Many:
        item = _first_of(node._item, memo)  # type: ignore[attr-defined]
        found = None if item is None else (item[0], item[1] or node._min == 0)  # type: ignore[attr-defined]
    else:
        found = None
    memo[key] = found
    return found


def alt(*parsers: Parser[Any] | str) -> Parser[Any]:
    """Ordered choice: the first of ``parsers`` that matches wins.

    ``a | b`` is ``alt(a, b)``. Put longer alternatives first when one can
    be a prefix of another: a choice that matched is never revisited.

    >>> from finparse.core import alt, lit
    >>> sign = alt(lit("up"), lit("down")).map(lambda w: 1 if w == "up" else -1)
    >>> sign.parse("down")
    -1
    """
    if not parsers:
        raise ValueError("alt() needs at least one parser")
    flat: list[Parser[Any]] = []
    for p in parsers:
        p = _as_parser(p)
        flat.extend(p._options if isinstance(p, _Alt) else (p,))
    return _Alt(tuple(flat))


class _Opt(Wrapper[Any]):
    __slots__ = ("_default",)
    _default: Any

    def __init__(self, inner: Parser[Any], default: Any) -> None:
        super().__init__(inner, f"optionally {inner.description}")
        object.__setattr__(self, "_default", default)

    def _scan(self, names: _Namer) -> str:
        return f"(?>{names.emit(self._inner)}|)"

    def _make_run(self, compile: _Compile) -> _RunFn:
        inner = compile(self._inner)
        default = self._default

        def run(text: str, pos: int, ctx: _Ctx) -> _Run:
            found = inner(text, pos, ctx)
            return found if found is not None else (default, pos)

        return run


def opt(parser: Parser[T] | str, default: U | None = None) -> Parser[T | U | None]:
    """Match ``parser`` or nothing; the value is ``default`` when absent.

    >>> from finparse.core import opt, seq, lit, regex_parser
    >>> signed = seq(opt(lit("-"), ""), regex_parser(r"\\d+"))
    >>> signed.combine(lambda s, d: int(s + d)).parse("-7")
    -7
    """
    return _Opt(_as_parser(parser), default)


class _Many(Parser[list[Any]]):
    __slots__ = ("_item", "_max", "_min", "_sep")
    _item: Parser[Any]
    _max: int | None
    _min: int
    _sep: Parser[Any] | None

    def __init__(
        self, item: Parser[Any], sep: Parser[Any] | None, lo: int, hi: int | None
    ) -> None:
        what = item.description
        super().__init__(f"{what} (repeated)" if sep is None else f"{what} (separated)")
        object.__setattr__(self, "_item", item)
        object.__setattr__(self, "_sep", sep)
        object.__setattr__(self, "_min", lo)
        object.__setattr__(self, "_max", hi)

    def _children(self) -> tuple[Parser[Any], ...]:
        return (self._item,) if self._sep is None else (self._item, self._sep, self._item)

    def _scan(self, names: _Namer) -> str:
        item = names.emit(self._item)
        lo, hi = self._min, self._max
        if self._sep is None:
            return f"(?:(?>{item})){{{lo},{'' if hi is None else hi}}}+"
        sep = names.emit(self._sep)
        again = names.emit(self._item)
        rest = f"{{{max(lo - 1, 0)},{'' if hi is None else max(hi - 1, 0)}}}+"
        body = f"(?>{item})(?:(?>{sep})(?>{again})){rest}"
        return f"(?>{body}|)" if lo == 0 else body

    def _make_run(self, compile: _Compile) -> _RunFn:
        item = compile(self._item)
        sep = None if self._sep is None else compile(self._sep)
        lo, hi = self._min, self._max

        def run(text: str, pos: int, ctx: _Ctx) -> _Run:
            values: list[Any] = []
            while hi is None or len(values) < hi:
                at = pos
                if sep is not None and values:
                    gap = sep(text, at, ctx)
                    if gap is None:
                        break
                    at = gap[1]
                found = item(text, at, ctx)
                if found is None or (found[1] == pos and sep is None):
                    break
                values.append(found[0])
                pos = found[1]
            if len(values) < lo:
                return None
            return values, pos

        return run


def many(parser: Parser[T] | str, min: int = 0, max: int | None = None) -> Parser[list[T]]:
    """Match ``parser`` repeatedly (possessively); the value is a list.

    >>> from finparse.core import many, regex_parser
    >>> many(regex_parser(r"\\d ", lambda s: int(s)), min=1).parse("1 2 3 ")
    [1, 2, 3]
    """
    _check_bounds(min, max)
    return _Many(_as_parser(parser), None, min, max)


def sep_by(
    parser: Parser[T] | str,
    sep: Parser[Any] | str,
    min: int = 0,
    max: int | None = None,
) -> Parser[list[T]]:
    """Match ``parser`` items separated by ``sep``; the value is the items.

    >>> from finparse.core import sep_by, regex_parser
    >>> sep_by(regex_parser(r"\\d+", int), ", ", min=1).parse("5, 10, 15")
    [5, 10, 15]
    """
    _check_bounds(min, max)
    return _Many(_as_parser(parser), _as_parser(sep), min, max)


def _check_bounds(lo: int, hi: int | None) -> None:
    if not isinstance(lo, int) or lo < 0:
        raise ValueError(f"min must be a non-negative int, got {lo!r}")
    if hi is not None and (not isinstance(hi, int) or hi < max(lo, 1)):
        raise ValueError(f"max must be an int >= max(min, 1), got {hi!r}")


class _Look(Wrapper[None]):
    __slots__ = ("_negative",)
    _negative: bool

    def __init__(self, inner: Parser[Any], negative: bool) -> None:
        word = "not followed by" if negative else "followed by"
        super().__init__(inner, f"{word} {inner.description}")
        object.__setattr__(self, "_negative", negative)

    def _scan(self, names: _Namer) -> str:
        op = "?!" if self._negative else "?="
        return f"({op}{names.emit(self._inner)})"

    def _make_run(self, compile: _Compile) -> _RunFn:
        inner = compile(self._inner)
        negative = self._negative

        def run(text: str, pos: int, ctx: _Ctx) -> _Run:
            found = inner(text, pos, ctx) is not None
            return (None, pos) if found != negative else None

        return run


def followed_by(parser: Parser[Any] | str) -> Parser[None]:
    """Succeed, consuming nothing, where ``parser`` would match next.

    >>> from finparse.core import followed_by, seq, regex_parser
    >>> n = seq(regex_parser(r"\\d+", int), followed_by("%")).map(lambda t: t[0])
    >>> [m.value for m in n.finditer("5 and 7%")]
    [7]
    """
    return _Look(_as_parser(parser), negative=False)


def not_followed_by(parser: Parser[Any] | str) -> Parser[None]:
    """Succeed, consuming nothing, where ``parser`` would not match next.

    >>> from finparse.core import not_followed_by, seq, regex_parser
    >>> n = seq(regex_parser(r"\\d+", int), not_followed_by("%")).map(lambda t: t[0])
    >>> [m.value for m in n.finditer("5 and 7%")]
    [5]
    """
    return _Look(_as_parser(parser), negative=True)


# -- anchored scanning ------------------------------------------------------------


class _Anchored(Wrapper[T]):
    """A parser that scans running text from cheap anchors (see :func:`anchored`)."""

    __slots__ = ("_anchor", "_check", "_filter", "_filter_cache", "_lead", "_reach")
    _anchor: tuple[AnchorScan, ...]
    _check: bool
    _filter: Callable[[], str | Callable[[str, int, float | None], bool]] | None
    _filter_cache: regex.Pattern[str] | Callable[[str, int, float | None], bool] | None
    _lead: Callable[[str], bool] | None
    _reach: int

    def __init__(
        self,
        inner: Parser[T],
        anchor: tuple[AnchorScan, ...],
        reach: int,
        lead: Callable[[str], bool] | None,
        filter: Callable[[], str | Callable[[str, int, float | None], bool]] | None,
        check: bool = True,
    ) -> None:
        super().__init__(inner)
        object.__setattr__(self, "_check", check)
        object.__setattr__(self, "_anchor", anchor)
        object.__setattr__(self, "_reach", reach)
        object.__setattr__(self, "_lead", lead)
        object.__setattr__(self, "_filter", filter)
        object.__setattr__(self, "_filter_cache", None)

    def _prepare_own(self) -> None:
        if self._check:
            self._quick()
        for scan in self._anchor:  # (an anchor scan may compile what it reads with)
            prepare = getattr(scan, "prepare", None)
            if callable(prepare):
                prepare()

    def _quick(self) -> regex.Pattern[str] | Callable[[str, int, float | None], bool]:
        # The pattern (or test) that decides, cheaply, where a build is worth trying.
        cached = self._filter_cache
        if cached is None:
            if self._filter is None:
                cached = self._scanner()
            else:
                made = self._filter()
                cached = _compile(made) if isinstance(made, str) else made
            object.__setattr__(self, "_filter_cache", cached)
        return cached

    def _starts(self, text: str, lo: int, at: int) -> list[int]:
        """Where a match containing the anchor at ``at`` may start, in order."""
        lead = self._lead
        if lead is None:
            starts = [t.start() for t in _TOKEN_START.finditer(text, lo, at)]
            starts.append(at)
            return starts
        # Walk back over whitespace-separated tokens while they may lead. A
        # token can also lead after its opening punctuation: "(USD 3465)",
        # "6 % -9 %".
        starts = [at]
        stop = at
        while stop > lo:
            begin = stop
            while begin > lo and not text[begin - 1].isspace():
                begin -= 1
            if begin < stop:
                token = text[begin:stop]
                if not token[0].isalnum():  # (a letter or digit is never punctuation)
                    opened = _strip_punctuation(token)
                    if opened and len(opened) < len(token) and lead(opened):
                        starts.append(stop - len(opened))
                if not lead(token):
                    break
                starts.append(begin)
            stop = begin
            while stop > lo and text[stop - 1].isspace():
                stop -= 1
            if stop == begin and begin < at:
                break
        starts.reverse()
        return starts

    def finditer(
        self, text: str, pos: int = 0, *, timeout: float | None = None
    ) -> Iterator[Match[T]]:
        text = check_text(text)
        timeout = check_timeout(timeout)
        pos = _check_pos(pos)
        quick = self._quick() if self._check else None
        test = None
        if quick is not None and not isinstance(quick, regex.Pattern):
            test, quick = quick, None
        run = self._inner._build_at
        reach = self._reach
        starts_of = self._starts
        anchors = _anchor_starts(self._anchor, text, pos, timeout)
        # Neighbouring anchors walk back over the same starts ("1st 2nd 3rd"
        # has a start at every token for the next six anchors): what the
        # quick check and the build give at a start depends on the text
        # only, so each start is read once, and forgotten once every later
        # anchor is out of its reach.
        ends: dict[int, int] = {}  # start -> end of the quick match there (-1: none)
        built: dict[int, _Run] = {}  # start -> the build there
        order: collections.deque[int] = collections.deque()
        for at in anchors:
            if at < pos:
                continue
            lo = at - reach if at - reach > pos else pos
            while order and order[0] < lo:
                gone = order.popleft()
                ends.pop(gone, None)
                built.pop(gone, None)
            for start in starts_of(text, lo, at):
                end = ends.get(start)
                if end is None:
                    if test is not None:  # a test passed: the build decides
                        end = len(text) + 1 if test(text, start, timeout) else -1
                    elif quick is None:  # no check: the build decides
                        end = len(text) + 1
                    else:
                        m = _match(quick, text, start, timeout)
                        end = -1 if m is None else m.end()
                    ends[start] = end
                    order.append(start)
                if end <= at:
                    continue
                if start in built:
                    found = built[start]
                else:
                    found = built[start] = run(text, start, timeout)
                if found is None or found[1] <= at:
                    continue
                stop = found[1]
                yield Match(found[0], start, stop, text[start:stop])
                pos = stop
                break


def _scan_one(
    pattern: AnchorScan, text: str, pos: int, timeout: float | None
) -> Iterator[regex.Match[str]]:
    if timeout is None:
        return pattern.finditer(text, pos)
    # One bounded search per anchor: a bound on the whole finditer would
    # count the work done between anchors too.
    return searches(pattern, text, pos, timeout)


#: The start of a match (``regex.Match.start``, called without a frame of Python).
_START = operator.methodcaller("start")


def _anchor_starts(
    patterns: tuple[AnchorScan, ...], text: str, pos: int, timeout: float | None
) -> Iterable[int]:
    """Where the anchors ``patterns`` stand for start in ``text`` from ``pos``, in order:
    what one finditer of their alternation finds, from one scan per pattern."""
    if len(patterns) == 1:
        return map(_START, _scan_one(patterns[0], text, pos, timeout))
    spans: Iterable[tuple[int, int]]
    if timeout is not None:
        # each scan bounded (see _scan_one), merged lazily by start
        scans = [_scan_one(p, text, pos, timeout) for p in patterns]
        spans = (m.span() for m in heapq.merge(*scans, key=_START))
    else:
        # every scan read whole at once and the spans sorted by start, then
        # pattern: cheaper than merging the scans lazily
        found: list[tuple[int, int, int]] = []
        for index, pattern in enumerate(patterns):
            found += [(m.start(), index, m.end()) for m in pattern.finditer(text, pos)]
        found.sort()
        spans = [(start, end) for start, _, end in found]
    return _kept_starts(spans, pos)


def _kept_starts(spans: Iterable[tuple[int, int]], pos: int) -> Iterator[int]:
    """The starts of ``spans`` (in order of start, the earlier pattern first
    at equal starts) that the alternation would find: a span that starts
    before the end of the one kept before it is left out, as the alternation
    would never have tried there."""
    last = pos
    for start, end in spans:
        if start < last:
            continue
        yield start
        last = end if end > start else start + 1


def searches(
    pattern: AnchorScan, text: str, pos: int, timeout: float
) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(text, pos)`` finds, each found by its own
    bounded ``search``."""
    end = len(text)
    while pos <= end:
        m = pattern.search(text, pos, timeout=timeout)
        if m is None:
            return
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


class AnchorScan(Protocol):
    """What :func:`anchored` scans with, besides a pattern: an object that
    finds what a compiled pattern's ``finditer`` finds, and searches as its
    ``search`` does, bounded by ``timeout`` (a compiled ``regex`` pattern is
    one). A scan that reads the text more cheaply than its pattern, or not
    at all where the text cannot hold a match, finds the same anchors. A
    scan that compiles what it reads with when a text first needs it may
    have a ``prepare()`` method that compiles it now: :meth:`Parser.prepare`
    calls it.

    >>> import regex
    >>> class Dollars:  # "$" then digits, not looked for in a text without "$"
    ...     pattern = regex.compile(r"\\$\\d+")
    ...     def finditer(self, text, pos=0):
    ...         return self.pattern.finditer(text, pos) if "$" in text else iter(())
    ...     def search(self, text, pos=0, *, timeout=None):
    ...         return self.pattern.search(text, pos, timeout=timeout)
    >>> amount = regex_parser(r"(?:about )?\\$\\d+", lambda s: s)
    >>> [m.value for m in anchored(amount, Dollars(), reach=8).finditer("paid about $5")]
    ['about $5']
    """

    def finditer(self, text: str, pos: int = ...) -> Iterator[regex.Match[str]]:
        """The matches in ``text`` from ``pos``, as ``regex.Pattern.finditer``."""
        ...  # pragma: no cover - a protocol

    def search(
        self, text: str, pos: int = ..., *, timeout: float | None = ...
    ) -> regex.Match[str] | None:
        """The first match in ``text`` from ``pos``, as ``regex.Pattern.search``."""
        ...  # pragma: no cover - a protocol


def _strip_punctuation(token: str) -> str:
    """``token`` without its leading punctuation ("-7" -> "7", "($5" -> "$5")."""
    i = 0
    while i < len(token) and unicodedata.category(token[i]).startswith("P"):
        i += 1
    return token[i:]

#: Where a match may start: a letter or digit that does not continue a word,
#: or any other visible character.
_TOKEN_START = LazyPattern(r"(?<![\p{L}\p{N}\p{M}])[\p{L}\p{N}]|[^\s\p{L}\p{N}\p{M}]")


def anchored(
    parser: Parser[T],
    anchor: str | AnchorScan | Sequence[str | AnchorScan],
    reach: int,
    lead: Callable[[str], bool] | None = None,
    filter: Callable[[], str | Callable[[str, int, float | None], bool]] | None = None,
    check: bool = True,
) -> Parser[T]:
    """``parser``, scanning running text only around matches of ``anchor``.

    Use it when every match of ``parser`` contains a match of the cheap
    pattern ``anchor`` (a digit, say) that starts at most ``reach``
    characters after the match's own start. :meth:`Parser.finditer` then
    finds the anchors in one fast pass and tries ``parser`` only at the
    places before each one where a match could start. ``lead``, when given,
    says whether a whitespace-separated token (or the part of one before the
    anchor) can come before the anchor inside a match; the scan then walks
    back token by token instead of trying every word start within
    ``reach``. ``anchor`` may also be a sequence of patterns that stand for
    their alternation (``"a|b"`` as ``("a", "b")``): each is scanned on its
    own, which is faster when one of them is slow to scan for, and the
    anchors found are those of the alternation. In place of a pattern, an
    :class:`AnchorScan` (an object with a compiled pattern's ``finditer``
    and ``search``) scans as that pattern would, and may read the text more
    cheaply. ``filter``, when given, returns a regex that matches at
    least wherever ``parser`` does (it may match more); it is compiled on
    first use and tried before the full parser, to skip hopeless places
    quickly. ``filter`` may instead return a test ``(text, pos, timeout)
    -> bool``, true at least wherever a match of ``parser`` starts at
    ``pos`` (``timeout`` bounds the regex calls it makes, as in
    :meth:`Parser.finditer`): a long word list checked against a set is
    cheaper to build than a pattern of the words. With ``check=False``,
    nothing is tried before the build: where builds fail quickly, checking
    first costs more than it saves, and no scanning pattern is compiled.
    :meth:`Parser.parse` is unchanged.

    >>> from finparse.core import anchored, regex_parser
    >>> amount = regex_parser(r"(?:about )?\\$\\d+", lambda s: s)
    >>> fast = anchored(amount, r"\\d", reach=8)
    >>> [m.value for m in fast.finditer("paid about $5 and $7")]
    ['about $5', '$7']
    >>> apart = anchored(amount, (r"\\d", r"\\babout\\b"), reach=8)
    >>> [m.value for m in apart.finditer("paid about $5 and $7")]
    ['about $5', '$7']
    >>> def test():  # where a match may start: "$" or the word "about"
    ...     return lambda text, pos, timeout: text.startswith(("$", "about "), pos)
    >>> tested = anchored(amount, r"\\d", reach=8, filter=test)
    >>> [m.value for m in tested.finditer("paid about $5 and $7")]
    ['about $5', '$7']
    """
    if not isinstance(reach, int) or reach < 0:
        raise ValueError(f"reach must be a non-negative int, got {reach!r}")
    given: Any = anchor  # (a pattern, a scan, or a sequence of these)
    patterns: tuple[Any, ...] = (given,) if isinstance(given, str) or _is_scan(given) else tuple(given)
    if not patterns:
        raise ValueError("anchored() needs at least one anchor pattern")
    compiled: list[AnchorScan] = []
    for one in patterns:
        if not isinstance(one, str) and _is_scan(one):
            compiled.append(one)
            continue
        try:
            with collector_paused():
                compiled.append(regex.compile(one))
        except (regex.error, TypeError) as exc:
            raise ValueError(f"invalid anchor pattern {one!r}: {exc}") from None
    return _Anchored(parser, tuple(compiled), reach, lead, filter, check)


def _is_scan(anchor: object) -> bool:
    """Whether ``anchor`` is an :class:`AnchorScan` (not a sequence of them)."""
    return callable(getattr(anchor, "finditer", None)) and callable(getattr(anchor, "search", None))


#: Combinators whose matches start where their one inner parser's do.
_SAME_START: frozenset[type] = frozenset((Wrapper, _Bind, _Map, _Combine, _Described, _Spanned))
