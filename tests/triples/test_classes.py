"""Triples of classes of English clause structure, each with its variants
(plural, word order, another verb or currency, tense) and the look-alikes
that must give nothing.

Every sentence here was written for finparse (invented companies, people and
figures). A row is ``(text, [expected (subject, action, object[, fields])])``,
checked as in ``test_clauses.py`` (with time mentions).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.triples.test_clauses import check
from tests.triples.test_corpus import Row

# -- a gerund clause after "by", "after", "despite"... shares its clause's subject -----------

GERUND_CLAUSES: list[Row] = [
    ("Norvik Ltd cut its costs by closing two plants.",
     [("Norvik Ltd", "cut", "costs"), ("Norvik Ltd", "close", "plants")]),
    ("Kestrel Oyj will raise EUR 40 mln by issuing new shares.",
     [("Kestrel Oyj", "raise", "EUR 40 mln"), ("Kestrel Oyj", "issue", "new shares")]),
    ("Local growers angered the ministry by blocking the port roads.",
     [("Local growers", "anger", "ministry"), ("Local growers", "block", "port roads")]),
    ("Shares in Harbor Lane Bank slipped 4p after the lender reported a loss.",
     [("Harbor Lane Bank", "report", "loss")]),
    ("Vexa Group softened 2p to 310p after reporting weaker quarterly sales.",
     [("Vexa Group", "report", "weaker quarterly sales")]),
    ("Talvik Oyj gained 3 pct despite posting a smaller profit.",
     [("Talvik Oyj", "post", "smaller profit")]),
    ("Marlow Capital rose sharply on Monday after announcing a $2 billion buyback.",
     [("Marlow Capital", "announce", "buyback")]),
    ("The central bank drained liquidity on Tuesday while buying dollars.",
     [("central bank", "drain", "liquidity"), ("central bank", "buy", "dollars")]),
    ("Orvala Group plans to grow by acquiring Pelican Software for $50 mln.",
     [("Orvala Group", "acquire", "Pelican Software")]),
    # no actor stated for the gerund: passive, negation, pronoun, speech,
    # another clause's subject, a noun's phrase, a measure
    ("The deficit should be financed by raising taxes.", []),
    ("Lakeside Mills will not follow its rival by cutting prices.", []),
    ("Analysts said Brennholt AG could gain by selling the unit.", [("Brennholt AG", "sell", "unit")]),
    ("Analysts said the gain was made by selling the unit.", []),
    ("Norvik asked its lenders to help by rescheduling the loans.", []),
    ("It was a ruling prohibiting infringement by copying Vexa software.", []),
    ("The rule requires that Kestrel get approval before buying rivals.", []),
    ("Exports reported by Talvik Oyj rose 5 pct after doubling the fleet.",
     [("Talvik Oyj", "report", "Exports")]),
    ("Costs were hurt by rising fuel prices.", []),
]


@pytest.mark.parametrize(("text", "expected"), GERUND_CLAUSES)
def test_gerund_clauses(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)

# -- coordinated verb phrases, each with its own object, share the subject ------------------

VERB_PHRASES: list[Row] = [
    ("Norvik Ltd cut its prices and closed two stores.",
     [("Norvik Ltd", "cut", "prices"), ("Norvik Ltd", "close", "stores")]),
    ("Kestrel Oyj raised its target from $40 to $52, and took the stock off its list.",
     [("Kestrel Oyj", "raise", "target"), ("Kestrel Oyj", "take", "stock")]),
    ("Last year Vexa Group trimmed output, shut a plant in Lyon and slashed 300 jobs.",
     [("Vexa Group", "trim", "output"), ("Vexa Group", "shut", "plant"), ("Vexa Group", "slash", "jobs")]),
    ("The central bank cuts rates in the spring and sells bonds in the autumn.",
     [("central bank", "cut", "rates"), ("central bank", "sell", "bonds")]),
    ("Marlow Capital will pay 8 euros a share and take on the group's debt.",
     [("Marlow Capital", "pay", "8 euros", {"modality": "will"}),
      ("Marlow Capital", "take on", "debt", {"modality": "will"})]),
    ("Orvala Group plans to sell its mills and buy a rival.",
     [("Orvala Group", "sell", "mills", {"modality": "plan"}), ("Orvala Group", "buy", "rival", {"modality": "plan"})]),
    ("The board cut the dividend for the first time in years, suspended the buyback and hired advisers.",
     [("board", "cut", "dividend"), ("board", "suspend", "buyback"), ("board", "hire", "advisers")]),
    # no coordination of verb phrases: a participle or a noun after "and",
    # a naming participle, another clause's verb, a changed form
    ("Norvik Ltd sold its senior notes and subordinated debt.",
     [("Norvik Ltd", "sell", "senior notes and subordinated debt")]),
    ("Kestrel Oyj formed a venture, called Norvik Partners, with a rival.", [("Kestrel Oyj", "form", "venture")]),
    ("Vexa Group will double the class A and class B shares.",
     [("Vexa Group", "double", "class A and class B shares", {"modality": "will"})]),
    ("Marlow Capital bought the unit because prices might fall and hurt the rival.",
     [("Marlow Capital", "buy", "unit")]),
    ("Orvala Group sold the plant and expects new stores.", [("Orvala Group", "sell", "plant")]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_PHRASES)
def test_verb_phrases(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)

# -- common nouns of firms as subjects: plurals of "company" nouns, numbered adjectives ------

COMMON_SUBJECTS: list[Row] = [
    ("Fintech companies raised $3.1 billion in May.", [("Fintech companies", "raise", "$3.1 billion")]),
    ("The two companies will pool their research.", [("two companies", "pool", "research", {"modality": "will"})]),
    ("Regional airlines cut fares on Monday.", [("Regional airlines", "cut", "fares")]),
    ("Several carriers have ordered new freighters.", [("Several carriers", "order", "new freighters")]),
    ("The 14-month-old administration has frozen repayments.",
     [("14-month-old administration", "freeze", "repayments")]),
    ("A 300-strong union rejected the offer.", [("300-strong union", "reject", "offer")]),
    ("The companies said they had signed a letter of intent.",
     [("companies", "sign", "letter")]),
    # a plural that is also a verb form is no such subject; a verb before
    # the phrase is not part of it
    ("Market concerns hit the shares.", []),
    ("The rules would allow oil traders that do not hold a position to bid.",
     [("oil traders", "hold", "position", {"negated": True})]),
]


@pytest.mark.parametrize(("text", "expected"), COMMON_SUBJECTS)
def test_common_subjects(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)

# -- a control verb with a direct object is an action; before "to" a modality --------------

CONTROL_OBJECTS: list[Row] = [
    ("Our board authorized the purchase of up to $300 million of our shares.",
     [("board", "authorize", "purchase")]),
    ("The directors of Vexa Group have authorised a two-for-one split.",
     [("directors", "authorise", "two-for-one split")]),
    ("The treasury has quietly moved tokens worth $1 billion.", [("treasury", "move", "tokens")]),
    ("Kestrel Oyj will move its headquarters to Oslo.", [("Kestrel Oyj", "move", "headquarters", {"modality": "will"})]),
    ("Norvik Ltd scheduled two hearings.", [("Norvik Ltd", "schedule", "hearings")]),
    ("The board voted a 50 pct stock dividend.", [("board", "vote", "stock dividend")]),
    ("The board voted to approve the merger.", [("board", "approve", "merger", {"modality": "vote"})]),
    # wanting and going on are no acts
    ("Marlow Capital is seeking a $40 mln loan.", []),
    ("Orvala Group hopes the deal will close soon.", []),
    ("Talvik Oyj continued its recovery in May.", []),
]


@pytest.mark.parametrize(("text", "expected"), CONTROL_OBJECTS)
def test_control_objects(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)

# -- appositions between the subject and its verb ------------------------------------------

APPOSITIONS: list[Row] = [
    ("The Nordic maker of marine pumps , Talvik , has won new orders.", [("Talvik", "win", "new orders")]),
    ("Its former parent, chemicals group Kestrel Oyj, distributed a 40 % stake to shareholders.",
     [("Kestrel Oyj", "distribute", "stake")]),
    ("Norvik Ltd said its shipping unit, Lakeside Lines Inc, signed a charter deal.",
     [("Lakeside Lines Inc", "sign", "charter deal")]),
    ("Anna Lind of Espoo, Finland, has patented a new valve.", [("Anna Lind", "patent", "new valve")]),
    ("Vexa Acquisition Corp, formed by Marlow Capital, began a tender offer.",
     [("Marlow Capital", "form", "Vexa Acquisition Corp"), ("Vexa Acquisition Corp", "begin", "tender offer")]),
    ("Orvala Group, hit by a slump in orders, closed two yards.", [("Orvala Group", "close", "yards")]),
    ("Harbor Lane Bank, a lender to farms, ranches, mills and ports in the west, bought a rival.",
     [("Harbor Lane Bank", "buy", "rival")]),
    # a name after an agent or a conjunct is no such subject; a naming
    # participle after a comma is no act
    ("Kestrel Oyj, a fund run by its founder, Anna Lind, sold the stake.", [("Kestrel Oyj", "sell", "stake")]),
    ("Norvik Ltd formed a venture, called Vexa Partners, with a rival.", [("Norvik Ltd", "form", "venture")]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS)
def test_appositions(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)

# -- precision classes seen on the bench corpus --------------------------------------------

PRECISION: list[Row] = [
    ("Officials explained how farmers sold their crops.", [("farmers", "sell", "crops")]),
    ("Analysts asked why lenders cut credit lines.", [("lenders", "cut", "credit lines")]),
    ("The computers handled the orders.", []),
    ("Two supertankers carried 5 mln tonnes of crude.", []),
    ("Computers handled the orders.", []),
    ("Norvik Ltd restructured and cut 200 jobs.", [("Norvik Ltd", "cut", "jobs")]),
    ("Kestrel Oyj merged and sold 12 stores.", [("Kestrel Oyj", "sell", "stores")]),
    ("Vexa Group consolidated and reorganized its shipping unit.",
     [("Vexa Group", "consolidate", "shipping unit"), ("Vexa Group", "reorganize", "shipping unit")]),
    ("Lind Brothers and Co raised 5 mln stg.", [("Lind Brothers and Co", "raise", "5 mln stg")]),
    ("Shares went to Talvik Gas and Oil Co on Monday.", []),
    ("A fund managed by Marlow and Co Inc will buy the stake.", [("Marlow and Co Inc", "manage", "fund")]),
    ("The notes were placed by Kestrel Corp. Vexa bought the bonds.",
     [("Kestrel Corp.", "place", "notes"), ("Vexa", "buy", "bonds")]),
]


@pytest.mark.parametrize(("text", "expected"), PRECISION)
def test_precision_classes(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)

# -- reduced passives: names in brackets, a noun in "-ly" before the participle -------------

REDUCED_PASSIVES: list[Row] = [
    ("<Kestrel Marine GmbH>, 75 pct owned by pump maker <Norvik Holding AG>, said it hired staff.",
     [("Norvik Holding AG", "own", "Kestrel Marine GmbH"), ("Kestrel Marine GmbH", "hire", "staff")]),
    ("The paint firm <Vexa Coatings N.V.>, acquired by chemicals group Talvik Oyj last year, said sales rose.",
     [("Talvik Oyj", "acquire", "Vexa Coatings N.V.")]),
    ("A salt import monopoly held by Norvik Ltd is being phased out.", [("Norvik Ltd", "hold", "salt import monopoly")]),
    ("Shares of Vexa will rally strongly, analysts said.", []),
]


@pytest.mark.parametrize(("text", "expected"), REDUCED_PASSIVES)
def test_reduced_passives(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)

# -- the passive of a verb of giving: the giver after "by"/"from", the recipient's infinitive -

GIVING_PASSIVES: list[Row] = [
    ("Norvik Oyj was awarded a 5 mln euro contract from the Defence Ministry to supply pumps.",
     [("Defence Ministry", "award", "contract"), ("Norvik Oyj", "supply", "pumps")]),
    ("Kestrel Corp. has been awarded a $2 billion (U.S.) contract from the Defense Ministry.",
     [("Defense Ministry", "award", "contract")]),
    ("Vexa Group was granted a three-year operation and maintenance ( O&M ) licence by the Harbor Authority .",
     [("Harbor Authority", "grant", "three-year operation and maintenance ( O&M ) licence")]),
    ("Talvik Oyj said it has been awarded a contract to design two ferries.",
     [("Talvik Oyj", "design", "ferries")]),
    # "from" names no agent of other verbs
    ("The unit was bought from Vexa Group in May.", []),
]


@pytest.mark.parametrize(("text", "expected"), GIVING_PASSIVES)
def test_giving_passives(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)

# -- odds and ends of the same classes: a time before "to", "plc", a list in a description ---

MORE: list[Row] = [
    ("Talvik Oyj decided yesterday to sell 8,000 of its shares to staff.",
     [("Talvik Oyj", "sell", "shares", {"modality": "decide"})]),
    ("Vexa Group agreed on Monday to buy a rival.", [("Vexa Group", "buy", "rival", {"modality": "agree"})]),
    ("Norvik plc, while reporting higher sales, on Tuesday raised its guidance.",
     [("Norvik plc", "raise", "guidance"), ("Norvik plc", "report", "higher sales")]),
    ("The Nordic maker of pumps and valves for ships , Talvik , has won new orders.",
     [("Talvik", "win", "new orders")]),
    ("The cranes will be fitted onboard two ferries ordered by shipping group Kestrel Lines .",
     [("Kestrel Lines", "order", "ferries")]),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)

# -- the infinitive of a deal: "a letter of intent to ...", names joined in its object -------

DEAL_INFINITIVES: list[Row] = [
    ("Norvik Oyj signed a letter of intent to acquire Kestrel Oy.",
     [("Norvik Oyj", "sign", "letter"), ("Norvik Oyj", "acquire", "Kestrel Oy")]),
    ("Vexa Group signed a memorandum of understanding to build a plant.",
     [("Vexa Group", "sign", "memorandum"), ("Vexa Group", "build", "plant")]),
    ("Talvik Ltd reached an agreement to buy Lind Oy and Berg AB.",
     [("Talvik Ltd", "reach", "agreement"), ("Talvik Ltd", "buy", "Lind Oy"), ("Talvik Ltd", "buy", "Berg AB")]),
    ("Marlow Capital signed a letter of thanks to its staff.", [("Marlow Capital", "sign", "letter")]),
]


@pytest.mark.parametrize(("text", "expected"), DEAL_INFINITIVES)
def test_deal_infinitives(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)
