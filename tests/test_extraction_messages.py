"""Codes instead of sentences (fincycle.extraction.messages), stored and read back, and the key
fields behind the overall confidence."""

import re
from datetime import date
from decimal import Decimal

import pytest

from fincycle.extraction import crosscheck, qrbill, qrdecode
from fincycle.extraction.messages import TEXTS, Message, msg
from fincycle.extraction.model import Check, Extraction, ExtractionError, Field, TaxLine


def test_params_are_json_safe_and_english_is_kept_for_logs():
    m = msg(
        "totals_mismatch",
        net_amount=Decimal("100.00"),
        tax_amount=Decimal("8.10"),
        total_amount=Decimal("108.20"),
    )
    assert m.params == {"net_amount": "100.00", "tax_amount": "8.10", "total_amount": "108.20"}
    assert m.text == "Net 100.00 + VAT 8.10 does not equal the total 108.20."
    assert str(m) == m.text
    dated = msg("vat_rates_invalid", rates=[Decimal("7.7")], country="CH", on_date=date(2024, 8, 1))
    assert dated.params == {"rates": ["7.7"], "country": "CH", "on_date": "2024-08-01"}
    assert dated.text == "VAT rate(s) 7.7 % are not valid in CH on 2024-08-01."


def test_unknown_code_is_refused_when_made():
    with pytest.raises(AssertionError):
        msg("no_such_code")


def test_every_template_formats_with_its_own_placeholders():
    for code, template in TEXTS.items():
        names = set(re.findall(r"%\((\w+)\)s", template))
        assert Message(code, dict.fromkeys(names, "x")).text, code


def test_extraction_round_trip_keeps_codes_and_reads_old_sentences():
    ext = Extraction(
        checks=[
            Check("totals", True),
            Check("iban", False, msg("iban_checksum", iban="CH9300762011623852958")),
        ],
        warnings=[msg("qr_no_amount"), msg("pages_limited", count=200, last=49, limit=50)],
    )
    again = Extraction.from_dict(ext.to_dict())
    assert again.checks == ext.checks
    assert again.warnings == ext.warnings
    assert again.failed_checks[0].message == "The IBAN CH9300762011623852958 has a wrong checksum."
    # A result stored before the codes: sentences are kept as they were written.
    old = Extraction.from_dict(
        {
            "checks": [{"name": "totals", "ok": False, "message": "Net 1 + VAT 1 is not 3."}],
            "warnings": ["QR-bill: Currency 'USD' is not CHF or EUR."],
        }
    )
    assert old.checks[0].reason == Message("text", {"text": "Net 1 + VAT 1 is not 3."})
    assert old.warnings[0].text == "QR-bill: Currency 'USD' is not CHF or EUR."
    assert old.checks[0].message == "Net 1 + VAT 1 is not 3."


def test_extraction_error_carries_a_reason():
    error = ExtractionError("corrupt", msg("pdf_page_damaged", page=3))
    assert error.code == "corrupt"
    assert error.reason.params == {"page": 3}
    assert error.message == str(error) == "The PDF is damaged: page 3 cannot be read."


def test_qr_errors_doubt_the_fields_they_name():
    topics, structural = qrdecode._doubts(
        [
            msg("qr_iban_invalid", iban="CH00"),
            msg("qr_town_missing", party="debtor"),
            msg("qr_name_missing", party="ultimate_creditor"),
            msg("qr_swico_uid", value="12"),
        ]
    )
    assert topics == {"iban", "debtor", "swico"} and not structural
    topics, structural = qrdecode._doubts([msg("qr_truncated", count=20, expected=31)])
    assert structural and not topics
    # Every code the parser emits is a QR code of the message table.
    bill = qrbill.parse("SPC\r\n0100\r\n2\r\nDE00\r\nX")
    assert bill.errors and all(e.code.startswith("qr_") and e.code in TEXTS for e in bill.errors)


def test_key_scores_name_the_field_behind_each_key():
    ext = Extraction(taxes=[TaxLine(Decimal("8.1"), Decimal(100), Decimal("8.10"))])
    ext.taxes_confidence = 0.93
    for name, confidence in {
        "vendor_name": 0.62,
        "vendor_vat": 0.96,
        "invoice_number": 0.97,
        "invoice_date": 0.98,
        "currency": 0.99,
        "amount_total": 0.99,
        "amount_untaxed": 0.9,
    }.items():
        ext.fields[name] = Field("x", confidence, "text")
    scores = crosscheck.key_scores(ext)
    assert scores["vendor"] == ("vendor_vat", 0.96)  # the name (62 %) does not count
    assert scores["amounts"] == ("taxes", 0.93)
    assert crosscheck.overall_confidence(ext) == 0.93
    del ext.fields["vendor_vat"]
    assert crosscheck.key_scores(ext)["vendor"] == ("vendor_name", 0.62)
    assert crosscheck.overall_confidence(ext) == 0.62
