"""The values finparse returns: frozen, slotted, typed mentions.

Every mention has ``kind``, ``text`` and a half-open span ``start``/``end``
into the text it came from (``text[m.start:m.end] == m.text``), and
``to_dict()`` in the JSON format described in the documentation's *JSON
output* page (the format of ``shared/corpus/SCHEMA.md``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol, TypeVar, runtime_checkable

if TYPE_CHECKING:
    import pint

__all__ = [
    "Bound",
    "Direction",
    "KindOptions",
    "Located",
    "Mention",
    "Money",
    "Percent",
    "Span",
    "Unit",
    "decimal_str",
]

Bound = Literal["min", "max"]
Direction = Literal["up", "down"]
Unit = Literal["percent", "percentage_point", "basis_point"]


def decimal_str(value: Decimal | None) -> str | None:
    """A Decimal as a plain string with no exponent (``None`` stays ``None``).

    >>> from decimal import Decimal
    >>> decimal_str(Decimal("1.63E+7")), decimal_str(Decimal("0.50"))
    ('16300000', '0.50')
    """
    if value is None:
        return None
    return format(value, "f")


_O = TypeVar("_O", bound="KindOptions")


@dataclass(frozen=True, slots=True)
class KindOptions:
    """The options of one kind of mention: a frozen dataclass, one per kind.

    Each kind's options type derives from this one
    (:class:`~finparse.money.MoneyOptions`,
    :class:`~finparse.percent.PercentOptions`,
    :class:`~finparse.timewindow.TimeOptions`,
    :class:`~finparse.triples.TripleOptions`); its fields are the kind's
    settings, the :class:`~finparse.Extractor` keyword arguments of the same
    names. Creating one checks every value, in one place, and raises
    :class:`ValueError` naming a bad one. This base has no field: it is the
    options of a kind that takes none.

    >>> from finparse.timewindow import TimeOptions
    >>> TimeOptions.settings()
    ('fiscal_year_start',)
    >>> TimeOptions.from_settings(fiscal_year_start=4)
    TimeOptions(fiscal_year_start=4)
    >>> TimeOptions(fiscal_year_start=13)
    Traceback (most recent call last):
      ...
    ValueError: fiscal_year_start must be a month number from 1 to 12, got 13
    """

    @classmethod
    def settings(cls) -> tuple[str, ...]:
        """The names of the settings: the fields, in order."""
        return tuple(f.name for f in dataclasses.fields(cls))

    @classmethod
    def from_settings(cls: type[_O], **settings: Any) -> _O:
        """The options from settings written as :class:`~finparse.Extractor` takes them.

        A kind whose settings are mappings or lists (``{form: code}``)
        turns them into the tuples its fields hold (``None`` there is an
        empty one). An unknown setting is a :class:`TypeError`.
        """
        return cls(**settings)

    @classmethod
    def of(cls: type[_O], options: object = None, **settings: Any) -> _O:
        """``options`` if given, else :meth:`from_settings` of ``settings``.

        What a public ``extract_*`` function does with its ``options=`` and
        its keyword shorthands: both at once is a :class:`TypeError`, and
        so are options of another kind.

        >>> from finparse.timewindow import TimeOptions
        >>> TimeOptions.of(None, fiscal_year_start=None)
        TimeOptions(fiscal_year_start=1)
        >>> TimeOptions.of(TimeOptions(4), fiscal_year_start=10)
        Traceback (most recent call last):
          ...
        TypeError: give TimeOptions or fiscal_year_start, not both
        """
        if options is None:
            # a shorthand left out (None) keeps its default
            return cls.from_settings(**{k: v for k, v in settings.items() if v is not None})
        if not isinstance(options, cls):
            raise TypeError(f"options must be {cls.__name__}, not {type(options).__name__}")
        given = [name for name, value in settings.items() if value is not None]
        if given:
            raise TypeError(f"give {cls.__name__} or {', '.join(given)}, not both")
        return options


@runtime_checkable
class Located(Protocol):
    """A piece of text with its half-open span (mentions, entities, spans)."""

    @property
    def text(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@runtime_checkable
class Mention(Located, Protocol):
    """What every mention has in common."""

    @property
    def kind(self) -> str: ...

    def to_dict(self) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class Money:
    """A currency amount, or a range of amounts, found in text.

    Attributes:
        text: the mention as written, qualifier included
            (``"approximately $16.3 million"``).
        start: offset of the first character in the source text.
        end: offset just after the last character.
        amount: the amount in the currency's main unit, exact; ``None`` for
            a range ("50 cents" is ``Decimal("0.50")``).
        currency: ISO 4217 code, or ``None`` when the text does not say and
            no default applies.
        unit: the currency symbol, code or word as written (``"US$"``,
            ``"dlrs"``).
        low: lower end of a range (``"$5-6 billion"``), else ``None``.
        high: upper end of a range, else ``None``.
        approximate: a qualifier such as "about" or "approximately".
        bound: ``"min"`` for "more than", "at least"...; ``"max"`` for "up
            to", "less than"...; else ``None``.
        currency_assumed: the currency came from a default for an ambiguous
            unit (a bare ``$`` read as USD), not from the text.
        ambiguous: the digits could be read another way (``1,234``); the
            documented rule was applied.
        elliptical: the amount states no unit of its own and takes the
            currency of the amount it is compared with ("rose to 101.1 mln
            dlrs from 87.4 mln").

    >>> from finparse import extract
    >>> m = extract("ARK bought approximately $16.3 million of shares.", kinds="money")[0]
    >>> m.amount, m.currency, m.approximate, m.currency_assumed
    (Decimal('16300000'), 'USD', True, True)
    >>> m.to_dict()["amount"]
    '16300000'
    """

    kind: ClassVar[str] = "money"

    text: str
    start: int
    end: int
    amount: Decimal | None
    currency: str | None
    unit: str
    low: Decimal | None = None
    high: Decimal | None = None
    approximate: bool = False
    bound: Bound | None = None
    currency_assumed: bool = False
    ambiguous: bool = False
    elliptical: bool = False

    @property
    def is_range(self) -> bool:
        """True for a range such as "$5-6 billion"."""
        return self.amount is None

    def to_dict(self) -> dict[str, Any]:
        """The mention as JSON-ready data (decimals as strings).

        >>> from finparse import extract
        >>> extract("It cost 25 euros.", kinds="money")[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
        {'kind': 'money', 'text': '25 euros', 'start': 8, 'end': 16,
         'amount': '25', 'low': None, 'high': None, 'currency': 'EUR',
         'unit': 'euros', 'approximate': False, 'bound': None,
         'currency_assumed': False}
        """
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "amount": decimal_str(self.amount),
            "low": decimal_str(self.low),
            "high": decimal_str(self.high),
            "currency": self.currency,
            "unit": self.unit,
            "approximate": self.approximate,
            "bound": self.bound,
            "currency_assumed": self.currency_assumed,
        }

    @property
    def quantity(self) -> pint.Quantity[Decimal]:
        """The amount as a pint Quantity in its currency (imports pint).

        Each currency is its own dimension, so USD never converts silently
        to EUR; an unknown currency is the unit ``XXX``. Raises
        :class:`ValueError` for a range (use :attr:`quantities`).

        >>> from finparse import extract
        >>> q = extract("a $53 billion commitment", kinds="money")[0].quantity
        >>> q
        <Quantity(53000000000, 'USD')>
        >>> q.to("USD").magnitude
        Decimal('53000000000')
        """
        if self.amount is None:
            raise ValueError(f"{self.text!r} is a range; use .quantities")
        from finparse.units import money_quantity

        return money_quantity(self.amount, self.currency)

    @property
    def quantities(self) -> tuple[pint.Quantity[Decimal], ...]:
        """``(amount,)`` or ``(low, high)`` as pint Quantities."""
        from finparse.units import money_quantity

        if self.amount is not None:
            return (money_quantity(self.amount, self.currency),)
        assert self.low is not None and self.high is not None
        return (
            money_quantity(self.low, self.currency),
            money_quantity(self.high, self.currency),
        )


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the source text: ``source[start:end] == text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Percent:
    """A percentage, a change in percentage points, or basis points.

    Attributes:
        text: the mention as written (``"46.8%"``, ``"1.5 percentage points"``).
        start: offset of the first character in the source text.
        end: offset just after the last character.
        value: the number in its own unit, exact and signed as written
            (``"-0.2 %"`` is ``Decimal("-0.2")``); ``None`` for a range.
        unit: ``"percent"``, ``"percentage_point"`` or ``"basis_point"``;
            "50 bps" is 50 basis points, not 0.5 percent.
        low: lower end of a range (``"5-7%"``), else ``None``.
        high: upper end of a range, else ``None``.
        direction: ``"up"`` or ``"down"`` for a change ("surged by 46.8%",
            "a 5% decline"), ``None`` for a level ("rose to 12.2%", "a 26%
            stake").
        approximate: a qualifier such as "about" came first.
        bound: ``"min"`` ("more than 5%") or ``"max"`` ("up to 5%"), else ``None``.
        measure: what the percentage is about, when the clause says
            ("revenue" in "a 26% revenue increase"); a heuristic, see
            :func:`finparse.percent.measure_of`.

    >>> from finparse import extract
    >>> p = extract("Revenue rose 26% to $5 billion.", kinds="percent")[0]
    >>> p.value, p.unit, p.direction, p.measure.text
    (Decimal('26'), 'percent', 'up', 'Revenue')
    """

    kind: ClassVar[str] = "percent"

    text: str
    start: int
    end: int
    value: Decimal | None
    unit: Unit
    low: Decimal | None = None
    high: Decimal | None = None
    direction: Direction | None = None
    approximate: bool = False
    bound: Bound | None = None
    measure: Span | None = None

    @property
    def is_range(self) -> bool:
        """True for a range such as "5-7%"."""
        return self.value is None

    def to_dict(self) -> dict[str, Any]:
        """The mention as JSON-ready data (decimals as strings).

        >>> from finparse import extract
        >>> extract("up 3.5 pct", kinds="percent")[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
        {'kind': 'percent', 'text': '3.5 pct', 'start': 3, 'end': 10, 'value': '3.5',
         'low': None, 'high': None, 'unit': 'percent', 'direction': 'up',
         'approximate': False, 'bound': None, 'measure': None}
        """
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": decimal_str(self.value),
            "low": decimal_str(self.low),
            "high": decimal_str(self.high),
            "unit": self.unit,
            "direction": self.direction,
            "approximate": self.approximate,
            "bound": self.bound,
            "measure": None if self.measure is None else self.measure.text,
        }

    @property
    def quantity(self) -> pint.Quantity[Decimal]:
        """The value as a pint Quantity: percent, percentage_point or basis_point.

        >>> from finparse import extract
        >>> extract("50 bps", kinds="percent")[0].quantity
        <Quantity(50, 'basis_point')>
        """
        if self.value is None:
            raise ValueError(f"{self.text!r} is a range; use .low and .high")
        from finparse.units import percent_quantity

        return percent_quantity(self.value, self.unit)
