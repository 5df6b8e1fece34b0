from . import test_autopilot, test_explanations
