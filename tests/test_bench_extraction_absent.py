"""The extraction bench leaves unscored what a document's e-invoice XML leaves empty."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from fincycle.testing.invoices import invoice_pdf

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "bench" / "extraction.py"


def _run(directory: Path, *options: str) -> str:
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(directory), "--misses", *options],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _one_bill(directory: Path, **truth) -> None:
    """A corpus of one printed bill whose truth holds its number, its total and ``truth``."""
    pdf, printed = invoice_pdf(number="RE-2026-0815", invoice_date=date(2025, 6, 10))
    (directory / "files").mkdir()
    (directory / "files" / "bill.pdf").write_bytes(pdf)
    doc = {
        "id": "bill",
        "file": "files/bill.pdf",
        "kind": "pdf_text",
        "pages": 1,
        "invoice_number": "RE-2026-0815",
        "amount_total": float(printed["total"]),
        **truth,
    }
    (directory / "manifest.json").write_text(json.dumps({"documents": [doc]}))


def test_fields_not_in_the_xml_are_counted_apart_not_scored(tmp_path):
    # the XML has no IBAN; the page prints one
    _one_bill(tmp_path, vendor_iban=None, not_in_xml=["vendor_iban"])
    out = _run(tmp_path)
    assert "not scored: 1 fields the e-invoice XML leaves empty (no ground truth), 1 of them" in out
    assert "vendor_iban" not in out.split("Per field")[1].split("auto-post")[0]
    assert "vendor_iban" not in out.split("Misses")[1]
    strict = _run(tmp_path, "--score-absent")
    assert "not scored" not in strict
    assert "vendor_iban" in strict.split("Misses")[1]


def test_own_company_tells_the_pipeline_the_receiving_company(tmp_path):
    pdf, printed = invoice_pdf(number="RE-2026-0815", invoice_date=date(2025, 6, 10))
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "bill.pdf").write_bytes(pdf)
    truth = {
        "id": "bill",
        "file": "files/bill.pdf",
        "kind": "pdf_text",
        "vendor_vat": "CHE-116.281.710",
        "amount_total": float(printed["total"]),
        # as if the printed VAT id were the receiving company's own: never the vendor's
        "customer_name": "Seeblick Consulting GmbH",
        "customer_vat": "CHE-116.281.710",
    }
    (tmp_path / "manifest.json").write_text(json.dumps({"documents": [truth]}))
    assert "vendor_vat" not in _run(tmp_path).split("Misses")[1]
    assert "vendor_vat" in _run(tmp_path, "--own-company").split("Misses")[1]


def test_fields_the_page_does_not_print_are_not_scored_when_the_page_is_read(tmp_path):
    # the reference is in the XML only
    _one_bill(tmp_path, payment_reference="PAYMENT-12345", not_on_page=["payment_reference"])
    out = _run(tmp_path)
    assert "not scored: 1 fields whose XML value the page does not print" in out
    assert "payment_reference" not in out.split("Misses")[1]
    strict = _run(tmp_path, "--score-unprinted")
    assert "payment_reference" in strict.split("Misses")[1]
