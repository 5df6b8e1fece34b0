"""OCR of scanned pages with RapidOCR (PP-OCRv4 ONNX models bundled in the wheel, offline).

:func:`ocr_image` turns one page image into :class:`TextLine` records, like a PDF text layer:

* the page is put upright first: a page turned by 90/270 degrees is recognised by its tall text
  boxes, an upside-down page by a majority vote of the text-line direction classifier;
* small skew is measured on the detected boxes and removed from the coordinates, so a label and
  its value printed on one line get the same ``top``;
* segments of one visual line are merged only across a small gap (label/value columns and
  side-by-side address blocks stay apart);
* the English/Chinese recogniser often drops word spaces; they are put back where the crop shows
  a clear ink gap between two recognised characters.

Box coordinates are pixels of the upright, deskewed page at the input resolution.
Speed on a 2-core machine shared with other work: about 2.5-5.5 s wall, 2.5-5.5 s CPU per page
at 200 dpi (detection on a reduced image, recognition crop by crop, two crops at a time
when a second core is free).

The engine is created once per process on first use (thread-safe); pages are recognised one at
a time because RapidOCR keeps per-call state. ``ocr_pdf_page`` is the same function: callers
render PDF pages themselves (200 dpi).
"""

from __future__ import annotations

import hashlib
import math
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from statistics import median
from typing import Any

import numpy as np

from .messages import msg
from .model import ExtractionError, TextLine

__all__ = ["MISSING_MESSAGE", "engine_available", "ocr_image", "ocr_pdf_page"]

MISSING_MESSAGE = msg("ocr_engine_missing")

# Detection runs on the page reduced to this longest side: text boxes stay accurate, the cost
# falls with the pixel count (~0.3 s instead of ~1 s at 2000 px). Recognition uses the full image.
DET_MAX_SIDE = 1600
# A detected box is kept when its mean text probability reaches this (RapidOCR: 0.5). A lone
# thin digit in a table cell (the "7" of a 7 % VAT row, reduced with the page for detection)
# scores 0.4-0.5 and was lost with its row's rate; what else the lower bar lets in is mostly
# speckles that recognition drops (MIN_SCORE).
DET_BOX_THRESH = 0.4
# Pages larger than this (phone photos, 400+ dpi scans) are reduced first; recognition sees every
# text crop at 48 px height anyway.
MAX_SIDE = 3000
# ONNX threads: the recogniser runs one small crop per call, where a second intra-op thread
# costs more in hand-over than it computes (measured on 157 crops, 2 shared cores: 1 thread
# 5.4 s wall, 2 threads 8.4-9.5 s); detection on the whole page uses up to this many cores.
# Threads never spin while waiting (onnxruntime's default burns a core the other agents or
# Odoo workers need: 2 spinning threads took 15.6 s on the same crops).
DET_THREADS = 2
# One crop per recogniser call: padding a batch to its widest crop costs more than the calls
# (measured: batch 1 ~0.9 s, 8 ~2.3-3.5 s for the same 72 lines; re-measured on one thread with
# batches of near-equal width, 157 crops: batch 1 6.0 s, up to 4 within 5% 6.6 s, 8 within 10%
# 9.2 s).
REC_BATCH = 1
# Recognition calls run side by side on this many threads (one ONNX thread each, crops are
# independent): measured on 87 crops, 2 cores, 2.2 s one at a time, 1.1 s two at a time with
# the second core free, the same 2.1-2.2 s when other work holds it.
REC_THREADS = 2
# Crops are padded to at least this width/height ratio (PaddleOCR uses 320/48).
REC_MIN_RATIO = 320 / 48
MIN_SCORE = 0.5  # segments recognised below this are dropped (mostly speckles and stamps)
# Two segments of one line are merged when the gap is below this many line heights.
MERGE_GAP = 0.6
# A blank run in a text crop wider than this many text heights is a word space (letters
# measured 0.25 at most, word spaces 0.33 and more); between digits, "1" leaves wide gaps.
SPACE_GAP = 0.3
NUMBER_SPACE_GAP = 0.55
# ... and wider than this share of the mean character pitch (false gaps 0.40 at most in
# proportional fonts, 0.30 in monospaced ones; spaces 0.53 and more).
SPACE_PITCH = 0.48

# Pages remembered by their pixels (see ocr_image), the oldest forgotten first.
SEEN_PAGES = 8

_engine: Any = None
_seen: dict[tuple, list[TextLine]] = {}
_seen_lock = threading.Lock()
_engine_error = None
_init_lock = threading.Lock()
_run_lock = threading.Lock()


def engine_available() -> bool:
    """True when the OCR engine can be loaded (loads it on first call)."""
    try:
        _get_engine()
    except ExtractionError:
        return False
    return True


def _get_engine() -> Any:
    global _engine, _engine_error  # noqa: PLW0603 - one engine per process
    if _engine is not None:
        return _engine
    with _init_lock:
        if _engine is None and not _engine_error:
            try:
                from rapidocr_onnxruntime import RapidOCR  # noqa: PLC0415
            except ImportError:
                _engine_error = MISSING_MESSAGE
            else:
                engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
                _tune_sessions(engine)
                _table_normalize(engine.text_det)
                _engine = engine
        if _engine is None:
            raise ExtractionError("ocr_unavailable", _engine_error)
    return _engine


def _tune_sessions(engine: Any) -> None:
    """Re-create the ONNX sessions with threads that do not spin (see ``DET_THREADS``).

    Keeps RapidOCR's own sessions when its configuration cannot be read (another version).
    """
    try:
        import onnxruntime as ort  # noqa: PLC0415
        from rapidocr_onnxruntime.main import DEFAULT_CFG_PATH  # noqa: PLC0415
        from rapidocr_onnxruntime.utils import read_yaml, update_model_path  # noqa: PLC0415

        paths = {
            k: v["model_path"]
            for k, v in update_model_path(read_yaml(DEFAULT_CFG_PATH)).items()
            if k in ("Det", "Cls", "Rec")
        }
        cores = _cores()

        def session(part: str, threads: int) -> Any:
            opts = ort.SessionOptions()
            opts.log_severity_level = 4
            opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            opts.intra_op_num_threads = threads
            opts.inter_op_num_threads = 1
            opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
            return ort.InferenceSession(
                paths[part], sess_options=opts, providers=["CPUExecutionProvider"]
            )

        det = session("Det", min(cores, DET_THREADS))
        cls, rec = session("Cls", 1), session("Rec", 1)
    except Exception:  # RapidOCR's default sessions still work, only slower
        return
    engine.text_det.infer.session = det
    engine.text_cls.infer.session = cls
    engine.text_rec.session.session = rec


def ocr_image(img: Any, page: int = 0) -> list[TextLine]:
    """Recognise the text of one page image (PIL image); lines sorted by top then x0.
    A page image already read (the same pixels: a copy page of the document, the same scan
    sent again) gives the lines read then, without a second recognition."""
    key = _page_key(img)
    with _seen_lock:
        seen = _seen.get(key) if key else None
    if seen is not None:
        return [replace(ln, page=page) for ln in seen]
    lines = _ocr_image(img, page)
    if key:
        with _seen_lock:
            _seen[key] = lines
            while len(_seen) > SEEN_PAGES:
                del _seen[next(iter(_seen))]
    return [replace(ln) for ln in lines]


def _page_key(img: Any) -> tuple | None:
    try:
        digest = hashlib.blake2b(img.tobytes(), digest_size=16).hexdigest()
    except Exception:  # not a PIL image: read it every time
        return None
    return (img.mode, img.size, digest)


def _ocr_image(img: Any, page: int) -> list[TextLine]:
    import cv2  # noqa: PLC0415 - optional dependency, only for scans

    engine = _get_engine()
    bgr = _to_bgr(img, cv2)
    with _run_lock:
        bgr, boxes = _upright(engine, bgr, cv2)
        if not boxes:
            return []
        boxes = [_level(b) for b in boxes]
        crops = engine.get_crop_img_list(bgr, boxes)
        texts = _recognize(engine.text_rec, crops, cv2)
    skew = _skew(boxes)
    segments = []
    for box, (raw, score) in zip(boxes, texts, strict=True):
        text = " ".join(raw.split())
        if text and score >= MIN_SCORE:
            x0, top, x1, bottom = _deskewed_bbox(box, skew, bgr.shape)
            segments.append(TextLine(text, page, x0, top, x1, bottom, round(score, 4)))
    return _merge_lines(segments)


ocr_pdf_page = ocr_image


def _table_normalize(det: Any) -> None:
    """Normalise the detector's input through a table of the 256 byte values instead of
    RapidOCR's float64 arithmetic on every pixel (~0.2 s of a page's ~3 s): each pixel's
    value is the one RapidOCR computes for its byte, so the boxes are the same. Left as it
    is when the preprocessing cannot be read (another RapidOCR version)."""
    make = getattr(det, "get_preprocess", None)
    if make is None:
        return

    def get_preprocess(max_wh: int) -> Any:
        op = make(max_wh)
        normalize = getattr(op, "normalize", None)
        try:
            ramp = np.arange(256, dtype=np.uint8).reshape(256, 1, 1).repeat(3, axis=2)
            table = np.asarray(normalize(ramp)).astype(np.float32)[:, 0, :]
        except Exception:  # keep RapidOCR's own normalisation
            return op
        if table.shape != (256, 3) or not (table == table[:, :1]).all():
            return op  # per-channel means: RapidOCR's own arithmetic
        lut = np.ascontiguousarray(table[:, 0])

        def by_table(img: np.ndarray) -> np.ndarray:
            if img.dtype != np.uint8:
                return normalize(img)
            return lut[img]

        op.normalize = by_table
        return op

    det.get_preprocess = get_preprocess


# --- image and orientation ------------------------------------------------------------------
def _to_bgr(img: Any, cv2: Any) -> np.ndarray:
    if img.mode != "RGB":
        img = img.convert("RGB")
    scale = MAX_SIDE / max(img.size)
    if scale < 1:
        img = img.resize((round(img.width * scale), round(img.height * scale)))
    return np.ascontiguousarray(np.asarray(img)[:, :, ::-1])


def _detect(engine: Any, bgr: np.ndarray, cv2: Any) -> list[np.ndarray]:
    h, w = bgr.shape[:2]
    scale = min(1.0, DET_MAX_SIDE / max(h, w))
    small = cv2.resize(bgr, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    det = engine.text_det
    det.limit_type, det.limit_side_len = "max", DET_MAX_SIDE
    post = getattr(det, "postprocess_op", None)
    if post is not None and hasattr(post, "box_thresh"):
        post.box_thresh = DET_BOX_THRESH
    boxes, _ = det(small)
    if boxes is None or len(boxes) == 0:
        return []
    return [np.asarray(b, dtype=np.float32) / scale for b in engine.sorted_boxes(boxes)]


def _upright(engine: Any, bgr: np.ndarray, cv2: Any) -> tuple[np.ndarray, list[np.ndarray]]:
    """Return the page turned upright and its text boxes."""
    boxes = _detect(engine, bgr, cv2)
    tall = [b for b in boxes if _height(b) > 1.5 * _width(b)]
    wide = [b for b in boxes if _width(b) > 1.5 * _height(b)]
    # By count, or by length: a sideways till roll gives a few long vertical lines and many
    # short boxes (a tax letter, a lone digit) that are neither tall nor wide.
    if boxes and (
        len(tall) > len(boxes) / 2 or sum(map(_height, tall)) > 2 * sum(map(_width, wide))
    ):
        # Lines run vertically: turn a quarter, the classifier below settles 90 vs 270.
        bgr = cv2.rotate(bgr, cv2.ROTATE_90_CLOCKWISE)
        boxes = _detect(engine, bgr, cv2)
    if boxes and _upside_down(engine, bgr, boxes):
        bgr = cv2.rotate(bgr, cv2.ROTATE_180)
        h, w = bgr.shape[:2]
        # Same boxes seen from the other side; keep the corner order top-left first.
        boxes = [np.roll(np.array([w, h], dtype=np.float32) - b, 2, axis=0) for b in boxes]
        boxes = engine.sorted_boxes(np.array(boxes))
    return bgr, list(boxes)


def _upside_down(engine: Any, bgr: np.ndarray, boxes: list[np.ndarray]) -> bool:
    """Majority vote of the direction classifier on the longest lines (cheap: ~30 ms).

    The classifier sees a 48x192 picture: a whole long line squeezed into it is a grey smear
    it often calls upside down (an upright page of 1200 px lines voted 180). Each line is cut
    into pieces of the classifier's own shape (4 heights wide, at most 3 per line) when it is
    longer than ``CLS_CUT_RATIO`` heights, and the pieces vote."""
    longest = sorted(boxes, key=_width, reverse=True)[:24]
    pieces = [
        piece for crop in engine.get_crop_img_list(bgr, longest) for piece in _cls_pieces(crop)
    ]
    if not pieces:
        return False
    _, results, _ = engine.text_cls(pieces)
    weight = {"0": 0.0, "180": 0.0}
    for piece, (label, score) in zip(pieces, results, strict=True):
        weight[label] = weight.get(label, 0.0) + score * piece.shape[1]
    return weight["180"] > weight["0"]


CLS_PIECE_RATIO = 4  # the direction classifier's input, 192 / 48
CLS_PIECES = 3
CLS_CUT_RATIO = 16  # lines longer than this many heights are cut (body text of a letter)


def _cls_pieces(crop: np.ndarray) -> list[np.ndarray]:
    """A line crop cut into pieces of the classifier's aspect ratio; a short crop whole."""
    height, width = crop.shape[:2]
    step = max(1, CLS_PIECE_RATIO * height)
    if width <= CLS_CUT_RATIO * height:
        # Short and middle lines are classified whole: cut, a piece holds only a few
        # digits or letters that read the same upside down ("84,03" read 180 alone).
        return [crop]
    pieces = [crop[:, x : x + step] for x in range(0, width, step)][:CLS_PIECES]
    return [p for p in pieces if p.shape[1] >= step // 2]


# A box whose top edge leans more than this (radians, ~20 degrees) is not a skewed line.
LEVEL_ANGLE = 0.35


def _level(box: np.ndarray) -> np.ndarray:
    """The detector's box around a lone character is the smallest rotated rectangle of its
    blob: a "7" in a VAT rate cell came as a 45-degree diamond, and its crop, turned, read
    "1". A box leaning more than ``LEVEL_ANGLE`` becomes the upright rectangle around it (the
    page itself is upright and deskewed only by a few degrees by then)."""
    angle = math.atan2(float(box[1][1] - box[0][1]), float(box[1][0] - box[0][0]))
    if abs(angle) <= LEVEL_ANGLE:
        return box
    x0, y0 = box.min(axis=0)
    x1, y1 = box.max(axis=0)
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], dtype=np.float32)


def _width(box: np.ndarray) -> float:
    return float(np.linalg.norm(box[1] - box[0]))


def _height(box: np.ndarray) -> float:
    return float(np.linalg.norm(box[3] - box[0]))


def _skew(boxes: list[np.ndarray]) -> float:
    """Median angle (radians) of the long text boxes; 0 when there are too few."""
    angles = [
        math.atan2(float(b[1][1] - b[0][1]), float(b[1][0] - b[0][0]))
        for b in boxes
        if _width(b) > 4 * _height(b)
    ]
    return median(angles) if len(angles) >= 3 else 0.0


def _deskewed_bbox(box: np.ndarray, angle: float, shape: tuple) -> tuple[float, ...]:
    h, w = shape[:2]
    c, s = math.cos(-angle), math.sin(-angle)
    pts = box - (w / 2, h / 2)
    xs = pts[:, 0] * c - pts[:, 1] * s + w / 2
    ys = pts[:, 0] * s + pts[:, 1] * c + h / 2
    return tuple(round(float(v), 1) for v in (xs.min(), ys.min(), xs.max(), ys.max()))


# --- recognition ----------------------------------------------------------------------------
def _recognize(rec: Any, crops: list[np.ndarray], cv2: Any) -> list[tuple[str, float]]:
    """Like RapidOCR's recogniser, but keeps the position of each character for word spaces.
    Crops are independent: with a second core free they are read two at a time (each call
    on one thread, see ``REC_THREADS``), the same text as one at a time."""
    img_h = rec.rec_image_shape[1]
    ratios = [c.shape[1] / max(1, c.shape[0]) for c in crops]
    order = np.argsort(ratios)
    results: list[tuple[str, float]] = [("", 0.0)] * len(crops)
    chars = rec.postprocess_op.character
    allowed = _allowed_mask(chars)

    def read(start: int) -> None:
        idx = order[start : start + REC_BATCH]
        max_ratio = max(REC_MIN_RATIO, *(ratios[i] for i in idx))
        batch = np.stack([rec.resize_norm_img(crops[i], max_ratio) for i in idx])
        preds = rec.session(batch.astype(np.float32))[0]
        px_per_step = img_h * max_ratio / preds.shape[1]
        for i, pred in zip(idx, preds, strict=True):
            text, conf, cols = _ctc_decode(pred * allowed, chars)
            if text:
                resized_w = min(math.ceil(img_h * ratios[i]), int(img_h * max_ratio))
                xs = [(c + 0.5) * px_per_step * crops[i].shape[1] / resized_w for c in cols]
                text = _add_spaces(text, xs, crops[i], cv2)
            results[i] = (text, conf)

    starts = range(0, len(crops), REC_BATCH)
    threads = min(REC_THREADS, _cores())
    if threads > 1 and len(starts) > 1:
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(read, starts))
    else:
        for start in starts:
            read(start)
    return results


def _cores() -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0
    return max(1, cores or os.cpu_count() or 1)


# The model reads Chinese too: on European invoices a CJK, Greek or Cyrillic character is always
# a misreading ("%" read as a CJK sign, "O" as a Greek omicron), so decoding only considers
# ASCII, Latin letters with accents and a few typographic signs.
_LATIN = "éèêëàâäáíìîïóòôöúùûüçÉÈÀÜÖÄËÓ«»·—…°§±€£\u00b4\u00d7\u2018\u2019\u201c\u201d\u2032\u2033"
# Typographic quotes and primes as plain ASCII, as text rules expect ("1'234.50").
_ASCII_QUOTES = str.maketrans("\u2018\u2019\u2032\u00b4\u201c\u201d\u2033", "''''\"\"\"")


def _allowed_mask(chars: list[str]) -> np.ndarray:
    mask = getattr(_allowed_mask, "cache", None)
    if mask is None or len(mask) != len(chars):
        mask = np.array(
            [i == 0 or c == " " or " " < c <= "~" or c in _LATIN for i, c in enumerate(chars)],
            dtype=np.float32,
        )
        _allowed_mask.cache = mask  # type: ignore[attr-defined]
    return mask


def _ctc_decode(pred: np.ndarray, chars: list[str]) -> tuple[str, float, list[int]]:
    best = pred.argmax(axis=1)
    prob = pred.max(axis=1)
    keep = np.ones(len(best), dtype=bool)
    keep[1:] = best[1:] != best[:-1]
    keep &= best != 0  # CTC blank
    cols = np.flatnonzero(keep)
    text = "".join(chars[k] for k in best[cols]).translate(_ASCII_QUOTES)
    conf = float(prob[cols].mean()) if len(cols) else 0.0
    return text, conf, cols.tolist()


def _add_spaces(text: str, xs: list[float], crop: np.ndarray, cv2: Any) -> str:
    """Insert a space between two characters separated by a wide blank run of the crop.

    The blank must be wide against the text height and against the character pitch: narrow
    letters of monospaced fonts ("i", "t", "l") leave gaps as wide as a proportional space.
    """
    gaps = _blank_runs(crop, cv2)
    if not gaps or len(text) < 2:
        return text
    pitch = (xs[-1] - xs[0]) / (len(text) - 1)
    out = [text[0]]
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        decimal = a in ".," and b.isdigit()
        if a not in _NO_SPACE_AFTER and b not in _NO_SPACE_BEFORE and not decimal:
            # Digits have wide side bearings ("1"): a false space would split an amount.
            limit = NUMBER_SPACE_GAP if a in _NUMERIC and b in _NUMERIC else SPACE_GAP
            if any(
                xs[i - 1] < mid < xs[i] and ratio >= limit and width >= SPACE_PITCH * pitch
                for mid, width, ratio in gaps
            ):
                out.append(" ")
        out.append(b)
    return "".join(out)


_NUMERIC = set("0123456789.,'")
_NO_SPACE_BEFORE = set(" .,:;)]}%-/'")
_NO_SPACE_AFTER = set(" ([{-/'")


def _blank_runs(crop: np.ndarray, cv2: Any) -> list[tuple[float, int, float]]:
    """Ink-free column runs of a crop: (centre x, width, width / text height)."""
    gray = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY) if crop.ndim == 3 else crop
    # The middle three fifths of the crop: no ascenders, descenders or bleeding neighbour lines.
    h = gray.shape[0]
    _, ink = cv2.threshold(gray[h // 5 : h - h // 5], 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    if ink.mean() > 0.5:  # light text on a dark background
        ink = 1 - ink
    text_h = int(np.count_nonzero(ink.sum(axis=1)))
    cols = np.flatnonzero(ink.sum(axis=0))
    if text_h < 5 or len(cols) < 2:
        return []
    runs = []
    gap_starts = np.flatnonzero(np.diff(cols) > 1)
    for k in gap_starts:
        left, right = cols[k], cols[k + 1]
        width = right - left - 1
        runs.append(((left + right) / 2, width, width / text_h))
    return runs


# --- lines ----------------------------------------------------------------------------------
def _merge_lines(segments: list[TextLine]) -> list[TextLine]:
    """Join segments of one visual line separated by a small gap, left to right."""
    segments.sort(key=lambda s: s.x0)
    lines: list[TextLine] = []
    counts: list[int] = []
    for seg in segments:
        for k, line in enumerate(lines):
            if _same_line(line, seg):
                n = counts[k]
                line.text = f"{line.text} {seg.text}"
                line.confidence = round((line.confidence * n + seg.confidence) / (n + 1), 4)
                line.x1 = max(line.x1, seg.x1)
                line.top, line.bottom = min(line.top, seg.top), max(line.bottom, seg.bottom)
                counts[k] += 1
                break
        else:
            lines.append(seg)
            counts.append(1)
    return _reading_order(lines)


def _reading_order(lines: list[TextLine]) -> list[TextLine]:
    """Sort by top, but keep lines whose middle is level with a row's first line in that row
    (left to right): a bold label and its value differ by a few pixels."""
    lines.sort(key=lambda ln: (ln.page, ln.top, ln.x0))
    ordered: list[TextLine] = []
    row: list[TextLine] = []
    for line in lines:
        if row and (line.page != row[0].page or (line.top + line.bottom) / 2 > row[0].bottom):
            ordered += sorted(row, key=lambda ln: ln.x0)
            row = []
        row.append(line)
    return ordered + sorted(row, key=lambda ln: ln.x0)


def _same_line(line: TextLine, seg: TextLine) -> bool:
    height = min(line.bottom - line.top, seg.bottom - seg.top)
    overlap = min(line.bottom, seg.bottom) - max(line.top, seg.top)
    gap = seg.x0 - line.x1
    return overlap > 0.6 * height and -0.2 * height < gap < MERGE_GAP * height
