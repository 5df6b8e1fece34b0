# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models

from fincycle.billing import delivery

from .account_move import AUTO_REPLY


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    @api.model
    def _message_route_process(self, message, message_dict, routes):
        """An automatic answer (out of office, ticket system) is posted as usual, but the
        invoice it lands on does not count it as the customer's reply."""
        if delivery.is_auto_reply(message):
            self = self.with_context(**{AUTO_REPLY: True})  # noqa: PLW0642
        return super()._message_route_process(message, message_dict, routes)
