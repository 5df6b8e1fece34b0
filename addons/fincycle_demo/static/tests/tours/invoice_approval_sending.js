/** @odoo-module **/
// The approver opens Invoicing > Invoices to Approve, opens the accountant's large invoice,
// approves it with a comment and posts it: the automatic sending queues it (the Python side
// runs the sending and checks the e-mail). The accountant who asked for the approval finds no
// Validate button on her own invoice. Steps find fields and buttons by name, so the tours run
// in any language of the user.
import { registry } from "@web/core/registry";

const INVOICE_ROW = ".o_list_view .o_data_row:contains('Bergbahnen Arosa AG')";

registry.category("web_tour.tours").add("fincycle_manager_approves_and_sends_invoice", {
    url: "/odoo/action-account_move_tier_validation_fincycle.action_move_tier_queue",
    steps: () => [
        {
            content: "The queue lists the accountant's invoice with the rule it waits for",
            trigger: `${INVOICE_ROW} td[name='tier_reason']:not(:empty)`,
        },
        {
            content: "Open it",
            trigger: `${INVOICE_ROW} td[name='partner_id']`,
            run: "click",
        },
        {
            content: "A draft waiting for approval: the banner says by whom",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current[data-value='draft']",
        },
        {
            trigger: ".o_form_view .alert-warning .o_field_widget[name='to_validate_message']",
        },
        {
            content: "Approve it (OCA's Validate)",
            trigger: ".o_form_view .alert-warning button[name='validate_tier']",
            run: "click",
        },
        {
            content: "with a comment",
            trigger: ".modal div[name='comment'] input",
            run: "edit Fees checked against the engagement letter",
        },
        {
            content: "Confirm",
            trigger: ".modal-footer button[name='add_comment']",
            run: "click",
        },
        {
            content: "Approved: the banner says so and the invoice can be posted",
            trigger: ".o_form_view .alert-success",
        },
        {
            trigger: ".o_form_view .o_form_statusbar button[name='action_post']:enabled",
            run: "click",
        },
        {
            content: "Posted: it can be reset to draft, no longer posted",
            trigger: ".o_form_view .o_form_statusbar button[name='button_draft']",
        },
        {
            content: "Back in the queue, nothing waits any more",
            trigger: ".o_breadcrumb .breadcrumb-item a",
            run: "click",
        },
        {
            trigger: `.o_action_manager:not(:has(${INVOICE_ROW}))`,
        },
    ],
});

registry.category("web_tour.tours").add("fincycle_requester_cannot_approve_invoice", {
    steps: () => [
        {
            content: "Her own invoice waits for another manager's approval",
            trigger: ".o_form_view .alert-warning .o_field_widget[name='to_validate_message']",
        },
        {
            content: "She finds no Validate or Reject button",
            trigger:
                ".o_form_view:not(:has(button[name='validate_tier'])):not(:has(button[name='reject_tier']))",
        },
    ],
});
