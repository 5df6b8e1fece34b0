"""Bank line ↔ open item matching: ranked candidates with a calibrated score and evidence.

Pure Python (never imports odoo). ``Matcher(items, config, fx_rate)`` indexes the open items
once; ``match(line)`` / ``match_all(lines)`` return ``Candidate`` lists, best first.
"""

from .engine import Matcher, RawCandidate
from .model import BankLine, Candidate, Evidence, MatchConfig, OpenItem

__all__ = [
    "BankLine",
    "Candidate",
    "Evidence",
    "MatchConfig",
    "Matcher",
    "OpenItem",
    "RawCandidate",
]
