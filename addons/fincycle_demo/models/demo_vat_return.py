# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The last quarter's VAT returns, as drafts waiting for the accountant: the Swiss holding's
ESTV return (with a correction of its input tax for the private use of the company car) and
the French company's CA3, computed from the group's posted documents and checked (the checks
show on the draft; checking it again is the accountant's step before filing)."""

from datetime import timedelta

from odoo import Command, models

from .fincycle_demo import COMPANIES

# (company key, country code, adjustments [(box, amount, reason)])
VAT_RETURNS = [
    (
        COMPANIES[0]["key"],
        "CH",
        [("ch_415", 42.30, "Private use of the company car (0.9 % a month of the price)")],
    ),
    (COMPANIES[2]["key"], "FR", []),
]


# one loader model, one file a feature (like demo_tracking.py)
# pylint: disable=consider-merging-classes-inherited
class FincycleDemoLoader(models.AbstractModel):
    _inherit = "fincycle.demo.loader"

    def _load_vat_returns(self, today):
        """A draft VAT return of the last complete quarter for the Swiss holding and the
        French company: boxes computed, adjustments with their reason, checks stored."""
        quarter_start = today.replace(month=3 * ((today.month - 1) // 3) + 1, day=1)
        date_to = quarter_start - timedelta(days=1)
        date_from = date_to.replace(month=date_to.month - 2, day=1)
        for key, country, adjustments in VAT_RETURNS:
            company = self._ref(f"company_{key}")
            name = f"{key}_vat_return"
            if not company or self._ref(name):
                continue
            env = self.with_company(company).with_context(mail_create_nolog=True).env
            vat_return = env["account.vat.return"].create(
                {
                    "company_id": company.id,
                    "country_code": country,
                    "date_from": date_from,
                    "date_to": date_to,
                    "adjustment_ids": [
                        Command.create({"box": box, "amount": amount, "reason": reason})
                        for box, amount, reason in adjustments
                    ],
                }
            )
            self._name_record(name, vat_return)
            vat_return.action_compute()
            _balances, _computed, final = vat_return._compute_figures()
            vat_return._store_checks(vat_return._run_checks(final))
