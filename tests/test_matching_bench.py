"""The end-to-end matching benchmark survives its anchor: OCA's matcher decides a whole batch at
once and may decide two lines for one invoice; the second then raises. The benchmark
reconciles each decided line in its own savepoint and counts the failures."""

import importlib.util
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "scripts" / "bench"


def _bench():
    sys.path.insert(0, str(BENCH))  # the script imports its sibling benchlib
    try:
        spec = importlib.util.spec_from_file_location("bench_matching", BENCH / "matching.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH))
    return module


bench = _bench()


class _Cursor:
    """Savepoints as a cursor opens them: a reconciliation that raises is rolled back."""

    def __init__(self):
        self.committed = []  # what the reconciliations left in the database
        self.events = []

    @contextmanager
    def savepoint(self):
        pending = []
        self.pending = pending
        try:
            yield
        except Exception:
            self.events.append("rollback")
            raise
        self.events.append("release")
        self.committed.extend(pending)


def test_a_line_that_raises_is_rolled_back_alone_and_counted():
    cursor = _Cursor()
    reconciled = set()

    def reconcile(line):
        invoice = {"first": "INV-1", "second": "INV-1", "third": "INV-2"}[line]
        cursor.pending.append(line)
        if invoice in reconciled:
            # what Odoo says when the same invoice comes a second time
            raise ValueError(
                "You are trying to reconcile some entries that are already reconciled.\nmore"
            )
        reconciled.add(invoice)

    done, failures = bench.reconcile_each(["first", "second", "third"], reconcile, cursor.savepoint)
    assert done == ["first", "third"]
    assert failures == [
        ("second", "You are trying to reconcile some entries that are already reconciled.")
    ]
    assert cursor.events == ["release", "rollback", "release"]
    assert cursor.committed == ["first", "third"]
    assert bench.oca_failures_line(len(failures)) == "OCA matcher: 1 lines raised an error"


def test_an_error_without_a_message_is_still_counted():
    cursor = _Cursor()

    def reconcile(line):
        cursor.pending.append(line)
        raise KeyError(line) if line == "b" else RuntimeError()

    done, failures = bench.reconcile_each(["a", "b"], reconcile, cursor.savepoint)
    assert done == []
    assert [record for record, _message in failures] == ["a", "b"]
    assert failures[0][1] == "RuntimeError()"
    assert cursor.committed == []


def test_nothing_to_reconcile():
    assert bench.reconcile_each([], lambda line: None, _Cursor().savepoint) == ([], [])
    assert bench.oca_failures_line(0) == "OCA matcher: 0 lines raised an error"


def _engine_bench():
    spec = importlib.util.spec_from_file_location(
        "bench_matching_engine", BENCH / "matching_engine.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_engine_bench_takes_a_generated_scenario():
    engine_bench = _engine_bench()
    yearly_case = engine_bench.scenario_of("held-retail:9001", items=300)
    assert yearly_case.lines and yearly_case.truth
    assert (yearly_case.lines[-1].date - yearly_case.lines[0].date).days > 500
    synthetic_case = engine_bench.scenario_of("synthetic:7", items=120)
    assert len(synthetic_case.lines) == 120
    for wrong in ("held-retail", "nowhere:3", "held-retail:x"):
        with pytest.raises(SystemExit):
            engine_bench.scenario_of(wrong)
