/* Copyright 2026 Fincycle
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";

/**
 * Started by tests/test_tours.py on the demo database, against a local Revolut test server
 * the test points the connection at (only an administrator may set such an address). The
 * steps find buttons and fields by their technical names, so they read the same in every
 * language of the demo users.
 */

const FORM = ".o_form_view";
const REVOLUT_TAB = `${FORM} .o_notebook .nav-link[name=revolut]`;
const MAPPED = `${FORM} .o_field_widget[name=revolut_provider_ids]`;

function mapAndRegister(mainAccount) {
    const row = `.modal .o_data_row:contains(${mainAccount})`;
    return [
        {
            content: "Map Accounts lists the Revolut accounts of the connection",
            trigger: `${FORM} .o_form_statusbar button[name=action_revolut_map_accounts]`,
            run: "click",
        },
        {
            content: "Select the main account's row",
            trigger: `${row} td[name=remote_name]`,
            run: "click",
        },
        {
            content: "A bank journal is created for it, in its currency, with its IBAN",
            trigger: `${row} td[name=create_journal] input[type=checkbox]`,
            run: "click",
        },
        {
            trigger: `${row} td[name=create_journal] input[type=checkbox]:checked`,
        },
        {
            content: "Apply the mapping",
            trigger: ".modal-footer button[name=action_apply]",
            run: "click",
        },
        {
            content: "The mapped journal is listed on the connection",
            trigger: `${MAPPED} .o_data_row:contains(${mainAccount})`,
        },
        {
            content: "Register the webhook: payments arrive within a minute",
            trigger: `${FORM} .o_form_statusbar button[name=action_fincycle_webhook_register]`,
            run: "click",
        },
        {
            content: "Revolut's webhook id is kept on the connection",
            trigger: `${FORM} .o_field_widget[name=webhook_remote_id]:not(:empty)`,
        },
    ];
}

registry.category("web_tour.tours").add("fincycle_revolut_generate_key", {
    steps: () => [
        {
            content: "The provider's tab comes first; no generic credentials tab for Revolut",
            trigger: `${REVOLUT_TAB}.active`,
        },
        {
            trigger: `${FORM} .o_notebook:not(:has(.nav-link[name=credentials]))`,
        },
        {
            content: "The redirect URI and the JWT issuer come from the same address",
            trigger: `${FORM} .o_field_widget[name=revolut_issuer]:contains(127.0.0.1)`,
        },
        {
            content: "This server's address is not public: said on the form",
            trigger: `${FORM} .alert-warning:contains(web.base.url)`,
        },
        {
            content: "Generate the key pair",
            trigger: `${FORM} button[name=action_revolut_generate_keys]`,
            run: "click",
        },
        {
            content: "The certificate to paste into Revolut, with a copy button",
            trigger: `${FORM} .o_field_widget[name=revolut_certificate]:contains(BEGIN CERTIFICATE)`,
        },
        {
            trigger: `${FORM} .o_field_widget[name=revolut_certificate] button.o_btn_text_copy`,
        },
    ],
});

registry.category("web_tour.tours").add("fincycle_revolut_connect_map_register", {
    steps: () => [
        {
            content: "Enter the Client ID Revolut shows for the certificate",
            trigger: `${FORM} .o_field_widget[name=revolut_client_id] input`,
            run: "edit tour-client",
        },
        {
            content: "Leave the field: the Connect button appears",
            trigger: `${FORM} .o_field_widget[name=revolut_issuer]`,
            run: "click",
        },
        {
            content: "Connect: Revolut's consent page, then back here",
            trigger: `${FORM} .o_form_statusbar button[name=action_fincycle_oauth_connect]`,
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "Back from the consent: connected",
            trigger: `${FORM} .o_form_statusbar .o_statusbar_status .o_arrow_button_current[data-value=connected]`,
        },
        ...mapAndRegister("Main"),
    ],
});

registry.category("web_tour.tours").add("fincycle_revolut_manager_maps", {
    steps: () => [
        {
            content: "A manager sees the provider's tab of a connected connection",
            trigger: `${REVOLUT_TAB}.active`,
        },
        ...mapAndRegister("Main"),
    ],
});
