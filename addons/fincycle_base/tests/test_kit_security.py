# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The connector kit probed as an attacker would: the token store, the consent callback, the
webhook registration and the company walls, for every kind of user."""

import json
import logging
from datetime import timedelta
from unittest.mock import patch
from urllib.parse import parse_qs, urlsplit

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, JsonRpcException, new_test_user, tagged
from odoo.tests.common import HOST, Opener

from odoo.addons.fincycle_base.models import fincycle_oauth
from odoo.addons.fincycle_base.models.fincycle_webhook_registration import WebhookApi

from fincycle.http.oauth import ClientSecret, OAuthClient
from fincycle.testing.fake_server import FakeResponse, FakeServer

from .common import TEST_PROVIDER, FincycleTestProviderMixin, click, make_accounting_company

CALLBACK = f"/fincycle/{TEST_PROVIDER}/oauth/callback"
TOKEN_FIELDS = ("access_token", "refresh_token", "token_expires_at", "oauth_token_ids")


@tagged("post_install", "-at_install")
class TestKitSecurity(FincycleTestProviderMixin, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._register_test_provider()
        cls._setup_companies_and_users()
        cls.accountant_a = new_test_user(
            cls.env,
            login="fc_accountant_a",
            password="fc_accountant_a_pw",
            groups="account.group_account_manager",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id],
        )
        cls.accountant_b = new_test_user(
            cls.env,
            login="fc_accountant_b",
            password="fc_accountant_b_pw",
            groups="account.group_account_manager",
            company_id=cls.company_b.id,
            company_ids=[cls.company_b.id],
        )
        cls.manager_a2 = new_test_user(
            cls.env,
            login="fc_manager_a2",
            password="fc_manager_a2_pw",
            groups="base.group_user,fincycle_base.group_fincycle_manager",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id],
        )
        cls.portal = new_test_user(
            cls.env, login="fc_portal", password="fc_portal_pw", groups="base.group_portal"
        )
        cls.sysadmin_a = new_test_user(
            cls.env,
            login="fc_sysadmin_a",
            password="fc_sysadmin_a_pw",
            groups="base.group_system",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id],
        )
        for account, tag in ((cls.account_a, "A"), (cls.account_b, "B")):
            account.sudo().write(
                {
                    "access_token": f"AT-SECRET-{tag}-0001",
                    "refresh_token": f"RT-SECRET-{tag}-0001",
                    "token_expires_at": fields.Datetime.now() + timedelta(hours=1),
                }
            )
        Event = cls.env["fincycle.webhook.event"]
        cls.event_b = Event.create({"integration_id": cls.account_b.id, "external_id": "b1"})
        cls.run_b = cls.account_b._fincycle_sync_start("transactions")
        for user in (cls.user_a, cls.manager_a, cls.accountant_a, cls.accountant_b):
            user.group_ids |= cls.env.ref("base.group_allow_export")  # export is probed too
        cls.token_a = cls.account_a._fincycle_oauth_token()
        cls.token_b = cls.account_b._fincycle_oauth_token()

    def _non_admins(self):
        return (self.user_a, self.manager_a, self.accountant_a, self.accountant_b, self.portal)

    # -- 1. the token store ----------------------------------------------------------------
    def test_only_system_administrators_touch_the_token_store(self):
        for user in self._non_admins():
            Token = self.env["fincycle.oauth.token"].with_user(user)
            for call in (
                lambda T: T.search([]),
                lambda T: T.search_read([], ["access_token"]),
                lambda T: T.formatted_read_group([], ["access_token"], ["__count"]),
                lambda T: T.search_count([("access_token", "like", "AT-")]),
                lambda T: T.create({"integration_id": self.account_a.id, "access_token": "x"}),
                lambda T: T.browse(self.token_a.id).read(["access_token"]),
                lambda T: T.browse(self.token_a.id).write({"access_token": "x"}),
                lambda T: T.browse(self.token_a.id).unlink(),
                lambda T: T.browse(self.token_a.id).export_data(["access_token"]),
            ):
                if user == self.portal and "export_data" in call.__code__.co_names:
                    continue  # a portal user exports nothing at all
                with self.assertRaises(AccessError, msg=user.login):
                    call(Token)

    def test_token_fields_of_a_connection_are_hidden_from_non_admins(self):
        for user in (self.user_a, self.manager_a, self.accountant_a):
            account = self.account_a.with_user(user)
            for name in TOKEN_FIELDS:
                with self.assertRaises(AccessError, msg=f"{user.login} {name}"):
                    account.read([name])
                with self.assertRaises(AccessError, msg=f"{user.login} {name}"):
                    account.export_data([name])
            for name in ("access_token", "refresh_token", "token_expires_at"):
                with self.assertRaises(AccessError, msg=f"{user.login} writes {name}"):
                    account.write({name: "2030-01-01 00:00:00" if "expires" in name else "x"})
            # no oracle on the token values through a search domain
            for domain in (
                [("oauth_token_ids.access_token", "=like", "AT-%")],
                [("oauth_token_ids.refresh_token", "!=", False)],
                [("access_token", "=", "AT-SECRET-A-0001")],
            ):
                try:
                    found = account.search(domain)
                except (AccessError, ValueError):
                    continue
                self.fail(f"{user.login} searched tokens with {domain}: {found}")
            values = account.read()[0]
            dumped = json.dumps(values, default=str)
            self.assertNotIn("SECRET", dumped)
            # what anyone may know: whether it is connected
            self.assertEqual(account.oauth_state, "active")
            # web_read of the form as the client asks for it
            spec = {name: {} for name in account.fields_get()}
            self.assertNotIn("SECRET", json.dumps(account.web_read(spec), default=str))

    def test_token_store_over_json_rpc(self):
        for login in ("fc_manager_a", "fc_accountant_a"):
            self.authenticate(login, f"{login}_pw")
            for model, method, args, kwargs in (
                ("fincycle.oauth.token", "search_read", [[]], {}),
                ("fincycle.oauth.token", "web_search_read", [[]], {"specification": {}}),
                (
                    "fincycle.oauth.token",
                    "web_read_group",
                    [[]],
                    {"groupby": ["access_token"], "aggregates": []},
                ),
                (
                    "fincycle.integration",
                    "web_read",
                    [[self.account_a.id]],
                    {"specification": {"access_token": {}, "refresh_token": {}}},
                ),
                (
                    "fincycle.integration",
                    "web_read",
                    [[self.account_a.id]],
                    {"specification": {"oauth_token_ids": {"fields": {"access_token": {}}}}},
                ),
            ):
                result = self._call_kw(model, method, args, kwargs)
                self.assertIn("error", result, f"{login} {model}.{method}")
                self.assertNotIn("SECRET", json.dumps(result), f"{login} {model}.{method}")
            # the connections a manager lists carry no token
            result = self._call_kw("fincycle.integration", "search_read", [[]], {})
            self.assertNotIn("error", result)
            self.assertNotIn("SECRET", json.dumps(result))

    def _call_kw(self, model, method, args, kwargs):
        payload = {
            "jsonrpc": "2.0",
            "method": "call",
            "params": {"model": model, "method": method, "args": args, "kwargs": kwargs},
        }
        return self.url_open(
            "/web/dataset/call_kw",
            data=json.dumps(payload),
            headers={"Content-Type": "application/json"},
            timeout=20,
        ).json()

    def test_a_system_administrator_of_company_a_sees_no_token_of_company_b(self):
        Token = self.env["fincycle.oauth.token"].with_user(self.sysadmin_a)
        self.assertEqual(Token.search([]), self.token_a)
        with self.assertRaises(AccessError):
            self.token_b.with_user(self.sysadmin_a).read(["access_token"])

    def test_a_refresh_logs_no_token_and_chatter_holds_none(self):
        fake = FakeServer().start()
        self.addCleanup(fake.stop)
        account = self.account_a
        account.base_url = fake.url  # an administrator's test server; tokens bound to it
        account.sudo().write(
            {
                "refresh_token": "RT-SECRET-A-0002",
                "access_token": "AT-SECRET-A-0002",
                "token_expires_at": fields.Datetime.now() - timedelta(minutes=1),
            }
        )
        self.env.flush_all()  # what an earlier request committed: the refresh reads it apart
        Integration = type(account)

        def client(record, session=None):
            return OAuthClient(
                session or record._fincycle_http_session(),
                f"{fake.url}/oauth/authorize",
                f"{fake.url}/oauth/token",
                ClientSecret("app-1", "CLIENT-SECRET-0003"),
                provider="Test",
            )

        fake.add(
            "POST",
            "/oauth/token",
            FakeResponse(
                200,
                {
                    "access_token": "AT-SECRET-A-0003",
                    "refresh_token": "RT-SECRET-A-0003",
                    "expires_in": 3600,
                },
            ),
            FakeResponse(400, {"error": "invalid_grant", "error_description": "RT-SECRET-A-0003"}),
        )
        loggers = [logging.getLogger(n) for n in ("odoo.addons", "fincycle", "urllib3", "requests")]
        levels = [lg.level for lg in loggers]
        for lg in loggers:
            lg.setLevel(logging.DEBUG)
        try:
            with (
                patch.object(Integration, "_fincycle_oauth_client", client),
                self.assertLogs(level=logging.DEBUG) as logs,
            ):
                logging.getLogger("odoo.addons.fincycle_base").debug("capture on")
                self.assertEqual(account._fincycle_oauth_access_token(), "AT-SECRET-A-0003")
                # then the provider refuses the rotated refresh token, echoing it
                account.sudo().token_expires_at = fields.Datetime.now() - timedelta(minutes=1)
                self.env.flush_all()
                fincycle_oauth._ACCESS_CACHE.clear()
                with self.assertRaises(fincycle_oauth.ConsentLostError) as raised:
                    account._fincycle_oauth_access_token()
                # what a pull does with it: the connection in error, a message, an activity
                account._fincycle_handle_failure(raised.exception, raised.exception.message)
                result = account.action_test_connection()
        finally:
            for lg, level in zip(loggers, levels, strict=True):
                lg.setLevel(level)
        captured = "\n".join(logs.output)
        self.assertIn("HTTP 400", captured, "the refused refresh was logged")
        self.assertNotIn("SECRET", captured)
        self.assertNotIn("SECRET", json.dumps(result, default=str))
        self.assertNotIn("SECRET", account.last_error_message or "")
        bodies = " ".join(account.message_ids.mapped("body"))
        self.assertNotIn("SECRET", bodies)
        tracked = self.env["mail.tracking.value"].search(
            [("mail_message_id", "in", account.message_ids.ids)]
        )
        for value in tracked:
            self.assertNotIn("SECRET", f"{value.old_value_char} {value.new_value_char}")

    def test_a_token_cached_by_another_worker_never_reaches_a_new_host(self):
        """Worker 2 cached the access token; an administrator points the connection at another
        host and enters new credentials in worker 1 (the old tokens are forgotten there): the
        cached token must not be sent to the new host."""
        account = self.account_a
        account.base_url = "https://old-host.example"
        account.sudo().write(
            {
                "access_token": "AT-SECRET-OLD",
                "token_expires_at": fields.Datetime.now() + timedelta(hours=1),
            }
        )
        self.env.flush_all()
        self.assertEqual(account._fincycle_oauth_access_token(), "AT-SECRET-OLD")
        cached_by_worker_2 = dict(fincycle_oauth._ACCESS_CACHE)
        account.base_url = "https://new-host.example"
        account.sudo().write({"api_key": "key-for-the-new-host"})
        self.env.flush_all()
        self.assertFalse(account.sudo().access_token, "forgotten in this worker")
        fincycle_oauth._ACCESS_CACHE.update(cached_by_worker_2)  # worker 2 still holds it
        self.addCleanup(fincycle_oauth._ACCESS_CACHE.clear)
        self.assertEqual(account._fincycle_allowed_origins(), {"https://new-host.example"})
        try:
            sent = account._fincycle_oauth_access_token()
        except fincycle_oauth.ConsentLostError:
            sent = None
        self.assertNotEqual(sent, "AT-SECRET-OLD")

    # -- 2. the consent callback -----------------------------------------------------------
    def _fake_client(self):
        calls = []

        class Client:
            def authorize_url(self, redirect_uri, state, code_challenge=None):
                return f"https://consent.test/authorize?state={state}&ch={code_challenge}"

            def exchange_code(self, code, redirect_uri, code_verifier=None):
                calls.append((code, code_verifier))

                class Tokens:
                    access_token, refresh_token, expires_in = "AT-NEW", "RT-NEW", 3600

                return Tokens()

        Integration = type(self.account_a)

        def client(record, session=None):
            return Client()

        self.startPatcher(patch.object(Integration, "_fincycle_oauth_client", client))
        self.env["ir.config_parameter"].sudo().set_param("web.base.url", "https://erp.example")
        return calls

    def _begin(self, login, account=None):
        self.authenticate(login, f"{login}_pw")
        action = click(self, account or self.account_a, "action_fincycle_oauth_connect")
        return parse_qs(urlsplit(action["url"]).query)["state"][0]

    def _callback(self, state=None, code="c-1", path=CALLBACK, **extra):
        params = {"code": code, **extra}
        if state:
            params["state"] = state
        query = "&".join(f"{k}={v}" for k, v in params.items())
        return self.url_open(f"{path}?{query}", allow_redirects=False)

    def test_consent_state_is_single_use_and_bound_to_user_and_session(self):
        calls = self._fake_client()
        state = self._begin("fc_manager_a")
        # another user of the same company, with his own session
        self.authenticate("fc_manager_a2", "fc_manager_a2_pw")
        self.assertEqual(self._callback(state).status_code, 400)
        # the same user in another browser session
        self.authenticate("fc_manager_a", "fc_manager_a_pw")
        self.assertEqual(self._callback(state).status_code, 400)
        self.assertEqual(calls, [])
        # in its own session it works once, with the PKCE verifier of that session
        state = self._begin("fc_manager_a")
        response = self._callback(state, redirect="https://evil.example", next="//evil.example")
        self.assertEqual(response.status_code, 303)
        location = response.headers["Location"]
        self.assertIn(urlsplit(location).netloc, ("", urlsplit(self.base_url()).netloc))
        self.assertTrue(
            urlsplit(location).path.startswith("/odoo/action-fincycle_base.action_fincycle")
        )
        self.assertEqual(len(calls), 1)
        self.assertTrue(calls[0][1], "the session's PKCE verifier goes with the code")
        self.assertEqual(self._callback(state, code="c-2").status_code, 400, "replay")
        self.assertEqual(len(calls), 1)

    def _use_session(self, session):
        """Switch this test's browser to ``session`` (another tab's cookie)."""
        self.session = session
        self.opener = Opener(self)
        self.opener.cookies.set("session_id", session.sid, domain=HOST)

    def test_a_superseded_consent_does_not_cancel_the_one_in_progress(self):
        calls = self._fake_client()
        stale = self._begin("fc_manager_a")
        session_a = self.session
        self.session = None  # keep manager_a's browser session alive
        fresh = self._begin("fc_manager_a2")  # takes the connection's consent over
        session_a2 = self.session
        self._use_session(session_a)
        self.assertEqual(self._callback(stale).status_code, 400, "superseded")
        self._use_session(session_a2)
        self.assertEqual(self._callback(fresh).status_code, 303, "still in progress")
        self.assertEqual(len(calls), 1)

    def test_consent_refused_without_state_when_expired_or_for_another_provider(self):
        calls = self._fake_client()
        self.authenticate("fc_manager_a", "fc_manager_a_pw")
        self.assertEqual(self._callback(None).status_code, 400)
        self.assertEqual(self._callback("forged-state").status_code, 400)
        state = self._begin("fc_manager_a")
        self.account_a.sudo().consent_started_at = fields.Datetime.now() - timedelta(minutes=11)
        self.assertEqual(self._callback(state).status_code, 400, "expired")
        state = self._begin("fc_manager_a")
        path = "/fincycle/revolut/oauth/callback"
        self.assertEqual(self._callback(state, path=path).status_code, 400, "other provider")
        self.assertEqual(self._callback(state).status_code, 400, "used by the wrong callback")
        self.assertEqual(calls, [])

    def test_who_may_start_a_consent(self):
        self._fake_client()
        for login in ("fc_user_a", "fc_accountant_b"):
            self.authenticate(login, f"{login}_pw" if login != "fc_user_a" else login)
            with self.assertRaises(JsonRpcException, msg=login) as raised:
                click(self, self.account_a, "action_fincycle_oauth_connect")
            self.assertIn("AccessError", str(raised.exception.args))
        self.assertFalse(self.account_a.sudo().consent_state_hash)
        # a portal user reaching the callback gets nothing done
        self.authenticate("fc_portal", "fc_portal_pw")
        self.assertIn(self._callback("forged").status_code, (400, 403, 404))

    def test_consent_error_is_escaped_and_shortened_in_the_chatter(self):
        self._fake_client()
        state = self._begin("fc_manager_a")
        evil = "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E" + "A" * 400
        response = self._callback(state, code="", error="denied", error_description=evil)
        self.assertEqual(response.status_code, 303)
        body = self.account_a.message_ids[0].body
        self.assertNotIn("<img", body)
        self.assertLess(body.count("A"), 260)

    # -- 3. webhook registration -----------------------------------------------------------
    def test_manager_cannot_aim_the_webhook_subscription_id(self):
        """``webhook_remote_id`` names what the kit deletes at the provider with the
        connection's token: only the kit (or a system administrator) sets it."""
        account = self.account_a.with_user(self.manager_a)
        with self.assertRaises(AccessError):
            account.write({"webhook_remote_id": "../../accounts/acc-1"})
        with self.assertRaises(AccessError):
            self.env["fincycle.integration"].with_user(self.manager_a).create(
                {"name": "T", "provider": TEST_PROVIDER, "webhook_remote_id": "../x"}
            )
        # the kit sets it; a manager still removes the webhook it registered
        deleted = []
        api = WebhookApi(create=None, delete=deleted.append, list=lambda: [])
        Integration = type(self.account_a)
        self.startPatcher(patch.object(Integration, "_fincycle_webhook_api", lambda s: api))
        self.account_a._fincycle_webhook_adopt_secret("whsec-2", "wh-2")
        account.action_fincycle_webhook_unregister()
        self.assertEqual(deleted, ["wh-2"])
        self.assertFalse(self.account_a.webhook_remote_id)

    def test_webhook_registration_goes_to_this_server_only(self):
        created = []
        api = WebhookApi(
            create=lambda url: created.append(url) or ("wh-1", "whsec-1"),
            delete=lambda rid: None,
            list=lambda: [],
        )
        Integration = type(self.account_a)
        self.startPatcher(patch.object(Integration, "_fincycle_webhook_api", lambda s: api))
        self.env["ir.config_parameter"].sudo().set_param("web.base.url", "https://erp.example")
        account = self.account_a.with_user(self.manager_a)
        # a manager cannot make the connection point elsewhere first
        with self.assertRaises(AccessError):
            account.write({"base_url": "https://evil.example"})
        with self.assertRaises(AccessError):
            account.write({"webhook_secret": "mine"})
        account.action_fincycle_webhook_register()
        self.assertEqual(len(created), 1)
        self.assertTrue(created[0].startswith("https://erp.example/fincycle/webhook/"))
        self.assertEqual(self.account_a.sudo().webhook_secret, "whsec-1")
        with self.assertRaises(AccessError):
            self.account_b.with_user(self.manager_a).action_fincycle_webhook_register()
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.user_a).action_fincycle_webhook_register()

    # -- 4. companies ----------------------------------------------------------------------
    def test_accountant_of_company_a_sees_nothing_of_company_b(self):
        for model, theirs in (
            ("fincycle.integration", self.account_b),
            ("fincycle.webhook.event", self.event_b),
            ("fincycle.sync.run", self.run_b),
        ):
            Model = self.env[model].with_user(self.accountant_a)
            self.assertNotIn(theirs, Model.search([]), model)
            groups = Model.formatted_read_group([], ["company_id"], ["__count"])
            self.assertNotIn(
                self.company_b.id, [g["company_id"] and g["company_id"][0] for g in groups]
            )
            with self.assertRaises(AccessError, msg=model):
                theirs.with_user(self.accountant_a).read(["company_id"])
        # counters and one2manys of a connection do not count company B's rows either
        account = self.account_a.with_user(self.accountant_a)
        self.account_b.sudo().company_id  # noqa: B018
        self.assertFalse(account.sync_run_ids & self.run_b)
        with self.assertRaises(AccessError):
            self.env["fincycle.sync.run"].with_user(self.accountant_a).create(
                {"integration_id": self.account_b.id, "kind": "transactions"}
            )

    def test_sync_runs_of_a_bank_feed_without_connection_stay_in_their_company(self):
        Run = self.env["fincycle.sync.run"]
        if "bank_provider_id" not in Run._fields:
            self.skipTest("account_statement_import_fincycle is not installed")
        company = make_accounting_company(self.env, "Fincycle Feed B")
        journal = self.env["account.journal"].create(
            {"name": "Bank B", "code": "FCBB", "type": "bank", "company_id": company.id}
        )
        feed = self.env["online.bank.statement.provider"].create(
            {"journal_id": journal.id, "service": "dummy", "tz": "UTC"}
        )
        run = Run._open(
            "bank_statements",
            [("bank_provider_id", "=", feed.id)],
            {
                "bank_provider_id": feed.id,
                "source": journal.display_name,
            },
        )
        self.assertEqual(run.company_id, company)
        accountant_b = new_test_user(
            self.env,
            login="fc_feed_accountant_b",
            groups="account.group_account_manager",
            company_id=company.id,
            company_ids=[company.id],
        )
        self.assertIn(run, Run.with_user(accountant_b).search([]))
        self.assertNotIn(run, Run.with_user(self.accountant_a).search([]))
        with self.assertRaises(AccessError):
            run.with_user(self.accountant_a).read(["source", "error"])
