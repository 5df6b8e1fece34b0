"""The matcher signal by signal, and the ambiguous cases."""

import random
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from fincycle.matching import BankLine, MatchConfig, Matcher, OpenItem
from fincycle.matching.explain import CODES
from fincycle.matching.tuning.synthetic import make_iban, make_qrr, make_scor
from fincycle.matching.weights import FEATURES, WEIGHTS

RNG = random.Random(7)
QRR_12 = make_qrr(RNG, 4711, 12)
RF_16 = make_scor("2500016")
IBAN_RIGI = make_iban(RNG, "CH")
IBAN_DUBOIS = make_iban(RNG, "CH")
AUTO = MatchConfig().auto_threshold
SUGGEST = MatchConfig().suggest_threshold


def item(item_id, amount, number, partner=10, **values):
    names = {
        10: "Rigi Fiduciaire AG",
        20: "Lumen Gartenbau",
        30: "Brown Consulting Ltd",
        40: "Plomberie Dubois & Fils",
    }
    ibans = {10: (IBAN_RIGI,), 40: (IBAN_DUBOIS,)}
    day = values.pop("invoice_date", date(2025, 4, 1))
    return OpenItem(
        id=item_id,
        residual=Decimal(amount),
        currency=values.pop("currency", "CHF"),
        partner_id=partner,
        partner_name=names[partner],
        partner_ibans=ibans.get(partner, ()),
        number=number,
        invoice_date=day,
        due_date=values.pop("due_date", day),
        amount_total=Decimal(amount),
        **values,
    )


ITEMS = [
    item(1, "390.29", "INV/2025/00012", payment_ref=QRR_12, payment_ref_type="qrr"),
    item(2, "120.00", "INV/2025/00013"),
    item(3, "99.00", "INV/2025/00014", 20, invoice_date=date(2025, 3, 1)),
    item(4, "99.00", "INV/2025/00015", 20, invoice_date=date(2025, 4, 1)),
    item(5, "-45.00", "GS/2025/00001", kind="out_refund"),
    item(
        6,
        "500.00",
        "INV/2025/00016",
        30,
        currency="EUR",
        payment_ref=RF_16,
        payment_ref_type="scor",
    ),
    item(7, "1156.65", "INV/2025/00046", 40),
    item(8, "837.35", "INV/2025/00047", 40),
]

RATES_CHF = {"CHF": Decimal(1), "EUR": Decimal("0.94")}


def fx_rate(source, target, _day):
    return RATES_CHF[source] / RATES_CHF[target]


@pytest.fixture
def matcher():
    return Matcher(ITEMS, fx_rate=fx_rate)


def line(amount, **values):
    values.setdefault("currency", "CHF")
    values.setdefault("date", date(2025, 5, 10))
    return BankLine(id=values.pop("id", "L1"), amount=Decimal(amount), **values)


def signals(candidate):
    for e in candidate.evidence:  # codes with their parameters (test_matching_explain)
        assert set(e.params) == set(CODES[e.code]), e
    return {e.signal for e in candidate.evidence}


def best(matcher, bank_line):
    found = matcher.match(bank_line)
    assert found, "no candidate"
    return found[0]


# -- structured references -----------------------------------------------------------------


def test_qrr_in_the_structured_field(matcher):
    top = best(matcher, line("390.29", structured_ref=QRR_12, structured_ref_type="qrr"))
    assert top.items == (1,)
    assert top.kind == "full"
    assert top.score >= AUTO
    assert top.allocations == {1: Decimal("390.29")}
    assert top.difference == 0
    assert "ref_struct" in signals(top)


def test_qrr_written_in_groups_in_the_text(matcher):
    grouped = " ".join([QRR_12[:2]] + [QRR_12[i : i + 5] for i in range(2, 27, 5)])
    top = best(matcher, line("390.29", label=f"QRR {grouped} / RIGI FIDUCIAIRE"))
    assert top.items == (1,)
    assert "ref_struct" in signals(top)


def test_creditor_reference_grouped_by_four(matcher):
    grouped = " ".join(RF_16[i : i + 4] for i in range(0, len(RF_16), 4))
    top = best(matcher, line("500.00", currency="EUR", reference=grouped))
    assert top.items == (6,)
    assert top.score >= AUTO


def test_a_reference_that_fails_its_check_digit_is_not_exact(matcher):
    broken = QRR_12[:-1] + str((int(QRR_12[-1]) + 1) % 10)
    top = best(matcher, line("390.29", structured_ref=broken, structured_ref_type="qrr"))
    assert top.items == (1,)
    assert "check_digit" in signals(top)
    assert "ref_approx" in signals(top)  # one digit away, not an exact reference
    assert "ref_struct" not in signals(top)
    # without the amount to confirm it, a broken reference allows no partial payment
    assert matcher.match(line("200.00", structured_ref=broken, structured_ref_type="qrr")) == []


def test_references_are_classified_by_their_check_digit_whatever_the_declared_type():
    """Bank line and open item read their reference with the one rule of
    fincycle.banking.references.classify_reference: a declared type whose check digit holds,
    else the valid reference the value holds (a QR reference declared as RF, none declared)."""
    items = [item(1, "390.29", "INV/2025/00012", payment_ref=QRR_12)]  # no type given
    for declared in ("qrr", "scor", ""):
        bank_line = line("390.29", structured_ref=QRR_12, structured_ref_type=declared)
        top = best(Matcher(items), bank_line)
        assert top.items == (1,)
        assert "ref_struct" in signals(top)
        assert "check_digit" not in signals(top)


def test_a_valid_reference_to_no_open_item_weighs_against_the_amount(matcher):
    other = make_qrr(random.Random(3), 4711, 999)
    by_amount = best(matcher, line("120.00", counterparty_iban=IBAN_RIGI))
    assert by_amount.items == (2,)
    named = line("120.00", counterparty_iban=IBAN_RIGI, label=f"QRR {other}")
    assert all(c.score < SUGGEST for c in matcher.match(named))
    (raw,) = [r for r in matcher.raw_candidates(named) if r.items == (2,)]
    assert raw.features.get("ref_unknown")


# -- invoice numbers in free text -----------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "Rechnung INV/2025/00013",
        "inv 2025 13 merci",  # case, spaces, leading zeros
        "INV202500013",  # separators dropped
        "Zahlung INV-2025-013",
        "FACTURE INV / 2025 / 00013",
    ],
)
def test_invoice_number_in_free_text(matcher, label):
    top = best(matcher, line("120.00", label=label))
    assert top.items == (2,)
    assert top.score >= AUTO
    assert "ref_exact" in signals(top)


@pytest.mark.parametrize("typed", ["1NV/2025/00046", "INV/2025/00064", "INV/2025/000466"])
def test_one_typo_on_a_long_number(matcher, typed):
    top = best(matcher, line("1156.65", label=f"Facture {typed}", counterparty_iban=IBAN_DUBOIS))
    assert top.items == (7,)
    assert "ref_approx" in signals(top)
    assert top.score >= AUTO  # the typo, the exact amount and the known IBAN agree


def test_customer_reference_and_free_payment_reference():
    items = [
        item(1, "640.00", "INV/2025/00101", 30, customer_ref="PO-4711-88"),
        item(2, "310.00", "INV/2025/00102", 30, payment_ref="ABO-2025-MAI"),
    ]
    matcher = Matcher(items)
    by_order = best(matcher, line("640.00", label="Your order PO 4711 88"))
    assert by_order.items == (1,)
    assert next(e.code for e in by_order.evidence if e.signal == "ref_exact") == (
        "ref_customer_ref"
    )
    assert best(matcher, line("310.00", label="abo 2025 mai")).items == (2,)


def test_partner_already_found_by_odoo(matcher):
    top = best(matcher, line("837.35", label="Zahlung", partner_id=40))
    assert top.items == (8,)
    assert "partner_id" in signals(top)
    other = matcher.match(line("120.00", label="Zahlung", partner_id=40))
    assert all("partner_conflict" in signals(c) for c in other)


def test_typos_are_not_tolerated_on_short_numbers():
    short = [item(1, "100.00", "R-12"), item(2, "250.00", "R-13")]
    matcher = Matcher(short)
    assert matcher.match(line("250.00", label="R-15")) == [] or all(
        "ref_approx" not in signals(c) for c in matcher.match(line("250.00", label="R-15"))
    )


def test_several_numbers_in_one_label_make_a_set(matcher):
    top = best(matcher, line("510.29", label="Factures INV/2025/00012 + INV/2025/00013"))
    assert top.items == (1, 2)
    assert top.kind == "multi"
    assert top.allocations == {1: Decimal("390.29"), 2: Decimal("120.00")}
    assert top.score >= AUTO


# -- amounts --------------------------------------------------------------------------------


def test_chf_rounding_within_five_centimes(matcher):
    top = best(matcher, line("120.05", label="INV/2025/00013"))
    assert top.items == (2,)
    assert top.kind == "writeoff"
    assert top.difference == Decimal("0.05")
    assert top.score >= AUTO


def test_no_rounding_tolerance_beyond_a_cent_in_eur(matcher):
    found = matcher.match(line("499.97", currency="EUR", label="INV/2025/00016"))
    assert found[0].items == (6,)
    assert found[0].kind == "partial"  # named: a partial payment, not a rounding write-off


def test_bank_fee_deducted_with_a_reference_is_a_writeoff(matcher):
    top = best(matcher, line("365.29", label="INV/2025/00012 fees", counterparty_iban=IBAN_RIGI))
    assert top.items == (1,)
    assert top.kind == "writeoff"
    assert top.allocations == {1: Decimal("390.29")}
    assert top.difference == Decimal("-25.00")
    assert top.score >= AUTO
    assert "amt_fee" in signals(top)


def test_bank_fee_without_a_reference_is_only_suggested(matcher):
    # the payer known by name only: the fee is not written off without someone's look
    paid = line("365.29", label="Zahlung", counterparty_name="Rigi Fiduciaire AG")
    top = best(matcher, paid)
    assert top.items == (1,)
    assert top.kind == "writeoff"
    assert SUGGEST <= top.score < AUTO
    # however strong the signals, the policy holds it back
    sure = Matcher(ITEMS, fx_rate=fx_rate, weights={**WEIGHTS, "amt_fee": 9.0})
    top = best(sure, paid)
    assert top.score == pytest.approx(AUTO - 0.001)
    assert top.held >= AUTO
    assert "policy" in signals(top)


def test_bank_fee_without_a_reference_from_a_known_account_is_not_held_back(matcher):
    # the payer's IBAN is on file: the only policy left is the score
    top = best(
        matcher,
        line(
            "365.29",
            label="Zahlung",
            counterparty_iban=IBAN_RIGI,
            counterparty_name="Rigi Fiduciaire AG",
        ),
    )
    assert top.items == (1,)
    assert top.kind == "writeoff"
    assert "policy" not in signals(top)


def test_cash_discount(matcher):
    top = best(matcher, line("1121.95", label="INV/2025/00046 Skonto 3%"))
    assert top.items == (7,)
    assert top.kind == "writeoff"
    assert top.difference == Decimal("-34.70")
    assert "amt_discount" in signals(top)


def test_partial_payment_needs_an_exact_reference(matcher):
    named = best(matcher, line("200.00", label="Akonto INV/2025/00012"))
    assert named.items == (1,)
    assert named.kind == "partial"
    assert named.allocations == {1: Decimal("200.00")}
    assert named.difference == 0
    unnamed = matcher.match(line("200.00", label="Akonto", counterparty_iban=IBAN_RIGI))
    assert all(c.kind != "partial" for c in unnamed)


def test_partial_then_rest_in_a_batch(matcher):
    first = line("150.29", id="A", label="1. Rate INV/2025/00012", date=date(2025, 5, 2))
    rest = line("240.00", id="B", label="2. Rate INV/2025/00012", date=date(2025, 5, 20))
    results = matcher.match_all([rest, first])
    assert results["A"][0].kind == "partial"
    assert results["B"][0].kind == "full"  # what the first left open
    assert results["B"][0].allocations == {1: Decimal("240.00")}
    assert results["B"][0].score >= AUTO


def test_overpayment_with_a_reference(matcher):
    top = best(matcher, line("130.00", label="INV/2025/00013", counterparty_iban=IBAN_RIGI))
    assert top.items == (2,)
    assert top.kind == "overpayment"
    assert top.difference == Decimal("10.00")
    assert top.allocations == {2: Decimal("120.00")}


def test_one_transfer_for_several_invoices_of_one_partner(matcher):
    # only one invoice named: the other one makes up the amount
    top = best(
        matcher, line("1994.00", label="Invoices INV/2025/00046", counterparty_iban=IBAN_DUBOIS)
    )
    assert top.items == (7, 8)
    assert top.kind == "multi"
    assert "ref_partial_cover" in signals(top)
    # nothing named: the partner known by IBAN and the exact sum
    unnamed = best(matcher, line("1994.00", label="Zahlung", counterparty_iban=IBAN_DUBOIS))
    assert unnamed.items == (7, 8)


def test_subset_search_is_bounded():
    many = [item(i, f"{100 + i}.{i:02d}", f"INV/2025/{i:05d}", 40) for i in range(1, 200)]
    matcher = Matcher(many, MatchConfig(subset_node_budget=2000))
    found = matcher.match(line("99999.99", label="Zahlung", counterparty_iban=IBAN_DUBOIS))
    assert found == []


def test_invoice_paid_net_of_a_credit_note(matcher):
    top = best(matcher, line("75.00", label="INV/2025/00013 ./. GS/2025/00001"))
    assert top.items == (2, 5)
    assert top.allocations == {2: Decimal("120.00"), 5: Decimal("-45.00")}
    assert top.difference == 0


def test_refund_of_a_credit_note_paid_out(matcher):
    top = best(
        matcher, line("-45.00", label="Gutschrift GS/2025/00001", counterparty_iban=IBAN_RIGI)
    )
    assert top.items == (5,)
    assert top.allocations == {5: Decimal("-45.00")}
    assert top.score >= AUTO


def test_a_returned_payment_matches_no_invoice(matcher):
    assert matcher.match(line("-390.29", label="Retour INV/2025/00012 / Rigi Fiduciaire")) == []


# -- counterparty, date, currency --------------------------------------------------------


def test_known_iban_identifies_the_partner(matcher):
    top = best(matcher, line("120.00", label="Zahlung", counterparty_iban=IBAN_RIGI))
    assert top.items == (2,)
    assert "iban" in signals(top)


@pytest.mark.parametrize(
    ("values", "signal"),
    [
        ({"counterparty_name": "PLOMBERIE DUBOIS +"}, "name_exact"),  # truncated by the bank
        ({"counterparty_name": "Plomberie Dubois"}, "name_exact"),
        ({"label": "Payment / Plomberie Dubois & Fils / CH00"}, "name_strong"),  # MT940
    ],
)
def test_payer_name(matcher, values, signal):
    top = best(matcher, line("837.35", **values))
    assert top.items == (8,)
    assert signal in signals(top)
    assert top.score >= AUTO


def test_a_name_cut_short_in_the_label(matcher):
    # banks cut the remittance field: "Rigi Fiducia" is still Rigi Fiduciaire AG
    top = best(matcher, line("120.00", label="Zahlung Rigi Fiducia"))
    assert top.items == (2,)
    assert "name_strong" in signals(top)
    # a short stump ("Fi") names nobody
    stump = matcher.match(line("120.00", label="Zahlung Rigi Fi"))
    assert not any("name_strong" in signals(c) for c in stump)


def test_another_partners_iban_contradicts_the_amount(matcher):
    found = matcher.match(line("837.35", label="Zahlung", counterparty_iban=IBAN_RIGI))
    assert all(c.score < SUGGEST for c in found)
    assert any("partner_conflict" in signals(c) for c in found)


def test_payment_before_the_invoice_date_is_less_likely(matcher):
    before = best(matcher, line("837.35", counterparty_iban=IBAN_DUBOIS, date=date(2025, 3, 1)))
    after = best(matcher, line("837.35", counterparty_iban=IBAN_DUBOIS, date=date(2025, 5, 1)))
    assert "before_invoice" in signals(before)
    assert before.score < after.score


def test_chf_line_paying_an_eur_invoice_with_the_instructed_amount(matcher):
    top = best(
        matcher,
        line(
            "466.70",
            label="INV/2025/00016",
            instructed_amount=Decimal("500.00"),
            instructed_currency="EUR",
        ),
    )
    assert top.items == (6,)
    assert top.allocations == {6: Decimal("500.00")}  # in the invoice's currency
    assert top.difference == 0
    assert top.score >= AUTO


def test_eur_amount_written_in_the_text(matcher):
    top = best(matcher, line("466.70", label=f"SCOR {RF_16} / Brown / EUR 500.00 KURS 0.9334"))
    assert top.items == (6,)
    assert top.difference == 0


def test_foreign_currency_at_the_rate_of_the_day(matcher):
    top = best(matcher, line("468.00", label="INV/2025/00016"))
    assert top.items == (6,)
    assert top.allocations == {6: Decimal("500.00")}
    assert top.kind == "full"
    assert top.difference == Decimal("-2.00")  # the exchange difference at fx_rate
    assert "amt_fx" in signals(top)


def test_no_foreign_match_without_a_rate():
    assert Matcher(ITEMS).match(line("468.00", label="INV/2025/00016")) == []


# -- ambiguity, noise -----------------------------------------------------------------------


def test_two_invoices_with_the_same_amount(matcher):
    # nothing tells them apart: the oldest is proposed (first in, first out), for review
    found = matcher.match(line("99.00", label="Abonnement", counterparty_name="Lumen Gartenbau"))
    assert found[0].items == (3,)
    assert all(c.items != (4,) for c in found)  # the look-alike is not a rival
    assert found[0].score < AUTO
    assert "lookalike" in signals(found[0])


def test_a_label_of_slash(matcher):
    # OCA reconciles "/" against the only open invoice, whatever the amount: never here
    single = Matcher([ITEMS[1]])
    assert single.match(line("50.00", label="/")) == []
    assert matcher.match(line("77.77", label="/")) == []
    # the same amount alone is a suggestion at most, and weak for a round sum
    found = matcher.match(line("390.29", label="/"))
    assert found[0].items == (1,)
    assert found[0].score < AUTO
    assert all(c.score < SUGGEST for c in matcher.match(line("120.00", label="/")))


def test_noise_gets_no_candidate(matcher):
    assert matcher.match(line("-5164.40", label="Lohnzahlungen Mai")) == []
    assert matcher.match(line("49.60", label="TWINT Auszahlung / TWINT AG")) == []


def test_duplicate_payment_in_a_batch(matcher):
    first = line("390.29", id="A", structured_ref=QRR_12, structured_ref_type="qrr")
    again = replace(first, id="B", date=date(2025, 5, 14))
    results = matcher.match_all([again, first])
    assert results["A"][0].items == (1,)
    assert results["A"][0].score >= AUTO
    assert all(c.score < SUGGEST for c in results["B"])
    assert any("contested" in signals(c) for c in results["B"])


def test_scores_are_probabilities_in_rank_order(matcher):
    found = matcher.match(line("99.00", label="Zahlung"))
    assert found
    assert all(0.0 <= c.score <= 1.0 for c in found)
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
    assert sum(c.score for c in found) <= 1.0 + 1e-6
    assert len(found) <= MatchConfig().max_candidates


def test_zero_amount_line(matcher):
    assert matcher.match(line("0.00", label="INV/2025/00013")) == []


# -- rejected sets, index maintenance, batches ----------------------------------------------


def test_a_rejected_set_is_never_returned(matcher):
    bank_line = line("120.00", label="INV/2025/00013")
    assert best(matcher, bank_line).items == (2,)
    assert all(c.items != (2,) for c in matcher.match(bank_line, rejected=[(2,)]))
    results = matcher.match_all([bank_line], rejected={"L1": [(2,)]})
    assert all(c.items != (2,) for c in results["L1"])


def test_remove_and_update_keep_the_indexes_current(matcher):
    bank_line = line("390.29", structured_ref=QRR_12, structured_ref_type="qrr")
    matcher.remove([1])
    assert matcher.match(bank_line) == []
    matcher.update(ITEMS[0])
    assert best(matcher, bank_line).items == (1,)
    matcher.update(replace(ITEMS[0], residual=Decimal("190.29")))  # partly paid elsewhere
    assert best(matcher, line("190.29", label="INV/2025/00012")).kind == "full"
    matcher.update(replace(ITEMS[0], residual=Decimal("0")))
    assert 1 not in matcher.items


def test_match_all_leaves_the_open_items_as_they_were(matcher):
    before = dict(matcher.items)
    lines = [
        line("390.29", id="A", structured_ref=QRR_12, structured_ref_type="qrr"),
        line("510.29", id="B", label="INV/2025/00012 INV/2025/00013"),
        line("75.00", id="C", label="INV/2025/00013 ./. GS/2025/00001"),
    ]
    results = matcher.match_all(lines)
    assert set(results) == {"A", "B", "C"}
    assert dict(matcher.items) == before
    assert [c.items for c in matcher.match(lines[0])][:1] == [(1,)]


def test_match_all_never_hands_out_a_residual_twice(matcher):
    lines = [
        line("120.00", id="A", label="INV/2025/00013"),
        line("120.00", id="B", label="Zahlung INV/2025/00013", date=date(2025, 5, 11)),
    ]
    results = matcher.match_all(lines)
    auto = [key for key, found in results.items() if found and found[0].score >= AUTO]
    assert auto == ["A"]


def test_multi_paid_short_leaves_open_what_a_later_line_pays():
    # the sample's case: 843.81 for two invoices of 597.49 + 425.57, then 179.25 on the first
    items = [
        item(1, "597.49", "FAC-2025-00033", 30, currency="EUR", invoice_date=date(2025, 3, 28)),
        item(2, "425.57", "FAC-2025-00044", 30, currency="EUR", invoice_date=date(2025, 5, 22)),
    ]
    lines = [
        line(
            "843.81",
            id="A",
            currency="EUR",
            label="FAC-2025-00033 FAC-2025-00044",
            date=date(2025, 5, 23),
            counterparty_name="Brown Consulting",
        ),
        line(
            "179.25",
            id="B",
            currency="EUR",
            label="FAC-2025-00033 Teilzahlung",
            date=date(2025, 6, 1),
            counterparty_name="Brown Consulting",
        ),
    ]
    results = Matcher(items).match_all(lines)
    assert results["A"][0].items == (1, 2)
    assert results["A"][0].allocations == {1: Decimal("418.24"), 2: Decimal("425.57")}
    assert results["B"][0].items == (1,)
    assert results["B"][0].kind == "full"


def test_evidence_weights_are_the_fitted_ones(matcher):
    top = best(matcher, line("120.00", label="INV/2025/00013", counterparty_iban=IBAN_RIGI))
    by_signal = {e.signal: e.weight for e in top.evidence}
    assert by_signal["ref_exact"] == pytest.approx(WEIGHTS["ref_exact"], abs=1e-3)
    assert by_signal["amt_exact"] == pytest.approx(WEIGHTS["amt_exact"], abs=1e-3)
    assert [e.code for e in top.evidence if e.weight > 0] == ["ref_number", "amt_exact", "iban"]
    assert all(e.detail for e in top.evidence)  # English for logs and benchmarks


def test_every_feature_has_a_weight():
    assert set(WEIGHTS) == set(FEATURES)


def test_results_do_not_depend_on_the_order_of_items():
    lines = [
        line("1994.00", id="A", label="Zahlung", counterparty_iban=IBAN_DUBOIS),
        line("99.00", id="B", label="Abo", counterparty_name="Lumen Gartenbau"),
    ]
    forward = Matcher(ITEMS).match_all(lines)
    backward = Matcher(list(reversed(ITEMS))).match_all(lines)
    assert {k: [(c.items, c.score) for c in v] for k, v in forward.items()} == {
        k: [(c.items, c.score) for c in v] for k, v in backward.items()
    }
