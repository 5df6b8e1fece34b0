from decimal import Decimal

import pytest

from fincycle.matching.subset import find_subsets
from fincycle.matching.text import (
    compact_key,
    deletions,
    digits_key,
    foreign_amounts,
    group_key,
    month_mentions,
    name_tokens,
    tokens,
    within_one_edit,
)


@pytest.mark.parametrize(
    "typed",
    ["INV/2025/00012", "inv 2025 00012", "INV-2025-00012", "INV202500012", "Inv. 2025/00012"],
)
def test_compact_key_ignores_case_and_separators(typed):
    assert compact_key(typed) == "INV202500012"


@pytest.mark.parametrize("typed", ["INV/2025/00012", "inv 2025 12", "INV-2025-012", "INV2025/12"])
def test_group_key_drops_leading_zeros(typed):
    assert group_key(typed) == "INV|2025|12"


def test_digits_key_only_for_numbers_with_letters():
    assert digits_key("INV/2025/00012") == "202500012"
    assert digits_key("2025-00012") == ""  # nothing to drop: the compact key is the same
    assert digits_key("RE-12") == ""  # too few digits to search alone


def test_tokens():
    assert tokens("Rechnung INV/2025/00012, merci!") == [
        "RECHNUNG",
        "INV",
        "2025",
        "00012",
        "MERCI",
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("INV202500046", "INV202500046", True),
        ("1NV202500046", "INV202500046", True),  # substitution (OCR)
        ("INV20250046", "INV202500046", True),  # a digit dropped
        ("INV2025000046", "INV202500046", True),  # a digit doubled
        ("INV202500064", "INV202500046", True),  # two digits swapped
        ("INV202500164", "INV202500046", False),  # two edits
        ("FAC202500019", "FAC20250001", True),
    ],
)
def test_within_one_edit(a, b, expected):
    assert within_one_edit(a, b) is expected
    assert within_one_edit(b, a) is expected


def test_deletions():
    assert deletions("ABC") == {"BC", "AC", "AB"}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Müller Handels GmbH & Co. KG", "MUELLER HANDELS GMBH + CO. KG"),
        ("Lüthi Garage GmbH", "Luethi Garage"),
        ("Lüthi Garage GmbH", "LUTHI GARAGE GMBH"),
        ("RHÔNE CONSEIL SAS", "Rhone Conseil"),
        ("Jean Girard", "GIRARD JEAN"),
        ("Plomberie Dubois & Fils", "PLOMBERIE DUBOIS +"),
    ],
)
def test_name_tokens_are_accent_case_and_legal_form_insensitive(one, other):
    assert set(name_tokens(one)) == set(name_tokens(other))


def test_name_tokens_drop_numbers():
    assert name_tokens("FAC-2025-00036 merci") == ("fac", "merci")


def test_foreign_amounts():
    text = "SCOR RF31250000039 / Mueller Handels / EUR 1757.84 KURS 0.9311"
    assert foreign_amounts(text, {"EUR"}) == [("EUR", Decimal("1757.84"))]
    assert foreign_amounts("USD 1,250.00 paid", {"USD"}) == [("USD", Decimal("1250.00"))]
    assert foreign_amounts("EUR 1'250.50", {"EUR"}) == [("EUR", Decimal("1250.50"))]
    assert foreign_amounts("EUR 12.50", {"USD"}) == []


# -- bounded subset-sum --------------------------------------------------------------------


def _sums(values, solutions):
    return sorted(sum(values[i] for i in solution) for solution in solutions)


def test_subset_finds_the_combination():
    values = [18585, 103393, 361755, 251555, 12011]
    solutions, complete = find_subsets(values, 121978)
    assert solutions == [(0, 1)]
    assert complete


def test_subset_with_a_credit_note_and_a_required_item():
    values = [98922, -77100, 5000]
    solutions, _ = find_subsets(values, 21822, required=(0,))
    assert solutions == [(0, 1)]


def test_subset_respects_tolerance_and_size():
    values = [1000, 2000, 3000, 4000]
    assert _sums(values, find_subsets(values, 6003, tolerance=5)[0]) == [6000, 6000]
    assert find_subsets(values, 10000, max_items=3)[0] == []
    assert find_subsets(values, 4000, min_items=2)[0] == [(0, 2)]


def test_subset_budget_stops_the_search():
    values = [2000 + 2 * i for i in range(40)]  # even amounts: an odd target is never reached
    solutions, complete = find_subsets(values, 16_001, tolerance=0, node_budget=500)
    assert solutions == []
    assert not complete
    assert find_subsets(values, 16_001, node_budget=10**9, max_items=2)[1]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Abo März 2025", {(2025, 3)}),
        ("Abo Maerz", {(None, 3)}),
        ("cotisation février", {(None, 2)}),
        ("Canone marzo", {(None, 3)}),
        ("Cuota marzo 2024", {(2024, 3)}),
        ("Contributie maart", {(None, 3)}),
        ("Monthly fee May 2024", {(2024, 5)}),
        ("Beitrag 2024-03", {(2024, 3)}),
        ("Abo 03/2024", {(2024, 3)}),
        ("Abonnement 3.2025", {(2025, 3)}),
        ("Ihre Rechnung INV/2025/00012 vom 12.03.2025", {(2025, 3)}),
        ("sept. 2024", {(2024, 9)}),
    ],
)
def test_months_a_payer_names(text, months):
    assert month_mentions(text) == months


@pytest.mark.parametrize(
    "text",
    ["INV/2025/00012", "FT-2024/0000123", "RG2025.0312", "Payment may be late", "Jan", "", "49.00"],
)
def test_numbers_and_words_that_are_no_month(text):
    assert month_mentions(text) == frozenset()
