"""The auto-post tally of the extraction bench: what counts as a wrong auto-posted bill."""

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts" / "bench"))

from autopost import AutopostTally


def _ext(confidence=0.95, errors=()):
    return SimpleNamespace(confidence=confidence, errors=list(errors))


def _fields(**cells):
    base = {
        "vendor_name": ("Acme AG", "Acme AG"),
        "vendor_vat": ("CHE-123.456.788", "CHE-123.456.788"),
        "invoice_number": ("R-1", "R-1"),
        "amount_total": ("10.00", "10.00"),
        "due_date": ("2026-01-31", "2026-01-31"),
    }
    base.update(cells)
    return {
        name: {"expected": want, "got": got, "ok": want == got or (not want and not got)}
        for name, (want, got) in base.items()
    }


def test_only_bills_above_the_bar_post():
    tally = AutopostTally(0.9)
    tally.add({"id": "a"}, _ext(0.89), _fields(amount_total=("10.00", "99.00")))
    tally.add({"id": "b"}, _ext(0.95, errors=["x"]), _fields())
    tally.add({"id": "c"}, None, {})
    assert tally.posted == [] and tally.wrong == []


def test_a_wrong_value_or_a_missing_key_field_is_wrong():
    tally = AutopostTally(0.9)
    tally.add({"id": "a"}, _ext(), _fields(amount_total=("10.00", "99.00")))
    tally.add({"id": "b"}, _ext(), _fields(invoice_number=("R-1", None)))
    tally.add({"id": "c"}, _ext(), _fields(due_date=("2026-01-31", "2026-02-28")))
    assert [(d, names) for d, names, _f in tally.wrong] == [
        ("a", ["amount_total"]),
        ("b", ["invoice_number"]),
        ("c", ["due_date"]),
    ]


def test_missing_non_key_field_is_incomplete_not_wrong():
    tally = AutopostTally(0.9)
    tally.add({"id": "a", "flags": ["f"]}, _ext(), _fields(vendor_vat=("DE123456789", None)))
    assert tally.wrong == []
    assert tally.incomplete == [("a", ["vendor_vat"], ["f"])]


def test_vendor_found_by_id_forgives_another_spelling_but_not_a_wrong_id():
    tally = AutopostTally(0.9)
    tally.add({"id": "a"}, _ext(), _fields(vendor_name=("Acme AG", "ACME Holding")))
    tally.add(
        {"id": "b"},
        _ext(),
        _fields(
            vendor_name=("Acme AG", "Other AG"), vendor_vat=("CHE-123.456.788", "CHE-999.999.996")
        ),
    )
    assert [d for d, _n, _f in tally.wrong] == ["b"]


def test_a_value_read_where_the_truth_is_empty_is_no_error():
    tally = AutopostTally(0.9)
    tally.add({"id": "a"}, _ext(), _fields(due_date=(None, "2026-02-28")))
    assert tally.wrong == [] and tally.incomplete == []
