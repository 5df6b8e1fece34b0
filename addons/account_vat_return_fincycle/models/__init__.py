from . import account_vat_return
