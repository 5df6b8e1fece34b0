"""Batch bookings and their payments in a statement import: which lines to create, which to
leave out, which lines booked earlier they replace. Pure dict work, no Odoo.

A QR batch credit comes as one camt.053 entry without details (the same single line in MT940
and CSV) and as one line per payment in a camt.054 notification. The payments are what the
matcher needs, so they win, whatever the order of the imports:

- booking and payments in the same file (a zip of a camt.053 and its camt.054): the payments
  take the booking's place in its statement, when they add up to it;
- payments imported first: the booking is not imported again; the payments booked earlier move
  into the new statement (``moves``), whose balances then add up;
- booking imported first: the payments are set aside (``replacements``) to replace the booked
  line (the add-on checks that line: not reconciled, same total).

Line values are the OCA import framework's: ``unique_import_id``, ``amount``, ``payment_ref``,
and ``fincycle_batch_ref`` (the import id of the booking a payment belongs to). The add-on
renders the notes' codes as sentences.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field

__all__ = [
    "BATCH_DETAILED_BEFORE",
    "BATCH_SPLIT_IN_FILE",
    "BATCH_TOTAL_DIFFERS_IN_FILE",
    "BatchPlan",
    "Note",
    "batch_refs",
    "plan_batches",
]

# The booking and its payments came in the same file: imported as its payments.
# Parameters: booking (label), count.
BATCH_SPLIT_IN_FILE = "batch_split_in_file"
# ... but the payments do not add up to the booking: the booking is imported, not the payments.
# Parameters: booking, total, amount.
BATCH_TOTAL_DIFFERS_IN_FILE = "batch_total_differs_in_file"
# Bookings of a statement whose payments were imported before: not imported again.
# Parameters: count.
BATCH_DETAILED_BEFORE = "batch_detailed_before"


@dataclass(frozen=True)
class Note:
    code: str
    params: dict


@dataclass
class BatchPlan:
    """What ``plan_batches`` decided. ``lines``: movements in the file (a booking imported as
    its payments is not a movement of its own); ``known``: movements already imported or left
    out; ``moves``: (statement values, ids of payment lines booked earlier) to put into the
    statement created from those values; ``replacements``: booking import id → payment values
    to create in place of that booked line; ``notes`` for the user."""

    lines: int = 0
    known: int = 0
    moves: list[tuple[dict, list]] = field(default_factory=list)
    replacements: dict[str, list[dict]] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)


def batch_refs(statements: Iterable[dict]) -> set[str]:
    """The booking import ids the payments of ``statements`` name."""
    return {
        lvals["fincycle_batch_ref"]
        for st_vals in statements
        for lvals in st_vals["transactions"]
        if lvals.get("fincycle_batch_ref")
    }


def plan_batches(
    statements: list[dict],
    known: set[str],
    *,
    booked_payments: Mapping[str, list[Hashable]] | None = None,
    booked_bookings: Iterable[str] = (),
    same_amount: Callable[[float, float], bool],
) -> BatchPlan:
    """Sort the batch bookings of ``statements`` (statement values with ``transactions``;
    changed in place: the lines left in ``transactions`` are the ones to create).

    ``known``: import ids of the file already booked; ``booked_payments``: booking import id →
    ids of the payment lines booked earlier for it (for the import ids of the file);
    ``booked_bookings``: import ids of booked lines among ``batch_refs(statements)``;
    ``same_amount(a, b)``: True when two amounts are equal in the journal's currency."""
    plan = BatchPlan()
    lines = [lvals for st_vals in statements for lvals in st_vals["transactions"]]
    plan.lines = len(lines)
    plan.known = sum(1 for lvals in lines if lvals.get("unique_import_id") in known)
    _merge_in_file(statements, known, same_amount, plan)
    _split_booked(statements, known, booked_payments or {}, set(booked_bookings), plan)
    return plan


def _merge_in_file(statements, known, same_amount, plan):
    """A booking and its payments in the same file: the payments take its place."""
    bookings = {}
    for st_vals in statements:
        for lvals in st_vals["transactions"]:
            key = lvals.get("unique_import_id")
            if key and key not in known and not lvals.get("fincycle_batch_ref"):
                bookings[key] = (st_vals, lvals)
    payments = defaultdict(list)
    for st_vals in statements:
        for lvals in st_vals["transactions"]:
            batch_ref = lvals.get("fincycle_batch_ref")
            if batch_ref in bookings and lvals.get("unique_import_id") not in known:
                payments[batch_ref].append(lvals)
    for batch_ref, items in payments.items():
        st_vals, booking = bookings[batch_ref]
        payment_ids = {id(lvals) for lvals in items}
        for other in statements:
            other["transactions"] = [
                lvals for lvals in other["transactions"] if id(lvals) not in payment_ids
            ]
        label = booking.get("payment_ref") or batch_ref
        total = sum(float(lvals["amount"]) for lvals in items)
        if not same_amount(total, float(booking["amount"])):
            plan.known += len(items)
            plan.notes.append(
                Note(
                    BATCH_TOTAL_DIFFERS_IN_FILE,
                    {"booking": label, "total": total, "amount": booking["amount"]},
                )
            )
            continue
        position = next(i for i, lvals in enumerate(st_vals["transactions"]) if lvals is booking)
        st_vals["transactions"][position : position + 1] = items
        plan.lines -= 1  # the booking is not a movement of its own
        plan.notes.append(Note(BATCH_SPLIT_IN_FILE, {"booking": label, "count": len(items)}))


def _split_booked(statements, known, booked_payments, booked_bookings, plan):
    """Take out the bookings whose payments were booked before (they move into the booking's
    new statement), and the payments whose booking was booked before (they replace it)."""
    for st_vals in statements:
        kept, covered, covered_bookings = [], [], set()
        for lvals in st_vals["transactions"]:
            key = lvals.get("unique_import_id")
            batch_ref = lvals.get("fincycle_batch_ref")
            if key not in known and key in booked_payments:
                covered += booked_payments[key]
                covered_bookings.add(key)
                plan.known += 1
            elif key not in known and batch_ref in booked_bookings:
                plan.replacements.setdefault(batch_ref, []).append(lvals)
            else:
                kept.append(lvals)
        st_vals["transactions"] = kept
        if covered:
            plan.moves.append((st_vals, covered))
            plan.notes.append(Note(BATCH_DETAILED_BEFORE, {"count": len(covered_bookings)}))
