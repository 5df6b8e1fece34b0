from . import test_example_connector, test_example_security
