from . import (
    account_move,
    fincycle_integration,
    fincycle_integration_companies,
    fincycle_integration_events,
    fincycle_integration_segments,
    fincycle_integration_stats,
    fincycle_mautic_company,
    fincycle_mautic_contact,
    fincycle_mautic_event,
    fincycle_mautic_stat,
    res_partner,
    sale_order,
)
