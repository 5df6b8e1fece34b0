from . import (
    account_move,
    fincycle_integration,
    fincycle_integration_companies,
    fincycle_integration_events,
    fincycle_integration_segments,
    fincycle_mautic_company,
    fincycle_mautic_contact,
    fincycle_mautic_event,
    res_partner,
    sale_order,
)
