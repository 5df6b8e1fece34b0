# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import time
from urllib.parse import parse_qs, urlsplit

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, JsonRpcException, tagged

from odoo.addons.fincycle_base.tests.common import click

from fincycle.webhooks import QontoScheme

from .common import ACCOUNT_B, ACCOUNT_EXT, IBAN_A, IBAN_EXT, QontoTestCommon


@tagged("post_install", "-at_install")
class TestQontoWebhook(QontoTestCommon, HttpCase):
    def setUp(self):
        super().setUp()
        self.Event = self.env["fincycle.webhook.event"]
        self.sub_a = self.fake.subscribe(
            self.integration_a.sudo().webhook_url, self.integration_a.sudo().webhook_secret
        )
        self.sub_b = self.fake.subscribe(
            self.integration_b.sudo().webhook_url, self.integration_b.sudo().webhook_secret
        )

    def _deliver(self, tx_uuid, event="created", subscription=None, **kwargs):
        url, body, headers = self.fake.webhook_delivery(
            tx_uuid, event, subscription_id=(subscription or self.sub_a)["id"], **kwargs
        )
        started = time.perf_counter()
        response = self.url_open(url, data=body, headers=headers, timeout=10)
        return response, time.perf_counter() - started

    def _process(self):
        self.Event._cron_process_pending()
        self.env.invalidate_all()

    def _events(self, integration=None):
        return self.Event.search(
            [("integration_id", "=", (integration or self.integration_a).id)], order="id"
        )

    def test_webhook_books_the_transaction_in_the_same_test(self):
        tx = self._tx(amount="250.00", label="BROWN CONSULTING", at="2025-05-02T10:00:00Z")
        response, elapsed = self._deliver(tx["id"], event_id="evt-created-1")
        self.assertEqual(response.status_code, 200, response.text)
        self.assertLess(elapsed, 1.0, "Qonto wants the answer within a second")
        event = self._events()
        self.assertEqual(event.state, "received")
        self.assertEqual(event.external_id, "evt-created-1")
        self.assertEqual(event.event_type, "v1/transactions:created")
        self.assertFalse(self._lines(self.journal_a), "booked by the inbox cron, not inline")
        self._process()
        self.assertEqual(event.state, "processed", event.last_error)
        line = self._lines(self.journal_a)
        self.assertEqual(line.amount, 250.0)
        self.assertEqual(line.partner_name, "BROWN CONSULTING")
        self.assertTrue(line.unique_import_id.endswith(tx["transaction_id"]))
        # booked from what Qonto answers, not from the payload
        self.assertEqual(self.fake.calls("GET", f"/v2/transactions/{tx['id']}")[0].method, "GET")

    def test_replayed_event_books_nothing_twice(self):
        tx = self._tx(amount="10.00", at="2025-05-02T10:00:00Z")
        first, _elapsed = self._deliver(tx["id"], event_id="evt-replay")
        again, _elapsed = self._deliver(tx["id"], event_id="evt-replay")
        self.assertEqual(first.status_code, 200)
        self.assertEqual(again.status_code, 200)
        self.assertEqual(again.json()["status"], "duplicate")
        self._process()
        # a new event about the same transaction (Qonto retries under a new id) is harmless too
        self._deliver(tx["id"], event="updated", event_id="evt-replay-2")
        self._process()
        self.assertEqual(len(self._lines(self.journal_a)), 1)
        self.assertEqual(
            sorted(self._events().mapped("state")), ["duplicate", "processed", "processed"]
        )

    def test_out_of_order_updated_before_created(self):
        pending = self._tx(amount="33.00", side="debit", status="pending", label="Card shop")
        self.fake.set_status(pending["id"], "completed", at="2025-05-03T08:00:00Z")
        self._deliver(pending["id"], event="updated", event_id="evt-upd")
        self._deliver(pending["id"], event="created", event_id="evt-new", data=pending)
        self._process()
        self.assertEqual(self._events().mapped("state"), ["processed", "processed"])
        line = self._lines(self.journal_a)
        self.assertEqual(line.amount, -33.0)

    def test_pending_transaction_event_books_nothing_until_completed(self):
        pending = self._tx(amount="8.00", side="debit", status="pending")
        self._deliver(pending["id"], event="created", event_id="evt-p1")
        self._process()
        self.assertFalse(self._lines(self.journal_a))
        self.assertEqual(self._events().state, "processed")
        self.fake.set_status(pending["id"], "completed", at="2025-05-03T08:00:00Z")
        self._deliver(pending["id"], event="updated", event_id="evt-p2")
        self._process()
        self.assertEqual(self._lines(self.journal_a).amount, -8.0)

    def test_webhook_keeps_the_pull_state_of_the_provider(self):
        self.provider_a.write({"fincycle_pending_amount": -5.0})
        tx = self._tx(amount="10.00", at="2025-05-02T10:00:00Z")
        self._deliver(tx["id"], event_id="evt-keep")
        self._process()
        self.assertEqual(len(self._lines(self.journal_a)), 1)
        self.assertEqual(self.provider_a.fincycle_pending_amount, -5.0)

    def test_event_for_another_companys_account_books_only_there(self):
        tx_b = self._tx(account=ACCOUNT_B, amount="77.00", at="2025-05-02T10:00:00Z")
        # delivered to company A's connection: A maps no journal to that account
        self._deliver(tx_b["id"], event_id="evt-b-on-a")
        self._process()
        event_a = self._events(self.integration_a)
        self.assertEqual(event_a.state, "processed")
        self.assertFalse(self._lines(self.journal_a))
        self.assertFalse(self._lines(self.journal_b))
        self.assertFalse(
            self.fake.calls("GET", f"/v2/transactions/{tx_b['id']}"),
            "an unmapped account is not even looked up",
        )
        # delivered to company B's connection: booked in B's journal only
        self._deliver(tx_b["id"], subscription=self.sub_b, event_id="evt-b-on-b")
        self._process()
        self.assertEqual(self._events(self.integration_b).state, "processed")
        self.assertEqual(self._lines(self.journal_b).amount, 77.0)
        self.assertEqual(self._lines(self.journal_b).company_id, self.company_b)
        self.assertFalse(self._lines(self.journal_a))

    def test_event_without_account_is_matched_after_reading_the_transaction(self):
        tx_b = self._tx(account=ACCOUNT_B, amount="12.00", at="2025-05-02T10:00:00Z")
        data = {"id": tx_b["id"], "transaction_id": tx_b["transaction_id"]}
        self._deliver(tx_b["id"], event_id="evt-thin", data=data)
        self._process()
        self.assertEqual(self._events().state, "processed")
        self.assertFalse(self._lines(self.journal_a))
        self.assertFalse(self._lines(self.journal_b))

    def test_event_for_a_journal_known_by_iban_only(self):
        self.fake.add_bank_account(account_id=ACCOUNT_EXT, iban=IBAN_EXT, external=True)
        journal = self._bank_journal(self.company_a, IBAN_EXT, "QTW")
        provider = self._provider(journal, self.integration_a, False)
        tx = self._tx(account=ACCOUNT_EXT, amount="21.00", at="2025-05-02T10:00:00Z")
        self._deliver(tx["id"], event_id="evt-iban")
        self._process()
        self.assertEqual(self._events().state, "processed")
        self.assertEqual(self._lines(journal).amount, 21.0)
        self.assertEqual(provider.fincycle_remote_account_id, ACCOUNT_EXT)

    def test_malformed_json_is_rejected_and_books_nothing(self):
        body = b'{"id": "evt-broken", "type": "v1/transactions", "data": {'
        headers = {
            "Content-Type": "application/json",
            **QontoScheme().sign(body, self.integration_a.sudo().webhook_secret),
        }
        response = self.url_open(
            self.integration_a.sudo().webhook_url, data=body, headers=headers, timeout=10
        )
        self.assertEqual(response.status_code, 400)
        event = self._events()
        self.assertEqual(event.state, "rejected")
        self.assertIn("not valid JSON", event.last_error)
        self._process()
        self.assertFalse(self._lines(self.journal_a))

    def test_bad_signature_is_refused(self):
        tx = self._tx(amount="10.00")
        url, body, headers = self.fake.webhook_delivery(tx["id"], subscription_id=self.sub_a["id"])
        headers.update(QontoScheme().sign(body, "x" * 40))
        response = self.url_open(url, data=body, headers=headers, timeout=10)
        self.assertEqual(response.status_code, 401)
        self._process()
        self.assertFalse(self._lines(self.journal_a))

    def test_transaction_unknown_to_qonto_fails_the_event_for_a_retry(self):
        tx = self._tx(amount="10.00")
        data = dict(tx, id="00000000-0000-0000-0000-000000000000")
        self._deliver(tx["id"], event_id="evt-404", data=data)
        self._process()
        event = self._events()
        self.assertEqual(event.state, "failed")
        self.assertIn("HTTP 404", event.last_error)
        self.assertEqual(event.attempts, 1)

    def test_event_with_a_lost_consent_asks_an_admin_and_is_retried_later(self):
        self._connect_oauth(self.integration_a)
        tx = self._tx(amount="10.00", at="2025-05-02T10:00:00Z")
        self.fake.revoke_consent()
        self._deliver(tx["id"], event_id="evt-consent")
        self._process()
        event = self._events()
        self.assertEqual(event.state, "failed")
        self.assertIn("Connect with Qonto", event.last_error)
        self.assertEqual(self.integration_a.state, "error")
        self.assertTrue(
            self.integration_a.activity_ids.filtered(lambda a: a.summary == "Reconnect Qonto")
        )
        self.assertFalse(self._lines(self.journal_a))

    # -- OAuth consent through the browser -------------------------------------------------
    def _admin_in_company_a(self):
        admin = self.env.ref("base.user_admin")
        admin.write(
            {
                "company_ids": [Command.link(self.company_a.id)],
                "company_id": self.company_a.id,
            }
        )
        self.authenticate("admin", "admin")
        self.integration_a.qonto_auth_mode = "oauth"

    def _connect(self):
        """Click 'Connect with Qonto': (the consent page's URL, the state it carries)."""
        action = click(self, self.integration_a, "action_fincycle_oauth_connect")
        self.assertEqual(action["type"], "ir.actions.act_url")
        return action["url"], parse_qs(urlsplit(action["url"]).query)["state"][0]

    def test_oauth_connect_round_trip(self):
        self._admin_in_company_a()
        consent_url, _state = self._connect()
        response = self.url_open(consent_url)  # Qonto's page, back to our callback
        self.assertEqual(response.status_code, 200, response.text[:500])
        self.assertIn("/odoo/action-fincycle_base.action_fincycle_integration/", response.url)
        [authorize] = self.fake.calls("GET", "/oauth2/auth")
        query = {k: v[-1] for k, v in authorize.query.items()}
        self.assertEqual(query["redirect_uri"], self.integration_a.oauth_redirect_uri)
        self.assertEqual(query["scope"], "organization.read offline_access webhook")
        self.assertEqual(query["code_challenge_method"], "S256")
        [exchange] = self.fake.calls("POST", "/oauth2/token")
        form = {k: v[-1] for k, v in parse_qs(exchange.body.decode()).items()}
        self.assertEqual(form["grant_type"], "authorization_code")
        self.assertTrue(form["code_verifier"])
        self.env.invalidate_all()
        token = (
            self.env["fincycle.oauth.token"]
            .sudo()
            .search([("integration_id", "=", self.integration_a.id)])
        )
        self.assertTrue(token.refresh_token.startswith("qor_"))
        self.assertEqual(self.integration_a.state, "connected")
        self.assertEqual(self.integration_a.oauth_state, "active")
        self.assertEqual(self.integration_a.qonto_organization_slug, self.fake.login)
        self.assertIn("Connected to Qonto", self._messages(self.integration_a))
        self.assertFalse(self.integration_a.sudo().consent_state_hash)

    def test_oauth_callback_refuses_a_state_from_elsewhere(self):
        self._admin_in_company_a()
        _url, state = self._connect()
        code = self.fake.issue_code(self.integration_a.oauth_redirect_uri)
        for query in (f"code={code}&state=forged-{state}", f"code={code}"):
            forged = self.url_open(f"/fincycle/qonto/oauth/callback?{query}", allow_redirects=False)
            self.assertEqual(forged.status_code, 400)
            self.assertIn("does not belong to your session", forged.text)
        self.assertFalse(self.fake.calls("POST", "/oauth2/token"))
        # the real state works once, then never again
        real = self.url_open(
            f"/fincycle/qonto/oauth/callback?code={code}&state={state}", allow_redirects=False
        )
        self.assertEqual(real.status_code, 303)
        self.assertEqual(len(self.fake.calls("POST", "/oauth2/token")), 1)
        replay = self.url_open(
            f"/fincycle/qonto/oauth/callback?code={code}&state={state}", allow_redirects=False
        )
        self.assertEqual(replay.status_code, 400)
        self.assertEqual(len(self.fake.calls("POST", "/oauth2/token")), 1)

    def test_oauth_state_is_used_up_when_the_exchange_fails(self):
        self._admin_in_company_a()
        _url, state = self._connect()
        code = "qoa_not_issued_by_qonto"
        first = self.url_open(
            f"/fincycle/qonto/oauth/callback?code={code}&state={state}", allow_redirects=False
        )
        self.assertEqual(first.status_code, 303)  # back to the form, error recorded there
        self.env.invalidate_all()
        self.assertEqual(self.integration_a.state, "error")
        again = self.url_open(
            f"/fincycle/qonto/oauth/callback?code={code}&state={state}", allow_redirects=False
        )
        self.assertEqual(again.status_code, 400)
        self.assertEqual(len(self.fake.calls("POST", "/oauth2/token")), 1)

    def test_oauth_state_of_another_session_is_refused(self):
        """An attacker's code, sent with a state the victim's session does not hold."""
        self._admin_in_company_a()
        _url, state = self._connect()
        self.authenticate("admin", "admin")  # a new browser session of the same user
        code = self.fake.issue_code(self.integration_a.oauth_redirect_uri)
        response = self.url_open(
            f"/fincycle/qonto/oauth/callback?code={code}&state={state}", allow_redirects=False
        )
        self.assertEqual(response.status_code, 400)
        self.assertFalse(self.fake.calls("POST", "/oauth2/token"))

    def test_oauth_start_changes_nothing_on_a_get(self):
        self._admin_in_company_a()
        response = self.url_open(
            f"/fincycle/qonto/oauth/start/{self.integration_a.id}", allow_redirects=False
        )
        self.assertEqual(response.status_code, 404)  # no state-changing GET route
        self.assertFalse(self.integration_a.sudo().consent_state_hash)
        self.assertFalse(self.fake.calls("GET", "/oauth2/auth"))

    def test_oauth_denied_consent_is_recorded(self):
        self._admin_in_company_a()
        self.fake.consent_answer = "deny"
        consent_url, _state = self._connect()
        response = self.url_open(consent_url)
        self.assertEqual(response.status_code, 200)
        self.env.invalidate_all()
        self.assertEqual(self.integration_a.state, "error")
        self.assertIn("access_denied", self.integration_a.last_error_message)
        self.assertEqual(self.integration_a.oauth_state, "none")

    def test_oauth_start_is_for_managers(self):
        """A plain accounting user reads connections but starts no consent."""
        self.env["res.users"].create(
            {
                "name": "Bookkeeper A",
                "login": "qonto_acc_a",
                "password": "qonto_acc_a_pw",
                "company_id": self.company_a.id,
                "company_ids": [Command.set(self.company_a.ids)],
                "group_ids": [Command.link(self.env.ref("account.group_account_user").id)],
            }
        )
        self.authenticate("qonto_acc_a", "qonto_acc_a_pw")
        self.integration_a.qonto_auth_mode = "oauth"
        with self.assertRaises(JsonRpcException):
            click(self, self.integration_a, "action_fincycle_oauth_connect")
        self.assertFalse(self.integration_a.sudo().consent_state_hash)
        self.assertFalse(self.fake.calls("GET", "/oauth2/auth"))

    def test_manager_sets_up_the_feed_without_seeing_a_secret(self):
        """Connect (consent page and back), map, register and remove the webhook, disconnect:
        as a Fincycle manager with accounting rights, over the web client's routes."""
        manager = self.env["res.users"].create(
            {
                "name": "Manager A",
                "login": "qonto_mgr_a",
                "password": "qonto_mgr_a_pw",
                "company_id": self.company_a.id,
                "company_ids": [Command.set(self.company_a.ids)],
                "group_ids": [
                    Command.link(self.env.ref("account.group_account_manager").id),
                    Command.link(self.env.ref("account.group_account_user").id),
                ],
            }
        )
        self.assertTrue(manager.has_group("fincycle_base.group_fincycle_manager"))
        self.assertFalse(manager.has_group("base.group_system"))
        self.integration_a.qonto_auth_mode = "oauth"
        self.authenticate("qonto_mgr_a", "qonto_mgr_a_pw")
        consent_url, _state = self._connect()
        response = self.url_open(consent_url)  # Qonto's page, back to our callback
        self.assertEqual(response.status_code, 200, response.text[:500])
        self.env.invalidate_all()
        integration = self.integration_a.with_user(manager)
        self.assertEqual(integration.state, "connected")
        self.assertEqual(integration.oauth_state, "active")
        with self.assertRaises(AccessError):
            self.env["fincycle.oauth.token"].with_user(manager).search([])
        # Map Accounts
        action = click(self, self.integration_a, "action_qonto_map_accounts")
        wizard = self.env["qonto.account.map"].with_user(manager).browse(action["res_id"])
        line = wizard.line_ids.filtered(lambda x: x.iban == IBAN_A)
        self.assertEqual(line.journal_id, self.journal_a)  # the journal it already feeds
        wizard.line_ids.filtered(lambda x: x.iban != IBAN_A).create_journal = True
        wizard.action_apply()
        self.assertEqual(len(integration.qonto_provider_ids), 2)
        self.assertIn(self.journal_a, integration.qonto_provider_ids.journal_id)
        # Register Webhook, then remove it
        click(self, self.integration_a, "action_fincycle_webhook_register")
        self.env.invalidate_all()
        subscription_id = integration.webhook_remote_id
        self.assertIn(subscription_id, self.fake.subscriptions)
        self.assertEqual(
            self.integration_a.sudo().webhook_secret,
            self.fake.subscriptions[subscription_id]["secret"],
        )
        with self.assertRaises(AccessError):
            integration.read(["webhook_secret"])
        click(self, self.integration_a, "action_fincycle_webhook_unregister")
        self.env.invalidate_all()
        self.assertFalse(integration.webhook_remote_id)
        self.assertNotIn(subscription_id, self.fake.subscriptions)
        # Disconnect
        click(self, self.integration_a, "action_fincycle_oauth_disconnect")
        self.env.invalidate_all()
        self.assertEqual(integration.oauth_state, "none")
        self.assertEqual(integration.state, "draft")
