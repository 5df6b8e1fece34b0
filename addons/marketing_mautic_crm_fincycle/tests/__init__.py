from . import test_mautic_crm, test_mautic_crm_hostile
