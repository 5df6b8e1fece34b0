from . import account_move, account_move_send, mail_thread, mail_tracking
