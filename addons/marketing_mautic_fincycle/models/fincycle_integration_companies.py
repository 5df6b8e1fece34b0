# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# pylint: disable=consider-merging-classes-inherited
"""Company partners → Mautic companies, in the same sync run as the contacts.

The companies pushed are the pushed partners that are companies and the commercial partners
(companies) of the pushed contacts: a batch of at most 200 per call (the client's
``upsert_companies``), the Mautic id kept on a company link per connection, only what changed
since the last push sent (a fingerprint of the values). Then each pushed contact is attached to
its company's Mautic company, only when that attachment changed (and taken out of the company
it left)."""

import hashlib
import json
import logging

from odoo import fields, models

from fincycle.marketing import mautic as mt


def company_digest(data):
    """A fingerprint of what is sent for a company."""
    text = json.dumps(data.payload(), sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


_logger = logging.getLogger(__name__)


# One file per concern (contacts, companies, segments, events, figures), each small enough
# to read whole: the split is on purpose.
class FincycleIntegration(models.Model):
    _inherit = "fincycle.integration"

    mautic_company_count = fields.Integer(compute="_compute_mautic_company_count")

    def _compute_mautic_company_count(self):
        counts = dict(
            self.env["fincycle.mautic.company"]._read_group(
                [("integration_id", "in", self.ids)], ["integration_id"], ["__count"]
            )
        )
        for account in self:
            account.mautic_company_count = counts.get(account, 0)

    def action_mautic_open_companies(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Mautic Companies"),
            "res_model": "fincycle.mautic.company",
            "view_mode": "list",
            "domain": [("integration_id", "=", self.id)],
        }

    def _mautic_company_data(self, partner):
        """A company partner as a Mautic company (company field aliases)."""
        country = partner.country_id
        values = {
            "companyname": partner.name or "",
            "companyemail": partner.email_normalized or partner.email or "",
            "companyphone": mt.phone_e164(partner.phone, country.code) or "",
            "companyaddress1": partner.street or "",
            "companycity": partner.city or "",
            "companyzipcode": partner.zip or "",
            "companycountry": country.with_context(lang="en_US").name if country else "",
            "companywebsite": partner.website or "",
        }
        return mt.CompanyData(partner.id, values)

    def _mautic_push(self, client, partners, Link):
        counts = super()._mautic_push(client, partners, Link)
        companies = partners.filtered("is_company") | partners.commercial_partner_id.filtered(
            "is_company"
        )
        if companies:
            self._mautic_push_companies(client, companies)
        self._mautic_attach_companies(client, partners, Link)
        return counts

    def _mautic_push_companies(self, client, companies):
        """Send the companies whose values changed since they were last sent; links written."""
        CompanyLink = self.env["fincycle.mautic.company"].sudo()
        links = {
            link.partner_id.id: link
            for link in CompanyLink.search(
                [("integration_id", "=", self.id), ("partner_id", "in", companies.ids)]
            )
        }
        datas, digests = [], {}
        for partner in companies:
            data = self._mautic_company_data(partner)
            if not data.fields["companyname"]:
                continue
            digest = company_digest(data)
            link = links.get(partner.id)
            if link and link.mautic_id and link.state == "synced" and link.digest == digest:
                continue
            datas.append(data)
            digests[partner.id] = digest
        if not datas:
            return
        known = {pid: link.mautic_id for pid, link in links.items() if link.mautic_id}
        result = self._mautic_call(client.upsert_companies, datas, known=known)
        new_links = []
        for partner_id, status in result.status.items():
            failed = status == mt.STATUS_FAILED
            vals = {
                "state": "failed" if failed else "synced",
                "error": (result.failed.get(partner_id) or ("", ""))[1][:200] if failed else False,
                "digest": False if failed else digests[partner_id],
                "synced_at": self.env.cr.now(),
            }
            if not failed:
                vals["mautic_id"] = result.ids[partner_id]
            link = links.get(partner_id)
            if link:
                link.write(vals)
            else:
                new_links.append({"integration_id": self.id, "partner_id": partner_id, **vals})
        CompanyLink.create(new_links)

    def _mautic_attach_companies(self, client, partners, Link):
        """Each pushed contact attached to its company's Mautic company, and taken out of the
        one it was attached to before (only when that changed)."""
        CompanyLink = self.env["fincycle.mautic.company"].sudo()
        company_ids = {
            link.partner_id.id: link.mautic_id
            for link in CompanyLink.search(
                [
                    ("integration_id", "=", self.id),
                    ("partner_id", "in", partners.commercial_partner_id.ids),
                    ("mautic_id", "!=", 0),
                    ("state", "=", "synced"),
                ]
            )
        }
        links = Link.search(
            [
                ("integration_id", "=", self.id),
                ("partner_id", "in", partners.ids),
                ("mautic_id", "!=", 0),
                ("state", "=", "synced"),
            ]
        )
        for link in links:
            wanted = company_ids.get(link.partner_id.commercial_partner_id.id, 0)
            old = link.mautic_company_id
            if wanted == old:
                continue
            if old:  # the person left that company (or it was made again in Mautic)
                try:
                    self._mautic_call(client.remove_company_contact, old, link.mautic_id)
                except mt.MauticNotFound:  # that company is gone: the contact is in it no more
                    _logger.debug(
                        "Mautic company %s gone before contact %s left it", old, link.mautic_id
                    )
            if not wanted or self._mautic_call(client.add_company_contact, wanted, link.mautic_id):
                link.mautic_company_id = wanted

    def _mautic_delete_orphans(self, client, Link):
        """Also the companies of company partners deleted or merged away in Odoo."""
        deleted = super()._mautic_delete_orphans(client, Link)
        orphans = (
            self.env["fincycle.mautic.company"]
            .sudo()
            .search([("integration_id", "=", self.id), ("partner_id", "=", False)])
        )
        for orphan in orphans.filtered("mautic_id"):
            try:
                self._mautic_call(client.delete_company, orphan.mautic_id)
            except mt.MauticNotFound:  # already gone in Mautic
                _logger.debug("Mautic company %s already deleted", orphan.mautic_id)
            deleted += 1
        orphans.unlink()
        return deleted
