"""Issuance delay (fincycle.billing.issuance) and invoice e-mail delivery (fincycle.billing.delivery)."""

from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from fincycle.billing import delivery, issuance

ZURICH = ZoneInfo("Europe/Zurich")


# ---------------------------------------------------------------------------- one invoice
def test_work_is_done_at_the_following_midnight_of_the_company():
    # 30 November 2026, Zurich (UTC+1): done at 1 December 00:00 local = 30 November 23:00 UTC
    assert issuance.work_done_at(date(2026, 11, 30), ZURICH) == datetime(
        2026, 11, 30, 23, 0, tzinfo=timezone.utc
    )
    assert issuance.work_done_at(date(2026, 11, 30)) == datetime(2026, 12, 1, tzinfo=timezone.utc)
    # summer time: 31 July ends at 22:00 UTC
    assert issuance.work_done_at(date(2026, 7, 31), ZURICH) == datetime(
        2026, 7, 31, 22, 0, tzinfo=timezone.utc
    )


def test_work_done_at_refuses_a_datetime():
    with pytest.raises(TypeError):
        issuance.work_done_at(datetime(2026, 11, 30, 12, 0))


def test_delay_in_days_with_one_decimal_naive_sent_is_utc():
    # sent 1 December 2026 at 12:00 UTC, work ended 30 November (Zurich): 13 h later
    sent = datetime(2026, 12, 1, 12, 0)
    assert issuance.delay_seconds(date(2026, 11, 30), sent, ZURICH) == 13 * 3600
    assert issuance.delay_days(date(2026, 11, 30), sent, ZURICH) == 0.5
    assert issuance.delay_days(date(2026, 11, 30), sent) == 0.5  # 12 h in UTC
    aware = datetime(2026, 12, 1, 13, 0, tzinfo=ZURICH)  # the same moment, in Zurich time
    assert issuance.delay_days(date(2026, 11, 30), aware, ZURICH) == 0.5


def test_sent_before_the_work_end_is_negative_and_within_target():
    sent = datetime(2026, 11, 25, 0, 0)
    assert issuance.delay_days(date(2026, 11, 30), sent) == -6.0
    assert issuance.within_target(date(2026, 11, 30), sent)


def test_within_48_hours_is_exact_not_rounded():
    end = date(2026, 11, 30)
    done = issuance.work_done_at(end)
    assert issuance.within_target(end, done + timedelta(hours=48))
    late = done + timedelta(hours=48, minutes=30)
    assert issuance.delay_days(end, late) == 2.0  # shown as 2.0 days...
    assert not issuance.within_target(end, late)  # ...but later than 48 h
    assert issuance.within_target(end, late, hours=72)


# ---------------------------------------------------------------------------- months
def _sent(day, hour=9):
    return datetime(2026, day[0], day[1], hour, 0)


def test_monthly_figures_by_month_of_the_work_end():
    pairs = [
        # October's work: one day late, three days late (sent in November)
        (date(2026, 10, 31), _sent((11, 1), 12)),  # 12 h
        (date(2026, 10, 31), _sent((11, 3), 12)),  # 2.5 d
        # November's work: 0.5 d, 1.5 d, 10 d, and one not sent yet
        (date(2026, 11, 30), _sent((12, 1), 12)),
        (date(2026, 11, 30), _sent((12, 2), 12)),
        (date(2026, 11, 30), _sent((12, 11), 0)),
        (date(2026, 11, 30), None),
        # no work end: left out
        (None, _sent((12, 1))),
    ]
    october, november = issuance.monthly_figures(pairs)
    assert october.month == "2026-10"
    assert (october.sent, october.not_sent, october.within, october.later) == (2, 0, 1, 1)
    assert october.median_days == 1.5
    assert october.max_days == 2.5
    assert november.month == "2026-11"
    assert (november.sent, november.not_sent, november.within, november.later) == (3, 1, 2, 1)
    assert november.median_days == 1.5
    assert november.mean_days == 4.0
    assert november.max_days == 10.0
    assert november.within_pct == pytest.approx(200 / 3)
    assert november.line() == (
        "issuance 2026-11: 3 invoices sent, median 1.5 d, max 10.0 d, within 48 h 67%"
    )


def test_monthly_figures_time_zone_per_pair():
    # sent 2 December 23:30 UTC: 47.5 h after UTC midnight, 48.5 h after Zurich's
    sent = datetime(2026, 12, 2, 23, 30)
    (utc,) = issuance.monthly_figures([(date(2026, 11, 30), sent)])
    assert utc.within == 1
    (zurich,) = issuance.monthly_figures([(date(2026, 11, 30), sent, ZURICH)])
    assert zurich.within == 0
    assert zurich.line().endswith("within 48 h 0%")
    (zurich,) = issuance.monthly_figures([(date(2026, 11, 30), sent, ZURICH)], hours=49)
    assert zurich.within == 1
    assert zurich.line().endswith("within 49 h 100%")


def test_month_with_nothing_sent_and_no_pairs():
    assert issuance.monthly_figures([]) == []
    (month,) = issuance.monthly_figures([(date(2026, 11, 30), None)])
    assert (month.sent, month.not_sent, month.median_days, month.max_days) == (0, 1, 0.0, 0.0)
    assert month.within_pct == 0.0
    assert (
        month.line() == "issuance 2026-11: 0 invoices sent, median 0.0 d, max 0.0 d, within 48 h 0%"
    )


# ---------------------------------------------------------------------------- delivery
T0 = datetime(2026, 12, 1, 8, 0)


def _at(minutes):
    return T0 + timedelta(minutes=minutes)


def test_best_state_across_recipients():
    assert delivery.best_state([]) is None
    assert delivery.best_state([None, "unknown"]) is None
    assert delivery.best_state(["bounced", "delivered"]) == "delivered"
    assert delivery.best_state(["soft-bounced", "error"]) == "bounced"
    assert delivery.best_state(["sent", "opened", "bounced"]) == "opened"
    assert delivery.best_state(["deferred"]) == "sent"
    assert delivery.best_state(["spam"]) == "bounced"
    assert delivery.best_state(["unsub"]) == "delivered"


def test_summary_dates():
    summary = delivery.summarize(
        [
            (
                "opened",
                [("sent", _at(0)), ("delivered", _at(1)), ("open", _at(30)), ("open", _at(90))],
            ),
            ("bounced", [("sent", _at(0)), ("hard_bounce", _at(5))]),
        ]
    )
    assert summary == delivery.Delivery("opened", _at(1), _at(30), None)


def test_summary_opened_without_delivery_report():
    summary = delivery.summarize([("opened", [("sent", _at(0)), ("open", _at(10))])])
    assert summary == delivery.Delivery("opened", _at(10), _at(10), None)


def test_summary_open_event_wins_over_a_later_delivered_state():
    summary = delivery.summarize([("delivered", [("open", _at(10)), ("delivered", _at(20))])])
    assert summary.state == "opened"
    assert summary.delivered_at == _at(10)


def test_summary_all_bounced_keeps_the_last_bounce():
    summary = delivery.summarize(
        [
            ("soft-bounced", [("sent", _at(0)), ("soft_bounce", _at(3))]),
            ("error", [("error", _at(7))]),
        ]
    )
    assert summary == delivery.Delivery("bounced", None, None, _at(7))


def test_summary_nothing_tracked():
    assert delivery.summarize([]) == delivery.Delivery(None, None, None, None)
    assert delivery.summarize([(None, [])]) == delivery.Delivery(None, None, None, None)
    assert delivery.summarize([("sent", [("sent", None)])]).state == "sent"


def test_stage_is_the_furthest_sign():
    assert delivery.stage(False, None, False, False, False) == "not_sent"
    assert delivery.stage(True, None, False, False, False) == "sent"
    assert delivery.stage(True, "sent", False, False, False) == "sent"
    assert delivery.stage(True, "delivered", False, False, False) == "delivered"
    assert delivery.stage(True, "opened", False, False, False) == "opened"
    assert delivery.stage(True, "bounced", False, False, False) == "bounced"
    assert delivery.stage(True, "error", False, False, False) == "bounced"
    # the customer found it anyway (portal link forwarded): viewed beats bounced
    assert delivery.stage(True, "bounced", True, False, False) == "viewed"
    assert delivery.stage(True, "opened", True, True, False) == "replied"
    assert delivery.stage(False, None, False, False, True) == "paid"
    assert set(delivery.STAGES) >= {
        delivery.stage(s, m, v, r, p)
        for s in (True, False)
        for m in (None, "sent", "delivered", "opened", "bounced", "error")
        for v in (True, False)
        for r in (True, False)
        for p in (True, False)
    }


def test_auto_reply_headers():
    def mail(**headers):
        msg = EmailMessage()
        for name, value in headers.items():
            msg[name.replace("_", "-")] = value
        return msg

    assert not delivery.is_auto_reply(mail())
    assert not delivery.is_auto_reply(mail(Auto_Submitted="no"))
    assert delivery.is_auto_reply(mail(Auto_Submitted="auto-replied"))
    assert delivery.is_auto_reply(mail(Auto_Submitted="Auto-Generated"))
    assert delivery.is_auto_reply(mail(X_Autoreply="yes"))
    assert delivery.is_auto_reply(mail(X_Autorespond="Out of office"))
    assert delivery.is_auto_reply(mail(Precedence="auto_reply"))
    assert delivery.is_auto_reply({"Precedence": "Bulk"})
    assert not delivery.is_auto_reply({"Precedence": "first-class"})
    # Exchange's request not to be answered automatically is no automatic answer itself.
    assert not delivery.is_auto_reply({"X-Auto-Response-Suppress": "All"})
