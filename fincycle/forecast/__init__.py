# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Cash forecast and receivables figures (pure, never imports odoo): how each customer pays,
when its open invoices should come in, with a band, and DSO / ageing / recovery rate."""

from .band import BandPoint, CashForecast, aggregate
from .kpi import Ageing, AgeingBucket, Dso, Recovery, ageing, dso, recovery_rate
from .model import (
    DISPUTED,
    NORMAL,
    PROMISED,
    BehaviourModel,
    Curve,
    CustomerBehaviour,
    InputIssue,
    Invoice,
    InvoiceForecast,
    Payment,
    Promise,
    choose_half_life,
    expected_total,
    forecast_invoices,
    learn,
)

__all__ = [
    "DISPUTED",
    "NORMAL",
    "PROMISED",
    "Ageing",
    "AgeingBucket",
    "BandPoint",
    "BehaviourModel",
    "CashForecast",
    "Curve",
    "CustomerBehaviour",
    "Dso",
    "InputIssue",
    "Invoice",
    "InvoiceForecast",
    "Payment",
    "Promise",
    "Recovery",
    "ageing",
    "aggregate",
    "choose_half_life",
    "dso",
    "expected_total",
    "forecast_invoices",
    "learn",
    "recovery_rate",
]
