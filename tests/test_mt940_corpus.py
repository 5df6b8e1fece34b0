"""MT940 files as banks send them: the regression corpus of the mt-940 library
(tests/data/mt940_corpus/README.md) read exactly as its expected values say, and what each
bank does that the standard does not."""

import importlib.util
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from fincycle.banking import mt940

CORPUS = Path(__file__).resolve().parent / "data" / "mt940_corpus"
BENCH = Path(__file__).resolve().parents[1] / "scripts" / "bench" / "mt940_corpus.py"


def _bench():
    """The corpus benchmark: what it reads from a file and compares is what is tested here."""
    spec = importlib.util.spec_from_file_location("bench_mt940_corpus", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _bench()
# Anonymised by hand: their movements do not add up to the closing balance.
EDITED_AMOUNTS = {
    "jejik/abnamro.sta",
    "jejik/ing.sta",
    "jejik/knab.sta",
    "jejik/postfinance.sta",
    "jejik/rabobank.sta",
    "jejik/triodos.sta",
}
BANK_FILES = sorted(p for p in CORPUS.rglob("*") if p.name.endswith((".sta", ".940.txt")))


def _read(name):
    return mt940.parse((CORPUS / name).read_bytes())


def _lines(name):
    """The statement lines to_statement_import_data gives, of every statement of the file."""
    return [
        line
        for _currency, _account, statements in mt940.to_statement_import_data(_read(name))
        for statement in statements
        for line in statement["transactions"]
    ]


def test_corpus_is_there():
    assert len(BANK_FILES) == 18
    for path in BANK_FILES:
        assert path.with_name(path.name + ".expected.json").exists(), path


@pytest.mark.parametrize("path", BANK_FILES, ids=lambda path: str(path.relative_to(CORPUS)))
def test_corpus_file_is_read_exactly_or_refused(path):
    expected = json.loads(path.with_name(path.name + ".expected.json").read_text())
    data = path.read_bytes()
    assert mt940.looks_like_mt940(data)
    if "refused" in expected:
        with pytest.raises(mt940.Mt940Error) as error:
            mt940.parse(data)
        assert error.value.code == expected["refused"]
        return
    statements = mt940.parse(data)
    assert bench.differences(expected, bench.as_record(statements)) == []
    if str(path.relative_to(CORPUS)) in EDITED_AMOUNTS:
        return
    for statement in statements:
        total = statement.opening.amount + sum(t.amount for t in statement.transactions)
        assert total == statement.closing.amount, statement.reference


# -- what banks send and the standard does not --------------------------------------------------


def test_thirty_february_is_the_last_day_of_february():
    (transaction,) = _read("self-provided/february_30.sta")[0].transactions
    assert transaction.value_date == date(2016, 2, 29)  # :61:160230…
    assert transaction.entry_date == date(2016, 3, 1)
    assert transaction.amount == Decimal("-6.00")
    text = (
        ":20:X\n:25:A\n:60F:C150228EUR10,\n:61:1502300430D1,N024NONREF\n"
        ":61:1504310431D1,N024NONREF\n:62F:C150430EUR8,\n-\n"
    )
    february, april = mt940.parse(text)[0].transactions
    assert (february.value_date, february.entry_date) == (date(2015, 2, 28), date(2015, 4, 30))
    assert (april.value_date, april.entry_date) == (date(2015, 4, 30), date(2015, 4, 30))


def test_type_codes_outside_the_standard():
    # Sberbank: "S   X" (type S and spaces, customer reference X).
    first = _read("sberbank/171011_01234945.sta")[0].transactions[0]
    assert (first.amount, first.funds_code, first.type_code) == (Decimal("-2402.00"), "F", "S")
    assert first.customer_reference == "X"
    text = ":20:X\n:25:A\n:60F:C250101EUR10,\n:61:250102D1,00Z10 REF\n:62F:C250102EUR9,\n-\n"
    assert mt940.parse(text)[0].transactions[0].type_code == "Z10"
    with pytest.raises(mt940.Mt940Error) as error:  # still a letter first
        mt940.parse(text.replace("Z10 REF", "110 REF"))
    assert error.value.code == mt940.BAD_STATEMENT_LINE


def test_space_before_a_structured_86():
    statement = _read("cmxl/mt940.sta")[2]  # ":86: 020?00Wyplata-(dysp/przel)?20…"
    first, _second, interest = statement.transactions
    assert first.business_code == "020"
    assert first.booking_text == "Wyplata-(dysp/przel)"
    assert first.counterparty_account == "0000777777777777"
    assert first.counterparty_bank == "10600076"
    assert interest.purpose == "Odsetki od lokaty nr 101000022086"


def test_several_86_fields_are_one_text():
    # Old Rabobank: one :86: per line, padded with spaces.
    statements = _read("jejik/rabobank.sta")
    refund = statements[0].transactions[0]
    assert refund.purpose == (
        "Terugboeking NIET AKKOORD MET AFSCHRIJVING KOSTEN KINDEROPVANG JUNI 20095731"
    )
    assert refund.raw.count(":86:") == 4
    kpn = statements[3].transactions[0]
    assert kpn.information.endswith("ZIE REKENING OP KPN.COM OF HI.NL KPN - MOBIEL")


def test_dutch_structured_86_gives_the_counterparty():
    statement = _read("jejik/rabobank-iban.sta")[0]
    debit, transfer = statement.transactions
    # /EREF/…/BENM//NAME/CONTRA ACCOUN|T HOLDER/REMI//ISDT/… (the line breaks at 65 with ":86:")
    assert debit.counterparty_name == "CONTRA ACCOUNT HOLDER"
    assert debit.counterparty_account == "NL70ABNA0987654321"  # the :61: second line
    assert debit.end_to_end_reference == "01-01-2013 12:00 0030000987654321"
    assert debit.purpose == ""
    assert transfer.counterparty_name == "JOHN DOE"
    assert transfer.counterparty_account == ""  # "P001234567" is no account number
    assert transfer.purpose == "Reference 201301234"
    first, second = _lines("jejik/rabobank-iban.sta")[:2]
    assert first["partner_name"] == "CONTRA ACCOUNT HOLDER"
    assert first["account_number"] == "NL70ABNA0987654321"
    assert first["ref"] == "01-01-2013 12:00 0030000987654321"
    assert first["payment_ref"] == "CONTRA ACCOUNT HOLDER"  # no remittance text: the name
    assert second["payment_ref"] == "Reference 201301234"
    assert second["partner_name"] == "JOHN DOE"


ING_SEPA = """:20:INGEB
:25:NL69INGB0123456789EUR
:28C:1
:60F:C240102EUR1000,00
:61:2401020102C250,00NTRFEREF//00000000001005
/TRCD/00100/
:86:/EREF/NOTPROVIDED//CNTP/NL91ABNA0417164300/ABNANL2A/Bakkerij De Vri
es/AMSTERDAM//REMI/USTD//Factuur 2024-017/
:61:2401020102D100,00NTRFEREF//00000000001006
:86:/EREF/E2E-2024-0042//CNTP/NL91ABNA0417164300/ABNANL2A/Bakkerij De V
ries/AMSTERDAM//REMI/STRD/CUR/RF18539007547034/
:62F:C240102EUR1150,00
-
"""

ABN_SEPA = """:20:ABN AMRO BANK NV
:25:517852257
:28C:19321/1
:60F:C240102EUR100,00
:61:2401020102C12,50N658NONREF
:86:/TRTP/SEPA OVERBOEKING/IBAN/NL91ABNA0417164300/BIC/ABNANL2A/NAME/
Bakkerij De Vries/REMI/Factuur 2024-017/EREF/NOTPROVIDED
:62F:C240102EUR112,50
-
"""


def test_ing_and_abn_amro_sepa_86():
    credit, debit = mt940.parse(ING_SEPA)[0].transactions
    assert credit.counterparty_name == "Bakkerij De Vries"  # /CNTP/account/BIC/name/city/
    assert credit.counterparty_account == "NL91ABNA0417164300"
    assert credit.counterparty_bank == "ABNANL2A"
    assert credit.purpose == "Factuur 2024-017"  # /REMI/USTD//…
    assert credit.end_to_end_reference == ""  # NOTPROVIDED
    assert debit.end_to_end_reference == "E2E-2024-0042"
    assert debit.purpose == "RF18539007547034"  # /REMI/STRD/CUR/…
    lines = mt940.to_statement_import_data(mt940.parse(ING_SEPA))[0][2][0]["transactions"]
    assert lines[1]["ref"] == "RF18539007547034"  # a valid creditor reference comes first
    assert lines[0]["unique_import_id"] == "00000000001005"
    (abn,) = mt940.parse(ABN_SEPA)[0].transactions
    assert abn.booking_text == "SEPA OVERBOEKING"
    assert abn.counterparty_account == "NL91ABNA0417164300"
    assert abn.counterparty_bank == "ABNANL2A"
    assert abn.counterparty_name == "Bakkerij De Vries"
    assert abn.purpose == "Factuur 2024-017"


def test_triodos_fields():
    fee, rent = _read("jejik/triodos.sta")[0].transactions
    # ">10" is the counter account; ">31" is the statement's own account here.
    assert fee.counterparty_account == "0987654321"
    assert fee.purpose == "ALGEMENE TUSSENREKENING KOSTEN VAN 01-10-2010 TOT EN MET 31-12-2010"
    assert rent.counterparty_account == "0133967858"
    assert rent.purpose == "HUUR KANTOOR - FEB 2010"
    lines = _lines("jejik/triodos.sta")
    assert [line["account_number"] for line in lines] == ["0987654321", "0133967858"]
    assert lines[1]["payment_ref"] == "HUUR KANTOOR - FEB 2010"


def test_counterparty_in_free_text_of_sns_asn_and_knab():
    sns = _lines("jejik/sns.sta")[0]
    assert (sns["partner_name"], sns["account_number"]) == ("marechal s", "0987654321")
    assert sns["payment_ref"] == "dit is een test"
    assert "ref" not in sns  # the customer reference was the counterparty account
    asn = _lines("ASNB/0708271685_09022020_164516.940.txt")[0]
    assert (asn["partner_name"], asn["account_number"]) == (
        "hr gjlm paulissen",
        "NL47INGB9999999999",
    )
    assert asn["payment_ref"] == "Betaling sieraden"
    knab = _lines("jejik/knab.sta")[1]  # "… REK: NL65INGB0123456789/NAAM: PICQER"
    assert (knab["partner_name"], knab["account_number"]) == ("PICQER", "NL65INGB0123456789")
    assert knab["payment_ref"] == "FACTUUR 201403110, 201403113"


def test_balance_without_currency_takes_the_statements():
    first, second, third = _read("self-provided/raphaelm.sta")  # ":62M:C020315105000,00"
    assert first.closing.currency == "DEM"
    assert first.closing.amount == Decimal("105000.00")
    assert second.opening.amount == first.closing.amount
    assert third.closing.amount == Decimal("95000.00")


# -- what stays refused, and what stays better than the mt-940 library --------------------------


@pytest.mark.parametrize("name", ["self-provided/mt942.sta", "mBank/mt942.sta"])
def test_mt942_is_refused_as_such(name):
    data = (CORPUS / name).read_bytes()
    assert mt940.looks_like_mt940(data)  # so the import says what it is
    with pytest.raises(mt940.Mt940Error) as error:
        mt940.parse(data)
    assert error.value.code == mt940.MT942


@pytest.mark.parametrize("balances", [":60F:C250101EUR1,00\n:62F:C250101EUR1,00\n", ""])
def test_mt942_by_its_swift_header(balances):
    text = (
        "{1:F01BANKDEFFAXXX0000000000}{2:O9421200250101BANKDEFFAXXX00000000002501011200N}{4:\n"
        f":20:X\n:25:DE89370400440532013000\n:28C:1\n{balances}"
        ":61:2501010101C1,00NTRFNONREF//B1\n-}"
    )
    assert mt940.looks_like_mt940(text.encode())
    with pytest.raises(mt940.Mt940Error) as error:
        mt940.parse(text)
    assert error.value.code == mt940.MT942


@pytest.mark.parametrize("name", ["jejik/rabobank.sta", "ASNB/0708271685_09022020_164516.940.txt"])
def test_truncated_file_is_refused_whole(name):
    data = (CORPUS / name).read_bytes()
    cut = data[: data.rindex(b":62F:")]  # every statement but the last is complete
    assert len(mt940.parse(data)) > 1
    with pytest.raises(mt940.Mt940Error) as error:
        mt940.parse(cut)
    assert error.value.code == mt940.NO_CLOSING_BALANCE
    with pytest.raises(mt940.Mt940Error) as error:
        mt940.parse((CORPUS / "self-provided/gv_codes.sta").read_bytes())
    assert error.value.code == mt940.NO_CLOSING_BALANCE


def test_reversal_marks_sign_like_what_they_undo():
    text = (
        ":20:X\n:25:NL69INGB0123456789\n:60F:C250101EUR100,00\n"
        ":61:2501020102RC20,00NTRFNONREF//R1\n:86:/EREF/E1/REMI/storno credit\n"
        ":61:2501020102RDR5,00NTRFNONREF//R2\n:86:/EREF/E2/REMI/storno debit\n"
        ":62F:C250102EUR85,00\n-\n"
    )
    (statement,) = mt940.parse(text)
    reversal_of_credit, reversal_of_debit = statement.transactions
    assert (reversal_of_credit.mark, reversal_of_credit.amount) == ("RC", Decimal("-20.00"))
    assert (reversal_of_debit.mark, reversal_of_debit.funds_code) == ("RD", "R")
    assert reversal_of_debit.amount == Decimal("5.00")
    total = statement.opening.amount + sum(t.amount for t in statement.transactions)
    assert total == statement.closing.amount


def test_bank_reference_is_the_import_id():
    assert [line["unique_import_id"] for line in _lines("jejik/knab.sta")] == [
        "B4E07XM00J000023",
        "B4G29PGCVO7Q06US",
        "B4G29PGDCK1QFV3E",
    ]
    assert _lines("mBank/mt940.sta")[0]["unique_import_id"] == "MB170119012058"
    # "//NONREF": no bank reference, a digest of the line.
    postfinance = [line["unique_import_id"] for line in _lines("jejik/postfinance.sta")]
    assert all(key.startswith("h") and len(key) == 21 for key in postfinance)
    assert len(set(postfinance)) == 4


def test_digest_does_not_depend_on_how_the_86_is_understood(monkeypatch):
    before = [line["unique_import_id"] for line in _lines("jejik/rabobank-iban.sta")]
    assert all(key.startswith("h") for key in before)
    monkeypatch.setattr(mt940, "_parse_information", lambda *args: None)
    assert [line["unique_import_id"] for line in _lines("jejik/rabobank-iban.sta")] == before
