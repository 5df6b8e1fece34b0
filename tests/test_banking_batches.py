"""fincycle.banking.batches: a batch booking and its payments (camt.054), whatever the order
of the imports."""

from fincycle.banking.batches import (
    BATCH_DETAILED_BEFORE,
    BATCH_SPLIT_IN_FILE,
    BATCH_TOTAL_DIFFERS_IN_FILE,
    Note,
    batch_refs,
    plan_batches,
)


def same(a, b):
    return round(a - b, 2) == 0


def booking(key="B1", amount=300.0):
    return {"unique_import_id": key, "amount": amount, "payment_ref": f"Batch {key}"}


def payment(key, amount, batch="B1"):
    return {"unique_import_id": key, "amount": amount, "fincycle_batch_ref": batch}


def test_plain_lines_are_left_alone():
    statements = [{"transactions": [booking("A", 10.0), booking("B", -5.0)]}]
    plan = plan_batches(statements, {"B"}, same_amount=same)
    assert (plan.lines, plan.known, plan.notes, plan.moves, plan.replacements) == (
        2,
        1,
        [],
        [],
        {},
    )
    assert [v["unique_import_id"] for v in statements[0]["transactions"]] == ["A", "B"]


def test_booking_and_payments_in_one_file_become_the_payments_in_place():
    p1, p2 = payment("B1-01", 100.0), payment("B1-02", 200.0)
    camt053 = {"transactions": [booking("A", 5.0), booking(), booking("C", 7.0)]}
    camt054 = {"transactions": [p1, p2]}
    statements = [camt053, camt054]
    assert batch_refs(statements) == {"B1"}
    plan = plan_batches(statements, set(), same_amount=same)
    assert [v["unique_import_id"] for v in camt053["transactions"]] == ["A", "B1-01", "B1-02", "C"]
    assert camt054["transactions"] == []
    assert plan.lines == 4  # the booking is no movement of its own
    assert plan.known == 0
    assert plan.notes == [Note(BATCH_SPLIT_IN_FILE, {"booking": "Batch B1", "count": 2})]


def test_payments_that_do_not_add_up_are_left_out_and_the_booking_kept():
    statements = [
        {"transactions": [booking()]},
        {"transactions": [payment("B1-01", 100.0), payment("B1-02", 150.0)]},
    ]
    plan = plan_batches(statements, set(), same_amount=same)
    assert [v["unique_import_id"] for v in statements[0]["transactions"]] == ["B1"]
    assert statements[1]["transactions"] == []
    assert (plan.lines, plan.known) == (3, 2)
    assert plan.notes == [
        Note(BATCH_TOTAL_DIFFERS_IN_FILE, {"booking": "Batch B1", "total": 250.0, "amount": 300.0})
    ]


def test_booking_whose_payments_were_booked_is_not_imported_again_and_they_move():
    statements = [{"transactions": [booking("A", 5.0), booking()]}]
    plan = plan_batches(statements, set(), booked_payments={"B1": [11, 12]}, same_amount=same)
    assert [v["unique_import_id"] for v in statements[0]["transactions"]] == ["A"]
    assert plan.moves == [(statements[0], [11, 12])]
    assert (plan.lines, plan.known) == (2, 1)
    assert plan.notes == [Note(BATCH_DETAILED_BEFORE, {"count": 1})]


def test_payments_of_a_booked_booking_are_set_aside_to_replace_it():
    p1, p2 = payment("B1-01", 100.0), payment("B1-02", 200.0)
    other = payment("X-01", 1.0, batch="X")
    statements = [{"transactions": [p1, p2, other]}]
    plan = plan_batches(statements, set(), booked_bookings={"B1"}, same_amount=same)
    assert plan.replacements == {"B1": [p1, p2]}
    assert statements[0]["transactions"] == [other]  # its booking is not booked: imported
    assert plan.notes == []


def test_known_lines_never_move_or_replace():
    p1 = payment("B1-01", 100.0)
    statements = [{"transactions": [p1, booking("B2")]}]
    plan = plan_batches(
        statements,
        {"B1-01", "B2"},
        booked_payments={"B2": [3]},
        booked_bookings={"B1"},
        same_amount=same,
    )
    assert plan.replacements == {} and plan.moves == []
    assert statements[0]["transactions"] == [p1, statements[0]["transactions"][1]]
    assert (plan.lines, plan.known) == (2, 2)
