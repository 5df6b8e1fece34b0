# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""How each customer pays, learnt from its past invoices, and when its open invoices will be paid.

Pure: dataclasses in, dataclasses and codes out; money in integer cents of one currency (the
caller converts to the company's currency first).

The behaviour of a customer is the distribution of the *delay* of each unit of money it owes:
payment day minus due date, in days, on a grid from ``DELAY_MIN`` (-90, paid well before the due
date) to ``DELAY_MAX`` (365); whatever is not paid by ``DELAY_MAX`` is the "never" mass (bad
debt). One invoice counts once, whatever its amount, and a partial payment pays its fraction of
the invoice at its own delay, so "half at the due date, the rest a month later" is learnt as such.

Estimation, point by point:

- **Censoring.** On the day of the forecast (``as_of``) many invoices are still open; dropping
  them would keep only the quickly paid ones and make every customer look punctual. The delays
  are estimated with a weighted Kaplan-Meier estimator: an open invoice is "at risk" up to its
  current delay and censored after. A closed (written-off) remainder counts as never paid.
- **Cold start.** The company's own curve is itself shrunk (``COMPANY_PSEUDO`` = 20 invoices)
  towards a generic prior of business payment delays (``PRIOR_SHARES``), so that a company
  with no history still gets a forecast, and its own data takes over within a few months.
- **Recency.** Behaviour drifts; an invoice weighs ``0.5 ** (age / half_life)`` (age from its
  due date, half-life 270 days, or chosen by rolling-origin validation inside the history with
  ``half_life_days=None``: :func:`choose_half_life`).
- **Shrinkage: Bühlmann credibility, empirical Bayes.** A customer's curve is
  ``S = Z * S_customer + (1 - Z) * S_company`` (S: share still unpaid at each delay) with
  ``Z = n / (n + k)``, ``n`` the (recency-weighted) number of its invoices old enough to say
  something (due at least 30 days before ``as_of``, or paid). ``k`` is estimated from the data
  as Bühlmann's ratio EPV / VHM (expected within-customer variance over the variance between
  customers' means) of the share paid by delays 0, 15, 30, 60 and 90, on invoices due at least
  90 days before ``as_of`` (bounded to [3, 30], so that one invoice never weighs more than a
  quarter; 5 when it cannot be estimated). The estimate is a linear credibility one, not a full
  posterior: it needs no distributional assumption and is what actuaries use for exactly this
  (a small account's experience against its class).
  At each delay the customer's hazard is itself shrunk towards the company's with
  ``HAZARD_PSEUDO`` (one invoice) at risk: the Kaplan-Meier estimate of a short history would
  otherwise say "all paid by its latest observed delay" (a hazard of 1 on its last invoice);
  where the customer has no invoice at risk (beyond all its history) the company's hazard
  rules.
- **Open invoice.** An invoice open at delay ``a`` (today - due date, may be negative) is paid
  at delay ``d > a`` with probability ``(S(d-1) - S(d)) / S(a)``: the curve conditioned on what
  has not happened yet. A habitual +30 payer whose invoice is at +45 therefore falls back on
  the company's tail, not on its own (empty) one.
- **Drift.** A customer whose recent delays differ clearly from its older ones (see
  :mod:`.drift`) has its own curve moved by the shift before the credibility mix.
- **Month-end payers.** A customer paying at month end (see :mod:`.monthend`) is forecast on
  the last business days of the months, in proportion to its share of month-end payments; one
  with only two or three payments is recognised by Bayes' rule (prior: the company's share of
  month-end payers) and weighted by that posterior.
- **Disputes.** An invoice under dispute on ``as_of`` is forecast separately (status
  ``disputed``) from the pooled delays of past disputed invoices measured from the day the
  dispute was opened, shrunk (credibility, 5 pseudo-invoices) towards a cautious prior (half
  never paid, the rest evenly over 180 days). Invoices ever disputed are left out of the
  customers' normal behaviour: their delay is the dispute's, not the customer's.
- **Promises to pay.** The latest promise made by ``as_of`` whose date (plus ``PROMISE_GRACE``
  days) has not passed overrides: the invoice is paid on the promised day (tomorrow if the day
  has passed within the grace) with the customer's promise reliability ``r``, else (``1 - r``)
  by its behaviour after the promised day. ``r`` is a Beta-binomial empirical Bayes estimate:
  kept / made promises of the customer with 3 pseudo-promises at the company's rate, which is
  itself shrunk towards 0.5 with 2 pseudo-promises. A promise is kept when at least 90 % of
  what was open when it was made is paid by the promised day + grace.

Bad inputs never raise: they are left out (or corrected) with an :class:`InputIssue` code.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from .drift import detect_shift, half_paid_delay, shifted
from .monthend import MonthEndHabit, MonthEndLearner, month_end_probabilities

DELAY_MIN = -90
DELAY_MAX = 365
GRID = DELAY_MAX - DELAY_MIN + 1  # index i <-> delay DELAY_MIN + i
HALF_LIFE_DAYS = 270  # when the history is too short to choose (see HALF_LIFE_CANDIDATES)
# Rolling-origin choice of the half-life inside the history known on ``as_of``: learn as of
# ``as_of - o`` for each origin ``o``, forecast the next ``HALF_LIFE_WINDOW`` days (which end by
# ``as_of``: nothing after it is looked at) and keep the candidate with the smallest error.
HALF_LIFE_CANDIDATES = (60, 120, 270, 540)
HALF_LIFE_ORIGINS = (30, 60, 90)
HALF_LIFE_WINDOW = 30
HALF_LIFE_MIN_INVOICES = 40  # open at an origin with some payment history behind: else default
# A customer's hazard at each delay is shrunk towards the company's as if one more invoice were at
# risk there (a Beta prior worth one invoice): its last observed payment no longer means "all
# paid by that delay", and beyond its history the company's hazard takes over smoothly.
HAZARD_PSEUDO = 1.0
MATURE_DAYS = 30  # an unpaid invoice counts for the credibility once this far past due
K_MATURE_DAYS = 90  # invoices used to estimate Bühlmann's k: due at least this long ago
K_POINTS = (0, 15, 30, 60, 90)
K_DEFAULT = 5.0
K_BOUNDS = (3.0, 30.0)
# A company without history (cold start): delays of business customers as commonly reported in
# European payment-practice surveys (about half paid by the due date, a third within a month
# after it, a tenth later, a few never), worth ``COMPANY_PSEUDO`` invoices of its own history.
PRIOR_SHARES = ((-10, 0, 0.5), (1, 30, 0.33), (31, 90, 0.12))  # the remaining 5 %: never
COMPANY_PSEUDO = 20.0
PROMISE_GRACE = 3
PROMISE_KEPT_SHARE = 0.9
PROMISE_PSEUDO = 3.0
PROMISE_COMPANY_PSEUDO = 2.0
DISPUTE_PSEUDO = 5.0
DISPUTE_PRIOR_NEVER = 0.5
DISPUTE_PRIOR_SPAN = 180

# InputIssue codes
MISSING_DUE_DATE = "missing_due_date"
MISSING_ISSUE_DATE = "missing_issue_date"
NON_POSITIVE_AMOUNT = "non_positive_amount"
CREDIT_NOTE = "credit_note_ignored"
NEGATIVE_PAYMENT = "negative_payment_ignored"
MISSING_PAYMENT_DATE = "payment_without_date_ignored"
OVERPAID = "overpaid_capped"
DUE_BEFORE_ISSUE = "due_before_issue"
DUPLICATE_REF = "duplicate_ref_ignored"
MISSING_PARTNER = "missing_partner"

# InvoiceForecast statuses
NORMAL = "normal"
DISPUTED = "disputed"
PROMISED = "promised"


@dataclass(frozen=True)
class Payment:
    day: date | None
    amount_cents: int


@dataclass(frozen=True)
class Promise:
    """A promise to pay, made on ``made_on`` for ``promised_date``."""

    made_on: date | None
    promised_date: date | None


@dataclass(frozen=True)
class Invoice:
    """A customer invoice. ``amount_cents`` > 0 in the company currency; ``payments`` all
    payments known so far (later ones are ignored by a forecast as of an earlier day);
    ``closed_on`` the day the rest was written off or cancelled (then nothing more is expected);
    ``kind`` ``"invoice"`` or ``"credit_note"`` (credit notes are not receipts: ignored with a
    code)."""

    ref: str
    partner: str
    issue_date: date | None
    due_date: date | None
    amount_cents: int
    payments: tuple[Payment, ...] = ()
    kind: str = "invoice"
    disputed_on: date | None = None
    dispute_resolved_on: date | None = None
    promises: tuple[Promise, ...] = ()
    closed_on: date | None = None


@dataclass(frozen=True)
class InputIssue:
    ref: str
    code: str


@dataclass(frozen=True)
class Curve:
    """Share still unpaid after each delay (``survival[i]`` for delay ``DELAY_MIN + i``);
    ``survival[-1]`` is the never-paid share."""

    survival: tuple[float, ...]

    def unpaid_after(self, delay: int) -> float:
        if delay < DELAY_MIN:
            return 1.0
        return self.survival[min(delay, DELAY_MAX) - DELAY_MIN]

    def paid_by(self, delay: int) -> float:
        return 1.0 - self.unpaid_after(delay)

    def mean_delay(self) -> float:
        """Mean delay of what gets paid (days late; negative: early)."""
        paid = 1.0 - self.survival[-1]
        if paid <= 0:
            return 0.0
        total, previous = 0.0, 1.0
        for i, s in enumerate(self.survival):
            total += (previous - s) * (DELAY_MIN + i)
            previous = s
        return total / paid


@dataclass(frozen=True)
class CustomerBehaviour:
    partner: str
    curve: Curve
    own_curve: Curve | None
    weight: float  # credibility Z in [0, 1]
    invoices: float  # recency-weighted invoices counted (n)
    promise_reliability: float
    promises_judged: int
    month_end: MonthEndHabit | None = None


@dataclass(frozen=True)
class BehaviourModel:
    as_of: date
    company: Curve
    disputed: Curve
    k: float
    promise_reliability: float
    customers: dict = field(default_factory=dict)  # partner -> CustomerBehaviour
    issues: tuple[InputIssue, ...] = ()
    half_life: float = HALF_LIFE_DAYS

    def behaviour(self, partner: str) -> CustomerBehaviour:
        known = self.customers.get(partner)
        if known:
            return known
        return CustomerBehaviour(partner, self.company, None, 0.0, 0.0, self.promise_reliability, 0)


@dataclass(frozen=True)
class InvoiceForecast:
    """When the open part of one invoice should come in: ``probabilities[j]`` is the chance it
    is paid on day ``as_of + 1 + j``; ``beyond`` the chance it comes later or never."""

    ref: str
    partner: str
    open_cents: int
    days_late: int
    status: str
    probabilities: tuple[float, ...]
    beyond: float
    # The two readings ``probabilities`` mixes, ((share, probabilities), ...): the customer's
    # own habit and the company's, with the posterior share of the own one given that the
    # invoice is still open. Empty when there is only one. The band draws one reading per
    # customer and run, so that a customer's invoices move together (a new customer is either
    # like the company or not, for all its invoices): the uncertainty about its habit.
    components: tuple = ()

    def paid_by(self, day_index: int) -> float:
        """Probability of being paid by forecast day ``day_index`` (1 = tomorrow)."""
        return sum(self.probabilities[: max(0, day_index)])

    def expected_cents(self, first: int = 1, last: int | None = None) -> float:
        last = len(self.probabilities) if last is None else last
        return self.open_cents * sum(self.probabilities[first - 1 : last])


# --------------------------------------------------------------------------- validation


@dataclass(frozen=True)
class _Clean:
    invoice: Invoice
    payments: tuple[Payment, ...]  # dated, positive, capped at the amount, sorted


def _invoice_issue(inv: Invoice) -> str | None:
    if inv.kind == "credit_note":
        return CREDIT_NOTE
    if inv.amount_cents is None or inv.amount_cents <= 0:
        return NON_POSITIVE_AMOUNT
    if inv.due_date is None:
        return MISSING_DUE_DATE
    if inv.issue_date is None:
        return MISSING_ISSUE_DATE
    if not inv.partner:
        return MISSING_PARTNER
    return None


def _usable_payments(inv: Invoice, as_of: date | None, issues: list) -> tuple[Payment, ...]:
    """Dated, non-negative payments known on ``as_of``, sorted, capped at the amount."""
    payments = []
    for pay in inv.payments:
        if pay.day is None:
            issues.append(InputIssue(inv.ref, MISSING_PAYMENT_DATE))
        elif pay.amount_cents is None or pay.amount_cents < 0:
            issues.append(InputIssue(inv.ref, NEGATIVE_PAYMENT))
        elif pay.amount_cents and (as_of is None or pay.day <= as_of):
            payments.append(pay)
    payments.sort(key=lambda p: p.day)
    capped, total = [], 0
    for pay in payments:
        amount = min(pay.amount_cents, inv.amount_cents - total)
        if amount < pay.amount_cents:
            issues.append(InputIssue(inv.ref, OVERPAID))
        if amount > 0:
            capped.append(Payment(pay.day, amount))
            total += amount
    return tuple(capped)


def clean_invoices(invoices, as_of: date | None = None):
    """Valid invoices with their usable payments (only those dated on or before ``as_of`` when
    given), and the issues found. Never raises."""
    issues: list[InputIssue] = []
    seen: set[str] = set()
    kept: list[_Clean] = []
    for inv in invoices:
        ref = inv.ref or ""
        if ref in seen:
            issues.append(InputIssue(ref, DUPLICATE_REF))
            continue
        seen.add(ref)
        code = _invoice_issue(inv)
        if code:
            issues.append(InputIssue(ref, code))
            continue
        if as_of is not None and inv.issue_date > as_of:
            continue  # not issued yet: unknown on that day
        if inv.due_date < inv.issue_date:
            issues.append(InputIssue(ref, DUE_BEFORE_ISSUE))
        kept.append(_Clean(inv, _usable_payments(inv, as_of, issues)))
    return kept, tuple(issues)


def _known(day: date | None, as_of: date) -> bool:
    return day is not None and day <= as_of


def disputed_on_day(inv: Invoice, as_of: date) -> bool:
    return _known(inv.disputed_on, as_of) and not _known(inv.dispute_resolved_on, as_of)


def open_cents(clean: _Clean, as_of: date) -> int:
    if _known(clean.invoice.closed_on, as_of):
        return 0
    return clean.invoice.amount_cents - sum(p.amount_cents for p in clean.payments)


# --------------------------------------------------------------------------- estimation


def _index(delay: int) -> int:
    return min(max(delay, DELAY_MIN), DELAY_MAX) - DELAY_MIN


class _KM:
    """Weighted Kaplan-Meier accumulator on the delay grid (fractions of invoices)."""

    def __init__(self):
        self.events = [0.0] * GRID
        self.risk_diff = [0.0] * (GRID + 1)

    def add(self, weight: float, events, observed_until: int, closed_at: int | None = None):
        """``events``: (delay, fraction) sorted; observed (at risk) through ``observed_until``;
        ``closed_at``: from that delay on the rest is never paid (observed to the end)."""
        remaining, start = 1.0, 0
        end = _index(observed_until)
        if closed_at is not None:
            end = GRID - 1
        for delay, fraction in events:
            i = _index(delay)
            if i > end:
                break
            self._risk(start, i, weight * remaining)
            self.events[i] += weight * fraction
            remaining -= fraction
            start = i + 1
            if remaining <= 1e-9:
                return
        if observed_until >= DELAY_MIN or closed_at is not None:
            self._risk(start, end, weight * remaining)

    def _risk(self, first: int, last: int, amount: float):
        if last < first or amount <= 0:
            return
        self.risk_diff[first] += amount
        self.risk_diff[last + 1] -= amount

    def hazards(self, fallback=None, min_risk: float = 1e-6, pseudo: float = 0.0):
        """Hazard per delay; with ``pseudo`` > 0 each delay's hazard is shrunk towards
        ``fallback``'s as if ``pseudo`` more invoices at risk followed it."""
        out, risk = [], 0.0
        for i in range(GRID):
            risk += self.risk_diff[i]
            if pseudo > 0 and fallback is not None:
                out.append(min(1.0, (self.events[i] + pseudo * fallback[i]) / (risk + pseudo)))
            elif risk > min_risk:
                out.append(min(1.0, self.events[i] / risk))
            else:
                out.append(fallback[i] if fallback is not None else 0.0)
        return out


def _survival(hazards) -> tuple[float, ...]:
    s, out = 1.0, []
    for h in hazards:
        s *= 1.0 - h
        out.append(s)
    return tuple(out)


def _hazards_of(survival) -> list[float]:
    out, previous = [], 1.0
    for s in survival:
        out.append(0.0 if previous <= 1e-12 else 1.0 - s / previous)
        previous = s
    return out


def _observation(clean: _Clean, as_of: date, origin: date):
    """(events, observed_until, closed_at) of one invoice, delays measured from ``origin``."""
    amount = clean.invoice.amount_cents
    events = [((p.day - origin).days, p.amount_cents / amount) for p in clean.payments]
    closed_at = None
    if _known(clean.invoice.closed_on, as_of):
        closed_at = (clean.invoice.closed_on - origin).days
    return events, (as_of - origin).days, closed_at


def _recency(clean: _Clean, as_of: date, half_life: float) -> float:
    age = max(0, (as_of - clean.invoice.due_date).days)
    return 0.5 ** (age / half_life)


def _estimate_k(by_partner) -> float:
    """Bühlmann's k = EPV / VHM of the share paid by the delays in ``K_POINTS``."""
    epv_total, vhm_total, used = 0.0, 0.0, False
    for point in K_POINTS:
        means, variances, sizes = [], [], []
        for values in by_partner.values():
            ys = [v[point] for v in values]
            if len(ys) < 2:
                continue
            m = sum(ys) / len(ys)
            means.append(m)
            variances.append(sum((y - m) ** 2 for y in ys) / (len(ys) - 1))
            sizes.append(len(ys))
        if len(means) < 3:
            continue
        used = True
        epv = sum(variances) / len(variances)
        grand = sum(means) / len(means)
        between = sum((m - grand) ** 2 for m in means) / (len(means) - 1)
        vhm = between - epv * sum(1 / n for n in sizes) / len(sizes)
        epv_total += epv
        vhm_total += max(vhm, 0.0)
    if not used:
        return K_DEFAULT
    if vhm_total <= 1e-9:
        return K_BOUNDS[1]
    return min(max(epv_total / vhm_total, K_BOUNDS[0]), K_BOUNDS[1])


def _paid_share_by(clean: _Clean, point: int) -> float:
    due = clean.invoice.due_date
    paid = sum(p.amount_cents for p in clean.payments if (p.day - due).days <= point)
    return paid / clean.invoice.amount_cents


def _promise_outcomes(clean: _Clean, as_of: date):
    """(kept, judged) over the invoice's promises whose outcome is known on ``as_of``."""
    kept = judged = 0
    for promise in clean.invoice.promises:
        if not (_known(promise.made_on, as_of) and promise.promised_date):
            continue
        deadline = promise.promised_date + timedelta(days=PROMISE_GRACE)
        if deadline >= as_of:
            continue
        before = sum(p.amount_cents for p in clean.payments if p.day <= promise.made_on)
        owed = clean.invoice.amount_cents - before
        if owed <= 0:
            continue
        paid = sum(p.amount_cents for p in clean.payments if promise.made_on < p.day <= deadline)
        judged += 1
        kept += paid >= PROMISE_KEPT_SHARE * owed
    return kept, judged


def _spread(shares) -> tuple[float, ...]:
    """Survival of a distribution spreading each ``(first, last, share)`` evenly over its
    delays (what is left is never paid)."""
    pmf = [0.0] * GRID
    for first, last, share in shares:
        for delay in range(first, last + 1):
            pmf[_index(delay)] += share / (last - first + 1)
    out, s = [], 1.0
    for p in pmf:
        s -= p
        out.append(max(0.0, s))
    return tuple(out)


PRIOR_SURVIVAL = _spread(PRIOR_SHARES)


def _dispute_prior() -> list[float]:
    hazards = [0.0] * GRID
    start = _index(0)
    for j in range(DISPUTE_PRIOR_SPAN):
        # evenly spread (1 - never) over the span: hazard of a uniform distribution
        left = DISPUTE_PRIOR_SPAN - j
        share_left = DISPUTE_PRIOR_NEVER + (1 - DISPUTE_PRIOR_NEVER) * left / DISPUTE_PRIOR_SPAN
        hazards[start + j] = (1 - DISPUTE_PRIOR_NEVER) / DISPUTE_PRIOR_SPAN / share_left
    return hazards


def _add_disputed(km: _KM, clean: _Clean, as_of: date) -> int:
    """Add a disputed invoice, delays from the dispute's opening; 1 if it counted."""
    inv = clean.invoice
    origin = inv.disputed_on
    owed = inv.amount_cents - sum(p.amount_cents for p in clean.payments if p.day < origin)
    if owed <= 0:
        return 0
    events = [
        ((p.day - origin).days, p.amount_cents / owed) for p in clean.payments if p.day >= origin
    ]
    closed = (inv.closed_on - origin).days if _known(inv.closed_on, as_of) else None
    km.add(1.0, events, (as_of - origin).days, closed)
    return 1


def _mix(z: float, own, other) -> tuple[float, ...]:
    return tuple(z * a + (1 - z) * b for a, b in zip(own, other, strict=True))


def choose_half_life(invoices, as_of: date, candidates=HALF_LIFE_CANDIDATES) -> float:
    """The recency half-life that forecast best, inside the history known on ``as_of``.

    Rolling origins ``as_of - o`` (``HALF_LIFE_ORIGINS``): for each candidate, the model learnt
    as of the origin forecasts the ``HALF_LIFE_WINDOW`` days after it, on the invoices open at
    the origin; the error is the sum over customers of |expected - received| in that window
    (payments dated by ``as_of`` only, so the choice never looks past the day of the forecast).
    Per customer rather than in total, so that errors of opposite sign do not hide a habit
    followed too slowly or too nervously. Ties and too short histories keep ``HALF_LIFE_DAYS``.
    """
    known, _issues = clean_invoices(invoices, as_of)
    errors = dict.fromkeys(candidates, 0.0)
    used = 0
    for back in HALF_LIFE_ORIGINS:
        origin = as_of - timedelta(days=back)
        end = origin + timedelta(days=HALF_LIFE_WINDOW)
        if end > as_of:
            continue
        at_origin, _ = clean_invoices([c.invoice for c in known], origin)
        paid_before = sum(1 for c in at_origin if c.payments)
        if paid_before < HALF_LIFE_MIN_INVOICES:
            continue
        received: dict[str, float] = {}
        for c in known:
            if c.invoice.issue_date > origin:
                continue
            got = sum(p.amount_cents for p in c.payments if origin < p.day <= end)
            if got:
                received[c.invoice.partner] = received.get(c.invoice.partner, 0.0) + got
        used += 1
        for h in candidates:
            model = learn([c.invoice for c in known], origin, half_life_days=h)
            forecasts, _ = forecast_invoices(
                [c.invoice for c in known], model, horizon=HALF_LIFE_WINDOW
            )
            expected: dict[str, float] = {}
            for f in forecasts:
                expected[f.partner] = expected.get(f.partner, 0.0) + f.expected_cents()
            errors[h] += sum(
                abs(expected.get(p, 0.0) - received.get(p, 0.0))
                for p in set(expected) | set(received)
            )
    if not used:
        return HALF_LIFE_DAYS
    best = min(errors.values())
    if HALF_LIFE_DAYS in errors and errors[HALF_LIFE_DAYS] <= best * (1 + 1e-9):
        return HALF_LIFE_DAYS
    return min(h for h in candidates if errors[h] == best)


def _customers(
    per_customer,
    *,
    counts,
    k,
    company_curve,
    company_promise,
    promises,
    month_ends,
    drift_samples,
):
    """Each customer's behaviour: its own curve (moved by a detected drift), mixed with the
    company's by credibility, its promise reliability and month-end habit."""
    company_hazards = _hazards_of(company_curve.survival)
    enough = [m for m in month_ends.values() if m.judged()]
    month_end_prior = (sum(m.habit() is not None for m in enough) + 1) / (len(enough) + 2)
    customers = {}
    for partner, km in per_customer.items():
        own = Curve(_survival(km.hazards(fallback=company_hazards, pseudo=HAZARD_PSEUDO)))
        shift = detect_shift(drift_samples.get(partner, ()))
        if shift:
            own = Curve(shifted(own.survival, shift))
        n = counts.get(partner, 0.0)
        z = n / (n + k)
        blended = Curve(_mix(z, own.survival, company_curve.survival))
        kept, judged = promises.get(partner, (0, 0))
        reliability = (kept + PROMISE_PSEUDO * company_promise) / (judged + PROMISE_PSEUDO)
        customers[partner] = CustomerBehaviour(
            partner,
            blended,
            own,
            z,
            n,
            reliability,
            judged,
            month_ends[partner].habit(month_end_prior),
        )
    for partner, (kept, judged) in promises.items():
        if partner not in customers:
            reliability = (kept + PROMISE_PSEUDO * company_promise) / (judged + PROMISE_PSEUDO)
            customers[partner] = CustomerBehaviour(
                partner, company_curve, None, 0.0, 0.0, reliability, judged
            )
    return customers


def learn(
    invoices, as_of: date, *, half_life_days: float | None = HALF_LIFE_DAYS
) -> BehaviourModel:
    """The company's and each customer's payment behaviour from what is known on ``as_of``
    (invoices issued and payments dated on or before it). ``half_life_days`` None: chosen by
    :func:`choose_half_life` inside that history (opt-in: on the tuning histories it chose the
    longest candidates and changed the backtest error by +-0.1 point, for 13 times the work)."""
    if half_life_days is None:
        half_life_days = choose_half_life(invoices, as_of)
    cleaned, issues = clean_invoices(invoices, as_of)
    company = _KM()
    disputed = _KM()
    per_customer: dict[str, _KM] = {}
    counts: dict[str, float] = {}
    k_samples: dict[str, list] = {}
    promises: dict[str, list[int]] = {}
    n_disputed = 0
    month_ends: dict[str, MonthEndLearner] = {}
    drift_samples: dict[str, list] = {}
    for clean in cleaned:
        inv = clean.invoice
        weight = _recency(clean, as_of, half_life_days)
        tally = promises.setdefault(inv.partner, [0, 0])
        tally[:] = [a + b for a, b in zip(tally, _promise_outcomes(clean, as_of), strict=True)]
        if _known(inv.disputed_on, as_of):
            n_disputed += _add_disputed(disputed, clean, as_of)
            continue
        events, until, closed = _observation(clean, as_of, inv.due_date)
        company.add(weight, events, until, closed)
        per_customer.setdefault(inv.partner, _KM()).add(weight, events, until, closed)
        month_ends.setdefault(inv.partner, MonthEndLearner()).add(
            weight,
            inv.due_date,
            [(p.day, p.amount_cents) for p in clean.payments],
            amount=inv.amount_cents,
            as_of=as_of,
            closed=closed is not None,
        )
        y = half_paid_delay(
            inv.due_date, [(p.day, p.amount_cents) for p in clean.payments], inv.amount_cents, as_of
        )
        if y is not None:
            drift_samples.setdefault(inv.partner, []).append((inv.due_date, y))
        fully_paid = open_cents(clean, as_of) == 0
        if fully_paid or until >= MATURE_DAYS:
            counts[inv.partner] = counts.get(inv.partner, 0.0) + weight
        if until >= K_MATURE_DAYS and not _known(inv.closed_on, as_of):
            k_samples.setdefault(inv.partner, []).append(
                {point: _paid_share_by(clean, point) for point in K_POINTS}
            )
    prior_hazards = _hazards_of(PRIOR_SURVIVAL)
    n_company = sum(counts.values())
    company_curve = Curve(
        _mix(
            n_company / (n_company + COMPANY_PSEUDO),
            _survival(company.hazards(fallback=prior_hazards)),
            PRIOR_SURVIVAL,
        )
    )
    prior = _dispute_prior()
    own_disputed = _survival(disputed.hazards(fallback=prior))
    z_disputed = n_disputed / (n_disputed + DISPUTE_PSEUDO)
    prior_curve = _survival(prior)
    disputed_curve = Curve(_mix(z_disputed, own_disputed, prior_curve))
    k = _estimate_k(k_samples)
    kept_all = sum(t[0] for t in promises.values())
    judged_all = sum(t[1] for t in promises.values())
    company_promise = (kept_all + 0.5 * PROMISE_COMPANY_PSEUDO) / (
        judged_all + PROMISE_COMPANY_PSEUDO
    )
    customers = _customers(
        per_customer,
        counts=counts,
        k=k,
        company_curve=company_curve,
        company_promise=company_promise,
        promises=promises,
        month_ends=month_ends,
        drift_samples=drift_samples,
    )
    return BehaviourModel(
        as_of=as_of,
        company=company_curve,
        disputed=disputed_curve,
        k=k,
        promise_reliability=company_promise,
        customers=customers,
        issues=issues,
        half_life=half_life_days,
    )


# --------------------------------------------------------------------------- forecast


def _conditional(curve: Curve, after_delay: int, first_delay: int, horizon: int):
    """Chance of payment on each of ``horizon`` days whose first has delay ``first_delay``,
    given nothing was paid through ``after_delay`` (< ``first_delay``)."""
    base = curve.unpaid_after(after_delay)
    if base <= 1e-12:
        return [0.0] * horizon, 1.0
    probs = []
    previous = curve.unpaid_after(max(first_delay - 1, after_delay))
    for j in range(horizon):
        delay = first_delay + j
        if delay <= after_delay:
            probs.append(0.0)
            continue
        s = curve.unpaid_after(delay)
        probs.append(max(0.0, previous - s) / base)
        previous = s
    return probs, max(0.0, 1.0 - sum(probs))


def _active_promise(inv: Invoice, as_of: date) -> Promise | None:
    best = None
    for promise in inv.promises:
        if not (_known(promise.made_on, as_of) and promise.promised_date):
            continue
        if promise.promised_date + timedelta(days=PROMISE_GRACE) < as_of + timedelta(days=1):
            continue  # broken: the behaviour speaks again
        if best is None or promise.made_on >= best.made_on:
            best = promise
    return best


def _components(behaviour: CustomerBehaviour, company: Curve, delay: int, horizon: int):
    z = behaviour.weight
    if behaviour.own_curve is None or not 0 < z < 1:
        return ()
    own = z * behaviour.own_curve.unpaid_after(delay)
    other = (1 - z) * company.unpaid_after(delay)
    if own + other <= 1e-12:
        return ()
    share = own / (own + other)
    return (
        (share, tuple(_conditional(behaviour.own_curve, delay, delay + 1, horizon)[0])),
        (1 - share, tuple(_conditional(company, delay, delay + 1, horizon)[0])),
    )


def _with_month_end(habit: MonthEndHabit, due: date, as_of: date, probs, beyond):
    """The month-end reading for its share of the customer's payments, the delay reading for
    the rest."""
    at_end, at_end_beyond = month_end_probabilities(habit, due, as_of, len(probs))
    share = habit.share
    mixed = [share * a + (1 - share) * b for a, b in zip(at_end, probs, strict=True)]
    return mixed, share * at_end_beyond + (1 - share) * beyond


def forecast_invoices(invoices, model: BehaviourModel, *, horizon: int = 90):
    """One :class:`InvoiceForecast` per invoice open on ``model.as_of`` (and the input issues)."""
    as_of = model.as_of
    cleaned, issues = clean_invoices(invoices, as_of)
    out = []
    for clean in cleaned:
        inv = clean.invoice
        remaining = open_cents(clean, as_of)
        if remaining <= 0:
            continue
        delay_today = (as_of - inv.due_date).days
        components = ()
        if disputed_on_day(inv, as_of):
            since = (as_of - inv.disputed_on).days
            probs, beyond = _conditional(model.disputed, since, since + 1, horizon)
            status = DISPUTED
        else:
            behaviour = model.behaviour(inv.partner)
            promise = _active_promise(inv, as_of)
            if promise is None:
                probs, beyond = _conditional(behaviour.curve, delay_today, delay_today + 1, horizon)
                components = _components(behaviour, model.company, delay_today, horizon)
                if behaviour.month_end is not None:
                    probs, beyond = _with_month_end(
                        behaviour.month_end, inv.due_date, as_of, probs, beyond
                    )
                    components = ()
                status = NORMAL
            else:
                r = behaviour.promise_reliability
                day = max(1, (promise.promised_date - as_of).days)
                after = max(delay_today, (promise.promised_date - inv.due_date).days)
                after += PROMISE_GRACE
                rest, rest_beyond = _conditional(behaviour.curve, after, delay_today + 1, horizon)
                probs = [(1 - r) * p for p in rest]
                beyond = (1 - r) * rest_beyond
                if day <= horizon:
                    probs[day - 1] += r
                else:
                    beyond += r
                status = PROMISED
        out.append(
            InvoiceForecast(
                ref=inv.ref,
                partner=inv.partner,
                open_cents=remaining,
                days_late=delay_today,
                status=status,
                probabilities=tuple(probs),
                beyond=beyond,
                components=components,
            )
        )
    return tuple(out), issues


def expected_total(forecasts, days: int, *, include_disputed: bool = True) -> float:
    """Expected cents received in the first ``days`` forecast days."""
    return sum(
        f.expected_cents(1, days) for f in forecasts if include_disputed or f.status != DISPUTED
    )
