"""Supplier bill capture → plain records (no Odoo).

Import the modules directly (``from fincycle.extraction import pipeline``)."""

# Before any module imports stdnum.iban (stdnum_compat), and before pdfminer parses anything
# (pdfminer_compat): see each module for why.
from . import pdfminer_compat, stdnum_compat
