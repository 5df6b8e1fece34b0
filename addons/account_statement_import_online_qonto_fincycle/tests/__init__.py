from . import test_qonto_pull, test_qonto_security, test_qonto_webhook
