# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Finance events that feed Mautic campaigns, against the fake Mautic: recorded in Odoo when a
quote is sent, stays unanswered, or a first invoice is paid; sent by the scheduled job; kept and
retried with a growing wait while Mautic is down, delivered once when it is up; one company's
triggers neither go through nor show in another's connection."""

from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import tagged
from odoo.tests.common import TransactionCase

from odoo.addons.marketing_mautic_fincycle.models.fincycle_mautic_event import (
    MAX_ATTEMPTS,
    REMINDER_FIELD,
    backoff,
)

from fincycle.http import BREAKERS

from .test_mautic_segments import FinanceCase


@tagged("post_install", "-at_install")
class TestMauticEvents(FinanceCase, TransactionCase):
    def setUp(self):
        super().setUp()
        self.campaigns = {
            kind: self.fake.add_campaign(kind)["id"]
            for kind in ("quote_sent", "quote_followup", "payment_reminder", "welcome")
        }
        self.account_a.write(
            {f"mautic_campaign_{kind}": cid for kind, cid in self.campaigns.items()}
        )
        self.account_a._mautic_sync_contacts()
        self.Event = self.env["fincycle.mautic.event"]
        # the cron's clock, a minute ahead: what is recorded during the test is due
        self.now = fields.Datetime.now() + timedelta(minutes=1)

    def in_campaign(self, kind):
        cid = self.campaigns[kind]
        return {
            int(c["values"]["odoo_partner_id"])
            for c in self.fake.contacts.values()
            if cid in c["campaigns"]
        }

    def campaign_adds(self):
        return [r for r in self.fake.requests if "/campaigns/" in r.path]

    def send(self, now=None):
        self.Event._cron_mautic_send_events(now=now or self.now)

    def triggers(self, kind, account=None):
        """This test's connection's triggers of ``kind`` (a database may hold others)."""
        account = account or self.account_a
        return self.Event.search([("integration_id", "=", account.id), ("kind", "=", kind)])

    def backdate(self, days, events=None):
        """The triggers of this test's connection (or ``events``) recorded ``days`` ago."""
        events = events or self.Event.search([("integration_id", "=", self.account_a.id)])
        self.env.cr.execute(
            "UPDATE fincycle_mautic_event SET create_date = %s WHERE id IN %s",
            (self.now - timedelta(days=days), tuple(events.ids)),
        )
        self.Event.invalidate_model(["create_date"])

    def test_a_sent_quote_puts_the_contact_in_the_campaign(self):
        c4 = self.customers_a[4]
        order = self._order(c4, self.company_a, "draft")
        order.action_quotation_sent()
        event = self.Event.search([("partner_id", "=", c4.id)])
        self.assertEqual(
            (event.kind, event.state, event.ref),
            ("quote_sent", "pending", f"sale.order,{order.id}"),
        )
        self.send()
        self.assertEqual(event.state, "done")
        self.assertEqual(self.in_campaign("quote_sent"), {c4.id})
        # sent again (back to draft, sent): still one trigger
        order.state = "draft"
        order.action_quotation_sent()
        self.assertEqual(self.Event.search_count([("partner_id", "=", c4.id)]), 1)
        self.assertEqual(c4.mautic_event_count, 1)
        self.assertEqual(c4.action_mautic_open_events()["domain"], [("partner_id", "=", c4.id)])

    def test_a_contact_deleted_in_mautic_gets_no_trigger_and_is_not_made_again(self):
        c4 = self.customers_a[4]
        link = self.links(self.account_a).filtered(lambda x: x.partner_id == c4)
        del self.fake.contacts[link.mautic_id]  # the marketer deleted it, the webhook said so
        self.account_a._mautic_mark_deleted(link)
        self._order(c4, self.company_a, "draft").action_quotation_sent()
        event = self.Event.search([("partner_id", "=", c4.id)])
        self.send()
        self.assertEqual(event.state, "pending")
        self.assertIn("deleted in Mautic", event.error)
        self.assertFalse(self.in_campaign("quote_sent"))
        self.account_a._mautic_sync_contacts()
        self.assertNotIn(c4.id, self.contacts_by_partner())

    def test_mautic_down_then_up_delivers_once(self):
        c4 = self.customers_a[4]
        self._order(c4, self.company_a, "draft").action_quotation_sent()
        event = self.Event.search([("partner_id", "=", c4.id)])
        self.fake.fail_next(2, 503)  # the call and its retry
        self.send()
        self.assertEqual((event.state, event.attempts), ("pending", 1))
        self.assertIn("Mautic had an error", event.error)
        self.assertEqual(event.next_try, self.now + backoff(1))
        self.assertFalse(self.in_campaign("quote_sent"))
        self.fake.requests.clear()
        self.send()  # not due yet: nothing sent
        self.assertFalse(self.campaign_adds())
        self.send(self.now + timedelta(minutes=6))
        self.assertEqual((event.state, event.attempts), ("done", 2))
        self.assertEqual(self.in_campaign("quote_sent"), {c4.id})
        self.assertEqual(len(self.campaign_adds()), 1)
        self.send(self.now + timedelta(hours=1))
        self.assertEqual(len(self.campaign_adds()), 1)  # delivered once

    def test_down_for_good_the_trigger_fails_and_a_manager_retries(self):
        self._order(self.customers_a[4], self.company_a, "draft").action_quotation_sent()
        event = self.Event.search([("partner_id", "=", self.customers_a[4].id)])
        self.assertEqual(backoff(2), 2 * backoff(1))
        self.assertEqual(backoff(30), timedelta(hours=12))
        self.fake.fail_next(2 * MAX_ATTEMPTS, 503)
        when = self.now
        for _ in range(MAX_ATTEMPTS):
            BREAKERS.reset()  # each night Mautic is tried again (the call and its retry)
            self.send(when)
            when += timedelta(days=1)
        self.assertEqual((event.state, event.attempts), ("failed", MAX_ATTEMPTS))
        with self.assertRaises(AccessError):
            event.with_user(self.user_a).action_retry()
        event.with_user(self.manager_a).action_retry()
        self.assertEqual(event.state, "pending")
        BREAKERS.reset()
        self.send(when)
        self.assertEqual(event.state, "done")

    def test_an_unanswered_quote_gets_the_follow_up(self):
        c2 = self.customers_a[2]
        order = self.env["sale.order"].search([("partner_id", "=", c2.id)])
        order.state = "draft"
        order.action_quotation_sent()
        event = self.Event.search([("partner_id", "=", c2.id)])
        self.send()
        self.assertFalse(self.triggers("quote_followup"))
        self.backdate(8, event)
        self.send()
        followup = self.triggers("quote_followup")
        self.assertEqual((followup.partner_id, followup.state), (c2, "done"))
        self.assertEqual(self.in_campaign("quote_followup"), {c2.id})
        self.send()
        self.assertEqual(len(self.triggers("quote_followup")), 1)

    def test_a_quote_sent_long_ago_gets_no_follow_up(self):
        c2 = self.customers_a[2]
        order = self.env["sale.order"].search([("partner_id", "=", c2.id)])
        order.state = "draft"
        order.action_quotation_sent()
        self.backdate(60)
        self.send()
        self.assertFalse(self.triggers("quote_followup"))

    def test_a_confirmed_quote_gets_no_follow_up(self):
        c2 = self.customers_a[2]
        order = self.env["sale.order"].search([("partner_id", "=", c2.id)])
        order.state = "draft"
        order.action_quotation_sent()
        self.backdate(8)
        order.state = "sale"
        self.send()
        self.assertFalse(self.triggers("quote_followup"))

    def test_the_first_paid_invoice_welcomes_once(self):
        c4 = self.customers_a[4]
        self._invoice(c4, self.company_a, paid=True)
        [welcome] = self.Event.search([("partner_id", "=", c4.id)])
        self.assertEqual(welcome.kind, "welcome")
        self._invoice(c4, self.company_a, paid=True)
        self.assertEqual(self.Event.search_count([("partner_id", "=", c4.id)]), 1)
        self.send()
        self.assertEqual(self.in_campaign("welcome"), {c4.id})
        # c0 had paid before: no welcome for its next invoice
        self._invoice(self.customers_a[0], self.company_a, paid=True)
        self.assertFalse(self.Event.search([("partner_id", "=", self.customers_a[0].id)]))

    def test_a_reminder_sets_the_level_on_the_contact(self):
        c1 = self.customers_a[1]
        self.Event._mautic_record(
            self.company_a, c1, "payment_reminder", "credit.control.line,999", {"level": 2}
        )
        self.send()
        contact = next(
            c for c in self.fake.contacts.values() if c["values"]["odoo_partner_id"] == str(c1.id)
        )
        self.assertIn(REMINDER_FIELD, self.fake.fields)
        self.assertEqual(str(contact["values"][REMINDER_FIELD]), "2")
        self.assertEqual(self.in_campaign("payment_reminder"), {c1.id})

    def test_the_reminder_level_field_is_there_before_the_first_reminder(self):
        # the push (and Test Connection) made it, so the campaign can be built on it
        self.assertEqual(self.fake.fields[REMINDER_FIELD]["type"], "number")
        self.fake.fields.pop(REMINDER_FIELD)
        self.assertIn(REMINDER_FIELD, self.account_a._fincycle_check_connection())
        self.assertIn(REMINDER_FIELD, self.fake.fields)
        # without the campaign mapped, the field is not asked for
        self.fake.fields.pop(REMINDER_FIELD)
        self.account_a.mautic_campaign_payment_reminder = 0
        self.account_a._fincycle_check_connection()
        self.assertNotIn(REMINDER_FIELD, self.fake.fields)

    def test_a_reminder_sent_by_the_collections_module_triggers_the_campaign(self):
        if "credit.control.line" not in self.env:
            self.skipTest("the collections module is not installed")
        c1 = self.customers_a[1]
        invoice = self.env["account.move"].search([("partner_id", "=", c1.id)])
        receivable = invoice.line_ids.filtered(
            lambda x: x.account_id.account_type == "asset_receivable"
        )
        policy = self.env["credit.control.policy"].search(
            [("company_id", "in", (self.company_a.id, False))], limit=1
        )
        level = policy.level_ids.sorted("level")[-1:]
        if not level:
            self.skipTest("no reminder policy level for the company")
        line = self.env["credit.control.line"].create(
            {
                "date": self.today,
                "date_due": invoice.invoice_date_due,
                "state": "sent",
                "channel": "email",
                "partner_id": c1.id,
                "invoice_id": invoice.id,
                "move_line_id": receivable.id,
                "amount_due": 100.0,
                "balance_due": 100.0,
                "policy_level_id": level.id,
                "company_id": self.company_a.id,
            }
        )
        self.send()
        event = self.triggers("payment_reminder")
        self.assertEqual(event.ref, f"credit.control.line,{line.id}")
        self.assertEqual(event.payload, {"level": level.level})
        self.assertEqual(event.state, "done")
        self.assertEqual(self.in_campaign("payment_reminder"), {c1.id})
        self.send()
        self.assertEqual(len(self.triggers("payment_reminder")), 1)

    def test_a_contact_not_pushed_yet_waits_for_the_push(self):
        newcomer = self.env["res.partner"].create(
            {
                "name": "New Buyer",
                "email": "new.buyer@example.com",
                "company_id": self.company_a.id,
            }
        )
        self._order(newcomer, self.company_a, "draft").action_quotation_sent()
        event = self.Event.search([("partner_id", "=", newcomer.id)])
        self.send()
        self.assertEqual((event.state, event.attempts), ("pending", 1))
        self.assertIn("not in Mautic yet", event.error)
        self.account_a._mautic_sync_contacts()
        self.send(self.now + timedelta(minutes=6))
        self.assertEqual(event.state, "done")
        self.assertEqual(self.in_campaign("quote_sent"), {newcomer.id})

    # -- a connection without credentials ----------------------------------------------------
    def test_a_connection_without_credentials_keeps_its_triggers_waiting(self):
        """As a new install has it: the job leaves the connection alone (no error, no
        message, no try counted); the triggers are sent once the credentials are entered."""
        secret = self.account_a.sudo().api_secret
        self.account_a.write({"api_secret": False})
        messages = len(self.account_a.message_ids)
        state = self.account_a.state
        self._order(self.customers_a[4], self.company_a, "draft").action_quotation_sent()
        event = self.Event.search([("partner_id", "=", self.customers_a[4].id)])
        self.fake.requests.clear()
        for hours in range(3):
            self.send(self.now + timedelta(hours=hours))
        self.assertEqual((event.state, event.attempts, event.error), ("pending", 0, False))
        self.assertFalse(self.fake.requests)
        self.assertEqual(self.account_a.state, state)
        self.assertEqual(len(self.account_a.message_ids), messages)
        self.assertEqual(self.account_a.mautic_event_pending_count, 1)
        self.account_a.write({"api_secret": secret})
        self.send(self.now + timedelta(hours=3))
        self.assertEqual(event.state, "done")
        self.assertEqual(self.in_campaign("quote_sent"), {self.customers_a[4].id})

    def test_the_reason_is_read_in_the_readers_language(self):
        """The job stores why a trigger waits as a code; each reader reads it in their own
        language (the job's own is none of theirs)."""
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(["marketing_mautic_fincycle"], ["fr_FR"])
        newcomer = self.env["res.partner"].create(
            {"name": "New Buyer", "email": "new.buyer@example.com", "company_id": self.company_a.id}
        )
        self._order(newcomer, self.company_a, "draft").action_quotation_sent()
        self._order(self.customers_a[4], self.company_a, "draft").action_quotation_sent()
        waiting = self.Event.search([("partner_id", "=", newcomer.id)])
        down = self.Event.search([("partner_id", "=", self.customers_a[4].id)])
        self.fake.fail_next(2, 503)  # the call and its retry
        self.Event.with_context(lang="en_US")._cron_mautic_send_events(now=self.now)
        self.assertEqual((waiting.error_code, down.error_code), ("contact_not_pushed", "server"))
        self.assertFalse(waiting.error_detail or down.error_detail)
        self.assertIn("not in Mautic yet", waiting.with_context(lang="en_US").error)
        self.assertIn("Mautic had an error", down.with_context(lang="en_US").error)
        self.user_a.lang = "fr_FR"
        french = (waiting | down).with_user(self.user_a).with_context(lang="fr_FR")
        self.assertEqual(
            french.mapped("error"),
            [
                "Le contact n'est pas encore dans Mautic : il part avec le prochain envoi.",
                "Mautic a eu une erreur : réessayez plus tard.",
            ],
        )
        # Mautic's own words stay as Mautic said them, in the French sentence
        refused = self.Event._mautic_error_parts(
            type("Refused", (Exception,), {"code": "invalid", "mautic_detail": "email: invalid"})()
        )
        self.assertEqual(refused, ("invalid", "email: invalid"))
        down.sudo().write({"error_code": refused[0], "error_detail": refused[1]})
        self.assertEqual(
            down.with_context(lang="fr_FR").error,
            self.env["fincycle.integration"]
            .with_context(lang="fr_FR")
            ._mautic_problem_text("invalid", "email: invalid"),
        )
        self.assertIn("email: invalid", down.with_context(lang="fr_FR").error)
        self.assertFalse(down.with_context(lang="fr_FR").error.startswith("Mautic refused"))
        # a reason stored before codes (a text) is shown as it was written
        down.sudo().write({"error_code": False, "error_detail": "Mautic could not be reached"})
        self.assertEqual(down.error, "Mautic could not be reached")
        # a manager's retry clears the reason
        down.sudo().write({"state": "failed"})
        down.with_user(self.manager_a).action_retry()
        self.assertEqual((down.state, down.error), ("pending", False))

    # -- companies and rights --------------------------------------------------------------
    def test_company_isolation(self):
        # B maps no campaign: its quotes trigger nothing, and nothing goes through A
        order_b = self.env["sale.order"].search([("partner_id", "=", self.customer_b.id)])
        order_b.action_quotation_sent()
        self.assertFalse(self.Event.search([("partner_id", "=", self.customer_b.id)]))
        self.account_b.mautic_campaign_quote_sent = self.campaigns["quote_sent"]
        order_b.state = "draft"
        order_b.action_quotation_sent()
        event_b = self.Event.search([("partner_id", "=", self.customer_b.id)])
        self.assertEqual(event_b.integration_id, self.account_b)
        self._order(self.customers_a[4], self.company_a, "draft").action_quotation_sent()
        event_a = self.Event.search([("partner_id", "=", self.customers_a[4].id)])
        self.assertEqual(event_a.integration_id, self.account_a)
        # each company sees its own triggers only
        self.assertEqual(self.Event.with_user(self.manager_b).search([]), event_b)
        self.assertEqual(self.Event.with_user(self.user_a).search([]), event_a)
        with self.assertRaises(AccessError):
            event_a.with_user(self.manager_b).read(["state"])

    def test_rights(self):
        self._order(self.customers_a[4], self.company_a, "draft").action_quotation_sent()
        event = self.Event.search([("partner_id", "=", self.customers_a[4].id)])
        self.assertEqual(event.with_user(self.user_a).read(["kind"])[0]["kind"], "quote_sent")
        with self.assertRaises(AccessError):
            event.with_user(self.user_a).write({"state": "done"})
        with self.assertRaises(AccessError):
            event.with_user(self.user_a).unlink()
        with self.assertRaises(AccessError):
            self.Event.with_user(self.manager_a).create(
                {
                    "integration_id": self.account_a.id,
                    "partner_id": self.customers_a[0].id,
                    "kind": "welcome",
                    "ref": "x",
                }
            )
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.user_a).write({"mautic_campaign_welcome": 3})
        # nor does a manager rewrite a trigger (its connection, partner, payload, attempts)
        for vals in ({"integration_id": self.account_a.id}, {"attempts": 0}, {"state": "pending"}):
            with self.assertRaises(AccessError):
                event.with_user(self.manager_a).write(vals)
        with self.assertRaises(AccessError):
            event.with_user(self.user_a).action_retry()
