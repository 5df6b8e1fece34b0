from . import test_contract_invoicing
