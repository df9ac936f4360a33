"""The front door: :func:`extract` and the :class:`Extractor` that holds options.

>>> import datetime as dt
>>> from finparse import extract, Extractor
>>> text = "Cathie Wood's ARK Invest bought about $16.3 million of Alibaba shares in 2021."
>>> [(m.kind, m.text) for m in extract(text, ref_date=dt.date(2025, 9, 27))]
[('triple', "Cathie Wood's ARK Invest bought about $16.3 million of Alibaba shares in 2021"), ('money', 'about $16.3 million'), ('time', '2021')]
>>> canadian = Extractor(currency_defaults={"$": "CAD"})
>>> canadian.extract("It cost $5.")[0].currency
'CAD'
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from finparse._exact import exact
from finparse._validate import (
    check_extra_entities,
    check_fiscal_year_start,
    check_mapping,
    check_ref_date,
    check_timeout,
)
from finparse.model import Mention

if TYPE_CHECKING:
    from finparse.money import MoneyOptions

__all__ = ["KINDS", "Extractor", "extract"]

#: The kinds of mention this version of finparse extracts.
KINDS: tuple[str, ...] = ("money", "percent", "time", "triple")


def _check_kinds(kinds: Iterable[str] | str | None) -> tuple[str, ...]:
    if kinds is None:
        return KINDS
    if isinstance(kinds, str):
        kinds = [k.strip() for k in kinds.split(",") if k.strip()]
    elif isinstance(kinds, (bytes, bytearray, Mapping)) or not hasattr(kinds, "__iter__"):
        raise ValueError(f"kinds must be a str, an iterable of str or None, got {kinds!r}")
    out: list[str] = []
    for kind in kinds:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
        if kind not in out:
            out.append(kind)
    if not out:
        raise ValueError("kinds must name at least one kind")
    return tuple(out)


class Extractor:
    """Extraction with fixed options; immutable and safe to share between threads.

    Args:
        kinds: which kinds to extract by default (all when ``None``).
        currency_defaults: what an ambiguous currency form means, e.g.
            ``{"$": "CAD"}``; ``None`` as a value leaves it unknown. Merged
            over the shipped ``data/currency_defaults.tsv``.
        currency_forms: extra currency forms, ``{"form as written": "ISO"}``.
        decimal_mark: how to read a lone ``1,234`` / ``1.234``: ``"auto"``
            (comma groups, dot is decimal), ``"."`` or ``","``.
        fiscal_year_start: the month (1-12) fiscal years start in; fiscal
            years are named by the year they end in ("FY2024" with 4 runs
            from April 2023 to March 2024).
        extra_verbs: actions to add to ``data/triple_verbs.tsv``, as
            ``{form: lemma}`` (see :func:`finparse.triples.extract_triples`).
        extra_entities: names to recognise as written, each a string or a
            ``(name, kind)`` pair.
        timeout: a hard bound, in seconds, on each underlying ``regex``
            call and on the triple analysis of each sentence, for callers
            that want one on untrusted input (every pattern and the
            analysis are linear already); exceeding it raises
            :class:`TimeoutError`. ``None`` (the default) sets no bound.

    Bad options raise :class:`ValueError` naming the offending value.

    >>> from finparse import Extractor
    >>> Extractor(decimal_mark=";")
    Traceback (most recent call last):
      ...
    ValueError: decimal_mark must be one of 'auto', '.', ','; got ';'
    """

    __slots__ = ("_fiscal", "_kinds", "_money", "_timeout", "_triples", "_warm_key")
    _kinds: tuple[str, ...]
    _money: MoneyOptions
    _timeout: float | None
    _fiscal: int
    _triples: dict[str, Any]
    #: What the grammars built for this extractor depend on (see _warm_up).
    _warm_key: tuple[Any, ...]

    def __init__(
        self,
        *,
        kinds: Iterable[str] | str | None = None,
        currency_defaults: Mapping[str, str | None] | None = None,
        currency_forms: Mapping[str, str] | None = None,
        decimal_mark: str = "auto",
        fiscal_year_start: int = 1,
        extra_verbs: Mapping[str, str] | None = None,
        extra_entities: Iterable[str | tuple[str, str]] | None = None,
        timeout: float | None = None,
    ) -> None:
        from finparse.money import MoneyOptions
        from finparse.numbers import _check_mark

        _check_mark(decimal_mark)
        defaults = check_mapping(currency_defaults, "currency_defaults", "{form: ISO code or None}")
        forms = check_mapping(currency_forms, "currency_forms", "{form: ISO code}")
        options = MoneyOptions(
            currency_defaults=tuple(sorted(defaults.items())),  # type: ignore[arg-type]
            currency_forms=tuple(sorted(forms.items())),  # type: ignore[arg-type]
            decimal_mark=decimal_mark,  # type: ignore[arg-type]
        )
        options.table()  # validate codes now, not on first use
        if defaults or forms:
            # build the grammar now too: a form list that cannot be built
            # (words nested too deep) is a ValueError here, not on first use
            from finparse.money import money_parser

            try:
                money_parser(options).search(_WARM_TEXT)
            except ValueError as e:
                raise ValueError(f"currency_forms/currency_defaults: {e}") from None
        timeout = check_timeout(timeout)
        check_fiscal_year_start(fiscal_year_start)
        triples: dict[str, Any] = {}
        verbs = check_mapping(extra_verbs, "extra_verbs", "{form: lemma}")
        if verbs:
            triples["extra_verbs"] = verbs
        entities = check_extra_entities(extra_entities)
        if entities:
            triples["extra_entities"] = list(entities)
        if triples:
            from finparse.triples import extract_triples

            extract_triples("", **triples)  # check the options now, not on first use
        object.__setattr__(self, "_kinds", _check_kinds(kinds))
        object.__setattr__(self, "_money", options)
        object.__setattr__(self, "_timeout", timeout)
        object.__setattr__(self, "_fiscal", fiscal_year_start)
        object.__setattr__(self, "_triples", triples)
        object.__setattr__(self, "_warm_key", (options, repr(sorted(triples.items()))))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Extractor is immutable")

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Pickled for process pools, Dask and Spark workers: the options are
        # already checked, so they are restored as they are.
        return (_restore, tuple(getattr(self, name) for name in self.__slots__))

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds extracted when a call does not say."""
        return self._kinds

    def __repr__(self) -> str:
        return f"Extractor(kinds={list(self._kinds)!r})"

    @exact
    def extract(
        self,
        text: str,
        *,
        ref_date: dt.date | str | None = None,
        kinds: Iterable[str] | str | None = None,
    ) -> list[Mention]:
        """Every mention in ``text``, sorted by start offset.

        Mentions of one kind never overlap. ``ref_date`` is the date that
        relative time expressions are resolved against. Never raises on a
        :class:`str`; raises :class:`TypeError` for anything else.

        >>> from finparse import Extractor
        >>> [m.text for m in Extractor().extract("5 mln dlrs, from 4 mln")]
        ['5 mln dlrs', '4 mln']
        """
        from finparse.core import _check_text

        text = _check_text(text)
        ref = check_ref_date(ref_date)
        wanted = self._kinds if kinds is None else _check_kinds(kinds)
        if (self._warm_key, wanted) not in _WARM:
            self._warm_up(wanted)
        return self._extract(text, ref, wanted)

    def _warm_up(self, wanted: tuple[str, ...]) -> None:
        # The grammars are built and their patterns compiled on first use.
        # Threads that start at once would each do it (all of them slower,
        # as compiling holds the GIL): one does, and the others wait for it.
        key = (self._warm_key, wanted)
        with _WARM_LOCK:
            if key not in _WARM:
                self._extract(_WARM_TEXT, dt.date(2025, 9, 27), wanted)
                if len(_WARM) >= _WARM_MAX:  # many option sets: forget, warm again later
                    _WARM.clear()
                _WARM.add(key)

    def _extract(self, text: str, ref: dt.date | None, wanted: tuple[str, ...]) -> list[Mention]:
        # Triples take the other kinds as their arguments, so those are read
        # whenever triples are wanted, and kept only when asked for.
        needed = set(wanted) | ({"money", "percent", "time"} if "triple" in wanted else set())
        found: list[Any] = []
        if "money" in needed:
            found.extend(self._extract_money(text))
        if "percent" in needed:
            from finparse.percent import extract_percent

            found.extend(extract_percent(text, timeout=self._timeout))
        if "time" in needed:
            from finparse.timewindow import extract_time

            found.extend(extract_time(text, ref, fiscal_year_start=self._fiscal, timeout=self._timeout))
        if "triple" in wanted:
            from finparse.triples import extract_triples

            found.sort(key=lambda m: (m.start, -m.end, m.kind))
            found.extend(extract_triples(text, found, timeout=self._timeout, **self._triples))
        found = [m for m in found if m.kind in wanted]
        found.sort(key=lambda m: (m.start, -m.end, m.kind))
        return found

    def _extract_money(self, text: str) -> list[Any]:
        from finparse.money import elliptical_amounts, money_parser

        parser = money_parser(self._money)
        amounts = [m.value for m in parser.finditer(text, timeout=self._timeout)]
        amounts.extend(elliptical_amounts(text, amounts, self._money))
        return amounts


#: Option sets and kinds whose grammars are built (see ``Extractor._warm_up``).
_WARM: set[tuple[Any, ...]] = set()
_WARM_LOCK = threading.Lock()
_WARM_MAX = 256
#: A text that reaches every part of every grammar that is built lazily.
_WARM_TEXT = (
    "Acme Corp bought Kestrel Ltd for about $5.2 million in 2021, up from 4 mln, "
    "and its margin rose 0.3 points to 5.8% over the past three years."
)


def _restore(*values: Any) -> Extractor:
    extractor = object.__new__(Extractor)
    for name, value in zip(Extractor.__slots__, values, strict=True):
        object.__setattr__(extractor, name, value)
    return extractor


_DEFAULT: list[Extractor] = []


def default_extractor() -> Extractor:
    """The shared :class:`Extractor` with default options used by :func:`extract`."""
    if not _DEFAULT:
        _DEFAULT.append(Extractor())
    return _DEFAULT[0]


def extract(
    text: str,
    *,
    ref_date: dt.date | str | None = None,
    kinds: Iterable[str] | str | None = None,
) -> list[Mention]:
    """Extract mentions from ``text`` with the default :class:`Extractor`.

    >>> from finparse import extract
    >>> [m.to_dict()["amount"] for m in extract("Sales of EUR 38.2 mn and $7.8 billion.")]
    ['38200000', '7800000000']
    """
    return default_extractor().extract(text, ref_date=ref_date, kinds=kinds)
