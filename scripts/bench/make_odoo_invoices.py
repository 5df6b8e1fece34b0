#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Supplier invoices printed by Odoo 19 Community's own invoice report, with their truth.

    .venv/bin/python scripts/bench/make_odoo_invoices.py /tmp/odoo_corpus [--count 60]
        [--seed 19] [--scans 10] [--db fincycle_odoo_invoices] [--fresh] [--port 8206]
    .venv/bin/python scripts/bench/extraction.py /tmp/odoo_corpus --hide-xml [--split dev|held]
    .venv/bin/python scripts/bench/extraction.py /tmp/odoo_corpus            # Factur-X path

Many small Swiss and French suppliers invoice with Odoo: their bills are layouts our own
generator (``make_invoices.py``) never drew. This script makes such bills with Odoo itself, from
the Odoo of the venv, offline: a database (``--db``, created with ``account``, ``l10n_ch``,
``l10n_fr_account`` and ``account_edi_ubl_cii`` when it does not exist, or first dropped with
``--fresh``), one Swiss and one French issuing company whose name, address, VAT id, bank account,
document layout, font and colours change before each invoice, customers, posted customer
invoices and credit notes, each printed through ``account.account_invoices``
(``account.report_invoice_with_payments``) exactly as the Print menu does: the Swiss QR-bill that
l10n_ch merges onto the last page where Odoo prints one, and, for about 60 % of them, the
Factur-X XML that Send & Print embeds (``account_edi_ubl_cii``). An Odoo HTTP server runs on
``--port`` meanwhile, for wkhtmltopdf to load the report's styles.

What varies: the 7 external layouts of Odoo 19 CE (standard, boxed, bold, striped, bubble,
wave, folder), the 8 report fonts, primary/secondary colours, an optional tagline and footer
text (sometimes with the bank account), languages (fr_CH, de_CH, it_IT, en_GB for CH; fr_FR,
en_GB for FR) with their date and number formats, CHF and EUR, VAT 8.1/2.6/3.8 % (CH) and
20/10/5.5 % (FR), one to three rates per bill, line discounts, 1 to 45 lines (multi-page), credit
notes, the company's VAT id present or not, journal codes and numbering formats, communication
standards (Odoo's, RF creditor reference, numbers only, Swiss QRR on a QR-IBAN), payment terms or
a plain due date, legal forms SA/Sàrl/Sagl/AG/GmbH/SAS/SARL/EURL.

The truth comes from the records (``manifest.json``, the layout of ``/work/shared/samples/ocr``):
vendor = the issuing company, number, dates, currency, untaxed/VAT/total, the VAT rows
(rate, base, amount) of ``tax_totals``, IBAN, payment reference, customer. A field the page does
not show is null: Odoo prints the due date, the payment communication and its account only on
invoices (not credit notes), the company VAT id only when it has one; every value is also
checked against the page's text layer (flag ``<field>_not_printed`` and null when absent). A
payment reference that is the invoice number itself may be read empty
(``payment_reference_alternatives``). ``split`` is ``held`` for about 30 % of the bills, from a
hash of vendor, number and total, as ``make_real_corpus.py``.

Where the embedded Factur-X carries a value the page does not show (a credit note's due date
and account, a VAT id the layout leaves out), the record's value is also accepted
(``<field>_alternatives``): read from the XML it is right, and the text path cannot read it.

Rendering: the Debian wkhtmltopdf (unpatched Qt) ignores the separate header and footer pages
Odoo's patched one prints on every page, draws web fonts as outlines and paints a white page
under the Swiss payment part: here the header goes on top of the body and the footer after it
(once, not on every page), the report fonts are installed for it through fontconfig, and the
payment part's white page fill is removed, so that the PDFs read and look as Odoo's.
A long last page of a Swiss bill runs under the payment part, as it does in Odoo.

``--scans K`` adds K degraded images (``invoicegen/scan.py``: dpi, skew, blur, noise, JPEG) of
one-page bills (``<id>_scan``, kind ``image_scan``, no XML, same truth and split).
The corpus is generated: build it outside the repository, do not commit it.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_real_corpus  # noqa: E402

PY = str(ROOT / ".venv" / "bin" / "python")
CONF = str(ROOT / "odoo.conf")
MODULES = ["account", "l10n_ch", "l10n_fr_account", "account_edi_ubl_cii"]
HELD_SHARE = make_real_corpus.HELD_SHARE  # percent
LAYOUTS = ("standard", "boxed", "bold", "striped", "bubble", "wave", "folder")
FONTS = ("Lato", "Roboto", "Open_Sans", "Montserrat", "Oswald", "Raleway", "Tajawal", "Fira_Mono")
COLOURS = (
    ("#875A7B", "#6B7280"),
    ("#1F4E79", "#8FAADC"),
    ("#2E7D32", "#A5D6A7"),
    ("#B71C1C", "#424242"),
    ("#000000", "#777777"),
    ("#E65100", "#FFCC80"),
    ("#004D40", "#4DB6AC"),
    ("#3F51B5", "#C5CAE9"),
)
LANGS = {
    "CH": ("fr_CH", "de_CH", "it_IT", "en_GB", "de_CH", "fr_CH"),
    "FR": ("fr_FR",) * 4 + ("en_GB",),
}
RATES = {
    "CH": (Decimal("8.1"), Decimal("2.6"), Decimal("3.8")),
    "FR": (Decimal("20"), Decimal("10"), Decimal("5.5")),
}
CHART = {"CH": "ch", "FR": "fr"}
JOURNAL_CODES = {"CH": ("RE", "FA", "INV", "FT", "RG"), "FR": ("FAC", "FA", "F", "VT", "FV")}
# A custom first number sets the journal's format (Odoo continues the pattern it sees).
FIRST_NUMBERS = (None, None, "{y}-0001", "F{y}-00001", "{y}/0001", "R{yy}0001", "{y}.001")
SURNAMES = {
    "fr": ("Rochat", "Favre", "Bonvin", "Perrin", "Cuénod", "Jaquier", "Rossier", "Gay", "Pittet",
           "Lefèvre", "Girard", "Dumont", "Marchand", "Chevalier", "Fabre", "Robin", "Mercier"),
    "de": ("Brunner", "Zbinden", "Gerber", "Baumann", "Frei", "Huber", "Keller", "Meier",
           "Lüthi", "Wyss", "Schneider", "Hofer", "Aebi", "Steiner"),
    "it": ("Bernasconi", "Rezzonico", "Crivelli", "Pedrazzini", "Galli", "Canonica", "Ferrari"),
    "en": ("Alpine", "Helvetic", "Lakeside", "Summit", "Northgate", "Bluepeak", "Riverside"),
}  # fmt: skip
TRADES = {
    "fr": ("Menuiserie", "Informatique", "Conseil", "Imprimerie", "Électricité", "Traiteur",
           "Nettoyage", "Transports", "Architecture", "Fiduciaire", "Paysagisme", "Graphisme"),
    "de": ("Schreinerei", "Informatik", "Beratung", "Druckerei", "Elektro", "Reinigung",
           "Transporte", "Treuhand", "Gartenbau", "Sanitär", "Malerei", "Metallbau"),
    "it": ("Falegnameria", "Informatica", "Consulenze", "Tipografia", "Elettricità", "Trasporti"),
    "en": ("Software", "Consulting", "Print", "Engineering", "Logistics", "Design"),
}  # fmt: skip
FORMS = {
    ("CH", "fr"): ("SA", "Sàrl", "Sàrl"),
    ("CH", "de"): ("AG", "GmbH", "GmbH"),
    ("CH", "it"): ("SA", "Sagl"),
    ("CH", "en"): ("AG", "GmbH", "SA", "Ltd"),
    ("FR", "fr"): ("SAS", "SARL", "EURL", "SA"),
    ("FR", "en"): ("SAS", "SARL"),
}
CITIES = {
    "CH": {
        "fr": (("1003", "Lausanne"), ("1201", "Genève"), ("2000", "Neuchâtel"), ("1950", "Sion"),
               ("1700", "Fribourg"), ("1400", "Yverdon-les-Bains"), ("2300", "La Chaux-de-Fonds")),
        "de": (("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"),
               ("9000", "St. Gallen"), ("8400", "Winterthur"), ("5000", "Aarau"), ("7000", "Chur")),
        "it": (("6900", "Lugano"), ("6500", "Bellinzona"), ("6600", "Locarno"), ("6850", "Mendrisio")),
    },
    "FR": {"fr": (("75011", "Paris"), ("69003", "Lyon"), ("33000", "Bordeaux"), ("44000", "Nantes"),
                  ("31000", "Toulouse"), ("67000", "Strasbourg"), ("74000", "Annecy"), ("13001", "Marseille"))},
}  # fmt: skip
STREETS = {
    "fr": ("Rue du Lac", "Avenue de la Gare", "Chemin des Vignes", "Rue de la Poste",
           "Route de Berne", "Rue des Alpes", "Boulevard Voltaire", "Rue de la République"),
    "de": ("Bahnhofstrasse", "Hauptstrasse", "Seestrasse", "Industriestrasse", "Dorfstrasse",
           "Kirchweg", "Gewerbestrasse"),
    "it": ("Via Cantonale", "Via San Gottardo", "Via Nassa", "Corso Pestalozzi", "Via Lugano"),
}  # fmt: skip
CUSTOMERS = {
    "CH": ("Hôtel du Parc SA", "Bäckerei Sonnenschein GmbH", "Fondation Les Oliviers",
           "Garage Central AG", "Clinique Dentaire du Centre Sàrl", "Studio Lumen Sagl",
           "Verein Kulturhaus", "Gemeinde Oberdorf", "Pharmacie de la Gare SA", "TechNova AG"),
    "FR": ("Boulangerie Dupain SARL", "Hôtel Le Méridien Sud SAS", "Cabinet Moreau & Associés",
           "Mairie de Saint-Priest", "Atelier Verdier SAS", "Librairie des Arts SARL",
           "Clinique Saint-Louis SA", "Domaine des Trois Chênes EARL"),
}  # fmt: skip
ITEMS = {
    "fr": ("Heures de développement", "Installation et mise en service", "Forfait maintenance",
           "Matériel de bureau", "Déplacement", "Conseil stratégique", "Licence logicielle annuelle",
           "Impression flyers A5", "Nettoyage des locaux", "Pose de parquet", "Câblage réseau"),
    "de": ("Entwicklungsstunden", "Installation und Inbetriebnahme", "Wartungspauschale",
           "Büromaterial", "Anfahrt", "Strategieberatung", "Softwarelizenz jährlich",
           "Druck Flyer A5", "Unterhaltsreinigung", "Parkett verlegen", "Netzwerkverkabelung"),
    "it": ("Ore di sviluppo", "Installazione e messa in servizio", "Forfait manutenzione",
           "Materiale d'ufficio", "Trasferta", "Consulenza strategica", "Licenza software annuale"),
    "en": ("Development hours", "Installation and commissioning", "Maintenance package",
           "Office supplies", "Travel", "Strategy consulting", "Annual software licence",
           "Flyer printing A5", "Office cleaning", "Network cabling"),
}  # fmt: skip
TAGLINES = ("", "", "Qualité et précision depuis 1987", "Ihr Partner in der Region",
            "Swiss quality", "Artisan local", "")  # fmt: skip


def say(text):
    print(f"[odoo-invoices] {text}", flush=True)


# --- identifiers --------------------------------------------------------------------------------


def make_ids(rng, country):
    from invoicegen.identifiers import make_iban, make_vat  # noqa: PLC0415

    vat = make_vat(rng, country)
    if country == "CH":
        qr = rng.random() < 0.5
        iban = make_iban(
            rng, "CH", bank_code=rng.choice(["00767", "00700", "00235", "08390"]), qr=qr
        )
    else:
        iban = make_iban(rng, "FR", bank_code=rng.choice(["30004", "30003", "10107", "20041"]))
        qr = False
    return vat, iban, qr


def printed_vat(vat, country, lang):
    if country == "CH":
        d = vat[3:]
        suffix = {"de": "MWST", "fr": "TVA", "it": "IVA", "en": "MWST"}[lang[:2]]
        return f"CHE-{d[:3]}.{d[3:6]}.{d[6:]} {suffix}"
    return vat


def ident(value) -> str:
    return "".join(ch for ch in str(value).upper() if ch.isalnum())


# --- Odoo ---------------------------------------------------------------------------------------


def db_exists(db) -> bool:
    out = subprocess.run(["psql", "-lqt"], capture_output=True, text=True, check=False).stdout
    return any(line.split("|")[0].strip() == db for line in out.splitlines())


def ensure_database(db, fresh):
    if fresh and subprocess.run(["dropdb", "--if-exists", db], check=False).returncode:
        sys.exit(f"could not drop {db} (in use?)")
    if db_exists(db):
        return
    say(f"creating database {db} with {', '.join(MODULES)} (a few minutes)")
    result = subprocess.run(
        [PY, "-m", "odoo", "-c", CONF, "-d", db, "-i", ",".join(MODULES),
         "--stop-after-init", "--log-level=warn"],
        cwd=ROOT, check=False, capture_output=True, text=True,
    )  # fmt: skip
    if result.returncode:
        print(result.stdout[-3000:], result.stderr[-3000:], file=sys.stderr)
        sys.exit("installing the modules failed")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db, port):
    """An Odoo server for the report assets wkhtmltopdf loads (styles, fonts)."""
    proc = subprocess.Popen(
        [PY, "-m", "odoo", "-c", CONF, "-d", db, f"--db-filter=^{db}$", "--http-port", str(port),
         "--http-interface", "127.0.0.1", "--max-cron-threads", "0", "--log-level=warn"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/web/login", timeout=5)
            time.sleep(1)
            if proc.poll() is not None:
                sys.exit(f"port {port} is taken by another server")
            return proc
        except OSError:
            if proc.poll() is not None:
                sys.exit("the Odoo server did not start")
            time.sleep(1)
    proc.terminate()
    sys.exit("the Odoo server did not answer")


def fonts_config(folder: Path) -> str:
    """A fontconfig file that adds the report fonts Odoo ships (Lato, Roboto...) to the system's."""
    from odoo.modules.module import get_module_path  # noqa: PLC0415

    web = Path(get_module_path("web"))
    dirs = [str(web / "static" / "fonts")]
    folder.mkdir(parents=True, exist_ok=True)
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        + "".join(f"<dir>{d}</dir>" for d in dirs)
        + f"<cachedir>{folder / 'cache'}</cachedir></fontconfig>"
    )
    return str(conf)


_BODY_OPEN = re.compile(r"<body[^>]*>", re.IGNORECASE)
_CSS_LINK = re.compile(r'<link[^>]*href="([^"]*/web/assets/[^"]*\.css)"[^>]*/?>', re.IGNORECASE)
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}")
_SCRIPT = re.compile(r"<script.*?</script>", re.IGNORECASE | re.DOTALL)


def _inner_body(html: str) -> str:
    start = _BODY_OPEN.search(html)
    end = html.lower().rfind("</body>")
    return _SCRIPT.sub("", html[start.end() : end]) if start and end > 0 else ""


def patch_wkhtmltopdf(base_url: str) -> None:
    """Make the Debian wkhtmltopdf (unpatched Qt) print what Odoo's patched one prints.

    Unpatched Qt ignores --header-html/--footer-html (the company block and footer would be
    lost: they go at the top and the end of the body instead, once, not on every page), draws
    @font-face web fonts as outlines (no text layer: the same fonts are given to it installed,
    through fontconfig, and the @font-face rules are left out of the inlined CSS) and paints
    a white page under the Swiss payment part that l10n_ch lays over the invoice's last page
    (printed without background).
    """
    import odoo.addons.base.models.ir_actions_report as report_module  # noqa: PLC0415

    original = report_module._run_wkhtmltopdf
    if getattr(original, "fincycle_patched", False):
        return
    css_cache: dict[str, str] = {}

    def css_of(href: str) -> str:
        url = href if href.startswith("http") else base_url + href
        if url not in css_cache:
            with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - our own server
                css_cache[url] = _FONT_FACE.sub("", response.read().decode())
        return css_cache[url]

    def run(args):
        kept, extra, i = [], {}, 0
        while i < len(args):
            arg = args[i]
            if arg in ("--header-html", "--footer-html", "--header-spacing", "--footer-spacing"):
                extra[arg] = args[i + 1]
                i += 2
                continue
            if arg in ("--margin-top", "--margin-bottom") and "--header-html" in args:
                kept += [arg, "10"]  # the header and footer are in the body now
                i += 2
                continue
            kept.append(arg)
            i += 1
        header = Path(extra["--header-html"]).read_text() if "--header-html" in extra else ""
        footer = Path(extra["--footer-html"]).read_text() if "--footer-html" in extra else ""
        for body_path in [a for a in kept if a.endswith(".html")]:
            path = Path(body_path)
            html = path.read_text()
            start = _BODY_OPEN.search(html)
            end = html.lower().rfind("</body>")
            if start and end > 0 and (header or footer):
                # the footer follows the document, not the page break after it
                html = html.replace('<div style="page-break-after: always"></div>', "")
                end = html.lower().rfind("</body>")
                html = (
                    html[: start.end()] + _inner_body(header) + html[start.end() : end]
                    + _inner_body(footer) + html[end:]
                )  # fmt: skip
            html = _CSS_LINK.sub(lambda m: f"<style>{css_of(m.group(1))}</style>", html)
            path.write_text(html)
            qr_part = 'data-report-id="l10n_ch.l10n_ch_qr_report"' in html
        result = original(kept)
        if qr_part:  # laid over the invoice's last page: without the white page under it
            _clear_white_page(Path(kept[-1]))
        return result

    run.fincycle_patched = True
    report_module._run_wkhtmltopdf = run


_WHITE_PAGE = re.compile(rb"(1 1 1 scn\s+/\w+ gs\s+q\s+[-\d. ]+ cm\s+0 0 \d{3,4} \d{3,4} re\s+)f")


def _clear_white_page(path: Path) -> None:
    """Unpatched Qt fills every page white first; l10n_ch lays the payment part's page over
    the invoice's last page, which that fill would hide: the fill is left out."""
    from PyPDF2 import PdfFileReader, PdfFileWriter  # noqa: PLC0415
    from PyPDF2.generic import DecodedStreamObject, NameObject  # noqa: PLC0415

    if not path.exists():
        return
    reader = PdfFileReader(io.BytesIO(path.read_bytes()), strict=False)
    writer = PdfFileWriter()
    for page in reader.pages:
        data = page.getContents().getData()
        stream = DecodedStreamObject()
        stream.setData(_WHITE_PAGE.sub(rb"\1n", data, count=1))
        page[NameObject("/Contents")] = writer._add_object(stream)
        writer.addPage(page)
    out = io.BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())


def odoo_env(db):
    import odoo  # noqa: PLC0415
    from odoo.modules.registry import Registry  # noqa: PLC0415
    from odoo.tools import config  # noqa: PLC0415

    config.parse_config(["-c", CONF, "-d", db, "--log-level=warn"])
    registry = Registry(db)
    cr = registry.cursor()
    env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {"tracking_disable": True})
    return env, cr


def setup(env, port):
    env["ir.config_parameter"].set_param("report.url", f"http://127.0.0.1:{port}")
    env["ir.config_parameter"].set_param("web.base.url", f"http://127.0.0.1:{port}")
    langs = sorted({code for codes in LANGS.values() for code in codes} - {"en_US"})
    missing = [code for code in langs if not env["res.lang"]._lang_get(code)]
    for code in langs:
        env["res.lang"]._activate_lang(code)
    if missing:
        say(f"loading the translations of {', '.join(missing)}")
        env["ir.module.module"].search([("state", "=", "installed")])._update_translations(missing)
    env.ref("base.EUR").active = True
    env.ref("base.CHF").active = True
    companies = {}
    for country in ("CH", "FR"):
        name = f"Odoo invoices {country}"
        key = f"fincycle.odoo_invoices.company_{country}"
        company = (
            env["res.company"].browse(int(env["ir.config_parameter"].get_param(key, 0))).exists()
        )
        if not company:
            company = env["res.company"].create(
                {"name": name, "country_id": env.ref(f"base.{country.lower()}").id,
                 "currency_id": env.ref("base.CHF" if country == "CH" else "base.EUR").id}
            )  # fmt: skip
            env.user.company_ids |= company
            say(f"loading the {CHART[country]} chart of accounts")
            env["account.chart.template"].try_loading(
                CHART[country], company=company, install_demo=False
            )
            env["ir.config_parameter"].set_param(key, company.id)
        env.user.company_ids |= company
        companies[country] = company
        other = "EUR" if country == "CH" else "CHF"
        rate_model = env["res.currency.rate"]
        if not rate_model.search(
            [("company_id", "=", company.id), ("currency_id.name", "=", other)]
        ):
            rate_model.create(
                {"name": "2024-01-01", "company_id": company.id,
                 "currency_id": env.ref(f"base.{other}").id, "rate": 1.05 if other == "EUR" else 0.95}
            )  # fmt: skip
    env.cr.commit()
    return companies


def journal_for(env, company, country, rng, qr_iban=False):
    code = rng.choice(JOURNAL_CODES[country])
    ref_models = (
        ("ch", "ch", "odoo", "euro", "number")
        if country == "CH"
        else ("odoo", "odoo", "euro", "number")
    )
    model = "ch" if qr_iban else rng.choice(ref_models)  # a QR-IBAN takes QR references only
    journal = env["account.journal"].search(
        [("company_id", "=", company.id), ("type", "=", "sale"), ("code", "=", code),
         ("invoice_reference_model", "=", model)], limit=1,
    )  # fmt: skip
    if journal:
        return journal
    base, n = code, 1
    while env["account.journal"].search_count(
        [("company_id", "=", company.id), ("code", "=", code)]
    ):
        code = f"{base}{n}"  # the same code under another communication standard: a sibling
        n += 1
    sales = env["account.journal"].search(
        [("company_id", "=", company.id), ("type", "=", "sale")], order="id", limit=1
    )
    return env["account.journal"].create(
        {"name": f"Sales {code}", "code": code, "type": "sale", "company_id": company.id,
         "invoice_reference_model": model, "default_account_id": sales.default_account_id.id}
    )  # fmt: skip


def tax_of(env, company, rate):
    taxes = env["account.tax"].with_context(active_test=False).search(
        [("company_id", "=", company.id), ("type_tax_use", "=", "sale"), ("amount_type", "=", "percent"),
         ("amount", "=", float(rate))], order="active desc, sequence, id",
    ).filtered(lambda t: not t.price_include)  # fmt: skip
    if not taxes:
        raise SystemExit(f"no sale tax of {rate} % in {company.name}")
    if not taxes[0].active:  # the French chart ships the reduced rates archived
        taxes[0].active = True
    return taxes[0]


def vendor_of(rng, country, lang):
    key = lang[:2] if lang[:2] in SURNAMES else "en"
    surname, trade = rng.choice(SURNAMES[key]), rng.choice(TRADES[key])
    form = rng.choice(FORMS[(country, key)] if (country, key) in FORMS else FORMS[(country, "fr")])
    if key == "en" or rng.random() < 0.5:
        return f"{surname} {trade} {form}"
    return f"{trade} {surname} {form}"


def place_of(rng, country, lang):
    cities = CITIES[country]
    key = lang[:2] if lang[:2] in cities else rng.choice(sorted(cities))
    zip_, city = rng.choice(cities[key])
    street = rng.choice(STREETS[key if key in STREETS else "fr"])
    return f"{street} {rng.randint(1, 150)}", zip_, city


def dress_company(env, company, country, lang, rng, iban):  # noqa: PLR0917
    """The issuing company of this bill: a new name, address, VAT id and look."""
    name = vendor_of(rng, country, lang)
    while env["res.company"].search_count([("name", "=", name), ("id", "!=", company.id)]):
        name = vendor_of(rng, country, lang)
    street, zip_, city = place_of(rng, country, lang)
    vat, _, _ = make_ids(rng, country)
    with_vat = rng.random() < 0.8
    primary, secondary = rng.choice(COLOURS)
    layout = rng.choice(LAYOUTS)
    slug = re.sub(r"[^a-z]", "", name.split()[0].lower()) or "info"
    phone = rng.choice(["", f"+41 {rng.randint(21, 91)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"]
                       if country == "CH" else ["", f"+33 {rng.randint(1, 5)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"])  # fmt: skip
    email = f"info@{slug}.{country.lower()}" if rng.random() < 0.7 else ""
    website = f"www.{slug}.{country.lower()}" if rng.random() < 0.4 else ""
    vat_text = printed_vat(vat, country, lang) if with_vat else ""
    # The footer the Document Layout wizard proposes (phone, e-mail, website, VAT id), kept,
    # labelled or cleared by the user, sometimes with the bank account.
    style = rng.choice(["default", "default", "labelled", "labelled", "none"])
    vat_label = {"CH": {"de": "MWST-Nr.", "fr": "N° TVA", "it": "N. IVA", "en": "VAT"},
                 "FR": {"fr": "N° TVA intracom.", "en": "VAT"}}[country].get(lang[:2], "VAT")  # fmt: skip
    parts = []
    if style == "default":
        parts = [p for p in (phone, email, website, vat_text) if p]
    elif style == "labelled":
        parts = [p for p in (phone, email, website) if p] + (
            [f"{vat_label} {vat_text}"] if vat_text else []
        )
    footer_iban = rng.random() < 0.3
    if footer_iban:
        parts.append(f"IBAN {' '.join(iban[i : i + 4] for i in range(0, len(iban), 4))}")
    footer = " ".join(parts) if rng.random() < 0.5 else "<br/>".join(parts)
    vat_in_details = with_vat and rng.random() < 0.3
    company.write(
        {
            "name": name,
            "street": street,
            "zip": zip_,
            "city": city,
            "vat": vat_text or False,
            "phone": phone or False,
            "email": email or False,
            "website": website or False,
            # the company block of the header: the address, or details the user wrote
            "company_details": (
                f"<p>{name}<br/>{street}<br/>{zip_} {city}<br/>{vat_label} {vat_text}</p>"
                if vat_in_details else False
            ),
            "company_registry": False,
            "external_report_layout_id": env.ref(f"web.external_layout_{layout}").id,
            "font": rng.choice(FONTS),
            "primary_color": primary,
            "secondary_color": secondary,
            "report_header": rng.choice(TAGLINES),
            "report_footer": footer,
            "logo": False,
        }
    )  # fmt: skip
    return {
        "name": name,
        "vat": vat if with_vat else None,
        "layout": layout,
        "footer_iban": footer_iban,
    }


def customer_of(env, country, lang, rng):
    name = rng.choice(CUSTOMERS[country])
    street, zip_, city = place_of(rng, country, lang)
    vat = None
    if rng.random() < 0.4:
        from invoicegen.identifiers import make_vat  # noqa: PLC0415

        vat = make_vat(rng, country)
    partner = env["res.partner"].create(
        {"name": name, "is_company": True, "street": street, "zip": zip_, "city": city,
         "country_id": env.ref(f"base.{country.lower()}").id, "lang": lang,
         "vat": printed_vat(vat, country, lang) if vat else False}
    )  # fmt: skip
    return partner, vat


def lines_of(env, company, country, lang, rng, rates):  # noqa: PLR0917
    key = lang[:2] if lang[:2] in ITEMS else "en"
    many = rng.random() < 0.15
    count = rng.randint(28, 45) if many else rng.randint(1, 7)
    discount = rng.random() < 0.3
    commands = []
    for i in range(count):
        rate = rates[0] if i == 0 else rng.choice(rates)
        qty = rng.choice([1, 1, 2, 3, 5, 10, 0.5, 1.5, 4, 12, 24])
        price = round(
            rng.choice([rng.uniform(5, 120), rng.uniform(5, 120), rng.uniform(80, 900)]), 2
        )
        if price > 200 and qty > 3:
            qty = rng.choice([1, 2, 3])
        if rng.random() < 0.05:
            price = round(rng.uniform(1200, 6000), 2)
        values = {
            "name": rng.choice(ITEMS[key]) + ("" if rng.random() < 0.6 else f" {rng.randint(1, 12)}/{date.today().year}"),
            "quantity": qty,
            "price_unit": price,
            "tax_ids": [(6, 0, tax_of(env, company, rate).ids)],
        }  # fmt: skip
        if discount and rng.random() < 0.5:
            values["discount"] = rng.choice([5, 10, 15, 20, 2.5])
        commands.append((0, 0, values))
    return commands


def tax_rows(move):
    """(rate, base, amount) per VAT rate, as the report prints them (the move's tax totals)."""
    rows = []
    for subtotal in move.tax_totals.get("subtotals", []):
        for group in subtotal["tax_groups"]:
            taxes = move.env["account.tax"].browse(group["involved_tax_ids"])
            rates = {tax.amount for tax in taxes}
            rate = rates.pop() if len(rates) == 1 else None
            rows.append(
                {
                    "rate": rate,
                    "base": round(
                        group.get("display_base_amount_currency", group["base_amount_currency"]), 2
                    ),
                    "amount": round(group["tax_amount_currency"], 2),
                }
            )
    return sorted(rows, key=lambda row: row["rate"] or 0)


def render(env, move, facturx):
    pdf, _ = env["ir.actions.report"]._render_qweb_pdf("account.account_invoices", res_ids=move.ids)
    if facturx:
        data = {"pdf_attachment_values": {"raw": pdf}}
        env["account.move.send"].with_context(
            custom_template_facturx=True
        )._hook_invoice_document_after_pdf_report_render(move, data)
        pdf = data["pdf_attachment_values"]["raw"]
    return pdf


def page_text(pdf: bytes) -> tuple[str, int]:
    import pypdfium2 as pdfium  # noqa: PLC0415

    doc = pdfium.PdfDocument(pdf)
    return "\n".join(page.get_textpage().get_text_range() for page in doc), len(doc)


def printed(value, text) -> bool:
    return value in (None, "") or ident(value) in ident(text)


def make_one(env, companies, index, rng, out_files):
    country = "CH" if rng.random() < 0.6 else "FR"
    company = companies[country]
    env = env(context=dict(env.context, allowed_company_ids=[company.id]))
    company = company.with_env(env)
    lang = rng.choice(LANGS[country])
    _, iban, qr_iban = make_ids(rng, country)
    look = dress_company(env, company, country, lang, rng, iban)
    bank = env["res.partner.bank"].search(
        [("sanitized_acc_number", "=", iban), ("partner_id", "=", company.partner_id.id)]
    ) or env["res.partner.bank"].create(
        {"acc_number": iban, "partner_id": company.partner_id.id, "allow_out_payment": True}
    )
    currency = (
        "CHF"
        if country == "FR" and rng.random() < 0.05
        else ("EUR" if country == "FR" else ("EUR" if rng.random() < 0.2 else "CHF"))
    )
    customer, customer_vat = customer_of(env, country, lang, rng)
    credit = rng.random() < 0.15
    journal = journal_for(env, company, country, rng, qr_iban)
    invoice_date = date(2025, 1, 1) + timedelta(days=index * 7 + rng.randint(0, 6))
    n_rates = rng.choice([1, 1, 1, 2, 2, 3])
    rates = rng.sample(RATES[country], n_rates)
    values = {
        "move_type": "out_refund" if credit else "out_invoice",
        "partner_id": customer.id,
        "journal_id": journal.id,
        "invoice_date": invoice_date,
        "currency_id": env.ref(f"base.{currency}").id,
        "partner_bank_id": bank.id,
        "invoice_line_ids": lines_of(env, company, country, lang, rng, rates),
    }
    term = rng.choice([None, "account_payment_term_immediate", "account_payment_term_15days",
                       "account_payment_term_30days", "account_payment_term_30days",
                       "account_payment_term_45days", "account_payment_term_end_following_month"])  # fmt: skip
    if term:
        values["invoice_payment_term_id"] = env.ref(f"account.{term}").id
    else:
        values["invoice_date_due"] = invoice_date + timedelta(days=rng.choice([10, 20, 30, 60]))
    move = env["account.move"].with_company(company).create(values)
    first = rng.choice(FIRST_NUMBERS)
    if first and not env["account.move"].search_count(
        [("journal_id", "=", journal.id), ("state", "=", "posted")]
    ):
        move.name = first.format(y=invoice_date.year, yy=f"{invoice_date:%y}")
    move.action_post()
    facturx = rng.random() < 0.6
    pdf = render(env, move, facturx)
    text, pages = page_text(pdf)
    doc_id = f"odoo_{country.lower()}_{index:03d}"
    (out_files / f"{doc_id}.pdf").write_bytes(pdf)

    is_invoice = move.move_type == "out_invoice"
    has_qr = bool(country == "CH" and is_invoice and move.l10n_ch_is_qr_valid)
    ref = move.payment_reference if is_invoice else None
    ref_type = None
    if ref and re.fullmatch(r"\d{27}", ref):
        ref_type = "QRR"
    elif ref and ref.startswith("RF"):
        ref_type = "SCOR"
    truth = {
        "document_type": "invoice" if is_invoice else "credit_note",
        "vendor_name": look["name"],
        "vendor_vat": look["vat"],
        "vendor_vat_printed": company.vat or None,
        "vendor_iban": ident(iban) if (is_invoice or look["footer_iban"]) else None,
        "invoice_number": move.name,
        "invoice_date": move.invoice_date.isoformat(),
        "due_date": move.invoice_date_due.isoformat() if is_invoice else None,
        "currency": currency,
        "amount_untaxed": float(move.amount_untaxed),
        "taxes": tax_rows(move),
        "amount_tax": float(move.amount_tax),
        "amount_total": float(move.amount_total),
        "payment_reference": ref or None,
        "payment_reference_type": ref_type,
    }
    flags = []
    for name in ("vendor_vat", "vendor_iban", "invoice_number", "payment_reference"):
        if truth[name] and not printed(truth[name], text):
            flags.append(f"{name}_not_printed")
            truth[name] = None
    doc = {
        "id": doc_id,
        "file": f"files/{doc_id}.pdf",
        "source": "odoo19_report",
        "license": "generated (make_odoo_invoices.py)",
        "kind": "pdf_text",
        "pages": pages,
        "country": country,
        "language": lang[:2],
        "odoo_lang": lang,
        "layout": look["layout"],
        "font": company.font,
        "has_embedded_xml": facturx,
        "has_text_layer": True,
        "gt_origin": "Odoo records (account.move, res.company) at print time",
        **truth,
        "has_qr_bill": has_qr,
        "qr_iban": qr_iban,
        "customer_name": customer.name,
        "customer_vat": customer_vat,
        "lines": len(move.invoice_line_ids),
        "discount": any(line.discount for line in move.invoice_line_ids),
        "flags": flags,
        # the real e-invoice corpus's split (same hash, same 30 % held)
        "split": make_real_corpus.split_of(
            {
                "vendor_name": look["name"],
                "invoice_number": move.name,
                "amount_total": truth["amount_total"],
            }
        ),
        "sha256": hashlib.sha256(pdf).hexdigest(),
        "bytes": len(pdf),
    }
    if ref and ident(ref) == ident(move.name):
        doc["payment_reference_alternatives"] = [None]
    if facturx:
        # The embedded XML carries what the page may not print (a credit note's due date and
        # bank account, a VAT id the layout leaves out): read from it, the record's value is
        # right too; the text path (--hide-xml) cannot read it off the page.
        records = {
            "vendor_vat": look["vat"],
            "vendor_iban": ident(iban),
            "due_date": move.invoice_date_due.isoformat() if move.invoice_date_due else None,
            "payment_reference": move.payment_reference or None,
        }
        for name, value in records.items():
            if value and doc[name] is None:
                doc.setdefault(f"{name}_alternatives", []).append(value)
    env.cr.commit()
    return doc, pdf


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--scans", type=int, default=0, help="degraded images of K one-page bills")
    parser.add_argument("--db", default="fincycle_odoo_invoices")
    parser.add_argument("--fresh", action="store_true", help="drop the database first")
    parser.add_argument(
        "--port", type=int, help="HTTP port of the asset server (default: a free one)"
    )
    parser.add_argument("--setup-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.setup_only:  # languages, companies, charts: in a process of their own (below)
        env, cr = odoo_env(args.db)
        try:
            setup(env, args.port)
        finally:
            cr.close()
        return 0
    ensure_database(args.db, args.fresh)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("terminated"))  # stop the server too
    port = args.port or free_port()
    server = start_server(args.db, port)
    try:
        # Loading charts and languages leaves this process's registry half stale (computed
        # fields of other modules missing): they are loaded by a process of their own first.
        subprocess.run(
            [PY, __file__, str(args.out), "--setup-only", "--db", args.db, "--port", str(port)],
            check=True,
        )
        env, cr = odoo_env(args.db)
        os.environ["FONTCONFIG_FILE"] = fonts_config(
            Path(tempfile.mkdtemp(prefix="odoo-invoice-fonts-"))
        )
        patch_wkhtmltopdf(f"http://127.0.0.1:{port}")
        try:
            companies = setup(env, port)  # already there: finds them
            files = args.out / "files"
            files.mkdir(parents=True, exist_ok=True)
            rng = random.Random(args.seed)
            documents, pdfs = [], {}
            for index in range(1, args.count + 1):
                doc, pdf = make_one(
                    env, companies, index, random.Random(rng.randrange(2**32)), files
                )
                documents.append(doc)
                pdfs[doc["id"]] = pdf
                say(f"{doc['id']} {doc['layout']:<8} {doc['odoo_lang']} {doc['invoice_number']} "
                    f"{doc['currency']} {doc['amount_total']} pages={doc['pages']} xml={doc['has_embedded_xml']}")  # fmt: skip
        finally:
            cr.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    if args.scans:
        from invoicegen.scan import scan  # noqa: PLC0415

        srng = random.Random(args.seed + 1)
        singles = [d for d in documents if d["pages"] == 1]
        for doc in srng.sample(singles, min(args.scans, len(singles))):
            data, ext, params = scan(pdfs[doc["id"]], srng)
            scan_id = f"{doc['id']}_scan"
            (files / f"{scan_id}.{ext}").write_bytes(data)
            scan_doc = {k: v for k, v in doc.items() if not k.endswith("_alternatives")}
            scan_doc.update({k: v for k, v in doc.items() if k == "payment_reference_alternatives"})
            for name in ("vendor_vat", "vendor_iban", "due_date", "payment_reference"):
                values = [v for v in scan_doc.get(f"{name}_alternatives", []) if v is None]
                if f"{name}_alternatives" in scan_doc:
                    scan_doc[f"{name}_alternatives"] = values  # no XML in a scan
            documents.append(
                {**scan_doc, "id": scan_id, "file": f"files/{scan_id}.{ext}", "kind": "image_scan",
                 "has_embedded_xml": False, "has_text_layer": False, "scan": params, "derived_from": doc["id"],
                 "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
            )  # fmt: skip
    manifest = {
        "set": "odoo19_report",
        "seed": args.seed,
        "split_rule": f"sha256(vendor_name|invoice_number|amount_total) % 100 < {HELD_SHARE} -> held",
        "count": len(documents),
        "splits": {s: sum(d["split"] == s for d in documents) for s in ("dev", "held")},
        "documents": documents,
    }
    (args.out / "manifest.json").write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n"
    )
    say(
        f"{len(documents)} documents ({manifest['splits']['dev']} dev, {manifest['splits']['held']} held) in {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
