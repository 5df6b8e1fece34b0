"""Mapping the rules' confidences to measured ones."""

from decimal import Decimal

import pytest

from fincycle.extraction import calibration
from fincycle.extraction.model import Extraction, Field, TaxLine

TABLE = {
    "text:invoice_number": [None, None, None, None, 0.70, 0.82, 0.91, 0.97],
    "ocr:invoice_number": [None, None, None, None, None, None, None, 0.88],
    "text:taxes": [None, None, None, None, None, None, None, 0.95],
}


@pytest.fixture(autouse=True)
def table(monkeypatch):
    monkeypatch.setattr(calibration, "TABLE", TABLE)


@pytest.mark.parametrize(
    ("source", "raw", "expected"),
    [
        ("text", 0.96, 0.97),  # a measured bucket: its figure, up or down
        ("text", 0.93, 0.91),
        ("text", 0.80, 0.70),
        ("text", 0.55, 0.55),  # too few observations: raw, capped by the next bucket up
        ("text", 0.75, 0.70),
        ("ocr", 0.97, 0.88),
        ("ocr", 0.92, 0.88),  # unmeasured below: never surer than the measured bucket above
        ("qr", 0.99, 0.99),  # not remapped
    ],
)
def test_calibrated(source, raw, expected):
    assert calibration.calibrated("invoice_number", source, raw) == pytest.approx(expected)


def test_calibrate_extraction_keeps_values_and_exact_sources():
    ext = Extraction(
        fields={
            "invoice_number": Field("2026-1", 0.93, "text"),
            "amount_total": Field(Decimal("10"), 0.999, "qr"),
            "vendor_name": Field("Muster AG", 0.8, "text"),  # no row: unchanged
        },
        taxes=[TaxLine(Decimal("8.1"), Decimal("100"), Decimal("8.10"))],
        taxes_confidence=0.96,
    )
    calibration.calibrate(ext)
    assert ext.fields["invoice_number"].value == "2026-1"
    assert ext.fields["invoice_number"].confidence == pytest.approx(0.91)
    assert ext.fields["amount_total"].confidence == pytest.approx(0.999)
    assert ext.fields["vendor_name"].confidence == pytest.approx(0.8)
    assert ext.taxes_confidence == pytest.approx(0.95)
