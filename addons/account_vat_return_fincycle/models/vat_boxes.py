# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The boxes of the returns as shown on the record: order, label, the tags behind each box (for
the drill-down) and which boxes take manual adjustments. The figures come from
``fincycle.vat.ch_return`` and ``fincycle.vat.ca3``."""

from odoo.tools.translate import LazyTranslate

from fincycle.vat import ca3, ch_return

_lt = LazyTranslate(__name__)

# --------------------------------------------------------------------------- Switzerland

CH_LABELS = {
    "200": _lt("Total consideration agreed or received"),
    "205": _lt("of which supplies opted for taxation (Art. 22)"),
    "220": _lt("Exempt supplies, exports (Art. 23), beneficiaries (Art. 107)"),
    "221": _lt("Supplies abroad"),
    "225": _lt("Transfers under the notification procedure (Art. 38)"),
    "230": _lt("Supplies exempt without option (Art. 21)"),
    "235": _lt("Reductions of consideration"),
    "280": _lt("Miscellaneous deductions"),
    "289": _lt("Total deductions (220 to 280)"),
    "299": _lt("Taxable turnover (200 minus 289)"),
    "302": _lt("Normal rate 7.7 % (supplies until 2023)"),
    "303": _lt("Normal rate 8.1 % (supplies from 2024)"),
    "312": _lt("Reduced rate 2.5 % (supplies until 2023)"),
    "313": _lt("Reduced rate 2.6 % (supplies from 2024)"),
    "342": _lt("Accommodation rate 3.7 % (supplies until 2023)"),
    "343": _lt("Accommodation rate 3.8 % (supplies from 2024)"),
    "382": _lt("Acquisition tax 7.7 % (until 2023)"),
    "383": _lt("Acquisition tax 8.1 % (from 2024)"),
    "399": _lt("Total tax due"),
    "400": _lt("Input tax on material and services"),
    "405": _lt("Input tax on investments and other operating costs"),
    "410": _lt("De-taxation (Art. 32)"),
    "415": _lt("Input tax corrections: mixed use, own use"),
    "420": _lt("Input tax reductions: subsidies and other flows (Art. 33)"),
    "479": _lt("Total input tax (400 to 420)"),
    "500": _lt("Amount payable"),
    "510": _lt("Credit for the taxpayer"),
    "900": _lt("Subsidies, tourist levies and similar contributions"),
    "910": _lt("Donations, dividends, damages and similar"),
}
CH_ORDER = tuple(CH_LABELS)
# Net tax rate method (ESTV forms 0536/0553): gross turnover at the approved net tax rates, no
# input tax; credits 470/471 instead.
CH_NET_LABELS = {
    "200": _lt("Total consideration agreed or received, incl. VAT (gross)"),
    "322": _lt("First net tax rate (supplies until 2023)"),
    "323": _lt("First net tax rate (supplies from 2024)"),
    "332": _lt("Second net tax rate (supplies until 2023)"),
    "333": _lt("Second net tax rate (supplies from 2024)"),
    "470": _lt("Tax credit for exports (form 1050)"),
    "471": _lt("Deemed input tax and margin taxation (forms 1055, 1056)"),
    "479": _lt("Total credits (470 to 471)"),
}
CH_NET_ORDER = (
    "200",
    *ch_return.DEDUCTION_BOXES,
    "289",
    "299",
    "322",
    "323",
    "332",
    "333",
    *ch_return.ACQUISITION_BOXES,
    "399",
    "470",
    "471",
    "479",
    "500",
    "510",
    "900",
    "910",
)
_UNTIL_2023 = ("302", "312", "342")
_FROM_2024 = ("303", "313", "343")
CH_NET_PARTS = {
    "322": _UNTIL_2023,
    "323": _FROM_2024,
    "332": _UNTIL_2023,
    "333": _FROM_2024,
    "200": (*ch_return.SUPPLY_BOXES, *ch_return.DEDUCTION_BOXES),
    "289": ch_return.DEDUCTION_BOXES,
    "299": ch_return.SUPPLY_BOXES,
    "399": (*ch_return.SUPPLY_BOXES, *ch_return.ACQUISITION_BOXES),
    "479": (),
    "500": (*ch_return.SUPPLY_BOXES, *ch_return.ACQUISITION_BOXES),
    "510": (*ch_return.SUPPLY_BOXES, *ch_return.ACQUISITION_BOXES),
    "470": (),
    "471": (),
}
CH_NET_TOTAL_BOXES = frozenset({"200", "289", "299", "399", "479", "500", "510"})
# the first / second approved rate's boxes (their drill-down splits by the second rate's taxes)
CH_NET_SLOTS = {"322": 0, "323": 0, "332": 1, "333": 1}
CH_NET_ADJUSTABLE = ("322", "323", "332", "333", "470", "471")
CH_TOTALS = {
    "200": (*ch_return.SUPPLY_BOXES, *ch_return.DEDUCTION_BOXES),
    "289": ch_return.DEDUCTION_BOXES,
    "299": ch_return.SUPPLY_BOXES,
    "399": (*ch_return.SUPPLY_BOXES, *ch_return.ACQUISITION_BOXES),
    "479": ("400", "405", "410", "415", "420"),
    "500": (*ch_return.SUPPLY_BOXES, *ch_return.ACQUISITION_BOXES, "400", "405", "410"),
    "510": (*ch_return.SUPPLY_BOXES, *ch_return.ACQUISITION_BOXES, "400", "405", "410"),
}
# Boxes a manual adjustment may change (the inputs of the form; totals follow).
CH_ADJUSTABLE = (
    "205",
    *ch_return.DEDUCTION_BOXES,
    *ch_return.SUPPLY_BOXES,
    *ch_return.ACQUISITION_BOXES,
    "400",
    "405",
    "410",
    "415",
    "420",
    "900",
    "910",
)
CH_TOTAL_BOXES = frozenset(CH_TOTALS)


def ch_tags(box, method="effective"):
    """The l10n_ch tag names behind a box (turnover boxes: their base and tax tags)."""
    if method == "net_tax_rate" and box in CH_NET_PARTS:
        return sorted({tag for part in CH_NET_PARTS[box] for tag in ch_tags(part)})
    if box in CH_TOTALS:
        return sorted({tag for part in CH_TOTALS[box] for tag in ch_tags(part)})
    if box in ch_return.EFFECTIVE_RATE_BOXES:
        return [f"{box}a", f"{box}b"]
    return [box]


def ch_adjust_balances(balances, adjustments):
    """Apply adjustments given in box terms (``{box: amount}``, amounts as shown on the form) to
    the tag balances the pure core reads."""
    balances = dict(balances)
    for box, amount in adjustments.items():
        tag = f"{box}a" if box in ch_return.EFFECTIVE_RATE_BOXES else box
        formula = ch_return.TAG_FORMULAS[tag]
        raw = balances.get(tag, 0)
        if box in ch_return.SIGN_NORMALISED:
            raw = abs(raw)
        balances[tag] = raw - amount if formula.startswith("-") else raw + amount
    return balances


# --------------------------------------------------------------------------- France

FR_LABELS = {
    "A1": _lt("Sales and services"),
    "A2": _lt("Other taxable operations"),
    "A3": _lt("Services bought from a taxable person not established in France"),
    "A4": _lt("Imports (other than petroleum products)"),
    "A5": _lt("Exits from a suspensive regime"),
    "B2": _lt("Intra-EU acquisitions"),
    "B4": _lt("Purchases from a taxable person not established in France"),
    "B5": _lt("Regularisations (taxable)"),
    "E1": _lt("Exports outside the EU"),
    "E2": _lt("Other non-taxable operations"),
    "E3": _lt("Distance sales taxable in another member state"),
    "F1": _lt("Intra-EU acquisitions (non-taxable)"),
    "F2": _lt("Intra-EU deliveries to a taxable person"),
    "F8": _lt("Regularisations (non-taxable)"),
    "08": _lt("Normal rate 20 %"),
    "09": _lt("Reduced rate 5.5 %"),
    "9B": _lt("Intermediate rate 10 %"),
    "10": _lt("Overseas rate 8.5 %"),
    "11": _lt("Overseas rate 2.1 %"),
    "I1": _lt("Imports, rate 20 %"),
    "I2": _lt("Imports, rate 10 %"),
    "I4": _lt("Imports, rate 5.5 %"),
    "15": _lt("VAT previously deducted to be repaid"),
    "5B": _lt("Amounts to add"),
    "16": _lt("Total gross VAT due"),
    "17": _lt("of which VAT on intra-EU acquisitions"),
    "18": _lt("of which VAT on operations to Monaco"),
    "19": _lt("Deductible VAT on fixed assets"),
    "20": _lt("Deductible VAT on other goods and services"),
    "21": _lt("Other VAT to deduct"),
    "22": _lt("Credit carried over from the previous return (line 27)"),
    "2C": _lt("Amounts to deduct"),
    "23": _lt("Total deductible VAT"),
    "24": _lt("of which deductible VAT on imports"),
    "25": _lt("VAT credit"),
    "TD": _lt("VAT due"),
    "26": _lt("Refund requested (form 3519)"),
    "AA": _lt("Credit transferred to the group head"),
    "27": _lt("Credit to carry forward"),
    "28": _lt("Net VAT due"),
    "29": _lt("Assimilated taxes (annex 3310-A)"),
    "32": _lt("Total to pay"),
}
FR_GENERIC = _lt("CA3 line %(box)s")
FR_BOX_ORDER = tuple(b.code for b in ca3.BOXES)
FR_TOTAL_ORDER = ("16", "23", "25", "TD", "26", "27", "28", "32")
FR_ORDER = (
    *[b for b in FR_BOX_ORDER if b not in ("AA", "29")],
    "16",
    "23",
    "25",
    "TD",
    "26",
    "AA",
    "27",
    "28",
    "29",
    "32",
)
# Always shown, even when zero.
FR_MAIN = frozenset(
    {"A1", "B2", "E1", "E2", "F2", "08", "09", "9B", "17", "19", "20", "22", *FR_TOTAL_ORDER}
)
FR_BOXES = {b.code: b for b in ca3.BOXES}
FR_TAX_BOXES = tuple(b.code for b in ca3.BOXES if b.rate is not None or b.tax_tags)
FR_TOTALS = {
    "16": (*FR_TAX_BOXES, "15", "5B"),
    "23": ("19", "20", "21", "22", "2C"),
    "25": (*FR_TAX_BOXES, "15", "5B", "19", "20", "21", "22", "2C"),
    "TD": (*FR_TAX_BOXES, "15", "5B", "19", "20", "21", "22", "2C"),
    "27": (*FR_TAX_BOXES, "15", "5B", "19", "20", "21", "22", "2C"),
    "28": (*FR_TAX_BOXES, "15", "5B", "19", "20", "21", "22", "2C"),
    "32": (*FR_TAX_BOXES, "15", "5B", "19", "20", "21", "22", "2C", "29"),
}
FR_ADJUSTABLE = FR_BOX_ORDER


def fr_tags(box):
    """The l10n_fr_account tag names behind a box."""
    if box in FR_TOTALS:
        return sorted({tag for part in FR_TOTALS[box] for tag in fr_tags(part)})
    definition = FR_BOXES.get(box)
    if not definition:
        return []
    tags = {f.lstrip("-") for f in (*definition.tags, *definition.tax_tags)}
    if definition.rate is not None:
        tags.add(f"{box}_taxe")
    return sorted(tags)


def fr_edi(box):
    definition = FR_BOXES.get(box)
    if definition:
        return definition.edi or "", definition.edi_tax or ""
    return ca3.TOTAL_EDI.get(box, ""), ""


def label(country, box, lang="", method="effective"):
    """The box's label in ``lang`` (Swiss boxes: of the return's method)."""
    if country == "CH":
        text = (CH_NET_LABELS.get(box) if method == "net_tax_rate" else None) or CH_LABELS.get(box)
        return text._translate(lang) if text else box
    text = FR_LABELS.get(box)
    return text._translate(lang) if text else FR_GENERIC._translate(lang) % {"box": box}


def adjustable_selection():
    """(value, label) for the adjustment's box: ``ch_303``, ``fr_08``..."""
    values = [(f"ch_{box}", f"CH {box}") for box in (*CH_ADJUSTABLE, *CH_NET_ADJUSTABLE)]
    values += [(f"fr_{box}", f"FR {box}") for box in FR_ADJUSTABLE]
    return values
