from . import test_mautic_crm
