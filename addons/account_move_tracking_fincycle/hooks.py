# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).


def post_init_hook(env):
    """The customer invoices already posted and sent get their tracking from what the
    automatic sending noted (when, which e-mail) and the invoice date as their work end,
    in a few statements: the issuance delay of the months before the installation is
    measured too."""
    cr = env.cr
    cr.execute(
        """
        UPDATE account_move
           SET work_end_date = invoice_date
         WHERE move_type IN ('out_invoice', 'out_refund')
           AND state = 'posted'
           AND work_end_date IS NULL
           AND invoice_date IS NOT NULL
        """
    )
    cr.execute(
        """
        UPDATE account_move
           SET tracking_sent_date = autosend_date,
               tracking_send_count = 1
         WHERE move_type IN ('out_invoice', 'out_refund')
           AND autosend_state = 'sent'
           AND autosend_date IS NOT NULL
           AND tracking_sent_date IS NULL
     RETURNING id
        """
    )
    sent_ids = [row[0] for row in cr.fetchall()]
    cr.execute(
        """
        INSERT INTO account_move_tracking_message_rel (move_id, message_id)
        SELECT id, autosend_message_id
          FROM account_move
         WHERE id = ANY(%s) AND autosend_message_id IS NOT NULL
        ON CONFLICT DO NOTHING
        """,
        [sent_ids],
    )
    Move = env["account.move"]
    Move.invalidate_model()
    moves = Move.browse(sent_ids)
    if moves:
        moves.modified(["tracking_sent_date", "work_end_date"])
        moves._tracking_update_mail()
    env.flush_all()
