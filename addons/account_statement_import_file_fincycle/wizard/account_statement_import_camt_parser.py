# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import hashlib
import logging
import re

from lxml import etree

from odoo import models
from odoo.exceptions import UserError

from fincycle.banking.references import classify_reference

_logger = logging.getLogger(__name__)

# Set by the import wizard: the parser then adds import ids, structured references and raw
# data. Direct callers (and the OCA golden-file tests) keep the plain OCA output.
IMPORT_CONTEXT = "fincycle_statement_import"
CAMT_NAMESPACE = re.compile(rb"urn:iso:std:iso:20022:tech:xsd:camt\.05[234]|ISO:camt\.05[234]")
NOT_PROVIDED = "NOTPROVIDED"


class AccountStatementImportCamtParser(models.AbstractModel):
    _inherit = "account.statement.import.camt.parser"

    def parse(self, data):
        self._fincycle_check_well_formed(data)
        currency, account_number, statements = super().parse(data)
        if self.env.context.get(IMPORT_CONTEXT):
            # The same key twice in one file (a bank error, or identical entries without
            # references): keep every movement, ranked.
            seen = {}
            for statement in statements:
                for transaction in statement["transactions"]:
                    key = transaction.get("unique_import_id")
                    if key:
                        seen[key] = seen.get(key, 0) + 1
                        if seen[key] > 1:
                            transaction["unique_import_id"] = f"{key}#{seen[key]}"
        return currency, account_number, statements

    def _fincycle_check_well_formed(self, data):
        """The OCA parser reads XML in recovery mode: a truncated or damaged camt file would be
        imported partly, without a word. Refuse it, saying where it is damaged."""
        if not isinstance(data, bytes) or not data.lstrip()[:1] == b"<":
            return
        if not CAMT_NAMESPACE.search(data[:4096]):
            return
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        try:
            etree.fromstring(data, parser=parser)
            return
        except etree.XMLSyntaxError as error:
            first_error = error
        try:
            # The OCA parser's own fallback for files in Latin-9 that claim UTF-8.
            etree.fromstring(data.decode("iso-8859-15").encode("utf-8"), parser=parser)
            return
        except (etree.XMLSyntaxError, ValueError) as error:
            _logger.debug("camt file not readable as Latin-9 either: %s", error)
        raise UserError(
            self.env._(
                "The camt file is damaged or incomplete (%(error)s). Nothing was imported: "
                "download the file again from your bank.",
                error=first_error.msg or str(first_error),
            )
        )

    def parse_statement(self, ns, node):
        result = super().parse_statement(ns, node)
        if self.env.context.get(IMPORT_CONTEXT) and not node.xpath(
            "./ns:Bal", namespaces={"ns": ns}
        ):
            # A notification (camt.054) or report without balances: 0.0 would be taken for
            # real balances; without them Odoo chains the statement to the previous one.
            result.pop("balance_start", None)
            result.pop("balance_end_real", None)
        return result

    def parse_transaction_details(self, ns, node, transaction):
        if self.env.context.get(IMPORT_CONTEXT):
            # parse_entry copies the entry's values shallowly: without a copy of their own,
            # the notes of one payment of a batch would show another payment's references.
            transaction["narration"] = dict(transaction["narration"])
        return super().parse_transaction_details(ns, node, transaction)

    def parse_entry(self, ns, node):
        if not self.env.context.get(IMPORT_CONTEXT):
            yield from super().parse_entry(ns, node)
            return
        details = node.xpath("./ns:NtryDtls/ns:TxDtls", namespaces={"ns": ns})
        entry_key = self._fincycle_entry_key(ns, node)
        # An entry with several details (or a declared batch) is a batch booking: one line
        # per payment, each keyed by its own reference and linked to the booking.
        split = len(details) > 1 or bool(
            details and node.xpath("./ns:NtryDtls/ns:Btch", namespaces={"ns": ns})
        )
        used = set()
        for index, transaction in enumerate(super().parse_entry(ns, node)):
            detail = details[index] if index < len(details) else None
            if split:
                key = self._fincycle_detail_key(ns, detail, index, entry_key)
                if key in used:
                    key = f"{key}#{index + 1}"
                used.add(key)
                transaction["unique_import_id"] = key
                transaction["fincycle_batch_ref"] = entry_key
            else:
                transaction["unique_import_id"] = entry_key
            if detail is not None:
                found = self._fincycle_structured_reference(ns, detail)
                if found:
                    transaction["fincycle_structured_ref_type"] = found[0]
                    transaction["fincycle_structured_ref"] = found[1]
            transaction["raw_data"] = etree.tostring(
                detail if detail is not None else node, encoding="unicode"
            )
            yield transaction

    def _fincycle_text(self, ns, node, xpath):
        found = node.xpath(xpath, namespaces={"ns": ns})
        text = found[0].text if found and found[0].text else ""
        return text.strip()

    def _fincycle_entry_key(self, ns, node):
        """The bank's reference of the booking (``AcctSvcrRef``, else ``NtryRef``): the same
        value as the MT940 bank reference and the e-banking transaction number. Without
        either, a digest of the entry's content."""
        return (
            self._fincycle_text(ns, node, "./ns:AcctSvcrRef")
            or self._fincycle_text(ns, node, "./ns:NtryRef")
            or "h" + self._fincycle_digest(node)
        )

    def _fincycle_detail_key(self, ns, detail, index, entry_key):
        reference = (
            self._fincycle_text(ns, detail, "./ns:Refs/ns:AcctSvcrRef")
            or self._fincycle_text(ns, detail, "./ns:Refs/ns:TxId")
            or self._fincycle_text(ns, detail, "./ns:Refs/ns:EndToEndId")
        )
        if not reference or reference.upper() == NOT_PROVIDED:
            reference = f"{index + 1:02d}"
        if reference.startswith(entry_key):
            return reference  # Swiss banks: "<entry reference>-01"
        return f"{entry_key}-{reference}"

    def _fincycle_digest(self, node):
        """Digest of an entry's tags, texts and attributes, whitespace aside; the status is
        left out (a pending entry becomes booked without becoming another one)."""
        parts = []
        for element in node.iter():
            if not isinstance(element.tag, str):
                continue  # comments, processing instructions
            name = etree.QName(element).localname
            if name == "Sts" or any(
                etree.QName(parent).localname == "Sts" for parent in element.iterancestors()
            ):
                continue
            text = (element.text or "").strip()
            attributes = ",".join(f"{k}={v}" for k, v in sorted(element.attrib.items()))
            parts.append(f"{name}:{text}:{attributes}")
        return hashlib.sha1("|".join(parts).encode(), usedforsecurity=False).hexdigest()[:20]

    def _fincycle_structured_reference(self, ns, detail):
        """(type, reference) from ``RmtInf/Strd/CdtrRefInf`` when its check digit is valid;
        the declared type (``Prtry`` QRR, ``Cd`` SCOR) is used when present."""
        for info in detail.xpath("./ns:RmtInf/ns:Strd/ns:CdtrRefInf", namespaces={"ns": ns}):
            declared = self._fincycle_text(
                ns, info, "./ns:Tp/ns:CdOrPrtry/ns:Prtry"
            ) or self._fincycle_text(ns, info, "./ns:Tp/ns:CdOrPrtry/ns:Cd")
            found = classify_reference(self._fincycle_text(ns, info, "./ns:Ref"), declared)
            if found:
                return found
        return None
