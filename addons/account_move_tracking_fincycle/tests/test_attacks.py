# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The tracking fields are evidence (sent, delivered, opened, viewed online, replied): only
the module itself (as superuser) writes them, never an invoicing user by RPC."""

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import TrackingCommon

FORGED = {
    "tracking_sent_date": "2026-11-30 08:00:00",
    "tracking_send_count": 3,
    "tracking_mail_state": "opened",
    "tracking_opened_date": "2026-11-30 09:00:00",
    "tracking_portal_first_view": "2026-11-30 10:00:00",
    "tracking_portal_view_count": 7,
    "tracking_replied_date": "2026-11-30 11:00:00",
}


@tagged("post_install", "-at_install")
class TestTrackingAttacks(TrackingCommon):
    def test_clerk_cannot_forge_tracking_by_write(self):
        move = self._invoice()
        for name, value in FORGED.items():
            with self.subTest(field=name), self.assertRaises(AccessError):
                move.with_user(self.clerk).write({name: value})
        move.invalidate_recordset()
        self.assertFalse(move.tracking_sent_date)
        self.assertFalse(move.tracking_portal_view_count)
        self.assertFalse(move.tracking_replied_date)

    def test_manager_cannot_forge_tracking_by_write(self):
        move = self._invoice()
        with self.assertRaises(AccessError):
            move.with_user(self.manager).write({"tracking_opened_date": "2026-11-30 09:00:00"})

    def test_clerk_cannot_forge_tracking_on_create(self):
        with self.assertRaises(AccessError):
            self._invoice(tracking_sent_date="2026-11-30 08:00:00")

    def test_clerk_still_edits_the_invoice(self):
        move = self._invoice()
        move.with_user(self.clerk).write({"ref": "PO 42", "work_end_date": "2026-11-29"})
        self.assertEqual(move.ref, "PO 42")
