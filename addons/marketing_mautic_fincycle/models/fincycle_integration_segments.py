# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# pylint: disable=consider-merging-classes-inherited
"""The five Mautic segments computed from Odoo's truth and pushed as segment membership.

Rules (per connection, on the connection's company's documents, by commercial entity: a contact
person is in a segment when its company is):

- clients: a customer invoice posted and paid (or in payment) dated in the last 24 months;
- pending quotes: a quotation sent (state ``sent``), not signed online, whose validity date is
  today or later, or empty;
- prospects: an open quotation (draft or sent), or, when CRM is installed, an open opportunity
  (active, not won: marketing_mautic_crm_fincycle);
- overdue payments: a posted customer invoice not paid, past its due date, with an amount due,
  and (when the collections module is installed) without an open dispute;
- leads: a pushed contact with no quotation, order nor customer invoice of the company at all and
  not a prospect (partners marked as customers, created from CRM leads or forms, not sold to yet).

Only contacts the connection pushed (a Mautic id) are members. What was last pushed is kept on
the contact links (one flag per segment): a push adds the new members (200 per call) and removes
the leavers; a replay sends nothing.
"""

import logging
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

from fincycle.http import FincycleHttpError

_logger = logging.getLogger(__name__)

# segment key → (field of the Mautic segment id on the connection, flag on the contact link)
SEGMENTS = {
    "leads": ("mautic_segment_leads", "in_leads"),
    "prospects": ("mautic_segment_prospects", "in_prospects"),
    "clients": ("mautic_segment_clients", "in_clients"),
    "pending_quotes": ("mautic_segment_pending_quotes", "in_pending_quotes"),
    "overdue": ("mautic_segment_overdue", "in_overdue"),
}
CLIENT_MONTHS = 24
SYNC_OVERLAP = timedelta(minutes=10)  # a document saved by a transaction begun before a push
DISPUTE_OPEN_STATES = ("open", "in_progress")


# One file per concern (contacts, companies, segments, events, figures), each small enough
# to read whole: the split is on purpose.
class FincycleIntegration(models.Model):
    _inherit = "fincycle.integration"

    mautic_segment_leads = fields.Integer(
        "Leads Segment ID",
        help="Mautic segment id (Segments list, ID column) for the leads; 0: not pushed.",
    )
    mautic_segment_prospects = fields.Integer(
        "Prospects Segment ID", help="Mautic segment id for the prospects; 0: not pushed."
    )
    mautic_segment_clients = fields.Integer(
        "Clients Segment ID", help="Mautic segment id for the clients; 0: not pushed."
    )
    mautic_segment_pending_quotes = fields.Integer(
        "Pending Quotes Segment ID",
        help="Mautic segment id for the contacts with a pending quote; 0: not pushed.",
    )
    mautic_segment_overdue = fields.Integer(
        "Overdue Payments Segment ID",
        help="Mautic segment id for the contacts with an overdue invoice; 0: not pushed.",
    )
    mautic_segments_pushed_at = fields.Datetime("Segments Pushed At", readonly=True, copy=False)

    def write(self, vals):
        changed = [key for key, (name, _flag) in SEGMENTS.items() if name in vals]
        if changed:
            moved = {
                key: self.filtered(
                    lambda a, k=key: a[SEGMENTS[k][0]] != (vals[SEGMENTS[k][0]] or 0)
                )
                for key in changed
            }
        result = super().write(vals)
        if changed:
            # another Mautic segment: nobody is in it yet, the next push fills it
            Link = self.env["fincycle.mautic.contact"].sudo()
            for key, accounts in moved.items():
                if accounts:
                    flag = SEGMENTS[key][1]
                    Link.search([("integration_id", "in", accounts.ids), (flag, "=", True)]).write(
                        {flag: False}
                    )
        return result

    # -- the rules -------------------------------------------------------------------------
    def _mautic_commercial_ids(self, model, domain, partner_field="partner_id"):
        """The commercial entities of the records of ``model`` matching ``domain`` (grouped in
        SQL, never one query per partner)."""
        groups = (
            self.env[model]
            .sudo()
            .with_context(active_test=False)
            ._read_group(domain, [partner_field])
        )
        partners = self.env["res.partner"].browse([p.id for (p,) in groups if p])
        return set(partners.with_context(active_test=False).commercial_partner_id.ids)

    def _mautic_segment_members(self):
        """Segment key → the commercial partner ids that belong to it, for this connection's
        company (leads: None, computed against the pushed contacts)."""
        self.ensure_one()
        company = self.company_id.id
        today = fields.Date.context_today(self)
        invoices = [("company_id", "=", company), ("move_type", "=", "out_invoice")]
        clients = self._mautic_commercial_ids(
            "account.move",
            [
                *invoices,
                ("state", "=", "posted"),
                ("payment_state", "in", ("paid", "in_payment")),
                ("invoice_date", ">=", today - relativedelta(months=CLIENT_MONTHS)),
            ],
            "commercial_partner_id",
        )
        overdue_domain = [
            *invoices,
            ("state", "=", "posted"),
            ("payment_state", "in", ("not_paid", "partial")),
            ("amount_residual", ">", 0),
            ("invoice_date_due", "<", today),
        ]
        if "dispute_ids" in self.env["account.move"]._fields:  # collections installed
            open_dispute = [("state", "in", DISPUTE_OPEN_STATES)]
            if "is_dispute" in self.env["account.dispute"]._fields:
                open_dispute.append(("is_dispute", "=", True))  # not a copy request
            overdue_domain.append(("dispute_ids", "not any", open_dispute))
        overdue = self._mautic_commercial_ids(
            "account.move", overdue_domain, "commercial_partner_id"
        )
        orders = [("company_id", "=", company)]
        pending_domain = [
            *orders,
            ("state", "=", "sent"),
            "|",
            ("validity_date", "=", False),
            ("validity_date", ">=", today),
        ]
        if "signature" in self.env["sale.order"]._fields:
            pending_domain.append(("signature", "=", False))
        pending = self._mautic_commercial_ids("sale.order", pending_domain)
        # (with CRM, marketing_mautic_crm_fincycle adds the open opportunities)
        prospects = self._mautic_commercial_ids(
            "sale.order", [*orders, ("state", "in", ("draft", "sent"))]
        )
        dealt = self._mautic_commercial_ids(
            "sale.order", [*orders, ("state", "!=", "cancel")]
        ) | self._mautic_commercial_ids(
            "account.move",
            [*invoices, ("state", "!=", "cancel")],
            "commercial_partner_id",
        )
        return {
            "clients": clients,
            "overdue": overdue,
            "pending_quotes": pending,
            "prospects": prospects,
            "not_leads": dealt | prospects,
        }

    # -- the push --------------------------------------------------------------------------
    def action_mautic_push_segments(self):
        """Push the segment membership now (Fincycle managers)."""
        self.check_access("write")
        for account in self:
            account._mautic_push_segments()
        return True

    @api.model
    def _cron_mautic_push_segments(self, changed_only=False):
        """Every connection's segments; ``changed_only`` (the hourly run): only those whose
        company's quotations, invoices, disputes or pushed contacts changed since the last
        push (what changes by the calendar alone, an expiry or a due date, waits for the
        nightly run)."""
        for account in self._mautic_cron_accounts():
            if not any(account[name] for name, _flag in SEGMENTS.values()):
                continue  # no segment mapped: nothing to push
            if changed_only and not account._mautic_segments_changed():
                continue
            try:
                with self.env.cr.savepoint():
                    account.with_company(account.company_id)._mautic_push_segments()
            except UserError as exc:  # not usable (its address): said once, others go on
                account._mautic_cron_failed(exc.args[0] if exc.args else str(exc))
            except FincycleHttpError as exc:  # Mautic down: the next night tries again
                _logger.warning("Mautic segments of %s not pushed: %s", account.display_name, exc)
                account._mautic_cron_failed(getattr(exc, "message", None) or str(exc))

    def _mautic_segments_changed(self):
        """Whether anything a segment rule reads changed since the last push."""
        self.ensure_one()
        if not self.mautic_segments_pushed_at:
            return True
        since = self.mautic_segments_pushed_at - SYNC_OVERLAP
        return any(
            self.env[model]
            .sudo()
            .with_context(active_test=False)
            .search_count([*domain, ("write_date", ">=", since)], limit=1)
            for model, domain in self._mautic_segment_sources()
        )

    def _mautic_segment_sources(self):
        """(model, domain) of the records the segment rules read (the CRM glue module adds its
        leads)."""
        company = self.company_id.id
        checks = [
            ("sale.order", [("company_id", "=", company)]),
            ("account.move", [("company_id", "=", company), ("move_type", "=", "out_invoice")]),
            ("fincycle.mautic.contact", [("integration_id", "=", self.id)]),
        ]
        if "account.dispute" in self.env:
            checks.append(("account.dispute", [("company_id", "=", company)]))
        return checks

    def _mautic_segment_wanted(self):
        """Segment key → the contact links that belong to it (pushed partners; the CRM glue
        module adds the contacts of its leads)."""
        self.ensure_one()
        members = self._mautic_segment_members()
        links = (
            self.env["fincycle.mautic.contact"]
            .sudo()
            .search(
                [
                    ("integration_id", "=", self.id),
                    ("mautic_id", "!=", 0),
                    ("partner_id", "!=", False),
                    ("state", "=", "synced"),
                ]
            )
            .filtered(self._mautic_link_is_ours)  # a partner now of another company: none
        )
        commercial = {
            link.id: link.partner_id.with_context(active_test=False).commercial_partner_id.id
            for link in links
        }
        wanted = {
            key: links.filtered(lambda x, k=key: commercial[x.id] in members[k])
            for key in SEGMENTS
            if key != "leads"
        }
        wanted["leads"] = links.filtered(lambda x: commercial[x.id] not in members["not_leads"])
        return wanted

    def _mautic_push_segments(self):
        """Diff each mapped segment against what was last pushed: add the newcomers in batches,
        remove the leavers. Returns {segment key: (added, removed)}."""
        self.ensure_one()
        mapped = {key: self[name] for key, (name, _flag) in SEGMENTS.items() if self[name]}
        if not mapped:
            raise UserError(
                self.env._(
                    "No Mautic segment is mapped on this connection: enter the Mautic segment "
                    "ids on its Mautic tab first."
                )
            )
        if any(sid < 0 for sid in mapped.values()):
            raise UserError(self.env._("A Mautic segment id is a positive number."))
        client = self._mautic_client()
        wanted = self._mautic_segment_wanted()
        Link = self.env["fincycle.mautic.contact"].sudo()
        result = {}
        for key, segment_id in mapped.items():
            flag = SEGMENTS[key][1]
            wanted_links = wanted[key]
            current = Link.search([("integration_id", "=", self.id), (flag, "=", True)])
            add = wanted_links - current
            leave = current - wanted_links
            refused, kept = set(), set()
            if add:
                refused = self._mautic_call(
                    client.add_segment_contacts, segment_id, add.mapped("mautic_id")
                )
                add.filtered(lambda x, r=refused: x.mautic_id not in r).write({flag: True})
            if leave:
                ids = [x.mautic_id for x in leave if x.mautic_id]
                kept = (
                    self._mautic_call(client.remove_segment_contacts, segment_id, ids)
                    if ids
                    else set()
                )
                leave.filtered(lambda x, k=kept: x.mautic_id not in k).write({flag: False})
            result[key] = (len(add) - len(refused), len(leave) - len(kept) if leave else 0)
        self.sudo().mautic_segments_pushed_at = fields.Datetime.now()
        return result
