# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The return on paper and in a workbook: the PDF (QWeb report ``report_vat_return``) and the
XLSX of its detail (the boxes, then the journal items behind each box), both in the reader's
language and only for whoever may read the return."""

import io
import re

import xlsxwriter

from odoo import models

from . import vat_boxes

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class AccountVatReturn(models.Model):
    _inherit = "account.vat.return"

    # ------------------------------------------------------------------ shared

    def _report_boxes(self):
        """The boxes in order, labelled in the reader's language."""
        self.ensure_one()
        lang = self.env.lang or "en_US"
        return [
            {
                "line": line,
                "box": line.box,
                "label": vat_boxes.label(
                    self.country_code, line.box, lang, self.ch_method or "effective"
                ),
                "computed": line.computed_amount,
                "adjustment": line.adjustment_amount,
                "amount": line.amount,
                "tax": line.tax_amount,
                "edi": line.edi_code or "",
                "edi_tax": line.edi_tax_code or "",
                "is_total": line.is_total,
            }
            for line in self.line_ids.sorted("sequence")
        ]

    def _selection_label(self, record, field_name):
        field = record._fields[field_name]
        return dict(field._description_selection(self.env)).get(record[field_name], "")

    def _box_items(self, line):
        """The journal items behind a box (the box's drill-down), read with the reader's
        rights."""
        domain = line.action_open_items()["domain"]
        return self.env["account.move.line"].search_fetch(
            domain,
            ["date", "move_name", "journal_id", "account_id", "partner_id", "name", "balance"],
            order="date, move_name, id",
        )

    # ------------------------------------------------------------------ PDF

    def action_print_pdf(self):
        return self.env.ref("account_vat_return_fincycle.action_report_vat_return").report_action(
            self
        )

    # ------------------------------------------------------------------ XLSX

    def action_export_xlsx(self):
        self.ensure_one()
        self.check_access("read")
        return {
            "type": "ir.actions.act_url",
            "url": f"/account_vat_return_fincycle/xlsx/{self.id}",
            "target": "self",
        }

    def _xlsx_filename(self):
        name = re.sub(r"[^\w.-]+", "_", f"{self.company_id.name}_{self.date_from}_{self.date_to}")
        prefix = self.env._("VAT_return")
        return f"{prefix}_{name}.xlsx"

    def _xlsx_content(self):
        """The workbook: sheet 1 the return (company, period, state, boxes, adjustments,
        checks), sheet 2 the journal items behind each box (totals are sums of the boxes
        above them: not repeated). Raises AccessError for a reader without access."""
        self.ensure_one()
        self.check_access("read")
        output = io.BytesIO()
        # text stays text: a name or label starting with "=" is no formula, no link
        book = xlsxwriter.Workbook(
            output,
            {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False},
        )
        bold = book.add_format({"bold": True})
        title = book.add_format({"bold": True, "font_size": 14})
        money = book.add_format({"num_format": "#,##0.00"})
        money_bold = book.add_format({"num_format": "#,##0.00", "bold": True})
        day = book.add_format({"num_format": "yyyy-mm-dd"})
        formats = {"bold": bold, "title": title, "money": money, "money_bold": money_bold}
        formats["day"] = day
        boxes = self._report_boxes()
        self._xlsx_return_sheet(book, formats, boxes)
        self._xlsx_items_sheet(book, formats, boxes)
        book.close()
        return output.getvalue()

    def _xlsx_return_sheet(self, book, formats, boxes):  # noqa: PLR0912 - one table after the other
        bold, title, money = formats["bold"], formats["title"], formats["money"]
        money_bold, day = formats["money_bold"], formats["day"]
        sheet = book.add_worksheet(self.env._("VAT return")[:31])
        sheet.set_column(0, 0, 10)
        sheet.set_column(1, 1, 60)
        sheet.set_column(2, 6, 16)
        sheet.write(0, 0, self.env._("VAT return"), title)
        facts = [
            (self.env._("Company"), self.company_id.name),
            (self.env._("Country"), self._selection_label(self, "country_code")),
            (self.env._("From"), self.date_from),
            (self.env._("To"), self.date_to),
            (self.env._("Status"), self._selection_label(self, "state")),
            (self.env._("Currency"), self.currency_id.name),
            (self.env._("Amount payable"), self.amount_payable),
        ]
        row = 2
        for label, value in facts:
            sheet.write(row, 0, label, bold)
            if hasattr(value, "isoformat"):
                sheet.write_datetime(row, 2, value, day)
            elif isinstance(value, float):
                sheet.write_number(row, 2, value, money)
            else:
                sheet.write(row, 2, value or "")
            row += 1
        row += 1
        headers = [
            self.env._("Box"),
            self.env._("Label"),
            self.env._("Computed"),
            self.env._("Adjustment"),
            self.env._("Amount"),
            self.env._("Tax"),
        ]
        if self.country_code == "FR":
            headers += [self.env._("EDI"), self.env._("EDI (tax)")]
        for col, header in enumerate(headers):
            sheet.write(row, col, header, bold)
        row += 1
        for box in boxes:
            fmt = money_bold if box["is_total"] else money
            sheet.write_string(row, 0, box["box"], bold if box["is_total"] else None)
            sheet.write_string(row, 1, box["label"], bold if box["is_total"] else None)
            for col, key in enumerate(("computed", "adjustment", "amount", "tax"), start=2):
                sheet.write_number(row, col, box[key], fmt)
            if self.country_code == "FR":
                sheet.write_string(row, 6, box["edi"])
                sheet.write_string(row, 7, box["edi_tax"])
            row += 1
        row += 1
        sheet.write(row, 0, self.env._("Adjustments"), bold)
        row += 1
        for col, header in enumerate(
            (self.env._("Box"), self.env._("Reason"), self.env._("Amount"))
        ):
            sheet.write(row, col, header, bold)
        row += 1
        for adjustment in self.adjustment_ids:
            sheet.write_string(row, 0, adjustment.box.split("_", 1)[1])
            sheet.write_string(row, 1, adjustment.reason or "")
            sheet.write_number(row, 2, adjustment.amount, money)
            row += 1
        row += 1
        sheet.write(row, 0, self.env._("Checks"), bold)
        row += 1
        for col, header in enumerate(
            (self.env._("Severity"), self.env._("Message"), self.env._("Difference"))
        ):
            sheet.write(row, col, header, bold)
        row += 1
        for check in self.check_ids:
            sheet.write_string(row, 0, self._selection_label(check, "severity"))
            sheet.write_string(row, 1, check.message or "")
            sheet.write_number(row, 2, check.difference, money)
            row += 1

    def _xlsx_items_sheet(self, book, formats, boxes):
        bold, money, day = formats["bold"], formats["money"], formats["day"]
        items = book.add_worksheet(self.env._("Journal items")[:31])
        headers = [
            self.env._("Box"),
            self.env._("Date"),
            self.env._("Entry"),
            self.env._("Journal"),
            self.env._("Account"),
            self.env._("Partner"),
            self.env._("Label"),
            self.env._("Balance"),
        ]
        widths = [8, 12, 20, 12, 40, 30, 40, 16]
        for col, (header, width) in enumerate(zip(headers, widths, strict=True)):
            items.set_column(col, col, width)
            items.write(0, col, header, bold)
        items.freeze_panes(1, 0)
        row = 1
        for box in boxes:
            if box["is_total"] or not box["line"].tag_names:
                continue
            for item in self._box_items(box["line"]):
                items.write_string(row, 0, box["box"])
                items.write_datetime(row, 1, item.date, day)
                items.write_string(row, 2, item.move_name or "")
                items.write_string(row, 3, item.journal_id.code or "")
                items.write_string(row, 4, item.account_id.display_name or "")
                items.write_string(row, 5, item.partner_id.display_name or "")
                items.write_string(row, 6, item.name or "")
                items.write_number(row, 7, item.balance, money)
                row += 1
