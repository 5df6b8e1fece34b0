# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The French FEC export: rows read with SQL in pages, written by ``fincycle.vat.fec`` and
checked by its checker; nothing is locked (Odoo's l10n_fr generator sets the fiscal year lock
date unless asked not to)."""

import base64
import datetime
import tempfile
import uuid
from decimal import Decimal

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import SQL

from fincycle.vat import fec

from .fec_messages import _text, finding_message

PAGE_SIZE = 10000
OPENING_JOURNAL = "OUV"
RECEIVABLE_PAYABLE = ("asset_receivable", "liability_payable")


class AccountFecExport(models.TransientModel):
    _name = "account.fec.export"
    _description = "FEC export (France)"
    _check_company_auto = True

    company_id = fields.Many2one(
        "res.company",
        required=True,
        default=lambda self: self.env.company,
        domain=lambda self: [("id", "in", self.env.user.company_ids.ids)],
    )
    fiscal_year = fields.Integer(
        help="The year in which the fiscal year ends: fills the start and end dates."
    )
    date_from = fields.Date(string="Start Date", required=True)
    date_to = fields.Date(string="End Date", required=True)
    separator = fields.Selection(
        [("pipe", "Pipe (|)"), ("tab", "Tab")], required=True, default="pipe"
    )
    encoding = fields.Selection(
        [("utf-8", "UTF-8"), ("iso-8859-15", "ISO-8859-15 (Latin-9)")],
        required=True,
        default="utf-8",
    )
    state = fields.Selection([("draft", "Draft"), ("done", "Done")], default="draft")
    fec_file = fields.Binary(string="FEC File", readonly=True, attachment=True)
    fec_filename = fields.Char(readonly=True)
    note_file = fields.Binary(string="Descriptive Note", readonly=True, attachment=True)
    note_filename = fields.Char(readonly=True)
    line_count = fields.Integer(string="Lines", readonly=True)
    entry_count = fields.Integer(string="Entries", readonly=True)
    total_debit = fields.Float(readonly=True, digits=(16, 2))
    total_credit = fields.Float(readonly=True, digits=(16, 2))
    error_count = fields.Integer(string="Errors", readonly=True)
    warning_count = fields.Integer(string="Warnings", readonly=True)
    finding_ids = fields.One2many("account.fec.export.finding", "export_id", readonly=True)

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        company = self.env["res.company"].browse(values.get("company_id")) or self.env.company
        # The last closed fiscal year: the one before today's.
        today = fields.Date.context_today(self)
        current = company.compute_fiscalyear_dates(today)
        last = company.compute_fiscalyear_dates(current["date_from"] - datetime.timedelta(days=1))
        values.setdefault("date_from", last["date_from"])
        values.setdefault("date_to", last["date_to"])
        values.setdefault("fiscal_year", last["date_to"].year)
        return values

    @api.onchange("fiscal_year", "company_id")
    def _onchange_fiscal_year(self):
        if self.fiscal_year and 1900 < self.fiscal_year < 3000 and self.company_id:
            last_day = datetime.date(
                self.fiscal_year,
                int(self.company_id.fiscalyear_last_month),
                self.company_id.fiscalyear_last_day,
            )
            dates = self.company_id.compute_fiscalyear_dates(last_day)
            self.date_from, self.date_to = dates["date_from"], dates["date_to"]

    # ------------------------------------------------------------------ rights

    def _check_export_rights(self):
        user = self.env.user
        if not (
            user.has_group("account.group_account_manager")
            or user.has_group("account.group_account_readonly")
        ):
            raise AccessError(self.env._("Only accountants may export the FEC."))
        for wizard in self:
            if wizard.company_id not in user.company_ids:
                raise AccessError(
                    self.env._(
                        "You have no access to the company %(company)s.",
                        company=wizard.company_id.sudo().name,
                    )
                )
            # The FEC covers the legal entity: the company and all its branches. Whoever
            # may not see one of the branches does not get its journal items through it.
            hidden = wizard._companies() - user.company_ids
            if hidden:
                raise AccessError(
                    self.env._(
                        "The FEC of %(company)s includes its branches; you have no access "
                        "to %(branches)s.",
                        company=wizard.company_id.sudo().name,
                        branches=", ".join(hidden.mapped("name")),
                    )
                )

    # ------------------------------------------------------------------ export

    def action_export(self):
        self.ensure_one()
        self._check_export_rights()
        if self.date_from > self.date_to:
            raise UserError(self.env._("The start date is after the end date."))
        if (self.date_to - self.date_from).days > 731:
            raise UserError(self.env._("A FEC covers one fiscal year: choose at most 24 months."))
        company = self.company_id
        separator = "|" if self.separator == "pipe" else "\t"
        siren = self._siren(company)
        filename = fec.fec_filename(siren, self.date_to)
        self.env.flush_all()
        with tempfile.TemporaryFile() as stream:
            for chunk in fec.fec_chunks(
                self._fec_rows(), separator=separator, encoding=self.encoding
            ):
                stream.write(chunk)
            stream.seek(0)
            report = fec.check_fec(
                stream,
                fiscal_year_start=self.date_from,
                fiscal_year_end=self.date_to,
                opening_journals=(OPENING_JOURNAL,),
                file_name=filename,
                siren=siren or None,
            )
            stream.seek(0)
            content = stream.read()
        summary = report.summary
        note = self._note_text(company, siren, separator, summary)
        self.finding_ids.unlink()
        self.write(
            {
                "state": "done",
                "fec_file": base64.b64encode(content),
                "fec_filename": filename,
                "note_file": base64.b64encode(note.encode("utf-8")),
                "note_filename": filename.replace(".txt", "_notice.txt"),
                "line_count": summary["lines"],
                "entry_count": summary["entries"],
                "total_debit": float(summary["total_debit"]),
                "total_credit": float(summary["total_credit"]),
                "error_count": summary["errors"],
                "warning_count": summary["warnings"],
                "finding_ids": [
                    Command.create(
                        {
                            "code": finding.code,
                            "severity": finding.severity,
                            "line": finding.line,
                            "data": {key: _text(value) for key, value in finding.data.items()},
                        }
                    )
                    for finding in report.findings
                ],
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
        }

    @api.model
    def _siren(self, company):
        """The 9-digit SIREN: from the French VAT number (FRkk + SIREN), else the first nine
        digits of the SIRET in the company registry; empty when neither gives one."""
        vat = (company.vat or "").replace(" ", "").upper()
        if vat.startswith("FR") and len(vat) == 13 and vat[4:].isdigit():
            return vat[4:]
        registry = "".join(c for c in (company.company_registry or "") if c.isdigit())
        if len(registry) in (9, 14):
            return registry[:9]
        return ""

    def _companies(self):
        """The company and its branches (one legal entity, one SIREN)."""
        return self.env["res.company"].sudo().search([("id", "child_of", self.company_id.id)])

    def _fec_rows(self):
        """Opening balances first (journal OUV, dated the start), then every posted journal
        item of the period with an amount, by date, entry number and line; one SQL query read
        through a server-side cursor in pages of PAGE_SIZE so a year of 50,000+ lines streams."""
        company = self.company_id
        companies = self._companies()
        env = self.env(context=dict(self.env.context, lang=self._fec_lang()))
        accounts = {}
        journals = {
            j.id: (j.code, j.name)
            for j in env["account.journal"]
            .sudo()
            .with_context(active_test=False)
            .search([("company_id", "in", companies.ids)])
        }
        currencies = {c.id: c.name for c in env["res.currency"].sudo().search_fetch([], ["name"])}
        partners = {}

        def account(account_id):
            if account_id not in accounts:
                record = env["account.account"].sudo().with_company(company).browse(account_id)
                accounts[account_id] = (record.code, record.name, record.account_type)
            return accounts[account_id]

        def partner(partner_id):
            if partner_id not in partners:
                self.env.cr.execute(
                    "SELECT id, ref, name FROM res_partner WHERE id = %s", (partner_id,)
                )
                _id, ref, name = self.env.cr.fetchone()
                partners[partner_id] = (ref or str(_id), name or str(_id))
            return partners[partner_id]

        yield from self._opening_rows(companies, account, partner)

        company_currency = company.currency_id.id
        # One query, sorted once, streamed through a server-side cursor in pages of PAGE_SIZE.
        # (a cursor abandoned by an error goes with the transaction's rollback)
        cursor_name = f"fincycle_fec_{uuid.uuid4().hex}"
        self.env.cr.execute(
            SQL(
                """
                DECLARE %(cursor)s NO SCROLL CURSOR FOR
                SELECT m.date, m.name, m.ref, m.invoice_date, l.journal_id,
                       l.account_id, l.partner_id, l.name, l.debit, l.credit,
                       l.amount_currency, l.currency_id, l.full_reconcile_id, fr.create_date
                  FROM account_move_line l
                  JOIN account_move m ON m.id = l.move_id
             LEFT JOIN account_full_reconcile fr ON fr.id = l.full_reconcile_id
                 WHERE l.company_id = ANY(%(companies)s)
                   AND l.parent_state = 'posted'
                   AND l.date >= %(date_from)s AND l.date <= %(date_to)s
                   AND (l.debit != 0 OR l.credit != 0)
              ORDER BY m.date, m.name, m.id, l.id
                """,
                cursor=SQL.identifier(cursor_name),
                companies=companies.ids,
                date_from=self.date_from,
                date_to=self.date_to,
            )
        )
        while True:
            self.env.cr.execute(SQL("FETCH %s FROM %s", PAGE_SIZE, SQL.identifier(cursor_name)))
            page = self.env.cr.fetchall()
            if not page:
                self.env.cr.execute(SQL("CLOSE %s", SQL.identifier(cursor_name)))
                return
            for (
                move_date,
                move_name,
                move_ref,
                invoice_date,
                journal_id,
                account_id,
                partner_id,
                label,
                debit,
                credit,
                amount_currency,
                currency_id,
                reconcile_id,
                reconcile_date,
            ) in page:
                code, name, account_type = accounts.get(account_id) or account(account_id)
                journal_code, journal_name = journals.get(journal_id, ("", ""))
                aux_num = aux_lib = ""
                if partner_id and account_type in RECEIVABLE_PAYABLE:
                    aux_num, aux_lib = partners.get(partner_id) or partner(partner_id)
                foreign = currency_id and currency_id != company_currency and amount_currency
                yield {
                    "JournalCode": journal_code,
                    "JournalLib": journal_name,
                    "EcritureNum": move_name,
                    "EcritureDate": move_date,
                    "CompteNum": code,
                    "CompteLib": name,
                    "CompAuxNum": aux_num,
                    "CompAuxLib": aux_lib,
                    "PieceRef": (move_ref or "").strip() or move_name,
                    "PieceDate": invoice_date or move_date,
                    "EcritureLib": (label or "").strip() or move_ref or move_name,
                    "Debit": debit,
                    "Credit": credit,
                    "EcritureLet": str(reconcile_id) if reconcile_id else "",
                    "DateLet": reconcile_date.date() if reconcile_id else None,
                    "ValidDate": move_date,
                    "Montantdevise": amount_currency if foreign else None,
                    "Idevise": currencies.get(currency_id, "") if foreign else "",
                }

    def _opening_rows(self, companies, account, partner):
        """Balance sheet accounts' balances before the start (per partner on receivable and
        payable accounts), the profit and loss of the fiscal year before the start per account,
        and the results of earlier years folded into the unaffected earnings account."""
        company = self.company_id
        year_start = company.compute_fiscalyear_dates(self.date_from)["date_from"]
        self.env.cr.execute(
            SQL(
                """
                SELECT l.account_id,
                       CASE WHEN a.account_type IN %(rp)s THEN l.partner_id END,
                       CASE WHEN a.account_type NOT LIKE 'income%%'
                                 AND a.account_type NOT LIKE 'expense%%'
                                 AND a.account_type != 'equity_unaffected' THEN 'bs'
                            WHEN l.date >= %(year_start)s THEN 'pl'
                            ELSE 'earlier' END AS kind,
                       SUM(l.balance)
                  FROM account_move_line l
                  JOIN account_account a ON a.id = l.account_id
                 WHERE l.company_id = ANY(%(companies)s)
                   AND l.parent_state = 'posted'
                   AND l.date < %(date_from)s
              GROUP BY 1, 2, 3
                """,
                rp=RECEIVABLE_PAYABLE,
                year_start=year_start,
                companies=companies.ids,
                date_from=self.date_from,
            )
        )
        balances = {}
        earlier = Decimal(0)
        for account_id, partner_id, kind, total in self.env.cr.fetchall():
            amount = Decimal(str(total or 0))
            if kind == "earlier":
                earlier += amount
            else:
                key = (account_id, partner_id)
                balances[key] = balances.get(key, Decimal(0)) + amount
        if earlier:
            unaffected = (
                self.env["account.account"]
                .sudo()
                .search(
                    [
                        *self.env["account.account"]._check_company_domain(company),
                        ("account_type", "=", "equity_unaffected"),
                    ],
                    limit=1,
                )
            )
            if not unaffected:
                raise UserError(
                    self.env._(
                        "The company has no unaffected earnings account to carry the results "
                        "of earlier years into the opening balances."
                    )
                )
            key = (unaffected.id, None)
            balances[key] = balances.get(key, Decimal(0)) + earlier
        number = f"OUVERTURE/{self.date_from.year}"
        rows = []
        for (account_id, partner_id), total in balances.items():
            balance = total.quantize(Decimal("0.01"))
            if not balance:
                continue
            code, name, _type = account(account_id)
            aux_num, aux_lib = partner(partner_id) if partner_id else ("", "")
            rows.append(
                {
                    "JournalCode": OPENING_JOURNAL,
                    "JournalLib": "A-nouveaux",
                    "EcritureNum": number,
                    "EcritureDate": self.date_from,
                    "CompteNum": code,
                    "CompteLib": name,
                    "CompAuxNum": aux_num,
                    "CompAuxLib": aux_lib,
                    "PieceRef": number,
                    "PieceDate": self.date_from,
                    "EcritureLib": "A-nouveaux",
                    "Debit": balance if balance > 0 else Decimal(0),
                    "Credit": -balance if balance < 0 else Decimal(0),
                    "ValidDate": self.date_from,
                }
            )
        rows.sort(key=lambda r: (r["CompteNum"], r["CompAuxNum"]))
        return rows

    def _fec_lang(self):
        """Account and journal names in French when French is installed (the file is for the
        French tax authority), else in the user's language."""
        if self.env["res.lang"]._lang_get("fr_FR"):
            return "fr_FR"
        return self.env.lang

    # ------------------------------------------------------------------ descriptive note

    def _note_text(self, company, siren, separator, summary):
        """The descriptive note (notice descriptive) in French, the language of the tax
        authority it is handed to, from ``fincycle.vat.fec.descriptive_note``."""
        journals = {
            j.code: j.name
            for j in self.env["account.journal"]
            .sudo()
            .with_context(lang=self._fec_lang(), active_test=False)
            .search([("company_id", "in", self._companies().ids)])
        }
        journals[OPENING_JOURNAL] = "A-nouveaux"
        note = fec.descriptive_note(
            siren=siren,
            company_name=company.name,
            fiscal_year_start=self.date_from,
            fiscal_year_end=self.date_to,
            separator=separator,
            encoding=self.encoding,
            journals=journals,
            opening_journal=OPENING_JOURNAL,
            software="Odoo",
            software_version="19.0 + account_vat_return_fincycle",
            summary=summary,
        )
        physical = note["physical"]
        lines = [
            "NOTICE DESCRIPTIVE DU FICHIER DES ECRITURES COMPTABLES",
            "(article A47 A-1 du livre des procedures fiscales)",
            "",
            f"Societe : {company.name}",
            f"SIREN : {siren or '(non renseigne)'}",
            f"Exercice : du {self.date_from:%d/%m/%Y} au {self.date_to:%d/%m/%Y}",
            f"Nom du fichier : {note['file_name']}",
            f"Logiciel : {note['software']['name']} {note['software']['version']}",
            "",
            "1. Organisation physique",
            "Fichier a plat, une ligne d'en-tete portant le nom des 18 zones.",
            f"Jeu de caracteres : {physical['encoding'].upper()}, sans BOM.",
            "Separateur de zones : "
            + ("tabulation" if physical["field_separator"] == "tab" else "barre verticale (|)"),
            f"Separateur d'enregistrements : {physical['record_separator']}.",
            "Dates au format AAAAMMJJ ; montants avec la virgule comme separateur decimal, "
            "sans separateur de milliers, signe moins en tete.",
            "",
            "2. Zones",
        ]
        meanings = {
            "JournalCode": "code du journal",
            "JournalLib": "libelle du journal",
            "EcritureNum": "numero de l'ecriture (numero de la piece Odoo, sequence par "
            "journal et prefixe)",
            "EcritureDate": "date de comptabilisation",
            "CompteNum": "numero de compte (plan comptable general)",
            "CompteLib": "libelle du compte",
            "CompAuxNum": "compte auxiliaire : reference du partenaire (ou son identifiant) "
            "sur les comptes clients et fournisseurs",
            "CompAuxLib": "libelle du compte auxiliaire (nom du partenaire)",
            "PieceRef": "reference de la piece justificative (reference, sinon numero)",
            "PieceDate": "date de la piece (date de facture, sinon date comptable)",
            "EcritureLib": "libelle de la ligne",
            "Debit": "montant au debit",
            "Credit": "montant au credit",
            "EcritureLet": "code de lettrage (rapprochement complet)",
            "DateLet": "date du lettrage",
            "ValidDate": "date de validation (date comptable de l'ecriture validee)",
            "Montantdevise": "montant en devise, seulement pour les lignes en devise etrangere",
            "Idevise": "code ISO 4217 de la devise",
        }
        for field in note["fields"]:
            optional = " (facultative)" if field["optional"] else ""
            lines.append(
                f"{field['position']:>2}. {field['name']}{optional} : {meanings[field['name']]}"
            )
        lines += ["", "3. Journaux"]
        for journal in note["journals"]:
            lines.append(f"{journal['code']} : {journal['label']}")
        lines += [
            "",
            "4. Regles",
            f"Les a-nouveaux (journal {OPENING_JOURNAL}) viennent en tete, dates du premier "
            "jour ; les resultats des exercices anterieurs sont portes au compte de report a "
            "nouveau.",
            "Seules les ecritures validees sont exportees ; pas d'ecriture de centralisation.",
            "Le fichier est exporte sans cloturer ni verrouiller l'exercice.",
        ]
        figures = note.get("figures") or {}
        if figures:
            lines += [
                "",
                "5. Chiffres de controle",
                f"Lignes : {figures.get('lines')}",
                f"Ecritures : {figures.get('entries')}",
                f"Total debit : {fec.format_amount(figures.get('total_debit'))}",
                f"Total credit : {fec.format_amount(figures.get('total_credit'))}",
            ]
        return "\r\n".join(lines) + "\r\n"


class AccountFecExportFinding(models.TransientModel):
    _name = "account.fec.export.finding"
    _description = "FEC check finding"
    _order = "severity, line, id"

    export_id = fields.Many2one("account.fec.export", required=True, ondelete="cascade")
    code = fields.Char(readonly=True)
    severity = fields.Selection([("error", "Error"), ("warning", "Warning")], readonly=True)
    line = fields.Integer(readonly=True, help="Line of the file; 0: the whole file.")
    data = fields.Json(readonly=True, help="The values the message names.")
    message = fields.Char(compute="_compute_message")

    @api.depends("code", "data")
    @api.depends_context("lang")
    def _compute_message(self):
        """The finding worded in the reader's language."""
        for finding in self:
            finding.message = finding_message(finding.code, finding.data or {}, self.env.lang)
