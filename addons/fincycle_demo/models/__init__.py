from . import fincycle_demo
