"""Test helpers shared by the pure tests and the Odoo tests (no Odoo import)."""

from .fake_server import FakeResponse, FakeServer

__all__ = ["FakeResponse", "FakeServer"]
