"""Supplier bill capture → plain records (no Odoo).

Import the modules directly (``from fincycle.extraction import qrbill``)."""
