# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""CRM on the Mautic connection.

- CRM leads of the connection's company with an e-mail and no partner yet are Mautic contacts
  keyed by ``odoo_lead_id`` (never by e-mail alone), pushed after the partners in a sync run of
  their own (200 per call, by write date, a replay sends nothing).
- A lead that got a partner: before the partners are pushed, its contact becomes the partner's
  (re-keyed with odoo_partner_id), or, when the partner already has a contact, it is deleted
  (Mautic's merge is not in the contract): never two contacts for one partner.
- The partners of the company's leads and opportunities are pushed like its customers.
- A score reaching the threshold: an opportunity for the salesperson (the lead converted, the
  partner's open opportunity raised, or a new one).
- Segments: an open opportunity makes a prospect (partner or lead); a lead without partner is
  in the leads segment.
"""

import logging
from datetime import timedelta

from odoo import fields, models
from odoo.fields import Domain

from fincycle.http import FincycleHttpError
from fincycle.marketing import mautic as mt

from .fincycle_sync_run import LEAD_KIND

_logger = logging.getLogger(__name__)

PAGE = mt.BATCH_MAX
SYNC_OVERLAP = timedelta(minutes=10)
HOT_PRIORITY = "2"


class FincycleIntegration(models.Model):
    _inherit = "fincycle.integration"

    mautic_leads_synced_at = fields.Datetime(
        "CRM Leads Pushed Until",
        readonly=True,
        copy=False,
        help="CRM leads changed since this time are pushed by the next sync.",
    )

    # -- fields and orphans ----------------------------------------------------------------
    def _mautic_contact_fields_needed(self):
        return [
            *super()._mautic_contact_fields_needed(),
            (mt.LEAD_FIELD, mt.LEAD_FIELD_LABEL, "text"),
        ]

    def _mautic_orphan_domain(self):
        return [*super()._mautic_orphan_domain(), ("lead_id", "=", False)]

    # -- partners: the CRM's too -------------------------------------------------------------
    def _mautic_partner_domain(self):
        """Also the partners (of the company or shared) of the company's active leads and
        opportunities."""
        company = self.company_id.id
        crm = (
            Domain("email", "!=", False)
            & Domain("company_id", "in", [company, False])
            & Domain(
                "mautic_crm_lead_ids",
                "any",
                [("company_id", "=", company), ("active", "=", True)],
            )
        )
        return Domain.OR([super()._mautic_partner_domain(), crm])

    # -- the push ----------------------------------------------------------------------------
    def _mautic_sync_contacts(self):
        """Leads that got a partner are re-keyed first (so the partner push edits their
        contact instead of making one), then the partners, then the leads."""
        self.ensure_one()
        try:
            with self.env.cr.savepoint():
                self._mautic_rekey_leads()
        except FincycleHttpError as exc:  # Mautic down: the partners' run says it too
            _logger.warning("Mautic leads of %s not re-keyed: %s", self.display_name, exc)
        run = super()._mautic_sync_contacts()
        if run.state == "done":
            self._mautic_sync_leads()
        return run

    def _mautic_lead_domain(self):
        """The leads pushed as contacts of their own: the company's, active, with a valid
        e-mail, without a partner."""
        return Domain(
            [
                ("company_id", "=", self.company_id.id),
                ("active", "=", True),
                ("partner_id", "=", False),
                ("email_normalized", "!=", False),
            ]
        )

    def _mautic_lead_data(self, lead):
        """A lead as a Mautic contact keyed by odoo_lead_id."""
        country = lead.country_id
        parts = (lead.contact_name or "").strip().rsplit(" ", 1)
        first, last = (parts[0], parts[1]) if len(parts) == 2 else ("", parts[0])
        values = {
            "firstname": first,
            "lastname": last,
            "email": lead.email_normalized,
            "phone": mt.phone_e164(lead.phone, country.code),
            "company": lead.partner_name or "",
            "address1": lead.street or "",
            "city": lead.city or "",
            "zipcode": lead.zip or "",
            "country": country.with_context(lang="en_US").name if country else "",
            "preferred_locale": lead.lang_code or "",
        }
        return mt.ContactData(
            lead.id, values, ("odoo", self.company_id.name), key_field=mt.LEAD_FIELD
        )

    def _mautic_sync_leads(self):
        """One sync run of the leads (``mautic_leads``): changed since the last complete run
        or never pushed, by id, 200 per page, resumable from its cursor
        ``<since>|<started>|<last id>``. None when there is nothing to push."""
        self.ensure_one()
        Lead = self.env["crm.lead"].sudo().with_context(active_test=True)
        Link = self.env["fincycle.mautic.contact"].sudo()

        def domain_since(since):
            domain = self._mautic_lead_domain()
            if since:
                listed = self._mautic_blacklisted_since(since)
                domain &= Domain.OR(
                    [
                        Domain("write_date", ">=", since - SYNC_OVERLAP),
                        Domain("email_normalized", "in", listed),
                        Domain("mautic_contact_ids", "not any", [("integration_id", "=", self.id)]),
                        Domain("mautic_contact_ids", "any", self._mautic_resend_domain()),
                    ]
                )
            return domain

        pending = self.env["fincycle.sync.run"].search_count(
            [("integration_id", "=", self.id), ("kind", "=", LEAD_KIND), ("cursor", "!=", False)],
            limit=1,
        )
        if not pending and not Lead.search_count(
            domain_since(self.mautic_leads_synced_at), limit=1
        ):
            return None
        client = self._mautic_client()

        def step(run, cursor):
            since, started, last_id = self._mautic_read_cursor(cursor, self.mautic_leads_synced_at)
            if not cursor:
                self._mautic_call(client.ensure_lead_field)
            domain = domain_since(since) & Domain("id", ">", last_id)
            total = run.progress_total or Lead.search_count(domain)
            leads = Lead.search(domain, order="id", limit=PAGE)
            counts = self._mautic_push_leads(client, leads, Link)
            finished = len(leads) < PAGE
            next_cursor = self._mautic_make_cursor(
                since, started, leads[-1].id if leads else last_id
            )
            if finished:
                self.sudo().mautic_leads_synced_at = started
                next_cursor = ""
            return {
                **counts,
                "cursor": next_cursor,
                "done": (run.progress_done or 0) + len(leads),
                "total": total,
                "finished": finished,
            }

        return self._fincycle_sync(LEAD_KIND, step)

    def _mautic_push_leads(self, client, leads, Link):
        """Send the leads whose values changed since they were last sent; links written. A
        lead whose e-mail is a pushed partner's is that partner's contact: left out."""
        counts = {"created": 0, "updated": 0, "skipped": 0, "failed": 0}
        links = {
            link.lead_id.id: link
            for link in Link.search(
                [("integration_id", "=", self.id), ("lead_id", "in", leads.ids)]
            )
        }
        partner_emails = set(
            Link.search(
                [
                    ("integration_id", "=", self.id),
                    ("partner_id.email_normalized", "in", leads.mapped("email_normalized")),
                ]
            ).mapped("partner_id.email_normalized")
        )
        datas = []
        for lead in leads:
            link = links.get(lead.id)
            if link and link.state == "deleted":
                counts["skipped"] += 1  # deleted in Mautic by the marketer: not made again
                continue
            data = self._mautic_lead_data(lead)
            if lead.email_normalized in partner_emails and not link:
                counts["skipped"] += 1
                continue
            if link and link.mautic_id and link.state == "synced" and link.digest == data.digest():
                counts["skipped"] += 1
                continue
            datas.append(data)
        if datas:
            known = {lid: link.mautic_id for lid, link in links.items() if link.mautic_id}
            result = self._mautic_call(client.upsert_contacts, datas, known=known, recreate=False)
            held = set(
                Link.search(
                    [
                        ("integration_id", "=", self.id),
                        ("partner_id", "!=", False),
                        ("mautic_id", "in", list(result.ids.values())),
                    ]
                ).mapped("mautic_id")
            )
            now = fields.Datetime.now()
            new_links = []
            for data in datas:
                lead_id = data.partner_id
                status = result.status.get(lead_id, mt.STATUS_FAILED)
                if status == mt.STATUS_GONE:  # deleted in Mautic since the last push
                    self._mautic_mark_deleted(links[lead_id])
                    counts["skipped"] += 1
                    continue
                failed = status == mt.STATUS_FAILED
                if not failed and result.ids[lead_id] in held:
                    # Mautic matched a partner's contact by e-mail: that contact stays the
                    # partner's (its values come back with the partner's next change)
                    counts["skipped"] += 1
                    continue
                vals = {
                    "state": "failed" if failed else "synced",
                    "error": (result.failed.get(lead_id) or ("", ""))[1][:200] if failed else False,
                    "digest": False if failed else data.digest(),
                    "synced_at": now,
                }
                if not failed:
                    vals["mautic_id"] = result.ids[lead_id]
                link = links.get(lead_id)
                if link:
                    link.write(vals)
                else:
                    new_links.append({"integration_id": self.id, "lead_id": lead_id, **vals})
                key = (
                    "failed"
                    if failed
                    else ("updated" if status == mt.STATUS_UPDATED else "created")
                )
                counts[key] += 1
            Link.create(new_links)
        self._mautic_push_lead_dnc(client, leads, Link)
        return counts

    def _mautic_push_lead_dnc(self, client, leads, Link):
        """Odoo's e-mail blacklist as do-not-contact on the leads' contacts."""
        links = Link.search(
            [
                ("integration_id", "=", self.id),
                ("lead_id", "in", leads.ids),
                ("partner_id", "=", False),
                ("mautic_id", "!=", False),
                ("state", "=", "synced"),
            ]
        )
        links.lead_id.invalidate_recordset(["is_blacklisted"])
        self._mautic_push_link_dnc(client, links, lambda link: link.lead_id)

    def _mautic_rekey_leads(self):
        """The contacts of leads that got a partner become the partner's: re-keyed with
        odoo_partner_id by a push of those partners now; when the partner already has a
        contact, the lead's is left without record and the orphan pass deletes it (its
        points kept on the partner's). Returns the partners re-keyed."""
        self.ensure_one()
        Link = self.env["fincycle.mautic.contact"].sudo()
        moved = Link.search(
            [
                ("integration_id", "=", self.id),
                ("lead_id", "!=", False),
                ("partner_id", "=", False),
                ("lead_id.partner_id", "!=", False),
                # a lead or partner of another company now is not brought to this Mautic
                ("lead_id.company_id", "in", [self.company_id.id, False]),
                ("lead_id.partner_id.company_id", "in", [self.company_id.id, False]),
            ],
            order="id",
        )
        partners = self.env["res.partner"].sudo()
        if not moved:
            return partners
        client = self._mautic_client()
        for link in moved:
            partner = link.lead_id.partner_id
            kept = Link.search(
                [("integration_id", "=", self.id), ("partner_id", "=", partner.id)], limit=1
            )
            if kept and not kept.mautic_id and kept.state != "deleted":
                kept.unlink()  # a failed push of the partner: the lead's contact serves
                kept = Link
            if link.state == "deleted":
                # the marketer deleted the lead's contact: the partner's stays deleted too
                # (unless it has its own contact), not made again by the partner push
                link.write({"lead_id": False, "partner_id": False if kept else partner.id})
                continue
            if kept.state == "deleted":
                # the marketer deleted the partner's contact: the lead's goes the same way
                # (the orphan pass deletes it), never two contacts for one partner
                link.write({"lead_id": False})
                continue
            plan, _loser = client.merge_plan(
                kept.mautic_id or None if kept else None, link.mautic_id or None
            )
            if plan == "rekey":
                # the contact is the partner's now: its lead key goes (a lead pushed again
                # later must not find the partner's contact by it)
                try:
                    self._mautic_call(
                        client.edit_contact,
                        link.mautic_id,
                        {mt.LEAD_FIELD: "", "overwriteWithBlank": True},
                    )
                except mt.MauticNotFound:  # deleted in Mautic: the partner's stays deleted
                    link.write({"partner_id": partner.id, "lead_id": False})
                    self._mautic_mark_deleted(link)
                    continue
                link.write({"partner_id": partner.id, "lead_id": False, "digest": False})
                partners |= partner
            elif kept.mautic_id == link.mautic_id:
                link.unlink()  # Mautic had matched them by e-mail: one contact already
            else:  # "delete" (the partner has its own contact) or "none" (never pushed)
                kept.points = max(kept.points, link.points)
                link.write({"lead_id": False})
        if partners:
            self._mautic_ensure_fields(client)
            self._mautic_push(client, partners, Link)
        return partners

    # -- webhooks -----------------------------------------------------------------------------
    def _mautic_link_is_ours(self, link):
        if link.partner_id or not link.lead_id:
            return super()._mautic_link_is_ours(link)
        company = link.lead_id.company_id
        return not company or company == self.company_id

    def _mautic_link_email(self, link):
        if link.partner_id or not link.lead_id:
            return super()._mautic_link_email(link)
        return link.lead_id.email_normalized or False

    def _mautic_push_links(self, links):
        """Also the leads of lead links (Push Again)."""
        res = super()._mautic_push_links(links)
        leads = links.filtered(lambda x: x.lead_id and not x.partner_id).lead_id
        if leads:
            client = self._mautic_client()
            self._mautic_call(client.ensure_lead_field)
            self._mautic_push_leads(client, leads, self.env["fincycle.mautic.contact"].sudo())
        return res

    def _mautic_hot_lead(self, link, points, threshold):
        """Also an opportunity for the salesperson: the lead's own (converted), else the
        partner's open one (raised), else a new one; its texts in the salesperson's
        language."""
        super()._mautic_hot_lead(link, points, threshold)
        Lead = self.env["crm.lead"].sudo().with_company(self.company_id)
        if link.lead_id and not link.partner_id:
            lead = link.lead_id.sudo()
            if not lead.active or lead.won_status == "won":
                return
            if lead.type == "lead":
                lead.convert_opportunity(lead.partner_id)
            self._mautic_raise_opportunity(lead, points, threshold)
            return
        partner = link.partner_id.sudo()
        if not partner:
            return
        opportunity = Lead.search(
            [
                ("company_id", "in", (self.company_id.id, False)),
                ("partner_id", "child_of", partner.commercial_partner_id.id),
                ("type", "=", "opportunity"),
                ("won_status", "!=", "won"),
            ],
            order="id desc",
            limit=1,
        )
        if not opportunity:
            salesperson = self._mautic_salesperson(partner)
            opportunity = Lead.create(
                {
                    "name": self._mautic_for_reader(salesperson).env._(
                        "%(partner)s: Mautic score %(points)s",
                        partner=partner.display_name,
                        points=points,
                    ),
                    "type": "opportunity",
                    "partner_id": partner.id,
                    "company_id": self.company_id.id,
                    "user_id": self._mautic_company_user(salesperson).id,
                }
            )
        self._mautic_raise_opportunity(opportunity, points, threshold)

    def _mautic_company_user(self, user):
        """``user`` if it works in the connection's company, else nobody."""
        return user if self.company_id in user.company_ids else self.env["res.users"]

    def _mautic_raise_opportunity(self, opportunity, points, threshold):
        """The opportunity marked hot, the score told in its chatter, and (for a lead's own
        opportunity, which no partner activity announces) an activity for its salesperson,
        in the salesperson's language."""
        user = opportunity.user_id or self._mautic_salesperson(opportunity.partner_id)
        account = self._mautic_for_reader(user)
        note = account._mautic_hot_lead_note(points, threshold)
        opportunity.priority = max(opportunity.priority, HOT_PRIORITY)
        opportunity.message_post(body=note, subtype_xmlid="mail.mt_note")
        if opportunity.partner_id:
            return  # the partner's activity (main module) calls the salesperson
        hot = self._mautic_hot_lead_type()
        if opportunity.activity_ids.filtered(
            lambda a: a.user_id == user and a.activity_type_id == hot
        ):
            return
        opportunity.activity_schedule(
            activity_type_id=hot.id,
            summary=account._mautic_hot_lead_summary(points),
            note=note,
            user_id=user.id,
        )

    # -- segments -----------------------------------------------------------------------------
    def _mautic_open_opportunity_domain(self):
        return [
            ("company_id", "in", (self.company_id.id, False)),
            ("type", "=", "opportunity"),
            ("active", "=", True),
            ("won_status", "!=", "won"),
        ]

    def _mautic_segment_members(self):
        """An open opportunity makes its partner a prospect (and not a lead)."""
        members = super()._mautic_segment_members()
        opportunities = self._mautic_commercial_ids(
            "crm.lead", self._mautic_open_opportunity_domain()
        )
        members["prospects"] |= opportunities
        members["not_leads"] |= opportunities
        return members

    def _mautic_segment_sources(self):
        return [
            *super()._mautic_segment_sources(),
            ("crm.lead", [("company_id", "in", (self.company_id.id, False))]),
        ]

    def _mautic_segment_wanted(self):
        """The contacts of leads without partner: an open opportunity is a prospect, an
        active lead a lead; a lost or won one is in no segment."""
        wanted = super()._mautic_segment_wanted()
        links = (
            self.env["fincycle.mautic.contact"]
            .sudo()
            .search(
                [
                    ("integration_id", "=", self.id),
                    ("mautic_id", "!=", 0),
                    ("partner_id", "=", False),
                    ("lead_id", "!=", False),
                    ("state", "=", "synced"),
                ]
            )
            .filtered(self._mautic_link_is_ours)  # a lead now of another company: none
        )
        opportunities = (
            self.env["crm.lead"]
            .sudo()
            .search([("id", "in", links.lead_id.ids), *self._mautic_open_opportunity_domain()])
        )
        wanted["prospects"] |= links.filtered(lambda x: x.lead_id in opportunities)
        wanted["leads"] |= links.filtered(lambda x: x.lead_id.active and x.lead_id.type == "lead")
        return wanted
