# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The Swiss QR-bill payment part of a synthetic invoice: the SPC 0200 payload and its drawing
(receipt and payment part, 210 x 105 mm at the bottom of the page).
"""

from __future__ import annotations

import qrcode
from reportlab.lib.utils import ImageReader

from .data import fmt_amount
from .identifiers import group, print_qrr
from .model import Doc
from .pdf import MM, H, Pdf, W

QR_TEXT = {
    "de": (
        "Empfangsschein",
        "Zahlteil",
        "Konto / Zahlbar an",
        "Referenz",
        "Zusätzliche Informationen",
        "Zahlbar durch",
        "Währung",
        "Betrag",
        "Annahmestelle",
    ),
    "fr": (
        "Récépissé",
        "Section paiement",
        "Compte / Payable à",
        "Référence",
        "Informations supplémentaires",
        "Payable par",
        "Monnaie",
        "Montant",
        "Point de dépôt",
    ),
    "it": (
        "Ricevuta",
        "Sezione pagamento",
        "Conto / Pagabile a",
        "Riferimento",
        "Informazioni supplementari",
        "Pagabile da",
        "Valuta",
        "Importo",
        "Punto di accettazione",
    ),
    "en": (
        "Receipt",
        "Payment part",
        "Account / Payable to",
        "Reference",
        "Additional information",
        "Payable by",
        "Currency",
        "Amount",
        "Acceptance point",
    ),
}


def qr_payload(doc: Doc) -> str:
    """The SPC 0200 text of the QR code (built once per document: it draws random choices)."""
    if "qr_payload" not in doc.distractors:
        doc.distractors["qr_payload"] = _qr_payload(doc)
    return doc.distractors["qr_payload"]


def _qr_payload(doc: Doc) -> str:
    v, c = doc.vendor, doc.customer
    ref_type = doc.qr
    message = f"{doc.title} {doc.invoice_number}"
    billing = ""
    if doc.rng.random() < 0.5:  # Swico S1 billing information
        rates = ";".join(f"{t['rate'].normalize():f}:{t['base']}" for t in doc.taxes)
        number = doc.invoice_number.replace("\\", "\\\\").replace("/", "\\/")  # S1 escaping
        billing = f"//S1/10/{number}/11/{doc.invoice_date:%y%m%d}/30/{v.vat[3:]}/32/{rates}"
        if len(message) + len(billing) > 140:
            billing = f"//S1/10/{number}/11/{doc.invoice_date:%y%m%d}"
    fields = [
        "SPC",
        "0200",
        "1",
        doc.iban,
        "S",
        v.name,
        v.street,
        v.number,
        v.zip,
        v.city,
        "CH",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        f"{doc.total:.2f}",
        doc.currency,
        "S",
        c.name,
        c.street,
        c.number,
        c.zip,
        c.city,
        c.country,
        ref_type,
        doc.payment_reference or "",
        message,
        "EPD",
    ]
    if billing:
        fields.append(billing)
    return "\r\n".join(fields)


def draw_qr_part(pdf: Pdf, doc: Doc) -> None:
    """The 210 x 105 mm payment part at the bottom of the current page."""
    lang = doc.lang
    texts = QR_TEXT[lang]
    top = H - 105 * MM
    c = pdf.c
    c.setDash(2, 2)
    pdf.hline(0, W, top, 0.3)
    c.line(62 * MM, 0, 62 * MM, 105 * MM)
    c.setDash()
    f, fb = "Helvetica", "Helvetica-Bold"
    v, cu = doc.vendor, doc.customer
    amount = fmt_amount(doc.total, "qr")
    iban = group(doc.iban)
    ref = None
    if doc.qr == "QRR":
        ref = print_qrr(doc.payment_reference)
    elif doc.qr == "SCOR":
        ref = group(doc.payment_reference)
    # receipt
    x, y = 5 * MM, top + 5 * MM + 11
    pdf.text(x, y, texts[0], 11, font=fb)
    y += 18
    blocks = [(texts[2], [iban, v.name, f"{v.street} {v.number}", f"{v.zip} {v.city}"])]
    if ref:
        blocks.append((texts[3], [ref]))
    blocks.append((texts[5], [cu.name, f"{cu.street} {cu.number}", f"{cu.zip} {cu.city}"]))
    for head, body in blocks:
        pdf.text(x, y, head, 6, font=fb)
        y += 9
        for s in body:
            pdf.text(x, y, s, 8, font=f)
            y += 9
        y += 4
    yb = top + 70 * MM
    pdf.text(x, yb, texts[6], 6, font=fb)
    pdf.text(x + 14 * MM, yb, texts[7], 6, font=fb)
    pdf.text(x, yb + 10, doc.currency, 8, font=f)
    pdf.text(x + 14 * MM, yb + 10, amount, 8, font=f)
    pdf.text(57 * MM, top + 85 * MM, texts[8], 6, font=fb, align="right")
    # payment part
    xp = 67 * MM
    pdf.text(xp, top + 5 * MM + 11, texts[1], 11, font=fb)
    img = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, box_size=6)
    img.add_data(qr_payload(doc).encode("utf-8"))
    img.make(fit=True)
    pil = img.make_image(fill_color="black", back_color="white").convert("RGB")
    size = 46 * MM
    qy = top + 17 * MM
    c.drawImage(ImageReader(pil), xp, H - qy - size, size, size)
    # Swiss cross, 7 mm
    cx, cy = xp + size / 2, H - qy - size / 2
    c.setFillColorRGB(1, 1, 1)
    c.rect(cx - 3.9 * MM, cy - 3.9 * MM, 7.8 * MM, 7.8 * MM, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.rect(cx - 3.5 * MM, cy - 3.5 * MM, 7 * MM, 7 * MM, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.rect(cx - 0.6 * MM, cy - 2.3 * MM, 1.2 * MM, 4.6 * MM, stroke=0, fill=1)
    c.rect(cx - 2.3 * MM, cy - 0.6 * MM, 4.6 * MM, 1.2 * MM, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    pdf.text(xp, top + 70 * MM, texts[6], 8, font=fb)
    pdf.text(xp + 16 * MM, top + 70 * MM, texts[7], 8, font=fb)
    pdf.text(xp, top + 70 * MM + 12, doc.currency, 10, font=f)
    pdf.text(xp + 16 * MM, top + 70 * MM + 12, amount, 10, font=f)
    x, y = 118 * MM, top + 5 * MM + 9
    blocks = [(texts[2], [iban, v.name, f"{v.street} {v.number}", f"{v.zip} {v.city}"])]
    if ref:
        blocks.append((texts[3], [ref]))
    blocks.append((texts[4], [f"{doc.title} {doc.invoice_number}"]))
    blocks.append((texts[5], [cu.name, f"{cu.street} {cu.number}", f"{cu.zip} {cu.city}"]))
    for head, body in blocks:
        pdf.text(x, y, head, 8, font=fb)
        y += 11
        for s in body:
            pdf.text(x, y, s, 10, font=f)
            y += 11
        y += 5
