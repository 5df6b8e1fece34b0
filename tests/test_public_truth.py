"""The hand-checked truth of the public non-XML corpus is well-formed and adds up, and the
corpus builder turns it into a manifest of the benchmark's layout."""

import importlib.util
import json
import re
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from fincycle.extraction.identifiers import is_valid_vat
from fincycle.extraction.model import TRUTH_FIELDS

BENCH = Path(__file__).resolve().parents[1] / "scripts" / "bench"
TRUTH = json.loads((BENCH / "public_truth.json").read_text())
DOCS = TRUTH["documents"]
AMOUNT = re.compile(r"^-?\d+\.\d{2}$")
KINDS = {"pdf_text", "pdf_image", "image_scan"}
DOCUMENT_TYPES = {"invoice", "credit_note", "receipt", "not_an_invoice"}
SOURCE_KEYS = {"id", "repo", "commit", "path", "license", "kind", "country", "language"}
OTHER_KEYS = {"flags", "checked", "notes"}
EU_VAT = re.compile(
    r"^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK)"
)


def _load_builder():
    spec = importlib.util.spec_from_file_location(
        "make_public_corpus", BENCH / "make_public_corpus.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _dec(value):
    return None if value is None else Decimal(value)


def test_documents_have_exactly_the_expected_keys_and_unique_ids():
    assert DOCS
    assert len({d["id"] for d in DOCS}) == len(DOCS)
    for doc in DOCS:
        optional = {"notes", "split_group"}  # split_group: the writer all its invoices share
        assert set(doc) - optional == (SOURCE_KEYS | set(TRUTH_FIELDS) | OTHER_KEYS) - optional, (
            doc["id"]
        )


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d["id"])
def test_source_is_recorded(doc):
    assert re.fullmatch(r"[\w.-]+/[\w.-]+", doc["repo"])
    assert re.fullmatch(r"[0-9a-f]{40}", doc["commit"])
    assert doc["path"] and not doc["path"].startswith("/")
    assert doc["license"] in {
        "MIT",
        "MIT-0",
        "Apache-2.0",
        "BSD-3-Clause",
        "CC-BY-4.0",
        "CC0-1.0",
        "AGPL-3.0",
        "LGPL-3.0",
        "ISC",
        "GPL-2.0",
        "GPL-3.0",
        "EPL-2.0",
        "MPL-2.0 OR LGPL-2.1-or-later",
    }
    assert doc["kind"] in KINDS
    assert doc["kind"] != "image_scan" or doc["path"].lower().endswith(
        (".png", ".jpg", ".jpeg", ".tif", ".tiff")
    )
    assert doc["kind"] == "image_scan" or doc["path"].lower().endswith(".pdf")
    assert doc["country"] is None or re.fullmatch(r"[A-Z]{2}", doc["country"])
    assert re.fullmatch(r"[a-z]{2}", doc["language"])
    assert isinstance(doc["checked"], str) and len(doc["checked"]) > 10
    assert isinstance(doc["flags"], list) and all(isinstance(f, str) for f in doc["flags"])


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d["id"])
def test_field_types(doc):
    assert doc["document_type"] in DOCUMENT_TYPES
    for name in ("vendor_name", "vendor_vat", "vendor_iban", "invoice_number", "payment_reference"):
        assert doc[name] is None or (
            isinstance(doc[name], str) and doc[name].strip() == doc[name] != ""
        )
    for name in ("invoice_date", "due_date"):
        assert doc[name] is None or date.fromisoformat(doc[name]).isoformat() == doc[name]
    if doc["invoice_date"] and doc["due_date"]:
        assert doc["due_date"] >= doc["invoice_date"]
    assert doc["currency"] is None or re.fullmatch(r"[A-Z]{3}", doc["currency"])
    for name in ("amount_untaxed", "amount_tax", "amount_total"):
        assert doc[name] is None or AMOUNT.match(doc[name]), (name, doc[name])
    assert doc["taxes"] is None or (isinstance(doc["taxes"], list) and doc["taxes"])
    for row in doc["taxes"] or []:
        assert set(row) == {"rate", "base", "amount"}
        assert re.fullmatch(r"\d+\.\d{2,3}", row["rate"])  # "9.625" (a US sales tax)
        assert row["base"] is None or AMOUNT.match(row["base"])
        assert row["amount"] is None or AMOUNT.match(row["amount"])


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d["id"])
def test_amounts_add_up(doc):
    untaxed, tax, total = (_dec(doc[n]) for n in ("amount_untaxed", "amount_tax", "amount_total"))
    assert total is not None, "every document prints a total"
    if untaxed is not None and tax is not None:
        # a page whose own sum is wrong keeps its printed figures (and says so)
        # a total after a rounding line ("Round Off 0.50") is off by less than one unit
        adds_up = untaxed + tax == total or (
            "total_rounded" in doc["flags"] and abs(untaxed + tax - total) < 1
        )
        assert adds_up != ("printed_sum_wrong" in doc["flags"])
    if untaxed is not None and tax is None:
        assert untaxed == total  # a page without VAT
    rows = doc["taxes"] or []
    # a donation the VAT rows leave out; a US sales tax on some lines only
    outside_vat = bool({"non_vat_line_in_total", "untaxed_lines"} & set(doc["flags"]))
    if rows and all(r["base"] is not None for r in rows) and untaxed is not None:
        assert (sum(Decimal(r["base"]) for r in rows) == untaxed) != outside_vat
    if rows and all(r["amount"] is not None for r in rows) and tax is not None:
        assert sum(Decimal(r["amount"]) for r in rows) == tax
    for row in rows:
        if row["base"] is not None and row["amount"] is not None:
            expected = Decimal(row["base"]) * Decimal(row["rate"]) / 100
            assert abs(expected - Decimal(row["amount"])) <= Decimal("0.02"), row


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d["id"])
def test_identifiers_pass_their_check_digits(doc):
    vat, iban = doc["vendor_vat"], doc["vendor_iban"]
    if vat and EU_VAT.match(vat):
        assert is_valid_vat(vat), vat
    elif vat:
        assert "non_eu_tax_id" in doc["flags"]
    if iban:
        moved = iban[4:] + iban[:4]
        assert int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1, iban


def test_an_image_copy_has_the_truth_of_its_pdf():
    by_id = {d["id"]: d for d in DOCS}
    for doc in DOCS:
        if doc["id"].endswith("_png"):
            pdf = by_id[doc["id"][: -len("_png")]]
            for name in TRUTH_FIELDS:
                assert doc[name] == pdf[name], (doc["id"], name)


def _git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_builder_writes_the_benchmark_manifest(tmp_path):
    builder = _load_builder()
    repo = tmp_path / "mirror"
    (repo / "docs").mkdir(parents=True)
    (repo / "docs" / "bill.png").write_bytes(b"\x89PNG fake")
    _git(repo, "init", "-q")
    _git(repo, "add", "docs/bill.png")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "bill")
    commit = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repo, check=True, capture_output=True, text=True
    ).stdout.strip()
    truth = dict(DOCS[0], id="pub_test", repo="someone/bills", commit=commit, path="docs/bill.png")
    truth.update(kind="image_scan", license="AGPL-3.0")
    truth_file = tmp_path / "truth.json"
    truth_file.write_text(json.dumps({"documents": [truth]}))
    out = tmp_path / "out"
    manifest = builder.build(out, [repo], truth_file=truth_file, exclude_hashes=set())
    (doc,) = manifest["documents"]
    assert (
        doc["file"] == "files/pub_test.png" and (out / doc["file"]).read_bytes() == b"\x89PNG fake"
    )
    assert doc["source_detail"] == {
        "type": "git",
        "repo": "someone/bills",
        "commit": commit,
        "path": "docs/bill.png",
    }
    assert doc["split"] == "held" and doc["pages"] == 1 and doc["has_embedded_xml"] is False
    assert doc["amount_total"] == float(Decimal(truth["amount_total"]))
    assert json.loads((out / "manifest.json").read_text())["count"] == 1
    # A copyleft document is left out on request; one the reader is tuned on always is.
    assert (
        builder.build(
            out, [repo], truth_file=truth_file, permissive_only=True, exclude_hashes=set()
        )["count"]
        == 0
    )
    tuned = {doc["sha256"]}
    assert builder.build(out, [repo], truth_file=truth_file, exclude_hashes=tuned)[
        "left_out_tuned"
    ] == ["pub_test"]


def test_split_is_by_invoice_when_a_share_is_given():
    builder = _load_builder()
    pdf = {"vendor_name": "Acme", "invoice_number": "7", "amount_total": "10.00"}
    splits = {builder.split_of(dict(pdf, invoice_number=str(n)), 50) for n in range(40)}
    assert splits == {"dev", "held"}
    assert builder.split_of(pdf, None) == "held"
    assert builder.split_of(pdf, 50) == builder.split_of(dict(pdf, kind="image_scan"), 50)
