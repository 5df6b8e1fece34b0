"""VAT ids, IBANs, company ids and payment references (fincycle.extraction.identifiers)."""

from fincycle.extraction import identifiers as ids


def values(matches):
    return [m.value for m in matches]


def test_swiss_uid_forms_and_checksum():
    found = ids.find_vat_ids("MWST-Nr. CHE-327.434.769 MWST")
    assert values(found) == ["CHE327434769"]
    assert found[0].suffix == "MWST"
    assert values(ids.find_vat_ids("UID: CHE327434769 TVA")) == ["CHE327434769"]
    assert values(ids.find_vat_ids("CHE-327.434.768 MWST")) == []  # wrong check digit
    assert ids.format_swiss_uid("CHE327434769") == "CHE-327.434.769"
    assert ids.normalize_vat("CHE-327.434.769 IVA") == "CHE327434769"


def test_eu_vat_ids_with_separators_and_labels():
    text = (
        "USt-IdNr. DE136695976 · P.IVA IT00743110157 · N° TVA intracommunautaire FR 86 792 377 731"
    )
    assert values(ids.find_vat_ids(text)) == ["DE136695976", "IT00743110157", "FR86792377731"]
    assert values(ids.find_vat_ids("TVA : FR 86 792 377 730")) == []
    # an IBAN that starts like a French VAT id is not read as one
    assert values(ids.find_vat_ids("IBAN FR76 1820 6424 8439 3412 3121 897")) == []


def test_ibans_grouped_compact_and_qr_iban():
    found = ids.find_ibans("IBAN CH93 0076 2011 6238 5295 7, BIC POFICHBEXXX")
    assert values(found) == ["CH9300762011623852957"]
    assert found[0].kind == "iban"
    qr = ids.find_ibans("Konto / Zahlbar an CH44 3199 9123 0008 8901 2")
    assert values(qr) == ["CH4431999123000889012"]
    assert qr[0].kind == "qr_iban"
    assert values(ids.find_ibans("DE89370400440532013000")) == ["DE89370400440532013000"]
    bad = "DE75123456780000001234, BIC WELADED1MST"
    assert ids.find_ibans(bad) == []
    loose = ids.find_ibans(bad, allow_bad_checksum=True)
    assert values(loose) == ["DE75123456780000001234"]
    assert loose[0].valid is False
    # OCR reads a zero as the letter O
    assert values(ids.find_ibans("CH93 OO76 2011 6238 5295 7")) == ["CH9300762011623852957"]


def test_french_company_ids():
    assert values(ids.find_sirets("SIRET : 118 065 721 01589")) == ["11806572101589"]
    assert values(ids.find_sirets("SIRET : 118 065 721 01588")) == []
    assert values(ids.find_sirens("397 480 930 R.C.S. PARIS")) == ["397480930"]


def test_structured_payment_references():
    found = ids.find_references("Referenz 21 00000 00003 13947 14300 09017")
    assert [(m.kind, m.value) for m in found] == [("QRR", "210000000003139471430009017")]
    assert ids.find_references("21 00000 00003 13947 14300 09018") == []
    scor = ids.find_references("Référence RF18 5390 0754 7034")
    assert [(m.kind, m.value) for m in scor] == [("SCOR", "RF18539007547034")]


def test_emails_and_ocr_digit_fix():
    assert values(ids.find_emails("contact: Info@Keller-Druck.ch, www.keller.ch")) == [
        "info@keller-druck.ch"
    ]
    assert ids.fix_ocr_digits("22/O9/2O24 Total") == "22/09/2024 Total"
    assert ids.fix_ocr_digits("Olive Oil") == "Olive Oil"


def test_vat_ids_printed_without_country_prefix_need_label_and_checksum():
    assert values(ids.find_labelled_vats("Partita IVA 01234560017")) == ["IT01234560017"]
    assert values(ids.find_labelled_vats("C.F./P.IVA: 07654320055")) == ["IT07654320055"]
    assert values(ids.find_labelled_vats("USt-IdNr. 812 345 673")) == ["DE812345673"]
    assert values(ids.find_labelled_vats("N° TVA : 96 552 100 554")) == ["FR96552100554"]
    assert values(ids.find_labelled_vats("VAT Reg. No. 123 4567 82")) == ["GB123456782"]
    # the label may stand in the column to the left (given as context)
    assert values(ids.find_labelled_vats("01234560017", "p.iva")) == ["IT01234560017"]
    assert values(ids.find_labelled_vats("Partita IVA 01234560018")) == []  # check digit
    assert values(ids.find_labelled_vats("Codice cliente 01234560017 ")) == []  # no VAT label
    assert values(ids.find_labelled_vats("Steuernummer 812/345/673")) == []


def test_gb_vat_ids_with_prefix():
    assert values(ids.find_vat_ids("VAT Reg. No.: GB123456782")) == ["GB123456782"]
    assert values(ids.find_vat_ids("VAT GB 123 4567 82")) == ["GB123456782"]
    assert values(ids.find_vat_ids("VAT GB123456783")) == []


def test_iban_letters_in_the_account_part_are_not_read_as_digits():
    # Italian CIN "O" and a Swiss account with a letter: the OCR digit fix must not apply
    assert values(ids.find_ibans("IBAN IT92 O030 6909 6061 0000 0063 713")) == [
        "IT92O0306909606100000063713"
    ]
    assert values(ids.find_ibans("CH85 0076 7000 E524 8055 1")) == ["CH8500767000E52480551"]
    # while an OCR "O" for zero in an otherwise digit group is still fixed
    assert values(ids.find_ibans("CH93 OO76 2011 6238 5295 7")) == ["CH9300762011623852957"]


def test_one_vat_key_for_every_reader():
    """The extraction, the LLM answer, e-invoice XML and the partners' key strip the same."""
    for printed in (
        "CHE-116.281.710 MWST",
        "CHE116281710TVA",
        "che 116 281 710 iva",
        "CHE-116.281.710 TPA",
        "CHE-116.281.710 VAT",
        "CHE-116.281.710 HR",
        "CHE-116.281.710 IDE",
        "CHE-116.281.710",
    ):
        assert ids.normalize_vat(printed) == "CHE116281710", printed
    assert ids.normalize_vat("fr 40 303265045") == "FR40303265045"
    assert ids.normalize_vat("DE 136/695.976") == "DE136695976"
    assert ids.normalize_vat("IT00743110157IVA") == "IT00743110157IVA"  # a suffix is Swiss only
    assert ids.normalize_vat(None) == ""


def test_vat_validity_swiss_eu_greek_british_and_others():
    assert ids.is_valid_vat("CHE-116.281.710 MWST")
    assert not ids.is_valid_vat("CHE116281711")
    assert ids.is_valid_vat("FR40303265045")
    assert ids.is_valid_vat("EL094259216")
    assert ids.is_valid_vat("GB980780684")
    assert not ids.is_valid_vat("ZZ123456789")
    assert ids.is_valid_vat("ZZ123456789", unknown_country=True)  # no rule: no failed check
    assert not ids.is_valid_vat("NO123456789", unknown_country=True)  # Norway has a rule
    assert not ids.is_valid_vat("")


def test_vat_ids_with_wrong_check_digits_are_found_as_invalid():
    found = ids.find_bad_checksum_vats("USt.-Id.-Nr.: DE 123 456 789 Tel. 030 1234")
    assert [(m.value, m.valid) for m in found] == [("DE123456789", False)]
    assert [m.value for m in ids.find_bad_checksum_vats("VAT GB123456789")] == ["GB123456789"]
    assert [m.value for m in ids.find_bad_checksum_vats("TVA FR12345678901")] == ["FR12345678901"]


def test_a_wrong_length_or_a_valid_vat_is_no_bad_checksum():
    assert ids.find_bad_checksum_vats("DE09687654321") == []  # 11 digits: not a VAT id
    assert ids.find_bad_checksum_vats("USt-IdNr. DE811569869") == []  # valid
    assert ids.find_bad_checksum_vats("Invoice DE-2024-0001") == []


def test_non_eu_tax_ids_only_after_their_label_and_with_valid_check_digits():
    # New Zealand GST number (the IRD number), 8 or 9 digits, dashes or spaces
    assert values(ids.find_labelled_tax_ids("Phone 09 555 GST No: 49-091-850")) == ["49091850"]
    assert values(ids.find_labelled_tax_ids("GST reg no: 136 410 132")) == ["136410132"]
    assert values(ids.find_labelled_tax_ids("136-410-132", "g.s.t. reg.")) == ["136410132"]
    assert ids.find_labelled_tax_ids("136-410-132") == []  # no label: any number
    assert ids.find_labelled_tax_ids("Account 136-410-132") == []
    assert ids.find_labelled_tax_ids("GST No: 136-410-133") == []  # check digit wrong
    assert ids.find_labelled_tax_ids("GST $13.50") == []  # a tax amount
    # India's GSTIN
    assert values(ids.find_labelled_tax_ids("GSTIN: 27AAPFU0939F1ZV")) == ["27AAPFU0939F1ZV"]
    assert ids.find_labelled_tax_ids("Ref 27AAPFU0939F1ZV") == []


def test_australian_business_number_is_a_registry_number():
    assert values(ids.find_abns("ABN: 51 824 753 556")) == ["51824753556"]
    assert values(ids.find_abns("A.B.N. 51824753556")) == ["51824753556"]
    assert ids.find_abns("ABN: 51 824 753 557") == []
    assert ids.find_abns("Phone 51 824 753 556") == []
    assert ids.find_labelled_tax_ids("ABN: 51 824 753 556") == []  # not a GST number
