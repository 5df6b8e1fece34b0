from . import (
    base_partner_merge,
    fincycle_integration,
    fincycle_mautic_contact,
    res_partner,
)
