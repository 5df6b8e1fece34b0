"""The synthetic invoice generator of the extraction benchmark writes what its manifest says."""

import importlib.util
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import pdfplumber
from stdnum import vatin

from fincycle.banking.references import is_valid_iban, is_valid_qrr, is_valid_scor
from fincycle.extraction import qrbill

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "bench" / "make_invoices.py"


def _load():
    spec = importlib.util.spec_from_file_location("make_invoices", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _flat(text):
    return re.sub(r"[\s'.,\u00a0-]", "", text)


def test_three_documents_match_their_manifest(tmp_path):
    gen = _load()
    gen.generate(tmp_path, count=3, seed=5, scans=1)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    docs = manifest["documents"]
    assert len(docs) == 4
    assert [d["kind"] for d in docs].count("image_scan") == 1
    for doc in docs:
        assert (tmp_path / doc["file"]).stat().st_size == doc["bytes"]
        assert doc["has_embedded_xml"] is False
        assert vatin.is_valid(doc["vendor_vat"]) or doc["vendor_vat"].startswith("CHE")
        assert is_valid_iban(doc["vendor_iban"])
        untaxed = sum(Decimal(str(t["base"])) for t in doc["taxes"])
        tax = sum(Decimal(str(t["amount"])) for t in doc["taxes"])
        assert untaxed == Decimal(str(doc["amount_untaxed"])).quantize(Decimal("0.01"))
        total = untaxed + tax + Decimal(str(doc["amount_rounding"]))
        assert total == Decimal(str(doc["amount_total"])).quantize(Decimal("0.01"))
        assert doc["customer_name"] != doc["vendor_name"]
        if doc["payment_reference_type"] == "QRR":
            assert is_valid_qrr(doc["payment_reference"])
        elif doc["payment_reference_type"] == "SCOR":
            assert is_valid_scor(doc["payment_reference"])
        if doc["kind"] != "pdf_text":
            assert doc["derived_from"] in {d["id"] for d in docs}
            continue
        with pdfplumber.open(tmp_path / doc["file"]) as pdf:
            assert len(pdf.pages) == doc["pages"]
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        assert doc["vendor_name"] in text
        assert doc["invoice_number"] in text
        assert _flat(doc["vendor_vat_printed"]) in _flat(text)
        assert f"{doc['amount_total']:.2f}".replace(".", "") in _flat(text)


def test_qr_bill_payload_is_valid_and_matches_the_ground_truth(tmp_path):
    gen = _load()
    # Build documents until one carries a QR-bill (about one in four does).
    doc = next(d for d in (gen.build(i, 11) for i in range(40)) if d.qr)
    bill = qrbill.parse(gen.qr_payload(doc))
    assert bill.errors == []
    assert bill.iban == doc.iban
    assert bill.amount == doc.total
    assert bill.currency == doc.currency
    assert (bill.payment_reference or None) == doc.payment_reference
