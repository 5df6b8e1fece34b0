# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The page the renderer draws on: A4 canvas with top-left coordinates, the fonts."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .data import FONTS
from .model import Doc

W, H = 595.28, 841.89  # A4 in points
MM = 72 / 25.4
_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def register_fonts() -> None:
    try:
        for regular, bold in FONTS[2:]:
            for name in (regular, bold):
                if name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(name, str(_FONT_DIR / f"{name}.ttf")))
    except Exception:  # no DejaVu on this machine: the standard PDF fonts still give variety
        del FONTS[2:]


class Pdf:
    """A canvas with top-left coordinates and the page count."""

    def __init__(self, doc: Doc, total_pages: int):
        self.doc = doc
        self.total_pages = total_pages
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(W, H), invariant=1)
        self.c.setTitle(f"{doc.title} {doc.invoice_number}")
        self.regular, self.bold = doc.fonts
        self.page = 1
        self.y = 0.0

    def text(self, x, y, s, size=9.0, *, bold=False, align="left", color=(0, 0, 0), font=None):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font or (self.bold if bold else self.regular), size)
        if align == "right":
            c.drawRightString(x, H - y, s)
        elif align == "center":
            c.drawCentredString(x, H - y, s)
        else:
            c.drawString(x, H - y, s)
        c.setFillColorRGB(0, 0, 0)

    def width(self, s, size=9.0, bold=False):
        return pdfmetrics.stringWidth(s, self.bold if bold else self.regular, size)

    def hline(self, x0, x1, y, w=0.5, gray=0.0):
        self.c.setStrokeColorRGB(gray, gray, gray)
        self.c.setLineWidth(w)
        self.c.line(x0, H - y, x1, H - y)
        self.c.setStrokeColorRGB(0, 0, 0)

    def box(self, x, y, w, h, *, fill=None, stroke=True):
        if fill is not None:
            self.c.setFillColorRGB(*fill)
        self.c.rect(
            x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0
        )
        self.c.setFillColorRGB(0, 0, 0)

    def new_page(self):
        self.c.showPage()
        self.page += 1
