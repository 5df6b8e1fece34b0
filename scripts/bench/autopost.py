# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The auto-post promise, scored: of the bills that would post by themselves, how many have a
wrong field.

A document "posts" when the pipeline's overall confidence reaches the bar (the company's
``capture_threshold``, 0.90 by default) and it raised no error: what
:func:`fincycle.extraction.posting.decide` requires of what was read (the other holds, such as
duplicates or approval limits, depend on the database, not on the reading). It is wrong when
any scored field is wrong, with one allowance: a vendor found by a right VAT id or IBAN is
found even if the printed name was read differently.
"""

from __future__ import annotations

VENDOR_IDS = ("vendor_vat", "vendor_iban")


class AutopostTally:
    def __init__(self, threshold: float):
        self.threshold = threshold
        self.documents = 0
        self.posted: list[str] = []
        self.wrong: list[tuple[str, list[str], list[str]]] = []

    def add(self, doc: dict, ext, fields: dict) -> None:
        self.documents += 1
        if ext is None or ext.errors or ext.confidence < self.threshold:
            return
        self.posted.append(doc["id"])
        bad = [name for name, result in fields.items() if not result["ok"]]
        found_by_id = any(
            fields[n]["ok"] and fields[n]["expected"] for n in VENDOR_IDS if n in fields
        )
        if found_by_id and "vendor_name" in bad:
            bad.remove("vendor_name")
        if bad:
            self.wrong.append((doc["id"], bad, list(doc.get("flags") or [])))

    def report(self, show_wrong: bool = False) -> None:
        print(
            f"auto-post at {self.threshold:.0%}: {len(self.posted)}/{self.documents} documents"
            f" posted, {len(self.wrong)} with a wrong field"
        )
        if show_wrong:
            for doc_id, bad, flags in self.wrong:
                flagged = f"  (truth flags: {', '.join(flags)})" if flags else ""
                print(f"  wrong auto-post {doc_id}: {', '.join(bad)}{flagged}")
