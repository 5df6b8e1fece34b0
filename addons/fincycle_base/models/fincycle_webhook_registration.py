# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The connector kit's webhook registration: register, rotate, delete, list, once.

A connector plugs its provider's calls in (``_fincycle_webhook_api`` → ``WebhookApi``); the kit
points the provider at this connection's inbox URL, replaces a former subscription of ours
instead of piling them up, and keeps the secret the provider signs with, the former one
accepted for the base's grace period (``PREVIOUS_SECRET_GRACE``) so deliveries in flight pass."""

from collections.abc import Callable
from dataclasses import dataclass

from odoo import fields, models
from odoo.api import model_create_multi
from odoo.exceptions import UserError

from fincycle.http import AuthError, FincycleHttpError

from .fincycle_integration import PREVIOUS_SECRET_GRACE, public_url_problem


@dataclass(frozen=True)
class WebhookApi:
    """A provider's webhook calls. ``create(url)`` → ``(remote id, signing secret)``;
    ``delete(remote id)`` (an unknown id may raise a 404: it is gone, fine); ``list()`` →
    ``[(remote id, url)]``; ``rotate(remote id)`` → the new signing secret, if the provider
    rotates (otherwise registering again does)."""

    create: Callable[[str], tuple[str, str]]
    delete: Callable[[str], object]
    list: Callable[[], list[tuple[str, str]]]
    rotate: Callable[[str], str] | None = None


class FincycleIntegration(models.Model):
    _inherit = "fincycle.integration"  # pylint: disable=consider-merging-classes-inherited

    webhook_remote_id = fields.Char(
        "Webhook Subscription",
        readonly=True,
        copy=False,
        help="The provider's id of the webhook pointing at this connection.",
    )

    @model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._fincycle_check_kit_fields(vals)
        return super().create(vals_list)

    def write(self, vals):
        self._fincycle_check_kit_fields(vals)
        return super().write(vals)

    def _fincycle_kit_fields(self):
        """Fields only the kit (or a system administrator) sets, connectors add theirs: the
        subscription id goes into the provider's URLs the kit calls with the connection's
        token (delete, rotate); a manager setting it could make it delete any path there."""
        return ["webhook_remote_id"]

    def _fincycle_check_kit_fields(self, vals):
        if self._fincycle_may_set_endpoints():
            return
        for name in self._fincycle_kit_fields():
            if vals.get(name):
                raise self._fincycle_endpoint_access_error(name)

    def _fincycle_webhook_api(self):
        """This connection's ``WebhookApi``, for providers whose webhooks are registered
        through their API."""
        raise UserError(
            self.env._(
                "%(provider)s webhooks are not registered through its API.",
                provider=self._fincycle_label(),
            )
        )

    def _fincycle_webhook_refused(self, exc):
        """The sentence for credentials the provider refuses for webhooks (a missing scope)."""
        return exc.message

    def _fincycle_webhook_call(self, call, *args):
        try:
            return call(*args)
        except AuthError as exc:
            raise UserError(self._fincycle_webhook_refused(exc)) from None
        except FincycleHttpError as exc:
            raise UserError(exc.message) from None

    def _fincycle_webhook_adopt_secret(self, secret, remote_id=None):
        """The provider signs with ``secret`` from now on; the former one stays valid for
        the grace period."""
        if not secret:
            raise UserError(
                self.env._(
                    "%(provider)s created the webhook but sent no signing secret.",
                    provider=self._fincycle_label(),
                )
            )
        account = self.sudo()
        vals = {
            "webhook_secret_previous": account.webhook_secret,
            "webhook_secret_previous_until": fields.Datetime.now() + PREVIOUS_SECRET_GRACE,
            "webhook_secret": secret,
        }
        if remote_id is not None:
            vals["webhook_remote_id"] = remote_id
        account.write(vals)

    def _fincycle_webhook_delete(self, api, remote_id):
        try:
            api.delete(remote_id)
        except FincycleHttpError as exc:
            if getattr(exc, "status", None) != 404:  # gone already is what we want
                raise

    def action_fincycle_webhook_register(self):
        """Point the provider's webhook at this connection's inbox and keep its secret; a
        former subscription of ours (same id or same URL) is replaced."""
        self.ensure_one()
        self._fincycle_oauth_check_rights()
        url = self.sudo().webhook_url
        if not url:
            raise UserError(self.env._("Set the system parameter web.base.url first."))
        if self.environment == "production" and public_url_problem(url) == "http":
            raise UserError(
                self.env._(
                    "%(provider)s only calls HTTPS addresses; this server's address is %(url)s. "
                    "Set web.base.url to the public https address.",
                    provider=self._fincycle_label(),
                    url=url.split("/fincycle/")[0],
                )
            )
        api = self._fincycle_webhook_api()
        ours = self.webhook_remote_id

        def replace():
            for remote_id, remote_url in api.list():
                if remote_id == ours or remote_url == url:
                    self._fincycle_webhook_delete(api, remote_id)
            return api.create(url)

        remote_id, secret = self._fincycle_webhook_call(replace)
        self._fincycle_webhook_adopt_secret(secret, remote_id)
        self.message_post(
            body=self.env._(
                "%(provider)s webhook %(id)s registered: movements now arrive within a minute.",
                provider=self._fincycle_label(),
                id=remote_id,
            )
        )

    def action_fincycle_webhook_unregister(self):
        self.ensure_one()
        self._fincycle_oauth_check_rights()
        if self.webhook_remote_id:
            api = self._fincycle_webhook_api()
            self._fincycle_webhook_call(self._fincycle_webhook_delete, api, self.webhook_remote_id)
        self.sudo().webhook_remote_id = False
        self.message_post(
            body=self.env._("%(provider)s webhook removed.", provider=self._fincycle_label())
        )

    def _fincycle_webhook_list(self):
        """``[(remote id, url)]`` of the webhooks the provider holds for these credentials."""
        self.ensure_one()
        return self._fincycle_webhook_call(self._fincycle_webhook_api().list)

    def action_rotate_webhook_secret(self):
        """A provider that issues the signing secret rotates it (or, without a rotation call,
        a new registration does); otherwise the base rotates the secret it gave out."""
        remote = self.filtered("webhook_remote_id")
        for account in remote:
            account._fincycle_oauth_check_rights()
            api = account._fincycle_webhook_api()
            if api.rotate is None:
                account.action_fincycle_webhook_register()
                continue
            secret = account._fincycle_webhook_call(api.rotate, account.webhook_remote_id)
            account._fincycle_webhook_adopt_secret(secret)
            account.message_post(
                body=self.env._(
                    "Webhook signing secret rotated; the previous one is accepted for 24 hours."
                )
            )
        return super(FincycleIntegration, self - remote).action_rotate_webhook_secret()
