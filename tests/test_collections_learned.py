"""fincycle.collections.learned: the small learned reply classifier next to the rules."""

from email.message import EmailMessage

import pytest

from fincycle.collections import CATEGORIES, ThreadContext, learned, read_reply
from fincycle.collections.mail import parse_mail

np = pytest.importorskip("numpy")


def _mail(body):
    msg = EmailMessage()
    msg["From"] = "Anna Client <anna@client.example>"
    msg["To"] = "Vendor AG <billing@vendor.example>"
    msg["Subject"] = "Re: Payment reminder VX-25-001"
    msg["Date"] = "Tue, 10 Jun 2025 10:00:00 +0200"
    msg.set_content(body)
    return msg.as_bytes()


def test_numbers_dates_and_invoice_numbers_become_tokens():
    text = learned.normalize("Rechnung RG25-00417 über CHF 1'290.30 vom 12.06.2025, 3 Stunden")
    assert "<invno>" in text and "<amount>" in text and "<date>" in text and "<num>" in text
    assert "uber" in text  # folded


def test_features_are_deterministic_and_normalised():
    idx, val = learned.features("Wir haben die Rechnung bereits bezahlt.", ["auto"])
    again = learned.features("Wir haben die Rechnung bereits bezahlt.", ["auto"])
    assert np.array_equal(idx, again[0]) and np.array_equal(val, again[1])
    assert idx.max() <= learned.MASK
    assert learned.features("", ())[0].size == 1  # the "empty" feature


def test_a_tiny_model_learns_and_round_trips(tmp_path):
    texts = ["we already paid", "paid last week", "this price is wrong", "wrong amount billed"]
    labels = ["already_paid", "already_paid", "contestation", "contestation"]
    model = learned.train([learned.features(t) for t in texts], labels, list(CATEGORIES))
    path = tmp_path / "m.npz"
    model.save(path)
    loaded = learned.Model.load(path)
    probs = loaded.proba(*learned.features("we paid it"))
    assert abs(sum(probs.values()) - 1) < 1e-6
    assert max(probs, key=probs.get) == "already_paid"


@pytest.mark.skipif(not learned.MODEL_PATH.exists(), reason="no packaged model")
def test_the_packaged_model_joins_the_evidence():
    raw = _mail("Wir haben die Rechnung am 2. Juni bezahlt, bitte prüfen Sie Ihr Konto.")
    probs = learned.predict(parse_mail(raw))
    assert set(probs) == set(CATEGORIES)
    reading = read_reply(raw, ThreadContext())
    assert reading.category == "already_paid" and reading.pause_dunning
    assert any(e.startswith("model: ") for e in reading.evidence)
    rules_only = read_reply(raw, ThreadContext(), use_model=False)
    assert not any(e.startswith("model: ") for e in rules_only.evidence)
