"""The sample loader on a small scenario written here, and the figures on the development
sample when it is present."""

import json
import random
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from fincycle.matching import Matcher
from fincycle.matching.tuning.evaluate import evaluate, run_sample
from fincycle.matching.tuning.samples import load_sample, read_sample
from fincycle.matching.tuning.synthetic import make_iban, make_qrr, make_scor

SAMPLE = Path("/work/shared/samples/matching")
RNG = random.Random(11)
QRR_1 = make_qrr(RNG, 10, 1)
RF_3 = make_scor("2500003")
IBAN_RIGI = make_iban(RNG, "CH")
IBAN_OWN = "CH1600230893675702984"

MT940 = f""":20:STMT1
:25:{IBAN_OWN}
:28C:1/1
:60F:C250430CHF1000,00
:61:2505020502C250,00NTRFNONREF//250502000001001
:86:INV/2025/00002 / Rigi Fiduciaire / {IBAN_RIGI}
:61:2505030503C100,00NTRFNONREF//250503000001002
:86:SAMMELGUTSCHRIFT QR 1 TRANSAKTION
:61:2505040504D20,00NTRFNONREF//250504000001003
:86:Refund GS/2025/00001 / Rigi Fiduciaire / {IBAN_RIGI}
:62F:C250504CHF1330,00
-
"""

CAMT054 = f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>
<Ntfctn><Id>N1</Id><Acct><Id><IBAN>{IBAN_OWN}</IBAN></Id></Acct>
<Ntry><Amt Ccy="CHF">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2025-05-03</Dt></BookgDt>
<AcctSvcrRef>250503000001002</AcctSvcrRef><NtryDtls>
<TxDtls><Refs><AcctSvcrRef>250503000001002-01</AcctSvcrRef></Refs>
<Amt Ccy="CHF">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
<RltdPties><Dbtr><Pty><Nm>RIGI FIDUCIAIRE</Nm></Pty></Dbtr>
<DbtrAcct><Id><IBAN>{IBAN_RIGI}</IBAN></Id></DbtrAcct></RltdPties>
<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>QRR</Prtry></CdOrPrtry></Tp>
<Ref>{QRR_1}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>
</NtryDtls></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>
"""


def _revolut(created):
    return {
        "id": "0a1b",
        "type": "topup",
        "state": "completed",
        "created_at": created,
        "completed_at": created,
        "reference": RF_3,
        "legs": [
            {
                "leg_id": f"leg-{created[11:13]}",
                "account_id": "acc-eur",
                "amount": 80.0,
                "currency": "EUR",
                "description": "Payment from Gerber Handels AG",
            }
        ],
    }


QONTO = {
    "transactions": [
        {
            "transaction_id": "colibri-1",
            "id": "q-1",
            "amount": 49.0,
            "side": "credit",
            "operation_type": "income",
            "currency": "EUR",
            "label": "Jean Girard",
            "clean_counterparty_name": "Jean Girard",
            "settled_at": "2025-05-06T10:00:00.000Z",
            "status": "completed",
            "reference": "Facture FAC-2025-00001",
            "subject_type": "Income",
            "income": {"counterparty_account_number": "FR7630003085406712862897275"},
        }
    ],
    "meta": {"current_page": 1, "next_page": None},
}


def _invoice(
    number, company, partner, amount, currency, ref="", ref_type="NUMBER", kind="out_invoice"
):
    return {
        "number": number,
        "company": company,
        "move_type": kind,
        "partner_id": partner,
        "partner_name": {
            "P00010": "Rigi Fiduciaire",
            "P00015": "Gerber Handels AG",
            "P00016": "Jean Girard",
        }[partner],
        "invoice_date": "2025-04-01",
        "due_date": "2025-05-01",
        "currency": currency,
        "amount_total": amount,
        "amount_residual": amount,
        "payment_reference": ref or number,
        "payment_reference_type": ref_type,
    }


def _truth(key, *numbers, category="exact_structured_ref", **extra):
    return {"key": key, "category": category, "matches": [{"invoice": n} for n in numbers], **extra}


@pytest.fixture
def sample_dir(tmp_path):
    (tmp_path / "bank").mkdir()
    companies = {
        "CH": {"bank_accounts": {"CHF": IBAN_OWN, "revolut_account_ids": {"EUR": "acc-eur"}}},
        "FR": {"bank_accounts": {"EUR": "FR76...", "qonto_bank_account_id": "qb-1"}},
    }
    invoices = [
        _invoice("INV/2025/00001", "CH", "P00010", 100.0, "CHF", QRR_1, "QRR"),
        _invoice("INV/2025/00002", "CH", "P00010", 250.0, "CHF"),
        _invoice("INV/2025/00003", "CH", "P00015", 80.0, "EUR", RF_3, "SCOR"),
        _invoice("GS/2025/00001", "CH", "P00010", 20.0, "CHF", kind="out_refund"),
        _invoice("FAC-2025-00001", "FR", "P00016", 49.0, "EUR"),
    ]
    partners = [
        {"id": "P00010", "name": "Rigi Fiduciaire", "bank_ibans": [IBAN_RIGI]},
        {"id": "P00015", "name": "Gerber Handels AG", "bank_ibans": []},
        {"id": "P00016", "name": "Jean Girard", "bank_ibans": []},
    ]
    truth = [
        _truth("CH:250502000001001", "INV/2025/00002", category="ref_in_free_text"),
        _truth(
            "CH:250503000001002",
            "INV/2025/00001",
            category="batch_booking",
            details=[_truth("CH:250503000001002-01", "INV/2025/00001", category="batch_booking")],
        ),
        _truth("CH:250504000001003", "GS/2025/00001", category="refund_credit_note"),
        _truth("revolut:0a1b", "INV/2025/00003"),
        _truth("revolut:0a1b", category="duplicate_record", duplicate_of="revolut:0a1b"),
        _truth("qonto:colibri-1", "FAC-2025-00001", category="ref_in_free_text"),
    ]
    (tmp_path / "invoices.json").write_text(
        json.dumps({"companies": companies, "invoices": invoices})
    )
    (tmp_path / "partners.json").write_text(json.dumps(partners))
    (tmp_path / "ground_truth.json").write_text(json.dumps({"transactions": truth}))
    (tmp_path / "bank" / "mt940_chf.sta").write_text(MT940)
    (tmp_path / "bank" / "camt054_qr.xml").write_text(CAMT054)
    revolut = [_revolut("2025-05-05T10:00:00.000Z"), _revolut("2025-05-05T09:00:00.000Z")]
    (tmp_path / "bank" / "revolut_transactions.json").write_text(json.dumps(revolut))
    (tmp_path / "bank" / "qonto_transactions.json").write_text(json.dumps(QONTO))
    return tmp_path


def test_load_sample(sample_dir):
    lines, items, truth = load_sample(sample_dir)
    by_id = {line.id: line for line in lines}
    assert set(by_id) == {
        "CH:250502000001001",
        "CH:250503000001002-01",  # the batch booking replaced by its camt.054 detail
        "CH:250504000001003",
        "revolut:0a1b",  # delivered twice, read once
        "qonto:colibri-1",
    }
    assert set(truth) == set(by_id)
    assert truth["revolut:0a1b"] == {"INV/2025/00003"}  # not the duplicate's empty truth
    detail = by_id["CH:250503000001002-01"]
    assert (detail.structured_ref, detail.structured_ref_type) == (QRR_1, "qrr")
    assert detail.counterparty_iban == IBAN_RIGI
    assert detail.amount == Decimal("100.00")
    assert by_id["CH:250504000001003"].amount == Decimal("-20.00")
    assert by_id["CH:250502000001001"].counterparty_iban == IBAN_RIGI
    assert by_id["qonto:colibri-1"].date == date(2025, 5, 6)
    assert by_id["revolut:0a1b"].counterparty_name == "Gerber Handels AG"
    refund = next(i for i in items if i.id == "GS/2025/00001")
    assert refund.residual == Decimal("-20.0")
    assert refund.partner_id == 10


def test_sample_companies_are_matched_apart(sample_dir):
    sample = read_sample(sample_dir)
    assert sample.companies() == ["CH", "FR"]
    results = {}
    for company in sample.companies():
        lines, items = sample.for_company(company)
        results.update(Matcher(items).match_all(lines))
    report = evaluate(results, sample.truth, categories=sample.categories)
    assert report.with_match == 5
    assert report.top1 == 1.0
    assert report.precision == 1.0
    assert report.recall == 1.0


@pytest.mark.skipif(not SAMPLE.exists(), reason="development sample not present")
def test_development_sample_figures():
    report, table, _speed = run_sample(SAMPLE)
    assert report.lines == 106
    assert report.precision >= 0.995
    assert report.recall >= 0.90
    assert report.top1 >= 0.95
    assert report.false_suggestions == 0
    assert sum(count for _low, _high, count, _right in table) >= report.with_match
