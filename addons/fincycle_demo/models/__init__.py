from . import demo_time_billing, demo_tracking, fincycle_demo
