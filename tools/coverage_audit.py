#!/usr/bin/env python3
"""Coverage audit: numbers no mention claims, and mentions in unusual context.

Runs finparse over a JSONL corpus (one ``{"text": ...}`` object a line; an
``id`` is shown when present) and reports two lists, each grouped by the
*shape* of the words around the item and sorted most frequent first:

1. **Unclaimed numbers**: digit tokens ("5", "1,234.5", "3/4") that no money,
   percent or time mention covers. Most are rightly unclaimed (share counts,
   tonnages, scores), but a frequent group such as ``<N> guilders`` or
   ``lower than <N> dlrs`` points at a class of misses.
2. **Unusual mentions**: mentions glued to a letter or digit on either side,
   or directly followed by another number or by a word that often belongs to
   an amount (a currency word, "pct", a scale word): a sign of a mention cut
   short or run on.

The shape of a word keeps function words and unit-like words as they are
(lower-cased) and reduces the rest to a class: ``<N>`` for a number,
``Cap`` for a capitalised word, ``w`` for another word, the character for
punctuation. Groups therefore gather near variants ("rose 5 pct", "fell 7
pct" are both ``w <N> pct``), which is what a rule fixes.

    python tools/coverage_audit.py ../shared/corpus/bench/news.jsonl --docs 5000 --top 100
    python tools/coverage_audit.py corpus.jsonl --json audit.json

It reads the corpus in place and needs nothing but finparse.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex

# The words kept as written in a shape: function words, units and scales
# that decide whether a number is an amount. Everything else is a class.
KEPT = frozenset("""
a an the of to from by in on at for with and or than as per about around
some up down over under more less least most between nearly almost roughly
approximately lower higher excess north south below above
rose fell rise fall gained lost gain loss increased decreased was were
is are be been will would had has have said
pct percent per cent percentage point points bps basis bp
mln million mn m bln billion bn b trillion tn k thousand hundred lakh crore
dlr dlrs dollar dollars cents cent stg sterling pound pounds yen euro euros
marks mark francs franc guilders guilder lire lira kroner krona kronor crowns
yuan rupees rupee won rand pesos peso real reais riyals dinars shillings
shares share stock stake tonnes tons ounces barrels bags kilos units jobs
people employees votes seats year years month months week weeks day days
quarter quarters q1 q2 q3 q4 h1 h2 fy fiscal
vs versus against compared prev previous total ended net revs revenue revenues
sales profit profits income earnings assets deposits loans shr shrs avg cts ct
dividend div price prices rate rates yield bid offer
""".split())

# a digit, then digits each after at most one separator ("1,234.5", "3/4")
_NUMERAL = r"\p{N}(?:[,./:'-]?+\p{N})*+"
_NUMBER = regex.compile(r"(?<![\p{L}\p{N}])" + _NUMERAL)
_WORD = regex.compile(_NUMERAL + r"|\p{L}[\p{L}\p{M}'\u2019-]*+|\S")
_NUMERIC = regex.compile(r"\p{N}")
_NUMBER_AFTER = regex.compile(r"\s*+\p{N}")
_AMOUNT_WORD = regex.compile(
    r"(?i)\s*+(?:pct|percent|per\s++cent|bps|mln|bln|million|billion|trillion|thousand"
    r"|dlrs?|dollars?|cents?|stg|euros?|pounds?|yen|marks|francs|guilders|\p{Sc})\b")


def shape(word: str) -> str:
    """The shape of one word: kept as written (lower-cased), or its class.

    >>> [shape(w) for w in ["Rose", "1,234.5", "pct", "Acme", "widgets", "("]]
    ['rose', '<N>', 'pct', 'Cap', 'w', '(']
    """
    low = word.lower()
    if low in KEPT:
        return low
    if _NUMERIC.match(word):
        return "<N>"
    if word[:1].isupper():
        return "Cap"
    if word[:1].isalpha():
        return "w"
    return word


def _words(text: str, start: int, end: int) -> list[str]:
    return [m.group() for m in _WORD.finditer(text, start, end)]


def context_shape(text: str, start: int, end: int, inner: str, width: int = 2) -> str:
    """``width`` word shapes either side of ``text[start:end]``, which reads ``inner``.

    >>> context_shape("Sales of 5 mln guilders in May", 9, 10, "<N>")
    'sales of <N> mln guilders'
    """
    before = _words(text, max(0, start - 60), start)[-width:]
    after = _words(text, end, min(len(text), end + 60))[:width]
    return " ".join([*map(shape, before), inner, *map(shape, after)])


@dataclass
class Group:
    """Items of one shape: how many, and a few examples with their document."""

    count: int = 0
    examples: list[tuple[str, str]] = field(default_factory=list)

    def add(self, doc_id: str, snippet: str, keep: int) -> None:
        """Count one more item, keeping its snippet while fewer than ``keep`` are kept."""
        self.count += 1
        if len(self.examples) < keep:
            self.examples.append((doc_id, snippet))


@dataclass
class Audit:
    """The two grouped lists and the totals they were drawn from."""

    docs: int = 0
    numbers: int = 0
    mentions: int = 0
    unclaimed: dict[str, Group] = field(default_factory=lambda: collections.defaultdict(Group))
    unusual: dict[str, Group] = field(default_factory=lambda: collections.defaultdict(Group))


def _snippet(text: str, start: int, end: int) -> str:
    left = text[max(0, start - 50):start].split("\n")[-1]
    right = text[end:end + 50].split("\n")[0]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def _unusual(text: str, start: int, end: int) -> str | None:
    """Why a mention's surroundings look odd, or None."""
    if start > 0 and text[start - 1].isalnum():
        return "glued before"
    if end < len(text) and text[end].isalnum():
        return "glued after"
    rest = text[end:end + 24]
    if _NUMBER_AFTER.match(rest):
        return "number after"
    if _AMOUNT_WORD.match(rest):
        return "amount word after"
    return None


def audit(records: Iterable[tuple[str, str]], *, keep: int = 3) -> Audit:
    """Audit ``(id, text)`` records: see the module docstring.

    >>> a = audit([("d1", "It paid 5 mln guilders, up 3 pct, for 1,040 stores.")])
    >>> sorted(a.unclaimed)
    [', for <N> w .']
    >>> a.numbers, a.mentions
    (3, 2)
    """
    import finparse

    result = Audit()
    for doc_id, text in records:
        result.docs += 1
        found = finparse.extract(text, kinds=["money", "percent", "time"])
        result.mentions += len(found)
        spans = sorted((m.start, m.end) for m in found)
        starts = [s for s, _ in spans]
        # the furthest end of the mentions starting at or before each one
        reach = list(itertools.accumulate((e for _, e in spans), max))
        for m in _NUMBER.finditer(text):
            result.numbers += 1
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and m.end() <= reach[i]:
                continue
            key = context_shape(text, m.start(), m.end(), "<N>")
            result.unclaimed[key].add(doc_id, _snippet(text, m.start(), m.end()), keep)
        for mention in found:
            why = _unusual(text, mention.start, mention.end)
            if why is None:
                continue
            key = f"{mention.kind}, {why}: " + context_shape(
                text, mention.start, mention.end, f"<{mention.kind}>", width=1)
            result.unusual[key].add(doc_id, _snippet(text, mention.start, mention.end), keep)
    return result


def read_jsonl(path: Path, limit: int | None = None) -> Iterator[tuple[str, str]]:
    """``(id, text)`` of each record of a JSONL file with a ``text`` field."""
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                return
            record = json.loads(line)
            if isinstance(record, dict) and isinstance(record.get("text"), str):
                yield str(record.get("id", n + 1)), record["text"]


def report(result: Audit, top: int) -> str:
    """The audit as text: totals, then each list's ``top`` groups."""
    out = [f"{result.docs:,} documents, {result.numbers:,} number tokens, "
           f"{result.mentions:,} money/percent/time mentions",
           f"unclaimed numbers: {sum(g.count for g in result.unclaimed.values()):,} "
           f"in {len(result.unclaimed):,} shapes"]
    for title, groups in (("UNCLAIMED NUMBERS", result.unclaimed),
                          ("UNUSUAL MENTIONS", result.unusual)):
        out.append(f"\n== {title} (top {top} of {len(groups):,} shapes)")
        ranked = sorted(groups.items(), key=lambda kv: (-kv[1].count, kv[0]))[:top]
        for rank, (key, group) in enumerate(ranked, 1):
            out.append(f"{rank:4}. {group.count:6,}  {key}")
            out.extend(f"              {doc}: {snip}" for doc, snip in group.examples)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="a JSONL file with a text field per record")
    ap.add_argument("--docs", type=int, default=None, help="read only the first N records")
    ap.add_argument("--top", type=int, default=100, help="groups to show per list")
    ap.add_argument("--examples", type=int, default=3, help="examples kept per group")
    ap.add_argument("--json", type=Path, help="also write every group as JSON")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}; nothing to audit")
        return 0
    result = audit(read_jsonl(args.corpus, args.docs), keep=args.examples)
    print(report(result, args.top))
    if args.json:
        data = {name: [{"shape": k, "count": g.count, "examples": g.examples}
                       for k, g in sorted(groups.items(), key=lambda kv: -kv[1].count)]
                for name, groups in (("unclaimed", result.unclaimed), ("unusual", result.unusual))}
        args.json.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
