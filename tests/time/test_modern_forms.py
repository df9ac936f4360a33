"""Company-news and modern report shapes: "9M 2024" / "6M FY25" codes (the
first nine or six months of a year), and the report's own period named
anaphorically ("the reporting period", "the period under review"), which is
a period with type only (SCHEMA: it points back to a time named elsewhere).
Also a set of shapes that already worked, kept as rows so they stay so.
"""

from __future__ import annotations

import datetime as dt

import pytest

from finparse import extract

REF = dt.date(2025, 6, 15)


def _one(text: str) -> tuple[str, str | None, str | None, str | None]:
    (found,) = extract(text, ref_date=REF, kinds="time")
    d = found.to_dict()
    return found.text, d["type"], d["start_date"], d["end_date"]


@pytest.mark.parametrize(("text", "span", "start", "end"), [
    ("9M 2024 revenue climbed 4%.", "9M 2024", "2024-01-01", "2024-10-01"),
    ("In 9M 2023, the group's orders fell.", "9M 2023", "2023-01-01", "2023-10-01"),
    ("Net income for 6M 2022 was EUR 3 mn.", "6M 2022", "2022-01-01", "2022-07-01"),
    ("Revenue in 9M FY25 grew 11%.", "9M FY25", "2024-04-01", "2025-01-01"),
    ("EBITDA margins in 6M 2021 narrowed.", "6M 2021", "2021-01-01", "2021-07-01"),
])
def test_month_count_codes(text: str, span: str, start: str, end: str) -> None:
    assert _one(text) == (span, "period", start, end)


@pytest.mark.parametrize(("text", "span"), [
    ("3M 2024 guidance was raised.", "2024"),  # 3M is a company name, not three months
    ("The fund raised $6M 2024 vintage capital.", "2024"),  # an amount
])
def test_month_count_code_traps(text: str, span: str) -> None:
    assert _one(text)[0] == span


@pytest.mark.parametrize(("text", "span"), [
    ("Sales were flat in the reporting period.", "the reporting period"),
    ("In the Reporting Period, orders rose 3%.", "the Reporting Period"),
    ("Operating profit in the review period was EUR 1.2 mn.", "the review period"),
    ("Net sales in the period under review totalled EUR 40 mn.", "the period under review"),
    ("Cash flow for the report period improved.", "the report period"),
])
def test_report_period_anaphors(text: str, span: str) -> None:
    assert _one(text) == (span, "period", None, None)


@pytest.mark.parametrize(("text", "span", "typ", "start", "end"), [
    ("Net sales rose to EUR 5.2 mn in January-March 2010.", "January-March 2010", "period", "2010-01-01", "2010-04-01"),
    ("Profit in the first nine months of 2009 fell.", "the first nine months of 2009", "period", "2009-01-01", "2009-10-01"),
    ("Orders fell from the corresponding period in 2008.", "the corresponding period in 2008", "period", None, None),
    ("Profit in Q1 2010 doubled.", "Q1 2010", "period", "2010-01-01", "2010-04-01"),
    ("Net sales in 2008-2009 were stable.", "2008-2009", "period", "2008-01-01", "2010-01-01"),
    ("Revenue in Q4'24 was $3m.", "Q4'24", "period", "2024-10-01", "2025-01-01"),
    ("The budget for FY2025-26 was passed.", "FY2025-26", "period", "2025-04-01", "2026-04-01"),
    ("Shares gained 20% since the start of 2024.", "since the start of 2024", "period", "2024-01-01", "2025-06-16"),
    ("Shares have gained 9% over the last 12 months.", "over the last 12 months", "period", "2024-06-15", "2025-06-16"),
    ("Margins trailed the prior-year period.", "the prior-year period", "period", None, None),
])
def test_company_news_shapes(text: str, span: str, typ: str, start: str | None, end: str | None) -> None:
    assert _one(text) == (span, typ, start, end)


@pytest.mark.parametrize("text", [
    "The regulator shortened the reporting period to two weeks.",
    "The review period ends in March.",
])
def test_report_period_words_without_a_preposition(text: str) -> None:
    assert all("period" not in m.text for m in extract(text, ref_date=REF, kinds="time"))


@pytest.mark.parametrize(("text", "span", "typ", "value"), [
    ("Output should double by the end of the decade.", "the end of the decade", "date", "2029-12-31"),
    ("Rates spiked at the start of the decade.", "the start of the decade", "date", "2020-01-01"),
    ("The End Of The Decade target stands.", "The End Of The Decade", "date", "2029-12-31"),
])
def test_edges_of_the_decade(text: str, span: str, typ: str, value: str) -> None:
    (found,) = extract(text, ref_date=REF, kinds="time")
    assert (found.text, found.to_dict()["type"], found.to_dict()["date"]) == (span, typ, value)
