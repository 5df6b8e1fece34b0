# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import threading

from odoo import api, fields, models
from odoo.tools import format_amount

# Customer invoices above this total (company currency) need an approval.
DEFAULT_INVOICE_LIMIT = 2000.0
# Vendor bills at or above this total need one when the bill capture (and its
# approval limit) is not installed.
DEFAULT_BILL_LIMIT = 5000.0
# Attribute of the registry: the companies made by modules' data while it loads.
PENDING = "_fincycle_tier_pending_company_ids"


class ResCompany(models.Model):
    _inherit = "res.company"

    tier_defaults_created = fields.Boolean(
        "Default Approval Rules Created",
        readonly=True,
        copy=False,
        help="Set once the default approval rules of invoices and bills were made "
        "for this company: rules changed or deleted afterwards are never made again.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        companies = super().create(vals_list)
        if companies._fincycle_tier_defaults_wanted():
            companies._fincycle_tier_create_defaults_once_loaded()
        return companies

    def _fincycle_tier_create_defaults_once_loaded(self):
        """The default rules now, or once the modules are loaded when they are loading:
        a company made by a module's data (a localization's demo company) or found at
        the install has its history posted first, e.g. the demo invoices that its
        chart posts as the superuser."""
        if self.env.registry.ready:
            self._fincycle_tier_create_defaults()
        else:
            pending = getattr(self.env.registry, PENDING, set())
            setattr(self.env.registry, PENDING, pending | set(self.ids))

    def _register_hook(self):
        super()._register_hook()
        self._fincycle_tier_create_pending()

    @api.model
    def _fincycle_tier_create_pending(self):
        """The default rules of the companies made or found while the modules
        were loading."""
        pending = getattr(self.env.registry, PENDING, None)
        if pending:
            delattr(self.env.registry, PENDING)
            self.browse(sorted(pending)).exists()._fincycle_tier_create_defaults()

    def _fincycle_tier_defaults_wanted(self):
        """Whether new companies get the default rules by themselves: always, but
        while tests run only when asked (``fincycle_tier_defaults`` in the
        context). Other modules' tests post large invoices as the superuser in
        companies they create; they do not know about the approval rules."""
        return bool(
            self.env.context.get("fincycle_tier_defaults")
            or not getattr(threading.current_thread(), "testing", False)
        )

    def _fincycle_tier_bill_limit(self):
        """The bills' approval limit: the bill capture's (it never posts bills at
        or above it by itself; zero is no limit) when that module is installed,
        else 5,000."""
        self.ensure_one()
        if "capture_approval_limit" in self._fields:
            return self.capture_approval_limit
        return DEFAULT_BILL_LIMIT

    def _fincycle_tier_default_rules(self):
        """(name source, its arguments, domain) of the company's default rules."""
        self.ensure_one()
        return [
            (
                "invoice",
                DEFAULT_INVOICE_LIMIT,
                [
                    ("move_type", "=", "out_invoice"),
                    ("tier_amount_company", ">", DEFAULT_INVOICE_LIMIT),
                ],
            ),
            (
                "bill",
                None,
                [("move_type", "=", "in_invoice"), ("tier_bill_limit_reached", "=", True)],
            ),
        ]

    def _fincycle_tier_rule_name(self, kind, amount, lang):
        env = self.with_context(lang=lang).env
        if kind == "invoice":
            formatted = format_amount(env, amount, self.currency_id, lang_code=lang)
            return env._("Customer invoices above %(amount)s", amount=formatted)
        return env._("Vendor bills at or above the bills' approval limit")

    def _fincycle_tier_create_defaults(self):
        """Make the default approval rules of the companies that never had them:
        an accounting manager other than the requester approves them."""
        group = self.env.ref("account.group_account_manager")
        model = self.env["ir.model"]._get("account.move")
        langs = [code for code, _name in self.env["res.lang"].get_installed()]
        Definition = self.env["tier.definition"].sudo().with_context(lang="en_US")
        for company in self.sudo().filtered(lambda c: not c.tier_defaults_created):
            company_lang = company.partner_id.lang or "en_US"
            for sequence, (kind, amount, domain) in enumerate(
                company._fincycle_tier_default_rules(), start=1
            ):
                definition = Definition.create(
                    {
                        "name": company._fincycle_tier_rule_name(kind, amount, "en_US"),
                        "model_id": model.id,
                        "company_id": company.id,
                        "review_type": "group",
                        "reviewer_group_id": group.id,
                        "definition_type": "domain",
                        "definition_domain": repr(domain),
                        "sequence": sequence * 10,
                        "exclude_requester": True,
                        "has_comment": True,
                        "comment_approve_default": self.with_context(lang=company_lang).env._(
                            "Approved"
                        ),
                    }
                )
                translations = {
                    lang: company._fincycle_tier_rule_name(kind, amount, lang)
                    for lang in langs
                    if lang != "en_US"
                }
                if translations:
                    definition.update_field_translations("name", translations)
            company.tier_defaults_created = True
