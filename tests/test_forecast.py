"""The cash forecast core (fincycle.forecast): shrinkage, conditioning, disputes, promises, the
band, receivables figures, bad inputs, and the backtest's absence of leakage."""

import json
import random
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from fincycle.forecast import (
    DISPUTED,
    NORMAL,
    PROMISED,
    Invoice,
    Payment,
    Promise,
    ageing,
    aggregate,
    dso,
    expected_total,
    forecast_invoices,
    learn,
    recovery_rate,
)
from fincycle.forecast import model as fm
from fincycle.forecast.drift import CAP, detect_shift, half_paid_delay
from fincycle.forecast.monthend import last_business_day, month_index

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts" / "bench"))

import cash_forecast
import make_long_history

AS_OF = date(2025, 6, 30)
_counter = [0]


def inv(partner, due, amount=100_000, paid_delays=(), issue=None, **kw):
    """An invoice due on ``due`` paid (in equal parts) at the given delays after it."""
    _counter[0] += 1
    issue = issue or due - timedelta(days=30)
    parts = len(paid_delays)
    payments = tuple(
        Payment(due + timedelta(days=d), amount // parts + (amount % parts if i == 0 else 0))
        for i, d in enumerate(paid_delays)
    )
    return Invoice(f"R{_counter[0]:05d}", partner, issue, due, amount, payments, **kw)


def history(partner, count, delay, *, end=date(2025, 5, 1), spacing=10, jitter=0, seed=1):
    rng = random.Random(seed)
    return [
        inv(
            partner,
            end - timedelta(days=spacing * i),
            paid_delays=(delay + rng.randint(-jitter, jitter),),
        )
        for i in range(count)
    ]


def company_book():
    """Twelve punctual customers (paid at the due date, +-2 days), a customer paying 40 days
    late for years, a new one with a single invoice paid 60 days late."""
    book = []
    for c in range(12):
        book += history(f"P{c}", 20, 0, jitter=2, seed=c)
    book += history("LATE", 30, 40, jitter=2, seed=99)
    book.append(inv("NEW", date(2025, 4, 1), paid_delays=(60,)))
    return book


# --------------------------------------------------------------------------- shrinkage


def test_new_customer_close_to_company_long_history_close_to_its_own():
    model = learn(company_book(), AS_OF)
    company = model.company.mean_delay()
    new = model.behaviour("NEW")
    late = model.behaviour("LATE")
    assert 0 < new.weight < 0.5 < late.weight < 1
    # one invoice at +60 moves a new customer little from the company's habit
    assert abs(new.curve.mean_delay() - company) < 0.35 * (60 - company)
    # thirty invoices at +40: mostly its own habit (its hazards carry one pseudo-invoice of the
    # company's at each delay, so a few percent leak towards the company's habit)
    assert late.own_curve.mean_delay() == pytest.approx(40, abs=3)
    assert abs(late.curve.mean_delay() - 40) < 0.25 * (40 - company)
    # an unknown customer is the company
    assert model.behaviour("NOBODY").curve == model.company
    assert fm.K_BOUNDS[0] <= model.k <= fm.K_BOUNDS[1]


def test_open_invoice_conditioned_on_its_current_delay():
    book = company_book()
    late_open = inv("LATE", AS_OF - timedelta(days=10))  # at +10, pays around +40
    forecasts, _ = forecast_invoices([*book, late_open], learn(book, AS_OF), horizon=60)
    f = next(f for f in forecasts if f.ref == late_open.ref)
    assert f.status == NORMAL and f.days_late == 10
    assert f.paid_by(20) < 0.3 < 0.7 < f.paid_by(35)  # day 30 is delay +40
    assert sum(f.probabilities) + f.beyond == pytest.approx(1)


def test_partial_payer_learnt_in_parts():
    book = []
    for c in range(6):
        book += history(f"P{c}", 15, 0, jitter=1, seed=c)
    for i in range(25):
        book.append(inv("HALF", date(2025, 4, 1) - timedelta(days=10 * i), paid_delays=(0, 30)))
    model = learn(book, AS_OF)
    curve = model.behaviour("HALF").curve
    assert curve.paid_by(5) == pytest.approx(0.5, abs=0.1)
    assert curve.paid_by(35) > 0.9


def test_open_invoices_count_as_censored_not_as_punctual():
    # half the customer's invoices still open 100 days after their due date
    book = history("SLOW", 10, 5, seed=3) + [
        inv("SLOW", AS_OF - timedelta(days=100 + i)) for i in range(10)
    ]
    assert learn(book, AS_OF).behaviour("SLOW").own_curve.paid_by(90) < 0.6


def test_month_end_payer_forecast_on_the_last_business_day():
    book = company_book()
    for i in range(12):
        due = date(2025, 5, 20) - timedelta(days=13 * i)
        paid = last_business_day(month_index(due + timedelta(days=5)))
        book.append(inv("EOM", due, paid_delays=((paid - due).days,)))
    model = learn(book, AS_OF)
    assert model.behaviour("EOM").month_end is not None
    assert model.behaviour("P1").month_end is None
    due = date(2025, 7, 10)
    forecasts, _ = forecast_invoices([inv("EOM", due)], model, horizon=60)
    f = forecasts[0]
    july_end = (date(2025, 7, 31) - AS_OF).days  # a Thursday
    assert f.probabilities[july_end - 1] > 0.5
    assert sum(f.probabilities) + f.beyond == pytest.approx(1)


# --------------------------------------------------------------------------- disputes, promises


def test_disputed_invoice_forecast_apart():
    book = company_book()
    disputed = inv("P1", AS_OF - timedelta(days=5), disputed_on=AS_OF - timedelta(days=2))
    normal = inv("P1", AS_OF + timedelta(days=3))
    forecasts, _ = forecast_invoices([*book, disputed, normal], learn(book, AS_OF), horizon=30)
    by_ref = {f.ref: f for f in forecasts}
    assert by_ref[disputed.ref].status == DISPUTED
    assert by_ref[normal.ref].status == NORMAL
    band = aggregate(forecasts, AS_OF, horizon=30, simulations=200)
    with_disputed = aggregate(forecasts, AS_OF, horizon=30, simulations=200, include_disputed=True)
    assert band.disputed_open_cents == disputed.amount_cents
    assert band.cumulative[-1].expected_cents < with_disputed.cumulative[-1].expected_cents
    # a dispute resolved before the day is a normal invoice again
    resolved = replace(disputed, dispute_resolved_on=AS_OF - timedelta(days=1))
    forecasts, _ = forecast_invoices([resolved], learn(book, AS_OF))
    assert forecasts[0].status == NORMAL


def test_promise_overrides_with_its_reliability_and_a_broken_one_is_ignored():
    book = company_book()
    promised = inv(
        "LATE",
        AS_OF - timedelta(days=10),
        promises=(Promise(AS_OF - timedelta(days=1), AS_OF + timedelta(days=5)),),
    )
    broken = inv(
        "LATE",
        AS_OF - timedelta(days=10),
        promises=(Promise(AS_OF - timedelta(days=20), AS_OF - timedelta(days=10)),),
    )
    model = learn(book, AS_OF)
    forecasts, _ = forecast_invoices([promised, broken], model, horizon=60)
    by_ref = {f.ref: f for f in forecasts}
    f = by_ref[promised.ref]
    reliability = model.behaviour("LATE").promise_reliability
    assert f.status == PROMISED
    assert f.probabilities[4] >= reliability > 0
    assert by_ref[broken.ref].status == NORMAL
    # a promise made after the day is unknown on the day
    later = replace(
        promised, promises=(Promise(AS_OF + timedelta(days=1), AS_OF + timedelta(days=5)),)
    )
    assert forecast_invoices([later], model)[0][0].status == NORMAL


def test_promise_reliability_learnt_from_kept_and_broken_promises():
    book = company_book()
    for i in range(8):  # always pays on the day it promised
        due = date(2025, 3, 1) - timedelta(days=15 * i)
        book.append(
            inv(
                "KEEPER",
                due,
                paid_delays=(25,),
                promises=(Promise(due + timedelta(days=15), due + timedelta(days=25)),),
            )
        )
        book.append(
            inv(
                "BREAKER",
                due,
                paid_delays=(80,),
                promises=(Promise(due + timedelta(days=15), due + timedelta(days=25)),),
            )
        )
    model = learn(book, AS_OF)
    assert (
        model.behaviour("KEEPER").promise_reliability
        > 0.6
        > model.behaviour("BREAKER").promise_reliability
    )


# --------------------------------------------------------------------------- band


def test_band_ordered_deterministic_and_consistent():
    book = company_book()
    opened = [
        inv(f"P{i % 12}", AS_OF + timedelta(days=i - 10), amount=50_000 + 1000 * i)
        for i in range(40)
    ]
    forecasts, _ = forecast_invoices([*book, *opened], learn(book, AS_OF), horizon=30)
    band = aggregate(forecasts, AS_OF, horizon=30, simulations=300, seed=5)
    for point in (*band.days, *band.weeks, *band.cumulative):
        assert 0 <= point.p10_cents <= point.p50_cents <= point.p90_cents
    assert [w.end for w in band.weeks][-1] == AS_OF + timedelta(days=30)
    cumulative = [p.p90_cents for p in band.cumulative]
    assert cumulative == sorted(cumulative)
    total = band.cumulative[-1]
    assert total.expected_cents == pytest.approx(expected_total(forecasts, 30), abs=1)
    assert total.p10_cents <= total.expected_cents <= total.p90_cents
    assert sum(d.expected_cents for d in band.days) == pytest.approx(total.expected_cents, abs=30)
    assert aggregate(forecasts, AS_OF, horizon=30, simulations=300, seed=5) == band
    assert aggregate([], AS_OF, horizon=7).cumulative[-1].p90_cents == 0


# --------------------------------------------------------------------------- receivables figures


def test_ageing_dso_recovery():
    invoices = [
        inv("A", AS_OF + timedelta(days=5), amount=1000),  # not due
        inv("A", AS_OF - timedelta(days=10), amount=2000),  # 1-30
        inv("A", AS_OF - timedelta(days=45), amount=3000, disputed_on=AS_OF - timedelta(days=20)),
        inv("A", AS_OF - timedelta(days=75), amount=4000),  # 61-90
        inv("A", AS_OF - timedelta(days=200), amount=5000),  # > 90
        inv("A", AS_OF - timedelta(days=100), amount=6000, paid_delays=(10,)),  # paid
    ]
    result = ageing(invoices, AS_OF)
    assert [b.open_cents for b in result.buckets] == [1000, 2000, 3000, 4000, 5000]
    assert result.bucket("31_60").disputed_cents == 3000
    assert result.total_cents == 15000
    figures = dso(invoices, AS_OF, period_days=90)
    assert figures.sales_cents == 1000 + 2000 + 3000  # issued in the last 90 days
    assert figures.with_disputed == pytest.approx(15000 / 6000 * 90)
    assert figures.without_disputed == pytest.approx(12000 / 6000 * 90)
    recovery = recovery_rate(invoices, AS_OF, within_days=60, window_days=365)
    # due 75, 100 and 200 days ago: only the 6000 paid 10 days after its due date
    assert recovery.invoices == 3
    assert recovery.rate == pytest.approx(6000 / 15000)
    assert dso([], AS_OF).code == "no_sales"
    assert recovery_rate([], AS_OF).rate is None


# --------------------------------------------------------------------------- bad inputs


def test_bad_inputs_are_codes_not_exceptions():
    good = inv("A", AS_OF - timedelta(days=5))
    bad = [
        Invoice("NEG", "A", AS_OF, AS_OF, -500),
        Invoice("ZERO", "A", AS_OF, AS_OF, 0),
        Invoice("NODUE", "A", AS_OF, None, 500),
        Invoice("NOISSUE", "A", None, AS_OF, 500),
        Invoice("CN", "A", AS_OF, AS_OF, 500, kind="credit_note"),
        Invoice("NOPARTNER", "", AS_OF, AS_OF, 500),
        Invoice("NEGPAY", "A", AS_OF, AS_OF, 500, (Payment(AS_OF, -100),)),
        Invoice("NODATE", "A", AS_OF, AS_OF, 500, (Payment(None, 100),)),
        Invoice("OVER", "A", AS_OF, AS_OF, 500, (Payment(AS_OF, 400), Payment(AS_OF, 400))),
        Invoice("BACK", "A", AS_OF, AS_OF - timedelta(days=3), 500),
        replace(good, amount_cents=7),  # same ref twice
    ]
    model = learn([good, *bad], AS_OF)
    codes = {(i.ref, i.code) for i in model.issues}
    assert {
        ("NEG", fm.NON_POSITIVE_AMOUNT),
        ("ZERO", fm.NON_POSITIVE_AMOUNT),
        ("NODUE", fm.MISSING_DUE_DATE),
        ("NOISSUE", fm.MISSING_ISSUE_DATE),
        ("CN", fm.CREDIT_NOTE),
        ("NOPARTNER", fm.MISSING_PARTNER),
        ("NEGPAY", fm.NEGATIVE_PAYMENT),
        ("NODATE", fm.MISSING_PAYMENT_DATE),
        ("OVER", fm.OVERPAID),
        ("BACK", fm.DUE_BEFORE_ISSUE),
        (good.ref, fm.DUPLICATE_REF),
    } <= codes
    forecasts, issues = forecast_invoices([good, *bad], model)
    refs = {f.ref for f in forecasts}
    assert refs == {good.ref, "NEGPAY", "NODATE", "BACK"}  # OVER: paid, the excess capped
    assert {i.code for i in issues} == {i.code for i in model.issues}
    # NEGPAY NODATE BACK, and the first of the duplicated ref
    assert ageing(bad, AS_OF).total_cents == 500 + 500 + 500 + 7
    learn([], AS_OF)  # an empty book is a company curve with nothing paid, not an error


# --------------------------------------------------------------------------- leakage


def test_forecast_ignores_everything_after_the_day():
    book = company_book() + [inv(f"P{i}", AS_OF + timedelta(days=i - 20)) for i in range(12)]
    before = forecast_invoices(book, learn(book, AS_OF))
    rng = random.Random(3)
    future = []
    for invoice in book:  # the future rewritten: payments, disputes, promises after the day
        extra = (Payment(AS_OF + timedelta(days=rng.randint(1, 60)), rng.randint(1, 10**6)),)
        future.append(
            replace(
                invoice,
                payments=invoice.payments + extra,
                disputed_on=invoice.disputed_on or AS_OF + timedelta(days=2),
                promises=(Promise(AS_OF + timedelta(days=1), AS_OF + timedelta(days=3)),),
                closed_on=AS_OF + timedelta(days=40),
            )
        )
    future.append(inv("P1", AS_OF + timedelta(days=30), issue=AS_OF + timedelta(days=1)))
    after = forecast_invoices(future, learn(future, AS_OF))
    assert after == before


def test_backtest_shuffling_the_future_does_not_change_the_forecast(tmp_path):
    make_long_history.write(tmp_path, 8, 11, "tuning", date(2024, 1, 1))
    companies, _first, _last = cash_forecast.load(tmp_path)
    cutoff = date(2024, 6, 1)
    as_of = cutoff - timedelta(days=1)

    def ours(books):
        total = 0.0
        for invoices in books.values():
            forecasts, _ = forecast_invoices(invoices, learn(invoices, as_of), horizon=30)
            total += expected_total(forecasts, 30)
        return total

    reference = ours(companies)
    assert reference > 0
    rng = random.Random(0)
    shuffled = {}
    for company, invoices in companies.items():
        future_days = [p.day for i in invoices for p in i.payments if p.day >= cutoff]
        rng.shuffle(future_days)
        out = []
        for invoice in invoices:
            payments = []
            for p in invoice.payments:
                if p.day >= cutoff:
                    payments.append(Payment(future_days.pop(), p.amount_cents * 3))
                else:
                    payments.append(p)
            out.append(replace(invoice, payments=tuple(payments)))
        shuffled[company] = out
    assert ours(shuffled) == reference
    assert cash_forecast.actual_receipts(
        shuffled["CH"], cutoff, 30
    ) != cash_forecast.actual_receipts(companies["CH"], cutoff, 30)


def test_bench_refuses_a_short_folder_and_runs_on_a_long_one(tmp_path):
    lines = []
    short = Path("/work/shared/samples/matching")
    if short.exists():
        assert cash_forecast.backtest(short, out=lines.append) is None
        assert "needs 6" in lines[-1]
    make_long_history.write(tmp_path, 9, 5, "heldout", date(2024, 1, 1))
    ours, base, cutoffs = cash_forecast.backtest(tmp_path, out=lines.append)
    assert cutoffs == 6 and ours >= 0 and base >= 0


def test_generator_is_deterministic_and_laid_out_like_the_sample(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    make_long_history.write(one, 7, 3, "tuning", date(2024, 1, 1))
    make_long_history.write(two, 7, 3, "tuning", date(2024, 1, 1))
    assert (one / "manifest.json").read_text() == (two / "manifest.json").read_text()
    for name in ("invoices.json", "invoices.csv", "partners.json", "ground_truth.json",
                 "ground_truth.csv", "README.md", "bank/qonto_transactions.json"):  # fmt: skip
        assert (one / name).is_file(), name
    assert list((one / "bank").glob("ebanking_export_chf_*.csv"))
    sample = Path("/work/shared/samples/matching/invoices.csv")
    if sample.exists():
        header = sample.read_text(encoding="utf-8").splitlines()[0]
        assert (one / "invoices.csv").read_text(encoding="utf-8").splitlines()[0] == header
    data = json.loads((one / "invoices.json").read_text(encoding="utf-8"))
    numbers = {i["number"] for i in data["invoices"]}
    truth = json.loads((one / "ground_truth.json").read_text(encoding="utf-8"))
    matched = [m["invoice"] for t in truth["transactions"] for m in t["matches"]]
    assert matched and set(matched) <= numbers
    assert {t["category"] for t in truth["transactions"]} >= {"noise", "exact_structured_ref"}
    assert make_long_history.PROFILES["tuning"] != make_long_history.PROFILES["heldout"]


# --------------------------------------------------------------------------- drift, recency


def _shifting(partner, before, after, delay_before, delay_after):
    """``before`` invoices paid at ``delay_before`` then ``after`` at ``delay_after``, every 10
    days, the last one due 70 days before AS_OF (matured for the drift test)."""
    last = AS_OF - timedelta(days=70)
    count = before + after
    book = []
    for i in range(count):
        due = last - timedelta(days=10 * (count - 1 - i))
        delay = delay_before if i < before else delay_after
        book.append(inv(partner, due, paid_delays=(delay + (i % 3) - 1,)))
    return book


def test_a_customer_whose_delay_shifts_is_followed_within_four_invoices():
    base = company_book()
    one = learn(base + _shifting("DRIFT", 16, 1, 0, 30), AS_OF, half_life_days=270)
    four = learn(base + _shifting("DRIFT", 16, 4, 0, 30), AS_OF, half_life_days=270)
    assert one.behaviour("DRIFT").own_curve.mean_delay() < 10  # a one-off: not a new habit
    assert four.behaviour("DRIFT").own_curve.mean_delay() > 20  # four in a row: followed
    faster = learn(base + _shifting("FAST", 16, 4, 30, 0), AS_OF, half_life_days=270)
    assert faster.behaviour("FAST").own_curve.mean_delay() < 10
    steady = learn(base + _shifting("STEADY", 20, 0, 20, 20), AS_OF, half_life_days=270)
    assert 15 < steady.behaviour("STEADY").own_curve.mean_delay() < 25


def test_drift_test_ignores_noise_and_open_recent_invoices():
    rng = random.Random(5)
    noisy = [(date(2024, 1, 1) + timedelta(days=9 * i), rng.randint(5, 35)) for i in range(20)]
    assert detect_shift(noisy) == 0
    due = AS_OF - timedelta(days=20)
    assert half_paid_delay(due, [], 100, AS_OF) is None  # not matured: no guess
    old = AS_OF - timedelta(days=CAP + 30)
    assert half_paid_delay(old, [], 100, AS_OF) == CAP  # matured and unpaid: capped
    assert half_paid_delay(old, [(old + timedelta(days=5), 60)], 100, AS_OF) == 5


def _month_end_few(book, partner, count):
    for i in range(count):
        due = date(2025, 4, 10) - timedelta(days=31 * i)
        paid = last_business_day(month_index(due))
        book.append(inv(partner, due, paid_delays=((paid - due).days,)))
    return book


def test_month_end_payer_recognised_from_few_payments_with_a_credibility_weight():
    model = learn(_month_end_few(company_book(), "EOM3", 3), AS_OF, half_life_days=270)
    habit = model.behaviour("EOM3").month_end
    assert habit is not None and 0.5 < habit.share < 1.0  # a strong hint, not a certainty
    model = learn(_month_end_few(company_book(), "EOM1", 1), AS_OF, half_life_days=270)
    assert model.behaviour("EOM1").month_end is None  # one payment at month end: chance
    # a company where most customers pay at month end makes two such payments convincing
    book = company_book()
    for c in range(12):
        _month_end_few(book, f"M{c}", 6)
    two = learn(_month_end_few(book, "EOM2", 2), AS_OF, half_life_days=270)
    assert two.behaviour("EOM2").month_end.share > 0.9


def test_half_life_chosen_inside_the_history_only():
    book = []
    for c in range(8):
        book += history(f"C{c}", 30, 10 * c, spacing=7, jitter=3, seed=c)
    chosen = fm.choose_half_life(book, AS_OF)
    assert chosen in fm.HALF_LIFE_CANDIDATES
    assert learn(book, AS_OF, half_life_days=None).half_life == chosen
    assert learn(book, AS_OF).half_life == fm.HALF_LIFE_DAYS
    # what happens after the day cannot change the choice
    later = [
        replace(i, payments=(*i.payments, Payment(AS_OF + timedelta(days=3), 1))) for i in book
    ]
    assert fm.choose_half_life(later, AS_OF) == chosen
    # too short a history: the default
    assert fm.choose_half_life(book[:10], AS_OF) == fm.HALF_LIFE_DAYS


def test_a_short_history_does_not_make_the_tail_certain(monkeypatch):
    """Paid at +40, +50, +60 and +80: still open at +65 is not 'surely paid by +80'."""
    book = company_book()
    for i, delay in enumerate((40, 50, 60, 80, 45, 55)):
        book.append(inv("FEW", date(2025, 1, 10) - timedelta(days=15 * i), paid_delays=(delay,)))
    open_one = inv("FEW", AS_OF - timedelta(days=65))
    shares = {}
    for pseudo in (0.0, fm.HAZARD_PSEUDO):
        monkeypatch.setattr(fm, "HAZARD_PSEUDO", pseudo)
        model = learn([*book, open_one], AS_OF, half_life_days=270)
        forecast = forecast_invoices([open_one], model, horizon=30)[0][0]
        shares[pseudo] = forecast.paid_by(30)
    assert shares[0.0] > 0.9  # the raw Kaplan-Meier tail: certain
    assert shares[fm.HAZARD_PSEUDO] < shares[0.0] - 0.05
