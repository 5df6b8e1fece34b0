"""Plain records shared by every stage of the bill-capture pipeline (no dependency, no Odoo).

Every extracted value is a :class:`Field`: the value, a confidence in [0, 1] and the source
that produced it (``qr``, ``xml``, ``text``, ``ocr``, ``llm`` or ``derived``). Stages return an
:class:`Extraction`; :func:`fincycle.extraction.pipeline.extract` merges them (the most confident
value wins per field) and runs the cross-checks.

Values use plain types so a result can be stored as JSON and read back (``to_dict`` /
``from_dict``): amounts are :class:`~decimal.Decimal`, dates :class:`~datetime.date`, identifiers
normalised strings (VAT ``CHE123456789`` / ``FR12345678901``, IBAN without spaces, QRR/SCOR
reference without spaces).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .messages import Message

__all__ = [
    "AMOUNT_FIELDS",
    "DATE_FIELDS",
    "FIELD_NAMES",
    "TRUTH_FIELDS",
    "Check",
    "Extraction",
    "ExtractionError",
    "Field",
    "InvoiceLine",
    "Message",
    "TaxLine",
    "TextLine",
]

# The header fields of a bill, in display order.
FIELD_NAMES = (
    "document_type",  # invoice | credit_note | receipt | not_an_invoice
    "vendor_name",
    "vendor_vat",
    "vendor_company_registry",
    "vendor_iban",
    "vendor_street",
    "vendor_zip",
    "vendor_city",
    "vendor_country",  # ISO 3166 alpha-2
    "vendor_email",
    "invoice_number",
    "invoice_date",
    "due_date",
    "currency",  # ISO 4217
    "amount_untaxed",
    "amount_tax",
    "amount_total",
    "amount_rounding",
    "payment_reference",
    "payment_reference_type",  # QRR | SCOR | None
    "po_number",
    "customer_name",  # the receiving company, never a vendor
    "customer_vat",  # the receiving company's VAT number, when the bill prints it
    "language",
)
# What a sample's ground truth states and the benchmarks and sample tests compare, in this
# order (``taxes``: the VAT rows).
TRUTH_FIELDS = (
    "document_type",
    "vendor_name",
    "vendor_vat",
    "vendor_iban",
    "invoice_number",
    "invoice_date",
    "due_date",
    "currency",
    "amount_untaxed",
    "amount_tax",
    "amount_total",
    "taxes",
    "payment_reference",
)
AMOUNT_FIELDS = ("amount_untaxed", "amount_tax", "amount_total", "amount_rounding")
DATE_FIELDS = ("invoice_date", "due_date")

SOURCES = ("qr", "xml", "text", "ocr", "llm", "derived")


class ExtractionError(Exception):
    """A document that cannot be read at all (encrypted, corrupt, empty, too large...).

    ``code`` is the kind of failure (for tests and logic), ``reason`` the :class:`Message`
    that says exactly why (rendered for the user by the add-on), ``message`` its English.
    """

    def __init__(self, code: str, reason: Message | str):
        self.reason = Message.from_dict(reason)
        super().__init__(self.reason.text)
        self.code = code

    @property
    def message(self) -> str:
        return self.reason.text


@dataclass
class TextLine:
    """One line of text on a page, with its box in points (PDF) or pixels (image), top-left
    origin. ``confidence`` is 1.0 for a PDF text layer and the OCR score for scans."""

    text: str
    page: int = 0
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    confidence: float = 1.0


@dataclass
class Field:
    value: Any
    confidence: float
    source: str = "text"
    note: str = ""


@dataclass
class TaxLine:
    rate: Decimal  # percent, e.g. Decimal("8.1")
    base: Decimal | None = None
    amount: Decimal | None = None
    # From an e-invoice: the VAT category (UNCL 5305: S, AE reverse charge, K intra-EU, G
    # export, E exempt, Z zero rated, O outside scope) and the exemption reason as written.
    # Informative: two rows are the same row whatever they say.
    category: str = field(default="", compare=False)
    exemption: str = field(default="", compare=False)


@dataclass
class InvoiceLine:
    description: str
    quantity: Decimal | None = None
    price_unit: Decimal | None = None
    tax_rate: Decimal | None = None
    subtotal: Decimal | None = None  # as printed (net or gross, see Extraction.prices_include_tax)


@dataclass
class Check:
    """A cross-check: ``ok`` False lowers the overall confidence and blocks auto-posting.
    ``reason`` says what failed (or, rarely, why a check passes that looked off)."""

    name: str  # totals | tax_breakdown | lines | vat_rates | iban | vat_id | reference | dates...
    ok: bool
    reason: Message | None = None

    @property
    def message(self) -> str:
        """English of the reason, '' when there is none."""
        return self.reason.text if self.reason else ""


@dataclass
class Extraction:
    fields: dict[str, Field] = field(default_factory=dict)
    taxes: list[TaxLine] = field(default_factory=list)
    taxes_confidence: float = 0.0
    lines: list[InvoiceLine] = field(default_factory=list)
    prices_include_tax: bool = False
    kind: str = ""  # pdf_text | pdf_image | image | xml
    pages: int = 0
    sources: list[str] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    confidence: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)

    # --- access -----------------------------------------------------------------------------
    def value(self, name: str, default: Any = None) -> Any:
        f = self.fields.get(name)
        return default if f is None or f.value in (None, "") else f.value

    def field_confidence(self, name: str) -> float:
        f = self.fields.get(name)
        return 0.0 if f is None or f.value in (None, "") else f.confidence

    def set(self, name: str, value: Any, confidence: float, source: str, note: str = "") -> None:
        """Keep the more confident value when the field already has one."""
        if value in (None, ""):
            return
        current = self.fields.get(name)
        if current is None or current.value in (None, "") or confidence > current.confidence:
            self.fields[name] = Field(value, round(float(confidence), 4), source, note)

    @property
    def failed_checks(self) -> list[Check]:
        return [c for c in self.checks if not c.ok]

    # --- JSON round trip --------------------------------------------------------------------
    def to_dict(self) -> dict:
        return {
            "fields": {
                k: {
                    "value": _dump(f.value),
                    "confidence": f.confidence,
                    "source": f.source,
                    "note": f.note,
                }
                for k, f in self.fields.items()
            },
            "taxes": [
                {
                    "rate": _dump(t.rate),
                    "base": _dump(t.base),
                    "amount": _dump(t.amount),
                    **({"category": t.category} if t.category else {}),
                    **({"exemption": t.exemption} if t.exemption else {}),
                }
                for t in self.taxes
            ],
            "taxes_confidence": self.taxes_confidence,
            "lines": [
                {
                    "description": ln.description,
                    "quantity": _dump(ln.quantity),
                    "price_unit": _dump(ln.price_unit),
                    "tax_rate": _dump(ln.tax_rate),
                    "subtotal": _dump(ln.subtotal),
                }
                for ln in self.lines
            ],
            "prices_include_tax": self.prices_include_tax,
            "kind": self.kind,
            "pages": self.pages,
            "sources": list(self.sources),
            "checks": [
                {"name": c.name, "ok": c.ok, **({"reason": c.reason.to_dict()} if c.reason else {})}
                for c in self.checks
            ],
            "warnings": [w.to_dict() for w in self.warnings],
            "errors": list(self.errors),
            "confidence": self.confidence,
            "timings": dict(self.timings),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Extraction:
        fields = {}
        for k, f in (data.get("fields") or {}).items():
            fields[k] = Field(
                _load(k, f.get("value")),
                f.get("confidence", 0.0),
                f.get("source", ""),
                f.get("note", ""),
            )
        return cls(
            fields=fields,
            taxes=[
                TaxLine(
                    _dec(t.get("rate")),
                    _dec(t.get("base")),
                    _dec(t.get("amount")),
                    t.get("category") or "",
                    t.get("exemption") or "",
                )
                for t in data.get("taxes") or []
            ],
            taxes_confidence=data.get("taxes_confidence", 0.0),
            lines=[
                InvoiceLine(
                    ln.get("description") or "",
                    _dec(ln.get("quantity")),
                    _dec(ln.get("price_unit")),
                    _dec(ln.get("tax_rate")),
                    _dec(ln.get("subtotal")),
                )
                for ln in data.get("lines") or []
            ],
            prices_include_tax=bool(data.get("prices_include_tax")),
            kind=data.get("kind", ""),
            pages=data.get("pages", 0),
            sources=list(data.get("sources") or []),
            checks=[_load_check(c) for c in data.get("checks") or []],
            warnings=[Message.from_dict(w) for w in data.get("warnings") or []],
            errors=list(data.get("errors") or []),
            confidence=data.get("confidence", 0.0),
            timings=dict(data.get("timings") or {}),
        )


def _load_check(data: dict) -> Check:
    reason = data.get("reason") or data.get("message")  # "message": stored before the codes
    return Check(data["name"], bool(data["ok"]), Message.from_dict(reason) if reason else None)


def _dump(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _dec(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _load(name: str, value: Any) -> Any:
    if value in (None, ""):
        return value
    if name in AMOUNT_FIELDS:
        return Decimal(str(value))
    if name in DATE_FIELDS:
        return date.fromisoformat(value)
    return value
