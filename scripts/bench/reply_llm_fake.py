# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The reply reader's optional LLM stage in ``disputes.py --llm``, against the local fake.

No model runs here, so no figure of a real model comes out of it. Through the real client and
the real weighing of :mod:`fincycle.collections.llm`, it measures:

- ``oracle``: the fake answers each reply's labels, quoting a sentence the customer wrote.
  The ceiling of the stage, given when it is asked (only unsure readings) and how its answer
  is weighed (never the only reason to pause or not).
- ``garbage``: the fake answers a wrong category for every reply, quoting a real sentence of
  the customer, and a wrong amount and date. What the reader keeps when the model is wrong:
  pause precision must not fall below the run without LLM.
"""

from __future__ import annotations

from collections import Counter

from fincycle.collections.llm import read_reply_with_llm
from fincycle.collections.mail import parse_mail
from fincycle.collections.replies import CATEGORIES
from fincycle.extraction.llm import LlmConfig
from fincycle.testing.fake_openai import FakeOpenAI


def _a_sentence(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if len(line.strip()) >= 12]
    return lines[0] if lines else (text.strip() or "-")


class ReplyLlmBench:
    def __init__(self, mode: str):
        self.mode = mode
        self.item: dict = {}
        self.text = ""
        self.outcomes: Counter = Counter()
        self.server = FakeOpenAI()

    def __enter__(self) -> ReplyLlmBench:
        self.server.__enter__()
        self.server.answer(lambda request: self._answer())
        self.config = LlmConfig(
            base_url=self.server.base_url, model=self.server.model, api_key=self.server.api_key
        )
        return self

    def __exit__(self, *exc) -> None:
        self.server.__exit__(*exc)

    def _answer(self) -> dict:
        item = self.item
        if self.mode == "oracle":
            return {
                "category": item["category"],
                "evidence": _a_sentence(self.text),
                "disputed_amount": item.get("disputed_amount"),
                "promised_date": item.get("promised_date"),
                "invoice_numbers": list(item.get("mentions") or []),
            }
        wrong = CATEGORIES[(CATEGORIES.index(item["category"]) + 4) % len(CATEGORIES)]
        return {
            "category": wrong,
            "evidence": _a_sentence(self.text),
            "disputed_amount": 12345.6,
            "promised_date": "2031-01-31",
            "invoice_numbers": ["X-1"],
        }

    def read(self, item, raw, context):
        """A ``disputes.run`` reader: the pure reader with the fake LLM asked when unsure."""
        mail = parse_mail(raw)
        self.item, self.text = item, mail.own_text
        reading = read_reply_with_llm(mail, context, self.config)
        self.outcomes[reading.llm] += 1
        return reading

    def report(self, out=print) -> None:
        total = sum(self.outcomes.values())
        asked = total - self.outcomes["not_asked"]
        parts = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()) if k != "not_asked")
        out(
            f"LLM stage ({self.mode}, local fake): asked on {asked}/{total} e-mails"
            + (f": {parts}" if parts else "")
        )
