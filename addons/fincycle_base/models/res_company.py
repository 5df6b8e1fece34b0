# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import pytz

from odoo import fields, models

from fincycle.http import install_failed_query_filter

# A failed write of this table is logged with its values: credentials (see fincycle.http).
install_failed_query_filter(["res_company"], "odoo.sql_db")


class ResCompany(models.Model):
    _inherit = "res.company"

    # The company's OpenAI-compatible endpoint, one setting for every reader that may ask it
    # when its rules are unsure (bill capture, customers' replies); each reader has its own
    # switch. Where the key and the documents go: system administrators only, like the key.
    fincycle_llm_base_url = fields.Char(
        "LLM Endpoint",
        groups="base.group_system",
        help="OpenAI-compatible base URL with the version prefix, e.g. https://api.openai.com/v1",
    )
    fincycle_llm_model = fields.Char("LLM Model", default="gpt-4o-mini")
    fincycle_llm_api_key = fields.Char("LLM API Key", groups="base.group_system", copy=False)

    def _fincycle_llm_config(self, send_images=False):
        """The endpoint as a ``fincycle.extraction.llm.LlmConfig``, or None when incomplete."""
        self.ensure_one()
        company = self.sudo()
        if not (company.fincycle_llm_base_url and company.fincycle_llm_model):
            return None
        from fincycle.extraction.llm import LlmConfig  # noqa: PLC0415

        return LlmConfig(
            base_url=company.fincycle_llm_base_url,
            model=company.fincycle_llm_model,
            api_key=company.fincycle_llm_api_key or "",
            send_images=send_images,
        )

    def _fincycle_tz(self):
        """The company's time zone, where its working days end: its contact's, else its
        country's first, else UTC."""
        self.ensure_one()
        name = self.partner_id.tz
        if not name and self.country_id.code:
            zones = pytz.country_timezones.get(self.country_id.code.lower()) or []
            name = zones[0] if zones else None
        try:
            return pytz.timezone(name or "UTC")
        except pytz.UnknownTimeZoneError:
            return pytz.utc
