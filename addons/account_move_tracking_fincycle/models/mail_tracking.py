# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""OCA mail_tracking's trackings and events of an invoice e-mail, and Odoo's notifications of
it, update the invoice."""

from odoo import api, models


class MailTrackingEmail(models.Model):
    _inherit = "mail.tracking.email"

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._fincycle_update_invoices()
        return records

    def write(self, vals):
        res = super().write(vals)
        if "state" in vals:
            self._fincycle_update_invoices()
        return res

    def _fincycle_update_invoices(self):
        """The invoices one of these e-mails sent get their e-mail state again."""
        messages = self.sudo().mail_message_id.filtered(lambda m: m.model == "account.move")
        if not messages:
            return
        moves = (
            self.env["account.move"].sudo().search([("tracking_message_ids", "in", messages.ids)])
        )
        moves._tracking_update_mail()


class MailTrackingEvent(models.Model):
    _inherit = "mail.tracking.event"

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records.tracking_email_id._fincycle_update_invoices()
        return records


class MailNotification(models.Model):
    _inherit = "mail.notification"

    def write(self, vals):
        res = super().write(vals)
        if "notification_status" in vals:
            messages = self.sudo().mail_message_id.filtered(lambda m: m.model == "account.move")
            if messages:
                self.env["account.move"].sudo().search(
                    [("tracking_message_ids", "in", messages.ids)]
                )._tracking_update_mail()
        return res
