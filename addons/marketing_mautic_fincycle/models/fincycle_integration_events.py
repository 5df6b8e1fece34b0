# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# pylint: disable=consider-merging-classes-inherited
"""The campaigns a connection feeds (their Mautic ids) and the scans of the triggers that are
not a write in Odoo: quotes left without an answer, reminder levels sent by the collections
module (when it is installed)."""

from datetime import timedelta

from odoo import fields, models

from .fincycle_mautic_event import REMINDER_FIELD, REMINDER_FIELD_LABEL

FOLLOWUP_WINDOW_DAYS = 30  # a quotation sent longer ago than the delay + this gets none


# One file per concern (contacts, companies, segments, events, figures), each small enough
# to read whole: the split is on purpose.
class FincycleIntegration(models.Model):
    _inherit = "fincycle.integration"

    mautic_campaign_quote_sent = fields.Integer(
        "Quote Sent Campaign ID",
        help="Mautic campaign id a contact joins when a quotation is sent; 0: none.",
    )
    mautic_campaign_quote_followup = fields.Integer(
        "Quote Follow-up Campaign ID",
        help="Mautic campaign id a contact joins when a sent quotation stays unanswered; 0: none.",
    )
    mautic_followup_days = fields.Integer(
        "Follow-up After (days)",
        default=7,
        help="Days after sending a quotation still not confirmed before the follow-up campaign.",
    )
    mautic_campaign_payment_reminder = fields.Integer(
        "Payment Reminder Campaign ID",
        help="Mautic campaign id a contact joins when a payment reminder is sent (collections "
        "module); the level goes to the contact field odoo_reminder_level. 0: none.",
    )
    mautic_campaign_welcome = fields.Integer(
        "Welcome Campaign ID",
        help="Mautic campaign id a customer joins when its first invoice is paid; 0: none.",
    )
    mautic_reminders_scanned_at = fields.Datetime(readonly=True, copy=False)
    mautic_event_pending_count = fields.Integer(compute="_compute_mautic_event_pending_count")

    def _mautic_contact_fields_needed(self):
        """The reminder level's field when the payment reminder campaign is mapped (created by
        Test Connection, so the campaign can be built on it before the first reminder)."""
        needed = super()._mautic_contact_fields_needed()
        if self.mautic_campaign_payment_reminder:
            needed.append((REMINDER_FIELD, REMINDER_FIELD_LABEL, "number"))
        return needed

    def _compute_mautic_event_pending_count(self):
        counts = dict(
            self.env["fincycle.mautic.event"]._read_group(
                [("integration_id", "in", self.ids), ("state", "!=", "done")],
                ["integration_id"],
                ["__count"],
            )
        )
        for account in self:
            account.mautic_event_pending_count = counts.get(account, 0)

    def action_mautic_open_events(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Mautic Campaign Triggers"),
            "res_model": "fincycle.mautic.event",
            "view_mode": "list,form",
            "domain": [("integration_id", "=", self.id)],
            "context": {"search_default_pending": 1},
        }

    def _mautic_scan_followups(self, now):
        """A quotation sent ``mautic_followup_days`` ago and still only sent: follow-up."""
        self.ensure_one()
        if not (self.mautic_campaign_quote_followup and self.mautic_followup_days > 0):
            return
        Event = self.env["fincycle.mautic.event"].sudo()
        sent = Event.search(
            [
                ("integration_id", "=", self.id),
                ("kind", "=", "quote_sent"),
                ("create_date", "<=", now - timedelta(days=self.mautic_followup_days)),
                # older quotations are not followed up any more (bounds the scan)
                (
                    "create_date",
                    ">",
                    now - timedelta(days=self.mautic_followup_days + FOLLOWUP_WINDOW_DAYS),
                ),
            ]
        )
        done = set(
            Event.search(
                [
                    ("integration_id", "=", self.id),
                    ("kind", "=", "quote_followup"),
                    ("ref", "in", sent.mapped("ref")),
                ]
            ).mapped("ref")
        )
        todo = sent.filtered(lambda e: e.ref not in done)
        orders = {
            f"sale.order,{o.id}": o
            for o in self.env["sale.order"]
            .sudo()
            .browse([int(e.ref.split(",")[1]) for e in todo])
            .exists()
            if o.state == "sent"
        }
        for event in todo:
            order = orders.get(event.ref)
            if order:
                Event._mautic_record(
                    order.company_id,
                    order.partner_id,
                    "quote_followup",
                    event.ref,
                    {"order": order.name},
                )

    def _mautic_scan_reminders(self):
        """Reminders sent by the collections module since the last scan (soft: only when its
        credit.control.line exists)."""
        self.ensure_one()
        if not self.mautic_campaign_payment_reminder or "credit.control.line" not in self.env:
            return
        Line = self.env["credit.control.line"].sudo()
        if not {"state", "level", "partner_id", "company_id"} <= set(Line._fields):
            return
        started = fields.Datetime.now()
        domain = [("state", "=", "sent"), ("company_id", "=", self.company_id.id)]
        if self.mautic_reminders_scanned_at:
            domain.append(
                ("write_date", ">=", self.mautic_reminders_scanned_at - timedelta(minutes=10))
            )
        else:
            domain.append(("write_date", ">=", started - timedelta(days=1)))
        Event = self.env["fincycle.mautic.event"].sudo()
        for line in Line.search(domain, order="id"):
            Event._mautic_record(
                line.company_id,
                line.partner_id,
                "payment_reminder",
                f"credit.control.line,{line.id}",
                {"level": line.level},
            )
        self.sudo().mautic_reminders_scanned_at = started
