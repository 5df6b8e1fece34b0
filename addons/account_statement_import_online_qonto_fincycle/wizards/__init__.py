from . import qonto_account_map
