# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models

from .account_move import SENDING


class AccountMoveSend(models.AbstractModel):
    _inherit = "account.move.send"

    @api.model
    def _send_mail(self, move, mail_template, **kwargs):
        """The invoice e-mail posted on the invoice is ours, never a customer's reply,
        whoever its author is (the company's billing address may be a contact without a
        user)."""
        return super()._send_mail(move.with_context(**{SENDING: True}), mail_template, **kwargs)
