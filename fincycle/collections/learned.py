# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A small learned classifier of customers' replies, next to the rules of :mod:`.replies`.

Multinomial logistic regression on hashed features of the customer's own words (see
:mod:`.mail`: the quoted company text is gone): word unigrams and bigrams and character
3-5-grams inside words, on folded text (lower case, no accents) where amounts, dates,
invoice numbers and other numbers are tokens (``<amount>``, ``<date>``, ``<invno>``,
``<num>``), plus a few header features (auto-reply headers, forward, attachments).

The weights live in ``reply_model.npz`` next to this file, written by
``scripts/bench/train_replies.py`` (deterministic; retrain with
``.venv/bin/python scripts/bench/train_replies.py`` after the labelled sets change).
``predict(mail)`` returns the class probabilities, or None when the model file (or numpy)
is not there: the reader then runs on its rules alone.
"""

import re
import zlib
from collections import Counter
from functools import lru_cache
from itertools import chain, pairwise
from pathlib import Path

try:  # numpy is an optional dependency (fincycle[extraction]): without it, rules only
    import numpy as np
except ImportError:  # pragma: no cover
    np = None

from .textparse import fold

MODEL_PATH = Path(__file__).with_name("reply_model.npz")
BITS = 20
MASK = (1 << BITS) - 1

DATE = re.compile(
    r"\b\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b\d{1,2}\.?\s*(?:jan|fev|feb|mar|apr|avr|mai|may|jun|jui|giu|jul|lug|aug|aou|ago|sep|set|"
    r"oct|okt|ott|nov|dec|dez|dic|gen)\w*(?:\s+\d{4})?\b"
)
INVNO = re.compile(
    r"\b(?=[\w/-]*\d)(?=[\w/-]*[a-z/-])[a-z0-9]+(?:[/-][a-z0-9]+)+\b|\b[a-z]{1,4}\d{4,}\b"
)
AMOUNT = re.compile(r"\b\d{1,3}(?:[' .,]\d{3})*[.,]\d{2}\b|\b\d{1,3}(?:[']\d{3})+\b|\b\d+[.,]-")
NUMBER = re.compile(r"\d+")
WORD = re.compile(r"<\w+>|[a-z]+(?:'[a-z]+)?")


def normalize(text):
    """Folded text with dates, invoice numbers, amounts and numbers as tokens."""
    text = fold(text)
    text = DATE.sub(" <date> ", text)
    text = INVNO.sub(" <invno> ", text)
    text = AMOUNT.sub(" <amount> ", text)
    return NUMBER.sub(" <num> ", text)


@lru_cache(maxsize=1 << 17)
def _hash(feature):
    return zlib.crc32(feature.encode("utf-8")) & MASK


@lru_cache(maxsize=1 << 15)
def _char_grams(word):
    """The character 3-5-grams of a word padded with a space on both sides."""
    padded = f" {word} "
    return tuple(padded[j : j + n] for n in (3, 4, 5) for j in range(len(padded) - n + 1))


def features(text, headers=()):
    """Hashed feature indices and values (an index may repeat: values add up): each group
    (words and bigrams, characters) of unit L2 norm over log(1 + count), header features 1."""
    words = WORD.findall(normalize(text))
    counts_w = Counter(["w:" + w for w in words])
    counts_w.update(["b:" + a + " " + b for a, b in pairwise(words)])
    counts_c = Counter(chain.from_iterable(_char_grams(w) for w in words if w[0] != "<"))
    idx, val = [], []
    for group in (counts_w, counts_c):
        if not group:
            continue
        values = np.log1p(np.fromiter(group.values(), dtype=np.float64, count=len(group)))
        idx.append(np.fromiter(map(_hash, group), dtype=np.int64, count=len(group)))
        val.append(values / np.sqrt(values @ values))
    names = ["h:" + name for name in headers] + ([] if words else ["h:empty"])
    idx.append(np.fromiter(map(_hash, names), dtype=np.int64, count=len(names)))
    val.append(np.ones(len(names)))
    return np.concatenate(idx), np.concatenate(val)


def header_features(mail):
    """Names of the header signals of a parsed mail (:class:`.mail.ParsedMail`)."""
    names = ["auto:" + r for r in mail.auto_reasons]
    if mail.headers_auto:
        names.append("auto")
    if mail.is_forward:
        names.append("forward")
    if mail.attachments:
        names.append("attachment")
    return names


def mail_features(mail):
    return features(mail.own_text, header_features(mail))


class Model:
    """Weights over the hashed features seen in training (``keys`` sorted)."""

    def __init__(self, classes, keys, weights, bias):
        self.classes = list(classes)
        self.keys = np.asarray(keys, dtype=np.int64)
        self.weights = np.asarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float32)

    def proba(self, idx, val):
        pos = np.searchsorted(self.keys, idx)
        pos = np.minimum(pos, len(self.keys) - 1)
        known = self.keys[pos] == idx
        scores = self.bias + val[known] @ self.weights[pos[known]]
        scores = scores - scores.max()
        p = np.exp(scores)
        return dict(zip(self.classes, (p / p.sum()).tolist(), strict=True))

    def save(self, path):
        np.savez_compressed(
            path,
            classes=np.array(self.classes),
            keys=self.keys.astype(np.int32),
            weights=self.weights.astype(np.float16),
            bias=self.bias,
        )

    @classmethod
    def load(cls, path):
        with np.load(path) as data:
            return cls(
                [str(c) for c in data["classes"]], data["keys"], data["weights"], data["bias"]
            )


def train(samples, labels, classes, *, l2=1e-4, iterations=300, rate=0.7):
    """Fit a multinomial logistic regression (full-batch Adam, zero start: deterministic).

    ``samples``: list of (idx, val) from :func:`features`; ``labels``: class names."""
    keys = np.unique(np.concatenate([idx for idx, _ in samples]))
    rows = np.concatenate([np.full(len(idx), r) for r, (idx, _) in enumerate(samples)])
    cols = np.concatenate([np.searchsorted(keys, idx) for idx, _ in samples])
    vals = np.concatenate([val for _, val in samples])
    starts = np.cumsum([0] + [len(idx) for idx, _ in samples[:-1]])
    n, k = len(samples), len(classes)
    y = np.zeros((n, k))
    y[np.arange(n), [classes.index(label) for label in labels]] = 1.0
    w = np.zeros((len(keys), k))
    b = np.zeros(k)
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros(k), np.zeros(k)
    for t in range(1, iterations + 1):
        scores = np.add.reduceat(vals[:, None] * w[cols], starts) + b
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) / n
        contrib = vals[:, None] * g[rows]
        grad_w = np.stack(
            [np.bincount(cols, contrib[:, c], minlength=len(keys)) for c in range(k)], axis=1
        )
        grad_w += l2 * w
        grad_b = g.sum(axis=0)
        step = rate * 0.01
        _adam_step(w, grad_w, (m_w, v_w), t, step)
        _adam_step(b, grad_b, (m_b, v_b), t, step)
    return Model(classes, keys, w, b)


def _adam_step(param, grad, moments, t, step):
    """One Adam step, in place."""
    m, v = moments
    m *= 0.9
    m += 0.1 * grad
    v *= 0.999
    v += 0.001 * grad * grad
    param -= step * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)


_MODEL = None


def load_model():
    """The packaged model (cached), or None when the file or numpy is absent."""
    global _MODEL  # noqa: PLW0603
    if _MODEL is None and np is not None and MODEL_PATH.exists():
        _MODEL = Model.load(MODEL_PATH)
    return _MODEL


def predict(mail, model=None):
    """Class probabilities for a parsed reply, or None without a model."""
    model = model or load_model()
    if model is None:
        return None
    return model.proba(*mail_features(mail))
