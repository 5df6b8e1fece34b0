# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from odoo.addons.fincycle_base.tests.tours import FincycleTourCase

PORTAL_READY = "document.querySelector('a[href*=\\'/my/invoices/\\']')"
DISPUTES = "/odoo/action-account_credit_control_fincycle.action_account_dispute"
INVOICES = "/odoo/action-account.action_move_out_invoice_type"
RUNS = "/odoo/action-account_credit_control.credit_control_run"
LINES = "/odoo/action-account_credit_control.credit_control_line_action"
CUSTOMERS = "/odoo/action-account.res_partner_action_customer"
TO_APPROVE = "/odoo/action-account_move_tier_validation_fincycle.action_move_tier_queue"
CONTRACTS = "/odoo/action-contract.action_customer_contract"
CONTRACT_RUNS = "/odoo/action-contract_fincycle.action_contract_invoice_run"
CONNECTIONS = "/odoo/action-fincycle_base.action_fincycle_integration"
CLOCKIFY_MAPPING = "/odoo/action-hr_timesheet_clockify_fincycle.action_clockify_mapping"
# a list with rows, or its empty-list help
LIST_READY = (
    "document.querySelector('.o_list_renderer, .o_view_nocontent')"
    " && !document.querySelector('.o_loading_indicator')"
)
# the customer's Credit Control tab, opened once the form is drawn
CREDIT_TAB_READY = (
    "(document.querySelector('.o_notebook a[name=credit_control]:not(.active)')?.click(),"
    " document.querySelector('.o_field_widget[name=no_dunning_reason]'))"
)
# the invoice's Other Info tab with its sending, opened once the form is drawn, and the
# PDF of the e-mail in the preview beside it
SENDING_TAB_READY = (
    "(document.querySelector('.o_notebook a[name=other_info]:not(.active)')?.click(),"
    " document.querySelector('.o_field_widget[name=autosend_state]')"
    " && document.querySelector('iframe')?.contentDocument?.querySelector('.page[data-loaded]'))"
)
# the invoice's reviews (OCA's folded table below the lines), unfolded and in view
REVIEWS_READY = (
    "(document.querySelector('#collapse1')?.style.display === 'block'"
    " || document.querySelector('a.o_info_btn')?.click(),"
    " document.querySelector('.o_review')?.scrollIntoView({block: 'center'}),"
    " document.querySelector('#collapse1')?.style.display === 'block')"
)


class TestDemoScreens(FincycleTourCase):
    def test_dashboard_of_each_demo_user(self):
        for login in ("admin", "accountant", "comptable", "controller"):
            self.screenshot(f"dashboard_{login}", "/odoo", login)

    def test_sync_runs_in_the_accountant_s_language(self):
        self.screenshot(
            "sync_runs_de", "/odoo/action-fincycle_base.action_fincycle_sync_run", "accountant"
        )

    def test_portal_customer_sees_her_invoices(self):
        self.start_tour("/my/invoices", "fincycle_portal_invoices", login="praxis")
        self.screenshot("portal_invoices", "/my/invoices", "praxis", ready=PORTAL_READY)

    def test_credit_controller_resolves_a_dispute_with_a_credit_note(self):
        dispute = self.env.ref("fincycle_demo.seeblick_dispute")
        self.assertEqual(
            (dispute.state, dispute.category, dispute.urgency), ("open", "contestation", "3")
        )
        self.start_tour(DISPUTES, "fincycle_credit_controller_dispute", login="controller")
        dispute.invalidate_recordset()
        self.assertEqual((dispute.state, dispute.resolution), ("resolved", "credit_note"))
        credit_note = self.env["account.move"].search(
            [("reversed_entry_id", "in", dispute.invoice_ids.ids)]
        )
        self.assertEqual(credit_note.mapped("state"), ["posted"])
        self.screenshot("dispute_resolved", f"{DISPUTES}/{dispute.id}", "controller")

    def test_credit_control_screens_in_french_and_german(self):
        dispute = self.env.ref("fincycle_demo.seeblick_dispute")
        run = self.env.ref("fincycle_demo.seeblick_reminder_run")
        no_dunning = self.env.ref("fincycle_demo.seeblick_customer_3")
        controller = self.demo_user("controller")
        for lang, suffix in (("fr_FR", "fr"), ("de_CH", "de")):
            controller.lang = lang
            self.screenshot(f"disputes_{suffix}", DISPUTES, "controller")
            self.screenshot(f"dispute_{suffix}", f"{DISPUTES}/{dispute.id}", "controller")
            self.screenshot(
                f"disputed_invoice_{suffix}", f"{INVOICES}/{dispute.invoice_ids.id}", "controller"
            )
            self.screenshot(f"reminder_run_{suffix}", f"{RUNS}/{run.id}", "controller")
            self.screenshot(f"reminder_lines_{suffix}", LINES, "controller")
            self.screenshot(
                f"no_reminders_customer_{suffix}",
                f"{CUSTOMERS}/{no_dunning.id}",
                "controller",
                ready=CREDIT_TAB_READY,
            )

    def test_llm_settings_in_french_and_german(self):
        """The shared LLM endpoint (system administrators) and each reader's switch."""
        admin = self.demo_user("admin")
        ready = (
            "(document.querySelector('#fincycle_llm')?.scrollIntoView({block: 'center'}),"
            " document.querySelector('#fincycle_llm'))"
        )
        reply_ready = (
            "(document.querySelector('#fincycle_reply_llm')?.scrollIntoView({block: 'center'}),"
            " document.querySelector('#fincycle_reply_llm'))"
        )
        for lang, suffix in (("fr_FR", "fr"), ("de_CH", "de")):
            admin.lang = lang
            self.screenshot(f"llm_settings_{suffix}", "/odoo/settings#account", "admin", ready)
            self.screenshot(
                f"reply_llm_setting_{suffix}", "/odoo/settings#account", "admin", reply_ready
            )

    def test_approvals_contracts_and_clockify_in_french_and_german(self):
        """The approver's queue with the accountant's large invoice, the group's fixed-fee
        contracts and their runs, the Clockify connections and mapping."""
        invoice = self.env.ref("fincycle_demo.seeblick_invoice_to_approve")
        admin = self.demo_user("admin")
        self.assertEqual(invoice.state, "draft")
        self.assertEqual(invoice.tier_requested_by, self.demo_user("accountant"))
        self.assertIn(admin, invoice.review_ids.reviewer_ids)
        queue = (
            self.env["account.move"]
            .with_user(admin)
            .search([("state", "=", "draft"), ("validation_status", "in", ("waiting", "pending"))])
        )
        self.assertIn(invoice, queue)
        for lang, suffix in (("fr_FR", "fr"), ("de_CH", "de")):
            admin.lang = lang
            self.screenshot(f"invoices_to_approve_{suffix}", TO_APPROVE, "admin", LIST_READY)
            self.screenshot(f"invoice_to_approve_{suffix}", f"{TO_APPROVE}/{invoice.id}", "admin")
            self.screenshot(f"contracts_{suffix}", CONTRACTS, "admin", LIST_READY)
            self.screenshot(f"contract_runs_{suffix}", CONTRACT_RUNS, "admin", LIST_READY)
            self.screenshot(f"connections_{suffix}", CONNECTIONS, "admin")
            self.screenshot(f"clockify_mapping_{suffix}", CLOCKIFY_MAPPING, "admin", LIST_READY)

    def test_manager_approves_an_invoice_from_the_queue_and_it_is_sent(self):
        """Issue 15's tour: the accountant cannot approve her own large invoice; admin, another
        accounting manager, approves it from Invoices to Approve and posts it; the automatic
        sending e-mails it to the customer's invoice contact, in the customer's language."""
        invoice = self.env.ref("fincycle_demo.seeblick_invoice_to_approve")
        admin, accountant = self.demo_user("admin"), self.demo_user("accountant")
        contact = invoice._autosend_contact()
        self.assertEqual(invoice.company_id.invoice_autosend, "approved")
        self.assertTrue(contact.email)
        self.assertEqual((invoice.state, invoice.autosend_state), ("draft", False))
        self.assertEqual(invoice.tier_requested_by, accountant)

        self.start_tour(
            f"{TO_APPROVE}/{invoice.id}",
            "fincycle_requester_cannot_approve_invoice",
            login="accountant",
        )
        self.screenshot("invoice_own_approval_de", f"{INVOICES}/{invoice.id}", "accountant")
        with self.assertRaises(UserError):
            invoice.with_user(accountant).validate_tier()
        invoice.invalidate_recordset()
        self.assertEqual(invoice.validation_status, "pending")

        for lang, suffix in (("fr_FR", "fr"), ("de_CH", "de")):
            admin.lang = lang
            self.screenshot(f"approval_queue_{suffix}", TO_APPROVE, "admin", LIST_READY)
            self.screenshot(
                f"invoice_waiting_approval_{suffix}", f"{TO_APPROVE}/{invoice.id}", "admin"
            )
            self.screenshot(
                f"invoice_reviews_{suffix}",
                f"{TO_APPROVE}/{invoice.id}",
                "admin",
                ready=REVIEWS_READY,
            )
        self.start_tour(TO_APPROVE, "fincycle_manager_approves_and_sends_invoice", login="admin")
        invoice.invalidate_recordset()
        self.assertEqual((invoice.validation_status, invoice.state), ("validated", "posted"))
        self.assertIn(admin, invoice.review_ids.done_by)
        self.assertTrue(invoice.autosend_approved)
        self.assertEqual(invoice.autosend_state, "to_send")
        self.assertFalse(invoice.is_move_sent)

        # the sending's scheduled action, which the posting triggered; a real PDF, as the
        # invoice's preview opens it (tests otherwise render reports as HTML)
        self.env["account.move"].with_context(force_report_rendering=True)._cron_autosend_invoices()
        invoice.invalidate_recordset()
        self.assertEqual(invoice.autosend_state, "sent", invoice.autosend_error)
        self.assertTrue(invoice.is_move_sent)
        self.assertEqual(invoice.autosend_partner_ids, contact)
        message = invoice.autosend_message_id
        self.assertIn(contact, message.partner_ids)
        self.assertIn(invoice.name, message.subject)
        self.assertIn("Rechnung", message.subject)  # the customer works in German
        self.assertTrue(message.attachment_ids.filtered(lambda a: a.name.endswith(".pdf")))
        self.assertEqual(
            message.notification_ids.filtered(lambda n: n.res_partner_id == contact).mapped(
                "notification_type"
            ),
            ["email"],
        )
        for lang, suffix in (("fr_FR", "fr"), ("de_CH", "de")):
            admin.lang = lang
            self.screenshot(f"invoice_approved_sent_{suffix}", f"{INVOICES}/{invoice.id}", "admin")
            self.screenshot(
                f"invoice_sending_{suffix}",
                f"{INVOICES}/{invoice.id}",
                "admin",
                ready=SENDING_TAB_READY,
            )
            self.screenshot(f"invoices_sending_column_{suffix}", INVOICES, "admin", LIST_READY)
            self.screenshot(
                f"invoice_sending_setting_{suffix}",
                "/odoo/settings#account",
                "admin",
                ready=(
                    "(document.querySelector('#invoice_autosend')"
                    "?.scrollIntoView({block: 'center'}),"
                    " document.querySelector('#invoice_autosend'))"
                ),
            )
