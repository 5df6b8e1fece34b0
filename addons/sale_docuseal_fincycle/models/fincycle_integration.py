# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""DocuSeal on the connector kit: the deployment (cloud, EU cloud, self-hosted; the API key
goes to that host only), both webhook authentications (the HMAC secret pasted from DocuSeal,
the custom secret header generated here), the edition probe, the templates per document kind
and level, the inbox processor and the polling fallback."""

import hashlib
import json
import logging
from datetime import timedelta

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from fincycle.http import FincycleHttpError, HttpPolicy, make_session
from fincycle.signing import docuseal as ds

_logger = logging.getLogger(__name__)

PROVIDER = "docuseal"
DEFAULT_HEADER = "X-Fincycle-Webhook-Secret"
# The polling fallback reads completions again from this far before its last run: a
# completion that DocuSeal stamped a little before we looked is not missed.
POLL_OVERLAP = timedelta(minutes=10)
# The first poll of a connection looks this far back.
POLL_FIRST_WINDOW = timedelta(days=2)


class FincycleIntegration(models.Model):
    _inherit = "fincycle.integration"

    provider = fields.Selection(
        selection_add=[(PROVIDER, "DocuSeal")], ondelete={PROVIDER: "cascade"}
    )
    docuseal_deployment = fields.Selection(
        [
            (ds.CLOUD, "DocuSeal Cloud (docuseal.com)"),
            (ds.CLOUD_EU, "DocuSeal EU Cloud (docuseal.eu)"),
            (ds.SELF_HOSTED, "Self-hosted"),
        ],
        "Deployment",
        default=ds.CLOUD,
        help="Where the DocuSeal account lives. For a self-hosted installation a system "
        "administrator enters its https address as API Base URL. The API key is only sent to "
        "this host.",
    )
    docuseal_has_api_key = fields.Boolean("API Key Entered", compute="_compute_docuseal_has_key")
    docuseal_extra_file_origins = fields.Char(
        "Extra File Hosts",
        groups="base.group_system",
        help="Self-hosted only: other https hosts signed files may be downloaded from (the "
        "installation's APP_URL or storage host when it differs from the API address), "
        "separated by spaces. The API key is never sent there.",
    )
    docuseal_hmac_secret = fields.Char(
        "HMAC Signing Secret",
        groups="base.group_system",
        copy=False,
        help="The webhook's 'HMAC signing secret' (whsec_...) as DocuSeal shows it in Settings "
        "→ Webhooks → Webhook security. Newer DocuSeal versions sign every delivery with it "
        "(X-Docuseal-Signature).",
    )
    docuseal_header_name = fields.Char(
        "Secret Header Name",
        default=DEFAULT_HEADER,
        help="The custom secret header to add to the webhook in DocuSeal (Webhook security): "
        "this name, with the Webhook Signing Secret below as value.",
    )
    docuseal_require_hmac = fields.Boolean(
        "Require HMAC Signature",
        help="Refuse deliveries without a valid X-Docuseal-Signature, even when the secret "
        "header matches (for DocuSeal versions that sign webhooks).",
    )
    docuseal_edition = fields.Selection(
        [
            (ds.EDITION_CLOUD, "Cloud"),
            (ds.EDITION_PRO, "Self-hosted Pro"),
            (ds.EDITION_COMMUNITY, "Self-hosted Community"),
        ],
        "Edition",
        readonly=True,
        copy=False,
        help="Detected by Test Connection.",
    )
    docuseal_pdf_mode = fields.Boolean(
        "Document Mode Available",
        readonly=True,
        copy=False,
        help="Whether this edition creates a signature request from a PDF rendered by Odoo "
        "(the community edition cannot: use templates).",
    )
    docuseal_deposit_percent = fields.Float(
        "Deposit (%)",
        default=30.0,
        help="The down payment invoiced when a quotation is signed, in percent of the order "
        "(a template may set its own). 0: no deposit invoice.",
    )
    docuseal_expiry_days = fields.Integer(
        "Expires After (days)",
        default=30,
        help="Default expiry of a signature request.",
    )
    docuseal_remind_days = fields.Integer(
        "Reminder Before Expiry (days)",
        default=3,
        help="This many days before a request expires, the customer gets the invitation "
        "again (once). 0: no reminder.",
    )
    docuseal_confirm_order = fields.Boolean(
        "Confirm Order on Signature",
        default=True,
    )
    docuseal_template_ids = fields.One2many(
        "sale.docuseal.template", "integration_id", "DocuSeal Templates"
    )
    docuseal_webhook_events = fields.Char(
        "Events to Tick", compute="_compute_docuseal_webhook_events"
    )
    docuseal_last_poll_at = fields.Datetime("Last Poll", readonly=True, copy=False)

    _docuseal_deposit_range = models.Constraint(
        "CHECK(docuseal_deposit_percent IS NULL OR "
        "(docuseal_deposit_percent >= 0 AND docuseal_deposit_percent < 100))",
        "The deposit is a percentage from 0 to less than 100.",
    )

    @api.depends("provider", "environment", "docuseal_deployment")
    def _compute_base_url(self):
        return super()._compute_base_url()

    @api.depends("api_key")
    def _compute_docuseal_has_key(self):
        for account in self:
            account.docuseal_has_api_key = bool(account.sudo().api_key)

    def _compute_docuseal_webhook_events(self):
        for account in self:
            account.docuseal_webhook_events = ", ".join(ds.CONNECTOR_EVENTS)

    @api.constrains("docuseal_header_name")
    def _check_docuseal_header_name(self):
        for account in self:
            name = account.docuseal_header_name
            if name and not all(c.isalnum() or c in "-_" for c in name):
                raise ValidationError(
                    self.env._("A header name holds only letters, digits, '-' and '_'.")
                )

    # -- kit hooks ---------------------------------------------------------------------------
    def _fincycle_default_base_url(self):
        if self.provider != PROVIDER:
            return super()._fincycle_default_base_url()
        if self.docuseal_deployment == ds.SELF_HOSTED:
            return ""  # a system administrator enters the installation's address
        return ds.api_base(self.docuseal_deployment or ds.CLOUD)

    def _fincycle_uses_generic_credentials(self):
        return self.provider != PROVIDER and super()._fincycle_uses_generic_credentials()

    def _fincycle_webhook_cache_fields(self):
        return (
            *super()._fincycle_webhook_cache_fields(),
            "docuseal_hmac_secret",
            "docuseal_header_name",
            "docuseal_require_hmac",
        )

    def _fincycle_webhook_scheme(self):
        if self.provider != PROVIDER:
            return super()._fincycle_webhook_scheme()
        account = self.sudo()
        # Roles kept apart: the pasted whsec_ secret only as HMAC key, the generated secrets
        # (current, and the previous one during its grace) only as header values.
        header_secrets = tuple(self._fincycle_webhook_secrets())
        return _BoundScheme(
            account.docuseal_header_name,
            ds.WebhookSecrets(
                hmac=tuple(s for s in [account.docuseal_hmac_secret] if s),
                header=header_secrets if account.docuseal_header_name else (),
            ),
            require_hmac=account.docuseal_require_hmac,
        )

    def _fincycle_webhook_event_info(self, payload, body, headers):
        if self.provider != PROVIDER:
            return super()._fincycle_webhook_event_info(payload, body, headers)
        key, event_type = ds.event_info(payload, body)
        return key[:255], event_type or False

    def _fincycle_check_connection(self):
        if self.provider != PROVIDER:
            return super()._fincycle_check_connection()
        edition = self._docuseal_client().detect_edition()
        self.write(
            {"docuseal_edition": edition.edition, "docuseal_pdf_mode": edition.pdf_submissions}
        )
        if edition.pdf_submissions:
            return self.env._(
                "DocuSeal answered (%(edition)s edition): templates and document mode (the "
                "quotation PDF rendered by Odoo) are available.",
                edition=edition.edition,
            )
        return self.env._(
            "DocuSeal answered (%(edition)s edition): templates only. This edition cannot "
            "create a signature request from a PDF (document mode).",
            edition=edition.edition,
        )

    def _fincycle_process_webhook_event(self, event):
        if self.provider != PROVIDER:
            return super()._fincycle_process_webhook_event(event)
        try:
            parsed = ds.parse_event(event._fincycle_payload())
        except ds.DocusealEventError as exc:
            # A signed delivery we cannot read: nothing to retry.
            return self.env._("Unreadable DocuSeal event (%(code)s).", code=exc.code)
        return self._docuseal_apply_event(parsed)

    # -- the client --------------------------------------------------------------------------
    def _docuseal_http_policy(self):
        """The kit's policy (None: its default); tests make it quick."""
        return None

    def _docuseal_base(self):
        self.ensure_one()
        try:
            if self.docuseal_deployment == ds.SELF_HOSTED:
                return ds.api_base(ds.SELF_HOSTED, self.base_url)
            return ds.api_base(self.docuseal_deployment or ds.CLOUD)
        except ValueError as exc:
            raise UserError(
                self.env._(
                    "The DocuSeal address is not usable: enter the https address of the "
                    "self-hosted installation (%(detail)s).",
                    detail=str(exc),
                )
            ) from None

    def _docuseal_extra_origins(self):
        return tuple((self.sudo().docuseal_extra_file_origins or "").split())

    def _docuseal_client(self):
        self.ensure_one()
        if self.provider != PROVIDER:
            raise UserError(self.env._("This is not a DocuSeal connection."))
        key = self.sudo().api_key
        if not key:
            raise UserError(
                self.env._("A system administrator must enter the DocuSeal API key first.")
            )
        base = self._docuseal_base()
        extra = self._docuseal_extra_origins()
        # The kit's session limits the key to the configured hosts (credential binding); the
        # file hosts are reached without the key.
        allowed = set(self._fincycle_allowed_origins()) | set(ds.session_origins(base, extra))
        session = self._fincycle_http_session(
            self._docuseal_http_policy(), allowed_origins=tuple(sorted(allowed))
        )
        return ds.DocusealClient(session, key, base, extra_file_origins=extra)

    def _fincycle_http_session(self, policy=None, **kwargs):
        if self.provider != PROVIDER or "allowed_origins" not in kwargs:
            return super()._fincycle_http_session(policy, **kwargs)
        return make_session(
            policy or HttpPolicy(),
            provider=self.provider,
            breaker_key=self._fincycle_breaker_key(),
            secrets=self._fincycle_secret_values(),
            **kwargs,
        )

    def _fincycle_secret_values(self):
        values = super()._fincycle_secret_values()
        if self.provider == PROVIDER and self.sudo().docuseal_hmac_secret:
            values.append(self.sudo().docuseal_hmac_secret)
        return values

    @api.model
    def _docuseal_error_text(self, exc):
        """A DocuSeal error in the user's words (the core gives codes)."""
        code = getattr(exc, "code", None)
        texts = {
            ds.NO_KEY: self.env._("No DocuSeal API key is stored."),
            ds.AUTH: self.env._(
                "DocuSeal refused the API key: a system administrator must enter a valid one."
            ),
            ds.WRONG_KEY_MODE: self.env._(
                "DocuSeal refused: this is a testing key used on production data, or the "
                "reverse. Use the key of the connection's environment."
            ),
            ds.NOT_FOUND: self.env._("DocuSeal does not know this record (deleted?)."),
            ds.INVALID: self.env._("DocuSeal refused the request: %(detail)s"),
            ds.REJECTED: self.env._("DocuSeal refused the request: %(detail)s"),
            ds.RATE_LIMITED: self.env._("DocuSeal asks to slow down: try again in a minute."),
            ds.SERVER: self.env._("DocuSeal had an error: try again later."),
            ds.TRANSPORT: self.env._("DocuSeal could not be reached: try again later."),
            ds.BAD_RESPONSE: self.env._("DocuSeal answered something unexpected."),
            ds.EDITION_LACKS_PDF: self.env._(
                "This DocuSeal edition cannot create a signature request from a PDF: use a "
                "template instead."
            ),
            ds.FILE_LINK_EXPIRED: self.env._("The link to a signed file has expired."),
            ds.FILE_TOO_LARGE: self.env._("A signed file is too large."),
            ds.FOREIGN_FILE_HOST: self.env._(
                "A signed file link points to another host than DocuSeal's: not downloaded."
            ),
        }
        text = texts.get(code) or self.env._("DocuSeal error: %(detail)s")
        detail = getattr(exc, "message", None) or str(exc)
        return text % {"detail": detail} if "%(detail)s" in text else text

    # -- events ------------------------------------------------------------------------------
    def _docuseal_apply_event(self, event):
        """Move the signature request the event is about; returns a short summary."""
        self.ensure_one()
        if not event.relevant:
            return self.env._("Event %(type)s ignored.", type=event.event_type)
        request = (
            self.env["sale.signature.request"]
            .sudo()
            .search(
                [
                    ("integration_id", "=", self.id),
                    ("submission_id", "=", event.submission_id),
                ],
                limit=1,
            )
        )
        if not request:
            return self.env._(
                "No signature request for DocuSeal submission %(id)s: ignored.",
                id=event.submission_id,
            )
        return request._docuseal_apply(event)

    # -- polling fallback --------------------------------------------------------------------
    @api.model
    def _cron_docuseal_poll(self):
        accounts = self.search([("provider", "=", PROVIDER), ("state", "=", "connected")])
        for account in accounts:
            try:
                account.with_company(account.company_id)._docuseal_poll()
            except (FincycleHttpError, UserError) as exc:
                _logger.warning("DocuSeal poll of connection %s failed: %s", account.id, exc)
            if self.env.context.get("cron_id"):
                self.env["ir.cron"]._commit_progress(1)

    def _docuseal_poll(self):
        """Store the completions DocuSeal reports since the last poll in the inbox, under
        the same key as their webhook: a completion whose webhook was lost is processed, one
        already received is a duplicate. Only for requests still waiting here."""
        self.ensure_one()
        waiting = set(
            self.env["sale.signature.request"]
            .sudo()
            .search(
                [
                    ("integration_id", "=", self.id),
                    ("state", "in", ("sent", "viewed", "started")),
                ]
            )
            .mapped("submission_id")
        )
        now = fields.Datetime.now()
        if not waiting:
            self.sudo().docuseal_last_poll_at = now
            return 0
        since = (self.docuseal_last_poll_at or now - POLL_FIRST_WINDOW) - POLL_OVERLAP
        events = self._docuseal_client().completed_since(since, kind="submission")
        Event = self.env["fincycle.webhook.event"].sudo()
        stored = 0
        for item in events:
            if item.submission_id not in waiting:
                continue  # signed outside Odoo, or already settled here
            known = Event.search_count(
                [("integration_id", "=", self.id), ("external_id", "=", item.key)]
            )
            if known:
                continue
            body = _event_body(item)
            vals = {
                "integration_id": self.id,
                "company_id": self.company_id.id,
                "provider": PROVIDER,
                "remote_addr": False,
                "headers": "{}",
                "body_sha256": _sha256(body),
                "body_size": len(body),
                "signature_valid": True,
                "signature_verdict": "polled from the DocuSeal API",
                "external_id": item.key,
                "event_type": item.event_type,
                "state": "received",
                "attempts": 0,
                "next_attempt_at": now,
                **Event._fincycle_body_vals(body),
            }
            if Event._fincycle_insert(vals, skip_live_duplicate=True):
                stored += 1
        self.sudo().docuseal_last_poll_at = now
        if stored:
            Event._fincycle_wake_processor()
        return stored

    # -- templates ---------------------------------------------------------------------------
    def action_docuseal_check_templates(self):
        """Read each mapped template from DocuSeal: its roles and the level it asks for."""
        self.ensure_one()
        self.docuseal_template_ids._docuseal_refresh()
        return True

    def _docuseal_message(self, text):
        self.message_post(body=Markup("<p>%s</p>") % text)


class _BoundScheme(ds.DocusealWebhookScheme):
    """DocuSeal's scheme holding the connection's secrets with their roles (the inbox passes
    a flat list; the roles would mix)."""

    def __init__(self, header_name, secrets, *, require_hmac=False):
        super().__init__(header_name, require_hmac=require_hmac)
        self._bound = secrets

    def verify(self, headers, body, secret, now=None):
        return super().verify(headers, body, self._bound, now)


def _sha256(body):
    return hashlib.sha256(body).hexdigest()


def _iso(value):
    return value.isoformat(timespec="milliseconds") if value else None


def _event_body(event):
    """A polled completion as stored in the inbox: the webhook shape with what the processor
    reads (the submission is fetched again on completion anyway)."""
    payload = {
        "event_type": event.event_type,
        "timestamp": _iso(event.timestamp),
        "source": "poll",
        "data": {
            "id": event.submission_id,
            "status": event.submission_status or ds.STATUS_COMPLETED,
            "completed_at": _iso(event.completed_at),
            "submitters": [
                {"id": s.submitter_id, "email": s.email, "name": s.name, "role": s.role}
                for s in event.signatories
            ],
        },
    }
    return json.dumps(payload).encode()
