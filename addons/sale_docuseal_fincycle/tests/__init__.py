from . import test_docuseal_flow, test_docuseal_send
