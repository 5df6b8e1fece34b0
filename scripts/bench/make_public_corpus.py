#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
r"""A corpus of real non-XML invoices (text PDFs, image-only PDFs, images) from public
repositories, with ground truth read off the page by hand.

    .venv/bin/python scripts/bench/make_public_corpus.py /tmp/public_corpus SOURCE [SOURCE...]
    .venv/bin/python scripts/bench/extraction.py /tmp/public_corpus --split held [--misses]
    .venv/bin/python scripts/bench/extraction.py /tmp/public_corpus --split held --kind pdf_text

The list of documents and their expected values is ``scripts/bench/public_truth.json``
(committed; its ``conventions`` say how each field was read, every document says how it was
``checked``). This script only fetches the files it names (repository, path, commit) from
the SOURCEs, copies them to ``OUT/files/<id>.<ext>`` and writes ``OUT/manifest.json`` in the
layout of ``../shared/samples/ocr/manifest.json`` (amounts as numbers, taxes as
``{rate, base, amount}``), so ``extraction.py`` scores it like the other corpora.

A SOURCE is a git directory (bare or not) that holds the commit a document names, for
example the mirrors of:

    https://github.com/invoice-x/invoice2data        (MIT; tests/compare, older test PDFs)
    https://github.com/daiyyr/invoice2data           (MIT fork; New Zealand bills)
    https://github.com/ZUGFeRD/corpus                (Apache-2.0; unstructured/)
    https://github.com/grap/grap-odoo-incubator      (AGPL-3.0; French suppliers' invoices)
    https://github.com/softmatic/vision-data         (CC-BY-4.0; 300 dpi scans of German till receipts:
                                                      Aldi, Lidl, Marktkauf, real, ROLLER, Saturn, Media
                                                      Markt, toom, Rossmann, two fuel stations...)
    https://github.com/OCA/edi                       (AGPL-3.0; a Gandi invoice in the invoice2data tests)
    https://github.com/jnvdx6/skymedic-odoo          (LGPL-3.0; only addons/: the Odoo CE demo vendor
                                                      bills of account and l10n_in)
    https://github.com/Securibox/facturx             (MIT; a French hotel invoice, the plain PDF of a test)
    https://github.com/ZUGFeRD/mustangproject        (Apache-2.0; the blank GnuAccounting sample invoices)
    https://github.com/konik-io/konik                (AGPL-3.0; the plain PDF of the Acme sample invoice)
    https://github.com/stephanstapel/ZUGFeRD-csharp  (Apache-2.0; an anonymised hotel bill with an OCR text
                                                      layer, from the FeRD package in documentation/)
    https://github.com/Azure-Samples/document-intelligence-code-samples (MIT; a Contoso invoice)
    https://github.com/GoogleCloudPlatform/document-ai-samples (Apache-2.0; a plumber's invoice, Google Sheets)
    https://github.com/aws-samples/amazon-textract-textractor (Apache-2.0; the Sliced Invoices demo)
    https://github.com/schoero/swissqrbill           (MIT; a Swiss invoice with its QR-bill, PDFKit)
    https://github.com/ad-si/invoice-maker           (ISC; a Typst invoice in German and in French)
    https://github.com/baptistejamin/node-microinvoice (MIT; a PDFKit invoice, the buyer printed first)
    https://github.com/ReceiptManager/receipt-parser-legacy  (Apache-2.0; photos of German receipts)
    https://github.com/MrKrisKrisu/REWE-eReceipt-Parser      (MIT; an anonymised REWE e-receipt)
    https://github.com/webD97/rewe-ebon-parser               (MIT; five REWE e-receipts, two markets)
    https://github.com/MrKrisKrisu/Lidl-eReceipt-Parser      (MIT; a Lidl app receipt screenshot)
    https://github.com/rients2/AH_kassabonnen                (MIT; an Albert Heijn receipt image)
    https://github.com/manfredbork/receipt_recognition       (MIT; phone photos of German receipts,
                                                              akzenta, EDEKA, REWE, Kaufpark, Lidl)
    https://github.com/mrzool/invoice-boilerplate    (GPL-2.0; the pandoc/LaTeX letter invoice's output)
    https://github.com/treyhunner/invoices           (MIT; a LaTeX invoice class's example)
    https://github.com/MJochim/LaTeX-Rechnung        (MIT; a three-page German LaTeX invoice, Obelix)
    https://github.com/koodilehto/invoice-latex      (MIT; a Finnish LaTeX invoice with its giro form)
    https://github.com/dominem/faktura               (EPL-2.0; a Polish 'Faktura' example)
    https://github.com/famoser/pdf-generator         (MIT; a Swiss invoice on a page in points)
    https://github.com/h1dd3nsn1p3r/pdf-invoice      (MIT; a PDFKit invoice with Spanish labels)
    https://github.com/maelgangloff/signed-invoice   (GPL-3.0; a Paris invoice with a signed QR stamp)
    https://github.com/PyAr/pyafipws                 (LGPL-3.0; an Argentine AFIP 'Factura A' sample)
    https://github.com/zzkt/yoyodyne                 (GPL-3.0; the Yoyodyne example invoice)
    https://github.com/eniallator/Invoice-Generator  (MIT; a British LaTeX invoice example)
    https://github.com/lowlandresearch/invoicing     (MIT; a LaTeX invoice, LARC)
    https://github.com/slashtechno/toggl-invoice-generator (MIT; a ReportLab invoice example)
    real bills kept as test files by PDF libraries and receipt scanners:
    https://github.com/ajeibbotson-cmyk/reminder-mvp (MIT; Pop Trading Company wholesale invoices, NL)
    https://github.com/smalot/pdfparser              (LGPL-3.0; bug samples: Electro Ouest, IAA, MANESTO)
    https://github.com/HelgeSverre/receipt-scanner   (MIT; Human Music BV invoice, Wolt and SPAR receipts)
    https://github.com/run-llama/llama_parse         (MIT; a Stripe receipt of Noisebridge)
    https://github.com/Hopding/pdf-lib               (MIT; a Microsoft Ireland invoice in Norwegian)
    https://github.com/UglyToad/PdfPig               (Apache-2.0; a Sound and Vision OÜ invoice)
    https://github.com/yob/pdf-reader                (MIT; a Centre Com tax invoice with an OCR layer)
    https://github.com/pdfminer/pdfminer.six         (MIT; a Lenze B.V. invoice)
    https://github.com/PrinsFrank/pdfparser          (MIT; a scanned French butcher's invoice)
    https://github.com/pymupdf/PyMuPDF               (AGPL-3.0; a scanned Austrian car dealer's invoice)
    https://github.com/ArtifexSoftware/pdf2docx      (MIT; a China Mobile bill, its number blanked)
    https://github.com/curious-odd-man/rimi-receipt-ocr-and-parsing (GPL-3.0; a Rimi e-receipt, LV)
    https://github.com/jakartaresearch/receipt-ocr   (MIT; a restaurant receipt photo, ID)
    bills and receipts kept by document-AI, OCR and expense projects (stop 32):
    https://github.com/veryfi/veryfi-python          (MIT; a Walgreens receipt photo, San Mateo)
    https://github.com/veryfi/veryfi-java            (MIT; a Home Depot receipt photo, Colorado Springs)
    https://github.com/getomni-ai/zerox              (MIT; a Walmart receipt photo, a Chinese toll VAT
                                                      e-invoice, a sample Australian shipping invoice)
    https://github.com/Zipstack/llm-whisperer-python-client (MIT; a Bangalore restaurant bill photo in a PDF)
    https://github.com/mistralai/cookbook            (MIT; a Palo Alto parking receipt, Canada Post's sample invoice)
    https://github.com/run-llama/llama_cloud_services (MIT; a McDonald's receipt image)
    https://github.com/docling-project/docling       (MIT; the Swiss QR-bill style guide's example image)
    https://github.com/LibrePDF/OpenPDF              (MPL-2.0 OR LGPL-2.1+; a Norwegian test 'Faktura')
    https://github.com/pymupdf/PyMuPDF-Utilities     (AGPL-3.0; a one-line invoice)
    https://github.com/aws-samples/amazon-textract-response-parser (Apache-2.0; a sample invoice image)
    https://github.com/ksef4dev/ksef-fop             (Apache-2.0; a Polish KSeF invoice visualisation)
    https://github.com/CatchTheTornado/text-extract-api (MIT; a printed and scanned invoice with a signature)
    https://github.com/excid3/receipts               (MIT; the receipts gem's example receipt)
    https://github.com/raphkun/spendesk-utils        (ISC, declared in package.json; a Focusmatic SaaS
                                                      invoice FR, a MOO print invoice in French)
    https://github.com/jbms/beancount-import         (GPL-2.0; an ice rink's receipt photo, San Jose)
    https://github.com/aidoczh/openai-cookbook-zh    (MIT, a copy of openai/openai-cookbook's
                                                      examples/data/hotel_invoices, too large to fetch:
                                                      German hotel invoices of 2019, Madison Hamburg,
                                                      Hampton by Hilton, Motel One, Moxy, Mercure,
                                                      Citadines, Premier Inn; one split_group per hotel)
    https://github.com/HelgeSverre/extractor        (MIT; an Elkjøp store receipt PDF, Bergen)
    https://github.com/ManuelB/add-zugferd-to-pdf   (AGPL-3.0; a Deutsche Bahn online ticket, 2016)
    https://github.com/sonst-was/eBonsParser        (MIT; a Thalia/Mayersche e-receipt, Aachen)
    https://github.com/sadanakb/rechnungswerk       (AGPL-3.0 per its LICENSE; a CALCUSO GmbH invoice,
                                                      an amazon.de marketplace invoice)
    https://github.com/yauheniya-ai/finanzamt       (MIT; two image-only demo invoices, Vienna, Germany)
    https://github.com/hiancdtrsnm/mercadona-ticket (GPL-3.0; two Mercadona simplified invoices, ES)
    https://github.com/AmaiaBerrocal/thermostate    (GPL-3.0; a Mercadona and an Eroski TicketBAI
                                                      simplified invoice, ES)
    sample and test files of document tools, DMS and document-AI SDKs (stop 33):
    https://github.com/paperless-ngx/paperless-ngx  (GPL-3.0; a Google Workspace invoice, redacted)
    https://github.com/modesty/pdf2json             (Apache-2.0; a Didi Chuxing VAT e-invoice, Tianjin)
    https://github.com/snowflakedb/snowpark-python  (Apache-2.0; YesLogic's own Prince sample invoice)
    https://github.com/docling-project/docling-parse (MIT; a Brazilian NFS-e service invoice)
    https://github.com/deepdoctection/deepdoctection (Apache-2.0; a scanned pro-forma invoice, BE)
    https://github.com/robocorp/example-document-ai (Apache-2.0; a Cleverbridge GmbH invoice, DE)
    https://github.com/robocorp/example-idp-nanonets-ui (Apache-2.0; a Stripe-hosted invoice, US)
    https://github.com/klippa-app/js-dochorizon-sdk (MIT; two draft invoices of KlippaCast B.V., NL)
    https://github.com/edenai/edenai-apis           (Apache-2.0; an Auchan receipt photo, Brasov)
    https://github.com/mindee/react-mindee-js       (MIT; a Café Wings receipt DE, a Montreal deli bill)
    https://github.com/mindee/demo-Python-SDK       (Apache-2.0; a London pub receipt, an Exxon pump
                                                      receipt, a Macrogen lab invoice)
    https://github.com/dottxt-ai/outlines           (Apache-2.0; a Trader Joe's receipt photo)
    https://github.com/data-players/Marker-OCR-API  (GPL-3.0; a SCIC DATA PLAYERS invoice, Nantes)
    https://github.com/mindee/mindee-api-java       (MIT; an Arcane Industries invoice, Aubagne FR)
    https://github.com/abbyy/ocrsdk.com             (Apache-2.0; a Target receipt photo, San José)
    https://github.com/pbock/ticket-parser          (MIT; its author's Deutsche Bahn ticket photo)
    https://github.com/JohnMorphy/PDFLayoutTextStripper (Apache-2.0; an OpenAI ChatGPT Plus invoice)
    (and OCA/edi above: a Decathlon España invoice in test_base_import_pdf_by_template, branch 17.0)
    invoice templates' own example renders and utility-bill parsers' test files (stop 34):
    https://github.com/leonieziechmann/invoice-pro  (MIT; a Typst DIN 5008 invoice, three VAT rates)
    https://github.com/WilstonOreo/invoist          (MIT; a monospace Typst invoice, Berlin)
    https://github.com/diorcety/typst-business-templates (MIT; a web agency's two-page invoice, Köln)
    https://github.com/DeVinci-FabLab/Invoice-templates (MIT; a student association's LaTeX facture)
    https://github.com/erictapen/typst-invoice      (MIT-0; a small business's invoice without VAT)
    https://github.com/DidgetyTech/utility-bills-processor (MIT; National Grid gas, a town's water bill, US)
    https://github.com/HutsonJason/power-bill-extractor (MIT in pyproject.toml; four FPL bills, branch update)
    https://github.com/parsee-ai/parsee-datasets   (MIT; 15 SaaS and service invoices to one German buyer:
                                                    Medienpilot, CCM19, Storyblok, Indeed, Google, Atlassian...)
    https://github.com/parsee-ai/parsee-core       (MIT; a Midjourney invoice in its tests)
    https://github.com/fakturoid/fakturoid-php     (MIT; a Fakturoid 'Faktura' test fixture, placeholder seller,
                                                    at a commit of 2018 no longer in HEAD)

The mirrors as ``fetch`` brings them (``M=/work/.mirror``), the full command line:

    .venv/bin/python scripts/bench/make_public_corpus.py /tmp/public_corpus16 \
        $M/invoice-x+invoice2data/repo $M/daiyyr+invoice2data/repo $M/ZUGFeRD+corpus/repo \
        $M/grap+grap-odoo-incubator/repo $M/softmatic+vision-data/repo $M/OCA+edi/repo \
        $M/ReceiptManager+receipt-parser-legacy/repo $M/MrKrisKrisu+REWE-eReceipt-Parser/repo \
        $M/webD97+rewe-ebon-parser/repo $M/MrKrisKrisu+Lidl-eReceipt-Parser/repo \
        $M/rients2+AH_kassabonnen/repo $M/manfredbork+receipt_recognition/repo \
        $M/jnvdx6+skymedic-odoo/repo $M/Securibox+facturx/repo $M/ZUGFeRD+mustangproject/repo \
        $M/konik-io+konik/repo $M/stephanstapel+ZUGFeRD-csharp/repo \
        $M/Azure-Samples+document-intelligence-code-samples/repo \
        $M/GoogleCloudPlatform+document-ai-samples/repo $M/aws-samples+amazon-textract-textractor/repo \
        $M/schoero+swissqrbill/repo $M/ad-si+invoice-maker/repo $M/baptistejamin+node-microinvoice/repo \
        $M/mrzool+invoice-boilerplate/repo $M/treyhunner+invoices/repo $M/MJochim+LaTeX-Rechnung/repo \
        $M/koodilehto+invoice-latex/repo $M/dominem+faktura/repo $M/famoser+pdf-generator/repo \
        $M/h1dd3nsn1p3r+pdf-invoice/repo $M/maelgangloff+signed-invoice/repo $M/PyAr+pyafipws/repo \
        $M/zzkt+yoyodyne/repo $M/eniallator+Invoice-Generator/repo $M/lowlandresearch+invoicing/repo \
        $M/slashtechno+toggl-invoice-generator/repo $M/ajeibbotson-cmyk+reminder-mvp/repo \
        $M/smalot+pdfparser/repo $M/HelgeSverre+receipt-scanner/repo $M/run-llama+llama_parse/repo \
        $M/Hopding+pdf-lib/repo $M/UglyToad+PdfPig/repo $M/yob+pdf-reader/repo \
        $M/pdfminer+pdfminer.six/repo $M/PrinsFrank+pdfparser/repo $M/pymupdf+PyMuPDF/repo \
        $M/ArtifexSoftware+pdf2docx/repo $M/curious-odd-man+rimi-receipt-ocr-and-parsing/repo \
        $M/jakartaresearch+receipt-ocr/repo $M/veryfi+veryfi-python/repo $M/veryfi+veryfi-java/repo \
        $M/getomni-ai+zerox/repo $M/Zipstack+llm-whisperer-python-client/repo \
        $M/mistralai+cookbook/repo $M/run-llama+llama_cloud_services/repo \
        $M/docling-project+docling/repo $M/LibrePDF+OpenPDF/repo $M/pymupdf+PyMuPDF-Utilities/repo \
        $M/aws-samples+amazon-textract-response-parser/repo $M/ksef4dev+ksef-fop/repo \
        $M/CatchTheTornado+text-extract-api/repo $M/excid3+receipts/repo \
        $M/raphkun+spendesk-utils/repo $M/jbms+beancount-import/repo \
        $M/aidoczh+openai-cookbook-zh/repo $M/HelgeSverre+extractor/repo \
        $M/ManuelB+add-zugferd-to-pdf/repo $M/sonst-was+eBonsParser/repo \
        $M/sadanakb+rechnungswerk/repo $M/yauheniya-ai+finanzamt/repo \
        $M/hiancdtrsnm+mercadona-ticket/repo $M/AmaiaBerrocal+thermostate/repo \
        $M/paperless-ngx+paperless-ngx/repo $M/modesty+pdf2json/repo \
        $M/snowflakedb+snowpark-python/repo $M/docling-project+docling-parse/repo \
        $M/deepdoctection+deepdoctection/repo $M/robocorp+example-document-ai/repo \
        $M/robocorp+example-idp-nanonets-ui/repo $M/klippa-app+js-dochorizon-sdk/repo \
        $M/edenai+edenai-apis/repo $M/mindee+react-mindee-js/repo \
        $M/mindee+demo-Python-SDK/repo $M/dottxt-ai+outlines/repo \
        $M/data-players+Marker-OCR-API/repo $M/mindee+mindee-api-java/repo \
        $M/abbyy+ocrsdk.com/repo $M/pbock+ticket-parser/repo \
        $M/JohnMorphy+PDFLayoutTextStripper/repo $M/leonieziechmann+invoice-pro/repo \
        $M/WilstonOreo+invoist/repo $M/diorcety+typst-business-templates/repo \
        $M/DeVinci-FabLab+Invoice-templates/repo $M/erictapen+typst-invoice/repo \
        $M/DidgetyTech+utility-bills-processor/repo $M/HutsonJason+power-bill-extractor/repo \
        $M/parsee-ai+parsee-datasets/repo $M/parsee-ai+parsee-core/repo $M/fakturoid+fakturoid-php/repo

``--permissive-only`` leaves out the documents under a copyleft licence (AGPL/GPL/LGPL/EPL/MPL).
The files are third-party documents under their repositories' licences: build the corpus outside the
repository, never commit it. A document whose file is also in ``../shared/samples/ocr`` (a
set the reader is tuned on) is left out.

``split``: the whole corpus is ``held`` (never tuned on) while it holds at most 30 distinct
invoices; beyond that (or with ``--held-share N``) an invoice is held when
sha256(vendor_name|invoice_number|amount_total) % 100 < N (50), so a PDF and its image copy
land on the same side. ``flags`` (see the truth file) mark the fields a text reader cannot
see or that are debatable: ``extraction.py --skip-flagged`` scores the others alone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRUTH = Path(__file__).resolve().with_name("public_truth.json")
SHARED_SAMPLES = ROOT.parent / "shared" / "samples" / "ocr" / "manifest.json"
ALL_HELD_UP_TO = 30  # distinct invoices
HELD_SHARE = 50  # percent, once the corpus is larger than ALL_HELD_UP_TO
COPYLEFT = ("AGPL", "GPL", "LGPL", "EPL", "MPL")
AMOUNTS = ("amount_untaxed", "amount_tax", "amount_total")
COPIED = (
    "country",
    "language",
    "document_type",
    "vendor_name",
    "vendor_vat",
    "vendor_iban",
    "invoice_number",
    "invoice_date",
    "due_date",
    "currency",
)


def _number(value):
    return None if value is None else float(Decimal(value))


def invoice_key(doc: dict) -> str:
    return f"{doc.get('vendor_name') or ''}|{doc.get('invoice_number') or ''}|{doc.get('amount_total') or ''}"


def split_of(doc: dict, held_share: int | None) -> str:
    """``held`` for every document when ``held_share`` is None, else by a hash of the invoice,
    or of its ``split_group``: the invoices of one writer (one hotel's folios) all land on the
    same side, so that tuning on one of them never reads another of the held part."""
    if held_share is None:
        return "held"
    key = doc.get("split_group") or invoice_key(doc)
    digest = hashlib.sha256(key.encode()).hexdigest()
    return "held" if int(digest, 16) % 100 < held_share else "dev"


def git_dir(source: Path) -> Path:
    """The git directory of a SOURCE: itself (bare), its .git, or a ``repo`` inside it."""
    for candidate in (source, source / ".git", source / "repo", source / "repo" / ".git"):
        if (candidate / "objects").is_dir() and (candidate / "HEAD").is_file():
            return candidate
    return source


def read_blob(sources: list[Path], commit: str, path: str) -> bytes | None:
    for source in sources:
        result = subprocess.run(
            ["git", "--git-dir", str(source), "show", f"{commit}:{path}"],
            capture_output=True,
            check=False,
        )
        if result.returncode == 0:
            return result.stdout
    return None


def page_count(data: bytes, kind: str) -> int:
    if kind == "image_scan":
        return 1
    import pypdfium2  # noqa: PLC0415 - only when building

    return len(pypdfium2.PdfDocument(data))


def manifest_entry(truth: dict, name: str, data: bytes, split: str) -> dict:
    entry = {
        "id": truth["id"],
        "file": f"files/{name}",
        "source": "public",
        "source_detail": {
            "type": "git",
            "repo": truth["repo"],
            "commit": truth["commit"],
            "path": truth["path"],
        },
        "license": f"{truth['license']} ({truth['repo']}; third-party document, do not commit)",
        "kind": truth["kind"],
        "pages": page_count(data, truth["kind"]),
        "layout": "designed",
        "has_embedded_xml": False,
        "has_qr_bill": False,
        "has_text_layer": truth["kind"] == "pdf_text",
        "gt_origin": "hand-checked, scripts/bench/public_truth.json",
    }
    entry.update({name: truth.get(name) for name in COPIED})
    entry.update({name: _number(truth.get(name)) for name in AMOUNTS})
    entry["taxes"] = [
        {name: _number(row.get(name)) for name in ("rate", "base", "amount")}
        for row in truth.get("taxes") or []
    ]
    entry["payment_reference"] = truth.get("payment_reference")
    entry["flags"] = list(truth.get("flags") or [])
    entry["checked"] = truth.get("checked")
    if truth.get("notes"):
        entry["notes"] = truth["notes"]
    entry["split"] = split
    entry["sha256"] = hashlib.sha256(data).hexdigest()
    entry["bytes"] = len(data)
    return entry


def tuned_hashes() -> set[str]:
    if not SHARED_SAMPLES.is_file():
        return set()
    manifest = json.loads(SHARED_SAMPLES.read_text())
    return {d["sha256"] for d in manifest.get("documents", []) if d.get("sha256")}


def build(
    out: Path,
    sources: list[Path],
    *,
    truth_file: Path = TRUTH,
    permissive_only: bool = False,
    held_share: int | None = None,
    exclude_hashes: set[str] | None = None,
) -> dict:
    truths = json.loads(truth_file.read_text())["documents"]
    if permissive_only:
        truths = [t for t in truths if not t["license"].upper().startswith(COPYLEFT)]
    git_dirs = [git_dir(s) for s in sources]
    exclude = tuned_hashes() if exclude_hashes is None else exclude_hashes
    if held_share is None and len({invoice_key(t) for t in truths}) > ALL_HELD_UP_TO:
        held_share = HELD_SHARE
    (out / "files").mkdir(parents=True, exist_ok=True)
    documents, missing, tuned, per_repo = [], [], [], {}
    for truth in truths:
        data = read_blob(git_dirs, truth["commit"], truth["path"])
        if data is None:
            missing.append(f"{truth['repo']}@{truth['commit'][:10]}:{truth['path']}")
            continue
        if hashlib.sha256(data).hexdigest() in exclude:
            tuned.append(truth["id"])
            continue
        name = f"{truth['id']}{Path(truth['path']).suffix.lower()}"
        (out / "files" / name).write_bytes(data)
        documents.append(manifest_entry(truth, name, data, split_of(truth, held_share)))
        repo = per_repo.setdefault(truth["repo"], {"license": truth["license"], "used": 0})
        repo["used"] += 1
    splits = {s: sum(d["split"] == s for d in documents) for s in ("dev", "held")}
    manifest = {
        "set": "public_nonxml",
        "truth": "scripts/bench/public_truth.json",
        "split_rule": (
            "all held"
            if held_share is None
            else f"sha256(vendor_name|invoice_number|amount_total) % 100 < {held_share} -> held"
        ),
        "count": len(documents),
        "splits": splits,
        "kinds": {
            k: sum(d["kind"] == k for d in documents)
            for k in sorted({d["kind"] for d in documents})
        },
        "sources": per_repo,
        "missing": missing,
        "left_out_tuned": tuned,
        "documents": documents,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    return manifest


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, help="corpus folder to write (files/ + manifest.json)")
    parser.add_argument("sources", type=Path, nargs="+", help="git directories (mirrors)")
    parser.add_argument("--truth", type=Path, default=TRUTH, help="hand-checked truth file")
    parser.add_argument(
        "--permissive-only", action="store_true", help="leave out AGPL/GPL-licensed documents"
    )
    parser.add_argument(
        "--held-share",
        type=int,
        default=None,
        help="percent of invoices held by hash (default: all held up to 30 invoices, then 50)",
    )
    args = parser.parse_args()
    manifest = build(
        args.out,
        args.sources,
        truth_file=args.truth,
        permissive_only=args.permissive_only,
        held_share=args.held_share,
    )
    for repo, info in manifest["sources"].items():
        print(f"{repo:<32} {info['license']:<12} {info['used']:>3} documents")
    for missing in manifest["missing"]:
        print(f"not found in the SOURCEs: {missing}", file=sys.stderr)
    for doc_id in manifest["left_out_tuned"]:
        print(f"left out (also in ../shared/samples/ocr): {doc_id}", file=sys.stderr)
    print(
        f"documents: {manifest['count']} {manifest['kinds']} "
        f"({manifest['splits']['dev']} dev, {manifest['splits']['held']} held) in {args.out}"
    )
    return 1 if manifest["missing"] else 0


if __name__ == "__main__":
    sys.exit(main())
