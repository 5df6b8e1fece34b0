"""The contract scripts (scripts/contract/*.py) stay green: the real clients, driven through
every public call against fakes that follow the providers' documents, get the documented
answers; and the scripts do notice a fake that leaves the document."""

import importlib.util
import inspect
import re
import sys
from pathlib import Path

import pytest

from fincycle.banking import qonto, revolut
from fincycle.testing.fake_qonto import FakeQonto
from fincycle.testing.fake_revolut import FakeRevolut
from fincycle.testing.fake_server import FakeResponse

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts" / "contract"
LINE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE) /\S*( \(page \d+\))?: (ok \(.+\)|FAIL .+)$")


def _load(monkeypatch, name):
    monkeypatch.syspath_prepend(str(SCRIPTS))  # the scripts import contractlib beside them
    spec = importlib.util.spec_from_file_location(f"contract_{name}", SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def _run(module):
    lines = []
    status = module.main([], out=lines.append)
    return status, lines


def _public_methods(*classes):
    return {
        name
        for cls in classes
        for name, member in vars(cls).items()
        if not name.startswith("_") and inspect.isfunction(member)
    }


@pytest.mark.parametrize(
    ("name", "classes"),
    [
        ("qonto", (qonto.QontoClient, qonto.QontoOAuth)),
        ("revolut", (revolut.RevolutClient,)),
    ],
)
def test_contract_script_is_green_and_drives_every_public_call(monkeypatch, name, classes):
    module = _load(monkeypatch, name)
    status, lines = _run(module)
    *calls, summary = lines
    failed = [line for line in calls if ": FAIL " in line]
    assert not failed, "\n".join(failed)
    assert status == 0
    assert summary == f"contract {name}: {len(calls)} calls, 0 failed"
    assert all(LINE.match(line) for line in calls), [c for c in calls if not LINE.match(c)]
    source = (SCRIPTS / f"{name}.py").read_text()
    missing = [m for m in _public_methods(*classes) if not re.search(rf"\.{m}\b", source)]
    assert not missing, f"public calls the contract script does not drive: {missing}"


def test_qonto_contract_notices_the_old_subscription_list_shape(monkeypatch):
    def old_shape(self, request):
        return FakeResponse(200, {"webhook_subscriptions": list(self.subscriptions.values())})

    monkeypatch.setattr(FakeQonto, "_list_subscriptions", old_shape)
    status, lines = _run(_load(monkeypatch, "qonto"))
    assert status == 1
    first, second = [line for line in lines if ": FAIL " in line]
    assert first.startswith("GET /v2/webhook_subscriptions?page=1: FAIL")
    assert "$.subscriptions missing" in first
    assert "$.meta missing" in first
    # without meta the client reads one page: the second one is never asked for
    assert second.startswith("GET /v2/webhook_subscriptions?page=2: FAIL not sent")
    assert lines[-1].endswith(", 2 failed")


def test_revolut_contract_notices_a_secret_in_the_webhook_list(monkeypatch):
    def with_secrets(self, request):
        return FakeResponse(200, [self._public(h, True) for h in self.webhooks.values()])

    monkeypatch.setattr(FakeRevolut, "_list_webhooks", with_secrets)
    status, lines = _run(_load(monkeypatch, "revolut"))
    assert status == 1
    [failure] = [line for line in lines if ": FAIL " in line]
    assert failure.startswith("GET /api/2.0/webhooks: FAIL")
    assert "signing_secret must not be there" in failure
