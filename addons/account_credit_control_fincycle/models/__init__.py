# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import (
    account_bank_statement_line,
    account_dispute,
    account_move,
    account_move_line,
    credit_control_communication,
    credit_control_line,
    credit_control_policy,
    credit_control_run,
    dispute_report,
    mail_reply,
    partner_risk,
    res_company,
    res_config_settings,
    res_partner,
)
