"""Supplier bill capture → plain records (no Odoo).

Import the modules directly (``from fincycle.extraction import pipeline``)."""

# Before any module imports stdnum.iban: see stdnum_compat for why.
from . import stdnum_compat
