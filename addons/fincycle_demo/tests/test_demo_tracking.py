# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import importlib.util
from datetime import timedelta
from pathlib import Path

from odoo import fields
from odoo.tests import TransactionCase, tagged

from fincycle.billing import issuance

from ..models.demo_tracking import TRACKED_INVOICES
from ..models.fincycle_demo import COMPANIES

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "bench" / "issuance_delay.py"
STAGES = {"not_sent", "sent", "bounced", "delivered", "opened", "viewed", "replied", "paid"}


def _script():
    """scripts/bench/issuance_delay.py, imported: its query is the one read here."""
    spec = importlib.util.spec_from_file_location("fincycle_issuance_delay", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@tagged("post_install", "-at_install")
class TestDemoTracking(TransactionCase):
    """The demo's invoices show each stage of the tracking, and the issuance delay the
    group going from two to three weeks late to less than 48 hours."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.companies = cls.env["fincycle.demo.loader"]._load_demo()
        cls.tracked = cls.env["account.move"]
        for number, spec in enumerate(TRACKED_INVOICES, 1):
            cls.tracked |= cls.env.ref(
                f"fincycle_demo.{COMPANIES[spec[1]]['key']}_tracked_invoice_{number}"
            )
        today = fields.Date.context_today(cls.env["res.company"])
        first = (today - timedelta(days=3)).replace(day=1)
        cls.month_ends = []
        for _index in range(4):
            cls.month_ends.append(first - timedelta(days=1))
            first = cls.month_ends[-1].replace(day=1)

    def _tracked(self, months):
        return self.tracked.filtered(lambda m: m.work_end_date == self.month_ends[months])

    def test_every_stage_in_the_invoice_tracking_list(self):
        invoices = self.env["account.move"].search(
            [
                ("company_id", "in", self.companies.ids),
                ("move_type", "=", "out_invoice"),
                ("state", "=", "posted"),
            ]
        )
        self.assertEqual(set(invoices.mapped("tracking_stage")) & STAGES, STAGES)
        # each company's last month: sent, then each thing that happened to an invoice e-mail
        last = self._tracked(0)
        self.assertEqual(
            sorted(last.mapped("tracking_stage")),
            sorted(["sent", "replied", "delivered", "opened", "viewed", "bounced"]),
        )
        self.assertEqual(set(self.tracked.company_id), set(self.companies))
        for move in self.tracked:
            self.assertTrue(move.tracking_sent_date, move.name)
            self.assertEqual(move.tracking_send_count, 1)
            self.assertEqual(move.tracking_message_ids.date, move.tracking_sent_date)
            # its e-mail left: Odoo and mail_tracking say so, nothing is left in the queue
            self.assertFalse(
                self.env["mail.mail"].search(
                    [
                        ("mail_message_id", "in", move.tracking_message_ids.ids),
                        ("state", "=", "outgoing"),
                    ]
                )
            )
            self.assertTrue(move.tracking_mail_state)

    def test_the_demo_s_events(self):
        bounced = self.tracked.filtered(lambda m: m.tracking_stage == "bounced")
        self.assertEqual(len(bounced), 1)
        self.assertEqual(bounced.tracking_mail_state, "bounced")
        self.assertGreater(bounced.tracking_bounced_date, bounced.tracking_sent_date)
        self.assertTrue(bounced.partner_id.email_bounced)
        opened = self.tracked.filtered(lambda m: m.tracking_mail_state == "opened")
        self.assertGreaterEqual(len(opened), 4)
        for move in opened:
            self.assertLess(move.tracking_delivered_date, move.tracking_opened_date)
        replied = self.tracked.filtered(lambda m: m.tracking_stage == "replied")
        self.assertEqual(len(replied), 1)
        self.assertTrue(replied.tracking_portal_first_view)
        self.assertEqual(replied.tracking_portal_view_count, 1)
        reply = replied.message_ids.filtered(
            lambda m: m.message_type == "email" and m.date == replied.tracking_replied_date
        )
        self.assertEqual(reply.author_id, replied._autosend_contact())
        self.assertIn("weitergeleitet", reply.body)
        self.assertEqual(reply.parent_id, replied.tracking_message_ids)
        self.assertGreater(replied.tracking_replied_date, replied.tracking_sent_date)
        viewed = self.tracked.filtered(lambda m: m.tracking_stage == "viewed")
        self.assertEqual(len(viewed), 1)
        self.assertFalse(viewed.tracking_replied_date)
        paid = self.tracked.filtered(lambda m: m.tracking_stage == "paid")
        self.assertEqual(paid, self._tracked(3) | self._tracked(2) | self._tracked(1))
        for move in paid:
            self.assertGreater(move.tracking_paid_date, move.tracking_sent_date.date())

    def test_sent_by_hand_late_then_automatically_within_48_hours(self):
        for months in (3, 2):
            for move in self._tracked(months):
                self.assertEqual(move.tracking_sent_by, "manual")
                self.assertTrue(14 <= move.issuance_delay_days <= 21, move.issuance_delay_days)
                self.assertFalse(move.issuance_within_target)
        for months in (1, 0):
            for move in self._tracked(months):
                self.assertEqual(move.tracking_sent_by, "auto")
                self.assertLessEqual(move.issuance_delay_days, 2.0)
                self.assertTrue(move.issuance_within_target)

    def test_issuance_delay_script_figures(self):
        """What scripts/bench/issuance_delay.py prints for the demo: the late months, then
        the months within 48 hours."""
        script = _script()
        self.env.flush_all()
        self.env.cr.execute(script.QUERY)
        rows = self.env.cr.fetchall()
        zones = {
            company.id: company._fincycle_tz()
            for company in self.env["res.company"].browse({row[2] for row in rows})
        }
        pairs = [(work_end, sent, zones[company_id]) for work_end, sent, company_id in rows]
        figures = {f.month: f for f in issuance.monthly_figures(pairs)}
        months = [f"{end:%Y-%m}" for end in self.month_ends]
        for month in months[2:]:  # before Fincycle
            self.assertEqual(figures[month].sent, 2, figures[month])
            self.assertEqual(figures[month].within, 0)
            self.assertTrue(14 <= figures[month].median_days <= 21, figures[month])
            self.assertTrue(figures[month].line().endswith("within 48 h 0%"))
        for month, count in ((months[1], 2), (months[0], 6)):  # the automatic sending
            self.assertEqual(figures[month].sent, count, figures[month])
            self.assertEqual(figures[month].within, count)
            self.assertLessEqual(figures[month].max_days, 2.0)
            self.assertTrue(figures[month].line().endswith("within 48 h 100%"))
        # the pivot (Invoicing > Reporting > Invoice Issuance Delay) says the same
        groups = self.env["account.invoice.issuance.report"]._read_group(
            [("move_id", "in", self.tracked.ids)],
            ["work_end_date:month"],
            ["invoice_count:sum", "within_target_count:sum", "later_count:sum"],
        )
        self.assertEqual(
            sorted(counts for _month, *counts in groups),
            [[2, 0, 2], [2, 0, 2], [2, 2, 0], [6, 6, 0]],
        )

    def test_a_second_load_adds_nothing(self):
        count = self.env["account.move"].search_count([])
        self.env["fincycle.demo.loader"]._load_demo()
        self.assertEqual(self.env["account.move"].search_count([]), count)

    def test_the_pdfs_drawn_while_loading_are_drawn_again_once_the_server_runs(self):
        cron = self.env.ref("fincycle_demo.cron_rerender_tracked_pdfs")
        self.assertTrue(cron.active)
        sent = self.tracked.filtered("invoice_pdf_report_id")
        self.assertTrue(sent)
        before = {move.id: move.invoice_pdf_report_id.id for move in sent}
        copies = sent.tracking_message_ids.attachment_ids
        self.assertEqual(len(copies), len(sent))
        copies.write({"raw": b"unstyled"})
        self.assertEqual(cron.code, "model._rerender_tracked_invoice_pdfs()")
        self.env[cron.model_id.model]._rerender_tracked_invoice_pdfs()
        # drawn again in place: the same attachments, the e-mails' copies too
        self.assertEqual({move.id: move.invoice_pdf_report_id.id for move in sent}, before)
        self.assertEqual(sent.tracking_message_ids.attachment_ids, copies)
        self.assertNotIn(b"unstyled", copies.mapped("raw"))
        self.assertFalse(cron.active)
