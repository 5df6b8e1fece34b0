# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Session 37: rules of the reader."""

import io
import os
from decimal import Decimal

import pypdfium2
import pytest
from reportlab.pdfgen import canvas

from fincycle.extraction import crosscheck, document, pdfcost, pipeline, rules, sandbox
from fincycle.extraction.model import ExtractionError, TextLine
from fincycle.testing.hostile_pdfs import attached_file_pdf, nested_forms, raw_pdf, stream

OPTIONS = pipeline.CaptureOptions(ocr=False)


def line(text: str, top: float, x0: float = 40.0) -> TextLine:
    """A text-layer line of ``text`` at ``top``, 6 points a character wide."""
    return TextLine(text, 0, x0, top, x0 + 6 * len(text), top + 10)


def _pdf(rows: list[tuple[str, float, float]]) -> bytes:
    """A one-page text PDF of (text, x, y from the top) rows."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for text, x, y in rows:
        pdf.drawString(x, 842 - y, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# --- a page that names no VAT -----------------------------------------------------------------

NO_VAT_PAGE = [
    ("Lakeside Web Studio LLC", 40, 60),
    ("12 Harbor Road, Portland, ME 04101", 40, 74),
    ("Invoice No. 2024-118", 40, 140),
    ("Date: 2024-05-14", 360, 140),
    ("Bill to: Northwind Traders", 40, 170),
    ("Website maintenance, May", 40, 220),
    ("450.00", 480, 220),
    ("Hosting, May", 40, 236),
    ("50.00", 486, 236),
    ("Subtotal", 380, 270),
    ("500.00", 480, 270),
    ("Total USD", 380, 290),
    ("500.00", 480, 290),
]


def test_a_net_equal_to_the_total_leaves_the_vat_unread():
    """The page prints no VAT: its amounts are net, and no VAT of zero is made up."""
    ext = pipeline.extract(_pdf(NO_VAT_PAGE), "invoice.pdf", OPTIONS)
    assert ext.value("amount_total") == Decimal("500.00")
    assert ext.value("amount_untaxed") == Decimal("500.00")
    assert ext.value("amount_tax") is None
    assert not ext.taxes
    # for posting, the total carries the amounts, as it does for a bill printing 0.00 VAT
    assert crosscheck.key_scores(ext)["amounts"][0] == "amount_total"


def test_a_printed_vat_of_zero_is_read():
    rows = [*NO_VAT_PAGE[:-2], ("VAT 0%", 380, 280), ("0.00", 486, 280), *NO_VAT_PAGE[-2:]]
    ext = pipeline.extract(_pdf(rows), "invoice.pdf", OPTIONS)
    assert ext.value("amount_tax") == Decimal("0.00")


def test_a_net_and_a_larger_total_still_give_the_vat_between_them():
    lines = [
        line("Lakeside Web Studio LLC", 60),
        line("Invoice No. 2024-119", 140),
        line("Net amount", 270, 380),
        line("500.00", 270, 480),
        line("Total", 290, 380),
        line("540.00", 290, 480),
    ]
    assert rules.extract_from_lines(lines).value("amount_tax") == Decimal("40.00")


# --- PDFs that would make pdfium build millions of objects ------------------------------------


def test_nested_forms_are_counted_without_opening_them():
    # the text and the form on the page, 10 forms in it, 10 x (10 forms + 10 rectangles)
    assert pdfcost.page_object_counts(nested_forms(3), [0], 10**6) == {0: 2 + 10 + 10 * 20}
    # a hundred million: past the limit at once, counted from the file, never built
    assert pdfcost.page_object_counts(nested_forms(8), [0], 10**6) == {0: 10**6 + 1}


def test_a_page_of_nested_forms_is_refused_before_pdfium_loads_it():
    bomb = nested_forms(8)
    assert document.pdf_text_pages(bomb, max_pages=10, max_objects=20_000) is False
    with pytest.raises(ExtractionError) as caught:
        document.load(bomb, "bomb.pdf")
    assert caught.value.reason.code == "pdf_too_complex"
    assert caught.value.reason.params == {"page": 1, "limit": document.MAX_PAGE_OBJECTS}
    # a few thousand shapes in forms are an invoice's logo, read as any page
    assert pipeline.extract(nested_forms(3), "fine.pdf", OPTIONS).value("amount_total") == (
        Decimal("108.10")
    )


def test_a_form_drawing_itself_is_too_complex():
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject "
        b"<< /X 5 0 R >> >> /Contents 4 0 R >>"
    )
    loop = raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            page,
            stream(b"/X Do\n"),
            stream(
                b"/X Do\n",
                b"/Type /XObject /Subtype /Form /BBox [0 0 9 9] /Resources << /XObject "
                b"<< /X 5 0 R >> >>",
            ),
        ]
    )
    assert pdfcost.page_object_counts(loop, [0], 1000) == {0: 1001}


def test_the_hidden_text_check_of_a_poster_sized_page_stays_small(monkeypatch):
    """A 14,400-point page: 100 million pixels at 50 dpi, rendered twice, before."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(14_400, 14_400))
    pdf.setFont("Helvetica", 200)
    pdf.drawString(300, 13_000, "Rechnung 4711 Muster AG Total CHF 108.10")
    pdf.showPage()
    pdf.save()
    rendered = []
    render = pypdfium2.PdfPage.render

    def spy(page, *args, **kwargs):
        bitmap = render(page, *args, **kwargs)
        rendered.append(bitmap.width * bitmap.height)
        return bitmap

    monkeypatch.setattr(pypdfium2.PdfPage, "render", spy)
    with document.load(buffer.getvalue(), "poster.pdf") as doc:
        assert doc.pages[0].hidden_text is False
    assert rendered
    assert max(rendered) <= document.HIDDEN_CHECK_PIXELS * 1.01


def test_a_file_pdfminer_cannot_walk_is_counted_by_pdfium_in_a_child_process(monkeypatch):
    """pdfium repairs files pdfminer gives up on: those are loaded in a child process with
    bounded memory, where a bomb kills the child only."""
    import pdfminer.pdfdocument  # noqa: PLC0415

    def refuse(*_args, **_kwargs):
        raise pdfminer.pdfdocument.PDFSyntaxError("No /Root object! - Is this really a PDF?")

    monkeypatch.setattr(pdfminer.pdfdocument, "PDFDocument", refuse)
    # the same count as from the raw file
    assert pdfcost.page_object_counts(nested_forms(3), [0], 10**6) == {0: 212}
    assert pdfcost.page_object_counts(nested_forms(8), [0], 500_000) == {0: 500_001}
    with pytest.raises(ExtractionError) as caught:
        document.load(nested_forms(8), "bomb.pdf")
    assert caught.value.reason.code == "pdf_too_complex"
    assert pdfcost.page_object_counts(b"%PDF-1.4\n" + b"\x00" * 300, [0], 1000) is None


def test_a_zero_rate_without_an_amount_leaves_the_vat_unread():
    """'0,00% VAT on 4.256,61:' (an export): the rate and its base are printed, no VAT."""
    rows = [
        ("Pop Trading Company", 40, 60),
        ("Invoice V01250071", 40, 140),
        ("Totals", 392, 552),
        ("4.256,61", 530, 576),
        ("0,00% VAT on 4.256,61:", 392, 588),
        ("To pay:", 392, 612),
        ("EUR 4.256,61", 509, 612),
        ("VAT transferred according to article 138, clause 1, Directive 2006/112", 200, 667),
    ]
    ext = pipeline.extract(_pdf(rows), "invoice.pdf", OPTIONS)
    assert ext.value("amount_total") == Decimal("4256.61")
    assert ext.value("amount_untaxed") == Decimal("4256.61")
    assert ext.value("amount_tax") is None
    assert [(t.rate, t.base, t.amount) for t in ext.taxes] == [
        (Decimal("0.00"), Decimal("4256.61"), None)
    ]


def test_pdfminer_parses_a_long_array_without_printing_it_at_every_entry(monkeypatch):
    """A page tree of 2,000 kids: pdfminer's debug f-string printed the growing array at
    each of its 2,000 references (2 million reprs), whatever the log level."""
    from pdfminer.pdfparser import PDFParser  # noqa: PLC0415
    from pdfminer.pdftypes import PDFObjRef  # noqa: PLC0415

    printed = []
    monkeypatch.setattr(PDFObjRef, "__repr__", lambda ref: printed.append(1) or "<ref>")
    kids = b" ".join(b"%d 0 R" % n for n in range(10, 2010))
    parser = PDFParser(io.BytesIO(b"<< /Type /Pages /Kids [" + kids + b"] /Count 2000 >> endobj"))
    (_pos, tree) = parser.nextobject()
    assert len(tree["Kids"]) == 2000
    assert len(printed) < 20_000  # a few per entry (pdfminer logs each object once), not N²


# --- every opening of a document in a child process -------------------------------------------


def test_the_sandbox_reads_as_the_pipeline_does():
    data = _pdf(NO_VAT_PAGE)
    ext = sandbox.extract(data, "invoice.pdf", OPTIONS)
    direct = pipeline.extract(data, "invoice.pdf", OPTIONS)
    assert ext.to_dict()["fields"] == direct.to_dict()["fields"]
    assert sandbox.quick_to_read(data, 10, 20_000) is True


def test_a_bomb_no_count_sees_kills_the_child_only():
    """The form drawn through an escaped name: the raw count misses it, pdfium aborts."""
    bomb = nested_forms(8, draw=b"/X#30 Do")
    assert pdfcost.page_object_counts(bomb, [0], 500_000)[0] < 10
    assert sandbox.quick_to_read(bomb, 10, 20_000) is False
    with pytest.raises(ExtractionError) as caught:
        sandbox.extract(bomb, "bomb.pdf", OPTIONS)
    assert (caught.value.code, caught.value.reason.code) == ("unsafe", "reading_aborted")


def test_a_reading_past_its_time_is_stopped():
    with pytest.raises(ExtractionError) as caught:
        sandbox.extract(_pdf(NO_VAT_PAGE), "invoice.pdf", OPTIONS, seconds=0.01)
    assert (caught.value.code, caught.value.reason.code) == ("overrun", "reading_too_long")


def test_a_file_the_pipeline_refuses_says_why_through_the_sandbox():
    with pytest.raises(ExtractionError) as caught:
        sandbox.extract(b"%PDF-1.4\n" + b"\x00" * 300, "broken.pdf", OPTIONS)
    assert caught.value.code == "corrupt"


def test_the_childs_answer_is_bounded(monkeypatch):
    """A file's own words come back in messages (an attachment's name of 8 MB was a 960 MB
    answer): every string is cut, and an answer past the size cap is not read at all."""
    assert sandbox._bounded({"w": [{"name": "x" * 10_000}]}) == {
        "w": [{"name": "x" * sandbox.MAX_ANSWER_STRING + "…"}]
    }
    monkeypatch.setattr(sandbox, "MAX_ANSWER_BYTES", 100)
    with pytest.raises(ExtractionError) as caught:
        sandbox.extract(_pdf(NO_VAT_PAGE), "invoice.pdf", OPTIONS)
    assert caught.value.reason.code == "reading_aborted"


def test_inside_the_sandbox_pdfium_counts_in_the_same_process():
    """No grandchild that would outlive the sandbox's deadline."""
    assert pdfcost._counts_with_pdfium(nested_forms(3), [0], 10**6) == {0: 212}
    assert pdfcost._counts_with_pdfium(b"%PDF-1.4\n" + b"\x00" * 300, [0], 1000) is None


def _hold_slots(folder, count):
    """Every slot of the host taken, as other workers' readings would."""
    import fcntl  # noqa: PLC0415

    os.makedirs(folder, mode=0o700, exist_ok=True)
    held = []
    for number in range(count):
        handle = open(os.path.join(folder, f"{number}.lock"), "a+b")
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.append(handle)
    return held


def test_readings_at_once_are_bounded_host_wide(monkeypatch, tmp_path):
    """Five hostile files at once took 14.7 GB: past the host's slots, a reading waits, and
    one that waits past its deadline overran without a child ever starting."""
    monkeypatch.setattr(sandbox.tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("FINCYCLE_SANDBOX_SLOTS", "2")
    assert sandbox.slots() == 2
    held = _hold_slots(tmp_path / f"{sandbox.SLOT_DIR_NAME}-{os.getuid()}", 2)
    started = []
    monkeypatch.setattr(sandbox.subprocess, "Popen", lambda *a, **k: started.append(a))
    with pytest.raises(ExtractionError) as caught:
        sandbox.extract(_pdf(NO_VAT_PAGE), "invoice.pdf", OPTIONS, seconds=0.3)
    assert (caught.value.code, caught.value.reason.code) == ("busy", "reading_busy")
    assert not started
    monkeypatch.setattr(sandbox, "QUICK_SECONDS", 0.3)
    assert sandbox.quick_to_read(_pdf(NO_VAT_PAGE), 10, 20_000) is False  # waits for the queue
    monkeypatch.undo()
    monkeypatch.setattr(sandbox.tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("FINCYCLE_SANDBOX_SLOTS", "2")
    held.pop().close()  # one reading ends: the next one gets its slot
    assert sandbox.extract(_pdf(NO_VAT_PAGE), "invoice.pdf", OPTIONS).fields


def test_slots_follow_the_host_unless_configured(monkeypatch):
    monkeypatch.delenv("FINCYCLE_SANDBOX_SLOTS", raising=False)
    default = sandbox.slots()
    assert 2 <= default <= max(2, os.cpu_count() or 2)
    monkeypatch.setenv("FINCYCLE_SANDBOX_SLOTS", " 3 ")
    assert sandbox.slots() == 3
    for wrong in ("not a number", "²", "0", "-1"):
        monkeypatch.setenv("FINCYCLE_SANDBOX_SLOTS", wrong)
        assert sandbox.slots() == default


def test_a_slot_folder_someone_else_could_write_is_not_used(monkeypatch, tmp_path):
    """In a shared /tmp another user can make the folder first (then hold every lock) or link
    a lock file elsewhere: such a folder is not trusted, readings go on unbounded."""
    folder = tmp_path / "slots"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    monkeypatch.setattr(sandbox, "SLOT_DIR", str(folder))
    _hold_slots(folder, 4)
    monkeypatch.setenv("FINCYCLE_SANDBOX_SLOTS", "4")
    assert sandbox.extract(_pdf(NO_VAT_PAGE), "invoice.pdf", OPTIONS, seconds=20).fields
    # a private folder whose lock file is a link: never followed, nothing created there
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    target = tmp_path / "created_by_victim"
    (private / "0.lock").symlink_to(target)
    monkeypatch.setattr(sandbox, "SLOT_DIR", str(private))
    assert sandbox.extract(_pdf(NO_VAT_PAGE), "invoice.pdf", OPTIONS, seconds=20).fields
    assert not target.exists()
    # the negative case: our own private folder is used, and bounds
    monkeypatch.setattr(sandbox, "SLOT_DIR", str(tmp_path / "ours"))
    assert sandbox.extract(_pdf(NO_VAT_PAGE), "invoice.pdf", OPTIONS, seconds=20).fields
    assert sorted(p.name for p in (tmp_path / "ours").iterdir()) == ["0.lock"]
    assert (tmp_path / "ours").stat().st_mode & 0o777 == 0o700


def test_attached_files_are_read_in_a_child_and_capped():
    """Odoo's import inflated every attached file whole in its worker: 512 MB of zeros in a
    0.5 MB PDF. Read in the sandbox, a file past the cap is left out."""
    xml = b"<?xml version='1.0'?><rsm:CrossIndustryInvoice xmlns:rsm='urn:x'/>"
    assert sandbox.embedded_files(attached_file_pdf(xml)) == [("factur-x.xml", xml)]
    bomb = attached_file_pdf(b"\0" * (512 * 1024 * 1024))
    assert len(bomb) < 600_000
    assert sandbox.embedded_files(bomb) == []
    assert sandbox.embedded_files(b"%PDF-1.7 not a pdf /EmbeddedFile") == []
    assert sandbox.embedded_files(_pdf(NO_VAT_PAGE)) == []


def test_only_xml_comes_back_of_attached_files_and_names_lose_control_characters():
    """A PDF in a PDF is not handed back to be opened again (three levels of them made 146
    children and 1.3 GB), and a NUL in a file's name made PostgreSQL refuse the bill."""
    xml = b"\xef\xbb\xbf<?xml version='1.0'?><Invoice/>"
    assert sandbox.embedded_files(attached_file_pdf(xml, name=b"invoice.xml\\000")) == [
        ("invoice.xml", xml)
    ]
    inner = attached_file_pdf(xml)
    assert sandbox.embedded_files(attached_file_pdf(inner, name=b"inner.pdf")) == []
    assert sandbox._bounded({"name": "a\x00b\x1fc\td"}) == {"name": "abc\td"}
