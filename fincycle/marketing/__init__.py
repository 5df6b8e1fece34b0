"""Marketing automation connectors (Mautic): pure clients, no Odoo import."""
