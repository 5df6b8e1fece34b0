from . import docuseal_template, fincycle_integration, sale_order, sale_signature_request
