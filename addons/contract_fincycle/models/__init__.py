from . import account_move, contract_contract, contract_invoice_run
