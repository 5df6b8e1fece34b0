"""Swiss QR-bill payload parser: payloads written here from the implementation guidelines
(account and reference examples of the SIX documentation), and payloads rebuilt from the ground
truth of the OCR samples when they are present (the sample QR codes are images: not decoded)."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from fincycle.extraction import qrbill
from fincycle.extraction.messages import msg
from fincycle.extraction.qrbill import Address, PaymentCondition, VatDetail

QR_IBAN = "CH4431999123000889012"
IBAN = "CH5800791123000889012"
QRR = "210000000003139471430009017"
SCOR = "RF18539007547034"

CREDITOR_S = ["S", "Robert Schneider AG", "Rue du Lac", "1268", "2501", "Biel", "CH"]
CREDITOR_K = ["K", "Robert Schneider AG", "Rue du Lac 1268", "2501 Biel", "", "", "CH"]
DEBTOR_S = [
    "S",
    "Pia-Maria Rutschmann-Schnyder",
    "Grosse Marktgasse",
    "28",
    "9400",
    "Rorschach",
    "CH",
]
NO_PARTY = [""] * 7


def payload(
    iban=QR_IBAN,
    creditor=CREDITOR_S,
    ultimate_creditor=NO_PARTY,
    amount="1949.75",
    currency="CHF",
    debtor=DEBTOR_S,
    reference_type="QRR",
    reference=QRR,
    message="Auftrag vom 15.06.2020",
    trailer="EPD",
    tail=(),
    newline="\r\n",
):
    lines = [
        "SPC",
        "0200",
        "1",
        iban,
        *creditor,
        *ultimate_creditor,
        amount,
        currency,
        *debtor,
        reference_type,
        reference,
        message,
        trailer,
        *tail,
    ]
    return newline.join(lines)


def test_qrr_with_qr_iban():
    bill = qrbill.parse(payload())
    assert bill.errors == []
    assert bill.is_valid
    assert bill.version == "0200"
    assert bill.coding_type == "1"
    assert bill.iban == QR_IBAN
    assert bill.is_qr_iban
    assert bill.creditor == Address(
        address_type="S",
        name="Robert Schneider AG",
        street="Rue du Lac",
        building_number="1268",
        postal_code="2501",
        town="Biel",
        country="CH",
    )
    assert bill.ultimate_creditor is None
    assert bill.amount == Decimal("1949.75")
    assert bill.currency == "CHF"
    assert bill.debtor.name == "Pia-Maria Rutschmann-Schnyder"
    assert bill.debtor.town == "Rorschach"
    assert bill.reference_type == "QRR"
    assert bill.reference == QRR
    assert bill.payment_reference == QRR
    assert bill.message == "Auftrag vom 15.06.2020"
    assert bill.trailer == "EPD"
    assert bill.billing_information == ""
    assert bill.swico is None
    assert bill.alternative_procedures == []


def test_scor_with_iban_lf_and_spaces():
    spaced_iban = "CH58 0079 1123 0008 8901 2"
    bill = qrbill.parse(
        payload(
            iban=spaced_iban, reference_type="SCOR", reference="RF18 5390 0754 7034", newline="\n"
        )
    )
    assert bill.errors == []
    assert bill.iban == IBAN
    assert not bill.is_qr_iban
    assert bill.reference_type == "SCOR"
    assert bill.reference == SCOR


def test_non_without_reference_no_amount_no_debtor_eur():
    bill = qrbill.parse(
        payload(
            iban=IBAN,
            amount="",
            currency="EUR",
            debtor=NO_PARTY,
            reference_type="NON",
            reference="",
        )
    )
    assert bill.errors == []
    assert bill.amount is None
    assert bill.currency == "EUR"
    assert bill.debtor is None
    assert bill.reference_type == "NON"
    assert bill.payment_reference is None


def test_amount_is_decimal_with_two_places():
    bill = qrbill.parse(payload(amount="50"))
    assert bill.errors == []
    assert bill.amount == Decimal("50.00")
    assert str(bill.amount) == "50.00"


def test_combined_address_k():
    bill = qrbill.parse(payload(creditor=CREDITOR_K))
    assert bill.errors == []
    assert bill.creditor.address_type == "K"
    assert bill.creditor.address_line1 == "Rue du Lac 1268"
    assert bill.creditor.address_line2 == "2501 Biel"
    assert bill.creditor.street == ""
    assert bill.creditor.postal_code == ""


def test_combined_address_k_with_postal_code_is_reported():
    creditor = ["K", "Robert Schneider AG", "Rue du Lac 1268", "2501 Biel", "2501", "Biel", "CH"]
    bill = qrbill.parse(payload(creditor=creditor))
    assert msg("qr_combined_with_town", party="creditor") in bill.errors


def test_structured_address_without_town_is_reported():
    creditor = ["S", "Robert Schneider AG", "Rue du Lac", "1268", "2501", "", "CH"]
    bill = qrbill.parse(payload(creditor=creditor))
    assert bill.errors == [msg("qr_town_missing", party="creditor")]
    assert bill.errors[0].text == "Creditor: town is missing."
    assert bill.creditor.postal_code == "2501"


SWICO = (
    "//S1/10/10201409/11/190512/20/1400.000-53/30/106017086/31/180508/"
    "32/8:1000;2.5:51.8;7.7:250/33/7.7:48.37;2.5:12.4/40/2:10;0:30"
)


def test_swico_s1_several_vat_rates_and_alternative_procedures():
    tail = [SWICO, "eBill/B/41010560425610173", "XY;XYService;54321"]
    bill = qrbill.parse(payload(message="", tail=tail))
    assert bill.errors == []
    assert bill.billing_information == SWICO
    swico = bill.swico
    assert swico.invoice_number == "10201409"
    assert swico.invoice_date == date(2019, 5, 12)
    assert swico.customer_reference == "1400.000-53"
    assert swico.vat_number == "106017086"
    assert swico.vat_id == "CHE106017086"
    assert swico.vat_date == date(2018, 5, 8)
    assert swico.vat_period_start is None
    assert swico.vat_details == [
        VatDetail(Decimal("8"), Decimal("1000")),
        VatDetail(Decimal("2.5"), Decimal("51.8")),
        VatDetail(Decimal("7.7"), Decimal("250")),
    ]
    assert swico.import_taxes == [
        VatDetail(Decimal("7.7"), Decimal("48.37")),
        VatDetail(Decimal("2.5"), Decimal("12.4")),
    ]
    assert swico.payment_conditions == [
        PaymentCondition(Decimal("2"), 10),
        PaymentCondition(Decimal("0"), 30),
    ]
    assert swico.due_date == date(2019, 6, 11)
    assert bill.alternative_procedures == ["eBill/B/41010560425610173", "XY;XYService;54321"]


def test_swico_single_rate_period_and_escaped_slash():
    swico = qrbill.parse_swico_s1(r"//S1/10/X.66711\/8824/11/200712/31/200101200131/32/7.7")
    assert swico.invoice_number == "X.66711/8824"
    assert swico.invoice_date == date(2020, 7, 12)
    assert swico.vat_date is None
    assert swico.vat_period_start == date(2020, 1, 1)
    assert swico.vat_period_end == date(2020, 1, 31)
    assert swico.vat_details == [VatDetail(Decimal("7.7"), None)]
    assert swico.due_date is None


def test_swico_errors_are_reported_not_raised():
    errors = []
    swico = qrbill.parse_swico_s1("//S1/11/201345/30/CHE-106.017.086/32/8:abc/99/x/10", errors)
    assert swico.invoice_date is None
    assert swico.vat_id is None
    assert swico.vat_details == []
    assert [e.text for e in errors] == [
        "Swico S1: the last tag has no value.",
        "Swico /11/: 201345 is not a valid YYMMDD date.",
        "Swico /30/: UID CHE-106.017.086 is not 9 digits.",
        "Swico /32/: amount abc is not a number.",
        "Swico S1: unknown tag /99/ ignored.",
    ]
    assert errors[2] == msg("qr_swico_uid", value="CHE-106.017.086")


def test_other_billing_syntax_is_kept_raw():
    bill = qrbill.parse(payload(message="", tail=["//XY/some/other/syntax"]))
    assert bill.errors == []
    assert bill.billing_information == "//XY/some/other/syntax"
    assert bill.swico is None


def test_trailing_optional_lines_and_newlines_tolerated():
    bill = qrbill.parse(payload(tail=["", ""], newline="\n") + "\n")
    assert bill.errors == []
    assert bill.billing_information == ""
    assert bill.alternative_procedures == []


def test_bytes_payload_with_bom():
    bill = qrbill.parse(
        ("\ufeff" + payload(creditor=["S", "Zürcher Bäckerei", *CREDITOR_S[2:]])).encode()
    )
    assert bill.errors == []
    assert bill.creditor.name == "Zürcher Bäckerei"


# --- malformed ------------------------------------------------------------------------------


def test_bad_iban_checksum():
    bill = qrbill.parse(payload(iban="CH4531999123000889012"))
    assert bill.iban == "CH4531999123000889012"
    assert msg("qr_iban_invalid", iban="CH4531999123000889012") in bill.errors
    assert any("mod 97" in e.text for e in bill.errors)
    assert bill.reference == QRR  # the rest is still read


def test_foreign_iban_is_reported():
    bill = qrbill.parse(payload(iban="DE89370400440532013000", reference_type="NON", reference=""))
    assert [e.text for e in bill.errors] == [
        "Creditor IBAN DE89370400440532013000 is not a Swiss or Liechtenstein account."
    ]


def test_wrong_qrr_check_digit():
    bill = qrbill.parse(payload(reference=QRR[:-1] + "8"))
    assert len(bill.errors) == 1
    assert bill.errors[0] == msg("qr_qrr_invalid", reference="210000000003139471430009018")
    assert "QR reference 210000000003139471430009018 is invalid" in bill.errors[0].text


def test_short_qrr_is_not_padded():
    bill = qrbill.parse(payload(reference="3139471430009017"))
    assert [e.code for e in bill.errors] == ["qr_qrr_invalid"]


def test_wrong_scor_check_digits():
    bill = qrbill.parse(payload(iban=IBAN, reference_type="SCOR", reference="RF19539007547034"))
    assert bill.errors == [msg("qr_scor_invalid", reference="RF19539007547034")]
    assert bill.errors[0].text == (
        "Creditor reference RF19539007547034 is invalid (ISO 11649 check failed)."
    )


def test_qrr_with_normal_iban_is_inconsistent():
    bill = qrbill.parse(payload(iban=IBAN))
    assert [e.text for e in bill.errors] == [
        f"A QR reference (QRR) needs a QR-IBAN; {IBAN} is a normal IBAN."
    ]


@pytest.mark.parametrize(("kind", "reference"), [("SCOR", SCOR), ("NON", "")])
def test_qr_iban_without_qrr_is_inconsistent(kind, reference):
    bill = qrbill.parse(payload(reference_type=kind, reference=reference))
    assert bill.errors == [msg("qr_qr_iban_needs_qrr", iban=QR_IBAN, value=kind)]
    assert bill.errors[0].text == (
        f"QR-IBAN {QR_IBAN} can only be used with a QR reference (QRR), not {kind}."
    )


def test_non_with_reference_is_reported():
    bill = qrbill.parse(payload(iban=IBAN, reference_type="NON", reference=SCOR))
    assert [e.text for e in bill.errors] == [
        f"Reference type NON must have no reference, found {SCOR}."
    ]


@pytest.mark.parametrize(
    ("amount", "currency", "message"),
    [
        ("1'949.75", "CHF", "Amount 1'949.75 is not a number"),
        ("1949,75", "CHF", "Amount 1949,75 is not a number"),
        ("1949.75", "USD", "Currency USD is not CHF or EUR."),
    ],
)
def test_bad_amount_or_currency(amount, currency, message):
    bill = qrbill.parse(payload(amount=amount, currency=currency))
    assert len(bill.errors) == 1
    assert bill.errors[0].text.startswith(message)


def test_ultimate_creditor_must_be_empty():
    bill = qrbill.parse(payload(ultimate_creditor=CREDITOR_S))
    assert bill.ultimate_creditor.name == "Robert Schneider AG"
    assert bill.errors == [msg("qr_ultimate_creditor")]


def test_truncated_payload():
    text = "\r\n".join(payload().split("\r\n")[:20])
    bill = qrbill.parse(text)
    assert bill.errors[0] == msg("qr_truncated", count=20, expected=31)
    assert bill.errors[0].text == "Payload is truncated: 20 lines, at least 31 expected."
    assert bill.iban == QR_IBAN
    assert bill.creditor.name == "Robert Schneider AG"
    assert bill.amount == Decimal("1949.75")
    assert bill.currency == "CHF"
    assert bill.trailer == ""


def test_missing_line_is_reported_as_misalignment():
    lines = payload().split("\r\n")
    del lines[20]  # debtor address type
    bill = qrbill.parse("\r\n".join(lines))
    assert bill.errors[0].text.startswith("Payload is truncated: 30 lines")
    assert bill.errors[1] == msg("qr_trailer_misplaced", line=30, expected=31)
    assert "Trailer EPD found on line 30 instead of line 31" in bill.errors[1].text


def test_wrong_trailer_version_and_coding():
    text = payload(trailer="END").replace("0200\r\n1\r\n", "0100\r\n2\r\n", 1)
    bill = qrbill.parse(text)
    assert [e.text for e in bill.errors] == [
        "Version 0100 is not supported (02xx expected).",
        "Coding type 2 is not supported (1 expected).",
        "Trailer END on line 31 is not EPD.",
    ]


def test_too_many_lines():
    bill = qrbill.parse(payload(tail=["", "a", "b", "c"]))
    assert bill.errors == [msg("qr_too_many_lines", count=35, maximum=34)]


def test_message_too_long():
    bill = qrbill.parse(payload(message="x" * 141))
    assert [e.text for e in bill.errors] == [
        "Unstructured message is 141 characters long (at most 140).",
        "Unstructured message and billing information together exceed 140 characters.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Invoice 2024-001\nAmount 100.00",
        "https://example.com/pay",
        "SPCX\r\n0200",
        None,
        42,
        b"\xff\xfe",
    ],
)
def test_not_a_qr_bill(text):
    assert qrbill.parse(text) is None


def test_is_qr_iban():
    assert qrbill.is_qr_iban("CH44 3199 9123 0008 8901 2")
    assert qrbill.is_qr_iban("CH2930000262299337397")
    assert not qrbill.is_qr_iban(IBAN)
    assert not qrbill.is_qr_iban("DE89370400440532013000")


# --- OCR samples ------------------------------------------------------------------------------

OCR_MANIFEST = Path("/work/shared/samples/ocr/manifest.json")


def _qr_documents():
    if not OCR_MANIFEST.exists():
        return []
    documents = json.loads(OCR_MANIFEST.read_text())["documents"]
    return [d for d in documents if d.get("has_qr_bill")]


def _number(value):
    return f"{Decimal(str(value)):f}".rstrip("0").rstrip(".")


def _payload_from_ground_truth(doc):
    """The payload a QR-bill generator writes for this document (S address, Swico S1)."""
    address = doc["vendor_address"]
    street, _sep, number = address["street"].rpartition(" ")
    invoice_date = date.fromisoformat(doc["invoice_date"])
    swico = f"//S1/10/{doc['invoice_number'].replace('/', chr(92) + '/')}"
    swico += f"/11/{invoice_date:%y%m%d}"
    if doc["vendor_vat"]:  # some vendors print no VAT number (not registered)
        swico += f"/30/{doc['vendor_vat'][3:]}"
    swico += "/32/" + ";".join(f"{_number(t['rate'])}:{_number(t['base'])}" for t in doc["taxes"])
    if doc.get("due_date"):
        days = (date.fromisoformat(doc["due_date"]) - invoice_date).days
        swico += f"/40/0:{days}"
    creditor = [
        "S",
        doc["vendor_name"],
        street,
        number,
        address["zip"],
        address["city"],
        address["country"],
    ]
    return payload(
        iban=doc["vendor_iban"],
        creditor=creditor,
        amount=f"{Decimal(str(doc['amount_total'])):.2f}",
        currency=doc["currency"],
        reference_type=doc["payment_reference_type"] or "NON",
        reference=doc["payment_reference"] or "",
        message="",
        tail=[swico],
    )


@pytest.mark.parametrize("doc", _qr_documents(), ids=lambda d: d["id"])
def test_ocr_sample_ground_truth_round_trip(doc):
    """The sample IBANs / references pass the checks, and every manifest field a QR payload
    can carry is read back (the payloads are rebuilt, the QR images are not decoded)."""
    bill = qrbill.parse(_payload_from_ground_truth(doc))
    assert bill.errors == []
    assert bill.iban == doc["vendor_iban"]
    assert bill.amount == Decimal(str(doc["amount_total"])).quantize(Decimal("0.01"))
    assert bill.currency == doc["currency"]
    assert bill.payment_reference == doc["payment_reference"]
    assert (bill.reference_type if bill.payment_reference else None) == doc[
        "payment_reference_type"
    ]
    assert bill.creditor.name == doc["vendor_name"]
    assert (
        f"{bill.creditor.street} {bill.creditor.building_number}" == doc["vendor_address"]["street"]
    )
    assert bill.creditor.postal_code == doc["vendor_address"]["zip"]
    assert bill.creditor.town == doc["vendor_address"]["city"]
    assert bill.swico.invoice_number == doc["invoice_number"]
    assert bill.swico.invoice_date.isoformat() == doc["invoice_date"]
    assert bill.swico.vat_id == doc["vendor_vat"]
    assert [(float(v.rate), float(v.amount)) for v in bill.swico.vat_details] == [
        (t["rate"], t["base"]) for t in doc["taxes"]
    ]
    assert (bill.swico.due_date and bill.swico.due_date.isoformat()) == doc["due_date"]


def test_swico_order_repeat_and_two_dates_in_11():
    errors = []
    swico = qrbill.parse_swico_s1("//S1/11/190512180508/10/A/10/B/40/3:15;0:x", errors)
    assert swico.invoice_number == "A"
    assert swico.invoice_date is None
    assert swico.payment_conditions == [PaymentCondition(Decimal("3"), 15)]
    assert [e.text for e in errors] == [
        "Swico /11/: 190512180508 is not a YYMMDD invoice date.",
        "Swico S1: tag /10/ is out of order.",
        "Swico S1: tag /10/ repeated, the first value is kept.",
        "Swico /40/: condition 0:x has no number of days.",
    ]


def test_billing_information_without_syntax_code():
    bill = qrbill.parse(payload(message="", tail=["Rechnung 42"]))
    assert bill.errors == [msg("qr_billing_syntax")]
    assert bill.billing_information == "Rechnung 42"
