"""Signal weights of the matcher: log-odds contributions of binary features.

Fitted by ``scripts/bench/calibrate_matching.py --write`` (conditional logit over each
line's candidates plus "no match", L2 0.5, Newton's method) on synthetic scenarios of
``fincycle.matching.synthetic``:
seeds 1000-1079, 34727 bank lines, 25526 choice situations.
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
    "amt_fx",
    "fx",
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
    "bias": -1.001,
    "ref_struct": 6.625,
    "ref_exact": 5.648,
    "ref_approx": 3.197,
    "ref_partial_cover": 3.553,
    "ref_other": -0.246,
    "ref_unknown": -7.338,
    "amt_exact": 3.04,
    "amt_round": -0.268,
    "amt_fee": 1.771,
    "amt_discount": 0.626,
    "amt_short": -1.007,
    "amt_partial": -1.933,
    "amt_over": -5.048,
    "amt_fx": 1.818,
    "fx": -1.267,
    "iban": 1.227,
    "partner_id": -1.118,
    "name_exact": 3.568,
    "name_strong": 3.267,
    "name_weak": 0.928,
    "partner_conflict": -3.839,
    "multi_partner": -2.355,
    "multi": 2.275,
    "multi3": -3.574,
    "credit_note": -1.865,
    "before_invoice": -0.886,
    "noref_inexact": -0.252,
}
