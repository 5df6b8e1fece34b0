"""Make python-stdnum's bundled databases load inside Odoo.

stdnum reads ``iban.dat`` through ``importlib.resources``; Odoo's import hook wraps the
``stdnum`` package loader without a resource reader, so ``stdnum.iban`` fails with
"Can't open orphan path" once Odoo is loaded. Reading the file by path first fills stdnum's
own cache, and every later lookup uses it. The package ``__init__`` imports it first.
"""

from __future__ import annotations

from pathlib import Path

from stdnum import numdb


def preload(*names: str) -> None:
    for name in names:
        if name in numdb._open_databases:
            continue
        path = Path(numdb.__file__).with_name(f"{name}.dat")
        with path.open(encoding="utf-8") as fp:
            numdb._open_databases[name] = numdb.read(fp)


preload("iban")
