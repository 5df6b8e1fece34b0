# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# pylint: disable=consider-merging-classes-inherited
"""Marketing figures read back from Mautic nightly (and by a button): the members of each
campaign and segment configured on the connection, and the sent, opened and clicked counts of
the Mautic e-mails (Mautic's API ties no e-mail counts to a campaign or segment; the clicks
come from its Stats API, which an API user without that permission is refused: the e-mails'
clicks then stay empty and the connection says so once). One row per item and day; a second
read the same day updates it."""

import logging

from odoo import api, fields, models
from odoo.exceptions import UserError

from fincycle.http import FincycleHttpError
from fincycle.marketing import mautic as mt

from .fincycle_integration_segments import SEGMENTS

_logger = logging.getLogger(__name__)

STAT_NAME_MAX = 256

CAMPAIGN_FIELDS = (
    "mautic_campaign_quote_sent",
    "mautic_campaign_quote_followup",
    "mautic_campaign_payment_reminder",
    "mautic_campaign_welcome",
)


def _figure(value):
    """A figure as an Integer column holds it: none, negative or beyond 32 bits is 0 (not a
    count Mautic keeps)."""
    return value if isinstance(value, int) and 0 <= value <= mt.INT_MAX else 0


# One file per concern (contacts, companies, segments, events, figures), each small enough
# to read whole: the split is on purpose.
class FincycleIntegration(models.Model):
    _inherit = "fincycle.integration"

    mautic_stats_read_at = fields.Datetime("Figures Read At", readonly=True, copy=False)
    mautic_clicks_refused = fields.Boolean(
        "Clicks Refused",
        readonly=True,
        copy=False,
        help="Mautic refused its statistics to the API user at the last read: the e-mails' "
        "clicks are not read until it may read them.",
    )
    mautic_stat_ids = fields.One2many("fincycle.mautic.stat", "integration_id", "Marketing Figures")

    def action_mautic_read_stats(self):
        """Read the marketing figures now (Fincycle managers)."""
        self.check_access("write")
        for account in self:
            account._mautic_read_stats()
        return self.action_mautic_open_stats() if len(self) == 1 else True

    def action_mautic_open_stats(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Marketing Figures"),
            "res_model": "fincycle.mautic.stat",
            "view_mode": "list,graph",
            "domain": [("integration_id", "=", self.id)],
            "context": {"search_default_last_read": 1},
        }

    @api.model
    def _cron_mautic_read_stats(self):
        for account in self._mautic_cron_accounts():
            try:
                with self.env.cr.savepoint():
                    account.with_company(account.company_id)._mautic_read_stats()
            except UserError as exc:  # not usable (its address): said once, others go on
                account._mautic_cron_failed(exc.args[0] if exc.args else str(exc))
            except FincycleHttpError as exc:  # Mautic down: the next night tries again
                _logger.warning("Mautic figures of %s not read: %s", account.display_name, exc)
                account._mautic_cron_failed(getattr(exc, "message", None) or str(exc))

    def _mautic_stat_rows(self, client):
        """(kind, Mautic id, name, members, sent, opened, clicks) of the configured campaigns
        and segments and of the Mautic e-mails; ``clicks`` is ``(clicks, unique clicks)`` for
        an e-mail whose clicks were read, else None."""
        self.ensure_one()
        rows = []
        campaign_ids = sorted({self[name] for name in CAMPAIGN_FIELDS if self[name] > 0})
        if campaign_ids:
            campaigns = self._mautic_call(client.campaigns)
            for campaign_id in campaign_ids:
                campaign = campaigns.get(campaign_id)
                if campaign is None:
                    continue  # not (or no longer) in Mautic
                members = self._mautic_call(client.campaign_members, campaign_id)
                rows.append(("campaign", campaign_id, campaign.name, members, 0, 0, None))
        segment_ids = sorted({self[name] for name, _flag in SEGMENTS.values() if self[name] > 0})
        if segment_ids:
            segments = self._mautic_call(client.segments)
            for segment_id in segment_ids:
                segment = segments.get(segment_id)
                if segment is None or not segment.alias:
                    continue
                members = self._mautic_call(client.segment_members, segment.alias)
                rows.append(("segment", segment_id, segment.name, members, 0, 0, None))
        emails = self._mautic_call(client.email_stats)
        clicks = self._mautic_email_clicks(client) if emails else {}
        for email in emails.values():
            read = None
            if clicks is not None:
                found = clicks.get(email.id) or mt.EmailClicks(email.id)
                read = (found.clicks, found.unique_clicks)
            rows.append(("email", email.id, email.name, 0, email.sent or 0, email.read or 0, read))
        return rows

    def _mautic_email_clicks(self, client):
        """The e-mails' clicks by id, or None when Mautic refuses its statistics (403: the API
        user lacks the permission; 404: no Stats API): said once on the connection, the
        figures are read without clicks. Another failure fails the read as any other call."""
        self.ensure_one()
        try:
            clicks = self._mautic_call(client.email_clicks)
        except FincycleHttpError as exc:
            refused = isinstance(exc, mt.MauticNotFound) or (
                isinstance(exc, mt.MauticAuthError) and exc.code == mt.FORBIDDEN
            )
            if not refused:
                raise
            if not self.mautic_clicks_refused:
                self.sudo().mautic_clicks_refused = True
                self.sudo().message_post(
                    body=self.env._(
                        "Mautic refused its statistics to the API user (%(error)s): the "
                        "e-mails' clicks are not read. Give the API user's role the right "
                        "to view the statistics in Mautic; the clicks are read again from the "
                        "next reading of the figures.",
                        error=getattr(exc, "mautic_detail", None) or str(exc),
                    )
                )
            _logger.info("Mautic figures of %s read without clicks: %s", self.display_name, exc)
            return None
        if self.mautic_clicks_refused:
            self.sudo().mautic_clicks_refused = False
        return clicks

    def _mautic_read_stats(self):
        """Read the figures and store them for today; the rows written."""
        self.ensure_one()
        client = self._mautic_client()
        rows = self._mautic_stat_rows(client)
        today = fields.Date.context_today(self)
        Stat = self.env["fincycle.mautic.stat"].sudo()
        existing = {
            (stat.kind, stat.mautic_id): stat
            for stat in Stat.search([("integration_id", "=", self.id), ("date", "=", today)])
        }
        new, written = [], Stat
        for kind, mautic_id, name, members, sent, opened, clicks in rows:
            if not 0 < mautic_id <= mt.INT_MAX:
                continue  # not an id of Mautic's
            vals = {
                # a name is a label for a list: a hostile or broken Mautic's megabyte is cut
                "name": (name or "")[:STAT_NAME_MAX] or False,
                "members": _figure(members),
                "sent": _figure(sent),
                "opened": _figure(opened),
                "clicks": _figure(clicks[0]) if clicks else 0,
                "unique_clicks": _figure(clicks[1]) if clicks else 0,
                "clicks_read": clicks is not None,
                "last": True,
            }
            stat = existing.get((kind, mautic_id))
            if stat:
                stat.write(vals)
                written |= stat
            else:
                new.append(
                    {
                        "integration_id": self.id,
                        "kind": kind,
                        "mautic_id": mautic_id,
                        "date": today,
                        **vals,
                    }
                )
        written |= Stat.create(new)
        # the earlier reads (and items no longer read) are history
        (Stat.search([("integration_id", "=", self.id), ("last", "=", True)]) - written).write(
            {"last": False}
        )
        self.sudo().mautic_stats_read_at = fields.Datetime.now()
        return written
