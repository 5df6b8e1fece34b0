# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The LLM endpoint moved to fincycle_base (one setting for every reader): copy it over."""

from odoo.tools.sql import column_exists


def migrate(cr, version):
    if not column_exists(cr, "res_company", "capture_llm_base_url"):
        return
    cr.execute(
        """
        UPDATE res_company
           SET fincycle_llm_base_url = capture_llm_base_url,
               fincycle_llm_model = COALESCE(capture_llm_model, fincycle_llm_model),
               fincycle_llm_api_key = capture_llm_api_key
         WHERE fincycle_llm_base_url IS NULL AND capture_llm_base_url IS NOT NULL
        """
    )
