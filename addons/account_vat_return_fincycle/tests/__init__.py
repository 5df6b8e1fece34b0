from . import (
    test_attacks,
    test_fec_export,
    test_vat_return_ca3,
    test_vat_return_ch,
    test_vat_return_ch_net,
    test_vat_return_export,
    test_vat_return_fr,
)
