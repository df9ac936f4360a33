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
import inspect
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from finparse._exact import exact
from finparse._validate import check_ref_date, check_timeout
from finparse.kinds import REGISTRY, check_kinds
from finparse.model import KindOptions, Mention

__all__ = ["KINDS", "Extractor", "extract"]

#: The kinds of mention this version of finparse extracts (the names of
#: :data:`finparse.kinds.REGISTRY`).
KINDS: tuple[str, ...] = REGISTRY.names


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
        coreference: resolve "it", "the company"... in triples to the name
            they refer to (default ``True``).
        timeout: a hard bound, in seconds, on each underlying ``regex``
            call and on the triple analysis of each sentence, for callers
            that want one on untrusted input (every pattern and the
            analysis are linear already); exceeding it raises
            :class:`TimeoutError`. ``None`` (the default) sets no bound.

    Bad options raise :class:`ValueError` naming the offending value. Each
    kind's options are checked by its options type
    (:class:`~finparse.money.MoneyOptions`,
    :class:`~finparse.timewindow.TimeOptions`,
    :class:`~finparse.triples.TripleOptions`...), made from these settings.
    Grammars are built on first use, once per process and set of options
    (threads that need one at the same time share one build).

    >>> from finparse import Extractor
    >>> Extractor(decimal_mark=";")
    Traceback (most recent call last):
      ...
    ValueError: decimal_mark must be one of 'auto', '.', ','; got ';'
    """

    __slots__ = ("_kinds", "_options", "_timeout")
    _kinds: tuple[str, ...]
    #: Each kind's options, in the order of :data:`finparse.kinds.REGISTRY`.
    _options: Sequence[KindOptions]
    _timeout: float | None

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
        coreference: bool = True,
        timeout: float | None = None,
    ) -> None:
        settings = {
            "currency_defaults": currency_defaults,
            "currency_forms": currency_forms,
            "decimal_mark": decimal_mark,
            "fiscal_year_start": fiscal_year_start,
            "extra_verbs": extra_verbs,
            "extra_entities": extra_entities,
            "coreference": coreference,
        }
        # With every setting at its default (nothing to check), each kind's
        # options are made when a call first runs the kind: a first call of
        # money alone does not import the other kinds' grammars.
        options: Sequence[KindOptions] = (
            REGISTRY.default_options() if _all_default(settings) else REGISTRY.options(settings)
        )
        timeout = check_timeout(timeout)
        object.__setattr__(self, "_kinds", check_kinds(kinds))
        object.__setattr__(self, "_options", options)
        object.__setattr__(self, "_timeout", timeout)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Extractor is immutable")

    def prepare(self, kinds: Iterable[str] | str | None = None) -> Extractor:
        """Build and compile, now, the grammars extracting ``kinds`` needs; returns the extractor.

        Grammars are otherwise built, part by part, when a text first needs
        them, once per process. A process about to fork workers may call
        this first, so that every worker inherits them built (under
        ``fork``, :func:`~finparse.batch.extract_many` does, when its
        documents fill more than its first chunks);
        a server may call it at start-up so that its first request costs no
        more than the others.
        ``kinds`` defaults to the extractor's.

        >>> from finparse import Extractor
        >>> money = Extractor(kinds="money").prepare()
        >>> [m.text for m in money.extract("It cost $5.")]
        ['$5']
        """
        wanted = self._kinds if kinds is None else check_kinds(kinds)
        REGISTRY.prepare(wanted, options=self._options)
        return self

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
        from finparse.core import check_text

        text = check_text(text)
        ref = check_ref_date(ref_date)
        wanted = self._kinds if kinds is None else check_kinds(kinds)
        return REGISTRY.extract(
            text, wanted, options=self._options, ref_date=ref, timeout=self._timeout
        )


def _restore(*values: Any) -> Extractor:
    extractor = object.__new__(Extractor)
    for name, value in zip(Extractor.__slots__, values, strict=True):
        object.__setattr__(extractor, name, value)
    return extractor


_DEFAULT: list[Extractor] = []

#: The settings of ``Extractor()``: the defaults of its keywords, read from
#: its signature (``kinds`` and ``timeout`` are no kind's setting).
_DEFAULT_SETTINGS: dict[str, Any] = {
    name: param.default
    for name, param in inspect.signature(Extractor.__init__).parameters.items()
    if name not in ("self", "kinds", "timeout")
}


def _all_default(settings: Mapping[str, Any]) -> bool:
    """Whether every setting is its default, of its type too (``1.0`` and
    ``True`` are no default ``1``: the options check says what is wrong)."""
    return all(
        type(value) is type(_DEFAULT_SETTINGS[name]) and value == _DEFAULT_SETTINGS[name]
        for name, value in settings.items()
    )


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
