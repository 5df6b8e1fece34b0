#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the company texts use en dashes)
"""Second labelled set of customers' replies (tests/data/disputes_more), written independently.

The customer's words of every reply are hand-written in ``dispute_replies_more.py`` (one entry per
e-mail, with its labels); this script only wraps them the way mail clients do: headers and
threading ids, the company's quoted invoice or reminder (Outlook header block, Gmail / Apple /
Thunderbird ``>`` quoting, HTML blockquote, forwards), HTML parts, charsets, attachments.
The output is laid out like /work/shared/samples/disputes (``emails/<id>.eml`` with CRLF line
ends and ``manifest.json``), so ``scripts/bench/disputes.py`` reads it unchanged.

Usage: .venv/bin/python scripts/bench/make_dispute_replies.py
           [--source more|blind|blind2|...|blind32] [OUT_DIR]

Each further writer's set was first measured blind by the reader as it stood, then (all but the
newest) tuned on; the blind figures are in each folder's README:
``--source blind`` builds ``dispute_replies_blind.py`` (ids ``blind_NNN``, folder
tests/data/disputes_blind), a third writer's; ``--source blind2`` ``dispute_replies_blind2.py``
(``blindb_NNN``, tests/data/disputes_blind2), a fourth writer's, with three more invoicing
companies (``fs``, ``wl``, ``lo``); ``--source blind3`` ``dispute_replies_blind3.py``
(``blindc_NNN``, tests/data/disputes_blind3), a fifth writer's; ``--source blind4``
``dispute_replies_blind4.py`` (``blindd_NNN``, tests/data/disputes_blind4), a sixth writer's;
``--source blind5`` .. ``blind32`` (``blinde_NNN`` .. ``blindz_NNN``, then ``blindza_NNN`` ..
``blindzf_NNN``), the seventh to thirty-fourth writers'.
"""

import argparse
import html
import importlib
import json
import sys
from datetime import datetime, timedelta
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from dispute_replies_more import REPLIES  # noqa: E402

COMPANIES = {
    "bq": {
        "name": "Bergquell Haustechnik AG",
        "short": "Bergquell",
        "domain": "bergquell-haustechnik.ch",
        "mailbox": "debitoren",
        "country": "CH",
        "currency": "CHF",
        "signer": "Sandra Imhof",
        "address": "Bergquell Haustechnik AG | Tribschenstrasse 12 | 6005 Luzern",
    },
    "tv": {
        "name": "Tessiture Verbano SA",
        "short": "Tessiture Verbano",
        "domain": "tessiture-verbano.ch",
        "mailbox": "contabilita",
        "country": "CH",
        "currency": "CHF",
        "signer": "Chiara Bernasconi",
        "address": "Tessiture Verbano SA | Via della Pace 8 | 6600 Locarno",
    },
    "lx": {
        "name": "Lemanix Traductions Sàrl",
        "short": "Lemanix",
        "domain": "lemanix.ch",
        "mailbox": "factures",
        "country": "CH",
        "currency": "CHF",
        "signer": "Olivier Chappuis",
        "address": "Lemanix Traductions Sàrl | Av. de Cour 30 | 1007 Lausanne",
    },
    "mr": {
        "name": "Menuiserie Roche & Fils SARL",
        "short": "Menuiserie Roche",
        "domain": "menuiserie-roche.fr",
        "mailbox": "compta",
        "country": "FR",
        "currency": "EUR",
        "signer": "Nathalie Roche",
        "address": "Menuiserie Roche & Fils SARL | 14 route des Creuses | 74960 Cran-Gevrier",
    },
    # used by the second blind set only
    "fs": {
        "name": "Fiduciaire Sarine SA",
        "short": "Fiduciaire Sarine",
        "domain": "fiduciaire-sarine.ch",
        "mailbox": "comptabilite",
        "country": "CH",
        "currency": "CHF",
        "signer": "Isabelle Progin",
        "address": "Fiduciaire Sarine SA | Rue de Romont 22 | 1700 Fribourg",
    },
    "wl": {
        "name": "Webwerk Limmat GmbH",
        "short": "Webwerk Limmat",
        "domain": "webwerk-limmat.ch",
        "mailbox": "rechnungen",
        "country": "CH",
        "currency": "CHF",
        "signer": "Lukas Frei",
        "address": "Webwerk Limmat GmbH | Hardturmstrasse 161 | 8005 Zürich",
    },
    "lo": {
        "name": "Lumen & Ombre SARL",
        "short": "Lumen & Ombre",
        "domain": "lumen-ombre.fr",
        "mailbox": "factures",
        "country": "FR",
        "currency": "EUR",
        "signer": "Camille Berthier",
        "address": "Lumen & Ombre SARL | 9 quai Saint-Vincent | 69001 Lyon",
    },
}

# days from the invoice e-mail to each company message (30 days, +10, +14, +14)
STAGE_OFFSET = {"invoice": 0, "reminder_1": 40, "reminder_2": 54, "reminder_3": 68}


def money(amount, currency, lang):
    if currency == "CHF":
        whole, cents = f"{amount:,.2f}".split(".")
        return f"CHF {whole.replace(',', chr(39))}.{cents}"
    whole, cents = f"{amount:,.2f}".split(".")
    return f"{whole.replace(',', ' ')},{cents} €" if lang != "en" else f"EUR {amount:,.2f}"


def dmy(day):
    return day.strftime("%d.%m.%Y")


SUBJECTS = {
    "fr": {
        "invoice": "Facture {num} – {short}",
        "reminder_1": "Rappel : facture {num} échue",
        "reminder_2": "2e rappel : facture {num} impayée",
        "reminder_3": "Dernier rappel avant {threat} – facture {num}",
    },
    "de": {
        "invoice": "Ihre Rechnung {num} – {short}",
        "reminder_1": "Zahlungserinnerung Rechnung {num}",
        "reminder_2": "2. Mahnung Rechnung {num}",
        "reminder_3": "Letzte Mahnung Rechnung {num}",
    },
    "it": {
        "invoice": "Fattura {num} – {short}",
        "reminder_1": "Promemoria di pagamento fattura {num}",
        "reminder_2": "Secondo sollecito fattura {num}",
        "reminder_3": "Ultimo sollecito fattura {num}",
    },
    "en": {
        "invoice": "Invoice {num} from {short}",
        "reminder_1": "Payment reminder: invoice {num}",
        "reminder_2": "Second reminder: invoice {num} overdue",
        "reminder_3": "Final notice: invoice {num}",
    },
}

BODIES = {
    "fr": {
        "invoice": "{hello},\n\nVeuillez trouver ci-joint notre facture {num} du {inv} d'un montant de "
        "{amt}, payable à 30 jours, soit jusqu'au {due}.\n\nNous restons à votre disposition pour "
        "toute question.",
        "reminder_1": "{hello},\n\nSauf erreur de notre part, notre facture {num} du {inv} de {amt}, "
        "échue le {due}, n'a pas encore été réglée. Nous vous remercions de bien vouloir procéder "
        "au paiement dans les 10 jours.\n\nSi votre paiement s'est croisé avec ce rappel, merci "
        "de ne pas en tenir compte.",
        "reminder_2": "{hello},\n\nMalgré notre rappel, la facture {num} de {amt} (échéance {due}) "
        "reste impayée. {fee2}\n\nNous vous prions de régler le montant dû d'ici au {deadline}.",
        "reminder_3": "{hello},\n\nDernier rappel : la facture {num} de {amt}, échue depuis le {due}, "
        "n'est toujours pas payée. {fee3}\n\nSans paiement au {deadline}, nous engagerons {threat} "
        "sans autre avis.",
    },
    "de": {
        "invoice": "{hello}\n\nIn der Beilage erhalten Sie unsere Rechnung {num} vom {inv} über {amt}. "
        "Zahlbar innert 30 Tagen, d.h. bis {due}.\n\nFür Fragen stehen wir gerne zur Verfügung.",
        "reminder_1": "{hello}\n\nBei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass "
        "die Rechnung {num} vom {inv} über {amt} (fällig am {due}) noch offen ist. Wir bitten Sie, "
        "den Betrag innert 10 Tagen zu überweisen.\n\nSollte sich Ihre Zahlung mit dieser "
        "Erinnerung gekreuzt haben, betrachten Sie sie als gegenstandslos.",
        "reminder_2": "{hello}\n\nTrotz unserer Zahlungserinnerung ist die Rechnung {num} über {amt} "
        "(fällig am {due}) noch nicht bezahlt. {fee2}\n\nBitte begleichen Sie den Betrag bis "
        "{deadline}.",
        "reminder_3": "{hello}\n\nLetzte Mahnung: Die Rechnung {num} über {amt} ist seit {due} "
        "überfällig. {fee3}\n\nGeht die Zahlung nicht bis {deadline} ein, leiten wir ohne weitere "
        "Ankündigung die Betreibung ein.",
    },
    "it": {
        "invoice": "{hello},\n\nin allegato trova la nostra fattura {num} del {inv} di {amt}, pagabile "
        "entro 30 giorni, cioè entro il {due}.\n\nRestiamo a disposizione per qualsiasi domanda.",
        "reminder_1": "{hello},\n\ndalla nostra contabilità risulta che la fattura {num} del {inv} di "
        "{amt}, scaduta il {due}, non è ancora stata saldata. La preghiamo di effettuare il "
        "pagamento entro 10 giorni.\n\nSe il pagamento è già stato effettuato, consideri nullo il "
        "presente promemoria.",
        "reminder_2": "{hello},\n\nnonostante il nostro promemoria, la fattura {num} di {amt} (scadenza "
        "{due}) risulta ancora aperta. {fee2}\n\nLa preghiamo di saldare l'importo entro il "
        "{deadline}.",
        "reminder_3": "{hello},\n\nultimo sollecito: la fattura {num} di {amt} è scaduta dal {due}. "
        "{fee3}\n\nIn mancanza di pagamento entro il {deadline} avvieremo la procedura di "
        "esecuzione senza ulteriore avviso.",
    },
    "en": {
        "invoice": "{hello},\n\nPlease find attached our invoice {num} dated {inv} for {amt}, payable "
        "within 30 days, i.e. by {due}.\n\nDo not hesitate to contact us with any question.",
        "reminder_1": "{hello},\n\nAccording to our records, invoice {num} dated {inv} for {amt}, due "
        "on {due}, is still unpaid. Please arrange payment within 10 days.\n\nIf you have "
        "already paid, please disregard this reminder.",
        "reminder_2": "{hello},\n\nDespite our reminder, invoice {num} for {amt} (due {due}) remains "
        "overdue. {fee2}\n\nPlease settle the balance by {deadline}.",
        "reminder_3": "{hello},\n\nFinal notice: invoice {num} for {amt} has been overdue since {due}. "
        "{fee3}\n\nIf we do not receive payment by {deadline}, we will start {threat} without "
        "further notice.",
    },
}

FEES = {
    ("CH", "fr"): (
        "Des frais de rappel de CHF 20.00 sont ajoutés.",
        "Des frais de CHF 40.00 sont ajoutés.",
        "une poursuite",
    ),
    ("CH", "de"): (
        "Wir belasten Ihnen Mahngebühren von CHF 20.00.",
        "Wir belasten Ihnen Mahngebühren von CHF 40.00.",
        "Betreibung",
    ),
    ("CH", "it"): (
        "Addebitiamo spese di sollecito di CHF 20.00.",
        "Addebitiamo spese di CHF 40.00.",
        "esecuzione",
    ),
    ("CH", "en"): (
        "A reminder fee of CHF 20.00 is added.",
        "Fees of CHF 40.00 are added.",
        "debt collection (Betreibung)",
    ),
    ("FR", "fr"): (
        "Nous vous rappelons que tout retard entraîne des pénalités de retard et "
        "l'indemnité forfaitaire de 40 € pour frais de recouvrement (art. L441-10 du "
        "Code de commerce).",
        "L'indemnité forfaitaire de 40 € et les pénalités de retard sont désormais dues.",
        "une mise en demeure",
    ),
    ("FR", "en"): (
        "Late-payment penalties and the EUR 40 recovery fee apply (art. L441-10 French "
        "Commercial Code).",
        "The EUR 40 recovery fee and late-payment penalties are now due.",
        "formal notice (mise en demeure)",
    ),
}

HELLO = {"fr": "Bonjour {t}", "de": "Guten Tag {t}", "it": "Gentile {t}", "en": "Dear {t}"}
REGARDS = {
    "fr": "Meilleures salutations",
    "de": "Freundliche Grüsse",
    "it": "Cordiali saluti",
    "en": "Kind regards",
}
REGARDS_FR = {"fr": "Bien cordialement"}


def company_message(rep, co, when):
    lang = rep["co_lang"]
    num = rep["invoice_number"]
    inv_day = when - timedelta(days=STAGE_OFFSET[rep["reply_to"]])
    due = inv_day + timedelta(days=30)
    fee2, fee3, threat = FEES[(co["country"], lang)]
    values = {
        "hello": HELLO[lang].format(t=rep.get("salutation", rep["from_name"])),
        "num": num,
        "inv": dmy(inv_day) if lang != "en" else inv_day.strftime("%d %B %Y"),
        "due": dmy(due) if lang != "en" else due.strftime("%d %B %Y"),
        "amt": money(rep["invoice_amount"], co["currency"], lang),
        "deadline": dmy(when + timedelta(days=10))
        if lang != "en"
        else (when + timedelta(days=10)).strftime("%d %B %Y"),
        "fee2": fee2,
        "fee3": fee3,
        "threat": threat,
        "short": co["short"],
    }
    subject = SUBJECTS[lang][rep["reply_to"]].format(**values)
    regards = (REGARDS_FR if co["country"] == "FR" else REGARDS).get(lang, REGARDS[lang])
    body = BODIES[lang][rep["reply_to"]].format(**values)
    body += f"\n\n{regards}\n\n{co['signer']}\n{co['name']}\n{co['address']}"
    return subject, body


QUOTE_HEADERS = {
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:"),
    "en": ("From:", "Sent:", "To:", "Subject:"),
}
MONTHS = {
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}


def quote_intro(style, lang, when, sender):
    mon = MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if style == "apple":
        return {
            "fr": f"Le {when.day} {mon} {when.year} à {hm}, {sender} a écrit :",
            "de": f"Am {dmy(when)} um {hm} schrieb {sender}:",
            "it": f"Il giorno {when.day} {mon} {when.year}, alle ore {hm}, {sender} ha scritto:",
            "en": f"On {when.day} {mon} {when.year}, at {hm}, {sender} wrote:",
        }[lang]
    if style == "thunderbird":
        return {
            "fr": f"Le {dmy(when)} à {hm}, {sender} a écrit :",
            "de": f"Am {dmy(when)} um {hm} schrieb {sender}:",
            "it": f"Il {dmy(when)} {hm}, {sender} ha scritto:",
            "en": f"On {when.strftime('%d/%m/%Y')} {hm}, {sender} wrote:",
        }[lang]
    # gmail
    return {
        "fr": f"Le {when.day} {mon} {when.year} à {hm}, {sender} a écrit :",
        "de": f"Am {when.day}. {mon} {when.year} um {hm} schrieb {sender}:",
        "it": f"Il giorno {when.day} {mon} {when.year} alle ore {hm} {sender} ha scritto:",
        "en": f"On {when.strftime('%a')}, {when.day} {mon} {when.year} at {hm}, {sender} wrote:",
    }[lang]


def text_to_html(text):
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(line.startswith(("- ", "* ", "• ")) for line in lines if line):
            items = "".join(f"<li>{html.escape(line[2:])}</li>" for line in lines if line)
            out.append(f"<ul>{items}</ul>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(line) for line in lines) + "</p>")
    return "\n".join(out)


def build(rep, index):
    co = COMPANIES[rep["company"]]
    sent = datetime.fromisoformat(rep["date"])
    company_addr = f"{co['mailbox']}@{co['domain']}"
    company_from = f"{co['name']} <{company_addr}>"
    orig_when = sent - timedelta(days=rep.get("days_after", 2), hours=3, minutes=17)
    subject0, company_body = company_message(rep, co, orig_when)
    num = rep["invoice_number"]
    ref = f"<fincycle-inv-{num}@{co['domain']}>"
    client_lang = rep.get("client_lang", rep["language"] if rep["language"] != "mixed" else "de")
    text = rep["text"].strip("\n")
    quote = rep.get("quote", "none")
    qlang = client_lang
    html_quote = ""
    if quote == "outlook":
        h = QUOTE_HEADERS[qlang]
        block = (
            f"{h[0]} {company_from}\n{h[1]} {orig_when.strftime('%d.%m.%Y %H:%M')}\n"
            f"{h[2]} {rep['from_name']} <{rep['from_addr']}>\n{h[3]} {subject0}\n\n{company_body}"
        )
        sep = (
            "________________________________"
            if rep.get("outlook_line", True)
            else (
                "-----Original Message-----"
                if qlang == "en"
                else "-----Message d'origine-----"
                if qlang == "fr"
                else "-----Ursprüngliche Nachricht-----"
                if qlang == "de"
                else "-----Messaggio originale-----"
            )
        )
        plain = f"{text}\n\n{sep}\n{block}"
        html_quote = f"<hr><div>{text_to_html(block)}</div>"
    elif quote in ("gmail", "apple", "thunderbird"):
        intro = quote_intro(quote, qlang, orig_when, company_from)
        quoted = "\n".join(("> " + line) if line else ">" for line in company_body.split("\n"))
        if quote == "apple":
            plain = f"{text}\n\n{intro}\n>\n{quoted}"
        else:
            plain = f"{text}\n\n{intro}\n\n{quoted}"
        html_quote = (
            f'<div>{html.escape(intro)}<br><blockquote type="cite">'
            f"{text_to_html(company_body)}</blockquote></div>"
        )
    elif quote == "forward":
        head = {
            "fr": "---------- Message transféré ---------",
            "de": "---------- Weitergeleitete Nachricht ---------",
            "it": "---------- Messaggio inoltrato ---------",
            "en": "---------- Forwarded message ---------",
        }[qlang]
        h = {
            "fr": ("De :", "Date :", "Objet :", "À :"),
            "de": ("Von:", "Date:", "Subject:", "To:"),
            "it": ("Da:", "Data:", "Oggetto:", "A:"),
            "en": ("From:", "Date:", "Subject:", "To:"),
        }[qlang]
        fwd_addr = rep.get("fwd_to", rep["from_addr"])
        block = (
            f"{h[0]} {company_from}\n{h[1]} {format_datetime(orig_when)}\n{h[2]} {subject0}\n"
            f"{h[3]} {fwd_addr}\n\n{company_body}"
        )
        plain = f"{text}\n\n{head}\n{block}"
        html_quote = f"<div>{html.escape(head)}<br>{text_to_html(block)}</div>"
    else:
        plain = text
    if "plain_override" in rep:
        plain = rep["plain_override"]
    msg = EmailMessage(policy=policy.SMTP)
    host = rep["from_addr"].split("@")[1]
    msg["Return-Path"] = f"<{rep['from_addr']}>"
    msg["Received"] = (
        f"from mail.{host} (mail.{host} [203.0.113.{10 + index % 200}]) by mx.{co['domain']} "
        f"(Postfix) with ESMTPS id {index:04X}B7C{index * 7 % 97:02d} for <{company_addr}>; "
        f"{format_datetime(sent + timedelta(seconds=5))}"
    )
    msg["From"] = Address(rep["from_name"], addr_spec=rep["from_addr"])
    msg["To"] = Address(co["name"], addr_spec=company_addr)
    if rep.get("cc"):
        msg["Cc"] = rep["cc"]
    prefix = rep.get("re", "Re:")
    msg["Subject"] = rep.get("subject") or f"{prefix} {subject0}"
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{index:03d}.{sent.strftime('%Y%m%d%H%M%S')}.r{index * 31 % 1000}@{host}>"
    if quote == "forward" and rep.get("internal"):
        internal = f"<int-{index:03d}-{sent.strftime('%H%M')}@{host}>"
        msg["In-Reply-To"] = internal
        msg["References"] = f"{ref} {internal}"
    else:
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for key, value in rep.get("headers", {}).items():
        msg[key] = value
    mailer = rep.get("mailer")
    if mailer:
        msg["X-Mailer" if not mailer.startswith("Mozilla") else "User-Agent"] = mailer
    charset = rep.get("charset", "utf-8")
    cte = rep.get("cte", "quoted-printable")
    fmt = rep.get("format", "plain")
    body_html = rep.get("html") or (
        f'<html><body style="font-family:Calibri,sans-serif">{text_to_html(text)}'
        f"{html_quote}</body></html>"
    )
    if charset != "utf-8":  # legacy clients write what their charset can hold
        plain = plain.replace("\u2013", "-")
        body_html = body_html.replace("\u2013", "-")
    if fmt == "html":
        msg.set_content(body_html, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(plain, charset=charset, cte=cte)
        if fmt == "alt":
            msg.add_alternative(body_html, subtype="html", charset=charset, cte=cte)
    for att in rep.get("attachments", []):
        kind, name = att
        if kind == "pdf":
            data = (
                b"%PDF-1.4\n% synthetic stub\n1 0 obj << /Type /Catalog >> endobj\n"
                b"trailer << /Root 1 0 R >>\n%%EOF\n"
            )
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
        elif kind == "png":
            msg.add_attachment(
                b"\x89PNG\r\n\x1a\n" + bytes(64), maintype="image", subtype="png", filename=name
            )
        elif kind == "jpg":
            msg.add_attachment(
                b"\xff\xd8\xff\xe0" + bytes(64) + b"\xff\xd9",
                maintype="image",
                subtype="jpeg",
                filename=name,
            )
    for depth, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{index:03d}_{depth}_fincycle")  # stable across runs
    return msg


LABEL_KEYS = (
    "language",
    "category",
    "pause_dunning",
    "urgency",
    "disputed_amount",
    "promised_date",
    "mentions",
    "notes",
)


SOURCES = {
    "more": "disputes_more",
    "blind": "disputes_blind",
    "blind2": "disputes_blind2",
    "blind3": "disputes_blind3",
    "blind4": "disputes_blind4",
    "blind5": "disputes_blind5",
    "blind6": "disputes_blind6",
    "blind7": "disputes_blind7",
    "blind8": "disputes_blind8",
    "blind9": "disputes_blind9",
    "blind10": "disputes_blind10",
    "blind11": "disputes_blind11",
    "blind12": "disputes_blind12",
    "blind13": "disputes_blind13",
    "blind14": "disputes_blind14",
    "blind15": "disputes_blind15",
    "blind16": "disputes_blind16",
    "blind17": "disputes_blind17",
    "blind18": "disputes_blind18",
    "blind19": "disputes_blind19",
    "blind20": "disputes_blind20",
    "blind21": "disputes_blind21",
    "blind22": "disputes_blind22",
    "blind23": "disputes_blind23",
    "blind24": "disputes_blind24",
    "blind25": "disputes_blind25",
    "blind26": "disputes_blind26",
    "blind27": "disputes_blind27",
    "blind28": "disputes_blind28",
    "blind29": "disputes_blind29",
    "blind30": "disputes_blind30",
    "blind31": "disputes_blind31",
    "blind32": "disputes_blind32",
}
ID_PREFIX = {
    "blind2": "blindb",
    "blind3": "blindc",
    "blind4": "blindd",
    "blind5": "blinde",
    "blind6": "blindf",
    "blind7": "blindg",
    "blind8": "blindh",
    "blind9": "blindi",
    "blind10": "blindj",
    "blind11": "blindk",
    "blind12": "blindl",
    "blind13": "blindm",
    "blind14": "blindn",
    "blind15": "blindo",
    "blind16": "blindp",
    "blind17": "blindq",
    "blind18": "blindr",
    "blind19": "blinds",
    "blind20": "blindt",
    "blind21": "blindu",
    "blind22": "blindv",
    "blind23": "blindw",
    "blind24": "blindx",
    "blind25": "blindy",
    "blind26": "blindz",
    "blind27": "blindza",
    "blind28": "blindzb",
    "blind29": "blindzc",
    "blind30": "blindzd",
    "blind31": "blindze",
    "blind32": "blindzf",
}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out", nargs="?", type=Path, help="output folder")
    parser.add_argument("--source", choices=sorted(SOURCES), default="more")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    out = args.out or ROOT / "tests" / "data" / SOURCES[args.source]
    replies = REPLIES
    if args.source != "more":
        # each writer's set is its own module, dispute_replies_<source>.py, holding REPLIES
        replies = importlib.import_module(f"dispute_replies_{args.source}").REPLIES
    (out / "emails").mkdir(parents=True, exist_ok=True)
    manifest = []
    for index, rep in enumerate(replies, start=1):
        rid = f"{ID_PREFIX.get(args.source, args.source)}_{index:03d}"
        co = COMPANIES[rep["company"]]
        msg = build(rep, index)
        data = msg.as_bytes(policy=policy.SMTP)
        (out / "emails" / f"{rid}.eml").write_bytes(data)
        entry = {
            "id": rid,
            "language": rep["language"],
            "company_country": co["country"],
            "invoice_number": rep["invoice_number"],
            "invoice_amount": rep["invoice_amount"],
            "invoice_currency": co["currency"],
            "reply_to": rep["reply_to"],
        }
        for key in LABEL_KEYS[1:]:
            entry[key] = rep.get(key, [] if key == "mentions" else "" if key == "notes" else None)
        entry["pause_dunning"] = bool(entry["pause_dunning"])
        manifest.append(entry)
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(manifest)} e-mails written to {out}")


if __name__ == "__main__":
    main()
