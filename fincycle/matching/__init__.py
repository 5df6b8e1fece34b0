"""Bank line ↔ open item matching: ranked candidates with a calibrated score and evidence.

Pure Python (never imports odoo). ``Matcher(items, config, fx_rate)`` indexes the open items
once; ``match(line)`` scores one bank line, ``match_all(lines)`` a batch without handing the
same open amount to two lines. Each ``Candidate`` is one item or a set of items with a score
(≈ the probability that it is right), the allocations, the difference (write-off, overpayment
or exchange difference) and the evidence: one code with its parameters per signal, and its
weight (``explain`` lists the codes; the add-ons word them in the reader's language).

Modules: ``engine`` (the matcher and its scoring) and its parts: ``index`` (the open items and
their keys), ``signals`` (what is read from a line), ``candidates`` and ``amounts`` (the sets of
items a line may pay, and how its amount relates to theirs), ``features`` (a candidate's
features and evidence), ``batch`` and ``fifo`` (``match_all``), ``cents``; ``model`` (the
dataclasses), ``explain`` (the evidence codes, their JSON form, English for logs), ``text`` and
``subset`` (normalisation, typo search, bounded subset-sum), ``weights`` (the fitted signal
weights).
``tuning`` serves the benchmarks and tests only: generated scenarios (``synthetic``,
``yearly``), how the weights are fitted on them (``calibration``), reading a scenario laid out
like ``samples/matching`` (``samples``) and measuring precision, recall and calibration
(``evaluate``).
"""

from .engine import Matcher, RawCandidate
from .model import BankLine, Candidate, Evidence, MatchConfig, Money, OpenItem

__all__ = [
    "BankLine",
    "Candidate",
    "Evidence",
    "MatchConfig",
    "Matcher",
    "Money",
    "OpenItem",
    "RawCandidate",
]
