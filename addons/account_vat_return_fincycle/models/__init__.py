from . import account_vat_return, account_vat_return_export, ir_attachment, res_company
