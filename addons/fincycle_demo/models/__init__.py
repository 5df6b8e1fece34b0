from . import demo_docuseal, demo_time_billing, demo_tracking, fincycle_demo
