from . import (
    crm_lead,
    fincycle_integration,
    fincycle_mautic_contact,
    fincycle_sync_run,
    res_partner,
)
