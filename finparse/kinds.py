"""The kind registry: what finparse extracts, one record per kind.

Each kind of mention (``money``, ``percent``, ``time``, ``triple``) is one
:class:`Kind`: its name, the function that extracts it, its mention type,
the :class:`~finparse.Extractor` options that configure it, whether
triples take its mentions as arguments, and how the command line's table
shows it. Its data-frame columns are not listed anywhere: they come from
``to_dict()`` of an example mention. The extractor, the batch API, the
data-frame integrations and the command line loop over :data:`REGISTRY`;
adding a kind is one module, its data table and one entry here (see the
documentation's "Adding a kind" page).

>>> from finparse.kinds import REGISTRY
>>> REGISTRY.names
('money', 'percent', 'time', 'triple')
>>> time = REGISTRY["time"]
>>> time.mention_type, time.settings, time.argument, time.takes_arguments
('finparse.timewindow.TimeWindow', ('fiscal_year_start',), 'time', False)
>>> [c.name for c in REGISTRY.columns() if c.kinds == ("time",)]
['type', 'duration', 'start_date', 'end_date', 'date']

Importing this module imports no grammar: every function a record holds
imports what it needs when it is called.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Protocol, Type  # noqa: UP035

from finparse._validate import check_extra_entities, check_fiscal_year_start, check_mapping

if TYPE_CHECKING:
    from finparse.model import Mention

__all__ = [
    "COMMON_COLUMNS",
    "KINDS",
    "REGISTRY",
    "Column",
    "ColumnType",
    "ExtractFunction",
    "Kind",
    "Registry",
    "Role",
    "check_kinds",
    "no_options",
]

#: How triples read a kind's mentions: ``"quantity"`` (an amount or a
#: percentage the clause states) or ``"time"`` (when it happened).
Role = Literal["quantity", "time"]

#: The type of a data-frame column (see :data:`finparse.pandas.COLUMNS`).
ColumnType = Literal["string", "int64", "bool"]

#: The columns every mention fills, first in every mentions table, in this
#: order; the others follow kind by kind, in the order of ``to_dict()``.
COMMON_COLUMNS: tuple[str, ...] = ("kind", "start", "end", "text")


class Column(NamedTuple):
    """One column of a mentions table.

    Attributes:
        name: the column's name.
        type: ``"string"``, ``"int64"`` or ``"bool"``; see
            :data:`finparse.pandas.COLUMNS` for how each maps to pandas,
            Arrow and Spark.
        kinds: the kinds of mention that fill it; the column is null in the
            rows of every other kind.
        field: the key of :meth:`Mention.to_dict() <finparse.model.Mention.to_dict>`
            the values come from (differs from ``name`` only for a triple's
            arguments).
    """

    name: str
    type: ColumnType
    kinds: tuple[str, ...]
    field: str


class ExtractFunction(Protocol):
    """How a kind's mentions are extracted: what :attr:`Kind.extract` is called with.

    Args:
        text: the document.
        ref_date: the date relative expressions resolve against, or ``None``.
        options: the kind's options, as :attr:`Kind.options` made them.
        timeout: the bound, in seconds, on each underlying ``regex`` call,
            or ``None``.
        arguments: for a kind that takes arguments, the mentions of every
            argument kind, sorted by start (longest first); else empty.

    Returns the mentions, in any order; mentions of one kind never overlap.
    A function may take ``**context`` for the keywords it does not use.
    """

    def __call__(
        self,
        text: str,
        *,
        ref_date: dt.date | None,
        options: Any,
        timeout: float | None,
        arguments: Sequence[Mention],
    ) -> Iterable[Mention]: ...


def no_options() -> None:
    """The options of a kind that has none: ``None``."""
    return None


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of mention, as the extractor, the integrations and the command line see it.

    Attributes:
        name: the kind's name, the ``kind`` of its mentions and what
            ``kinds=`` takes (a lower-case word).
        extract: the function that extracts its mentions (see
            :class:`ExtractFunction`); it imports its grammar when called.
        mention_type: the class of its mentions, or its dotted path
            (``"finparse.model.Money"``) so that nothing is imported before
            it is needed; :meth:`mention_class` gives the class.
        example: makes a mention of this kind; the keys of its ``to_dict()``
            are the kind's data-frame columns and its values their types (a
            ``bool`` is ``"bool"``, an ``int`` ``"int64"``, anything else
            ``"string"``).
        settings: the :class:`~finparse.Extractor` keyword arguments that
            configure it.
        options: makes its options from those settings, given as keyword
            arguments (the ones a caller leaves out are not passed); checks
            them, raising :class:`ValueError` naming a bad value. What it
            returns is passed to :attr:`extract` as ``options``.
        argument: how triples read its mentions (:data:`Role`), or ``None``
            when triples do not take them as arguments.
        takes_arguments: its extract function is given the mentions of
            every argument kind (which are then extracted whether or not
            they are asked for, and kept only when they are).
        column_names: ``(to_dict key, column name)`` pairs for the keys whose
            column is named otherwise (a triple's ``amount`` is the column
            ``amount_text``, so that ``amount`` always holds a decimal).
        describe: one line about a mention, from its ``to_dict()``, for the
            command line's table; ``None`` lists its fields.

    >>> from finparse.kinds import REGISTRY
    >>> money = REGISTRY["money"]
    >>> money.settings
    ('currency_defaults', 'currency_forms', 'decimal_mark')
    >>> money.describe(money.example().to_dict())
    '5 USD'
    """

    name: str
    extract: ExtractFunction
    # typing.Type, not type: Sphinx would link ``type`` to the attributes named type
    mention_type: Type[Any] | str  # noqa: UP006
    example: Callable[[], Mention]
    settings: tuple[str, ...] = ()
    options: Callable[..., Any] = no_options
    argument: Role | None = None
    takes_arguments: bool = False
    column_names: tuple[tuple[str, str], ...] = ()
    describe: Callable[[Mapping[str, Any]], str] | None = None

    def __post_init__(self) -> None:
        if not (self.name.isascii() and self.name.isidentifier() and self.name.islower()):
            raise ValueError(f"a kind's name must be a lower-case word, got {self.name!r}")
        if self.argument is not None and self.takes_arguments:
            raise ValueError(f"kind {self.name!r} cannot both be and take an argument")

    def mention_class(self) -> Type[Any]:  # noqa: UP006
        """The class of this kind's mentions (imported on first call).

        >>> from finparse.kinds import REGISTRY
        >>> REGISTRY["percent"].mention_class()
        <class 'finparse.model.Percent'>
        """
        if isinstance(self.mention_type, str):
            module, _, name = self.mention_type.rpartition(".")
            found: type[Any] = getattr(importlib.import_module(module), name)
            return found
        return self.mention_type


def _position(mention: Mention) -> tuple[int, int, str]:
    return mention.start, -mention.end, mention.kind


@dataclass(frozen=True, slots=True)
class Registry:
    """The kinds an extractor knows, in the order their columns come.

    Args:
        kinds: the :class:`Kind` records; names must be unique.

    :data:`REGISTRY` is finparse's; a test may make its own, with a kind of
    its own, and run it with :meth:`options` and :meth:`extract`.

    >>> from finparse.kinds import REGISTRY, Registry
    >>> Registry((*REGISTRY, REGISTRY["money"]))
    Traceback (most recent call last):
      ...
    ValueError: kind 'money' is registered twice
    """

    kinds: tuple[Kind, ...]
    names: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _by_name: Mapping[str, Kind] = field(init=False, repr=False, compare=False)
    _takers: frozenset[str] = field(init=False, repr=False, compare=False)
    # What extract() reads of each kind, looked up once here rather than on
    # every call: (name, extract, is an argument, index) of the kinds that
    # take no arguments, then (name, extract, index) of those that do.
    _plain: tuple[tuple[str, ExtractFunction, bool, int], ...] = field(
        init=False, repr=False, compare=False)
    _taking: tuple[tuple[str, ExtractFunction, int], ...] = field(
        init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        kinds = tuple(self.kinds)
        by_name: dict[str, Kind] = {}
        for kind in kinds:
            if not isinstance(kind, Kind):
                raise TypeError(f"a registry holds Kind records, not {type(kind).__name__}")
            if kind.name in by_name:
                raise ValueError(f"kind {kind.name!r} is registered twice")
            by_name[kind.name] = kind
        object.__setattr__(self, "kinds", kinds)
        object.__setattr__(self, "names", tuple(by_name))
        object.__setattr__(self, "_by_name", by_name)
        object.__setattr__(self, "_takers", frozenset(k.name for k in kinds if k.takes_arguments))
        object.__setattr__(self, "_plain", tuple(
            (k.name, k.extract, k.argument is not None, i)
            for i, k in enumerate(kinds) if not k.takes_arguments))
        object.__setattr__(self, "_taking", tuple(
            (k.name, k.extract, i) for i, k in enumerate(kinds) if k.takes_arguments))

    def __iter__(self) -> Iterator[Kind]:
        return iter(self.kinds)

    def __len__(self) -> int:
        return len(self.kinds)

    def __getitem__(self, name: str) -> Kind:
        """The kind called ``name``; :class:`KeyError` if there is none."""
        return self._by_name[name]

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def argument_role(self, name: str) -> Role | None:
        """How triples read mentions of the kind ``name``; ``None`` if not at all.

        >>> from finparse.kinds import REGISTRY
        >>> [REGISTRY.argument_role(k) for k in ("money", "time", "triple", "weather")]
        ['quantity', 'time', None, None]
        """
        kind = self._by_name.get(name)
        return None if kind is None else kind.argument

    def check(self, kinds: Iterable[str] | str | None) -> tuple[str, ...]:
        """The kinds ``kinds`` names, checked, in the order given, once each.

        A string is a comma-separated list; ``None`` means every kind. An
        unknown kind, or none at all, is a :class:`ValueError`.

        >>> from finparse.kinds import REGISTRY
        >>> REGISTRY.check("time, money,time")
        ('time', 'money')
        >>> REGISTRY.check(["weather"])
        Traceback (most recent call last):
          ...
        ValueError: unknown kind 'weather'; expected one of money, percent, time, triple
        """
        if kinds is None:
            return self.names
        if isinstance(kinds, str):
            kinds = [k.strip() for k in kinds.split(",") if k.strip()]
        elif isinstance(kinds, (bytes, bytearray, Mapping)) or not hasattr(kinds, "__iter__"):
            raise ValueError(f"kinds must be a str, an iterable of str or None, got {kinds!r}")
        out: list[str] = []
        for kind in kinds:
            if kind not in self.names:
                raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(self.names)}")
            if kind not in out:
                out.append(kind)
        if not out:
            raise ValueError("kinds must name at least one kind")
        return tuple(out)

    def options(self, settings: Mapping[str, Any]) -> tuple[Any, ...]:
        """Every kind's options from the extractor's ``settings``, in registry order.

        Each kind is given the settings it names (:attr:`Kind.settings`)
        that ``settings`` holds; a bad one raises :class:`ValueError`.

        >>> from finparse.kinds import REGISTRY
        >>> REGISTRY.options({"fiscal_year_start": 4})[1:]
        (None, 4, {})
        """
        return tuple(
            kind.options(**{name: settings[name] for name in kind.settings if name in settings})
            for kind in self.kinds
        )

    def extract(
        self,
        text: str,
        kinds: tuple[str, ...],
        *,
        options: Sequence[Any],
        ref_date: dt.date | None = None,
        timeout: float | None = None,
    ) -> list[Mention]:
        """The mentions of ``kinds`` in ``text``, sorted by start (longest first).

        ``kinds`` are names checked by :meth:`check`; ``options`` are what
        :meth:`options` gives. A kind that takes arguments is run last, on
        the mentions of every argument kind, which are then extracted whether
        or not ``kinds`` names them (and kept only if it does).

        >>> from finparse.kinds import REGISTRY
        >>> options = REGISTRY.options({})
        >>> [m.text for m in REGISTRY.extract("Up 5% to $3 mn.", ("money", "percent"), options=options)]
        ['5%', '$3 mn']
        """
        if len(options) != len(self.kinds):
            raise ValueError(f"{len(options)} options for {len(self.kinds)} kinds")
        feeds = not self._takers.isdisjoint(kinds)
        found: list[Mention] = []
        arguments: list[Mention] = []
        for name, run, is_argument, i in self._plain:
            if name in kinds or (feeds and is_argument):
                mentions = run(
                    text, ref_date=ref_date, options=options[i], timeout=timeout, arguments=()
                )
                if not isinstance(mentions, list):
                    mentions = list(mentions)
                found.extend(mentions)
                if feeds and is_argument:
                    arguments.extend(mentions)
        if feeds:
            arguments.sort(key=_position)
            for name, run, i in self._taking:
                if name in kinds:
                    found.extend(run(
                        text, ref_date=ref_date, options=options[i], timeout=timeout,
                        arguments=arguments,
                    ))
        found = [m for m in found if m.kind in kinds]
        found.sort(key=_position)
        return found

    def columns(self) -> tuple[Column, ...]:
        """The columns of a mentions table, derived from each kind's ``to_dict()``.

        :data:`COMMON_COLUMNS` first; then, kind by kind in registry order,
        each key of the kind's example ``to_dict()`` that no kind before it
        has (renamed by :attr:`Kind.column_names`). Imports every mention
        type.

        >>> from finparse.kinds import REGISTRY
        >>> [c.name for c in REGISTRY.columns()][:8]
        ['kind', 'start', 'end', 'text', 'amount', 'low', 'high', 'currency']
        >>> REGISTRY.columns()[5]
        Column(name='low', type='string', kinds=('money', 'percent'), field='low')
        """
        found: dict[str, tuple[ColumnType, list[str], str]] = {}
        for kind in self.kinds:
            example = kind.example()
            if not isinstance(example, kind.mention_class()):
                raise TypeError(f"the example of kind {kind.name!r} is not a {kind.mention_type}")
            data = example.to_dict()
            missing = [name for name in COMMON_COLUMNS if name not in data]
            if missing or data["kind"] != kind.name:
                raise ValueError(f"the to_dict() of kind {kind.name!r} must start with its "
                                 f"kind and have {', '.join(COMMON_COLUMNS)}")
            renames = dict(kind.column_names)
            for key in (*COMMON_COLUMNS, *data):
                name = renames.get(key, key)
                value = data[key]
                typed: ColumnType = ("bool" if isinstance(value, bool)
                                     else "int64" if isinstance(value, int) else "string")
                if name not in found:
                    found[name] = (typed, [kind.name], key)
                    continue
                known, kinds, source = found[name]
                if kind.name in kinds:
                    continue
                if (known, source) != (typed, key):
                    raise ValueError(f"column {name!r} of kind {kind.name!r} clashes with "
                                     f"kind {kinds[0]!r}'s; rename it (Kind.column_names)")
                kinds.append(kind.name)
        return tuple(Column(name, typed, tuple(kinds), key)
                     for name, (typed, kinds, key) in found.items())


# -- the built-in kinds -------------------------------------------------------------------------
# Each function imports its module when called, so that importing finparse
# imports no grammar. The extract functions name every keyword (no **context):
# they run on every call, and a keyword dict per call is measurable on short texts.

#: An amount for the money options to build their grammar on (see _money_options).
_PROBE = "Acme Corp bought Kestrel Ltd for about $5.2 million in 2021, up from 4 mln."


def _money_options(
    *,
    currency_defaults: Mapping[str, str | None] | None = None,
    currency_forms: Mapping[str, str] | None = None,
    decimal_mark: str = "auto",
) -> Any:
    from finparse.money import MoneyOptions, money_parser
    from finparse.numbers import check_mark

    check_mark(decimal_mark)
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
        try:
            money_parser(options).search(_PROBE)
        except ValueError as e:
            raise ValueError(f"currency_forms/currency_defaults: {e}") from None
    return options


def _extract_money(text: str, *, ref_date: dt.date | None, options: Any, timeout: float | None,
                   arguments: Sequence[Mention]) -> list[Any]:
    from finparse.money import elliptical_amounts, money_parser

    amounts = [m.value for m in money_parser(options).finditer(text, timeout=timeout)]
    amounts.extend(elliptical_amounts(text, amounts, options))
    return amounts


def _money_example() -> Mention:
    from decimal import Decimal

    from finparse.model import Money

    return Money("$5", 0, 2, Decimal(5), "USD", "$")


def _describe_money(m: Mapping[str, Any]) -> str:
    number = m["amount"] if m["amount"] is not None else f"{m['low']}..{m['high']}"
    cur = m["currency"] or f"?{m['unit']}"
    mark = {"min": ">=", "max": "<="}.get(m.get("bound") or "", "")
    approx = "~" if m.get("approximate") else ""
    assumed = " (assumed)" if m.get("currency_assumed") else ""
    return f"{mark}{approx}{number} {cur}{assumed}"


def _extract_percent(text: str, *, ref_date: dt.date | None, options: None, timeout: float | None,
                     arguments: Sequence[Mention]) -> list[Any]:
    from finparse.percent import extract_percent

    return extract_percent(text, timeout=timeout)


def _percent_example() -> Mention:
    from decimal import Decimal

    from finparse.model import Percent

    return Percent("5%", 0, 2, Decimal(5), "percent")


def _describe_percent(m: Mapping[str, Any]) -> str:
    number = m["value"] if m["value"] is not None else f"{m['low']}..{m['high']}"
    arrow = {"up": " up", "down": " down"}.get(m.get("direction") or "", "")
    return f"{number} {m['unit']}{arrow}"


def _time_options(*, fiscal_year_start: int = 1) -> int:
    check_fiscal_year_start(fiscal_year_start)
    return fiscal_year_start


def _extract_time(
    text: str, *, ref_date: dt.date | None, options: int, timeout: float | None,
    arguments: Sequence[Mention],
) -> list[Any]:
    from finparse.timewindow import extract_time

    return extract_time(text, ref_date, fiscal_year_start=options, timeout=timeout)


def _time_example() -> Mention:
    from finparse.timewindow import TimeWindow

    return TimeWindow("2024", 0, 4, "period")


def _describe_time(m: Mapping[str, Any]) -> str:
    if m["type"] == "duration":
        return f"duration {m['duration']}"
    if m["type"] == "date":
        return f"date {m['date']}" if m["date"] else "date (relative)"
    if m["start_date"]:
        return f"{m['start_date']} .. {m['end_date']}"
    return "period (relative)"


def _triple_options(
    *,
    extra_verbs: Mapping[str, str] | None = None,
    extra_entities: Iterable[str | tuple[str, str]] | None = None,
) -> dict[str, Any]:
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
    return triples


def _extract_triples(
    text: str,
    *,
    ref_date: dt.date | None,
    options: dict[str, Any],
    timeout: float | None,
    arguments: Sequence[Mention],
) -> list[Any]:
    from finparse.triples import extract_triples

    return extract_triples(text, arguments, timeout=timeout, **options)


def _triple_example() -> Mention:
    from finparse.triples import Triple

    return Triple("Acme bought Kestrel", 0, 19, "Acme", "buy", "Kestrel")


def _describe_triple(m: Mapping[str, Any]) -> str:
    args = ", ".join(m[k] for k in ("amount", "percent", "time") if m.get(k))
    return f"{m['subject']} / {m['action']} / {m['object']}" + (f" ({args})" if args else "")


#: The kinds finparse extracts, in the order of their columns.
REGISTRY = Registry((
    Kind(
        "money",
        _extract_money,
        "finparse.model.Money",
        _money_example,
        settings=("currency_defaults", "currency_forms", "decimal_mark"),
        options=_money_options,
        argument="quantity",
        describe=_describe_money,
    ),
    Kind(
        "percent",
        _extract_percent,
        "finparse.model.Percent",
        _percent_example,
        argument="quantity",
        describe=_describe_percent,
    ),
    Kind(
        "time",
        _extract_time,
        "finparse.timewindow.TimeWindow",
        _time_example,
        settings=("fiscal_year_start",),
        options=_time_options,
        argument="time",
        describe=_describe_time,
    ),
    Kind(
        "triple",
        _extract_triples,
        "finparse.triples.Triple",
        _triple_example,
        settings=("extra_verbs", "extra_entities"),
        options=_triple_options,
        takes_arguments=True,
        column_names=(("amount", "amount_text"), ("percent", "percent_text"), ("time", "time_text")),
        describe=_describe_triple,
    ),
))

#: The names of the kinds finparse extracts (``REGISTRY.names``).
KINDS: tuple[str, ...] = REGISTRY.names


def check_kinds(kinds: Iterable[str] | str | None) -> tuple[str, ...]:
    """:meth:`Registry.check` of :data:`REGISTRY`: what every ``kinds=`` argument goes through.

    >>> from finparse.kinds import check_kinds
    >>> check_kinds(None)
    ('money', 'percent', 'time', 'triple')
    >>> check_kinds("")
    Traceback (most recent call last):
      ...
    ValueError: kinds must name at least one kind
    """
    return REGISTRY.check(kinds)
