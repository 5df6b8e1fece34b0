"""Which lines a captured bill gets."""

from decimal import Decimal as D

from fincycle.extraction.bill_lines import line_blocks, vat_amount, vendor_country
from fincycle.extraction.model import Check, Extraction, Field, InvoiceLine, TaxLine


def ext(lines=(), taxes=(), include=False, checks=(), **values):
    result = Extraction(lines=list(lines), taxes=list(taxes), prices_include_tax=include)
    result.checks = list(checks)
    for name, value in values.items():
        result.fields[name] = Field(value, 0.95, "text")
    return result


def test_items_with_a_discount_line_per_rate():
    e = ext(
        lines=[
            InvoiceLine("Papier", D(10), D("25"), D("8.1"), D("250")),
            InvoiceLine("Toner", D(2), D("60"), D("8.1"), D("120")),
        ],
        taxes=[TaxLine(D("8.1"), D("333.00"), D("26.97"))],
        amount_untaxed=D("333.00"),
    )
    blocks = line_blocks(e)
    assert [b.kind for b in blocks] == ["item", "item", "discount"]
    assert blocks[2].price_unit == D("-37.00") and blocks[2].rate == D("8.1")
    assert sum(b.quantity * b.price_unit for b in blocks) == D("333.00")


def test_items_whose_quantity_and_price_disagree_become_one_amount():
    e = ext(
        lines=[InvoiceLine("Abo", D(3), D("10"), D("8.1"), D("25"))],
        taxes=[TaxLine(D("8.1"), D("25"), D("2.03"))],
    )
    (block,) = line_blocks(e)
    assert (block.quantity, block.price_unit) == (D(1), D("25"))


def test_gross_items_or_a_failed_lines_check_fall_back_to_one_line_per_rate():
    taxes = [TaxLine(D("8.1"), D("100"), D("8.10")), TaxLine(D("2.6"), D("50"), D("1.30"))]
    items = [
        InvoiceLine("Wein", D(1), D("108.10"), D("8.1"), D("108.10")),
        InvoiceLine("Brot", D(1), D("51.30"), D("2.6"), D("51.30")),
    ]
    for e in (
        ext(lines=items, taxes=taxes, include=True),
        ext(lines=items, taxes=taxes, checks=[Check("lines", False)]),
    ):
        blocks = line_blocks(e)
        assert [(b.price_unit, b.rate, b.kind) for b in blocks] == [
            (D("100"), D("8.1"), "rate"),
            (D("50"), D("2.6"), "rate"),
        ]
        assert "Wein, Brot" in blocks[0].label


def test_without_taxes_one_line_for_the_net_or_the_total():
    assert line_blocks(ext(amount_untaxed=D("80"), amount_tax=D(0)))[0].price_unit == D("80")
    (block,) = line_blocks(ext(amount_total=D("95"), vendor_name="Muster AG", invoice_number="7"))
    assert (block.price_unit, block.rate, block.label) == (D("95"), None, "Muster AG 7")
    assert line_blocks(ext(amount_total=D("95"), amount_tax=D("7"))) == []


def test_vat_amount_printed_or_computed():
    e = ext(taxes=[TaxLine(D("19"), D("200"), D("38.00"))])
    assert vat_amount(e, D("19"), []) == D("38.00")
    blocks = line_blocks(ext(amount_untaxed=D("200"), taxes=[TaxLine(D("19"))]))
    assert vat_amount(ext(), D("19"), blocks) == D("38.00")


def test_vendor_country():
    assert vendor_country(ext(vendor_vat="CHE116281710")) == "CH"
    assert vendor_country(ext(vendor_vat="DE136695976")) == "DE"
    assert vendor_country(ext(vendor_iban="LI21088100002324013AA")) == "CH"  # one VAT area
    assert vendor_country(ext(), fallback="FR") == "FR"
    assert vendor_country(ext()) is None


def test_zero_rate_rows_of_two_categories_give_two_blocks_that_say_which():
    e = ext(
        taxes=[
            TaxLine(D("20"), D("100.00"), D("20.00"), "S"),
            TaxLine(D("0"), D("60.00"), D("0.00"), "E", "Débours"),
            TaxLine(D("0"), D("40.00"), D("0.00"), "K", "Livraison intracommunautaire"),
        ],
        amount_untaxed=D("200.00"),
        vendor_name="Fournisseur SA",
    )
    blocks = line_blocks(e)
    assert [(b.price_unit, b.rate, b.kind, b.category) for b in blocks] == [
        (D("100.00"), D("20"), "rate", "S"),
        (D("60.00"), D("0"), "rate", "E"),
        (D("40.00"), D("0"), "rate", "K"),
    ]
    assert blocks[1].label.endswith("(0 % E)") and blocks[0].label.endswith("(20 %)")
