# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Companies with the default reminder policy, customers and overdue invoices."""

from datetime import date, datetime, timedelta

from odoo import Command

# A Monday in winter: Zurich is UTC+1, Tokyo UTC+9, Los Angeles UTC-8.
TODAY = date(2026, 3, 2)
ZURICH_0930 = datetime(2026, 3, 2, 8, 30)  # UTC


class DunningCase:
    """Mixin for TransactionCase classes."""

    @classmethod
    def _setup_dunning(cls):
        env = cls.env
        # Only our companies take part in the daily run (a database may hold demo companies).
        env["res.company"].search([]).write({"dunning_auto": False})
        cls.company = cls._make_company("Seeblick Treuhand AG", "CHF", "CH", "Europe/Zurich")
        cls.policy = cls.company.credit_policy_id
        cls.customer = cls._make_customer("Alpen Bau AG", "buchhaltung@alpenbau.example")
        cls.other_customer = cls._make_customer("Bergsicht GmbH", "info@bergsicht.example")

    @classmethod
    def _make_company(cls, name, currency, country, tz):
        env = cls.env
        env.ref(f"base.{currency}").active = True
        country_id = env.ref(f"base.{country.lower()}").id
        company = env["res.company"].create(
            {
                "name": name,
                "currency_id": env.ref(f"base.{currency}").id,
                "country_id": country_id,
                "email": f"accounting@{name.split()[0].lower()}.example",
                "dunning_auto": True,
            }
        )
        # the generic chart (no l10n module needed): the company gets its reminder policy, with
        # its country's fees, when the chart is loaded
        env["account.chart.template"].try_loading(
            "generic_coa", company=company, install_demo=False
        )
        company.currency_id = env.ref(f"base.{currency}")
        company.partner_id.tz = tz
        env.user.company_ids |= company
        return company

    @classmethod
    def _make_customer(cls, name, email=None, lang="en_US"):
        return cls.env["res.partner"].create(
            {"name": name, "email": email, "is_company": True, "lang": lang}
        )

    @classmethod
    def _invoice(cls, partner, amount, days_overdue, company=None, today=TODAY, currency=None):
        """A posted customer invoice due ``days_overdue`` days before ``today``."""
        company = company or cls.company
        due = today - timedelta(days=days_overdue)
        move = (
            cls.env["account.move"]
            .with_company(company)
            .create(
                {
                    "move_type": "out_invoice",
                    "partner_id": partner.id,
                    "invoice_date": due - timedelta(days=30),
                    "invoice_date_due": due,
                    "currency_id": (currency or company.currency_id).id,
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": "Consulting",
                                "quantity": 1,
                                "price_unit": amount,
                                "tax_ids": [],
                            }
                        )
                    ],
                }
            )
        )
        move.action_post()
        return move

    def _dispute(self, invoices, **vals):
        return self.env["account.dispute"].create(
            {
                "invoice_ids": [Command.set(invoices.ids)],
                "partner_id": invoices[:1].partner_id.id,
                "company_id": invoices[:1].company_id.id,
                **vals,
            }
        )

    def _cron(self, now=ZURICH_0930):
        self.env["credit.control.run"]._cron_fincycle_daily_reminders(now=now)

    def _lines(self, invoice):
        return self.env["credit.control.line"].search([("invoice_id", "=", invoice.id)])

    def _reminder_messages(self, partner):
        """Reminder e-mails posted for ``partner`` (one per communication sent)."""
        subtype = self.env.ref("account_credit_control.mt_request")
        comms = self.env["credit.control.communication"].search([("partner_id", "=", partner.id)])
        return self.env["mail.message"].search(
            [
                ("model", "=", "credit.control.communication"),
                ("res_id", "in", comms.ids),
                ("subtype_id", "=", subtype.id),
            ]
        )
