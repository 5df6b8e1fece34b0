"""VAT rules and returns by country and date (no Odoo).

- ``rates``: statutory rates by country and day of supply (also used by bill capture), Swiss net
  tax rates;
- ``ch_return``: the Swiss ESTV boxes from l10n_ch tag balances, and the net tax rate method;
- ``ech0217``: the eCH-0217 v2.0.0 e-filing XML, its rules and the official XSD (``schemas/``);
- ``ca3``: the French CA3 boxes from l10n_fr_account tag balances, with their EDI codes;
- ``fec``: the French FEC writer, checker and descriptive note.

The functions return codes and data; the add-ons word them."""
