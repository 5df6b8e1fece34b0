from . import test_attacks, test_docuseal_flow, test_docuseal_send
