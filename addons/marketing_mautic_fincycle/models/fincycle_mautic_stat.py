# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class FincycleMauticStat(models.Model):
    """The figures of a Mautic campaign, segment or e-mail as read on a day for a connection
    (one row per item and day: a second read the same day updates it). Written by the read
    only."""

    _name = "fincycle.mautic.stat"
    _description = "Mautic Marketing Figures"
    _order = "date desc, integration_id, kind, name"

    integration_id = fields.Many2one(
        "fincycle.integration", required=True, ondelete="cascade", index=True, readonly=True
    )
    company_id = fields.Many2one(
        related="integration_id.company_id", store=True, index=True, readonly=True
    )
    kind = fields.Selection(
        [("campaign", "Campaign"), ("segment", "Segment"), ("email", "E-mail")],
        required=True,
        readonly=True,
    )
    mautic_id = fields.Integer("Mautic ID", required=True, readonly=True)
    name = fields.Char(readonly=True)
    date = fields.Date(required=True, readonly=True, index=True, help="The day they were read.")
    members = fields.Integer(
        readonly=True, aggregator="sum", help="Contacts in the campaign or segment."
    )
    sent = fields.Integer("E-mails Sent", readonly=True, aggregator="sum")
    opened = fields.Integer("E-mails Opened", readonly=True, aggregator="sum")
    clicks = fields.Integer(
        readonly=True, aggregator="sum", help="Clicks on the e-mail's tracked links, every click."
    )
    unique_clicks = fields.Integer(
        readonly=True,
        aggregator="sum",
        help="Clicks on the e-mail's tracked links, one per contact and link.",
    )
    clicks_read = fields.Boolean(
        readonly=True,
        help="Mautic gave the e-mail's clicks (its statistics may be refused to the API user).",
    )
    last = fields.Boolean(
        "Latest", readonly=True, index=True, help="The figures of the connection's last read."
    )
    read_rate = fields.Float(
        "Open Rate (%)", compute="_compute_read_rate", store=True, aggregator="avg", digits=(16, 1)
    )

    click_rate = fields.Float(
        "Click Rate (%)",
        compute="_compute_click_rate",
        store=True,
        aggregator="avg",
        digits=(16, 1),
        help="Unique clicks per 100 e-mails sent.",
    )

    _item_day_uniq = models.UniqueIndex(
        "(integration_id, kind, mautic_id, date)", "One row per Mautic item and day."
    )

    @api.depends("sent", "opened")
    def _compute_read_rate(self):
        for stat in self:
            stat.read_rate = 100.0 * stat.opened / stat.sent if stat.sent else 0.0

    @api.depends("sent", "unique_clicks", "clicks_read")
    def _compute_click_rate(self):
        for stat in self:
            read = stat.clicks_read and stat.sent
            stat.click_rate = 100.0 * stat.unique_clicks / stat.sent if read else 0.0
