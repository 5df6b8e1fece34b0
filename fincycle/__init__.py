"""Fincycle pure-Python core. Never imports odoo."""
