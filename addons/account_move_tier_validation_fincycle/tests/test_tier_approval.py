# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from ast import literal_eval
from contextlib import contextmanager
from unittest.mock import patch

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from odoo.addons.account_move_tier_validation_fincycle.tests.common import TierTestCommon


@tagged("post_install", "-at_install")
class TestTierApproval(TierTestCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.company_data["company"]
        cls.company_b = cls.setup_other_company(name="Company B")["company"]
        # Companies made while tests run get the rules only when asked (other
        # modules' tests post large invoices in their own companies).
        (cls.company | cls.company_b)._fincycle_tier_create_defaults()
        cls.clerk = cls._user("clerk", "account.group_account_invoice", cls.company)
        cls.manager1 = cls._user("manager1", "account.group_account_manager", cls.company)
        cls.manager2 = cls._user("manager2", "account.group_account_manager", cls.company)
        cls.manager_b = cls._user("manager_b", "account.group_account_manager", cls.company_b)
        cls.rules = cls.env["tier.definition"].search(
            [("company_id", "=", cls.company.id), ("model", "=", "account.move")]
        )
        cls.invoice_rule = cls.rules.filtered(lambda r: "out_invoice" in r.definition_domain)
        cls.bill_rule = cls.rules.filtered(lambda r: "in_invoice" in r.definition_domain)

    def _invoice(self, user, amount, move_type="out_invoice", company=None):
        company = company or self.company
        partner = self.partner_a.with_company(company)
        return (
            self.env["account.move"]
            .with_user(user)
            .with_company(company)
            .create(
                {
                    "move_type": move_type,
                    "partner_id": partner.id,
                    "invoice_date": "2026-11-30",
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": "Fees",
                                "quantity": 1,
                                "price_unit": amount,
                                "tax_ids": [Command.clear()],
                            }
                        )
                    ],
                }
            )
        )

    def _approve(self, move, user, comment="Checked"):
        action = move.with_user(user).validate_tier()
        # The default rules ask for a comment: the wizard records it.
        self.assertEqual(action["res_model"], "comment.wizard")
        wizard = (
            self.env["comment.wizard"]
            .with_user(user)
            .with_context(**action["context"])
            .create({"comment": comment})
        )
        wizard.add_comment()

    def _reject(self, move, user, reason):
        action = move.with_user(user).reject_tier()
        self.env["comment.wizard"].with_user(user).with_context(**action["context"]).create(
            {"comment": reason}
        ).add_comment()

    @contextmanager
    def _raises(self, exception, text):
        """assertRaises (rolled back to a savepoint, as a request would be) and
        the words the user reads."""
        with self.assertRaises(exception) as catcher:
            yield
        self.assertIn(text, str(catcher.exception))

    def _reviews(self, move):
        return self.env["tier.review"].search(
            [("model", "=", "account.move"), ("res_id", "=", move.id)]
        )

    def _chatter(self, move):
        return " ".join(move.message_ids.mapped("body"))

    # ---------------------------------------------------------------- rules
    def test_default_rules_of_a_new_company(self):
        self.assertEqual(len(self.invoice_rule), 1)
        self.assertEqual(len(self.bill_rule), 1)
        self.assertIn("2000.0", self.invoice_rule.definition_domain)
        self.assertIn("tier_bill_limit_reached", self.bill_rule.definition_domain)
        self.assertEqual(
            self.invoice_rule.reviewer_group_id,
            self.env.ref("account.group_account_manager"),
        )
        self.assertTrue(self.invoice_rule.exclude_requester)
        self.assertTrue(self.invoice_rule.has_comment)
        new_company = (
            self.env["res.company"]
            .with_context(fincycle_tier_defaults=True)
            .create({"name": "New Co"})
        )
        rules = self.env["tier.definition"].search([("company_id", "=", new_company.id)])
        self.assertEqual(len(rules), 2)
        self.assertTrue(new_company.tier_defaults_created)
        self.assertIn(new_company.currency_id.symbol, rules[0].name)
        # Another module's test making a company does not get them.
        other = self.env["res.company"].create({"name": "Other module's Co"})
        self.assertFalse(self.env["tier.definition"].search([("company_id", "=", other.id)]))

    def test_company_of_module_data_gets_its_rules_after_its_history(self):
        """A localization's demo company (made by its module's data) has its demo
        invoices posted by the superuser right after: its rules come once the modules
        are loaded."""
        Company = self.env["res.company"].with_context(fincycle_tier_defaults=True)
        with patch.object(self.env.registry, "ready", False):
            company = Company.create({"name": "Localization Demo Co"})
        Definition = self.env["tier.definition"]
        self.assertFalse(Definition.search([("company_id", "=", company.id)]))
        self.assertFalse(company.tier_defaults_created)
        Company._fincycle_tier_create_pending()  # once the modules are loaded
        self.assertEqual(len(Definition.search([("company_id", "=", company.id)])), 2)
        self.assertTrue(company.tier_defaults_created)

    def test_rules_are_named_in_the_installed_languages(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["res.lang"]._activate_lang("de_CH")
        self.env["ir.module.module"].search(
            [("name", "=", "account_move_tier_validation_fincycle")]
        )._load_module_terms(
            ["account_move_tier_validation_fincycle"], ["fr_FR", "de_CH"], overwrite=True
        )
        company = (
            self.env["res.company"]
            .with_context(fincycle_tier_defaults=True)
            .create({"name": "Léman Conseil SA", "currency_id": self.env.ref("base.CHF").id})
        )
        company.partner_id.lang = "fr_FR"
        rules = self.env["tier.definition"].search([("company_id", "=", company.id)])
        bill = rules.filtered(lambda r: "in_invoice" in r.definition_domain)
        self.assertEqual(
            bill.with_context(lang="fr_FR").name,
            "Factures fournisseurs à partir de la limite d'approbation",
        )
        self.assertEqual(
            bill.with_context(lang="de_CH").name, "Lieferantenrechnungen ab der Freigabegrenze"
        )
        invoice = rules - bill
        self.assertIn("Factures clients de plus de", invoice.with_context(lang="fr_FR").name)
        self.assertIn("2", invoice.with_context(lang="fr_FR").name)

    def test_rules_are_editable_and_never_made_again(self):
        self.invoice_rule.with_user(self.manager1).write(
            {
                "definition_domain": "[('move_type', '=', 'out_invoice'), "
                "('tier_amount_company', '>', 3000.0)]"
            }
        )
        self.bill_rule.with_user(self.manager1).unlink()
        self.company._fincycle_tier_create_defaults()
        rules = self.env["tier.definition"].search([("company_id", "=", self.company.id)])
        self.assertEqual(rules, self.invoice_rule)
        self.assertIn("3000.0", rules.definition_domain)
        # An invoice of 2,500 no longer needs an approval.
        move = self._invoice(self.clerk, 2500)
        move.with_user(self.clerk).action_post()
        self.assertEqual(move.state, "posted")

    # ------------------------------------------------------------ posting
    def test_small_invoice_posts_large_one_waits(self):
        small = self._invoice(self.clerk, 1500)
        small.with_user(self.clerk).action_post()
        self.assertEqual(small.state, "posted")
        large = self._invoice(self.clerk, 2500)
        self.assertTrue(large.need_validation)
        with self.assertRaises(ValidationError):
            large.with_user(self.clerk).action_post()
        self.assertEqual(large.state, "draft")

    def test_bill_from_limit_waits(self):
        limit = 5000
        if "capture_approval_limit" in self.company._fields:
            # The bill capture's limit, which it never auto-posts at or above.
            limit = 8000
            self.company.capture_approval_limit = limit
        bill = self._invoice(self.clerk, limit, move_type="in_invoice")
        self.assertTrue(bill.need_validation)
        small_bill = self._invoice(self.clerk, limit - 1, move_type="in_invoice")
        self.assertFalse(small_bill.need_validation)
        small_bill.with_user(self.clerk).action_post()
        self.assertEqual(small_bill.state, "posted")

    def test_second_manager_approves_then_it_posts(self):
        move = self._invoice(self.manager1, 2500)
        move.with_user(self.manager1).request_validation()
        self.assertEqual(move.validation_status, "pending")
        request = move.message_ids.filtered(lambda m: "Approval requested by" in m.body)
        self.assertIn("Approval requested by Manager1", request.body)
        # The other managers of the company are notified, not the requester.
        self.assertIn(self.manager2.partner_id, request.partner_ids)
        self.assertNotIn(self.manager1.partner_id, request.partner_ids)
        self._approve(move, self.manager2, "Rates checked")
        self.assertEqual(move.validation_status, "validated")
        move.with_user(self.manager1).action_post()
        self.assertEqual(move.state, "posted")
        chatter = self._chatter(move)
        self.assertIn("Approved by Manager2", chatter)
        self.assertIn("Rates checked", chatter)

    # ------------------------------------------------------ self-approval
    def test_manager_posting_her_own_invoice_does_not_pass(self):
        """OCA's post check asks for the approval and approves it at once for
        the poster when she is a reviewer: never, even when the rule is
        edited to leave out the four-eyes option."""
        self.invoice_rule.exclude_requester = False
        move = self._invoice(self.manager1, 2500)
        with self.assertRaises(ValidationError):
            move.with_user(self.manager1).action_post()
        self.assertEqual(move.state, "draft")
        self.assertFalse(self._reviews(move))

    def test_requester_cannot_approve_her_own(self):
        self.invoice_rule.exclude_requester = False
        move = self._invoice(self.manager1, 2500)
        move.with_user(self.manager1).request_validation()
        review = move.review_ids
        self.assertNotIn(self.manager1, review.reviewer_ids)
        self.assertIn(self.manager2, review.reviewer_ids)
        self.assertFalse(move.with_user(self.manager1).can_review)
        with self._raises(UserError, "another reviewer"):
            move.with_user(self.manager1).validate_tier()
        # Not through the review itself either (as an RPC call could).
        with self.assertRaises(AccessError):
            review.with_user(self.manager1).write({"status": "approved"})
        self.assertEqual(move.validation_status, "pending")

    def test_requester_cannot_hand_her_request_to_someone_else(self):
        move = self._invoice(self.clerk, 2500)
        move.with_user(self.manager1).request_validation()
        with self.assertRaises(AccessError):
            move.review_ids.with_user(self.manager1).write({"requested_by": self.clerk.id})
        self.assertNotIn(self.manager1, move.review_ids.reviewer_ids)

    def test_author_cannot_approve_what_a_clerk_requested(self):
        move = self._invoice(self.manager1, 2500)
        move.with_user(self.clerk).request_validation()
        self.assertNotIn(self.manager1, move.review_ids.reviewer_ids)
        with self._raises(UserError, "another reviewer"):
            move.with_user(self.manager1).validate_tier()
        self._approve(move, self.manager2)
        self.assertEqual(move.validation_status, "validated")

    def test_only_the_requester_could_approve(self):
        self.invoice_rule.write(
            {
                "review_type": "individual",
                "reviewer_id": self.manager1.id,
                "reviewer_group_id": False,
            }
        )
        move = self._invoice(self.manager1, 2500)
        with self._raises(UserError, "nobody can give"):
            move.with_user(self.manager1).request_validation()
        self.assertFalse(self._reviews(move))
        with self._raises(UserError, "nobody can give"):
            move.with_user(self.manager1).action_post()
        self.assertEqual(move.state, "draft")

    # ------------------------------------------------------------ rejection
    def test_rejection_keeps_draft_with_reason(self):
        move = self._invoice(self.clerk, 2500)
        move.with_user(self.clerk).request_validation()
        self._reject(move, self.manager2, "Wrong hourly rate")
        self.assertEqual(move.validation_status, "rejected")
        self.assertEqual(move.state, "draft")
        chatter = self._chatter(move)
        self.assertIn("Rejected by Manager2", chatter)
        self.assertIn("Wrong hourly rate", chatter)
        with self.assertRaises(ValidationError):
            move.with_user(self.clerk).action_post()
        move.with_user(self.clerk).restart_validation()
        self.assertFalse(self._reviews(move))
        self.assertIn("Approval restarted by Clerk", self._chatter(move))

    # ----------------------------------------------------------- automation
    def test_automation_never_approves(self):
        move = self._invoice(self.clerk, 2500)
        move.with_user(self.clerk).request_validation()
        review = move.review_ids
        root = self.env.ref("base.user_root")
        for env_move in (
            move.with_user(self.manager2).with_context(cron_id=1),
            move.with_user(self.manager2).sudo(),
            move.with_user(root),
        ):
            with self._raises(UserError, "scheduled actions and the system user never"):
                env_move.validate_tier()
            with self._raises(UserError, "scheduled actions and the system user never"):
                env_move._validate_tier()
        with self.assertRaises(AccessError):
            review.sudo().write({"status": "approved"})
        with self.assertRaises(AccessError):
            review.with_user(self.manager2).with_context(cron_id=1).write({"status": "approved"})
        self.assertNotIn(root, review.reviewer_ids)
        self.assertEqual(move.validation_status, "pending")

    def test_scheduled_post_raises_a_clear_error(self):
        """A scheduled action posting a large invoice (OCA contract's auto
        validation) gets an error saying why, never a silent approval."""
        move = self._invoice(self.clerk, 2500)
        root = self.env.ref("base.user_root")
        with self._raises(UserError, "scheduled actions and the system user never"):
            move.with_user(root).with_context(cron_id=1).action_post()
        self.assertEqual(move.state, "draft")
        # What such a job may do instead: ask for the approval (a person gives it).
        move.with_user(root).with_context(cron_id=1).request_validation()
        self.assertEqual(move.validation_status, "pending")
        self.assertIn(self.manager1, move.review_ids.reviewer_ids)
        self._approve(move, self.manager1)
        move.with_user(root).with_context(cron_id=1).action_post()
        self.assertEqual(move.state, "posted")

    def test_invoice_form_is_text_with_the_approval_buttons(self):
        arch = (
            self.env["account.move"]
            .with_user(self.clerk)
            .get_views([(False, "form")])["views"]["form"]["arch"]
        )
        self.assertIsInstance(arch, str)
        self.assertIn("validate_tier", arch)
        self.assertIn("request_validation", arch)

    # ---------------------------------------------------------- companies
    def test_company_isolation(self):
        move_a = self._invoice(self.clerk, 2500)
        move_a.with_user(self.clerk).request_validation()
        move_b = self._invoice(self.env.user, 2500, company=self.company_b)
        move_b.with_company(self.company_b).request_validation()
        # The manager of A is no reviewer of B's invoice, though in the group.
        self.assertNotIn(self.manager1, move_b.review_ids.reviewer_ids)
        self.assertIn(self.manager_b, move_b.review_ids.reviewer_ids)
        action = self.env.ref("account_move_tier_validation_fincycle.action_move_tier_queue")
        domain = literal_eval(action.domain)
        queue_a = self.env["account.move"].with_user(self.manager1).search(domain)
        self.assertIn(move_a, queue_a)
        self.assertNotIn(move_b, queue_a)
        queue_b = self.env["account.move"].with_user(self.manager_b).search(domain)
        self.assertEqual(queue_b & (move_a | move_b), move_b)
        reviews = self.env["tier.review"].with_user(self.manager1).search([])
        self.assertNotIn(move_b.review_ids, reviews)
        rules = self.env["tier.definition"].with_user(self.manager1).search([])
        self.assertFalse(rules.filtered(lambda r: r.company_id == self.company_b))
        with self.assertRaises(UserError):
            move_b.with_user(self.manager1).validate_tier()

    def test_queue_and_rules_menus_are_the_managers(self):
        Menu = self.env["ir.ui.menu"]
        queue = self.env.ref("account_move_tier_validation_fincycle.menu_move_tier_queue")
        rules = self.env.ref("account_move_tier_validation_fincycle.menu_move_tier_definition")
        # Managers see it without the full accounting features too (Invoicing only:
        # no group_account_readonly, which the Accounting sub-menu needs).
        visible = Menu.with_user(self.manager1)._visible_menu_ids()
        self.assertIn(queue.id, visible)
        self.assertIn(rules.id, visible)
        hidden = Menu.with_user(self.clerk)._visible_menu_ids()
        self.assertNotIn(queue.id, hidden)

    def test_queue_shows_amount_reason_oldest_first(self):
        first = self._invoice(self.clerk, 2500)
        first.with_user(self.clerk).request_validation()
        second = self._invoice(self.clerk, 7000, move_type="in_invoice")
        second.with_user(self.clerk).request_validation()
        self.env.cr.execute(
            "UPDATE tier_review SET create_date = create_date - interval '1 day' "
            "WHERE res_id = %s AND model = 'account.move'",
            [first.id],
        )
        moves = first | second
        moves.invalidate_recordset()
        moves.review_ids.invalidate_recordset(["create_date"])
        self.env.add_to_compute(moves._fields["tier_requested_on"], moves)
        moves.flush_recordset()
        self.assertLess(first.tier_requested_on, second.tier_requested_on)
        self.assertEqual(first.tier_reason, self.invoice_rule.name)
        self.assertEqual(second.tier_reason, self.bill_rule.name)
        self.assertEqual(second.tier_amount_company, 7000)
        self.assertEqual(first.tier_requested_by, self.clerk)
        view = self.env.ref("account_move_tier_validation_fincycle.view_move_tier_queue_list")
        order = "tier_requested_on asc, id asc"
        self.assertIn(order, view.arch)
        found = self.env["account.move"].search([("id", "in", (first | second).ids)], order=order)
        self.assertEqual(found, first | second)

    def test_banner_names_who_approves_in_the_reader_language(self):
        """The banner and the reviews name the managers who can approve (never the
        requester), in the reader's language: OCA's own banner lacks French and says
        "Group ..." in the requester's language."""
        for lang in ("fr_FR", "de_CH"):
            self.env["res.lang"]._activate_lang(lang)
        move = self._invoice(self.clerk, 2500)
        move.with_user(self.clerk).with_context(lang="de_CH").request_validation()
        review = self._reviews(move)
        reviewers = review.reviewer_ids
        self.assertLessEqual(self.manager1 | self.manager2, reviewers)
        self.assertNotIn(self.clerk, reviewers)
        self.assertTrue(review.todo_by.startswith(reviewers[0].name))
        self.assertNotIn("Clerk", review.todo_by)
        self.assertNotIn("Group", review.todo_by)
        first = reviewers[0].name

        def banner_in(lang):
            move.invalidate_recordset(["to_validate_message"])
            return move.with_context(lang=lang).to_validate_message

        banner = banner_in("fr_FR")
        self.assertIn(f"En attente d'approbation par {first}", banner)
        self.assertIn('<i class="fa fa-lg fa-info-circle">', banner)
        self.assertIn(
            f"Wartet auf Freigabe durch {first}",
            banner_in("de_CH"),
        )
        self.assertIn(f"Pending validation by {first}", banner_in("en_US"))
        if len(reviewers) > 3:
            self.assertIn(f"(+{len(reviewers) - 3})", banner)
        # a manager asking herself: the others approve
        own = self._invoice(self.manager1, 2500)
        own.with_user(self.manager1).request_validation()
        self.assertNotIn("Manager1", self._reviews(own).todo_by)
        self.assertNotIn("Manager1", own.with_context(lang="en_US").to_validate_message)
        # names are escaped: the banner is HTML
        reviewers[0].name = "Anna <b>"
        self.assertIn("Anna &lt;b&gt;", banner_in("en_US"))
