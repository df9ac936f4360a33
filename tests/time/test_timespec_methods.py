"""Time specs share one ``__repr__``, ``__eq__`` and ``__hash__`` (defined on
``TimeSpec``; the subclasses are dataclasses with ``repr=False, eq=False``,
which import quicker). They must do what dataclass-generated ones would:
each spec is held to a dataclass made from its fields."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from finparse.timespec import TimeSpec
from finparse.timewindow import _time_spec_scanner

# invented phrases, one or more spec classes each
_PHRASES = (
    "in the past three years, since 2021, in Q3 FY24, the fiscal third quarter, 1987/88, "
    "on September 27, 2025, year-to-date, the first half of 2024, over the past month, "
    "in September alone, mid-2023, the 1990s, between March and May 2024, two weeks ago, "
    "from June 6 to 9, 2022, the year-ago quarter, next year, by the end of 2026, the "
    "week ended Friday, in fiscal 2025, the prior 12 months, last spring, H2 2019"
)


def _specs() -> list[TimeSpec]:
    found: list[TimeSpec] = []

    def walk(value: Any) -> None:
        if isinstance(value, TimeSpec):
            found.append(value)
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, tuple):
            for item in value:
                walk(item)

    for m in _time_spec_scanner().finditer(_PHRASES):
        walk(m.value)
    return found


SPECS = _specs()


def _reference(spec: TimeSpec) -> Any:
    """The same values in a dataclass with generated repr, eq and hash."""
    cls = type(spec)
    fields = [
        (f.name, Any, dataclasses.field(repr=f.repr, compare=f.compare, hash=f.hash))
        for f in dataclasses.fields(cls)
    ]
    made = dataclasses.make_dataclass(cls.__name__, fields, frozen=True)
    made.__qualname__ = cls.__qualname__
    return made(**{f.name: getattr(spec, f.name) for f in dataclasses.fields(cls)})


def test_the_phrases_give_many_kinds_of_spec() -> None:
    assert len({type(s) for s in SPECS}) >= 10
    # a field left out of equality ("loose") is among them
    assert any(not f.compare for s in SPECS for f in dataclasses.fields(s))


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: type(s).__name__)
def test_repr_and_hash_are_what_a_dataclass_would_give(spec: TimeSpec) -> None:
    reference = _reference(spec)
    assert repr(spec) == repr(reference)
    assert hash(spec) == hash(reference)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: type(s).__name__)
def test_equality_reads_the_compared_fields_of_the_same_class(spec: TimeSpec) -> None:
    same = dataclasses.replace(spec)
    assert same == spec and not same != spec and hash(same) == hash(spec)
    assert spec != _reference(spec)  # another class: never equal
    for f in dataclasses.fields(spec):
        value = getattr(spec, f.name)
        if isinstance(value, bool) or value is None:
            other: Any = (not value) if isinstance(value, bool) else 1
        elif isinstance(value, int) and not isinstance(value, bool):
            other = value + 1
        elif isinstance(value, str):
            other = value + "x"
        else:
            continue
        changed = dataclasses.replace(spec, **{f.name: other})
        assert (changed == spec) is (not f.compare), f.name



@pytest.mark.parametrize("spec", SPECS, ids=lambda s: type(s).__name__)
def test_a_spec_is_immutable_and_copies_whole(spec: TimeSpec) -> None:
    import copy
    import pickle

    name = dataclasses.fields(spec)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(spec, name, getattr(spec, name))
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(spec, name)
    with pytest.raises(AttributeError):
        spec.not_a_field = 1  # type: ignore[attr-defined]
    for made in (pickle.loads(pickle.dumps(spec)), copy.copy(spec), copy.deepcopy(spec), dataclasses.replace(spec)):
        assert made == spec and repr(made) == repr(spec) and type(made) is type(spec)
