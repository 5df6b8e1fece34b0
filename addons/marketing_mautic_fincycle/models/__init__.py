from . import fincycle_integration, fincycle_mautic_contact, res_partner
