/** @odoo-module **/
// The credit controller opens the dispute worklist, opens the customer's contestation, issues
// the credit note from its invoice and resolves the dispute with it. Steps find fields and
// buttons by name, so the tour runs in any language of the user.
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("fincycle_credit_controller_dispute", {
    url: "/odoo/action-account_credit_control_fincycle.action_account_dispute",
    steps: () => [
        {
            content: "The worklist lists the open contestation of Praxis Dr. Meier",
            trigger: ".o_list_view .o_data_row:contains('Praxis Dr. Meier') td[name='name']",
            run: "click",
        },
        {
            content: "The dispute is open, its invoices on hold",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current[data-value='open']",
        },
        {
            content: "The customer's e-mail is in the chatter (its body is in a shadow root)",
            trigger: ".o-mail-Message:contains('Dr. Lea Meier') .o-mail-Message-body",
        },
        {
            content: "Open the contested invoice",
            trigger: ".o_form_view button[name='action_open_invoices']",
            run: "click",
        },
        {
            content: "Issue its credit note",
            trigger: ".o_form_view button[name='action_reverse']",
            run: "click",
        },
        {
            content: "Reverse the whole invoice",
            trigger: ".modal button[name='refund_moves']",
            run: "click",
        },
        {
            content: "Confirm the credit note",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current[data-value='draft']",
        },
        {
            trigger: ".o_form_view button[name='action_post']:visible",
            run: "click",
        },
        {
            content: "Back to the dispute (breadcrumb)",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current[data-value='posted']",
        },
        {
            trigger: ".o_breadcrumb .breadcrumb-item a:contains('DSP/')",
            run: "click",
        },
        {
            content: "Choose the resolution: credit note (the first one)",
            trigger: ".o_form_view .o_field_widget[name='resolution'] .o_select_menu_toggler",
            run: "click",
        },
        {
            trigger: ".o_select_menu_menu .o_select_menu_item:first",
            run: "click",
        },
        {
            content: "Resolve",
            trigger: ".o_form_view .o_statusbar_buttons button[name='action_resolve']",
            run: "click",
        },
        {
            content: "The dispute shows resolved",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current[data-value='resolved']",
        },
        {
            trigger: ".o_form_view .ribbon",
        },
    ],
});
