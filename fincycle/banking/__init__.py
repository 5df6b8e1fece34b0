"""Bank providers → plain transaction records (no Odoo).

Import the provider modules directly (``from fincycle.banking import revolut``): each pulls in
only its own dependencies (``revolut`` needs pyjwt and cryptography)."""
