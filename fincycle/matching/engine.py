"""The matcher: bank lines → ranked candidates (one open item or a set) with evidence.

How a line is scored
--------------------
1. *Signals* are read once per line: references (structured QRR/RF, invoice numbers and
   customer references in the free text, exact after normalisation or one typo away),
   the counterparty (IBAN known on a partner, the partner Odoo already found, name similarity
   of the payer, or of a partner name written in the label), the amount and the date.
2. *Candidates* come from indexes, never from a scan of all open items: items named by a
   reference, items of the identified partners, items with the same amount, and combinations
   of one partner's items (bounded subset-sum) when one transfer pays several.
3. Each candidate gets binary *features* (``weights.FEATURES``); its utility is the weighted
   sum, and the score is a softmax over the line's candidates plus a "no match" option of
   utility 0 (a conditional logit): two equally good candidates share the probability, so an
   ambiguous line never reaches the auto threshold. The weights are fitted on synthetic
   scenarios (``scripts/bench/calibrate_matching.py``), which makes the score an estimate of
   the probability that the candidate is right.

Amounts are compared in integer cents. Everything is pure Python and deterministic.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
import time
from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from fincycle.banking.references import (
    QRR,
    SCOR,
    find_structured_reference,
    is_valid_qrr,
    is_valid_scor,
    normalize_qrr,
    normalize_scor,
)

from .model import BankLine, Candidate, Evidence, MatchConfig, OpenItem
from .subset import find_subsets
from .text import (
    compact_key,
    deletions,
    digits_key,
    foreign_amounts,
    group_key,
    name_tokens,
    tokens,
    within_one_edit,
)
from .weights import FEATURES, WEIGHTS

__all__ = ["Matcher", "RawCandidate"]

FxRate = Callable[[str, str, date], Decimal | None]

STRUCT, EXACT, APPROX = 3, 2, 1
NAME_EXACT, NAME_STRONG, NAME_WEAK = 3, 2, 1
MIN_KEY = 4  # shorter numbers are not searched in text
MIN_FUZZY = 7  # one typo is tolerated on keys this long
MAX_NGRAM_TOKENS = 7
CENT = Decimal("0.01")
_RUNS = re.compile(r"[A-Z]+|[0-9]+")


def _cents(value: Decimal) -> int:
    return int((Decimal(value) * 100).to_integral_value(ROUND_HALF_UP))


def _money(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


@lru_cache(maxsize=100_000)
def _runs(word: str) -> tuple[str, ...]:
    """Letter and digit groups of an upper-case token, leading zeros of numbers dropped."""
    return tuple(
        (r.lstrip("0") or "0") if r[0].isdigit() else r for r in _RUNS.findall(word)
    )


def _fmt(cents: int, currency: str) -> str:
    return f"{_money(cents):,.2f} {currency}".replace(",", "'")


@dataclass
class _Ref:
    level: int
    detail: str


@dataclass
class _Party:
    iban: bool = False
    partner_id: bool = False
    name: int = 0
    detail: str = ""

    @property
    def strong(self) -> bool:
        return self.iban or self.partner_id or self.name >= NAME_STRONG


@dataclass
class _LineInfo:
    """What is read once from a bank line."""

    line: BankLine
    sign: int
    cents: int
    refs: dict[Hashable, _Ref]
    unknown_refs: list[str]
    ref_notes: list[str]
    parties: dict[Hashable, _Party]
    foreign: dict[str, int]  # currency → instructed/written amount in cents


@dataclass
class _Relation:
    feature: str  # amt_exact, amt_round, amt_fee, amt_discount, amt_short, amt_partial, ...
    allocations: dict[Hashable, Decimal]
    difference: Decimal
    kind: str
    detail: Callable[[], str]
    fx: bool = False


@dataclass
class RawCandidate:
    """A candidate before scoring: its features, for the matcher and for calibration."""

    items: tuple[Hashable, ...]
    features: dict[str, float]
    relation: _Relation
    evidence: list[tuple] = field(default_factory=list)  # (signal, feature, text or callable)

    def utility(self, weights: Mapping[str, float]) -> float:
        return sum(weights.get(name, 0.0) * value for name, value in self.features.items())


class Matcher:
    """Indexes open items once, then scores bank lines against them.

    ``fx_rate(from_currency, to_currency, day)`` returns the rate such that an amount in
    ``from_currency`` times the rate is the amount in ``to_currency`` (None when unknown)."""

    def __init__(
        self,
        items: Iterable[OpenItem],
        config: MatchConfig | None = None,
        fx_rate: FxRate | None = None,
        weights: Mapping[str, float] | None = None,
    ):
        self.config = config or MatchConfig()
        self.fx_rate = fx_rate
        self.weights = dict(WEIGHTS if weights is None else weights)
        self._items: dict[Hashable, OpenItem] = {}
        self._cents: dict[Hashable, int] = {}
        self._amounts: dict[tuple[str, int], set] = defaultdict(set)
        self._exact: dict[str, set] = defaultdict(set)  # key → {(item, level, source)}
        self._fuzzy: dict[str, set] = defaultdict(set)  # deletion → {(item, key, source)}
        self._fuzzy_lengths: set[int] = set()
        self._item_keys: dict[Hashable, tuple[list, list]] = {}
        self._partner_items: dict[Hashable, set] = defaultdict(set)
        self._partner_name: dict[Hashable, str] = {}
        self._partner_tokens: dict[Hashable, tuple[str, ...]] = {}
        self._iban_partners: dict[str, set] = defaultdict(set)
        self._name_index: dict[str, set] = defaultdict(set)
        self._prefixes: set[str] = set()
        self._max_key = 0
        self._key_lengths: dict[str, set[int]] = {"C": set(), "G": set(), "D": set(), "Q": set()}
        self._currencies: set[str] = set()
        self._name_cache: dict[tuple, dict] = {}
        self._idf_cache: dict[str, float] = {}
        self._weight_cache: dict[Hashable, float] = {}
        self._vocabulary: list[str] | None = None
        for item in items:
            self._add(item)

    # -- index maintenance ---------------------------------------------------------------

    @staticmethod
    def _pkey(item: OpenItem) -> Hashable:
        if item.partner_id is not None:
            return item.partner_id
        if item.partner_name:
            return ("name", name_tokens(item.partner_name))
        return None

    def _add(self, item: OpenItem) -> None:
        cents = _cents(item.residual)
        if not cents:
            return
        self._items[item.id] = item
        self._cents[item.id] = cents
        self._amounts[(item.currency, cents)].add(item.id)
        self._currencies.add(item.currency)
        exact_keys, fuzzy_keys = [], []
        self._index_references(item, exact_keys, fuzzy_keys)
        self._item_keys[item.id] = (exact_keys, fuzzy_keys)
        pkey = self._pkey(item)
        if pkey is not None:
            self._partner_items[pkey].add(item.id)
            if pkey not in self._partner_name and item.partner_name:
                self._partner_name[pkey] = item.partner_name
                words = name_tokens(item.partner_name)
                self._partner_tokens[pkey] = words
                for word in set(words):
                    self._name_index[word].add(pkey)
                self._name_cache.clear()
                self._idf_cache.clear()
                self._weight_cache.clear()
                self._vocabulary = None
            for iban in item.partner_ibans:
                iban = compact_key(iban)
                if iban and pkey not in self._iban_partners[iban]:
                    self._iban_partners[iban].add(pkey)

    def _index_references(self, item: OpenItem, exact_keys: list, fuzzy_keys: list) -> None:
        def exact(key: str, level: int, source: str):
            entry = (item.id, level, source)
            self._key_lengths[key[0]].add(len(key) - 2)
            self._exact[key].add(entry)
            exact_keys.append((key, entry))

        def fuzzy(key: str, source: str):
            if len(key) < MIN_FUZZY:
                return
            entry = (item.id, key, source)
            self._fuzzy_lengths.add(len(key))
            for variant in {key} | deletions(key):
                self._fuzzy[variant].add(entry)
                fuzzy_keys.append((variant, entry))

        def textual(value: str, source: str):
            compact = compact_key(value)
            if len(compact) < MIN_KEY:
                return
            self._max_key = max(self._max_key, len(compact))
            exact("C:" + compact, EXACT, source)
            grouped = group_key(value)
            if "|" in grouped:
                exact("G:" + grouped, EXACT, source)
            digits = digits_key(value)
            if digits:
                exact("D:" + digits, APPROX, source)
            if source == "number":
                head = compact_key(value.split("/")[0].split("-")[0])
                prefix = ""
                for char in head:
                    if not char.isalpha():
                        break
                    prefix += char
                if prefix:
                    self._prefixes.add(prefix)
            fuzzy(compact, source)

        if item.number:
            textual(item.number, "number")
        if item.customer_ref and compact_key(item.customer_ref) != compact_key(item.number):
            textual(item.customer_ref, "customer_ref")
        ref = item.payment_ref
        kind = (item.payment_ref_type or "").lower()
        if ref and kind == QRR and is_valid_qrr(ref):
            digits = normalize_qrr(ref)
            self._max_key = max(self._max_key, len(digits))
            exact("C:" + digits, STRUCT, QRR)
            exact("Q:" + digits.lstrip("0"), STRUCT, QRR)
            fuzzy(digits, QRR)
        elif ref and kind == SCOR and is_valid_scor(ref):
            value = normalize_scor(ref)
            self._max_key = max(self._max_key, len(value))
            exact("C:" + value, STRUCT, SCOR)
            fuzzy(value, SCOR)
        elif ref and compact_key(ref) not in (compact_key(item.number), ""):
            textual(ref, "payment_ref")

    def _drop(self, item_id: Hashable) -> OpenItem | None:
        item = self._items.pop(item_id, None)
        if item is None:
            return None
        cents = self._cents.pop(item_id)
        bucket = self._amounts.get((item.currency, cents))
        if bucket is not None:
            bucket.discard(item_id)
            if not bucket:
                del self._amounts[(item.currency, cents)]
        exact_keys, fuzzy_keys = self._item_keys.pop(item_id)
        for index, keys in ((self._exact, exact_keys), (self._fuzzy, fuzzy_keys)):
            for key, entry in keys:
                bucket = index.get(key)
                if bucket is not None:
                    bucket.discard(entry)
                    if not bucket:
                        del index[key]
        pkey = self._pkey(item)
        if pkey is not None:
            self._partner_items[pkey].discard(item_id)
        return item

    def remove(self, item_ids: Iterable[Hashable]) -> None:
        """Forget items (reconciled elsewhere)."""
        for item_id in item_ids:
            self._drop(item_id)

    def update(self, item: OpenItem) -> None:
        """Add an item or replace the one with the same id (a zero residual removes it)."""
        old = self._items.get(item.id)
        if old is not None and replace(old, residual=item.residual) == item:
            self._set_residual(item.id, _cents(item.residual))  # fast path: amount only
            return
        self._drop(item.id)
        self._add(item)

    def _set_residual(self, item_id: Hashable, cents: int) -> None:
        item = self._items[item_id]
        if not cents:
            self._drop(item_id)
            return
        old = self._cents[item_id]
        bucket = self._amounts[(item.currency, old)]
        bucket.discard(item_id)
        if not bucket:
            del self._amounts[(item.currency, old)]
        self._amounts[(item.currency, cents)].add(item_id)
        self._cents[item_id] = cents
        self._items[item_id] = replace(item, residual=_money(cents))

    @property
    def items(self) -> Mapping[Hashable, OpenItem]:
        return self._items

    # -- reading a line ------------------------------------------------------------------

    def _label(self, item_id: Hashable) -> str:
        item = self._items.get(item_id)
        return (item.number or str(item.id)) if item else str(item_id)

    def _read_refs(self, line: BankLine):
        refs: dict[Hashable, _Ref] = {}
        unknown: list[str] = []
        notes: list[str] = []

        def hit(item_id, level, detail):
            current = refs.get(item_id)
            if current is None or level > current.level:
                refs[item_id] = _Ref(level, detail)

        def describe(source, typed, item_id, level):
            name = self._label(item_id)
            if source == QRR:
                return f"QR reference {typed} is the one of {name}"
            if source == SCOR:
                return f"creditor reference {typed} is the one of {name}"
            what = {"customer_ref": "customer reference", "payment_ref": "payment reference"}
            label = what.get(source, "invoice number")
            if level == APPROX:
                return f"'{typed}' has the digits of the {label} of {name}"
            return f"{label} of {name} in the text ('{typed}')"

        struct_seen: set[str] = set()
        given = (line.structured_ref or "").strip()
        if given:
            kind = (line.structured_ref_type or "").lower()
            value = normalize_qrr(given) if kind == QRR else normalize_scor(given)
            valid = is_valid_qrr(value) if kind == QRR else is_valid_scor(value)
            if not kind:
                found = find_structured_reference(given)
                valid = bool(found)
                kind, value = found if found else ("", compact_key(given))
            if valid:
                struct_seen.add(value)
                matched = self._exact.get("C:" + value, ())
                for item_id, level, source in matched:
                    hit(item_id, level, describe(source, value, item_id, level))
                if not matched:
                    unknown.append(f"{kind.upper()} {value} belongs to no open item")
            else:
                notes.append(f"the structured reference {given} fails its check digit")
                self._fuzzy_lookup(compact_key(given), hit, given)

        narration = line.narration or ""
        for shown in (line.label, line.reference):
            if shown and shown in narration:
                narration = narration.replace(shown, " ")
        texts = [(line.label, True), (line.reference, True), (narration, False)]
        seen_texts = set()
        for text, allow_fuzzy in texts:
            if not text or text in seen_texts:
                continue
            seen_texts.add(text)
            self._scan_text(text, allow_fuzzy, hit, describe, unknown)
            found = find_structured_reference(text)
            if found and found[1] not in struct_seen:
                struct_seen.add(found[1])
                if not self._exact.get("C:" + found[1]):
                    unknown.append(f"{found[0].upper()} {found[1]} belongs to no open item")
        return refs, unknown, notes

    def _fuzzy_lookup(self, query: str, hit, typed: str) -> bool:
        if len(query) < MIN_FUZZY - 1 or not any(
            abs(len(query) - n) <= 1 for n in self._fuzzy_lengths
        ):
            return False
        found = False
        fuzzy = self._fuzzy
        for variant in {query} | deletions(query):
            for item_id, key, source in fuzzy.get(variant, ()):
                if key != query and within_one_edit(query, key):
                    what = {QRR: "QR reference", SCOR: "creditor reference"}.get(
                        source, "invoice number"
                    )
                    hit(
                        item_id,
                        APPROX,
                        f"'{typed}' is one typo away from the {what} of {self._label(item_id)}",
                    )
                    found = True
        return found

    def _scan_text(self, text: str, allow_fuzzy: bool, hit, describe, unknown) -> None:
        words = tokens(text)
        if not words:
            return
        exact_index = self._exact
        lengths = self._key_lengths
        c_lengths, g_lengths = lengths["C"], lengths["G"]
        limit = self._max_key + 1
        runs = [_runs(word) for word in words]
        digit_counts = [sum(c.isdigit() for c in word) for word in words]
        strong: list[tuple[int, int]] = []  # spans naming an item exactly (compact form)
        strong_all: list[tuple[int, int]] = []  # spans naming an item exactly in any form
        fuzzy_spans: list[tuple[int, int, str]] = []
        count = len(words)
        for start in range(count):
            compact = ""
            group: list[str] = []
            digits = 0
            for end in range(start, min(count, start + MAX_NGRAM_TOKENS)):
                compact += words[end]
                group.extend(runs[end])
                digits += digit_counts[end]
                size = len(compact)
                if size > limit:
                    break
                if size < MIN_KEY:
                    continue
                keys = []
                if size in c_lengths:
                    keys.append("C:" + compact)
                if len(group) > 1:
                    grouped = "|".join(group)
                    if len(grouped) in g_lengths:
                        keys.append("G:" + grouped)
                if compact.isdigit():
                    if size in lengths["D"]:
                        keys.append("D:" + compact)
                    if size >= 10:
                        keys.append("Q:" + compact.lstrip("0"))
                exact_hit = False
                matched = False
                for key in keys:
                    entries = exact_index.get(key)
                    if not entries:
                        continue
                    for item_id, level, source in entries:
                        hit(item_id, level, describe(source, " ".join(words[start : end + 1]), item_id, level))
                    matched = True
                    exact_hit = exact_hit or key[0] in "CQ"
                if matched:
                    strong_all.append((start, end))
                if exact_hit:
                    strong.append((start, end))
                elif allow_fuzzy and size >= MIN_FUZZY - 1 and digits >= 3:
                    fuzzy_spans.append((start, end, compact))
        for start, end, compact in fuzzy_spans:
            if any(s <= end and start <= e for s, e in strong):
                continue
            self._fuzzy_lookup(compact, hit, " ".join(words[start : end + 1]))
        prefixes = self._prefixes
        if not prefixes:
            return
        # A number shaped like ours (known prefix + digits) that names no open item: the
        # payer meant something else (an invoice already paid, another company's).
        # (a typo may come close to other numbers: the span is still not an exact name)
        for index, word in enumerate(words):
            if any(s <= index <= e for s, e in strong_all):
                continue
            head = word.rstrip("0123456789")
            if head in prefixes and word != head:
                if len(word) - len(head) >= 4:
                    unknown.append(f"'{word}' names no open item")
            elif word in prefixes and index + 1 < count and words[index + 1][:1].isdigit():
                if len("".join(words[index + 1 : index + 3])) >= 4 and not any(
                    s <= index + 1 <= e for s, e in strong_all
                ):
                    unknown.append(f"'{word} {words[index + 1]}…' names no open item")

    def _idf(self, word: str) -> float:
        value = self._idf_cache.get(word)
        if value is None:
            total = max(1, len(self._partner_tokens))
            value = math.log(1.0 + total / max(1, len(self._name_index.get(word, ()))))
            self._idf_cache[word] = value
        return value

    def _partner_weight(self, pkey: Hashable) -> float:
        value = self._weight_cache.get(pkey)
        if value is None:
            value = sum(self._idf(w) for w in set(self._partner_tokens.get(pkey, ())))
            self._weight_cache[pkey] = value
        return value

    def _prefixed(self, head: str) -> list[str]:
        """Known name words starting with ``head`` (a name cut short by the bank)."""
        if self._vocabulary is None:
            self._vocabulary = sorted(self._name_index)
        vocabulary = self._vocabulary
        start = bisect.bisect_left(vocabulary, head)
        found = []
        for word in vocabulary[start : start + 50]:
            if not word.startswith(head):
                break
            found.append(word)
        return found

    def _name_parties(self, line: BankLine) -> dict[Hashable, tuple[int, str]]:
        """Partners whose name matches the payer name (or is written in the label)."""
        query = name_tokens(line.counterparty_name) if line.counterparty_name else ()
        from_label = not query
        if from_label:
            query = name_tokens(line.label) if line.label else ()
        if not query:
            return {}
        cache_key = (query, from_label)
        cached = self._name_cache.get(cache_key)
        if cached is not None:
            return cached
        total = max(1, len(self._partner_tokens))
        common = max(25, total // 20)
        words = list(dict.fromkeys(query))
        shared: dict[Hashable, float] = defaultdict(float)
        query_weight = 0.0
        for position, word in enumerate(words):
            partners = self._name_index.get(word)
            if not partners and not from_label and position == len(words) - 1 and len(word) >= 3:
                # a truncated last word ("GENOSS") still points at its partner
                for full in self._prefixed(word):
                    weight = self._idf(full)
                    for pkey in self._name_index[full]:
                        shared[pkey] += weight
                query_weight += math.log(1.0 + total)
                continue
            weight = self._idf(word) if partners else math.log(1.0 + total)
            query_weight += weight
            if partners and (len(partners) <= common or len(words) == 1):
                for pkey in partners:
                    shared[pkey] += weight
        result = {}
        for pkey, weight in shared.items():
            # most of the partner's name, or most of the payer's name, must be shared
            if weight < 0.7 * self._partner_weight(pkey) and (
                from_label or weight < 0.7 * query_weight
            ):
                continue
            level = self._name_level(words, self._partner_tokens.get(pkey, ()), from_label)
            if level:
                name = self._partner_name.get(pkey, "")
                if from_label:
                    text = f"the name {name} is written in the label"
                elif level == NAME_EXACT:
                    text = f"payer '{line.counterparty_name}' is {name}"
                else:
                    text = f"payer '{line.counterparty_name}' resembles {name}"
                result[pkey] = (level, text)
        if len(self._name_cache) > 50_000:
            self._name_cache.clear()
        self._name_cache[cache_key] = result
        return result

    def _name_level(self, query: list[str], words, from_label: bool) -> int:
        if not words:
            return 0
        pset = set(words)
        matched_p: set[str] = set()
        matched_q = 0
        for position, word in enumerate(query):
            if word in pset:
                matched_p.add(word)
                matched_q += 1
            elif not from_label:
                if position == len(query) - 1 and len(word) >= 3:
                    prefixed = sorted(w for w in pset if w.startswith(word))
                    if prefixed:
                        matched_p.add(prefixed[0])
                        matched_q += 1
                        continue
                if len(word) >= 5:
                    close = sorted(w for w in pset if len(w) >= 5 and within_one_edit(word, w))
                    if close:
                        matched_p.add(close[0])
                        matched_q += 1
        if not matched_p:
            return 0
        idf = self._idf
        cover_p = sum(idf(w) for w in matched_p) / sum(idf(w) for w in pset)
        if from_label:
            if cover_p >= 0.999 and (len(pset) > 1 or len(next(iter(pset))) >= 5):
                return NAME_STRONG
            return NAME_WEAK if cover_p >= 0.5 else 0
        cover_q = matched_q / len(query)
        if cover_q >= 0.999 and cover_p >= 0.999:
            return NAME_EXACT
        if (cover_q >= 0.999 and cover_p >= 0.5) or (cover_p >= 0.999 and cover_q >= 0.5):
            return NAME_STRONG
        if max(cover_p, cover_q) >= 0.5:
            return NAME_WEAK
        return 0

    def _read_parties(self, line: BankLine) -> dict[Hashable, _Party]:
        parties: dict[Hashable, _Party] = {}
        iban = compact_key(line.counterparty_iban)
        if iban:
            for pkey in self._iban_partners.get(iban, ()):
                party = parties.setdefault(pkey, _Party())
                party.iban = True
                party.detail = (
                    f"IBAN {iban} is a known account of {self._partner_name.get(pkey, pkey)}"
                )
        if line.partner_id is not None:
            party = parties.setdefault(line.partner_id, _Party())
            party.partner_id = True
            if not party.detail:
                name = self._partner_name.get(line.partner_id, line.partner_id)
                party.detail = f"the bank line is already assigned to {name}"
        for pkey, (level, text) in self._name_parties(line).items():
            party = parties.setdefault(pkey, _Party())
            party.name = level
            party.detail = "; ".join(x for x in (party.detail, text) if x)
        return parties

    def _read(self, line: BankLine) -> _LineInfo | None:
        cents = _cents(line.amount)
        if not cents:
            return None
        refs, unknown, notes = self._read_refs(line)
        foreign = {}
        if line.instructed_amount is not None and line.instructed_currency:
            instructed = abs(_cents(line.instructed_amount))
            if line.instructed_currency != line.currency and instructed:
                foreign[line.instructed_currency] = instructed
        others = self._currencies - {line.currency}
        if others:
            for text in (line.label, line.reference, line.narration):
                for currency, amount in foreign_amounts(text, others):
                    foreign.setdefault(currency, _cents(amount))
        return _LineInfo(
            line=line,
            sign=1 if cents > 0 else -1,
            cents=abs(cents),
            refs=refs,
            unknown_refs=unknown,
            ref_notes=notes,
            parties=self._read_parties(line),
            foreign=foreign,
        )

    # -- amounts -------------------------------------------------------------------------

    def _target(self, info: _LineInfo, currency: str):
        """(target in cents of ``currency``, how, rate line→currency) or None."""
        line = info.line
        if currency == line.currency:
            return info.cents, "same", Decimal(1)
        if currency in info.foreign:
            target = info.foreign[currency]
            return target, "instructed", Decimal(target) / Decimal(info.cents)
        if self.fx_rate is not None:
            rate = self.fx_rate(line.currency, currency, line.date)
            if rate:
                rate = Decimal(rate)
                return int((info.cents * rate).to_integral_value(ROUND_HALF_UP)), "rate", rate
        return None

    def _relate(self, info: _LineInfo, ids: tuple, allow_inexact: bool) -> _Relation | None:
        """How the line amount relates to the open amount of ``ids`` (one currency)."""
        items = [self._items[i] for i in ids]
        currency = items[0].currency
        if any(item.currency != currency for item in items):
            return None
        target = self._target(info, currency)
        if target is None:
            return None
        amount, how, rate = target
        sign = info.sign
        signed = {i: self._cents[i] * sign for i in ids}  # + owed by the payer, - credit notes
        open_total = sum(signed.values())
        if open_total <= 0:
            return None
        cfg = self.config
        tol = _cents(cfg.tolerance(currency))
        diff = amount - open_total
        line_currency = info.line.currency
        fx = how != "same"

        def full(feature, kind, detail):
            alloc = {i: _money(self._cents[i]) for i in ids}
            if how == "rate":
                converted = Decimal(open_total) / rate
                difference = _money(sign * int((info.cents - converted).to_integral_value()))
            elif how == "instructed":
                difference = _money(
                    sign * int((Decimal(diff) / rate).to_integral_value(ROUND_HALF_UP))
                )
            else:
                difference = _money(sign * diff)
            return _Relation(feature, alloc, difference, kind, detail, fx)

        plain = "multi" if len(ids) > 1 else "full"

        def shown(cents):
            return _fmt(cents, currency)

        if how == "rate":
            limit = int(open_total * cfg.fx_tolerance_pct)
            if abs(diff) <= max(limit, tol):
                return full(
                    "amt_fx",
                    plain,
                    lambda: f"{_fmt(info.cents, line_currency)} ≈ {shown(amount)} at the rate"
                    f" of the day, open {shown(open_total)} ({diff / open_total:+.2%})",
                )
        else:
            if diff == 0:
                return full("amt_exact", plain, lambda: f"amount {shown(amount)} = open amount")
            if abs(diff) <= tol:
                return full(
                    "amt_round",
                    "writeoff",
                    lambda: f"amount {shown(amount)} vs open {shown(open_total)}:"
                    f" rounding {shown(diff)}",
                )
            if diff < 0:
                short = -diff
                if short <= max(_cents(cfg.fee_band_abs), open_total // 25 + tol):
                    for rate_pct in cfg.discount_rates:
                        expected = int((open_total * rate_pct).to_integral_value(ROUND_HALF_UP))
                        if abs(short - expected) <= max(tol, 1):
                            return full(
                                "amt_discount",
                                "writeoff",
                                lambda rate_pct=rate_pct: f"amount {shown(amount)} = open"
                                f" {shown(open_total)} less a {rate_pct:.1%} cash discount",
                            )
                band = max(_cents(cfg.fee_band_abs), int(open_total * cfg.fee_band_pct))
                if short <= band and short % 50 == 0:
                    return full(
                        "amt_fee",
                        "writeoff",
                        lambda: f"amount {shown(amount)} = open {shown(open_total)} less"
                        f" {shown(short)} of fees",
                    )
                if short <= band and allow_inexact:
                    return self._partial(
                        info, ids, signed, amount, how, "amt_short",
                        lambda: f"amount {shown(amount)} is {shown(short)} short of"
                        f" {shown(open_total)}: the rest stays open",
                    )  # fmt: skip
        if not allow_inexact:
            return None
        if diff < 0:
            return self._partial(
                info, ids, signed, amount, how, "amt_partial",
                lambda: f"partial payment: {shown(amount)} of {shown(open_total)}",
            )  # fmt: skip
        return full(
            "amt_over",
            "overpayment",
            lambda: f"amount {shown(amount)} exceeds the open {shown(open_total)}"
            f" by {shown(diff)}",
        )

    def _partial(self, info, ids, signed, amount, how, feature, detail) -> _Relation:
        """Allocate ``amount`` (cents of the items' currency): credit notes first in full,
        then the oldest items first; the last one is paid in part."""
        order = sorted(ids, key=lambda i: (signed[i] > 0, self._due(i), str(i)))
        left = amount
        alloc = {}
        for item_id in order:
            value = signed[item_id]
            if value < 0:
                alloc[item_id] = _money(self._cents[item_id])
                left -= value
                continue
            take = min(value, max(left, 0))
            left -= take
            if take:
                alloc[item_id] = _money(take * info.sign)
        kind = "multi" if len(alloc) > 1 else "partial"
        return _Relation(feature, alloc, Decimal("0.00"), kind, detail, how != "same")

    def _due(self, item_id: Hashable) -> date:
        item = self._items[item_id]
        return item.due_date or item.invoice_date or date.min

    # -- candidates ----------------------------------------------------------------------

    def _pool(self, info: _LineInfo, pkey: Hashable) -> list:
        ids = self._partner_items.get(pkey, ())
        line_date = info.line.date
        horizon = line_date + timedelta(days=self.config.date_slack_days)
        pool = [
            i
            for i in ids
            if (self._items[i].invoice_date or line_date) <= horizon
            and (self._items[i].currency == info.line.currency or self._target_known(info, i))
        ]
        size = self.config.subset_pool_size
        if len(pool) > size:
            pool.sort(key=lambda i: (abs((self._due(i) - line_date).days), str(i)))
            pool = pool[:size]
        return sorted(pool, key=lambda i: (self._due(i), str(i)))

    def _target_known(self, info: _LineInfo, item_id: Hashable) -> bool:
        currency = self._items[item_id].currency
        return currency in info.foreign or self.fx_rate is not None

    def raw_candidates(self, line: BankLine, rejected: Collection[tuple] = ()) -> list:
        """All candidates of ``line`` with their features, before scoring (for calibration)."""
        info = self._read(line)
        if info is None:
            return []
        return self._raw(info, {frozenset(r) for r in rejected})

    def _raw(self, info: _LineInfo, rejected: set) -> list[RawCandidate]:
        cfg = self.config
        line = info.line
        sign = info.sign
        found: dict[frozenset, RawCandidate] = {}

        def add(ids, allow_inexact):
            ids = tuple(sorted(ids, key=lambda i: (self._due(i), str(i))))
            key = frozenset(ids)
            if key in found or key in rejected or not ids:
                return None
            relation = self._relate(info, ids, allow_inexact)
            if relation is None:
                return None
            candidate = self._featurize(info, ids, relation)
            found[key] = candidate
            return candidate

        refs = {i: r for i, r in info.refs.items() if i in self._items}
        # 1. items named by a reference, alone and together
        for item_id, ref in refs.items():
            if self._cents[item_id] * sign > 0:
                add((item_id,), ref.level >= EXACT)
        by_currency = defaultdict(list)
        for item_id in refs:
            by_currency[self._items[item_id].currency].append(item_id)
        for currency, ids in by_currency.items():
            if 2 <= len(ids) <= cfg.subset_max_items:
                add(ids, all(refs[i].level >= EXACT for i in ids))
                if len(ids) >= 3:
                    values = [self._cents[i] * sign for i in ids]
                    target = self._target(info, currency)
                    if target:
                        tol = _cents(cfg.tolerance(currency))
                        solutions, _ = find_subsets(
                            values, target[0], tol, max_items=cfg.subset_max_items
                        )
                        for solution in solutions:
                            add([ids[k] for k in solution], False)

        # 2. the partners: identified by IBAN, by Odoo, by name, or by the referenced items
        parties = info.parties
        strong = [p for p, party in parties.items() if party.strong]
        ref_partners = defaultdict(list)
        for item_id, ref in refs.items():
            if ref.level >= EXACT:
                pkey = self._pkey(self._items[item_id])
                if pkey is not None:
                    ref_partners[pkey].append(item_id)
        searched = 0
        line_tol = _cents(cfg.tolerance(line.currency))
        deadline = time.monotonic() + cfg.subset_time_cap
        for pkey in list(dict.fromkeys([*ref_partners, *strong])):
            pool = self._pool(info, pkey)
            if not pool:
                continue
            exact_single = False
            slack = _cents(cfg.fee_band_abs)
            for item_id in pool:
                value = self._cents[item_id] * sign
                if value <= 0:
                    continue
                if self._items[item_id].currency == line.currency:
                    # without a reference only exact, fee, discount or rounding differences
                    diff = info.cents - value
                    if diff > line_tol or -diff > max(slack, value // 25 + line_tol):
                        continue
                candidate = add((item_id,), False) or found.get(frozenset((item_id,)))
                if candidate and candidate.relation.feature in ("amt_exact", "amt_round"):
                    exact_single = True
            same = [i for i in pool if self._items[i].currency == line.currency]
            if not same or searched >= 2:
                continue
            required = [i for i in ref_partners.get(pkey, ()) if i in same]
            open_required = sum(self._cents[i] * sign for i in required)
            tol = _cents(cfg.tolerance(line.currency))
            credits = any(self._cents[i] * sign < 0 for i in same)
            if required and open_required + tol >= info.cents and not credits:
                continue  # the named items already cover the amount
            if not required and exact_single:
                continue  # one item explains the amount: no combination needed
            if not required and pkey not in strong:
                continue
            for item_id in required:
                if item_id not in same:
                    same.append(item_id)
            values = [self._cents[i] * sign for i in same]
            solutions, _complete = find_subsets(
                values,
                info.cents,
                tol,
                max_items=cfg.subset_max_items,
                min_items=2,
                required=tuple(same.index(i) for i in required),
                node_budget=cfg.subset_node_budget,
                deadline=deadline,
            )
            searched += 1
            for solution in solutions:
                add([same[k] for k in solution], False)

        # 3. the same amount anywhere (weak alone; the softmax shares it among look-alikes)
        tol = _cents(cfg.tolerance(line.currency))
        self._same_amount(info, line.currency, info.cents, tol, add)
        for currency, amount in info.foreign.items():
            self._same_amount(info, currency, amount, _cents(cfg.tolerance(currency)), add)
        return list(found.values())

    def _same_amount(self, info, currency, amount, tol, add) -> None:
        hits = []
        for delta in range(-tol, tol + 1):
            bucket = self._amounts.get((currency, info.sign * (amount + delta)))
            if bucket:
                hits.extend(bucket)
        if len(hits) > self.config.max_amount_only:
            hits.sort(key=lambda i: (abs((self._due(i) - info.line.date).days), str(i)))
            hits = hits[: self.config.max_amount_only]
        for item_id in hits:
            add((item_id,), False)

    def _featurize(self, info: _LineInfo, ids: tuple, relation: _Relation) -> RawCandidate:
        features: dict[str, float] = {"bias": 1.0}
        evidence: list[tuple] = []
        refs = info.refs
        levels = [refs[i].level if i in refs else 0 for i in ids]
        referenced = [i for i in ids if i in refs]
        if referenced and len(referenced) == len(ids):
            low = min(levels)
            name = {STRUCT: "ref_struct", EXACT: "ref_exact"}.get(low, "ref_approx")
            features[name] = 1.0
        elif referenced:
            features["ref_partial_cover"] = 1.0
        for item_id in referenced:
            signal = "reference" if refs[item_id].level >= EXACT else "reference_typo"
            feature = next(n for n in ("ref_struct", "ref_exact", "ref_approx", "ref_partial_cover") if n in features)
            evidence.append((signal, feature, refs[item_id].detail))
        strong_refs = [i for i, r in refs.items() if r.level >= EXACT and i in self._items]
        if strong_refs and not any(i in refs and refs[i].level >= EXACT for i in ids):
            features["ref_other"] = 1.0
            names = ", ".join(sorted({self._label(i) for i in strong_refs})[:3])
            evidence.append(("reference", "ref_other", f"the text names {names} instead"))
        if info.unknown_refs and not referenced:
            features["ref_unknown"] = 1.0
            evidence.append(("reference", "ref_unknown", info.unknown_refs[0]))
        for note in info.ref_notes:
            evidence.append(("reference", "", note))

        features[relation.feature] = 1.0
        evidence.append(("amount", relation.feature, relation.detail))
        if relation.fx:
            features["fx"] = 1.0
        if not referenced and relation.feature not in ("amt_exact", "amt_round"):
            features["noref_inexact"] = 1.0

        pkeys = list(dict.fromkeys(self._pkey(self._items[i]) for i in ids))
        parties = [info.parties.get(p) for p in pkeys]
        if len(pkeys) > 1:
            features["multi_partner"] = 1.0
            evidence.append(("partner", "multi_partner", "the items belong to several partners"))
        if all(parties):
            if all(p.iban for p in parties):
                features["iban"] = 1.0
            if all(p.partner_id for p in parties):
                features["partner_id"] = 1.0
            level = min(p.name for p in parties)
            if level:
                features[{3: "name_exact", 2: "name_strong", 1: "name_weak"}[level]] = 1.0
            for party in parties:
                if party.detail:
                    kind = next(
                        (
                            n
                            for n in (
                                "iban",
                                "partner_id",
                                "name_exact",
                                "name_strong",
                                "name_weak",
                            )
                            if n in features
                        ),
                        "",
                    )
                    evidence.append(("partner", kind, party.detail))
        own_strong = all(p and p.strong for p in parties)
        if not own_strong:
            others = [
                p
                for p, party in info.parties.items()
                if p not in pkeys and (party.iban or party.partner_id or party.name == NAME_EXACT)
            ]
            if others:
                features["partner_conflict"] = 1.0
                name = self._partner_name.get(others[0], others[0])
                evidence.append(
                    ("partner", "partner_conflict", f"the payer looks like {name}, another partner")
                )
        if len(ids) > 1:
            features["multi"] = 1.0
            if len(ids) > 2:
                features["multi3"] = 1.0
        if any(self._cents[i] * info.sign < 0 for i in ids):
            features["credit_note"] = 1.0
        dates = [self._items[i].invoice_date for i in ids if self._items[i].invoice_date]
        if dates and info.line.date + timedelta(days=self.config.date_slack_days) < min(dates):
            features["before_invoice"] = 1.0
            evidence.append(
                ("date", "before_invoice", f"paid before the invoice date {min(dates).isoformat()}")
            )
        return RawCandidate(ids, features, relation, evidence)

    # -- scoring -------------------------------------------------------------------------

    def _score(self, raws: list[RawCandidate]) -> list[Candidate]:
        """Probabilities by a softmax over the candidates and "no match" (utility 0); only
        the candidates worth returning are built, best first (ties: oldest item first)."""
        if not raws:
            return []
        weights = self.weights
        utilities = [raw.utility(weights) for raw in raws]
        top = max(0.0, *utilities)
        exps = [math.exp(u - top) for u in utilities]
        denominator = math.exp(-top) + sum(exps)
        ranked = sorted(
            range(len(raws)),
            key=lambda k: (
                -round(exps[k] / denominator, 6),
                min(self._due(i) for i in raws[k].items),
                str(raws[k].items),
            ),
        )
        scored = []
        for k in ranked[: self.config.max_candidates]:
            raw, utility = raws[k], utilities[k]
            probability = exps[k] / denominator
            if probability < self.config.min_score:
                break
            alone = 1.0 / (1.0 + math.exp(-utility))
            evidence = [
                Evidence(
                    signal,
                    text() if callable(text) else text,
                    round(weights.get(feature, 0.0), 3) if feature else 0.0,
                )
                for signal, feature, text in raw.evidence
            ]
            if alone - probability > 0.005:
                evidence.append(
                    Evidence(
                        "ambiguity",
                        f"{len(raws) - 1} other candidate(s) compete for this line",
                        round(math.log(max(probability, 1e-12) / alone), 3),
                    )
                )
            scored.append(
                Candidate(
                    items=raw.items,
                    score=round(probability, 6),
                    evidence=tuple(evidence),
                    allocations=dict(raw.relation.allocations),
                    difference=raw.relation.difference,
                    kind=raw.relation.kind,
                )
            )
        return scored

    def _finish(self, scored: list[Candidate]) -> list[Candidate]:
        kept = [c for c in scored if c.score >= self.config.min_score]
        kept.sort(key=lambda c: -c.score)
        return kept[: self.config.max_candidates]

    def match(self, line: BankLine, rejected: Collection[tuple[Hashable, ...]] = ()) -> list:
        """Ranked candidates for ``line``, best first; [] when nothing is plausible."""
        return self._finish(self._score(self.raw_candidates(line, rejected)))

    # -- a batch -------------------------------------------------------------------------

    def match_all(
        self,
        lines: Iterable[BankLine],
        rejected: Mapping[Hashable, Collection[tuple]] | None = None,
    ) -> dict[Hashable, list[Candidate]]:
        """Match a batch so that no open amount is handed out twice.

        Lines are settled greedily: those above the auto threshold first, then suggestions,
        then the rest; within a group by score rounded to 0.01, then date. A settled line whose
        best candidate reaches ``suggest_threshold`` *claims* its allocations: the residuals
        are reduced for the lines still waiting, which are re-matched when they depended on
        the claimed items or partners (a second payment of the same invoice then finds it
        gone; a partial payment leaves the rest for the next instalment). A line that lost its
        best candidate to a better line keeps it at half its score, marked ``contested``.
        When a set of named invoices is paid short, which one stays open is decided at the
        end from the other lines' claims. The matcher's open items are restored afterwards:
        call ``remove``/``update`` once the caller has actually reconciled."""
        rejected = rejected or {}
        lines = list(lines)
        order = sorted(range(len(lines)), key=lambda k: (lines[k].date, k))
        originals: dict[Hashable, OpenItem] = {}
        item_lines: dict[Hashable, set] = defaultdict(set)
        partner_lines: dict[Hashable, set] = defaultdict(set)
        current: dict[int, list[Candidate]] = {}
        dirty: set[int] = set()
        settled: set[int] = set()
        claimed_by: dict[Hashable, int] = {}
        contested: dict[int, list[Candidate]] = defaultdict(list)
        pools: list[tuple[int, Candidate, dict, dict]] = []
        heap: list = []
        threshold = self.config.suggest_threshold
        auto = self.config.auto_threshold

        def evaluate(k: int) -> None:
            line = lines[k]
            info = self._read(line)
            if info is None:
                current[k] = []
                return
            raw = self._raw(info, {frozenset(r) for r in rejected.get(line.id, ())})
            scored = self._score(raw)
            current[k] = scored
            for item_id in info.refs:
                item_lines[item_id].add(k)
            for candidate in scored:
                for item_id in candidate.items:
                    item_lines[item_id].add(k)
            for pkey in info.parties:
                partner_lines[pkey].add(k)
            best = scored[0].score if scored else 0.0
            # confident lines first; among similar scores the earlier payment wins (the
            # second of two identical transfers is the duplicate)
            tier = 0 if best >= auto else 1 if best >= threshold else 2
            heapq.heappush(heap, (tier, -round(best, 2), order_rank[k], k))

        def touch(item_id: Hashable, cents: int) -> None:
            if item_id not in originals:
                originals[item_id] = self._items[item_id]
            self._set_residual(item_id, cents)
            pkey = self._pkey(originals[item_id])
            for other in item_lines.get(item_id, ()) | partner_lines.get(pkey, set()):
                if other not in settled:
                    dirty.add(other)

        def claim(k: int, candidate: Candidate) -> None:
            sign = 1 if lines[k].amount > 0 else -1
            opens = {i: self._cents[i] for i in candidate.items if i in self._items}
            allocated = {i: _cents(a) for i, a in candidate.allocations.items()}
            short = [i for i in opens if allocated.get(i, 0) != opens[i]]
            if len(candidate.items) > 1 and short and candidate.kind == "multi":
                # paid short across several named items: only what each must have received
                # is claimed now; the rest is placed at the end.
                total = sum(allocated.values()) * sign
                forced = {}
                for item_id, value in opens.items():
                    others = sum(v * sign for j, v in opens.items() if j != item_id)
                    if value * sign < 0:
                        forced[item_id] = value
                    else:
                        forced[item_id] = sign * max(0, total - others)
                pools.append((k, candidate, dict(opens), forced))
                for item_id, value in forced.items():
                    claimed_by[item_id] = k
                    touch(item_id, opens[item_id] - value)
                return
            for item_id, cents in allocated.items():
                if item_id in self._items:
                    claimed_by[item_id] = k
                    touch(item_id, self._cents[item_id] - cents)

        order_rank = {k: rank for rank, k in enumerate(order)}
        try:
            for k in order:
                evaluate(k)
            while heap:
                *_priority, k = heapq.heappop(heap)
                if k in settled:
                    continue
                if k in dirty:
                    dirty.discard(k)
                    before = current.get(k) or []
                    evaluate(k)
                    if before and before[0].score >= threshold:
                        lost = before[0]
                        keys = {frozenset(c.items) for c in current[k]}
                        winners = {claimed_by[i] for i in lost.items if i in claimed_by} - {k}
                        if frozenset(lost.items) not in keys and winners:
                            other = lines[min(winners)].id
                            contested[k].append(
                                replace(
                                    lost,
                                    score=round(lost.score * 0.5, 6),
                                    evidence=(
                                        *lost.evidence,
                                        Evidence(
                                            "contested",
                                            f"already matched to the bank line {other}",
                                            round(math.log(0.5), 3),
                                        ),
                                    ),
                                )
                            )
                    continue
                settled.add(k)
                candidates = current[k]
                if candidates and candidates[0].score >= threshold:
                    claim(k, candidates[0])
            self._place_pools(pools, originals)
        finally:
            for item_id, item in originals.items():
                self.update(item)
        results = {}
        for k in range(len(lines)):
            merged = list(current.get(k, [])) + contested.get(k, [])
            merged.sort(key=lambda c: -c.score)
            results[lines[k].id] = self._finish(merged)
        return results

    def _place_pools(self, pools, originals) -> None:
        """Decide the allocations of sets paid short, now that every claim is known: each
        item first gets what it must have received, the rest goes to the oldest items, never
        more than the other lines left open on them."""
        for _k, candidate, opens, forced in pools:
            sign = 1 if sum(opens.values()) > 0 else -1
            alloc = {i: _money(v) for i, v in opens.items() if v * sign < 0}
            left = sum(_cents(a) for a in candidate.allocations.values()) * sign
            left -= sum(_cents(a) for a in alloc.values()) * sign
            rest = [i for i in candidate.items if i not in alloc]
            capacity = {i: (self._cents.get(i, 0) + forced[i]) * sign for i in rest}
            given = {}
            for item_id in rest:
                others = sum(capacity[j] for j in rest if j != item_id)
                given[item_id] = min(capacity[item_id], max(0, left - others))
            remaining = left - sum(given.values())
            for item_id in sorted(rest, key=lambda i: (self._due_of(originals, i), str(i))):
                extra = max(0, min(capacity[item_id] - given[item_id], remaining))
                given[item_id] += extra
                remaining -= extra
            for item_id in rest:
                if given[item_id]:
                    alloc[item_id] = _money(given[item_id] * sign)
            candidate.allocations = {i: alloc[i] for i in candidate.items if i in alloc}

    @staticmethod
    def _due_of(originals, item_id) -> date:
        item = originals.get(item_id)
        return (item.due_date or item.invoice_date or date.min) if item else date.min
