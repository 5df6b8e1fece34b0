"""From the rules' own confidence to a measured one.

The text and OCR rules give each value a confidence from how it was found (a label and a
checksum, a label alone, a guess). This module maps it, per field and source, to the share of
values that were right at that level on documents with ground truth: the lower bound of a
95 % Wilson interval, made non-decreasing, so a small bucket never looks surer than it is.
The table is written by ``scripts/bench/calibrate_extraction.py --write``; QR-bill, XML and
LLM values are not remapped (exact, or unmeasured).

A value whose raw confidence falls in a bucket with too few observations keeps its raw
confidence, capped by the calibrated value of the next bucket up.
"""

from __future__ import annotations

from bisect import bisect_right

from .calibration_table import BUCKETS, TABLE
from .model import Extraction, Field

__all__ = ["BUCKETS", "calibrate", "calibrated"]

CALIBRATED_SOURCES = ("text", "ocr")


def calibrated(name: str, source: str, raw: float) -> float:
    row = TABLE.get(f"{source}:{name}")
    if not row:
        return raw
    index = max(bisect_right(BUCKETS, raw) - 1, 0)
    value = row[index]
    if value is None:  # too few observations: keep the raw figure, never above the next bucket
        higher = [v for v in row[index + 1 :] if v is not None]
        return min(raw, higher[0]) if higher else raw
    return value


def calibrate(ext: Extraction) -> Extraction:
    """Remap in place the confidences of text/OCR values; return ``ext``."""
    for name, f in list(ext.fields.items()):
        if f.source in CALIBRATED_SOURCES and f.value not in (None, ""):
            ext.fields[name] = Field(
                f.value, round(calibrated(name, f.source, f.confidence), 4), f.source, f.note
            )
    if ext.taxes:
        source = next(
            (f.source for f in ext.fields.values() if f.source in CALIBRATED_SOURCES), None
        )
        if source:
            ext.taxes_confidence = round(calibrated("taxes", source, ext.taxes_confidence), 4)
    return ext
