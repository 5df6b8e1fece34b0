from . import sale_signature_extend, sale_signature_send
