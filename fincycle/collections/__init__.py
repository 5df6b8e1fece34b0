# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Collections: reading customers' replies to invoices and reminders (pure, never imports odoo)."""

from .replies import CATEGORIES, PAUSING_CATEGORIES, ReplyReading, ThreadContext, read_reply

__all__ = ["CATEGORIES", "PAUSING_CATEGORIES", "ReplyReading", "ThreadContext", "read_reply"]
