"""The reading of finparse/data (finparse._data): what the shortcuts of the
first call give equals the plain reading."""

from __future__ import annotations

from importlib import resources

import pytest

from finparse._data import _data_dir, rows, word_class

TABLES = sorted(p.name for p in resources.files("finparse").joinpath("data").iterdir()
                if p.name.endswith(".tsv"))


def test_the_data_directory_is_found_once_and_is_the_packages() -> None:
    assert _data_dir() is _data_dir()
    assert sorted(p.name for p in _data_dir().iterdir() if p.name.endswith(".tsv")) == TABLES


@pytest.mark.parametrize("name", TABLES)
def test_word_class_is_the_words_of_that_class(name: str) -> None:
    # each class of a table, read in one pass, equals the words of its rows of that class
    table = rows(name)
    classes = {row[1] for row in table if len(row) > 1} | {"no such class", ""}
    for cls in classes:
        assert word_class(name, cls) == frozenset(
            row[0] for row in table if len(row) > 1 and row[1] == cls), (name, cls)
