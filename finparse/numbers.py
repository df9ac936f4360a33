"""Numbers as financial prose writes them, read to exact Decimals.

Digits with any of the common grouping conventions (``1,234,567.89``,
``1.234.567,89``, ``1 234 567,89`` with ordinary, no-break or thin spaces,
``1'234``, Indian ``12,34,567``), decimals (``.5``), signs (``-3``, ``+3``,
``minus 5``), number words (``forty-two``, ``one hundred and five``,
``half a million``, ``two and a half``) and scale words or suffixes
(``thousand``, ``mln``, ``bn``, ``16.3mn``, ``$54K``, ``lakh``, ``crore``).

One number is ambiguous in isolation: a single separator followed by exactly
three digits (``1,234`` or ``1.234``). finparse reads it by a fixed,
documented rule and says so (:attr:`Reading.ambiguous`): a comma groups
thousands and a dot is a decimal point, unless the caller says otherwise
(``decimal_mark``) or the context does (a currency without minor units, such
as the yen or the rupiah, reads ``1.234`` as 1234).

>>> from finparse.numbers import number
>>> number.parse("16.3 million")
Decimal('16300000')
>>> number.parse("1.234.567,89")
Decimal('1234567.89')
>>> number.parse("one hundred and five")
Decimal('105')
>>> number.parse("minus 5")
Decimal('-5')
>>> [m.value for m in number.finditer("rose 3.5% to 12,34,567 rupees")]
[Decimal('3.5'), Decimal('1234567')]
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

import regex

from finparse import vocabulary
from finparse._lazy import lazy_attributes
from finparse.core import Captures, Parser, Reject, regex_parser, trie_pattern

__all__ = [
    "DecimalMark",
    "Numeral",
    "Reading",
    "digits",
    "number",
    "number_words",
    "numeral",
    "read_digits",
    "read_words",
    "scale",
    "scale_words",
]

DecimalMark = Literal["auto", ".", ","]
_DECIMAL_MARKS = ("auto", ".", ",")

# -- digits ---------------------------------------------------------------------

_SPACES = "[ \u00a0\u202f\u2009]"
#: A run of digits in one grouping convention. Every alternative is
#: possessive and the whole is atomic, so it is linear in the input. The
#: grouped conventions are tried only where a group separator follows the
#: first one to three digits (a lookahead that each of them needs anyway), so
#: a plain "1986" does not try all five in turn.
DIGITS = (
    r"(?<!\p{N})(?<!\p{N}[.,'])"
    r"(?>"
    rf"(?=\d{{1,3}}(?:[,.'\u2019]|{_SPACES})\d)(?>"
    r"\d{1,2}(?:,\d\d(?=,))++,\d{3}(?!\d)(?:\.\d++)?"  # Indian 12,34,567.8
    r"|\d{1,3}(?:,\d{3})++(?!\d)(?:\.\d++)?"  # 1,234,567.89
    r"|\d{1,3}(?:\.\d{3})++(?!\d)(?:,\d++|,-)?"  # 1.234.567,89
    rf"|\d{{1,3}}(?:{_SPACES}\d{{3}})++(?!\d)(?:[.,]\d++|,-)?"  # 1 234 567,89
    r"|\d{1,3}(?:['\u2019]\d{3})++(?!\d)(?:[.,]\d++)?"  # 1'234.5
    r")"
    r"|\d++(?:[.,]\d++|[.,]-| \.\d++)?"  # 1234.5, 12,5, 50,-, newswire "320 .1"
    r"|\.\d++"  # .5
    r")"
    r"(?![.,]\d)"
)


@dataclass(frozen=True, slots=True)
class Reading:
    """The value of a numeral and how sure the reading is.

    Attributes:
        value: the number, exact.
        ambiguous: the digits could also be read another way (``1,234``
            as 1.234); ``alternative`` is that other value.
        alternative: the other reading, or ``None``.
        integral: the numeral was written without a fractional part.
    """

    value: Decimal
    ambiguous: bool = False
    alternative: Decimal | None = None
    integral: bool = True


def check_mark(decimal_mark: str) -> None:
    if decimal_mark not in _DECIMAL_MARKS:
        raise ValueError(
            f"decimal_mark must be one of {', '.join(map(repr, _DECIMAL_MARKS))}; "
            f"got {decimal_mark!r}"
        )


def read_digits(
    text: str, decimal_mark: DecimalMark = "auto", *, no_decimals: bool = False
) -> Reading:
    """Read a digit string with separators.

    ``decimal_mark`` settles the one ambiguous shape, a single ``,`` or
    ``.`` followed by exactly three digits: ``"auto"`` reads a comma as
    grouping and a dot as a decimal point; ``"."`` or ``","`` names the
    decimal mark. ``no_decimals`` says the amount is in a currency without
    minor units, so ``1.234`` groups thousands. Raises :class:`ValueError`
    when ``text`` is not a numeral.

    >>> from finparse.numbers import read_digits
    >>> read_digits("1,234")
    Reading(value=Decimal('1234'), ambiguous=True, alternative=Decimal('1.234'), integral=True)
    >>> read_digits("1,234", decimal_mark=",").value
    Decimal('1.234')
    >>> read_digits("31.500", no_decimals=True).value
    Decimal('31500')
    >>> read_digits("1 234 567,89").value
    Decimal('1234567.89')
    """
    check_mark(decimal_mark)
    if text.isascii():
        if text.isdigit():  # (the usual numeral: plain digits)
            return Reading(Decimal(text))
        s = text.translate(_ASCII_OTHERS)
    else:
        s = "".join(ch for ch in text if ch.isdigit() or ch in ".,")
    if s.endswith((",", ".")) and text.rstrip().endswith("-"):
        # "50,-" / "1.198,-": no minor units written, and the mark before the
        # dash is the decimal mark, so the other separator groups thousands.
        mark = s[-1]
        s = s[:-1].replace("." if mark == "," else ",", "")
    if not s or not any(ch.isdigit() for ch in s):
        raise ValueError(f"not a numeral: {text!r}")
    if not s[0].isdigit():
        s = "0" + s
    commas, dots = s.count(","), s.count(".")
    try:
        if not commas and not dots:
            return Reading(Decimal(s))
        if commas and dots:
            mark = "," if s.rfind(",") > s.rfind(".") else "."
            group = "." if mark == "," else ","
            if s.count(mark) > 1:
                raise ValueError(f"not a numeral: {text!r}")
            return _decimal(s.replace(group, ""), mark)
        sep = "," if commas else "."
        if s.count(sep) > 1:  # repeated: grouping
            return Reading(Decimal(s.replace(sep, "")))
        head, tail = s.split(sep)
        if len(tail) != 3 or head == "0":
            return _decimal(s, sep)
        grouped = Decimal(head + tail)
        as_decimal = Decimal(head + "." + tail)
        if decimal_mark == "auto":
            groups = sep == "," or no_decimals
        else:
            groups = sep != decimal_mark
        if groups:
            return Reading(grouped, True, as_decimal, True)
        return Reading(as_decimal, True, grouped, False)
    except InvalidOperation:
        raise ValueError(f"not a numeral: {text!r}") from None


#: Deletes the ASCII characters that are neither digits nor "." or "," (what
#: read_digits keeps of a numeral).
_ASCII_OTHERS = str.maketrans("", "", "".join(
    chr(i) for i in range(128) if not (chr(i).isdigit() or chr(i) in ".,")))


def _decimal(s: str, mark: str) -> Reading:
    value = Decimal(s.replace(mark, "."))
    return Reading(value, integral=False)


# -- number words -----------------------------------------------------------------

#: Scale forms from ``data/scales.tsv``: form -> (multiplier, case-sensitive)
#: (read by :mod:`finparse.vocabulary`, whose function this is).
scale_words = vocabulary.scale_words


@functools.cache
def digit_words() -> tuple[str, ...]:
    """The number words of a single digit ("zero" to "nine"): spelled decimals.

    >>> from finparse.numbers import digit_words
    >>> "zero" in digit_words() and "nine" in digit_words() and "ten" not in digit_words()
    True
    """
    return tuple(w for w, n in vocabulary.number_words().items() if n < 10)


@functools.cache
def number_word_forms() -> tuple[str, ...]:
    """The words a number in words is made of (see :func:`words_fragment`):
    the number words, "hundred", "half" and the word scales, in that order.

    >>> from finparse.numbers import number_word_forms
    >>> all(w in number_word_forms() for w in ("seven", "hundred", "half", "million"))
    True
    """
    return (*vocabulary.number_words(), "hundred", "half", *vocabulary.word_scales())


#: Between two number words, or a word and "point": spaces or a hyphen.
_JOIN = r"(?:[ \t]{1,3}|[ \t]{0,3}-[ \t]{0,3})"


@functools.cache
def _point() -> str:
    """The decimals of a spelled decimal: "point" then one to six digit words
    ("twelve-point-one", "three point two five")."""
    return rf"point(?:{_JOIN}(?:{'|'.join(digit_words())})(?!\p{{L}})){{1,6}}+"


#: A word scale a quarter may be of ("a quarter of a million").
QUARTER_SCALE = r"(?:thousand|(?:m|b|tr)illion)(?!\p{L})"
#: "quarter(s)" after "a", "one" or "three": before a word scale ("a quarter
#: million", "three quarters of a billion", "a quarter-million") or after
#: "and" ("two and a quarter", "one and three-quarter billion"). Never
#: alone: "a quarter" and "one quarter" are usually a fiscal quarter.
_QUARTER = (
    r"(?<=(?<![\p{L}-])(?:an?|one|three)[ \t-]{1,3})quarters?(?!\p{L})"
    rf"(?:(?:[ \t]{{1,3}}of[ \t]{{1,3}}an?)?+(?=[ \t-]{{1,3}}{QUARTER_SCALE})"
    r"|(?<=and[ \t]{1,3}(?:an?|one|three)[ \t-]{1,3}quarters?))"
)


@functools.cache
def words_fragment() -> str:
    """The regex for number words (case-insensitive, linear).

    It accepts any run of number words; :func:`read_words` checks that the
    run is a well-formed number ("one and two" is not). Spelled decimals
    ("eight-point-five") and quarters of a scale ("a quarter of a million",
    "two and a quarter billion") are number words too.

    >>> import regex
    >>> from finparse.numbers import words_fragment
    >>> pattern = regex.compile(words_fragment())
    >>> pattern.search("some eight-point-five billion dollars").group()
    'eight-point-five billion'
    >>> pattern.search("up one and three-quarter billion").group()
    'one and three-quarter billion'
    """
    word_scales = vocabulary.word_scales()
    word = trie_pattern(number_word_forms())
    a = _a_number()
    # "and" joins words only after "hundred" or a scale word ("one hundred
    # and five") or before "a half" or a quarter; "between five and six" is
    # two numbers.
    scales = "|".join(["hundred", *word_scales])
    joint = (
        rf"(?:[ \t]{{0,3}}-[ \t]{{0,3}}|[ \t]{{0,3}},[ \t]{{1,3}}"
        rf"|(?<=(?i:{scales}))[ \t]{{1,3}}and[ \t]{{1,3}}"
        r"|[ \t]{1,3}and[ \t]{1,3}(?=an?[ \t]{1,3}half(?!\p{L})|(?:an?|one|three)[ \t-]{1,3}quarter)"
        r"|[ \t]{1,3})"
    )
    part = f"(?:{word}|{a}|{_point()}|{_QUARTER})"
    # At most 15 more words: well-formed numbers are shorter, and the bound
    # keeps "million million million..." from being read whole at each word.
    return rf"(?i:(?<!\p{{L}})(?:{word}|{a})(?:{joint}{part}){{0,15}}+)"


@functools.cache
def words_start() -> str:
    """A regex that matches wherever :func:`words_fragment` can: its first word.

    Much shorter than the fragment (quick to compile), as a guard before it.

    >>> import regex
    >>> from finparse.numbers import words_start
    >>> [bool(regex.match(words_start(), t)) for t in ("Forty-two", "a million", "a 5", "about")]
    [True, True, False, False]
    """
    # (the words' first two letters will do: a trie of the words compiles slowly)
    heads = "|".join(sorted({regex.escape(w[:2]) for w in number_word_forms()}))
    return rf"(?i:(?<!\p{{L}})(?:{heads}|{_a_number()}))"


def _a_number() -> str:
    """"a" or "an" as a number word: before "hundred", "half", "quarter" or a scale word."""
    return r"an?(?=[ \t]{1,3}(?:hundred|half|quarter|" + "|".join(vocabulary.word_scales()) + r")(?!\p{L}))"


def read_words(text: str) -> Decimal:
    """The value of English number words.

    Raises :class:`ValueError` when the words are not one well-formed
    number ("one two", "million five hundred thousand"). Spelled decimals
    ("three point two", "12-point-one") and quarters ("a quarter of a
    million", "one and three-quarter billion") are read exactly.

    >>> from finparse.numbers import read_words
    >>> read_words("forty-two"), read_words("half a million")
    (Decimal('42'), Decimal('500000'))
    >>> read_words("one billion two hundred million")
    Decimal('1200000000')
    >>> read_words("eight-point-five billion"), read_words("12-point-one")
    (Decimal('8500000000'), Decimal('12.1'))
    >>> read_words("a quarter of a million"), read_words("two and three quarters")
    (Decimal('250000'), Decimal('2.75'))
    >>> read_words("one and two")
    Traceback (most recent call last):
      ...
    ValueError: not a number: 'one and two'
    """
    tokens = text.lower().replace("-", " ").replace(",", " ").split()
    scales = vocabulary.word_scales()
    small_words = vocabulary.number_words()
    total = Decimal(0)
    current = Decimal(0)
    factor = Decimal(1)
    last = ""  # the class of the previous token
    last_scale = None
    bad = ValueError(f"not a number: {text!r}")
    if tokens in (["a"], ["an"]):
        raise bad
    if tokens and tokens[0].isdigit() and tokens[0].isascii():
        # digits before spelled decimals: "12-point-one"
        if tokens[1:2] != ["point"]:
            raise bad
        current = Decimal(tokens[0])
        last = "unit"
        tokens = tokens[1:]
    i = 0
    while i < len(tokens):
        token = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if last in ("point", "fraction-scale"):
            # after spelled decimals or a fraction only a scale may come
            if token not in scales or last == "fraction-scale":
                raise bad
        if token == "and":
            if last in ("", "and"):
                raise bad
            last = "and" if last in ("hundred", "scale") else "and-" + last
            i += 1
            continue
        if token == "point":
            if last not in ("unit", "teen", "tens", "hundred") or last_scale is not None:
                raise bad
            places = 0
            while i + 1 < len(tokens) and tokens[i + 1] in digit_words():
                i += 1
                places += 1
                current += Decimal(small_words[tokens[i]]).scaleb(-places)
            if not places:
                raise bad
            last = "point"
            i += 1
            continue
        if nxt in ("quarter", "quarters") and token in ("a", "an", "one", "three"):
            # "a quarter (of a) million", "two and three-quarters"
            if not last.startswith("and-") and last != "":
                raise bad
            current += Decimal("0.75") if token == "three" else Decimal("0.25")
            i += 2
            if tokens[i : i + 1] == ["of"]:
                if tokens[i + 1 : i + 2] not in (["a"], ["an"]) or tokens[i + 2 : i + 3] == []:
                    raise bad
                i += 2
            last = "point"
            continue
        if token in ("a", "an"):
            if nxt == "half":
                if not last.startswith("and-") and last != "":
                    raise bad
                current += Decimal("0.5")
                last = "half"
                i += 2
                continue
            if last not in ("", "scale", "and", "lead-half"):
                raise bad
            current += 1
            last = "unit"
        elif token == "half":
            if last != "":
                raise bad
            factor = Decimal("0.5")
            last = "lead-half"
        elif token in small_words:
            small = small_words[token]
            kind = "tens" if small >= 20 and small % 10 == 0 else "unit" if small < 10 else "teen"
            if last in ("unit", "teen", "half") or (last == "tens" and kind != "unit"):
                raise bad
            if last.startswith("and-"):
                raise bad
            current += small
            last = kind
        elif token == "hundred":
            if last not in ("unit", "teen", "tens") or current >= 100:
                raise bad
            current *= 100
            last = "hundred"
        elif token in scales:
            if last in ("", "and") or (last_scale is not None and scales[token] >= last_scale):
                if not (last == "lead-half" or (last == "unit" and current)):
                    raise bad
            if last_scale is not None and scales[token] >= last_scale:
                raise bad
            total += (current or 1) * scales[token]
            current = Decimal(0)
            last_scale = scales[token]
            last = "fraction-scale" if last == "point" else "scale"
        else:
            raise bad
        i += 1
    if last in ("and", "lead-half") or last.startswith("and-"):
        raise bad
    value = Decimal(total + current) * factor
    return value.quantize(1) if value == value.to_integral_value() else value.normalize()


# -- the parsers ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Numeral:
    """A number as written, before context decides how to read it.

    Attributes:
        text: the numeral as written (digits or words, no scale).
        words: True for number words ("forty-two").
    """

    text: str
    words: bool

    def read(self, decimal_mark: DecimalMark = "auto", *, no_decimals: bool = False) -> Reading:
        """The :class:`Reading` of this numeral (see :func:`read_digits`)."""
        if self.words:
            value = read_words(self.text)
            return Reading(value, integral=value == value.to_integral_value())
        return read_digits(self.text, decimal_mark, no_decimals=no_decimals)


def _numeral(c: Captures) -> Numeral:
    return Numeral(c.text, c["d"] is None)


@functools.cache
def numeral_fragment() -> str:
    """Regex of a numeral: digits (group ``d``) or number words."""
    # digits before spelled decimals ("12-point-one") are read as words
    return (
        rf"(?:(?<!\p{{N}})(?<!\p{{N}}[.,'])\d{{1,3}}(?i:{_JOIN}{_point()})"
        rf"|(?P<d>{DIGITS})|{words_fragment()})"
    )


def scale_fragment() -> str:
    """Regex of a scale form (case rules from the table; see
    :func:`finparse.vocabulary.unit_pattern`)."""
    return vocabulary.unit_pattern("scale")


def scale_value(text: str) -> int:
    """The multiplier of a scale form as written (``"bn"`` -> 10**9)."""
    table = scale_words()
    key = " ".join(text.split())
    hit = table.get(key) or table.get(key.lower())
    if hit is None or (hit[1] and key not in table):
        raise ValueError(f"not a scale word: {text!r}")
    return hit[0]


def _number(c: Captures) -> Decimal:
    try:
        value = Numeral(c["n"] or "", c["d"] is None).read().value
        if c["sc"]:
            value = (value * scale_value(c["sc"])).normalize()
            value = value.quantize(1) if value == value.to_integral_value() else value
    except ValueError:
        raise Reject from None
    sign = (c["sign"] or "").strip().lower()
    return -value if sign in ("-", "\u2212", "minus") else value


def _make_number() -> Parser[Decimal]:
    pattern = (
        r"(?P<sign>[-\u2212+](?=[\d.])|(?i:minus|plus)\s+)?"
        rf"(?P<n>{numeral_fragment()})"
        rf"(?:[ \u00a0]?(?P<sc>{scale_fragment()}))?"
    )
    return regex_parser(pattern, captures=_number, description="a number", lazy=True)


def _make_digits() -> Parser[Decimal]:
    def build(text: str) -> Decimal:
        try:
            return read_digits(text).value
        except ValueError:
            raise Reject from None

    return regex_parser(DIGITS, build, description="digits", lazy=True)


#: Digits with separators, read by the default rule (:func:`read_digits`).
digits: Parser[Decimal]

def _words_value(text: str) -> Decimal:
    # Words the pattern allows but that are not one number ("twenty
    # twenty", a bare "million") are no match, not an error.
    try:
        return read_words(text)
    except ValueError:
        raise Reject from None


#: English number words: ``"forty-two"``, ``"a billion"``, ``"one and a half"``.
number_words: Parser[Decimal]

#: A :class:`Numeral` (digits or words), for parsers that read it in context.
numeral: Parser[Numeral]

#: A scale word or suffix; the value is its multiplier (``"mln"`` -> 10**6).
scale: Parser[int]

#: A signed number in digits or words with an optional scale, as a Decimal.
number: Parser[Decimal]

# The parsers above are built on first use: importing builds nothing.
__getattr__ = lazy_attributes(globals(), {
    "digits": _make_digits,
    "number_words": lambda: regex_parser(
        words_fragment(), _words_value, description="number words", lazy=True),
    "numeral": lambda: regex_parser(
        numeral_fragment(), captures=_numeral, description="a numeral", lazy=True),
    "scale": lambda: regex_parser(scale_fragment(), scale_value, description="a scale word", lazy=True),
    "number": _make_number,
})
