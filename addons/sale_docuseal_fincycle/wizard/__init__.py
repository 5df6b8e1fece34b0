from . import sale_signature_send
