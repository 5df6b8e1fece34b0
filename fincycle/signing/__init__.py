"""Electronic signature providers → plain submissions, signatories and events (no Odoo).

Import the provider modules directly (``from fincycle.signing import docuseal``)."""
