"""What is read once from a bank line: the items its text names (structured QRR/RF, invoice
numbers and customer references, exact after normalisation or one typo away, and references
that name nothing open), who the payer is (an IBAN on file or seen paying in the batch, the
partner Odoo found, the payer's name or a partner name in the label), amounts written in
another currency and the months the text names.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from fincycle.banking.references import (
    QRR,
    SCOR,
    classify_reference,
    find_structured_reference,
)

from .cents import to_cents
from .index import APPROX, DIGITS_TO_9, MIN_FUZZY, MIN_KEY, OpenItemIndex
from .model import BankLine
from .text import (
    compact_key,
    deletions,
    foreign_amounts,
    month_mentions,
    name_tokens,
    tokens,
    within_one_edit,
)

__all__ = ["NAME_EXACT", "NAME_STRONG", "NAME_WEAK", "LineInfo", "LineReader", "Party", "Ref"]

NAME_EXACT, NAME_STRONG, NAME_WEAK = 3, 2, 1
MAX_NGRAM_TOKENS = 7
_RUNS = re.compile(r"[A-Z]+|[0-9]+")


@lru_cache(maxsize=100_000)
def _runs(word: str) -> tuple[str, ...]:
    """Letter and digit groups of an upper-case token, leading zeros of numbers dropped."""
    return tuple((r.lstrip("0") or "0") if r[0].isdigit() else r for r in _RUNS.findall(word))


# what a reference is, in the codes of the evidence (fincycle.matching.explain)
_SOURCE_CODE = {QRR: "qrr", SCOR: "scor", "number": "", "customer_ref": "customer_ref"}
_SOURCE_CODE["payment_ref"] = "payment_ref"


def _source_code(prefix: str, source: str) -> str:
    tail = _SOURCE_CODE.get(source, "")
    return f"{prefix}_{tail}" if tail else prefix


@dataclass
class Ref:
    level: int
    code: str  # the evidence: code and parameters (fincycle.matching.explain)
    params: dict


@dataclass
class Party:
    iban: dict | None = None  # the evidence's parameters, when the signal is there
    iban_code: str = "iban"  # or "iban_seen": an account seen paying the partner in the batch
    partner_id: dict | None = None
    name: int = 0
    name_evidence: tuple = ()  # (code, parameters)

    @property
    def strong(self) -> bool:
        return bool(self.iban or self.partner_id) or self.name >= NAME_STRONG


@dataclass
class LineInfo:
    """What is read once from a bank line."""

    line: BankLine
    sign: int
    cents: int
    refs: dict[Hashable, Ref]
    unknown_refs: list[str]
    ref_notes: list[str]
    parties: dict[Hashable, Party]
    foreign: dict[str, int]  # currency → instructed/written amount in cents
    months: frozenset = frozenset()  # (year or None, month) the text names
    issued_by: date = date.max  # items issued later are not paid by the line (date slack)
    prepaid_by: date = date.max  # ... nor, for the amount alone, items issued after this


class LineReader(OpenItemIndex):
    """The part of ``Matcher`` that reads a bank line against the index (``_read``); it
    uses the matcher's ``config`` and, in a batch, the accounts seen paying (``_ibans_seen``)."""

    def _read_refs(self, line: BankLine):
        refs: dict[Hashable, Ref] = {}
        unknown: list[str] = []
        notes: list[str] = []

        def hit(item_id, level, code, params):
            current = refs.get(item_id)
            if current is None or level > current.level:
                refs[item_id] = Ref(level, code, params)

        def describe(source, typed, item_id, level):
            """(code, parameters) of a reference found."""
            name = self._label(item_id)
            if source in (QRR, SCOR):
                return f"ref_{source}", {"reference": typed, "document": name}
            if level == APPROX:
                return _source_code("ref_digits", source), {"typed": typed, "document": name}
            code = "ref_number" if source == "number" else f"ref_{source}"
            return code, {"typed": typed, "document": name}

        struct_seen: set[str] = set()
        given = (line.structured_ref or "").strip()
        if given:
            found = classify_reference(given, line.structured_ref_type)
            if found:
                kind, value = found
                struct_seen.add(value)
                matched = [e for e in self._exact.get("C:" + value, ()) if e[0] in self._items]
                for item_id, level, source in matched:
                    hit(item_id, level, *describe(source, value, item_id, level))
                if not matched:
                    code = "ref_unknown_qrr" if kind == QRR else "ref_unknown_scor"
                    unknown.append((code, {"reference": value}))
            else:
                notes.append(("check_digit", {"reference": given}))
                self._fuzzy_lookup(compact_key(given), hit, given)

        narration = line.narration or ""
        for shown in (line.label, line.reference):
            if shown and shown in narration:
                narration = narration.replace(shown, " ")
        texts = [(line.label, True), (line.reference, True), (narration, False)]
        seen_texts: list[str] = []
        for text, allow_fuzzy in texts:
            if not text or any(text in seen for seen in seen_texts):
                continue  # e.g. a Qonto reference repeated in the label
            seen_texts.append(text)
            self._scan_text(text, allow_fuzzy, hit, describe, unknown)
            found = find_structured_reference(text)
            if found and found[1] not in struct_seen:
                struct_seen.add(found[1])
                entries = self._exact.get("C:" + found[1], ())
                if not any(e[0] in self._items for e in entries):
                    code = "ref_unknown_qrr" if found[0] == QRR else "ref_unknown_scor"
                    unknown.append((code, {"reference": found[1]}))
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
                if key != query and item_id in self._items and within_one_edit(query, key):
                    params = {"typed": typed, "document": self._label(item_id)}
                    hit(item_id, APPROX, _source_code("ref_typo", source), params)
                    found = True
        return found

    def _spans(self, text: str) -> tuple[list[str], list[tuple]]:
        """The words of ``text`` and its searchable word n-grams: (start, end, index keys,
        compact form, fuzzy-searchable, shaped like our numbers). Cached: the same texts come
        back when a batch re-matches a line."""
        cache_key = (text, self._layout)
        cached = self._span_cache.get(cache_key)
        if cached is not None:
            return cached
        words = tokens(text)
        limit = self._max_key + 1
        runs = [_runs(word) for word in words]
        digit_counts = [sum(c.isdigit() for c in word) for word in words]
        shapes = self._shapes
        spans = []
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
                keys = self._span_keys(compact, group, digits == size)
                fuzzy = size >= MIN_FUZZY - 1 and digits >= 3
                shaped = (compact.translate(DIGITS_TO_9), compact[:4]) in shapes
                if keys or fuzzy or shaped:
                    spans.append((start, end, keys, compact, fuzzy, shaped))
        result = (words, spans)
        if len(self._span_cache) > 50_000:
            self._span_cache.clear()
        self._span_cache[cache_key] = result
        return result

    def _span_keys(self, compact: str, group: list[str], all_digits: bool) -> tuple:
        """The index keys an n-gram may equal (only lengths that exist are looked up)."""
        lengths = self._key_lengths
        size = len(compact)
        keys = []
        if size in lengths["C"]:
            keys.append("C:" + compact)
        if len(group) > 1:
            grouped = "|".join(group)
            if len(grouped) in lengths["G"]:
                keys.append("G:" + grouped)
        if all_digits:
            if size in lengths["D"]:
                keys.append("D:" + compact)
            if size >= 10:
                keys.append("Q:" + compact.lstrip("0"))
        return tuple(keys)

    def _scan_text(self, text: str, allow_fuzzy: bool, hit, describe, unknown) -> None:
        words, spans = self._spans(text)
        if not words:
            return
        exact_index = self._exact
        items = self._items
        strong: list[tuple[int, int]] = []  # spans naming an item exactly as typed
        strong_all: list[tuple[int, int]] = []  # spans naming an item exactly in any form
        fuzzy_spans = []
        shaped_spans = []
        for start, end, keys, compact, fuzzy, shaped in spans:
            # (an item settled by an earlier line of the batch is not open)
            found = [(key, e) for key in keys for e in exact_index.get(key, ()) if e[0] in items]
            matched = bool(found)
            exact = any(key[0] in "CQ" for key, _entry in found)
            typed = " ".join(words[start : end + 1]) if found else ""
            for _key, (item_id, level, source) in found:
                hit(item_id, level, *describe(source, typed, item_id, level))
            if matched:
                strong_all.append((start, end))
            elif shaped:
                # shaped like our numbers (same letters, digits, year) but none of them
                shaped_spans.append((start, end))
            if exact:
                strong.append((start, end))
            elif allow_fuzzy and fuzzy:
                fuzzy_spans.append((start, end, compact))
        for start, end in shaped_spans:
            if not any(s <= end and start <= e for s, e in strong_all):
                unknown.append(("ref_unknown", {"typed": " ".join(words[start : end + 1])}))
        for start, end, compact in fuzzy_spans:
            # one typo away, unless the span names an item as typed; a number equal to
            # another one once leading zeros are dropped ("FAC-2025-0001") is still searched
            if not any(s <= end and start <= e for s, e in strong):
                self._fuzzy_lookup(compact, hit, " ".join(words[start : end + 1]))
        self._unknown_prefixed(words, strong_all, unknown)

    def _unknown_prefixed(self, words: list[str], named: list, unknown: list[str]) -> None:
        """A number with our prefix ("FAC 2025 …") that names no open item: the payer meant
        something else (an invoice already paid, another company's)."""
        prefixes = self._prefixes
        count = len(words)
        for index, word in enumerate(words):
            if not prefixes or any(s <= index <= e for s, e in named):
                continue
            head = word.rstrip("0123456789")
            if head in prefixes and word != head:
                if len(word) - len(head) >= 4:
                    unknown.append(("ref_unknown", {"typed": word}))
                continue
            nxt = words[index + 1] if index + 1 < count else ""
            if word not in prefixes or not nxt[:1].isdigit():
                continue
            if len("".join(words[index + 1 : index + 3])) >= 4 and not any(
                s <= index + 1 <= e for s, e in named
            ):
                unknown.append(("ref_unknown", {"typed": f"{word} {nxt}…"}))

    def _name_parties(self, line: BankLine) -> dict[Hashable, int]:
        """Partners whose name matches the payer name (or is written in the label), with the
        level of the match."""
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
        words = list(dict.fromkeys(query))
        nominated, query_weight = self._shared_name_weight(words, from_label)
        result = {}
        idf = self._idf
        for pkey in nominated:
            # nominated by a distinctive word, weighed on every word shared (common ones too)
            pset = set(self._partner_tokens.get(pkey, ()))
            matched_p, matched_q = self._match_words(words, pset, from_label)
            weight = sum(idf(w) for w in matched_p)
            # most of the partner's name, or most of the payer's name, must be shared
            if weight < 0.7 * self._partner_weight(pkey) and (
                from_label or weight < 0.7 * query_weight
            ):
                continue
            level = self._name_level(words, pset, from_label, (matched_p, matched_q))
            if level:
                result[pkey] = level
        if len(self._name_cache) > 50_000:
            self._name_cache.clear()
        self._name_cache[cache_key] = result
        return result

    def _shared_name_weight(self, words: list[str], from_label: bool):
        """Partners sharing words with the query, with the weight (idf) of what they share,
        and the weight of the query. Very common words do not nominate partners."""
        total = max(1, len(self._partner_tokens))
        unknown = math.log(1.0 + total)
        common = max(25, total // 20)
        shared: dict[Hashable, float] = defaultdict(float)
        query_weight = 0.0
        last = len(words) - 1
        for position, word in enumerate(words):
            partners = self._name_index.get(word)
            if partners:
                weight = self._idf(word)
                if len(partners) <= common or len(words) == 1:
                    for pkey in partners:
                        shared[pkey] += weight
            elif not from_label and position == last and len(word) >= 3:
                # a truncated last word ("GENOSS") still points at its partner
                for full in self._prefixed(word):
                    for pkey in self._name_index[full]:
                        shared[pkey] += self._idf(full)
            query_weight += weight if partners else unknown
        return shared, query_weight

    def _name_level(self, query: list[str], words, from_label: bool, matched=None) -> int:
        """NAME_EXACT, NAME_STRONG, NAME_WEAK or 0, from the share of both names matched."""
        if not words:
            return 0
        pset = set(words)
        matched_p, matched_q = matched or self._match_words(query, pset, from_label)
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
        if len(query) == 1 and len(pset) > 1:
            return NAME_WEAK  # one word ("Schneider") of a longer name
        if (cover_q >= 0.999 and cover_p >= 0.5) or (cover_p >= 0.999 and cover_q >= 0.5):
            return NAME_STRONG
        return NAME_WEAK if max(cover_p, cover_q) >= 0.5 else 0

    @staticmethod
    def _match_words(query: list[str], pset: set[str], from_label: bool):
        """(partner words matched, number of query words matched): equal words, and for a
        payer name also a last word cut short and one typo in a long word."""
        matched_p: set[str] = set()
        matched_q = 0
        for position, word in enumerate(query):
            found = word if word in pset else None
            if found is None and from_label and len(word) >= 6:
                # a name cut short in the label (a bank's field limit)
                found = min((w for w in pset if w.startswith(word)), default=None)
            if found is None and not from_label:
                if position == len(query) - 1 and len(word) >= 3:
                    found = min((w for w in pset if w.startswith(word)), default=None)
                if found is None and len(word) >= 5:
                    close = (w for w in pset if len(w) >= 5 and within_one_edit(word, w))
                    found = min(close, default=None)
            if found is not None:
                matched_p.add(found)
                matched_q += 1
        return matched_p, matched_q

    def _read_parties(self, line: BankLine) -> dict[Hashable, Party]:
        parties: dict[Hashable, Party] = {}
        iban = compact_key(line.counterparty_iban)
        if iban:
            for pkey in self._iban_partners.get(iban, ()):
                name = self._partner_name.get(pkey, "")
                parties.setdefault(pkey, Party()).iban = {"iban": iban, "partner": name}
            seen = self._ibans_seen.get(iban)
            if seen and not self._iban_partners.get(iban):
                pkey, line_id = seen
                party = parties.setdefault(pkey, Party())
                name = self._partner_name.get(pkey, "")
                party.iban = {"iban": iban, "partner": name, "line": line_id}
                party.iban_code = "iban_seen"
        if line.partner_id is not None:
            name = self._partner_name.get(line.partner_id, "")
            parties.setdefault(line.partner_id, Party()).partner_id = {"partner": name}
        for pkey, level in self._name_parties(line).items():
            party = parties.setdefault(pkey, Party())
            party.name = level
            name = self._partner_name.get(pkey, "")
            if not line.counterparty_name:
                party.name_evidence = ("name_in_label", {"partner": name})
            else:
                code = {NAME_EXACT: "name_exact", NAME_STRONG: "name_strong"}.get(level)
                params = {"payer": line.counterparty_name, "partner": name}
                party.name_evidence = (code or "name_weak", params)
        return parties

    def _read(self, line: BankLine) -> LineInfo | None:
        cents = to_cents(line.amount)
        if not cents:
            return None
        refs, unknown, notes = self._read_refs(line)
        foreign = {}
        if line.instructed_amount is not None and line.instructed_currency:
            instructed = abs(to_cents(line.instructed_amount))
            if line.instructed_currency != line.currency and instructed:
                foreign[line.instructed_currency] = instructed
        others = self._currencies - {line.currency}
        if others:
            for text in (line.label, line.reference, line.narration):
                for currency, amount in foreign_amounts(text, others):
                    foreign.setdefault(currency, to_cents(amount))
        # what the payer wrote, not the bank's own dates (value date in the narration)
        months = month_mentions(line.label) | month_mentions(line.reference)
        return LineInfo(
            line=line,
            sign=1 if cents > 0 else -1,
            cents=abs(cents),
            refs=refs,
            unknown_refs=unknown,
            ref_notes=notes,
            parties=self._read_parties(line),
            foreign=foreign,
            months=months,
            issued_by=line.date + timedelta(days=self.config.date_slack_days),
            prepaid_by=line.date + timedelta(days=self.config.prepayment_days),
        )
