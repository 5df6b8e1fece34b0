#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Run the MT940 parser over every bank file of the given folders, the way the import wizard
does (``looks_like_mt940`` first, then ``parse``), and say per file what happened.

A file is *read* when it parses, *refused* when the parser gives an ``Mt940Error`` (its code
is printed; a file that does not look like MT940 at all counts as refused ``not_mt940``), an
*error* when anything else is raised (a parser bug). When a file ``<name>.expected.json``
sits next to a bank file, what was read is compared with it, field by field, and the file
counts as *exact* only when every expected value is there (see ``tests/data/mt940_corpus``
for the format: ``{"refused": code}`` or ``{"statements": [...]}``; only the keys present are
compared).

Last line::

    mt940 corpus: <A> of <N> files read, <R> refused (<M> MT942), <E> errors[, exact <K> of <A>]

Usage: .venv/bin/python scripts/bench/mt940_corpus.py DIR... [--quiet]
"""

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from fincycle.banking import mt940  # noqa: E402

BANK_FILE_SUFFIXES = (".sta", ".940", ".txt", ".mt940", ".mt942", ".swi", ".stm")
MT942_CODE = "mt942"


def bank_files(folders):
    for name in folders:
        folder = Path(name)
        paths = [folder] if folder.is_file() else sorted(folder.rglob("*"))
        for path in paths:
            if path.is_file() and path.name.lower().endswith(BANK_FILE_SUFFIXES):
                yield path


def error_code(error) -> str:
    # Parsers before error codes only had the message.
    return getattr(error, "code", "") or "message"


def _balance(balance):
    if balance is None:
        return None
    return {
        "date": balance.date.isoformat(),
        "currency": balance.currency,
        "amount": str(balance.amount),
    }


def _transaction(transaction):
    return {
        "value_date": transaction.value_date.isoformat(),
        "entry_date": transaction.entry_date.isoformat(),
        "amount": str(transaction.amount),
        "mark": transaction.mark,
        "type_code": transaction.type_code,
        "customer_reference": transaction.customer_reference,
        "bank_reference": transaction.bank_reference,
        "counterparty_name": transaction.counterparty_name,
        "counterparty_account": transaction.counterparty_account,
        "end_to_end_reference": transaction.end_to_end_reference,
        "remittance": transaction.purpose,
    }


def as_record(statements):
    return {
        "statements": [
            {
                "reference": statement.reference,
                "account": statement.account,
                "opening": _balance(statement.opening),
                "closing": _balance(statement.closing),
                "transactions": [_transaction(t) for t in statement.transactions],
            }
            for statement in statements
        ]
    }


def _same(expected, got) -> bool:
    if isinstance(expected, str) and isinstance(got, str):
        try:  # amounts: "1.50" is "1.5"
            return Decimal(expected) == Decimal(got)
        except ArithmeticError:
            return expected == got
    return expected == got


def differences(expected, got, where=""):
    """Every expected value that was not read (only keys present in ``expected`` count)."""
    if isinstance(expected, dict):
        if not isinstance(got, dict):
            return [f"{where or 'file'}: expected {expected!r}, read {got!r}"]
        found = []
        for key, value in expected.items():
            found += differences(value, got.get(key), f"{where}.{key}" if where else key)
        return found
    if isinstance(expected, list):
        if not isinstance(got, list) or len(got) != len(expected):
            count = len(got) if isinstance(got, list) else got
            return [f"{where}: expected {len(expected)} entries, read {count}"]
        found = []
        for index, (value, read) in enumerate(zip(expected, got, strict=True)):
            found += differences(value, read, f"{where}[{index}]")
        return found
    if not _same(expected, got):
        return [f"{where}: expected {expected!r}, read {got!r}"]
    return []


def run(path: Path):
    """(outcome, code or None, record or None, detail)"""
    data = path.read_bytes()
    if not mt940.looks_like_mt940(data):
        return "refused", "not_mt940", None, "not recognised as MT940"
    try:
        statements = mt940.parse(data)
    except mt940.Mt940Error as error:
        return "refused", error_code(error), None, error.message
    except Exception as error:  # a crash is what this benchmark looks for
        return "error", None, None, f"{type(error).__name__}: {error}"
    return "read", None, as_record(statements), ""


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", metavar="DIR")
    parser.add_argument("--quiet", action="store_true", help="only the summary line")
    args = parser.parse_args(argv)

    total = read = refused = mt942 = errors = exact = with_expected = 0
    refusals_as_expected = refusals_expected = 0
    for path in bank_files(args.folders):
        total += 1
        outcome, code, record, detail = run(path)
        expected_path = path.with_name(path.name + ".expected.json")
        expected = json.loads(expected_path.read_text()) if expected_path.exists() else None
        verdict = ""
        if outcome == "read":
            read += 1
            summary = (
                f"{len(record['statements'])} statements, "
                f"{sum(len(s['transactions']) for s in record['statements'])} movements"
            )
            if expected is not None:
                with_expected += 1
                if "refused" in expected:
                    verdict = f" WRONG: expected refused {expected['refused']}"
                else:
                    diffs = differences(expected, record)
                    if diffs:
                        verdict = f" DIFFERS ({len(diffs)}): " + "; ".join(diffs[:3])
                    else:
                        exact += 1
                        verdict = " exact"
            line = f"read     {path}  {summary}{verdict}"
        elif outcome == "refused":
            refused += 1
            mt942 += code == MT942_CODE
            if expected is not None and "refused" in expected:
                refusals_expected += 1
                ok = expected["refused"] == code
                refusals_as_expected += ok
                verdict = " (as expected)" if ok else f" (expected {expected['refused']})"
            line = f"refused  {path}  {code}: {detail}{verdict}"
        else:
            errors += 1
            line = f"ERROR    {path}  {detail}"
        if not args.quiet:
            print(line)
    summary = (
        f"mt940 corpus: {read} of {total} files read, {refused} refused ({mt942} MT942), "
        f"{errors} errors"
    )
    if with_expected:
        summary += f", exact {exact} of {with_expected}"
    if refusals_expected and not args.quiet:
        print(f"refusals as expected: {refusals_as_expected} of {refusals_expected}")
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
