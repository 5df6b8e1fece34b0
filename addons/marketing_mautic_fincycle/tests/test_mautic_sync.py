# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Partners → Mautic contacts through the connector kit's sync runs, against the fake Mautic
that follows the contract (fincycle.testing.fake_mautic) on 127.0.0.1: the first sync creates
contacts keyed by odoo_partner_id, a change updates the same contact, a replay changes
nothing, a crash resumes from its checkpoint, each company pushes only its own partners and
sees only its own connection, and the write paths refuse bad input and users without rights."""

from datetime import timedelta
from unittest.mock import patch

from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged
from odoo.tests.common import TransactionCase

from odoo.addons.fincycle_base.tests.common import FincycleHttpTestMixin

from fincycle.http import BREAKERS, HttpPolicy
from fincycle.marketing import mautic as mt
from fincycle.testing.fake_mautic import FakeMautic

FAST = HttpPolicy(
    max_attempts=2,
    backoff_initial=0.01,
    backoff_max=0.02,
    backoff_jitter=0.0,
    connect_timeout=5,
    read_timeout=10,
    max_retry_after=2,
)
MODULE = "odoo.addons.marketing_mautic_fincycle.models.fincycle_integration"
BATCH_ROUTES = ("/api/contacts/batch/new", "/api/contacts/batch/edit")


class MauticCase(FincycleHttpTestMixin):
    """Two companies, each with a Mautic connection to one fake Mautic on 127.0.0.1, five
    customers of A with e-mail, one of B, and partners that are not pushed."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.fake = FakeMautic()
        cls.fake.start()
        cls.addClassCleanup(cls.fake.stop)
        Integration = type(cls.env["fincycle.integration"])
        cls.startClassPatcher(patch.object(Integration, "_mautic_http_policy", lambda s: FAST))
        cls.company_a = cls.env["res.company"].create({"name": "Seeblick Marketing A"})
        cls.company_b = cls.env["res.company"].create({"name": "Seeblick Marketing B"})
        Partner = cls.env["res.partner"]
        swiss = cls.env.ref("base.ch")
        cls.customers_a = Partner.create(
            [
                {
                    "name": f"Jane Doe{i}",
                    "email": f"jane{i}@example.com",
                    "phone": f"044 668 18 0{i}",
                    "country_id": swiss.id,
                    "company_id": cls.company_a.id,
                    "customer_rank": 1,
                    "lang": "en_US",
                }
                for i in range(5)
            ]
        )
        cls.customer_b = Partner.create(
            {
                "name": "Bea Other",
                "email": "bea@example.com",
                "company_id": cls.company_b.id,
                "customer_rank": 1,
            }
        )
        cls.without_email_a = Partner.create(
            {"name": "No Mail", "company_id": cls.company_a.id, "customer_rank": 1}
        )
        cls.supplier_a = Partner.create(
            {
                "name": "Supplier Only",
                "email": "supplier@example.com",
                "company_id": cls.company_a.id,
                "supplier_rank": 1,
            }
        )
        cls.account_a = cls._integration(cls.company_a, "Mautic A")
        cls.account_b = cls._integration(cls.company_b, "Mautic B")
        cls.manager_a = new_test_user(
            cls.env,
            login="mautic_manager_a",
            groups="fincycle_base.group_fincycle_manager",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id],
        )
        cls.manager_b = new_test_user(
            cls.env,
            login="mautic_manager_b",
            groups="fincycle_base.group_fincycle_manager",
            company_id=cls.company_b.id,
            company_ids=[cls.company_b.id],
        )
        cls.user_a = new_test_user(
            cls.env,
            login="mautic_user_a",
            groups="fincycle_base.group_fincycle_user",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id],
        )

    @classmethod
    def _integration(cls, company, name):
        account = cls.env["fincycle.integration"].create(
            {"name": name, "provider": "mautic", "company_id": company.id}
        )
        # A system administrator points it at the installation, then enters the credentials.
        account.write({"base_url": cls.fake.url})
        account.write(
            {
                "api_key": cls.fake.client_id,
                "api_secret": cls.fake.client_secret,
                "state": "connected",
            }
        )
        return account

    def setUp(self):
        super().setUp()
        self.fake.reset()
        BREAKERS.reset()

    def batch_calls(self):
        return [r for r in self.fake.requests if r.path in BATCH_ROUTES]

    def contacts_by_partner(self):
        return {
            int(c["values"][mt.PARTNER_FIELD]): c
            for c in self.fake.contacts.values()
            if c["values"].get(mt.PARTNER_FIELD)
        }

    def links(self, account):
        return self.env["fincycle.mautic.contact"].search([("integration_id", "=", account.id)])


@tagged("post_install", "-at_install")
class TestMauticSync(MauticCase, TransactionCase):
    # -- sync ------------------------------------------------------------------------------
    def test_first_sync_creates_one_contact_per_partner_keyed_by_its_id(self):
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        self.assertEqual((run.created_count, run.updated_count, run.failed_count), (5, 0, 0))
        self.assertEqual((run.progress_done, run.progress_total), (5, 5))
        contacts = self.contacts_by_partner()
        self.assertEqual(set(contacts), set(self.customers_a.ids))
        self.assertEqual(len(self.fake.contacts), 5)  # nobody of B, no supplier, no mail-less
        jane = contacts[self.customers_a[1].id]["values"]
        self.assertEqual(jane["email"], "jane1@example.com")
        self.assertEqual(jane["phone"], "+41446681801")
        self.assertEqual((jane["firstname"], jane["lastname"]), ("Jane", "Doe1"))
        self.assertEqual(jane["country"], "Switzerland")
        self.assertEqual(contacts[self.customers_a[1].id]["tags"], ["odoo", "Seeblick Marketing A"])
        links = self.links(self.account_a)
        self.assertEqual(
            {link.partner_id.id: link.mautic_id for link in links},
            {pid: c["id"] for pid, c in contacts.items()},
        )
        self.assertTrue(self.account_a.mautic_last_sync_at)
        self.assertEqual(len(self.fake.calls("POST", "/api/contacts/batch/new")), 1)
        self.assertEqual(self.account_a.mautic_contact_count, 5)

    def test_a_change_updates_the_same_contact(self):
        self.account_a._mautic_sync_contacts()
        jane = self.customers_a[0]
        jane.write({"name": "Jane Renamed", "email": "jane.new@example.com"})
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        self.assertEqual((run.created_count, run.updated_count), (0, 1))
        self.assertEqual(len(self.fake.contacts), 5)
        values = self.contacts_by_partner()[jane.id]["values"]
        self.assertEqual((values["lastname"], values["email"]), ("Renamed", "jane.new@example.com"))
        [edit] = self.fake.calls("PATCH", "/api/contacts/batch/edit")
        self.assertEqual([item[mt.PARTNER_FIELD] for item in edit.json()], [str(jane.id)])

    def test_a_replay_changes_nothing(self):
        self.account_a._mautic_sync_contacts()
        before = {cid: dict(c["values"]) for cid, c in self.fake.contacts.items()}
        calls = len(self.batch_calls())
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done")
        self.assertEqual((run.created_count, run.updated_count, run.failed_count), (0, 0, 0))
        # a full push again (the last push forgotten): every partner is read, none is sent
        self.account_a.mautic_last_sync_at = False
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual((run.created_count, run.updated_count, run.skipped_count), (0, 0, 5))
        self.assertEqual(len(self.batch_calls()), calls)
        self.assertEqual({cid: c["values"] for cid, c in self.fake.contacts.items()}, before)

    def test_links_lost_the_contacts_are_found_again_by_their_key(self):
        self.account_a._mautic_sync_contacts()
        self.links(self.account_a).unlink()
        self.account_a.mautic_last_sync_at = False
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        self.assertEqual(len(self.fake.contacts), 5)
        self.assertEqual(len(self.links(self.account_a)), 5)

    def test_a_crash_resumes_from_the_checkpoint(self):
        self.fake.fail_next(1, 502, after=1, path="/api/contacts/batch/new")
        with patch(f"{MODULE}.PAGE", 2):
            failed = self.account_a._mautic_sync_contacts()
            self.assertEqual(failed.state, "failed")
            self.assertIn("Mautic had an error", failed.error)
            self.assertEqual(failed.created_count, 2)
            self.assertEqual(len(self.fake.contacts), 2)
            self.assertEqual(self.account_a.state, "error")
            resumed = self.account_a._mautic_sync_contacts()
        self.assertEqual(resumed.state, "done", resumed.error)
        self.assertEqual(resumed.resumed_from_id, failed)
        self.assertEqual(resumed.created_count, 3)
        self.assertEqual(set(self.contacts_by_partner()), set(self.customers_a.ids))
        self.assertEqual(len(self.fake.contacts), 5)
        self.assertEqual(self.account_a.state, "connected")

    def test_the_field_is_created_and_the_token_kept(self):
        message = self.account_a._fincycle_check_connection()
        self.assertIn("were created", message)
        self.assertIn(mt.PARTNER_FIELD, self.fake.fields)
        self.assertEqual(self.fake.fields[mt.COMPANY_FIELD]["object"], "company")
        self.assertTrue(self.account_a.sudo().access_token)
        self.account_a._mautic_sync_contacts()
        self.assertEqual(len(self.fake.calls("POST", "/oauth/v2/token")), 1)
        self.assertIn("are there", self.account_a._fincycle_check_connection())

    def test_basic_auth(self):
        self.account_a.write(
            {
                "mautic_auth_mode": mt.AUTH_BASIC,
                "api_key": self.fake.username,
                "api_secret": self.fake.password,
            }
        )
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        self.assertFalse(self.fake.calls("POST", "/oauth/v2/token"))

    def test_a_deleted_partner_is_deleted_in_mautic(self):
        self.account_a._mautic_sync_contacts()
        gone = self.customers_a[3]
        contact_id = self.links(self.account_a).filtered(lambda x: x.partner_id == gone).mautic_id
        gone.unlink()
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        self.assertNotIn(contact_id, self.fake.contacts)
        self.assertEqual(len(self.fake.contacts), 4)
        self.assertEqual(len(self.links(self.account_a)), 4)
        [delete] = self.fake.calls("DELETE", "/api/contacts/batch/delete")
        self.assertEqual(delete.query["ids"], [str(contact_id)])

    def test_merged_partners_keep_one_contact(self):
        self.account_a._mautic_sync_contacts()
        Wizard = self.env["base.partner.merge.automatic.wizard"]
        kept, merged = self.customers_a[1], self.customers_a[0]
        ids = {link.partner_id: link.mautic_id for link in self.links(self.account_a)}
        Wizard._merge((kept | merged).ids, dst_partner=kept, extra_checks=False)
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        self.assertNotIn(ids[merged], self.fake.contacts)  # the merged one's contact went
        self.assertEqual(self.contacts_by_partner()[kept.id]["id"], ids[kept])
        self.assertEqual(len(self.fake.contacts), 4)
        # merged into a partner without a contact: the contact is re-keyed, not duplicated
        newcomer = self.env["res.partner"].create(
            {
                "name": "Jane Newcomer",
                "email": "jane.new@example.com",
                "company_id": self.company_a.id,
                "customer_rank": 1,
            }
        )
        moved = self.customers_a[2]
        Wizard._merge((newcomer | moved).ids, dst_partner=newcomer, extra_checks=False)
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        self.assertEqual(len(self.fake.contacts), 4)
        self.assertEqual(self.contacts_by_partner()[newcomer.id]["id"], ids[moved])
        self.assertNotIn(moved.id, self.contacts_by_partner())

    # -- companies -------------------------------------------------------------------------
    def test_each_company_pushes_its_own_partners_only(self):
        self.account_b._mautic_sync_contacts()
        self.assertEqual(list(self.contacts_by_partner()), [self.customer_b.id])
        [contact] = self.fake.contacts.values()
        self.assertEqual(contact["tags"], ["odoo", "Seeblick Marketing B"])
        self.account_a._mautic_sync_contacts()
        self.assertEqual(len(self.fake.contacts), 6)  # one Mautic shared: still one each

    def test_a_company_sees_only_its_connection_and_links(self):
        self.account_a._mautic_sync_contacts()
        self.account_b._mautic_sync_contacts()
        Link = self.env["fincycle.mautic.contact"].with_user(self.manager_b)
        self.assertEqual(Link.search([]).partner_id, self.customer_b)
        Integration = self.env["fincycle.integration"].with_user(self.manager_b)
        self.assertEqual(Integration.search([("provider", "=", "mautic")]), self.account_b)
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.manager_b).read(["name"])
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.manager_b).action_mautic_sync_contacts()

    # -- write paths: rights and bad input -------------------------------------------------
    def test_a_fincycle_user_may_not_push_nor_edit_links(self):
        self.account_a._mautic_sync_contacts()
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.user_a).action_mautic_sync_contacts()
        link = self.links(self.account_a)[:1].with_user(self.manager_a)
        with self.assertRaises(AccessError):
            link.write({"mautic_id": 1})
        with self.assertRaises(AccessError):
            self.env["fincycle.mautic.contact"].with_user(self.manager_a).create(
                {"integration_id": self.account_a.id, "partner_id": self.supplier_a.id}
            )
        # credentials are for system administrators only
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.manager_a).read(["api_secret"])

    def test_a_manager_pushes_contacts_by_the_button(self):
        action = self.account_a.with_user(self.manager_a).action_mautic_sync_contacts()
        self.assertEqual(action["res_model"], "fincycle.sync.run")
        self.assertEqual(len(self.fake.contacts), 5)

    def test_only_an_administrator_points_the_connection_elsewhere(self):
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.manager_a).write({"base_url": "https://evil.example"})

    def test_bad_setups_are_refused_before_anything_is_sent(self):
        self.account_a.write({"base_url": "http://mautic.example.com"})  # no TLS
        with self.assertRaises(UserError):
            self.account_a._mautic_sync_contacts()
        self.account_a.write({"base_url": self.fake.url})
        self.account_b.write({"api_secret": False})
        with self.assertRaises(UserError):
            self.account_b._mautic_sync_contacts()
        self.assertFalse(self.fake.requests)
        # the scheduled job leaves the connection waiting for its credentials alone (no
        # error, no message each hour: its health says what is missing) and goes on
        messages = len(self.account_b.message_ids)
        Integration = self.env["fincycle.integration"]
        Integration._cron_mautic_sync_contacts()
        Integration._cron_mautic_sync_contacts()
        self.assertEqual(self.account_b.state, "connected")
        self.assertEqual(len(self.account_b.message_ids), messages)
        self.assertFalse(self.account_b.last_error_message)
        self.assertEqual(self.account_b.health, "warning")
        self.assertIn("credentials", self.account_b.health_reason)
        self.assertEqual(len(self.fake.contacts), 5)
        # the buttons tell the manager what is missing
        self.account_b.mautic_segment_clients = 3
        with self.assertRaisesRegex(UserError, "credentials"):
            self.account_b.with_user(self.manager_b).action_mautic_sync_contacts()
        with self.assertRaisesRegex(UserError, "credentials"):
            self.account_b.with_user(self.manager_b).action_mautic_push_segments()
        with self.assertRaisesRegex(UserError, "credentials"):
            self.account_b.with_user(self.manager_b).action_mautic_read_stats()

    def test_an_unusable_address_is_said_once_not_each_hour(self):
        self.account_b.write({"base_url": "http://mautic.example.com"})  # no TLS
        self.account_b.mautic_segment_clients = 3
        Integration = self.env["fincycle.integration"]
        for _hour in range(3):
            Integration._cron_mautic_sync_contacts()
            Integration._cron_mautic_push_segments()
            Integration._cron_mautic_read_stats()
        self.assertEqual(self.account_b.state, "error")
        self.assertIn("https", self.account_b.last_error_message)
        said = self.account_b.message_ids.filtered(lambda m: "https" in (m.body or ""))
        self.assertEqual(len(said), 1)
        # fixed, then broken again: said again
        self.account_b.write({"base_url": self.fake.url})
        self.account_b._fincycle_record_success()
        self.account_b.write({"base_url": "http://mautic.example.com"})
        Integration._cron_mautic_read_stats()
        said = self.account_b.message_ids.filtered(lambda m: "https" in (m.body or ""))
        self.assertEqual(len(said), 2)

    def test_refused_credentials_fail_the_run_in_the_users_words(self):
        self.account_a.write({"api_secret": "not-the-secret-0123"})
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "failed")
        self.assertIn("refused the client id or secret", run.error)
        self.assertNotIn("not-the-secret-0123", run.error)
        self.assertEqual(self.account_a.state, "error")
        self.assertFalse(self.fake.contacts)

    def test_one_refused_partner_fails_alone(self):
        self.customers_a[2].email = "not-an-email@"
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.state, "done", run.error)
        self.assertEqual((run.created_count, run.failed_count), (4, 1))
        link = self.links(self.account_a).filtered(lambda x: x.partner_id == self.customers_a[2])
        self.assertEqual(link.state, "failed")
        self.assertFalse(link.mautic_id)
        # fixed: the next push sends it
        self.customers_a[2].email = "jane2@example.com"
        self.account_a.mautic_last_sync_at -= timedelta(hours=1)
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual(run.created_count, 1)
        self.assertEqual(len(self.fake.contacts), 5)
