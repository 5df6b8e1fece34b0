# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from fincycle.http import FincycleHttpError
from fincycle.signing import docuseal as ds

LEVELS = [
    (ds.LEVEL_SIMPLE, "Simple"),
    (ds.LEVEL_ADVANCED, "Advanced (identity verified)"),
    (ds.LEVEL_QUALIFIED, "Qualified (identity verified, qualified certificate)"),
]
DOCUMENT_KINDS = [
    ("quote", "Quotation"),
    ("terms", "General Terms"),
    ("contract", "Contract"),
]
# Records whose attached PDFs (general terms, contracts) are sent for signature.
DOCUMENT_MODELS = ("sale.order", "res.partner")


class SaleDocusealTemplate(models.Model):
    """A DocuSeal template for one document kind and signature level of one connection.

    DocuSeal sets the level per template (an identity verification field), never per request:
    the company maps each level it offers to a template."""

    _name = "sale.docuseal.template"
    _description = "DocuSeal Template"
    _order = "integration_id, document_kind, level, id"
    _check_company_auto = True

    name = fields.Char(required=True)
    active = fields.Boolean(default=True)
    integration_id = fields.Many2one(
        "fincycle.integration",
        "DocuSeal Connection",
        required=True,
        ondelete="cascade",
        domain="[('provider', '=', 'docuseal')]",
        check_company=True,
        index=True,
    )
    company_id = fields.Many2one(
        "res.company", related="integration_id.company_id", store=True, index=True
    )
    document_kind = fields.Selection(DOCUMENT_KINDS, required=True, default="quote")
    level = fields.Selection(
        LEVELS,
        "Signature Level",
        required=True,
        default=ds.LEVEL_SIMPLE,
        help="The level this template gives. Advanced and qualified need an identity "
        "verification field in the DocuSeal template (a paid DocuSeal feature).",
    )
    template_ref = fields.Integer(
        "DocuSeal Template ID", required=True, help="The number in the template's address."
    )
    customer_role = fields.Char(
        required=True,
        default="Customer",
        help="The template's signer role the customer's signatory takes.",
    )
    company_role = fields.Char(
        help="The template's signer role of the company's representative (empty: the "
        "customer signs alone).",
    )
    deposit_percent = fields.Float(
        "Deposit (%)",
        help="Overrides the connection's deposit for quotes signed with this template "
        "(empty: the connection's).",
    )
    detected_level = fields.Selection(LEVELS, readonly=True, copy=False)
    detected_roles = fields.Char(readonly=True, copy=False)
    check_message = fields.Char(readonly=True, copy=False)

    _ref_uniq = models.UniqueIndex(
        "(integration_id, document_kind, level) WHERE active IS TRUE",
        "One template per document kind and signature level.",
    )
    _deposit_range = models.Constraint(
        "CHECK(deposit_percent IS NULL OR (deposit_percent >= 0 AND deposit_percent < 100))",
        "The deposit is a percentage from 0 to less than 100.",
    )
    _template_ref_positive = models.Constraint(
        "CHECK(template_ref > 0)", "A DocuSeal template ID is a positive number."
    )

    @api.depends("name", "level")
    def _compute_display_name(self):
        levels = dict(self._fields["level"]._description_selection(self.env))
        for template in self:
            template.display_name = f"{template.name} ({levels.get(template.level, '')})"

    def _docuseal_refresh(self):
        """Read the templates from DocuSeal: roles and level; say plainly what does not fit."""
        for template in self:
            client = template.integration_id._docuseal_client()
            try:
                remote = client.get_template(template.template_ref)
            except FincycleHttpError as exc:
                template.check_message = self.env["fincycle.integration"]._docuseal_error_text(exc)
                continue
            problems = template._docuseal_problems(remote)
            template.write(
                {
                    "detected_level": remote.signature_level,
                    "detected_roles": ", ".join(remote.roles),
                    "check_message": " ".join(problems) or self.env._("Template fits."),
                }
            )

    def _docuseal_problems(self, remote):
        """What is wrong with the mapping given the template DocuSeal answered."""
        problems = []
        if remote.signature_level != self.level:
            levels = dict(self._fields["level"]._description_selection(self.env))
            problems.append(
                self.env._(
                    "DocuSeal gives the %(found)s level with this template, not %(wanted)s: "
                    "this level is not available with it.",
                    found=levels[remote.signature_level],
                    wanted=levels[self.level],
                )
            )
        for role in (self.customer_role, self.company_role):
            if role and role not in remote.roles:
                problems.append(
                    self.env._(
                        "The template has no role %(role)s (it has %(roles)s).",
                        role=role,
                        roles=", ".join(remote.roles) or "-",
                    )
                )
        return problems

    def _docuseal_check_before_send(self, client):
        """Raise when the template cannot give what it is mapped for."""
        self.ensure_one()
        remote = client.get_template(self.template_ref)
        problems = self._docuseal_problems(remote)
        if problems:
            raise UserError(" ".join(problems))
        return remote
