from . import demo_time_billing, fincycle_demo
