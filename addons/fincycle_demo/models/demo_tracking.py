# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Four months of the group's customer invoices followed from their sending to their payment
(account_move_tracking_fincycle): the two older months sent by hand two to three weeks after
the month end, as before Fincycle; the last two sent by the automatic sending within 48 hours.
Their e-mails were delivered, opened or bounced (OCA mail_tracking's events), one was viewed
in the portal, one answered by the customer, the older ones are paid."""

from datetime import datetime, time, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from odoo import Command, fields, models

from .fincycle_demo import COMPANIES

# The work of the month ending ``months`` month ends before the last one (0: last month),
# invoiced by a company of COMPANIES to its customer number ``customer``; sent ``after`` the
# end of the work (from midnight UTC after the month end), by hand ("manual") or by the
# automatic sending ("auto"); then what the mail server reported (event, minutes after the
# sending) and what the customer did.
TRACKED_INVOICES = [
    # before Fincycle: sent by hand, two to three weeks late; paid since
    (3, 0, 1, 1450.0, "manual", timedelta(days=16, hours=8), (("delivered", 1), ("open", 200)), "paid"),
    (3, 1, 1, 980.0, "manual", timedelta(days=19, hours=13), (("delivered", 1),), "paid"),
    (2, 0, 3, 1720.0, "manual", timedelta(days=15, hours=9), (("delivered", 1), ("open", 95)), "paid"),
    (2, 2, 3, 1260.0, "manual", timedelta(days=20, hours=14), (("delivered", 1),), "paid"),
    # with Fincycle: the automatic sending, the morning after the month end; paid since
    (1, 0, 1, 1380.0, "auto", timedelta(hours=7), (("delivered", 1), ("open", 300)), "paid"),
    (1, 1, 2, 890.0, "auto", timedelta(hours=31), (("delivered", 1), ("open", 40)), "paid"),
    # last month's work: each stage of the tracking
    (0, 0, 1, 1540.0, "auto", timedelta(hours=7), (), None),
    (0, 0, 2, 760.0, "auto", timedelta(hours=7, minutes=4), (("delivered", 1), ("open", 130)), "replied"),
    (0, 1, 1, 1320.0, "auto", timedelta(hours=8), (("delivered", 1),), None),
    (0, 1, 2, 640.0, "auto", timedelta(hours=30), (("delivered", 1), ("open", 45)), None),
    (0, 2, 1, 1180.0, "auto", timedelta(hours=9), (("delivered", 1), ("open", 60)), "viewed"),
    (0, 2, 2, 450.0, "auto", timedelta(hours=32), (("hard_bounce", 2),), None),
]  # fmt: skip
# The customer's answer to the invoice e-mail, a day after the sending (no dispute, no promise).
REPLY_BODY = (
    "Guten Tag\n\nBesten Dank für die Rechnung, wir haben sie erhalten und an unsere "
    "Buchhaltung weitergeleitet.\n\nFreundliche Grüsse\nLea Meier"
)
# The demo companies' accountants send by hand; the automatic sending needs none.
SENDERS = {"ch": "user_accountant", "fr": "user_comptable"}


# each step of the demo in its own file, as demo_time_billing.py
# pylint: disable=consider-merging-classes-inherited
class FincycleDemoLoader(models.AbstractModel):
    _inherit = "fincycle.demo.loader"

    def _load_invoice_tracking(self, today):
        """Customer invoices of the last four month ends with their sending, what the mail
        server said of their e-mails, a portal view, a reply and payments: the Invoice
        Tracking list shows every stage, the Invoice Issuance Delay report the group going
        from two to three weeks to less than 48 hours. The month ends are those at least
        three days before ``today`` (last month's invoices were sent and answered since)."""
        if "tracking_sent_date" not in self.env["account.move"]._fields:
            return
        first = (today - timedelta(days=3)).replace(day=1)
        month_ends = []
        for _index in range(4):
            month_ends.append(first - timedelta(days=1))
            first = month_ends[-1].replace(day=1)
        todo = []
        for number, spec in enumerate(TRACKED_INVOICES, 1):
            months, company_index, customer, amount, how, after, events, outcome = spec
            key = COMPANIES[company_index]["key"]
            name = f"{key}_tracked_invoice_{number}"
            company = self._ref(f"company_{key}")
            sender = self._ref(SENDERS[COMPANIES[company_index]["country"]])
            if self._ref(name) or not company or not sender:
                continue
            work_end = month_ends[months]
            sent_at = datetime.combine(work_end + timedelta(days=1), time()) + after
            move = self._tracked_invoice(
                company,
                COMPANIES[company_index],
                customer=customer,
                amount=amount,
                work_end=work_end,
                sent_at=sent_at,
                sender=sender if how == "manual" else None,
            )
            self._name_record(name, move)
            todo.append((move, sender if how == "manual" else None, sent_at, events, outcome))
        for move, sender, sent_at, events, outcome in todo:
            if not self._tracked_sending(move, sender, sent_at):
                continue
            self._tracked_mail_events(move, sent_at, events)
            if outcome == "paid":
                self._tracked_payment(move, (sent_at + timedelta(days=18)).date())
            elif outcome in ("viewed", "replied"):
                # opened from the e-mail's link (the portal stamps it once it let her in),
                # three hours after the sending
                move._tracking_portal_stamp()
                viewed_at = sent_at + timedelta(hours=3)
                move.write(
                    {
                        "tracking_portal_first_view": viewed_at,
                        "tracking_portal_last_view": viewed_at,
                    }
                )
            if outcome == "replied":
                self._tracked_reply(move, sent_at + timedelta(days=1, hours=1, minutes=15))
        if todo:
            self._schedule_pdf_rerender()

    def _schedule_pdf_rerender(self):
        """The invoice PDFs of the sendings above were drawn while the modules were
        loading, with no web server to give wkhtmltopdf the report's style sheets: they
        came out unstyled. A one-time scheduled action draws them again, in place (the
        invoice's PDF and the e-mail's copy), once the demo server runs."""
        if self._ref("cron_rerender_tracked_pdfs"):
            return
        cron = (
            self.env["ir.cron"]
            .sudo()
            .create(
                {
                    "name": "Fincycle demo: draw the sent invoices' PDFs with their style",
                    "model_id": self.env["ir.model"]._get_id("fincycle.demo.loader"),
                    "state": "code",
                    "code": "model._rerender_tracked_invoice_pdfs()",
                    "interval_number": 1,
                    "interval_type": "days",
                    "nextcall": fields.Datetime.now(),
                    "active": True,
                }
            )
        )
        self._name_record("cron_rerender_tracked_pdfs", cron)

    def _rerender_tracked_invoice_pdfs(self):
        """Draw the tracked demo invoices' PDFs again (see _schedule_pdf_rerender), then
        retire the scheduled action that called it."""
        moves = self.env["account.move"].sudo()
        for number, spec in enumerate(TRACKED_INVOICES, 1):
            moves |= self._ref(f"{COMPANIES[spec[1]]['key']}_tracked_invoice_{number}") or moves
        Report = self.env["ir.actions.report"].sudo()
        for move in moves.filtered("invoice_pdf_report_id"):
            pdf, _kind = Report.with_context(lang=move.partner_id.lang)._render_qweb_pdf(
                "account.account_invoices", move.ids
            )
            legal = move.invoice_pdf_report_id
            # the e-mail that sent it holds a copy of its own
            copies = move.tracking_message_ids.attachment_ids.filtered(
                lambda a, name=legal.name: a.name == name
            )
            (legal | copies).write({"raw": pdf})
        if self.env.context.get("ir_cron_progress_id"):
            # a running job may not write itself: the scheduler retires it
            self.env["ir.cron"]._commit_progress(len(moves), remaining=0, deactivate=True)
        elif cron := self._ref("cron_rerender_tracked_pdfs"):
            cron.sudo().active = False

    def _tracked_invoice(self, company, spec, *, customer, amount, work_end, sent_at, sender):
        """The invoice of ``work_end``'s work, posted: by the accountant (``sender``) who
        sends it by hand two to three weeks later, or by a scheduled run the morning after
        the month end, which queues it for the automatic sending."""
        invoice_date = sent_at.date() if sender else work_end + timedelta(days=1)
        env = (sender or self).with_company(company).env
        if sender:
            env = env(context=dict(env.context, lang=sender.lang))
        tax = self._tax(env, company, "sale", spec["taxes"][0])
        move = env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": self._ref(f"{spec['key']}_customer_{customer}").id,
                "invoice_date": invoice_date,
                "invoice_date_due": invoice_date + timedelta(days=30),
                "work_end_date": work_end,
                "invoice_line_ids": [
                    Command.create(
                        {
                            "name": f"Consulting {work_end:%B %Y}",
                            "quantity": 1,
                            "price_unit": amount,
                            "tax_ids": [Command.set(tax.ids)],
                        }
                    )
                ],
            }
        )
        move.action_post()
        return move

    def _tracked_sending(self, move, sender, sent_at):
        """Sent by the accountant with Send (``sender``), or by the automatic sending; then
        dated back to its sending."""
        if sender:
            env = sender.with_company(move.company_id).with_context(lang=sender.lang).env
            env["account.move.send"]._generate_and_send_invoices(move.with_env(env))
        else:
            move._autosend()
        move = move.sudo()
        if move.autosend_state != "sent":
            return False
        move.write({"tracking_sent_date": sent_at, "autosend_date": sent_at})
        move.tracking_message_ids.write({"date": sent_at})
        return True

    def _tracked_mail_events(self, move, sent_at, events):
        """The invoice e-mail leaves the mail server (mail_tracking follows each recipient,
        Odoo notes it sent), then the customer's mail server reports ``events``."""
        mails = (
            self.env["mail.mail"]
            .sudo()
            .search([("mail_message_id", "in", move.tracking_message_ids.ids)])
        )
        mails._prepare_outgoing_list()  # mail_tracking's tracking of each recipient
        mails._postprocess_sent_message(
            success_pids=move.tracking_message_ids.partner_ids, success_emails=[]
        )
        trackings = (
            self.env["mail.tracking.email"]
            .sudo()
            .search([("mail_message_id", "in", move.tracking_message_ids.ids)])
        )
        trackings.write(
            {
                "time": sent_at,
                "date": sent_at.date(),
                "timestamp": sent_at.timestamp(),
                "state": "sent",
            }
        )
        customers = trackings.filtered(
            lambda t: not t.partner_id.user_ids.filtered(lambda u: not u.share)
        )
        for event_type, minutes in events:
            when = sent_at + timedelta(minutes=minutes)
            customers.event_create(
                event_type,
                {
                    "timestamp": when.timestamp(),
                    "time": fields.Datetime.to_string(when),
                    "date": fields.Date.to_string(when.date()),
                },
            )

    def _tracked_payment(self, move, payment_date):
        bank = self.env["account.journal"].search(
            [("company_id", "=", move.company_id.id), ("type", "=", "bank")], limit=1
        )
        self.env["account.payment.register"].with_company(move.company_id).with_context(
            active_model="account.move", active_ids=move.ids
        ).create({"payment_date": payment_date, "journal_id": bank.id})._create_payments()

    def _tracked_reply(self, move, replied_at):
        """The customer answers the invoice e-mail: it comes in through the mail gateway and
        threads to the invoice by its In-Reply-To."""
        invoice_mail = move.tracking_message_ids[:1]
        contact = move._autosend_contact()
        reply = EmailMessage()
        reply["From"] = formataddr((contact.name, contact.email))
        reply["To"] = move.company_id.email
        reply["Subject"] = f"Re: {invoice_mail.subject or move.name}"
        reply["Message-Id"] = make_msgid(domain=contact.email.split("@")[-1])
        reply["In-Reply-To"] = invoice_mail.message_id
        reply["References"] = invoice_mail.message_id
        reply["Date"] = format_datetime(replied_at.replace(tzinfo=timezone.utc), usegmt=True)
        reply.set_content(REPLY_BODY)
        self.env["mail.thread"].sudo().message_process(None, reply.as_bytes())
