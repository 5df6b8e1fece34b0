"""Keep pdfminer's parser linear on long arrays.

pdfminer.six (20251230) logs every keyword it parses with an f-string holding ``repr`` of the
parser's current stack, built whether debug logging is on or not. Inside an array every
``R`` of ``4 0 R`` is a keyword, so an array of N references costs N reprs of up to N
entries: the page tree of a 5,000-page file (788 kB) took 7 s to walk where pdfium needs
milliseconds, and the time grows with the square of the array. The stack's list is given a
constant ``repr``; the parser uses it as a list as before. The package ``__init__`` imports
this first.
"""

from __future__ import annotations

from pdfminer import psparser


class _QuietStack(list):
    """The parser's stack, whose repr (only ever built for debug logs) costs nothing."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<stack of {len(self)}>"


def _get_stack(parser) -> list:
    return parser.__dict__["_quiet_curstack"]


def _set_stack(parser, value: list) -> None:
    if not isinstance(value, _QuietStack):
        value = _QuietStack(value)
    parser.__dict__["_quiet_curstack"] = value


if not isinstance(getattr(psparser.PSStackParser, "curstack", None), property):
    psparser.PSStackParser.curstack = property(_get_stack, _set_stack)
