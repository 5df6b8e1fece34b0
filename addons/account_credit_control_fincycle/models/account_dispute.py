# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

# Categories that are a dispute: while open, reminders pause for the invoices.
DISPUTE_CATEGORIES = ("contestation", "invoice_error", "already_paid", "delay_request")
OPEN_STATES = ("open", "in_progress")
# Categories that hold reminders back (a payment promise until its date).
PAUSING_CATEGORIES = (*DISPUTE_CATEGORIES, "payment_promise")
# Default SLA (days to answer) per urgency, 1 (low) to 5 (critical).
DEFAULT_SLA_DAYS = {1: 20, 2: 10, 3: 5, 4: 2, 5: 1}
# Who may decide a dispute (resolve, reject, reopen); plain invoicing users only record.
DECIDER_GROUPS = (
    "account.group_account_user",
    "account.group_account_manager",
    "account_credit_control.group_account_credit_control_user",
)


class AccountDispute(models.Model):
    _name = "account.dispute"
    _description = "Customer Dispute"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "is_closed, sla_deadline, urgency desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/", index=True
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Customer",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
        compute="_compute_partner_id",
        store=True,
        readonly=False,
        precompute=True,
    )
    invoice_ids = fields.Many2many(
        "account.move",
        "account_dispute_move_rel",
        "dispute_id",
        "move_id",
        string="Invoices",
        check_company=True,
        domain="[('move_type', 'in', ('out_invoice', 'out_refund')), ('state', '=', 'posted'),"
        " ('commercial_partner_id', '=?', commercial_partner_id)]",
        tracking=True,
    )
    commercial_partner_id = fields.Many2one(
        related="partner_id.commercial_partner_id", store=True, index=True
    )
    category = fields.Selection(
        [
            ("contestation", "Contestation"),
            ("invoice_error", "Invoice error"),
            ("already_paid", "Says already paid"),
            ("delay_request", "Asks for time"),
            ("payment_promise", "Payment promise"),
            ("copy_request", "Asks for a copy"),
            ("acknowledgement", "Acknowledgement"),
            ("auto_reply", "Automatic reply"),
            ("other", "Other"),
        ],
        required=True,
        default="contestation",
        tracking=True,
    )
    is_dispute = fields.Boolean(
        compute="_compute_is_dispute",
        store=True,
        help="Contestation, invoice error, already paid and delay request pause reminders "
        "while open; the other categories are kept for the record.",
    )
    urgency = fields.Selection(
        [("1", "Low"), ("2", "Normal"), ("3", "High"), ("4", "Very high"), ("5", "Critical")],
        required=True,
        default="2",
        tracking=True,
    )
    currency_id = fields.Many2one(
        "res.currency", compute="_compute_currency_id", store=True, readonly=False, precompute=True
    )
    disputed_amount = fields.Monetary(
        tracking=True,
        help="The part of the invoice the customer contests. Left empty, or as large as the "
        "amount due, the whole invoice is on hold; a smaller part on a single invoice is left "
        "out of the reminders, which state it, and the rest is still reminded.",
    )
    promised_date = fields.Date(
        tracking=True,
        help="For a payment promise: reminders wait until this date plus the company's grace days.",
    )
    user_id = fields.Many2one(
        "res.users",
        string="Owner",
        tracking=True,
        default=lambda self: self.env.user,
        domain="[('share', '=', False)]",
    )
    date_opened = fields.Date(
        string="Opened on", required=True, default=fields.Date.context_today, tracking=True
    )
    sla_deadline = fields.Date(
        string="Answer by",
        compute="_compute_sla_deadline",
        store=True,
        help="Opening date plus the company's answer time for this urgency.",
    )
    state = fields.Selection(
        [
            ("open", "Open"),
            ("in_progress", "In progress"),
            ("resolved", "Resolved"),
            ("rejected", "Rejected"),
        ],
        required=True,
        default="open",
        tracking=True,
        index=True,
    )
    is_closed = fields.Boolean(compute="_compute_is_closed", store=True)
    resolution = fields.Selection(
        [
            ("credit_note", "Credit note"),
            ("corrected_invoice", "Corrected invoice"),
            ("payment_found", "Payment found"),
            ("reminder_resumed", "Reminders resumed"),
        ],
        tracking=True,
        copy=False,
    )
    # internal to the accounting team: portal users never read them (over RPC either)
    resolution_note = fields.Text(copy=False, groups="base.group_user")
    date_closed = fields.Date(string="Closed on", readonly=True, copy=False, tracking=True)
    source = fields.Selection(
        [("email", "E-mail"), ("portal", "Portal"), ("manual", "By hand")],
        required=True,
        default="manual",
        readonly=True,
    )
    description = fields.Html(string="Customer's words")
    evidence = fields.Text(
        groups="base.group_user",
        help="What made the reply reader decide (sentences of the customer's message).",
    )
    invoice_count = fields.Integer(compute="_compute_invoice_count")
    is_overdue = fields.Boolean(compute="_compute_is_overdue", search="_search_is_overdue")

    @api.depends("invoice_ids")
    def _compute_partner_id(self):
        for dispute in self:
            if not dispute.partner_id and dispute.invoice_ids:
                dispute.partner_id = dispute.invoice_ids[0].commercial_partner_id

    @api.depends("invoice_ids", "company_id")
    def _compute_currency_id(self):
        for dispute in self:
            dispute.currency_id = (
                dispute.invoice_ids[:1].currency_id or dispute.company_id.currency_id
            )

    @api.depends("category")
    def _compute_is_dispute(self):
        for dispute in self:
            dispute.is_dispute = dispute.category in DISPUTE_CATEGORIES

    @api.depends("state")
    def _compute_is_closed(self):
        for dispute in self:
            dispute.is_closed = dispute.state not in OPEN_STATES

    @api.depends(
        "date_opened",
        "urgency",
        "company_id.dispute_sla_days_1",
        "company_id.dispute_sla_days_2",
        "company_id.dispute_sla_days_3",
        "company_id.dispute_sla_days_4",
        "company_id.dispute_sla_days_5",
    )
    def _compute_sla_deadline(self):
        for dispute in self:
            if not dispute.date_opened:
                dispute.sla_deadline = False
                continue
            days = dispute.company_id._fincycle_sla_days(int(dispute.urgency or 2))
            dispute.sla_deadline = dispute.date_opened + timedelta(days=days)

    def _compute_invoice_count(self):
        for dispute in self:
            dispute.invoice_count = len(dispute.invoice_ids)

    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for dispute in self:
            dispute.is_overdue = bool(
                dispute.state in OPEN_STATES
                and dispute.sla_deadline
                and dispute.sla_deadline < today
            )

    def _search_is_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on the answer deadline."))
        domain = [
            ("state", "in", OPEN_STATES),
            ("sla_deadline", "<", fields.Date.context_today(self)),
        ]
        positive = (operator == "=") == value
        return domain if positive else ["!", "&", *domain]

    @api.constrains("invoice_ids", "partner_id")
    def _check_invoices_customer(self):
        """A dispute holds its customer's invoices only: the customer reads its conversation
        on those invoices' portal pages, and his messages there go to it."""
        for dispute in self.sudo():
            others = dispute.invoice_ids.filtered(
                lambda m, d=dispute: m.commercial_partner_id != d.commercial_partner_id
            )
            if others:
                raise ValidationError(
                    self.env._(
                        "Dispute %(dispute)s can only hold invoices of %(customer)s, not "
                        "%(invoices)s.",
                        dispute=dispute.display_name,
                        customer=dispute.commercial_partner_id.display_name,
                        invoices=", ".join(others.mapped("display_name")),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not self.env.su:
                # the mail gateway and the portal create as the system; a user records by
                # hand, and opening a dispute already closed is a decision too
                vals["source"] = "manual"
                if vals.get("state", "open") not in OPEN_STATES or vals.get("resolution"):
                    self._check_can_decide()
            if vals.get("name", "/") == "/":
                company = self.env["res.company"].browse(vals.get("company_id")) or self.env.company
                vals["name"] = (
                    self.env["ir.sequence"]
                    .with_company(company)
                    .next_by_code("account.dispute", sequence_date=vals.get("date_opened"))
                    or "/"
                )
        disputes = super().create(vals_list)
        for dispute in disputes:
            if dispute.user_id:
                dispute.message_subscribe(partner_ids=dispute.user_id.partner_id.ids)
            if dispute.state not in OPEN_STATES:
                continue
            env = dispute._fincycle_company_env()
            if dispute.is_dispute:
                dispute._fincycle_log_on_invoices(
                    env._(
                        "Reminders for this invoice are paused while dispute %(dispute)s is open.",
                        dispute=dispute._fincycle_link(),
                    )
                )
            elif dispute.category == "payment_promise" and dispute.promised_date:
                until = dispute.promised_date + timedelta(
                    days=dispute.company_id.dunning_grace_days
                )
                dispute._fincycle_log_on_invoices(
                    env._(
                        "Payment promised for %(date)s (%(dispute)s): no reminder before %(until)s.",
                        date=fields.Date.to_string(dispute.promised_date),
                        dispute=dispute._fincycle_link(),
                        until=fields.Date.to_string(until),
                    )
                )
        return disputes

    def write(self, vals):
        """Closing a dispute, reopening it or choosing its resolution is a decision: for
        accountants and credit controllers only, whatever the door (form, RPC, import). So is
        ending its pause another way: an open dispute turned into a category that holds no
        reminder, or invoices taken out of it."""
        if "source" in vals and not self.env.su:
            vals = {key: value for key, value in vals.items() if key != "source"}
        open_disputes = self.filtered(lambda d: d.state in OPEN_STATES)
        closing = vals.get("state") in ("resolved", "rejected")
        reopening = vals.get("state") in OPEN_STATES and any(d.is_closed for d in self)
        unpausing = (
            "category" in vals
            and vals["category"] not in PAUSING_CATEGORIES
            and any(d.category in PAUSING_CATEGORIES for d in open_disputes)
        )
        if closing or reopening or unpausing or "resolution" in vals:
            self._check_can_decide()
        if "invoice_ids" not in vals or self._fincycle_can_decide():
            return super().write(vals)
        before = {dispute: dispute.invoice_ids for dispute in open_disputes}
        result = super().write(vals)
        if any(invoices - dispute.invoice_ids for dispute, invoices in before.items()):
            self._check_can_decide()
        return result

    # ------------------------------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------------------------------
    def _fincycle_can_decide(self):
        return self.env.su or any(self.env.user.has_group(group) for group in DECIDER_GROUPS)

    def _check_can_decide(self):
        if not self._fincycle_can_decide():
            raise AccessError(
                self.env._(
                    "Only accountants and credit controllers can resolve, reject or reopen a "
                    "dispute. You can still add information and messages."
                )
            )

    def action_start(self):
        self.filtered(lambda d: d.state == "open").write({"state": "in_progress"})
        return True

    def action_resolve(self, resolution=None):
        """Close the dispute with ``resolution`` (or the one chosen on the form); reminders
        for its invoices resume, the next one counted from today."""
        self._check_can_decide()
        for dispute in self:
            if dispute.state not in OPEN_STATES:
                raise UserError(
                    self.env._("Dispute %(name)s is not open.", name=dispute.display_name)
                )
            chosen = resolution or dispute.resolution
            if not chosen:
                raise UserError(
                    self.env._(
                        "Choose how dispute %(name)s was resolved before resolving it.",
                        name=dispute.display_name,
                    )
                )
            dispute.write(
                {
                    "state": "resolved",
                    "resolution": chosen,
                    "date_closed": fields.Date.context_today(dispute),
                }
            )
            dispute._fincycle_resume_dunning()
        self._fincycle_close_reviews()
        return True

    def _fincycle_close_reviews(self):
        """A closed dispute needs no review any more: its review activities are done."""
        self.activity_feedback(
            ["account_credit_control_fincycle.mail_activity_dispute_review"], only_automated=False
        )

    def action_reject(self):
        """The customer's claim does not hold: close it; reminders resume from today."""
        self._check_can_decide()
        for dispute in self:
            if dispute.state not in OPEN_STATES:
                raise UserError(
                    self.env._("Dispute %(name)s is not open.", name=dispute.display_name)
                )
            dispute.write({"state": "rejected", "date_closed": fields.Date.context_today(dispute)})
            dispute._fincycle_resume_dunning()
        self._fincycle_close_reviews()
        return True

    def action_reopen(self):
        self._check_can_decide()
        for dispute in self.filtered(lambda d: d.state not in OPEN_STATES):
            dispute.write({"state": "open", "date_closed": False, "resolution": False})
            if dispute.is_dispute:
                dispute._fincycle_log_on_invoices(
                    dispute._fincycle_company_env()._(
                        "Reminders for this invoice are paused again: dispute %(dispute)s "
                        "was reopened.",
                        dispute=dispute._fincycle_link(),
                    )
                )
        return True

    def action_open_invoices(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account.action_move_out_invoice_type"
        )
        action.update(
            {
                "domain": [("id", "in", self.invoice_ids.ids)],
                "context": {"default_move_type": "out_invoice", "create": False},
            }
        )
        if len(self.invoice_ids) == 1:
            action.update(
                {"view_mode": "form", "views": [(False, "form")], "res_id": self.invoice_ids.id}
            )
        return action

    # ------------------------------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------------------------------
    def _fincycle_link(self):
        self.ensure_one()
        return self._get_html_link(title=self.name)

    def _fincycle_company_env(self):
        """The environment in the company's language: the notes left on its invoices are
        stored text, read by its accountants, whoever acted (the mail gateway's superuser, a
        portal customer, an accountant with another language)."""
        self.ensure_one()
        return self.with_context(lang=self.company_id.partner_id.lang or self.env.lang).env

    def _creation_message(self):
        # "Customer Dispute created" is stored text too: in the company's language
        return super(
            AccountDispute, self.with_env(self._fincycle_company_env())
        )._creation_message()

    def _fincycle_log_on_invoices(self, body):
        for invoice in self.invoice_ids:
            invoice.sudo().message_post(body=body, subtype_xmlid="mail.mt_note")

    def _fincycle_resume_dunning(self):
        """Invoices with no other open dispute resume dunning from today."""
        self.ensure_one()
        today = fields.Date.context_today(self)
        env = self._fincycle_company_env()
        for invoice in self.invoice_ids.sudo():
            if invoice._fincycle_open_disputes() - self:
                continue
            invoice.dunning_resume_date = today
            next_date = invoice._fincycle_next_reminder_date()
            if next_date:
                body = env._(
                    "Dispute %(dispute)s closed (%(state)s): reminders resume, the next one "
                    "not before %(date)s.",
                    dispute=self._fincycle_link(),
                    state=dict(self._fields["state"]._description_selection(env))[self.state],
                    date=fields.Date.to_string(next_date),
                )
            else:
                body = env._(
                    "Dispute %(dispute)s closed: reminders resume for this invoice.",
                    dispute=self._fincycle_link(),
                )
            invoice.message_post(body=body, subtype_xmlid="mail.mt_note")

    def _fincycle_is_partial_for(self, move):
        """True when this dispute contests only part of ``move``, its only invoice."""
        self.ensure_one()
        if self.invoice_ids != move or not self.disputed_amount:
            return False
        currency = move.currency_id
        return currency.compare_amounts(self.disputed_amount, abs(move.amount_residual)) < 0

    @api.model
    def _fincycle_record(self, invoices, vals, body=None, source="email"):
        """Open, or update, the dispute of ``invoices`` from a customer's message (the doors
        other than the form: mail gateway, portal).

        ``vals`` are dispute values (category, urgency, disputed_amount, promised_date,
        description, evidence...). An open record of the same invoices is updated (urgency
        kept at the highest, amount and date replaced when given) and ``body`` posted on it;
        otherwise one is created. A dispute or a payment promise gets a *Review Dispute*
        activity for its owner (the customer's follow-up responsible, else the company's
        credit controller), once. Returns the record."""
        invoices = invoices.filtered(lambda m: m.move_type in ("out_invoice", "out_refund"))
        vals = dict(vals)
        existing = self.search(
            [("invoice_ids", "in", invoices.ids), ("state", "in", OPEN_STATES)],
            order="is_dispute desc, id desc",
            limit=1,
        )
        if existing:
            update = {}
            if int(vals.get("urgency") or 0) > int(existing.urgency):
                update["urgency"] = str(vals["urgency"])
            for fname in ("disputed_amount", "promised_date"):
                if vals.get(fname):
                    update[fname] = vals[fname]
            if vals.get("category") in DISPUTE_CATEGORIES and not existing.is_dispute:
                update["category"] = vals["category"]
            if vals.get("evidence"):
                update["evidence"] = "\n".join(filter(None, [existing.evidence, vals["evidence"]]))
            existing.write(update)
            if body:
                existing.message_post(body=body, subtype_xmlid="mail.mt_comment")
            dispute = existing
        else:
            partner = (
                self.env["res.partner"].browse(vals.get("partner_id"))
                or invoices[:1].commercial_partner_id
            )
            company = invoices[:1].company_id or self.env.company
            owner = partner.commercial_partner_id.payment_responsible_id or (
                company._fincycle_controller()
            )
            vals.setdefault("user_id", owner.id)
            vals.setdefault("partner_id", partner.commercial_partner_id.id)
            vals.setdefault("company_id", company.id)
            if "urgency" in vals:
                vals["urgency"] = str(vals["urgency"])
            vals.update({"invoice_ids": [(6, 0, invoices.ids)], "source": source})
            dispute = self.create(vals)
            if body:
                dispute.message_post(body=body, subtype_xmlid="mail.mt_comment")
        if dispute.is_dispute or dispute.category == "payment_promise":
            dispute._fincycle_ask_review()
        return dispute

    def _fincycle_ask_review(self, deadline=None):
        """A *Review Dispute* activity for the owner (the customer's follow-up responsible,
        else the company's credit controller), unless one is already waiting."""
        self.ensure_one()
        activity_type = self.env.ref("account_credit_control_fincycle.mail_activity_dispute_review")
        if self.activity_ids.filtered(lambda a: a.activity_type_id == activity_type):
            return
        owner = self.user_id or self.company_id._fincycle_controller()
        # the summary is stored as text: in the owner's language, not the mail gateway's or
        # the portal customer's
        self.with_context(lang=owner.lang or self.env.lang).activity_schedule(
            activity_type_id=activity_type.id,
            user_id=owner.id,
            date_deadline=deadline or self.sla_deadline,
        )

    @api.model
    def _fincycle_action_new(self, partner=None, invoices=None, context=None):
        """The form of a new dispute, filled from where the user clicked."""
        invoices = invoices or self.env["account.move"]
        partner = partner or invoices[:1].commercial_partner_id
        ctx = {
            "default_source": "manual",
            "default_partner_id": partner.commercial_partner_id.id if partner else False,
            "default_invoice_ids": [(6, 0, invoices.ids)],
            "default_company_id": (invoices[:1].company_id or self.env.company).id,
            **(context or {}),
        }
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Open Dispute"),
            "res_model": "account.dispute",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
            "context": ctx,
        }
