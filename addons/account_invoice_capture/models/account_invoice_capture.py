# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import hashlib
import logging
import os
import time
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.service.model import PG_CONCURRENCY_EXCEPTIONS_TO_RETRY
from odoo.tools import config

from fincycle.extraction import crosscheck, sandbox
from fincycle.extraction.model import Extraction, ExtractionError

from .capture_messages import (
    BILL_FIELDS,
    CHECK_LABELS,
    FIELD_LABELS,
    KEY_LABELS,
    KEY_OF_FIELD,
    SHOWN_FIELDS,
    MessageRenderer,
    confidence_css,
    note,
)

_logger = logging.getLogger(__name__)

BATCH_SIZE = 20
# Readings of one queued document that may end without a word (the worker killed by its memory
# or time limit) before it is left to a person: else it would come first at every run.
MAX_READ_ATTEMPTS = 3
# A bill someone is saving while the background read fills it: try again this much later.
CONCURRENT_EDIT_RETRY = timedelta(minutes=1)
# When every reading slot of the host stayed taken through a queued reading's deadline.
BUSY_RETRY = timedelta(minutes=2)
# The host's reading slots (see fincycle.extraction.sandbox) in Odoo's data directory, which
# no other local user can write, unlike /tmp.
sandbox.SLOT_DIR = os.path.join(config["data_dir"], "fincycle-sandbox-slots")


class AccountInvoiceCapture(models.Model):
    """One document read into one vendor bill.

    The raw extraction is stored here before anything is applied to the bill, so a failure
    while filling the bill loses nothing and "Re-read" starts from the file again.
    """

    _name = "account.invoice.capture"
    _description = "Bill Capture"
    _order = "id desc"

    name = fields.Char("Document", required=True)
    move_id = fields.Many2one("account.move", "Bill", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="move_id.company_id", store=True, index=True)
    vendor_display_name = fields.Char(
        related="move_id.invoice_partner_display_name",
        string="Vendor",
        help="The bill's vendor, or the one printed on the document when it is no contact yet.",
    )
    currency_id = fields.Many2one(related="move_id.currency_id")
    # Bills of several currencies share a group: no sum.
    amount_total = fields.Monetary(related="move_id.amount_total", string="Total", aggregator=None)
    attachment_id = fields.Many2one("ir.attachment", "File", ondelete="set null")
    checksum = fields.Char(
        index=True, help="SHA-1 of the file: the same file twice is a duplicate."
    )
    state = fields.Selection(
        [("queued", "Queued"), ("done", "Read"), ("failed", "Failed")],
        default="queued",
        required=True,
        index=True,
    )
    outcome = fields.Selection(
        [
            ("posted", "Posted Automatically"),
            ("review", "To Review"),
            ("not_invoice", "Not an Invoice"),
            ("unreadable", "Unreadable"),
            ("skipped", "Bill Already Posted"),
            ("not_read", "Not Read (E-mail Limit)"),
        ],
        readonly=True,
    )
    kind = fields.Selection(
        [
            ("pdf_text", "PDF with Text"),
            ("pdf_image", "Scanned PDF"),
            ("image", "Image"),
        ],
        readonly=True,
    )
    sources = fields.Char(
        readonly=True, help="Which readers found something: xml, qr, text, ocr, llm."
    )
    source_names = fields.Char("Read From", compute="_compute_source_names")
    pages = fields.Integer(readonly=True)
    duration = fields.Float("Seconds", readonly=True, digits=(16, 2))
    # A sum of confidences means nothing: no total in grouped lists.
    confidence = fields.Float(readonly=True, digits=(16, 4), aggregator=None)
    result = fields.Json(readonly=True, copy=False)
    error_reason = fields.Json(
        readonly=True, copy=False, help="Why the document could not be read (a message code)."
    )
    error_message = fields.Text(compute="_compute_messages")
    review_messages = fields.Json(
        readonly=True, copy=False, help="Why the bill waits for review (message codes)."
    )
    review_reasons = fields.Text(
        compute="_compute_messages", help="Why the bill waits for review, one reason a line."
    )
    attempts = fields.Integer(readonly=True)
    from_alias = fields.Boolean(
        "Received by E-mail", readonly=True, help="Arrived at the purchase journal's alias."
    )
    create_uid = fields.Many2one("res.users", index=True)

    @api.depends_context("lang")
    @api.depends("error_reason", "review_messages", "move_id.abnormal_amount_warning")
    def _compute_messages(self):
        for capture in self:
            capture.error_message = (
                capture.error_reason and capture._renderer().render(capture.error_reason)
            ) or False
            capture.review_reasons = "\n".join(capture.review_texts()) or False

    @api.depends_context("lang")
    @api.depends("sources")
    def _compute_source_names(self):
        for capture in self:
            codes = [code.strip() for code in (capture.sources or "").split(",") if code.strip()]
            capture.source_names = capture._renderer().sources(codes) or False

    def _decoder(self):
        return self.env["account.invoice.capture.decoder"]

    def _renderer(self):
        return MessageRenderer(self.env, self.move_id.currency_id)

    def review_texts(self):
        """The reasons to review, as sentences in the current language."""
        self.ensure_one()
        renderer = self._renderer()
        texts = []
        for message in self.review_messages or []:
            if message.get("code") == "abnormal_amount" and self.move_id.abnormal_amount_warning:
                texts.append(self.move_id.abnormal_amount_warning)  # Odoo's, in this language
            else:
                texts.append(renderer.render(message))
        return texts

    @api.model
    def _checksum(self, raw):
        return hashlib.sha1(raw or b"").hexdigest()  # noqa: S324 - identity, not security

    def extraction(self):
        self.ensure_one()
        return Extraction.from_dict(self.result) if self.result else None

    # --- the Capture tab ----------------------------------------------------------------------
    def _summary_html(self):
        """The Capture tab of the bill: the template ``capture_summary`` filled with what was
        read, how sure, what was checked and what to review, in the reader's language."""
        self.ensure_one()
        return self.env["ir.qweb"]._render(
            "account_invoice_capture.capture_summary", self._summary_values()
        )

    def _summary_values(self):
        """What the Capture tab shows, as texts in this environment's language and formats."""
        ext = self.extraction() if self.result else None
        renderer = MessageRenderer(self.env, self._display_currency(ext))
        values = {
            "error_message": self.error_message,
            "ext": ext,
            "reasons": self.review_texts() if self.move_id.state == "draft" else [],
        }
        if ext:
            values.update(self._confidence_values(ext, renderer))
            values["rows"] = self._field_rows(ext, renderer)
            values["checks"] = [
                (check.ok, self._check_text(check, renderer)) for check in ext.checks
            ]
            values["warnings"] = [renderer.render(w) for w in ext.warnings]
        return values

    def _display_currency(self, ext):
        code = ext and ext.value("currency")
        currency = self.env["res.currency"].with_context(active_test=False)
        return (code and currency.search([("name", "=", code)], limit=1)) or self.currency_id

    def _confidence_values(self, ext, renderer):
        """The overall confidence, what holds the bill back, and the weakest field when it is
        below the overall figure (and why it does not count)."""
        threshold = self.move_id.company_id.capture_threshold
        scores = crosscheck.key_scores(ext)
        keys = ", ".join(renderer.word(KEY_LABELS, key) for key in crosscheck.KEY_FIELDS)
        held = []
        if ext.confidence < threshold and ext.value("document_type") != "not_an_invoice":
            weak = sorted(
                ((key, conf) for key, (_name, conf) in scores.items() if conf < threshold),
                key=lambda item: item[1],
            )
            if weak:
                held.append(
                    self.env._(
                        "Holds the bill back: %(fields)s (%(threshold)s needed to post).",
                        fields=", ".join(renderer.key_score(key, conf) for key, conf in weak),
                        threshold=renderer.percent(threshold),
                    )
                )
            if ext.failed_checks:
                held.append(
                    self.env._(
                        "A failed cross-check holds the bill back (the confidence is capped at "
                        "%(cap)s).",
                        cap=renderer.percent(crosscheck.FAILED_CHECK_CAP),
                    )
                )
        return {
            "overall": renderer.percent(ext.confidence),
            "overall_note": self.env._(
                "(the lowest of the fields needed to post: %(keys)s)", keys=keys
            ),
            "held": held,
            "weakest": self._weakest_text(ext, scores, renderer),
        }

    def _weakest_text(self, ext, scores, renderer):
        read = [(ext.field_confidence(n), n) for n in BILL_FIELDS if ext.value(n) not in (None, "")]
        if not read:
            return ""
        confidence, name = min(read)
        if confidence >= ext.confidence:
            return ""
        key = KEY_OF_FIELD.get(name)
        if key:
            key_field, key_confidence = scores[key]
            return self.env._(
                "Weakest field: %(field)s %(confidence)s. It does not hold the bill back: the "
                "overall confidence takes %(key_field)s (%(key_confidence)s) for it.",
                field=renderer.word(FIELD_LABELS, name),
                confidence=renderer.percent(confidence),
                key_field=renderer.word(FIELD_LABELS, key_field),
                key_confidence=renderer.percent(key_confidence),
            )
        return self.env._(
            "Weakest field: %(field)s %(confidence)s. It is not needed to post the bill; "
            "check it before paying.",
            field=renderer.word(FIELD_LABELS, name),
            confidence=renderer.percent(confidence),
        )

    def _field_rows(self, ext, renderer):
        """The rows of the table of fields read: label, value, confidence (and its colour),
        where it was read; the VAT per rate last."""
        rows = []
        for name in SHOWN_FIELDS:
            f = ext.fields.get(name)
            if not f or f.value in (None, ""):
                continue
            rows.append(
                {
                    "label": renderer.word(FIELD_LABELS, name),
                    "value": renderer.field_value(name, f.value),
                    "css": confidence_css(f.confidence),
                    "confidence": renderer.percent(f.confidence),
                    "source": renderer.sources([f.source]),
                }
            )
        if ext.taxes:
            taxes = "; ".join(
                f"{renderer.number(t.rate)}\N{NO-BREAK SPACE}%: "
                f"{renderer.amount(t.base) if t.base is not None else '?'} / "
                f"{renderer.amount(t.amount) if t.amount is not None else '?'}"
                for t in ext.taxes
            )
            rows.append(
                {
                    "label": None,  # the template's "VAT per rate (base / VAT)"
                    "value": taxes,
                    "css": confidence_css(ext.taxes_confidence),
                    "confidence": renderer.percent(ext.taxes_confidence),
                    "source": "",
                }
            )
        return rows

    @api.model
    def _check_text(self, check, renderer):
        label = renderer.word(CHECK_LABELS, check.name)
        if check.ok:
            return f"{label}: {renderer.render(check.reason)}" if check.reason else label
        return renderer.render(check.reason) if check.reason else label

    # --- processing -------------------------------------------------------------------------
    def _capture_options(self):
        from fincycle.extraction.pipeline import CaptureOptions  # noqa: PLC0415

        company = self.move_id.company_id
        own_names = tuple(n for n in {company.name, company.partner_id.name} if n)
        own_vats = tuple(v for v in {company.vat, company.partner_id.vat} if v)
        llm_config = None
        if company.capture_llm_enabled:
            llm_config = company._fincycle_llm_config(send_images=company.capture_llm_send_images)
        return CaptureOptions(
            ocr=company.capture_ocr,
            customer_names=own_names,
            customer_vat_ids=own_vats,
            llm=llm_config,
        )

    def _process(self):
        """Read each document and fill its bill. Never raises: a failure is recorded on the
        capture and on the bill, and the next document goes on."""
        for capture in self:
            move = capture.move_id.with_context(
                lang=capture.move_id._capture_lang(capture.create_uid)
            )
            if move.state != "draft":
                capture._set({"state": "done", "outcome": "skipped"})
                continue
            if capture.state == "queued" and capture.result:
                # Read before; filling the bill met a concurrent edit: fill it now.
                capture._apply(capture.extraction())
                continue
            started = time.perf_counter()
            if not self.env.context.get("capture_attempt_counted"):
                capture._set({"attempts": capture.attempts + 1})
            ext = capture._read(move, started)
            if ext is None:
                continue
            capture._set(
                {
                    "result": ext.to_dict(),
                    "kind": ext.kind if ext.kind in ("pdf_text", "pdf_image", "image") else False,
                    "sources": ", ".join(ext.sources),
                    "pages": ext.pages,
                    "confidence": ext.confidence,
                    "duration": time.perf_counter() - started,
                    "error_reason": False,
                }
            )
            capture._apply(ext)
        return True

    def _read(self, move, started):
        """What the pipeline reads from the file, or None when it cannot be read (the failure
        is then recorded on the capture and said on the bill). The file is read in a child
        process (:mod:`fincycle.extraction.sandbox`): a hostile PDF that makes pdfium abort or
        pdfminer parse for minutes costs that process, not this worker."""
        raw = self.attachment_id.raw if self.attachment_id else None
        # the queue's budget under Odoo's limit_time_real; a reading while the user waits less
        in_queue = self.env.context.get("capture_attempt_counted")
        seconds = sandbox.QUEUE_SECONDS if in_queue else sandbox.INLINE_SECONDS
        try:
            if not raw:
                raise ExtractionError("empty", note("file_missing"))
            return sandbox.extract(raw, self.name, self._capture_options(), seconds)
        except ExtractionError as exc:
            if exc.code in ("overrun", "busy") and not in_queue:
                # a busy server, or a file slower than the quick check said: the queue has
                # three times the time, and the user is not kept waiting for it; this was no
                # attempt the queue should count
                self._set(
                    {
                        "state": "queued",
                        "attempts": max(self.attempts - 1, 0),
                        "duration": time.perf_counter() - started,
                    }
                )
                self._decoder()._queue(move, self)
                return None
            if exc.code == "busy":
                # never started: every reading slot of the host stayed taken; its turn comes
                # at a later run, uncounted
                self._set({"state": "queued", "attempts": max(self.attempts - 1, 0)})
                self.env.ref("account_invoice_capture.ir_cron_capture_queue")._trigger(
                    fields.Datetime.now() + BUSY_RETRY
                )
                return None
            self._fail(move, exc.reason.to_dict(), started)
        except Exception as exc:
            _logger.exception("bill capture of %s (capture %s) failed", self.name, self.id)
            self._fail(move, note("unexpected_error", error=type(exc).__name__), started)
        return None

    def _fail(self, move, reason, started):
        self._set(
            {
                "state": "failed",
                "outcome": "unreadable",
                "error_reason": reason,
                "duration": time.perf_counter() - started,
            }
        )
        self._decoder()._unreadable(move, self, reason)

    def _apply(self, ext):
        """Fill the bill from what was read. Someone saving the same bill meanwhile is no
        failure: the capture stays queued with what it read and is applied a minute later."""
        self.ensure_one()
        move = self.move_id.with_context(lang=self.move_id._capture_lang(self.create_uid))
        # what is pending is written first, outside the savepoint: a concurrent edit met there
        # fails the whole request, which Odoo retries, instead of an aborted transaction
        self.env.flush_all()
        try:
            with self.env.cr.savepoint():
                move.env["account.invoice.capture.decoder"]._apply(move, self, ext)
            self._set({"state": "done"})
        except PG_CONCURRENCY_EXCEPTIONS_TO_RETRY as exc:
            _logger.info(
                "bill %s is being edited (%s): capture %s applied later",
                move.id,
                type(exc).__name__,
                self.id,
            )
            self._set({"state": "queued"})
            self.env.ref("account_invoice_capture.ir_cron_capture_queue")._trigger(
                fields.Datetime.now() + CONCURRENT_EDIT_RETRY
            )
        except Exception as exc:
            _logger.exception("filling bill %s from capture %s failed", move.id, self.id)
            reason = note("apply_failed", error=str(exc))
            self._set({"state": "failed", "outcome": "review", "error_reason": reason})
            move.env["account.invoice.capture.decoder"]._unreadable(move, self, reason)

    @api.model
    def _cron_process_queue(self):
        """Read queued documents in batches; progress is committed after each document."""
        cron = self.env["ir.cron"]
        in_cron = bool(self.env.context.get("cron_id"))
        deferred = []  # bills being edited: their turn comes at the next run
        while True:
            domain = [("state", "=", "queued"), ("id", "not in", deferred)]
            batch = self.search(domain, limit=BATCH_SIZE, order="id")
            if not batch:
                return True
            if in_cron:
                cron._commit_progress(remaining=self.search_count(domain))
            for capture in batch:
                if capture._start_attempt(cron if in_cron else None):
                    capture.with_company(capture.company_id).with_context(
                        capture_attempt_counted=True
                    )._process()
                if capture.state == "queued":
                    deferred.append(capture.id)
                if in_cron and not cron._commit_progress(1):
                    return True  # time budget used: the scheduler comes back for the rest
            if not in_cron:
                return True

    def _start_attempt(self, cron):
        """Count a reading of this queued document, committed before it starts in a cron run
        (``cron``), so that a reading that kills the worker still counts; False, and the
        document left to a person, once MAX_READ_ATTEMPTS readings were cut short."""
        self.ensure_one()
        if self.result:
            return True  # read already: only filling the bill is left
        if self.attempts >= MAX_READ_ATTEMPTS:
            move = self.move_id.with_context(lang=self.move_id._capture_lang(self.create_uid))
            reason = note("reading_interrupted", attempts=self.attempts)
            self._fail(move, reason, time.perf_counter())
            return False
        self._set({"attempts": self.attempts + 1})
        if cron is not None:
            cron._commit_progress()
        return True

    def _set(self, vals):
        """The one way captures change: users read them only (a capture written over RPC could
        point at another company's bill or file, or hand the queue a reading of its own), so
        the capture's own methods write as superuser, after checking the user's right on the
        bill where a user asks."""
        return self.sudo().write(vals)

    def action_retry(self):
        """Re-read the file: now when it is a short text PDF (the user waits for the form),
        else in the background queue, where the OCR of a scan cannot hold a web worker. A
        person asking starts the count of attempts again, unless the document is still waiting
        in the queue: clicking again would otherwise let a file that kills the worker be tried
        for ever."""
        self.check_access("read")
        captures = self.filtered(lambda c: c.move_id.state == "draft")
        captures.move_id.check_access("write")
        for capture in captures:
            capture._decoder()._remove_imported_lines(capture.move_id)
            # result cleared: a queued capture with a result is one waiting to be applied
            capture._set(
                {
                    "state": "queued",
                    "outcome": False,
                    "error_reason": False,
                    "result": False,
                    "attempts": capture.attempts if capture.state == "queued" else 0,
                }
            )
            raw = capture.attachment_id.sudo().raw if capture.attachment_id else None
            if raw and capture._decoder()._quick_to_read(raw):
                capture._process()
            else:
                capture._decoder()._queue(capture.move_id, capture)
        return True

    def create_document_from_attachment(self, attachment_ids):
        """The queue's Upload button (Odoo's upload widget calls this on the list's model):
        bills from the files in the company's purchase journal, read like any upload."""
        journal = self.env["account.journal"].search(
            [
                *self.env["account.journal"]._check_company_domain(self.env.company),
                ("type", "=", "purchase"),
            ],
            limit=1,
        )
        if not journal:
            raise UserError(self.env._("There is no purchase journal to receive the bills."))
        context = {
            key: value
            for key, value in self.env.context.items()
            if not key.startswith(("search_default_", "default_"))
        }
        return journal.with_context(
            context, default_move_type="in_invoice", default_journal_id=journal.id
        ).create_document_from_attachment(attachment_ids)

    def action_open_bill(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "account.move",
            "res_id": self.move_id.id,
            "view_mode": "form",
        }
