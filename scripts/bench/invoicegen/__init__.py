# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The synthetic invoice generator behind ``scripts/bench/make_invoices.py``.

:mod:`.identifiers` and :mod:`.data` (locale data) feed :mod:`.model` (one document and its
ground truth, drawn from a seed); :mod:`.render` (with :mod:`.pdf` and :mod:`.qrpart`) prints
it; :mod:`.scan` makes degraded image copies. The script writes the files and the manifest.
"""
