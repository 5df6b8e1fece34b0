import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from fincycle.banking import mt940

DATA = Path(__file__).resolve().parents[1] / (
    "addons/account_statement_import_file_fincycle/tests/data"
)
FILES = ["mt940_seeblick_chf_20250501_20250523.sta", "mt940_seeblick_chf_20250524_20250615.sta"]


def _ground_truth():
    records = json.loads((DATA / "ground_truth_chf.json").read_text())["transactions"]
    return {r["key"]: r for r in records if not r["duplicate_of"]}


@pytest.mark.parametrize("name", FILES)
def test_sample_files_match_ground_truth(name):
    data = (DATA / name).read_bytes()
    assert mt940.looks_like_mt940(data)
    (currency, account, statements), *others = mt940.to_statement_import_data(mt940.parse(data))
    assert not others
    assert (currency, account) == ("CHF", "CH1600230893675702984")
    assert len(statements) == 1
    statement = statements[0]
    total = sum(Decimal(str(t["amount"])) for t in statement["transactions"])
    assert Decimal(str(statement["balance_start"])) + total == Decimal(
        str(statement["balance_end_real"])
    )
    truth = {k: r for k, r in _ground_truth().items() if name in r["files"]}
    got = {"CH:" + t["unique_import_id"]: t for t in statement["transactions"]}
    assert set(got) == set(truth)
    for key, record in truth.items():
        assert got[key]["amount"] == record["amount"], key
        assert got[key]["date"].isoformat() == record["date"], key


def test_sample_references_and_accounts():
    data = (DATA / FILES[1]).read_bytes()
    lines = {
        t["unique_import_id"]: t
        for t in mt940.to_statement_import_data(mt940.parse(data))[0][2][0]["transactions"]
    }
    qrr = lines["250531000022860"]
    assert qrr["ref"] == "000009000016629920250000214"
    assert qrr["account_number"] == "CH3700230345877239417"  # wrapped over two lines
    assert lines["250614000040586"]["ref"] == "RF31250000039"
    assert "ref" not in lines["250604000027484"]
    assert "account_number" not in lines["250604000027484"]
    assert lines["250614000041660"]["payment_ref"].endswith(
        "Genossenschaft / CH1409000804464948848"
    )
    assert (
        ":61:2506140614C778,99NTRFNONREF//250614000041660" in lines["250614000041660"]["raw_data"]
    )


MULTI = """{1:F01BANKCHZZAXXX0000000000}{2:O9401200250101BANKCHZZAXXX00000000002501011200N}{4:
:20:S1
:25:CH9300762011623852957
:28C:7/1
:60F:C241230EUR1000,00
:61:2412310102C100,NMSCREF1//B1
SUPPLEMENTARY
:86:166?00GUTSCHRIFT?20EREF+E2E-1 SVWZ+Rechnung 4?21711 danke?30BANKDEFF?31DE893704
?32Muster?33 GmbH
:61:2501020102RC20,5NTRFNONREF//B2
:86:Rueckbuchung
:61:2501020102RD5,NTRFNONREF//B3
:62F:C250102EUR1085,
:86:statement information, not a movement
-}{5:{CHK:123456789ABC}}
{1:F01BANKCHZZAXXX0000000000}{2:O9401200250101BANKCHZZAXXX00000000002501011200N}{4:
:20:S2
:25:CH9300762011623852957
:28C:8/1
:60M:C250102EUR1085,00
:61:250103DR0,50NCHGNONREF
:86:Fee
:61:250103D0,50NCHGNONREF
:86:Fee
:62M:C250103EUR1084,00
-}
:20:S3
:25:DE89370400440532013000
:60F:D250101CHF10,00
:62F:D250101CHF10,00
-
"""


def test_multi_statement_envelope_signs_dates_and_details():
    statements = mt940.parse(MULTI)
    assert [s.reference for s in statements] == ["S1", "S2", "S3"]
    first = statements[0]
    assert first.currency == "EUR"
    assert first.opening.amount == Decimal("1000.00")
    assert first.closing.amount == Decimal("1085")
    assert statements[2].opening.amount == Decimal("-10.00")
    credit, reversal_of_credit, reversal_of_debit = first.transactions
    assert credit.amount == Decimal("100")
    # Entry date 01/02 after value date 2024-12-31: the next year.
    assert (credit.value_date, credit.entry_date) == (date(2024, 12, 31), date(2025, 1, 2))
    assert credit.customer_reference == "REF1"
    assert credit.bank_reference == "B1"
    assert credit.supplementary == "SUPPLEMENTARY"
    assert credit.business_code == "166"
    assert credit.booking_text == "GUTSCHRIFT"
    assert credit.end_to_end_reference == "E2E-1"
    assert credit.purpose == "Rechnung 4711 danke"
    assert credit.counterparty_bank == "BANKDEFF"
    assert credit.counterparty_account == "DE893704"
    assert credit.counterparty_name == "Muster GmbH"
    assert reversal_of_credit.amount == Decimal("-20.5")
    assert reversal_of_debit.amount == Decimal("5")
    assert first.transactions[2].information == ""  # the statement-level :86: is not booked
    fee_with_funds_code = statements[1].transactions[0]
    assert fee_with_funds_code.mark == "D"
    assert fee_with_funds_code.funds_code == "R"
    assert fee_with_funds_code.amount == Decimal("-0.50")

    triplets = mt940.to_statement_import_data(statements)
    assert [(c, a, len(s)) for c, a, s in triplets] == [
        ("EUR", "CH9300762011623852957", 2),
        ("CHF", "DE89370400440532013000", 1),
    ]
    eur = triplets[0][2]
    assert [s["name"] for s in eur] == ["S1 7/1", "S2 8/1"]
    line = eur[0]["transactions"][0]
    assert line["unique_import_id"] == "B1"
    assert line["ref"] == "E2E-1"
    assert line["payment_ref"] == "Rechnung 4711 danke"
    assert line["partner_name"] == "Muster GmbH"
    assert line["account_number"] == "DE893704"
    assert line["date"] == date(2025, 1, 2)
    # Two fees without a bank reference: digests, kept apart, stable between two reads.
    fees = [t["unique_import_id"] for t in eur[1]["transactions"]]
    assert fees[0].startswith("h") and fees[1].startswith("h")
    assert fees[0] != fees[1]
    again = mt940.to_statement_import_data(mt940.parse(MULTI))[0][2][1]["transactions"]
    assert [t["unique_import_id"] for t in again] == fees
    assert triplets[1][2][0]["transactions"] == []


def test_identical_lines_get_ranked_keys():
    text = (
        ":20:X\n:25:CH9300762011623852957\n:60F:C250101CHF0,\n"
        ":61:250102C1,NTRFNONREF\n:86:TWINT\n:61:250102C1,NTRFNONREF\n:86:TWINT\n"
        ":62F:C250102CHF2,\n-\n"
    )
    keys = [
        t["unique_import_id"]
        for t in mt940.to_statement_import_data(mt940.parse(text))[0][2][0]["transactions"]
    ]
    assert keys[1] == keys[0] + "#2"


def test_free_text_joins_words_on_short_lines():
    text = (
        ":20:X\n:25:CH9300762011623852957\n:60F:C250101CHF0,\n"
        ":61:250102C1,NTRFNONREF//R1\n:86:Payment for\ninvoice 12\n:62F:C250102CHF1,\n-\n"
    )
    transaction = mt940.parse(text)[0].transactions[0]
    assert transaction.information == "Payment for invoice 12"


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        (
            ":20:X\n:25:A\n:60F:C250101CHF1,00\n:61:250102C1,NTRF//R\n-\n",
            mt940.NO_CLOSING_BALANCE,
            "no closing balance",
        ),
        (
            ":20:X\n:25:A\n:61:250102C1,NTRF//R\n:62F:C250101CHF1,00\n-\n",
            mt940.NO_OPENING_BALANCE,
            "no opening balance",
        ),
        (":20:X\n:60F:C250101CHF1,00\n:62F:C250101CHF1,00\n-\n", mt940.NO_ACCOUNT, "no account"),
        (
            ":20:X\n:25:A\n:60F:C250101CHF1,00\n:61:250102C1;5NTRF//R\n:62F:C250101CHF1,00\n",
            mt940.BAD_STATEMENT_LINE,
            "line 4 (:61:)",
        ),
        (
            ":20:X\n:25:A\n:60F:C251301CHF1,00\n:62F:C250101CHF1,00\n",
            mt940.BAD_DATE,
            "line 3 (:60F:): invalid date",
        ),
        (  # 30 February is clamped, 32 January is not a date
            ":20:X\n:25:A\n:60F:C250132CHF1,00\n:62F:C250101CHF1,00\n",
            mt940.BAD_DATE,
            "line 3 (:60F:): invalid date",
        ),
        (
            ":20:X\n:25:A\n:60F:C250101CHF1,00\n:62F:C250101EUR1,00\n",
            mt940.CURRENCY_MISMATCH,
            "closing balance in EUR",
        ),
        (  # a balance without a currency and nothing to take it from
            ":20:X\n:25:A\n:60F:C2501011,00\n:62F:C250101CHF1,00\n",
            mt940.BAD_BALANCE,
            "line 3 (:60F:): cannot read the balance",
        ),
        (
            ":20:X\n:25:A\n:60F:C250101CHF1,00\n:25:166?00GUTSCHRIFT\n:62F:C250101CHF1,00\n",
            mt940.SECOND_ACCOUNT,
            "line 4 (:25:): a second account",
        ),
        (":25:A\n:60F:C250101CHF1,00\n", mt940.FIELD_BEFORE_STATEMENT, "before the first :20:"),
        ("-\n", mt940.NO_STATEMENT, "no statement"),
    ],
)
def test_errors_say_what_and_where(text, code, message):
    with pytest.raises(
        mt940.Mt940Error, match=message.replace("(", r"\(").replace(")", r"\)")
    ) as error:
        mt940.parse(text)
    assert error.value.code == code


def test_looks_like_mt940():
    assert mt940.looks_like_mt940(b"\xef\xbb\xbf:20:X\r\n:25:A\r\n:60F:C250101CHF1,00\r\n")
    assert not mt940.looks_like_mt940(b"<?xml version='1.0'?><Document/>")
    assert not mt940.looks_like_mt940(
        (DATA / "ebanking_export_chf_20250501_20250523.csv").read_bytes()
    )
    assert not mt940.looks_like_mt940("Date;Amount\n:20: in a cell\n")
    # An MT942 is recognised, to be refused in so many words (tests/test_mt940_corpus.py).
    assert mt940.looks_like_mt940(":20:X\n:25:A\n:28C:1\n:34F:EURD0,00\n:13D:1610301730+0000\n")
