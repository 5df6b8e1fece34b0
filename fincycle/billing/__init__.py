"""Billing: pure figures of the invoices' sending and tracking (no Odoo).

Import the modules directly (``from fincycle.billing import issuance``)."""
