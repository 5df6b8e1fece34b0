from . import (
    demo_docuseal,
    demo_mautic,
    demo_time_billing,
    demo_tracking,
    demo_vat_return,
    fincycle_demo,
)
