"""Load a matching scenario laid out like ``samples/matching``: open items, bank lines read
through the project's own parsers, and the ground truth.

Directory layout: ``invoices.json`` (companies and invoices), ``partners.json``,
``ground_truth.json`` and ``bank/``: ``mt940_*.sta`` (the CHF account; the camt.053 files
carry the same transactions), ``camt054_*.xml`` (details of QR batch credits, which replace
their batch booking), ``revolut_transactions.json`` (one company's Revolut pockets) and
``qonto_transactions.json``. A transaction delivered twice keeps its key and is read once.
Bank line ids are the ground-truth keys (``CH:<AcctSvcrRef>``, ``revolut:<id>``,
``qonto:<transaction_id>``); open item ids are the invoice numbers."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from fincycle.banking import mt940, qonto
from fincycle.banking.references import QRR, SCOR, normalize_qrr, normalize_scor

from ..model import BankLine, OpenItem

__all__ = ["Sample", "load_sample", "read_sample"]


@dataclass
class Sample:
    """A scenario: ``company`` maps line keys and item ids to the company they belong to
    (match each company's lines against its own items)."""

    lines: list[BankLine]
    items: list[OpenItem]
    truth: dict[str, set[str]]
    alternatives: dict[str, list[set[str]]] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)
    line_company: dict[str, str] = field(default_factory=dict)
    item_company: dict[str, str] = field(default_factory=dict)

    def companies(self) -> list[str]:
        return sorted(set(self.line_company.values()) | set(self.item_company.values()))

    def for_company(self, company: str) -> tuple[list[BankLine], list[OpenItem]]:
        lines = [line for line in self.lines if self.line_company.get(line.id) == company]
        items = [item for item in self.items if self.item_company.get(item.id) == company]
        return lines, items


def _decimal(value) -> Decimal:
    return Decimal(str(value))


def _date(value) -> date | None:
    if not value:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _partner_int(value) -> int | None:
    if value is None:
        return None
    digits = re.sub(r"\D", "", str(value))
    return int(digits) if digits else None


def _items(directory: Path) -> tuple[list[OpenItem], dict[str, str]]:
    data = json.loads((directory / "invoices.json").read_text(encoding="utf-8"))
    partners_file = directory / "partners.json"
    partners = (
        {p["id"]: p for p in json.loads(partners_file.read_text(encoding="utf-8"))}
        if partners_file.exists()
        else {}
    )
    items, company = [], {}
    for invoice in data["invoices"]:
        refund = invoice["move_type"] in ("out_refund", "in_invoice")
        sign = -1 if refund else 1
        ref_type = (invoice.get("payment_reference_type") or "").lower()
        partner = partners.get(invoice.get("partner_id"), {})
        items.append(
            OpenItem(
                id=invoice["number"],
                residual=sign * _decimal(invoice["amount_residual"]),
                currency=invoice["currency"],
                partner_id=_partner_int(invoice.get("partner_id")),
                partner_name=invoice.get("partner_name") or partner.get("name") or "",
                partner_ibans=tuple(partner.get("bank_ibans") or ()),
                number=invoice["number"],
                customer_ref=invoice.get("ref") or "",
                payment_ref=invoice.get("payment_reference") or "",
                payment_ref_type=ref_type if ref_type in (QRR, SCOR) else "",
                invoice_date=_date(invoice.get("invoice_date")),
                due_date=_date(invoice.get("due_date")),
                amount_total=sign * _decimal(invoice["amount_total"]),
                kind=invoice["move_type"],
            )
        )
        company[invoice["number"]] = invoice.get("company", "")
    return items, company


def _mt940_lines(path: Path) -> list[BankLine]:
    lines = []
    for currency, _account, statements in mt940.to_statement_import_data(
        mt940.parse(path.read_bytes())
    ):
        for statement in statements:
            for vals in statement["transactions"]:
                lines.append(
                    BankLine(
                        id="CH:" + vals["unique_import_id"],
                        amount=_decimal(vals["amount"]),
                        currency=currency,
                        date=_date(vals["date"]),
                        label=vals.get("payment_ref") or "",
                        reference=vals.get("ref") or "",
                        counterparty_name=vals.get("partner_name") or "",
                        counterparty_iban=vals.get("account_number") or "",
                        narration=vals.get("narration") or "",
                    )
                )
    return lines


def _camt054_details(path: Path) -> dict[str, list[BankLine]]:
    """Batch entry key → one line per transaction detail (the QR payments it sums)."""
    root = ET.parse(path).getroot()  # noqa: S314 - our own sample files
    ns = {"c": root.tag.split("}")[0].strip("{")}

    def text(node, xpath):
        found = node.find(xpath, ns)
        return (found.text or "").strip() if found is not None and found.text else ""

    result: dict[str, list[BankLine]] = {}
    for entry in root.iterfind(".//c:Ntry", ns):
        key = text(entry, "c:AcctSvcrRef")
        details = entry.findall("c:NtryDtls/c:TxDtls", ns)
        if not key or not details:
            continue
        booked = _date(text(entry, "c:BookgDt/c:Dt") or text(entry, "c:ValDt/c:Dt"))
        lines = []
        for index, detail in enumerate(details, start=1):
            amount_node = detail.find("c:Amt", ns)
            if amount_node is None:
                continue
            sign = -1 if text(detail, "c:CdtDbtInd") == "DBIT" else 1
            credit = sign > 0
            party = "c:RltdPties/c:Dbtr" if credit else "c:RltdPties/c:Cdtr"
            account = "c:RltdPties/c:DbtrAcct" if credit else "c:RltdPties/c:CdtrAcct"
            ref = text(detail, "c:RmtInf/c:Strd/c:CdtrRefInf/c:Ref")
            ref_kind = text(detail, "c:RmtInf/c:Strd/c:CdtrRefInf/c:Tp/c:CdOrPrtry/c:Prtry")
            ref_kind = ref_kind or text(
                detail, "c:RmtInf/c:Strd/c:CdtrRefInf/c:Tp/c:CdOrPrtry/c:Cd"
            )
            structured, structured_type = "", ""
            if ref and ref_kind.upper() == "QRR":
                structured, structured_type = normalize_qrr(ref), QRR
            elif ref and (ref_kind.upper() == "SCOR" or ref.upper().startswith("RF")):
                structured, structured_type = normalize_scor(ref), SCOR
            detail_key = text(detail, "c:Refs/c:AcctSvcrRef") or f"{key}-{index:02d}"
            lines.append(
                BankLine(
                    id="CH:" + detail_key,
                    amount=sign * _decimal(amount_node.text),
                    currency=amount_node.get("Ccy") or "",
                    date=booked,
                    label=text(detail, "c:RmtInf/c:Ustrd") or ref,
                    reference=ref,
                    structured_ref=structured,
                    structured_ref_type=structured_type,
                    counterparty_name=text(detail, party + "/c:Pty/c:Nm")
                    or text(detail, party + "/c:Nm"),
                    counterparty_iban=text(detail, account + "/c:Id/c:IBAN"),
                    narration=text(entry, "c:AddtlNtryInf"),
                )
            )
        result["CH:" + key] = lines
    return result


def _revolut_lines(path: Path, account_ids) -> list[BankLine]:
    # revolut needs pyjwt and cryptography: imported only for a directory with Revolut data
    from fincycle.banking import revolut  # noqa: PLC0415

    transactions = json.loads(path.read_text(encoding="utf-8"))
    lines = []
    for transaction in transactions:
        for account_id in account_ids:
            for vals in revolut.leg_lines(transaction, account_id).lines:
                key = "revolut:" + str(transaction["id"])
                foreign = vals.get("foreign_currency")
                lines.append(_feed_line(key, vals, vals["currency"], foreign))
    return lines


def _feed_line(key: str, vals: dict, currency: str, foreign: str | None) -> BankLine:
    """A bank line from the statement-line values a feed mapper (Revolut, Qonto) gives."""
    return BankLine(
        id=key,
        amount=_decimal(vals["amount"]),
        currency=currency,
        date=_date(vals["date"]),
        label=vals.get("payment_ref") or "",
        reference=vals.get("ref") or "",
        counterparty_name=vals.get("partner_name") or "",
        counterparty_iban=vals.get("account_number") or "",
        narration=vals.get("narration") or "",
        instructed_amount=_decimal(vals["amount_currency"]) if foreign else None,
        instructed_currency=foreign or None,
    )


def _qonto_lines(path: Path) -> list[BankLine]:
    data = json.loads(path.read_text(encoding="utf-8"))
    transactions = data.get("transactions", data) if isinstance(data, dict) else data
    lines = []
    for vals in qonto.split_transactions(transactions).lines:
        key = "qonto:" + vals["unique_import_id"]
        foreign = vals.get("_fincycle_foreign_currency")
        lines.append(_feed_line(key, vals, vals["_fincycle_currency"], foreign))
    return lines


def _truth(directory: Path, sample: Sample) -> None:
    path = directory / "ground_truth.json"
    if not path.exists():
        return
    records = json.loads(path.read_text(encoding="utf-8"))["transactions"]
    for record in records:
        if record.get("duplicate_of"):
            continue  # the copy of a transaction delivered twice: read once
        for one in record.get("details") or [record]:
            key = one["key"]
            if key in sample.truth:
                continue
            sample.truth[key] = {m["invoice"] for m in one.get("matches") or ()}
            sample.categories[key] = one.get("category") or record.get("category", "")
            alternatives = one.get("acceptable_alternatives") or record.get(
                "acceptable_alternatives"
            )
            if alternatives:
                sample.alternatives[key] = [{number} for number in alternatives]


def read_sample(directory) -> Sample:
    """Read every bank file of the scenario once, in the shape the Odoo side passes."""
    directory = Path(directory)
    items, item_company = _items(directory)
    companies = json.loads((directory / "invoices.json").read_text(encoding="utf-8")).get(
        "companies", {}
    )
    bank = directory / "bank"
    lines: list[BankLine] = []
    line_company: dict[str, str] = {}

    def take(new_lines, company):
        for line in new_lines:
            if line.id in line_company:
                continue  # a re-delivery keeps its key: imported once
            lines.append(line)
            line_company[line.id] = company

    chf_company = next(
        (code for code, c in companies.items() if "CHF" in (c.get("bank_accounts") or {})), "CH"
    )
    batches: dict[str, list[BankLine]] = {}
    for path in sorted(bank.glob("camt054_*.xml")):
        batches.update(_camt054_details(path))
    for path in sorted(bank.glob("mt940_*.sta")):
        expanded = []
        for line in _mt940_lines(path):
            expanded.extend(batches.get(line.id) or [line])
        take(expanded, chf_company)
    revolut_path = bank / "revolut_transactions.json"
    if revolut_path.exists():
        for code, company in companies.items():
            ids = (company.get("bank_accounts") or {}).get("revolut_account_ids") or {}
            if ids:
                take(_revolut_lines(revolut_path, list(ids.values())), code)
    qonto_path = bank / "qonto_transactions.json"
    if qonto_path.exists():
        code = next(
            (
                c
                for c, v in companies.items()
                if "qonto_bank_account_id" in v.get("bank_accounts", {})
            ),
            "FR",
        )
        take(_qonto_lines(qonto_path), code)
    lines.sort(key=lambda line: (line.date, str(line.id)))
    sample = Sample(lines, items, {}, line_company=line_company, item_company=item_company)
    _truth(directory, sample)
    return sample


def load_sample(directory) -> tuple[list[BankLine], list[OpenItem], dict[str, set[str]]]:
    """(bank lines, open items, truth: line key → invoice numbers it pays, empty for none)."""
    sample = read_sample(directory)
    return sample.lines, sample.items, sample.truth
