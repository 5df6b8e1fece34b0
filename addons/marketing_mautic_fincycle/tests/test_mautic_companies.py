# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Company partners → Mautic companies in the contacts' sync run, against the fake Mautic: the
companies of the pushed contacts are created in one batch, a change updates the same company,
a replay sends nothing, each contact is attached to its company once, a deleted company goes,
and each connection pushes and sees only its own companies."""

from odoo.exceptions import AccessError
from odoo.tests import tagged
from odoo.tests.common import TransactionCase

from fincycle.marketing import mautic as mt

from .test_mautic_sync import MauticCase

COMPANY_ROUTES = ("/api/companies/batch/new", "/api/companies/batch/edit")


@tagged("post_install", "-at_install")
class TestMauticCompanies(MauticCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Partner = cls.env["res.partner"]
        cls.acme = Partner.create(
            {
                "name": "Acme SA",
                "is_company": True,
                "company_id": cls.company_a.id,
                "customer_rank": 1,
                "city": "Zürich",
                "website": "https://acme.example.com",
            }
        )
        cls.acme_people = Partner.create(
            [
                {
                    "name": f"Paul Acme{i}",
                    "email": f"paul{i}@acme.example.com",
                    "parent_id": cls.acme.id,
                    "company_id": cls.company_a.id,
                }
                for i in range(2)
            ]
        )
        cls.beta = Partner.create(
            {
                "name": "Beta GmbH",
                "is_company": True,
                "email": "office@beta.example.com",
                "company_id": cls.company_b.id,
                "customer_rank": 1,
            }
        )

    def company_calls(self):
        return [r for r in self.fake.requests if r.path in COMPANY_ROUTES]

    def company_links(self, account):
        return self.env["fincycle.mautic.company"].search([("integration_id", "=", account.id)])

    def contact_of(self, partner):
        link = self.links(self.account_a).filtered(lambda x: x.partner_id == partner)
        return self.fake.contacts[link.mautic_id]

    def test_the_companies_are_created_with_the_contacts(self):
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        [company] = self.fake.companies.values()
        self.assertEqual(company["values"]["companyname"], "Acme SA")
        self.assertEqual(company["values"]["companycity"], "Zürich")
        self.assertEqual(company["values"]["companywebsite"], "https://acme.example.com")
        self.assertEqual(len(self.fake.calls("POST", "/api/companies/batch/new")), 1)
        link = self.company_links(self.account_a)
        self.assertEqual((link.partner_id, link.mautic_id), (self.acme, company["id"]))
        self.assertEqual(self.account_a.mautic_company_count, 1)
        # each person of Acme is attached to it, nobody else to anything
        for person in self.acme_people:
            self.assertEqual(self.contact_of(person)["companies"], {company["id"]})
            link = self.links(self.account_a).filtered(lambda x, p=person: x.partner_id == p)
            self.assertEqual(link.mautic_company_id, company["id"])
        self.assertFalse(self.contact_of(self.customers_a[0])["companies"])
        self.assertEqual(len([r for r in self.fake.requests if r.path.endswith("/add")]), 2)

    def test_companies_are_keyed_by_their_odoo_id_never_by_name(self):
        # a company of the same name made by hand in Mautic is not taken
        by_hand = self.fake.add_company(companyname="Acme SA")
        self.account_a._mautic_sync_contacts()
        self.assertEqual(self.fake.fields[mt.COMPANY_FIELD]["object"], "company")
        link = self.company_links(self.account_a)
        self.assertNotEqual(link.mautic_id, by_hand["id"])
        made = self.fake.companies[link.mautic_id]
        self.assertEqual(made["values"][mt.COMPANY_FIELD], str(self.acme.id))
        # the links lost (a push that crashed after Mautic answered, a restore): found again
        # by odoo_company_id, never a second Mautic company for the partner
        self.company_links(self.account_a).unlink()
        self.acme.city = "Bern"
        self.account_a.mautic_last_sync_at = False
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        self.assertEqual(len(self.fake.companies), 2)
        self.assertEqual(self.company_links(self.account_a).mautic_id, made["id"])
        self.assertEqual(made["values"]["companycity"], "Bern")
        self.assertFalse(self.fake.calls("POST", "/api/companies/batch/new")[1:])

    def test_a_change_updates_the_same_company(self):
        self.account_a._mautic_sync_contacts()
        [company_id] = self.fake.companies
        self.acme.write({"name": "Acme Holding SA", "city": "Bern"})
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        self.assertEqual(list(self.fake.companies), [company_id])
        values = self.fake.companies[company_id]["values"]
        self.assertEqual(
            (values["companyname"], values["companycity"]), ("Acme Holding SA", "Bern")
        )
        self.assertEqual(len(self.fake.calls("PATCH", "/api/companies/batch/edit")), 1)
        # already attached: not attached again
        self.assertEqual(len([r for r in self.fake.requests if r.path.endswith("/add")]), 2)

    def test_a_replay_sends_nothing(self):
        self.account_a._mautic_sync_contacts()
        before = len(self.fake.requests)
        calls = len(self.company_calls())
        self.account_a.mautic_last_sync_at = False  # everything read again
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        self.assertEqual(len(self.company_calls()), calls)
        sent = [r for r in self.fake.requests[before:] if r.method != "GET"]
        self.assertFalse(sent, [r.path for r in sent])
        self.assertEqual(len(self.fake.companies), 1)

    def test_a_new_person_is_attached_to_the_known_company(self):
        self.account_a._mautic_sync_contacts()
        [company_id] = self.fake.companies
        newcomer = self.env["res.partner"].create(
            {
                "name": "Petra Acme",
                "email": "petra@acme.example.com",
                "parent_id": self.acme.id,
                "company_id": self.company_a.id,
            }
        )
        self.account_a._mautic_sync_contacts()
        self.assertEqual(len(self.fake.companies), 1)
        self.assertFalse(self.fake.calls("PATCH", "/api/companies/batch/edit"))
        self.assertEqual(self.contact_of(newcomer)["companies"], {company_id})

    def test_a_company_gone_in_mautic_is_made_again(self):
        self.account_a._mautic_sync_contacts()
        [company_id] = self.fake.companies
        del self.fake.companies[company_id]
        self.acme.write({"city": "Basel"})
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        [company] = self.fake.companies.values()
        self.assertNotEqual(company["id"], company_id)
        self.assertEqual(self.company_links(self.account_a).mautic_id, company["id"])
        self.assertIn(company["id"], self.contact_of(self.acme_people[0])["companies"])

    def test_a_deleted_company_is_deleted_in_mautic(self):
        self.account_a._mautic_sync_contacts()
        [company_id] = self.fake.companies
        self.acme_people.write({"parent_id": False})
        self.acme.unlink()
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        self.assertFalse(self.fake.companies)
        self.assertFalse(self.company_links(self.account_a))
        self.assertTrue(self.fake.calls("DELETE", f"/api/companies/{company_id}/delete"))

    def test_each_connection_pushes_and_sees_its_own_companies(self):
        self.account_b._mautic_sync_contacts()
        [company] = self.fake.companies.values()
        self.assertEqual(company["values"]["companyname"], "Beta GmbH")
        self.account_a._mautic_sync_contacts()
        self.assertEqual(len(self.fake.companies), 2)
        CompanyLink = self.env["fincycle.mautic.company"]
        self.assertEqual(CompanyLink.with_user(self.manager_b).search([]).partner_id, self.beta)
        self.assertEqual(CompanyLink.with_user(self.manager_a).search([]).partner_id, self.acme)
        with self.assertRaises(AccessError):
            self.company_links(self.account_b).with_user(self.manager_a).read(["mautic_id"])

    def test_company_links_are_written_by_the_sync_only(self):
        self.account_a._mautic_sync_contacts()
        link = self.company_links(self.account_a).with_user(self.manager_a)
        with self.assertRaises(AccessError):
            link.write({"mautic_id": 999})
        with self.assertRaises(AccessError):
            self.env["fincycle.mautic.company"].with_user(self.manager_a).create(
                {"integration_id": self.account_a.id, "partner_id": self.acme.id}
            )
        with self.assertRaises(AccessError):
            self.company_links(self.account_a).with_user(self.user_a).unlink()

    def test_merged_companies_keep_one_company(self):
        duplicate = self.env["res.partner"].create(
            {
                "name": "ACME S.A.",
                "is_company": True,
                "company_id": self.company_a.id,
                "customer_rank": 1,
            }
        )
        person = self.env["res.partner"].create(
            {
                "name": "Dora Dup",
                "email": "dora@acme.example.com",
                "parent_id": duplicate.id,
                "company_id": self.company_a.id,
            }
        )
        self.account_a._mautic_sync_contacts()
        self.assertEqual(len(self.fake.companies), 2)
        ids = {link.partner_id: link.mautic_id for link in self.company_links(self.account_a)}
        self.env["base.partner.merge.automatic.wizard"]._merge(
            (self.acme | duplicate).ids, dst_partner=self.acme, extra_checks=False
        )
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        self.assertEqual(list(self.fake.companies), [ids[self.acme]])
        self.assertEqual(self.company_links(self.account_a).partner_id, self.acme)
        self.assertIn(ids[self.acme], self.contact_of(person)["companies"])

    def test_a_person_who_changes_company_is_moved(self):
        self.account_a._mautic_sync_contacts()
        [acme_id] = self.fake.companies
        other = self.env["res.partner"].create(
            {
                "name": "Other AG",
                "is_company": True,
                "company_id": self.company_a.id,
                "customer_rank": 1,
            }
        )
        paul, paula = self.acme_people
        paul.parent_id = other
        paula.write({"parent_id": False, "customer_rank": 1})
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        other_id = (
            self.company_links(self.account_a).filtered(lambda x: x.partner_id == other).mautic_id
        )
        self.assertEqual(self.contact_of(paul)["companies"], {other_id})
        self.assertFalse(self.contact_of(paula)["companies"])
        self.assertEqual(
            len(
                self.fake.calls(
                    "POST", f"/api/companies/{acme_id}/contact/{self.contact_of(paul)['id']}/remove"
                )
            ),
            1,
        )
        link = self.links(self.account_a).filtered(lambda x: x.partner_id == paula)
        self.assertFalse(link.mautic_company_id)
