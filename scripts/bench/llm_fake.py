# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The optional LLM stage in the accuracy benchmark, against the local fake endpoint.

No model runs here, so no figure of a real model's reading comes out of it. What it measures,
through the real client (``fincycle.extraction.llm``) and the real merge of the pipeline:

- ``oracle``: the fake answers each document's ground truth. The figures are the ceiling: what
  the rules plus a perfect model would reach, given when the pipeline asks (only when the
  rules' confidence is below ``llm_below``) and how it weighs the answer (an LLM value never
  beats a sure rules value, never reaches the auto-post bar alone).
- ``garbage``: the fake answers plausible wrong values (another number, shifted dates and
  amounts, another IBAN). The figures show what the rules keep when the model is wrong: the
  accuracy must not fall below the run without LLM, and no bill may auto-post on them.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

from fincycle.extraction.llm import LlmConfig
from fincycle.testing.fake_openai import FakeOpenAI


def _oracle(doc: dict) -> dict:
    taxes = [
        {"rate": _num(t.get("rate")), "base": _num(t.get("base")), "amount": _num(t.get("amount"))}
        for t in doc.get("taxes") or []
    ]
    return _answer(
        document_type=doc.get("document_type") or "invoice",
        vendor_name=doc.get("vendor_name"),
        vendor_vat=doc.get("vendor_vat"),
        vendor_iban=doc.get("vendor_iban"),
        invoice_number=doc.get("invoice_number"),
        invoice_date=doc.get("invoice_date"),
        due_date=doc.get("due_date"),
        currency=doc.get("currency"),
        amount_untaxed=_num(doc.get("amount_untaxed")),
        amount_tax=_num(doc.get("amount_tax")),
        amount_total=_num(doc.get("amount_total")),
        payment_reference=doc.get("payment_reference"),
        taxes=taxes,
    )


def _garbage(doc: dict) -> dict:
    def shifted(value):
        return str(date.fromisoformat(value) + timedelta(days=3)) if value else "2020-01-01"

    def more(value):
        return _num(value) + 11.1 if value is not None else 99.9

    return _answer(
        document_type="invoice",
        vendor_name="Imaginary Supplies Ltd",
        vendor_vat="DE811569869",
        vendor_iban="DE02120300000000202051",
        invoice_number=f"{doc.get('invoice_number') or 'X'}-9",
        invoice_date=shifted(doc.get("invoice_date")),
        due_date=shifted(doc.get("due_date")),
        currency="USD",
        amount_untaxed=more(doc.get("amount_untaxed")),
        amount_tax=more(doc.get("amount_tax")),
        amount_total=more(doc.get("amount_total")),
        payment_reference="RF18539007547034",
        taxes=[{"rate": 7.7, "base": 100.0, "amount": 7.7}],
    )


def _num(value):
    return float(Decimal(str(value))) if value not in (None, "") else None


def _answer(**values) -> dict:
    base = {
        "vendor_street": None,
        "vendor_zip": None,
        "vendor_city": None,
        "vendor_country": None,
        "po_number": None,
        "customer_name": None,
        "lines": [],
    }
    base.update(values)
    return base


class BenchLlm:
    def __init__(self, mode: str):
        self.mode = mode
        self.document: dict = {}
        self.server = FakeOpenAI()

    def start(self, options) -> BenchLlm:
        self.server.__enter__()
        make = _oracle if self.mode == "oracle" else _garbage
        self.server.answer(lambda request: make(self.document))
        options.llm = LlmConfig(
            base_url=self.server.base_url, model=self.server.model, api_key=self.server.api_key
        )
        return self

    def report(self, documents: int) -> None:
        requests = self.server.chat_requests()
        sizes = [len(json.dumps(r)) for r in requests]
        mean = sum(sizes) / len(sizes) if sizes else 0
        print(
            f"LLM stage ({self.mode}, local fake): asked on {len(requests)}/{documents} documents,"
            f" {mean / 1000:.1f} kB per request"
        )

    def stop(self) -> None:
        self.server.__exit__(None, None, None)


def start(mode: str, options) -> BenchLlm:
    return BenchLlm(mode).start(options)
