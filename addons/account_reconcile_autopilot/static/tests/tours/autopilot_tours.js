/* Copyright 2026 Fincycle
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";

/**
 * The accountant in the reconciliation view of a bank journal (account_reconcile_oca): she
 * reads why the autopilot suggests a match, accepts it, then undoes a match the autopilot made.
 * Started by tests/test_tours.py on the demo database, as the German-speaking accountant.
 */
registry.category("web_tour.tours").add("account_reconcile_autopilot_accept_and_undo", {
    steps: () => [
        {
            content: "A suggestion waits with its confidence: open it",
            trigger: ".o_kanban_record .o_autopilot_badge_suggested:contains(Vorschlag)",
            run: "click",
        },
        {
            content: "The reasons, in German, and the confidence",
            trigger:
                ".o_autopilot_explanation:contains(Vorschlag):contains(Andere offene Belege)",
        },
        {
            content: "Accept the suggestion",
            trigger: "button[name=action_autopilot_accept]",
            run: "click",
        },
        {
            content: "No suggestion is left to review in the list",
            trigger:
                ".o_account_reconcile_oca:not(:has(.o_autopilot_badge_suggested)) .o_kanban_record",
        },
        {
            content: "A line the autopilot reconciled: open it",
            trigger: ".o_kanban_record .o_autopilot_badge_auto:contains(Autopilot)",
            run: "click",
        },
        {
            content: "Why the autopilot matched it, in German",
            trigger: ".o_autopilot_explanation:contains(Autopilot):contains(IBAN bekannt für)",
        },
        {
            content: "Undo Autopilot, where she works",
            trigger: "button[name=action_autopilot_undo]",
            run: "click",
        },
        {
            content: "Confirm",
            trigger: ".modal-footer button.btn-primary",
            run: "click",
        },
        {
            content: "The line is open again: it can be reconciled by hand",
            trigger:
                ".o_account_reconcile_oca_info:not(:has(button[name=action_autopilot_undo])) button[name=clean_reconcile]",
        },
        {
            content: "Its card in the list lost the Autopilot badge (the list is redrawn)",
            trigger:
                ".o_kanban_record_reconcile_oca_selected:not(:has(.o_autopilot_badge_auto)):not(:has(.text-bg-success))",
        },
    ],
});
