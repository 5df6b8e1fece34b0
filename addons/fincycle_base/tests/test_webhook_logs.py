# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
from contextlib import contextmanager

from odoo.tests import HttpCase, tagged

from .common import TEST_PROVIDER, FincycleTestProviderMixin

# The loggers that write request paths, and ours.
WATCHED = (
    "werkzeug",
    "odoo.http",
    "odoo.addons.base.models.ir_http",
    "odoo.addons.fincycle_base.controllers.webhook",
    "odoo.addons.fincycle_base.models.fincycle_webhook_event",
)


class _Keep(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@tagged("post_install", "-at_install")
class TestWebhookLogs(FincycleTestProviderMixin, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._register_test_provider()
        cls._setup_companies_and_users()

    @contextmanager
    def _captured(self):
        """Every record the watched loggers emit, as formatted by them (after their filters)."""
        keep = _Keep()
        saved = []
        for name in WATCHED:
            logger = logging.getLogger(name)
            saved.append((logger, logger.level, logger.propagate))
            logger.addHandler(keep)
            logger.setLevel(logging.INFO)
            logger.propagate = False
        try:
            yield keep.records
        finally:
            for logger, level, propagate in saved:
                logger.removeHandler(keep)
                logger.setLevel(level)
                logger.propagate = propagate

    def test_access_log_line_carries_no_token(self):
        token = self.account_a.sudo().webhook_token
        body = self._body("evt-log")
        with self._captured() as records:
            response = self.url_open(
                f"/fincycle/webhook/{TEST_PROVIDER}/{token}",
                data=body,
                headers=self._signed(self.account_a, body),
            )
            forged = self.url_open(
                f"/fincycle/webhook/{TEST_PROVIDER}/{token}",
                data=body,
                headers=self._signed(self.account_a, body, secret="forged"),
            )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(forged.status_code, 401)
        messages = [record.getMessage() for record in records]
        access = [m for m in messages if "POST /fincycle/webhook/" in m]
        self.assertEqual(len(access), 2, messages)
        self.assertIn(f"/fincycle/webhook/{TEST_PROVIDER}/*** ", access[0])
        self.assertFalse([m for m in messages if token in m], "no line carries the token")

    def test_encoded_newline_in_the_path_forges_no_line(self):
        forged_line = "2026-01-01 00:00:00,000 1 INFO db odoo.addons.base: forged"
        path = "/fincycle/webhook/x%0A" + forged_line.replace(" ", "%20") + "%0D%0A/tok%0Aen"
        with self._captured() as records:
            response = self.url_open(path, data=b"{}", headers={"Content-Type": "text/plain"})
        self.assertEqual(response.status_code, 404)
        messages = [record.getMessage() for record in records]
        self.assertTrue(messages, "the request was logged")
        for message in messages:
            self.assertNotIn("\n", message)
            self.assertNotIn("\r", message)
        self.assertTrue(any("forged" in m for m in messages), messages)
