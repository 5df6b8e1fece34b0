# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Kinds of replies added after the second labelled set (tests/data/disputes_more): hard-wrapped
plain text, correction requests, withheld payments, percentages, VAT rates, dated questions
asking for time, week-relative dates, and replies that must NOT pause dunning."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from fincycle.collections import ThreadContext, read_reply
from fincycle.collections.mail import parse_mail
from fincycle.collections.textparse import find_dates, sentences
from fincycle.testing.replies import reply_email

CONTEXT = ThreadContext(
    invoice_number="VX-25-001", amount=Decimal("1500.00"), currency="CHF", stage="reminder_1"
)
TUESDAY = date(2025, 6, 10)


def _mail(body):
    return reply_email(body)


CASES = [
    # body, category, pause, promised date, disputed amount
    (
        "Der Boden wurde beim Einbau beschädigt, deshalb halten wir die Zahlung\n"
        "zurück, bis alles repariert ist.",
        "contestation", True, None, "1500.00",
    ),
    (
        "Le poste « nettoyage du chantier » (180 €) n'était pas prévu dans le devis, merci de le "
        "retirer.",
        "contestation", True, None, "180.00",
    ),
    (
        "You have charged us for three days, but the team was only here for two.",
        "contestation", True, None, None,
    ),
    (
        "Wir zahlen 70 % der Rechnung, mehr ist die Arbeit nicht wert.",
        "contestation", True, None, "450.00",
    ),
    (
        "La fattura riporta l'IVA all'8,1 %, ma il servizio è esente: va emessa senza IVA.",
        "invoice_error", True, None, "112.40",
    ),
    (
        "The invoice was issued to our old company name; please reissue it to Vireo Health AG.",
        "invoice_error", True, None, None,
    ),
    ("Das wurde schon lange bezahlt, schauen Sie mal in Ihr Konto.", "already_paid", True, None, None),
    (
        "Il pagamento è stato effettuato il 2 giugno tramite e-banking.",
        "already_paid", True, None, None,
    ),
    (
        "Wäre es in Ordnung, wenn wir Ende nächster Woche zahlen?",
        "delay_request", True, "2025-06-20", None,
    ),
    (
        "Could we have until the end of next month? Sales are slow.",
        "delay_request", True, "2025-07-31", None,
    ),
    ("Zahlung erfolgt Anfang nächster Woche.", "payment_promise", False, "2025-06-16", None),
    (
        "Le virement partira en fin de semaine prochaine.",
        "payment_promise", False, "2025-06-20", None,
    ),
    ("It will be in your account by the 20th.", "payment_promise", False, "2025-06-20", None),
    ("Sorry, I thought we had paid already. Paying now.", "payment_promise", False, None, None),
    (
        "Nous sommes un peu justes en trésorerie ce mois-ci, je reviens vers vous.",
        "delay_request", False, None, None,
    ),
    (
        "Die PDF-Datei ist beschädigt, können Sie sie nochmals schicken?",
        "copy_request", False, None, None,
    ),
    (
        "Could you adjust the payment terms to 60 days for future invoices?",
        "other", False, None, None,
    ),
    ("Bitte streichen Sie mich aus dem Verteiler.", "other", False, None, None),
    ("Is it possible to get a discount for early payment?", "other", False, None, None),
    (
        "Hallo, könnten Sie uns für nächstes Jahr eine Offerte für die Wartung machen?",
        "other", False, None, None,
    ),
    ("Wir prüfen die Rechnung und melden uns.", "other", False, None, None),
    (
        "Thanks for fixing the heating so quickly, everything works perfectly now.",
        "acknowledgement", False, None, None,
    ),
    (
        "Danke, die Mahnung ist berechtigt, sorry! Zahlung geht morgen raus.",
        "payment_promise", False, "2025-06-11", None,
    ),
    (
        "Zahlung am 20.\n\n-- \nPeter Muster\nRechnungen mit Fehlern bestreiten wir immer sofort.",
        "payment_promise", False, "2025-06-20", None,
    ),
    (
        "Den Betrag haben wir mit Ihrer Gutschrift Nr. VX-25-002 verrechnet.",
        "already_paid", True, None, None,
    ),
    ("I gave your technician CHF 300 in cash after the repair.", "already_paid", True, None, None),
    (
        "Cette facture était incluse dans notre virement du 2 juin avec deux autres.",
        "already_paid", True, None, None,
    ),
    ("So sorry - I'll sort it out tomorrow morning.", "payment_promise", False, "2025-06-11", None),
    (
        "Wir akzeptieren zwei der drei Positionen; die dritte ist für uns nutzlos.",
        "contestation", True, None, None,
    ),
    (
        "Le tende sono arrivate strappate: respingiamo la fornitura.",
        "contestation", True, None, "1500.00",
    ),
    ("Erhalten, besten Dank. Keine Beanstandungen.", "acknowledgement", False, None, None),
    (
        "Désolée, je pensais l'avoir réglée ! Je fais le nécessaire demain matin.",
        "payment_promise", False, "2025-06-11", None,
    ),
    (
        "No problem with the invoice, it just slipped through. Paying it on the 20th.",
        "payment_promise", False, "2025-06-20", None,
    ),
    (
        "Nous avons payé par e-banking le 2 juin déjà. Merci d'annuler les frais de rappel.",
        "already_paid", True, None, None,
    ),
    ("Isch erledigt, han am Fritig überwise.", "already_paid", True, None, None),
    (
        "Es gibt leider ein Problem mit der Abrechnung der Arbeitsstunden.",
        "contestation", True, None, None,
    ),
    ("I'll make sure it's paid by Friday.", "payment_promise", False, "2025-06-13", None),
    (
        "C'est noté, le montant vous sera versé d'ici la fin de la semaine.",
        "payment_promise", False, "2025-06-13", None,
    ),
    (
        "Could you also send the delivery note for this order? Our warehouse needs it.",
        "copy_request", False, None, None,
    ),
    (
        "J'ai un petit souci de trésorerie, pourriez-vous m'accorder un peu de délai ?",
        "delay_request", False, None, None,
    ),
    (
        "Abbiamo pagato per errore due volte la stessa fattura il 3 giugno, ci potete rimborsare?",
        "already_paid", True, None, None,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "category", "pause", "promised", "amount"), CASES)
def test_more_kinds(body, category, pause, promised, amount):
    reading = read_reply(_mail(body), CONTEXT)
    assert reading.category == category, reading.evidence
    assert reading.pause_dunning is pause
    assert reading.promised_date == (date.fromisoformat(promised) if promised else None)
    assert reading.disputed_amount == (Decimal(amount) if amount else None)


def test_hard_wrapped_lines_are_one_sentence():
    text = (
        "Auf der Rechnung sind sechs Stunden verrechnet, unser Hauswart hat aber\n"
        "nur drei gesehen.\n\nGruss\nAnna"
    )
    assert sentences(text)[0].endswith("nur drei gesehen.")
    wrapped = "Wir bitten Sie um eine Frist bis zum ganz sicher spätestens am\n15. Oktober. Danke."
    assert sentences(wrapped)[0].endswith("am 15. Oktober.")
    assert sentences("Offene Punkte:\n1. Anfahrt\n2. Material") == [
        "Offene Punkte:",
        "1. Anfahrt",
        "2. Material",
    ]
    assert sentences("- erste Position\n- zweite Position") == [
        "- erste Position",
        "- zweite Position",
    ]


def test_week_relative_dates():
    assert [d.value for d in find_dates("ende nachster woche", TUESDAY)] == [date(2025, 6, 20)]
    assert [d.value for d in find_dates("early next week", TUESDAY)] == [date(2025, 6, 16)]
    assert not [d for d in find_dates("paid since last tuesday", TUESDAY) if d.value > TUESDAY]


def test_signature_delimiter_and_short_disclaimer_words():
    own = parse_mail(_mail("Wir zahlen am 20.\n\n-- \nPeter\nVertraulich.")).own_text
    assert own == "Wir zahlen am 20."
    own = parse_mail(
        _mail("Credo che abbiate sbagliato destinatario, non siamo clienti vostri.")
    ).own_text
    assert "destinatario" in own


SECOND_SET = Path(__file__).parent / "data" / "disputes_more"


def test_second_set_floors():
    from scripts.bench.disputes import run  # noqa: PLC0415

    figures = run(SECOND_SET, out=lambda *_: None)
    assert figures["n"] >= 90
    assert figures["pause_precision"] >= 97
    assert figures["pause_recall"] >= 93
    assert figures["category_accuracy"] >= 88


def test_bench_pools_several_folders():
    from scripts.bench.disputes import run  # noqa: PLC0415

    one = run(SECOND_SET, split="held", out=lambda *_: None)
    both = run([SECOND_SET, SECOND_SET], split="held", out=lambda *_: None)
    assert both["n"] == 2 * one["n"] > 0
    for key in ("pause_precision", "pause_recall", "category_accuracy"):
        assert both[key] == one[key]
    assert both["misses"] == one["misses"] * 2
