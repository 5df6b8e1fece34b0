from . import test_file_import, test_online_guards
