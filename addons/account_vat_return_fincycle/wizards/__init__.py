from . import account_fec_export
