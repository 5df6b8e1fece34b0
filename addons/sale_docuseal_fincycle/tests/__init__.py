from . import test_attacks, test_docuseal_documents, test_docuseal_flow, test_docuseal_send
