/* Copyright 2026 Fincycle
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";

/**
 * A director opens the cockpit, reads the forecast, opens the expected receipts behind it
 * and goes to the invoice. Started by tests/test_cockpit_tour.py.
 */
registry.category("web_tour.tours").add("fincycle_cockpit_forecast_to_invoice", {
    steps: () => [
        {
            content: "The cockpit shows the cash in 30 days",
            trigger: ".o_form_view div[name=cash_30]",
        },
        {
            content: "and the forecast by week",
            trigger: ".o_form_view div[name=week_line_ids] .o_data_row",
        },
        {
            content: "She opens the forecast curve",
            trigger: ".o_form_view button[name=action_view_forecast]",
            run: "click",
        },
        {
            content: "drawn by Odoo's graph view",
            trigger: ".o_graph_view canvas",
        },
        {
            content: "back to the cockpit",
            trigger: ".o_breadcrumb .breadcrumb-item a",
            run: "click",
        },
        {
            content: "She opens the expected receipts behind the forecast",
            trigger: ".o_form_view button[name=action_view_expected_receipts]",
            run: "click",
        },
        {
            content: "and the invoice of the tour customer",
            trigger:
                ".o_data_row:contains(Tour Customer) button[name=action_open_record]",
            run: "click",
        },
        {
            content: "The invoice",
            trigger: ".o_form_view div[name=invoice_line_ids]",
        },
    ],
});
