# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""From the signer's side of the fake DocuSeal to Odoo over HTTP: webhooks through the kit's
inbox (both authentications, in any order, twice), the polling fallback, completion (signed
PDF and audit log with their SHA-256, order confirmed, deposit invoiced and deducted from the
final invoice), decline and expiry, and the portal."""

import hashlib
from urllib.parse import urlsplit

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, new_test_user, tagged

from fincycle.signing import docuseal as ds
from fincycle.webhooks.schemes import DocusealHmacScheme

from .common import HEADER, DocusealCommon

DEAD_URL = "http://127.0.0.1:9/lost"  # nothing listens: every delivery is lost


@tagged("post_install", "-at_install")
class TestDocusealFlow(DocusealCommon, HttpCase):
    def setUp(self):
        super().setUp()
        self.env["ir.config_parameter"].sudo().set_param("web.base.url", self.base_url())
        self.account = self.account_a.sudo()
        self.hook = self.fake.add_webhook(
            self.account.webhook_url,
            ds.CONNECTOR_EVENTS,
            secret_header=(HEADER, self.account.webhook_secret),
        )
        self.account.docuseal_hmac_secret = self.hook["hmac_secret"]
        self.Event = self.env["fincycle.webhook.event"].sudo()
        # The fake cannot post into the test server's transaction: it records each delivery
        # (sent to a closed port) and the test posts it through the test opener.
        self.hook["url"] = DEAD_URL
        self.delivered = 0

    # -- helpers -----------------------------------------------------------------------------
    def lose_webhooks(self):
        """What the fake sends from now on never arrives."""
        self.fake.flush()
        self.delivered = None

    def deliver(self):
        """Deliver what the fake sent since the last call, in its order."""
        self.fake.flush()
        if self.delivered is None:
            return []
        records = self.fake.sent[self.delivered :]
        self.delivered = len(self.fake.sent)
        return self.replay(records)

    def path(self):
        return urlsplit(self.account.webhook_url).path

    def post(self, headers, body):
        return self.url_open(self.path(), data=body, headers=headers, timeout=20).status_code

    def replay(self, records):
        """Deliver recorded deliveries again as DocuSeal retries them: same body, new
        signature time."""
        statuses = []
        for record in records:
            headers = {k: v for k, v in record["headers"].items() if k != "X-Docuseal-Signature"}
            headers.update(DocusealHmacScheme().sign(record["body"], self.hook["hmac_secret"]))
            statuses.append(self.post(headers, record["body"]))
        return statuses

    def process(self):
        self.Event._cron_process_pending()
        self.env.invalidate_all()

    def events(self, state=None):
        domain = [("integration_id", "=", self.account.id)]
        if state:
            domain.append(("state", "=", state))
        return self.Event.search(domain)

    def submitters(self, request):
        return self.fake.submissions[request.submission_id]["submitter_ids"]

    def sign_all(self, request):
        customer, company = self.submitters(request)
        self.fake.view(customer)
        self.fake.start_form(customer)
        self.fake.sign(customer, ip="198.51.100.23")
        self.fake.sign(company)

    def assert_completed(self, request):
        self.assertEqual(request.state, "completed")
        self.assertEqual(request.level_obtained, ds.LEVEL_SIMPLE)
        self.assertEqual(
            (self.order.signature_level_required, self.order.signature_level_obtained),
            (ds.LEVEL_SIMPLE, ds.LEVEL_SIMPLE),
        )
        submission = self.fake.submissions[request.submission_id]
        signed = self.fake.blobs[submission["documents"][0]][1]
        audit = self.fake.blobs[submission["audit_log"]][1]
        self.assertEqual(request.signed_attachment_id.raw, signed)
        downloads = [c for c in self.fake.requests if c.path.startswith("/file/")]
        self.assertTrue(downloads)
        self.assertFalse(
            [c for c in downloads if self.fake.header(c, "X-Auth-Token")],
            "the API key never goes with a file download",
        )
        self.assertEqual(request.signed_sha256, hashlib.sha256(signed).hexdigest())
        self.assertEqual(request.audit_sha256, hashlib.sha256(audit).hexdigest())
        self.assertEqual(request.signed_attachment_id.res_model, "sale.order")
        self.assertEqual(request.signed_attachment_id.res_id, self.order.id)
        self.assertEqual(request.signatory_email, "jane@acme.example")
        self.assertEqual(request.signatory_ip, "198.51.100.23")
        self.assertTrue(request.completed_at)
        chatter = " ".join(self.order.message_ids.mapped("body"))
        self.assertIn(request.signed_sha256, chatter)
        self.assertIn(request.audit_sha256, chatter)
        self.assertEqual(self.order.state, "sale")
        deposits = self.order.invoice_ids
        self.assertEqual(len(deposits), 1, "one deposit invoice, whatever came twice")
        self.assertEqual(request.deposit_invoice_id, deposits)
        self.assertEqual(deposits.state, "posted")
        self.assertAlmostEqual(deposits.amount_untaxed, 3000.0)

    # -- tests -------------------------------------------------------------------------------
    def test_signed_quote_end_to_end_by_webhook(self):
        request = self.send()
        self.sign_all(request)
        self.assertEqual(set(self.deliver()), {200})
        self.process()
        self.assert_completed(request)
        self.assertFalse(self.events("failed") | self.events("dead"))
        # The final invoice deducts the deposit.
        wizard = (
            self.env["sale.advance.payment.inv"]
            .with_context(active_model="sale.order", active_ids=self.order.ids)
            .create({"advance_payment_method": "delivered", "sale_order_ids": self.order.ids})
        )
        final = wizard._create_invoices(self.order)
        self.assertAlmostEqual(final.amount_untaxed, 7000.0)
        down_lines = final.invoice_line_ids.filtered(lambda line: line.is_downpayment)
        self.assertAlmostEqual(sum(down_lines.mapped("price_subtotal")), -3000.0)

    def test_webhooks_in_every_order_and_twice(self):
        self.lose_webhooks()
        request = self.send()
        self.sign_all(request)
        self.fake.flush()
        recorded = [r for r in self.fake.sent if r["event_type"] in ds.CONNECTOR_EVENTS]
        types = [r["event_type"] for r in recorded]
        self.assertIn(ds.SUBMISSION_COMPLETED, types)
        self.assertFalse(self.events())
        # newest first: completion before viewed/started, then everything again
        self.assertEqual(set(self.replay(list(reversed(recorded)))), {200})
        self.process()
        self.assert_completed(request)
        self.assertEqual(set(self.replay(recorded)), {200})
        self.assertEqual(len(self.events("duplicate")), len(recorded))
        self.process()
        self.assert_completed(request)
        self.assertEqual(request.state, "completed", "a late 'viewed' does not move it back")

    def test_viewed_then_started_never_goes_back(self):
        self.lose_webhooks()
        request = self.send()
        customer, _company = self.submitters(request)
        self.fake.view(customer)
        self.fake.start_form(customer)
        viewed, started = self.fake.sent[-2:]
        self.replay([started, viewed])
        self.process()
        self.assertEqual(request.state, "started")

    def test_lost_completion_is_healed_by_polling(self):
        self.lose_webhooks()
        request = self.send()
        # a submission made in DocuSeal's own UI, signed too: not Odoo's business
        other = self.fake.add_submission(self.template["id"], [("Customer", "x@y.example")])
        self.fake.sign(other["submitter_ids"][0])
        self.sign_all(request)
        self.assertFalse(self.events())
        self.assertEqual(self.account._docuseal_poll(), 1)
        self.process()
        self.assert_completed(request)
        # polled again: nothing new; the late webhook of the same completion: a duplicate
        self.assertEqual(self.account._docuseal_poll(), 0)
        late = [
            r
            for r in self.fake.sent
            if r["event_type"] == ds.SUBMISSION_COMPLETED
            and r["data"]["id"] == request.submission_id
        ]
        self.assertEqual(self.replay(late), [200])
        self.assertEqual(self.events("duplicate").event_type, ds.SUBMISSION_COMPLETED)
        self.process()
        self.assert_completed(request)

    def test_declined_quote_gives_the_salesperson_an_activity(self):
        request = self.send()
        customer, _company = self.submitters(request)
        self.fake.decline(customer, reason="Prix trop élevé")
        self.deliver()
        self.process()
        self.assertEqual(request.state, "declined")
        self.assertEqual(request.decline_reason, "Prix trop élevé")
        activity = self.order.activity_ids
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.salesman_a)
        self.assertIn("Prix trop élevé", activity.note)
        self.assertEqual(self.order.state, "sent", "not confirmed")
        self.assertFalse(self.order.invoice_ids)

    def test_expired_request_gives_the_salesperson_an_activity(self):
        request = self.send()
        self.fake.expire(request.submission_id)
        self.deliver()
        self.process()
        self.assertEqual(request.state, "expired")
        self.assertIn("expired", self.order.activity_ids.note)

    def test_cancel_and_its_webhook(self):
        request = self.send()
        request.action_cancel()
        self.assertEqual(self.deliver(), [200])
        self.process()
        self.assertEqual(request.state, "archived")

    def test_wrong_or_absent_signature_is_rejected_and_stored(self):
        self.lose_webhooks()
        request = self.send()
        customer, _company = self.submitters(request)
        self.fake.view(customer)
        record = self.fake.sent[-1]
        body = record["body"]
        wrong = DocusealHmacScheme().sign(body, "whsec_not-ours")
        self.assertEqual(self.post({"Content-Type": "application/json", **wrong}, body), 401)
        self.assertEqual(self.post({"Content-Type": "application/json"}, body), 401)
        forged = {"Content-Type": "application/json", HEADER: "guess"}
        self.assertEqual(self.post(forged, body), 401)
        # a valid custom header does not save a stale HMAC (a replay)
        stale = DocusealHmacScheme().sign(body, self.hook["hmac_secret"], 1_000_000)
        header = {HEADER: self.account.webhook_secret}
        self.assertEqual(
            self.post({"Content-Type": "application/json", **stale, **header}, body), 401
        )
        rejected = self.events("rejected")
        self.assertEqual(len(rejected), 4)
        self.assertFalse(
            [e for e in rejected if self.account.webhook_secret in (e.headers or "")],
            "the secret header's value is not stored",
        )
        self.assertTrue(all(not e.signature_valid for e in rejected))
        self.process()
        self.assertEqual(request.state, "sent")
        # an older DocuSeal without HMAC: the custom header alone is accepted
        self.assertEqual(self.post({"Content-Type": "application/json", **header}, body), 200)
        self.process()
        self.assertEqual(request.state, "viewed")

    def test_require_hmac_refuses_the_header_alone(self):
        self.account.docuseal_require_hmac = True
        self.lose_webhooks()
        request = self.send()
        self.fake.view(self.submitters(request)[0])
        body = self.fake.sent[-1]["body"]
        header = {"Content-Type": "application/json", HEADER: self.account.webhook_secret}
        self.assertEqual(self.post(header, body), 401)

    def test_events_of_another_company_do_not_move_our_requests(self):
        request = self.send()
        order_b = self._order(self.company_b, self.salesman_b)
        request_b = self.send(order=order_b)
        # B's submission delivered on A's URL: A has no request for it
        self.lose_webhooks()
        self.fake.view(self.submitters(request_b)[0])
        self.replay([self.fake.sent[-1]])
        self.process()
        self.assertEqual(request_b.state, "sent")
        self.assertEqual(request.state, "sent")
        self.assertEqual(self.events("processed").event_type, ds.FORM_VIEWED)

    # -- portal ------------------------------------------------------------------------------
    def test_portal_shows_the_embedded_form_to_its_customer_only(self):
        request = self.send()
        portal_jane = self._portal_user("ds_jane", self.customer)
        other = self._portal_user(
            "ds_other", self.env["res.partner"].create({"name": "Other SA", "email": "o@o.example"})
        )
        self.authenticate(portal_jane.login, portal_jane.login + "_pw")
        page = self.url_open(f"/my/orders/{self.order.id}")
        self.assertEqual(page.status_code, 200)
        self.assertIn('id="docuseal_signature"', page.text)
        self.assertIn(request.embed_src, page.text)
        self.authenticate(other.login, other.login + "_pw")
        page = self.url_open(f"/my/orders/{self.order.id}", allow_redirects=False)
        self.assertNotEqual(page.status_code, 200)
        self.assertNotIn(request.embed_src, page.text)
        with self.assertRaises(AccessError):  # no ACL at all for portal users
            request.with_user(other).read(["embed_src"])
        # with the quotation's access token, the link the customer got by e-mail
        self.authenticate(None, None)
        page = self.url_open(
            f"/my/orders/{self.order.id}?access_token={self.order._portal_ensure_token()}"
        )
        self.assertIn(request.embed_src, page.text)
        # once signed, the form is gone and the state is shown
        self.sign_all(request)
        self.deliver()
        self.process()
        page = self.url_open(f"/my/orders/{self.order.id}?access_token={self.order.access_token}")
        self.assertNotIn(request.embed_src, page.text)
        self.assertIn('data-state="completed"', page.text)

    def test_odoo_accept_and_sign_is_not_offered_beside_docuseal(self):
        self.order.require_signature = True
        self.assertTrue(self.order._has_to_be_signed())
        request = self.send()
        self.assertFalse(self.order._has_to_be_signed())
        url = f"/my/orders/{self.order.id}?access_token={self.order._portal_ensure_token()}"
        page = self.url_open(url)
        self.assertIn(request.embed_src, page.text)
        self.assertNotIn('data-bs-target="#modalaccept"', page.text)
        # Odoo's own signature route refuses too
        answer = self.make_jsonrpc_request(
            f"/my/orders/{self.order.id}/accept",
            {"access_token": self.order.access_token, "name": "Jane", "signature": "R0lGOD"},
        )
        self.assertIn("error", answer)
        self.assertFalse(self.order.signature)
        # cancelled: Odoo's own signature is offered again
        request.action_cancel()
        self.assertTrue(self.order._has_to_be_signed())
        self.assertIn('data-bs-target="#modalaccept"', self.url_open(url).text)

    def test_online_payment_waits_for_the_docuseal_signature(self):
        self.order.write({"require_payment": True, "prepayment_percent": 0.3})
        self.assertTrue(self.order._has_to_be_paid())
        request = self.send()
        self.assertFalse(self.order._has_to_be_paid())
        request.action_cancel()
        self.assertTrue(self.order._has_to_be_paid())

    def _portal_user(self, login, partner):
        return new_test_user(
            self.env,
            login=login,
            password=login + "_pw",
            groups="base.group_portal",
            partner_id=partner.id,
            company_id=self.company_a.id,
            company_ids=[self.company_a.id],
        )

    def test_one_signature_of_two_does_not_confirm(self):
        request = self.send()
        customer, _company = self.submitters(request)
        self.fake.sign(customer, ip="198.51.100.23")
        self.deliver()
        self.process()
        self.assertEqual(request.state, "started")
        self.assertEqual(request.signatory_ip, "198.51.100.23")
        self.assertEqual(self.order.state, "sent")
        self.assertFalse(self.order.invoice_ids)

    def test_a_completion_processed_late_fetches_fresh_links(self):
        request = self.send()
        self.sign_all(request)
        self.deliver()
        self.fake.advance(3 * 3600)  # the links in the webhook bodies are long dead
        self.process()
        self.assertEqual(request.state, "completed")
        self.assertTrue(request.signed_attachment_id)

    def test_deposit_of_the_template_and_no_deposit(self):
        self.map_a.deposit_percent = 50
        request = self.send()
        self.sign_all(request)
        self.deliver()
        self.process()
        self.assertAlmostEqual(request.deposit_invoice_id.amount_untaxed, 5000.0)
        # no deposit: confirmed, not invoiced
        self.map_a.deposit_percent = 0
        self.account.docuseal_deposit_percent = 0
        order = self._order(self.company_a, self.salesman_a)
        request = self.send(order=order)
        self.sign_all(request)
        self.deliver()
        self.process()
        self.assertEqual((request.state, order.state), ("completed", "sale"))
        self.assertFalse(order.invoice_ids)

    def test_approval_rules_hold_the_deposit_invoice(self):
        if "need_validation" not in self.env["account.move"]._fields:
            self.skipTest("no invoice approval module installed")
        company = self.company_a
        if hasattr(company, "_fincycle_tier_create_defaults"):
            company._fincycle_tier_create_defaults()  # customer invoices over 2000 wait
        new_test_user(
            self.env,
            login="ds_approver",
            groups="account.group_account_manager",
            company_id=company.id,
            company_ids=[company.id],
        )
        request = self.send()
        self.sign_all(request)
        self.deliver()
        self.process()
        invoice = request.deposit_invoice_id
        self.assertEqual(request.state, "completed")
        self.assertEqual(self.order.state, "sale")
        self.assertAlmostEqual(invoice.amount_untaxed, 3000.0)
        self.assertEqual(invoice.state, "draft", "held for approval, not posted")
        self.assertTrue(invoice.need_validation or invoice.review_ids)
        self.assertIn("waits for approval", " ".join(self.order.message_ids.mapped("body")))

    def test_a_quotation_changed_after_sending_is_not_confirmed(self):
        request = self.send()
        self.order.order_line.product_uom_qty = 12
        self.sign_all(request)
        self.deliver()
        self.process()
        self.assertEqual(request.state, "completed", "the signature is kept")
        self.assertTrue(request.signed_attachment_id)
        self.assertEqual(self.order.state, "sent", "not confirmed")
        self.assertFalse(self.order.invoice_ids)
        self.assertIn("changed after it was sent", self.order.activity_ids.note)

    def test_docuseal_down_at_completion_is_retried(self):
        request = self.send()
        self.sign_all(request)
        self.deliver()
        # GET /submissions/{id} fails beyond the client's retries: the event waits
        self.fake.fail_next(5, 503, path=f"/api/submissions/{request.submission_id}")
        self.process()
        self.assertEqual(request.state, "started", "the signatures are seen, not the completion")
        failed = self.events("failed")
        self.assertTrue(failed)
        self.assertFalse(self.order.invoice_ids)
        # DocuSeal is back: the retry completes it, once
        failed.sudo().write({"next_attempt_at": fields.Datetime.now()})
        self.process()
        self.assert_completed(request)

    def test_a_delivery_signed_for_another_company_is_refused(self):
        account_b = self.account_b.sudo()
        request = self.send()
        self.fake.view(self.submitters(request)[0])
        self.fake.flush()
        record = self.fake.sent[-1]
        # A's delivery (A's HMAC, A's secret header) posted on B's URL
        path_b = urlsplit(account_b.webhook_url).path
        answer = self.url_open(path_b, data=record["body"], headers=record["headers"], timeout=20)
        self.assertEqual(answer.status_code, 401)
        self.assertFalse(
            self.Event.search([("integration_id", "=", account_b.id), ("state", "!=", "rejected")])
        )

    def test_polling_cron_goes_on_when_one_connection_fails(self):
        self.lose_webhooks()
        request = self.send()
        order_b = self._order(self.company_b, self.salesman_b)
        request_b = self.send(order=order_b)
        self.sign_all(request)
        self.sign_all(request_b)
        self.account_b.sudo().api_key = "revoked-key"
        self.env["fincycle.integration"]._cron_docuseal_poll()
        self.process()
        self.assert_completed(request)
        self.assertEqual(request_b.state, "sent", "B's key is refused: nothing from B")

    def test_qualified_level_required_and_obtained(self):
        self._map(self.account_a, self.template_qes["id"], level=ds.LEVEL_QUALIFIED)
        request = self.send(level=ds.LEVEL_QUALIFIED)
        self.sign_all(request)
        self.deliver()
        self.process()
        self.assertEqual(request.state, "completed")
        self.assertEqual(
            (request.level_required, request.level_obtained),
            (ds.LEVEL_QUALIFIED, ds.LEVEL_QUALIFIED),
        )
        self.assertEqual(self.order.signature_level_obtained, ds.LEVEL_QUALIFIED)
        self.assertIn("Qualified", " ".join(self.order.message_ids.mapped("body")))
