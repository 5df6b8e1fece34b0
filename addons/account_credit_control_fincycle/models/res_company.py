# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import pytz

from odoo import Command, fields, models

from .account_dispute import DEFAULT_SLA_DAYS

# Default levels: days after the due date; level 3 also goes as a letter with an activity.
DEFAULT_LEVELS = (15, 30, 45)
# Swiss reminder fees (CHF) per level, French late-payment penalties and the fixed
# recovery indemnity (art. L441-10 and D441-5 Code de commerce): editable on the levels.
CH_FEES = {1: 0.0, 2: 20.0, 3: 30.0}
FR_LATE_INTEREST_RATE = 12.15  # ECB main refinancing rate + 10 points, to be kept up to date
FR_RECOVERY_INDEMNITY = 40.0


class ResCompany(models.Model):
    _inherit = "res.company"

    dunning_auto = fields.Boolean(
        string="Send reminders automatically",
        default=True,
        help="Every day at the reminder hour (company time zone), create the credit control "
        "run, generate its lines and send them.",
    )
    dunning_hour = fields.Integer(string="Reminder hour", default=9)
    dunning_last_run_date = fields.Date(
        string="Last automatic reminder run", readonly=True, copy=False
    )
    dunning_grace_days = fields.Integer(
        string="Grace days after a promised date",
        default=3,
        help="Reminders wait until the promised payment date plus these days.",
    )
    credit_controller_id = fields.Many2one(
        "res.users",
        string="Credit controller",
        help="Receives the activities of final reminders, letters and payments to check.",
    )
    credit_control_llm_enabled = fields.Boolean(
        string="Ask the LLM about unsure replies",
        help="When the reply reader is unsure, send the customer's own words (never the quoted "
        "reminder) to the company's OpenAI-compatible endpoint (LLM Endpoint settings) for a "
        "second opinion. It is never the only reason to pause reminders or not. The e-mails "
        "then leave this server.",
    )
    dispute_sla_days_1 = fields.Integer(string="Answer time, low urgency", default=20)
    dispute_sla_days_2 = fields.Integer(string="Answer time, normal urgency", default=10)
    dispute_sla_days_3 = fields.Integer(string="Answer time, high urgency", default=5)
    dispute_sla_days_4 = fields.Integer(string="Answer time, very high urgency", default=2)
    dispute_sla_days_5 = fields.Integer(string="Answer time, critical", default=1)

    def _fincycle_sla_days(self, urgency):
        self.ensure_one()
        if 1 <= urgency <= 5:
            return max(self[f"dispute_sla_days_{urgency}"], 0)
        return DEFAULT_SLA_DAYS[2]

    def _fincycle_local_now(self, now=None):
        """Local (naive) date-time of the company for the UTC ``now``."""
        self.ensure_one()
        now = now or fields.Datetime.now()
        return pytz.utc.localize(now).astimezone(self._fincycle_tz()).replace(tzinfo=None)

    def _fincycle_controller(self):
        self.ensure_one()
        return self.credit_controller_id or self.env.ref("base.user_admin", False) or self.env.user

    # ------------------------------------------------------------------------------------------
    # Default policy
    # ------------------------------------------------------------------------------------------
    def _fincycle_receivable_accounts(self):
        self.ensure_one()
        return (
            self.env["account.account"]
            .sudo()
            .with_company(self)
            .search(
                [
                    *self.env["account.account"]._check_company_domain(self),
                    ("account_type", "=", "asset_receivable"),
                ]
            )
        )

    def _fincycle_ensure_credit_policy(self):
        """Create the three-level policy (J+15, J+30, J+45) for companies that have a chart of
        accounts and no policy of their own; returns the policies."""
        policies = self.env["credit.control.policy"]
        for company in self.sudo():
            current = company.credit_policy_id
            accounts = company._fincycle_receivable_accounts()
            if current and current.company_id == company:
                # A chart replaced by another (a generic one, then the country's) took the
                # policy's receivable accounts with it: the new chart's take their place.
                if not current.account_ids and accounts:
                    current.account_ids = accounts
                policies |= current
                continue
            if not accounts:
                continue
            policy = company._fincycle_create_default_policy(accounts)
            company.credit_policy_id = policy
            policies |= policy
        return policies

    def _fincycle_country_code(self):
        self.ensure_one()
        # the company's own country: a generic chart of accounts leaves the fiscal country at US
        return (self.country_id or self.account_fiscal_country_id).code or ""

    def _fincycle_create_default_policy(self, accounts):
        self.ensure_one()
        template = self.env.ref("account_credit_control_fincycle.email_template_fincycle_reminder")
        country = self._fincycle_country_code()
        level_vals = []
        for number, delay in enumerate(DEFAULT_LEVELS, start=1):
            texts = self._fincycle_default_level_texts(number)
            vals = {
                "level": number,
                "name": texts["name"],
                "computation_mode": "net_days",
                "delay_days": delay,
                "channel": "email",
                "email_template_id": template.id,
                "custom_text": texts["custom_text"],
                "custom_mail_text": texts["custom_mail_text"],
                "mail_show_invoice_detail": False,  # our template shows the table itself
                "attach_invoice_pdf": True,
                "also_letter": number == len(DEFAULT_LEVELS),
                "controller_activity": number == len(DEFAULT_LEVELS),
            }
            if country == "CH":
                vals["fee_amount"] = CH_FEES.get(number, 0.0)
            elif country == "FR":
                vals["late_interest_rate"] = FR_LATE_INTEREST_RATE
                vals["recovery_indemnity"] = FR_RECOVERY_INDEMNITY
            level_vals.append(Command.create(vals))
        policy = self.env["credit.control.policy"].create(
            {
                # not a translatable field: named in the language of the company's people
                "name": self.with_context(lang=self._fincycle_lang()).env._(
                    "Reminders 15/30/45 days"
                ),
                "company_id": self.id,
                "account_ids": [Command.set(accounts.ids)],
                "fincycle_managed": True,
                "level_ids": level_vals,
            }
        )
        self._fincycle_translate_levels(policy)
        return policy

    def _fincycle_lang(self):
        """The company's language (its contact's), if installed, else the current one."""
        lang = self.partner_id.lang
        installed = {code for code, _name in self.env["res.lang"].get_installed()}
        return lang if lang in installed else self.env.lang

    def _fincycle_translate_levels(self, policy):
        """Store the default texts in every active French, German and Italian language."""
        langs = [
            code
            for code, _name in self.env["res.lang"].get_installed()
            if code[:2] in ("fr", "de", "it")
        ]
        english = {
            level.level: self.with_context(lang="en_US")._fincycle_default_level_texts(level.level)
            for level in policy.level_ids
        }
        for level in policy.level_ids:
            source = english[level.level]
            per_field = {"name": {}, "custom_text": {}, "custom_mail_text": {}}
            for lang in langs:
                texts = self.with_context(lang=lang)._fincycle_default_level_texts(level.level)
                for fname, translations in per_field.items():
                    if callable(level._fields[fname].translate):
                        # HTML: translated term by term (its paragraphs)
                        translations[lang] = dict(zip(source["terms"], texts["terms"], strict=True))
                    else:
                        translations[lang] = texts[fname]
            for fname, translations in per_field.items():
                if translations:
                    level.update_field_translations(fname, translations)

    def _fincycle_default_level_texts(self, number):
        """The default wording of reminder level ``number`` in the context language."""
        if number == 1:
            name = self.env._("First reminder")
            text = self.env._(
                "According to our records, the invoices below are overdue. If you have paid in "
                "the meantime, please disregard this reminder. Otherwise, please pay the amount "
                "due within 10 days."
            )
        elif number == 2:
            name = self.env._("Second reminder")
            text = self.env._(
                "Despite our first reminder, the invoices below are still unpaid. Please pay "
                "the amount due within 10 days."
            )
        else:
            name = self.env._("Final notice")
            text = self.env._(
                "Despite two reminders, the invoices below are still unpaid. Please pay the "
                "amount due within 10 days; otherwise we will have to hand the matter over to "
                "debt collection without further notice."
            )
        closing = self.env._(
            "If you disagree with an invoice, reply to this message: reminders for that invoice "
            "stop while we look into it."
        )
        return {
            "name": name,
            "custom_text": f"{text}\n\n{closing}",
            "custom_mail_text": f"<p>{text}</p><p>{closing}</p>",
            "terms": (text, closing),
        }

    def _fincycle_today(self):
        self.ensure_one()
        return self._fincycle_local_now().date()


class AccountChartTemplate(models.AbstractModel):
    _inherit = "account.chart.template"

    def _load(self, template_code, company, install_demo, force_create=True):
        """A company that gets its chart of accounts gets the default reminder policy."""
        result = super()._load(template_code, company, install_demo, force_create=force_create)
        (company or self.env.company)._fincycle_ensure_credit_policy()
        return result
