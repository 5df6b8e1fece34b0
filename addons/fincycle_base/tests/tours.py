# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Browser tours of the main flows, as the demo users see them.

Tour tests live in ``addons/<module>/tests/test_tours.py`` and derive from ``FincycleTourCase``.
They need the demo group, so ``scripts/test.sh`` does not run them on its bare test database:
``scripts/main_job_check.py`` runs them on the database ``scripts/run.sh`` built, in headless
Chromium, inside a test transaction that is rolled back. ``self.screenshot(...)`` saves a PNG of
a screen under ``$FINCYCLE_SCREENSHOTS`` (nothing when it is unset), so anyone can look at the
screens after a run.
"""

import base64
import logging
import os
import re
from pathlib import Path
from unittest import SkipTest
from unittest.mock import patch

from odoo.tests import HttpCase, tagged
from odoo.tests.common import ChromeBrowser

_logger = logging.getLogger(__name__)

# Ready when an action is drawn and nothing is loading any more.
SCREEN_READY = (
    "document.querySelector('.o_action_manager > *')"
    " && !document.querySelector('.o_loading_indicator, .o_blockUI, .o_view_nocontent_loading')"
)
# Polls ``ready`` (a JavaScript expression), then lets the screen settle and says success.
WAIT_FOR_SCREEN = """
(async () => {
    const deadline = Date.now() + %(ms)d;
    while (Date.now() < deadline) {
        let ready = false;
        try { ready = %(ready)s; } catch {}
        if (ready) {
            await new Promise((resolve) => setTimeout(resolve, 700));
            console.log("test successful");
            return;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    console.error("screen not ready: " + location.href);
})()
"""


@tagged("post_install", "-at_install", "fincycle_tour")
class FincycleTourCase(HttpCase):
    """Base class of the Fincycle tours (see the module docstring)."""

    browser_size = "1440x900"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not cls.env.ref("fincycle_demo.user_accountant", raise_if_not_found=False):
            raise SkipTest("tours run on the demo database of scripts/run.sh")

    def demo_user(self, login):
        return self.env["res.users"].search([("login", "=", login)], limit=1)

    def screenshot(self, name, url_path, login, ready=SCREEN_READY, timeout=60):
        """Open ``url_path`` as ``login``, wait for ``ready`` (a JavaScript expression) and
        save ``$FINCYCLE_SCREENSHOTS/<name>.png``. Returns the path, or None when no folder is
        set. A screen that never gets ready fails the test (its screenshot is still saved)."""
        folder = os.environ.get("FINCYCLE_SCREENSHOTS")
        if not folder:
            return None
        assert re.fullmatch(r"[\w-]+", name), name
        path = Path(folder) / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        original_stop = ChromeBrowser.stop

        def capture_then_stop(browser):
            # browser_js stops its browser on the way out, whatever happened: capture first.
            try:
                shot = browser._websocket_request(
                    "Page.captureScreenshot", params={"format": "png"}, timeout=30
                )
                path.write_bytes(base64.b64decode(shot["data"]))
            except Exception:  # a missing picture must not hide the real failure
                _logger.warning("screenshot %s could not be taken", name, exc_info=True)
            return original_stop(browser)

        code = WAIT_FOR_SCREEN % {"ms": timeout * 1000, "ready": ready}
        with patch.object(ChromeBrowser, "stop", capture_then_stop):
            self.browser_js(url_path, code, login=login, timeout=timeout + 10)
        return path
