#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A corpus of Swiss QR-bills written by OTHER software (QR-bill libraries' test outputs,
decoders' test pictures, an accounting package's screenshots), to score the QR path of bill
capture on documents we did not make.

    .venv/bin/python scripts/bench/make_qrbill_corpus.py discover SOURCE [SOURCE...]
    .venv/bin/python scripts/bench/make_qrbill_corpus.py build /tmp/qrbill_corpus SOURCE [SOURCE...]
    .venv/bin/python scripts/bench/extraction.py /tmp/qrbill_corpus --split held
    .venv/bin/python scripts/bench/extraction.py /tmp/qrbill_corpus --split dev --misses

A SOURCE is a git directory (bare or not, e.g. the mirror of one repository of ``REPOS``);
files are read from its HEAD tree (``discover``) or at the commit the truth names (``build``).

``discover`` lists the PDFs and pictures under each repository's folders of ``REPOS``, reads
every QR code on them with OpenCV (``cv2.QRCodeDetector`` and ``cv2.QRCodeDetectorAruco``, not
the project's zxing-based reader: the truth must not come from the decoder being measured),
parses the ``SPC`` payload here (the SIX Implementation Guidelines 2.x line numbers, not
``fincycle.extraction.qrbill``) and writes ``scripts/bench/qrbill_truth.json``: one entry per
document (repository, commit, path, licence) with the payload's fields, how they were
``checked`` (the IBAN and reference also found in the repository's own test sources, the data
its tests fed to the generator or expect from the decoder, say ``fixture``) and the files
where OpenCV read no QR-bill (``undecoded``, left out). Identical files are kept once; one
payload (the libraries share the SIX examples) at most ``MAX_PER_PAYLOAD`` times, taking the
writers (repository and folder) in turn.

``build`` copies the documents the truth names to ``OUT/files/<id>.<ext>`` and writes
``OUT/manifest.json`` in the layout of ``../shared/samples/ocr/manifest.json`` (every
document ``has_qr_bill``), plus degraded copies of each (``--no-copies`` leaves them out):
``<id>__scan.pdf``, an image-only PDF of the first page at 150 dpi (grey, JPEG), and
``<id>__photo.png``, the page at 200 dpi turned by 1.5 degrees with grey noise. Scored
fields are those a QR-bill states: ``vendor_iban``, ``amount_total`` (null when the bill
leaves the amount blank), ``currency``, ``payment_reference`` (null for a ``NON`` bill),
``vendor_name`` (the creditor's name); ``document_type`` is ``invoice`` when an amount is
due. Every other field is listed in ``not_in_xml`` (no ground truth: the bench does not score
it), which is also where the payload leaves a field empty.

``split``: sha256 of the payload (lines stripped) % 100 < 50 -> ``held``, else ``dev``: a
document, its copies and every other rendering of the same payload land on one side. Tune
on ``dev`` only; print only aggregate figures of ``held``.

The files are third-party documents under their repositories' licences (see ``REPOS``):
build the corpus outside the repository, never commit it. A file that is also in
``../shared/samples/ocr`` (a set the reader is tuned on) is left out.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import subprocess
import sys
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# the field names only; the truth itself never comes from fincycle's reader
from fincycle.extraction.model import TRUTH_FIELDS  # noqa: E402

TRUTH = Path(__file__).resolve().with_name("qrbill_truth.json")
SHARED_SAMPLES = ROOT.parent / "shared" / "samples" / "ocr" / "manifest.json"
HELD_SHARE = 50  # percent
MAX_PER_PAYLOAD = 4  # originals of one payload (many libraries render the SIX examples)
DECODE_DPI = (200, 300)
SCAN_DPI = 150
PHOTO_DPI = 200
PHOTO_ANGLE = 1.5  # degrees
PHOTO_NOISE = 10.0  # standard deviation of the grey noise (0-255)
EXTENSIONS = (".pdf", ".png", ".jpg", ".jpeg")
SCORED = ("vendor_name", "vendor_iban", "currency", "amount_total", "payment_reference")

# owner/name: licence, folders whose PDFs and pictures are candidates, paths left out
REPOS = {
    "manuelbl/SwissQRBill": {
        "license": "MIT",
        "folders": ["generator/src/test/resources", "examples"],
        "skip": [],
    },
    "manuelbl/SwissQRBill.NET": {
        "license": "MIT",
        "folders": [
            "CoreTest/ReferenceFiles",
            "PixelCanvasTest/ReferenceFiles",
            "WindowsTest/ReferenceFiles",
            "Examples",
        ],
        "skip": [],
    },
    "sprain/php-swiss-qr-bill": {
        "license": "MIT",
        "folders": ["tests/TestData", "docs/assets"],
        "skip": [],
    },
    "schoero/swissqrbill": {"license": "MIT", "folders": ["assets"], "skip": []},
    "smartive/swiss-qr-bill-decoder": {"license": "MIT", "folders": ["tests/data"], "skip": []},
    "BananaAccounting/Switzerland": {
        "license": "Apache-2.0",
        "folders": ["report/customer/invoice"],
        # two different bills side by side (OpenCV reads one): which one is the document's?
        "skip": ["report/customer/invoice/images/qr_empty_amount_and_address4.png"],
    },
}


# --- the payload (SIX Implementation Guidelines QR-bill 2.x, section 4.3.3) ---------------


def payload_lines(text: str) -> list[str]:
    return [line.strip() for line in re.split(r"\r\n|\r|\n", text)]


def payload_key(text: str) -> str:
    lines = payload_lines(text)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def _fix_mojibake(text: str) -> str:
    """UTF-8 bytes that a decoder returned as Latin-1 (``SchÃ¶n`` for ``Schön``)."""
    if "Ã" in text or "Â" in text:
        try:
            return text.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return text
    return text


def parse_payload(text: str) -> dict | None:
    """The scored fields of an ``SPC`` payload, by line number; None if it is not one."""
    lines = payload_lines(_fix_mojibake(text))
    if len(lines) < 29 or lines[0] != "SPC" or not lines[1].startswith("02"):
        return None
    amount = lines[18]
    try:
        amount_value = str(Decimal(amount).quantize(Decimal("0.01"))) if amount else None
    except InvalidOperation:
        return None
    ref_type, reference = lines[27], lines[28]
    return {
        "vendor_iban": lines[3].replace(" ", "") or None,
        "vendor_name": lines[5] or None,
        "amount_total": amount_value,
        "currency": lines[19] or None,
        "payment_reference_type": ref_type or None,
        "payment_reference": (reference.replace(" ", "") or None) if ref_type != "NON" else None,
        "message": lines[29] if len(lines) > 29 else "",
    }


# --- git ---------------------------------------------------------------------------------------


def git_dir(source: Path) -> Path:
    for candidate in (source, source / ".git", source / "repo", source / "repo" / ".git"):
        if (candidate / "objects").is_dir() and (candidate / "HEAD").is_file():
            return candidate
    return source


def git(gdir: Path, *args: str) -> bytes | None:
    result = subprocess.run(
        ["git", "--git-dir", str(gdir), *args], capture_output=True, check=False
    )
    return result.stdout if result.returncode == 0 else None


def repo_of(gdir: Path) -> str | None:
    """owner/name of a mirror (``/work/.mirror/owner+name/repo``) or of its origin URL."""
    for part in (gdir, *gdir.parents):
        if "+" in part.name:
            owner, name = part.name.split("+", 1)
            return f"{owner}/{name}"
    url = (git(gdir, "config", "--get", "remote.origin.url") or b"").decode().strip()
    match = re.search(r"github\.com[:/]([^/]+/[^/]+?)(?:\.git)?$", url)
    return match.group(1) if match else None


def read_blob(sources: list[Path], commit: str, path: str) -> bytes | None:
    for source in sources:
        data = git(source, "show", f"{commit}:{path}")
        if data is not None:
            return data
    return None


# --- reading QR codes with OpenCV ----------------------------------------------------------


def _cv_texts(gray) -> list[str]:
    import cv2  # noqa: PLC0415

    texts = []
    for detector in (cv2.QRCodeDetector(), cv2.QRCodeDetectorAruco()):
        try:
            ok, decoded, _points, _codes = detector.detectAndDecodeMulti(gray)
        except cv2.error:
            ok, decoded = False, ()
        texts += [t for t in decoded if t] if ok else []
        if not texts:
            try:
                single = detector.detectAndDecode(gray)[0]
            except cv2.error:
                single = ""
            if single:
                texts.append(single)
        if any(t.startswith("SPC") for t in texts):
            break
    return texts


def page_images(data: bytes, dpi: int, max_pages: int = 3):
    """Grey PIL images of the first pages of a PDF, or the picture itself."""
    from PIL import Image  # noqa: PLC0415

    if data[:5] == b"%PDF-":
        import pypdfium2 as pdfium  # noqa: PLC0415

        pdf = pdfium.PdfDocument(data)
        try:
            return [
                pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
                for i in range(min(len(pdf), max_pages))
            ]
        finally:
            pdf.close()
    image = Image.open(io.BytesIO(data))
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        background = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, image)
    return [image.convert("L")]


def decode_spc(data: bytes) -> list[str]:
    """The QR-bill payloads OpenCV reads on a document (first pages), distinct."""
    import numpy as np  # noqa: PLC0415
    from PIL import Image, ImageOps  # noqa: PLC0415

    found: list[str] = []
    for dpi in DECODE_DPI:
        for image in page_images(data, dpi):
            tries = [image]
            if data[:5] != b"%PDF-":
                # a QR code cut to its edge (no quiet zone): OpenCV needs a white margin
                tries.append(ImageOps.expand(image, border=max(20, image.width // 25), fill=255))
                if max(image.size) < 1600:
                    tries.append(image.resize((image.width * 2, image.height * 2), Image.LANCZOS))
            for candidate in tries:
                for text in _cv_texts(np.array(candidate)):
                    if text.startswith("SPC") and payload_key(text) not in map(payload_key, found):
                        found.append(text)
                if found:
                    break
        if found or data[:5] != b"%PDF-":
            break
    return found


def kind_of(data: bytes) -> str:
    if data[:5] != b"%PDF-":
        return "image_scan"
    import pypdfium2 as pdfium  # noqa: PLC0415

    pdf = pdfium.PdfDocument(data)
    try:
        chars = sum(len(pdf[i].get_textpage().get_text_range().strip()) for i in range(len(pdf)))
    finally:
        pdf.close()
    return "pdf_text" if chars >= 20 else "pdf_image"


# --- discover: the truth file ----------------------------------------------------------------


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def doc_id(repo: str, path: str) -> str:
    stem = PurePosixPath(path).with_suffix("")
    parent = _slug(stem.parent.name)[-24:]
    owner = _slug(repo.partition("/")[0])[:10]
    return f"qr_{owner}_{parent}_{_slug(stem.name)[-48:]}".replace("__", "_")


def fixture_check(gdir: Path, fields: dict) -> bool:
    """The payload's IBAN (and reference, when there is one) written in the repository's own
    sources: the data its tests feed the generator or expect from the decoder."""
    needles = [fields["vendor_iban"]]
    if fields.get("payment_reference"):
        needles.append(fields["payment_reference"])
    for needle in needles:
        spaced = " ".join(needle[i : i + 4] for i in range(0, len(needle), 4))
        pattern = f"{re.escape(needle)}|{re.escape(spaced)}"
        out = git(gdir, "grep", "-I", "-l", "-E", pattern, "HEAD", "--", ".")
        if not out:
            return False
    return True


def discover(sources: list[Path], truth_file: Path = TRUTH) -> dict:
    tuned = tuned_hashes()
    candidates, undecoded, seen = [], [], set()
    for source in sources:
        gdir = git_dir(source)
        repo = repo_of(gdir)
        if repo not in REPOS:
            print(f"not in REPOS (licence unchecked), skipped: {source}", file=sys.stderr)
            continue
        config = REPOS[repo]
        commit = git(gdir, "rev-parse", "HEAD").decode().strip()
        listing = git(gdir, "ls-tree", "-r", "--name-only", "HEAD", "--", *config["folders"])
        paths = sorted(
            p
            for p in (listing or b"").decode().splitlines()
            if p.lower().endswith(EXTENSIONS) and p not in config["skip"]
        )
        for path in paths:
            data = git(gdir, "show", f"{commit}:{path}")
            if not data:  # absent from the mirror (its largest files may be)
                undecoded.append(f"{repo}:{path} (absent from the mirror)")
                continue
            digest = hashlib.sha256(data).hexdigest()
            if digest in seen or digest in tuned:
                continue
            seen.add(digest)
            try:
                texts = decode_spc(data)
            except Exception as exc:  # a file a reader cannot open: no bill
                print(f"unreadable {repo}:{path}: {exc}", file=sys.stderr)
                texts = []
            bills = [(t, parse_payload(t)) for t in texts]
            bills = [(t, f) for t, f in bills if f]
            if not bills:
                undecoded.append(f"{repo}:{path}")
                continue
            if len({payload_key(t) for t, _f in bills}) > 1:
                undecoded.append(f"{repo}:{path} (several different QR-bills)")
                continue
            text, fields = bills[0]
            candidates.append(
                {
                    "id": doc_id(repo, path),
                    "repo": repo,
                    "commit": commit,
                    "path": path,
                    "license": config["license"],
                    "kind": kind_of(data),
                    "payload_sha256": hashlib.sha256(payload_key(text).encode()).hexdigest(),
                    **fields,
                    "checked": (
                        "OpenCV decode; IBAN and reference also in the repository's sources"
                        if fixture_check(gdir, fields)
                        else "OpenCV decode"
                    ),
                    "sha256": digest,
                    "_writer": f"{repo}:{PurePosixPath(path).parent}",
                    "_gdir": str(gdir),
                }
            )
    documents = pick(candidates)
    ids = defaultdict(int)
    for doc in documents:
        ids[doc["id"]] += 1
        if ids[doc["id"]] > 1:
            doc["id"] = f"{doc['id']}_{ids[doc['id']]}"
    truth = {
        "about": (
            "Swiss QR-bills by other writers; fields from the QR payload read by OpenCV and "
            "parsed by make_qrbill_corpus.py (not by fincycle); see that script's docstring"
        ),
        "max_per_payload": MAX_PER_PAYLOAD,
        "documents": [{k: v for k, v in d.items() if not k.startswith("_")} for d in documents],
        "undecoded": undecoded,
    }
    truth_file.write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")
    return truth


def pick(candidates: list[dict]) -> list[dict]:
    """At most MAX_PER_PAYLOAD documents per payload, the writers (repository and folder)
    taken in turn, so a payload rendered 10 times by one library counts a few times."""
    by_payload = defaultdict(list)
    for doc in candidates:
        by_payload[doc["payload_sha256"]].append(doc)
    kept = []
    for docs in by_payload.values():
        rank = defaultdict(int)
        ordered = []
        for doc in docs:
            ordered.append((rank[doc["_writer"]], len(ordered), doc))
            rank[doc["_writer"]] += 1
        kept += [doc for _r, _i, doc in sorted(ordered, key=lambda x: x[:2])][:MAX_PER_PAYLOAD]
    return sorted(kept, key=lambda d: (d["repo"], d["path"]))


# --- build: the corpus -------------------------------------------------------------------------


def split_of(payload_sha256: str) -> str:
    return "held" if int(payload_sha256, 16) % 100 < HELD_SHARE else "dev"


def tuned_hashes() -> set[str]:
    if not SHARED_SAMPLES.is_file():
        return set()
    manifest = json.loads(SHARED_SAMPLES.read_text())
    return {d["sha256"] for d in manifest.get("documents", []) if d.get("sha256")}


def scan_copy(data: bytes, dpi: int = SCAN_DPI, max_pages: int = 5) -> bytes:
    """An image-only PDF of the first pages (grey, JPEG): no text layer."""
    images = page_images(data, dpi, max_pages=max_pages)
    buffer = io.BytesIO()
    images[0].save(
        buffer, "PDF", resolution=dpi, quality=80, save_all=True, append_images=images[1:]
    )
    return buffer.getvalue()


def qr_page(data: bytes, max_pages: int = 5) -> int:
    """The index of the first page where OpenCV reads a QR-bill (0 when none does)."""
    import numpy as np  # noqa: PLC0415

    images = page_images(data, DECODE_DPI[0], max_pages=max_pages)
    for index, image in enumerate(images):
        if any(t.startswith("SPC") for t in _cv_texts(np.array(image))):
            return index
    return 0


def photo_copy(data: bytes, seed: str) -> bytes:
    """The page with the QR-bill at 200 dpi, turned by 1.5 degrees, with grey noise: a phone
    picture of a flat page, roughly."""
    import numpy as np  # noqa: PLC0415
    from PIL import Image  # noqa: PLC0415

    pages = page_images(data, PHOTO_DPI, max_pages=5)
    image = pages[qr_page(data) if len(pages) > 1 else 0]
    image = image.rotate(PHOTO_ANGLE, resample=Image.BICUBIC, expand=True, fillcolor=255)
    rng = np.random.default_rng(int(seed[:8], 16))
    pixels = np.asarray(image, dtype=np.float32) + rng.normal(0, PHOTO_NOISE, image.size[::-1])
    noisy = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    buffer = io.BytesIO()
    noisy.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def page_count(data: bytes) -> int:
    if data[:5] != b"%PDF-":
        return 1
    import pypdfium2 as pdfium  # noqa: PLC0415

    return len(pdfium.PdfDocument(data))


def manifest_entry(truth: dict, name: str, data: bytes, kind: str) -> dict:
    amount = truth.get("amount_total")
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
        "kind": kind,
        "pages": page_count(data),
        "layout": "designed",
        "country": "CH",
        "has_embedded_xml": False,
        "has_qr_bill": True,
        "has_text_layer": kind == "pdf_text",
        "gt_origin": f"QR payload, scripts/bench/qrbill_truth.json ({truth['checked']})",
        "document_type": "invoice" if amount not in (None, "0.00") else None,
        "vendor_name": truth.get("vendor_name"),
        "vendor_iban": truth.get("vendor_iban"),
        "currency": truth.get("currency"),
        "amount_total": None if amount is None else float(Decimal(amount)),
        "payment_reference": truth.get("payment_reference"),
        "payment_reference_type": truth.get("payment_reference_type"),
        "flags": [],
    }
    scored = set(SCORED) | ({"document_type"} if entry["document_type"] else set())
    entry["not_in_xml"] = [n for n in TRUTH_FIELDS if n not in scored]
    entry["split"] = split_of(truth["payload_sha256"])
    entry["payload_sha256"] = truth["payload_sha256"]
    entry["sha256"] = hashlib.sha256(data).hexdigest()
    entry["bytes"] = len(data)
    return entry


def build(out: Path, sources: list[Path], truth_file: Path = TRUTH, copies: bool = True) -> dict:
    truth = json.loads(truth_file.read_text())
    gdirs = [git_dir(s) for s in sources]
    tuned = tuned_hashes()
    files = out / "files"
    files.mkdir(parents=True, exist_ok=True)
    documents, missing, per_repo = [], [], {}
    for doc in truth["documents"]:
        data = read_blob(gdirs, doc["commit"], doc["path"])
        if data is None:
            missing.append(f"{doc['repo']}@{doc['commit'][:10]}:{doc['path']}")
            continue
        if hashlib.sha256(data).hexdigest() in tuned:
            continue
        name = f"{doc['id']}{PurePosixPath(doc['path']).suffix.lower()}"
        (files / name).write_bytes(data)
        entry = manifest_entry(doc, name, data, doc["kind"])
        documents.append(entry)
        info = per_repo.setdefault(doc["repo"], {"license": doc["license"], "used": 0})
        info["used"] += 1
        if not copies:
            continue
        derived = []
        if data[:5] == b"%PDF-":
            derived.append((f"{doc['id']}__scan.pdf", scan_copy(data), "pdf_image"))
        derived.append((f"{doc['id']}__photo.png", photo_copy(data, doc["sha256"]), "image_scan"))
        for copy_name, copy_data, copy_kind in derived:
            (files / copy_name).write_bytes(copy_data)
            copy_entry = manifest_entry(doc, copy_name, copy_data, copy_kind)
            copy_entry["id"] = PurePosixPath(copy_name).stem
            copy_entry["copy_of"] = doc["id"]
            documents.append(copy_entry)
    manifest = {
        "set": "public_qrbill",
        "truth": "scripts/bench/qrbill_truth.json",
        "split_rule": f"sha256(QR payload) % 100 < {HELD_SHARE} -> held",
        "count": len(documents),
        "splits": {s: sum(d["split"] == s for d in documents) for s in ("dev", "held")},
        "kinds": {
            k: {
                s: sum(d["kind"] == k and d["split"] == s for d in documents)
                for s in ("dev", "held")
            }
            for k in sorted({d["kind"] for d in documents})
        },
        "payloads": len({d["payload_sha256"] for d in documents}),
        "sources": per_repo,
        "missing": missing,
        "documents": documents,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    return manifest


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    disc = sub.add_parser("discover", help="read the mirrors' QR-bills with OpenCV: truth file")
    disc.add_argument("sources", type=Path, nargs="+")
    disc.add_argument("--truth", type=Path, default=TRUTH)
    bld = sub.add_parser("build", help="copy the documents of the truth file and their copies")
    bld.add_argument("out", type=Path)
    bld.add_argument("sources", type=Path, nargs="+")
    bld.add_argument("--truth", type=Path, default=TRUTH)
    bld.add_argument("--no-copies", action="store_true", help="no scan/photo copies")
    args = parser.parse_args()
    if args.command == "discover":
        truth = discover(args.sources, args.truth)
        per_repo = defaultdict(int)
        for doc in truth["documents"]:
            per_repo[doc["repo"]] += 1
        for repo, count in per_repo.items():
            print(f"{repo:<34} {REPOS[repo]['license']:<11} {count:>3} documents")
        payloads = len({d["payload_sha256"] for d in truth["documents"]})
        print(
            f"{len(truth['documents'])} documents ({payloads} payloads), "
            f"{len(truth['undecoded'])} files without a QR-bill OpenCV reads -> {args.truth}"
        )
        return 0
    manifest = build(args.out, args.sources, args.truth, copies=not args.no_copies)
    for repo, info in manifest["sources"].items():
        print(f"{repo:<34} {info['license']:<11} {info['used']:>3} documents")
    for missing in manifest["missing"]:
        print(f"not found in the SOURCEs: {missing}", file=sys.stderr)
    print(
        f"documents: {manifest['count']} ({manifest['payloads']} payloads) {manifest['kinds']} "
        f"({manifest['splits']['dev']} dev, {manifest['splits']['held']} held) in {args.out}"
    )
    return 1 if manifest["missing"] else 0


if __name__ == "__main__":
    sys.exit(main())
