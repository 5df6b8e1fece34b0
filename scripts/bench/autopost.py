# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The auto-post promise, scored: of the bills that would post by themselves, how many have a
wrong field.

A document "posts" when the pipeline's overall confidence reaches the bar (the company's
``capture_threshold``, 0.90 by default) and it raised no error: what
:func:`fincycle.extraction.posting.decide` requires of what was read (the other holds, such as
duplicates or approval limits, depend on the database, not on the reading). It is wrong when
a value was filled that differs from the ground truth, or a key field the bill needs
(number, date, currency, total, net/VAT, and the vendor: by VAT id, IBAN or name) is missing.
A vendor found by a right VAT id or IBAN is found even if the printed name was read
differently. A non-key field left empty (a VAT id, a due date, a payment reference) is not a
wrong value but an incomplete bill: counted and listed apart. A value read where the ground
truth is empty (an e-invoice's XML without a due date whose page prints one) is no error.

The public e-invoice samples are years old, and a bill dated more than three years ago is
rightly held (``invoice_date_old``). A second line says what would post if that check alone
were left out, with the same bar and the same counting of wrong fields (bench only: the
pipeline keeps the check).
"""

from __future__ import annotations

from fincycle.extraction.crosscheck import FAILED_CHECK_CAP, key_scores

# Held for the age of the sample, not for what was read (see the second report line).
AGE_CODES = ("invoice_date_old",)

VENDOR_IDS = ("vendor_vat", "vendor_iban")
KEY_FIELDS = (
    "document_type",
    "invoice_number",
    "invoice_date",
    "currency",
    "amount_total",
    "amount_untaxed",
    "amount_tax",
    "taxes",
)


class AutopostTally:
    def __init__(self, threshold: float, fresh: bool = False):
        self.threshold = threshold
        self.is_fresh = fresh  # the count without the age check
        self.documents = 0
        self.posted: list[str] = []
        self.wrong: list[tuple[str, list[str], list[str]]] = []
        self.incomplete: list[tuple[str, list[str], list[str]]] = []
        self.fresh = None if fresh else AutopostTally(threshold, fresh=True)

    def add(self, doc: dict, ext, fields: dict) -> None:
        self.documents += 1
        if self.fresh is not None:
            self.fresh.add(doc, ext, fields)
        if ext is None or ext.errors or self._confidence(ext) < self.threshold:
            return
        self.posted.append(doc["id"])
        flags = list(doc.get("flags") or [])
        bad, missing = [], []
        for name, result in fields.items():
            if result["ok"] or _empty(result["expected"]):
                continue
            (missing if _empty(result["got"]) else bad).append(name)
        vendor_found = any(
            fields[n]["ok"] and not _empty(fields[n]["expected"])
            for n in (*VENDOR_IDS, "vendor_name")
            if n in fields
        )
        if vendor_found and "vendor_name" in bad and not (set(VENDOR_IDS) & set(bad)):
            bad.remove("vendor_name")
        bad += [n for n in missing if n in KEY_FIELDS]
        if not vendor_found:
            bad += [n for n in missing if n == "vendor_name"]
        missing = [n for n in missing if n not in bad]
        if bad:
            self.wrong.append((doc["id"], bad, flags))
        elif missing:
            self.incomplete.append((doc["id"], missing, flags))

    def _confidence(self, ext) -> float:
        if not self.is_fresh or ext.confidence >= self.threshold:
            return ext.confidence
        checks = getattr(ext, "failed_checks", [])
        failed = [c for c in checks if not (c.reason and c.reason.code in AGE_CODES)]
        if len(failed) == len(checks) or ext.value("document_type") == "not_an_invoice":
            return ext.confidence
        score = min(confidence for _name, confidence in key_scores(ext).values())
        return min(score, FAILED_CHECK_CAP) if failed else score

    def report(self, show_wrong: bool = False) -> None:
        suffix = " if the sample dates were current" if self.is_fresh else ""
        print(
            f"auto-post at {self.threshold:.0%}{suffix}: {len(self.posted)}/{self.documents} documents"
            f" posted, {len(self.wrong)} with a wrong field"
            f" ({len(self.incomplete)} more with a non-key field left empty)"
        )
        if show_wrong:
            for label, rows in (("wrong", self.wrong), ("incomplete", self.incomplete)):
                for doc_id, names, flags in rows:
                    flagged = f"  (truth flags: {', '.join(flags)})" if flags else ""
                    print(f"  {label} auto-post {doc_id}: {', '.join(names)}{flagged}")
        if self.fresh is not None and self.fresh.posted != self.posted:
            self.fresh.report(show_wrong)


def _empty(value) -> bool:
    return value in (None, "", [])
