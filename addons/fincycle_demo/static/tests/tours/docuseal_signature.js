/** @odoo-module **/
// Issue 16: a salesperson opens a quotation, sends it for signature through DocuSeal (the
// company's quote template, simple level) and finds its signature request on the quote; the
// customer's contact opens the quotation in her portal and finds DocuSeal's signing form
// embedded. Steps find fields and buttons by name, so the tours run in any language.
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("fincycle_docuseal_send_for_signature", {
    steps: () => [
        {
            content: "A quotation, not yet sent for signature: Send for Signature",
            trigger: ".o_form_view .o_form_statusbar button[name='action_docuseal_send']",
            run: "click",
        },
        {
            content: "The wizard proposes the customer's contact and the company's quote template",
            trigger: ".modal .o_field_widget[name='partner_id'] input:value(Lea Meier)",
        },
        {
            trigger: ".modal .o_field_widget[name='template_map_id'] input:not(:value(''))",
        },
        {
            content: "with the invitation in the customer's language",
            trigger: ".modal .o_field_widget[name='subject'] input:not(:value(''))",
        },
        {
            content: "Send",
            trigger: ".modal-footer button[name='action_send']",
            run: "click",
        },
        {
            content: "Sent: the quote shows its signature request and cannot be sent twice",
            trigger: ".o_form_view:not(:has(.modal)) .oe_stat_button[name='action_view_signature_requests']",
        },
        {
            trigger: ".o_form_view .o_form_statusbar:not(:has(button[name='action_docuseal_send']))",
        },
        {
            content: "Open the signature request",
            trigger: ".o_form_view .oe_stat_button[name='action_view_signature_requests']",
            run: "click",
        },
        {
            content: "It waits for the customer's signature",
            trigger: ".o_field_widget[name='state'] .o_arrow_button_current[data-value='sent'], .o_data_row td[name='state']",
        },
    ],
});

registry.category("web_tour.tours").add("fincycle_docuseal_portal_signing_form", {
    steps: () => [
        {
            content: "The quotation asks for her signature",
            trigger: "#docuseal_signature[data-state='sent'] .alert-info",
        },
        {
            content: "with DocuSeal's signing form embedded",
            trigger: "#docuseal_signature iframe.o_docuseal_form[src*='/s/']",
        },
        {
            content: "and no Accept & Sign of Odoo's beside it",
            trigger: "body:not(:has(a[data-bs-target='#modalaccept']))",
        },
    ],
});
