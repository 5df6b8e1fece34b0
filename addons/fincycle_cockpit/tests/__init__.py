# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_cockpit, test_cockpit_security, test_cockpit_tour
