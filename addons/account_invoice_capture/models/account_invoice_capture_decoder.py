# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The bill capture's decoder: what was read becomes a filled draft bill, posted or sent to
review. Like Odoo's ``account.edi.xml.ubl_20``, it lives in its own model and is only
registered on ``account.move`` (``_get_edi_decoder``); every method takes the bill."""

import logging
from datetime import timedelta
from decimal import Decimal

from markupsafe import Markup

from odoo import Command, api, models
from odoo.exceptions import UserError
from odoo.modules import module
from odoo.tools import (
    clean_context,
    email_normalize,
    email_normalize_all,
    float_is_zero,
    float_round,
    format_amount,
    formatLang,
)

from odoo.addons.base.models.res_bank import sanitize_account_number

from fincycle.extraction import bill_lines, crosscheck, einvoice_check, posting, sandbox
from fincycle.extraction.identifiers import name_key, normalize_vat

from .capture_messages import MessageRenderer, note

_logger = logging.getLogger(__name__)

# --- tolerances (amounts in the bill's currency) ------------------------------------------------
# (The VAT an e-invoice import lost: fincycle.extraction.einvoice_check, a cent per rate.)
# Odoo rounds VAT per line, vendors often per rate: from half a cent of difference with the
# printed VAT (a cent once rounded), the lines are grouped per rate to give the printed VAT.
VAT_PER_RATE_TOLERANCE = 0.005
# The largest gap to the printed total booked as a rounding line: the Swiss 5-centime cash
# rounding (or a cent of VAT rounded otherwise); above it the lines are wrong, not rounded.
ROUNDING_LINE_LIMIT = 0.05
# Float noise when comparing amounts computed in floats with the limit above.
FLOAT_NOISE = 1e-9
# Cash roundings a vendor may print (Swiss 5 centimes...), tried in this order to book the
# printed rounding as Odoo's rounding line.
CASH_ROUNDINGS = ((0.05, "HALF-UP"), (0.05, "UP"), (0.05, "DOWN"), (0.1, "HALF-UP"))
# Reasons already about the bill's bank account: no second one says it is untrusted.
_BANK_REASONS = frozenset({"iban_not_vendors", "bank_account_added", "iban_other_vendor"})
# A PDF of at most this many pages, text on each, is read while the user waits.
QUICK_READ_PAGES = 10
# ... and at most this many drawing objects a page (the busiest invoice page of our corpora
# has 6,089; a 9 kB file can paint a million rectangles a page, minutes to render).
QUICK_READ_PAGE_OBJECTS = 20_000
# Mailbox providers shared by strangers: a vendor's address there vouches for that address
# only, not for everyone at the provider.
FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.fr", "live.com",
        "msn.com", "yahoo.com", "yahoo.fr", "yahoo.de", "icloud.com", "me.com", "aol.com",
        "gmx.ch", "gmx.de", "gmx.net", "gmx.fr", "web.de", "t-online.de", "bluewin.ch",
        "sunrise.ch", "hispeed.ch", "orange.fr", "free.fr", "sfr.fr", "laposte.net",
        "wanadoo.fr", "proton.me", "protonmail.com", "pm.me", "mail.ch", "yandex.com",
    }
)  # fmt: skip
# Below this many characters, one name containing the other is no evidence they are the same.
MIN_NAME_OVERLAP = 6


class AccountInvoiceCaptureDecoder(models.AbstractModel):
    _name = "account.invoice.capture.decoder"
    _description = "Bill Capture Decoder"

    # --- the decoder ----------------------------------------------------------------------------
    @api.model
    def _decode(self, bill, file_data, new=False):
        """Decoder called by the document import framework (``decoder(bill, file_data, new)``):
        the capture record first (stored before anything is read), then the reading, now or in
        the background."""
        bill.ensure_one()
        attachment = file_data["attachment"]
        # captures are written by their own methods only (see _set); the user's right to
        # fill this bill is checked here
        bill.check_access("write")
        from_alias = bool(bill.env.context.get("from_alias"))
        Capture = bill.env["account.invoice.capture"]
        capture = (
            Capture.sudo()
            .create(
                {
                    "name": file_data["name"] or attachment.name,
                    "move_id": bill.id,
                    "attachment_id": attachment.id,
                    "checksum": Capture._checksum(file_data["raw"]),
                    "from_alias": from_alias,
                }
            )
            .with_env(bill.env)
        )
        if from_alias and self._alias_limit_reached(bill, capture):
            self._keep_unread(bill, capture)
        elif self._inline(bill, file_data):
            capture._process()
        else:
            self._queue(bill, capture)

    def _alias_limit_reached(self, bill, capture):
        """Whether the company's e-mailed documents of the last hour reach its hourly limit.
        Odoo opens one bill per attachment and checks no sender (a From is easily forged):
        without a limit one message with a thousand attachments holds the queue for hours."""
        limit = bill.company_id.capture_alias_hourly_limit
        if limit <= 0:
            return False
        since = bill.env.cr.now() - timedelta(hours=1)
        received = capture.sudo().search_count(
            [
                ("company_id", "=", bill.company_id.id),
                ("from_alias", "=", True),
                ("create_date", ">=", since),
                ("id", "!=", capture.id),
            ]
        )
        return received >= limit

    def _keep_unread(self, bill, capture):
        """The file stays on its bill, the reading waits for a person (Re-read)."""
        bill = bill.with_context(lang=bill._capture_lang(capture.create_uid))
        reason = note("alias_hourly_limit", limit=bill.company_id.capture_alias_hourly_limit)
        capture._set({"state": "failed", "outcome": "not_read", "error_reason": reason})
        bill.message_post(body=self._render(bill, reason))

    def _queue(self, bill, capture):
        bill = bill.with_context(lang=bill._capture_lang(capture.create_uid))
        bill.message_post(
            body=bill.env._(
                "%(file)s is queued: it is read in the background and this bill is "
                "filled in a moment.",
                file=capture.name,
            )
        )
        bill.env.ref("account_invoice_capture.ir_cron_capture_queue")._trigger()

    def _inline(self, bill, file_data):
        """Read now (the user waits for the form) or in the background (batches, e-mails, scans)."""
        context = bill.env.context
        # forcing a reading now is for scripts and tests: from a web client it would hold a
        # worker for as long as any file takes
        if "capture_inline" in context and (
            not context["capture_inline"] or bill.env.su or module.current_test
        ):
            return context["capture_inline"]
        if context.get("from_alias") or context.get("capture_batch_size", 1) > 1:
            return False
        if file_data.get("import_file_type") != "pdf":
            return False
        return self._quick_to_read(file_data["raw"])

    def _quick_to_read(self, raw):
        """A short PDF with text on every page, read in a second or two; a PDF that does not
        open is answered at once too. Scans and long files wait for the queue. Checked in a
        child process, as every opening of a document (see fincycle.extraction.sandbox)."""
        return sandbox.quick_to_read(raw, QUICK_READ_PAGES, QUICK_READ_PAGE_OBJECTS)

    def _keep_xml_total(self, bill, file_data):
        """An e-invoice whose VAT rate has no purchase tax here (a German 19 % bill in a
        Swiss company) loses its VAT in Odoo's import: put it back as non-reclaimable cost."""
        from fincycle.extraction import xmlinvoice  # noqa: PLC0415

        try:
            ext = xmlinvoice.parse_invoice_xml(file_data["raw"])
        except Exception:  # Odoo's decoder read it; ours is only a check
            _logger.info("could not re-read %s for the total check", file_data.get("name"))
            return
        printed = ext.value("amount_total") if ext else None
        if printed is None:
            return
        currency = bill.currency_id
        diff = float(printed) - bill.amount_total
        if float_is_zero(diff, precision_rounding=currency.rounding):
            return
        missing = einvoice_check.lost_vat(
            ext.taxes, bill.invoice_line_ids.tax_ids.mapped("amount"), diff
        )
        if not missing:
            bill.message_post(
                body=bill.env._(
                    "The bill total %(ours)s differs from the e-invoice total %(printed)s: "
                    "check the lines and taxes.",
                    ours=format_amount(bill.env, bill.amount_total, currency),
                    printed=format_amount(bill.env, float(printed), currency),
                )
            )
            return
        country = self._country(bill, ext, bill.partner_id)
        bill.write(
            {
                "invoice_line_ids": [
                    self._cost_vat_line(bill, t.rate, t.amount, country) for t in missing
                ],
                "capture_foreign_vat": True,
            }
        )
        bill.message_post(
            body=bill.env._(
                "The e-invoice shows VAT at %(rates)s %% that has no purchase tax in this "
                "company; it was added as cost so the total stays %(total)s as printed.",
                rates=", ".join(str(t.rate) for t in missing),
                total=format_amount(bill.env, float(printed), currency),
            )
        )

    # --- review and language ------------------------------------------------------------------
    def _reviewer(self, bill, capture):
        """Who checks a bill the capture could not post: the company's reviewer, else the
        uploader, else the administrator."""
        return (
            bill.company_id.capture_reviewer_id
            or (
                capture.create_uid
                if capture and capture.create_uid._is_internal() and capture.create_uid.active
                else False
            )
            or bill.env.ref("base.user_admin", raise_if_not_found=False)
            or bill.env.user
        )

    def _render(self, bill, message):
        """A message code as a sentence in this environment's language."""
        return MessageRenderer(bill.env, bill.currency_id).render(message)

    def _unreadable(self, bill, capture, reason):
        bill.ensure_one()
        capture._set({"review_messages": [reason]})
        bill.message_post(
            body=Markup("%s<br/>%s")
            % (
                bill.env._("Could not read %(file)s:", file=capture.name),
                self._render(bill, reason),
            )
        )
        self._schedule_review(bill, capture, [reason])

    # --- filling the bill ---------------------------------------------------------------------
    def _remove_imported_lines(self, bill):
        for move in bill.filtered(lambda m: m.state == "draft"):
            imported = move.invoice_line_ids.filtered("is_imported")
            if imported:
                move.invoice_line_ids = [Command.unlink(line.id) for line in imported]

    def _apply(self, bill, capture, ext):
        """Fill the draft bill from the extraction, then post it or ask for a review."""
        bill.ensure_one()
        reasons = []
        facts = []
        doc_type = ext.value("document_type")
        if doc_type == "not_an_invoice":
            reason = note("not_invoice", file=capture.name)
            capture._set({"outcome": "not_invoice", "review_messages": [reason]})
            bill.message_post(body=self._render(bill, reason))
            self._schedule_review(bill, capture, [reason])
            return
        if doc_type == "credit_note" and bill.move_type == "in_invoice" and not bill.line_ids:
            bill.move_type = "in_refund"
            facts.append(bill.env._("credit note"))

        partner, how, partner_reasons = self._find_vendor(bill, ext)
        reasons += partner_reasons
        vals = {}
        contradicted = []
        if partner and not bill.partner_id:
            vals["partner_id"] = partner.id
        elif bill.partner_id:
            contradicted = self._vendor_set_before(bill, partner, ext)
            reasons += contradicted
            partner = bill.partner_id
            how = how or bill.env._("set before reading")
        if partner:
            facts.append(
                bill.env._("vendor %(name)s (%(how)s)", name=partner.display_name, how=how)
            )
        else:
            name = ext.value("vendor_name") or ext.value("vendor_vat") or "?"
            reasons.append(note("vendor_unknown", name=name))
        reasons += self._addressee(bill, ext, capture.create_uid)

        currency_name = ext.value("currency")
        currency, currency_reasons = self._currency(bill, currency_name)
        reasons += currency_reasons
        if currency:
            vals["currency_id"] = currency.id
        self._write_header(bill, ext, vals)
        reasons += self._sender_reasons(bill, capture, partner)
        if partner and not contradicted:
            # never the document's IBAN on a vendor the document is not from
            reasons += self._set_bank(bill, partner, ext)
        if not any(r.get("code") in _BANK_REASONS for r in reasons):
            reasons += self._untrusted_pay_to(bill)

        if not currency_name or currency:
            reasons += self._fill_lines(bill, ext, partner)
        reasons += [c.reason.to_dict() for c in ext.failed_checks if c.reason]
        self._decide(bill, capture, ext, facts, reasons)

    def _write_header(self, bill, ext, vals):
        for key, name in (
            ("ref", "invoice_number"),
            ("invoice_date", "invoice_date"),
            ("payment_reference", "payment_reference"),
            ("invoice_origin", "po_number"),  # the purchase app links bills to orders by it
        ):
            if ext.value(name):
                vals[key] = ext.value(name)
        if vals:
            bill.write(vals)
        if ext.value("due_date"):
            # A printed due date is the vendor's term for this bill.
            bill.write(
                {"invoice_payment_term_id": False, "invoice_date_due": ext.value("due_date")}
            )

    def _currency(self, bill, code):
        """(currency, reasons): an unknown or inactive currency is said, never guessed."""
        Currency = bill.env["res.currency"].with_context(active_test=False)
        if not code:
            return Currency, []
        currency = Currency.search([("name", "=", code)], limit=1)
        if not currency:
            return Currency, [note("currency_unknown", value=code)]
        if not currency.active:
            return Currency.browse(), [note("currency_inactive", value=code)]
        return currency, []

    # --- sender -------------------------------------------------------------------------------
    def _sender_reasons(self, bill, capture, partner):
        """A bill that came by e-mail is posted by itself only from an address of its vendor
        (one of its contacts' addresses, or their own domain): anyone can write to the alias
        and put a real vendor's VAT number and IBAN on a PDF. A From can be forged too (Odoo
        checks no signature), so this keeps strangers out, not a determined forger."""
        if not capture.from_alias or not partner:
            return []
        sender = email_normalize(bill.invoice_source_email or "")
        vendor = partner.commercial_partner_id
        contacts = (vendor | vendor.child_ids).with_context(active_test=False)
        known = {e for c in contacts for e in email_normalize_all(c.email or "")}
        domains = {e.rpartition("@")[2] for e in known} - FREE_MAIL_DOMAINS
        if sender and (sender in known or sender.rpartition("@")[2] in domains):
            return []
        return [note("sender_not_vendor", sender=sender or "?", vendor=vendor.display_name)]

    # --- addressee ----------------------------------------------------------------------------
    def _addressee(self, bill, ext, user):
        """Reasons to hold a bill printed for another company: the customer name or VAT
        number on it is not this company's. A VAT number that matches settles it (names on
        bills vary: trade names, a department, a person). Another company of the database is
        named only when ``user`` (who brought the document) belongs to it: a printed VAT
        number must not tell anyone the name of a company they cannot see."""
        company = bill.company_id
        printed_name = ext.value("customer_name")
        printed_vat = normalize_vat(ext.value("customer_vat") or "")
        if not printed_name and not printed_vat:
            return []
        own_vats = {normalize_vat(v) for v in (company.vat, company.partner_id.vat) if v}
        if printed_vat and printed_vat in own_vats:
            return []
        other = self._other_company(bill, printed_name, printed_vat) & user.company_ids
        if other:
            return [
                note(
                    "addressed_other_company",
                    other_company=other.name,
                    company=company.name,
                )
            ]
        if printed_vat and own_vats:
            return [
                note(
                    "addressed_other_vat",
                    vat=printed_vat,
                    company=company.name,
                    own_vat=sorted(own_vats)[0],
                )
            ]
        if printed_name and not any(
            _same_name(printed_name, name) for name in self._own_names(bill)
        ):
            return [note("addressed_other_name", name=printed_name, company=company.name)]
        return []

    def _own_names(self, bill):
        """Names a bill to this company may carry: the company, its contacts and users."""
        company = bill.company_id.sudo()
        partner = company.partner_id
        names = {company.name, partner.name, partner.commercial_company_name}
        names.update(partner.child_ids.mapped("name"))
        names.update(company.user_ids.filtered(lambda u: u.company_id == company).mapped("name"))
        return [n for n in names if n]

    def _other_company(self, bill, name, vat):
        """Another company of this database the bill names, by VAT number or name."""
        for other in bill.env["res.company"].sudo().search([("id", "!=", bill.company_id.id)]):
            vats = {normalize_vat(v) for v in (other.vat, other.partner_id.vat) if v}
            if (vat and vat in vats) or (name and _same_name(name, other.name)):
                return other
        return bill.env["res.company"]

    # --- vendor -------------------------------------------------------------------------------
    def _partner_domain(self, bill):
        return [
            ("company_id", "in", [False, bill.company_id.id]),
            ("id", "not in", (bill.company_id.partner_id | bill.env.user.partner_id).ids),
        ]

    def _find_vendor(self, bill, ext):
        """Vendor by VAT number, then IBAN, then exact name. Returns (partner, how, reasons)."""
        Partner = bill.env["res.partner"]
        vat = ext.value("vendor_vat")
        iban = ext.value("vendor_iban")
        by_vat = self._vendors_by_vat(bill, vat)
        by_iban = self._vendors_by_iban(bill, iban)
        if len(by_vat) == 1:
            if by_iban and by_iban != by_vat:
                return (
                    by_vat,
                    bill.env._("found by VAT number"),
                    [
                        note(
                            "iban_other_vendor",
                            iban=iban,
                            other=", ".join(by_iban.mapped("display_name")),
                            vendor=by_vat.display_name,
                        )
                    ],
                )
            return by_vat, bill.env._("found by VAT number"), []
        if len(by_vat) > 1:
            names = ", ".join(by_vat.mapped("display_name"))
            return Partner, "", [note("vat_several_contacts", vat=vat, names=names)]
        if len(by_iban) == 1:
            if vat and by_iban.vat_key and by_iban.vat_key != normalize_vat(vat):
                return Partner, "", [note("iban_vat_differs", vendor=by_iban.display_name, vat=vat)]
            return by_iban, bill.env._("found by IBAN"), []
        by_name = self._vendor_by_name(bill, ext.value("vendor_name"), vat)
        return by_name, (by_name and bill.env._("found by name")) or "", []

    def _vendor_set_before(self, bill, found, ext):
        """A vendor set before reading (by the user, or from the sender of an e-mail, which
        anyone can forge) that the document contradicts: its VAT number is not the vendor's;
        or, without two VAT numbers to compare, its VAT number or IBAN is another contact's,
        or it prints another name."""
        vendor = bill.partner_id.commercial_partner_id
        vat = normalize_vat(ext.value("vendor_vat") or "")
        name = ext.value("vendor_name")
        other = found.commercial_partner_id
        if vat and vendor.vat_key:
            differs = vendor.vat_key != vat  # the surest evidence decides alone
        else:
            differs = bool(other and other != vendor) or bool(
                name and not any(_same_name(name, n) for n in (vendor.name, bill.partner_id.name))
            )
        if differs:
            printed = (other and other.display_name) or name or vat
            return [note("vendor_set_differs", vendor=vendor.display_name, printed=printed)]
        return []

    def _vendors_by_vat(self, bill, vat):
        """The companies whose contacts have the printed VAT number (the stored vat_key)."""
        if not vat:
            return bill.env["res.partner"]
        return (
            bill.env["res.partner"]
            .search([("vat_key", "=", normalize_vat(vat)), *self._partner_domain(bill)])
            .commercial_partner_id
        )

    def _vendors_by_iban(self, bill, iban):
        """The companies that have the printed IBAN as a bank account (not this company)."""
        if not iban:
            return bill.env["res.partner"]
        banks = bill.env["res.partner.bank"].search(
            [
                ("sanitized_acc_number", "=", sanitize_account_number(iban)),
                ("partner_id", "not in", bill.company_id.partner_id.ids),
            ]
        )
        return banks.partner_id.filtered_domain(self._partner_domain(bill)).commercial_partner_id

    def _vendor_by_name(self, bill, name, vat):
        """The one company named exactly as printed (case, accents, punctuation aside); with a
        printed VAT number, only a contact without one (else the VAT number would have found
        it)."""
        Partner = bill.env["res.partner"]
        if not name or len(name_key(name)) < 3:
            return Partner
        words = [w for w in name.split() if len(w) > 2]
        candidates = Partner.search(
            [
                ("name", "ilike", max(words, key=len) if words else name),
                *self._partner_domain(bill),
            ],
            limit=50,
        )
        same = candidates.filtered(
            lambda p: name_key(p.name) == name_key(name)
        ).commercial_partner_id
        if vat:
            same = same.filtered(lambda p: not p.vat)
        return same if len(same) == 1 else Partner

    def _untrusted_pay_to(self, bill):
        """The account the bill is to be paid to, whatever put it there (this document, an
        earlier one, Odoo's e-invoice import, the vendor's only account when none is printed),
        is one nobody has marked as trusted: a forged bill would be paid to it unseen."""
        bank = bill.partner_bank_id
        if not bank or bank.allow_out_payment:
            return []
        return [note("iban_untrusted", iban=bank.acc_number, vendor=bank.partner_id.display_name)]

    def _set_bank(self, bill, partner, ext):
        iban = ext.value("vendor_iban")
        if not iban:
            return []
        sanitized = sanitize_account_number(iban)
        # default_journal_id & co. of the upload context are not for bank accounts.
        Bank = bill.env["res.partner.bank"].with_context(clean_context(bill.env.context))
        accounts = Bank.search([("partner_id", "child_of", partner.commercial_partner_id.id)])
        match = accounts.filtered(lambda b: b.sanitized_acc_number == sanitized)
        if match:
            bill.partner_bank_id = match[0]
            return []
        if accounts:
            # Changed payment details on a bill are the classic invoice-redirection fraud.
            return [note("iban_not_vendors", iban=iban, vendor=partner.display_name)]
        bank = Bank.create({"acc_number": iban, "partner_id": partner.commercial_partner_id.id})
        bill.partner_bank_id = bank
        return [note("bank_account_added", iban=iban, vendor=partner.display_name)]

    # --- lines and taxes ----------------------------------------------------------------------
    def _country(self, bill, ext, partner):
        return bill_lines.vendor_country(ext, (partner and partner.country_id.code) or None)

    def _purchase_tax(self, bill, rate):
        company = bill.company_id
        # The previous rate (Swiss 7.7 % before 2024) is archived by the chart but still the
        # right tax for a bill of that period: archived taxes come second.
        taxes = self._tax_candidates(bill, rate, active=True) or self._tax_candidates(
            bill, rate, active=False
        )
        fiscal_country = company.account_fiscal_country_id
        preferred = taxes.filtered(lambda t: t.country_id == fiscal_country) or taxes
        tax = preferred[:1]
        if tax and bill.fiscal_position_id:
            tax = bill.fiscal_position_id.map_tax(tax)
        return tax

    def _tax_candidates(self, bill, rate, active):
        """Plain purchase taxes of ``rate`` %: no price-included or reverse-charge ones."""
        taxes = (
            bill.env["account.tax"]
            .with_context(active_test=False)
            .search(
                [
                    *bill.env["account.tax"]._check_company_domain(bill.company_id),
                    ("active", "=", active),
                    ("type_tax_use", "=", "purchase"),
                    ("amount_type", "=", "percent"),
                    ("amount", "=", float(rate)),
                ],
                order="sequence, id",
            )
        )
        return taxes.filtered(
            lambda t: (
                not t.price_include
                and all(line.factor_percent >= 0 for line in t.invoice_repartition_line_ids)
            )
        )

    @staticmethod
    def _self_assessed_category(ext):
        """``AE`` (reverse charge) or ``K`` (intra-EU supply) when the bill's VAT is the
        buyer's to declare: no VAT printed, and a 0 % row of that category."""
        if ext.value("amount_tax") not in (None, 0):
            return ""
        categories = {t.category for t in ext.taxes if not t.rate}
        return next((c for c in ("K", "AE") if c in categories), "")

    def _reverse_charge_tax(self, bill, category):
        """The purchase tax that self-assesses VAT (a repartition line of -100 %) at the
        standard rate (the highest such rate, in CH and FR alike): the one the bill's fiscal
        position maps the plain tax of that rate to, else the one of the right scope (goods for
        an intra-EU supply ``K``, services for a reverse charge ``AE``). Empty when the chart
        has none: the accountant picks it."""
        Tax = bill.env["account.tax"]
        domain = [
            *Tax._check_company_domain(bill.company_id),
            ("type_tax_use", "=", "purchase"),
            ("amount_type", "=", "percent"),
            ("amount", ">", 0),
        ]
        taxes = Tax.search(domain, order="sequence, id")
        plain = taxes.filtered(
            lambda t: (
                all(line.factor_percent >= 0 for line in t.invoice_repartition_line_ids)
                and not t.price_include
            )
        )
        self_assessing = taxes - plain
        if not plain or not self_assessing:
            return Tax
        standard = max(self_assessing.mapped("amount"))
        scope = "consu" if category == "K" else "service"
        if bill.fiscal_position_id:
            standard_plain = plain.filtered(lambda t: t.amount == standard)
            scoped = standard_plain.filtered(lambda t: t.tax_scope == scope) or standard_plain
            mapped = bill.fiscal_position_id.map_tax(scoped[:1])
            if mapped and mapped <= self_assessing:
                return mapped
        same_rate = self_assessing.filtered(lambda t: t.amount == standard)
        return (same_rate.filtered(lambda t: t.tax_scope == scope) or same_rate)[:1]

    def _fill_lines(self, bill, ext, partner):
        """Lines with the company's purchase taxes by rate; foreign or unknown VAT into cost."""
        if bill.invoice_line_ids.filtered(lambda line: not line.is_imported):
            return [note("lines_kept")]
        self._remove_imported_lines(bill)
        reasons = []
        company_country = bill_lines.VAT_AREAS.get(
            bill.company_id.account_fiscal_country_id.code
        ) or (bill.company_id.account_fiscal_country_id.code)
        vendor_country = self._country(bill, ext, partner)
        foreign = bool(vendor_country and company_country and vendor_country != company_country)
        blocks = bill_lines.line_blocks(ext)
        rates_without_tax = self._write_lines(bill, ext, blocks, foreign, vendor_country)
        printed_tax = ext.value("amount_tax")
        if (
            printed_tax is not None
            and not rates_without_tax
            and abs(bill.amount_tax - float(printed_tax)) >= VAT_PER_RATE_TOLERANCE
        ):
            # Odoo rounds VAT per line, the vendor per rate: grouped per rate, the VAT is the
            # printed one to the cent (the item names stay in the line labels).
            per_rate = bill_lines.line_blocks(ext, items=False)
            if per_rate and per_rate != blocks:
                self._remove_imported_lines(bill)
                self._write_lines(bill, ext, per_rate, foreign, vendor_country)
                bill.message_post(
                    body=bill.env._(
                        "The vendor rounds VAT per rate, not per line: the lines are grouped "
                        "per VAT rate so the VAT is the printed one."
                    )
                )
        if rates_without_tax:
            bill.capture_foreign_vat = True
            if foreign:
                reasons_text = bill.env._(
                    "VAT of %(rates)s %% from %(country)s cannot be reclaimed here; it is "
                    "booked as cost (flagged on the bill).",
                    rates=", ".join(str(r) for r in rates_without_tax),
                    country=vendor_country,
                )
                bill.message_post(body=reasons_text)
            else:
                reasons.append(note("tax_missing", rates=list(rates_without_tax)))
        reasons += self._match_total(bill, ext)
        return reasons

    def _write_lines(self, bill, ext, blocks, foreign, vendor_country):
        """Create the lines of ``blocks``; return the VAT rates booked as cost."""
        label = " ".join(x for x in (ext.value("vendor_name"), ext.value("invoice_number")) if x)
        commands = []
        cost_rates = set()
        names = {"discount": bill.env._("Discount"), "charge": bill.env._("Other charges")}
        self_assessed = self._self_assessed_category(ext)
        for block in blocks:
            tax = bill.env["account.tax"]
            if block.rate:
                tax = bill.env["account.tax"] if foreign else self._purchase_tax(bill, block.rate)
                if not tax:
                    cost_rates.add(block.rate)
            elif block.kind in ("item", "rate", "total"):
                # A per-rate block says its own category; items and totals share the bill's.
                category = block.category or self_assessed
                if category in ("AE", "K") and self_assessed:
                    tax = self._reverse_charge_tax(bill, category)
            commands.append(
                Command.create(
                    {
                        "name": names.get(block.kind)
                        or block.label
                        or label
                        or bill.env._("Captured bill"),
                        "quantity": float(block.quantity),
                        "price_unit": float(block.price_unit),
                        "tax_ids": [Command.set(tax.ids)],
                    }
                )
            )
        # VAT that cannot be reclaimed: its printed amount becomes a cost line per rate.
        for rate in sorted(cost_rates):
            amount = bill_lines.vat_amount(ext, rate, blocks)
            if not amount:
                continue
            commands.append(self._cost_vat_line(bill, rate, amount, vendor_country))
        if commands:
            bill.write({"invoice_line_ids": commands})
            bill.invoice_line_ids.is_imported = True
        return sorted(cost_rates)

    def _cost_vat_line(self, bill, rate, amount, country):
        """A line booking VAT this company cannot reclaim as cost, at its printed amount."""
        return Command.create(
            {
                "name": bill.env._(
                    "Non-reclaimable VAT %(rate)s %% (%(country)s)",
                    rate=rate,
                    country=country or "?",
                ),
                "quantity": 1,
                "price_unit": float(amount),
                "tax_ids": [Command.clear()],
                "is_imported": True,
            }
        )

    def _match_total(self, bill, ext):
        """Keep the printed total: book the printed rounding, or say what differs."""
        printed = ext.value("amount_total")
        if printed is None or not bill.invoice_line_ids:
            return []
        currency = bill.currency_id
        diff = float(printed) - bill.amount_total
        if float_is_zero(diff, precision_rounding=currency.rounding):
            return []
        rounding = ext.value("amount_rounding")
        small = abs(diff) <= ROUNDING_LINE_LIMIT + FLOAT_NOISE
        if small and rounding and self._book_cash_rounding(bill, float(printed)):
            return []
        if small and (rounding or bill.tax_totals):
            # A cent of VAT rounded otherwise than by Odoo, or a rounding no cash rounding
            # method gives: one line, so the total is the printed one.
            bill.write(
                {
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": bill.env._("Rounding"),
                                "quantity": 1,
                                "price_unit": diff,
                                "tax_ids": [Command.clear()],
                                "is_imported": True,
                            }
                        )
                    ]
                }
            )
            return []
        return [note("total_differs", ours_amount=bill.amount_total, printed_amount=printed)]

    def _book_cash_rounding(self, bill, printed_total):
        """A rounding printed under the totals (Swiss 5 centimes) becomes Odoo's cash
        rounding line: outside the untaxed amount and the VAT of the bill's totals, which
        stay as printed. True when the total is then the printed one."""
        currency = bill.currency_id
        for cash_rounding in self._cash_roundings(bill, printed_total - bill.amount_total):
            bill.invoice_cash_rounding_id = cash_rounding
            if currency.is_zero(printed_total - bill.amount_total):
                return True
        bill.invoice_cash_rounding_id = False
        return False

    def _cash_roundings(self, bill, diff):
        """Cash roundings (add a rounding line) that give ``diff`` on this bill: the company's
        own first, else one made for printed roundings, booked like the bill's lines."""
        currency = bill.currency_id
        total = bill.amount_total
        Rounding = bill.env["account.cash.rounding"].with_company(bill.company_id)
        own = Rounding.search([("strategy", "=", "add_invoice_line")]).filtered(
            lambda r: (
                r.profit_account_id
                and r.loss_account_id
                and currency.is_zero(r.compute_difference(currency, total) - diff)
            )
        )
        if own:
            return own
        account = bill.journal_id.default_account_id
        if not account:
            return Rounding
        for precision, method in CASH_ROUNDINGS:
            if not currency.is_zero(
                float_round(
                    currency.round(total), precision_rounding=precision, rounding_method=method
                )
                - currency.round(total)
                - diff
            ):
                continue
            name = bill.env._("Rounding %(precision)s as printed on bills", precision=precision)
            rounding = Rounding.sudo().search(
                [
                    ("strategy", "=", "add_invoice_line"),
                    ("rounding", "=", precision),
                    ("rounding_method", "=", method),
                ],
                limit=1,
            ) or Rounding.sudo().create(
                {"name": name, "rounding": precision, "rounding_method": method}
            )
            if not rounding.profit_account_id or not rounding.loss_account_id:
                rounding.write({"profit_account_id": account.id, "loss_account_id": account.id})
            return rounding.sudo(False)
        return Rounding

    # --- decision -----------------------------------------------------------------------------
    def _duplicates(self, bill, capture):
        """(the bill the same file was read into, bills that look like this one): names."""
        others = bill.env["account.invoice.capture"].search(
            [
                ("checksum", "=", capture.checksum),
                ("id", "!=", capture.id),
                ("move_id", "!=", bill.id),
                ("move_id.state", "!=", "cancel"),
                ("company_id", "=", bill.company_id.id),
            ],
            limit=1,
        )
        duplicates = bill.duplicated_ref_ids.filtered(lambda m: m.state != "cancel")
        if bill.partner_id and bill.amount_total and bill.invoice_date:
            duplicates |= bill.search(
                [
                    ("id", "!=", bill.id),
                    ("company_id", "=", bill.company_id.id),
                    ("move_type", "=", bill.move_type),
                    ("commercial_partner_id", "=", bill.commercial_partner_id.id),
                    ("invoice_date", "=", bill.invoice_date),
                    ("amount_total", "=", bill.amount_total),
                    ("state", "!=", "cancel"),
                ],
                limit=3,
            )
        return others.move_id.display_name or "", tuple(duplicates.mapped("display_name"))

    def _posting_facts(self, bill, capture, ext, reasons):
        """The filled bill as plain facts for :func:`fincycle.extraction.posting.decide`."""
        duplicate_file, duplicate_bills = self._duplicates(bill, capture)
        return posting.BillFacts(
            confidence=ext.confidence,
            key_scores={key: score for key, (_n, score) in crosscheck.key_scores(ext).items()},
            checks_passed=len([c for c in ext.checks if c.ok]),
            total=Decimal(str(bill.amount_total_signed)),
            has_vendor=bool(bill.partner_id),
            vendor_never_autopost=bill.partner_id.autopost_bills == "never",
            abnormal_amount_warning=bill.abnormal_amount_warning or "",
            has_lines=bool(bill.invoice_line_ids),
            duplicate_file=duplicate_file,
            duplicate_bills=duplicate_bills,
            found=tuple(reasons),
        )

    @api.model
    def _posting_policy(self, company):
        return posting.PostingPolicy(
            autopost=company.capture_autopost,
            threshold=company.capture_threshold,
            approval_limit=Decimal(str(company.capture_approval_limit or 0)),
            currency=company.currency_id.name,
        )

    def _decide(self, bill, capture, ext, facts, reasons):
        """Post the bill when the posting rule allows it, else ask for a review; either way
        the chatter says what was read and why."""
        decision = posting.decide(
            self._posting_facts(bill, capture, ext, reasons),
            self._posting_policy(bill.company_id),
        )
        reasons = decision.reason_dicts()
        if decision.post:
            try:
                with bill.env.cr.savepoint():
                    bill.action_post()
            except UserError as exc:
                reasons.append(note("posting_refused", error=exc.args[0]))
        renderer = MessageRenderer(bill.env, bill.currency_id)
        summary = bill.env._(
            "Read %(file)s (%(sources)s, %(pages)s page(s), %(seconds)s s): confidence %(score)s.",
            file=capture.name,
            sources=renderer.sources(ext.sources) or "-",
            pages=ext.pages,
            seconds=formatLang(bill.env, capture.duration, digits=1),
            score=renderer.percent(ext.confidence),
        )
        if not reasons:
            capture._set({"outcome": "posted", "review_messages": False})
            because = self._grounds(bill, decision.grounds, facts, renderer)
            bill.message_post(
                body=Markup("%s<br/>%s %s")
                % (summary, bill.env._("Posted automatically:"), "; ".join(because) + ".")
            )
            return
        capture._set({"outcome": "review", "review_messages": reasons})
        items = Markup("").join(Markup("<li>%s</li>") % renderer.render(r) for r in reasons)
        bill.message_post(
            body=Markup("%s<br/>%s<ul>%s</ul>") % (summary, bill.env._("To review:"), items)
        )
        self._schedule_review(bill, capture, reasons)

    def _grounds(self, bill, grounds, facts, renderer):
        """Why the bill was posted, in words: the rule's grounds with what filling found
        (vendor, credit note) before "no duplicate"."""
        company_currency = bill.company_id.currency_id
        texts = []
        for ground in grounds:
            params = ground.params
            if ground.code == "confidence_reached":
                texts.append(
                    bill.env._(
                        "confidence %(score)s ≥ %(threshold)s",
                        score=renderer.percent(params["score_percent"]),
                        threshold=renderer.percent(params["threshold_percent"]),
                    )
                )
            elif ground.code == "checks_passed":
                texts.append(bill.env._("%(n)s cross-checks passed", n=params["count"]))
            elif ground.code == "no_duplicate":
                texts += [*facts, bill.env._("no duplicate")]
            elif ground.code == "below_approval_limit":
                limit = float(params["limit_amount"])
                texts.append(
                    bill.env._(
                        "below the approval limit %(limit)s",
                        limit=format_amount(bill.env, limit, company_currency),
                    )
                )
        return texts

    def _schedule_review(self, bill, capture, reasons):
        """A review activity for the reviewer, written in the reviewer's language."""
        activity_type = bill.env.ref("account_invoice_capture.mail_activity_capture_review")
        bill.activity_ids.filtered(lambda a: a.activity_type_id == activity_type).unlink()
        user = self._reviewer(bill, capture)
        move = bill.with_context(lang=user.lang or bill.env.lang)
        renderer = MessageRenderer(move.env, bill.currency_id)
        note_html = Markup("<ul>%s</ul>") % Markup("").join(
            Markup("<li>%s</li>") % renderer.render(r) for r in reasons
        )
        move.activity_schedule(
            "account_invoice_capture.mail_activity_capture_review",
            user_id=user.id,
            note=note_html,
            summary=move.env._("Check the captured bill"),
        )


def _same_name(a, b):
    """The same company name once case, accents, spaces and punctuation are ignored, or one
    containing the other (with or without its legal form or town)."""
    short, long = sorted((name_key(a), name_key(b)), key=len)
    return bool(short) and (short == long or (len(short) >= MIN_NAME_OVERLAP and short in long))
