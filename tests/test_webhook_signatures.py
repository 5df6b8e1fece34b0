import base64
import hashlib
import hmac
import io
import logging

import pytest

from fincycle.webhooks import (
    DocusealHmacScheme,
    DocusealSharedSecretScheme,
    MauticScheme,
    QontoScheme,
    RevolutScheme,
    WebhookLogFilter,
    parse_json,
    read_limited,
    rejected_prefix,
    sanitize,
)
from fincycle.webhooks.logs import install

BODY = b'{"test":"data"}'
NOW = 1704110400.0


def test_qonto_documented_vector():
    header = "t=1704110400,v1=56aff06dc227db80d6568a5070f912c601c31f20451745d257cbc0b5dfa93805"
    verdict = QontoScheme().verify({"X-Qonto-Signature": header}, BODY, "test-secret", now=NOW + 10)
    assert verdict.ok, verdict.reason
    assert verdict.timestamp == NOW


def test_revolut_recipe_from_docs():
    # The documented recipe: "v1." + ts_ms + "." + raw body, key = signing secret incl. "wsk_".
    secret, ts = "wsk_r59a4HfWVAKycbCaNO1RvgCJec02gRd8", "1683650202360"
    expected = (
        "v1="
        + hmac.new(secret.encode(), b"v1." + ts.encode() + b"." + BODY, hashlib.sha256).hexdigest()
    )
    headers = {"revolut-request-timestamp": ts, "revolut-signature": expected}
    assert RevolutScheme().verify(headers, BODY, secret, now=1683650202.360 + 60).ok
    assert (
        RevolutScheme().sign(BODY, secret, timestamp=1683650202.360)["Revolut-Signature"]
        == expected
    )


def test_revolut_rotation_accepts_any_listed_signature():
    scheme = RevolutScheme()
    good = scheme.sign(BODY, "wsk_new", timestamp=NOW)
    headers = dict(good)
    headers["Revolut-Signature"] = "v1=" + "0" * 64 + "," + good["Revolut-Signature"]
    assert scheme.verify(headers, BODY, "wsk_new", now=NOW).ok
    # and the receiver may hold both secrets during its own rotation
    assert scheme.verify(good, BODY, ["wsk_old", "wsk_new"], now=NOW).ok


def test_mautic_base64_of_raw_digest():
    secret = "mautic-secret"
    expected = base64.b64encode(hmac.new(secret.encode(), BODY, hashlib.sha256).digest()).decode()
    assert MauticScheme().verify({"Webhook-Signature": expected}, BODY, secret).ok


def test_docuseal_hmac_splits_on_first_dot():
    secret = "whsec_abcdefghijklmnopqrstuvwxyz012345"
    digest = hmac.new(secret.encode(), b"1704110400." + BODY, hashlib.sha256).hexdigest()
    headers = {"X-Docuseal-Signature": f"1704110400.{digest}"}
    assert DocusealHmacScheme().verify(headers, BODY, secret, now=NOW).ok


def test_docuseal_shared_secret_header():
    scheme = DocusealSharedSecretScheme("X-Odoo-Token")
    assert scheme.verify({"x-odoo-token": "s3cret-value"}, BODY, "s3cret-value").ok
    assert not scheme.verify({"x-odoo-token": "s3cret-valuX"}, BODY, "s3cret-value").ok
    assert scheme.headers_to_keep == ()  # never store the secret header


TIMED = [QontoScheme(), RevolutScheme(), DocusealHmacScheme()]
ALL = [*TIMED, MauticScheme(), DocusealSharedSecretScheme("X-Token")]


@pytest.mark.parametrize("scheme", ALL, ids=lambda s: s.name)
def test_valid_signature(scheme):
    headers = scheme.sign(BODY, "secret-1", timestamp=NOW)
    assert scheme.verify(headers, BODY, "secret-1", now=NOW).ok


@pytest.mark.parametrize(
    "scheme", [s for s in ALL if s.name != "docuseal_secret_header"], ids=lambda s: s.name
)
def test_tampered_body(scheme):
    headers = scheme.sign(BODY, "secret-1", timestamp=NOW)
    verdict = scheme.verify(headers, b'{"test":"datA"}', "secret-1", now=NOW)
    assert not verdict.ok and "does not match" in verdict.reason


@pytest.mark.parametrize("scheme", ALL, ids=lambda s: s.name)
def test_wrong_secret(scheme):
    headers = scheme.sign(BODY, "secret-1", timestamp=NOW)
    assert not scheme.verify(headers, BODY, "secret-2", now=NOW).ok


@pytest.mark.parametrize("scheme", ALL, ids=lambda s: s.name)
def test_no_secret_configured_is_rejected(scheme):
    headers = scheme.sign(BODY, "secret-1", timestamp=NOW)
    verdict = scheme.verify(headers, BODY, "", now=NOW)
    assert not verdict.ok and "configured" in verdict.reason


@pytest.mark.parametrize("scheme", TIMED, ids=lambda s: s.name)
@pytest.mark.parametrize("skew", [-301, 301, 86400])
def test_stale_or_future_timestamp(scheme, skew):
    headers = scheme.sign(BODY, "secret-1", timestamp=NOW)
    verdict = scheme.verify(headers, BODY, "secret-1", now=NOW + skew)
    assert not verdict.ok and "replay window" in verdict.reason


@pytest.mark.parametrize("scheme", TIMED, ids=lambda s: s.name)
def test_inside_window_is_accepted(scheme):
    headers = scheme.sign(BODY, "secret-1", timestamp=NOW)
    assert scheme.verify(headers, BODY, "secret-1", now=NOW + 299).ok


@pytest.mark.parametrize(
    ("scheme", "headers"),
    [
        (QontoScheme(), {"X-Qonto-Signature": "garbage"}),
        (QontoScheme(), {"X-Qonto-Signature": "t=abc,v1=00"}),
        (QontoScheme(), {"X-Qonto-Signature": "v1=00"}),
        (QontoScheme(), {}),
        (RevolutScheme(), {"Revolut-Signature": "v1=00", "Revolut-Request-Timestamp": "yesterday"}),
        (
            RevolutScheme(),
            {"Revolut-Signature": "deadbeef", "Revolut-Request-Timestamp": "1704110400000"},
        ),
        (RevolutScheme(), {"Revolut-Signature": "v1=00"}),
        (DocusealHmacScheme(), {"X-Docuseal-Signature": "nodot"}),
        (DocusealHmacScheme(), {"X-Docuseal-Signature": "12a.ff"}),
        (MauticScheme(), {"Webhook-Signature": "%%%not-base64%%%"}),
        (MauticScheme(), {}),
    ],
    ids=lambda v: getattr(v, "name", None) or str(v)[:40],
)
def test_malformed_headers_give_a_reason_not_an_exception(scheme, headers):
    verdict = scheme.verify(headers, BODY, "secret-1", now=NOW)
    assert not verdict.ok
    assert any(word in verdict.reason for word in ("malformed", "missing"))


def test_header_names_are_case_insensitive():
    headers = {k.upper(): v for k, v in QontoScheme().sign(BODY, "s", timestamp=NOW).items()}
    assert QontoScheme().verify(headers, BODY, "s", now=NOW).ok


# -- hostile input: a 4xx verdict, never an exception -------------------------------------
@pytest.mark.parametrize(
    ("scheme", "headers"),
    [
        (QontoScheme(), {"X-Qonto-Signature": "t=" + "9" * 400 + ",v1=00"}),
        (RevolutScheme(), {"Revolut-Signature": "v1=00", "Revolut-Request-Timestamp": "9" * 400}),
        (DocusealHmacScheme(), {"X-Docuseal-Signature": "9" * 400 + ".ff"}),
        (QontoScheme(), {"X-Qonto-Signature": "t=-1704110400,v1=00"}),
        (QontoScheme(), {"X-Qonto-Signature": "t=١٧٠٤١١٠٤٠٠,v1=00"}),  # Arabic-Indic digits
    ],
    ids=["qonto-400-digits", "revolut-400-digits", "docuseal-400-digits", "negative", "unicode"],
)
def test_absurd_timestamps_are_malformed(scheme, headers):
    verdict = scheme.verify(headers, BODY, "secret-1", now=NOW)
    assert not verdict.ok
    assert "malformed" in verdict.reason


def test_json_nested_too_deep_is_a_code_not_a_crash():
    assert parse_json(b"[" * 100_000 + b"]" * 100_000).error == "too_deep"
    assert parse_json(b"{not json").error == "not_json"
    assert parse_json(b"\xff\xfe\x00").error == "not_json"
    parsed = parse_json(b'{"id": "evt-1"}')
    assert parsed.ok and parsed.payload == {"id": "evt-1"}


class EndlessStream:
    """A chunked body that never ends; counts what was read from it."""

    def __init__(self):
        self.read_bytes = 0

    def read(self, size=-1):
        size = 8192 if size is None or size < 0 else size
        self.read_bytes += size
        return b"x" * size


def test_read_limited_stops_at_the_limit():
    stream = EndlessStream()
    assert read_limited(stream, 1000) is None
    assert stream.read_bytes == 1001, "not one byte more than needed to know it is too big"
    assert read_limited(io.BytesIO(b"a" * 1000), 1000) == b"a" * 1000
    assert read_limited(io.BytesIO(b""), 1000) == b""


def test_rejected_prefix_cuts_on_a_character_boundary():
    body = ("é" * 200).encode()  # 400 bytes, 2 bytes a character
    prefix = rejected_prefix(body, 255)
    assert prefix == ("é" * 127).encode()
    assert rejected_prefix(b"short", 255) == b"short"
    assert len(rejected_prefix(b"\xff" * 400, 255)) == 255  # binary: cut where it falls


# -- log lines ------------------------------------------------------------------------------
TOKEN = "Zq3x-Secret_Token_0123456789abcdefghijklmnopq"


def test_sanitize_masks_the_token_and_keeps_the_line_on_one_line():
    line = f'127.0.0.1 - - "POST /fincycle/webhook/qonto/{TOKEN} HTTP/1.1" 200 -'
    assert sanitize(line) == '127.0.0.1 - - "POST /fincycle/webhook/qonto/*** HTTP/1.1" 200 -'
    forged = "provider=x\n2026-01-01 00:00:00,000 1 INFO db odoo: forged\r line"
    assert "\n" not in sanitize(forged) and "\r" not in sanitize(forged)
    assert "\\x0a2026-01-01" in sanitize(forged)
    assert sanitize("a\u2028b\x00c") == "a\\u2028b\\x00c"
    # werkzeug's colour codes around a status line stay, other escapes do not
    coloured = "\x1b[1m\x1b[31mPOST /x HTTP/1.1\x1b[0m"
    assert sanitize(coloured) == coloured
    assert sanitize("\x1b]0;title\x07") == "\\x1b]0;title\\x07"


def test_sanitize_masks_the_code_and_state_of_oauth_callbacks():
    line = (
        '127.0.0.1 - - "GET /fincycle/revolut/oauth/callback?code=oa_prod_SECRET'
        '&state=St4te_Secret&x=1 HTTP/1.1" 303 -'
    )
    clean = sanitize(line)
    assert "oa_prod_SECRET" not in clean and "St4te_Secret" not in clean
    assert "/fincycle/revolut/oauth/callback?code=***&state=***&x=1 HTTP/1.1" in clean
    other = '"GET /web?code=visible&state=visible HTTP/1.1"'
    assert sanitize(other) == other  # only the consent callbacks carry secrets


def test_log_filter_rewrites_records_with_arguments():
    logger = logging.getLogger("fincycle.test.webhook_log_filter")
    records = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record)

    logger.addHandler(Keep())
    logger.propagate = False
    logger.setLevel(logging.INFO)
    install([logger.name])
    install([logger.name])  # idempotent
    assert sum(isinstance(f, WebhookLogFilter) for f in logger.filters) == 1
    logger.info('"%s" %s %s', f"POST /fincycle/webhook/revolut/{TOKEN}\nforged", 200, "-")
    logger.info("plain %s", "message")
    assert records[0].getMessage() == '"POST /fincycle/webhook/revolut/***\\x0aforged" 200 -'
    assert records[1].args == ("message",), "untouched when there is nothing to hide"
