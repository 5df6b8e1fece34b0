"""What fits and measures the matcher, for ``scripts/bench`` and the tests; nothing here runs
in production (the add-ons import ``fincycle.matching`` only).

Modules: ``synthetic`` and ``yearly`` (two independent generators of scenarios: open items,
bank lines and the truth), ``calibration`` (fitting ``fincycle.matching.weights`` on them),
``samples`` (reading a scenario laid out like ``samples/matching`` through the project's
parsers) and ``evaluate`` (precision, recall, top-1 accuracy and calibration against a truth).
"""
