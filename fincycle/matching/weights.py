"""Signal weights of the matcher: log-odds contributions of binary features.

Fitted by ``scripts/bench/calibrate_matching.py --write``: a conditional logit over each
line's candidates plus "no match" (L2 penalty 1.0, signs constrained, Newton's method),
on synthetic scenarios of ``fincycle.matching.synthetic``:
seeds 1000-1079, 34727 bank lines, 26182 choice situations.
Refit after changing a feature, the candidate generation or the generator.
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
    "amt_fx",
    "amt_fx_loose",
    "fx",
    "round_amount",
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
    "noref_inexact",
)

WEIGHTS = {
    "bias": -0.152,  # every candidate (against the no-match option)
    "ref_struct": 5.514,  # every item named by a valid QR / creditor reference
    "ref_exact": 4.851,  # every item named by its number or a reference (normalised)
    "ref_approx": 1.905,  # every item named, some one typo away or by its digits only
    "ref_partial_cover": 3.53,  # some of the set's items named, not all
    "ref_other": 0.0,  # the text names other open items, not these
    "ref_unknown": -6.422,  # the text names a reference or number of ours that is not open
    "amt_exact": 2.607,  # the amount equals the open amount
    "amt_round": -0.463,  # within the rounding tolerance (written off)
    "amt_fee": 1.376,  # short by a round bank fee within the fee band (written off)
    "amt_discount": 0.765,  # short by a usual cash discount rate (written off)
    "amt_short": -0.754,  # short by an odd sum within the fee band (left open)
    "amt_partial": -1.404,  # a partial payment
    "amt_over": -3.112,  # more than the open amount
    "amt_over_large": -3.37,  # more than a quarter above the open amount
    "amt_fx": 0.332,  # other currency: at the rate of the day within a quarter of the tolerance
    "amt_fx_loose": 0.502,  # other currency: within the exchange tolerance
    "fx": -0.695,  # compared in another currency (instructed amount or rate)
    "round_amount": -7.064,  # a multiple of 10 matched by its amount alone (no name, no reference)
    "iban": 0.355,  # the payer's IBAN is a known account of the partner
    "partner_id": 0.202,  # Odoo already assigned the line to the partner
    "name_exact": 2.883,  # the payer name is the partner's
    "name_strong": 2.21,  # the payer name is most of the partner's, or it is written in the label
    "name_weak": 1.101,  # the payer name shares a distinctive word with the partner's
    "partner_conflict": -3.343,  # the IBAN, the assigned partner or the exact name point elsewhere
    "multi_partner": -0.22,  # the set's items belong to several partners
    "multi": 1.601,  # a set of two or more items
    "multi3": -3.036,  # a set of three or more items
    "credit_note": -0.474,  # the set deducts a credit note
    "before_invoice": -1.199,  # paid more than the slack before the invoice date
    "noref_inexact": 0.006,  # no item named and the amount is not exact
}
