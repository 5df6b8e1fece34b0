# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import TransactionCase, freeze_time, tagged

from .common import DunningCase


@tagged("post_install", "-at_install")
@freeze_time("2026-03-02 08:30:00")
class TestReminderLanguages(DunningCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        langs = ["fr_FR", "de_DE", "it_IT"]
        for lang in langs:
            cls.env["res.lang"]._activate_lang(lang)
        cls.env["ir.module.module"]._load_module_terms(["account_credit_control_fincycle"], langs)
        cls._setup_dunning()

    def _sent_mail(self, partner):
        messages = self._reminder_messages(partner)
        return self.env["mail.mail"].search([("mail_message_id", "in", messages.ids)])

    def test_each_customer_gets_the_reminder_in_his_language(self):
        expected = {
            "fr_FR": ("Premier rappel", "Bonjour", "Montant dû", "les factures ci-dessous"),
            "de_DE": ("Erste Mahnung", "Guten Tag", "Offener Betrag", "innert 10 Tagen"),
            "it_IT": ("Primo sollecito", "Gentile", "Importo dovuto", "entro 10 giorni"),
            "en_US": ("First reminder", "Dear", "Amount due", "within 10 days"),
        }
        customers = {}
        for lang in expected:
            customers[lang] = self._make_customer(f"Client {lang}", f"{lang}@example.com", lang)
            self._invoice(customers[lang], 1000, 20)
        self._cron()
        for lang, (subject, greeting, column, sentence) in expected.items():
            mail = self._sent_mail(customers[lang])
            self.assertIn(subject, mail.subject, lang)
            for text in (greeting, column, sentence):
                self.assertIn(text, mail.body_html, lang)

    def test_level_texts_are_translated_and_editable(self):
        level = self.policy.level_ids.sorted("level")[-1:]
        self.assertEqual(level.with_context(lang="fr_FR").name, "Dernier rappel")
        self.assertEqual(level.with_context(lang="de_DE").name, "Letzte Mahnung")
        self.assertIn("recouvrement", level.with_context(lang="fr_FR").custom_text)
        level.with_context(lang="de_DE").name = "Letzte Zahlungsaufforderung"
        self.assertEqual(level.with_context(lang="de_DE").name, "Letzte Zahlungsaufforderung")
        self.assertEqual(level.with_context(lang="fr_FR").name, "Dernier rappel")

    def test_run_report_is_written_in_the_companys_language(self):
        self.company.partner_id.lang = "fr_FR"
        disputed = self._invoice(self._make_customer("Client litige", "l@example.com"), 500, 20)
        self._dispute(disputed, category="contestation")
        self._cron()
        run = self.env["credit.control.run"].search([("company_id", "=", self.company.id)])
        self.assertIn("Premier rappel", run.report)
        self.assertNotIn("not reminded today", run.report)

    def test_default_policy_is_named_in_the_companys_language(self):
        company = self.env["res.company"].create(
            {"name": "Atelier Nord SAS", "country_id": self.env.ref("base.fr").id}
        )
        company.partner_id.lang = "fr_FR"
        self.env["account.chart.template"].try_loading(
            "generic_coa", company=company, install_demo=False
        )
        self.assertEqual(company.credit_policy_id.name, "Rappels 15/30/45 jours")
