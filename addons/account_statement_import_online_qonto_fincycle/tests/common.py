# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Two companies, each with a Qonto connection and a bank journal, against one FakeQonto."""

from datetime import datetime, timedelta
from unittest.mock import patch

from odoo import Command, fields

from odoo.addons.fincycle_base.models import fincycle_oauth
from odoo.addons.fincycle_base.tests.common import FincycleTestProviderMixin

from fincycle.http import HttpPolicy
from fincycle.testing.fake_qonto import FakeQonto

FAST = HttpPolicy(
    max_attempts=2,
    backoff_initial=0.01,
    backoff_max=0.02,
    backoff_jitter=0.0,
    connect_timeout=5,
    read_timeout=10,
    max_retry_after=3,
)
ACCOUNT_A = "0193f2aa-0000-7000-8000-00000000000a"
ACCOUNT_B = "0193f2bb-0000-7000-8000-00000000000b"
ACCOUNT_EXT = "0193f2ee-0000-7000-8000-0000000000ee"
IBAN_A = "FR7616958000010000000000123"
IBAN_B = "FR7616958000020000000000456"
IBAN_EXT = "DE89370400440532013000"
SINCE = datetime(2025, 5, 1)
UNTIL = datetime(2025, 7, 1)


class QontoTestCommon(FincycleTestProviderMixin):
    fake = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.fake = FakeQonto()
        cls.fake.start()
        cls.addClassCleanup(cls.fake.stop)
        Integration = type(cls.env["fincycle.integration"])
        cls.startClassPatcher(patch.object(Integration, "_qonto_http_policy", lambda self: FAST))
        cls.eur = cls.env.ref("base.EUR")
        cls.eur.active = True
        cls.company_a = cls._qonto_company("Maison Colibri A")
        cls.company_b = cls._qonto_company("Maison Colibri B")
        cls.journal_a = cls._bank_journal(cls.company_a, IBAN_A, "QTA")
        cls.journal_b = cls._bank_journal(cls.company_b, IBAN_B, "QTB")
        cls.integration_a = cls._integration(cls.company_a, "Qonto A")
        cls.integration_b = cls._integration(cls.company_b, "Qonto B")
        cls.provider_a = cls._provider(cls.journal_a, cls.integration_a, ACCOUNT_A)
        cls.provider_b = cls._provider(cls.journal_b, cls.integration_b, ACCOUNT_B)
        cls.Line = cls.env["account.bank.statement.line"]

    def setUp(self):
        super().setUp()
        # Access tokens cached by an earlier test of this class were issued by a fake since reset.
        fincycle_oauth._ACCESS_CACHE.clear()
        self.fake.reset()
        self.fake.add_bank_account(account_id=ACCOUNT_A, iban=IBAN_A, balance="1000.00")
        self.fake.add_bank_account(account_id=ACCOUNT_B, iban=IBAN_B, balance="50.00", name="B")

    # -- setup helpers ---------------------------------------------------------------------
    @classmethod
    def _qonto_company(cls, name):
        company = cls.env["res.company"].create(
            {
                "name": name,
                "currency_id": cls.eur.id,
                "country_id": cls.env.ref("base.fr").id,
            }
        )
        cls.env.user.company_ids = [Command.link(company.id)]
        cls.env["account.chart.template"].try_loading(
            "generic_coa", company=company, install_demo=False
        )
        company.currency_id = cls.eur
        return company

    @classmethod
    def _bank_journal(cls, company, iban, code):
        bank = cls.env["res.partner.bank"].create(
            {"acc_number": iban, "partner_id": company.partner_id.id}
        )
        return cls.env["account.journal"].create(
            {
                "name": f"Qonto {code}",
                "code": code,
                "type": "bank",
                "company_id": company.id,
                "bank_account_id": bank.id,
            }
        )

    @classmethod
    def _integration(cls, company, name, mode="api_key"):
        integration = cls.env["fincycle.integration"].create(
            {
                "name": name,
                "provider": "qonto",
                "company_id": company.id,
                "base_url": cls.fake.url,
                "qonto_oauth_base_url": cls.fake.url,
                "qonto_auth_mode": mode,
            }
        )
        integration.sudo().write(
            {
                "api_key": cls.fake.login,
                "api_secret": cls.fake.secret_key,
                "qonto_client_id": cls.fake.client_id,
                "qonto_client_secret": cls.fake.client_secret,
            }
        )
        return integration

    @classmethod
    def _provider(cls, journal, integration, remote_id):
        return cls.env["online.bank.statement.provider"].create(
            {
                "journal_id": journal.id,
                "service": "qonto",
                "fincycle_integration_id": integration.id if integration else False,
                "fincycle_remote_account_id": remote_id,
                "tz": "UTC",
                "interval_type": "minutes",
                "interval_number": 15,
            }
        )

    def _connect_oauth(self, integration):
        """OAuth mode with a live token pair issued by the fake (no browser dance)."""
        integration.qonto_auth_mode = "oauth"
        tokens = self.fake.issue_tokens()
        self.env["fincycle.oauth.token"].sudo().create(
            {
                "integration_id": integration.id,
                "access_token": tokens["access_token"],
                "refresh_token": tokens["refresh_token"],
                "expires_at": fields.Datetime.now() + timedelta(hours=1),
            }
        )
        return tokens

    def _scheduled(self, provider, last_run=None):
        """Run the framework's scheduled pull for ``provider`` only (due a minute ago); return
        that due time."""
        others = self.env["online.bank.statement.provider"].search([("id", "!=", provider.id)])
        others.write({"next_run": fields.Datetime.now() + timedelta(days=1)})
        vals = {"next_run": fields.Datetime.now() - timedelta(minutes=1)}
        if last_run:
            vals["last_successful_run"] = last_run
        provider.write(vals)
        self.env["online.bank.statement.provider"]._scheduled_pull()
        self.env.invalidate_all()
        return vals["next_run"]

    # -- assertions helpers ----------------------------------------------------------------
    def _lines(self, journal):
        self.env.invalidate_all()
        return self.Line.search([("journal_id", "=", journal.id)], order="id")

    def _tx(self, account=ACCOUNT_A, **kwargs):
        return self.fake.add_transaction(bank_account_id=account, **kwargs)

    def _messages(self, record):
        self.env.invalidate_all()
        return "\n".join(record.message_ids.mapped("body"))
