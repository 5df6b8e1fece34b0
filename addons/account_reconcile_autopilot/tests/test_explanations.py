# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the accountant reads: the reasons in her language, percentages, and Undo where she
works (the reconciliation view of account_reconcile_oca)."""

import re
from datetime import date, timedelta
from decimal import Decimal
from html import unescape

from lxml import etree

from odoo import Command
from odoo.tests import tagged
from odoo.tools.translate import code_translations

from fincycle.matching import Evidence, Money
from fincycle.matching.explain import (
    CODES,
    COUNT,
    CURRENCY,
    DATE,
    DOCUMENT,
    DOCUMENTS,
    LINE,
    MONEY,
    MONTH,
    MONTHS,
    PARTNER,
    SHARE,
    TEXT,
    to_json,
)

from ..models.evidence import TEMPLATES, format_confidence, render_evidence
from .common import QRR, AutopilotCase

MODULE = "account_reconcile_autopilot"
LANGS = ("fr_FR", "de_CH", "it_IT")
# what must never reach a reader: feature codes, signal names, weights
TECHNICAL = re.compile(r"\b(ref|amt|name|policy)_[a-z_]+\b|\(\s*[+-]\d+\.\d+\s*\)|\biban:")
SAMPLES = {
    MONEY: Money(Decimal("1250.50"), "CHF"),
    SHARE: Decimal("0.025"),
    DATE: date(2026, 3, 4),
    MONTH: (2026, 3),
    MONTHS: ((2026, 2), (None, 3)),
    COUNT: 2,
    DOCUMENT: "INV/2026/00004",
    DOCUMENTS: ("INV/2026/00004", "INV/2026/00005"),
    PARTNER: "Praxis Dr. Meier",
    TEXT: "inv 2026 4",
    CURRENCY: "EUR",
    LINE: 0,
}


def _sample(code, weight=1.0):
    kinds = CODES[code]
    return to_json(Evidence(code, code, {n: SAMPLES[k] for n, k in kinds.items()}, weight))


def _text(html):
    """Plain text, spaces unified (Babel and Odoo use no-break spaces in numbers)."""
    text = unescape(re.sub(r"<[^>]+>", " ", str(html or "")))
    return re.sub(r"[\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]", " ", text)


def _body(record, needle):
    """The chatter message of ``record`` that contains ``needle``, as plain text."""
    bodies = [_text(m.body) for m in record.message_ids]
    return next((b for b in bodies if needle in b), " | ".join(bodies))


@tagged("post_install", "-at_install")
class TestExplanations(AutopilotCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for lang in LANGS:
            cls.env["res.lang"]._activate_lang(lang)

    # -- one place for every code ----------------------------------------------------------
    def test_every_code_has_a_template_and_real_translations(self):
        self.assertEqual(set(TEMPLATES), set(CODES))
        english = render_evidence(self.env(context={"lang": "en_US"}), [_sample(c) for c in CODES])
        for lang in LANGS:
            translations = code_translations.get_python_translations(MODULE, lang)
            for code, template in TEMPLATES.items():
                source = template._source
                self.assertIn(source, translations, f"{lang}: {code}")
                self.assertNotEqual(translations[source], source, f"{lang}: {code}")
                self.assertEqual(
                    set(re.findall(r"%\((\w+)\)s", translations[source])),
                    set(re.findall(r"%\((\w+)\)s", source)),
                    f"{lang}: {code}",
                )
            env = self.env(context={"lang": lang})
            sentences = render_evidence(env, [_sample(c) for c in CODES])
            self.assertEqual(len(sentences), len(english))
            self.assertFalse(set(sentences) & set(english), lang)
            for sentence in sentences:
                self.assertNotIn("%(", sentence)
                self.assertFalse(TECHNICAL.search(sentence), sentence)

    def test_parameters_are_formatted_in_the_reader_s_language(self):
        data = [_sample("amt_fee"), _sample("period_other"), _sample("before_invoice")]
        fr = _text(" ".join(render_evidence(self.env(context={"lang": "fr_FR"}), data)))
        self.assertIn("CHF 1 250,50", fr)  # French digit grouping, Odoo's currency format
        self.assertIn("mars 2026", fr)
        self.assertIn("04/03/2026", fr)
        de = " ".join(render_evidence(self.env(context={"lang": "de_CH"}), data))
        self.assertIn("März 2026", de)
        self.assertIn("04.03.2026", de)
        it = " ".join(render_evidence(self.env(context={"lang": "it_IT"}), data))
        self.assertIn("marzo 2026", it)

    def test_strongest_reason_first_weights_hidden(self):
        data = [
            _sample("amt_exact", 3.459),
            _sample("policy_lookalike", -1.2),
            _sample("iban", 0.962),
            _sample("ref_number", 5.293),
            _sample("partner_id", 0.0),
        ]
        sentences = render_evidence(self.env(context={"lang": "en_US"}), data)
        self.assertEqual(
            sentences,
            [
                "Reference INV/2026/00004 found in the payment text",
                "Amount equal to the open amount",
                "IBAN known for Praxis Dr. Meier",
                "Bank line already assigned to Praxis Dr. Meier",
                "Which of the look-alike documents is paid is not certain",
            ],
        )

    def test_confidence_is_a_percentage_in_the_reader_s_language(self):
        self.assertEqual(format_confidence(self.env(context={"lang": "en_US"}), 0.98), "98%")
        self.assertEqual(
            _text(format_confidence(self.env(context={"lang": "fr_FR"}), 0.98)), "98 %"
        )
        self.assertEqual(format_confidence(self.env(context={"lang": "en_US"}), 1.0), "100%")
        # rounded down: a suggestion capped below a 95 % threshold never reads 95 %
        self.assertEqual(format_confidence(self.env(context={"lang": "en_US"}), 0.949), "94%")

    def test_lists_show_percentages_not_fractions(self):
        for model, view, field in (
            (
                "account.bank.statement.line",
                "bank_statement_line_autopilot_list",
                "autopilot_confidence",
            ),
            ("account.reconcile.suggestion", "account_reconcile_suggestion_list", "confidence"),
        ):
            arch = self.env[model].get_views([(self.env.ref(f"{MODULE}.{view}").id, "list")])
            node = etree.fromstring(arch["views"]["list"]["arch"]).find(
                f".//field[@name='{field}']"
            )
            self.assertEqual(node.get("widget"), "percentage", model)
        _invoice, line = self._auto_line()
        suggestion = line.autopilot_suggestion_ids.filtered(lambda s: s.state == "auto")
        self.assertEqual((line.autopilot_confidence, suggestion.confidence), (1.0, 1.0))
        suggestion.score = 0.949  # capped below a 95 % threshold: not shown as 95 %
        self.assertEqual(suggestion.confidence, 0.94)

    # -- the chatter line ------------------------------------------------------------------
    def _auto_line(self):
        invoice = self._invoice(self.alpha, 1250.0, payment_reference=QRR)
        line = self._line(
            1250.0, "Gutschrift", ref=QRR, account_number="CH93 0076 2011 6238 5295 7"
        )
        self._run(line)
        self.assertEqual(line.autopilot_state, "auto")
        return invoice, line

    def test_chatter_line_reads_like_a_person_wrote_it(self):
        invoice, line = self._auto_line()
        body = _body(line.move_id, "Autopilot reconciled")
        self.assertIn(f"QR reference of {invoice.name} found in the payment", body)
        self.assertIn("IBAN known for Alpha Consulting GmbH", body)
        self.assertIn("Confidence 100%", body)
        self.assertLess(body.index("QR reference"), body.index("IBAN known"))  # strongest first
        self.assertFalse(TECHNICAL.search(body), body)
        # she is told what she will see: the button in the reconciliation view
        self.assertIn("Undo Autopilot", body)
        self.assertIn("Transactions", body)
        # the weights stay in the technical field
        weights = [e["weight"] for e in line.autopilot_evidence_data]
        self.assertIn(True, [w > 1 for w in weights])

    def test_the_autopilot_writes_in_the_company_s_language(self):
        self.company.partner_id.lang = "fr_FR"
        invoice, line = self._auto_line()
        body = _body(line.move_id, "Le pilote automatique a rapproché")
        self.assertIn(f"Référence QR de {invoice.name}", body)
        self.assertIn("Confiance 100 %", body)
        for english in ("found in the payment", "Confidence", "Wrong?", "reconciled"):
            self.assertNotIn(english, body)
        paid = _body(invoice, "Gutschrift")
        self.assertIn("Payé par la ligne bancaire", paid)
        self.assertNotIn("Paid by", paid)

    def test_a_french_user_reads_french_whoever_ran_the_autopilot(self):
        _invoice, line = self._auto_line()
        fr = line.with_context(lang="fr_FR")
        self.assertIn("Référence QR de", fr.autopilot_evidence)
        self.assertIn("IBAN connu pour Alpha Consulting GmbH", fr.autopilot_evidence)
        self.assertEqual(_text(fr.autopilot_badge), "Pilote automatique 100 %")
        self.assertFalse(TECHNICAL.search(fr.autopilot_evidence))
        de = line.with_context(lang="de_CH")
        self.assertIn("IBAN bekannt für Alpha Consulting GmbH", de.autopilot_evidence)
        suggestion = line.autopilot_suggestion_ids.filtered(lambda s: s.state == "auto")
        it = suggestion.with_context(lang="it_IT")
        self.assertIn("IBAN noto per Alpha Consulting GmbH", it.evidence)
        self.assertEqual(
            it.evidence_summary,
            f"Riferimento QR di {suggestion.move_ids.name} trovato nel pagamento"
            " · Importo uguale al residuo",
        )
        self.assertIn("<li>", str(it.evidence_html))

    def test_an_orderly_payer_s_oldest_look_alike_is_booked_first(self):
        oldest = self._invoice(self.beta, 300.0, days=40)
        self._invoice(self.beta, 300.0, days=10)
        line = self._line(300.0, "Zahlung Beta Bau", partner_name="Beta Bau AG")
        self._run(line)
        self.assertEqual(line.autopilot_state, "auto")
        self.assertIn(oldest.payment_state, ("paid", "in_payment"))
        done = line.autopilot_suggestion_ids.filtered("move_ids")
        self.assertIn("fifo_orderly", {e["code"] for e in done.evidence_data})
        self.assertIn(
            f"Beta Bau AG zahlt der Reihe nach und keine Zahlung dieses Betrags fehlt: das "
            f"älteste offene Dokument {oldest.name} wird zuerst ausgeglichen",
            done.with_context(lang="de_CH").evidence,
        )

    def test_review_reasons_are_translated(self):
        self.company.autopilot_writeoff_account_id = False
        # the payer is months behind: which of the look-alikes this pays is not certain
        self._invoice(self.beta, 300.0, days=160)
        self._invoice(self.beta, 300.0, days=130)
        line = self._line(300.0, "Zahlung Beta Bau", partner_name="Beta Bau AG")
        self._run(line)
        self.assertEqual(line.autopilot_state, "suggested")
        best = line.autopilot_suggestion_ids.filtered(lambda s: s.state == "proposed")[:1]
        codes = {e["code"] for e in best.evidence_data}
        self.assertIn("lookalike", codes)
        # the list's one line says what speaks for it and what keeps it from being automatic
        summary = best.with_context(lang="de_CH").evidence_summary
        self.assertIn("Betrag gleich dem offenen Betrag", summary)
        self.assertIn("Andere offene Belege von Beta Bau AG sehen gleich aus", summary)
        self.assertIn("text-warning-emphasis", str(best.evidence_html))
        fr = best.with_context(lang="fr_FR").evidence
        self.assertIn("D\N{RIGHT SINGLE QUOTATION MARK}autres pièces ouvertes de Beta Bau AG", fr)
        self.assertNotIn("look the same", fr)
        self.assertTrue(line.with_context(lang="de_CH").autopilot_badge.startswith("Vorschlag "))

    # -- undo where she works --------------------------------------------------------------
    def _reconcile_form_arch(self):
        view = self.env.ref("account_reconcile_oca.bank_statement_line_form_reconcile_view")
        arch = self.env["account.bank.statement.line"].get_views([(view.id, "form")])
        return etree.fromstring(arch["views"]["form"]["arch"])

    def test_the_reconciliation_view_offers_undo_accept_and_the_reasons(self):
        arch = self._reconcile_form_arch()
        buttons = {b.get("name") for b in arch.iter("button")}
        self.assertLessEqual(
            {"action_autopilot_undo", "action_autopilot_accept", "action_autopilot_reject"},
            buttons,
        )
        self.assertTrue(arch.findall(".//field[@name='autopilot_evidence_html']"))
        kanban = self.env.ref("account_reconcile_oca.bank_statement_line_reconcile_view")
        arch = self.env["account.bank.statement.line"].get_views([(kanban.id, "kanban")])
        self.assertIn("autopilot_badge", arch["views"]["kanban"]["arch"])

    def test_undo_autopilot_from_the_reconciliation_view(self):
        invoice, line = self._auto_line()
        line.action_autopilot_undo()
        self.assertFalse(line.is_reconciled)
        self.assertEqual(invoice.amount_residual, 1250.0)
        self.assertEqual(line.autopilot_state, "undone")
        self.assertEqual(line.autopilot_suggestion_ids.filtered("move_ids").state, "undone")
        self.assertIn("undid the reconciliation", _body(line.move_id, "undid"))
        line.autopilot_state = "pending"
        self._run(line)
        self.assertFalse(line.is_reconciled)  # never proposed again

    def test_unreconcile_of_an_autopilot_line_is_an_undo_too(self):
        _invoice, line = self._auto_line()
        line.unreconcile_bank_line()  # OCA's own button
        self.assertFalse(line.is_reconciled)
        self.assertEqual(line.autopilot_state, "undone")
        self.assertEqual(line.autopilot_suggestion_ids.filtered("move_ids").state, "undone")

    def test_accept_and_reject_from_the_reconciliation_view(self):
        first = self._invoice(self.beta, 300.0, days=160)  # months behind: for review
        self._invoice(self.beta, 300.0, days=145)
        self._invoice(self.beta, 300.0, days=130)
        line = self._line(300.0, "Zahlung Beta Bau", partner_name="Beta Bau AG")
        self._run(line)
        self.assertEqual(line.autopilot_state, "suggested")
        line.action_autopilot_accept()
        self.assertTrue(line.is_reconciled)
        self.assertIn(first.payment_state, ("paid", "in_payment"))
        self.assertEqual(line.autopilot_state, "manual")
        body = _body(line.move_id, "accepted the suggestion")
        self.assertIn("Confidence", body)
        self.assertNotIn("Undo Autopilot", body)
        other = self._line(300.0, "Zahlung Beta Bau", partner_name="Beta Bau AG")
        self._run(other)
        before = other.autopilot_score
        other.action_autopilot_reject()
        self.assertFalse(other.is_reconciled)
        self.assertNotEqual((other.autopilot_state, other.autopilot_score), ("suggested", before))

    def test_reconciled_by_hand_from_the_filled_form_settles_the_suggestion(self):
        invoice = self._invoice(self.beta, 333.0)
        line = self._line(333.0, "Beta", partner_name="Beta Bau AG")
        self.company.autopilot_auto_threshold = 1.0
        self.company.autopilot_suggest_threshold = 0.3
        self._run(line)
        self.assertEqual(line.autopilot_state, "suggested")
        line.reconcile_data = False
        line.invalidate_recordset(["reconcile_data_info"])
        self.assertTrue(line.reconcile_data_info["can_reconcile"])
        line.reconcile_bank_line()
        self.assertTrue(line.is_reconciled)
        self.assertEqual(line.autopilot_state, "manual")
        accepted = line.autopilot_suggestion_ids.filtered(lambda s: s.state == "accepted")
        self.assertEqual(accepted.move_ids, invoice)
        self.assertFalse(line.autopilot_suggestion_ids.filtered(lambda s: s.state == "proposed"))

    def test_open_lands_on_the_line_in_the_reconciliation_view_even_when_reconciled(self):
        _invoice, line = self._auto_line()
        action = line.action_autopilot_open_reconcile()
        self.assertEqual(action["res_id"], line.id)
        self.assertEqual(action["domain"], [("id", "=", line.id)])
        self.assertNotIn("search_default_not_reconciled", str(action["context"]))

    # -- the control -----------------------------------------------------------------------
    def test_control_amounts_carry_a_currency_and_descriptions_follow_the_reader(self):
        statement = self.env["account.bank.statement"].create(
            {
                "name": "ST9",
                "journal_id": self.journal.id,
                "balance_start": 0.0,
                "balance_end_real": 1055.0,
                "line_ids": [
                    Command.create(
                        {
                            "date": self.today,
                            "amount": 1050.0,
                            "payment_ref": "x",
                            "journal_id": self.journal.id,
                        }
                    )
                ],
            }
        )
        self.assertTrue(statement)
        control = self.env["account.reconcile.control"].create(
            {
                "company_id": self.company.id,
                "date_from": self.today - timedelta(days=30),
                "date_to": self.today,
            }
        )
        control.action_run()
        row = control.line_ids.filtered(lambda x: x.check == "balance")[:1]
        self.assertEqual(row.currency_id, self.company.currency_id)
        self.assertEqual(row._fields["expected"].type, "monetary")
        fr = _text(row.with_context(lang="fr_FR").description)
        self.assertIn("solde comptable CHF 1 050,00", fr)
        self.assertIn("ledger balance", row.with_context(lang="en_US").description)

    def test_the_daily_control_speaks_to_its_reader(self):
        Control = self.env["account.reconcile.control"]
        responsible = Control._control_responsible(self.company)
        responsible.lang = "de_CH"
        invoice = self._invoice(self.alpha, 700.0)
        self.env["account.payment.register"].with_context(
            active_model="account.move", active_ids=invoice.ids
        ).create({"journal_id": self.journal.id})._create_payments()
        Control._cron_daily_control()
        daily = Control.search([("company_id", "=", self.company.id)])
        self.assertEqual(daily.activity_ids.summary, "Zu prüfende Abgleichsdifferenzen")
        self.assertFalse(daily.message_ids.filtered(lambda m: "created" in (m.body or "")))
        row = daily.line_ids.filtered(lambda x: x.check == "paid_without_bank")
        self.assertIn("als bezahlt markiert", row.with_context(lang="de_CH").description)
