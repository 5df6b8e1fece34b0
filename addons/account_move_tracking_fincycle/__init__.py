from . import controllers, models, report
from .hooks import post_init_hook
