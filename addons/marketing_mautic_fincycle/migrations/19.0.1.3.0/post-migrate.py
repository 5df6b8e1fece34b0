# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The reasons stored as sentences before (in the language of the job that wrote them) that are
one of the module's own sentences get their code back, so they are read in each reader's
language; any other text (Mautic's words) stays as the detail."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    Event = env["fincycle.mautic.event"]
    Integration = env["fincycle.integration"]
    codes = {}
    for lang, _name in env["res.lang"].get_installed():
        texts = {
            **Integration.with_context(lang=lang)._mautic_problem_texts(),
            **Event.with_context(lang=lang)._mautic_reason_texts(),
        }
        codes.update({text[:250]: code for code, text in texts.items() if "%(detail)s" not in text})
    events = Event.search([("error_code", "=", False), ("error_detail", "in", list(codes))])
    for event in events:
        event.write({"error_code": codes[event.error_detail], "error_detail": False})
