from . import test_capture
