from . import (
    account_document_import_mixin,
    account_invoice_capture,
    account_invoice_capture_decoder,
    account_move,
    res_company,
    res_config_settings,
    res_partner,
)
