from . import test_autopilot
