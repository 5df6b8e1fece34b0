# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Issue 18's Mautic at the holding: a connection to the group's self-hosted Mautic that waits
for its credentials, with what a user sees of a Mautic that answered before: the customers
pushed as contacts with their lead points (one over the threshold, with the salesperson's
call), the campaign triggers delivered or given up, and a few days of marketing figures."""

import json
from datetime import datetime, time, timedelta

from odoo import fields, models

from odoo.addons.marketing_mautic_fincycle.models.fincycle_integration_segments import (
    SEGMENTS as SEGMENT_FIELDS,
)
from odoo.addons.marketing_mautic_fincycle.models.fincycle_mautic_event import MAX_ATTEMPTS

from fincycle.marketing import mautic as mt

from .fincycle_demo import COMPANIES

# A placeholder: the group's own installation is entered by a system administrator.
DEMO_MAUTIC_URL = "https://mautic.example.com"
# The ids of the segments and campaigns in the group's Mautic (its Segments and Campaigns
# lists), with their names there: the marketer's, in the holding's German.
SEGMENTS = {
    "mautic_segment_leads": (1, "Leads"),
    "mautic_segment_prospects": (2, "Interessenten"),
    "mautic_segment_clients": (3, "Kunden"),
    "mautic_segment_pending_quotes": (4, "Offene Offerten"),
    "mautic_segment_overdue": (5, "Überfällige Zahlungen"),
}
CAMPAIGNS = {
    "mautic_campaign_quote_sent": (1, "Offerte versendet"),
    "mautic_campaign_quote_followup": (2, "Offerte nachfassen"),
    "mautic_campaign_payment_reminder": (3, "Zahlungserinnerung"),
    "mautic_campaign_welcome": (4, "Willkommen"),
}
# (Mautic id, name, sent, opened, clicks, unique clicks) of the Mautic e-mails, as read today.
EMAILS = (
    (11, "Ihre Offerte von Seeblick Treuhand", 64, 41, 19, 14),
    (12, "Haben Sie Fragen zu unserer Offerte?", 23, 12, 6, 5),
    (13, "Zahlungserinnerung", 38, 29, 17, 13),  # the link to pay online
    (14, "Willkommen bei Seeblick Treuhand", 27, 22, 9, 7),
)
# Members today of the campaigns and segments (Mautic also holds its forms' contacts).
MEMBERS = {
    1: 58,  # campaigns
    2: 21,
    3: 34,
    4: 26,
}
SEGMENT_MEMBERS = {1: 142, 2: 37, 3: 88, 4: 9, 5: 6}
STAT_DAYS = 7  # the figures of the last week, one read a night
# customer suffix → (Mautic contact id, lead points before, lead points now)
CONTACTS = {
    1: (1201, 38, 62),  # over the threshold: the salesperson gets a call to make
    2: (1202, 15, 35),
    3: (1203, 0, 12),
}


# each step of the demo in its own file, as demo_time_billing.py
# pylint: disable=consider-merging-classes-inherited
class FincycleDemoLoader(models.AbstractModel):
    _inherit = "fincycle.demo.loader"

    def _load_mautic(self, today):
        """At the holding: a Mautic connection (sandbox like the demo's other connections,
        a placeholder address) without credentials, so nothing reaches any Mautic and its
        Mautic tab says what is missing; the segments and campaigns mapped to their ids.

        What its earlier pushes, webhooks and reads left, recorded as the module records
        them: the customers as synced contacts in their segments, the lead points heard
        from Mautic's webhook (one customer crosses the threshold: the salesperson's Hot
        Lead activity), a quote and a welcome delivered to their campaigns, a payment
        reminder given up after Mautic could not be reached, and a week of figures."""
        key = COMPANIES[0]["key"]
        company = self._ref(f"company_{key}")
        if not company or self._ref(f"{key}_mautic_connection"):
            return
        env = self.with_company(company).env
        now = fields.Datetime.now()
        vals = {
            "name": f"Mautic - {company.name}",
            "provider": "mautic",
            "company_id": company.id,
            "environment": "sandbox",  # like every demo connection
            "base_url": DEMO_MAUTIC_URL,
            "mautic_auth_mode": mt.AUTH_CLIENT_CREDENTIALS,
            "mautic_followup_days": 7,
            "mautic_points_threshold": 50,
            # the scans of quotes and reminders start from here (the demo's reminders of
            # today went out before the connection)
            "mautic_reminders_scanned_at": now,
        }
        vals.update({name: mautic_id for name, (mautic_id, _n) in SEGMENTS.items()})
        vals.update({name: mautic_id for name, (mautic_id, _n) in CAMPAIGNS.items()})
        connection = self._name_record(
            f"{key}_mautic_connection", env["fincycle.integration"].create(vals)
        )
        links = self._load_mautic_contacts(key, connection, now)
        self._load_mautic_points(key, connection, links, now)
        self._load_mautic_events(key, connection, today, now)
        self._load_mautic_stats(connection, today, now)

    def _load_mautic_contacts(self, key, connection, now):
        """The holding's customers pushed to Mautic yesterday (as ``_mautic_upsert`` writes
        their links), and their segments as the last push left them."""
        Link = self.env["fincycle.mautic.contact"].sudo()
        pushed = now - timedelta(days=1)
        links = Link
        for suffix, (mautic_id, _before, _now) in CONTACTS.items():
            partner = self._ref(f"{key}_customer_{suffix}")
            if not partner:
                continue
            links |= self._name_record(
                f"{key}_mautic_contact_{suffix}",
                Link.create(
                    {
                        "integration_id": connection.id,
                        "partner_id": partner.id,
                        "mautic_id": mautic_id,
                        "state": "synced",
                        "digest": connection._mautic_contact_data(partner).digest(),
                        "synced_at": pushed,
                    }
                ),
            )
        connection.sudo().mautic_last_sync_at = pushed
        # the segments computed from the demo's quotes and invoices, as pushed
        for segment, members in connection._mautic_segment_wanted().items():
            members.write({SEGMENT_FIELDS[segment][1]: True})
        connection.sudo().mautic_segments_pushed_at = pushed
        return links

    def _load_mautic_points(self, key, connection, links, now):
        """Mautic's 'points changed' webhooks read as the connection reads them: the score
        on each contact, and the Hot Lead call for the customer who crossed the threshold."""
        heard = now - timedelta(hours=3)
        payload = {
            mt.EVENT_POINTS: [
                {
                    "contact": {"id": mautic_id, "points": new},
                    "points": {"old_points": old, "new_points": new},
                    "timestamp": heard.isoformat() + "+00:00",
                }
                for mautic_id, old, new in CONTACTS.values()
            ]
        }
        by_id = {link.mautic_id: link for link in links}
        for item in mt.parse_webhook(json.loads(json.dumps(payload))):
            link = by_id.get(item.contact_id)
            if link:
                connection._mautic_apply_points(link, item, heard)
        hot = self._ref(f"{key}_customer_1")
        activity = hot.activity_ids.filtered(
            lambda a: a.activity_type_id == connection._mautic_hot_lead_type()
        )
        if activity:
            self._name_record(f"{key}_mautic_hot_lead", activity[:1])

    def _load_mautic_events(self, key, connection, today, now):
        """Campaign triggers as the module records and sends them: the quote out for
        signature and the first paid invoice delivered, a payment reminder failed after its
        tries while Mautic was down."""
        company = connection.company_id
        Event = self.env["fincycle.mautic.event"].sudo()
        delivered = datetime.combine(today - timedelta(days=2), time(9, 5))
        order = self._ref(f"{key}_quote_for_signature")
        if order:
            events = Event._mautic_record(
                company,
                order.partner_id,
                "quote_sent",
                f"sale.order,{order.id}",
                {"order": order.name},
            )
            events.write({"state": "done", "done_at": delivered, "attempts": 1})
        paid = self._ref(f"{key}_invoice_paid")
        if paid:
            commercial = paid.commercial_partner_id
            events = Event._mautic_record(
                company,
                paid.partner_id,
                "welcome",
                f"res.partner,{commercial.id}",
                {"invoice": paid.name},
            )
            events.write({"state": "done", "done_at": delivered, "attempts": 1})
        if "credit.control.line" in self.env:
            line = (
                self.env["credit.control.line"]
                .sudo()
                .search(
                    [("company_id", "=", company.id), ("state", "=", "sent"), ("level", "=", 2)],
                    order="id",
                    limit=1,
                )
            )
            if line:
                events = Event._mautic_record(
                    company,
                    line.partner_id,
                    "payment_reminder",
                    f"credit.control.line,{line.id}",
                    {"level": line.level},
                )
                # Mautic down on each of the tries (5 minutes, 10, 20, ... apart): given up,
                # a Fincycle manager retries it (the reason worded in the reader's language)
                down = mt.MauticTransportError(mt.TRANSPORT, "connection refused")
                for _try in range(MAX_ATTEMPTS):
                    events._mautic_failed(down, now)
        return Event.search([("integration_id", "=", connection.id)])

    def _load_mautic_stats(self, connection, today, now):
        """The figures of the last nights' reads (one row per item and day, the last read's
        marked latest), growing a little each day."""
        Stat = self.env["fincycle.mautic.stat"].sudo()
        rows = []
        for back in range(STAT_DAYS - 1, -1, -1):
            day = today - timedelta(days=back)
            shrink = back * 2  # fewer members and e-mails the days before
            items = [
                ("campaign", mautic_id, name, max(MEMBERS[mautic_id] - shrink, 0), 0, 0, None)
                for mautic_id, name in CAMPAIGNS.values()
            ] + [
                (
                    "segment",
                    mautic_id,
                    name,
                    max(SEGMENT_MEMBERS[mautic_id] - shrink, 0),
                    0,
                    0,
                    None,
                )
                for mautic_id, name in SEGMENTS.values()
            ]
            items += [
                (
                    "email",
                    mautic_id,
                    name,
                    0,
                    max(sent - shrink, 0),
                    max(opened - back * 2, 0),
                    (max(clicks - back, 0), max(unique - back, 0)),
                )
                for mautic_id, name, sent, opened, clicks, unique in EMAILS
            ]
            rows += [
                {
                    "integration_id": connection.id,
                    "kind": kind,
                    "mautic_id": mautic_id,
                    "name": name,
                    "date": day,
                    "members": members,
                    "sent": sent,
                    "opened": min(opened, sent),
                    "clicks": clicks[0] if clicks else 0,
                    "unique_clicks": min(clicks[1], opened) if clicks else 0,
                    "clicks_read": clicks is not None,
                    "last": back == 0,
                }
                for kind, mautic_id, name, members, sent, opened, clicks in items
            ]
        Stat.create(rows)
        connection.sudo().mautic_stats_read_at = now - timedelta(hours=5)
