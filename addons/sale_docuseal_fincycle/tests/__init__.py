from . import test_docuseal_send
