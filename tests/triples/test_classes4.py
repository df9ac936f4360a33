"""Fourth round of clause classes (issue 14): invented sentences only."""

from __future__ import annotations

import pytest

from .rows import rows as _rows
from .rows import triples as _triples


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Corp, which it acquired in 1986, grew.",
        "Norvik Holdings, which it bought last year, expanded.",
        "the Vexa Trust, which the bank established, grew.",
    ],
)
def test_relative_object_is_not_its_own_subject(text: str) -> None:
    assert all(s != o for s, _, o in _rows(text))


def test_relative_with_other_subject_still_found() -> None:
    rows = _rows("Talvik Oy said it sold the unit which it bought from Vexa AB.")
    assert ("Talvik Oy", "buy", "unit") in rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Talvik Paper, located in Oulu, is owned by Vexa Oy.", ("Vexa Oy", "own", "Talvik Paper")),
        ("Talvik Paper, based in Oulu, was acquired by Vexa Oy in 1986.", ("Vexa Oy", "acquire", "Talvik Paper")),
        (
            "Marlow Boats, located in Turku and capitalised at 20 mln markka, is owned by Norvik AB.",
            ("Norvik AB", "own", "Marlow Boats"),
        ),
        ("The drug, which is sold in Europe, has been approved by the regulator.", ("regulator", "approve", "drug")),
    ],
)
def test_passive_after_participle_apposition(text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "No decision on the merger, which must be closed by May, has been taken by the board.",
        "The unit, which will buy oil fields, is being formed by a unit of Vexa Oy.",
    ],
)
def test_passive_after_apposition_look_alikes(text: str) -> None:
    rows = _rows(text)
    assert not any(a == "take" and o == "merger" for _, a, o in rows)
    assert not any(s == o for s, _, o in rows)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Talvik Paper is owned 60 pct by Vexa Oy and 40 pct by Norvik AB.", "Norvik AB"),
        ("Talvik Paper is 55 pct owned by Vexa Oy and 45 pct by the Lind family.", "Lind family"),
        ("<Talvik Paper>, 70 pct owned by Vexa Oy and 30 pct by Norvik AB, grew.", "Norvik AB"),
        ("Talvik Paper, located in Oulu, is owned 51 pct by <Vexa Oy> and 49 pct by boat maker <Norvik AB>.", "Norvik AB"),
    ],
)
def test_second_stake_and_agent(text: str, second: str) -> None:
    found = [t for t in _triples(text) if t.action == "own"]
    assert len(found) == 2
    assert found[1].subject == second and found[1].object in ("Talvik Paper", "Marlow Boats")
    assert found[0].percent is not None and found[1].percent is not None
    assert found[0].percent.text != found[1].percent.text


def test_second_stake_needs_by() -> None:
    rows = _rows("Talvik Paper is owned 60 pct by Vexa Oy and 40 pct of it was sold.")
    assert rows == [("Vexa Oy", "own", "Talvik Paper")]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Vexa Oy sold a mill. Anna Crivits said the company will close two plants.", "the company"),
        ("Vexa Oy sold a mill. Lars Holm told reporters the company will cut jobs.", "the company"),
        ("Lars Holm said the company will sell its paper unit.", "the company"),
        ("Vexa Oy said the company will sell its paper unit.", "Vexa Oy"),
    ],
)
def test_the_company_after_a_person(text: str, subject: str) -> None:
    assert [t.subject for t in _triples(text)][-1] == subject


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Norvik Ltd dropped the legal bid it led on behalf of creditors.", ("Norvik Ltd", "lead", "legal bid")),
        ("Kestrel Corp sold the notes it bought from Vexa Bank.", ("Kestrel Corp", "buy", "notes")),
        ("Kestrel Corp raised the price it will pay for crude oil.", ("Kestrel Corp", "pay", "price")),
        ("Talvik Oy closed the plant it operates in Oulu.", ("Talvik Oy", "operate", "plant")),
        ("Talvik Oy returned to the market, which it left in 1978.", ("Talvik Oy", "leave", "market")),
    ],
)
def test_object_relative_with_it(text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(text)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Kestrel Corp said the time it took was long.", "take"),
        ("Kestrel Corp met the terms which it failed to meet.", "fail"),
        ("Kestrel Corp noted the average, which it put at 5 mln dlrs.", "put"),
        ("Kestrel Corp named the carrier, which it identified as a rival.", "identify"),
        ("Kestrel Corp cited the fact that it operates abroad.", "operate"),
        ("Anna Lind said the plan it backed was sound.", "back"),
        ("Kestrel Corp sent a letter it cut the amount in.", "cut"),
    ],
)
def test_object_relative_look_alikes(text: str, action: str) -> None:
    rows = _rows(text)
    assert not any(a == action and o in ("time", "terms", "average", "carrier", "fact", "plan", "letter") for _, a, o in rows)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Vexa Oy said it and Kestrel AB have signed a supply deal.", "sign"),
        ("Vexa Oy said that it and Kestrel AB will build a paper plant.", "build"),
        ("Vexa Oy said it and <Kestrel AB> agreed to develop a new engine.", "develop"),
        ("Vexa Oy said it and Kestrel AB, a unit of Norvik Oyj, agreed to jointly develop a new engine.", "develop"),
    ],
)
def test_it_and_a_name_as_subject(text: str, action: str) -> None:
    subjects = {s for s, a, _ in _rows(text) if a == action}
    assert {"Vexa Oy", "Kestrel AB"} <= subjects


@pytest.mark.parametrize(
    "text",
    [
        "Vexa Oy sold it and Kestrel AB bought a plant.",
        "The market said it and Kestrel AB bought a plant.",
        "Anna Berg said it and Kestrel AB bought a plant.",
    ],
)
def test_it_and_a_name_look_alikes(text: str) -> None:
    assert {s for s, _, _ in _rows(text)} <= {"Kestrel AB"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Vexa Oy - the largest paper maker in Finland - opened a new mill.", {"Vexa Oy"}),
        ("Vexa Oy -- a unit of Norvik Oyj -- opened a new mill.", {"Vexa Oy"}),
        ("Vexa Oy and Kestrel AB - the two biggest partners in the region - opened talks.", {"Vexa Oy", "Kestrel AB"}),
    ],
)
def test_appositive_between_dashes(text: str, subjects: set[str]) -> None:
    assert {s for s, a, _ in _rows(text) if a == "open"} == subjects


@pytest.mark.parametrize(
    "text",
    [
        "Vexa Oy - which makes paper - opened a new mill.",
        "Vexa Oy said - the mill - opened a new line.",
        "- the mill - opened a new line.",
    ],
)
def test_dash_look_alikes(text: str) -> None:
    assert not any(s in ("Vexa Oy", "mill") and a == "open" for s, a, _ in _rows(text))
