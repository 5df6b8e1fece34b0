# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The CRM glue against hostile deliveries and moved records: a payload's odoo_lead_id names
no lead (only the contacts the connection pushed are heard), a hot score from a company's
Mautic makes no opportunity for a lead or partner now of another company, and Push Again
sends no other company's lead to that Mautic."""

from odoo.tests import new_test_user, tagged
from odoo.tests.common import TransactionCase

from odoo.addons.marketing_mautic_fincycle.tests.test_mautic_sync import MauticCase

from fincycle.marketing import mautic as mt

from .test_mautic_crm import MauticLeadsMixin

WHEN = "2026-01-01T00:00:00+00:00"


class Delivery:
    def __init__(self, payload):
        self.payload = payload

    def _fincycle_payload(self):
        return self.payload


@tagged("post_install", "-at_install")
class TestMauticCrmHostile(MauticLeadsMixin, MauticCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        salesman = new_test_user(
            cls.env,
            login="mautic_hostile_salesman_a",
            groups="sales_team.group_sale_salesman",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id],
        )
        Lead = cls.env["crm.lead"]
        cls.leads_a = Lead.create(
            [
                {
                    "name": f"Enquiry {i}",
                    "type": "lead",
                    "contact_name": f"Lou Lead{i}",
                    "email_from": f"lou{i}@lead.example.com",
                    "company_id": cls.company_a.id,
                    "user_id": salesman.id,
                }
                for i in range(3)
            ]
        )
        cls.lead_b = Lead.create(
            {
                "name": "B's enquiry",
                "type": "lead",
                "email_from": "bert@lead.example.com",
                "company_id": cls.company_b.id,
            }
        )

    def hot(self, account, mautic_id, **contact):
        payload = {
            mt.EVENT_POINTS: [
                {
                    "contact": {"id": mautic_id, **contact},
                    "points": {"old_points": 0, "new_points": 90},
                    "timestamp": WHEN,
                }
            ]
        }
        with self.env.cr.savepoint():
            return account._fincycle_process_webhook_event(Delivery(payload))

    def test_a_spoofed_lead_key_names_no_lead(self):
        """A contact the connection never pushed, claiming B's lead (or A's) by its fields."""
        self.account_a._mautic_sync_contacts()
        for lead in (self.lead_b, self.leads_a[2]):
            fields_ = {"all": {mt.LEAD_FIELD: str(lead.id), mt.PARTNER_FIELD: ""}}
            message = self.hot(self.account_a, 987654, fields=fields_)
            self.assertTrue(message.startswith("0 Mautic"), message)
            self.assertEqual((lead.type, lead.priority), ("lead", "0"))
            self.assertFalse(lead.activity_ids)

    def test_a_lead_moved_to_another_company_is_not_raised_by_its_old_mautic(self):
        self.account_a._mautic_sync_contacts()
        lead = self.leads_a[0]
        link = self.lead_link(lead)
        self.assertTrue(link.mautic_id)
        lead.write({"company_id": self.company_b.id, "user_id": False})
        self.hot(self.account_a, link.mautic_id)
        self.assertEqual((lead.type, lead.priority), ("lead", "0"))
        self.assertFalse(lead.activity_ids)
        self.assertEqual(link.points, 0)

    def test_a_partner_moved_to_another_company_gets_no_opportunity_from_its_old_mautic(self):
        self.account_a._mautic_sync_contacts()
        jane = self.customers_a[0]
        link = self.links(self.account_a).filtered(lambda x: x.partner_id == jane)
        jane.company_id = self.company_b
        self.hot(self.account_a, link.mautic_id)  # no company crossover error either
        self.assertFalse(self.env["crm.lead"].search([("partner_id", "=", jane.id)]))
        self.assertFalse(jane.activity_ids)

    def test_push_again_sends_no_lead_of_another_company(self):
        self.account_a._mautic_sync_contacts()
        lead = self.leads_a[1]
        link = self.lead_link(lead)
        del self.fake.contacts[link.mautic_id]
        self.account_a._mautic_mark_deleted(link)
        lead.write(
            {"company_id": self.company_b.id, "user_id": False, "contact_name": "Now B Lead"}
        )
        action = link.with_user(self.manager_a).action_mautic_push_again()
        self.assertEqual(action["params"]["type"], "warning")
        self.assertEqual(link.state, "deleted")
        self.assertNotIn(lead.id, self.lead_contacts())

    def test_a_lead_moved_to_another_company_does_not_bring_its_partner_to_the_old_mautic(self):
        """The lead's contact is re-keyed to its partner only while both are the
        connection's company's: B's partner is never pushed to A's Mautic."""
        self.account_a._mautic_sync_contacts()
        lead = self.leads_a[2]
        link = self.lead_link(lead)
        partner_b = self.env["res.partner"].create(
            {"name": "Bob Of B", "email": "bob@b.example.com", "company_id": self.company_b.id}
        )
        lead.write({"company_id": self.company_b.id, "user_id": False})
        lead.partner_id = partner_b
        self.account_a._mautic_sync_contacts()
        self.assertNotIn(partner_b.id, self.contacts_by_partner())
        self.assertFalse(
            self.links(self.account_a).filtered(lambda x: x.partner_id == partner_b),
            "B's partner linked to A's Mautic",
        )
        self.assertEqual(link.lead_id, lead)

    def test_leads_merged_across_companies_keep_each_connection_to_its_company(self):
        """A user of both companies merges A's lead with B's: B's connection does not take
        over A's lead (its contact goes with the next push, the lead it stood for is gone)."""
        self.account_a._mautic_sync_contacts()
        self.account_b._mautic_sync_contacts()
        lead_a = self.leads_a[0]
        self.assertTrue(self.lead_link(lead_a).mautic_id)
        link_b = self.links(self.account_b).filtered(lambda x: x.lead_id == self.lead_b)
        self.assertTrue(link_b.mautic_id)
        head = (lead_a | self.lead_b)._merge_opportunity(max_length=0)
        for account in (self.account_a, self.account_b):
            for link in self.links(account).filtered("lead_id"):
                self.assertIn(
                    link.lead_id.company_id,
                    account.company_id | self.env["res.company"],
                    f"{account.name} holds {head.name} of {head.company_id.name}",
                )

    def test_a_lead_moved_to_another_company_leaves_the_old_mautics_leads_segment(self):
        leads_segment = self.fake.add_segment("leads")["id"]
        self.account_a.mautic_segment_leads = leads_segment
        self.account_a._mautic_sync_contacts()
        self.account_a._mautic_push_segments()
        link = self.lead_link(self.leads_a[0])
        self.assertIn(leads_segment, self.fake.contacts[link.mautic_id]["segments"])
        self.leads_a[0].write({"company_id": self.company_b.id, "user_id": False})
        self.account_a._mautic_push_segments()
        self.assertNotIn(leads_segment, self.fake.contacts[link.mautic_id]["segments"])
