"""VAT rules by country and date (no Odoo): statutory rates now; the returns build on them.

``from fincycle.vat import rates`` (``rates.rates_for``, ``rates.is_known_rate``)."""
