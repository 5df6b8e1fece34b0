/* Copyright 2026 Fincycle
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";

/**
 * An accounting manager opens the queue of invoices to approve, opens the one a colleague
 * asked her to approve, approves it with a comment and posts it.
 * Started by tests/test_tours.py.
 */
registry.category("web_tour.tours").add("account_move_tier_validation_fincycle_queue", {
    steps: () => [
        {
            content: "The invoice waits in the queue with the rule it needs",
            trigger:
                ".o_data_row:contains(Customer invoices above) td[name=partner_id]:contains(Tour Customer)",
            run: "click",
        },
        {
            content: "She approves it",
            trigger: ".o_form_view button[name=validate_tier]",
            run: "click",
        },
        {
            content: "with a comment",
            trigger: ".modal div[name=comment] input",
            run: "edit Rates checked",
        },
        {
            content: "Confirm",
            trigger: ".modal-footer button[name=add_comment]",
            run: "click",
        },
        {
            content: "Approved: the invoice can be posted",
            trigger: ".o_form_view .o_form_statusbar button[name=action_post]:enabled",
            run: "click",
        },
        {
            content: "Posted",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current[data-value=posted]",
        },
    ],
});
