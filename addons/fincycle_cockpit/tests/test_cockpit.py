# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The cockpit on a small hand-made book: ageing, DSO, recovery rate, cash, bills and one
forecast check against the pure core fed by hand; drill-down domains, idempotent refresh,
multi-company isolation and consolidation, permissions."""

from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import Command, fields
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from odoo.addons.account.tests.common import AccountTestInvoicingCommon

from fincycle.forecast import Invoice, Payment, aggregate, forecast_invoices, learn


@tagged("post_install", "-at_install")
class TestCockpit(AccountTestInvoicingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = fields.Date.context_today(cls.env["fincycle.cockpit.snapshot"])
        cls.company_a = cls.company_data["company"]
        cls.company_b = cls.setup_other_company(name="Company B")["company"]
        cls.eur = cls.setup_other_currency("EUR")  # 2 EUR for 1 USD today
        cls.env["ir.config_parameter"].sudo().set_param(
            "fincycle_cockpit.group_currency_id", cls.eur.id
        )
        cls.p1 = cls.env["res.partner"].create({"name": "Customer One"})
        cls.p2 = cls.env["res.partner"].create({"name": "Customer Two"})
        cls.vendor = cls.env["res.partner"].create({"name": "Vendor"})
        d = cls._days
        # invoice date, due date, amount: one invoice per ageing bucket
        cls.inv1 = cls._invoice(cls.p1, 1000, d(-10), d(20))  # not due
        cls.inv2 = cls._invoice(cls.p1, 2000, d(-40), d(-10))  # 1-30
        cls.inv3 = cls._invoice(cls.p2, 3000, d(-75), d(-45))  # 31-60
        cls.inv4 = cls._invoice(cls.p2, 4000, d(-100), d(-70))  # 61-90
        cls.inv5 = cls._invoice(cls.p1, 5000, d(-150), d(-120))  # over 90, 1000 paid
        cls.inv6 = cls._invoice(cls.p2, 600, d(-20), d(-5))  # paid in full
        cls._pay(cls.inv5, 1000, d(-100))
        cls._pay(cls.inv6, 600, d(-3))
        cls.bill1 = cls._invoice(cls.vendor, 700, d(-5), d(10), move_type="in_invoice")
        cls.bill2 = cls._invoice(cls.vendor, 300, d(-35), d(-5), move_type="in_invoice")
        cls.bank = cls.company_data["default_journal_bank"]
        cls.env["account.bank.statement.line"].create(
            {"journal_id": cls.bank.id, "date": d(-2), "amount": 5000, "payment_ref": "Opening"}
        )
        # company B: one overdue invoice and cash
        cls.inv_b = cls._invoice(
            cls.p1, 800, d(-40), d(-10), company=cls.company_b, journal_company=cls.company_b
        )
        bank_b = cls.env["account.journal"].search(
            [("company_id", "=", cls.company_b.id), ("type", "=", "bank")], limit=1
        )
        cls.env["account.bank.statement.line"].with_company(cls.company_b).create(
            {"journal_id": bank_b.id, "date": d(-1), "amount": 900, "payment_ref": "B"}
        )
        cls.director_a = new_test_user(
            cls.env,
            login="cockpit_director_a",
            groups="account.group_account_manager",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id],
        )
        cls.director_ab = new_test_user(
            cls.env,
            login="cockpit_director_ab",
            groups="account.group_account_manager",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id, cls.company_b.id],
        )
        cls.accountant = new_test_user(
            cls.env,
            login="cockpit_accountant",
            groups="account.group_account_user",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id],
        )
        cls.Snapshot = cls.env["fincycle.cockpit.snapshot"]

    @classmethod
    def _days(cls, n):
        return cls.today + timedelta(days=n)

    @classmethod
    def _invoice(
        cls, partner, amount, invoice_date, due, move_type="out_invoice", company=None, **_kw
    ):
        company = company or cls.company_a
        move = (
            cls.env["account.move"]
            .with_company(company)
            .create(
                {
                    "move_type": move_type,
                    "partner_id": partner.id,
                    "invoice_date": invoice_date,
                    "date": invoice_date,
                    "invoice_date_due": due,
                    "invoice_line_ids": [
                        Command.create(
                            {"name": "Work", "quantity": 1, "price_unit": amount, "tax_ids": []}
                        )
                    ],
                }
            )
        )
        move.action_post()
        assert move.invoice_date_due == due, (move.invoice_date_due, due)
        return move

    @classmethod
    def _pay(cls, move, amount, day):
        cls.env["account.payment.register"].with_context(
            active_model="account.move", active_ids=move.ids
        ).create({"payment_date": day, "amount": amount})._create_payments()

    def _refresh(self, companies=None):
        # no figure of an installed module left out for an error
        with self.assertNoLogs("odoo.addons.fincycle_cockpit.models.cockpit_snapshot", "ERROR"):
            return self.Snapshot._refresh(companies or self.company_a)

    # ------------------------------------------------------------------ figures
    def test_ageing_dso_recovery_by_hand(self):
        snap = self._refresh()
        self.assertEqual(snap.bucket_0_not_due, 1000)
        self.assertEqual(snap.bucket_1_1_30, 2000)
        self.assertEqual(snap.bucket_2_31_60, 3000)
        self.assertEqual(snap.bucket_3_61_90, 4000)
        self.assertEqual(snap.bucket_4_over_90, 4000)  # 5000 - 1000 paid
        self.assertEqual(snap.receivable_total, 14000)
        self.assertEqual(snap.overdue_total, 13000)
        # sales of the last 90 days: invoices 1, 2, 3, 6 (1000 + 2000 + 3000 + 600)
        self.assertEqual(snap.sales_period, 6600)
        self.assertAlmostEqual(snap.dso, 14000 / 6600 * 90, places=1)
        self.assertAlmostEqual(snap.dso_without_disputed, snap.dso, places=1)
        # due between 424 and 60 days ago: invoices 4 (4000, nothing paid) and 5 (5000,
        # 1000 paid 20 days after its due date)
        self.assertEqual(snap.recovery_due, 9000)
        self.assertEqual(snap.recovery_collected, 1000)
        self.assertAlmostEqual(snap.recovery_rate, 1000 / 9000 * 100, places=1)
        ageing = snap.line_ids.filtered(lambda line: line.kind == "ageing")
        self.assertEqual(ageing.mapped("count"), [1, 1, 1, 1, 1])
        self.assertEqual(ageing.mapped("amount_group"), [2000, 4000, 6000, 8000, 8000])

    def test_cash_bills_top_overdue_revenue(self):
        snap = self._refresh()
        self.assertEqual(snap.cash_total, 5000)
        cash = snap.line_ids.filtered(
            lambda line: line.kind == "cash" and line.journal_id == self.bank
        )
        self.assertEqual(cash.amount, 5000)
        history = snap.line_ids.filtered(
            lambda line: line.kind == "cash_day" and line.journal_id == self.bank
        )
        self.assertEqual(history.sorted("date")[-1].amount, 5000)
        # bill 2 is overdue: paid tomorrow; bill 1 in 10 days
        self.assertEqual(snap.payments_30, 1000)
        self.assertEqual(snap.payments_90, 1000)
        bills = snap.line_ids.filtered(lambda line: line.kind == "forecast_bill")
        self.assertEqual(
            sorted((b.move_id.id, b.date) for b in bills),
            sorted([(self.bill1.id, self._days(10)), (self.bill2.id, self._days(1))]),
        )
        top = snap.line_ids.filtered(lambda line: line.kind == "overdue")
        self.assertEqual(
            set(top.move_id.ids), {self.inv2.id, self.inv3.id, self.inv4.id, self.inv5.id}
        )
        self.assertEqual(top[0].amount, 4000)
        self.assertEqual(top.filtered(lambda line: line.move_id == self.inv2).days_late, 10)
        month_start = self.today.replace(day=1)
        invoices = self.inv1 | self.inv2 | self.inv3 | self.inv4 | self.inv5 | self.inv6
        self.assertEqual(
            snap.revenue_month,
            sum(m.amount_untaxed for m in invoices if m.date >= month_start),
        )
        self.assertFalse(snap.approval_available and snap.approval_count)

    def test_forecast_matches_core_fed_by_hand(self):
        snap = self._refresh()
        d = self._days
        c1, c2 = str(self.p1.id), str(self.p2.id)
        book = [
            Invoice(str(self.inv1.id), c1, d(-10), d(20), 100000),
            Invoice(str(self.inv2.id), c1, d(-40), d(-10), 200000),
            Invoice(str(self.inv3.id), c2, d(-75), d(-45), 300000),
            Invoice(str(self.inv4.id), c2, d(-100), d(-70), 400000),
            Invoice(str(self.inv5.id), c1, d(-150), d(-120), 500000, (Payment(d(-100), 100000),)),
            Invoice(str(self.inv6.id), c2, d(-20), d(-5), 60000, (Payment(d(-3), 60000),)),
        ]
        forecasts, _issues = forecast_invoices(book, learn(book, self.today), horizon=90)
        band = aggregate(
            forecasts,
            self.today,
            horizon=90,
            simulations=500,
            seed=self.company_a.id,
            include_disputed=True,
        )
        self.assertEqual(len(forecasts), 5)
        self.assertEqual(snap.forecast_open_count, 5)
        for days in (30, 60, 90):
            point = band.cumulative[days - 1]
            self.assertAlmostEqual(snap[f"receipts_{days}"], point.expected_cents / 100, places=2)
            self.assertAlmostEqual(snap[f"receipts_{days}_p10"], point.p10_cents / 100, places=2)
            self.assertAlmostEqual(snap[f"receipts_{days}_p90"], point.p90_cents / 100, places=2)
        # sanity: never more than what is open, growing with the horizon, band around it
        self.assertLessEqual(snap.receipts_90, 14000)
        self.assertLessEqual(snap.receipts_30, snap.receipts_60)
        self.assertLessEqual(snap.receipts_60, snap.receipts_90)
        self.assertLessEqual(snap.receipts_90_p10, snap.receipts_90_p90)
        self.assertGreater(snap.receipts_90, 0)
        curve = snap.line_ids.filtered(lambda line: line.kind == "forecast_day")
        self.assertEqual(len(curve), 270)
        last = curve.filtered(lambda line: line.sequence == 89 and line.series == "expected")
        self.assertAlmostEqual(last.amount, 5000 + snap.receipts_90 - 1000, places=2)
        weeks = snap.line_ids.filtered(lambda line: line.kind == "forecast_week")
        self.assertEqual(len(weeks), 13)
        self.assertAlmostEqual(sum(weeks.mapped("receipts_expected")), snap.receipts_90, places=1)
        self.assertAlmostEqual(sum(weeks.mapped("payments")), 1000, places=2)
        expected = snap.line_ids.filtered(lambda line: line.kind == "forecast_invoice")
        self.assertEqual(
            set(expected.move_id.ids),
            {self.inv1.id, self.inv2.id, self.inv3.id, self.inv4.id, self.inv5.id},
        )
        # each open invoice is listed, dated where half of what should come has come
        for line in expected:
            self.assertEqual(bool(line.date), line.probability > 0)
            self.assertAlmostEqual(line.amount, line.open_amount * line.probability, places=2)
        # a week's list: the invoices and bills expected in it
        week = weeks[0]
        action = week.action_open_record()
        inside = self.env["fincycle.cockpit.snapshot.line"].search(action["domain"])
        self.assertTrue(all(week.date <= line.date <= week.date_end for line in inside))
        self.assertIn(self.bill2, inside.move_id)

    # ------------------------------------------------------------------ drill-down
    def test_drill_down_domains(self):
        self._refresh()
        cockpit = (
            self.env["fincycle.cockpit"]
            .with_context(allowed_company_ids=[self.company_a.id])
            .create({})
        )
        Line = self.env["account.move.line"]
        expected = {
            "0_not_due": self.inv1,
            "1_1_30": self.inv2,
            "2_31_60": self.inv3,
            "3_61_90": self.inv4,
            "4_over_90": self.inv5,
        }
        for bucket, move in expected.items():
            action = cockpit.with_context(bucket=bucket).action_view_bucket()
            self.assertEqual(action["res_model"], "account.move.line")
            self.assertEqual(Line.search(action["domain"]).move_id, move, bucket)
        overdue = Line.search(cockpit.action_view_overdue()["domain"]).move_id
        self.assertEqual(overdue, self.inv2 | self.inv3 | self.inv4 | self.inv5)
        receivable = Line.search(cockpit.action_view_receivables()["domain"])
        self.assertEqual(sum(receivable.mapped("amount_residual")), cockpit.receivable_total)
        Move = self.env["account.move"]
        sales = Move.search(cockpit.action_view_sales()["domain"])
        self.assertEqual(sales, self.inv1 | self.inv2 | self.inv3 | self.inv6)
        top = Move.search(cockpit.action_view_top_overdue()["domain"])
        self.assertEqual(top, self.inv2 | self.inv3 | self.inv4 | self.inv5)
        recovery = Line.search(cockpit.action_view_recovery()["domain"]).move_id
        self.assertEqual(recovery, self.inv4 | self.inv5)
        self.assertFalse(cockpit.with_context(bucket="nonsense").action_view_bucket())
        forecast = cockpit.action_view_forecast()
        self.assertEqual(forecast["context"]["graph_measure"], "amount")
        lines = self.env["fincycle.cockpit.snapshot.line"].search(forecast["domain"])
        self.assertEqual(set(lines.mapped("kind")), {"forecast_day"})

    # ------------------------------------------------------------------ refresh
    def test_refresh_idempotent(self):
        first = self._refresh()
        figures = first.read(["receivable_total", "dso", "receipts_30", "cash_total"])[0]
        count = len(first.line_ids)
        second = self._refresh()
        self.assertFalse(first.exists())
        snaps = self.Snapshot.search([("company_id", "=", self.company_a.id)])
        self.assertEqual(snaps, second)
        self.assertEqual(len(second.line_ids), count)
        again = second.read(["receivable_total", "dso", "receipts_30", "cash_total"])[0]
        figures.pop("id")
        again.pop("id")
        self.assertEqual(figures, again)

    def test_refresh_button_only_allowed_companies(self):
        cockpit = (
            self.env["fincycle.cockpit"]
            .with_user(self.director_a)
            .with_context(allowed_company_ids=[self.company_a.id])
            .create({})
        )
        cockpit.action_refresh()
        ours = (self.company_a | self.company_b).ids  # the database may hold others' snapshots
        snaps = self.Snapshot.sudo().search([("company_id", "in", ours)])
        self.assertEqual(snaps.company_id, self.company_a)
        with self.assertRaises(AccessError):
            self.Snapshot.with_user(self.director_a)._refresh_allowed(self.company_b)
        with self.assertRaises(AccessError):
            self.Snapshot.with_user(self.accountant)._refresh_allowed(self.company_a)
        with self.assertRaises(AccessError):
            self.env["fincycle.cockpit"].with_user(self.accountant).action_open_cockpit()

    # ------------------------------------------------------------------ multi-company
    def test_isolation_and_consolidation(self):
        snaps = self._refresh(self.company_a | self.company_b)
        snap_a = snaps.filtered(lambda s: s.company_id == self.company_a)
        snap_b = snaps.filtered(lambda s: s.company_id == self.company_b)
        self.assertEqual(snap_b.cash_total, 900)
        self.assertEqual(snap_b.receivable_total, 800)
        # a director of A sees nothing of B
        as_a = self.Snapshot.with_user(self.director_a)
        self.assertEqual(as_a.search([]), snap_a)
        with self.assertRaises(AccessError):
            snap_b.with_user(self.director_a).read(["cash_total"])
        Line = self.env["fincycle.cockpit.snapshot.line"].with_user(self.director_a)
        self.assertFalse(Line.search([("snapshot_id", "=", snap_b.id)]))
        self.assertFalse(Line.search([("company_id", "=", self.company_b.id)]))
        cockpit_a = self.env["fincycle.cockpit"].with_user(self.director_a).create({})
        self.assertFalse(cockpit_a.consolidated)
        self.assertEqual(cockpit_a.snapshot_ids, snap_a)
        self.assertEqual(cockpit_a.cash_total, 5000)
        self.assertEqual(cockpit_a.currency_id, self.company_a.currency_id)
        # the director of both: consolidated in the group's currency at the day's rate
        both = (
            self.env["fincycle.cockpit"]
            .with_user(self.director_ab)
            .with_context(allowed_company_ids=[self.company_a.id, self.company_b.id])
            .create({})
        )
        self.assertTrue(both.consolidated)
        self.assertEqual(both.currency_id, self.eur)
        rate = snap_a.rate_to_group
        self.assertAlmostEqual(rate, 2.0)
        self.assertAlmostEqual(both.cash_total, 5000 * rate + 900 * snap_b.rate_to_group)
        rate_b = snap_b.rate_to_group
        self.assertAlmostEqual(both.receivable_total, 14000 * rate + 800 * rate_b)
        self.assertAlmostEqual(
            both.dso, (14000 * rate + 800 * rate_b) / (6600 * rate + 800 * rate_b) * 90, places=1
        )
        self.assertEqual(both.overdue_line_ids.company_id, self.company_a | self.company_b)
        self.assertEqual(both.action_view_forecast()["context"]["graph_measure"], "amount_group")
        overdue = (
            self.env["account.move.line"]
            .with_user(self.director_ab)
            .with_context(allowed_company_ids=[self.company_a.id, self.company_b.id])
            .search(both.action_view_overdue()["domain"])
        )
        self.assertIn(self.inv_b, overdue.move_id)
        # the same director with only A selected: A alone
        only_a = (
            self.env["fincycle.cockpit"]
            .with_user(self.director_ab)
            .with_context(allowed_company_ids=[self.company_a.id])
            .create({})
        )
        self.assertEqual(only_a.snapshot_ids, snap_a)
        self.assertNotIn(
            self.inv_b,
            self.env["account.move.line"].search(only_a.action_view_overdue()["domain"]).move_id,
        )

    def test_open_cockpit_computes_missing_snapshot(self):
        action = (
            self.env["fincycle.cockpit"]
            .with_user(self.director_a)
            .with_context(allowed_company_ids=[self.company_a.id])
            .action_open_cockpit()
        )
        self.assertEqual(action["res_model"], "fincycle.cockpit")
        ours = (self.company_a | self.company_b).ids
        self.assertEqual(
            self.Snapshot.search([("company_id", "in", ours)]).company_id, self.company_a
        )

    def test_cron_refreshes_every_company(self):
        self.Snapshot._cron_refresh()
        companies = self.Snapshot.search([("date", "=", self.today)]).company_id
        self.assertIn(self.company_a, companies)
        self.assertIn(self.company_b, companies)

    # ------------------------------------------------------------------ optional modules
    def test_disputes_and_promises_when_installed(self):
        if "account.dispute" not in self.env:
            self.skipTest("account_credit_control_fincycle is not installed")
        Dispute = self.env["account.dispute"]
        Dispute.create(
            {
                "invoice_ids": [Command.set(self.inv3.ids)],
                "category": "contestation",
                "date_opened": self._days(-20),
            }
        )
        Dispute.create(
            {
                "invoice_ids": [Command.set(self.inv2.ids)],
                "category": "payment_promise",
                "date_opened": self._days(-2),
                "promised_date": self._days(5),
            }
        )
        snap = self._refresh()
        self.assertTrue(snap.disputes_available)
        self.assertEqual(snap.dispute_open_count, 1)  # a promise is not a dispute
        self.assertEqual(snap.disputed_total, 3000)
        self.assertAlmostEqual(snap.dso, 14000 / 6600 * 90, places=1)
        self.assertAlmostEqual(snap.dso_without_disputed, 11000 / 6600 * 90, places=1)
        status = {
            line.move_id: line.status
            for line in snap.line_ids.filtered(lambda line: line.kind == "forecast_invoice")
        }
        self.assertEqual(status[self.inv3], "disputed")
        self.assertEqual(status[self.inv2], "promised")
        self.assertEqual(status[self.inv1], "normal")
        cockpit = self.env["fincycle.cockpit"].create({})
        lines = self.env["account.move.line"].search(cockpit.action_view_disputed()["domain"])
        self.assertEqual(lines.move_id, self.inv3)
        disputes = self.env["account.dispute"].search(cockpit.action_view_disputes()["domain"])
        self.assertEqual(disputes.invoice_ids, self.inv3)

    # ------------------------------------------------------------------ alerts
    def test_alerts_and_digest(self):
        d = self._days
        late15 = self._invoice(self.p1, 150, d(-45), d(-15))
        late30 = self._invoice(self.p2, 300, d(-60), d(-30))
        self._invoice(self.p2, 160, d(-46), d(-16))  # passed J+15 yesterday: told then
        if "account.dispute" in self.env:
            self.env["account.dispute"].create(
                {"invoice_ids": [Command.set(late30.ids)], "category": "delay_request"}
            )
        self.company_a.fincycle_cockpit_cash_threshold = 1_000_000
        self.env["fincycle.integration"].sudo().search(
            [("company_id", "=", self.company_a.id)]
        ).unlink()
        snap = self._refresh()
        alerts = snap.line_ids.filtered(lambda line: line.kind == "alert")
        late = alerts.filtered(lambda line: line.status.startswith("late_"))
        expected = {(late15, "late_15")}
        if "account.dispute" not in self.env:
            expected.add((late30, "late_30"))
        self.assertEqual({(line.move_id, line.status) for line in late}, expected)
        below = alerts.filtered(lambda line: line.status == "below_threshold")
        self.assertEqual(len(below), 1)
        self.assertLess(below.amount, 1_000_000)
        self.assertIn(late15.name, late.filtered(lambda line: line.move_id == late15).alert_text)
        # the directors' digest: the director of A hears of A; nobody is told twice a day
        mails = self.Snapshot._send_digest(snap)
        mail_a = mails.filtered(lambda m: self.director_a.partner_id in m.recipient_ids)
        self.assertEqual(len(mail_a), 1)
        self.assertIn(late15.name, mail_a.body_html)
        self.assertIn("below the threshold", mail_a.body_html)
        cockpit = (
            self.env["fincycle.cockpit"]
            .with_context(allowed_company_ids=[self.company_a.id])
            .create({})
        )
        self.assertEqual(cockpit.alert_count, len(alerts))
        # a director of B only gets nothing: B has no alert
        director_b = new_test_user(
            self.env,
            login="cockpit_director_b",
            groups="account.group_account_manager",
            company_id=self.company_b.id,
            company_ids=[self.company_b.id],
        )
        snap_b = self._refresh(self.company_b)
        mails = self.Snapshot._send_digest(snap | snap_b)
        self.assertFalse(mails.filtered(lambda m: director_b.partner_id in m.recipient_ids))

    def test_digest_in_the_directors_language(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(["fincycle_cockpit"], ["fr_FR"])
        self.director_a.lang = "fr_FR"
        self.company_a.fincycle_cockpit_cash_threshold = 1_000_000
        snap = self._refresh()
        mails = self.Snapshot._send_digest(snap)
        mail_a = mails.filtered(lambda m: self.director_a.partner_id in m.recipient_ids)
        self.assertIn("Cockpit :", mail_a.subject)
        self.assertIn("en dessous du seuil", mail_a.body_html)

    def test_contracts_when_installed(self):
        if "contract.contract" not in self.env:
            self.skipTest("contract is not installed")
        start = self._days(5)
        self.env["contract.contract"].create(
            {
                "name": "Support",
                "partner_id": self.p1.id,
                "contract_type": "sale",
                "line_recurrence": True,
                "contract_line_ids": [
                    Command.create(
                        {
                            "name": "Support",
                            "quantity": 1,
                            "price_unit": 500,
                            "recurring_rule_type": "monthly",
                            "recurring_interval": 1,
                            "date_start": start,
                            "recurring_next_date": start,
                        }
                    )
                ],
            }
        )
        snap = self._refresh()
        self.assertTrue(snap.contracts_available)
        self.assertEqual(snap.recurring_monthly, 0)  # starts in 5 days
        contracts = snap.line_ids.filtered(lambda line: line.kind == "forecast_contract")
        # invoiced in 5 days and a month later (the third is after the last 30 days of the
        # horizon), each expected paid 30 days after
        self.assertEqual(
            contracts.mapped("date"), [self._days(35), start + relativedelta(months=1, days=30)]
        )
        self.assertEqual(snap.contract_receipts_90, 1000)
        weeks = snap.line_ids.filtered(lambda line: line.kind == "forecast_week")
        self.assertAlmostEqual(sum(weeks.mapped("receipts_expected")), snap.receipts_90, places=1)

    # ------------------------------------------------------------------ disputes by urgency
    def test_disputes_by_urgency_when_installed(self):
        if "account.dispute" not in self.env:
            self.skipTest("account_credit_control_fincycle is not installed")
        Dispute = self.env["account.dispute"]
        # critical: 500 of invoice 3 contested, and invoice 5 as a whole (4000 still due)
        critical = Dispute.create(
            {
                "invoice_ids": [Command.set(self.inv3.ids)],
                "category": "contestation",
                "urgency": "5",
                "disputed_amount": 500,
            }
        ) | Dispute.create(
            {
                "invoice_ids": [Command.set(self.inv5.ids)],
                "category": "invoice_error",
                "urgency": "5",
            }
        )
        high = Dispute.create(
            {
                "invoice_ids": [Command.set(self.inv4.ids)],
                "category": "already_paid",
                "urgency": "3",
            }
        )
        closed = Dispute.create(
            {
                "invoice_ids": [Command.set(self.inv2.ids)],
                "category": "contestation",
                "urgency": "1",
            }
        )
        closed.write({"state": "resolved"})
        Dispute.create(  # a promise is no dispute
            {
                "invoice_ids": [Command.set(self.inv1.ids)],
                "category": "payment_promise",
                "urgency": "4",
                "promised_date": self._days(5),
            }
        )
        in_b = Dispute.with_company(self.company_b).create(
            {
                "company_id": self.company_b.id,
                "invoice_ids": [Command.set(self.inv_b.ids)],
                "category": "contestation",
                "urgency": "2",
            }
        )
        snaps = self._refresh(self.company_a | self.company_b)
        snap_a = snaps.filtered(lambda s: s.company_id == self.company_a)
        snap_b = snaps.filtered(lambda s: s.company_id == self.company_b)
        by_level = {
            u: (snap_a[f"dispute_{u}_count"], snap_a[f"dispute_{u}_amount"])
            for u in ("1", "2", "3", "4", "5")
        }
        self.assertEqual(
            by_level, {"1": (0, 0), "2": (0, 0), "3": (1, 4000), "4": (0, 0), "5": (2, 4500)}
        )
        self.assertEqual(snap_a.dispute_open_count, 3)
        self.assertEqual(snap_a.dispute_urgent_count, 2)
        self.assertEqual((snap_b.dispute_2_count, snap_b.dispute_2_amount), (1, 800))
        # each level drills down to its disputes, of the companies in scope only
        cockpit_a = (
            self.env["fincycle.cockpit"]
            .with_user(self.director_a)
            .with_context(allowed_company_ids=[self.company_a.id])
            .create({})
        )
        self.assertEqual(cockpit_a.dispute_5_count, 2)
        self.assertEqual(cockpit_a.dispute_2_count, 0)
        Disputes = self.env["account.dispute"].with_user(self.director_a)
        for urgency, expected in (("5", critical), ("3", high), ("1", Dispute), (4, Dispute)):
            action = cockpit_a.with_context(urgency=urgency).action_view_disputes()
            self.assertEqual(Disputes.search(action["domain"]), expected, urgency)
        action = cockpit_a.with_context(urgency="2").action_view_disputes()
        self.assertNotIn(in_b, Disputes.search(action["domain"]))
        self.assertFalse(cockpit_a.with_context(urgency="9").action_view_disputes())
        self.assertFalse(cockpit_a.with_context(urgency="1 OR 1=1").action_view_disputes())
        # consolidated: added up in the group's currency
        both = (
            self.env["fincycle.cockpit"]
            .with_user(self.director_ab)
            .with_context(allowed_company_ids=[self.company_a.id, self.company_b.id])
            .create({})
        )
        self.assertEqual(both.dispute_2_count, 1)
        self.assertAlmostEqual(both.dispute_5_amount, 4500 * snap_a.rate_to_group)
        self.assertAlmostEqual(both.dispute_2_amount, 800 * snap_b.rate_to_group)
        action = both.with_context(urgency="2").action_view_disputes()
        self.assertEqual(
            self.env["account.dispute"]
            .with_user(self.director_ab)
            .with_context(allowed_company_ids=[self.company_a.id, self.company_b.id])
            .search(action["domain"]),
            in_b,
        )

    # ------------------------------------------------------------------ reminders by level
    def _reminder(self, invoice, level, day, state="sent", dated=True):
        return (
            self.env["credit.control.line"]
            .sudo()
            .create(
                {
                    "date": day,
                    "date_due": invoice.invoice_date_due,
                    "date_sent": day if state == "sent" and dated else False,
                    "state": state,
                    "channel": "email",
                    "invoice_id": invoice.id,
                    "partner_id": invoice.partner_id.id,
                    "amount_due": invoice.amount_total,
                    "balance_due": invoice.amount_residual,
                    "policy_level_id": level.id,
                    "move_line_id": invoice.line_ids.filtered(
                        lambda aml: aml.account_id.account_type == "asset_receivable"
                    ).id,
                }
            )
        )

    def test_reminders_by_level_when_installed(self):
        if "credit.control.line" not in self.env:
            self.skipTest("account_credit_control is not installed")
        template = self.env.ref("account_credit_control.email_template_credit_control_base")
        policy = (
            self.env["credit.control.policy"]
            .sudo()
            .create(
                {
                    "name": "Cockpit policy",
                    "account_ids": [
                        Command.set(self.company_data["default_account_receivable"].ids)
                    ],
                    "level_ids": [
                        Command.create(
                            {
                                "name": f"Level {n}",
                                "level": n,
                                "computation_mode": "net_days",
                                "delay_days": 10 * n,
                                "email_template_id": template.id,
                                "channel": "email",
                                "custom_text": "Please pay.",
                                "custom_mail_text": "<p>Please pay.</p>",
                            }
                        )
                        for n in (1, 2)
                    ],
                }
            )
        )
        level1, level2 = policy.level_ids.sorted("level")
        month_start = self.today.replace(day=1)
        # OCA leaves the reminder date empty when it sends: the line's date tells then
        sent_1 = self._reminder(self.inv2, level1, self.today) | self._reminder(
            self.inv3, level1, month_start, dated=False
        )
        sent_2 = self._reminder(self.inv4, level2, self.today)
        self._reminder(self.inv5, level1, month_start - timedelta(days=1))  # last month
        self._reminder(self.inv5, level1, month_start - timedelta(days=1), dated=False)
        self._reminder(self.inv5, level2, self.today, state="draft")  # not sent
        in_b = self._reminder(self.inv_b, level1, self.today)
        self.assertEqual(in_b.company_id, self.company_b)
        snaps = self._refresh(self.company_a | self.company_b)
        snap_a = snaps.filtered(lambda s: s.company_id == self.company_a)
        self.assertEqual(snap_a.reminders_month, 3)
        lines = snap_a.line_ids.filtered(lambda line: line.kind == "reminder")
        self.assertEqual(sorted((line.level, line.count) for line in lines), [(1, 2), (2, 1)])
        cockpit_a = (
            self.env["fincycle.cockpit"]
            .with_user(self.director_a)
            .with_context(allowed_company_ids=[self.company_a.id])
            .create({})
        )
        self.assertEqual(cockpit_a.reminders_by_level, "level 1: 2, level 2: 1")
        self.assertEqual(cockpit_a.reminder_line_ids, lines)
        Reminders = self.env["credit.control.line"].with_user(self.director_a)
        for level, expected in ((1, sent_1), (2, sent_2)):
            action = cockpit_a.with_context(level=level).action_view_reminders()
            self.assertEqual(Reminders.search(action["domain"]), expected, level)
        by_line = lines.filtered(lambda line: line.level == 2).action_open_record()
        self.assertEqual(Reminders.search(by_line["domain"]), sent_2)
        everything = cockpit_a.action_view_reminders()
        self.assertEqual(everything["context"]["group_by"], ["level"])
        self.assertEqual(Reminders.search(everything["domain"]), sent_1 | sent_2)
        self.assertFalse(cockpit_a.with_context(level="1").action_view_reminders())
        # consolidated over the companies the director may see
        both = (
            self.env["fincycle.cockpit"]
            .with_user(self.director_ab)
            .with_context(allowed_company_ids=[self.company_a.id, self.company_b.id])
            .create({})
        )
        self.assertEqual(both.reminders_by_level, "level 1: 3, level 2: 1")
        self.assertEqual(both.reminders_month, 4)

    # ------------------------------------------------------------------ cash per journal
    def test_cash_per_journal_and_provider(self):
        d = self._days
        second = self.env["account.journal"].create(
            {"name": "Second Bank", "code": "BNK2", "type": "bank", "company_id": self.company_a.id}
        )
        Statement = self.env["account.bank.statement.line"]
        old = Statement.create(
            {"journal_id": second.id, "date": d(-200), "amount": 50, "payment_ref": "o"}
        )
        recent = Statement.create(
            {"journal_id": second.id, "date": d(-30), "amount": 1000, "payment_ref": "a"}
        )
        Statement.create(
            {"journal_id": second.id, "date": d(-1), "amount": -200, "payment_ref": "b"}
        )
        # the bank's statements: what it reported at the end of those days
        for name, line, start, end in (("S1", old, 0, 50), ("S2", recent, 50, 1050)):
            self.env["account.bank.statement"].create(
                {
                    "name": name,
                    "journal_id": second.id,
                    "line_ids": [Command.set(line.ids)],
                    "balance_start": start,
                    "balance_end_real": end,
                }
            )
        self.bank.bank_statements_source = "undefined"  # entered by hand
        sources = self.bank._fields["bank_statements_source"].get_values(self.env)
        files = None
        if "file_import_oca" in sources:
            files = self.env["account.journal"].create(
                {
                    "name": "Bank by File",
                    "code": "BNK3",
                    "type": "bank",
                    "company_id": self.company_a.id,
                    "bank_statements_source": "file_import_oca",
                }
            )
        online = "online.bank.statement.provider" in self.env
        feed = None
        if online:
            feed = self.env["online.bank.statement.provider"].create(
                {
                    "journal_id": second.id,
                    "service": "dummy",
                    "interval_type": "hours",
                    "interval_number": 1,
                    "tz": "UTC",
                }
            )
            if "fincycle_provider_balance" in feed._fields:
                feed.write(
                    {
                        "fincycle_provider_balance": 900,
                        "fincycle_balance_checked_at": fields.Datetime.now(),
                        "fincycle_balance_state": "mismatch",
                    }
                )
        snap = self._refresh()
        self.assertEqual(snap.cash_total, 5000 + 850)
        cash = snap.line_ids.filtered(lambda line: line.kind == "cash")
        provider = {line.journal_id: line.provider for line in cash}
        self.assertEqual(provider[self.bank], "manual")
        self.assertEqual(provider[second], "dummy" if online else "manual")
        if files:
            self.assertEqual(provider[files], "file")
        if feed and "fincycle_provider_balance" in feed._fields:
            line = cash.filtered(lambda line: line.journal_id == second)
            self.assertEqual((line.feed_balance, line.feed_state), (900, "mismatch"))
            alert = snap.line_ids.filtered(lambda line: line.status == "balance_check")
            self.assertEqual(alert.journal_id, second)
        days = snap.line_ids.filtered(lambda line: line.kind == "cash_day")
        mine = days.filtered(lambda line: line.journal_id == second).sorted("date")
        self.assertEqual(len(mine), 90)
        self.assertEqual(mine[0].date, d(-89))
        self.assertEqual(
            [(line.date, line.amount) for line in mine if line.date in (d(-89), d(-31), d(-30))],
            [(d(-89), 50), (d(-31), 50), (d(-30), 1050)],
        )
        self.assertEqual(mine[-1].amount, 850)
        # beside the ledger, the balance the bank last reported on or before each day
        self.assertEqual(
            [(line.date, line.feed_balance) for line in mine if line.date in (d(-89), d(-30))],
            [(d(-89), 50), (d(-30), 1050)],
        )
        self.assertEqual(mine[-1].feed_balance, 1050)  # the last line is in no statement
        self.assertEqual(set(mine.mapped("provider")), {provider[second]})
        first = days.filtered(lambda line: line.journal_id == self.bank).sorted("date")
        self.assertEqual((len(first), first[-1].amount, first[0].amount), (90, 5000, 0))
        # every day adds up to the total of the journals
        today = days.filtered(lambda line: line.date == self.today)
        self.assertEqual(sum(today.mapped("amount")), snap.cash_total)
        cockpit = (
            self.env["fincycle.cockpit"]
            .with_context(allowed_company_ids=[self.company_a.id])
            .create({})
        )
        history = cockpit.action_view_cash_history()
        self.assertEqual(history["context"]["graph_groupbys"], ["date:day", "journal_id"])
        Line = self.env["fincycle.cockpit.snapshot.line"]
        self.assertEqual(Line.search(history["domain"]), days)
        by_provider = cockpit.with_context(by_provider=True).action_view_cash_history()
        self.assertEqual(by_provider["context"]["graph_groupbys"], ["date:day", "provider"])
        journals = cockpit.action_view_cash()
        self.assertEqual(journals["context"]["group_by"], ["provider"])
        self.assertEqual(Line.search(journals["domain"]), cash)
        # a director of B alone sees none of A's journals
        director_b = new_test_user(
            self.env,
            login="cockpit_director_b_cash",
            groups="account.group_account_manager",
            company_id=self.company_b.id,
            company_ids=[self.company_b.id],
        )
        self.assertFalse(Line.with_user(director_b).search(history["domain"]))
        # a paused (archived) feed of an online journal still names its provider
        if feed:
            second.bank_statements_source = "online"
            feed.active = False
            snap = self._refresh()
            line = snap.line_ids.filtered(
                lambda line: line.kind == "cash" and line.journal_id == second
            )
            self.assertEqual(line.provider, "dummy")
