# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models


class AccountMoveSend(models.AbstractModel):
    _inherit = "account.move.send"

    @api.model
    def _send_mail(self, move, mail_template, **kwargs):
        """Every invoice e-mail, automatic or sent by a person with Send, is
        noted on the invoice (when, to whom): an invoice sent by hand is never
        sent again by the automatic sending."""
        res = super()._send_mail(move, mail_template, **kwargs)
        message = (
            self.env["mail.message"]
            .sudo()
            .search(
                [
                    ("model", "=", move._name),
                    ("res_id", "=", move.id),
                    ("message_type", "=", "comment"),
                ],
                order="id desc",
                limit=1,
            )
        )
        partners = self.env["res.partner"].browse(kwargs.get("partner_ids") or [])
        move._autosend_record_sent(partners, message)
        return res
