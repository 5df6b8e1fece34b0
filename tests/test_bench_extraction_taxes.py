"""The extraction bench compares VAT rows whose base or amount is missing (a Swico "/32/8.1"
gives a rate alone) without failing."""

import importlib.util
from decimal import Decimal
from pathlib import Path

from fincycle.extraction.model import Extraction, TaxLine

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "bench" / "extraction.py"
_spec = importlib.util.spec_from_file_location("bench_extraction", SCRIPT)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def _read(*rows):
    ext = Extraction()
    ext.taxes = [TaxLine(Decimal(r), b and Decimal(b), a and Decimal(a)) for r, b, a in rows]
    return bench.got_value(ext, "taxes")


def test_rows_of_one_rate_with_and_without_a_base_sort_and_compare():
    got = _read(("8.1", "10.00", "0.81"), ("8.1", None, "0.16"))
    assert got[0][1] is None  # the row without a base first
    expected = [{"rate": 8.1, "base": 10, "amount": 0.81}, {"rate": 8.1, "base": None}]
    assert bench.same("taxes", expected, got)
    assert not bench.same("taxes", [{"rate": 2.6, "base": 10, "amount": 0.26}], got)
