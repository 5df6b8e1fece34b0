# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Mautic on the connector kit: the installation's address (set by a system administrator),
Basic or OAuth2 client-credentials auth with the kit's admin-only credentials (the client id or
user in API Key, the secret or password in API Secret; the access token in the kit's token
store), and the partner → contact push as a resumable sync run."""

import logging
from datetime import datetime, timedelta, timezone

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain
from odoo.tools import email_normalize

from fincycle.http import FincycleHttpError, redact
from fincycle.marketing import mautic as mt

_logger = logging.getLogger(__name__)

PROVIDER = "mautic"
SYNC_KIND = "mautic_contacts"
PAGE = mt.BATCH_MAX  # partners read per page: one batch call
SYNC_OVERLAP = timedelta(minutes=10)
CLOCK_SKEW = timedelta(minutes=5)  # an event's time ahead of Odoo's by more is Mautic's clock
HOT_LEAD_TYPE = "marketing_mautic_fincycle.mail_activity_type_mautic_hot_lead"


def _naive_utc(when):
    """An event's aware time as Odoo stores it (naive UTC); None stays None."""
    if when is None:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc).replace(tzinfo=None)
    return when


class FincycleIntegration(models.Model):
    _inherit = "fincycle.integration"

    provider = fields.Selection(
        selection_add=[(PROVIDER, "Mautic")], ondelete={PROVIDER: "cascade"}
    )
    mautic_auth_mode = fields.Selection(
        [
            (mt.AUTH_CLIENT_CREDENTIALS, "OAuth2 client credentials"),
            (mt.AUTH_BASIC, "HTTP Basic (user and password)"),
        ],
        "Mautic Authentication",
        default=mt.AUTH_CLIENT_CREDENTIALS,
        help="OAuth2 client credentials (Mautic: Settings → API Credentials, OAuth 2) is "
        "preferred. Basic needs 'Enable HTTP basic auth' in Mautic's API settings and a Mautic "
        "user whose role may edit contacts.",
    )
    mautic_has_credentials = fields.Boolean(
        "Credentials Entered", compute="_compute_mautic_has_credentials"
    )
    mautic_last_sync_at = fields.Datetime(
        "Contacts Pushed Until",
        readonly=True,
        copy=False,
        help="Partners changed since this time are pushed by the next sync.",
    )
    mautic_points_threshold = fields.Integer(
        "Lead Points for Follow-up",
        default=50,
        help="When a contact's points reach this score in Mautic (webhook 'Contact Points "
        "Changed'), the salesperson gets an activity on the partner.",
    )
    mautic_webhook_events = fields.Char("Events to Tick", compute="_compute_mautic_webhook_events")
    mautic_contact_ids = fields.One2many("fincycle.mautic.contact", "integration_id")
    mautic_contact_count = fields.Integer(compute="_compute_mautic_contact_count")

    @api.depends("api_key", "api_secret")
    def _compute_mautic_has_credentials(self):
        for account in self:
            sudo = account.sudo()
            account.mautic_has_credentials = bool(sudo.api_key and sudo.api_secret)

    def _compute_mautic_webhook_events(self):
        for account in self:
            account.mautic_webhook_events = ", ".join(mt.CONNECTOR_EVENTS)

    def _compute_mautic_contact_count(self):
        counts = dict(
            self.env["fincycle.mautic.contact"]._read_group(
                [("integration_id", "in", self.ids)], ["integration_id"], ["__count"]
            )
        )
        for account in self:
            account.mautic_contact_count = counts.get(account, 0)

    # -- kit hooks ---------------------------------------------------------------------------
    def _fincycle_default_base_url(self):
        if self.provider != PROVIDER:
            return super()._fincycle_default_base_url()
        return ""  # self-hosted: a system administrator enters the installation's address

    def _fincycle_uses_generic_credentials(self):
        return self.provider != PROVIDER and super()._fincycle_uses_generic_credentials()

    def _fincycle_webhook_scheme(self):
        if self.provider != PROVIDER:
            return super()._fincycle_webhook_scheme()
        return mt.MauticWebhookScheme()

    def _fincycle_webhook_event_info(self, payload, body, headers):
        if self.provider != PROVIDER:
            return super()._fincycle_webhook_event_info(payload, body, headers)
        key, event_type = mt.event_info(payload, body)
        return key[:255], event_type or False

    def _fincycle_process_webhook_event(self, event):
        if self.provider != PROVIDER:
            return super()._fincycle_process_webhook_event(event)
        try:
            items = mt.parse_webhook(event._fincycle_payload())
        except (ValueError, RecursionError, mt.MauticEventError) as exc:
            # A signed delivery we cannot read: nothing to retry.
            return self.env._(
                "Unreadable Mautic event (%(code)s).", code=getattr(exc, "code", "not_json")
            )
        Link = self.env["fincycle.mautic.contact"].sudo()
        applied = 0
        for item in items:
            if not item.contact_id or item.contact_id <= 0:
                continue
            # Only contacts this connection pushed: a payload's odoo_partner_id is not trusted.
            links = Link.search(
                [("integration_id", "=", self.id), ("mautic_id", "=", item.contact_id)]
            )
            if not links:
                continue
            when = _naive_utc(item.timestamp)
            if when and when > fields.Datetime.now() + CLOCK_SKEW:
                # Mautic's clock runs fast: taken as now (stored, that time would hide the
                # news sent once its clock is set right)
                when = fields.Datetime.now()
            if item.event_type == mt.EVENT_CONTACT_DELETE:
                self._mautic_mark_deleted(links, when)
                applied += 1
                continue
            # a record that moved to another company since it was pushed is not this
            # connection's to blacklist or to call about
            links = links.filtered(self._mautic_link_is_ours)
            done = False
            if item.event_type in (mt.EVENT_SUBSCRIPTION, mt.EVENT_CONTACT_UPDATE):
                reason = item.dnc_reason(mt.CHANNEL_EMAIL)
                if reason is not None:
                    for link in links:
                        done = self._mautic_apply_dnc(link, reason, when) or done
            if item.event_type in (mt.EVENT_POINTS, mt.EVENT_CONTACT_UPDATE):
                for link in links:
                    done = self._mautic_apply_points(link, item, when) or done
            applied += bool(done)
        return self.env._("%(count)s Mautic event(s) applied.", count=applied)

    def _mautic_link_is_ours(self, link):
        """Whether the link's record still belongs to this connection's company (its own or
        shared); the CRM glue adds its leads."""
        company = link.partner_id.company_id
        return bool(link.partner_id) and (not company or company == self.company_id)

    def _mautic_link_email(self, link):
        """The e-mail Odoo blacklists for a contact link (the CRM glue adds its leads')."""
        partner = link.partner_id
        return partner.email_normalized or partner.email or False

    def _mautic_apply_dnc(self, link, reason, when=None):
        """Mautic's do-not-contact on the e-mail channel in Odoo's blacklist: an unsubscribe
        or a bounce blacklists the e-mail (remembered as Mautic's); the channel open again
        lifts the blacklist only when Mautic had set it: a blacklist an Odoo user set stays,
        and goes back to Mautic with the next push. A manual do-not-contact (Odoo's own, or
        the marketer's in Mautic) changes nothing here; nor does news older than the last
        applied. True when the link changed."""
        if when and link.dnc_at and when < link.dnc_at:
            return False
        if reason not in (mt.DNC_CONTACTABLE, mt.DNC_UNSUBSCRIBED, mt.DNC_BOUNCED):
            return False
        email = self._mautic_link_email(link)
        normalized = email_normalize(email) if email else False
        Blacklist = self.env["mail.blacklist"].sudo()
        listed = bool(normalized and Blacklist.search_count([("email", "=", normalized)]))
        vals = {"dnc_at": max(when, link.dnc_at) if when and link.dnc_at else when or link.dnc_at}
        if reason == mt.DNC_CONTACTABLE:
            if not link.dnc:
                link.write(vals)
                return False
            # only the e-mail Mautic's news blacklisted is lifted (the record's e-mail may have
            # changed since to one an Odoo user blacklisted)
            mautic_email = (link.dnc_email or normalized) if link.dnc_source == "mautic" else False
            if mautic_email and Blacklist.search_count([("email", "=", mautic_email)]):
                Blacklist._remove(mautic_email, message=self.env._("Subscribed again in Mautic."))
            if listed and normalized != mautic_email:
                # an Odoo user's blacklist: the next push closes the channel again
                vals["digest"] = False
            link.write({**vals, "dnc": False, "dnc_source": False, "dnc_email": False})
            return True
        if link.dnc and (link.dnc_source == "mautic" or listed):
            link.write(vals)
            return False
        source = "odoo" if listed else ("mautic" if normalized else False)
        if normalized and not listed:
            message = (
                self.env._("Bounced in Mautic.")
                if reason == mt.DNC_BOUNCED
                else self.env._("Unsubscribed in Mautic.")
            )
            Blacklist._add(email, message=message)
        dnc_email = normalized if source == "mautic" else False
        link.write({**vals, "dnc": True, "dnc_source": source, "dnc_email": dnc_email})
        return True

    def _mautic_apply_points(self, link, item, when=None):
        """The score on the link (a points event's new points, or the points a contact update
        carries); crossing the threshold since the score last heard calls for the salesperson.
        News older than the last applied is left. True when the score changed."""
        new = item.points_new if item.event_type == mt.EVENT_POINTS else item.points
        if new is None or (when and link.points_at and when < link.points_at):
            return False
        if link.points_at or item.points_old is None:
            old = link.points
        else:
            old = item.points_old
        vals = {"points": new}
        if when:
            vals["points_at"] = max(when, link.points_at) if link.points_at else when
        changed = new != link.points
        link.write(vals)
        threshold = self.mautic_points_threshold
        if threshold and old < threshold <= new:
            self._mautic_hot_lead(link, new, threshold)
        return changed

    def _mautic_mark_deleted(self, links, when=None):
        """Contacts deleted in Mautic (by the marketer, e.g. to forget a person): the links
        keep no dead id, are no longer pushed (a manager pushes them again from the list) and
        are in no segment; a blacklist stays."""
        links.write(
            {
                "state": "deleted",
                "deleted_at": when or fields.Datetime.now(),
                "mautic_id": 0,
                "digest": False,
                "error": False,
                "dnc": False,
                "dnc_source": False,
                "dnc_email": False,
                "dnc_at": False,
                "points": 0,
                "points_at": False,
                "mautic_company_id": 0,
                "in_leads": False,
                "in_prospects": False,
                "in_clients": False,
                "in_pending_quotes": False,
                "in_overdue": False,
            }
        )

    def _mautic_push_links(self, links):
        """Push these links' partners now (the Push Again button); the CRM glue adds leads."""
        self.ensure_one()
        partners = links.filtered("partner_id").partner_id
        if not partners:
            return
        client = self._mautic_client()
        self._mautic_ensure_fields(client)
        self._mautic_push(client, partners, self.env["fincycle.mautic.contact"].sudo())

    def _mautic_salesperson(self, partner):
        """Who follows a partner up: its salesperson, its company's, the administrator, else
        the company's first internal user; only someone working in the connection's company (a
        shared partner's salesperson of another company hears nothing of its marketing)."""
        admin = self.env.ref("base.user_admin", raise_if_not_found=False)
        candidates = (partner.user_id, partner.commercial_partner_id.user_id, admin)
        for user in candidates:
            if user and self.company_id in user.company_ids:
                return user
        colleague = (
            self.env["res.users"]
            .sudo()
            .search(
                [("company_ids", "in", self.company_id.ids), ("share", "=", False)],
                order="id",
                limit=1,
            )
        )
        return colleague or admin or self.env.user

    def _mautic_hot_lead_type(self):
        """The activity type of the salesperson's call (a marker that does not depend on the
        language, unlike the summary): its own, To-Do if it is gone."""
        return self.env.ref(HOT_LEAD_TYPE, raise_if_not_found=False) or self.env.ref(
            "mail.mail_activity_data_todo"
        )

    def _mautic_for_reader(self, user):
        """This connection in ``user``'s language, for texts written for that person (a
        webhook or a job runs in no reader's language): else the company's."""
        lang = user.lang or self.company_id.partner_id.lang
        return self.with_context(lang=lang) if lang else self

    def _mautic_hot_lead(self, link, points, threshold):
        """A contact reached the threshold: an activity for the salesperson on the partner,
        in the salesperson's language (once while it is open; the CRM glue module also makes
        an opportunity)."""
        partner = link.partner_id.sudo()
        if not partner:
            return
        hot = self._mautic_hot_lead_type()
        if partner.activity_ids.filtered(lambda a: a.activity_type_id == hot):
            return
        user = self._mautic_salesperson(partner)
        account = self._mautic_for_reader(user)
        partner.activity_schedule(
            activity_type_id=hot.id,
            summary=account._mautic_hot_lead_summary(points),
            note=account._mautic_hot_lead_note(points, threshold),
            user_id=user.id,
        )

    def _mautic_hot_lead_summary(self, points):
        return self.env._("Hot lead: Mautic score %(points)s", points=points)

    def _mautic_hot_lead_note(self, points, threshold):
        return self.env._(
            "The contact reached %(points)s points in Mautic (threshold %(threshold)s): "
            "time to call.",
            points=points,
            threshold=threshold,
        )

    def _mautic_contact_fields_needed(self):
        """(alias, label, type) of the custom contact fields the connection writes."""
        return [(mt.PARTNER_FIELD, mt.PARTNER_FIELD_LABEL, "text")]

    def _mautic_ensure_fields(self, client):
        """The custom fields the connection writes, created when missing: odoo_partner_id on
        contacts and odoo_company_id on companies (Odoo finds its records by them), and those
        other features add. The aliases created."""
        created = []
        have = self._mautic_call(client.contact_fields)
        for alias, label, kind in self._mautic_contact_fields_needed():
            if alias not in have:
                self._mautic_call(client.create_field, "contact", alias, label, kind)
                created.append(alias)
        if self._mautic_call(client.ensure_company_field):
            created.append(mt.COMPANY_FIELD)
        return created

    def _fincycle_check_connection(self):
        if self.provider != PROVIDER:
            return super()._fincycle_check_connection()
        client = self._mautic_client()
        created = self._mautic_ensure_fields(client)
        if created:
            return self.env._(
                "Mautic answered. These fields were created: %(fields)s. Odoo finds its "
                "contacts and companies by them and fills them.",
                fields=", ".join(created),
            )
        return self.env._("Mautic answered. The fields Odoo finds and fills are there.")

    # -- the client --------------------------------------------------------------------------
    def _mautic_http_policy(self):
        """The kit's policy (None: its default); tests make it quick."""
        return None

    def _mautic_setup_problem(self):
        """What keeps this connection from calling Mautic, as a code: no credentials, an
        address that is not usable; None when nothing does."""
        self.ensure_one()
        account = self.sudo()
        if not (account.api_key and account.api_secret):
            return mt.NO_CREDENTIALS
        try:
            mt.site_url(account.base_url)
        except ValueError:
            return mt.BAD_URL
        return None

    def _mautic_client(self):
        self.ensure_one()
        if self.provider != PROVIDER:
            raise UserError(self.env._("This is not a Mautic connection."))
        problem = self._mautic_setup_problem()
        if problem:
            raise UserError(self._mautic_problem_text(problem))
        account = self.sudo()
        site = mt.site_url(account.base_url)
        if self.mautic_auth_mode == mt.AUTH_BASIC:
            auth = mt.BasicAuth(account.api_key, account.api_secret)
        else:
            auth = mt.ClientCredentials(account.api_key, account.api_secret)
        session = self._fincycle_http_session(self._mautic_http_policy())
        expires = account.token_expires_at
        return mt.MauticClient(
            session,
            site,
            auth,
            token=account.access_token or None,
            token_expires_at=expires.replace(tzinfo=timezone.utc).timestamp() if expires else None,
            on_token=self._mautic_store_token,
        )

    def _mautic_store_token(self, token, expires_at):
        """A new access token goes to the kit's token store (with this transaction: a token
        lost to a rollback is asked for again, client credentials cost one call)."""
        when = datetime.fromtimestamp(expires_at, timezone.utc).replace(tzinfo=None)
        self.sudo().with_context(fincycle_binding=True).write(
            {"access_token": token, "token_expires_at": when}
        )

    @api.model
    def _mautic_error_text(self, exc):
        """A Mautic error in the user's words (the core gives codes)."""
        return self._mautic_problem_text(
            getattr(exc, "code", None), getattr(exc, "message", None) or str(exc)
        )

    @api.model
    def _mautic_problem_text(self, code, detail=None):
        """The words, in this environment's language, of a problem code: the connection's
        setup or the core's error codes; ``detail`` is Mautic's own words (a refused value),
        or the text of a problem without a known code."""
        text = self._mautic_problem_texts().get(code)
        if text is None:
            return detail or code or ""
        if "%(detail)s" in text:
            return text % {"detail": (detail or "")[:200]}
        return text

    @api.model
    def _mautic_problem_texts(self):
        """{code: words} of the problems Odoo words itself (``%(detail)s``: Mautic's)."""
        return {
            mt.NO_CREDENTIALS: self.env._(
                "A system administrator must enter the Mautic credentials first (client "
                "id and secret, or user and password)."
            ),
            mt.BAD_URL: self.env._(
                "The Mautic address is not usable: a system administrator enters the "
                "https address of the installation (for example https://mautic.example.com)."
            ),
            mt.AUTH: self.env._(
                "Mautic refused the credentials: a system administrator must enter valid ones "
                "(with Basic auth, 'Enable HTTP basic auth' must be on in Mautic)."
            ),
            mt.TOKEN_REFUSED: self.env._(
                "Mautic refused the client id or secret: a system administrator must enter "
                "those of an OAuth 2 API credential."
            ),
            mt.FORBIDDEN: self.env._(
                "Mautic refused: the API user's role may not do this (contacts, segments)."
            ),
            mt.API_DISABLED: self.env._(
                "The API is switched off in Mautic (Configuration → API Settings → API enabled)."
            ),
            mt.NOT_FOUND: self.env._("Mautic does not know this record (deleted?)."),
            mt.INVALID: self.env._("Mautic refused the data: %(detail)s"),
            mt.HOURLY_LIMIT: self.env._(
                "Mautic's hourly API budget is spent: the sync continues when it is renewed."
            ),
            mt.RATE_LIMITED: self.env._("Mautic asks to slow down: try again in a minute."),
            mt.SERVER: self.env._("Mautic had an error: try again later."),
            mt.TRANSPORT: self.env._("Mautic could not be reached: try again later."),
            mt.BAD_RESPONSE: self.env._("Mautic answered something unexpected."),
        }

    # -- partners → contacts -----------------------------------------------------------------
    def _mautic_partner_domain(self):
        """The customers and prospects of the connection's company with an e-mail: its own
        partners that are customers, and shared partners (no company) it sold to or quoted."""
        self.ensure_one()
        company = self.company_id.id
        dealt = Domain.OR(
            [
                Domain("commercial_partner_id.sale_order_ids.company_id", "=", company),
                Domain("commercial_partner_id.invoice_ids.company_id", "=", company),
            ]
        )
        owned = Domain("company_id", "=", company) & Domain.OR(
            [Domain("commercial_partner_id.customer_rank", ">", 0), dealt]
        )
        shared = Domain("company_id", "=", False) & dealt
        return Domain("email", "!=", False) & Domain.OR([owned, shared])

    def _mautic_contact_data(self, partner):
        """A partner as a Mautic contact (field aliases, E.164 phone, owner company tag)."""
        country = partner.country_id
        commercial = partner.commercial_partner_id
        if partner.is_company:
            first, last = "", ""
        else:
            parts = (partner.name or "").rsplit(" ", 1)
            first, last = (parts[0], parts[1]) if len(parts) == 2 else ("", parts[0])
        values = {
            "firstname": first,
            "lastname": last,
            "email": partner.email_normalized or partner.email,
            "phone": mt.phone_e164(partner.phone, country.code),
            "company": commercial.name if commercial != partner or partner.is_company else "",
            "address1": partner.street or "",
            "city": partner.city or "",
            "zipcode": partner.zip or "",
            "country": country.with_context(lang="en_US").name if country else "",
            "preferred_locale": partner.lang or "",
        }
        return mt.ContactData(partner.id, values, ("odoo", self.company_id.name))

    def action_mautic_sync_contacts(self):
        """Push the changed customers and prospects now (Fincycle managers)."""
        self.check_access("write")
        for account in self:
            account._mautic_sync_contacts()
        return self.action_open_sync_runs() if len(self) == 1 else True

    def action_mautic_open_contacts(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Mautic Contacts"),
            "res_model": "fincycle.mautic.contact",
            "view_mode": "list,form",
            "domain": [("integration_id", "=", self.id)],
        }

    @api.model
    def _mautic_cron_accounts(self):
        """The connections the scheduled jobs work for: Mautic's, not disabled, with their
        credentials. One waiting for them is left alone (its health and its Mautic tab say
        what is missing; the buttons tell it too): no error, no message each hour."""
        accounts = self.search([("provider", "=", PROVIDER), ("state", "!=", "disabled")])
        return accounts.filtered(lambda a: a._mautic_setup_problem() != mt.NO_CREDENTIALS)

    def _mautic_cron_failed(self, message):
        """A scheduled job's failure said on the connection once: the same failure again (the
        next hour's run) only moves the time of the last error, it posts nothing more."""
        for account in self.sudo():
            if account.state == "error" and account.last_error_message == redact(
                message, account._fincycle_secret_values()
            ):
                account.last_error_at = fields.Datetime.now()
            else:
                account._fincycle_record_error(message)

    def _fincycle_health(self, feeds):
        """A connection waiting for its credentials needs an administrator, whatever an
        earlier run left on it."""
        if (
            self.provider == PROVIDER
            and self.active
            and self.state != "disabled"
            and self._mautic_setup_problem() == mt.NO_CREDENTIALS
        ):
            return "warning", self.env._(
                "Waiting for a system administrator to enter the Mautic credentials: nothing "
                "is sent to Mautic until then."
            )
        return super()._fincycle_health(feeds)

    @api.model
    def _cron_mautic_sync_contacts(self):
        for account in self._mautic_cron_accounts():
            try:
                account.with_company(account.company_id)._mautic_sync_contacts()
            except UserError as exc:  # not usable (its address): said once, others go on
                account._mautic_cron_failed(exc.args[0] if exc.args else str(exc))

    def _mautic_sync_contacts(self):
        """One sync run: partners changed since the last complete run (or never pushed), by
        id, a batch of 200 per page; the cursor holds ``<since>|<started>|<last id>`` so a
        crash or a cron's time budget resumes where it stopped (empty once a run finished)."""
        self.ensure_one()
        client = self._mautic_client()
        Partner = self.env["res.partner"].sudo().with_context(active_test=True)
        Link = self.env["fincycle.mautic.contact"].sudo()
        state = {"field_checked": False}

        def step(run, cursor):
            since, started, last_id = self._mautic_read_cursor(cursor, self.mautic_last_sync_at)
            deleted = 0
            if not state["field_checked"]:
                self._mautic_ensure_fields(client)
                state["field_checked"] = True
                deleted = self._mautic_delete_orphans(client, Link)
            domain = self._mautic_partner_domain()
            if since:
                # the blacklist changed since: those partners' do-not-contact goes to Mautic
                listed = self._mautic_blacklisted_since(since)
                domain &= Domain.OR(
                    [
                        # write_date is its transaction's start: a partner saved by a long
                        # transaction that began before the last run is read again (and
                        # skipped if its values did not change)
                        Domain("write_date", ">=", since - SYNC_OVERLAP),
                        # its company changed: the company is sent again with its contacts
                        Domain("commercial_partner_id.write_date", ">=", since - SYNC_OVERLAP),
                        Domain("email_normalized", "in", listed),
                        Domain("mautic_contact_ids", "not any", [("integration_id", "=", self.id)]),
                        # to send again: pushed again by a manager, refused, or its
                        # do-not-contact lifted in Mautic while Odoo's blacklist holds
                        Domain("mautic_contact_ids", "any", self._mautic_resend_domain()),
                    ]
                )
            domain &= Domain("id", ">", last_id)
            total = run.progress_total or Partner.search_count(domain)
            partners = Partner.search(domain, order="id", limit=PAGE)
            counts = self._mautic_push(client, partners, Link)
            counts["updated"] += deleted  # the run has no counter of its own for deletions
            finished = len(partners) < PAGE
            next_cursor = self._mautic_make_cursor(
                since, started, partners[-1].id if partners else last_id
            )
            if finished:  # the next run starts afresh from this run's start
                self.sudo().mautic_last_sync_at = started
                next_cursor = ""
            return {
                **counts,
                "cursor": next_cursor,
                "done": (run.progress_done or 0) + len(partners),
                "total": total,
                "finished": finished,
            }

        return self._fincycle_sync(SYNC_KIND, step)

    @staticmethod
    def _mautic_read_cursor(cursor, last_synced_at):
        """(since, started, last id) of a contact run's cursor ``<since>|<started>|<last id>``;
        a new run (no cursor) reads what changed since ``last_synced_at``."""
        if not cursor:
            return last_synced_at, fields.Datetime.now(), 0
        since_text, started_text, last_text = cursor.split("|")
        since = fields.Datetime.to_datetime(since_text) if since_text else None
        return since, fields.Datetime.to_datetime(started_text), int(last_text)

    @staticmethod
    def _mautic_make_cursor(since, started, last_id):
        return "|".join(
            [
                fields.Datetime.to_string(since) if since else "",
                fields.Datetime.to_string(started),
                str(last_id),
            ]
        )

    def _mautic_blacklisted_since(self, since):
        """E-mails whose blacklist entry changed since ``since`` (with the overlap): their
        do-not-contact goes to Mautic."""
        return (
            self.env["mail.blacklist"]
            .sudo()
            .with_context(active_test=False)
            .search([("write_date", ">=", since - SYNC_OVERLAP)])
            .mapped("email")
        )

    def _mautic_resend_domain(self):
        """The contact links of this connection to send again whatever their record's write
        date (no fingerprint: never sent, refused, or asked again); not those deleted in
        Mautic."""
        return [
            ("integration_id", "=", self.id),
            ("digest", "=", False),
            ("state", "!=", "deleted"),
        ]

    def _mautic_call(self, call, *args, **kwargs):
        """``call(...)``; a Mautic error keeps its type (retriable or not, the kit records it)
        and gets the user's words as message."""
        try:
            return call(*args, **kwargs)
        except FincycleHttpError as exc:
            # Mautic's own words kept: a record that stores the error words it for its reader
            exc.mautic_detail = getattr(exc, "message", None) or str(exc)
            exc.message = self._mautic_error_text(exc)
            exc.args = (exc.message,)
            raise

    def _mautic_push(self, client, partners, Link):
        """Send the partners whose values changed since they were last sent; links written."""
        links = {
            link.partner_id.id: link
            for link in Link.search(
                [("integration_id", "=", self.id), ("partner_id", "in", partners.ids)]
            )
        }
        datas, unchanged, deleted = [], [], 0
        for partner in partners:
            link = links.get(partner.id)
            if link and link.state == "deleted":
                deleted += 1  # deleted in Mautic by the marketer: not made again
                continue
            data = self._mautic_contact_data(partner)
            if link and link.mautic_id and link.state == "synced" and link.digest == data.digest():
                unchanged.append(partner)
                continue
            datas.append(data)
        counts = {"created": 0, "updated": 0, "skipped": 0, "failed": 0}
        if datas:
            self._mautic_upsert(client, datas, links, Link, counts)
        # a do-not-contact change alone counts as an update of an otherwise unchanged partner
        dnc_only = self._mautic_push_dnc(client, partners, Link) & {p.id for p in unchanged}
        counts["updated"] += len(dnc_only)
        counts["skipped"] += len(unchanged) - len(dnc_only) + deleted
        return counts

    def _mautic_delete_orphans(self, client, Link):
        """Contacts of partners deleted or merged away in Odoo are deleted in Mautic (200 per
        call); their links go. The number deleted."""
        orphans = Link.search(self._mautic_orphan_domain())
        # a contact another link still holds (Mautic matched it by e-mail) is not deleted
        held = set(
            Link.search(
                [
                    ("integration_id", "=", self.id),
                    ("id", "not in", orphans.ids),
                    ("mautic_id", "in", orphans.mapped("mautic_id")),
                ]
            ).mapped("mautic_id")
        )
        ids = [link.mautic_id for link in orphans if link.mautic_id and link.mautic_id not in held]
        if ids:
            self._mautic_call(client.delete_contacts, ids)
        orphans.unlink()
        return len(ids)

    def _mautic_orphan_domain(self):
        """The contact links whose record is gone (the CRM glue module adds its leads')."""
        return [("integration_id", "=", self.id), ("partner_id", "=", False)]

    def _mautic_push_dnc(self, client, partners, Link):
        """Odoo's e-mail blacklist of ``partners`` as Mautic's do-not-contact; the partner
        ids changed."""
        links = Link.search(
            [
                ("integration_id", "=", self.id),
                ("partner_id", "in", partners.ids),
                ("mautic_id", "!=", False),
                ("state", "=", "synced"),
            ]
        )
        # the blacklist is not a dependency of is_blacklisted: read it fresh
        links.partner_id.invalidate_recordset(["is_blacklisted"])
        changed = self._mautic_push_link_dnc(client, links, lambda link: link.partner_id)
        return set(changed.partner_id.ids)

    def _mautic_push_link_dnc(self, client, links, record_of):
        """The blacklist of each link's record (``record_of(link)``: its partner or lead) as
        the do-not-contact of its contact: one call per contact whose state differs, as the
        contract has no batch for it. The links changed."""
        changed = links.browse()
        for link in links:
            wanted = bool(record_of(link).is_blacklisted)
            if wanted == link.dnc:
                continue
            if wanted:
                self._mautic_call(
                    client.add_dnc,
                    link.mautic_id,
                    mt.CHANNEL_EMAIL,
                    reason=mt.DNC_MANUAL,
                    comments=self.env._("Blacklisted in Odoo"),
                )
            else:
                self._mautic_call(client.remove_dnc, link.mautic_id, mt.CHANNEL_EMAIL)
            link.write(
                {"dnc": wanted, "dnc_source": "odoo" if wanted else False, "dnc_email": False}
            )
            changed |= link
        return changed

    def _mautic_upsert(self, client, datas, links, Link, counts):
        known = {pid: link.mautic_id for pid, link in links.items() if link.mautic_id}
        result = self._mautic_call(client.upsert_contacts, datas, known=known, recreate=False)
        now = fields.Datetime.now()
        digests = {data.partner_id: data.digest() for data in datas}
        new_links = []
        for partner_id, status in result.status.items():
            if status == mt.STATUS_GONE:  # deleted in Mautic since the last push
                self._mautic_mark_deleted(links[partner_id])
                counts["skipped"] += 1
                continue
            failed = status == mt.STATUS_FAILED
            vals = {
                "state": "failed" if failed else "synced",
                "error": (result.failed.get(partner_id) or ("", ""))[1][:200] if failed else False,
                "digest": False if failed else digests[partner_id],
                "synced_at": now,
            }
            if not failed:
                vals["mautic_id"] = result.ids[partner_id]
            link = links.get(partner_id)
            if link:
                link.write(vals)
            else:
                new_links.append({"integration_id": self.id, "partner_id": partner_id, **vals})
            key = "failed" if failed else ("updated" if status == mt.STATUS_UPDATED else "created")
            counts[key] += 1
        Link.create(new_links)
