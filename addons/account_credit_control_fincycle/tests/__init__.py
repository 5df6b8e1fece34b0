from . import test_access, test_dunning, test_languages, test_reply_gateway
