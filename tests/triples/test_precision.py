"""Precision rules for the open verb lexicon: what must give no triple (or a
narrower one) on newswire text.

Every sentence here was written for finparse (invented companies, people and
figures). A row is ``(text, [expected (subject, action, object[, fields])])``,
checked as in ``test_corpus.py``.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.triples.test_corpus import Row, check

# -- results tables: "vs" between figures gives no triple ---------------------------------------

TABLES: list[Row] = [
    ("Shr profit nine cts vs loss four cts Net profit 311,000 vs loss 95,000", []),
    ("Shr loss 14 cts vs profit 22 cts Revs 8,120,000 vs 7,455,000", []),
    ("Qtr Shr 31 cts vs 27 cts Net 4,802,000 vs 4,118,000 Sales 61.2 mln vs 55.7 mln", []),
    ("Avg shrs 5,210,000 vs 5,180,000", []),
    # a "vs" between words is no table
    ("Norvik Holdings vs Kestrel Bank: Norvik Holdings bought the Tampere site.",
     [("Norvik Holdings", "buy", "Tampere site")]),
]

# -- the subject must name an actor ---------------------------------------------------------------

SUBJECTS: list[Row] = [
    # "I" alone is the pronoun, not a name
    ('"If our mills are hit I will raise the issue," Virta said.', []),
    ("Asked about prices, he said I would cut them.", []),
    # an unresolved "it"/"they" is no actor
    ("It will close three plants.", []),
    ("They have now decided to extend the tour.", []),
    # "they" resolves to an organisation or a group, not one person or a place
    ("Lind and Haapala visited Oslo. They have decided to extend their tour.",
     [("Lind", "visit", "Oslo"), ("Haapala", "visit", "Oslo")]),
    ("Kestrel Group and Norvik Oyj met in Oslo. They will extend the pipeline.",
     [("Kestrel Group", "extend", "pipeline", {"modality": "will"})]),
    # the addressee of "told" is not the speaker
    ("An investor group told the Securities and Exchange Commission it raised its stake in Vexa Fund.",
     []),
    ("A union official told Harlow Mining it would cut output.", []),
    # a speaker that is a person is no antecedent of "the company"
    ("Tovey Systems Inc posted a profit. He said the company plans to launch two products.",
     [("Tovey Systems Inc", "post", "profit"), ("Tovey Systems Inc", "launch", "products",
                                                  {"modality": "plan"})]),
    # a name inside a prepositional phrase is not the subject
    ("Earlier today newspapers in Norway carried an advertisement from Kestrel Sugar.", []),
    ("Two officials in Lisbon signed the accord.", []),
    # a suffix after "and" goes on with the name (a middle initial still splits it: a limit)
    ("Harlow C. Pettersen and Co raised its price target.", [("Pettersen and Co", "raise", "price target")]),
    ("Lind Brothers and Co raised its price target.", [("Lind Brothers and Co", "raise", "price target")]),
    # "an X report" and "the X control Commission": the name modifies a noun
    ("An Oslo Radio report monitored here said the talks ended.", []),
    ("Bank of Norway head Kari Lind said rates would stay.", []),
    # a place in "X of the U.K." is no speaker
    ("<Brenmoor Plc> of the U.K. said it completed the acquisition of Tovey Inc.",
     [("Brenmoor Plc", "complete", "acquisition")]),
    # a mixed-case name in "-ed" at the start is a name
    ("CardioMed Inc said it intends to file a registration statement.",
     [("CardioMed Inc", "file", "registration statement", {"modality": "intend"})]),
]

# -- the object head is a noun --------------------------------------------------------------------

OBJECTS: list[Row] = [
    ("Kestrel Motors said it introduced its new 1988.", []),
    ("Vexa Oyj will lead along.", []),
    ("Norvik Oyj has stopped importing.", []),
    ("Halden Bank has made clear its decision.", []),
    ("The agency threw out the application late Friday.", []),
    ("Ryzhkov Trading handed me a letter.", []),
    ("Marlow Inc expects to announce within the next week how it will fund the plant.",
     [("Marlow Inc", "fund", "plant", {"modality": "will"})]),
    # a second verb after "and" ends the object (and has its own triple)
    ("Sorvali Oyj said it will close three mills and take a restructuring charge.",
     [("Sorvali Oyj", "close", "mills", {"modality": "will"}),
      ("Sorvali Oyj", "take", "restructuring charge", {"modality": "will"})]),
    ("Harbor Lane Bank will service the loans and maintain customer relationships.",
     [("Harbor Lane Bank", "service", "loans", {"modality": "will"}),
      ("Harbor Lane Bank", "maintain", "customer relationships", {"modality": "will"})]),
    ("Arvo Partners received credible and detailed proposals .",
     [("Arvo Partners", "receive", "credible and detailed proposals")]),
    # a quantity noun: the object is what follows "of"
    ("The central bank sold small amounts of crowns on Friday.", [("central bank", "sell", "crowns")]),
    ("Lakeside Retail will open a number of stores in Riga.",
     [("Lakeside Retail", "open", "stores", {"modality": "will"})]),
    ("Marlow Capital bought a block of Vexa shares.", [("Marlow Capital", "buy", "Vexa shares")]),
    # a price after the amount: the amount is the object
    ("Torvik AB said it planned to offer 70 dlrs per share.",
     [("Torvik AB", "offer", "70 dlrs", {"modality": "plan"})]),
    ("Vexa will pay 5 dlrs a share for Norvik.", [("Vexa", "pay", "5 dlrs", {"modality": "will"})]),
    # a plural possessive starts the phrase again
    ("Fenmore is due to hold an extraordinary shareholders' meeting on Tuesday.",
     [("Fenmore", "hold", "meeting", {"modality": "due"})]),
    # a participle ends the object
    ("The ministry was buying command and radar equipment used to direct fire.",
     [("ministry", "buy", "command and radar equipment")]),
    ("Vexa Oyj adopted new rules recommending lead managers.", [("Vexa Oyj", "adopt", "new rules")]),
    # an adjective in "-ly" stays in the object
    ("Reserve Bank of Tovia said it cancelled the regular weekly Treasury bill tender.",
     [("Reserve Bank of Tovia", "cancel", "regular weekly Treasury bill tender")]),
    # a gerund after the verb: its own object, not the verb's
    ("The leisure company recently completed buying 107,000 of its shares.", []),
    ("Vexa completed the financing of the plant.", [("Vexa", "complete", "financing")]),
]

# -- speech, opinion, "no" -------------------------------------------------------------------------

NOT_FACTS: list[Row] = [
    ("Kestrel Pharma alleged unfair competition.", []),
    ("Norvik Bank alleges fraud by its former auditor.", []),
    ("The minister was talking the currency down.", []),
    ("Vexa Oyj complained about the tariff.", []),
    ("Lind termed the situation critical.", []),
    ("Marlow officials declined comment.", []),
]


def test_no_details_is_negated() -> None:
    from tests.triples.test_corpus import run

    (t,) = run("Halden Partners bought shares. It gave no financial details.")[1:]
    assert (t.subject, t.action, t.negated) == ("Halden Partners", "give", True)


def _ids(rows: list[Row]) -> list[str]:
    return [text[:40] for text, _ in rows]


@pytest.mark.parametrize(("text", "expected"), TABLES, ids=_ids(TABLES))
def test_tables(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), SUBJECTS, ids=_ids(SUBJECTS))
def test_subjects(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), OBJECTS, ids=_ids(OBJECTS))
def test_objects(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), NOT_FACTS, ids=_ids(NOT_FACTS))
def test_not_facts(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)
