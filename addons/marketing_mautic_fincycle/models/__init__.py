from . import (
    fincycle_integration,
    fincycle_integration_segments,
    fincycle_mautic_contact,
    res_partner,
)
