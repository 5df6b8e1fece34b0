# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from odoo import Command, models
from odoo.tools import format_amount

from .account_dispute import OPEN_STATES

_logger = logging.getLogger(__name__)

INVOICE_REPORT = "account.account_invoices"
LETTER_REPORT = "account_credit_control.report_credit_control_summary"


class CreditControlCommunication(models.Model):
    _inherit = "credit.control.communication"

    # ------------------------------------------------------------------------------------------
    # What the reminder shows (used by the e-mail template and the letter)
    # ------------------------------------------------------------------------------------------
    def _fincycle_fee_lines(self):
        """The fees and penalties this reminder claims, each a ``{label, amount}`` line in the
        communication's currency. Configured on the level; shown, never added silently."""
        self.ensure_one()
        level = self.policy_level_id
        company = self.company_id
        date = self.report_date

        def convert(amount):
            return company.currency_id._convert(amount, self.currency_id, company, date)

        fees = []
        if level.fee_amount:
            label = level.fee_label or level.fee_product_id.name or self.env._("Reminder fee")
            fees.append({"label": label, "amount": convert(level.fee_amount)})
        lines = self.credit_control_line_ids
        if level.late_interest_rate:
            interest = sum(
                line.balance_due
                * level.late_interest_rate
                / 100
                * (date - line.date_due).days
                / 365
                for line in lines
                if line.date_due and date > line.date_due
            )
            if interest:
                fees.append(
                    {
                        "label": self.env._(
                            "Late-payment penalties at %(rate)s %% a year from the due date "
                            "(art. L441-10 Code de commerce)",
                            rate=f"{level.late_interest_rate:g}",
                        ),
                        "amount": self.currency_id.round(interest),
                    }
                )
        if level.recovery_indemnity:
            count = len(lines.invoice_id) or len(lines)
            fees.append(
                {
                    "label": self.env._(
                        "Fixed indemnity for recovery costs, %(count)s x %(amount)s "
                        "(art. L441-10 and D441-5 Code de commerce)",
                        count=count,
                        amount=format_amount(
                            self.env, level.recovery_indemnity, company.currency_id
                        ),
                    ),
                    "amount": convert(level.recovery_indemnity * count),
                }
            )
        return fees

    def _fincycle_total_due(self):
        self.ensure_one()
        return sum(self.credit_control_line_ids.mapped("balance_due"))

    def _fincycle_total_claimed(self):
        self.ensure_one()
        return self._fincycle_total_due() + sum(f["amount"] for f in self._fincycle_fee_lines())

    def _fincycle_held_disputes(self):
        """The customer's open disputes: their invoices (or disputed parts) are not claimed."""
        self.ensure_one()
        return (
            self.env["account.dispute"]
            .sudo()
            .search(
                [
                    ("commercial_partner_id", "=", self.partner_id.commercial_partner_id.id),
                    ("company_id", "=", self.company_id.id),
                    ("state", "in", OPEN_STATES),
                    ("is_dispute", "=", True),
                ]
            )
        )

    def _fincycle_dispute_amount(self, dispute):
        """The amount a dispute keeps out of the reminder, formatted."""
        self.ensure_one()
        amount = dispute.disputed_amount or sum(dispute.invoice_ids.mapped("amount_residual"))
        return format_amount(self.env, amount, dispute.currency_id or self.currency_id)

    # ------------------------------------------------------------------------------------------
    # Sending
    # ------------------------------------------------------------------------------------------
    def _send_communications_by_email(self):
        """As OCA (template posted with the credit-control subtype that marks the lines sent),
        with the invoices' PDFs attached when the level asks for it."""
        subtype_id = self.env["ir.model.data"]._xmlid_to_res_id("account_credit_control.mt_request")
        for comm in self:
            template = comm.policy_level_id.email_template_id
            composer = (
                self.env["mail.compose.message"]
                .with_context(
                    default_composition_mode="comment",
                    default_model=comm._name,
                    default_res_ids=comm.ids,
                    default_template_id=template.id,
                )
                .create({"message_type": "notification", "subtype_id": subtype_id})
            )
            if comm.policy_level_id.attach_invoice_pdf:
                attachments = comm._fincycle_invoice_attachments()
                if attachments:
                    composer.attachment_ids = [Command.link(a.id) for a in attachments]
            composer._action_send_mail()

    def _fincycle_invoice_attachments(self):
        """Fresh copies of the reminded invoices' PDFs (the stored one, else rendered). A PDF
        that cannot be made is logged on the communication; the e-mail goes without it."""
        self.ensure_one()
        attachments = self.env["ir.attachment"]
        report = self.env["ir.actions.report"].sudo()
        missing = []
        for invoice in self.credit_control_line_ids.invoice_id.sudo():
            stem = (invoice.name or "invoice").replace("/", "_")
            content, fmt = invoice.invoice_pdf_report_id.raw or None, "pdf"
            if not content:
                try:
                    content, fmt = report._render_qweb_pdf(INVOICE_REPORT, invoice.ids)
                except Exception as error:  # wkhtmltopdf missing or failing
                    _logger.warning(
                        "Reminder %s: invoice %s sent without its PDF: %s",
                        self.id,
                        invoice.name,
                        error,
                    )
                    missing.append(invoice.name)
                    continue
            attachments |= self.env["ir.attachment"].create(
                {
                    "name": f"{stem}.{fmt}",
                    "raw": content,
                    "mimetype": "application/pdf" if fmt == "pdf" else "text/html",
                    "res_model": "mail.compose.message",
                    "res_id": 0,
                    "type": "binary",
                }
            )
        if missing:
            self.message_post(
                body=self.env._(
                    "The PDF of %(invoices)s could not be made (is wkhtmltopdf installed?); "
                    "the reminder went without it.",
                    invoices=", ".join(missing),
                ),
                subtype_xmlid="mail.mt_note",
            )
        return attachments

    def _fincycle_print_letter(self):
        """The reminder as a PDF letter attached to the communication. Returns the attachment
        (empty when the PDF cannot be made: logged, never blocking)."""
        self.ensure_one()
        try:
            content, fmt = (
                self.env["ir.actions.report"]
                .sudo()
                .with_context(discard_logo_check=True)
                ._render_qweb_pdf(LETTER_REPORT, self.ids)
            )
        except Exception as error:  # wkhtmltopdf missing or failing
            _logger.warning("Reminder %s: letter not printed: %s", self.id, error)
            self.message_post(
                body=self.env._(
                    "The reminder letter could not be printed (is wkhtmltopdf installed?): "
                    "print it from the communication."
                ),
                subtype_xmlid="mail.mt_note",
            )
            return self.env["ir.attachment"]
        level = self.policy_level_id
        attachment = self.env["ir.attachment"].create(
            {
                "name": f"{level.name} - {self.partner_id.name}.{fmt}".replace("/", "_"),
                "raw": content,
                "mimetype": "application/pdf" if fmt == "pdf" else "text/html",
                "res_model": self._name,
                "res_id": self.id,
            }
        )
        self.message_post(
            body=self.env._("Reminder letter printed, to be posted to the customer."),
            attachment_ids=attachment.ids,
            subtype_xmlid="mail.mt_note",
        )
        return attachment

    def _fincycle_schedule_controller_activity(self, letter=False):
        self.ensure_one()
        activity_type = self.env.ref(
            "account_credit_control_fincycle.mail_activity_dunning_followup"
        )
        partner = self.partner_id.commercial_partner_id
        user = partner.payment_responsible_id or self.company_id._fincycle_controller()
        if letter:
            note = self.env._(
                "%(level)s for %(partner)s, %(amount)s: post the attached letter and follow up.",
                level=self.policy_level_id.name,
                partner=partner.display_name,
                amount=format_amount(self.env, self._fincycle_total_due(), self.currency_id),
            )
        else:
            note = self.env._(
                "%(level)s sent to %(partner)s, %(amount)s: follow up.",
                level=self.policy_level_id.name,
                partner=partner.display_name,
                amount=format_amount(self.env, self._fincycle_total_due(), self.currency_id),
            )
        self.activity_schedule(activity_type_id=activity_type.id, note=note, user_id=user.id)

    def _fincycle_send(self):
        """Send one communication by its channel: e-mail (and the letter, when the level asks
        for it) or a letter alone for customers without an e-mail address."""
        self.ensure_one()
        level = self.policy_level_id
        lines = self.credit_control_line_ids.filtered(lambda line: line.state == "to_be_sent")
        if not lines:
            return
        if "email" in lines.mapped("channel"):
            self._generate_emails()
            if level.also_letter:
                self._fincycle_print_letter()
            if level.controller_activity or level.also_letter:
                self._fincycle_schedule_controller_activity(letter=level.also_letter)
        else:
            self._fincycle_print_letter()
            self._mark_credit_line_as_sent()
            self._fincycle_schedule_controller_activity(letter=True)

    def _fincycle_log_failure(self, error):
        """Record on the lines, the communication and the customer why sending failed."""
        self.ensure_one()
        message = str(error) or error.__class__.__name__
        _logger.warning(
            "Reminder to %s (communication %s) failed: %s", self.partner_id.name, self.id, message
        )
        lines = self.credit_control_line_ids.filtered(
            lambda line: line.state in ("to_be_sent", "queued")
        )
        lines.write({"state": "error", "send_error": message})
        body = self.env._(
            "%(level)s could not be sent: %(error)s. The other customers' reminders went out; "
            "fix this and send it again from the credit control lines.",
            level=self.policy_level_id.name,
            error=message,
        )
        for record in (self, *lines, self.partner_id.commercial_partner_id):
            record.message_post(body=body, subtype_xmlid="mail.mt_note")
