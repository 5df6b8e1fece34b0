from . import (
    docuseal_template,
    fincycle_integration,
    ir_attachment,
    res_partner,
    sale_order,
    sale_signature_request,
)
