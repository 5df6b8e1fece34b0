# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""PDFs written byte by byte to attack a reader: what reportlab would never produce."""

import io
import zlib


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (1-based numbers, the first the catalog) with a valid xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n%s\nendstream" % (
        len(packed),
        extra,
        packed,
    )


TEXT = b"BT /F1 10 Tf 50 700 Td (Rechnung Nr. 4711 Muster AG Total CHF 108.10) Tj ET\n"


def nested_forms(depth: int, fan: int = 10, draw: bytes = b"/X0 Do") -> bytes:
    """A 2 kB text page drawing a form that draws the next form ``fan`` times, ``depth``
    levels deep: ``fan ** depth`` rectangles once opened (a hundred million at depth 8).
    ``draw`` is how the page draws the first form: ``/X#30 Do`` names it with an escape that
    pdfium decodes and a count of the raw file does not (helper 170)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
        b"<< /F1 3 0 R >> /XObject << /X0 6 0 R >> >> /Contents 5 0 R >>",
        stream(TEXT + b"q " + draw + b" Q\n"),
    ]
    for level in range(depth):
        if level == depth - 1:
            body, resources = b"0 0 1 1 re f\n", b""
        else:
            body = b"q /X Do Q\n" * fan
            resources = b"/Resources << /XObject << /X %d 0 R >> >>" % (7 + level)
        objects.append(
            stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] " + resources)
        )
    return raw_pdf(objects)


def attached_file_pdf(payload: bytes, name: bytes = b"factur-x.xml") -> bytes:
    """A one-page PDF carrying ``payload`` as an attached file (Flate-compressed, listed in
    the catalog's EmbeddedFiles name tree, where Odoo's import looks): 512 MB of zeros pack
    into 0.5 MB."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(%s) 6 0 R]"
            b" >> >> >>" % name,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources"
            b" << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
            stream(TEXT),
            stream(payload, b"/Type /EmbeddedFile"),
            b"<< /Type /Filespec /F (%s) /UF (%s) /EF << /F 5 0 R >> >>" % (name, name),
        ]
    )
