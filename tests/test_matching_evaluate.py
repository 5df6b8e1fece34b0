"""How the benchmarks count a line right: strictly, and booked first in, first out."""

from datetime import date
from decimal import Decimal

from fincycle.matching import BankLine, Candidate, OpenItem
from fincycle.matching.tuning.evaluate import evaluate, fifo_equivalents


def _item(item_id, month, partner=1):
    issued = date(2025, month, 1)
    return OpenItem(
        id=item_id,
        residual=Decimal("49.00"),
        currency="CHF",
        partner_id=partner,
        partner_name=f"Partner {partner}",
        number=f"RE-2025-{item_id:04d}",
        invoice_date=issued,
        due_date=issued,
    )


def _line(line_id, label=""):
    return BankLine(line_id, Decimal("49.00"), "CHF", date(2025, 3, 20), label=label)


def _booked(*items):
    return [Candidate(items, 0.99, (), {i: Decimal("49.00") for i in items}, Decimal(0), "full")]


ITEMS = [_item(1, 1), _item(2, 2), _item(3, 3), _item(9, 1, partner=2)]


def test_an_older_look_alike_of_the_payer_is_booked_first_in_first_out():
    lines = [
        _line("plain", "Abo"),
        _line("month", "Abo Februar 2025"),  # the payer named February
        _line("number", "RE-2025-0002"),
        _line("other", "Abo"),
        _line("newer", "Abo"),
    ]
    truth = {line.id: {2} for line in lines}
    equivalents = fifo_equivalents(lines, ITEMS, truth)
    assert equivalents == {"plain": [{1}], "other": [{1}], "newer": [{1}]}
    results = {
        "plain": _booked(1),
        "month": _booked(1),
        "number": _booked(1),
        "other": _booked(9),  # another partner's
        "newer": _booked(3),  # a newer month: not first in, first out
    }
    report = evaluate(results, truth, equivalents=equivalents)
    assert report.auto == 5
    assert report.auto_correct == 0  # strictly, none is right
    assert report.auto_fifo == 1
    assert report.precision_fifo == 0.2
    assert report.recall_fifo == 0.2
    problems = {e["key"]: e["problem"] for e in report.errors}
    assert problems == dict.fromkeys(truth, "wrong auto") | {"plain": "fifo auto"}


def test_sets_and_lines_paying_nothing_have_no_equivalent():
    lines = [_line("set"), _line("nothing")]
    truth = {"set": {2, 3}, "nothing": set()}
    assert fifo_equivalents(lines, ITEMS, truth) == {}
