# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""CRM leads on the Mautic connection, against the fake Mautic that follows the contract: a
lead without partner is a contact keyed by odoo_lead_id (200 per call, a replay sends nothing,
an invalid e-mail is not sent), a lead that gets a partner keeps its contact re-keyed (or it
goes when the partner had one), merged leads keep one, a hot score makes an opportunity for
the salesperson, open opportunities are prospects, each company pushes and sees its own, and
nobody without the rights writes a link."""

from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged
from odoo.tests.common import TransactionCase

from odoo.addons.marketing_mautic_fincycle.tests.test_mautic_sync import MauticCase

from fincycle.marketing import mautic as mt


class MauticLeadsMixin:
    """Reading what the fake Mautic holds of the leads (shared with the hostile tests)."""

    def lead_contacts(self):
        return {
            int(c["values"][mt.LEAD_FIELD]): c
            for c in self.fake.contacts.values()
            if c["values"].get(mt.LEAD_FIELD) and not c["values"].get(mt.PARTNER_FIELD)
        }

    def lead_link(self, lead, account=None):
        return self.links(account or self.account_a).filtered(lambda x: x.lead_id == lead)


@tagged("post_install", "-at_install")
class TestMauticCrm(MauticLeadsMixin, MauticCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salesman_a = new_test_user(
            cls.env,
            login="mautic_salesman_a",
            groups="sales_team.group_sale_salesman",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id],
        )
        Lead = cls.env["crm.lead"]
        cls.leads_a = Lead.create(
            [
                {
                    "name": f"Website enquiry {i}",
                    "type": "lead",
                    "contact_name": f"Lea Lead{i}",
                    "partner_name": "Lead Company SA",
                    "email_from": f"lea{i}@lead.example.com",
                    "phone": f"044 668 19 0{i}",
                    "country_id": cls.env.ref("base.ch").id,
                    "company_id": cls.company_a.id,
                    "user_id": cls.salesman_a.id,
                }
                for i in range(3)
            ]
        )
        cls.lead_bad_email = Lead.create(
            {
                "name": "Typo",
                "type": "lead",
                "email_from": "not an e-mail",
                "company_id": cls.company_a.id,
            }
        )
        cls.lead_b = Lead.create(
            {
                "name": "B's enquiry",
                "type": "lead",
                "email_from": "bert@lead.example.com",
                "company_id": cls.company_b.id,
            }
        )

    def lead_runs(self, account):
        return self.env["fincycle.sync.run"].search(
            [("integration_id", "=", account.id), ("kind", "=", "mautic_leads")], order="id"
        )

    def points(self, link, old, new):
        event = mt.WebhookEvent(
            event_type=mt.EVENT_POINTS,
            contact_id=link.mautic_id,
            partner_id=None,
            timestamp=None,
            points_old=old,
            points_new=new,
        )
        link.integration_id._mautic_apply_points(link, event)

    # -- push ------------------------------------------------------------------------------
    def test_leads_without_partner_become_contacts_keyed_by_their_id(self):
        self.account_a._mautic_sync_contacts()
        self.assertIn(mt.LEAD_FIELD, self.fake.fields)
        contacts = self.lead_contacts()
        # B's lead and the lead with an invalid e-mail are not sent
        self.assertEqual(set(contacts), set(self.leads_a.ids))
        lea = contacts[self.leads_a[1].id]["values"]
        self.assertEqual((lea["firstname"], lea["lastname"]), ("Lea", "Lead1"))
        self.assertEqual((lea["email"], lea["phone"]), ("lea1@lead.example.com", "+41446681901"))
        self.assertEqual(lea["company"], "Lead Company SA")
        self.assertFalse(lea.get(mt.PARTNER_FIELD))
        [run] = self.lead_runs(self.account_a)
        self.assertEqual((run.state, run.created_count), ("done", 3), run.error)
        self.assertEqual(
            {
                link.lead_id.id: link.mautic_id
                for link in self.links(self.account_a)
                if link.lead_id
            },
            {lid: c["id"] for lid, c in contacts.items()},
        )
        # one batch for the partners, one for the leads
        self.assertEqual(len(self.fake.calls("POST", "/api/contacts/batch/new")), 2)
        self.assertFalse(self.lead_link(self.lead_b, self.account_a))

    def test_a_replay_changes_nothing_and_a_change_updates_the_same_contact(self):
        self.account_a._mautic_sync_contacts()
        before = {cid: dict(c["values"]) for cid, c in self.fake.contacts.items()}
        self.account_a.mautic_leads_synced_at = False  # the whole CRM read again
        self.account_a._mautic_sync_contacts()
        run = self.lead_runs(self.account_a)[-1]
        self.assertEqual((run.created_count, run.updated_count, run.skipped_count), (0, 0, 3))
        self.assertEqual({cid: c["values"] for cid, c in self.fake.contacts.items()}, before)
        self.leads_a[0].contact_name = "Lea Renamed"
        self.account_a._mautic_sync_contacts()
        run = self.lead_runs(self.account_a)[-1]
        self.assertEqual((run.created_count, run.updated_count), (0, 1))
        self.assertEqual(self.lead_contacts()[self.leads_a[0].id]["values"]["lastname"], "Renamed")
        self.assertEqual(len(self.fake.contacts), len(before))

    def test_lost_links_are_found_again_by_the_lead_key(self):
        self.account_a._mautic_sync_contacts()
        ids = {lid: c["id"] for lid, c in self.lead_contacts().items()}
        self.links(self.account_a).filtered("lead_id").unlink()
        self.account_a._mautic_sync_contacts()
        self.assertEqual({lid: c["id"] for lid, c in self.lead_contacts().items()}, ids)
        self.assertEqual(len(self.lead_contacts()), 3)

    def test_a_lead_with_a_pushed_partners_email_is_that_partners_contact(self):
        self.account_a._mautic_sync_contacts()
        jane = self.customers_a[0]
        lead = self.env["crm.lead"].create(
            {"name": "Jane again", "email_from": jane.email, "company_id": self.company_a.id}
        )
        self.account_a._mautic_sync_contacts()
        self.assertFalse(self.lead_link(lead))
        self.assertEqual(len(self.fake.contact_by("email", jane.email)), 1)

    def test_one_refused_lead_fails_alone(self):
        odd = self.env["crm.lead"].create(
            {"name": "Odd", "email_from": "odd@localhost", "company_id": self.company_a.id}
        )
        self.assertTrue(odd.email_normalized)  # Odoo takes it, Mautic does not
        self.account_a._mautic_sync_contacts()
        run = self.lead_runs(self.account_a)[-1]
        self.assertEqual((run.state, run.created_count, run.failed_count), ("done", 3, 1))
        link = self.lead_link(odd)
        self.assertEqual((link.state, link.mautic_id), ("failed", 0))
        self.assertTrue(link.error)
        self.assertEqual(set(self.lead_contacts()), set(self.leads_a.ids))

    # -- lead → partner ----------------------------------------------------------------------
    def test_a_lead_that_gets_a_partner_keeps_its_contact_rekeyed(self):
        self.account_a._mautic_sync_contacts()
        lead = self.leads_a[0]
        contact_id = self.lead_link(lead).mautic_id
        lead._handle_partner_assignment(create_missing=True)
        partner = lead.partner_id
        self.assertTrue(partner)
        count = len(self.fake.contacts)
        self.account_a._mautic_sync_contacts()
        self.assertEqual(len(self.fake.contacts), count)  # no second contact
        values = self.fake.contacts[contact_id]["values"]
        self.assertEqual(values[mt.PARTNER_FIELD], str(partner.id))
        self.assertFalse(values[mt.LEAD_FIELD])  # the lead key went
        link = self.links(self.account_a).filtered(lambda x: x.partner_id == partner)
        self.assertEqual((link.mautic_id, link.lead_id), (contact_id, lead.browse()))
        self.assertFalse(self.lead_link(lead))
        # a replay changes nothing
        calls = len(self.fake.requests)
        self.account_a._mautic_sync_contacts()
        self.assertFalse(
            [r for r in self.fake.requests[calls:] if "/batch/" in r.path or "/delete" in r.path]
        )

    def test_a_lead_that_loses_its_partner_leaves_the_partners_contact_alone(self):
        self.account_a._mautic_sync_contacts()
        lead = self.leads_a[0]
        contact_id = self.lead_link(lead).mautic_id
        lead._handle_partner_assignment(create_missing=True)
        partner = lead.partner_id
        self.account_a._mautic_sync_contacts()
        lead.partner_id = False
        self.account_a._mautic_sync_contacts()
        # its e-mail is the partner's contact: not pushed as a lead over it
        self.assertFalse(self.lead_link(lead))
        values = self.fake.contacts[contact_id]["values"]
        self.assertEqual((values[mt.PARTNER_FIELD], values[mt.LEAD_FIELD]), (str(partner.id), None))

    def test_a_lead_of_a_partner_with_a_contact_is_merged_into_it(self):
        self.account_a._mautic_sync_contacts()
        lead, jane = self.leads_a[1], self.customers_a[0]
        lead_contact = self.lead_link(lead).mautic_id
        self.lead_link(lead).sudo().points = 30
        jane_link = self.links(self.account_a).filtered(lambda x: x.partner_id == jane)
        lead.partner_id = jane
        self.account_a._mautic_sync_contacts()
        self.assertNotIn(lead_contact, self.fake.contacts)  # deleted: one contact per partner
        self.assertIn(jane_link.mautic_id, self.fake.contacts)
        self.assertEqual(jane_link.points, 30)
        self.assertFalse(self.lead_link(lead))

    def test_merged_leads_keep_one_contact(self):
        self.account_a._mautic_sync_contacts()
        first, second = self.leads_a[0], self.leads_a[1]
        ids = {self.lead_link(first).mautic_id, self.lead_link(second).mautic_id}
        head = (first | second)._merge_opportunity(max_length=0)
        self.account_a._mautic_sync_contacts()
        link = self.lead_link(head)
        self.assertIn(link.mautic_id, ids)
        self.assertEqual(len(set(self.lead_contacts()) & {first.id, second.id}), 1)
        self.assertEqual(len(ids & set(self.fake.contacts)), 1)

    def test_a_deleted_lead_deletes_its_contact(self):
        self.account_a._mautic_sync_contacts()
        lead = self.leads_a[2]
        contact_id = self.lead_link(lead).mautic_id
        lead.unlink()
        self.account_a._mautic_sync_contacts()
        self.assertNotIn(contact_id, self.fake.contacts)

    def test_partners_of_the_crm_are_pushed(self):
        prospect = self.env["res.partner"].create(
            {"name": "Pia Prospect", "email": "pia@example.com", "company_id": self.company_a.id}
        )
        self.env["crm.lead"].create(
            {
                "name": "Pia's project",
                "type": "opportunity",
                "partner_id": prospect.id,
                "company_id": self.company_a.id,
            }
        )
        self.account_a._mautic_sync_contacts()
        self.assertIn(prospect.id, self.contacts_by_partner())
        self.account_b._mautic_sync_contacts()
        self.assertFalse(self.links(self.account_b).filtered(lambda x: x.partner_id == prospect))

    # -- do not contact ---------------------------------------------------------------------
    def test_do_not_contact_both_ways_for_a_lead(self):
        self.account_a._mautic_sync_contacts()
        lead = self.leads_a[0]
        link = self.lead_link(lead)
        self.env["mail.blacklist"].sudo()._add(lead.email_from)
        self.account_a.mautic_leads_synced_at = False
        self.account_a._mautic_sync_contacts()
        self.assertIn("email", self.fake.contacts[link.mautic_id]["dnc"])
        self.assertEqual((link.dnc, link.dnc_source), (True, "odoo"))
        # Mautic opening the channel does not lift an Odoo user's blacklist
        self.account_a._mautic_apply_dnc(link, mt.DNC_CONTACTABLE)
        lead.invalidate_recordset()
        self.assertTrue(lead.is_blacklisted)
        # another lead unsubscribes in Mautic: blacklisted, and lifted when it comes back
        other = self.leads_a[1]
        other_link = self.lead_link(other)
        self.account_a._mautic_apply_dnc(other_link, mt.DNC_UNSUBSCRIBED)
        other.invalidate_recordset()
        self.assertTrue(other.is_blacklisted)
        self.assertEqual(other_link.dnc_source, "mautic")
        self.account_a._mautic_apply_dnc(other_link, mt.DNC_CONTACTABLE)
        other.invalidate_recordset()
        self.assertFalse(other.is_blacklisted)

    # -- deleted in Mautic ------------------------------------------------------------------
    def deliver(self, account, event_type, payload):
        class Delivery:
            def _fincycle_payload(self):
                return {event_type: [payload]}

        return account._fincycle_process_webhook_event(Delivery())

    def test_a_leads_contact_deleted_in_mautic_stays_deleted_when_it_gets_a_partner(self):
        self.account_a._mautic_sync_contacts()
        lead = self.leads_a[0]
        link = self.lead_link(lead)
        mautic_id = link.mautic_id
        del self.fake.contacts[mautic_id]
        deleted = {"id": mautic_id, "contact": {"id": None}, "timestamp": "2026-01-01T00:00:00Z"}
        self.deliver(self.account_b, mt.EVENT_CONTACT_DELETE, deleted)  # not B's
        self.assertEqual(link.state, "synced")
        self.deliver(self.account_a, mt.EVENT_CONTACT_DELETE, deleted)
        self.assertEqual((link.state, link.mautic_id), ("deleted", 0))
        lead.contact_name = "Lea Renamed"
        self.account_a.mautic_leads_synced_at = False
        self.account_a._mautic_sync_contacts()
        self.assertNotIn(lead.id, self.lead_contacts())
        # the lead gets a partner: the person stays out of Mautic
        lead._handle_partner_assignment(create_missing=True)
        partner = lead.partner_id
        self.account_a._mautic_sync_contacts()
        self.assertEqual(
            (link.partner_id, link.lead_id, link.state), (partner, lead.browse(), "deleted")
        )
        self.assertNotIn(partner.id, self.contacts_by_partner())
        # until a manager pushes it again
        action = link.with_user(self.manager_a).action_mautic_push_again()
        self.assertEqual(action["params"]["type"], "success")
        self.assertEqual(link.state, "synced")
        self.assertEqual(self.contacts_by_partner()[partner.id]["id"], link.mautic_id)

    def test_a_lead_contact_pushed_again(self):
        self.account_a._mautic_sync_contacts()
        lead = self.leads_a[2]
        link = self.lead_link(lead)
        del self.fake.contacts[link.mautic_id]
        lead.contact_name = "Lea Renamed"  # the push finds it gone: not made again
        self.account_a.mautic_leads_synced_at = False
        self.account_a._mautic_sync_contacts()
        self.assertEqual(link.state, "deleted")
        self.assertNotIn(lead.id, self.lead_contacts())
        with self.assertRaises(AccessError):
            link.with_user(self.salesman_a).action_mautic_push_again()
        link.with_user(self.manager_a).action_mautic_push_again()
        self.assertEqual(link.state, "synced")
        self.assertEqual(self.lead_contacts()[lead.id]["id"], link.mautic_id)

    # -- points -------------------------------------------------------------------------------
    def test_a_hot_lead_becomes_an_opportunity_for_its_salesperson(self):
        self.account_a._mautic_sync_contacts()
        lead = self.leads_a[0]
        link = self.lead_link(lead)
        self.points(link, 10, 40)
        self.assertEqual((lead.type, link.points), ("lead", 40))
        self.points(link, 40, 55)
        self.assertEqual(lead.type, "opportunity")
        self.assertEqual(lead.priority, "2")
        [activity] = lead.activity_ids
        self.assertEqual(activity.user_id, self.salesman_a)
        self.assertIn("55", activity.summary)
        self.points(link, 20, 60)  # again above: no second activity
        self.assertEqual(len(lead.activity_ids), 1)

    def test_a_hot_lead_gets_one_call_in_its_salespersons_language(self):
        """The webhook is processed in no reader's language (here the job's English): the
        opportunity's texts and the call are in the salesperson's (German, then French)."""
        for lang in ("de_DE", "fr_FR"):
            self.env["res.lang"]._activate_lang(lang)
        self.env["ir.module.module"]._load_module_terms(
            ["marketing_mautic_fincycle", "marketing_mautic_crm_fincycle"], ["de_DE", "fr_FR"]
        )
        self.salesman_a.lang = "de_DE"
        self.account_a._mautic_sync_contacts()
        lead = self.leads_a[0]
        link = self.lead_link(lead).with_context(lang="en_US")
        account = self.account_a.with_context(lang="en_US")
        for old, new in ((10, 55), (55, 10), (10, 70)):
            event = mt.WebhookEvent(mt.EVENT_POINTS, link.mautic_id, None, None, None, old, new)
            account._mautic_apply_points(link, event)
        [activity] = lead.activity_ids  # found by its type: one call
        self.assertEqual(activity.summary, "Heißer Lead: Mautic-Punktzahl 55")
        notes = lead.message_ids.filtered(lambda m: "Mautic" in (m.body or ""))
        self.assertTrue(notes)
        self.assertFalse(notes.filtered(lambda m: "time to call" in m.body))
        # a partner of a French salesperson: the opportunity made for it is French
        self.salesman_a.lang = "fr_FR"
        jane = self.customers_a[0]
        jane.user_id = self.salesman_a
        jane_link = self.links(self.account_a).filtered(lambda x: x.partner_id == jane)
        event = mt.WebhookEvent(mt.EVENT_POINTS, jane_link.mautic_id, None, None, None, 0, 60)
        account._mautic_apply_points(jane_link.with_context(lang="en_US"), event)
        opportunity = self.env["crm.lead"].search([("partner_id", "=", jane.id)])
        self.assertEqual(len(opportunity), 1)
        self.assertNotIn("Mautic score", opportunity.name)
        self.assertIn("60", opportunity.name)
        self.assertEqual(jane.activity_ids.summary, "Piste chaude : score Mautic 60")
        self.assertTrue(
            opportunity.message_ids.filtered(lambda m: "moment d'appeler" in (m.body or ""))
        )

    def test_a_hot_partner_gets_an_opportunity_once(self):
        self.account_a._mautic_sync_contacts()
        jane = self.customers_a[0]
        jane.user_id = self.salesman_a
        link = self.links(self.account_a).filtered(lambda x: x.partner_id == jane)
        Lead = self.env["crm.lead"]
        self.points(link, 0, 49)
        self.assertFalse(Lead.search([("partner_id", "=", jane.id)]))
        self.points(link, 49, 50)
        [opportunity] = Lead.search([("partner_id", "=", jane.id)])
        self.assertEqual(
            (opportunity.type, opportunity.user_id, opportunity.company_id, opportunity.priority),
            ("opportunity", self.salesman_a, self.company_a, "2"),
        )
        self.assertIn("50", opportunity.name)
        self.assertEqual(len(jane.activity_ids), 1)  # the salesperson's call (main module)
        self.points(link, 10, 80)  # crossed again: the same opportunity
        self.assertEqual(Lead.search_count([("partner_id", "=", jane.id)]), 1)

    def test_a_points_webhook_finds_the_leads_contact(self):
        self.account_a._mautic_sync_contacts()
        lead = self.leads_a[1]
        link = self.lead_link(lead)

        class Delivery:
            def _fincycle_payload(self):
                return {
                    mt.EVENT_POINTS: [
                        {
                            "contact": {"id": link.mautic_id},
                            "points": {"old_points": 0, "new_points": 70},
                            "timestamp": "2026-01-01T00:00:00+00:00",
                        },
                        {  # a contact no connection pushed: ignored
                            "contact": {"id": 999999},
                            "points": {"old_points": 0, "new_points": 90},
                            "timestamp": "2026-01-01T00:00:00+00:00",
                        },
                    ]
                }

        self.account_a._fincycle_process_webhook_event(Delivery())
        self.assertEqual(link.points, 70)
        self.assertEqual(lead.type, "opportunity")
        # B's connection does not know A's contact
        self.account_b._fincycle_process_webhook_event(Delivery())
        self.assertEqual(link.points, 70)

    def test_no_threshold_no_opportunity(self):
        self.account_a._mautic_sync_contacts()
        self.account_a.mautic_points_threshold = 0
        lead = self.leads_a[0]
        self.points(self.lead_link(lead), 0, 500)
        self.assertEqual(lead.type, "lead")

    # -- segments -----------------------------------------------------------------------------
    def test_open_opportunities_are_prospects_and_leads_are_leads(self):
        segments = {
            key: self.fake.add_segment(key)["id"]
            for key in ("leads", "prospects", "clients", "pending_quotes", "overdue")
        }
        self.account_a.write({f"mautic_segment_{k}": v for k, v in segments.items()})
        jane = self.customers_a[0]
        self.env["crm.lead"].create(
            {
                "name": "Jane's project",
                "type": "opportunity",
                "partner_id": jane.id,
                "company_id": self.company_a.id,
            }
        )
        self.leads_a[1].convert_opportunity(self.env["res.partner"])
        self.leads_a[2].action_set_lost()
        self.account_a._mautic_sync_contacts()
        self.account_a._mautic_push_segments()

        def members(key):
            return {
                link
                for link in self.links(self.account_a)
                if segments[key] in self.fake.contacts[link.mautic_id]["segments"]
            }

        jane_link = self.links(self.account_a).filtered(lambda x: x.partner_id == jane)
        self.assertEqual(members("prospects"), {jane_link, self.lead_link(self.leads_a[1])})
        self.assertIn(self.lead_link(self.leads_a[0]), members("leads"))
        self.assertNotIn(jane_link, members("leads"))
        lost = self.lead_link(self.leads_a[2])
        self.assertFalse(any(lost in members(k) for k in segments))

    def test_another_companys_opportunity_makes_no_prospect(self):
        shared = self.env["res.partner"].create(
            {"name": "Shared Sam", "email": "sam@example.com", "company_id": False}
        )
        self.env["crm.lead"].create(
            {
                "name": "B's deal",
                "type": "opportunity",
                "partner_id": shared.id,
                "company_id": self.company_b.id,
            }
        )
        members = self.account_a._mautic_segment_members()
        self.assertNotIn(shared.id, members["prospects"])
        self.assertIn(shared.id, self.account_b._mautic_segment_members()["prospects"])
        # and B's opportunity does not make A push the shared partner
        self.account_a._mautic_sync_contacts()
        self.assertNotIn(shared.id, self.contacts_by_partner())
        self.account_b._mautic_sync_contacts()
        self.assertIn(shared.id, self.contacts_by_partner())

    # -- rights and companies --------------------------------------------------------------------
    def test_each_company_sees_and_pushes_its_own_leads(self):
        self.account_a._mautic_sync_contacts()
        self.account_b._mautic_sync_contacts()
        Link = self.env["fincycle.mautic.contact"]
        self.assertEqual(
            Link.with_user(self.manager_b).search([("lead_id", "!=", False)]).lead_id,
            self.lead_b,
        )
        self.assertEqual(
            Link.with_user(self.manager_a).search([("lead_id", "!=", False)]).lead_id,
            self.leads_a,
        )
        with self.assertRaises(AccessError):
            self.lead_link(self.leads_a[0]).with_user(self.manager_b).read(["mautic_id"])
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.manager_b).action_mautic_sync_contacts()

    def test_lead_links_are_written_by_the_sync_only(self):
        self.account_a._mautic_sync_contacts()
        link = self.lead_link(self.leads_a[0])
        for user in (self.manager_a, self.user_a, self.salesman_a):
            with self.assertRaises(AccessError):
                link.with_user(user).write({"lead_id": self.leads_a[1].id})
        with self.assertRaises(AccessError):
            self.env["fincycle.mautic.contact"].with_user(self.manager_a).create(
                {"integration_id": self.account_a.id, "lead_id": self.leads_a[1].id}
            )
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.user_a).action_mautic_sync_contacts()
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.salesman_a).action_mautic_sync_contacts()
