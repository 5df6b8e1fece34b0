# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A test-only provider, ``fincycle_test``: it signs like Qonto and records what it processes.

It is registered by patching the provider selection and the provider hooks for the duration
of a test class, so the product ships no fake provider."""

import json
import time
from unittest.mock import patch

from odoo.exceptions import AccessError
from odoo.tests import new_test_user

from fincycle.webhooks import QontoScheme

TEST_PROVIDER = "fincycle_test"


class FincycleHttpTestMixin:
    """For test cases whose code calls a local fake server through ``fincycle.http``."""

    @classmethod
    def _request_handler(cls, s, r, /, **kw):
        # Odoo's test guard compares the timeout with a number; fincycle.http sends the
        # (connect, read) pair requests supports.
        timeout = kw.get("timeout")
        if isinstance(timeout, tuple):
            kw["timeout"] = max(t for t in timeout if t is not None)
        return super()._request_handler(s, r, **kw)


class FincycleTestProviderMixin(FincycleHttpTestMixin):
    """Mixin for TransactionCase / HttpCase classes."""

    processed = None  # list of event ids the test provider processed
    fail_with = None  # exception instance the test processor raises, if set

    def setUp(self):
        super().setUp()
        # The kit commits tokens and consent results in a transaction of its own (a new
        # cursor): in a test, Odoo's registry test mode makes that cursor wrap the test's.
        if not type(self)._registry_patched:
            self.registry_enter_test_mode()

    @classmethod
    def _register_test_provider(cls):
        cls.processed = []
        cls.fail_with = None
        for model in ("fincycle.integration", "fincycle.webhook.event", "fincycle.sync.run"):
            field = cls.env[model]._fields["provider"]
            if not isinstance(field.selection, list):
                continue  # related fields read the selection of the account's field
            cls.startClassPatcher(
                patch.object(field, "selection", [*field.selection, (TEST_PROVIDER, "Test")])
            )
            if isinstance(field._selection, dict):  # what create/write validate against
                cls.startClassPatcher(
                    patch.object(field, "_selection", {**field._selection, TEST_PROVIDER: "Test"})
                )
        Integration = type(cls.env["fincycle.integration"])
        original_scheme = Integration._fincycle_webhook_scheme
        original_process = Integration._fincycle_process_webhook_event
        original_check = Integration._fincycle_check_connection
        test_class = cls

        def scheme(self):
            return QontoScheme() if self.provider == TEST_PROVIDER else original_scheme(self)

        def process(self, event):
            if self.provider != TEST_PROVIDER:
                return original_process(self, event)
            if test_class.fail_with is not None:
                raise test_class.fail_with
            test_class.processed.append(event.id)
            return None

        def check(self):
            if self.provider != TEST_PROVIDER:
                return original_check(self)
            if test_class.fail_with is not None:
                raise test_class.fail_with
            return "Test provider answered."

        for name, func in (
            ("_fincycle_webhook_scheme", scheme),
            ("_fincycle_process_webhook_event", process),
            ("_fincycle_check_connection", check),
        ):
            cls.startClassPatcher(patch.object(Integration, name, func))

    @classmethod
    def _setup_companies_and_users(cls):
        cls.company_a = cls.env["res.company"].create({"name": "Fincycle Test A"})
        cls.company_b = cls.env["res.company"].create({"name": "Fincycle Test B"})
        Integration = cls.env["fincycle.integration"]
        cls.account_a = Integration.create(
            {"name": "Test A", "provider": TEST_PROVIDER, "company_id": cls.company_a.id}
        )
        cls.account_b = Integration.create(
            {"name": "Test B", "provider": TEST_PROVIDER, "company_id": cls.company_b.id}
        )
        cls.account_a.sudo().write({"api_key": "key-A-123456", "api_secret": "sec-A-abcdef"})
        cls.manager_a = new_test_user(
            cls.env,
            login="fc_manager_a",
            password="fc_manager_a_pw",
            groups="base.group_user,fincycle_base.group_fincycle_manager",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id],
        )
        cls.user_a = new_test_user(
            cls.env,
            login="fc_user_a",
            groups="base.group_user,fincycle_base.group_fincycle_user",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id],
        )

    @staticmethod
    def _body(event_id="evt-1", **extra):
        return json.dumps(
            {"id": event_id, "type": "v1/transactions", "data": {"event": "created", **extra}}
        ).encode()

    @staticmethod
    def _signed(account, body, timestamp=None, secret=None):
        secret = secret or account.sudo().webhook_secret
        return {
            "Content-Type": "application/json",
            **QontoScheme().sign(body, secret, timestamp=timestamp or time.time()),
        }


def make_accounting_company(env, name, currency="EUR", chart="generic_coa"):
    """A company with a chart of accounts (bank journals need a suspense account)."""
    company = env["res.company"].create(
        {"name": name, "currency_id": env.ref(f"base.{currency}").id}
    )
    env["account.chart.template"].try_loading(chart, company=company, install_demo=False)
    company.currency_id = env.ref(f"base.{currency}")  # the generic chart brings USD
    return company


def click(case, record, method):
    """Click button ``method`` of ``record`` as the user ``case`` authenticated with: a
    JSON-RPC POST with that user's browser session, as the web client sends it."""
    return case.make_jsonrpc_request(
        f"/web/dataset/call_button/{record._name}/{method}",
        {
            "model": record._name,
            "method": method,
            "args": [record.ids],
            "kwargs": {"context": {"allowed_company_ids": record.company_id.ids}},
        },
    )


class InvoiceRunLogTestMixin:
    """For the test cases of a run log that inherits ``fincycle.invoice.run.mixin``."""

    def _assert_deleted_by_system_admins_only(self, run, other_run, denied, admin):
        """No (user, run) pair of ``denied`` deletes its run, managers included; the system
        administrator ``admin`` of ``run``'s company deletes it, never ``other_run`` of
        another company."""
        for user, log in denied:
            with self.assertRaises(AccessError):
                log.with_user(user).unlink()
        with self.assertRaises(AccessError):
            other_run.with_user(admin).unlink()
        self.assertEqual((run | other_run).exists(), run | other_run)
        run.with_user(admin).unlink()
        self.assertFalse(run.exists())
        self.assertTrue(other_run.exists())
