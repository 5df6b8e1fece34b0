import base64
import hashlib
import hmac

import pytest

from fincycle.webhooks import (
    DocusealHmacScheme,
    DocusealSharedSecretScheme,
    MauticScheme,
    QontoScheme,
    RevolutScheme,
)

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
