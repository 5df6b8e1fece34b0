from . import fast_path, webhook
