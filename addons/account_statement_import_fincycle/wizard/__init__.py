from . import bank_account_map_line
