from . import fast_path, oauth, webhook
