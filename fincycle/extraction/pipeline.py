"""The bill-capture pipeline: a PDF or an image in, one merged :class:`Extraction` out.

Stages, cheapest and surest first:

1. embedded XML (Factur-X / ZUGFeRD / UBL): exact, and when it is complete nothing is OCRed;
2. Swiss QR-bill: decoded from the rendered pages, exact for IBAN, amount, currency, reference
   (and the Swico S1 billing information when present);
3. the text layer of PDF pages (pdfplumber) or, for pages without text, OCR (rapidocr), read by
   the same rules in four languages;
4. optionally an OpenAI-compatible LLM, only when the rules are unsure and the company allowed it.

Fields are merged per field: the most confident value wins; two stages that agree raise the
confidence, two that disagree lower it and leave a warning. Then the cross-checks run and the
overall confidence is computed (:mod:`fincycle.extraction.crosscheck`).

:func:`extract` raises :class:`~fincycle.extraction.model.ExtractionError` only for a document
that cannot be opened at all (empty, encrypted, corrupt, too large); everything else comes back
as warnings on the result.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from . import calibration, crosscheck
from .messages import Message, msg
from .model import Check, Extraction, ExtractionError, Field, TextLine

__all__ = ["CaptureOptions", "extract", "merge"]

_logger = logging.getLogger(__name__)

# Source of a value, by decreasing trust when two disagree with the same confidence.
SOURCE_RANK = {"xml": 5, "qr": 4, "text": 3, "ocr": 2, "derived": 2, "llm": 1}
# Fields that, when the XML gives them all, make OCR of the pages pointless.
XML_COMPLETE = ("vendor_name", "invoice_number", "invoice_date", "currency", "amount_total")
# An e-invoice value at least this sure is kept over what the page reading (text, OCR, LLM)
# says; a disagreement lowers its confidence and, for the fields of
# crosscheck.XML_PAGE_FIELDS, fails the ``xml_page`` check. Below it (an IBAN whose check
# digits fail) the values compete as any other.
XML_KEPT = 0.85
# A vendor name read at or below this (a brand the page repeats: 0.50-0.55) is checked
# against the logo (see logo.py).
LOGO_BELOW = 0.55
# what the rules read of a page and of a document (see _lines_per_page_bounded)
MAX_PAGE_LINES = 800
MAX_PAGE_CHARS = 30_000
MAX_DOC_LINES = 8_000


@dataclass
class CaptureOptions:
    ocr: bool = True
    max_pages: int = 50  # pages read at all (text layer, QR search)
    max_ocr_pages: int = 5  # pages without text that are OCRed (the slow part)
    ocr_dpi: int = 200
    customer_names: tuple[str, ...] = ()  # the receiving company: never a vendor
    customer_vat_ids: tuple[str, ...] = ()
    llm: Any = None  # fincycle.extraction.llm.LlmConfig, None = never leaves the server
    llm_below: float = 0.9  # ask the LLM only when the rules' confidence is below this
    calibrate: bool = True  # measured confidences for the rules (off only to fit them)
    today: date | None = None
    extra: dict = field(default_factory=dict)


def extract(data: bytes, filename: str = "", options: CaptureOptions | None = None) -> Extraction:
    from . import document  # noqa: PLC0415 - keeps `import pipeline` light for Odoo's loader

    options = options or CaptureOptions()
    started = time.perf_counter()
    timings: dict[str, float] = {}
    with document.load(data, filename, max_pages=options.max_pages) as doc:
        timings["open"] = time.perf_counter() - started
        stages, kind, warnings, text, text_pages = _run_stages(doc, data, options, timings)
        # pages read from a text layer that draws nothing a reader sees: an OCR tool's layer
        # under a scan, or a forger's figures under a picture of other ones
        hidden = [doc.pages[p].index + 1 for p in text_pages if doc.pages[p].hidden_text]
        result = merge(stages)
        result.kind = kind
        result.pages = doc.page_count
        result.warnings[:0] = list(getattr(doc, "warnings", []) or []) + warnings
        _finish(result, stages, options, text, hidden)
        if options.llm and result.confidence < options.llm_below:
            llm_stage = _run_llm(doc, text, options, result, timings)
            if llm_stage is not None:
                stages.append(llm_stage)
                warnings_so_far = result.warnings
                result = merge(stages)
                result.kind, result.pages = kind, doc.page_count
                result.warnings = warnings_so_far + [
                    w for w in llm_stage.warnings if w not in warnings_so_far
                ]
                _finish(result, stages, options, text, hidden)
    timings["total"] = time.perf_counter() - started
    result.timings = {k: round(v, 4) for k, v in timings.items()}
    return result


def _run_stages(
    doc, data: bytes, options: CaptureOptions, timings: dict
) -> tuple[list[Extraction], str, list[Message], str, list[int]]:
    from . import qrdecode, rules, text, xmlinvoice  # noqa: PLC0415

    stages: list[Extraction] = []
    warnings: list[Message] = []

    t0 = time.perf_counter()
    xml_stage = None
    if doc.kind == "pdf":
        try:
            xml_stage = xmlinvoice.extract_embedded_xml(doc)
        except Exception as exc:  # a broken attachment must not cost the rest of the document
            _logger.info("embedded XML unreadable: %s", exc)
            warnings.append(msg("xml_unreadable", detail=str(exc)))
    if xml_stage is not None:
        stages.append(xml_stage)
    timings["xml"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _page, qr in qrdecode.find_qr_bills(doc):
        qr_stage = qrdecode.qr_extraction(qr)
        stages.append(qr_stage)
        break  # one payment part per bill; a second one is usually the receipt copy
    timings["qr"] = time.perf_counter() - t0

    xml_complete = xml_stage is not None and all(
        xml_stage.field_confidence(name) >= 0.95 for name in XML_COMPLETE
    )
    lines: list[TextLine] = []
    # a page whose text layer is a poor OCR's ("Consu!t!ng", letters of three scripts in a
    # word) is read again as the scan it is; so is one whose font maps no letters
    text_pages = [
        p
        for p in range(len(doc.pages))
        if doc.pages[p].has_text and not text.unreadable_layer(doc.pages[p].text())
    ]
    image_pages = [p for p in range(len(doc.pages)) if p not in text_pages]
    t0 = time.perf_counter()
    if text_pages:
        # pdfium reads fonts pdfplumber cannot (CID fonts) and is 20x faster; pages without
        # text give no line here.
        lines += _text_layer_lines(doc, data, text_pages)
    timings["text"] = time.perf_counter() - t0

    ocr_used = False
    if image_pages and not xml_complete:
        t0 = time.perf_counter()
        ocr_used = _ocr_pages(doc, image_pages, options, lines, warnings)
        timings["ocr"] = time.perf_counter() - t0
    lines = _lines_per_page_bounded(lines, warnings)

    if doc.kind == "image":
        kind = "image"
    elif image_pages and not text_pages:
        kind = "pdf_image"
    else:
        kind = "pdf_text"

    if lines:
        t0 = time.perf_counter()
        source = "ocr" if ocr_used and not text_pages else "text"
        rules_stage = rules.extract_from_lines(
            lines,
            source=source,
            customer_hints=options.customer_names,
            own_vat_ids=options.customer_vat_ids,
        )
        rules_stage = _with_logo(doc, lines, rules_stage, options, timings)
        if options.calibrate:
            calibration.calibrate(rules_stage)
        stages.append(rules_stage)
        timings["rules"] = time.perf_counter() - t0
    elif not stages:
        warnings.append(msg("no_text"))
    return stages, kind, warnings, "\n".join(ln.text for ln in lines), text_pages


def _lines_per_page_bounded(lines: list[TextLine], warnings: list[Message]) -> list[TextLine]:
    """The lines in reading order, from the top of each page, at most MAX_PAGE_LINES lines and
    MAX_PAGE_CHARS characters of a page and MAX_DOC_LINES of the document: the layout rules
    compare a page's lines in pairs, and no bill prints more (our corpora's densest page:
    416 lines, 6 978 characters)."""
    lines = sorted(lines, key=lambda ln: (ln.page, ln.top, ln.x0))
    count: dict[int, int] = {}
    for line in lines:
        count[line.page] = count.get(line.page, 0) + 1
    bounded: list[TextLine] = []
    kept: dict[int, int] = {}
    chars: dict[int, int] = {}
    for line in lines:
        page = line.page
        chars[page] = chars.get(page, 0) + len(line.text)
        if (
            kept.get(page, 0) < MAX_PAGE_LINES
            and chars[page] <= MAX_PAGE_CHARS
            and len(bounded) < MAX_DOC_LINES
        ):
            kept[page] = kept.get(page, 0) + 1
            bounded.append(line)
    for page, n in sorted(count.items()):
        if kept.get(page, 0) < n:
            warnings.append(msg("lines_limited", page=page + 1, count=n, limit=kept.get(page, 0)))
    return bounded


def _text_layer_lines(doc, data: bytes, text_pages: list[int]) -> list[TextLine]:
    """The text layer's lines of ``text_pages`` (places in ``doc.pages``). The kept pages of a
    long PDF are its first ones and its last: lines are numbered by their page's place among
    the kept pages, as the OCR's are, not by the page's number in the file."""
    from . import text  # noqa: PLC0415

    place = {doc.pages[p].index: p for p in text_pages}
    return [
        replace(ln, page=place[ln.page])
        for ln in text.pdf_text_lines(data, indexes=sorted(place))
        if ln.page in place
    ]


def _vendor_in_logo(doc, stage: Extraction, options: CaptureOptions) -> bool:
    """Whether to read the first page's logo: a text page that names no vendor, or only a
    brand it repeats (a weak guess), and the OCR is allowed."""
    if stage.sources != ["text"] or not options.ocr or not doc.pages[0].has_text:
        return False
    name = stage.fields.get("vendor_name")
    return name is None or not name.value or name.confidence <= LOGO_BELOW


def _with_logo(
    doc, lines: list[TextLine], stage: Extraction, options: CaptureOptions, timings: dict
) -> Extraction:
    """``stage`` read again with the words the first page draws as pictures (logo.py) when
    it names no vendor, or only a weak one; else ``stage`` itself."""
    from . import logo, rules  # noqa: PLC0415

    if not _vendor_in_logo(doc, stage, options):
        return stage
    t0 = time.perf_counter()
    logos = logo.logo_texts(doc, lines)
    timings["logo"] = time.perf_counter() - t0
    if not logos:
        return stage
    return rules.extract_from_lines(
        lines,
        source="text",
        customer_hints=options.customer_names,
        own_vat_ids=options.customer_vat_ids,
        logo_texts=logos,
    )


def _ocr_pages(
    doc, pages: list[int], options: CaptureOptions, lines: list[TextLine], warnings: list[Message]
) -> bool:
    from . import ocr  # noqa: PLC0415 - loads onnxruntime, only when a scan arrives

    if not options.ocr:
        warnings.append(msg("ocr_off"))
        return False
    if not ocr.engine_available():
        warnings.append(msg("ocr_missing"))
        return False
    if len(pages) > options.max_ocr_pages:
        # The first pages carry the header and the totals; the last one the payment part.
        keep = pages[: options.max_ocr_pages - 1] + pages[-1:]
        warnings.append(
            msg("ocr_pages_limited", count=len(keep), total=len(pages), pages=[p + 1 for p in keep])
        )
        pages = keep
    for index in pages:
        image = doc.pages[index].render(options.ocr_dpi, cache=False)  # read once
        lines += ocr.ocr_image(image, page=index)
    return True


def _run_llm(
    doc, text: str, options: CaptureOptions, current: Extraction, timings: dict
) -> Extraction | None:
    from . import llm  # noqa: PLC0415

    t0 = time.perf_counter()
    images: list[bytes] = []
    if getattr(options.llm, "send_images", False):
        import io  # noqa: PLC0415

        for page in doc.pages[:2]:
            buffer = io.BytesIO()
            page.render(150).save(buffer, format="PNG")
            images.append(buffer.getvalue())
    hints = {
        "customer_names": list(options.customer_names),
        "customer_vats": list(options.customer_vat_ids),
    }
    try:
        stage = llm.extract_with_llm(options.llm, text, images=images, hints=hints)
    except llm.LlmError as exc:
        current.warnings.append(msg("llm_failed", error=exc.code, detail=exc.message))
        timings["llm"] = time.perf_counter() - t0
        return None
    stage.warnings.append(msg("llm_used"))
    timings["llm"] = time.perf_counter() - t0
    return stage


# --- merging ------------------------------------------------------------------------------------


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        try:
            return abs(Decimal(str(a)) - Decimal(str(b))) <= Decimal("0.01")
        except Exception:
            return False
    if isinstance(a, str) and isinstance(b, str):
        return _norm(a) == _norm(b)
    return a == b


def _norm(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def merge(stages: list[Extraction]) -> Extraction:
    """One Extraction from several stages, field by field."""
    result = Extraction()
    names: list[str] = []
    for stage in stages:
        for name in stage.fields:
            if name not in names:
                names.append(name)
        for source in stage.sources or [_main_source(stage)]:
            if source and source not in result.sources:
                result.sources.append(source)
        result.warnings += [w for w in stage.warnings if w not in result.warnings]
    for name in names:
        _merge_field(result, name, stages)

    _merge_blocks(result, stages)
    return result


def _merge_field(result: Extraction, name: str, stages: list[Extraction]) -> None:
    candidates = [
        s.fields[name]
        for s in stages
        if name in s.fields and s.fields[name].value not in (None, "")
    ]
    if not candidates:
        return
    # The e-invoice is what the vendor declared: its sure values are kept over the page
    # reading (only a QR-bill, exact as well, competes with them).
    kept = [f for f in candidates if f.source == "xml" and f.confidence >= XML_KEPT]
    if kept:
        kept += [f for f in candidates if f.source == "qr"]
    best = max(kept or candidates, key=lambda f: (f.confidence, SOURCE_RANK.get(f.source, 0)))
    agree = [
        f
        for f in candidates
        if f is not best and f.source != best.source and _same(f.value, best.value)
    ]
    disagree = [f for f in candidates if f.source != best.source and not _same(f.value, best.value)]
    confidence = best.confidence
    for other in agree:
        confidence = 1 - (1 - confidence) * (1 - other.confidence)
    note = best.note
    if disagree and name not in ("vendor_name", "customer_name", "language", "vendor_street"):
        strongest = max(f.confidence for f in disagree)
        if strongest >= 0.5:
            confidence = (
                min(confidence, 0.85)
                if best.confidence >= 0.98
                else confidence * (1 - strongest / 2)
            )
            other = max(disagree, key=lambda f: f.confidence)
            note = f"{other.source} read {_show(other.value)}"
            result.warnings.append(
                msg(
                    "sources_disagree",
                    field=name,
                    source=best.source,
                    value=_show(best.value),
                    other_source=other.source,
                    other_value=_show(other.value),
                )
            )
    result.fields[name] = Field(best.value, round(min(confidence, 0.999), 4), best.source, note)


def _merge_blocks(result: Extraction, stages: list[Extraction]) -> None:
    # Taxes and lines come as a block from the surest stage that has them.
    with_taxes = [s for s in stages if s.taxes]
    # The e-invoice's VAT breakdown is what the vendor declared (0 % categories included):
    # a sure one is kept over the page reading's.
    xml_taxes = [
        s for s in with_taxes if _main_source(s) == "xml" and s.taxes_confidence >= XML_KEPT
    ]
    xml = _xml_stage(stages)
    if xml is not None and not xml_taxes:
        # An e-invoice without a VAT breakdown (MINIMUM, BASIC WL) still gives its VAT base
        # and VAT total: the page's rows are kept only when they add up to them.
        with_taxes = [s for s in with_taxes if _taxes_fit_xml(s, xml)]
    if with_taxes:
        best = max(
            xml_taxes or with_taxes,
            key=lambda s: (
                s.taxes_confidence,
                _tax_completeness(s),
                SOURCE_RANK.get(_main_source(s), 0),
            ),
        )
        result.taxes = list(best.taxes)
        result.taxes_confidence = best.taxes_confidence
        for other in with_taxes:
            if other is not best and _same_taxes(other, best):
                result.taxes_confidence = 1 - (1 - result.taxes_confidence) * (
                    1 - other.taxes_confidence
                )
        result.taxes_confidence = round(min(result.taxes_confidence, 0.999), 4)
    with_lines = [s for s in stages if s.lines]
    if with_lines:
        best = max(with_lines, key=lambda s: SOURCE_RANK.get(_main_source(s), 0))
        result.lines = list(best.lines)
        result.prices_include_tax = best.prices_include_tax
    else:
        result.prices_include_tax = any(s.prices_include_tax for s in stages)


def _xml_stage(stages: list[Extraction]) -> Extraction | None:
    return next((s for s in stages if s.kind == "xml" and s.fields), None)


def _taxes_fit_xml(stage: Extraction, xml: Extraction) -> bool:
    """Whether the VAT rows of ``stage`` add up (to the cent a row) to the sure VAT base and
    VAT total of the e-invoice ``xml``; rows that cannot be added up do not fit."""
    tolerance = Decimal("0.01") * len(stage.taxes)
    for name, part in (("amount_untaxed", "base"), ("amount_tax", "amount")):
        if xml.field_confidence(name) < XML_KEPT or xml.value(name) is None:
            continue
        values = [getattr(t, part) for t in stage.taxes]
        if part == "amount":
            values = [
                t.amount
                if t.amount is not None
                else (t.base * t.rate / 100 if t.base is not None else None)
                for t in stage.taxes
            ]
        if any(v is None for v in values):
            return False
        if abs(abs(sum(values, Decimal(0))) - abs(Decimal(str(xml.value(name))))) > tolerance:
            return False
    return True


# What the page reading gives (its text, OCR, a QR-bill printed on it, an LLM reading it).
PAGE_SOURCES = ("text", "ocr", "qr", "llm")


def _drop_page_gaps(result: Extraction, stages: list[Extraction], text: str) -> None:
    """When the page is another document than its e-invoice (the XML's total is printed
    nowhere and the page reads another one: a failed ``xml_page`` check on the total), what
    only the page gives (the fields and VAT rows the XML leaves empty) is not the XML's
    invoice's: it is left empty rather than filled from the other document."""
    xml = _xml_stage(stages)
    if xml is None:
        return
    checks = crosscheck.xml_page_checks(stages, page_text=text)
    if not any(
        not c.ok and c.reason is not None and c.reason.params.get("field") == "amount_total"
        for c in checks
    ):
        return
    for name in list(result.fields):
        if result.fields[name].source in PAGE_SOURCES and xml.value(name) in (None, ""):
            del result.fields[name]
    if result.taxes and not xml.taxes:
        result.taxes, result.taxes_confidence = [], 0.0


def _main_source(stage: Extraction) -> str:
    counts: dict[str, int] = {}
    for f in stage.fields.values():
        counts[f.source] = counts.get(f.source, 0) + 1
    return max(counts, key=counts.get) if counts else ""


def _tax_completeness(stage: Extraction) -> int:
    return sum((t.base is not None) + (t.amount is not None) for t in stage.taxes)


def _same_taxes(a: Extraction, b: Extraction) -> bool:
    return sorted(t.rate for t in a.taxes) == sorted(t.rate for t in b.taxes)


def _show(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _finish(
    result: Extraction,
    stages: list[Extraction],
    options: CaptureOptions,
    text: str = "",
    hidden_pages: list[int] = (),
) -> None:
    """Derive what the printed figures imply, run the checks, score. ``text``: the page text
    (text layer and OCR) the page-against-XML check looks the XML's values up in;
    ``hidden_pages``: the pages (1-based) read from a text layer drawn invisible."""
    _drop_page_gaps(result, stages, text)
    total = result.value("amount_total")
    untaxed = result.value("amount_untaxed")
    tax = result.value("amount_tax")
    rounding = result.value("amount_rounding") or Decimal(0)
    if (
        total is not None
        and untaxed is not None
        and tax is None
        # no VAT amount printed and the net is the total: none is charged, none is read
        and total - rounding != untaxed
    ):
        conf = min(
            result.field_confidence("amount_total"), result.field_confidence("amount_untaxed")
        )
        result.set("amount_tax", total - rounding - untaxed, conf * 0.95, "derived")
    elif total is not None and tax is not None and untaxed is None:
        conf = min(result.field_confidence("amount_total"), result.field_confidence("amount_tax"))
        result.set("amount_untaxed", total - rounding - tax, conf * 0.95, "derived")
    if (
        result.taxes
        and result.value("amount_tax") is None
        and all(t.amount is not None for t in result.taxes)
    ):
        result.set(
            "amount_tax",
            sum((t.amount for t in result.taxes), Decimal(0)),
            result.taxes_confidence * 0.95,
            "derived",
        )
    if not result.value("document_type") and result.fields:
        result.set("document_type", "invoice", 0.5, "derived")
    currencies = [s.value("currency") for s in stages if s.field_confidence("currency") >= 0.8]
    result.checks = crosscheck.run_checks(result, today=options.today, currencies=currencies)
    result.checks += crosscheck.xml_page_checks(stages, page_text=text)
    if hidden_pages and "text" in result.sources:
        # what the reviewer sees is the picture, not this text: never posted on its word
        reason = msg("text_layer_hidden", pages=list(hidden_pages))
        result.checks.append(Check("text_layer", False, reason))
    result.confidence = crosscheck.overall_confidence(result)


def describe_error(exc: ExtractionError) -> str:
    """The English of why the document cannot be read (the add-on renders ``exc.reason``)."""
    return exc.message
