"""Time tracking providers → plain timesheet values (no Odoo).

Import the provider modules directly (``from fincycle.timesheets import clockify``)."""
