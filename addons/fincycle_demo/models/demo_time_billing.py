# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The holding's hourly work: two sale orders selling advisory hours, their projects and
last month's timesheets (Clockify's categories), waiting for the month-end invoicing."""

from datetime import timedelta

from odoo import Command, models

from .fincycle_demo import COMPANIES

# (customer number, project, hours of last month per (day offset, employee, category, text))
TIME_ORDERS = [
    (
        1,
        "Restructuring advice",
        [
            (1, 0, "FACTURABLE", "Kick-off with the board", 3.0),
            (2, 1, "FACTURABLE", "Analysis of the cost centres", 4.5),
            (8, 0, "FACTURABLE", "Workshop: new group structure", 3.5),
            (9, 1, "FORFAIT", "Monthly bookkeeping review (fixed fee)", 2.0),
            (15, 1, "FACTURABLE", "Draft report", 3.0),
            (16, 0, "INTERNE", "Internal coordination", 1.0),
        ],
    ),
    (
        3,
        "VAT review",
        [
            (3, 1, "FACTURABLE", "VAT returns Q3: review", 2.5),
            (10, 0, "FACTURABLE", "Call with the tax office", 1.0),
            (17, 1, "FACTURABLE", "Corrections and memo", 2.5),
        ],
    ),
]
EMPLOYEES = ("Marco Brunner", "Sara Weber")


class FincycleDemoLoader(models.AbstractModel):
    _inherit = "fincycle.demo.loader"

    def _load_time_billing(self, today):
        """At the holding: advisory hours sold on two sale orders (service invoiced on
        timesheets), last month's timesheets of two employees on their projects (one
        FORFAIT, one INTERNE: never billed by the hour) and one of this month. Nothing is
        invoiced at load: the month-end run invoices last month on the next morning (or
        by hand, Invoicing > Reporting > Month-End Time Invoicing): the Arosa order
        (14 hours, above 2,000) waits for approval, the Lemanic one is posted."""
        key = COMPANIES[0]["key"]
        company = self._ref(f"company_{key}")
        if not company or self._ref(f"{key}_time_order_1"):
            return
        env = self.with_company(company).env
        tax = self._tax(env, company, "sale", COMPANIES[0]["taxes"][0])
        hour = self._get_or_create(
            "product_advisory_hour",
            "product.product",
            {
                "name": "Advisory hour",
                "type": "service",
                "invoice_policy": "delivery",
                "service_type": "timesheet",
                "service_tracking": "no",
                "uom_id": self.env.ref("uom.product_uom_hour").id,
                "list_price": 180.0,
                "company_id": company.id,
                "taxes_id": [Command.set(tax.ids)],
            },
        )
        employees = self.env["hr.employee"]
        for index, name in enumerate(EMPLOYEES, 1):
            employees |= self._get_or_create(
                f"{key}_employee_{index}",
                "hr.employee",
                {"name": name, "company_id": company.id, "tz": "Europe/Zurich"},
            )
        # they work in Zürich: their work contacts are Swiss like the company's
        employees.work_contact_id.country_id = self.env.ref("base.ch")
        last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
        for number, (customer, label, entries) in enumerate(TIME_ORDERS, 1):
            partner = self._ref(f"{key}_customer_{customer}")
            order = env["sale.order"].create(
                {
                    "partner_id": partner.id,
                    "company_id": company.id,
                    "order_line": [Command.create({"product_id": hour.id, "product_uom_qty": 20})],
                }
            )
            order.action_confirm()
            self._name_record(f"{key}_time_order_{number}", order)
            project = env["project.project"].create(
                {
                    "name": f"{partner.name}: {label}",
                    "company_id": company.id,
                    "partner_id": partner.id,
                    "allow_timesheets": True,
                    "allow_billable": True,
                    "sale_line_id": order.order_line.id,
                }
            )
            self._name_record(f"{key}_time_project_{number}", project)
            sheets = [
                {
                    "project_id": project.id,
                    "employee_id": employees[who].id,
                    "date": last_month + timedelta(days=offset),
                    "unit_amount": hours,
                    "name": text,
                    "clockify_category": category,
                    "company_id": company.id,
                }
                for offset, who, category, text, hours in entries
            ]
            # this month's first hour: it waits for the next month end
            sheets.append(
                dict(sheets[0], date=today.replace(day=1), name="Follow-up call", unit_amount=1.0)
            )
            env["account.analytic.line"].create(sheets)
