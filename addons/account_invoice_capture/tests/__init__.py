from . import test_capture, test_capture_display, test_reverse_charge
