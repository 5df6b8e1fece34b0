"""The extraction bench's second auto-post line (e-invoice samples are years old): what would
post if the age check alone were left out, counted with the same bar and the same judgement."""

import sys
from pathlib import Path

from fincycle.extraction.messages import msg
from fincycle.extraction.model import Check, Extraction

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts" / "bench"))

from autopost import AutopostTally


def _ext(*checks, confidence=0.98):
    ext = Extraction(kind="xml")
    for name in ("vendor_vat", "invoice_number", "invoice_date", "currency", "amount_total"):
        ext.set(name, "x", confidence, "xml")
    ext.set("amount_untaxed", "x", confidence, "xml")
    ext.checks = list(checks)
    ext.confidence = 0.6 if checks and not all(c.ok for c in checks) else confidence
    return ext


OLD = Check("dates", False, msg("invoice_date_old", invoice_date="2018-01-01"))
BAD_VAT = Check("vat_id", False, msg("vat_checksum", vat="DE123456789"))
FIELDS = {"amount_total": {"expected": "10.00", "got": "10.00", "ok": True}}
WRONG = {"amount_total": {"expected": "10.00", "got": "99.00", "ok": False}}


def test_an_old_sample_counts_as_posted_only_on_the_second_line():
    tally = AutopostTally(0.9)
    tally.add({"id": "old"}, _ext(OLD), FIELDS)
    tally.add({"id": "old-wrong"}, _ext(OLD), WRONG)
    assert tally.posted == []
    assert tally.fresh.posted == ["old", "old-wrong"]
    assert [doc for doc, _names, _flags in tally.fresh.wrong] == ["old-wrong"]


def test_any_other_failed_check_or_a_weak_field_still_holds_it():
    tally = AutopostTally(0.9)
    tally.add({"id": "fake-vat"}, _ext(OLD, BAD_VAT), FIELDS)
    tally.add({"id": "weak"}, _ext(OLD, confidence=0.85), FIELDS)
    assert tally.posted == [] and tally.fresh.posted == []
