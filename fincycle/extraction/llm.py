"""Optional LLM stage: ask any OpenAI-compatible endpoint for the bill's fields as JSON.

Off by default; the pipeline calls it only when the rules are unsure, and the documents then
leave the server. Contract: shared/reference/apis/openai-structured-output.md (Chat
Completions, ``response_format`` ``json_schema`` with ``strict``). We talk HTTP through
``fincycle.http`` (timeouts, retries on 429/5xx honouring Retry-After, breaker, redaction), not
through the openai SDK.

The answer is never trusted: it is parsed and checked against :data:`INVOICE_SCHEMA` here (many
compatible servers enforce ``strict`` loosely), amounts become ``Decimal``, dates ``date``,
identifiers are normalised, and every field gets a moderate confidence (an LLM reads well but
is never exact like a QR code). Errors raise :class:`LlmError` with a sentence for the user that
never contains the API key.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from stdnum import iban as stdnum_iban

from fincycle.banking.references import is_valid_qrr, is_valid_scor, normalize_qrr, normalize_scor
from fincycle.http import (
    BREAKERS,
    BreakerRegistry,
    CircuitOpenError,
    HttpPolicy,
    PolicySession,
    RedactingAdapter,
    TransportError,
    make_session,
    parse_retry_after,
    redact,
)

from .identifiers import is_valid_vat, normalize_vat
from .messages import msg
from .model import Extraction, InvoiceLine, TaxLine

__all__ = [
    "INVOICE_SCHEMA",
    "LLM_CONFIDENCE",
    "MAX_TEXT_CHARS",
    "LlmClient",
    "LlmConfig",
    "LlmError",
    "ask_object",
    "build_request",
    "check_answer",
    "check_config",
    "extract_with_llm",
    "make_llm_session",
    "schema_request",
    "truncate_text",
]

_logger = logging.getLogger(__name__)

LLM_CONFIDENCE = 0.80
CHECKED_ID_CONFIDENCE = 0.85  # VAT id / IBAN / reference whose checksum validates
BAD_CHECKSUM_CONFIDENCE = 0.40  # kept for the reviewer, but must not win over the rules
MAX_TEXT_CHARS = 20_000
_TAIL_CHARS = 6_000  # totals, VAT table and payment slip sit at the end of a document
_CUT_MARK = "\n[... text cut ...]\n"
MAX_IMAGES = 4
SCHEMA_NAME = "supplier_invoice"
DOCUMENT_TYPES = ("invoice", "credit_note", "receipt", "not_an_invoice")


@dataclass
class LlmConfig:
    base_url: str  # with the version prefix, e.g. https://api.openai.com/v1
    model: str
    api_key: str = field(repr=False)
    timeout: float = 60
    max_retries: int = 2
    send_images: bool = False


class LlmError(Exception):
    """The LLM stage failed. ``message`` is a sentence for the user (no secret in it),
    ``code`` a stable word for logic and tests: config, auth, not_found, rate_limited,
    unavailable, unreachable, timeout, bad_request, bad_answer, refused, truncated."""

    RETRIABLE = frozenset({"rate_limited", "unavailable", "unreachable", "timeout"})

    def __init__(
        self,
        message: str,
        *,
        code: str = "error",
        status: int | None = None,
        retry_after: float | None = None,
        detail: str = "",
    ):
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status
        self.retry_after = retry_after
        self.detail = detail

    @property
    def retriable(self) -> bool:
        return self.code in self.RETRIABLE


# -- the schema ------------------------------------------------------------------------------


def _text(description: str) -> dict:
    return {"type": ["string", "null"], "description": description}


def _number(description: str) -> dict:
    return {"type": ["number", "null"], "description": description}


def strict_object(properties: dict) -> dict:
    # Strict mode: no extra keys, every key required (optional ones are nullable).
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
        "required": list(properties),
    }


INVOICE_SCHEMA: dict = strict_object(
    {
        "document_type": {
            "type": "string",
            "enum": list(DOCUMENT_TYPES),
            "description": "receipt = already paid; not_an_invoice = terms, letters, anything "
            "that asks for no payment",
        },
        "vendor_name": _text("The company that issued the document, never the customer"),
        "vendor_vat": _text("Vendor VAT number as printed, e.g. CHE-123.456.789 MWST"),
        "vendor_iban": _text("IBAN the vendor wants to be paid on"),
        "vendor_street": _text("Vendor street and number"),
        "vendor_zip": _text("Vendor postal code"),
        "vendor_city": _text("Vendor city"),
        "vendor_country": _text("Vendor country, ISO 3166 alpha-2 code (CH, FR, DE)"),
        "invoice_number": _text("The document's own number"),
        "invoice_date": _text("Issue date, YYYY-MM-DD"),
        "due_date": _text("Payment due date, YYYY-MM-DD, only when printed"),
        "currency": _text("ISO 4217 code (CHF, EUR)"),
        "amount_untaxed": _number("Total without VAT"),
        "amount_tax": _number("Total VAT"),
        "amount_total": _number("Total to pay, VAT included"),
        "payment_reference": _text("Payment reference to quote (QR reference, RF reference)"),
        "po_number": _text("The customer's purchase order number"),
        "customer_name": _text("The company the document is addressed to"),
        "taxes": {
            "type": "array",
            "description": "One entry per VAT rate",
            "items": strict_object(
                {
                    "rate": {"type": "number", "description": "Percent, 8.1 for 8.1 %"},
                    "base": _number("Amount the rate applies to"),
                    "amount": _number("VAT amount at this rate"),
                }
            ),
        },
        "lines": {
            "type": "array",
            "description": "Invoice lines as printed; empty when there is no readable table",
            "items": strict_object(
                {
                    "description": {"type": "string"},
                    "quantity": _number("Quantity"),
                    "price_unit": _number("Unit price"),
                    "tax_rate": _number("VAT rate in percent"),
                    "subtotal": _number("Line amount as printed"),
                }
            ),
        },
    }
)


# -- the request -----------------------------------------------------------------------------

_SYSTEM_PROMPT = """\
You read supplier documents (invoices, credit notes, receipts) for an accounts-payable team and \
extract their fields.
{customer}
Rules:
- The vendor is the company that issued the document and is to be paid. Never return the \
customer's name, VAT number or IBAN as the vendor's.
- Use null for every value that is not printed on the document; do not guess.
- Dates as YYYY-MM-DD. Amounts as plain numbers with a dot as decimal separator and no \
thousands separator (1234.50), as printed.
- currency as an ISO 4217 code, vendor_country as an ISO 3166 alpha-2 code.
- taxes: one entry per VAT rate (rate in percent, taxable base, VAT amount).
- lines: the invoice lines as printed, or an empty list when there is no readable table.
The text was extracted from a PDF or by OCR and may contain recognition errors."""

_JSON_OBJECT_SUFFIX = """
Answer with one JSON object only, no prose, that follows this JSON schema exactly (every key \
present, null when unknown):
{schema}"""


def _customer_sentence(hints: dict) -> str:
    names = [str(n).strip() for n in hints.get("customer_names") or () if str(n).strip()]
    if not names:
        return "The customer is the company the document is addressed to."
    return "The customer (who received the document and pays it) is: " + "; ".join(names) + "."


def truncate_text(text: str, limit: int = MAX_TEXT_CHARS) -> tuple[str, bool]:
    """At most ``limit`` characters: the beginning (vendor, numbers, dates) and the end
    (totals, VAT, payment details) of a long document."""
    text = text or ""
    if len(text) <= limit:
        return text, False
    tail = min(_TAIL_CHARS, limit // 3)
    head = limit - tail - len(_CUT_MARK)
    return text[:head] + _CUT_MARK + text[len(text) - tail :], True


def _data_url(image: bytes) -> str:
    mime = "image/jpeg" if image[:3] == b"\xff\xd8\xff" else "image/png"
    return f"data:{mime};base64,{base64.b64encode(image).decode('ascii')}"


def build_request(
    config: LlmConfig,
    text: str,
    images: Iterable[bytes] = (),
    hints: dict | None = None,
    *,
    json_schema: bool = True,
) -> dict:
    """The Chat Completions body. ``text`` must already be truncated."""
    system = _SYSTEM_PROMPT.format(customer=_customer_sentence(hints or {}))
    user_text = "Document text:\n" + (text or "(no text layer, see the page images)")
    images = list(images)[:MAX_IMAGES] if config.send_images else []
    if images:
        content: str | list = [{"type": "text", "text": user_text}] + [
            {"type": "image_url", "image_url": {"url": _data_url(img), "detail": "high"}}
            for img in images
        ]
    else:
        content = user_text
    return schema_request(
        config, system, content, INVOICE_SCHEMA, SCHEMA_NAME, json_schema=json_schema
    )


def schema_request(
    config: LlmConfig,
    system: str,
    content: str | list,
    schema: dict,
    name: str,
    *,
    json_schema: bool = True,
) -> dict:
    """A Chat Completions body asking for one JSON object that follows ``schema``: as a strict
    ``json_schema`` response format, or (servers without structured outputs) as
    ``json_object`` with the schema spelled out in the system prompt."""
    if json_schema:
        response_format = {
            "type": "json_schema",
            "json_schema": {"name": name, "schema": schema, "strict": True},
        }
    else:
        system += _JSON_OBJECT_SUFFIX.format(schema=json.dumps(schema))
        response_format = {"type": "json_object"}
    return {
        "model": config.model,
        "messages": [{"role": "system", "content": system}, {"role": "user", "content": content}],
        "response_format": response_format,
    }


# -- HTTP ------------------------------------------------------------------------------------


def make_llm_session(
    config: LlmConfig,
    *,
    sleep: Callable[[float], None] = time.sleep,
    breakers: BreakerRegistry = BREAKERS,
) -> PolicySession:
    """A ``fincycle.http`` session with the config's timeout and retries, the key registered
    as a secret, one circuit breaker per endpoint."""
    policy = HttpPolicy(
        connect_timeout=min(10.0, float(config.timeout)),
        read_timeout=float(config.timeout),
        max_attempts=max(1, int(config.max_retries) + 1),
    )
    return make_session(
        policy,
        provider="llm",
        breaker_key=f"llm:{_endpoint(config.base_url)}",
        secrets=[config.api_key],
        sleep=sleep,
        breakers=breakers,
    )


def _endpoint(base_url: str) -> str:
    """scheme://host[:port] only: a URL may carry credentials or a key in its query."""
    try:
        parts = urlsplit(base_url or "")
        host = parts.hostname or "?"
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "the configured URL"
    return f"{parts.scheme or 'http'}://{host}{port}"


def _provider_error(response, secrets: list[str]) -> tuple[str, str, str]:
    """(message, code, param) from an OpenAI error body or whatever a compatible server sends."""
    try:
        body = response.json()
    except ValueError:
        body = None
    error = body.get("error", body) if isinstance(body, dict) else None
    if isinstance(error, dict):
        message = error.get("message") or error.get("detail") or json.dumps(error)[:200]
        code, param = error.get("code"), error.get("param")
    elif isinstance(error, str):
        message, code, param = error, None, None
    else:
        message = (response.text or "").strip().replace("\n", " ") or response.reason or ""
        code = param = None
    message = redact(str(message), secrets)[:300]
    return message, str(code or ""), str(param or "")


class LlmClient:
    def __init__(self, config: LlmConfig, session: PolicySession):
        self.config = config
        self.session = session
        self.secrets = [config.api_key] if config.api_key else []
        if config.api_key and config.api_key not in session.secrets:
            session.add_secret(config.api_key)
        self.where = _endpoint(config.base_url)
        self.log = RedactingAdapter(_logger, self.secrets)

    def post(self, payload: dict):
        url = self.config.base_url.rstrip("/") + "/chat/completions"
        headers = {
            "Authorization": f"Bearer {self.config.api_key}",
            "Accept": "application/json",
        }
        try:
            # Retrying a completion has no side effect but cost, so 5xx and timeouts are retried.
            return self.session.request(
                "POST", url, json=payload, headers=headers, idempotent=True, raise_for_status=False
            )
        except CircuitOpenError as exc:
            raise LlmError(
                f"The LLM endpoint {self.where} failed several times in a row; calls are paused "
                f"for {exc.reopen_in:.0f} s.",
                code="unavailable",
                retry_after=exc.reopen_in,
            ) from None
        except TransportError as exc:
            raise self._transport_error(exc) from None

    def _transport_error(self, exc: TransportError) -> LlmError:
        detail = redact(exc.message, self.secrets)
        if "timed out" in exc.message:
            return LlmError(
                f"The LLM endpoint {self.where} did not answer within {self.config.timeout:g} s. "
                "Try again later, or raise the timeout for slow local models.",
                code="timeout",
                detail=detail,
            )
        return LlmError(
            f"The LLM endpoint {self.where} could not be reached. Check the base URL and that "
            "the server is running.",
            code="unreachable",
            detail=detail,
        )

    def error_for(self, response) -> LlmError:
        status = response.status_code
        text, code, _param = _provider_error(response, self.secrets)
        attempts = self.session.policy.max_attempts
        if status in (401, 403):
            return LlmError(
                f"The LLM endpoint refused the API key (HTTP {status}). Check the key in the "
                "LLM settings.",
                code="auth",
                status=status,
                detail=text,
            )
        if status == 404:
            return LlmError(
                f"The LLM endpoint answered 404 (not found): the model name "
                f"{self.config.model!r} or the base URL is wrong (the URL usually ends with "
                f"/v1). The server said: {text}",
                code="not_found",
                status=status,
                detail=text,
            )
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            wait = f" It asks to wait {retry_after:.0f} s." if retry_after is not None else ""
            return LlmError(
                f"The LLM endpoint is rate limiting the requests (HTTP 429) after {attempts} "
                f"attempts; try again later.{wait}",
                code="rate_limited",
                status=status,
                retry_after=retry_after,
                detail=text,
            )
        if status >= 500:
            return LlmError(
                f"The LLM endpoint is unavailable (HTTP {status}) after {attempts} attempts; "
                "try again later.",
                code="unavailable",
                status=status,
                detail=text,
            )
        if code == "context_length_exceeded":
            return LlmError(
                "The document is too long for the model's context window; use a model with a "
                "larger context.",
                code="bad_request",
                status=status,
                detail=text,
            )
        return LlmError(
            f"The LLM endpoint rejected the request (HTTP {status}): {text}",
            code="bad_request",
            status=status,
            detail=text,
        )


def _json_schema_unsupported(response, secrets: list[str]) -> bool:
    """A 400/422 about response_format: the server does not do structured outputs."""
    if response.status_code not in (400, 422):
        return False
    message, _code, param = _provider_error(response, secrets)
    lowered = message.lower()
    return param == "response_format" or "json_schema" in lowered or "response_format" in lowered


# -- the answer ------------------------------------------------------------------------------


def _bad_answer(reason: str) -> LlmError:
    return LlmError(
        f"The LLM endpoint answered something that is not the expected JSON: {reason}.",
        code="bad_answer",
        detail=reason,
    )


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number")


_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL | re.IGNORECASE)


def _answer_object(body: Any) -> dict:
    """The JSON object in ``choices[0].message.content``; LlmError on refusal, truncation or
    anything that is not a JSON object."""
    choices = body.get("choices") if isinstance(body, dict) else None
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise _bad_answer("the response has no choices")
    choice = choices[0]
    message = choice.get("message") if isinstance(choice.get("message"), dict) else {}
    if message.get("refusal"):
        raise LlmError(
            f"The model refused to read this document: {str(message['refusal'])[:200]}",
            code="refused",
        )
    finish = choice.get("finish_reason")
    if finish == "length":
        raise LlmError(
            "The model's answer was cut off before its end (output token limit); use a model "
            "with a larger output limit.",
            code="truncated",
        )
    if finish == "content_filter":
        raise LlmError("The endpoint's content filter blocked the answer.", code="refused")
    content = message.get("content")
    if isinstance(content, list):  # some servers send content parts
        content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
    if not isinstance(content, str) or not content.strip():
        raise _bad_answer("the answer is empty")
    fenced = _FENCE.match(content)  # json_object mode: models like ```json fences
    try:
        data = json.loads(
            fenced.group(1) if fenced else content,
            parse_float=Decimal,
            parse_constant=_no_constant,
        )
    except ValueError as exc:
        raise _bad_answer(f"invalid JSON ({str(exc)[:80]})") from None
    if not isinstance(data, dict):
        raise _bad_answer("the answer is not a JSON object")
    return data


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, (float, Decimal)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else type(value).__name__


def schema_errors(value: Any, schema: dict, path: str = "$") -> list[str]:
    """Where ``value`` breaks the subset of JSON schema :data:`INVOICE_SCHEMA` uses. Tolerant
    where compatible servers commonly are loose: a missing key counts as null, unknown keys
    are ignored, a number may come as a plain numeric string."""
    types = schema.get("type", [])
    types = [types] if isinstance(types, str) else list(types)
    if value is None:
        return [] if "null" in types else [f"{path} is null"]
    kind = _kind(value)
    if kind == "integer" and "number" in types:
        kind = "number"
    if kind == "string" and "number" in types and _NUMBER.fullmatch(value.strip()):
        kind = "number"
    if kind not in types:
        return [f"{path} is {kind}, expected {' or '.join(types)}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{path} is {str(value)[:40]!r}, not one of {', '.join(schema['enum'])}"]
    errors: list[str] = []
    if kind == "object":
        for key, sub in schema.get("properties", {}).items():
            errors += schema_errors(value.get(key), sub, f"{path}.{key}")
    elif kind == "array":
        for index, item in enumerate(value):
            errors += schema_errors(item, schema.get("items", {}), f"{path}[{index}]")
    return errors


# -- mapping to an Extraction ----------------------------------------------------------------

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PLAIN_TEXT_FIELDS = (
    "vendor_street",
    "vendor_zip",
    "vendor_city",
    "invoice_number",
    "po_number",
    "customer_name",
)


def _decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value).strip())
    except InvalidOperation:
        return None


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _simple_name(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def _same_name(a: str, b: str) -> bool:
    """Equal once case, punctuation and spaces are ignored, or one contains the other (a
    customer name with or without its legal form or city)."""
    short, long = sorted((_simple_name(a), _simple_name(b)), key=len)
    return bool(short) and (short == long or (len(short) >= 6 and short in long))


class _Mapper:
    def __init__(self, data: dict, hints: dict):
        self.data = data
        self.hints = hints
        self.ext = Extraction(sources=["llm"])

    def put(self, name: str, value: Any, confidence: float = LLM_CONFIDENCE, note: str = ""):
        self.ext.set(name, value, confidence, "llm", note)

    def warn(self, code: str, **params: Any) -> None:
        self.ext.warnings.append(msg(code, **params))

    def run(self) -> Extraction:
        data = self.data
        self.put("document_type", data.get("document_type"))
        for name in _PLAIN_TEXT_FIELDS:
            self.put(name, _clean(data.get(name)))
        self.vendor_name(_clean(data.get("vendor_name")))
        self.vat(_clean(data.get("vendor_vat")))
        self.iban(_clean(data.get("vendor_iban")))
        self.code("vendor_country", data.get("vendor_country"), 2, "ISO 3166 country")
        self.code("currency", data.get("currency"), 3, "ISO 4217 currency")
        for name in ("invoice_date", "due_date"):
            self.date(name, _clean(data.get(name)))
        for name in ("amount_untaxed", "amount_tax", "amount_total"):
            self.put(name, _decimal(data.get(name)))
        self.reference(_clean(data.get("payment_reference")))
        self.tables()
        if self.ext.fields:
            self.ext.confidence = LLM_CONFIDENCE
        return self.ext

    def vendor_name(self, name: str | None) -> None:
        customers = [str(n) for n in self.hints.get("customer_names") or ()]
        if name and any(_same_name(name, c) for c in customers):
            self.warn("llm_customer_name", name=name)
            return
        self.put("vendor_name", name)

    def vat(self, raw: str | None) -> None:
        if not raw:
            return
        vat = normalize_vat(raw)
        customers = {normalize_vat(str(v)) for v in self.hints.get("customer_vats") or ()}
        if vat in customers:
            self.warn("llm_customer_vat", vat=vat)
            return
        if is_valid_vat(vat):
            self.put("vendor_vat", vat, CHECKED_ID_CONFIDENCE, "checksum ok")
        else:
            self.warn("llm_vat_invalid", vat=vat)
            self.put("vendor_vat", vat, BAD_CHECKSUM_CONFIDENCE, "checksum fails")

    def iban(self, raw: str | None) -> None:
        if not raw:
            return
        iban = re.sub(r"\s", "", raw).upper()
        customers = {
            re.sub(r"\s", "", str(v)).upper() for v in self.hints.get("customer_ibans") or ()
        }
        if iban in customers:
            self.warn("llm_customer_iban", iban=iban)
            return
        if stdnum_iban.is_valid(iban):
            self.put("vendor_iban", iban, CHECKED_ID_CONFIDENCE, "checksum ok")
        else:
            self.warn("llm_iban_invalid", iban=iban)
            self.put("vendor_iban", iban, BAD_CHECKSUM_CONFIDENCE, "checksum fails")

    def code(self, name: str, raw: Any, length: int, what: str) -> None:
        value = _clean(raw)
        if not value:
            return
        if not re.fullmatch(rf"[A-Za-z]{{{length}}}", value):
            self.warn("llm_bad_code", value=value[:40], field=name, kind=what)
            return
        self.put(name, value.upper())

    def date(self, name: str, raw: str | None) -> None:
        if not raw:
            return
        try:
            if not _DATE.fullmatch(raw):
                raise ValueError
            value = date.fromisoformat(raw)
        except ValueError:
            self.warn("llm_bad_date", value=raw[:40], field=name)
            return
        self.put(name, value)

    def reference(self, raw: str | None) -> None:
        if not raw:
            return
        if is_valid_qrr(raw):
            self.put("payment_reference", normalize_qrr(raw), CHECKED_ID_CONFIDENCE)
            self.put("payment_reference_type", "QRR", CHECKED_ID_CONFIDENCE)
        elif is_valid_scor(raw):
            self.put("payment_reference", normalize_scor(raw), CHECKED_ID_CONFIDENCE)
            self.put("payment_reference_type", "SCOR", CHECKED_ID_CONFIDENCE)
        else:
            self.put("payment_reference", raw)

    def tables(self) -> None:
        for tax in self.data.get("taxes") or ():
            rate = _decimal(tax.get("rate"))
            if rate is not None:
                self.ext.taxes.append(
                    TaxLine(rate, _decimal(tax.get("base")), _decimal(tax.get("amount")))
                )
        if self.ext.taxes:
            self.ext.taxes_confidence = LLM_CONFIDENCE
        for line in self.data.get("lines") or ():
            self.ext.lines.append(
                InvoiceLine(
                    _clean(line.get("description")) or "",
                    _decimal(line.get("quantity")),
                    _decimal(line.get("price_unit")),
                    _decimal(line.get("tax_rate")),
                    _decimal(line.get("subtotal")),
                )
            )


def to_extraction(data: dict, hints: dict | None = None) -> Extraction:
    """Check an answer against :data:`INVOICE_SCHEMA` and map it (LlmError if it does not fit)."""
    return _Mapper(check_answer(data, INVOICE_SCHEMA), hints or {}).run()


def check_answer(data: dict, schema: dict) -> dict:
    """``data`` when it follows ``schema``; LlmError ``bad_answer`` naming the first faults."""
    errors = schema_errors(data, schema)
    if errors:
        more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
        raise _bad_answer("; ".join(errors[:3]) + more)
    return data


# -- the stage -------------------------------------------------------------------------------


def check_config(config: LlmConfig) -> None:
    missing = [n for n in ("base_url", "model", "api_key") if not getattr(config, n)]
    if missing:
        raise LlmError(
            "The LLM settings are incomplete: " + ", ".join(missing) + " missing.", code="config"
        )
    if urlsplit(config.base_url).scheme not in ("http", "https"):
        raise LlmError("The LLM base URL must start with http:// or https://.", code="config")


def extract_with_llm(
    config: LlmConfig,
    text: str,
    *,
    images: Iterable[bytes] = (),
    hints: dict | None = None,
    session: PolicySession | None = None,
) -> Extraction:
    """Ask the endpoint for the document's fields; an :class:`Extraction` with source ``llm``.

    ``hints``: ``customer_names``, ``customer_vats``, ``customer_ibans`` (the receiving company,
    never to be taken as the vendor). ``images`` (PNG or JPEG pages) are sent only when
    ``config.send_images``. Raises :class:`LlmError`.
    """
    check_config(config)
    started = time.monotonic()
    text, truncated = truncate_text(text)
    images = list(images) if config.send_images else []
    if not text.strip() and not images:
        ext = Extraction(sources=["llm"])
        ext.warnings.append(msg("llm_no_text"))
        return ext
    client = LlmClient(config, session or make_llm_session(config))
    try:
        ext = _ask(client, text, images, hints)
    except LlmError as error:
        client.log.warning("llm: %s %s", error.message, f"({error.detail})" if error.detail else "")
        raise
    if truncated:
        ext.warnings.append(msg("llm_text_cut", limit=MAX_TEXT_CHARS))
    if len(images) > MAX_IMAGES:
        ext.warnings.append(msg("llm_images_limited", limit=MAX_IMAGES))
    ext.timings["llm"] = round(time.monotonic() - started, 3)
    client.log.info(
        "llm: %s answered in %.1f s (%d fields)", client.where, ext.timings["llm"], len(ext.fields)
    )
    return ext


def _ask(client: LlmClient, text: str, images: list[bytes], hints: dict | None) -> Extraction:
    data = ask_object(
        client,
        lambda json_schema: build_request(
            client.config, text, images, hints, json_schema=json_schema
        ),
        INVOICE_SCHEMA,
    )
    return _Mapper(data, hints or {}).run()


def ask_object(client: LlmClient, build: Callable[[bool], dict], schema: dict) -> dict:
    """POST ``build(json_schema=True)`` (again with ``False`` when the server has no structured
    outputs) and return the answer's JSON object, checked against ``schema``. LlmError else."""
    response = client.post(build(True))
    if _json_schema_unsupported(response, client.secrets):
        client.log.info("llm: %s has no json_schema support, asking for json_object", client.where)
        response = client.post(build(False))
    if response.status_code >= 400:
        raise client.error_for(response)
    try:
        body = response.json()
    except ValueError:
        raise _bad_answer("the response body is not JSON") from None
    return check_answer(_answer_object(body), schema)
