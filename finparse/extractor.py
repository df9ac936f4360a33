"""The front door: :func:`extract` and the :class:`Extractor` that holds options.

>>> import datetime as dt
>>> from finparse import extract, Extractor
>>> text = "Cathie Wood's ARK Invest bought about $16.3 million of Alibaba shares."
>>> [(m.kind, m.text) for m in extract(text, ref_date=dt.date(2025, 9, 27))]
[('money', 'about $16.3 million')]
>>> canadian = Extractor(currency_defaults={"$": "CAD"})
>>> canadian.extract("It cost $5.")[0].currency
'CAD'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from finparse.model import Mention

if TYPE_CHECKING:
    from finparse.money import MoneyOptions

__all__ = ["KINDS", "Extractor", "extract"]

#: The kinds of mention this version of finparse extracts.
KINDS: tuple[str, ...] = ("money", "percent")


def _check_kinds(kinds: Iterable[str] | str | None) -> tuple[str, ...]:
    if kinds is None:
        return KINDS
    if isinstance(kinds, str):
        kinds = [k.strip() for k in kinds.split(",") if k.strip()]
    out: list[str] = []
    for kind in kinds:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
        if kind not in out:
            out.append(kind)
    if not out:
        raise ValueError("kinds must name at least one kind")
    return tuple(out)


def _check_ref_date(ref_date: object) -> dt.date | None:
    if ref_date is None:
        return None
    if isinstance(ref_date, dt.datetime):
        return ref_date.date()
    if isinstance(ref_date, dt.date):
        return ref_date
    if isinstance(ref_date, str):
        try:
            return dt.date.fromisoformat(ref_date)
        except ValueError:
            raise ValueError(f"ref_date must be a date or YYYY-MM-DD, got {ref_date!r}") from None
    raise ValueError(
        f"ref_date must be a datetime.date, a YYYY-MM-DD string or None, got {ref_date!r}"
    )


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
        timeout: a hard bound, in seconds, on each underlying ``regex``
            call, for callers that want one on untrusted input (every
            pattern is linear already); exceeding it raises
            :class:`TimeoutError`. ``None`` (the default) sets no bound.

    Bad options raise :class:`ValueError` naming the offending value.

    >>> from finparse import Extractor
    >>> Extractor(decimal_mark=";")
    Traceback (most recent call last):
      ...
    ValueError: decimal_mark must be one of 'auto', '.', ','; got ';'
    """

    __slots__ = ("_kinds", "_money", "_timeout")
    _kinds: tuple[str, ...]
    _money: MoneyOptions
    _timeout: float | None

    def __init__(
        self,
        *,
        kinds: Iterable[str] | str | None = None,
        currency_defaults: Mapping[str, str | None] | None = None,
        currency_forms: Mapping[str, str] | None = None,
        decimal_mark: str = "auto",
        timeout: float | None = None,
    ) -> None:
        from finparse.money import MoneyOptions
        from finparse.numbers import _check_mark

        _check_mark(decimal_mark)
        options = MoneyOptions(
            currency_defaults=tuple(sorted(dict(currency_defaults or {}).items())),
            currency_forms=tuple(sorted(dict(currency_forms or {}).items())),
            decimal_mark=decimal_mark,  # type: ignore[arg-type]
        )
        options.table()  # validate codes now, not on first use
        if timeout is not None and (
            isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0
        ):
            raise ValueError(f"timeout must be a positive number of seconds or None, got {timeout!r}")
        object.__setattr__(self, "_kinds", _check_kinds(kinds))
        object.__setattr__(self, "_money", options)
        object.__setattr__(self, "_timeout", timeout)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Extractor is immutable")

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds extracted when a call does not say."""
        return self._kinds

    def __repr__(self) -> str:
        return f"Extractor(kinds={list(self._kinds)!r})"

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
        _check_ref_date(ref_date)
        wanted = self._kinds if kinds is None else _check_kinds(kinds)
        found: list[Any] = []
        if "money" in wanted:
            found.extend(self._extract_money(text))
        if "percent" in wanted:
            from finparse.percent import extract_percent

            found.extend(extract_percent(text, timeout=self._timeout))
        found.sort(key=lambda m: (m.start, -m.end, m.kind))
        return found

    def _extract_money(self, text: str) -> list[Any]:
        from finparse.money import elliptical_amounts, money_parser

        parser = money_parser(self._money)
        amounts = [m.value for m in parser.finditer(text, timeout=self._timeout)]
        amounts.extend(elliptical_amounts(text, amounts, self._money))
        return amounts


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
    >>> [m.to_dict()["amount"] for m in extract("Sales of EUR 49.6 mn and $7.8 billion.")]
    ['49600000', '7800000000']
    """
    return default_extractor().extract(text, ref_date=ref_date, kinds=kinds)
