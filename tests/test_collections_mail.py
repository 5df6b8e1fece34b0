"""fincycle.collections.mail: the customer's own words out of real-life e-mail shapes.

Every message here is written for the test (no sample text): quoted originals in four
languages, HTML-only bodies, charsets, attachments, auto-reply headers and a forward."""

from email.message import EmailMessage

from fincycle.collections.mail import html_to_text, parse_mail

COMPANY = "billing@vendor.example"


def _plain(
    body, subject="Re: Invoice VX-25-001", charset="utf-8", cte="quoted-printable", **headers
):
    msg = EmailMessage()
    msg["From"] = "Anna Client <anna@client.example>"
    msg["To"] = f"Vendor AG <{COMPANY}>"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 10 Jun 2025 10:00:00 +0200"
    msg["References"] = "<fincycle-inv-VX-25-001@vendor.example>"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body, charset=charset, cte=cte)
    return msg.as_bytes()


def _html(html, subject="Re: Invoice VX-25-001"):
    msg = EmailMessage()
    msg["From"] = "anna@client.example"
    msg["To"] = COMPANY
    msg["Subject"] = subject
    msg["Date"] = "Tue, 10 Jun 2025 10:00:00 +0200"
    msg.set_content(html, subtype="html", cte="base64")
    return msg.as_bytes()


QUOTED_REMINDER = (
    "Sehr geehrte Kundin\nDie Rechnung ist überfällig. Mahnung, Betreibung.\nVendor AG"
)


def test_outlook_header_block_german():
    raw = _plain(
        "Wir haben bereits bezahlt.\n\nFreundliche Grüsse\nAnna\n\n"
        "Von: Vendor AG <billing@vendor.example>\nGesendet: Montag, 9. Juni 2025 08:00\n"
        "An: Anna\nBetreff: Mahnung\n\n" + QUOTED_REMINDER
    )
    mail = parse_mail(raw)
    assert mail.own_text == "Wir haben bereits bezahlt."
    assert "Mahnung" in mail.body_text


def test_wrote_lines_in_four_languages():
    for line in (
        "On Mon, 9 Jun 2025 at 08:00, Vendor AG <billing@vendor.example> wrote:",
        "Le lun. 9 juin 2025 à 08:00, Vendor AG <billing@vendor.example> a écrit :",
        "Am 09.06.2025 um 08:00 schrieb Vendor AG <billing@vendor.example>:",
        "Il giorno lun 9 giu 2025 alle ore 08:00 Vendor AG <billing@vendor.example> ha scritto:",
    ):
        raw = _plain(
            f"Merci, bien reçu.\n\n{line}\n\n> Rappel : facture impayée\n> mise en demeure\n"
        )
        assert parse_mail(raw).own_text == "Merci, bien reçu.", line


def test_wrote_line_wrapped_over_two_lines():
    raw = _plain(
        "Grazie, ricevuto.\n\nOn Mon, 9 Jun 2025 at 08:00, Vendor AG\n<billing@vendor.example> wrote:\n"
        "> Reminder: invoice overdue\n"
    )
    assert parse_mail(raw).own_text == "Grazie, ricevuto."


def test_original_message_separators():
    for sep in (
        "-----Original Message-----",
        "-----Ursprüngliche Nachricht-----",
        "-------- Message d'origine --------",
        "-----Messaggio originale-----",
    ):
        raw = _plain(
            f"Thanks, noted.\n\n{sep}\nFrom: billing@vendor.example\nSubject: Reminder\n\nPay now."
        )
        assert parse_mail(raw).own_text == "Thanks, noted.", sep


def test_signature_device_footer_and_disclaimer_removed():
    raw = _plain(
        "Nous avons réglé la facture le 2 juin.\n\nCordialement\nJean Dupont\nDupont SARL\n\n"
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au "
        "destinataire. Toute réclamation ou litige relève du Tribunal de commerce."
    )
    assert parse_mail(raw).own_text == "Nous avons réglé la facture le 2 juin."
    raw = _plain("Ok, paying Friday.\n\nSent from my iPhone\n\n> On 9 June you wrote: pay")
    assert parse_mail(raw).own_text == "Ok, paying Friday."
    raw = _plain(
        "Die Zahlung folgt.\n\nDiese E-Mail ist vertraulich und ausschliesslich für den "
        "Adressaten bestimmt. Wenn Sie nicht der richtige Adressat sind, löschen Sie sie."
    )
    assert parse_mail(raw).own_text == "Die Zahlung folgt."


def test_opening_thanks_is_not_a_sign_off():
    raw = _plain("Thank you!\n\nWe will pay on Friday.\n\nBest regards\nAnna")
    assert parse_mail(raw).own_text == "Thank you!\n\nWe will pay on Friday."


def test_charsets_and_transfer_encodings():
    for charset, cte in (
        ("iso-8859-1", "quoted-printable"),
        ("windows-1252", "base64"),
        ("utf-8", "8bit"),
    ):
        euro = "" if charset == "iso-8859-1" else " €"
        raw = _plain(f"Déjà payé, merci de vérifier. Grüsse{euro} 12", charset=charset, cte=cte)
        assert parse_mail(raw).own_text.startswith("Déjà payé, merci de vérifier."), charset


def test_encoded_subject_and_auto_reply_headers():
    raw = _plain(
        "Je suis absente jusqu'au 20 juin.",
        subject="=?utf-8?q?R=C3=A9ponse_automatique_=3A_Rappel?=",
        Auto_Submitted="auto-replied",
    )
    mail = parse_mail(raw)
    assert mail.subject.startswith("Réponse automatique")
    assert (
        mail.headers_auto
        and "auto-submitted" in mail.auto_reasons
        and "subject" in mail.auto_reasons
    )
    for subject in (
        "Automatische Antwort: Rechnung",
        "Out of Office: Invoice",
        "Risposta automatica: Fattura",
    ):
        assert parse_mail(_plain("x", subject=subject)).headers_auto, subject
    assert parse_mail(_plain("x", X_Autoreply="yes")).headers_auto
    assert parse_mail(_plain("x", Precedence="auto_reply")).headers_auto
    assert not parse_mail(_plain("x", subject="Re: Rechnung", Auto_Submitted="no")).headers_auto


def test_html_only_with_blockquote():
    raw = _html(
        "<html><body><p>Bonjour,</p><p>La facture est <b>déjà payée</b>.</p>"
        "<div>Le 9 juin 2025, Vendor &lt;billing@vendor.example&gt; a écrit :</div>"
        "<blockquote><p>Rappel : mise en demeure</p></blockquote></body></html>"
    )
    mail = parse_mail(raw)
    assert "déjà payée" in mail.own_text
    assert "mise en demeure" not in mail.own_text
    assert html_to_text("<p>a</p><p>b&amp;c</p>").split() == ["a", "b&c"]


def test_attachments_listed():
    msg = EmailMessage()
    msg["From"] = "anna@client.example"
    msg["To"] = COMPANY
    msg["Subject"] = "Re: Invoice"
    msg.set_content("Paid, proof attached.")
    msg.add_attachment(
        b"%PDF-1.4 stub", maintype="application", subtype="pdf", filename="proof.pdf"
    )
    msg.add_attachment(b"\x89PNG stub", maintype="image", subtype="png", filename="screen.png")
    mail = parse_mail(msg.as_bytes())
    assert [(a.filename, a.content_type) for a in mail.attachments] == [
        ("proof.pdf", "application/pdf"),
        ("screen.png", "image/png"),
    ]
    assert mail.own_text == "Paid, proof attached."


def test_forward_keeps_both_customer_writers_and_drops_the_company():
    raw = _plain(
        "Hello,\n\nForwarding our accountant's answer below.\n\nAnna\n\n"
        "---------- Forwarded message ---------\n"
        "From: Bob Books <bob@accountant.example>\nDate: Mon, 9 Jun 2025 at 16:00\n"
        "Subject: Re: Reminder\nTo: Anna <anna@client.example>\n\n"
        "Anna, we paid this on 2 June, see the statement.\n\nBob\n\n"
        "---------- Forwarded message ---------\n"
        "From: Vendor AG <billing@vendor.example>\nDate: Mon, 9 Jun 2025 at 08:00\n"
        "Subject: Reminder\nTo: anna@client.example\n\n"
        "Your invoice is overdue. Legal action will follow.\n",
        subject="Fwd: Re: Reminder: Invoice VX-25-001",
    )
    mail = parse_mail(raw)
    assert mail.is_forward
    assert "Forwarding our accountant's answer below." in mail.own_text
    assert "we paid this on 2 June" in mail.own_text
    assert "Legal action" not in mail.own_text


def test_forwarded_message_rfc822_attachment_counts_as_the_customers_side():
    inner = EmailMessage()
    inner["From"] = "AP robot <ap@client.example>"
    inner["Subject"] = "Invoice rejected"
    inner.set_content("Invoice rejected: purchase order number missing.")
    msg = EmailMessage()
    msg["From"] = "anna@client.example"
    msg["To"] = COMPANY
    msg["Subject"] = "Re: Invoice"
    msg.set_content("See the rejection attached.")
    msg.add_attachment(inner)
    mail = parse_mail(msg.as_bytes())
    assert any(a.content_type == "message/rfc822" for a in mail.attachments)
    assert "purchase order number missing" in mail.own_text


def test_a_huge_hostile_reply_is_read_up_to_a_bound():
    from fincycle.collections.mail import MAX_OWN_CHARS  # noqa: PLC0415
    from fincycle.testing.replies import reply_email  # noqa: PLC0415

    body = "wir haben die rechnung nicht bezahlt weil " * 3000
    mail = parse_mail(
        reply_email(
            body,
            invoice="FX-25-0311",
            subject="Re: Rappel {invoice}",
            sender="C <c@example.ch>",
            company="F <f@example.ch>",
        )
    )
    assert len(mail.own_text) == MAX_OWN_CHARS
    assert mail.own_text.startswith("wir haben die rechnung")
