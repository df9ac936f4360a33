"""Example-based test corpus for the money parser.

Every sentence here was written for finparse: the companies, people and
figures are invented, in the style of financial news wires. The corpus is
organised like the Duckling and price-parser corpora: one table of rows per
behaviour, each row ``(text, [expected mentions])``, where an expected
mention is a small dict holding only the fields that matter for the row.

Behaviour that a demanding reader of financial news would expect but that
the parser does not deliver yet is listed as a strict ``xfail`` (see
:func:`gap`), so that a fix is noticed and the row can be promoted.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from corpus_rows import Expected, Gap, Row, gap, params

import finparse

# -- helpers ---------------------------------------------------------------------------

_UNSET: Any = object()


def money(
    text: str,
    amount: str | None = None,
    currency: str | None = _UNSET,
    assumed: bool = _UNSET,
    **more: Any,
) -> Expected:
    """An expected single amount; ``assumed`` is ``currency_assumed``."""
    exp: Expected = {"text": text}
    if amount is not None:
        exp["amount"] = Decimal(amount)
    if currency is not _UNSET:
        exp["currency"] = currency
    if assumed is not _UNSET:
        exp["currency_assumed"] = assumed
    exp.update(more)
    return exp


def span(
    text: str,
    low: str,
    high: str,
    currency: str | None = _UNSET,
    assumed: bool = _UNSET,
    **more: Any,
) -> Expected:
    """An expected range: ``amount`` is None, ``low``/``high`` are set."""
    exp = money(text, None, currency, assumed, **more)
    exp.update(amount=None, low=Decimal(low), high=Decimal(high))
    return exp


def check(text: str, expected: list[Expected], found: list[Any]) -> None:
    for m in found:
        assert text[m.start : m.end] == m.text, (m.start, m.end, m.text)
    assert [m.text for m in found] == [e["text"] for e in expected]
    for m, exp in zip(found, expected, strict=True):
        for key in ("amount", "low", "high"):
            if exp.get(key) is not None:
                assert isinstance(getattr(m, key), Decimal), (key, m)
        got = {key: getattr(m, key) for key in exp}
        assert got == exp, m


# The row tables below are laid out by hand, one row per sentence.
# fmt: off

# -- the same value, many surface forms ----------------------------------------------------

SURFACE_FORMS: list[Row] = [
    ("Harbour Lane Capital bought $16.3 million of Orbis shares.",
     [money("$16.3 million", "16300000", "USD", True, unit="$")]),
    ("Harbour Lane Capital bought US$16.3 mn of Orbis shares.",
     [money("US$16.3 mn", "16300000", "USD", False, unit="US$")]),
    ("Harbour Lane Capital bought USD 16.3m of Orbis shares.",
     [money("USD 16.3m", "16300000", "USD", False, unit="USD")]),
    ("Harbour Lane Capital bought 16.3 million dollars of Orbis shares.",
     [money("16.3 million dollars", "16300000", "USD", True, unit="dollars")]),
    ("Harbour Lane bought 16.3 mln dlrs of Orbis stock, the filing showed.",
     [money("16.3 mln dlrs", "16300000", "USD", True, unit="dlrs")]),
    ("The fund put 16.3 million U.S. dollars into Orbis.",
     [money("16.3 million U.S. dollars", "16300000", "USD", False)]),
    ("The fund put 16.3 mln U.S. dlrs into Orbis.",
     [money("16.3 mln U.S. dlrs", "16300000", "USD", False)]),
    ("The fund put 16.3 million US dollars into Orbis.",
     [money("16.3 million US dollars", "16300000", "USD", False)]),
    ("The fund put $16.3mn into Orbis.", [money("$16.3mn", "16300000", "USD", True)]),
    ("The fund put $16.3M into Orbis.", [money("$16.3M", "16300000", "USD", True)]),
    ("The fund put $16.3 mln into Orbis.", [money("$16.3 mln", "16300000", "USD", True)]),
    ("The fund put $16.3MM into Orbis, a filing showed.",
     [money("$16.3MM", "16300000", "USD", True)]),
    ("The fund put USD16.3m into Orbis.", [money("USD16.3m", "16300000", "USD", False)]),
    ("The fund put 16.3m USD into Orbis.", [money("16.3m USD", "16300000", "USD", False)]),
    ("The fund put 16.3 mln usd into Orbis.", [money("16.3 mln usd", "16300000", "USD", False)]),
    ("The fund put $16,300,000 into Orbis.", [money("$16,300,000", "16300000", "USD", True)]),
    ("The fund put U.S.$16.3 million into Orbis.",
     [money("U.S.$16.3 million", "16300000", "USD", False)]),
    ("The fund put US $16.3 million into Orbis.",
     [money("US $16.3 million", "16300000", "USD", False)]),
    ("The fund put $ 16.3 million into Orbis.",
     [money("$ 16.3 million", "16300000", "USD", True)]),
]

# -- ISO 4217 codes before, after and glued ------------------------------------------------

ISO_CODES: list[Row] = [
    ("Vantor Logistik lifted sales to EUR 5m last year.",
     [money("EUR 5m", "5000000", "EUR", False, unit="EUR")]),
    ("Vantor Logistik lifted sales to EUR5m last year.", [money("EUR5m", "5000000", "EUR", False)]),
    ("Vantor Logistik lifted sales to 5m EUR last year.", [money("5m EUR", "5000000", "EUR", False)]),
    ("Operating profit was EUR74.8 m in the first half.",
     [money("EUR74.8 m", "74800000", "EUR", False)]),
    ("Kessel Bank booked GBP 2.1 billion of new loans.",
     [money("GBP 2.1 billion", "2100000000", "GBP", False)]),
    ("Mitsuwa Trading took a JPY 300bn loan.", [money("JPY 300bn", "300000000000", "JPY", False)]),
    ("Revenue at Lanxi Foods reached CNY7.8 billion.",
     [money("CNY7.8 billion", "7800000000", "CNY", False)]),
    ("Revenue at Lanxi Foods reached RMB 7.8bn.", [money("RMB 7.8bn", "7800000000", "CNY", False)]),
    ("Revenue at Lanxi Foods reached 7.8bn rmb.", [money("7.8bn rmb", "7800000000", "CNY", False)]),
    ("The Zurich insurer wrote CHF20m of new premiums.",
     [money("CHF20m", "20000000", "CHF", False)]),
    ("The Zurich insurer wrote 20m CHF of new premiums.",
     [money("20m CHF", "20000000", "CHF", False)]),
    ("Nordvik Energi issued SEK 4.5bn of green bonds.",
     [money("SEK 4.5bn", "4500000000", "SEK", False)]),
    ("Nordvik Energi issued NOK4.5bn of green bonds.",
     [money("NOK4.5bn", "4500000000", "NOK", False)]),
    ("Kobenhavn Shipping raised DKK 2.1bn in a share sale.",
     [money("DKK 2.1bn", "2100000000", "DKK", False)]),
    ("Palvi Telecom will spend INR 9.7 bn on towers.",
     [money("INR 9.7 bn", "9700000000", "INR", False)]),
    ("Palvi Telecom will spend 9.7bn INR on towers.",
     [money("9.7bn INR", "9700000000", "INR", False)]),
    ("Karoo Mining paid ZAR8bn for the Limpopo assets.",
     [money("ZAR8bn", "8000000000", "ZAR", False)]),
    ("Bank Sentosa raised IDR 12tn from the rights issue.",
     [money("IDR 12tn", "12000000000000", "IDR", False)]),
    ("The Gulf developer sold AED 500m of sukuk.", [money("AED 500m", "500000000", "AED", False)]),
    ("Danube Holding bought HUF 50bn of state bonds.",
     [money("HUF 50bn", "50000000000", "HUF", False)]),
    ("The lender wrote off PLN 120 mln of loans.", [money("PLN 120 mln", "120000000", "PLN", False)]),
    ("The lender wrote off 120 mln PLN of loans.", [money("120 mln PLN", "120000000", "PLN", False)]),
    ("Safaricom rival Tembo raised KES 40 million.",
     [money("KES 40 million", "40000000", "KES", False)]),
    ("Lotus Retail booked VND 40 billion in sales.",
     [money("VND 40 billion", "40000000000", "VND", False)]),
    ("The Karachi cement maker earned PKR 40 million.",
     [money("PKR 40 million", "40000000", "PKR", False)]),
    ("Tickets sell for 500 HKD at the door.", [money("500 HKD", "500", "HKD", False)]),
    ("Lantern Air paid 5.2 bn usd for the jets.", [money("5.2 bn usd", "5200000000", "USD", False)]),
]

# -- currency symbols ----------------------------------------------------------------------

SYMBOLS: list[Row] = [
    ("Vantor lifted sales to €5 million.", [money("€5 million", "5000000", "EUR", False, unit="€")]),
    ("Vantor lifted sales to €5m.", [money("€5m", "5000000", "EUR", False)]),
    ("Kessel Bank made a profit of £2.1bn.", [money("£2.1bn", "2100000000", "GBP", True)]),
    ("Mitsuwa Trading took a ¥300 billion loan.",
     [money("¥300 billion", "300000000000", "JPY", True)]),
    ("Palvi Infra won a contract worth ₹2,500 crore.",
     [money("₹2,500 crore", "25000000000", "INR", False)]),
    ("Hanbit Motors will invest ₩1.2 trillion in batteries.",
     [money("₩1.2 trillion", "1200000000000", "KRW", False)]),
    ("Volga Steel set aside ₽40 billion for upgrades.",
     [money("₽40 billion", "40000000000", "RUB", False)]),
    ("Anadolu Cement borrowed ₺3.5 billion.", [money("₺3.5 billion", "3500000000", "TRY", False)]),
    ("Luzon Power raised ₱12 billion from bonds.",
     [money("₱12 billion", "12000000000", "PHP", False)]),
    ("Lagos Breweries posted sales of ₦50 billion.",
     [money("₦50 billion", "50000000000", "NGN", False)]),
    ("Negev Chips sold the unit for ₪800 million.",
     [money("₪800 million", "800000000", "ILS", False)]),
    ("The subscription costs €49.90 per month.", [money("€49.90", "49.90", "EUR", False)]),
    ("The subscription costs 49,90 € per month.", [money("49,90 €", "49.90", "EUR", False)]),
    ("Tickets for the Osaka show cost ¥5,000.", [money("¥5,000", "5000", "JPY", True)]),
    ("Tickets for the Osaka show cost JP¥5,000.", [money("JP¥5,000", "5000", "JPY", False)]),
    ("Gold rose to $2,350 an ounce on Friday.", [money("$2,350", "2350", "USD", True)]),
    ("The euro rose to $1.0850 in late trade.", [money("$1.0850", "1.0850", "USD", True)]),
]

# -- prefixed dollars ----------------------------------------------------------------------

PREFIXED_DOLLARS: list[Row] = [
    ("Jade Harbour paid HK$2.5 billion for the tower.",
     [money("HK$2.5 billion", "2500000000", "HKD", False, unit="HK$")]),
    ("Jade Harbour paid HK$ 50 million for the site.",
     [money("HK$ 50 million", "50000000", "HKD", False)]),
    ("Maple Rail sold the line for C$40 million.", [money("C$40 million", "40000000", "CAD", False)]),
    ("Maple Rail sold the line for Can$5 million.", [money("Can$5 million", "5000000", "CAD", False)]),
    ("Maple Rail sold the line for $5 million Cdn.",
     [money("$5 million Cdn", "5000000", "CAD", False)]),
    ("Coral Sea Resources raised A$1.2 billion.",
     [money("A$1.2 billion", "1200000000", "AUD", False)]),
    ("Coral Sea Resources raised AU$5 million.", [money("AU$5 million", "5000000", "AUD", False)]),
    ("Formosa Wafer will spend NT$900 million on a plant.",
     [money("NT$900 million", "900000000", "TWD", False)]),
    ("Merlion Ports issued S$75 million of notes.",
     [money("S$75 million", "75000000", "SGD", False)]),
    ("Tasman Dairy paid NZ$50 million for the farms.",
     [money("NZ$50 million", "50000000", "NZD", False)]),
    ("Paulista Agro raised R$3.2 billion in Sao Paulo.",
     [money("R$3.2 billion", "3200000000", "BRL", False)]),
    ("The voucher is worth $65.00 U.S. per unit.", [money("$65.00 U.S.", "65.00", "USD", False)]),
]

# -- letter symbols ------------------------------------------------------------------------

LETTER_SYMBOLS: list[Row] = [
    ("Palvi Infra will spend Rs 450 crore on roads.",
     [money("Rs 450 crore", "4500000000", "INR", True, unit="Rs")]),
    ("Palvi Infra will spend Rs. 9.7 billion on roads.",
     [money("Rs. 9.7 billion", "9700000000", "INR", True)]),
    ("The board cleared a bonus of Rs 3.5 lakh per engineer.",
     [money("Rs 3.5 lakh", "350000", "INR", True)]),
    ("Melaka Palm paid RM1.2 billion for the estates.",
     [money("RM1.2 billion", "1200000000", "MYR", False)]),
    ("Vistula Bank booked zł 120 mln in fees.", [money("zł 120 mln", "120000000", "PLN", False)]),
    ("Vistula Bank booked 12 mln zł in fees.", [money("12 mln zł", "12000000", "PLN", False)]),
    ("Brno Works earned 300 mln Kč last year.", [money("300 mln Kč", "300000000", "CZK", False)]),
    ("Brno Works earned 2 bln Kc last year.", [money("2 bln Kc", "2000000000", "CZK", False)]),
    ("Malmo Bygg took a 2.5 mln kr charge in May.",
     [money("2.5 mln kr", "2500000", None, False, unit="kr")]),
    ("Alpen Re earned SFr 20 million in the quarter.",
     [money("SFr 20 million", "20000000", "CHF", False)]),
    ("Najd Cement posted a profit of SR1.1 billion.",
     [money("SR1.1 billion", "1100000000", "SAR", False)]),
    ("Pearl Gulf Holding raised QR 40 million.", [money("QR 40 million", "40000000", "QAR", False)]),
    ("Creek Side Properties sold units worth Dhs 40 million.",
     [money("Dhs 40 million", "40000000", "AED", False)]),
    ("Burgan Logistics paid KD 10 million for the depot.",
     [money("KD 10 million", "10000000", "KWD", False)]),
    ("Galilee Bank raised NIS 40 million.", [money("NIS 40 million", "40000000", "ILS", False)]),
    ("Bank Sentosa raised Rp 12 trillion.", [money("Rp 12 trillion", "12000000000000", "IDR", False)]),
    ("Nairobi Grain raised KSh 40 million from investors.",
        [money("KSh 40 million", "40000000", "KES", False)]),
]

# -- currency names, with and without adjectives --------------------------------------------

NAMES: list[Row] = [
    ("Maple Rail paid 40 mln Canadian dlrs for the spur.",
     [money("40 mln Canadian dlrs", "40000000", "CAD", False, unit="Canadian dlrs")]),
    ("Maple Rail paid 150 mln Canadian dollars for the spur.",
     [money("150 mln Canadian dollars", "150000000", "CAD", False)]),
    ("Alpen Re paid 12 mln Swiss francs for the stake.",
     [money("12 mln Swiss francs", "12000000", "CHF", False)]),
    ("Alpen Re paid a dividend of 1.10 Swiss francs per share.",
     [money("1.10 Swiss francs", "1.10", "CHF", False)]),
    ("Kessel Bank earned 2.1 billion pounds sterling.",
     [money("2.1 billion pounds sterling", "2100000000", "GBP", False)]),
    ("Kessel Bank earned 2.1 bln stg in the year.", [money("2.1 bln stg", "2100000000", "GBP", False)]),
    ("ORBIS BUYS STAKE FOR 300 MLN STG", [money("300 MLN STG", "300000000", "GBP", False)]),
    ("Kessel Bank earned 200 million sterling.",
     [money("200 million sterling", "200000000", "GBP", False)]),
    ("Kessel Bank earned 2.1 billion pounds.",
     [money("2.1 billion pounds", "2100000000", "GBP", True)]),
    ("Lanxi Foods earned 7.8 billion yuan last year.",
     [money("7.8 billion yuan", "7800000000", "CNY")]),
    ("Lanxi Foods bought 50 million renminbi of bonds.",
     [money("50 million renminbi", "50000000", "CNY", False)]),
    ("Lanxi Foods bought renminbi 50 million of bonds.",
     [money("renminbi 50 million", "50000000", "CNY", False)]),
    ("Mitsuwa Trading took a 300 billion yen loan.",
     [money("300 billion yen", "300000000000", "JPY", False)]),
    ("Mitsuwa Trading took a 250 billion Japanese yen loan.",
     [money("250 billion Japanese yen", "250000000000", "JPY", False)]),
    ("Vantor lifted sales to 5 million euros.", [money("5 million euros", "5000000", "EUR", False)]),
    ("Vantor lifted sales to 5 mln euros.", [money("5 mln euros", "5000000", "EUR", False)]),
    ("The fare was cut to 20 euro.", [money("20 euro", "20", "EUR", False)]),
    ("Jade Harbour paid 150 million Hong Kong dollars.",
     [money("150 million Hong Kong dollars", "150000000", "HKD", False)]),
    ("Jade Harbour paid 50 mln HK dlrs.", [money("50 mln HK dlrs", "50000000", "HKD", False)]),
    ("Coral Sea paid 150 mln Australian dlrs.",
     [money("150 mln Australian dlrs", "150000000", "AUD", False)]),
    ("Coral Sea paid 50 mln Aust dlrs.", [money("50 mln Aust dlrs", "50000000", "AUD", False)]),
    ("Merlion Ports paid 150 million Singapore dollars.",
     [money("150 million Singapore dollars", "150000000", "SGD", False)]),
    ("Tasman Dairy paid 50 mln NZ dlrs.", [money("50 mln NZ dlrs", "50000000", "NZD", False)]),
    ("Formosa Wafer spent 45 bln Taiwan dollars.",
     [money("45 bln Taiwan dollars", "45000000000", "TWD", False)]),
    ("Formosa Wafer spent 50 million New Taiwan dollars.",
     [money("50 million New Taiwan dollars", "50000000", "TWD", False)]),
    ("Palvi Telecom will spend 9.7 billion rupees.",
     [money("9.7 billion rupees", "9700000000", "INR", True)]),
    ("Palvi Telecom will spend 9.7 billion Indian rupees.",
     [money("9.7 billion Indian rupees", "9700000000", "INR", False)]),
    ("Indus Textiles earned 40 million Pakistani rupees.",
     [money("40 million Pakistani rupees", "40000000", "PKR", False)]),
    ("Karoo Mining paid 8 billion South African rand.",
     [money("8 billion South African rand", "8000000000", "ZAR", False)]),
    ("Azteca Foods paid 3 billion Mexican pesos.",
     [money("3 billion Mexican pesos", "3000000000", "MXN", False)]),
    ("Andes Copper paid 40 million Chilean pesos.",
     [money("40 million Chilean pesos", "40000000", "CLP", False)]),
    ("Azteca Foods paid 3 billion pesos, without saying which.",
     [money("3 billion pesos", "3000000000", None, False)]),
    ("Lagos Breweries earned 75 billion naira.",
     [money("75 billion naira", "75000000000", "NGN", False)]),
    ("Melaka Palm paid 2.4 billion ringgit.", [money("2.4 billion ringgit", "2400000000", "MYR", False)]),
    ("Melaka Palm paid ringgit 2.4 billion.", [money("ringgit 2.4 billion", "2400000000", "MYR", False)]),
    ("Bank Sentosa lent 12 trillion rupiah.",
     [money("12 trillion rupiah", "12000000000000", "IDR", False)]),
    ("Chao Phraya Hotels earned 800 million Thai baht.",
     [money("800 million Thai baht", "800000000", "THB", False)]),
    ("Najd Cement earned 1.1 billion Saudi riyals.",
     [money("1.1 billion Saudi riyals", "1100000000", "SAR", False)]),
    ("Creek Side sold units worth 40 million UAE dirhams.",
     [money("40 million UAE dirhams", "40000000", "AED", False)]),
    ("Nile Cables earned 700 million Egyptian pounds.",
     [money("700 million Egyptian pounds", "700000000", "EGP", False)]),
    ("Nordvik Energi issued 4.5 billion Swedish crowns of bonds.",
     [money("4.5 billion Swedish crowns", "4500000000", "SEK", False)]),
    ("Nordvik Energi paid 2.5 million Swedish kronor.",
     [money("2.5 million Swedish kronor", "2500000", "SEK", False)]),
    ("Fjord Salmon earned 120 million Norwegian kroner.",
     [money("120 million Norwegian kroner", "120000000", "NOK", False)]),
    ("Kobenhavn Shipping earned 4.5 billion Danish kroner.",
     [money("4.5 billion Danish kroner", "4500000000", "DKK", False)]),
    ("Brno Works earned 2 billion Czech korunas.",
     [money("2 billion Czech korunas", "2000000000", "CZK", False)]),
    ("Vistula Bank earned 120 mln zlotys.", [money("120 mln zlotys", "120000000", "PLN", False)]),
    ("Danube Holding earned 50 billion forints.",
     [money("50 billion forints", "50000000000", "HUF", False)]),
    ("Dnipro Agro earned 30 bln hryvnias.", [money("30 bln hryvnias", "30000000000", "UAH", False)]),
    ("Volga Steel set aside 90 bln roubles.", [money("90 bln roubles", "90000000000", "RUB")]),
    ("Hanbit Motors will invest 6 billion Korean won.",
     [money("6 billion Korean won", "6000000000", "KRW", False)]),
    ("Galilee Bank earned 40 million shekels.", [money("40 million shekels", "40000000", "ILS", False)]),
    ("Paulista Agro raised 500 million Brazilian reais.",
     [money("500 million Brazilian reais", "500000000", "BRL", False)]),
    ("Burgan Logistics paid 10 mln Kuwaiti dinars.",
     [money("10 mln Kuwaiti dinars", "10000000", "KWD", False)]),
    ("Lotus Retail earned 40 billion dong.", [money("40 billion dong", "40000000000", "VND", False)]),
    ("The miner sold 1,000 bitcoins last month.", [money("1,000 bitcoins", "1000", "BTC", False)]),
    ("Fjord Salmon earned 4.5 billion Norwegian crowns.",
        [money("4.5 billion Norwegian crowns", "4500000000", "NOK", False)]),
    ("Kobenhavn Shipping earned 120 million Danish crowns.",
        [money("120 million Danish crowns", "120000000", "DKK", False)]),
    ("Brno Works earned 2 billion Czech crowns.",
        [money("2 billion Czech crowns", "2000000000", "CZK", False)]),
    ("Reykjavik Fisheries earned 120 million Icelandic kronur.",
        [money("120 million Icelandic kronur", "120000000", "ISK", False)]),
    ("Anadolu Cement borrowed 900 million Turkish lira.",
        [money("900 million Turkish lira", "900000000", "TRY", False)]),
    ("Volga Steel set aside 40 million Russian roubles.",
        [money("40 million Russian roubles", "40000000", "RUB", False)]),
    ("Lanxi Foods earned 50 million Chinese yuan.",
        [money("50 million Chinese yuan", "50000000", "CNY", False)]),
    ("Vistula Bank earned 120 mln złotys.",
        [money("120 mln złotys", "120000000", "PLN", False)]),
    ("Pampa Energia raised 12 billion Argentine pesos.",
        [money("12 billion Argentine pesos", "12000000000", "ARS", False)]),
    ("Paulista Agro raised 40 million Brazilian real.",
        [money("40 million Brazilian real", "40000000", "BRL", False)]),
    ("Hanbit Motors will invest 6 billion won in Ulsan.",
        [money("6 billion won", "6000000000", "KRW", True)]),
    ("Alpen Re pays a dividend of 0.85 euro per share.",
        [money("0.85 euro", "0.85", "EUR", False)]),
    ("The 5 euro fee was scrapped in March.",
        [money("5 euro", "5", "EUR", False)]),
    ("Kessel Bank offered 5.20 pounds per share for Orbis.",
        [money("5.20 pounds", "5.20", "GBP", True)]),
]

# -- minor units ---------------------------------------------------------------------------

MINOR_UNITS: list[Row] = [
    ("Orbis raised its dividend to 1 cent a share.", [money("1 cent", "0.01", "USD", True)]),
    ("Orbis paid 14 ct a share.", [money("14 ct", "0.14", "USD", True)]),
    ("Orbis will pay 5c a share.", [money("5c", "0.05", "USD", True)]),
    ("Harrow Foods shares fell 35 pence.", [money("35 pence", "0.35", "GBP", False)]),
    ("Harrow Foods shares closed at 412p.", [money("412p", "4.12", "GBP", False)]),
    ("Harrow Foods pays a dividend of 25p per share.", [money("25p", "0.25", "GBP", False)]),
    ("Alpen Re pays 25 euro cents per share.", [money("25 euro cents", "0.25", "EUR", False)]),
    ("Maple Rail pays 25 Canadian cents per share.",
     [money("25 Canadian cents", "0.25", "CAD", False)]),
    ("Orbis pays 25 U.S. cents per share.", [money("25 U.S. cents", "0.25", "USD", False)]),
    ("Melaka Palm pays 8 sen per share.", [money("8 sen", "0.08", "MYR", False)]),
    ("Palvi Telecom pays 50 paise per share.", [money("50 paise", "0.50", "INR", False)]),
    ("Orbis raised its quarterly dividend to 50 cents a share.",
        [money("50 cents", "0.50", "USD", True)]),
    ("Orbis earned 52 cts a share in the quarter.",
        [money("52 cts", "0.52", "USD", True)]),
    ("Orbis sees earnings of 10-11 cents a share.",
        [span("10-11 cents", "0.10", "0.11", "USD", True)]),
]

# -- number words --------------------------------------------------------------------------

NUMBER_WORDS: list[Row] = [
    ("Orbis took a charge of five million dollars.",
     [money("five million dollars", "5000000", "USD", True)]),
    ("The settlement was half a million dollars.",
     [money("half a million dollars", "500000", "USD", True)]),
    ("Orbis spent two and a half billion dollars on chips.",
     [money("two and a half billion dollars", "2500000000", "USD", True)]),
    ("The deal was worth one billion euros.", [money("one billion euros", "1000000000", "EUR", False)]),
    ("Orbis charges a dollar a download.", [money("a dollar", "1", "USD", True)]),
    ("He owed the broker forty-two dollars.", [money("forty-two dollars", "42", "USD", True)]),
    ("Norland paid twelve million dollars for Orbis.",
     [money("twelve million dollars", "12000000", "USD", True)]),
    ("The artist was paid fifteen thousand dollars.",
     [money("fifteen thousand dollars", "15000", "USD", True)]),
    ("Vantor spent three hundred million euros.",
     [money("three hundred million euros", "300000000", "EUR", False)]),
    ("Norland paid one hundred and five million dollars.",
     [money("one hundred and five million dollars", "105000000", "USD", True)]),
    ("A billion dollars was wiped off Orbis's market value.",
        [money("A billion dollars", "1000000000", "USD", True)]),
    ("The founder earned a million dollars last year.",
        [money("a million dollars", "1000000", "USD", True)]),
]

# -- scales --------------------------------------------------------------------------------

SCALES: list[Row] = [
    ("Norland paid $12.5bn for Orbis.", [money("$12.5bn", "12500000000", "USD", True)]),
    ("Norland paid $1.2 bn for Orbis.", [money("$1.2 bn", "1200000000", "USD", True)]),
    ("Norland paid $1.2B for Orbis.", [money("$1.2B", "1200000000", "USD", True)]),
    ("Norland paid USD12.5bn for Orbis.", [money("USD12.5bn", "12500000000", "USD", False)]),
    ("Orbis manages $2.3 trillion for clients.",
     [money("$2.3 trillion", "2300000000000", "USD", True)]),
    ("Orbis plans $3tn of capex this decade.", [money("$3tn", "3000000000000", "USD", True)]),
    ("The agency bid $54K per seat.", [money("$54K", "54000", "USD", True)]),
    ("The agency bid $54k per seat.", [money("$54k", "54000", "USD", True)]),
    ("Revenue reached $850 thousand.", [money("$850 thousand", "850000", "USD", True)]),
    ("Revenue reached 850 thousand dollars.",
     [money("850 thousand dollars", "850000", "USD", True)]),
    ("Revenue reached $.85 million.", [money("$.85 million", "850000", "USD", True)]),
    ("Revenue reached $0.85 million.", [money("$0.85 million", "850000", "USD", True)]),
    ("Revenue reached $16.3 M in the year.", [money("$16.3 M", "16300000", "USD", True)]),
    ("Revenue reached $16.3 mm in the year.", [money("$16.3 mm", "16300000", "USD", True)]),
    ("Revenue reached 74.8m euros.", [money("74.8m euros", "74800000", "EUR", False)]),
    ("Revenue reached EUR 5,3 Mio in Austria.", [money("EUR 5,3 Mio", "5300000", "EUR", False)]),
    ("Palvi Infra earned Rs 1.2 crore in fees.", [money("Rs 1.2 crore", "12000000", "INR", True)]),
    ("Palvi Infra earned Rs12cr in fees.", [money("Rs12cr", "120000000", "INR", True)]),
    ("Palvi Infra earned Rs 45 lakhs in fees.", [money("Rs 45 lakhs", "4500000", "INR", True)]),
    ("Palvi Infra earned ₹ 45 lakh in fees.", [money("₹ 45 lakh", "4500000", "INR", False)]),
    ("Palvi Infra earned 120 lakh rupees in fees.",
     [money("120 lakh rupees", "12000000", "INR", True)]),
    ("Palvi Infra earned 5 crores rupees in fees.",
     [money("5 crores rupees", "50000000", "INR", True)]),
    ("Palvi Infra earned 5 Mln Dlrs in fees.", [money("5 Mln Dlrs", "5000000", "USD", True)]),
    ("ORBIS SEES 1990 PROFIT UP AT 5 MLN DLRS",
     [money("5 MLN DLRS", "5000000", "USD", True)]),
]

# -- million- and thousand-prefixed codes ---------------------------------------------------

PREFIXED_CODES: list[Row] = [
    ("Sveabolaget's order intake was 38 MUSD.", [money("38 MUSD", "38000000", "USD", False)]),
    ("Sveabolaget's order intake was 45 MEUR.", [money("45 MEUR", "45000000", "EUR", False)]),
    ("Sveabolaget's net sales were MSEK 450.", [money("MSEK 450", "450000000", "SEK", False)]),
    ("Sveabolaget's net sales were 450 MSEK.", [money("450 MSEK", "450000000", "SEK", False)]),
    ("Hanse Technik's EBIT was TEUR 850.", [money("TEUR 850", "850000", "EUR", False)]),
    ("Hanse Technik's EBIT was 850 TEUR.", [money("850 TEUR", "850000", "EUR", False)]),
    ("Hanse Technik's EBIT was 850 kEUR.", [money("850 kEUR", "850000", "EUR", False)]),
]

# -- thousands separators ------------------------------------------------------------------

SEPARATORS: list[Row] = [
    ("Orbis paid $1,234 in fees.", [money("$1,234", "1234", "USD", True)]),
    ("Orbis paid $1,234,567.89 in fees.", [money("$1,234,567.89", "1234567.89", "USD", True)]),
    ("Hanse booked sales of EUR 1.234.567,89.",
     [money("EUR 1.234.567,89", "1234567.89", "EUR", False)]),
    ("Hanse booked sales of 1 234 567,89 EUR.",
     [money("1 234 567,89 EUR", "1234567.89", "EUR", False)]),
    ("Hanse booked sales of 1\u202f234\u202f567,89 EUR.",
     [money("1\u202f234\u202f567,89 EUR", "1234567.89", "EUR", False)]),
    ("The fund holds €1\u00a0234\u00a0567 in cash.",
     [money("€1\u00a0234\u00a0567", "1234567", "EUR", False)]),
    ("Hanse booked a gain of €1.234.567.", [money("€1.234.567", "1234567", "EUR", False)]),
    ("Alpen Re booked CHF 1'234 of fees.", [money("CHF 1'234", "1234", "CHF", False)]),
    ("Alpen Re booked CHF 1'234'567.50 of fees.",
     [money("CHF 1'234'567.50", "1234567.50", "CHF", False)]),
    ("Palvi paid Rs 12,34,567 to the contractor.",
     [money("Rs 12,34,567", "1234567", "INR", True)]),
    ("Lanxi booked RMB 1 234 567 in subsidies.", [money("RMB 1 234 567", "1234567", "CNY", False)]),
    ("The vending machine took ¥1.234 on Monday.", [money("¥1.234", "1234", "JPY", True)]),
    ("The monthly fee is 12 000 NOK.", [money("12 000 NOK", "12000", "NOK", False)]),
    ("The monthly fee is 1.198,- € in Vienna.", [money("1.198,- €", "1198", "EUR", False)]),
    ("Harrow paid £450,000 for the flat.", [money("£450,000", "450000", "GBP", True)]),
    ("Harrow paid 450,000 GBP for the flat.", [money("450,000 GBP", "450000", "GBP", False)]),
    ("Sales of 5\u00a0million\u00a0euros were booked.",
     [money("5\u00a0million\u00a0euros", "5000000", "EUR", False)]),
]

# -- ranges --------------------------------------------------------------------------------

RANGES: list[Row] = [
    ("Orbis sees capex of $5-6 billion.",
     [span("$5-6 billion", "5000000000", "6000000000", "USD", True)]),
    ("Orbis sees capex of $5\u20136 billion.",
     [span("$5\u20136 billion", "5000000000", "6000000000", "USD", True)]),
    ("Orbis sees capex of $5 to $6 billion.",
     [span("$5 to $6 billion", "5000000000", "6000000000", "USD", True)]),
    ("Orbis sees capex of $5bn-$6bn.",
     [span("$5bn-$6bn", "5000000000", "6000000000", "USD", True)]),
    ("Orbis sees capex of $5 billion to $6 billion.",
     [span("$5 billion to $6 billion", "5000000000", "6000000000", "USD", True)]),
    ("Orbis sees capex of $5 billion — $6 billion.",
     [span("$5 billion — $6 billion", "5000000000", "6000000000", "USD", True)]),
    ("Orbis sees capex of $500-$600 million.",
     [span("$500-$600 million", "500000000", "600000000", "USD", True)]),
    ("Orbis sees capex of $500 million to $1 billion.",
     [span("$500 million to $1 billion", "500000000", "1000000000", "USD", True)]),
    ("Orbis sees capex of $1.5-$2 billion.",
     [span("$1.5-$2 billion", "1500000000", "2000000000", "USD", True)]),
    ("Norland expects a charge of 15 to 20 mln dlrs.",
     [span("15 to 20 mln dlrs", "15000000", "20000000", "USD", True)]),
    ("Norland expects a charge of 15-20 mln dlrs.",
     [span("15-20 mln dlrs", "15000000", "20000000", "USD", True)]),
    ("Vantor expects savings between €2m and €3m.",
     [span("between €2m and €3m", "2000000", "3000000", "EUR", False)]),
    ("Vantor expects savings of €2-3m.", [span("€2-3m", "2000000", "3000000", "EUR", False)]),
    ("Vantor expects savings of €2m-€3m.", [span("€2m-€3m", "2000000", "3000000", "EUR", False)]),
    ("Vantor expects savings of 2-3 million euros.",
     [span("2-3 million euros", "2000000", "3000000", "EUR", False)]),
    ("Vantor expects savings of EUR 2-3 million.",
     [span("EUR 2-3 million", "2000000", "3000000", "EUR", False)]),
    ("Vantor expects savings between 5 and 6 billion euros this year.",
     [span("between 5 and 6 billion euros", "5000000000", "6000000000", "EUR", False)]),
    ("Orbis sees revenue between $2 million and $3 million.",
     [span("between $2 million and $3 million", "2000000", "3000000", "USD", True)]),
    ("Orbis sees revenue between 2 and 3 million dollars.",
     [span("between 2 and 3 million dollars", "2000000", "3000000", "USD", True)]),
    ("Lantern Air will spend USD 2 to 3 billion on jets.",
     [span("USD 2 to 3 billion", "2000000000", "3000000000", "USD", False)]),
    ("Lantern Air will spend 2 to 3 billion USD on jets.",
     [span("2 to 3 billion USD", "2000000000", "3000000000", "USD", False)]),
    ("Palvi Infra will spend Rs 400-500 crore.",
     [span("Rs 400-500 crore", "4000000000", "5000000000", "INR", True)]),
    ("Palvi Infra will spend 400-500 crore rupees.",
     [span("400-500 crore rupees", "4000000000", "5000000000", "INR", True)]),
    ("Mitsuwa will spend ¥30-40 billion on robots.",
     [span("¥30-40 billion", "30000000000", "40000000000", "JPY", True)]),
    ("Tickets for the final are $20-$25.", [span("$20-$25", "20", "25", "USD", True)]),
    ("Norland will pay $30-40 a share in cash.", [span("$30-40", "30", "40", "USD", True)]),
    ("Orbis sees earnings of 10 to 11 cents a share.",
     [span("10 to 11 cents", "0.10", "0.11")]),
    ("Orbis sees capex between five and six billion dollars.",
        [span("between five and six billion dollars", "5000000000", "6000000000", "USD", True)]),
]

# -- qualifiers ----------------------------------------------------------------------------

QUALIFIERS: list[Row] = [
    ("The fund raised about $16.3 million.",
     [money("about $16.3 million", "16300000", "USD", True, approximate=True, bound=None)]),
    ("The fund raised approximately $16.3 million.",
     [money("approximately $16.3 million", "16300000", approximate=True, bound=None)]),
    ("The fund raised some $16.3 million.",
     [money("some $16.3 million", "16300000", approximate=True, bound=None)]),
    ("The fund raised roughly $16.3 million.",
     [money("roughly $16.3 million", "16300000", approximate=True, bound=None)]),
    ("The fund raised nearly $16.3 million.",
     [money("nearly $16.3 million", "16300000", approximate=True)]),
    ("The fund raised almost $16.3 million.",
     [money("almost $16.3 million", "16300000", approximate=True)]),
    ("The fund raised around €4 billion.",
     [money("around €4 billion", "4000000000", "EUR", False, approximate=True)]),
    ("Capex will be close to $2 billion.",
     [money("close to $2 billion", "2000000000", approximate=True)]),
    ("Capex will be an estimated $2 billion.",
     [money("an estimated $2 billion", "2000000000", approximate=True)]),
    ("Capex will be circa €2 billion.",
     [money("circa €2 billion", "2000000000", "EUR", approximate=True)]),
    ("Capex will be approx. $2 billion.",
     [money("approx. $2 billion", "2000000000", approximate=True)]),
    ("Capex will be roughly 2 billion dollars.",
     [money("roughly 2 billion dollars", "2000000000", "USD", True, approximate=True)]),
    ("Capex will be almost 1 bln Swiss francs.",
     [money("almost 1 bln Swiss francs", "1000000000", "CHF", False, approximate=True)]),
    ("The fund raised more than $16.3 million.",
     [money("more than $16.3 million", "16300000", bound="min", approximate=False)]),
    ("The fund raised over $16.3 million.", [money("over $16.3 million", "16300000", bound="min")]),
    ("The fund raised at least $16.3 million.",
     [money("at least $16.3 million", "16300000", bound="min")]),
    ("The fund raised in excess of $16.3 million.",
     [money("in excess of $16.3 million", "16300000", bound="min")]),
    ("The fund raised upwards of $16.3 million.",
     [money("upwards of $16.3 million", "16300000", bound="min")]),
    ("Capex will be just over $2 billion.",
     [money("just over $2 billion", "2000000000", bound="min")]),
    ("Capex will be north of $2 billion.", [money("north of $2 billion", "2000000000", bound="min")]),
    ("Capex will be not less than $2 billion.",
     [money("not less than $2 billion", "2000000000", bound="min")]),
    ("Capex will be above $2 billion.", [money("above $2 billion", "2000000000", bound="min")]),
    ("Capex will be more than 2 billion euros.",
     [money("more than 2 billion euros", "2000000000", "EUR", bound="min")]),
    ("The fund raised up to $16.3 million.",
     [money("up to $16.3 million", "16300000", bound="max", approximate=False)]),
    ("The fund raised under $16.3 million.", [money("under $16.3 million", "16300000", bound="max")]),
    ("The fund raised less than $16.3 million.",
     [money("less than $16.3 million", "16300000", bound="max")]),
    ("The fund raised as much as $16.3 million.",
     [money("as much as $16.3 million", "16300000", bound="max")]),
    ("The fund raised no more than $16.3 million.",
     [money("no more than $16.3 million", "16300000", bound="max")]),
    ("Capex will be just under $2 billion.",
     [money("just under $2 billion", "2000000000", bound="max")]),
    ("Capex will be at most $2 billion.", [money("at most $2 billion", "2000000000", bound="max")]),
    ("Capex will be below $2 billion.", [money("below $2 billion", "2000000000", bound="max")]),
    ("Capex will be up to 15 mln stg.",
     [money("up to 15 mln stg", "15000000", "GBP", False, bound="max")]),
    ("Capex will be exactly $2 billion.",
     [money("exactly $2 billion", "2000000000", approximate=False, bound=None)]),
    ("Capex will be about $5-6 billion.",
     [span("about $5-6 billion", "5000000000", "6000000000", approximate=True)]),
    ("Capex will be up to $5-6 billion.",
     [span("up to $5-6 billion", "5000000000", "6000000000", bound="max")]),
]

# -- dollars and cents written apart --------------------------------------------------------

SPLIT_AMOUNTS: list[Row] = [
    ("The coin sold for $17 and 62c at auction.",
     [money("$17 and 62c", "17.62", "USD", True)]),
    ("The coin sold for $17 and 62 cents at auction.",
     [money("$17 and 62 cents", "17.62", "USD", True)]),
    ("The fare came to 4 dollars 75 cents.", [money("4 dollars 75 cents", "4.75", "USD", True)]),
    ("The fare came to 4 dollars and 75 cents.",
     [money("4 dollars and 75 cents", "4.75", "USD", True)]),
    ("The ticket cost 18 dollars and 36 cents.",
     [money("18 dollars and 36 cents", "18.36", "USD", True)]),
    ("The ticket cost twenty dollars and fifty cents.",
     [money("twenty dollars and fifty cents", "20.50", "USD", True)]),
    ("The ticket cost 12 USD 40 at the kiosk.", [money("12 USD 40", "12.40", "USD", False)]),
    ("The ticket cost €3 and 20 cents.", [money("€3 and 20 cents", "3.20", "EUR", False)]),
    ("Each unit sells for $3 and 85 cents apiece.",
     [money("$3 and 85 cents", "3.85", "USD", True)]),
    ("The pint cost £3 and 20p in Leeds.",
        [money("£3 and 20p", "3.20", "GBP", True)]),
]

# -- accounting and signed negatives --------------------------------------------------------

NEGATIVES: list[Row] = [
    ("Orbis reported a net loss of $(1,234) in the quarter.",
     [money("$(1,234)", "-1234", "USD", True)]),
    ("Orbis reported a net loss of $(1.2 million) in the quarter.",
     [money("$(1.2 million)", "-1200000", "USD", True)]),
    ("Orbis reported a loss per share of $(0.12).", [money("$(0.12)", "-0.12", "USD", True)]),
    ("Orbis reported a result of -$5 million.", [money("-$5 million", "-5000000", "USD", True)]),
    ("Orbis reported a result of $-5 million.", [money("$-5 million", "-5000000", "USD", True)]),
    ("Orbis lost $5 million, or -$0.12 a share.",
     [money("$5 million", "5000000"), money("-$0.12", "-0.12", "USD", True)]),
    ("Orbis reported costs of $(12.5) million.",
        [money("$(12.5) million", "-12500000", "USD", True)]),
]

# -- elliptical amounts (the second inherits the currency) -----------------------------------

ELLIPTICAL: list[Row] = [
    ("Net income rose to 101.1 mln dlrs from 87.4 mln.",
     [money("101.1 mln dlrs", "101100000", "USD", True),
      money("87.4 mln", "87400000", "USD", True, elliptical=True)]),
    ("Net income rose to 101.1 mln dlrs from 87.4 mln a year earlier.",
     [money("101.1 mln dlrs", "101100000"), money("87.4 mln", "87400000", "USD")]),
    ("Revenue fell to €4.1 billion from 4.6 billion in 2023.",
     [money("€4.1 billion", "4100000000", "EUR"), money("4.6 billion", "4600000000", "EUR", False)]),
    ("Revenue was $12.5 billion, compared with 11.9 billion a year ago.",
     [money("$12.5 billion", "12500000000"), money("11.9 billion", "11900000000", "USD", True)]),
    ("Revenue was $12.5 billion, up from 11.9 billion.",
     [money("$12.5 billion", "12500000000"), money("11.9 billion", "11900000000", "USD")]),
    ("Mitsuwa earned 3.2 billion yen against 2.8 billion.",
     [money("3.2 billion yen", "3200000000", "JPY"), money("2.8 billion", "2800000000", "JPY")]),
    ("Net profit fell to $310 million vs. 402 million.",
     [money("$310 million", "310000000"), money("402 million", "402000000", "USD")]),
    ("Net profit was C$310 million, up from 290 million.",
     [money("C$310 million", "310000000", "CAD"), money("290 million", "290000000", "CAD", False)]),
    ("Net profit was 310 mln Canadian dlrs versus 290 mln.",
     [money("310 mln Canadian dlrs", "310000000", "CAD"), money("290 mln", "290000000", "CAD")]),
    ("Net profit was $310 million, compared to about 290 million.",
     [money("$310 million", "310000000"),
      money("about 290 million", "290000000", "USD", approximate=True)]),
    ("Revenue was Rs 1,200 crore against 1,050 crore.",
     [money("Rs 1,200 crore", "12000000000", "INR"), money("1,050 crore", "10500000000", "INR")]),
    ("Net profit rose 12 pct to 310 mln dlrs from 277 mln.",
     [money("310 mln dlrs", "310000000"), money("277 mln", "277000000", "USD")]),
    ("Norland Q3 net 12.4 mln dlrs vs 9.8 mln",
     [money("12.4 mln dlrs", "12400000"), money("9.8 mln", "9800000", "USD")]),
    ("Net profit fell to $310 million from $402 million.",
     [money("$310 million", "310000000", elliptical=False),
      money("$402 million", "402000000", elliptical=False)]),
    ("Sales rose to 40 mln stg from 35 mln stg.",
     [money("40 mln stg", "40000000", "GBP"), money("35 mln stg", "35000000", "GBP")]),
    ("Net profit was 310 mln dlrs versus 290 mln shares outstanding.",
     [money("310 mln dlrs", "310000000")]),
    ("Net profit was 310 mln dlrs. Sales rose to 4.1 bln from 3.9 bln.",
     [money("310 mln dlrs", "310000000")]),
    ("Orbis invested $5 million from 2019 to 2021.",
        [money("$5 million", "5000000")]),
    ("Orbis invested $5 million in Ohio, up from 2022.",
        [money("$5 million", "5000000")]),
    ("Revenue hit $5 billion in 2024, compared with 2023.",
        [money("$5 billion", "5000000000")]),
    gap("Net profit was 310 mln dlrs, while headcount rose from 2,000 to 2,300 employees.",
        [money("310 mln dlrs", "310000000")],
        "a head count after 'from' is read as an elliptical dollar amount"),
]

# -- several mentions, and what stops a mention ----------------------------------------------

SEVERAL: list[Row] = [
    ("Orbis Capital raised $1.2 billion and €300 million in two rounds.",
     [money("$1.2 billion", "1200000000", "USD"), money("€300 million", "300000000", "EUR")]),
    ("The deal values Kestrel at US$4.5 billion, or HK$35 billion.",
     [money("US$4.5 billion", "4500000000", "USD"), money("HK$35 billion", "35000000000", "HKD")]),
    ("Harrow Foods shares fell 35 pence to 412p.",
     [money("35 pence", "0.35", "GBP"), money("412p", "4.12", "GBP")]),
    ("Vantor lifted sales to EUR57m versus EUR44m, or 1.6 mln shares.",
     [money("EUR57m", "57000000", "EUR"), money("EUR44m", "44000000", "EUR")]),
    ("Sales of EUR 38.2 mn and $7.8 billion were reported.",
     [money("EUR 38.2 mn", "38200000", "EUR"), money("$7.8 billion", "7800000000", "USD")]),
    ("Alpen Re earned CHF 3.4 bn, or 2.1 francs a share.",
     [money("CHF 3.4 bn", "3400000000", "CHF"), money("2.1 francs", "2.1")]),
    ("Revenue rose from $5 billion to $6 billion.",
     [money("$5 billion", "5000000000"), money("$6 billion", "6000000000")]),
    ("Shares fell 40 cents, or 3.2%, to $12.10.",
     [money("40 cents", "0.40"), money("$12.10", "12.10", "USD", True)]),
    ("Orbis paid $1 billion-plus for Norland.", [money("$1 billion", "1000000000")]),
    ("Orbis posted a loss of 1.2 billion euros ($1.3 billion) in 2023.",
        [money("1.2 billion euros", "1200000000", "EUR"),
         money("$1.3 billion", "1300000000", "USD", True)]),
    ("Sales of 3.4 billion yuan ($470 million) beat forecasts.",
        [money("3.4 billion yuan", "3400000000", "CNY"),
         money("$470 million", "470000000", "USD", True)]),
    ("The listed price (¥4,500) was a record.",
        [money("¥4,500", "4500", "JPY", True)]),
    ("Norland's bid ($5.20 a share) was rejected.",
        [money("$5.20", "5.20", "USD", True)]),
    ("Orbis lent $5 million to 3 startups.",
        [money("$5 million", "5000000", "USD", True)]),
    ("Vantor lent €5m to 2 lenders.",
        [money("€5m", "5000000", "EUR", False)]),
    ("Orbis sold $5 million - 10% of the stake - to Norland.",
        [money("$5 million", "5000000", "USD", True)]),
    ("Orbis paid $50 million - $10 million more than planned.",
        [money("$50 million", "50000000"), money("$10 million", "10000000")]),
    ("Brent rose $1.20 to $82.40 a barrel.",
        [money("$1.20", "1.20"), money("$82.40", "82.40")]),
    ("Orbis shares jumped $2 to $30 in New York.",
        [money("$2", "2"), money("$30", "30")]),
    gap("Orbis raised its forecast from $5 to $6 billion.",
        [money("$5", "5000000000"), money("$6 billion", "6000000000")],
        "'from $5 to $6 billion': the scale of the second amount does not reach the first"),
]

# -- the long tail of currency forms ---------------------------------------------------------

CURRENCY_TAIL: list[Row] = [
    # a country code glued or spaced before "$", in any case
    ("Kestrel paid SGD$ 12 million for the site.",
        [money("SGD$ 12 million", "12000000", "SGD", False)]),
    ("The fee was usd$40 per seat.", [money("usd$40", "40", "USD", False)]),
    ("Coral Sea raised AUD $ 250 million.",
        [money("AUD $ 250 million", "250000000", "AUD", False)]),
    ("The tender drew nzd$5.5 million.", [money("nzd$5.5 million", "5500000", "NZD", False)]),
    ("Maple Rail booked CAD$ 3.2bn of orders.",
        [money("CAD$ 3.2bn", "3200000000", "CAD", False)]),
    # "M" and a code is a million of any currency; T/K/k are thousands
    ("Holm AB booked orders of MSEK 40.", [money("MSEK 40", "40000000", "SEK", False)]),
    ("Alpenbank lent MCHF 12.5 to the project.", [money("MCHF 12.5", "12500000", "CHF", False)]),
    ("Wisla Rail posted revenue of MPLN 310.", [money("MPLN 310", "310000000", "PLN", False)]),
    ("Sales reached 85 MNOK in the quarter.", [money("85 MNOK", "85000000", "NOK", False)]),
    ("Costs were TSEK 450.", [money("TSEK 450", "450000", "SEK", False)]),
    ("Costs were 450 kDKK.", [money("450 kDKK", "450000", "DKK", False)]),
    # a currency word before the number, with a scale (or after an adjective)
    ("Vantor booked pounds 75m of charges.", [money("pounds 75m", "75000000", "GBP", True)]),
    ("The deal is worth EURO 610 million.", [money("EURO 610 million", "610000000", "EUR", False)]),
    ("It sold the plant for Euro 230 million.",
        [money("Euro 230 million", "230000000", "EUR", False)]),
    ("It sold the plant for euros 2.3 bn.", [money("euros 2.3 bn", "2300000000", "EUR", False)]),
    ("Helvetia paid Swiss francs 12 million.",
        [money("Swiss francs 12 million", "12000000", "CHF", False)]),
    ("Helvetia paid Swiss francs 12.", [money("Swiss francs 12", "12", "CHF", False)]),
    ("Norland paid US dollars 5.5 million.",
        [money("US dollars 5.5 million", "5500000", "USD", False)]),
    ("The outlay was Rupees 500 crore.", [money("Rupees 500 crore", "5000000000", "INR", True)]),
    # signs and letter symbols
    ("The ticket cost ₨ 500.", [money("₨ 500", "500", "INR", True)]),
    ("Namib Mills paid N$ 40 million.", [money("N$ 40 million", "40000000", "NAD", False)]),
    ("Orbis shares closed at GBX 245.", [money("GBX 245", "2.45", "GBP", False)]),
    ("Orbis shares closed at 245 GBp.", [money("245 GBp", "2.45", "GBP", False)]),
]

# -- currencies of the past, as old newswire writes them --------------------------------------

HISTORICAL: list[Row] = [
    ("Profit rose to 19 mln guilders.", [money("19 mln guilders", "19000000", "NLG", True)]),
    ("The bank paid 40 mln Dutch guilders.",
        [money("40 mln Dutch guilders", "40000000", "NLG", False)]),
    ("The treasury sold 2,000 billion lire of bills.",
        [money("2,000 billion lire", "2000000000000", "ITL", False)]),
    ("It raised 500 mln Belgian francs.",
        [money("500 mln Belgian francs", "500000000", "BEF", False)]),
    ("It raised 500 mln French francs.",
        [money("500 mln French francs", "500000000", "FRF", False)]),
    ("The plan costs 105 billion pesetas.",
        [money("105 billion pesetas", "105000000000", "ESP", True)]),
    ("The bond raised 50 mln punts.", [money("50 mln punts", "50000000", "IEP", False)]),
    ("Net profit was 12 mln marks.", [money("12 mln marks", "12000000", "DEM", True)]),
    ("It sold 3 billion escudos of bonds.",
        [money("3 billion escudos", "3000000000", "PTE", True)]),
    ("The fund lost 7 mln Swiss francs.",
        [money("7 mln Swiss francs", "7000000", "CHF", False)]),
]

# -- cryptocurrencies -------------------------------------------------------------------------

CRYPTO: list[Row] = [
    ("The fund bought 1,200 BTC last week.", [money("1,200 BTC", "1200", "BTC", False)]),
    ("The wallet held 350 ETH.", [money("350 ETH", "350", "ETH", False)]),
    ("Tessera minted USDT 50 million.", [money("USDT 50 million", "50000000", "USDT", False)]),
    ("It paid 2.5 bitcoins for the domain.", [money("2.5 bitcoins", "2.5", "BTC", False)]),
    ("It paid one bitcoin for the domain.", [money("one bitcoin", "1", "BTC", False)]),
    ("The treasury holds 40,000 ether.", [money("40,000 ether", "40000", "ETH", False)]),
    ("The price was ₿0.25.", [money("₿0.25", "0.25", "BTC", False)]),
    ("Validators staked 1.2 million SOL.", [money("1.2 million SOL", "1200000", "SOL", False)]),
    ("The desk sold 12 XBT.", [money("12 XBT", "12", "BTC", False)]),
]

# -- invisible characters and HTML entities ------------------------------------------------------

TEXT_HYGIENE: list[Row] = [
    ("\ufeff$5 million was paid.", [money("$5 million", "5000000", "USD", True)]),
    ("Orbis paid \u200b$5 million.", [money("$5 million", "5000000", "USD", True)]),
    ("Orbis paid \x00€4 million.", [money("€4 million", "4000000", "EUR", False)]),
    ("Orbis paid \u2060£3 million.", [money("£3 million", "3000000", "GBP", True)]),
    ("Orbis paid &euro;5 million.", [money("&euro;5 million", "5000000", "EUR", False)]),
    ("Orbis paid & euro ; 12 million.", [money("& euro ; 12 million", "12000000", "EUR", False)]),
    ("Orbis paid &pound;40m.", [money("&pound;40m", "40000000", "GBP", False)]),
    ("Orbis paid &#8364;3.5bn.", [money("&#8364;3.5bn", "3500000000", "EUR", False)]),
    ("Orbis paid &EURO; 7 million.", [money("&EURO; 7 million", "7000000", "EUR", False)]),
]

# -- ranges and pairs ------------------------------------------------------------------------------

RANGES_AND_PAIRS: list[Row] = [
    ("Analysts see 4.80 dlrs to 5.30 dlrs a share.",
        [span("4.80 dlrs to 5.30 dlrs", "4.80", "5.30", "USD", True)]),
    ("The range is 7.25 dlr to 8.75 dlrs.",
        [span("7.25 dlr to 8.75 dlrs", "7.25", "8.75", "USD", True)]),
    ("Fees are 12 euros to 15 euros.", [span("12 euros to 15 euros", "12", "15", "EUR", False)]),
    ("Fares range from 30 to 45 euros.", [span("30 to 45 euros", "30", "45", "EUR", False)]),
    ("Tickets cost from 30 to 45 euros.", [span("30 to 45 euros", "30", "45", "EUR", False)]),
    ("The bill could range from 70 million to 90 million euros.",
        [span("70 million to 90 million euros", "70000000", "90000000", "EUR", False)]),
    ("Bids ranged from $5 to $7 a share.", [span("$5 to $7", "5", "7", "USD", True)]),
    # a change from one level to another is two amounts
    ("Prices rose from 30 to 45 euros.", [money("45 euros", "45", "EUR", False)]),
    ("Orbis raised its bid from $5 to $7 a share.", [money("$5", "5"), money("$7", "7")]),
    ("Profit fell from EUR 7.9 mn in the second quarter of 2024 to EUR 5.1 mn in 2025.",
        [money("EUR 7.9 mn", "7900000", "EUR"), money("EUR 5.1 mn", "5100000", "EUR")]),
    ("Profit rose in the quarter ended June 30 to Rs 11,074 crore from Rs 9,478 crore.",
        [money("Rs 11,074 crore", "110740000000", "INR"),
         money("Rs 9,478 crore", "94780000000", "INR")]),
    ("Orbis cheapened 16p to £42.41.", [money("16p", "0.16", "GBP"), money("£42.41", "42.41", "GBP")]),
    ("Norland softened 3p to 982p.", [money("3p", "0.03", "GBP"), money("982p", "9.82", "GBP")]),
    # two currencies are two amounts, each with its own
    ("Norland's fee was EUR 5 million to $6 million.",
        [money("EUR 5 million", "5000000", "EUR"), money("$6 million", "6000000", "USD")]),
    ("It won a EUR 12.3 million ($13.4 million) order.",
        [money("EUR 12.3 million", "12300000", "EUR"), money("$13.4 million", "13400000", "USD")]),
    ("Turnover will reach PLN 53mn US$ 22.5mn EUR 15.4mn in 2027.",
        [money("PLN 53mn", "53000000", "PLN"), money("US$ 22.5mn", "22500000", "USD"),
         money("EUR 15.4mn", "15400000", "EUR")]),
    ("Sales hit 17.5 trillion won (15.5 billion U.S. dollars) in the quarter.",
        [money("17.5 trillion won", "17500000000000", "KRW"),
         money("15.5 billion U.S. dollars", "15500000000", "USD")]),
    ("The price list shows 69 TL 41.90 TL.",
        [money("69 TL", "69", "TRY"), money("41.90 TL", "41.90", "TRY")]),
    # bid and offer
    ("Gold was quoted at 401.50/90 dlrs.",
        [span("401.50/90 dlrs", "401.50", "401.90", "USD", True)]),
    ("Gold was quoted at 409.10/60 dollars an ounce.",
        [span("409.10/60 dollars", "409.10", "409.60", "USD", True)]),
]

# -- amounts read by what is around them ----------------------------------------------------------

CONTEXT: list[Row] = [
    ("Sales were $2.1 billion in May and 640 mln a year earlier.",
        [money("$2.1 billion", "2100000000", "USD"), money("640 mln", "640000000", "USD")]),
    ("The bank issued 7.5 billion Taiwan dlrs of CDs, bringing issues so far this year to "
     "174.5 billion against 40 billion a year ago.",
        [money("7.5 billion Taiwan dlrs", "7500000000", "TWD"),
         money("174.5 billion", "174500000000", "TWD"), money("40 billion", "40000000000", "TWD")]),
    ("Net income was 13 euro cents a share, against 17 cents a year ago.",
        [money("13 euro cents", "0.13", "EUR", False), money("17 cents", "0.17", "EUR", True)]),
    ("Orbis booked SEK 5 million in fees and 200 kr in lunches.",
        [money("SEK 5 million", "5000000", "SEK", False), money("200 kr", "200", "SEK", True)]),
    ("Revenue was 446 mln Canadian dlrs and profit 16.2 mln dlrs.",
        [money("446 mln Canadian dlrs", "446000000", "CAD", False),
         money("16.2 mln dlrs", "16200000", "CAD", True)]),
    ("Net was 1.3 mln dlrs, or 1.45 a share.",
        [money("1.3 mln dlrs", "1300000", "USD"), money("1.45", "1.45", "USD")]),
    ("Sales were 1.1 billion dlrs in the latest quarter vs 996.4 mln a year earlier, and "
     "average shares were 13.9 mln vs 13.8 mln.",
        [money("1.1 billion dlrs", "1100000000", "USD"), money("996.4 mln", "996400000", "USD")]),
]

# -- fractions, quarters and words ------------------------------------------------------------------

FRACTIONS_AND_WORDS: list[Row] = [
    ("Shares rose 1/2 dlr to 48-1/2.",
        [money("1/2 dlr", "0.5", "USD"), money("48-1/2", "48.5", "USD")]),
    ("The dividend is 12-1/2 cts a share.", [money("12-1/2 cts", "0.125", "USD")]),
    ("Soy oil was offered at 24 1/2 cents a lb.", [money("24 1/2 cents", "0.245", "USD")]),
    ("Airtel gained 8¾p to 118½p.",
        [money("8¾p", "0.0875", "GBP"), money("118½p", "1.185", "GBP")]),
    ("Copper duty is 3/8 cent a kilo.", [money("3/8 cent", "0.00375", "USD")]),
    ("It cost a quarter million dollars.", [money("a quarter million dollars", "250000", "USD")]),
    ("It cost one quarter billion euros.",
        [money("one quarter billion euros", "250000000", "EUR")]),
    ("It cost three quarters of a billion dollars.",
        [money("three quarters of a billion dollars", "750000000", "USD")]),
    ("The lunch cost twenty dollars fifty.", [money("twenty dollars fifty", "20.50", "USD")]),
    ("The lunch cost 20 dollars fifty.", [money("20 dollars fifty", "20.50", "USD")]),
    ("It paid 5 dollars fifty times.", [money("5 dollars", "5", "USD")]),
]

# -- bounds and signs ---------------------------------------------------------------------------------

BOUNDS_AND_SIGNS: list[Row] = [
    ("Bids were lower than $5 million.", [money("lower than $5 million", "5000000", bound="max")]),
    ("Bids were north of $5 million.", [money("north of $5 million", "5000000", bound="min")]),
    ("Bids were in excess of €5m.", [money("in excess of €5m", "5000000", bound="min")]),
    ("Orbis must buy a minimum of 500,000 dlrs of chips.",
        [money("a minimum of 500,000 dlrs", "500000", bound="min")]),
    ("Orbis may spend a maximum of 2 mln euros.",
        [money("a maximum of 2 mln euros", "2000000", bound="max")]),
    ("The price is not exceeding Euro 120 million.",
        [money("not exceeding Euro 120 million", "120000000", "EUR", bound="max")]),
    ("The cost is not to exceed 1.50 dlrs a share.",
        [money("not to exceed 1.50 dlrs", "1.50", bound="max")]),
    ("Cash flow was a negative EUR 15.5 mn.", [money("negative EUR 15.5 mn", "-15500000", "EUR")]),
    ("Cash flow was Negative 3 mln dlrs.", [money("Negative 3 mln dlrs", "-3000000", "USD")]),
    ("The swing was minus $3 million.", [money("minus $3 million", "-3000000", "USD")]),
]

# -- Indian and hyphenated scales ---------------------------------------------------------------------

SCALES_MORE: list[Row] = [
    ("Reserves are Rs 259.68 lakh crore.",
        [money("Rs 259.68 lakh crore", "259680000000000", "INR")]),
    ("Deposits topped ₹5.17 lakh crore.", [money("₹5.17 lakh crore", "5170000000000", "INR")]),
    ("The outlay is Rs 5 thousand crore.", [money("Rs 5 thousand crore", "50000000000", "INR")]),
    ("The bid was ₹3,042.5-crore.", [money("₹3,042.5-crore", "30425000000", "INR")]),
    ("The bid was Rs 470.49-crore.", [money("Rs 470.49-crore", "4704900000", "INR")]),
    ("Assets are ₹606.5 Cr.", [money("₹606.5 Cr", "6065000000", "INR")]),
    ("It charged a $5-million fee.", [money("$5-million", "5000000", "USD")]),
    ("It won a 15-mln-dlr contract.", [money("15-mln-dlr", "15000000", "USD")]),
]

# fmt: on

POSITIVE = (
    params("forms", SURFACE_FORMS)
    + params("iso", ISO_CODES)
    + params("symbol", SYMBOLS)
    + params("prefixed-dollar", PREFIXED_DOLLARS)
    + params("letter-symbol", LETTER_SYMBOLS)
    + params("name", NAMES)
    + params("minor", MINOR_UNITS)
    + params("words", NUMBER_WORDS)
    + params("scale", SCALES)
    + params("prefixed-code", PREFIXED_CODES)
    + params("separators", SEPARATORS)
    + params("range", RANGES)
    + params("qualifier", QUALIFIERS)
    + params("split", SPLIT_AMOUNTS)
    + params("negative", NEGATIVES)
    + params("elliptical", ELLIPTICAL)
    + params("several", SEVERAL)
    + params("tail", CURRENCY_TAIL)
    + params("historical", HISTORICAL)
    + params("crypto", CRYPTO)
    + params("hygiene", TEXT_HYGIENE)
    + params("range-pair", RANGES_AND_PAIRS)
    + params("context", CONTEXT)
    + params("fraction", FRACTIONS_AND_WORDS)
    + params("bound-sign", BOUNDS_AND_SIGNS)
    + params("scale-more", SCALES_MORE)
)


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_money(text: str, expected: list[Expected]) -> None:
    check(text, expected, finparse.extract(text, kinds="money"))


# -- not money -----------------------------------------------------------------------------

NOT_MONEY: list[str | Gap] = [
    # years and dates
    "The company was founded in 1998.",
    "Mr. Lee, 54, joined Orbis in 2019.",
    "Between 2019 and 2021 sales doubled.",
    "The bonds mature in 2030 to 2035.",
    "The meeting is on 12/03/2024 at 10:30 a.m.",
    "The deal closes in Q3 2025.",
    "In the 1990s, the firm grew fast.",
    # counts of things that are not currency
    "Orbis sold 1.6 mln shares in the offering.",
    "Harbour Lane holds 3.2 million shares of Norland.",
    "Volume was 12.5 million shares.",
    "Exports hit 26.4 mln barrels in May.",
    "Output reached 450,000 barrels per day.",
    "The mine produced 2.3 million ounces of gold.",
    "Tesla rival Voltra sold 1.8 million cars in 2023.",
    "The plant employs 4,500 workers.",
    "Orbis bought 14.5 mln Norland shares from 12 mln.",
    "Crude stocks fell 3.2 mln barrels to 430.1 mln.",
    "Production rose to 2.3 mln tonnes from 2.1 mln.",
    "Unit sales grew to 12.3 million from 11.8 million.",
    # weights in pounds
    "The deli sold 40 pounds of cheese.",
    "Each crate holds 50 pounds of apples.",
    "The tyre is rated at 35 pounds per square inch.",
    # percentages, points and ratios
    "Shares rose 4.5% on Monday.",
    "Inflation hit 3.2 percent in March.",
    "Unemployment fell to 4.1 pct.",
    "The central bank cut rates by 25 bps.",
    "Margins widened 150 basis points.",
    "The index rose 45.3 points to 4,512.",
    "Bond yields climbed to 4.25%.",
    "The GBP/USD pair traded at 1.27.",
    "USD/JPY hit 155 on Tuesday.",
    "The yuan hit 7.3 per dollar.",
    "The board voted 7-2 in favour.",
    # model and product names
    "Airbus booked orders for the A350-900 and the A321neo.",
    "Boeing flew the 737-8 and the 787-10.",
    "Alibaba unveiled Qwen3-Max on Tuesday.",
    "The lab released Qwen2.5-VL-72B and Mixtral-8x22B.",
    "Nvidia's H100 and B200 chips sold out.",
    "Google launched Gemini 2.5 Pro.",
    "It ordered 30 A321XLR aircraft.",
    # tickers, indexes and codes
    "Apple (AAPL) and Microsoft (MSFT) gained.",
    "$AAPL and $TSLA rallied in early trade.",
    "Tencent (0700.HK) rose 2%.",
    "Samsung (005930.KS) gained.",
    "The stock trades as BRK.B on the NYSE.",
    "The Nikkei 225 fell 1.3%.",
    "The CAC 40 and DAX 40 slipped.",
    "The S&P 500 gained 1.2%.",
    "Shares of 3M and 7-Eleven fell.",
    "It filed a Form 10-K for Chapter 11 protection.",
    "Codes follow ISO 4217 rules.",
    # phone numbers
    "Call 555-123-4567 for details.",
    "Call +1 212 555 0199 for details.",
    "For inquiries call (212) 555-0147.",
    "Call 1-800-555-0199 toll free.",
    # currency words and codes that are not amounts here
    "The euro 5 years ago was weaker.",
    "The MARS 2020 mission landed.",
    "The SOL 5 meeting ran late.",
    "Between 1986/87 and 1987/88 output fell.",
    # gilt prices are quoted per 100 pounds nominal, in percent
    "The gilt was sold at 20 stg pct.",
    "It was 20 stg pct paid, with 76 stg pct due in April.",
    # "pounds" after a word of weight is a weight (currency_context.tsv)
    "The cargo weighed 300 pounds.",
]


def _negative_params() -> list[Any]:
    out = []
    for i, row in enumerate(NOT_MONEY, 1):
        text = row.text if isinstance(row, Gap) else row
        marks = []
        if isinstance(row, Gap):
            marks.append(pytest.mark.xfail(strict=True, reason=row.reason))
        out.append(pytest.param(text, id=f"not-money-{i:02d}-{text[:48]}", marks=marks))
    return out


@pytest.mark.parametrize("text", _negative_params())
def test_not_money(text: str) -> None:
    found = finparse.extract(text, kinds="money")
    assert [m.text for m in found] == []


# -- the mention object --------------------------------------------------------------------


def test_to_dict() -> None:
    text = "ARK bought approximately $16.3 million of shares."
    (m,) = finparse.extract(text, kinds=["money"])
    assert m.to_dict() == {
        "kind": "money",
        "text": "approximately $16.3 million",
        "start": 11,
        "end": 38,
        "amount": "16300000",
        "low": None,
        "high": None,
        "currency": "USD",
        "unit": "$",
        "approximate": True,
        "bound": None,
        "currency_assumed": True,
    }


def test_range_to_dict() -> None:
    (m,) = finparse.extract("Orbis sees capex of $5-6 billion.", kinds="money")
    d = m.to_dict()
    assert (d["amount"], d["low"], d["high"]) == (None, "5000000000", "6000000000")
    assert m.is_range


def test_minor_amount_keeps_cents() -> None:
    (m,) = finparse.extract("Orbis pays 8 sen per share.", kinds="money")
    assert m.to_dict()["amount"] == "0.08"


# -- Extractor options ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("defaults", "text", "currency", "assumed"),
    [
        pytest.param(
            {"$": "CAD"}, "Maple Rail paid $5 million.", "CAD", True, id="dollar-sign-CAD"
        ),
        pytest.param(
            {"$": "CAD"}, "Maple Rail paid US$5 million.", "USD", False, id="explicit-US$-unchanged"
        ),
        pytest.param(
            {"$": None}, "Maple Rail paid $5 million.", None, False, id="dollar-sign-unknown"
        ),
        pytest.param(
            {"dollar": "AUD"},
            "Coral Sea paid 5 million dollars.",
            "AUD",
            True,
            id="dollar-word-AUD",
        ),
        pytest.param({"¥": "CNY"}, "Lanxi paid ¥5 million.", "CNY", True, id="yen-sign-CNY"),
        pytest.param({"kr": "SEK"}, "The lunch cost 500 kr in Malmo.", "SEK", True, id="kr-SEK"),
        pytest.param({"Rs": "PKR"}, "Indus paid Rs 500 million.", "PKR", True, id="Rs-PKR"),
        pytest.param({"peso": "MXN"}, "Azteca paid 500 million pesos.", "MXN", True, id="peso-MXN"),
        pytest.param(
            {"guilder": "XCG"}, "Curacao Port paid 5 mln guilders.", "XCG", True, id="guilder-XCG"
        ),
        pytest.param({"guilder": "ANG"}, "It paid 500 guilders.", "ANG", True, id="guilder-ANG"),
        pytest.param({"$": "USDT"}, "The token sold for $5.", "USDT", True, id="dollar-sign-USDT"),
        pytest.param({"dollar": "ETH"}, "It paid 3 dollars.", "ETH", True, id="dollar-word-ETH"),
    ],
)
def test_currency_defaults(
    defaults: dict[str, str | None], text: str, currency: str | None, assumed: bool
) -> None:
    (m,) = finparse.Extractor(currency_defaults=defaults).extract(text, kinds="money")
    assert (m.currency, m.currency_assumed) == (currency, assumed)


def test_currency_defaults_do_not_leak_into_default_extractor() -> None:
    finparse.Extractor(currency_defaults={"$": "CAD"}).extract("It cost $5.")
    (m,) = finparse.extract("It cost $5.", kinds="money")
    assert m.currency == "USD"


@pytest.mark.parametrize(
    ("mark", "text", "amount"),
    [
        pytest.param("auto", "The fee was EUR 1,234.", "1234", id="auto-comma-groups"),
        pytest.param("auto", "The fee was EUR 1.234.", "1.234", id="auto-dot-decimal"),
        pytest.param(",", "The fee was EUR 1,234.", "1.234", id="comma-mark-comma"),
        pytest.param(",", "The fee was 1.234 EUR.", "1234", id="comma-mark-dot-groups"),
        pytest.param(",", "The fee was EUR 1.234.567,89.", "1234567.89", id="comma-mark-full"),
        pytest.param(".", "The fee was EUR 1,234.", "1234", id="dot-mark-comma-groups"),
        pytest.param(".", "The fee was EUR 1.234.", "1.234", id="dot-mark-dot"),
    ],
)
def test_decimal_mark(mark: str, text: str, amount: str) -> None:
    (m,) = finparse.Extractor(decimal_mark=mark).extract(text, kinds="money")
    assert m.amount == Decimal(amount)
    assert text[m.start : m.end] == m.text


def test_currency_forms_crypto() -> None:
    text = "The wallet sent Ƀ 2.5 to the exchange."
    assert finparse.extract(text, kinds="money") == []
    (m,) = finparse.Extractor(currency_forms={"Ƀ": "BTC"}).extract(text, kinds="money")
    assert (m.text, m.amount, m.currency) == ("Ƀ 2.5", Decimal("2.5"), "BTC")


def test_context_does_not_change_parse() -> None:
    # one amount alone is read by the defaults; context applies when scanning
    from finparse.money import money

    assert money.parse("17 cents").currency == "USD"


def test_spans_index_the_original_text() -> None:
    text = "\ufeffOrbis paid \u200b$5 million and &euro;3 million; & euro ; 2 million."
    found = finparse.extract(text, kinds="money")
    assert [m.text for m in found] == ["$5 million", "&euro;3 million", "& euro ; 2 million"]
    for m in found:
        assert text[m.start : m.end] == m.text


def test_currency_forms() -> None:
    text = "The ticket cost Bs.F 4,500 in Caracas."
    assert finparse.extract(text, kinds="money") == []
    (m,) = finparse.Extractor(currency_forms={"Bs.F": "VEF"}).extract(text, kinds="money")
    assert (m.text, m.amount, m.currency, m.currency_assumed) == (
        "Bs.F 4,500",
        Decimal("4500"),
        "VEF",
        False,
    )


@pytest.mark.parametrize(
    ("options", "named"),
    [
        pytest.param({"decimal_mark": ";"}, "';'", id="decimal-mark"),
        pytest.param({"currency_defaults": {"$": "XYZ"}}, "XYZ", id="default-code"),
        pytest.param({"currency_forms": {"Bs.F": "QQQ"}}, "QQQ", id="form-code"),
        pytest.param({"kinds": ["price"]}, "price", id="kind"),
    ],
)
def test_bad_option_raises(options: dict[str, Any], named: str) -> None:
    with pytest.raises(ValueError, match=named.replace(".", r"\.")):
        finparse.Extractor(**options)
