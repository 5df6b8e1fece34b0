"""Fixtures the pure tests share: a scriptable fake server, the fake providers (one server per
module, reset per test), a recorded sleep and a fast HTTP session, Revolut key pairs, and where
the samples are.

A test module may still define a fixture of the same name (its own wins)."""

from pathlib import Path

import pytest

from fincycle.banking import revolut
from fincycle.http import BreakerRegistry, HttpPolicy, make_session
from fincycle.testing.fake_qonto import FakeQonto
from fincycle.testing.fake_revolut import FakeRevolut
from fincycle.testing.fake_server import FakeServer

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = Path("/work/shared/samples")

# Retries without waiting: three tries, 10-50 ms back-off, short timeouts.
FAST = HttpPolicy(
    max_attempts=3,
    backoff_initial=0.01,
    backoff_max=0.05,
    backoff_jitter=0.0,
    connect_timeout=2,
    read_timeout=10,
    breaker_threshold=50,
)
REVOLUT_CLIENT_ID = "cid-7f3a"
REVOLUT_ISSUER = "erp.example.com"


@pytest.fixture(scope="session")
def samples() -> Path:
    """The development samples with ground truth (bank files, bills, replies)."""
    return SAMPLES


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture
def sleeps() -> list[float]:
    """What the session slept (it records instead of sleeping)."""
    return []


@pytest.fixture
def make_fast_session(sleeps):
    """``make_fast_session(provider, **kwargs)``: a policy session with FAST retries, its own
    breakers and the recorded sleep."""

    def make(provider: str, policy: HttpPolicy = FAST, **kwargs):
        kwargs.setdefault("breakers", BreakerRegistry())
        kwargs.setdefault("sleep", sleeps.append)
        return make_session(policy, provider=provider, **kwargs)

    return make


@pytest.fixture
def fake_server():
    """A scriptable FakeServer on 127.0.0.1 (``fake_server.add(method, path, answer)``)."""
    with FakeServer() as server:
        yield server


@pytest.fixture(scope="session")
def revolut_keys() -> tuple[str, str]:
    """(private key PEM, certificate PEM) uploaded to the fake Revolut."""
    return revolut.generate_key_pair("Seeblick Consulting GmbH")


@pytest.fixture(scope="session")
def revolut_other_keys() -> tuple[str, str]:
    """A key pair Revolut does not know."""
    return revolut.generate_key_pair("Somebody else")


@pytest.fixture(scope="module")
def revolut_server(revolut_keys):
    with FakeRevolut(
        client_id=REVOLUT_CLIENT_ID, issuer=REVOLUT_ISSUER, certificate_pem=revolut_keys[1]
    ) as server:
        yield server


@pytest.fixture
def fake_revolut(revolut_server, revolut_keys):
    """The module's fake Revolut, forgotten everything (data, tokens, switches, routes)."""
    revolut_server.reset()
    revolut_server.certificate_pem = revolut_keys[1]
    return revolut_server


@pytest.fixture(scope="module")
def qonto_server():
    with FakeQonto() as server:
        yield server


@pytest.fixture
def fake_qonto(qonto_server):
    """The module's fake Qonto, forgotten everything, paging with ``page``, webhooks OAuth-only."""
    qonto_server.reset()
    qonto_server.paging = "page"
    qonto_server.webhooks_require_oauth = True
    return qonto_server
