# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import pytz

from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestCompanyTz(TransactionCase):
    """res.company._fincycle_tz: the zone where the company's working days end."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env["res.company"].create({"name": "Fincycle TZ Co"})

    def test_contact_zone_first(self):
        self.company.partner_id.tz = "America/New_York"
        self.company.country_id = self.env.ref("base.ch")
        self.assertEqual(self.company._fincycle_tz(), pytz.timezone("America/New_York"))

    def test_country_first_zone_without_contact_zone(self):
        self.company.partner_id.tz = False
        self.company.country_id = self.env.ref("base.ch")
        self.assertEqual(self.company._fincycle_tz(), pytz.timezone("Europe/Zurich"))

    def test_utc_without_zone_nor_country(self):
        self.company.partner_id.tz = False
        self.company.country_id = False
        self.assertEqual(self.company._fincycle_tz(), pytz.utc)

    def test_utc_for_an_unknown_zone(self):
        # a zone name no longer known to pytz (written in SQL: the field's selection refuses it)
        self.company.partner_id.flush_recordset()
        self.env.cr.execute(
            "UPDATE res_partner SET tz = 'Mars/Olympus_Mons' WHERE id = %s",
            [self.company.partner_id.id],
        )
        self.company.partner_id.invalidate_recordset(["tz"])
        self.assertEqual(self.company._fincycle_tz(), pytz.utc)

    def test_one_company_at_a_time(self):
        companies = self.company | self.env.ref("base.main_company")
        with self.assertRaises(ValueError):
            companies._fincycle_tz()
