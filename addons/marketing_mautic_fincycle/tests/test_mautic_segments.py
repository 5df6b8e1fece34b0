# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The five segments computed in Odoo and pushed as Mautic segment membership, against the
fake Mautic: each rule, the diff (newcomers added in one batch call, leavers removed), a replay
that sends nothing, company isolation, and who may push."""

from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged
from odoo.tests.common import TransactionCase

from .test_mautic_sync import MauticCase

SEGMENT_CALLS = ("/contacts/add", "/remove")


class FinanceCase(MauticCase):
    """MauticCase with a chart of accounts per company, invoices and quotations."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Chart = cls.env["account.chart.template"]
        for company in (cls.company_a, cls.company_b):
            Chart.try_loading("generic_coa", company=company, install_demo=False)
        cls.product = cls.env["product.product"].create(
            {"name": "Mautic Consulting", "type": "service", "list_price": 100.0}
        )
        cls.today = fields.Date.context_today(cls.env["res.partner"])
        c0, c1, c2, c3, _c4 = cls.customers_a
        cls.contact_of_c0 = cls.env["res.partner"].create(
            {
                "name": "Jim Person",
                "email": "jim@example.com",
                "parent_id": c0.id,
                "company_id": cls.company_a.id,
            }
        )
        # c0 client (paid this year), c1 overdue, c2 a pending quote, c3 a quote sent that
        # expired (a prospect, not pending), c4 nothing yet (a lead)
        cls._invoice(c0, cls.company_a, paid=True)
        cls._invoice(c1, cls.company_a, due=cls.today - timedelta(days=30))
        cls._order(c2, cls.company_a, "sent", cls.today + timedelta(days=10))
        cls._order(c3, cls.company_a, "sent", cls.today - timedelta(days=1))
        cls._order(cls.customer_b, cls.company_b, "draft")

    @classmethod
    def _invoice(cls, partner, company, paid=False, due=None, invoice_date=None):
        Move = cls.env["account.move"].with_company(company)
        invoice = Move.create(
            {
                "move_type": "out_invoice",
                "partner_id": partner.id,
                "company_id": company.id,
                "invoice_date": invoice_date or cls.today - timedelta(days=40),
                "invoice_date_due": due or cls.today + timedelta(days=30),
                "invoice_line_ids": [
                    (0, 0, {"product_id": cls.product.id, "quantity": 1, "price_unit": 100.0})
                ],
            }
        )
        invoice.action_post()
        if paid:
            cls.env["account.payment.register"].with_company(company).with_context(
                active_model="account.move", active_ids=invoice.ids
            ).create({})._create_payments()
        return invoice

    @classmethod
    def _order(cls, partner, company, state, validity=False):
        order = (
            cls.env["sale.order"]
            .with_company(company)
            .create(
                {
                    "partner_id": partner.id,
                    "company_id": company.id,
                    "validity_date": validity,
                    "order_line": [(0, 0, {"product_id": cls.product.id})],
                }
            )
        )
        if state != "draft":
            order.state = state
        return order


@tagged("post_install", "-at_install")
class TestMauticSegments(FinanceCase, TransactionCase):
    def setUp(self):
        super().setUp()
        self.segments = {
            key: self.fake.add_segment(key.title(), key)["id"]
            for key in ("leads", "prospects", "clients", "pending_quotes", "overdue")
        }
        self.account_a.write({f"mautic_segment_{key}": sid for key, sid in self.segments.items()})
        self.account_a._mautic_sync_contacts()

    def members(self, key):
        sid = self.segments[key]
        return {
            int(c["values"]["odoo_partner_id"])
            for c in self.fake.contacts.values()
            if sid in c["segments"]
        }

    def segment_calls(self):
        return [r for r in self.fake.requests if r.path.endswith(SEGMENT_CALLS)]

    # -- the rules -------------------------------------------------------------------------
    def test_each_segment_follows_its_rule(self):
        c0, c1, c2, c3, c4 = self.customers_a
        result = self.account_a._mautic_push_segments()
        self.assertEqual(self.members("clients"), {c0.id, self.contact_of_c0.id})
        self.assertEqual(self.members("overdue"), {c1.id})
        self.assertEqual(self.members("pending_quotes"), {c2.id})
        self.assertEqual(self.members("prospects"), {c2.id, c3.id})
        self.assertEqual(self.members("leads"), {c4.id})
        self.assertEqual(result["clients"], (2, 0))
        # one batch call per segment with members, nothing removed
        adds = [r for r in self.segment_calls() if r.path.endswith("/contacts/add")]
        self.assertEqual(len(adds), 5)
        self.assertFalse([r for r in self.segment_calls() if r.path.endswith("/remove")])
        link = self.links(self.account_a).filtered(lambda x: x.partner_id == c1)
        self.assertTrue(link.in_overdue)
        self.assertFalse(link.in_clients)
        self.assertTrue(self.account_a.mautic_segments_pushed_at)

    def test_an_old_paid_invoice_makes_no_client_and_a_paid_one_no_overdue(self):
        c4 = self.customers_a[4]
        self._invoice(c4, self.company_a, paid=True, invoice_date=self.today - timedelta(days=800))
        self.account_a._mautic_push_segments()
        self.assertNotIn(c4.id, self.members("clients"))
        self.assertNotIn(c4.id, self.members("overdue"))
        self.assertNotIn(c4.id, self.members("leads"))  # invoiced once: no longer a lead

    def test_an_open_dispute_leaves_the_overdue_segment(self):
        if "dispute_ids" not in self.env["account.move"]._fields:
            self.skipTest(
                "the collections module (account_credit_control_fincycle) is not installed"
            )
        c1 = self.customers_a[1]
        invoice = self.env["account.move"].search([("partner_id", "=", c1.id)])
        dispute = self.env["account.dispute"].create(
            {
                "invoice_ids": [(6, 0, invoice.ids)],
                "partner_id": c1.id,
                "company_id": self.company_a.id,
                "category": "contestation",
            }
        )
        self.account_a._mautic_push_segments()
        self.assertEqual(self.members("overdue"), set())
        dispute.state = "rejected"  # closed: overdue again
        self.account_a._mautic_push_segments()
        self.assertEqual(self.members("overdue"), {c1.id})

    # -- the diff --------------------------------------------------------------------------
    def test_changes_add_the_newcomers_and_remove_the_leavers_then_a_replay_sends_nothing(self):
        c0, c1, c2, c3, c4 = self.customers_a
        self.account_a._mautic_push_segments()
        # c2 signs (the quote is confirmed), c4 gets a quote, c1 pays
        self.env["sale.order"].search([("partner_id", "=", c2.id)]).state = "sale"
        self._order(c4, self.company_a, "draft")
        invoice = self.env["account.move"].search([("partner_id", "=", c1.id)])
        self.env["account.payment.register"].with_company(self.company_a).with_context(
            active_model="account.move", active_ids=invoice.ids
        ).create({})._create_payments()
        self.fake.requests.clear()
        result = self.account_a._mautic_push_segments()
        self.assertEqual(self.members("pending_quotes"), set())
        self.assertEqual(self.members("prospects"), {c3.id, c4.id})
        self.assertEqual(self.members("leads"), set())
        self.assertEqual(self.members("overdue"), set())
        self.assertEqual(self.members("clients"), {c0.id, self.contact_of_c0.id, c1.id})
        self.assertEqual(result["prospects"], (1, 1))
        self.assertEqual(result["leads"], (0, 1))
        self.assertEqual(result["clients"], (1, 0))
        # only the differences were sent
        self.assertEqual(len(self.segment_calls()), 6)
        # a replay changes nothing and sends nothing
        before = {cid: set(c["segments"]) for cid, c in self.fake.contacts.items()}
        self.fake.requests.clear()
        result = self.account_a._mautic_push_segments()
        self.assertFalse(self.segment_calls())
        self.assertEqual(set(result.values()), {(0, 0)})
        self.assertEqual({cid: set(c["segments"]) for cid, c in self.fake.contacts.items()}, before)

    def test_the_hourly_run_pushes_only_when_documents_changed(self):
        Integration = self.env["fincycle.integration"]
        Integration._cron_mautic_push_segments(changed_only=True)  # never pushed: pushes
        self.assertEqual(self.members("leads"), {self.customers_a[4].id})
        pushed_at = self.account_a.mautic_segments_pushed_at
        self.fake.requests.clear()
        # nothing changed (the last push is older than the documents' overlap window)
        self.account_a.sudo().mautic_segments_pushed_at = fields.Datetime.now() + timedelta(hours=1)
        self.assertFalse(self.account_a._mautic_segments_changed())
        Integration._cron_mautic_push_segments(changed_only=True)
        self.assertFalse(self.fake.requests)
        # documents changed after the last push: the next hourly run pushes
        self.account_a.sudo().mautic_segments_pushed_at = pushed_at
        self._order(self.customers_a[4], self.company_a, "draft")
        self.assertTrue(self.account_a._mautic_segments_changed())
        Integration._cron_mautic_push_segments(changed_only=True)
        self.assertEqual(self.members("leads"), set())
        self.assertIn(self.customers_a[4].id, self.members("prospects"))

    def test_another_mautic_segment_is_filled_again(self):
        self.account_a._mautic_push_segments()
        other = self.fake.add_segment("Clients 2", "clients2")["id"]
        self.account_a.mautic_segment_clients = other
        self.account_a._mautic_push_segments()
        members = {
            int(c["values"]["odoo_partner_id"])
            for c in self.fake.contacts.values()
            if other in c["segments"]
        }
        self.assertEqual(members, {self.customers_a[0].id, self.contact_of_c0.id})

    # -- companies -------------------------------------------------------------------------
    def test_a_companys_partners_go_only_through_its_connection(self):
        segment_b = self.fake.add_segment("Prospects B", "prospects_b")["id"]
        self.account_b.mautic_segment_prospects = segment_b
        self.account_b._mautic_sync_contacts()
        self.env["fincycle.integration"]._cron_mautic_push_segments()
        self.assertNotIn(self.customer_b.id, self.members("prospects"))
        members_b = {
            int(c["values"]["odoo_partner_id"])
            for c in self.fake.contacts.values()
            if segment_b in c["segments"]
        }
        self.assertEqual(members_b, {self.customer_b.id})
        # A's documents do not make B's members, B's do not make A's
        self.assertEqual(
            self.members("prospects"), {self.customers_a[2].id, self.customers_a[3].id}
        )

    # -- write paths -----------------------------------------------------------------------
    def test_rights_and_bad_setups(self):
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.user_a).action_mautic_push_segments()
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.manager_b).action_mautic_push_segments()
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.user_a).write({"mautic_segment_clients": 9})
        link = self.links(self.account_a)[:1].with_user(self.manager_a)
        with self.assertRaises(AccessError):
            link.write({"in_clients": True})
        with self.assertRaises(UserError):  # nothing mapped
            self.account_b._mautic_push_segments()
        self.account_a.mautic_segment_leads = -3
        with self.assertRaises(UserError):
            self.account_a._mautic_push_segments()
        self.account_a.mautic_segment_leads = self.segments["leads"]
        self.assertTrue(self.account_a.with_user(self.manager_a).action_mautic_push_segments())
        self.assertEqual(self.members("leads"), {self.customers_a[4].id})

    def test_mautic_down_fails_the_cron_on_the_connection_only(self):
        self.fake.fail_next(2, 503)  # the first call and its retry
        self.env["fincycle.integration"]._cron_mautic_push_segments()
        self.assertEqual(self.account_a.state, "error")
        self.assertFalse(self.links(self.account_a).filtered("in_leads"))
        self.assertNotEqual(self.account_b.state, "error")  # nothing mapped: left alone
        # up again: the next night pushes everything
        self.env["fincycle.integration"]._cron_mautic_push_segments()
        self.assertEqual(self.members("leads"), {self.customers_a[4].id})
