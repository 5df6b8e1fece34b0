/* Copyright 2026 Fincycle
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";

/**
 * Started by tests/test_tours.py on the demo database, as the German-speaking accountant.
 * The words the steps look for are the German of this module's i18n/de.po.
 */

/** The PDF the test drew (base64 in window.fincycleCaptureTourPdf), as a picked file. */
function pickGeneratedPdf(name) {
    const input = document.querySelector(".document_file_uploader.o_input_file");
    if (!input) {
        throw new Error("the queue has no upload input");
    }
    const bytes = Uint8Array.from(atob(window.fincycleCaptureTourPdf), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name, {type: "application/pdf"}));
    input.files = transfer.files;
    input.dispatchEvent(new Event("change", {bubbles: true}));
}

registry.category("web_tour.tours").add("account_invoice_capture_upload", {
    steps: () => [
        {
            content: "The bill capture queue, with vendors and totals",
            trigger: ".o_list_view th[data-name=vendor_display_name]:contains(Lieferant)",
        },
        {
            content: "Upload a PDF bill from the queue",
            trigger: ".o_control_panel button:contains(Hochladen)",
            run: () => pickGeneratedPdf("rechnung-RE-TOUR-1.pdf"),
        },
        {
            content: "The bill opens, read: its reference is filled",
            trigger: ".o_form_view .o_field_widget[name=ref] input:value(RE-TOUR-1)",
        },
        {
            content: "Open the Capture tab",
            trigger: ".o_notebook a.nav-link[name=capture]:contains(Belegerfassung)",
            run: "click",
        },
        {
            content: "What was read, in German words and Swiss formats",
            trigger:
                ".o_capture_overall:contains(Gesamtkonfidenz) ~ .o_capture_fields td:contains(Rechnungsdatum)",
        },
        {
            content: "Cross-checks in words, not codes",
            trigger: ".o_capture_checks li:contains(MwSt. je Satz)",
        },
    ],
});

registry.category("web_tour.tours").add("account_invoice_capture_create_vendor", {
    steps: () => [
        {
            content: "A bill to review: its vendor is not a contact yet",
            trigger: ".o_form_view .alert-warning:contains(Lieferant auf dem Beleg)",
        },
        {
            content: "The Capture tab says why it waits",
            trigger: ".o_notebook a.nav-link[name=capture]",
            run: "click",
        },
        {
            content: "The reason, in German",
            trigger: ".o_capture_reasons li:contains(ist noch kein Kontakt)",
        },
        {
            content: "Create the vendor from what the document shows",
            trigger: ".o_form_view .o_form_statusbar button[name=action_capture_create_vendor]",
            run: "click",
        },
        {
            content: "The new contact is prefilled with the printed vendor",
            trigger: ".modal .o_field_widget[name=name] input:value(Druckerei Gutenberg AG)",
        },
        {
            content: "Save the vendor",
            trigger: ".modal .o_form_button_save",
            run: "click",
        },
        {
            content: "The bill now has its vendor",
            trigger:
                "body:not(:has(.modal)) .o_form_view .o_field_widget[name=partner_id] input:value(Druckerei Gutenberg AG)",
        },
        {
            content: "and no longer proposes to create it",
            trigger:
                ".o_form_view .o_form_statusbar:not(:has(button[name=action_capture_create_vendor]))",
        },
    ],
});
