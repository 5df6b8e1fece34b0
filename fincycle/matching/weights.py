"""Signal weights of the matcher: log-odds contributions of binary features.

Fitted by ``scripts/bench/calibrate_matching.py --write``: a conditional logit over each
line's candidates plus "no match" (L2 penalty 1.0, signs constrained, Newton's method),
on generated scenarios of ``fincycle.matching.tuning.synthetic`` and ``.yearly``:
synthetic seeds 1000-1079 and 24 yearly sets (yearly.FIT_SETS), 96811 bank lines, 71664 choice situations.
Refit after changing a feature, the candidate generation or a generator.
"""

FEATURES = (
    "bias",
    "ref_struct",
    "ref_exact",
    "ref_approx",
    "ref_partial_cover",
    "ref_other",
    "ref_unknown",
    "amt_exact",
    "amt_round",
    "amt_fee",
    "amt_discount",
    "amt_short",
    "amt_partial",
    "amt_over",
    "amt_over_large",
    "amt_rounded",
    "amt_fx",
    "amt_fx_loose",
    "fx",
    "round_amount",
    "amount_only",
    "lookalike",
    "sole_item",
    "iban",
    "partner_id",
    "name_exact",
    "name_strong",
    "name_weak",
    "partner_conflict",
    "multi_partner",
    "multi",
    "multi3",
    "credit_note",
    "before_invoice",
    "period_match",
    "period_other",
    "noref_inexact",
    "amt_habit",
)

WEIGHTS = {
    "bias": 0.059,  # every candidate (against the no-match option)
    "ref_struct": 6.194,  # every item named by a valid QR / creditor reference
    "ref_exact": 5.289,  # every item named by its number or a reference (normalised)
    "ref_approx": 0.773,  # every item named, some one typo away or by its digits only
    "ref_partial_cover": 4.354,  # some of the set's items named, not all
    "ref_other": -0.013,  # the text names other open items, not these
    "ref_unknown": -7.014,  # the text names a reference or number of ours that is not open
    "amt_exact": 3.32,  # the amount equals the open amount
    "amt_round": -0.489,  # within the rounding tolerance (written off)
    "amt_fee": 1.37,  # short by a round bank fee within the fee band (written off)
    "amt_discount": 1.627,  # short by a usual cash discount rate (written off)
    "amt_short": -1.213,  # short by an odd sum within the fee band (left open)
    "amt_partial": -2.201,  # a partial payment
    "amt_over": -2.755,  # more than the open amount
    "amt_over_large": -5.533,  # more than a quarter above the open amount
    "amt_rounded": 2.065,  # the payer rounded the amount (a whole 1, 5 or 10 within 1 %)
    "amt_fx": 0.236,  # other currency: at the rate of the day within a quarter of the tolerance
    "amt_fx_loose": 0.0,  # other currency: within the exchange tolerance
    "fx": 0.532,  # compared in another currency (instructed amount or rate)
    "round_amount": -4.897,  # a multiple of 10 matched by its amount alone (no name, no reference)
    "amount_only": -2.328,  # matched by its amount alone (no name, no reference, no account)
    "lookalike": -0.56,  # stands for other open items of the partner that look the same (FIFO)
    "sole_item": 1.147,  # the only open item of the known payer in the line's currency, paid short or over
    "iban": 1.142,  # the payer's IBAN is a known account of the partner
    "partner_id": 0.0,  # Odoo already assigned the line to the partner
    "name_exact": 1.685,  # the payer name is the partner's
    "name_strong": 1.407,  # the payer name is most of the partner's, or it is written in the label
    "name_weak": 1.448,  # the payer name shares a distinctive word with the partner's
    "partner_conflict": -2.147,  # the IBAN, the assigned partner or the exact name point elsewhere
    "multi_partner": -0.449,  # the set's items belong to several partners
    "multi": 1.027,  # a set of two or more items
    "multi3": -4.072,  # a set of three or more items
    "credit_note": -0.048,  # the set deducts a credit note
    "before_invoice": -6.702,  # paid more than the slack before the invoice date
    "period_match": 1.841,  # the text names the month the items were invoiced in
    "period_other": -5.549,  # the text names a month, not the one these items were invoiced in
    "noref_inexact": -0.295,  # no item named and the amount is not exact
    "amt_habit": 0.433,  # the payer made the same kind of difference on an earlier line
}
