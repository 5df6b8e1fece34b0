# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Supplier invoices drawn with reportlab for the tests: a text PDF like a Swiss or German
vendor would send, optionally with a Swiss QR-bill payment part, and a scan of it."""

import io
from datetime import date, timedelta
from decimal import Decimal

from odoo import Command
from odoo.tests import new_test_user

from odoo.addons.fincycle_base.tests.common import make_accounting_company

CH_VAT = "CHE-116.281.710 MWST"
CH_VAT_NORM = "CHE116281710"
CH_IBAN = "CH9300762011623852957"
DE_VAT = "DE136695976"
DE_IBAN = "DE89370400440532013000"


def money(value):
    """Swiss style: 1'234.50."""
    text = f"{Decimal(value):,.2f}"
    return text.replace(",", "'")


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
    customer="Seeblick Consulting GmbH",
    title="Rechnung",
    qr=None,
    encrypt=None,
    discount=None,
):
    from reportlab.lib.pagesizes import A4  # noqa: PLC0415
    from reportlab.pdfgen import canvas  # noqa: PLC0415

    invoice_date = invoice_date or (date.today() - timedelta(days=3))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    height = A4[1]
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(50, height - 60, vendor)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, height - 76, street)
    pdf.drawString(50, height - 90, city)
    if vat:
        pdf.drawString(
            50, height - 104, f"MWST-Nr.: {vat}" if vat.startswith("CHE") else f"USt-IdNr.: {vat}"
        )
    pdf.drawString(330, height - 150, customer)
    pdf.drawString(330, height - 164, "Seestrasse 1")
    pdf.drawString(330, height - 178, "6003 Luzern")
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(50, height - 230, title)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, height - 255, "Rechnungsnummer:")
    pdf.drawString(170, height - 255, number)
    pdf.drawString(50, height - 269, "Rechnungsdatum:")
    pdf.drawString(170, height - 269, invoice_date.strftime("%d.%m.%Y"))
    if due_days is not None:
        pdf.drawString(50, height - 283, "Zahlbar bis:")
        pdf.drawString(
            170, height - 283, (invoice_date + timedelta(days=due_days)).strftime("%d.%m.%Y")
        )
    y = height - 320
    pdf.setFont("Helvetica-Bold", 10)
    for x, text in (
        (50, "Pos."),
        (90, "Beschreibung"),
        (300, "Menge"),
        (360, "Preis"),
        (430, "MWST"),
        (490, "Betrag"),
    ):
        pdf.drawString(x, y, text)
    pdf.setFont("Helvetica", 10)
    untaxed = Decimal(0)
    by_rate = {}
    for index, (name, qty, price, rate) in enumerate(lines, start=1):
        y -= 16
        subtotal = Decimal(price) * qty
        untaxed += subtotal
        by_rate[rate] = by_rate.get(rate, Decimal(0)) + subtotal
        pdf.drawString(50, y, str(index))
        pdf.drawString(90, y, name)
        pdf.drawRightString(330, y, str(qty))
        pdf.drawRightString(400, y, money(price))
        pdf.drawRightString(460, y, f"{rate} %")
        pdf.drawRightString(540, y, money(subtotal))
    y -= 30
    pdf.drawString(330, y, "Zwischensumme")
    pdf.drawRightString(540, y, f"{currency} {money(untaxed)}")
    if discount:
        factor = (100 - Decimal(discount)) / 100
        by_rate = {r: (b * factor).quantize(Decimal("0.01")) for r, b in by_rate.items()}
        net = sum(by_rate.values(), Decimal(0))
        y -= 14
        pdf.drawString(330, y, f"Rabatt {discount} %")
        pdf.drawRightString(540, y, f"-{money(untaxed - net)}")
        untaxed = net
        y -= 14
        pdf.drawString(330, y, "Total exkl. MWST")
        pdf.drawRightString(540, y, f"{currency} {money(untaxed)}")
    taxes = {
        rate: (base * Decimal(rate) / 100).quantize(Decimal("0.01"))
        for rate, base in by_rate.items()
    }
    tax_total = sum(taxes.values(), Decimal(0))
    total = untaxed + tax_total
    for rate, amount in taxes.items():
        y -= 14
        pdf.drawString(330, y, f"MWST {rate} % auf {money(by_rate[rate])}")
        pdf.drawRightString(540, y, f"{currency} {money(amount)}")
    y -= 16
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(330, y, "Total")
    pdf.drawRightString(540, y, f"{currency} {money(total)}")
    pdf.setFont("Helvetica", 10)
    if iban:
        spaced = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        pdf.drawString(50, 120, f"Bankverbindung: IBAN {spaced}")
    if qr:
        import qrcode  # noqa: PLC0415
        from reportlab.lib.utils import ImageReader  # noqa: PLC0415

        image = qrcode.make(qr, error_correction=qrcode.constants.ERROR_CORRECT_M)
        pdf.drawString(200, 290, "Zahlteil")
        pdf.drawImage(ImageReader(image.get_image()), 200, 120, 160, 160)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue(), {"untaxed": untaxed, "tax": tax_total, "total": total, "taxes": taxes}


def qr_payload(
    iban,
    name,
    street,
    number,
    zip_code,
    city,
    amount,
    currency="CHF",
    reference_type="NON",
    reference="",
):
    lines = [
        "SPC", "0200", "1", iban,
        "S", name, street, number, zip_code, city, "CH",
        "", "", "", "", "", "", "",
        f"{Decimal(amount):.2f}", currency,
        "S", "Seeblick Consulting GmbH", "Seestrasse", "1", "6003", "Luzern", "CH",
        reference_type, reference, "", "EPD",
    ]  # fmt: skip
    return "\r\n".join(lines)


class CaptureCase:
    """Mixin: a Swiss company with the 8.1 % and 2.6 % purchase taxes and a purchase journal."""

    @classmethod
    def _setup_capture(cls):
        env = cls.env
        cls.company = make_accounting_company(env, "Seeblick Consulting GmbH", "CHF")
        cls.company.country_id = env.ref("base.ch")
        cls.company.account_fiscal_country_id = env.ref("base.ch")
        cls.company.capture_approval_limit = 5000
        env.ref("base.EUR").active = True
        cls.taxes = {}
        group = env["account.tax.group"].create(
            {"name": "VAT", "company_id": cls.company.id, "country_id": env.ref("base.ch").id}
        )
        for rate in ("8.1", "2.6"):
            cls.taxes[rate] = env["account.tax"].create(
                {
                    "name": f"Input VAT {rate} %",
                    "amount": float(rate),
                    "amount_type": "percent",
                    "type_tax_use": "purchase",
                    "company_id": cls.company.id,
                    "country_id": env.ref("base.ch").id,
                    "tax_group_id": group.id,
                }
            )
        cls.journal = env["account.journal"].search(
            [("company_id", "=", cls.company.id), ("type", "=", "purchase")], limit=1
        )
        cls.clerk = new_test_user(
            env,
            login="capture_clerk",
            groups="account.group_account_invoice,base.group_partner_manager",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        cls.vendor = env["res.partner"].create(
            {
                "name": "Muster Bürobedarf AG",
                "is_company": True,
                "vat": CH_VAT,
                "country_id": env.ref("base.ch").id,
                "bank_ids": [Command.create({"acc_number": CH_IBAN})],
            }
        )

    def review_activity(self, bill):
        activity_type = self.env.ref("account_invoice_capture.mail_activity_capture_review")
        return bill.activity_ids.filtered(lambda a: a.activity_type_id == activity_type)

    def chatter(self, bill):
        return " ".join(bill.message_ids.mapped("body"))

    def upload(self, data, name="invoice.pdf", user=None, mimetype="application/pdf", **context):
        env = self.env(
            user=user or self.clerk,
            context={**self.env.context, "allowed_company_ids": [self.company.id]},
        )
        attachment = env["ir.attachment"].create({"name": name, "raw": data, "mimetype": mimetype})
        journal = self.journal.with_env(env).with_context(default_move_type="in_invoice", **context)
        return journal._create_document_from_attachment(attachment.ids)
