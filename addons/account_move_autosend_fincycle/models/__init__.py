from . import account_move, account_move_send, mail_notification, res_company, res_config_settings
