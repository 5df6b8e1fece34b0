/** @odoo-module **/
// A customer's contact signs in to the portal, lists her practice's invoices and opens one.
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("fincycle_portal_invoices", {
    url: "/my/invoices",
    steps: () => [
        {
            content: "Her practice's invoices are listed",
            trigger: "a[href*='/my/invoices/']:contains('/2026/')",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The invoice opens with its amount and the download button",
            trigger: "#invoice_content .o_portal_html_view, .o_download_btn",
        },
    ],
});
