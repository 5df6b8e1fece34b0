from . import test_autosend
