from . import fincycle_integration
