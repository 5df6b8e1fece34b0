# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date, timedelta

from fincycle.collections.risk import WEIGHTS, InvoiceRecord, compute_risk

TODAY = date(2026, 6, 30)


def inv(due_days_ago, late=0, amount=1000.0, open_=False, level=0, disputed=0.0, disputes=()):
    due = TODAY - timedelta(days=due_days_ago)
    return InvoiceRecord(
        due_date=due,
        paid_date=None if open_ else due + timedelta(days=late),
        amount=amount,
        amount_company=amount,
        open_amount_company=amount if open_ else 0.0,
        max_level=level,
        disputed_amount=disputed,
        dispute_dates=tuple(disputes),
    )


def factors(result):
    return {f.code: (f.value, f.points) for f in result.factors}


def test_weights_add_up_to_100():
    assert sum(WEIGHTS.values()) == 100


def test_punctual_customer_scores_zero():
    result = compute_risk([inv(d) for d in (30, 60, 90, 200, 300)], TODAY)
    assert result.score == 0
    assert factors(result)["invoice_count"] == (5, 0.0)


def test_no_history_is_zero_with_count():
    result = compute_risk([], TODAY)
    assert result.score == 0
    assert factors(result)["invoice_count"] == (0, 0.0)


def test_days_late_amount_weighted():
    # a small invoice very late, a large one on time: the mean is weighted by amount
    result = compute_risk([inv(100, late=90, amount=100), inv(100, late=0, amount=900)], TODAY)
    value, points = factors(result)["avg_days_late"]
    assert value == 9.0
    assert points == 4.5  # 30 * 9 / 60


def test_open_overdue_invoice_counts_days_until_today():
    result = compute_risk([inv(40, open_=True)], TODAY)
    f = factors(result)
    assert f["avg_days_late"][0] == 40
    assert f["overdue_ratio"] == (1.0, 15.0)
    assert f["overdue_amount"][0] == 1000.0


def test_not_yet_due_invoice_is_neither_late_nor_overdue():
    future = InvoiceRecord(
        due_date=TODAY + timedelta(days=10),
        paid_date=None,
        amount=500,
        amount_company=500,
        open_amount_company=500,
    )
    result = compute_risk([future], TODAY)
    assert result.score == 0
    assert factors(result)["open_amount"][0] == 500


def test_worsening_trend_adds_points_improving_does_not():
    worse = compute_risk([inv(300, late=0), inv(30, late=30)], TODAY)
    better = compute_risk([inv(300, late=30), inv(30, late=0)], TODAY)
    assert factors(worse)["trend_days_late"] == (30.0, 10.0)
    assert factors(better)["trend_days_late"][1] == 0.0
    assert worse.score > better.score


def test_reminded_share_from_level_two():
    result = compute_risk([inv(100, level=2), inv(100, level=1), inv(100), inv(100)], TODAY)
    assert factors(result)["reminded_share"] == (0.25, 5.0)


def test_disputes_counted_once_each_and_capped():
    opened = TODAY - timedelta(days=20)
    invoices = [inv(100, disputes=[opened]), inv(90, disputes=[opened])]
    # from the invoices: one per invoice and dispute
    assert factors(compute_risk(invoices, TODAY))["disputes_12m"] == (2, 10)
    # given per dispute: a dispute on two invoices counts once
    assert factors(compute_risk(invoices, TODAY, dispute_dates=[opened]))["disputes_12m"] == (1, 5)
    many = [opened] * 5 + [TODAY - timedelta(days=400)]
    assert factors(compute_risk(invoices, TODAY, dispute_dates=many))["disputes_12m"] == (5, 15)


def test_disputed_ratio():
    result = compute_risk([inv(50, open_=True, disputed=500), inv(100)], TODAY)
    assert factors(result)["disputed_ratio"] == (0.25, 2.5)


def test_worst_customer_capped_at_100():
    invoices = [
        inv(d, open_=True, level=3, disputed=1000, disputes=[TODAY - timedelta(days=d)])
        for d in range(120, 0, -10)
    ] + [inv(360, late=0)]
    result = compute_risk(invoices, TODAY)
    assert 90 <= result.score <= 100
    data = result.as_dict()
    assert data["score"] == result.score
    assert {f["code"] for f in data["factors"]} >= set(WEIGHTS)


def test_old_invoices_outside_window_ignored_but_open_amount_counts():
    result = compute_risk([inv(500, open_=True, level=3)], TODAY)
    f = factors(result)
    assert f["invoice_count"][0] == 0
    assert f["avg_days_late"][1] == 0
    # still owed: the overdue amount counts in full when nothing was billed in the window
    assert f["overdue_ratio"] == (1.0, 15.0)
