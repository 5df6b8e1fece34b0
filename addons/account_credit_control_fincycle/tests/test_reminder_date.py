# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A reminder is dated the day it is actually sent (OCA leaves its reminder date empty): the
day its e-mail leaves the mail queue, or its letter is printed."""

from odoo.tests import TransactionCase, freeze_time, tagged

from .common import TODAY, DunningCase


@tagged("post_install", "-at_install")
@freeze_time("2026-03-02 08:30:00")
class TestReminderDate(DunningCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_dunning()

    def test_email_dated_when_the_mail_queue_sends_it(self):
        invoice = self._invoice(self.customer, 1000, 20)
        self._cron()
        line = self._lines(invoice)
        self.assertEqual(line.state, "queued")
        self.assertFalse(line.date_sent)  # queued is not sent
        mail = self.env["mail.mail"].search(
            [("mail_message_id", "in", self._reminder_messages(self.customer).ids)]
        )
        self.assertTrue(mail)
        with freeze_time("2026-03-03 07:00:00"):  # the queue sends it the next morning
            # what mail.mail._send does once the SMTP server took the e-mail (no SMTP in tests)
            mail.write({"state": "sent"})
            mail._postprocess_sent_message(success_pids=mail.recipient_ids, success_emails=[])
        self.assertEqual(line.state, "sent")
        self.assertEqual(str(line.date_sent), "2026-03-03")

    def test_letter_dated_when_printed(self):
        no_email = self._make_customer("Ohne Mail GmbH", email=False)
        invoice = self._invoice(no_email, 300, 20)
        self._cron()
        line = self._lines(invoice)
        self.assertEqual((line.channel, line.state), ("letter", "sent"))
        self.assertEqual(line.date_sent, TODAY)

    def test_given_date_kept(self):
        invoice = self._invoice(self.customer, 1000, 20)
        self._cron()
        line = self._lines(invoice)
        line.write({"state": "error"})
        self.assertFalse(line.date_sent)  # only a sent reminder is dated
        line.write({"state": "sent", "date_sent": "2026-02-27"})
        self.assertEqual(str(line.date_sent), "2026-02-27")
        line.write({"state": "sent"})  # marked again: its date stays
        self.assertEqual(str(line.date_sent), "2026-02-27")
