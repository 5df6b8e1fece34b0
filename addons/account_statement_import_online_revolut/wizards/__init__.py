from . import revolut_account_map
