from . import (
    test_demo_data,
    test_demo_docuseal,
    test_demo_mautic,
    test_demo_time_billing,
    test_demo_tracking,
)
