from . import test_online_guards, test_sync_runs
