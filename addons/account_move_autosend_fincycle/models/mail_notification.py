# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models

FAILED = ("bounce", "exception")


class MailNotification(models.Model):
    _inherit = "mail.notification"

    def write(self, vals):
        res = super().write(vals)
        if vals.get("notification_status") in FAILED:
            messages = self.mail_message_id.filtered(lambda m: m.model == "account.move")
            if messages:
                moves = (
                    self.env["account.move"]
                    .sudo()
                    .search(
                        [
                            ("autosend_message_id", "in", messages.ids),
                            ("autosend_state", "=", "sent"),
                        ]
                    )
                )
                moves._autosend_bounced(self.sudo())
        return res
