from . import account_move, res_company, tier_review
