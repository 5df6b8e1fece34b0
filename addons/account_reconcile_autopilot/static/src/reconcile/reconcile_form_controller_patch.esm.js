/* Copyright 2026 Fincycle
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {ReconcileFormController} from "@account_reconcile_oca/views/reconcile_form/reconcile_form_controller.esm";
import {patch} from "@web/core/utils/patch";

/**
 * account_reconcile_oca redraws the list of bank lines when the line in the form gets
 * reconciled. Undo Autopilot, Unreconcile and Reject Suggestion change the line the other way
 * (its badges go): the list is redrawn then too.
 */
patch(ReconcileFormController.prototype, {
    async reloadFormController() {
        const before = this.autopilotState();
        await super.reloadFormController(...arguments);
        const after = this.autopilotState();
        const parent = this.env.parentController;
        const redrawnByOca = !before.reconciled && after.reconciled;
        if (
            parent &&
            !redrawnByOca &&
            (before.reconciled !== after.reconciled || before.badge !== after.badge)
        ) {
            await parent.model.root.load();
            await parent.render(true);
        }
    },
    autopilotState() {
        const data = this.model.root?.data || {};
        return {reconciled: Boolean(data.is_reconciled), badge: data.autopilot_badge || ""};
    },
});
