from . import test_capture, test_capture_display
