from . import account_move, account_move_send, mail_tracking, res_company
