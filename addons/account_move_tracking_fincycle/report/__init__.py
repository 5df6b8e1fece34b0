from . import account_invoice_issuance_report
