"""Supplier invoices drawn with reportlab, for tests and demo data: a text PDF like a Swiss or
German vendor sends (letterhead, address window, invoice number and dates, item table, VAT per
rate, total, IBAN), optionally with a Swiss QR-bill payment part, a discount or a cash
rounding of the total (Swiss 5 centimes) printed under the VAT."""

import io
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["CH_IBAN", "CH_VAT", "DE_IBAN", "DE_VAT", "invoice_pdf", "money", "qr_payload"]

# Valid identifiers (checksums right) for documents that must pass the cross-checks.

CH_VAT = "CHE-116.281.710 MWST"
CH_VAT_NORM = "CHE116281710"
CH_IBAN = "CH9300762011623852957"
DE_VAT = "DE136695976"
DE_IBAN = "DE89370400440532013000"


def money(value):
    """Swiss style: 1'234.50."""
    text = f"{Decimal(value):,.2f}"
    return text.replace(",", "'")


@dataclass
class _Page:
    pdf: object
    height: float
    y: float = 0.0

    def text(self, x, dy, value, right=False, font=("Helvetica", 10)):
        self.pdf.setFont(*font)
        draw = self.pdf.drawRightString if right else self.pdf.drawString
        draw(x, self.height - dy if dy is not None else self.y, value)


def invoice_pdf(
    *,
    vendor="Muster Bürobedarf AG",
    street="Bahnhofstrasse 12",
    city="8001 Zürich",
    vat=CH_VAT,
    iban=CH_IBAN,
    number="RE-2026-0815",
    invoice_date=None,
    due_days=30,
    currency="CHF",
    lines=(("Druckerpapier A4, 80 g", 10, "25.00", "8.1"), ("Beratung", 2, "120.00", "8.1")),
    customer=("Seeblick Consulting GmbH", "Seestrasse 1", "6003 Luzern"),
    title="Rechnung",
    qr=None,
    encrypt=None,
    discount=None,
    rounding=None,
):
    """(PDF bytes, printed figures: untaxed, tax, rounding, total, taxes per rate).
    ``rounding``: "0.05" rounds the total to 5 centimes and prints the difference."""
    from reportlab.lib.pagesizes import A4  # noqa: PLC0415
    from reportlab.pdfgen import canvas  # noqa: PLC0415

    invoice_date = invoice_date or (date.today() - timedelta(days=3))
    buffer = io.BytesIO()
    page = _Page(canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt), A4[1])
    page.text(50, 60, vendor, font=("Helvetica-Bold", 14))
    page.text(50, 76, street)
    page.text(50, 90, city)
    if vat:
        page.text(50, 104, f"MWST-Nr.: {vat}" if vat.startswith("CHE") else f"USt-IdNr.: {vat}")
    for offset, row in enumerate(customer):
        page.text(330, 150 + 14 * offset, row)
    page.text(50, 230, title, font=("Helvetica-Bold", 16))
    header = [("Rechnungsnummer:", number), ("Rechnungsdatum:", invoice_date.strftime("%d.%m.%Y"))]
    if due_days is not None:
        header.append(
            ("Zahlbar bis:", (invoice_date + timedelta(days=due_days)).strftime("%d.%m.%Y"))
        )
    for offset, (label, value) in enumerate(header):
        page.text(50, 255 + 14 * offset, label)
        page.text(170, 255 + 14 * offset, value)
    by_rate = _items(page, lines)
    printed = _totals(page, by_rate, currency, discount, rounding)
    if iban:
        spaced = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        page.text(50, A4[1] - 120, f"Bankverbindung: IBAN {spaced}")
    if qr:
        _qr_part(page, qr)
    page.pdf.showPage()
    page.pdf.save()
    return buffer.getvalue(), printed


def _items(page, lines):
    page.y = page.height - 320
    for x, label in (
        (50, "Pos."),
        (90, "Beschreibung"),
        (300, "Menge"),
        (360, "Preis"),
        (430, "MWST"),
        (490, "Betrag"),
    ):
        page.text(x, None, label, font=("Helvetica-Bold", 10))
    by_rate = {}
    for index, (name, qty, price, rate) in enumerate(lines, start=1):
        page.y -= 16
        subtotal = Decimal(price) * qty
        by_rate[rate] = by_rate.get(rate, Decimal(0)) + subtotal
        page.text(50, None, str(index))
        page.text(90, None, name)
        page.text(330, None, str(qty), right=True)
        page.text(400, None, money(price), right=True)
        page.text(460, None, f"{rate} %", right=True)
        page.text(540, None, money(subtotal), right=True)
    return by_rate


def _totals(page, by_rate, currency, discount, rounding=None):
    untaxed = sum(by_rate.values(), Decimal(0))
    page.y -= 30
    page.text(330, None, "Zwischensumme")
    page.text(540, None, f"{currency} {money(untaxed)}", right=True)
    if discount:
        factor = (100 - Decimal(discount)) / 100
        by_rate = {r: (b * factor).quantize(Decimal("0.01")) for r, b in by_rate.items()}
        net = sum(by_rate.values(), Decimal(0))
        page.y -= 14
        page.text(330, None, f"Rabatt {discount} %")
        page.text(540, None, f"-{money(untaxed - net)}", right=True)
        untaxed = net
        page.y -= 14
        page.text(330, None, "Total exkl. MWST")
        page.text(540, None, f"{currency} {money(untaxed)}", right=True)
    taxes = {r: (b * Decimal(r) / 100).quantize(Decimal("0.01")) for r, b in by_rate.items()}
    for rate, amount in taxes.items():
        page.y -= 14
        page.text(330, None, f"MWST {rate} % auf {money(by_rate[rate])}")
        page.text(540, None, f"{currency} {money(amount)}", right=True)
    tax_total = sum(taxes.values(), Decimal(0))
    total = untaxed + tax_total
    difference = Decimal(0)
    if rounding:
        step = Decimal(rounding)
        difference = (total / step).quantize(Decimal(1), ROUND_HALF_UP) * step - total
        page.y -= 14
        page.text(330, None, "Rundung")
        page.text(540, None, money(difference), right=True)
        total += difference
    page.y -= 16
    page.text(330, None, "Total", font=("Helvetica-Bold", 11))
    page.text(540, None, f"{currency} {money(total)}", right=True, font=("Helvetica-Bold", 11))
    return {
        "untaxed": untaxed,
        "tax": tax_total,
        "rounding": difference,
        "total": total,
        "taxes": taxes,
    }


def _qr_part(page, payload):
    import qrcode  # noqa: PLC0415
    from reportlab.lib.utils import ImageReader  # noqa: PLC0415

    image = qrcode.make(payload, error_correction=qrcode.constants.ERROR_CORRECT_M)
    page.text(200, page.height - 290, "Zahlteil")
    page.pdf.drawImage(ImageReader(image.get_image()), 200, 120, 160, 160)


DEBTOR = ("Seeblick Consulting GmbH", "Seestrasse", "1", "6003", "Luzern")


def qr_payload(
    iban,
    name,
    address,
    amount,
    *,
    currency="CHF",
    reference_type="NON",
    reference="",
    debtor=DEBTOR,
):
    """A Swiss QR-bill payload (SPC 0200); ``address`` = (street, number, zip, city), the
    ``debtor`` (who pays) = (name, street, number, zip, city)."""
    street, number, zip_code, city = address
    lines = [
        "SPC", "0200", "1", iban,
        "S", name, street, number, zip_code, city, "CH",
        "", "", "", "", "", "", "",
        f"{Decimal(amount):.2f}", currency,
        "S", *debtor, "CH",
        reference_type, reference, "", "EPD",
    ]  # fmt: skip
    return "\r\n".join(lines)
