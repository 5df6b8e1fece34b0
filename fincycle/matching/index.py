"""The open items and their indexes: by amount, by reference key (exact and one typo away),
by partner, by account, by name word. Candidates are always looked up here, never by a scan of
all open items.

A reference is indexed in every form a payer may type it: compact (``C:``), its letter and
digit groups with leading zeros dropped (``G:``), its digits alone (``D:``, a weaker level),
a QR reference without its leading zeros (``Q:``), and its one-character deletions for the
typo search (symmetric delete). Items are kept in integer cents of their own currency.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import replace
from datetime import date

from fincycle.banking.references import QRR, SCOR, classify_reference

from .cents import to_cents, to_money
from .model import OpenItem
from .text import compact_key, deletions, digits_key, group_key, name_tokens

__all__ = [
    "APPROX",
    "DIGITS_TO_9",
    "EXACT",
    "MIN_FUZZY",
    "MIN_KEY",
    "STRUCT",
    "OpenItemIndex",
    "id_key",
]

# how firmly a reference names an item: a structured reference, a number as written, its digits
STRUCT, EXACT, APPROX = 3, 2, 1
MIN_KEY = 4  # shorter numbers are not searched in text
MIN_FUZZY = 7  # one typo is tolerated on keys this long
DIGITS_TO_9 = str.maketrans("0123456789", "9999999999")


def id_key(item_id: Hashable) -> tuple:
    """Ids in a stable order: numbers by value (Odoo ids), anything else as text."""
    if isinstance(item_id, int):
        return (0, item_id, "")
    return (1, 0, str(item_id))


class OpenItemIndex:
    """The open items a matcher may pay, indexed (the base of ``Matcher``). ``remove`` and
    ``update`` keep it in step with the ledger; a batch suspends and restores items."""

    def __init__(self):
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
        self._shapes: set[tuple[str, str]] = set()  # (digits as 9, first 4) of our numbers
        self._max_key = 0
        self._key_lengths: dict[str, set[int]] = {"C": set(), "G": set(), "D": set(), "Q": set()}
        self._currencies: set[str] = set()
        self._layout = 0  # changes when new kinds of keys appear (invalidates _span_cache)
        self._suspended: dict[Hashable, OpenItem] = {}
        self._partner_order: dict[Hashable, list] = {}  # partner → items by due date
        self._idf_cache: dict[str, float] = {}
        self._weight_cache: dict[Hashable, float] = {}
        self._vocabulary: list[str] | None = None
        # what is read from bank lines, cached: the index invalidates it (names, layout)
        self._name_cache: dict[tuple, dict] = {}
        self._span_cache: dict[tuple, tuple] = {}

    @staticmethod
    def _pkey(item: OpenItem) -> Hashable:
        if item.partner_id is not None:
            return item.partner_id
        if item.partner_name:
            return ("name", name_tokens(item.partner_name))
        return None

    def _add(self, item: OpenItem) -> None:
        if item.id in self._items:
            self._drop(item.id)  # the same id twice: the last one wins
        cents = to_cents(item.residual)
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
            self._partner_order.pop(pkey, None)
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
            for account in item.partner_ibans:
                iban = compact_key(account)
                if iban:
                    self._iban_partners[iban].add(pkey)

    def _index_references(self, item: OpenItem, exact_keys: list, fuzzy_keys: list) -> None:
        """Keys under which the text of a bank line finds the item: its number, customer
        reference and payment reference (structured QRR/RF, or free text)."""
        keys = (item.id, exact_keys, fuzzy_keys)
        if item.number:
            self._index_text(keys, item.number, "number")
        if item.customer_ref and compact_key(item.customer_ref) != compact_key(item.number):
            self._index_text(keys, item.customer_ref, "customer_ref")
        ref = item.payment_ref
        kind, value = classify_reference(ref, item.payment_ref_type) or ("", "")
        if kind == QRR:
            self._grow_key(len(value))
            self._index_exact(keys, "C:" + value, STRUCT, QRR)
            self._index_exact(keys, "Q:" + value.lstrip("0"), STRUCT, QRR)
            self._index_fuzzy(keys, value, QRR)
        elif kind == SCOR:
            self._grow_key(len(value))
            self._index_exact(keys, "C:" + value, STRUCT, SCOR)
            self._index_fuzzy(keys, value, SCOR)
        elif ref and compact_key(ref) not in (compact_key(item.number), ""):
            self._index_text(keys, ref, "payment_ref")

    def _grow_key(self, size: int) -> None:
        if size > self._max_key:
            self._max_key = size
            self._layout += 1

    def _index_exact(self, keys, key: str, level: int, source: str) -> None:
        item_id, exact_keys, _fuzzy_keys = keys
        entry = (item_id, level, source)
        lengths = self._key_lengths[key[0]]
        if len(key) - 2 not in lengths:
            lengths.add(len(key) - 2)
            self._layout += 1
        self._exact[key].add(entry)
        exact_keys.append((key, entry))

    def _index_fuzzy(self, keys, key: str, source: str) -> None:
        """The key and its one-character deletions (symmetric-delete typo search)."""
        if len(key) < MIN_FUZZY:
            return
        item_id, _exact_keys, fuzzy_keys = keys
        entry = (item_id, key, source)
        self._fuzzy_lengths.add(len(key))
        for variant in {key} | deletions(key):
            self._fuzzy[variant].add(entry)
            fuzzy_keys.append((variant, entry))

    def _index_text(self, keys, value: str, source: str) -> None:
        """A number as typed in any form: compact, with leading zeros dropped, its digits."""
        compact = compact_key(value)
        if len(compact) < MIN_KEY:
            return
        self._grow_key(len(compact))
        self._index_exact(keys, "C:" + compact, EXACT, source)
        grouped = group_key(value)
        if "|" in grouped:
            self._index_exact(keys, "G:" + grouped, EXACT, source)
        digits = digits_key(value)
        if digits:
            self._index_exact(keys, "D:" + digits, APPROX, source)
        if source == "number":
            shape = (compact.translate(DIGITS_TO_9), compact[:4])
            if shape not in self._shapes:
                self._shapes.add(shape)
                self._layout += 1
            head = compact_key(value.split("/", 1)[0].split("-", 1)[0])
            prefix = head[: len(head) - len(head.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))]
            if prefix:
                self._prefixes.add(prefix)
        self._index_fuzzy(keys, compact, source)

    def _take_out_of_amounts(self, item_id: Hashable, item: OpenItem) -> None:
        """Forget an item's open amount (its amount bucket; an empty bucket goes)."""
        cents = self._cents.pop(item_id)
        bucket = self._amounts.get((item.currency, cents))
        if bucket is not None:
            bucket.discard(item_id)
            if not bucket:
                del self._amounts[(item.currency, cents)]

    def _drop(self, item_id: Hashable) -> OpenItem | None:
        item = self._items.pop(item_id, None)
        if item is None:
            return None
        self._take_out_of_amounts(item_id, item)
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
            self._partner_order.pop(pkey, None)
        return item

    def remove(self, item_ids: Iterable[Hashable]) -> None:
        """Forget items (reconciled elsewhere)."""
        for item_id in item_ids:
            self._drop(item_id)

    def update(self, item: OpenItem) -> None:
        """Add an item or replace the one with the same id (a zero residual removes it)."""
        old = self._items.get(item.id)
        if old is not None and replace(old, residual=item.residual) == item:
            self._set_residual(item.id, to_cents(item.residual))  # fast path: amount only
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
        self._items[item_id] = replace(item, residual=to_money(cents))

    def _suspend(self, item_id: Hashable) -> None:
        """Take an item out of play during a batch (settled by an earlier line) but keep its
        reference keys: the batch puts it back at the end."""
        item = self._items.pop(item_id)
        self._take_out_of_amounts(item_id, item)
        pkey = self._pkey(item)
        if pkey is not None:
            self._partner_items[pkey].discard(item_id)
            self._partner_order.pop(pkey, None)
        self._suspended[item_id] = item

    def _restore(self, original: OpenItem) -> None:
        """Put back an item as it was before the batch."""
        item_id = original.id
        if self._suspended.pop(item_id, None) is not None:
            cents = to_cents(original.residual)
            self._items[item_id] = original
            self._cents[item_id] = cents
            self._amounts[(original.currency, cents)].add(item_id)
            pkey = self._pkey(original)
            if pkey is not None:
                self._partner_items[pkey].add(item_id)
                self._partner_order.pop(pkey, None)
        elif item_id in self._items:
            self._set_residual(item_id, to_cents(original.residual))
            self._items[item_id] = original

    @property
    def items(self) -> Mapping[Hashable, OpenItem]:
        return self._items

    # -- what the other parts of the matcher read --------------------------------------

    def _label(self, item_id: Hashable) -> str:
        item = self._items.get(item_id)
        return (item.number or str(item.id)) if item else str(item_id)

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

    def _age(self, item_id: Hashable) -> tuple:
        item = self._items[item_id]
        issued = item.invoice_date or item.due_date or date.min
        return issued, item.due_date or issued, id_key(item_id)

    def _due(self, item_id: Hashable) -> date:
        item = self._items[item_id]
        return item.due_date or item.invoice_date or date.min

    def _family(self, item: OpenItem) -> tuple:
        return (self._pkey(item), item.currency, self._cents[item.id])
