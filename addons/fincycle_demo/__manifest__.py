# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Fincycle Demo",
    "summary": "The demo group of Swiss and French companies to try the Fincycle suite on",
    "version": "19.0.1.0.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["fincycle"],
    # The loader draws the captured bills with fincycle.testing and signs Revolut's consent
    # with fincycle.banking; python-stdnum gives the companies valid VAT numbers.
    "external_dependencies": {"python": ["fincycle", "python-stdnum"]},
    "demo": ["demo/fincycle_demo.xml"],
    "assets": {"web.assets_tests": ["fincycle_demo/static/tests/tours/**/*"]},
}
