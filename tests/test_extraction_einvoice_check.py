"""The VAT an e-invoice import lost (fincycle.extraction.einvoice_check): no database."""

from decimal import Decimal

from fincycle.extraction.einvoice_check import lost_vat
from fincycle.extraction.model import TaxLine

GERMAN = [TaxLine(Decimal("19"), Decimal("100.00"), Decimal("19.00"))]


def test_a_rate_without_purchase_tax_explains_the_gap():
    assert lost_vat(GERMAN, booked_rates=[], gap=19.0) == GERMAN
    # a cent per rate of rounding, and float noise, still explain it
    assert lost_vat(GERMAN, booked_rates=[], gap=18.99) == GERMAN
    assert lost_vat(GERMAN, booked_rates=[], gap=19.0100000001) == GERMAN


def test_booked_rates_and_rates_without_vat_are_not_lost():
    taxes = [*GERMAN, TaxLine(Decimal("7"), Decimal("50"), Decimal("3.50")), TaxLine(Decimal("0"))]
    assert lost_vat(taxes, booked_rates=[7.0], gap=Decimal("19.00")) == GERMAN
    assert lost_vat(taxes, booked_rates=[19.0, 7.0], gap=19.0) == []


def test_a_gap_the_lost_vat_does_not_explain_is_no_lost_vat():
    assert lost_vat(GERMAN, booked_rates=[], gap=25.0) == []
    assert lost_vat(GERMAN, booked_rates=[], gap=18.98) == []
    # two lost rates: a cent each
    two = [*GERMAN, TaxLine(Decimal("7"), Decimal("10"), Decimal("0.70"))]
    assert lost_vat(two, booked_rates=[], gap=19.72) == two
    assert lost_vat(two, booked_rates=[], gap=19.73) == []
