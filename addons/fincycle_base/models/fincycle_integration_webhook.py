# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the webhook inbox needs from a connection, on the hot path of every delivery.

A delivery finds its connection by the SHA-256 digest of the URL token (an indexed column,
then a constant-time comparison of the token itself), and everything the intake needs that does
not change per request (ids, state, signature scheme, signing secrets) is cached per process,
invalidated across workers by Odoo's registry signalling whenever one of those fields changes."""

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime

from odoo import api, fields, models, tools

from fincycle.http import BREAKERS
from fincycle.http.breaker import OPEN
from fincycle.webhooks import SignatureScheme

# Fields whose change alters what the intake answers (connectors whose scheme reads more
# fields add them in _fincycle_webhook_cache_fields).
WEBHOOK_CACHE_FIELDS = (
    "active",
    "company_id",
    "provider",
    "state",
    "webhook_secret",
    "webhook_secret_previous",
    "webhook_secret_previous_until",
    "webhook_token",
)


def webhook_token_digest(token):
    # Unkeyed on purpose: a keyed digest adds nothing while the token itself sits in the next
    # column, and a key from the database (database.secret) changes when a database is copied
    # or restored as a copy, which would silently turn every webhook URL into a 404.
    return hashlib.sha256(token.encode()).hexdigest() if token else False


@dataclass(frozen=True)
class WebhookEndpoint:
    """What the intake knows about the connection a webhook URL belongs to."""

    integration_id: int
    company_id: int
    provider: str
    state: str
    token: str
    scheme: SignatureScheme | None
    secrets: tuple[str, ...]
    # when ``secrets`` changes by itself (the previous signing secret's grace ends)
    secrets_until: datetime | None

    def accepts(self, token):
        return hmac.compare_digest(self.token.encode(), token.encode())


class FincycleIntegration(models.Model):
    _inherit = "fincycle.integration"

    webhook_token_digest = fields.Char(
        compute="_compute_webhook_token_digest",
        store=True,
        index="btree_not_null",
        groups="base.group_system",
        copy=False,
        help="SHA-256 of the webhook URL token: deliveries find their connection by it.",
    )

    @api.depends("webhook_token")
    def _compute_webhook_token_digest(self):
        for account in self:
            account.webhook_token_digest = webhook_token_digest(account.webhook_token)

    # -- intake ------------------------------------------------------------------------------
    def _fincycle_webhook_cache_fields(self):
        return WEBHOOK_CACHE_FIELDS

    @api.model
    def _fincycle_webhook_endpoint(self, provider, token):
        """The ``WebhookEndpoint`` of the active connection of ``provider`` whose URL token is
        ``token``, or None. The token is found by its digest, then compared in constant time."""
        if not provider or not token:
            return None
        endpoint = self._fincycle_webhook_endpoint_cached(provider, webhook_token_digest(token))
        if endpoint and endpoint.secrets_until and fields.Datetime.now() >= endpoint.secrets_until:
            self.env.registry.clear_cache()  # the previous secret's grace just ended
            endpoint = self._fincycle_webhook_endpoint_cached(provider, webhook_token_digest(token))
        if endpoint is None or not endpoint.accepts(token):
            return None
        return endpoint

    @tools.ormcache("provider", "digest")
    def _fincycle_webhook_endpoint_cached(self, provider, digest):
        account = (
            self.sudo()
            .with_context(active_test=True)
            .search([("webhook_token_digest", "=", digest), ("provider", "=", provider)], limit=1)
        )
        if not account:
            return None
        until = account.webhook_secret_previous_until
        if not (account.webhook_secret_previous and until and until > fields.Datetime.now()):
            until = None
        return WebhookEndpoint(
            integration_id=account.id,
            company_id=account.company_id.id,
            provider=account.provider,
            state=account.state,
            token=account.webhook_token,
            scheme=account._fincycle_webhook_scheme(),
            secrets=tuple(account._fincycle_webhook_secrets()),
            secrets_until=until,
        )

    def _fincycle_find_by_webhook_token(self, provider, token):
        """The active connection of ``provider`` whose webhook token is ``token`` (by digest,
        then a constant-time comparison; never an SQL equality on the token itself)."""
        endpoint = self._fincycle_webhook_endpoint(provider, token)
        return self.browse(endpoint.integration_id) if endpoint else self.browse()

    @api.model_create_multi
    def create(self, vals_list):
        accounts = super().create(vals_list)
        self.env.registry.clear_cache()
        return accounts

    def write(self, vals):
        result = super().write(vals)
        if not set(vals).isdisjoint(self._fincycle_webhook_cache_fields()):
            self.env.registry.clear_cache()
        return result

    def unlink(self):
        result = super().unlink()
        self.env.registry.clear_cache()
        return result

    # -- circuit breaker ---------------------------------------------------------------------
    def _fincycle_breaker_key(self):
        """The key of this connection's circuit breaker in ``fincycle.http.BREAKERS``."""
        self.ensure_one()
        return f"{self.env.cr.dbname}:{self._name}:{self.id}"

    def _fincycle_circuit_open(self):
        """{connection id: seconds until a trial call is let through} for those of ``self``
        whose circuit is open (in this process: breakers live in memory)."""
        blocked = {}
        for account in self:
            breaker = BREAKERS.get(account._fincycle_breaker_key())
            if breaker.state == OPEN:
                blocked[account.id] = breaker.reopen_in()
        return blocked
