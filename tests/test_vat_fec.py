"""The French FEC: writer, checker (the DGFiP test tool's checks) and descriptive note."""

from datetime import date
from decimal import Decimal

import pytest

from fincycle.vat import fec

START, END = date(2025, 1, 1), date(2025, 12, 31)


def line(journal, number, day, account, debit=0, credit=0, **extra):
    row = {
        "JournalCode": journal,
        "JournalLib": {"OUV": "Balance initiale", "VT": "Ventes", "BQ": "Banque"}.get(
            journal, journal
        ),
        "EcritureNum": number,
        "EcritureDate": day,
        "CompteNum": account,
        "CompteLib": f"Compte {account}",
        "PieceRef": number,
        "PieceDate": day,
        "EcritureLib": "Libellé é|à",
        "Debit": Decimal(str(debit)),
        "Credit": Decimal(str(credit)),
        "ValidDate": day,
    }
    row.update(extra)
    return row


def good_rows():
    return [
        line("OUV", "OUVERTURE/2025", START, "512000", 1000),
        line("OUV", "OUVERTURE/2025", START, "101000", credit=1000),
        line("VT", "VT/2025/00001", date(2025, 1, 10), "411000", "1200.00",
             CompAuxNum="C001", CompAuxLib="Client SA", EcritureLet="A", DateLet=date(2025, 2, 1)),
        line("VT", "VT/2025/00001", date(2025, 1, 10), "706000", credit=1000),
        line("VT", "VT/2025/00001", date(2025, 1, 10), "445710", credit=200),
        line("BQ", "BQ/2025/00001", date(2025, 2, 1), "512000", 1200,
             Montantdevise=Decimal("-1300.5"), Idevise="CHF"),
        line("BQ", "BQ/2025/00001", date(2025, 2, 1), "411000", credit=1200,
             CompAuxNum="C001", CompAuxLib="Client SA", EcritureLet="A", DateLet=date(2025, 2, 1)),
        line("VT", "VT/2025/00002", date(2025, 3, 3), "411000", "0.10",
             CompAuxNum="C001", CompAuxLib="Client SA"),
        line("VT", "VT/2025/00002", date(2025, 3, 3), "706000", credit="0.10"),
    ]  # fmt: skip


def write(rows, **kwargs):
    return b"".join(fec.fec_chunks(rows, **kwargs))


def check(data, **kwargs):
    kwargs.setdefault("fiscal_year_start", START)
    kwargs.setdefault("fiscal_year_end", END)
    return fec.check_fec(data, **kwargs)


def test_writer_layout_by_hand():
    data = write(good_rows())
    text = data.decode("utf-8")
    lines = text.split("\r\n")
    assert lines[0] == "|".join(fec.COLUMNS)
    assert len(fec.COLUMNS) == 18 and lines[0].count("|") == 17
    # 18 fields, the separator inside a label became a space, comma decimals, AAAAMMJJ.
    assert lines[3].split("|") == [
        "VT", "Ventes", "VT/2025/00001", "20250110", "411000", "Compte 411000", "C001",
        "Client SA", "VT/2025/00001", "20250110", "Libellé é à", "1200,00", "0,00", "A",
        "20250201", "20250110", "", "",
    ]  # fmt: skip
    assert lines[6].split("|")[16:] == ["-1300,50", "CHF"]
    assert text.endswith("\r\n") and not data.startswith(b"\xef\xbb\xbf")


def test_writer_tab_and_iso_8859_15():
    data = write(good_rows(), separator="\t", encoding="iso-8859-15", newline="\n")
    assert b"Libell\xe9 \xe9 \xe0" in data  # é, à in ISO-8859-15
    assert data.split(b"\n")[0].count(b"\t") == 17
    report = check(data)
    assert report.ok, report.findings
    assert report.summary["separator"] == "tab"
    assert report.summary["encoding"] == "iso-8859-15"
    # A character ISO-8859-15 lacks loses its accent (ź → z), or becomes "?" (Ł), never dropped.
    data = write(
        [line("VT", "VT/1", START, "706000", 1, EcritureLib="Łódź")], encoding="iso-8859-15"
    )
    assert b"|?\xf3dz|" in data


def test_writer_rejects_other_separators_and_encodings():
    with pytest.raises(ValueError, match="FEC_SEPARATOR"):
        list(fec.fec_lines([], separator=";"))
    with pytest.raises(ValueError, match="FEC_ENCODING"):
        list(fec.fec_chunks([], encoding="cp1252"))


def test_writer_streams():
    def rows():
        for n in range(1, 60001):
            yield line("VT", f"VT/{n:05d}", date(2025, 1, 2), "706000", 1)
            if n == 2:
                raise RuntimeError("consumed lazily")

    chunks = fec.fec_chunks(rows(), lines_per_chunk=2)
    first = next(chunks)  # header + first record: nothing beyond was read
    assert first.count(b"\r\n") == 2
    with pytest.raises(RuntimeError):
        list(chunks)


def test_formats():
    assert fec.format_amount(Decimal("1234.5")) == "1234,50"
    assert fec.format_amount(Decimal("-0.004")) == "0,00"
    assert fec.format_amount(Decimal("-12.345")) == "-12,35"
    assert fec.format_amount(0, blank_zero=True) == ""
    assert fec.format_date(date(2025, 12, 31)) == "20251231"
    assert fec.fec_filename("123456789", date(2025, 12, 31)) == "123456789FEC20251231.txt"


def test_a_good_file_passes_with_its_summary():
    report = check(write(good_rows()), file_name="123456789FEC20251231.txt", siren="123456789")
    assert report.findings == []
    assert report.ok
    summary = report.summary
    assert summary["lines"] == 9
    assert summary["entries"] == 4
    assert summary["total_debit"] == summary["total_credit"] == Decimal("3400.10")
    assert summary["journals"] == {"OUV": 2, "VT": 5, "BQ": 2}
    assert summary["first_date"] == START and summary["last_date"] == date(2025, 3, 3)


def test_odoo_style_amounts_and_bom_are_accepted():
    # Odoo: 15 zero-padded digits with a leading space, UTF-8 (the DGFiP tool strips a BOM).
    text = write(good_rows()).decode().replace("|1000,00|", "| 000000000001000,00|")
    report = check(b"\xef\xbb\xbf" + text.encode())
    assert report.ok, report.findings
    assert report.summary["bom"] is True


def test_missing_column():
    text = write(good_rows()).decode()
    broken = "\r\n".join("|".join(f.split("|")[:6] + f.split("|")[7:]) for f in text.split("\r\n"))
    report = check(broken.encode())
    assert not report.ok
    assert report.codes() >= {"FEC_HEADER_COUNT", "FEC_HEADER_NAME"}
    count = next(f for f in report.findings if f.code == "FEC_HEADER_COUNT")
    assert count.data == {"expected": 18, "found": 17} and count.line == 1
    name = next(f for f in report.findings if f.code == "FEC_HEADER_NAME")
    assert name.data == {"position": 7, "expected": "CompAuxNum", "found": "CompAuxLib"}


def test_headers_compare_case_insensitively_but_in_order():
    text = write(good_rows()).decode()
    assert check(text.replace("JournalCode", "JOURNALCODE", 1).encode()).ok
    swapped = text.replace("Debit|Credit", "Credit|Debit", 1)
    assert "FEC_HEADER_NAME" in check(swapped.encode()).codes()


def test_unbalanced_entry():
    rows = good_rows()
    rows[4]["Credit"] = Decimal("199.99")
    report = check(write(rows))
    unbalanced = [f for f in report.findings if f.code == "FEC_UNBALANCED"]
    assert len(unbalanced) == 1
    assert unbalanced[0].line == 4  # first line of VT/2025/00001 (header = line 1)
    assert unbalanced[0].data["difference"] == Decimal("0.01")
    assert unbalanced[0].data["number"] == "VT/2025/00001"
    assert "FEC_FILE_UNBALANCED" in report.codes()


def test_wrong_dates():
    text = write(good_rows()).decode()
    report = check(text.replace("|20250110|411000", "|2025-01-10|411000", 1).encode())
    bad = next(f for f in report.findings if f.code == "FEC_DATE_FORMAT")
    assert bad.data == {"column": "EcritureDate", "value": "2025-01-10"} and bad.line == 4
    report = check(text.replace("20250303", "20250230").encode())  # 30 February
    assert "FEC_DATE_FORMAT" in report.codes()
    rows = good_rows()
    rows[7]["EcritureDate"] = rows[8]["EcritureDate"] = date(2026, 1, 5)
    assert "FEC_DATE_OUT_OF_YEAR" in check(write(rows)).codes()


def test_gap_in_numbering():
    rows = good_rows()
    for row in rows[7:]:
        row["EcritureNum"] = "VT/2025/00004"
    report = check(write(rows))
    gap = next(f for f in report.findings if f.code == "FEC_NUMBER_GAP")
    assert gap.data == {
        "journal": "VT",
        "prefix": "VT/2025/",
        "after": 1,
        "before": 4,
        "missing": 2,
    }
    assert gap.severity == "warning" and gap.line == 9
    assert report.ok  # a gap is to be explained, not a rejection


def test_numbers_going_back_and_entries_split():
    rows = good_rows()
    for row in rows[2:5]:
        row["EcritureNum"] = "VT/2025/00003"
    report = check(write(rows))
    assert report.codes() == {"FEC_NUMBER_ORDER"}  # 00002 after 00003 (a sequence may start at 2)
    order = next(f for f in report.findings if f.code == "FEC_NUMBER_ORDER")
    assert order.data["previous"] == "VT/2025/00003"  # as written, zeros kept
    rows = good_rows()
    rows.append(line("VT", "VT/2025/00001", date(2025, 1, 10), "706000", 1))
    rows.append(line("VT", "VT/2025/00001", date(2025, 1, 10), "706000", credit=1))
    assert "FEC_ENTRY_SPLIT" in check(write(rows)).codes()


def test_opening_entries_first_and_on_the_first_day():
    rows = good_rows()
    rows = rows[2:5] + rows[:2] + rows[5:]
    report = check(write(rows))
    late = next(f for f in report.findings if f.code == "FEC_OPENING_NOT_FIRST")
    assert late.line == 5
    rows = good_rows()
    for row in rows[:2]:
        row["EcritureDate"] = date(2025, 1, 2)
    assert "FEC_OPENING_DATE" in check(write(rows)).codes()


def test_required_fields_amount_formats_and_pairs():
    rows = good_rows()
    rows[3]["CompteLib"] = ""
    rows[2]["DateLet"] = None  # lettering without its date
    rows[5]["Idevise"] = ""  # foreign amount without currency
    rows[7]["CompAuxLib"] = ""  # auxiliary account without label
    report = check(write(rows))
    codes = {(f.code, f.line) for f in report.findings}
    assert ("FEC_REQUIRED", 5) in codes
    assert ("FEC_LETTERING", 4) in codes
    assert ("FEC_CURRENCY", 7) in codes
    assert ("FEC_AUXILIARY", 9) in codes
    text = write(good_rows()).decode()
    report = check(text.replace("|1000,00|0,00|", "|1000.00|0,00|", 1).encode())
    assert next(f for f in report.findings if f.code == "FEC_AMOUNT_FORMAT").data == {
        "column": "Debit",
        "value": "1000.00",
    }
    report = check(text.replace("|CHF", "|chf").replace("512000|Compte", "51A000|Compte").encode())
    assert {"FEC_CURRENCY_CODE", "FEC_ACCOUNT_FORMAT"} <= report.codes()


def test_wrong_field_count_on_a_line_and_empty_files():
    text = write(good_rows()).decode().split("\r\n")
    text[3] = text[3] + "|extra"
    report = check("\r\n".join(text).encode())
    count = next(f for f in report.findings if f.code == "FEC_FIELD_COUNT")
    assert count.line == 4 and count.data == {"expected": 18, "found": 19}
    assert "FEC_EMPTY" in check(b"").codes()
    assert "FEC_EMPTY" in check("|".join(fec.COLUMNS).encode()).codes()
    assert "FEC_SEPARATOR" in check(";".join(fec.COLUMNS).encode()).codes()


def test_montant_sens_variant():
    text = write(good_rows()).decode().split("\r\n")
    out = [text[0].replace("Debit|Credit", "Montant|Sens")]
    for record in text[1:]:
        if not record:
            continue
        fields = record.split("|")
        debit, credit = fields[11], fields[12]
        fields[11:13] = [debit, "D"] if debit != "0,00" else [credit, "C"]
        out.append("|".join(fields))
    report = check("\r\n".join(out).encode())
    assert report.ok, report.findings
    assert report.summary["amount_layout"] == "sens"
    assert report.summary["total_debit"] == Decimal("3400.10")


def test_file_name():
    assert fec.check_fec_filename("123456789FEC20251231.txt", siren="123456789") == []
    reasons = lambda name, **kw: [f.data["reason"] for f in fec.check_fec_filename(name, **kw)]  # noqa: E731
    assert reasons("FEC20251231.txt") == ["siren"]
    assert reasons("123456789FEC20251231-NONOFFICIAL.txt") == ["suffix"]
    assert reasons("123456789FEC20251230.txt", closing_day=END) == ["closing_day"]
    assert reasons("123456789_fec.csv") == ["pattern"]


def test_findings_are_capped_per_code_but_counted():
    rows = []
    for n in range(1, 301):
        rows.append(line("VT", f"VT/{n:05d}", date(2025, 1, 2), "706000", 1))
    report = check(write(rows), max_per_code=10)
    assert len([f for f in report.findings if f.code == "FEC_UNBALANCED"]) == 10
    assert report.summary["finding_counts"]["FEC_UNBALANCED"] == 300


def test_descriptive_note_as_data():
    report = check(write(good_rows()))
    note = fec.descriptive_note(
        siren="123456789",
        company_name="Fincycle France SAS",
        fiscal_year_start=START,
        fiscal_year_end=END,
        journals={"VT": "Ventes", "BQ": "Banque", "OUV": "Balance initiale"},
        numbering={"VT": "VT/AAAA/NNNNN"},
        software="Odoo",
        software_version="19.0",
        summary=report.summary,
    )
    assert note["file_name"] == "123456789FEC20251231.txt"
    assert [f["name"] for f in note["fields"]] == list(fec.COLUMNS)
    assert note["fields"][3] == {
        "position": 4,
        "name": "EcritureDate",
        "meaning": "fec.field.EcritureDate",
        "kind": "date",
        "format": "AAAAMMJJ",
        "optional": False,
    }
    assert note["fields"][16]["optional"] is True and note["fields"][11]["kind"] == "amount"
    assert note["physical"]["field_separator"] == "pipe"
    assert note["physical"]["record_separator"] == "CRLF"
    assert note["journals"][2] == {"code": "VT", "label": "Ventes", "numbering": "VT/AAAA/NNNNN"}
    assert note["figures"]["lines"] == 9


def test_checker_streams_a_binary_file(tmp_path):
    path = tmp_path / "123456789FEC20251231.txt"
    with path.open("wb") as out:
        for chunk in fec.fec_chunks(good_rows(), separator="\t", newline="\n"):
            out.write(chunk)
    with path.open("rb") as stream:
        report = check(stream, file_name=path.name)
    assert report.ok and report.summary["lines"] == 9 and report.summary["separator"] == "tab"
