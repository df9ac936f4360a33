"""What a regular expression can start with, among ASCII characters.

:func:`first_chars` reads the source of a ``regex`` pattern and says which
ASCII characters a match of it can begin with, and whether it can match
without beginning with one of them (it can match empty, or its first
character may be outside ASCII). It is a necessary condition, never a
sufficient one: lookbehinds, negative lookaheads and word boundaries are
passed over as if absent, so the set can only be too large. A positive
lookahead stands for what it looks for: ``(?=[ab])\\w+`` starts with "a" or
"b". Whatever the reading does not know (back-references, subroutine calls,
conditionals, a flag other than ``imsuaw``, an unknown property) gives
``None``: any character.

Only the start of each alternative is read: once a part that must consume a
character is found, the rest of the alternative is skipped in one ``regex``
call, so a long pattern costs about as much as the number of its top-level
choices.

:func:`finparse.core.alt` uses it to try, where the next character is ASCII,
only the choices that can start with it.

>>> sorted(first_chars(r"(?i:over|in)\\s+\\d")[0])
['I', 'O', 'i', 'o']
>>> sorted(first_chars(r"(?:the\\s+)?(?P<n>[0-2]+)")[0])
['0', '1', '2', 't']
>>> chars, nullable = first_chars(r"[a-c]*")
>>> sorted(chars), nullable
(['a', 'b', 'c'], True)
>>> first_chars(r"(a)?\\1") is None  # a back-reference: not followed
True
"""

from __future__ import annotations

import functools
import string
import unicodedata
from collections.abc import Iterable

import regex

__all__ = ["First", "first_chars", "item_chars", "sequence", "union"]

#: The ASCII characters a pattern's matches can start with, and whether it
#: can also match without starting with one of them; ``None``: anything.
First = tuple[frozenset[str], bool] | None

_ASCII = tuple(chr(i) for i in range(128))
_ALL = frozenset(_ASCII)
#: An escape's body that names a property ("p{L}", "PL").
_PROPERTY = r"[pP]\{[^}]*+\}|[pP][A-Za-z]"
#: An escape's body that gives one character by its code or name ("x41",
#: "u00a0", "N{DIGIT ONE}", "0").
_CODE = r"x\{[0-9A-Fa-f]++\}|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|N\{[^}]*+\}|0[0-7]{0,2}"
#: A class ("[a-z]", "[^\\]x]"), as version 0 reads one (no nested sets).
_CLASS = r"\[\^?\]?(?:\[:\^?[a-z]++:\]|\\.|[^\]\\])*+\]"


@functools.cache
def _token() -> regex.Pattern[str]:
    """One token of a pattern (the regex module's syntax, version 0); each
    pattern here is compiled on first use, not on import."""
    return regex.compile(
        rf"(?P<cls>{_CLASS})"
        rf"|(?P<esc>\\(?:{_PROPERTY}|{_CODE}|[gL]<[^>]*+>|[1-9][0-9]*+|.))"
        r"|(?P<open>\((?:\?(?:P?<[A-Za-z_][A-Za-z0-9_]*+>|<=|<!|[=!>:|]|\#[^)]*+|P[=>][^)]*+|&[^)]*+"
        r"|\(DEFINE\)|\(|R|[-+]?[0-9]++|[a-zA-Z]*+(?:-[a-zA-Z]++)?[:)]))?)"
        r"|(?P<close>\))"
        r"|(?P<bar>\|)"
        r"|(?P<quant>(?:[*+?]|\{[0-9]*+(?:,[0-9]*+)?\})[?+]?)"
        r"|(?P<lit>.)",
        regex.DOTALL,
    )


@functools.cache
def _rest() -> regex.Pattern[str]:
    """The rest of an alternative from where it stands: up to the next "|"
    or ")" of its own group, or the end (nested groups are read whole)."""
    return regex.compile(
        rf"(?:[^\\()\[|]++|\\.|{_CLASS}|(?P<g>\((?:[^\\()\[]++|\\.|{_CLASS}|(?&g))*+\)))*+",
        regex.DOTALL,
    )


@functools.cache
def _flag_group() -> regex.Pattern[str]:
    """A group of inline flags with no scope ("(?i)"), not escaped: in
    version 0 its flags hold for the whole pattern, wherever it stands."""
    return regex.compile(r"(?<!\\)(?:\\\\)*+\(\?([-a-zA-Z]*+)\)")


#: Inline flags that leave the first characters as the text reads them
#: (``i`` is followed; the others change no single character's match).
_PLAIN_FLAGS = frozenset("imsuaw")
#: Escapes that match no character (boundaries).
_ZERO_WIDTH = frozenset(("\\b", "\\B", "\\A", "\\Z", "\\z", "\\G", "\\m", "\\M"))
#: Escapes of one character each.
_CONTROL = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "e": "\x1b"}
_SPACE = frozenset(" \t\n\r\f\v")
#: ASCII characters whose status as space differs between definitions:
#: counted on both sides.
_MAYBE_SPACE = frozenset("\x1c\x1d\x1e\x1f")
_DIGITS = frozenset(string.digits)
_WORD = frozenset(string.ascii_letters + string.digits + "_")
#: The other characters each ASCII letter matches without regard to case
#: (the Kelvin sign and the long s fold to "k" and "s").
_FOLDS = {"k": "\u212a", "s": "\u017f"}


class _Any(Exception):
    """Raised inside the reading: the pattern may start with any character."""


def union(firsts: Iterable[First]) -> First:
    """The first characters of an alternation of patterns with ``firsts``.

    >>> union([(frozenset("a"), False), (frozenset("b"), True)]) == (frozenset("ab"), True)
    True
    >>> union([(frozenset("a"), False), None]) is None
    True
    """
    chars: set[str] = set()
    nullable = False
    for first in firsts:
        if first is None:
            return None
        chars |= first[0]
        nullable = nullable or first[1]
    return frozenset(chars), nullable


def sequence(firsts: Iterable[First]) -> First:
    """The first characters of a sequence of patterns with ``firsts``, read
    only up to the first part that cannot match empty (pass a generator to
    leave the rest uncomputed).

    >>> sequence([(frozenset("a"), True), (frozenset("b"), False), None]) == (frozenset("ab"), False)
    True
    """
    chars: set[str] = set()
    for first in firsts:
        if first is None:
            return None
        chars |= first[0]
        if not first[1]:
            return frozenset(chars), False
    return frozenset(chars), True


@functools.lru_cache(maxsize=4096)
def first_chars(pattern: str) -> First:
    """The first characters of ``pattern`` (see the module's doc), or None."""
    ci = False
    for m in _flag_group().finditer(pattern):
        flags = m.group(1)
        if not flags or "-" in flags or not set(flags) <= _PLAIN_FLAGS:
            return None
        ci = ci or "i" in flags
    try:
        reader = _Reader(pattern)
        found = reader.alternation(ci)
    except _Any:
        return None
    if reader.at != len(pattern):  # an unbalanced ")"
        return None
    return found


class _Reader:
    """A recursive-descent reading of the start of each alternative."""

    __slots__ = ("at", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.at = 0

    def token(self) -> tuple[str, str] | None:
        m = _token().match(self.pattern, self.at)
        if m is None:
            return None
        return m.lastgroup or "lit", m.group()

    def alternation(self, ci: bool) -> First:
        branches = [self.branch(ci)]
        while self.pattern.startswith("|", self.at):
            self.at += 1
            branches.append(self.branch(ci))
        return union(branches)

    def branch(self, ci: bool) -> First:
        chars: set[str] = set()
        while True:
            token = self.token()
            if token is None or token[0] in ("bar", "close"):
                return frozenset(chars), True
            self.at += len(token[1])
            atom = self.atom(token, ci)
            after = self.token()
            if after is not None and after[0] == "quant":
                self.at += len(after[1])
                if atom is not None and _may_repeat_none(after[1]):
                    atom = (atom[0], True)
            if atom is None:
                raise _Any
            chars |= atom[0]
            if not atom[1]:
                # the rest of the alternative cannot change how it starts
                end = _rest().match(self.pattern, self.at)
                self.at = self.at if end is None else end.end()
                return frozenset(chars), False

    def atom(self, token: tuple[str, str], ci: bool) -> First:
        kind, text = token
        if kind == "open":
            return self.group(text, ci)
        if kind == "quant":  # a quantifier with nothing to repeat
            raise _Any
        if kind == "esc" and text in _ZERO_WIDTH:
            return frozenset(), True
        if kind == "lit" and text in ("^", "$"):
            return frozenset(), True
        if kind == "lit" and text == ".":
            return _ALL, False
        chars = item_chars(text, ci)
        if chars is None:
            raise _Any
        # a character outside ASCII may start it too: the caller tries it there
        return chars, False

    def group(self, opening: str, ci: bool) -> First:
        inner_ci = ci
        zero = False
        if opening.startswith("(?"):
            head = opening[2:]
            if head.startswith(("!", "<=", "<!", "#")):
                zero = True
            elif head.startswith("(DEFINE)"):
                zero = True  # definitions: the group itself matches nothing
            elif head.startswith(("(", "P=", "P>", "&", "R")) or head[:1].isdigit() or head[:1] in "+-":
                raise _Any  # conditionals, back-references, subroutine calls
            elif head.endswith(")"):  # "(?i)": read for the whole pattern
                return frozenset(), True
            elif head.endswith(":") and head != ":":
                on, _, off = head[:-1].partition("-")
                if not set(on + off) <= _PLAIN_FLAGS:
                    raise _Any
                inner_ci = (ci or "i" in on) and "i" not in off
        found = self.alternation(inner_ci)
        if not self.pattern.startswith(")", self.at):
            raise _Any  # unbalanced
        self.at += 1
        return (frozenset(), True) if zero else found


def _may_repeat_none(quantifier: str) -> bool:
    """Whether ``quantifier`` allows no repetition ("*", "?", "{0,3}", "{,2}")."""
    q = quantifier.rstrip("?+") if quantifier[0] == "{" else quantifier[0]
    if q in ("*", "?"):
        return True
    if q == "+":
        return False
    low = q[1:-1].partition(",")[0]
    return not low or int(low) == 0


#: The characters an item is read on: ASCII and the two others that fold to
#: an ASCII letter.
_UNIVERSE = frozenset(_ASCII) | {"\u212a", "\u017f"}


@functools.lru_cache(maxsize=4096)
def item_chars(item: str, ci: bool = False) -> frozenset[str] | None:
    """The ASCII characters that ``item``, a pattern of one character (a
    literal, an escape or a class), matches; with ``ci``, regardless of
    case. None where this reading does not know.

    >>> sorted(item_chars(r"[a-c\\d]"))
    ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c']
    >>> sorted(item_chars("q", ci=True))
    ['Q', 'q']
    """
    base = _class_set(item[1:-1]) if item.startswith("[") else _one_set(item)
    if base is None:
        return None
    if ci:
        chars = frozenset(
            c for c in _ASCII if c in base or c.swapcase() in base or _FOLDS.get(c.lower()) in base
        )
    else:
        chars = base & _ALL
    if "\\s" in item or "\\S" in item:
        chars |= _MAYBE_SPACE  # (whichever way a definition of space counts them)
    return chars


def _one_set(item: str) -> frozenset[str] | None:
    """The characters of :data:`_UNIVERSE` a literal or an escape outside a class matches."""
    if not item.startswith("\\"):
        return frozenset((item,)) & _UNIVERSE
    body = item[1:]
    if body in _ESCAPE_SETS:
        return _ESCAPE_SETS[body]
    if body[:1] in ("p", "P"):
        return _property(body)
    char = _escaped_char(body)
    return None if char is None else frozenset((char,)) & _UNIVERSE


#: ``\d``, ``\w``, ``\s`` and their complements, on :data:`_UNIVERSE`
#: (``\w`` holds the Kelvin sign and the long s: letters).
_ESCAPE_SETS = {
    "d": _DIGITS,
    "D": _UNIVERSE - _DIGITS,
    "w": _WORD | {"\u212a", "\u017f"},
    "W": _UNIVERSE - _WORD - {"\u212a", "\u017f"},
    "s": _SPACE | _MAYBE_SPACE,
    "S": _UNIVERSE - _SPACE,
}


#: General categories and their one-letter groups.
_CATEGORIES = frozenset(
    "L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So "
    "Z Zs Zl Zp C Cc Cf Cs Co Cn".split()
)
_PROPERTY_NAMES = {"LC": ("Lu", "Ll", "Lt"), "L&": ("Lu", "Ll", "Lt")}


@functools.lru_cache(maxsize=256)
def _property(body: str) -> frozenset[str] | None:
    """The characters of :data:`_UNIVERSE` in ``\\p{X}``, ``\\P{X}``, ``\\pL``...
    (general categories only)."""
    negate = body[0] == "P"
    name = body[2:-1] if body[1:2] == "{" else body[1:]
    if name.startswith("^"):
        negate, name = not negate, name[1:]
    name = name.removeprefix("gc=").removeprefix("General_Category=")
    if name in _PROPERTY_NAMES:
        wanted: tuple[str, ...] = _PROPERTY_NAMES[name]
    elif name in _CATEGORIES:
        wanted = (name,)
    else:
        return None
    return frozenset(
        c for c in _UNIVERSE
        if (unicodedata.category(c) in wanted or unicodedata.category(c)[0] in wanted) != negate
    )


def _escaped_char(body: str) -> str | None:
    """The character an escape stands for ("x41", "u00a0", ".", "t"), or None."""
    if body in _CONTROL:
        return _CONTROL[body]
    if body[:1] in ("x", "u", "U") and len(body) > 1:
        digits = body[2:-1] if body[1] == "{" else body[1:]
        try:
            return chr(int(digits, 16))
        except ValueError:
            return None
    if body[:1] == "0":
        return chr(int(body, 8))
    if body[:2] == "N{":
        try:
            return unicodedata.lookup(body[2:-1])
        except KeyError:
            return None
    if len(body) == 1 and not body.isalnum():
        return body  # an escaped sign: itself
    return None


@functools.cache
def _member() -> regex.Pattern[str]:
    """One member of a class: a range, an escape or a character."""
    return regex.compile(
        r"(?P<posix>\[:\^?[a-z]++:\])"
        rf"|(?P<a>\\(?:{_PROPERTY}|{_CODE}|.)|.)"
        rf"(?:-(?P<b>\\(?:{_CODE}|.)|[^\]]))?",
        regex.DOTALL,
    )


def _class_set(body: str) -> frozenset[str] | None:
    """The characters of :data:`_UNIVERSE` a class's contents (between its brackets) match."""
    negate = body.startswith("^")
    if negate:
        body = body[1:]
    chars: set[str] = set()
    at = 0
    while at < len(body):
        m = _member().match(body, at)
        if m is None or m.group("posix"):
            return None
        at = m.end()
        a, b = m.group("a"), m.group("b")
        if b is not None:
            low, high = _class_char(a), _class_char(b)
            if low is None or high is None:
                return None
            chars.update(c for c in _UNIVERSE if low <= c <= high)
            continue
        if a.startswith("\\") and len(a) > 1 and (a[1:] in _ESCAPE_SETS or a[1] in "pP"):
            found = _one_set(a)
            if found is None:
                return None
            chars |= found
            continue
        char = _class_char(a)
        if char is None:
            return None
        chars.add(char)
    return _UNIVERSE - chars if negate else frozenset(chars) & _UNIVERSE


def _class_char(member: str) -> str | None:
    """The character a member of a class stands for ("\\b" is a backspace there)."""
    if not member.startswith("\\"):
        return member if len(member) == 1 else None
    if member == "\\b":
        return "\b"
    return _escaped_char(member[1:])
