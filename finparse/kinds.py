"""The kind registry: what finparse extracts, one record per kind.

Each kind of mention (``money``, ``percent``, ``time``, ``triple``) is one
:class:`Kind`: its name, the function that extracts it, its mention type,
its options type (whose fields are the :class:`~finparse.Extractor`
settings that configure it), whether
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
>>> time.mention_type, time.options, time.argument, time.takes_arguments
('finparse.timewindow.TimeWindow', 'finparse.timewindow.TimeOptions', 'time', False)
>>> time.settings
('fiscal_year_start',)
>>> [c.name for c in REGISTRY.columns() if c.kinds == ("time",)]
['type', 'duration', 'start_date', 'end_date', 'date']

Importing this module imports no grammar: every function a record holds
imports what it needs when it is called.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Protocol, Type, overload  # noqa: UP035

if TYPE_CHECKING:
    from finparse.model import KindOptions, Mention

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
        options: the kind's options, an instance of :attr:`Kind.options`.
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


def _resolve(target: Any) -> Any:
    """``target`` itself, or the object its dotted path names (imported now)."""
    if isinstance(target, str):
        module, _, name = target.rpartition(".")
        return getattr(importlib.import_module(module), name)
    return target


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
        options: the type of its options, a frozen
            :class:`~finparse.model.KindOptions` dataclass whose fields are
            the :class:`~finparse.Extractor` settings that configure it
            (:attr:`settings`), or its dotted path; an instance is passed to
            :attr:`extract` as ``options``. The default, the base
            :class:`~finparse.model.KindOptions`, has no settings.
        argument: how triples read its mentions (:data:`Role`), or ``None``
            when triples do not take them as arguments.
        slot: the field of a :class:`~finparse.triples.Triple` its mentions
            fill (``"amount"`` for money), for a kind that is an argument.
        takes_arguments: its extract function is given the mentions of
            every argument kind (which are then extracted whether or not
            they are asked for, and kept only when they are).
        column_names: ``(to_dict key, column name)`` pairs for the keys whose
            column is named otherwise (a triple's ``amount`` is the column
            ``amount_text``, so that ``amount`` always holds a decimal).
        describe: one line about a mention, from its ``to_dict()``, for the
            command line's table; ``None`` lists its fields.
        prepare: builds and compiles, now, the grammar :attr:`extract` runs
            with the options it is given, rather than on first use (see
            :meth:`Registry.prepare`); ``None`` when there is nothing worth it.

    >>> from finparse.kinds import REGISTRY
    >>> money = REGISTRY["money"]
    >>> money.settings
    ('currency_defaults', 'currency_forms', 'decimal_mark')
    >>> money.option_class().from_settings(decimal_mark=",")
    MoneyOptions(currency_defaults=(), currency_forms=(), decimal_mark=',')
    >>> money.describe(money.example().to_dict())
    '5 USD'
    """

    name: str
    extract: ExtractFunction
    # typing.Type, not type: Sphinx would link ``type`` to the attributes named type
    mention_type: Type[Any] | str  # noqa: UP006
    example: Callable[[], Mention]
    # typing.Type, as for mention_type
    options: Type[KindOptions] | str = "finparse.model.KindOptions"  # noqa: UP006
    argument: Role | None = None
    slot: str | None = None
    takes_arguments: bool = False
    column_names: tuple[tuple[str, str], ...] = ()
    describe: Callable[[Mapping[str, Any]], str] | None = None
    prepare: Callable[[Any], None] | None = None

    def __post_init__(self) -> None:
        if not (self.name.isascii() and self.name.isidentifier() and self.name.islower()):
            raise ValueError(f"a kind's name must be a lower-case word, got {self.name!r}")
        if self.argument is not None and self.takes_arguments:
            raise ValueError(f"kind {self.name!r} cannot both be and take an argument")
        if (self.argument is None) != (self.slot is None):
            raise ValueError(f"kind {self.name!r}: an argument needs a slot, and a slot an argument")

    def mention_class(self) -> Type[Any]:  # noqa: UP006
        """The class of this kind's mentions (imported on first call).

        >>> from finparse.kinds import REGISTRY
        >>> REGISTRY["percent"].mention_class()
        <class 'finparse.model.Percent'>
        """
        found: type[Any] = _resolve(self.mention_type)
        return found

    def option_class(self) -> Type[KindOptions]:  # noqa: UP006
        """The type of this kind's options (imported on first call).

        >>> from finparse.kinds import REGISTRY
        >>> REGISTRY["time"].option_class()
        <class 'finparse.timewindow.TimeOptions'>
        """
        from finparse.model import KindOptions

        found = _resolve(self.options)
        if not (isinstance(found, type) and issubclass(found, KindOptions)):
            raise TypeError(f"the options of kind {self.name!r} must be a KindOptions "
                            f"dataclass, got {found!r}")
        return found

    @property
    def settings(self) -> tuple[str, ...]:
        """The :class:`~finparse.Extractor` settings that configure this kind:
        the fields of its options (imports them)."""
        return self.option_class().settings()


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
    #: The kinds extracted at least once in this process (see extract()).
    _ran: set[str] = field(init=False, repr=False, compare=False)

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
        object.__setattr__(self, "_ran", set())

    def __iter__(self) -> Iterator[Kind]:
        return iter(self.kinds)

    def __len__(self) -> int:
        return len(self.kinds)

    def __getitem__(self, name: str) -> Kind:
        """The kind called ``name``; :class:`KeyError` if there is none."""
        return self._by_name[name]

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def argument_slot(self, name: str) -> str | None:
        """The field of a triple that mentions of the kind ``name`` fill; ``None`` if none.

        >>> from finparse.kinds import REGISTRY
        >>> [REGISTRY.argument_slot(k) for k in ("money", "percent", "time", "triple")]
        ['amount', 'percent', 'time', None]
        """
        kind = self._by_name.get(name)
        return None if kind is None else kind.slot

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

    def options(self, settings: Mapping[str, Any]) -> tuple[KindOptions, ...]:
        """Every kind's options from the extractor's ``settings``, in registry order.

        Each kind's options are made by
        :meth:`~finparse.model.KindOptions.from_settings` from the settings
        it names (:attr:`Kind.settings`) that ``settings`` holds; a bad one
        raises :class:`ValueError`.

        >>> from finparse.kinds import REGISTRY
        >>> REGISTRY.options({"fiscal_year_start": 4})[1:3]
        (PercentOptions(), TimeOptions(fiscal_year_start=4))
        """
        made = []
        for kind in self.kinds:
            cls = kind.option_class()
            made.append(cls.from_settings(
                **{name: settings[name] for name in cls.settings() if name in settings}))
        return tuple(made)

    def default_options(self) -> Sequence[KindOptions]:
        """Every kind's default options, in registry order, each made when first read.

        What ``options({})`` gives, without importing a kind's module until
        a call runs the kind: an extractor with default options, used for
        money alone, never imports the triple grammar.

        >>> from finparse.kinds import REGISTRY
        >>> list(REGISTRY.default_options()) == list(REGISTRY.options({}))
        True
        """
        return _DefaultOptions(self)

    def needed(self, kinds: tuple[str, ...]) -> tuple[str, ...]:
        """The kinds extracting ``kinds`` runs: those, and the argument kinds
        when one of them takes arguments, in registry order.

        >>> from finparse.kinds import REGISTRY
        >>> REGISTRY.needed(("time",)), REGISTRY.needed(("triple",))
        (('time',), ('money', 'percent', 'time', 'triple'))
        """
        feeds = not self._takers.isdisjoint(kinds)
        return tuple(k.name for k in self.kinds
                     if k.name in kinds or (feeds and k.argument is not None))

    def prepare(self, kinds: tuple[str, ...], *, options: Sequence[Any]) -> None:
        """Build and compile, now, the grammars extracting ``kinds`` runs.

        Each part of a grammar is otherwise built, and its patterns
        compiled, when a text first needs it. A process that forks workers
        prepares first, so that each worker inherits the grammars built
        instead of building them again.

        >>> from finparse.kinds import REGISTRY
        >>> REGISTRY.prepare(("money",), options=REGISTRY.options({}))
        """
        if len(options) != len(self.kinds):
            raise ValueError(f"{len(options)} options for {len(self.kinds)} kinds")
        needed = self.needed(kinds)
        for i, kind in enumerate(self.kinds):
            if kind.name in needed and kind.prepare is not None:
                kind.prepare(options[i])

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
        if self._ran.issuperset(kinds):
            return self._extract(text, kinds, options, ref_date, timeout)
        # The first extraction of a kind builds its grammar and tables: tens
        # of thousands of objects that live as long as the process, none in
        # a cycle, which the garbage collector's passes would read again and
        # again while they are made (see finparse.core.collector_paused).
        from finparse.core import collector_paused

        with collector_paused():
            found = self._extract(text, kinds, options, ref_date, timeout)
        self._ran.update(kinds)
        return found

    def _extract(
        self, text: str, kinds: tuple[str, ...], options: Sequence[Any],
        ref_date: dt.date | None, timeout: float | None,
    ) -> list[Mention]:
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

@functools.cache
def _module(name: str) -> Any:
    """The module ``name``, imported on first use (a kind's grammar is
    imported when a call first runs the kind); a cache look-up after."""
    return importlib.import_module(name)


def _extract_money(text: str, *, ref_date: dt.date | None, options: Any, timeout: float | None,
                   arguments: Sequence[Mention]) -> list[Any]:
    money = _module("finparse.money")
    amounts = [m.value for m in money.money_parser(options).finditer(text, timeout=timeout)]
    amounts.extend(money.elliptical_amounts(text, amounts, options))
    return amounts


def _prepare_money(options: Any) -> None:
    from finparse import core, money
    from finparse.core import prepare_patterns

    money.money_parser(options).prepare()
    prepare_patterns(vars(money), vars(core))


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


def _extract_percent(text: str, *, ref_date: dt.date | None, options: Any, timeout: float | None,
                     arguments: Sequence[Mention]) -> list[Any]:
    found: list[Any] = _module("finparse.percent").extract_percent(text, options=options, timeout=timeout)
    return found


def _prepare_percent(options: Any) -> None:
    from finparse import direction, percent
    from finparse.core import prepare_patterns

    percent.percentages().prepare()
    prepare_patterns(vars(percent), vars(direction))


def _percent_example() -> Mention:
    from decimal import Decimal

    from finparse.model import Percent

    return Percent("5%", 0, 2, Decimal(5), "percent")


def _describe_percent(m: Mapping[str, Any]) -> str:
    number = m["value"] if m["value"] is not None else f"{m['low']}..{m['high']}"
    arrow = {"up": " up", "down": " down"}.get(m.get("direction") or "", "")
    return f"{number} {m['unit']}{arrow}"


def _extract_time(
    text: str, *, ref_date: dt.date | None, options: Any, timeout: float | None,
    arguments: Sequence[Mention],
) -> list[Any]:
    found: list[Any] = _module("finparse.timewindow").time_windows(text, ref_date, options, timeout)
    return found


def _prepare_time(options: Any) -> None:
    from finparse import timewindow

    timewindow.time_spec.prepare()


def _prepare_triples(options: Any) -> None:
    from finparse import entities, sentences, triples
    from finparse.core import prepare_patterns

    triples.prepare(options)
    prepare_patterns(vars(triples), vars(entities), vars(sentences))


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


def _extract_triples(
    text: str,
    *,
    ref_date: dt.date | None,
    options: Any,
    timeout: float | None,
    arguments: Sequence[Mention],
) -> list[Any]:
    found: list[Any] = _module("finparse.triples").triples_of(text, arguments, options, timeout)
    return found


def _triple_example() -> Mention:
    from finparse.triples import Triple

    return Triple("Acme bought Kestrel", 0, 19, "Acme", "buy", "Kestrel")


def _describe_triple(m: Mapping[str, Any]) -> str:
    args = ", ".join(m[k.slot] for k in REGISTRY if k.slot and m.get(k.slot))
    return f"{m['subject']} / {m['action']} / {m['object']}" + (f" ({args})" if args else "")


class _DefaultOptions(Sequence["KindOptions"]):
    """A registry's default options (see :meth:`Registry.default_options`)."""

    __slots__ = ("_made", "_registry")

    def __init__(self, registry: Registry) -> None:
        self._registry = registry
        self._made: list[KindOptions | None] = [None] * len(registry.kinds)

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, i: int) -> KindOptions: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[KindOptions, ...]: ...

    def __getitem__(self, i: int | slice) -> KindOptions | tuple[KindOptions, ...]:
        if isinstance(i, slice):
            return tuple(self[j] for j in range(len(self))[i])
        made = self._made[i]
        if made is None:
            # (two threads may both make it: equal values, either kept)
            made = self._made[i] = self._registry.kinds[i].option_class().from_settings()
        return made

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # pickled for a process pool: each worker makes what it runs (the
        # options of another registry than REGISTRY are made now)
        if self._registry is REGISTRY:
            return (_registry_defaults, ())
        return (tuple, (tuple(self),))

    def __repr__(self) -> str:
        return f"<default options of {', '.join(self._registry.names)}>"


#: The kinds finparse extracts, in the order of their columns.
REGISTRY = Registry((
    Kind(
        "money",
        _extract_money,
        "finparse.model.Money",
        _money_example,
        options="finparse.money.MoneyOptions",
        argument="quantity",
        slot="amount",
        describe=_describe_money,
        prepare=_prepare_money,
    ),
    Kind(
        "percent",
        _extract_percent,
        "finparse.model.Percent",
        _percent_example,
        options="finparse.percent.PercentOptions",
        argument="quantity",
        slot="percent",
        describe=_describe_percent,
        prepare=_prepare_percent,
    ),
    Kind(
        "time",
        _extract_time,
        "finparse.timewindow.TimeWindow",
        _time_example,
        options="finparse.timewindow.TimeOptions",
        argument="time",
        slot="time",
        describe=_describe_time,
        prepare=_prepare_time,
    ),
    Kind(
        "triple",
        _extract_triples,
        "finparse.triples.Triple",
        _triple_example,
        options="finparse.triples.TripleOptions",
        prepare=_prepare_triples,
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


def _registry_defaults() -> Sequence[KindOptions]:
    """:data:`REGISTRY`'s default options (what a pickled extractor's become)."""
    return REGISTRY.default_options()
