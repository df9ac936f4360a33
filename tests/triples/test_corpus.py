"""Example-based corpus for entity-action triples.

Every sentence here was written for finparse: the companies, people and
figures are invented, in the style of newswires (Reuters) and of Financial
PhraseBank sentences (spaced punctuation, " 's"). One table per behaviour;
a row is ``(text, [expected triples])`` where an expected triple is
``(subject, action, object)`` and, optionally, a dict of further fields
(``modality``, ``negated``, ``amount``, ``percent``, ``time`` as texts).
Subjects and objects are compared exactly (case included), so a row pins the
cleaned form.

Known gaps are strict ``xfail`` rows (see :func:`gap`), so that a fix is
noticed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import finparse
from finparse.triples import Triple, extract_triples

Row = tuple[str, list[tuple[Any, ...]]]


def run(text: str, **options: Any) -> list[Triple]:
    return extract_triples(text, finparse.extract(text, kinds=["money", "percent"]), **options)


def check(text: str, expected: list[tuple[Any, ...]], **options: Any) -> None:
    got = run(text, **options)
    assert [(t.subject, t.action, t.object) for t in got] == [e[:3] for e in expected], text
    for t, e in zip(got, expected, strict=True):
        more = e[3] if len(e) > 3 else {}
        d = t.to_dict()
        for key, value in more.items():
            actual = getattr(t, key) if key in ("modality", "negated") else d[key]
            assert actual == value, (text, key)
        assert text[t.start : t.end] == t.text


def gap(text: str, expected: list[tuple[Any, ...]], why: str) -> Any:
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=why))


# -- plain clauses ---------------------------------------------------------------------------

PLAIN: list[Row] = [
    ("Kellberg Corp bought Dunmore Foods Inc.", [("Kellberg Corp", "buy", "Dunmore Foods Inc.")]),
    ("Nokkala Oyj sold its paper unit to Arvo Partners .", [("Nokkala Oyj", "sell", "paper unit")]),
    ("Sorvali Oyj launched a new mobile phone series .", [("Sorvali Oyj", "launch", "new mobile phone series")]),
    ("Ostrava Steel has secured a five-year loan from Vesta Bank .",
     [("Ostrava Steel", "secure", "five-year loan")]),
    ("Brenmoor Holdings acquired a majority stake in Castlefield Mills.",
     [("Brenmoor Holdings", "acquire", "majority stake")]),
    ("The Hamro Group opened eight stores in Russia .", [("Hamro Group", "open", "stores")]),
    ("Pelican Airlines ordered 12 aircraft from Skyward Industries.", [("Pelican Airlines", "order", "aircraft")]),
    ("Grenfield Inc redeemed its 8-3/4 pct debentures.", [("Grenfield Inc", "redeem", "debentures")]),
    ("Lassila Oyj has signed a EUR 12 mn contract with Nordvik Energia .",
     [("Lassila Oyj", "sign", "contract", {"amount": "EUR 12 mn"})]),
    ("The Rautio family owns 40 % of the company .", [("Rautio family", "own", "company", {"percent": "40 %"})]),
    ("Japan bought 150,000 tonnes of Australian barley.", [("Japan", "buy", "Australian barley")]),
    ("Jalo Bank has raised EUR 200 mn by issuing bonds .",
     [("Jalo Bank", "raise", "EUR 200 mn"), ("Jalo Bank", "issue", "bonds")]),
    ("Torvik AB is issuing a five-year eurobond worth 90 mln dlrs.",
     [("Torvik AB", "issue", "five-year eurobond", {"amount": "90 mln dlrs"})]),
    ("Tikka Oyj will cut 120 jobs in Finland , the company said .", [("Tikka Oyj", "cut", "jobs", {"modality": "will"})]),
    ("Standard and Poor's Corp downgraded the debt of Mirren Corp.",
     [("Standard and Poor's Corp", "downgrade", "debt")]),
    ("S and P upgraded the senior notes of Halvard Inc on Tuesday.", [("S and P", "upgrade", "senior notes")]),
    ("Procter & Gamble introduced a new detergent.", [("Procter & Gamble", "introduce", "new detergent")]),
    ("The Bank of England provided 640 mln stg of liquidity to lenders.",
     [("Bank of England", "provide", "liquidity", {"amount": "640 mln stg"})]),
    ("Marlow Inc reported a net loss of 1.9 mln dlrs.", [("Marlow Inc", "report", "net loss", {"amount": "1.9 mln dlrs"})]),
    ("Orvala Group reports net sales of EUR 27.3 mn for the half .",
     [("Orvala Group", "report", "net sales", {"amount": "EUR 27.3 mn"})]),
    ("In the spring the retailer posted sales of 412 million euros .",
     [("the retailer", "post", "sales", {"amount": "412 million euros"})]),
    ("In the spring the retailer posted record sales of 412 million euros .",
     [("the retailer", "post", "record sales", {"amount": "412 million euros"})]),
    ("The unit reported a 26% revenue increase.", [("unit", "report", "revenue increase", {"percent": "26%"})]),
    ("Kestrel Partners partnered with Nordic Grid.", [("Kestrel Partners", "partner", "Nordic Grid")]),
    ("Arlen Capital invested 5 mln dlrs in Tovey Systems.",
     [("Arlen Capital", "invest", "Tovey Systems", {"amount": "5 mln dlrs"})]),
    ("Talvi Oyj 's subsidiary Talvi Logistics has won a contract with the Finnish Navy .",
     [("Talvi Logistics", "win", "contract")]),
    ("Ostrava Steel entered into a joint venture with Kraftwerk AG.", [("Ostrava Steel", "enter into", "joint venture")]),
    ("Dunmore Foods bought back 1.2 mln of its shares.", [("Dunmore Foods", "buy back", "shares")]),
]

# -- who the actor is ----------------------------------------------------------------------

ACTORS: list[Row] = [
    # possessive chains: the owned entity acts, the owner is related
    ("Star investor Mira Holm's Holm Capital purchased approximately $16.3 million worth of Vexa shares.",
     [("Holm Capital", "purchase", "Vexa shares", {"amount": "approximately $16.3 million"})]),
    # groups of actors
    ("Institutional investors bought 2.5 mln shares of Marrow Co.", [("Institutional investors", "buy", "shares")]),
    ("Chinese investors acquired Vexa equity valued at $7.8 billion.",
     [("Chinese investors", "acquire", "Vexa equity", {"amount": "$7.8 billion"})]),
    ("The central bank lowered its discount rate to 4.25 pct from 4.75 pct.",
     [("central bank", "lower", "discount rate")]),
    ("The company 's board of directors has proposed a dividend of EUR 0.50 per share .",
     [("board of directors", "propose", "dividend")]),
    # a demonym and a description in front of a name
    ("Finnish engineering group Lassila Oyj has signed a contract with Nordvik .", [("Lassila Oyj", "sign", "contract")]),
    ("Finnish sensor maker Kaarni , a supplier to sawmills , posted net sales of EUR 18.2 mn in May .",
     [("Kaarni", "post", "net sales")]),
    # appositives and relative clauses
    ("Mr. Kalle Virta, chief executive of Tarkka Oyj, bought 10,000 shares in the company.",
     [("Kalle Virta", "buy", "shares")]),
    ("The buyer is Palmu Capital , which acquired 70 % of the shares .", [("Palmu Capital", "acquire", "shares")]),
    # tickers are linked and skipped
    ("Lassila Oyj ( OMX Helsinki : LAS1V ) has signed a contract with Nordvik .", [("Lassila Oyj", "sign", "contract")]),
    ("Vexa Group (NYSE: VXA) unveiled a new chip.", [("Vexa Group", "unveil", "new chip")]),
    # a time between the subject and its verb
    ("The central bank yesterday raised its reserve ratio by two percentage points.",
     [("central bank", "raise", "reserve ratio", {"percent": "two percentage points"})]),
    ("The central bank this morning raised its reserve ratio by two percentage points.",
     [("central bank", "raise", "reserve ratio", {"percent": "two percentage points"})]),
    ("Rantala Paper on Monday closed its oldest mill in Kemi .", [("Rantala Paper", "close", "oldest mill")]),
    ("Kellberg Corp late on Friday agreed to buy two sawmills .",
     [("Kellberg Corp", "buy", "sawmills", {"modality": "agree"})]),
    # a place after a name does not take its place, known or not
    ("Ferris Tooling of Chicago, a subsidiary of Ferris Group, has received an aerospace order.",
     [("Ferris Tooling", "receive", "aerospace order")]),
    ("Ferris Tooling of San Diego, a subsidiary of Ferris Group, has received an aerospace order.",
     [("Ferris Tooling", "receive", "aerospace order")]),
    ("Marlow Paints of Grand Rapids has bought a coatings plant in Ohio .",
     [("Marlow Paints", "buy", "coatings plant")]),
]

# -- coreference ---------------------------------------------------------------------------

COREFERENCE: list[Row] = [
    ("Tasman Savings Bank in Australia told customers on Monday that it will increase its variable "
     "mortgage rate by 0.75 percentage point from June.",
     [("Tasman Savings Bank", "increase", "variable mortgage rate",
       {"modality": "will", "percent": "0.75 percentage point"})]),
    ("In a filing, Beacon Advisers L.P., a Boston fund manager, said it had reduced its holding in Tolland Inc "
     "to 4.1 pct.",
     [("Beacon Advisers L.P.", "reduce", "holding")]),
    ("In a regulatory filing, investor Anna Lindqvist said that she now owns 6.4 pct of Marrow Hardware Co.",
     [("Anna Lindqvist", "own", "Marrow Hardware Co.", {"percent": "6.4 pct"})]),
    # the company resolves to the company named before it...
    ("Vexa is accelerating its spending. The company now plans to increase its commitment of $53 billion.",
     [("Vexa", "accelerate", "spending"), ("Vexa", "increase", "commitment", {"modality": "plan", "amount": "$53 billion"})]),
    ("Shares of Porvoo Oyj rose 5 % after the company announced a cost-cutting programme .",
     [("Porvoo Oyj", "announce", "cost-cutting programme")]),
    # ... and is kept as written where nothing fits
    ("The company now plans to increase its three-year commitment of $53 billion.",
     [("The company", "increase", "three-year commitment", {"modality": "plan"})]),
    ("The company said that it lifted average steel prices by 6 percent after orders improved .",
     [("The company", "lift", "average steel prices", {"percent": "6 percent"})]),
    # a speech verb with a recipient
    ("Arvo Bank told the Securities and Exchange Commission that it had bought 500,000 shares of Linna Oyj in May.",
     [("Arvo Bank", "buy", "shares")]),
]

# -- verb groups: auxiliaries, modals, negation, voice -------------------------------------

VERB_GROUPS: list[Row] = [
    ("Kellberg Corp said it agreed to acquire Dunmore Foods Inc for 45 mln dlrs in cash.",
     [("Kellberg Corp", "acquire", "Dunmore Foods Inc", {"modality": "agree", "amount": "45 mln dlrs"})]),
    ("Sorvali Oyj will launch a new mobile phone series .", [("Sorvali Oyj", "launch", "new mobile phone series", {"modality": "will"})]),
    ("The Hamro Group plans to open 15 new stores in Russia .", [("Hamro Group", "open", "new stores", {"modality": "plan"})]),
    ("Moody's Investors Service Inc may downgrade 240 mln dlrs of subordinated debt at Carrow Corp, the agency "
     "said on Friday.",
     [("Moody's Investors Service Inc", "downgrade", "subordinated debt", {"modality": "may", "amount": "240 mln dlrs"})]),
    ("Nigeria is expected to hold talks with its creditors.", [("Nigeria", "hold", "talks", {"modality": "expect"})]),
    ("Vexa is significantly accelerating its spending on new technology.", [("Vexa", "accelerate", "spending")]),
    ("Harvest Bank did not sell its stake in Tollund Ltd.", [("Harvest Bank", "sell", "stake", {"negated": True})]),
    ("Tollund Ltd has not completed the sale of its paper mill.", [("Tollund Ltd", "complete", "sale", {"negated": True})]),
    # a bare verb that could be a noun, before a noun in "-ing" after a determiner
    ("Beacon Advisers L.P. cut its holding in Tolland Inc.", [("Beacon Advisers L.P.", "cut", "holding")]),
    ("Nordvik Bank cuts its lending to small firms .", [("Nordvik Bank", "cut", "lending")]),
    # a plural noun that looks like a verb is no verb when one follows
    ("Kellberg Corp reports increased profit for 1987 .", [("Kellberg Corp", "report", "increased profit")]),
    # passive voice with an agent
    ("Dunmore Foods Inc was acquired by Kellberg Corp in 1986.", [("Kellberg Corp", "acquire", "Dunmore Foods Inc")]),
    ("The spin-off has been approved by Lindell Bank's board.", [("board", "approve", "spin-off")]),
    # coordination shares the subject
    ("Ostrava Steel has closed its oldest furnace and entered into a joint venture with Kraftwerk AG .",
     [("Ostrava Steel", "close", "oldest furnace"), ("Ostrava Steel", "enter into", "joint venture")]),
    ("Meridian Bancorp Inc said its board approved a share buyback and raised the annual payout.",
     [("board", "approve", "share buyback"), ("board", "raise", "annual payout")]),
    # participles share the subject of the sentence
    ("Despite unveiling a massive expansion of its program, Chinese e-commerce leader Vexa Group is struggling.",
     [("Vexa Group", "unveil", "massive expansion")]),
    ("The Cloud business unit of Vexa is emerging as a growth driver, reporting a 26% revenue increase.",
     [("Cloud business unit", "report", "revenue increase", {"percent": "26%"})]),
]

# -- objects -------------------------------------------------------------------------------

OBJECTS: list[Row] = [
    ("Through a trust , Kestrel Oyj also controls 8 % of the company .",
     [("Kestrel Oyj", "control", "company", {"percent": "8 %"})]),
    ("When the merger closes , Harjula will own 45 % in Kivi-Mets .",
     [("Harjula", "own", "Kivi-Mets", {"percent": "45 %"})]),
    ("Lumo Invest Oy owns 1,372,508 shares of Aalto Media Plc after the purchase .", [("Lumo Invest Oy", "own", "shares")]),
    ("Osaka Harbour Bank Ltd will launch 80 mln Swiss francs of subordinated notes next week.",
     [("Osaka Harbour Bank Ltd", "launch", "subordinated notes", {"amount": "80 mln Swiss francs"})]),
    ("Vexa recently launched its most advanced AI model to date, Qwen9-Max, which is large.",
     [("Vexa", "launch", "Qwen9-Max")]),
    ("Grenfield Inc plans to redeem its outstanding 8-3/4 pct debentures in July.",
     [("Grenfield Inc", "redeem", "outstanding 8-3/4 pct debentures")]),
    ("Skyline Leasing has received credible and detailed proposals for its cargo fleet.",
     [("Skyline Leasing", "receive", "credible and detailed proposals")]),
    ("The Lisbon Central Bank bought short-dated treasury bills at 8-5/8 pct.",
     [("Lisbon Central Bank", "buy", "short-dated treasury bills")]),
    ("Norhaven Bank declared an initial quarterly dividend of seven cents, payable in June.",
     [("Norhaven Bank", "declare", "initial quarterly dividend")]),
    ("Skyline Leasing said it received generous and flexible offers from both suppliers.",
     [("Skyline Leasing", "receive", "generous and flexible offers")]),
    ("Harbor Lane Bank has received firm and binding bids from three buyers .",
     [("Harbor Lane Bank", "receive", "firm and binding bids")]),
    ("Nordvik Bank sold the unit and Harbor Lane offers a loan .",
     [("Nordvik Bank", "sell", "unit"), ("Harbor Lane", "offer", "loan")]),
    # a participle phrase after the object ends it
    ("Torvik AB is issuing a 90 mln dlr eurobond maturing in 2031.",
     [("Torvik AB", "issue", "eurobond", {"amount": "90 mln dlr"})]),
    ("Osterby Shipping has sold three tankers operating in the Baltic Sea .", [("Osterby Shipping", "sell", "tankers")]),
    ("Kanerva Bank completed a rights offering in June .", [("Kanerva Bank", "complete", "rights offering")]),
    ("Lindell Bank will refinance 240 mln dlrs of senior notes issued by its parent.",
     [("Lindell Bank", "refinance", "senior notes", {"modality": "will", "amount": "240 mln dlrs"})]),
    # the participle phrase is not part of the object; with its agent it is a
    # triple of its own (SCHEMA: "freighters ordered by Masterbulk")
    ("Kivela Oyj bought the 20 % stake held by Arvo Partners .",
     [("Kivela Oyj", "buy", "stake", {"percent": "20 %"}), ("Arvo Partners", "hold", "stake")]),
    ("Halvard Corp sells bonds guaranteed by its parent .", [("Halvard Corp", "sell", "bonds")]),
    # an adjective that can also stand before a quantity
    ("Saimaa Timber reported total assets of EUR 212 mn at the end of June .",
     [("Saimaa Timber", "report", "total assets", {"amount": "EUR 212 mn"})]),
    ("Pelto Oyj bought a further 5 % of Lakeside Mills .", [("Pelto Oyj", "buy", "Lakeside Mills", {"percent": "5 %"})]),
    # gapping: a second subject with its amount and no verb
    ("Harjula will own 45 % of Kivi-Mets , and Lohja 20 % .",
     [("Harjula", "own", "Kivi-Mets", {"percent": "45 %"}), ("Lohja", "own", "Kivi-Mets", {"percent": "20 %"})]),
    ("Nordvik will hold 40 % of Lakeside and Harbor Lane 15 % .",
     [("Nordvik", "hold", "Lakeside", {"percent": "40 %"}), ("Harbor Lane", "hold", "Lakeside", {"percent": "15 %"})]),
    ("Harjula will own 45 % of Kivi-Mets , and Lohja 20 % of Vesi .", [("Harjula", "own", "Kivi-Mets")]),
]

# -- nominalisations -------------------------------------------------------------------------

NOMINALS: list[Row] = [
    ("The acquisition of Dunmore Foods by Kellberg Corp was completed on Friday.",
     [("Kellberg Corp", "acquire", "Dunmore Foods")]),
    ("Kellberg's acquisition of Dunmore Foods closed in March.", [("Kellberg", "acquire", "Dunmore Foods")]),
]

# -- not triples -----------------------------------------------------------------------------

NEGATIVES: list[str] = [
    # questions
    "Should investors sell immediately?",
    "Or is it worth buying Vexa?",
    "Vexa Stock: Buy or Sell?!",
    # measures that merely move
    "Sales rose 5% to EUR 12 mn.",
    "Net profit increased to EUR 3.2 mn from EUR 2.1 mn .",
    "The index advanced 42% year-to-date.",
    "The gross margin improved from 38.4 % to 39.1 % .",
    "Shipments of machine tools increased 1.8 pct in April, the trade ministry said.",
    "The current account deficit was trimmed to 4.62 billion dlrs last year.",
    "Staff turnover was cut from 9 pct to 7 pct over the year.",
    "While seat capacity was trimmed by 2.3 % , the cabin occupancy rate was down 4.6 percentage points .",
    # speech and clauses
    "Pelto Oyj said net sales fell by 3 % .",
    '"We are pleased," he added.',
    "The regulator concluded that the utilities with the best margins were the Ashby and Lowe.",
    "Investor Anna Lindqvist disclosed that she had sold nothing.",
    "Bond dealers said they thought another hike was improbable.",
    # nouns that look like verbs
    "The Fed funds rate slipped to 5-3/8 pct.",
    "A 25 basis point cut in the repo rate looks unlikely.",
    "Its plans for a new plant were shelved.",
    "The order was worth 5 mln dlrs.",
    "Factory orders rose 1.3 pct in March.",
    "Export orders fell 2.1 pct in the quarter .",
    "Vexa plans were shelved in May .",
    # no actor
    "The arrangement would be a lease of four freighters, with an option to purchase.",
    "Every warrant entitles its bearer to two new shares at a fixed price.",
    "Lindell said the dock strike delayed shipments to its warehouses.",
    "Federal funds were trading at 5-5/8 pct.",
    "A district court order freezing the assets of Lumo Invest was upheld .",
    "It said the disposal should be finished by the third quarter.",
    "",
    "   ",
    "EUR 1.0 = USD 1.082",
]


def _ids(rows: list[Row]) -> list[str]:
    return [r[0][:40] for r in rows]


@pytest.mark.parametrize(("text", "expected"), PLAIN, ids=_ids(PLAIN))
def test_plain(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), ACTORS, ids=_ids(ACTORS))
def test_actors(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), COREFERENCE, ids=_ids(COREFERENCE))
def test_coreference(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), VERB_GROUPS, ids=_ids(VERB_GROUPS))
def test_verb_groups(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), OBJECTS, ids=_ids(OBJECTS))
def test_objects(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), NOMINALS, ids=_ids(NOMINALS))
def test_nominals(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text: str) -> None:
    assert run(text) == []


GAPS: list[Any] = [
    gap("Kellberg Corp has completed its acquisition of Dunmore Foods.",
        [("Kellberg Corp", "acquire", "Dunmore Foods")],
        "the verb is kept ('complete acquisition'), not the nominalisation"),
]


@pytest.mark.parametrize(("text", "expected"), GAPS)
def test_known_gaps(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


# -- arguments, options, the document --------------------------------------------------------


def test_time_argument() -> None:
    from finparse.timewindow import extract_time

    text = "Sorvali will launch a rugged new handset on 14 March 2008 ."
    mentions = [*finparse.extract(text, kinds=["money", "percent"]), *extract_time(text, dt.date(2008, 1, 1))]
    (t,) = extract_triples(text, mentions)
    assert (t.subject, t.action, t.object) == ("Sorvali", "launch", "rugged new handset")
    assert t.time is not None and t.time.text == "14 March 2008"
    assert t.to_dict()["time"] == "14 March 2008"
    assert t.text == "Sorvali will launch a rugged new handset on 14 March 2008"


def test_time_before_the_subject() -> None:
    from finparse.timewindow import extract_time

    text = "Through the exchange in September alone, Chinese investors acquired Vexa equity."
    mentions = extract_time(text, dt.date(2025, 9, 27))
    (t,) = extract_triples(text, mentions)
    assert t.time is not None and t.time.text == "September"


# -- with time mentions, as finparse.extract(kinds="triple") passes them ----------------------

TIMED: list[Row] = [
    ("The central bank this morning raised its reserve ratio by two percentage points.",
     [("central bank", "raise", "reserve ratio", {"time": "this morning", "percent": "two percentage points"})]),
    ("Brockton Mutual Bank in the first quarter sold its credit card unit .",
     [("Brockton Mutual Bank", "sell", "credit card unit", {"time": "the first quarter"})]),
    ("Ostrava Steel has secured a five-year loan from Vesta Bank .", [("Ostrava Steel", "secure", "five-year loan")]),
    # a time inside a noun phrase does not open an adverbial ("for a six-year secured ...")
    ("Kestrel Oyj obtained a loan from a group of banks for a six-year secured credit line .",
     [("Kestrel Oyj", "obtain", "loan")]),
]


@pytest.mark.parametrize(("text", "expected"), TIMED, ids=_ids(TIMED))
def test_with_time_mentions(text: str, expected: list[tuple[Any, ...]]) -> None:
    from finparse.timewindow import extract_time

    mentions = [*finparse.extract(text, kinds=["money", "percent"]), *extract_time(text, dt.date(2008, 1, 1))]
    got = extract_triples(text, mentions)
    assert [(t.subject, t.action, t.object) for t in got] == [e[:3] for e in expected], text
    for t, e in zip(got, expected, strict=True):
        d = t.to_dict()
        for key, value in (e[3] if len(e) > 3 else {}).items():
            assert d[key] == value, (text, key)


def test_to_dict_keys() -> None:
    (t,) = run("Cathie Wood's ARK Invest purchased approximately $16.3 million worth of Alibaba shares.")
    assert list(t.to_dict()) == [
        "kind", "text", "start", "end", "subject", "action", "object", "amount", "percent", "time",
        "negated", "modality",
    ]
    assert t.to_dict()["amount"] == "approximately $16.3 million"
    assert t.subject_entity is not None and t.subject_entity.kind == "org"
    assert [e.text for e in t.subject_entity.related] == ["Cathie Wood"]
    assert t.object_entity is not None and t.object_entity.text == "Alibaba"


def test_entities_of_a_triple() -> None:
    (t,) = run("Orbis Banking Corp said it will cut its rate.")
    assert t.subject_entity is not None
    assert t.subject_entity.text == "it" and t.subject_entity.kind == "pronoun"
    assert t.subject_entity.refers_to is not None
    assert t.subject_entity.refers_to.text == "Orbis Banking Corp"


def test_ticker_is_linked() -> None:
    (t,) = run("Kestrel Oyj ( OMX Helsinki : KES1V ) has signed a contract .")
    assert t.subject_entity is not None and t.subject_entity.ticker == "KES1V"


def test_extra_verbs() -> None:
    text = "Kestrel Group will spin off its paper unit."
    assert run(text)[0].action == "spin off"  # in the table already
    assert run("Kestrel Group will carve out its paper unit.")[0].action == "carve out"  # open lexicon
    text = "Kestrel Group will ringfence its paper unit."  # no verb in the open lexicon
    assert run(text) == []
    (t,) = run(text, extra_verbs={"ringfence": "ringfence"})
    assert (t.action, t.object) == ("ringfence", "paper unit")
    (t,) = run("Kestrel Group ringfenced its paper unit.", extra_verbs={"ringfenced": "ringfence"})
    assert t.action == "ringfence"


def test_extra_entities() -> None:
    text = "the anderson trust bought shares."
    assert run(text) == []
    (t,) = run(text, extra_entities=[("the anderson trust", "org")])
    assert t.subject == "the anderson trust"


def test_coreference_off() -> None:
    (t,) = run("Orbis Bank said it will cut its rate.", coreference=False)
    assert t.subject == "it"


def test_bad_options() -> None:
    with pytest.raises(TypeError):
        extract_triples("x", frobnicate=True)
    with pytest.raises(TypeError):
        extract_triples(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        extract_triples("x", extra_entities=[("Acme", "planet")])


def test_document_resolution_of_the_company() -> None:
    text = (
        "Vexa is accelerating its spending. Markets were calm.\n"
        "To support this, the company is expanding its data center footprint."
    )
    got = run(text)
    assert [(t.subject, t.action) for t in got] == [("Vexa", "accelerate"), ("Vexa", "expand")]
