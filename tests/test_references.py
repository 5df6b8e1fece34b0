import random

import pytest

from fincycle.banking.references import (
    classify_reference,
    find_iban,
    find_structured_reference,
    is_valid_iban,
    is_valid_qrr,
    is_valid_scor,
    normalize_qrr,
    normalize_scor,
    qrr_check_digit,
)

# Published examples: SIX QR-bill implementation guidelines (QRR), ISO 11649 (RF), and the
# references of the CHF sample scenario.
VALID_QRR = [
    "210000000003139471430009017",
    "000006000029300320250000378",
    "000020000019797520250000257",
]


@pytest.mark.parametrize("value", VALID_QRR)
def test_valid_qrr(value):
    assert is_valid_qrr(value)


def test_qrr_spaces_and_short_forms():
    assert normalize_qrr("21 00000 00003 13947 14300 09017") == "210000000003139471430009017"
    assert is_valid_qrr("21 00000 00003 13947 14300 09017")
    # Leading zeros dropped by the payer: the number is the same reference.
    assert normalize_qrr("6000029300320250000378") == "000006000029300320250000378"
    assert is_valid_qrr("6000029300320250000378")


@pytest.mark.parametrize(
    "value",
    [
        "210000000003139471430009018",  # wrong check digit
        "210000000003139471430009071",  # transposed last digits
        "2100000000031394714300090170",  # 28 digits
        "21000000000313947143000901A",
        "000000000000000000000000000",  # all zeros
        "",
        None,
    ],
)
def test_invalid_qrr(value):
    assert not is_valid_qrr(value)


def test_qrr_check_digit_detects_every_single_digit_error():
    rng = random.Random(7)
    for _ in range(200):
        body = "".join(rng.choice("0123456789") for _ in range(26))
        ref = body + str(qrr_check_digit(body))
        assert is_valid_qrr(ref)
        position = rng.randrange(27)
        wrong = str((int(ref[position]) + rng.randrange(1, 10)) % 10)
        assert not is_valid_qrr(ref[:position] + wrong + ref[position + 1 :])


def test_qrr_check_digit_agrees_with_stdnum():
    esr = pytest.importorskip("stdnum.ch.esr")
    rng = random.Random(11)
    for _ in range(200):
        body = "".join(rng.choice("0123456789") for _ in range(26))
        assert esr.calc_check_digit(body) == str(qrr_check_digit(body))


@pytest.mark.parametrize(
    "value", ["RF18539007547034", "RF18 5390 0754 7034", "rf18 5390 0754 7034", "RF31250000039"]
)
def test_valid_scor(value):
    assert is_valid_scor(value)
    assert normalize_scor(value).startswith("RF")


@pytest.mark.parametrize(
    "value",
    [
        "RF19539007547034",  # wrong check digits
        "RF18539007547043",  # transposition
        "RF18",  # no body
        "RF185390075470345390075470",  # body longer than 21
        "XX18539007547034",
        "RF18-5390",
        "",
        None,
    ],
)
def test_invalid_scor(value):
    assert not is_valid_scor(value)


def test_scor_agrees_with_stdnum():
    iso11649 = pytest.importorskip("stdnum.iso11649")
    rng = random.Random(3)
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for _ in range(300):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 22)))
        check = rng.randrange(100)
        ref = f"RF{check:02d}{body}"
        assert is_valid_scor(ref) == (iso11649.is_valid(ref) and 2 <= check <= 98), ref


def test_iban():
    assert is_valid_iban("CH93 0076 2011 6238 5295 7")
    assert is_valid_iban("CH9300762011623852957")
    assert is_valid_iban("NL77ABNA0574908765")
    assert not is_valid_iban("CH9300762011623852958")
    assert not is_valid_iban("CH93")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "QRR 000006000029300320250000378 / LUMEN GARTENBAU",
            ("qrr", "000006000029300320250000378"),
        ),
        ("00 00070 00031 67602 02500 00409", ("qrr", "000007000031676020250000409")),
        ("Kunde 00018 000006000029300320250000378", ("qrr", "000006000029300320250000378")),
        ("SCOR RF31250000039 / Mueller Handels GmbH", ("scor", "RF31250000039")),
        ("Zahlung RF18 5390 0754 7034 Rechnung 12", ("scor", "RF18539007547034")),
        ("payment rf18539007547034", ("scor", "RF18539007547034")),
        # First one in the text wins.
        ("RF31250000039 and 000006000029300320250000378", ("scor", "RF31250000039")),
        ("000006000029300320250000378 RF31250000039", ("qrr", "000006000029300320250000378")),
    ],
)
def test_find_structured_reference(text, expected):
    assert find_structured_reference(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "INV/2025/00024",
        "Inv INV202500002",
        "000006000029300320250000379",  # typo: check digit wrong
        "1000006000029300320250000378",  # part of a longer number
        "000006000029300320250000378123",
        "RF31250000093",  # typo
        "IBAN CH5608390542030873991",  # an IBAN is no reference
        "Transaktions-Nr. 250614000038454",
    ],
)
def test_find_structured_reference_rejects(text):
    assert find_structured_reference(text) is None


def test_find_iban():
    text = "SVA Ausgleichskasse / Sozialversicherungsanstalt / CH5608390542030873991"
    assert find_iban(text) == "CH5608390542030873991"
    assert find_iban("IBAN CH93 0076 2011 6238 5295 7, danke") == "CH9300762011623852957"
    assert find_iban("own CH1600230893675702984", exclude=["CH16 0023 0893 6757 0298 4"]) is None
    assert find_iban("CH5608390542030873992") is None
    assert find_iban(None) is None


@pytest.mark.parametrize(
    ("value", "declared", "expected"),
    [
        # The declared type is taken when its check digit holds (leading zeros may be missing).
        ("6000029300320250000378", "QRR", ("qrr", "000006000029300320250000378")),
        ("00 00070 00031 67602 02500 00409", "qrr", ("qrr", "000007000031676020250000409")),
        ("rf31 2500 0003 9", "SCOR", ("scor", "RF31250000039")),
        ("RF31250000039", "scor", ("scor", "RF31250000039")),
        # Nothing (or something else) declared: the value is read for a valid reference.
        ("000006000029300320250000378", "", ("qrr", "000006000029300320250000378")),
        ("RF18 5390 0754 7034", None, ("scor", "RF18539007547034")),
        ("Rechnung RF31250000039 danke", "ISR", ("scor", "RF31250000039")),
        # A wrongly declared type: what the value is, when valid.
        ("RF31250000039", "QRR", ("scor", "RF31250000039")),
        ("000006000029300320250000378", "SCOR", ("qrr", "000006000029300320250000378")),
        # Other: no valid check digit, no reference, short numbers not declared QRR.
        ("000006000029300320250000379", "QRR", None),
        ("RF31250000093", "SCOR", None),
        ("6000029300320250000378", "", None),
        ("INV/2025/00024", "", None),
        ("", "QRR", None),
        (None, "", None),
        ("   ", "SCOR", None),
    ],
)
def test_classify_reference(value, declared, expected):
    assert classify_reference(value, declared) == expected
