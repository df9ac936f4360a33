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
    ("Ostrava Steel has secured a five-year supply agreement with Vesta Motors .",
     [("Ostrava Steel", "secure", "five-year supply agreement")]),
    ("Brenmoor Holdings acquired a majority stake in Castlefield Mills.",
     [("Brenmoor Holdings", "acquire", "majority stake")]),
    ("The Hamro Group opened eight stores in Russia .", [("Hamro Group", "open", "stores")]),
    ("Pelican Airlines ordered 12 aircraft from Skyward Industries.", [("Pelican Airlines", "order", "aircraft")]),
    ("Grenfield Inc redeemed its 9-1/2 pct debentures.", [("Grenfield Inc", "redeem", "debentures")]),
    ("Lassila Oyj has signed a EUR 12 mn contract with Nordvik Energia .",
     [("Lassila Oyj", "sign", "contract", {"amount": "EUR 12 mn"})]),
    ("The Rautio family owns 40 % of the company .", [("Rautio family", "own", "company", {"percent": "40 %"})]),
    ("Japan bought 200,000 tonnes of U.S. wheat.", [("Japan", "buy", "U.S. wheat")]),
    ("Jalo Bank has raised EUR 200 mn by issuing bonds .", [("Jalo Bank", "raise", "EUR 200 mn")]),
    ("Saab-Varnell AB is issuing a 150 mln dlr eurobond due April 2, 1992.",
     [("Saab-Varnell AB", "issue", "eurobond", {"amount": "150 mln dlr"})]),
    ("Tikka Oyj will cut 120 jobs in Finland , the company said .", [("Tikka Oyj", "cut", "jobs", {"modality": "will"})]),
    ("Standard and Poor's Corp downgraded the debt of Mirren Corp.",
     [("Standard and Poor's Corp", "downgrade", "debt")]),
    ("S and P upgraded Halvard Inc's senior debt to A-plus.", [("S and P", "upgrade", "senior debt")]),
    ("Procter & Gamble introduced a new detergent.", [("Procter & Gamble", "introduce", "new detergent")]),
    ("The Bank of England provided 120 mln stg of assistance.",
     [("Bank of England", "provide", "assistance", {"amount": "120 mln stg"})]),
    ("Marlow Inc reported a net loss of 1.9 mln dlrs.", [("Marlow Inc", "report", "net loss", {"amount": "1.9 mln dlrs"})]),
    ("Orvala Group reports net sales of EUR 41.8 mn .", [("Orvala Group", "report", "net sales", {"amount": "EUR 41.8 mn"})]),
    ("The chain posted sales of 298 million euros .", [("The chain", "post", "sales", {"amount": "298 million euros"})]),
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
    ("The central bank lowered its discount rate to 5.5 pct from six pct.",
     [("central bank", "lower", "discount rate")]),
    ("The company 's board of directors has proposed a dividend of EUR 0.50 per share .",
     [("board of directors", "propose", "dividend")]),
    # a demonym and a description in front of a name
    ("Finnish engineering group Lassila Oyj has signed a contract with Nordvik .", [("Lassila Oyj", "sign", "contract")]),
    ("Finnish Scanvik , a contract manufacturer to the electronics industry , reports net sales of EUR 49.6 mn .",
     [("Scanvik", "report", "net sales")]),
    # appositives and relative clauses
    ("Mr. Kalle Virta, chief executive of Tarkka Oyj, bought 10,000 shares in the company.",
     [("Kalle Virta", "buy", "shares")]),
    ("The buyer is Palmu Capital , which acquired 70 % of the shares .", [("Palmu Capital", "acquire", "shares")]),
    # tickers are linked and skipped
    ("Lassila Oyj ( OMX Helsinki : LAS1V ) has signed a contract with Nordvik .", [("Lassila Oyj", "sign", "contract")]),
    ("Vexa Group (NYSE: VXA) unveiled a new chip.", [("Vexa Group", "unveil", "new chip")]),
    # a time between the subject and its verb
    ("The central bank last night raised the requirement by one percentage point.",
     [("central bank", "raise", "requirement", {"percent": "one percentage point"})]),
    # a place after a name does not take its place
    ("Burlington Weave of New York City, a division of Burlington Mills, has received a defense contract.",
     [("Burlington Weave", "receive", "defense contract")]),
]

# -- coreference ---------------------------------------------------------------------------

COREFERENCE: list[Row] = [
    ("Westpac Banking Corp in New Zealand said it will increase its indicator lending rate by 1.5 percentage points.",
     [("Westpac Banking Corp", "increase", "indicator lending rate", {"modality": "will", "percent": "1.5 percentage points"})]),
    ("Harris Partners L.P., a Chicago investment advisor, said it raised its stake in Tolland Inc.",
     [("Harris Partners L.P.", "raise", "stake")]),
    ("Investor Paul Bernauer disclosed he holds a 7.2 pct stake in Pay 'N Pak Stores Inc.",
     [("Paul Bernauer", "hold", "stake", {"percent": "7.2 pct"})]),
    # the company resolves to the company named before it...
    ("Vexa is accelerating its spending. The company now plans to increase its commitment of $53 billion.",
     [("Vexa", "accelerate", "spending"), ("Vexa", "increase", "commitment", {"modality": "plan", "amount": "$53 billion"})]),
    ("Shares of Porvoo Oyj rose 5 % after the company announced a cost-cutting programme .",
     [("Porvoo Oyj", "announce", "cost-cutting programme")]),
    # ... and is kept as written where nothing fits
    ("The company now plans to increase its three-year commitment of $53 billion.",
     [("The company", "increase", "three-year commitment", {"modality": "plan"})]),
    ("The company said that demand increased , and that it increased average paper prices by 4 percent .",
     [("The company", "increase", "average paper prices", {"percent": "4 percent"})]),
    # a speech verb with a recipient
    ("Arvo Bank told the Securities and Exchange Commission it bought 500,000 shares of Linna Oyj.",
     [("Arvo Bank", "buy", "shares")]),
]

# -- verb groups: auxiliaries, modals, negation, voice -------------------------------------

VERB_GROUPS: list[Row] = [
    ("Kellberg Corp said it agreed to acquire Dunmore Foods Inc for 45 mln dlrs in cash.",
     [("Kellberg Corp", "acquire", "Dunmore Foods Inc", {"modality": "agree", "amount": "45 mln dlrs"})]),
    ("Sorvali Oyj will launch a new mobile phone series .", [("Sorvali Oyj", "launch", "new mobile phone series", {"modality": "will"})]),
    ("The Hamro Group plans to open 15 new stores in Russia .", [("Hamro Group", "open", "new stores", {"modality": "plan"})]),
    ("Moody's Investors Service Inc said it may upgrade Tandy Corp's 175 mln dlrs of long-term debt.",
     [("Moody's Investors Service Inc", "upgrade", "long-term debt", {"modality": "may", "amount": "175 mln dlrs"})]),
    ("Nigeria is expected to hold talks with its creditors.", [("Nigeria", "hold", "talks", {"modality": "expect"})]),
    ("Vexa is significantly accelerating its spending on new technology.", [("Vexa", "accelerate", "spending")]),
    ("Harvest Bank did not sell its stake in Tollund Ltd.", [("Harvest Bank", "sell", "stake", {"negated": True})]),
    ("Tollund Ltd has not completed the sale of its paper mill.", [("Tollund Ltd", "complete", "sale", {"negated": True})]),
    # passive voice with an agent
    ("Dunmore Foods Inc was acquired by Kellberg Corp in 1986.", [("Kellberg Corp", "acquire", "Dunmore Foods Inc")]),
    ("The merger has been approved by Caro Bank's board.", [("board", "approve", "merger")]),
    # coordination shares the subject
    ("Ostrava Steel has secured a supply agreement and entered into a joint venture with Kraftwerk AG .",
     [("Ostrava Steel", "secure", "supply agreement"), ("Ostrava Steel", "enter into", "joint venture")]),
    ("Meridian Bancorp Inc said its board approved a two-for-one stock split and raised the quarterly dividend.",
     [("board", "approve", "two-for-one stock split"), ("board", "raise", "quarterly dividend")]),
    # participles share the subject of the sentence
    ("Despite unveiling a massive expansion of its program, Chinese e-commerce leader Vexa Group is struggling.",
     [("Vexa Group", "unveil", "massive expansion")]),
    ("The Cloud business unit of Vexa is emerging as a growth driver, reporting a 26% revenue increase.",
     [("Cloud business unit", "report", "revenue increase", {"percent": "26%"})]),
]

# -- objects -------------------------------------------------------------------------------

OBJECTS: list[Row] = [
    ("Kestrel Oyj controls a further 5 % of the company via a fund .", [("Kestrel Oyj", "control", "company", {"percent": "5 %"})]),
    ("After the deal , Merva will own 30 % in Saari-Botnia .", [("Merva", "own", "Saari-Botnia", {"percent": "30 %"})]),
    ("Quartal Oy now owns 2,094,063 shares in Satama Digital Plc .", [("Quartal Oy", "own", "shares")]),
    ("Hokkaido Pine Bank Ltd is launching 100 mln Swiss francs of convertible notes due 1992.",
     [("Hokkaido Pine Bank Ltd", "launch", "convertible notes", {"amount": "100 mln Swiss francs"})]),
    ("Vexa recently launched its most advanced AI model to date, Qwen9-Max, which is large.",
     [("Vexa", "launch", "Qwen9-Max")]),
    ("Grenfield Inc said it will redeem all of its outstanding 9-1/2 pct debentures on June 1.",
     [("Grenfield Inc", "redeem", "outstanding 9-1/2 pct debentures")]),
    ("GPA Air said it received innovative and attractive proposals from both makers.",
     [("GPA Air", "receive", "innovative and attractive proposals")]),
    ("The Boston Central Bank bought bank bills outright at 9-7/8 pct.", [("Boston Central Bank", "buy", "bank bills")]),
    ("Norhaven Bank declared an initial quarterly dividend of three cents.", [("Norhaven Bank", "declare", "initial quarterly dividend")]),
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
    "Operating profit margin increased from 11.2 % to 11.7 % .",
    "Orders for durable goods increased 2.5 pct in February, the Commerce Department said.",
    "The merchandise trade surplus was pared to 10.13 billion dlrs in 1986.",
    "Growth in operating expenses was reduced from 14 pct to 12 pct.",
    "As capacity was cut with 1.4 % , the passenger load factor was down 7.8 percentage points .",
    # speech and clauses
    "Pelto Oyj said net sales fell by 3 % .",
    '"We are pleased," he added.',
    "The ICC concluded that the railroads with the highest returns were the Kettle and Western.",
    "Investor Paul Bernauer disclosed that he had sold nothing.",
    "Money market sources said they added such a cut was unlikely.",
    # nouns that look like verbs
    "The Fed funds rate dropped to 6-1/8 pct.",
    "A quarter percentage point cut in the intervention rate is unlikely.",
    "Its plans for a new plant were shelved.",
    "The order was worth 5 mln dlrs.",
    # no actor
    "The deal would be for the lease, with purchase options, of five planes.",
    "Each option right entitles the holder to subscribe for one new share.",
    "Kone said the union action delayed repairs at the courthouse.",
    "Federal funds were trading at 6-1/8 pct.",
    "It said the sale would be completed in the second quarter.",
    "",
    "   ",
    "EUR 1.0 = USD 1.397",
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
    gap("After the deal , Merva will own 30 % in Saari-Botnia and Upmark -- 17 % .",
        [("Merva", "own", "Saari-Botnia"), ("Upmark", "own", "Saari-Botnia")],
        "gapping: the second clause has no verb"),
    gap("Kellberg Corp said it completed the acquisition of Dunmore Foods.",
        [("Kellberg Corp", "acquire", "Dunmore Foods")],
        "the verb is kept ('complete acquisition'), not the nominalisation"),
]


@pytest.mark.parametrize(("text", "expected"), GAPS)
def test_known_gaps(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, expected)


# -- arguments, options, the document --------------------------------------------------------


def test_time_argument() -> None:
    from finparse.timewindow import extract_time

    text = "Benefon will launch its Twig device on 20 September 2006 ."
    mentions = [*finparse.extract(text, kinds=["money", "percent"]), *extract_time(text, dt.date(2006, 1, 1))]
    (t,) = extract_triples(text, mentions)
    assert (t.subject, t.action, t.object) == ("Benefon", "launch", "Twig device")
    assert t.time is not None and t.time.text == "20 September 2006"
    assert t.to_dict()["time"] == "20 September 2006"
    assert t.text == "Benefon will launch its Twig device on 20 September 2006"


def test_time_before_the_subject() -> None:
    from finparse.timewindow import extract_time

    text = "Through the exchange in September alone, Chinese investors acquired Vexa equity."
    mentions = extract_time(text, dt.date(2025, 9, 27))
    (t,) = extract_triples(text, mentions)
    assert t.time is not None and t.time.text == "September"


def test_to_dict_keys() -> None:
    (t,) = run("Cathie Wood's ARK Invest purchased approximately $16.3 million worth of Alibaba shares.")
    assert list(t.to_dict()) == [
        "kind", "text", "start", "end", "subject", "action", "object", "amount", "percent", "time",
    ]
    assert t.to_dict()["amount"] == "approximately $16.3 million"
    assert t.subject_entity is not None and t.subject_entity.kind == "org"
    assert [e.text for e in t.subject_entity.related] == ["Cathie Wood"]
    assert t.object_entity is not None and t.object_entity.text == "Alibaba"


def test_entities_of_a_triple() -> None:
    (t,) = run("Westpac Banking Corp said it will cut its rate.")
    assert t.subject_entity is not None
    assert t.subject_entity.text == "it" and t.subject_entity.kind == "pronoun"
    assert t.subject_entity.refers_to is not None
    assert t.subject_entity.refers_to.text == "Westpac Banking Corp"


def test_ticker_is_linked() -> None:
    (t,) = run("Vaahto Oyj ( OMX Helsinki : VAH1V ) has signed a contract .")
    assert t.subject_entity is not None and t.subject_entity.ticker == "VAH1V"


def test_extra_verbs() -> None:
    text = "Vaahto Group will spin off its paper unit."
    assert run(text)[0].action == "spin off"  # in the table already
    text = "Vaahto Group will carve out its paper unit."
    assert run(text) == []
    (t,) = run(text, extra_verbs={"carve out": "carve out"})
    assert (t.action, t.object) == ("carve out", "paper unit")
    (t,) = run("Vaahto Group carved out its paper unit.", extra_verbs={"carved out": "carve out"})
    assert t.action == "carve out"


def test_extra_entities() -> None:
    text = "the anderson trust bought shares."
    assert run(text) == []
    (t,) = run(text, extra_entities=[("the anderson trust", "org")])
    assert t.subject == "the anderson trust"


def test_coreference_off() -> None:
    (t,) = run("Westpac said it will cut its rate.", coreference=False)
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
