# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from fincycle.timesheets import clockify as ck

KINDS = [
    ("user", "User"),
    ("client", "Client"),
    ("project", "Project"),
    ("tag", "Tag"),
]
CATEGORY_SELECTION = [
    (ck.CAT_FACTURABLE, "Billable (FACTURABLE)"),
    (ck.CAT_FORFAIT, "Fixed fee (FORFAIT)"),
    (ck.CAT_INTERNE, "Internal (INTERNE)"),
]


class ClockifyMapping(models.Model):
    """One Clockify user, client, project or tag of a connection's workspace, and what it is in
    Odoo: an employee, a partner, a project, a category.  Rows are listed from Clockify
    (``action_clockify_refresh_mappings``), with a suggestion by e-mail or exact name; entries
    whose user or project is not mapped wait (the next pull books them once mapped)."""

    _name = "clockify.mapping"
    _description = "Clockify Mapping"
    _order = "integration_id, kind, is_mapped, name"
    _check_company_auto = True

    integration_id = fields.Many2one(
        "fincycle.integration", required=True, ondelete="cascade", index=True, readonly=True
    )
    company_id = fields.Many2one(
        related="integration_id.company_id", store=True, index=True, readonly=True
    )
    kind = fields.Selection(KINDS, required=True, readonly=True)
    clockify_id = fields.Char("Clockify ID", required=True, readonly=True)
    name = fields.Char(readonly=True)
    email = fields.Char(readonly=True)
    time_zone = fields.Char(
        readonly=True, help="The user's time zone in Clockify: the day of each entry."
    )
    clockify_client_id = fields.Char(readonly=True)
    archived = fields.Boolean(readonly=True)
    employee_id = fields.Many2one("hr.employee", check_company=True)
    partner_id = fields.Many2one("res.partner", check_company=True)
    project_id = fields.Many2one(
        "project.project", check_company=True, domain="[('allow_timesheets', '=', True)]"
    )
    category = fields.Selection(
        CATEGORY_SELECTION,
        help="For a project: FORFAIT makes its billable entries fixed-fee; with categories "
        "from projects it decides them all. For a tag: the category of entries carrying it.",
    )
    match = fields.Selection(
        [("email", "Same e-mail"), ("name", "Same name"), ("manual", "Set by hand")],
        "Matched By",
        readonly=True,
    )
    is_mapped = fields.Boolean(compute="_compute_mapped", store=True, index=True)

    _integration_kind_id_uniq = models.UniqueIndex(
        "(integration_id, kind, clockify_id)",
        "A Clockify user, client, project or tag is mapped once per connection.",
    )

    @api.depends("kind", "employee_id", "partner_id", "project_id")
    def _compute_mapped(self):
        for row in self:
            row.is_mapped = bool(
                (row.kind == "user" and row.employee_id)
                or (row.kind == "client" and row.partner_id)
                or (row.kind == "project" and row.project_id)
                or row.kind == "tag"
            )

    def write(self, vals):
        if {"employee_id", "partner_id", "project_id"} & set(vals) and "match" not in vals:
            vals = {**vals, "match": "manual"}
        return super().write(vals)

    def _clockify_suggest(self):
        """Fill in what nobody chose yet: the only employee (partner) with the same e-mail,
        else the only one with the same name; the only timesheet project with the same name."""
        for row in self:
            company = row.company_id
            found, how = self._clockify_candidates(row, company)
            if len(found) != 1:
                continue
            field_name = {"user": "employee_id", "client": "partner_id", "project": "project_id"}
            row.write({field_name[row.kind]: found.id, "match": how})

    def _clockify_candidates(self, row, company):
        if row.kind == "user":
            Model = self.env["hr.employee"].with_company(company)
            domain = [("company_id", "=", company.id)]
            email_field = "work_email"
        elif row.kind == "client":
            Model = self.env["res.partner"]
            domain = [("company_id", "in", [company.id, False]), ("is_company", "=", True)]
            email_field = "email"
        elif row.kind == "project":
            Model = self.env["project.project"]
            domain = [("company_id", "in", [company.id, False]), ("allow_timesheets", "=", True)]
            email_field = None
        else:
            return self.env["hr.employee"], None
        if email_field and row.email:
            found = Model.search([*domain, (email_field, "=ilike", row.email.strip())], limit=2)
            if found:
                return found, "email"
        if row.name:
            return Model.search([*domain, ("name", "=ilike", row.name.strip())], limit=2), "name"
        return Model.browse(), None
