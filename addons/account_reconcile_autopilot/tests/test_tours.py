# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the accountant sees, in a browser, on the demo database of scripts/run.sh."""

from datetime import timedelta

from odoo import fields

from odoo.addons.fincycle_base.tests.tours import SCREEN_READY, FincycleTourCase

RECONCILE_ALL = "account_reconcile_oca.action_bank_statement_line_reconcile_all"


class AutopilotTourCase(FincycleTourCase):
    def _journal(self, key):
        """The demo company's Revolut journal: its movements went through the autopilot."""
        return self.env.ref(f"fincycle_demo.journal_revolut_{key}")

    def _lines(self, journal, state):
        return self.env["account.bank.statement.line"].search(
            [("journal_id", "=", journal.id), ("autopilot_state", "=", state)]
        )


class TestAutopilotTours(AutopilotTourCase):
    def test_accountant_accepts_a_suggestion_and_undoes_an_autopilot_match(self):
        journal = self._journal("seeblick")
        suggested = self._lines(journal, "suggested")
        auto = self._lines(journal, "auto")
        self.assertEqual(len(suggested), 1, "the demo's ambiguous retainer waits for review")
        self.assertTrue(auto)
        self.start_tour(
            f"/odoo/{journal.id}/action-{RECONCILE_ALL}",
            "account_reconcile_autopilot_accept_and_undo",
            login="accountant",
        )
        self.env.invalidate_all()
        self.assertTrue(suggested.is_reconciled)
        self.assertEqual(suggested.autopilot_state, "manual")
        self.assertTrue(
            suggested.autopilot_suggestion_ids.filtered(lambda s: s.state == "accepted")
        )
        undone = auto.filtered(lambda x: x.autopilot_state == "undone")
        self.assertEqual(len(undone), 1)
        self.assertFalse(undone.is_reconciled)
        self.assertEqual(undone.autopilot_suggestion_ids.filtered("move_ids").state, "undone")


class TestAutopilotScreens(AutopilotTourCase):
    def test_reconcile_view_with_an_autopilot_line_in_french(self):
        journal = self._journal("lumiere")
        self.assertTrue(self._lines(journal, "auto"))
        # the first line the autopilot reconciled, opened the way she does: a click on it
        ready = (
            "(document.querySelector('.o_autopilot_explanation')"
            " || document.querySelector('.o_kanban_record .o_autopilot_badge_auto')?.click())"
            f" && {SCREEN_READY}"
        )
        self.screenshot(
            "reconcile_autopilot_fr",
            f"/odoo/{journal.id}/action-{RECONCILE_ALL}",
            "comptable",
            ready=ready,
        )

    def test_suggestions_to_review(self):
        self.assertTrue(self._lines(self._journal("seeblick"), "suggested"))
        self.screenshot(
            "suggestions_to_review",
            "/odoo/action-account_reconcile_autopilot.action_account_reconcile_suggestion",
            "accountant",
            ready=f"document.querySelector('.o_data_row') && {SCREEN_READY}",
        )

    def test_autopilot_activity(self):
        self.screenshot(
            "autopilot_activity",
            "/odoo/action-account_reconcile_autopilot.action_autopilot_statement_lines",
            "accountant",
            ready=f"document.querySelector('.o_data_row') && {SCREEN_READY}",
        )

    def test_reconciliation_control(self):
        user = self.demo_user("accountant")
        company = user.company_id
        today = fields.Date.context_today(user)
        control = (
            self.env["account.reconcile.control"]
            .with_user(user)
            .with_company(company)
            .create(
                {  # the daily control's period
                    "company_id": company.id,
                    "date_from": today - timedelta(days=30),
                    "date_to": today,
                }
            )
        )
        control.action_run()
        self.assertTrue(control.line_ids, "the demo has differences to show")
        self.screenshot(
            "reconciliation_control",
            f"/odoo/action-account_reconcile_autopilot.action_account_reconcile_control/{control.id}",
            "accountant",
            ready=f"document.querySelector('.o_field_one2many .o_data_row') && {SCREEN_READY}",
        )
