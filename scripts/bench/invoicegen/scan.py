# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Scans of synthetic invoices: a one-page PDF rasterised and degraded like an office scan or a
phone photo (resolution, skew, rotation, blur, noise, speckles, uneven light, JPEG), and
whether the QR code still decodes.
"""

from __future__ import annotations

import io
import random

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter


def scan(pdf_bytes: bytes, rng: random.Random) -> tuple[bytes, str, dict]:
    dpi = rng.choice([150, 200, 200, 240, 300])
    page = pdfium.PdfDocument(pdf_bytes)[0]
    img = page.render(scale=dpi / 72).to_pil().convert("L" if rng.random() < 0.5 else "RGB")
    params = {"dpi": dpi}
    blur = round(rng.uniform(0.2, 0.9), 2)
    img = img.filter(ImageFilter.GaussianBlur(blur * dpi / 200))
    arr = np.asarray(img).astype(np.float32)
    uneven = rng.random() < 0.4
    if uneven:  # light falls off towards one corner
        hgt, wid = arr.shape[:2]
        yy, xx = np.mgrid[0:hgt, 0:wid]
        grad = 1 - rng.uniform(0.12, 0.3) * ((xx / wid) * rng.random() + (yy / hgt) * rng.random())
        arr = arr * (grad[..., None] if arr.ndim == 3 else grad)
    if arr.ndim == 3 and rng.random() < 0.4:
        arr = arr * np.array([1.0, 0.98, 0.9], dtype=np.float32)  # yellowish paper
        params["yellow_paper"] = True
    sigma = round(rng.uniform(3, 10), 1)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    arr = arr + nrng.normal(0, sigma, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    angle = round(rng.uniform(-2, 2), 2)
    fill = 255 if img.mode == "L" else (255, 255, 255)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=fill)
    upside_down = rng.random() < 0.1
    if upside_down:
        img = img.rotate(180)
    params.update(
        {
            "rotation_deg": angle,
            "upside_down": upside_down,
            "blur": blur,
            "noise_sigma": sigma,
            "uneven_light": uneven,
        }
    )
    out = io.BytesIO()
    if rng.random() < 0.5:
        quality = rng.randint(60, 85)
        img.convert("RGB").save(out, "JPEG", quality=quality)
        params["jpeg_quality"] = quality
        return out.getvalue(), "jpg", params
    img.save(out, "PNG", optimize=False)
    return out.getvalue(), "png", params


def qr_decodes(image_bytes: bytes, payload: str) -> bool | None:
    try:
        import zxingcpp  # noqa: PLC0415 - optional: only to record whether the scan's QR still reads
    except ImportError:
        return None
    img = Image.open(io.BytesIO(image_bytes))
    want = payload.splitlines()
    return any(r.text.splitlines() == want for r in zxingcpp.read_barcodes(img))
