from . import test_approval_tour, test_tier_approval
