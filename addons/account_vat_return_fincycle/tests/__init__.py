from . import test_fec_export
