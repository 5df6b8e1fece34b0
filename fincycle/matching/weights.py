"""Signal weights of the matcher: log-odds contributions of binary features.

Fitted by ``scripts/bench/calibrate_matching.py --write``: a conditional logit over each
line's candidates plus "no match" (L2 penalty 1.0, signs constrained, Newton's method),
on generated scenarios of ``fincycle.matching.synthetic`` and ``.yearly``:
synthetic seeds 1000-1079 and 24 yearly sets (yearly.FIT_SETS), 96811 bank lines, 71481 choice situations.
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
)

WEIGHTS = {
    "bias": 0.365,  # every candidate (against the no-match option)
    "ref_struct": 6.272,  # every item named by a valid QR / creditor reference
    "ref_exact": 5.293,  # every item named by its number or a reference (normalised)
    "ref_approx": 0.884,  # every item named, some one typo away or by its digits only
    "ref_partial_cover": 4.115,  # some of the set's items named, not all
    "ref_other": 0.0,  # the text names other open items, not these
    "ref_unknown": -7.153,  # the text names a reference or number of ours that is not open
    "amt_exact": 3.459,  # the amount equals the open amount
    "amt_round": -0.598,  # within the rounding tolerance (written off)
    "amt_fee": 1.586,  # short by a round bank fee within the fee band (written off)
    "amt_discount": 1.75,  # short by a usual cash discount rate (written off)
    "amt_short": -1.131,  # short by an odd sum within the fee band (left open)
    "amt_partial": -2.278,  # a partial payment
    "amt_over": -2.861,  # more than the open amount
    "amt_over_large": -5.457,  # more than a quarter above the open amount
    "amt_rounded": 2.17,  # the payer rounded the amount (a whole 1, 5 or 10 within 1 %)
    "amt_fx": 0.11,  # other currency: at the rate of the day within a quarter of the tolerance
    "amt_fx_loose": 0.0,  # other currency: within the exchange tolerance
    "fx": 0.535,  # compared in another currency (instructed amount or rate)
    "round_amount": -4.866,  # a multiple of 10 matched by its amount alone (no name, no reference)
    "amount_only": -2.436,  # matched by its amount alone (no name, no reference, no account)
    "lookalike": -0.361,  # stands for other open items of the partner that look the same (FIFO)
    "sole_item": 1.201,  # the only open item of the known payer in the line's currency, paid short or over
    "iban": 0.962,  # the payer's IBAN is a known account of the partner
    "partner_id": 0.0,  # Odoo already assigned the line to the partner
    "name_exact": 1.324,  # the payer name is the partner's
    "name_strong": 1.64,  # the payer name is most of the partner's, or it is written in the label
    "name_weak": 0.99,  # the payer name shares a distinctive word with the partner's
    "partner_conflict": -3.457,  # the IBAN, the assigned partner or the exact name point elsewhere
    "multi_partner": -0.605,  # the set's items belong to several partners
    "multi": 0.996,  # a set of two or more items
    "multi3": -4.038,  # a set of three or more items
    "credit_note": -0.165,  # the set deducts a credit note
    "before_invoice": -7.092,  # paid more than the slack before the invoice date
    "period_match": 2.241,  # the text names the month the items were invoiced in
    "period_other": -5.812,  # the text names a month, not the one these items were invoiced in
    "noref_inexact": -0.24,  # no item named and the amount is not exact
}
