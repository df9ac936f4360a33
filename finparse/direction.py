"""Reading a percentage in its sentence: the direction of the change, and what changed.

A percentage states a change (``"up"``, ``"down"``) or a level (``None``).
:func:`direction_of` reads it from the words that govern the number, in this
order:

1. a word of change right after it, with modifiers but no preposition
   between ("a 26% revenue increase", "30 % lower", "5% to 7% sales growth");
2. a share ("40% of the company") is a level, unless a word of change comes
   right before ("lost 40% of their value");
3. "to", "from", "at", "compared with" just before it make it a level ("rose
   to 12.2%", "from 5% to 7%", also with a determiner and modifiers between:
   "up from a revised 2.5%"), except the second end of a range of changes
   ("cut fares by 8 pct to 19 pct") and a rate or pace of change ("grew at
   an annual rate of 2.4%");
4. a noun before "of" decides ("a drop of 42 pct", "an increase in orders of 7
   per cent", "a change of -0.7%");
5. otherwise the nearest word of change before it in its sentence ("surged
   by 46.8%", "up 3 pct"), unless a level word ("was", "reached") or another
   verb ("disclosed a 26% stake") comes first;
6. failing all, an explicit sign ("shares +12%").

Within these steps: a return is a change signed by its number ("a 7%
return"); an effect takes its adjective ("a negative effect of 0.5 points");
a subject or running total headed by a noun of change keeps its direction
("the rise in prices was 3.7 pct", "bringing its rise to 2%"); a percentage
after "and" takes that of the one before ("lifted sales by 12% and margins
by 2%"); "N% below/above" is a change unless it is a spread ("at 5% below
net asset value", "120 bps above Treasuries"); a premium is a level.

The words are data: ``data/directions.tsv`` (every inflection),
``data/levels.tsv`` and ``data/direction_phrases.tsv``.

:func:`measure_of` names what changed, when the clause says.

>>> from finparse.percent import extract_percent
>>> [(p.text, p.direction) for p in extract_percent(
...     "Sales fell 5%, a 2% drop in prices; margins were 12.2%, and shares were 3% higher.")]
[('5%', 'down'), ('2%', 'down'), ('12.2%', None), ('3%', 'up')]
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping, Sequence

import regex

from finparse import vocabulary
from finparse._data import rows, word_class
from finparse.core import LazyPattern
from finparse.model import Direction, Percent, Span

__all__ = ["direction_of", "measure_of"]


#: "... in (the) <noun> <noun>" right before a word: the noun after "in".
_IN_NOUN = LazyPattern(r"\s+in\s+((?:the\s+)?[\p{L}'\u2019-]+(?:\s+[\p{L}'\u2019-]+)?)\s+$")


@functools.cache
def direction_table() -> Mapping[str, tuple[Direction, str]]:
    """Word (lower case) -> (direction, kind)."""
    return {row[0].lower(): (row[1], row[2]) for row in rows("directions.tsv")}  # type: ignore[misc]


@functools.cache
def _levels() -> frozenset[str]:
    return frozenset(row[0].lower() for row in rows("levels.tsv"))


@functools.cache
def _phrases() -> Mapping[str, Direction | None]:
    """Two-word phrases: those of direction_phrases.tsv, and the two-word
    words of change of directions.tsv ("edged higher", "fell back")."""
    table: dict[str, Direction | None] = {
        form: entry[0] for form, entry in direction_table().items() if " " in form
    }
    for row in rows("direction_phrases.tsv"):
        table[row[0].lower()] = None if row[1] == "none" else row[1]  # type: ignore[assignment]
    return table


@functools.cache
def _phrase_words() -> frozenset[str]:
    """The words of the phrases of :func:`_phrases`: a word in none is in no phrase."""
    return frozenset(part for form in _phrases() for part in form.split(" "))


@functools.cache
def _backward_words() -> frozenset[str]:
    """The words :func:`_backward` stops at or reads, besides other verbs."""
    return frozenset(direction_table()) | _phrase_words() | _levels() | direction_words("clause") | direction_words("return")


#: The first word of a percent unit, after a number ("2%", "2 pct", "2 per cent").
_PERCENT_SIGNS = frozenset(["%", "\uff05", "pct", "percent", "per"])
#: A word, a number (with "10-year"-like compounds), or one other sign.
_WORD = regex.compile(r"[\p{L}][\p{L}'\u2019-]*+|\d++(?:[.,/]\d++)*+(?:-\p{L}++)*+|[^\s\p{L}\p{N}]")
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)")
_SPACE = regex.compile(r"\s")


@functools.cache
def direction_words(cls: str) -> frozenset[str]:
    """The words of class ``cls`` in ``data/direction_words.tsv``."""
    return word_class("direction_words.tsv", cls)


Word = tuple[str, int]


def _words_before(text: str, start: int, limit: int) -> list[Word]:
    """Up to ``limit`` words before ``start`` in its sentence, nearest first."""
    lo = max(0, start - 200)
    cut = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        cut = m.end()
    # No word holds a space, so the words from a space on are the same
    # whatever comes before it: read back from ``start`` a few dozen
    # characters at a time, from a space, until there are ``limit`` words.
    words: list[Word] = []
    end = start
    step = max(limit, 16)
    for reach in range(step, start - cut, step):
        space = _SPACE.search(text, start - reach, end)
        if space is None:
            continue
        words[:0] = [(m.group(0), m.start()) for m in _WORD.finditer(text, space.start(), end)]
        end = space.start()
        if len(words) >= limit:
            return words[: -limit - 1 : -1]
    words[:0] = [(m.group(0), m.start()) for m in _WORD.finditer(text, cut, end)]
    return words[: -limit - 1 : -1]


def _words_after(text: str, end: int, limit: int) -> list[Word]:
    return [(m.group(0), m.start()) for m in itertools.islice(_WORD.finditer(text, end, end + 80), limit)]


def _is_other_verb(word: str, next_word: str = "") -> bool:
    """A verb that is not a word of change ends a search for one.

    Only a past tense or participle that takes an object is counted
    ("disclosed a 26% stake", "citing a 40% tariff"); "the lending rate" and
    "adjusted figures" are not verbs there.
    """
    low = word.lower()
    if not word.isalpha() or not word.islower() or len(word) < 5:
        return False
    if low in direction_table() or low in _levels() or low in direction_words("not_verb"):
        return False
    return low.endswith(("ed", "ing")) and next_word.lower() in direction_words("determiner")


def _phrase(words: Sequence[Word], i: int) -> tuple[bool, Direction | None]:
    """Whether words[i] is in a phrase (in either neighbour), and its direction.

    ``words`` are nearest first, so ``words[i + 1]`` comes before ``words[i]``
    in the text.
    """
    word = words[i][0].lower()
    if word not in _phrase_words():
        return False, None  # the common case, without building pairs
    phrases = _phrases()
    if i + 1 < len(words):
        pair = f"{words[i + 1][0].lower()} {word}"
        if pair in phrases:
            return True, phrases[pair]
    if i > 0:
        pair = f"{word} {words[i - 1][0].lower()}"
        if pair in phrases:
            return True, phrases[pair]
    return False, None


def _change_word(words: Sequence[Word], i: int, *, comparatives: bool) -> tuple[bool, Direction | None]:
    """(True, direction) when words[i] states a change (or, in a phrase, none)."""
    found, direction = _phrase(words, i)
    if found:
        return True, direction
    entry = direction_table().get(words[i][0].lower())
    if entry is None or (not comparatives and entry[1] == "adjective"):
        return False, None
    return True, entry[0]


def direction_of(text: str, mention: Percent, before: Sequence[Percent] = ()) -> Direction | None:
    """The direction a percentage states in ``text``: ``"up"``, ``"down"`` or ``None``.

    ``before`` are the percentages found earlier in the same text (for "by
    8 pct to 19 pct", where the second end continues the first).

    >>> from finparse.percent import extract_percent
    >>> [p.direction for p in extract_percent(
    ...     "Sales fell 5%, a 2% drop in prices, up 3 pct, rose to 12.2%, 40% of it, 3% higher.")]
    ['down', 'down', 'up', None, None, 'up']
    """
    return _direction(text, mention, before, _words_after(text, mention.end, 6),
                      _words_before(text, mention.start, 40))


def direction_and_measure(
    text: str, mention: Percent, before: Sequence[Percent] = ()
) -> tuple[Direction | None, Span | None]:
    """:func:`direction_of` and :func:`measure_of` together, reading the words around once.

    >>> from finparse.percent import percentages
    >>> text = "Cloud unit reported a 26% revenue increase."
    >>> direction_and_measure(text, next(percentages().finditer(text)).value)
    ('up', Span(text='revenue', start=26, end=33))
    """
    after = _words_after(text, mention.end, 8)
    words = _words_before(text, mention.start, 40)
    direction = _direction(text, mention, before, after[:6], words)
    return direction, _measure(text, mention, after, words, direction is not None)


def _direction(
    text: str, mention: Percent, before: Sequence[Percent], after: Sequence[Word], words: Sequence[Word]
) -> Direction | None:
    """:func:`direction_of`, given the 6 words after the number and the 40 before it."""
    k = 0
    while k < len(words) and words[k][0].lower() in direction_words("skipped"):
        k += 1  # "rose by about 5%", "a negative 3.7 %"
    forward = _forward(after, mention, k < len(words) and words[k][0].lower() == "at")
    if forward != "none":
        return forward  # type: ignore[return-value]
    if _qualifies_a_noun(words, after):
        return None  # "a 4-1/4 pct bond", "its 50 pct owned affiliate": a level
    if len(after) >= 2 and after[0][0].lower() == "of" and not after[1][0][0].isdigit():
        # "40% of the company" is a share, unless a change governs it
        # ("lost 40% of their value", "widened by 0.5% of GDP")
        j = k + 1 if k < len(words) and words[k][0].lower() == "by" else k
        if j < len(words):
            is_change, direction = _change_word(words, j, comparatives=False)
            if is_change and not (j == k and words[j][0].lower() in direction_words("share_taking")):
                return direction  # "cutting 10% of its staff" takes a share: a level
        return None
    if k < len(words) and _determined_level(words, k, after):
        return None  # "rose to a record 3.0%", "from yesterday's 6.1 pct"
    if k < len(words):
        first = words[k][0].lower()
        compared = first in ("versus", "vs", "vs.", "against") or (
            first in ("with", "to") and k + 1 < len(words) and words[k + 1][0].lower() == "compared"
        )
        if compared:
            # "rose 8% in 2023, compared with 4%": like what it is compared
            # with, a change or a level
            prev = before[-1] if before else None
            if prev is None or mention.start - prev.end > 200 or _SENTENCE_END.search(text, prev.end, mention.start):
                return None
            return prev.direction
        if first in direction_words("immediate_level"):
            if first == "to":
                running = _cumulative(words, k)
                if running != "none":
                    return running  # type: ignore[return-value]
            if first == "to" and before:
                return _continued_range(text, mention, before, words[k][1])
            if first == "at" and any(w[0].lower() in direction_words("rate") for w in after[:2]):
                return _backward(words, k + 1, mention)  # "grew at a 3.1% pace"
            return None
        if first == "of":
            return _of_direction(words, k + 1, mention)
        if first == "or" or (first in (",", "(") and k + 1 < len(words) and words[k + 1][0].lower() == "or"):
            return _apposition(words[k:])
    joined = _coordinated(text, mention, before, words)
    if joined != "none":
        return joined  # type: ignore[return-value]
    direction = _backward(words, k, mention)
    if direction is None and mention.text[:1] in ("+", "-", "\u2212"):
        return "up" if mention.text[0] == "+" else "down"  # "shares +12%"
    return direction


def _determined_level(words: Sequence[Word], k: int, after: Sequence[Word]) -> bool:
    """"to", "from" or "at", a determiner and modifiers before the number: a level.

    "rose to a record 3.0 pct", "up from a revised 3.9 pct", "cut from the
    indicated 1-1/4 pct", "from December's 1.5 pct", "allotted at an
    unchanged 3.8 pct" are levels like "to 3.0 pct" (step 3). Not a rate of
    change ("slowed to a tepid 3.2 pct annual rate", "grew at an annualised
    7.5 pct"), nor what "compared to" compares.

    >>> from finparse.percent import extract_percent
    >>> [p.direction for p in extract_percent("Prices rose 3 pct, up from a revised 2.5 pct.")]
    ['up', None]
    """
    determiners = direction_words("qualifying")
    for j in range(k, min(k + 3, len(words) - 1)):
        word = words[j][0]
        low = word.lower()
        if low in determiners or low.endswith(("'s", "\u2019s")):
            prep = words[j + 1][0].lower()
            if prep not in direction_words("immediate_level"):
                return False
            if any(w.lower() in direction_words("rate") for w, _ in after[:3]):
                return False
            before = words[j + 2][0].lower() if j + 2 < len(words) else ""
            if prep == "to" and before == "compared":
                return False
            return not (prep == "at" and j + 2 < len(words) and _change_word(words, j + 2, comparatives=True)[0])
        if not word[0].isalpha() or low in _backward_words() or low in direction_words("stop_forward"):
            return False  # "at the CME fell 4.6 pct", "to an increase of 1.6 pct"
    return False


def _forward(after: Sequence[Word], mention: Percent, priced: bool = False) -> Direction | str | None:
    """A word of change right after the number, or "none" when there is none.

    ``priced``: the number follows "at", so "at 5% below its net asset value"
    sets a price against a reference (a spread, a level), like a premium.
    """
    returns, impacts, stops, levels = direction_words("return"), direction_words("impact"), direction_words("stop_forward"), _levels()
    backwards = after[::-1]  # nearest first, as _change_word reads
    for i, (word, _) in enumerate(after):
        low = word.lower()
        is_change, direction = _change_word(backwards, len(after) - 1 - i, comparatives=True)
        if is_change:
            if (mention.unit == "basis_point" and low in direction_words("spread_comparative")) or (
                (mention.unit != "percent" or priced) and low in direction_words("spread_position")
            ):
                return None  # "85 basis points more than Treasuries", "1/4 point above the yield": a spread
            return direction
        if low in returns:
            # "a 7% return", "-2.83% YTD return"; "a 15% return on equity" is a ratio
            if i + 1 < len(after) and after[i + 1][0].lower() == "on":
                return None
            return _signed(mention)
        if low in impacts:
            # "a 0.5 point negative impact"; "2% excluding currency effects" says nothing
            polar = _polarity(after[i - 1 :: -1] if i else [], mention)
            if polar != "none":
                return polar
        if word in ("%", "-", "\u2013") or word[0].isdigit():
            continue  # "6 % -9 % lower", "5% to 7% sales growth"
        if low == "to" and i + 1 < len(after) and after[i + 1][0][0].isdigit():
            continue
        if low in stops or low in levels or not word[0].isalpha():
            break
    return "none"


def _qualifies_a_noun(words: Sequence[Word], after: Sequence[Word]) -> bool:
    """A percentage right after a determiner, followed by a word that goes
    on the noun phrase, qualifies the noun: a grade, a coupon, a stake ("a
    4-1/4 pct bond", "its 50 pct owned affiliate", "the 2 pct sulphur
    grade"), a level. Not when a word of change comes after it ("a 5%
    year-on-year rise": step 1), a rate or a forecast ("the 0.3% forecast"),
    nor before a preposition ("a 5% of"), nor after a word that compares
    it with the change of the sentence ("below the 2.8 pct figure").

    >>> from finparse.percent import extract_percent
    >>> [p.direction for p in extract_percent("Sales fell 5 pct, with losses at a 50 pct owned unit.")]
    ['down', None]
    """
    if not words or not after or words[0][0].lower() not in direction_words("qualifying"):
        return False
    if len(words) > 1 and words[1][0].lower() in direction_words("comparing"):
        return False  # "grew 1.8 pct, below the 2.8 pct figure": compared with the change
    first = after[0][0]
    if not first[:1].isalpha() or first.lower() in direction_words("stop_forward"):
        return False
    rates, forecasts = direction_words("rate"), direction_words("forecast_noun")
    if any(w.lower() in rates or w.lower() in forecasts for w, _ in after):
        return False
    backwards = after[::-1]
    return not any(_change_word(backwards, i, comparatives=True)[0] for i in range(len(after)))


def _signed(mention: Percent) -> Direction | None:
    """The direction a number's sign gives a change of no direction of its own: up unless negative."""
    value = mention.value if mention.value is not None else mention.low
    if value is None:
        return None
    return "down" if value < 0 else "up"


def _polarity(words: Sequence[Word], mention: Percent) -> Direction | str:
    """The direction of an impact noun from the words just before it (nearest first), or its sign.

    "none" when neither says.
    """
    for word, _ in words[:2]:
        low = word.lower()
        if low in direction_words("polarity_up"):
            return "up"
        if low in direction_words("polarity_down"):
            return "down"
    return "down" if _signed(mention) == "down" else "none"


def _noun_use(words: Sequence[Word], i: int) -> Direction | None:
    """The direction of words[i] when it is a noun of change heading a subject.

    A noun of change is a table noun, or a base or plural verb form ("rise",
    "rises", "cut"), followed by "in", "of", "for", or ending the subject.
    """
    entry = direction_table().get(words[i][0].lower())
    if entry is None or entry[1] in ("adverb", "adjective"):
        return None
    low = words[i][0].lower()
    lemma = _lemmas().get(low, low)
    if entry[1] == "verb" and low not in (lemma, lemma + "s", lemma + "es"):
        return None
    return entry[0]


@functools.cache
def _lemmas() -> Mapping[str, str]:
    return {row[0].lower(): row[3].lower() for row in rows("directions.tsv") if len(row) > 3}


def _subject_change(words: Sequence[Word], i: int) -> Direction | None:
    """"the rise in prices was 3.7 pct": a subject headed by a noun of change.

    ``words[i]`` is the linking verb; the subject before it is read back to
    its determiner. Its head is the noun before "in"/"of"/"for", or the word
    right before the verb.
    """
    heads = ("in", "of", "for")
    for j in range(i + 1, min(i + 9, len(words))):
        word = words[j][0]
        low = word.lower()
        if not (word[0].isalnum() or word in ("'s", "\u2019s")):
            return None
        if low in direction_words("determiner") or low.endswith(("'s", "\u2019s")):
            return None
        if j == i + 1 or words[j - 1][0].lower() in heads:
            direction = _noun_use(words, j)
            if direction is not None:
                k = j + 1  # the noun needs a determiner or a modifier before it
                if k < len(words) and (words[k][0].lower() in direction_words("determiner")
                                       or words[k][0].lower().endswith(("'s", "\u2019s"))
                                       or "-" in words[k][0]):
                    return direction
                return None
        if low in direction_words("clause") or low in _levels() or low in direction_table():
            return None
    return None


def _cumulative(words: Sequence[Word], i: int) -> Direction | str:
    """"bringing its two-day rise to 2%": ``words[i]`` is "to"; "none" when not such a phrase.

    A verb of the running total ("bring", "take", "extend") and a noun of
    change as its object make the number the size of that change.
    """
    noun: Direction | None = None
    for j in range(i + 1, min(i + 9, len(words))):
        word = words[j][0]
        low = word.lower()
        if low in direction_words("cumulative"):
            return noun if noun is not None else "none"
        if not word[0].isalpha() and word not in ("'s", "\u2019s"):
            return "none"
        if noun is None:
            noun = _noun_use(words, j)
            if noun is None and low in direction_table():
                return "none"
    return "none"


def _coordinated(
    text: str, mention: Percent, before: Sequence[Percent], words: Sequence[Word]
) -> Direction | str | None:
    """"down 17% against the dollar and 11% against the euro": the direction of the first.

    The percentage follows "and" (after at most four words: "margins by"),
    and the one before "and" is at most six words before it in the same
    clause, with no verb between; "none" when that is not so.
    """
    prev = before[-1] if before else None
    if prev is None or prev.end > mention.start or mention.start - prev.end > 120:
        return "none"
    joins = direction_words("coordination")
    if not any(w.lower() in joins for w, _ in words[:5]):
        return "none"  # the common case: no "and" just before
    rates = direction_words("rate_noun")
    for i in range(min(5, len(words))):
        word, at = words[i]
        low = word.lower()
        if low in joins:
            if at < prev.end:
                return "none"
            gap = [w for w in _WORD.findall(text, prev.end, at) if w not in (",", ".")]
            if len(gap) > 7 or any(_blocks_coordination(w) for w in gap):
                return "none"
            return prev.direction
        if word[0].isdigit() or _blocks_coordination(word) or low in rates:
            return "none"
    return "none"


def _blocks_coordination(word: str) -> bool:
    """A word that starts another clause or predicate between coordinated percentages."""
    low = word.lower()
    if not word[0].isalnum():
        return True
    if low in direction_table() or low in direction_words("clause"):
        return True
    return low in _levels() and low not in direction_words("immediate_level") and low not in (
        "against", "versus", "vs", "compared", "of")


def _backward(words: Sequence[Word], k: int, mention: Percent) -> Direction | None:
    """The nearest word of change before the number, within its clause."""
    counted = 0
    known = _backward_words()
    for i in range(k, len(words)):
        word = words[i][0]
        low = word.lower()
        if low not in known:
            # neither a word of change, nor in a phrase, nor a level or clause word
            if word[0].isalpha():
                if _is_other_verb(word, words[i - 1][0] if i > 0 else ""):
                    return None
                counted += 1
                if counted > 16:
                    break
            continue
        # a comparative counts before "by": "edged higher by 0.3%"
        comparative = i > 0 and words[i - 1][0].lower() == "by"
        is_change, direction = _change_word(words, i, comparatives=comparative)
        if is_change:
            return direction
        if low in direction_words("return"):
            # only right before the number: "returned 7.8%", "returned about 7.8%";
            # "a return at Libor plus 45 basis points" is a spread
            if i > k + 1 or (i == k + 1 and words[k][0].lower() != "by"):
                return None
            return _signed(mention)
        if low in direction_words("copula"):
            subject = _subject_change(words, i)
            if subject is not None:
                return subject
        if low in _levels() and low not in direction_words("immediate_level") and low != "of":
            return None
        if low in direction_words("clause") or _is_other_verb(word, words[i - 1][0] if i > 0 else ""):
            return None
        if word[0].isalpha():
            counted += 1
            if counted > 16:
                break
    return None


def _of_direction(words: Sequence[Word], k: int, mention: Percent) -> Direction | None:
    """A noun before "of": "a drop of 42 pct", "an increase in orders of 7 per cent"."""
    for i in range(k, min(k + 6, len(words))):
        word = words[i][0]
        low = word.lower()
        is_change, direction = _change_word(words, i, comparatives=False)
        if is_change:
            return direction
        if low in direction_words("neutral_change") and mention.value is not None and mention.value != 0:
            return "up" if mention.value > 0 else "down"
        if low in direction_words("return"):
            # "a return of 7%"; "return on equity of 15%" is a ratio
            return None if i > 0 and words[i - 1][0].lower() == "on" else _signed(mention)
        if low in direction_words("impact"):
            polar = _polarity(words[i + 1 :], mention)
            return None if polar == "none" else polar  # type: ignore[return-value]
        if low in direction_words("rate"):
            # "expanded at an annualised rate of 2.4%": the rate of a change
            j = i + 1
            skip = direction_words("skipped") | direction_words("annual")
            while j < len(words) and words[j][0].lower() in skip:
                j += 1
            if j < len(words) and words[j][0].lower() == "at":
                # the verb of the rate is right before "at" ("grew at a rate of"), not
                # anywhere in the clause ("an injection of funds at a rate of 3.80 pct")
                return _backward(words[: j + 4], j + 1, mention)
            return None
        if low in _levels() or not word[0].isalpha():
            break
    return None


def _continued_range(text: str, mention: Percent, before: Sequence[Percent], to_at: int) -> Direction | None:
    """"cut fares by 8 pct to 19 pct": the second end of a range of changes.

    When the two ends are alike (same unit, the second at most three times
    the first) and the first is a change introduced by "by" or "of", the
    second continues it; otherwise it is the level reached ("rose by 1.4 pct
    to 48.6 pct", "by 25 basis points to 8.25%").
    """
    prev = before[-1]
    if (
        prev.direction is not None
        and prev.unit == mention.unit
        and text[prev.end : to_at].strip() == ""
        and prev.value is not None
        and mention.value is not None
        and abs(mention.value) <= 3 * abs(prev.value)
    ):
        lead = _words_before(text, prev.start, 6)
        if lead and lead[0][0].lower() in ("by", "of"):
            if any(w[0].lower() in direction_words("rate_noun") for w in lead[1:]):
                return None  # "raised the cash rate by 25 bp to 35 bp": the rate reached
            return prev.direction
    return None


def _apposition(words: Sequence[Word]) -> Direction | None:
    """"dropped 310 mln dlrs, or 1.6 pct": the fate of the quantity restated.

    The quantity is the number before "or"; the first word of change or of
    level before it decides ("to the equivalent of 318,200 shares, or 6.4
    pct" is a level).
    """
    j = 0
    while j < len(words) and not words[j][0][0].isdigit() and words[j][0].lower() not in _number_words():
        j += 1
        if j > 4:
            return None
    for i in range(j + 1, len(words)):
        low = words[i][0].lower()
        is_change, direction = _change_word(words, i, comparatives=False)
        if is_change:
            return direction
        if i <= j + 5 and low == "to":
            running = _cumulative(words, i)
            if running != "none":
                return running  # type: ignore[return-value]
        if i <= j + 5 and (low in direction_words("immediate_level") or low in ("of", "equivalent")):
            return None
        if low in _levels() and low not in direction_words("immediate_level"):
            return None
    return None


@functools.cache
def _number_words() -> frozenset[str]:
    """Number words ("three or four pct" restates a number like "3 or 4 pct")."""
    return frozenset(vocabulary.number_words())


def points_in_view(text: str, mention: Percent) -> bool:
    """Whether a fraction of a bare "point" is percentage points here.

    It is when a word of change follows ("a half-point cut", "a quarter-point
    rate hike"), or "to"/"from" a number ("by a quarter point to 2%"), or a
    rate or yield comes before it in its sentence ("cut rates by an eighth of
    a point").
    """
    after = _words_after(text, mention.end, 4)
    for i, (word, _) in enumerate(after[:3]):
        low = word.lower()
        if low in direction_table() or low in direction_words("neutral_change"):
            return True  # "a half-point cut", "a quarter-point move"
        if low in ("to", "from") and i + 2 < len(after) and after[i + 1][0][0].isdigit() \
                and after[i + 2][0].lower() in _PERCENT_SIGNS:
            return True
        if not word[0].isalpha():
            break
    rates = direction_words("rate_noun")
    return any(w.lower() in rates for w, _ in _words_before(text, mention.start, 16))


# -- what changed ----------------------------------------------------------------------------


def _span(text: str, first: int, last_word: str, last: int) -> Span:
    end = last + len(last_word)
    return Span(text[first:end], first, end)


def measure_of(text: str, mention: Percent) -> Span | None:
    """What a percentage is about, when the clause says ("revenue", "Alibaba's stock").

    A heuristic: the words between the number and a noun of change ("a 26%
    revenue increase"), or the noun after it ("a 12% rise in deliveries"),
    the noun after "in" ("an increase in orders of 7 per cent"), or the noun
    phrase before the verb of change ("Shares in Orbis dropped 4%"). ``None``
    when none is found.

    >>> from finparse.percent import extract_percent
    >>> [p.measure.text for p in extract_percent("Cloud unit reported a 26% revenue increase.")]
    ['revenue']
    """
    return _measure(text, mention, _words_after(text, mention.end, 8), _words_before(text, mention.start, 40))


def _measure(
    text: str, mention: Percent, after: Sequence[Word], words: Sequence[Word], change: bool = True
) -> Span | None:
    """:func:`measure_of`, given the 8 words after the number and the 40 before it.

    ``change``: the number states a change, so an object between its verb and
    it names what changed ("raised its dividend 10%").
    """
    directions = direction_table()
    run: list[Word] = []
    for i, (word, _) in enumerate(after[:5]):
        low = word.lower()
        entry = directions.get(low)
        if entry is not None and entry[1] != "adverb" and (entry[1] == "adjective" or _noun_use(after[::-1], len(after) - 1 - i)):
            if run:  # "a 26% revenue increase"
                return _span(text, run[0][1], run[-1][0], run[-1][1])
            # "a 12% year-on-year rise in deliveries": the noun after "in"
            rest = after[i + 1 :]
            if len(rest) >= 2 and rest[0][0].lower() == "in" and rest[1][0][0].isalpha() \
                    and rest[1][0].lower() not in direction_words("measure_stop") \
                    and rest[1][0].lower() not in direction_words("time"):
                noun = [w for w in rest[1:3] if w[0][0].isalpha() and w[0].lower() not in direction_words("measure_stop")]
                noun = noun[:1] if len(noun) > 1 and noun[1][0].lower() in direction_words("time") else noun
                return _span(text, noun[0][1], noun[-1][0], noun[-1][1])
            break
        if not word[0].isalpha() or low in direction_words("measure_stop") or low in direction_words("stop_forward"):
            break
        if low not in direction_words("temporal"):
            run.append(after[i])
    obj = _object_before(text, words) if change else None
    if obj is not None:
        return obj
    for i, (word, at) in enumerate(words[:16]):
        low = word.lower()
        if low == "of":
            # "an increase in orders of 7 per cent": the noun after "in"
            lo = max(0, at - 80)
            inner = _IN_NOUN.search(text[lo:at])
            if inner and i + 1 < len(words) and any(
                w[0].lower() in directions for w in words[i + 1 : i + 6]
            ):
                return Span(inner.group(1), lo + inner.start(1), lo + inner.end(1))
            continue
        entry = directions.get(low)
        if entry is None and low in direction_words("return") and low.endswith(("ed", "ing")):
            return _noun_phrase_before(text, words[i + 1 :], word)  # "The fund returned 7.8%"
        if entry is not None and entry[1] in ("verb", "noun", "adverb"):
            if i + 1 < len(words) and words[i + 1][0].lower() in direction_words("determiner") and _noun_use(words, i):
                return None  # "an expansion of 110 basis points": no subject of its own
            return _noun_phrase_before(text, words[i + 1 :], word)
        if low in _levels():
            return None
    return None


def _object_before(text: str, words: Sequence[Word]) -> Span | None:
    """"raised the benchmark rate by 25 basis points": the object of a verb of change.

    The words between the verb and the number (after "by") name what changed
    when they are a plain noun phrase; a coordinated "and margins by 2%"
    (after another percentage) is read the same way.
    """
    skipped, determiners, prepositions, stops, joins = _object_words()
    k = 0
    while k < len(words) and words[k][0].lower() in skipped:
        k += 1
    by = k < len(words) and words[k][0].lower() == "by"
    if by:
        k += 1
    if k >= len(words) or not words[k][0][0].isalpha() or words[k][0].lower() in determiners:
        return None  # the common case: "rose 5%", "a 5%", "of 5%"
    directions = direction_table()
    levels = _levels()
    phrase: list[Word] = []
    for i in range(k, min(k + 7, len(words))):
        word, _ = words[i]
        low = word.lower()
        entry = directions.get(low)
        verb = entry is not None and entry[1] == "verb" and not (
            i + 1 < len(words) and words[i + 1][0].lower() in determiners and _noun_use(words, i) is not None
        )  # "cut prices by 5%" is a verb, "a cut in prices of 5%" a noun
        joined = low in joins and i + 1 < len(words) and words[i + 1][0] in ("%", "pct", "percent", "cent")
        if verb or joined:
            if verb and _lemmas().get(low, low) not in direction_words("transitive"):
                return None  # "fell back 10 pct", "rose a revised 2.4 pct"
            if not phrase or phrase[0][0].lower() in determiners or phrase[-1][0].lower() in ("a", "an") \
                    or phrase[-1][0].lower() in prepositions \
                    or any(w[0].lower() in direction_words("time") or w[0].lower() in direction_words("temporal") for w in phrase):
                return None  # "rose a slight 0.2 pct", "and in January 0.7 pct"
            _, first = phrase[-1]
            last_word, last = phrase[0]
            return _span(text, first, last_word, last)
        if entry is not None or low in levels or not (word[0].isalpha() or word in ("'s", "\u2019s")):
            return None
        if low in stops and low not in determiners and low not in prepositions:
            return None
        if _is_other_verb(word, words[i - 1][0] if i > 0 else ""):
            return None
        phrase.append(words[i])
    return None


@functools.cache
def _object_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    return (direction_words("skipped"), direction_words("determiner"), direction_words("phrase_preposition"), direction_words("measure_stop"),
            direction_words("coordination"))


def _sentence_subject(text: str, words: Sequence[Word]) -> Span | None:
    """The first noun phrase of the sentence these words (nearest first) end.

    A leading phrase that opens with a preposition and closes with a comma
    ("Over the past month,") is skipped; the subject ends before the first
    word that looks like a verb.
    """
    ordered = list(reversed(words))
    if ordered and ordered[0][0].lower() in direction_words("leading_preposition") and "," in [w for w, _ in ordered[:10]]:
        ordered = ordered[[w for w, _ in ordered].index(",") + 1 :]
    phrase: list[Word] = []
    for word, at in ordered:
        low = word.lower()
        if not word[0].isalnum() or (low in direction_words("measure_stop") and phrase):
            break
        if phrase and (low.endswith("ed") or low in direction_table() or low in _levels()):
            break
        phrase.append((word, at))
        if len(phrase) >= 6:
            break
    if not phrase:
        return None
    return _span(text, phrase[0][1], phrase[-1][0], phrase[-1][1])


def _noun_phrase_before(text: str, words: Sequence[Word], verb: str = "") -> Span | None:
    """The noun phrase ending just before a verb (auxiliaries and adverbs skipped)."""
    k = 0
    while k < len(words) and (
        words[k][0].lower() in direction_words("auxiliary")
        or words[k][0].lower().endswith("ly")
        or words[k][0].lower() in direction_words("session_verb")
    ):
        k += 1
    if k < len(words) and words[k][0] == ",":
        # skip a parenthetical ", which ... ," back to its noun
        j = k + 1
        while j < len(words) and words[j][0] != ",":
            j += 1
        if j < len(words) and j + 1 < len(words) and words[j - 1][0].lower() in ("which", "who"):
            k = j + 1
        elif k == 0 and verb.lower().endswith("ing"):
            # "..., surging by 46.8%": the subject of the main clause
            return _sentence_subject(text, words[k:])
        else:
            return None
    phrase: list[Word] = []
    while k < len(words) and len(phrase) < 7:
        word, at = words[k]
        low = word.lower()
        if low in direction_words("phrase_preposition") and phrase and k + 1 < len(words) and words[k + 1][0][0].isalpha() \
                and words[k + 1][0].lower() not in direction_words("measure_stop"):
            phrase.append((word, at))  # "Shares in Orbis", "The yield on the 10-year note"
            k += 1
            continue
        if low == "the" and phrase:
            phrase.append((word, at))
            k += 1
            continue
        if not (word[0].isalnum() or word in ("'s", "\u2019s")) or low in direction_words("measure_stop"):
            break
        phrase.append((word, at))
        k += 1
    while phrase and phrase[-1][0].lower() in direction_words("phrase_preposition"):
        phrase.pop()  # the phrase starts with a noun or "the", not "of"
    if not phrase:
        return None
    _, first = phrase[-1]
    last_word, last = phrase[0]
    return _span(text, first, last_word, last)
