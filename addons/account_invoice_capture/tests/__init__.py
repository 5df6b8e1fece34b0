from . import test_capture, test_capture_display, test_capture_signed_rows, test_reverse_charge
