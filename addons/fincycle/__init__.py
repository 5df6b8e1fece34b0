# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# The suite has no code of its own: it depends on every Fincycle module (the demo group is
# fincycle_demo).
