from . import test_month_end
