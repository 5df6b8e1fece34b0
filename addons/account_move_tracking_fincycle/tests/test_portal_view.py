# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from datetime import timedelta

from odoo.tests import HttpCase, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from .common import TrackingCommon


@tagged("post_install", "-at_install")
class TestPortalView(TrackingCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.own = cls._sent_invoice()
        cls.other = cls._sent_invoice(partner=cls.other_customer)
        for move in cls.own | cls.other:
            move._portal_ensure_token()

    def _get(self, move, token=None, **params):
        query = {**params}
        if token:
            query["access_token"] = token
        return self.url_open(f"/my/invoices/{move.id}", params=query, allow_redirects=False)

    def _views(self, move):
        move.invalidate_recordset()
        return (
            move.tracking_portal_first_view,
            move.tracking_portal_last_view,
            move.tracking_portal_view_count,
        )

    def test_portal_user_viewing_her_invoice_is_stamped(self):
        self.authenticate("kunde_portal", "kunde_portal")
        response = self._get(self.own)
        self.assertEqual(response.status_code, 200)
        first, last, count = self._views(self.own)
        self.assertTrue(first)
        self.assertEqual(first, last)
        self.assertEqual(count, 1)
        self.assertEqual(self.own.tracking_stage, "viewed")
        # The page frames its PDF (html here): the same view, not a second one.
        self.assertEqual(self._get(self.own, report_type="html").status_code, 200)
        self.assertEqual(self._views(self.own), (first, last, 1))
        # Back the next day: the last view moves, the first stays.
        earlier = first - timedelta(days=1)
        self.own.sudo().write(
            {"tracking_portal_first_view": earlier, "tracking_portal_last_view": earlier}
        )
        self._get(self.own, report_type="html")
        first2, last2, count2 = self._views(self.own)
        self.assertEqual(first2, earlier)
        self.assertGreater(last2, earlier)
        self.assertEqual(count2, 2)

    def test_another_customers_invoice_is_refused_and_not_stamped(self):
        self.authenticate("kunde_portal", "kunde_portal")
        for token in (None, "forged", self.own.access_token):
            response = self._get(self.other, token=token)
            self.assertIn(response.status_code, (302, 303, 403))
            if response.status_code != 403:
                self.assertTrue(response.headers["Location"].endswith("/my"))
        response = self._get(self.other, token=self.own.access_token, report_type="pdf")
        self.assertIn(response.status_code, (302, 303, 403))
        self.assertEqual(self._views(self.other), (False, False, 0))

    def test_internal_user_is_not_the_customer(self):
        self.authenticate("clerk", "clerk")
        response = self._get(self.own)
        self.assertEqual(response.status_code, 200)
        response = self._get(self.own, token=self.own.access_token, report_type="html")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self._views(self.own), (False, False, 0))

    def test_link_of_the_email_without_account(self):
        # The e-mail's link carries the invoice's token: whoever has it is the customer.
        response = self._get(self.other, token=self.other.access_token)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self._views(self.other)[2], 1)
        # The wrong token, or none, lets nobody in and stamps nothing.
        self.other.sudo().write(
            {"tracking_portal_first_view": False, "tracking_portal_last_view": False,
             "tracking_portal_view_count": 0}
        )  # fmt: skip
        for token in (None, "0" * 36, self.own.access_token):
            response = self._get(self.other, token=token)
            self.assertIn(response.status_code, (302, 303))
        self.assertEqual(self._views(self.other), (False, False, 0))

    @mute_logger("odoo.http")
    def test_no_stamp_nor_tracking_by_rpc(self):
        self.authenticate("kunde_portal", "kunde_portal")

        def call(method, args, kwargs=None):
            return self.make_jsonrpc_request(
                f"/web/dataset/call_kw/account.move/{method}",
                {"model": "account.move", "method": method, "args": args, "kwargs": kwargs or {}},
            )

        # Her own invoice: readable, its tracking not.
        self.assertEqual(call("read", [self.own.ids, ["name"]])[0]["name"], self.own.name)
        for method, args in (
            ("_tracking_portal_stamp", [self.other.ids]),
            ("_tracking_portal_stamp", [self.own.ids]),
            ("read", [self.own.ids, ["tracking_portal_first_view"]]),
            ("read", [self.other.ids, ["name"]]),
            ("write", [self.own.ids, {"tracking_portal_first_view": "2026-12-01 10:00:00"}]),
        ):
            with self.subTest(method=method, args=args), self.assertRaises(JsonRpcException):
                call(method, args)
        self.assertEqual(self._views(self.own), (False, False, 0))
        self.assertEqual(self._views(self.other), (False, False, 0))
