"""The optional LLM stage against a local fake OpenAI-compatible endpoint (real HTTP path)."""

import json
import logging
import socket
from datetime import date
from decimal import Decimal

import pytest

from fincycle.extraction import identifiers, llm
from fincycle.extraction.llm import (
    INVOICE_SCHEMA,
    MAX_TEXT_CHARS,
    LlmConfig,
    LlmError,
    extract_with_llm,
    make_llm_session,
)
from fincycle.extraction.messages import msg
from fincycle.http import BreakerRegistry
from fincycle.testing.fake_openai import FakeOpenAI, strict_schema_errors
from fincycle.testing.fake_server import FakeResponse

VAT = "CHE-116.281.710 MWST"  # valid UID checksum
IBAN = "CH93 0076 2011 6238 5295 7"  # valid IBAN checksum
QRR = "21 00000 00003 13947 14300 09017"  # valid QR reference
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
HINTS = {"customer_names": ["Fincycle Demo SA"], "customer_vats": ["CHE-109.322.551 TVA"]}


def answer(**changes):
    data = {
        "document_type": "invoice",
        "vendor_name": "Muster Werkzeuge AG",
        "vendor_vat": VAT,
        "vendor_iban": IBAN,
        "vendor_street": "Industriestrasse 12",
        "vendor_zip": "8005",
        "vendor_city": "Zürich",
        "vendor_country": "ch",
        "invoice_number": "RE-2024-0815",
        "invoice_date": "2024-03-15",
        "due_date": "2024-04-14",
        "currency": "chf",
        "amount_untaxed": 1000.0,
        "amount_tax": 81.0,
        "amount_total": 1081.0,
        "payment_reference": QRR,
        "po_number": None,
        "customer_name": "Fincycle Demo SA",
        "taxes": [{"rate": 8.1, "base": 1000.0, "amount": 81.0}],
        "lines": [
            {
                "description": "Akkuschrauber",
                "quantity": 2,
                "price_unit": 500.0,
                "tax_rate": 8.1,
                "subtotal": 1000.0,
            }
        ],
    }
    data.update(changes)
    return data


@pytest.fixture(scope="module")
def server():
    with FakeOpenAI() as srv:
        yield srv


@pytest.fixture
def fake(server):
    server.reset()
    return server


@pytest.fixture
def sleeps():
    return []


def config_for(fake, **changes):
    values = {"base_url": fake.base_url, "model": fake.model, "api_key": fake.api_key}
    values.update(changes)
    return LlmConfig(**values)


def run(fake, sleeps, text="Rechnung RE-2024-0815 ...", **changes):
    images = changes.pop("images", ())
    config = config_for(fake, **changes)
    session = make_llm_session(config, sleep=sleeps.append, breakers=BreakerRegistry())
    return extract_with_llm(config, text, images=images, hints=HINTS, session=session)


def error_of(fake, sleeps, **changes) -> LlmError:
    with pytest.raises(LlmError) as info:
        run(fake, sleeps, **changes)
    return info.value


# -- schema and request ----------------------------------------------------------------------


def test_schema_follows_strict_mode_rules():
    assert strict_schema_errors(INVOICE_SCHEMA) == []
    props = INVOICE_SCHEMA["properties"]
    assert props["document_type"]["enum"] == ["invoice", "credit_note", "receipt", "not_an_invoice"]
    assert props["due_date"]["type"] == ["string", "null"]
    assert props["amount_total"]["type"] == ["number", "null"]
    assert set(props["taxes"]["items"]["required"]) == {"rate", "base", "amount"}
    # and the fake refuses a schema that breaks them
    broken = json.loads(json.dumps(INVOICE_SCHEMA))
    del broken["properties"]["lines"]["items"]["additionalProperties"]
    assert strict_schema_errors(broken)


def test_happy_path_maps_answer_to_extraction(fake, sleeps):
    fake.answer(answer())
    ext = run(fake, sleeps)

    assert ext.sources == ["llm"]
    assert {f.source for f in ext.fields.values()} == {"llm"}
    assert ext.value("document_type") == "invoice"
    assert ext.value("vendor_name") == "Muster Werkzeuge AG"
    assert ext.value("vendor_country") == "CH"
    assert ext.value("currency") == "CHF"
    assert ext.value("invoice_date") == date(2024, 3, 15)
    assert ext.value("due_date") == date(2024, 4, 14)
    total = ext.value("amount_total")
    assert isinstance(total, Decimal)
    assert total == Decimal("1081")
    assert ext.value("amount_tax") == Decimal("81")
    assert ext.value("po_number") is None
    assert ext.value("customer_name") == "Fincycle Demo SA"
    # identifiers normalised; checksum-valid ones a bit more trusted, the rest moderate
    assert ext.value("vendor_vat") == "CHE116281710"
    assert ext.value("vendor_iban") == "CH9300762011623852957"
    assert ext.value("payment_reference") == "210000000003139471430009017"
    assert ext.value("payment_reference_type") == "QRR"
    assert ext.field_confidence("vendor_vat") == 0.85
    assert ext.field_confidence("vendor_iban") == 0.85
    assert ext.field_confidence("amount_total") == 0.80
    assert ext.field_confidence("vendor_name") == 0.80
    assert ext.taxes[0].rate == Decimal("8.1")
    assert ext.taxes[0].amount == Decimal("81.0")
    line = ext.lines[0]
    assert (line.description, line.quantity, line.price_unit) == (
        "Akkuschrauber",
        Decimal(2),
        Decimal("500.0"),
    )
    assert ext.warnings == []
    assert "llm" in ext.timings
    # survives the JSON round trip the pipeline stores
    assert ext.from_dict(json.loads(json.dumps(ext.to_dict()))).value("amount_total") == total

    (request,) = fake.calls("POST", "/v1/chat/completions")
    assert request.headers["Authorization"] == f"Bearer {fake.api_key}"
    body = request.json()
    assert body["model"] == fake.model
    fmt = body["response_format"]
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["schema"] == INVOICE_SCHEMA
    system, user = body["messages"]
    assert system["role"] == "system"
    assert "Fincycle Demo SA" in system["content"]
    assert "Never return the customer" in system["content"]
    assert user["content"].endswith("Rechnung RE-2024-0815 ...")


def test_images_sent_only_when_enabled(fake, sleeps):
    fake.answer(answer())
    run(fake, sleeps, images=[PNG])
    run(fake, sleeps, images=[PNG, PNG], send_images=True)

    without, with_images = fake.chat_requests()
    assert isinstance(without["messages"][1]["content"], str)
    parts = with_images["messages"][1]["content"]
    assert [p["type"] for p in parts] == ["text", "image_url", "image_url"]
    assert parts[1]["image_url"]["url"].startswith("data:image/png;base64,iVBORw0KGgo")
    assert parts[1]["image_url"]["detail"] == "high"


def test_long_text_is_cut_keeping_head_and_tail(fake, sleeps):
    fake.answer(answer())
    text = "HEAD-MARKER " + "x" * 100_000 + " TAIL-MARKER"
    ext = run(fake, sleeps, text=text)

    sent = fake.chat_requests()[0]["messages"][1]["content"]
    assert len(sent) <= MAX_TEXT_CHARS + len("Document text:\n")
    assert "HEAD-MARKER" in sent
    assert sent.endswith("TAIL-MARKER")
    assert msg("llm_text_cut", limit=20000) in ext.warnings
    assert any("cut to 20000 characters" in w.text for w in ext.warnings)


def test_answer_values_are_checked_and_bad_ones_dropped(fake, sleeps):
    fake.answer(
        answer(
            vendor_name="FINCYCLE DEMO S.A.",  # the customer
            vendor_vat="CHE-109.322.551 TVA",  # the customer's
            vendor_iban="CH93 0076 2011 6238 5295 8",  # checksum fails
            invoice_date="15.03.2024",
            due_date="2024-02-30",
            currency="Swiss francs",
            amount_total="1081.00",  # loose servers send numeric strings
            payment_reference="Invoice RE-2024-0815",
        )
    )
    ext = run(fake, sleeps)

    assert ext.value("vendor_name") is None
    assert ext.value("vendor_vat") is None
    assert ext.value("vendor_iban") == "CH9300762011623852958"
    assert ext.field_confidence("vendor_iban") < 0.80
    assert ext.value("invoice_date") is None
    assert ext.value("due_date") is None
    assert ext.value("currency") is None
    assert ext.value("amount_total") == Decimal("1081.00")
    assert ext.value("payment_reference") == "Invoice RE-2024-0815"
    assert ext.value("payment_reference_type") is None
    assert ext.field_confidence("payment_reference") == 0.80
    text = " ".join(w.text for w in ext.warnings)
    for fragment in ("customer", "fails its check", "15.03.2024", "2024-02-30", "Swiss francs"):
        assert fragment in text
    assert {w.code for w in ext.warnings} == {
        "llm_customer_name",
        "llm_customer_vat",
        "llm_iban_invalid",
        "llm_bad_date",
        "llm_bad_code",
    }


def test_empty_input_does_not_call_the_endpoint(fake, sleeps):
    ext = run(fake, sleeps, text="  \n", images=[PNG])
    assert ext.fields == {}
    assert ext.warnings
    assert fake.requests == []


# -- endpoint errors -------------------------------------------------------------------------


def test_wrong_key_is_refused_without_retry(fake, sleeps):
    error = error_of(fake, sleeps, api_key="sk-wrong-key-000000000000")
    assert error.code == "auth"
    assert error.status == 401
    assert error.message.startswith("The LLM endpoint refused the API key")
    assert "sk-wrong-key-000000000000" not in str(error)
    assert len(fake.requests) == 1
    assert sleeps == []


def test_unknown_model(fake, sleeps):
    error = error_of(fake, sleeps, model="gpt-nope")
    assert error.code == "not_found"
    assert "'gpt-nope'" in error.message
    assert "does not exist" in error.message
    assert len(fake.requests) == 1


def test_rate_limit_then_success_honours_retry_after(fake, sleeps):
    fake.rate_limit_next(1, retry_after="1")
    fake.answer(answer())
    ext = run(fake, sleeps)
    assert ext.value("amount_total") == Decimal("1081")
    assert sleeps == [1.0]
    assert len(fake.requests) == 2


def test_default_session_retries_for_real(fake):
    fake.rate_limit_next(1, retry_after="0")
    fake.answer(answer())
    ext = extract_with_llm(config_for(fake), "Invoice 42")
    assert ext.value("invoice_number") == "RE-2024-0815"
    assert len(fake.requests) == 2


def test_rate_limit_persisting(fake, sleeps):
    fake.rate_limit_next(5, retry_after="1")
    error = error_of(fake, sleeps)
    assert error.code == "rate_limited"
    assert error.retriable
    assert error.retry_after == 1.0
    assert len(fake.requests) == 3  # max_retries=2
    assert sleeps == [1.0, 1.0]


def test_server_error_persisting(fake, sleeps):
    fake.fail_next(5, 500)
    error = error_of(fake, sleeps, max_retries=1)
    assert error.code == "unavailable"
    assert "HTTP 500" in error.message
    assert len(fake.requests) == 2
    assert len(sleeps) == 1


def test_server_error_once_is_retried(fake, sleeps):
    fake.fail_next(1, 503)
    fake.answer(answer())
    assert run(fake, sleeps).value("vendor_name") == "Muster Werkzeuge AG"
    assert len(fake.requests) == 2


def test_connection_refused():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = LlmConfig(f"http://127.0.0.1:{port}/v1", "m", "sk-unused-123456", max_retries=0)
    with pytest.raises(LlmError) as info:
        extract_with_llm(config, "x", session=make_llm_session(config, breakers=BreakerRegistry()))
    assert info.value.code == "unreachable"
    assert f"http://127.0.0.1:{port}" in info.value.message


def test_timeout(fake, sleeps):
    fake.answer(FakeResponse(200, {}, delay=1.0))
    error = error_of(fake, sleeps, timeout=0.2, max_retries=0)
    assert error.code == "timeout"
    assert "0.2 s" in error.message


# -- answers that are not what we asked for --------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("Sure! Here is the invoice: vendor Muster AG", "invalid JSON"),
        ('{"document_type": "invoice", "vendor_name": ', "invalid JSON"),
        ("[1, 2]", "not a JSON object"),
        ({"document_type": "bill"}, "not one of"),
    ],
)
def test_garbage_answer(fake, sleeps, content, reason):
    fake.answer(content)
    error = error_of(fake, sleeps)
    assert error.code == "bad_answer"
    assert "answered something that is not the expected JSON" in error.message
    assert reason in error.message


def test_schema_mismatch(fake, sleeps):
    fake.answer(answer(amount_total="abc", taxes=[{"rate": "8.1%", "base": None, "amount": 1}]))
    error = error_of(fake, sleeps)
    assert error.code == "bad_answer"
    assert "$.amount_total is string" in error.message
    assert "$.taxes[0].rate" in error.message


def test_response_without_choices(fake, sleeps):
    fake.answer(FakeResponse(200, {"id": "x", "object": "chat.completion", "choices": []}))
    assert error_of(fake, sleeps).code == "bad_answer"


def test_refusal(fake, sleeps):
    fake.answer(answer())
    fake.mode = "refusal"
    error = error_of(fake, sleeps)
    assert error.code == "refused"
    assert "refused" in error.message
    assert "can't help" in error.message


def test_length_finish_reason(fake, sleeps):
    fake.answer(answer())
    fake.mode = "length"
    error = error_of(fake, sleeps)
    assert error.code == "truncated"
    assert "cut off" in error.message


def test_json_object_fallback_when_json_schema_unsupported(fake, sleeps):
    fake.json_schema_support = False
    fake.answer("```json\n" + json.dumps(answer()) + "\n```")
    ext = run(fake, sleeps)

    assert ext.value("vendor_vat") == "CHE116281710"
    first, second = fake.chat_requests()
    assert first["response_format"]["type"] == "json_schema"
    assert second["response_format"] == {"type": "json_object"}
    system = second["messages"][0]["content"]
    assert json.dumps(INVOICE_SCHEMA) in system
    assert "JSON" in system
    assert fake.calls()[0].headers["Authorization"] == fake.calls()[1].headers["Authorization"]


def test_other_bad_request_is_not_retried_with_json_object(fake, sleeps):
    fake.answer(
        FakeResponse(
            400,
            {
                "error": {
                    "message": "This model's maximum context length is 8192 tokens.",
                    "type": "invalid_request_error",
                    "param": "messages",
                    "code": "context_length_exceeded",
                }
            },
        )
    )
    error = error_of(fake, sleeps)
    assert error.code == "bad_request"
    assert "too long" in error.message
    assert len(fake.requests) == 1


# -- secrets ---------------------------------------------------------------------------------


def test_api_key_never_leaks(fake, sleeps, caplog):
    caplog.set_level(logging.DEBUG)
    key = "sk-leaky-secret-key-9876543210"
    fake.api_key = key
    messages = []
    scenarios = [
        lambda: (fake.answer(FakeResponse(400, {"error": {"message": f"bad key {key}"}})), {}),
        lambda: (fake.answer(FakeResponse(500, f"crash dumping Authorization: Bearer {key}")), {}),
        lambda: (fake.answer(FakeResponse(404, {"detail": f"no route for {key}"})), {}),
        lambda: (fake.rate_limit_next(5, "1"), {}),
        lambda: (fake.answer("not json " + key), {}),
        lambda: (None, {"api_key": key + "-wrong"}),
    ]
    for scenario in scenarios:
        fake.reset()
        fake.api_key = key
        _, changes = scenario()
        error = error_of(fake, sleeps, **{"api_key": key, **changes})
        messages += [str(error), repr(error), error.message, error.detail]
    config = config_for(fake)
    messages.append(repr(config))
    logged = [record.getMessage() for record in caplog.records]
    assert logged  # the failures were logged...
    for text in messages + logged:
        assert key not in text  # ...never with the key
    assert any("refused the API key" in m for m in messages)


def test_config_is_checked_before_any_call():
    with pytest.raises(LlmError) as info:
        extract_with_llm(LlmConfig("", "m", ""), "text")
    assert info.value.code == "config"
    assert "base_url" in info.value.message
    assert "api_key" in info.value.message


def test_vat_is_normalised_and_checked_by_the_one_rule():
    # identifiers.normalize_vat / is_valid_vat (tested in test_extraction_identifiers)
    assert llm.normalize_vat is identifiers.normalize_vat
    assert llm.is_valid_vat is identifiers.is_valid_vat
