# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Checksummed identifiers of the synthetic invoices: IBANs (QR-IBANs too), VAT numbers of
CH/FR/DE/IT/GB and how each country prints them, QR (QRR) and creditor (SCOR) references.

Check digits are computed here or with python-stdnum, then validated with stdnum.
"""

from __future__ import annotations

from stdnum import luhn
from stdnum.ch import uid as ch_uid
from stdnum.de import vat as de_vat
from stdnum.fr import tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.iso7064 import mod_11_10
from stdnum.it import iva as it_iva


def random_digits(rng, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def iban_check(country: str, bban: str) -> str:
    text = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in text))
    return f"{country}{98 - number % 97:02d}{bban}"


def mod10_recursive(digits: str) -> str:
    table = (0, 9, 4, 6, 8, 2, 7, 1, 3, 5)
    carry = 0
    for ch in digits:
        carry = table[(carry + int(ch)) % 10]
    return str((10 - carry) % 10)


def make_qrr(rng) -> str:
    body = "0" * rng.randint(0, 8)
    body += random_digits(rng, 26 - len(body))
    return body + mod10_recursive(body)


def make_scor(rng, seed_text: str) -> str:
    ref = "".join(ch for ch in seed_text.upper() if ch.isalnum())[:21] or random_digits(rng, 10)
    number = int("".join(str(int(ch, 36)) for ch in ref + "RF00"))
    return f"RF{98 - number % 97:02d}{ref}"


def _it_cin(bban: str) -> str:
    odd = (
        1,
        0,
        5,
        7,
        9,
        13,
        15,
        17,
        19,
        21,
        2,
        4,
        18,
        20,
        11,
        3,
        6,
        8,
        12,
        14,
        16,
        10,
        22,
        25,
        24,
        23,
    )
    total = 0
    for i, ch in enumerate(bban):
        k = int(ch) if ch.isdigit() else ord(ch) - 65
        total += odd[k] if i % 2 == 0 else k
    return chr(65 + total % 26)


def make_iban(rng, country: str, bank_code: str = "", qr: bool = False) -> str:
    if country == "CH":
        iid = str(rng.randint(30000, 31999)) if qr else bank_code
        return iban_check("CH", iid + random_digits(rng, 12))
    if country == "FR":
        bank, branch, account = bank_code, random_digits(rng, 5), random_digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        return iban_check("FR", f"{bank}{branch}{account}{key:02d}")
    if country == "DE":
        return iban_check("DE", bank_code + random_digits(rng, 10))
    if country == "IT":
        rest = bank_code + random_digits(rng, 5) + random_digits(rng, 12)
        return iban_check("IT", _it_cin(rest) + rest)
    if country == "GB":
        return iban_check("GB", bank_code + random_digits(rng, 8))
    raise ValueError(country)


def make_vat(rng, country: str) -> str:
    """Normalised VAT id: CHE123456789, FR12345678901, DE123456789, IT12345678901, GB123456789."""
    while True:
        if country == "CH":
            body = random_digits(rng, 8, True)
            check = ch_uid.calc_check_digit(body)
            value = f"CHE{body}{check}"
            ok = len(check) == 1 and ch_uid.is_valid(value)
        elif country == "FR":
            siren = random_digits(rng, 8, True)
            siren += luhn.calc_check_digit(siren)
            value = f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
            ok = fr_tva.is_valid(value)
        elif country == "DE":
            body = random_digits(rng, 8, True)
            value = "DE" + body + mod_11_10.calc_check_digit(body)
            ok = de_vat.is_valid(value)
        elif country == "IT":
            body = random_digits(rng, 7) + f"{rng.randint(1, 100):03d}"
            value = "IT" + body + luhn.calc_check_digit(body)
            ok = it_iva.is_valid(value)
        else:
            body = random_digits(rng, 7, True)
            value = next(
                (f"GB{body}{k:02d}" for k in range(100) if gb_vat.is_valid(f"GB{body}{k:02d}")), ""
            )
            ok = bool(value)
        if ok:
            return value


def print_vat(rng, vat: str, lang: str) -> str:
    cc, body = vat[:2], vat[2:]
    if cc == "CH":
        d = vat[3:]
        dotted = f"CHE-{d[:3]}.{d[3:6]}.{d[6:]}"
        suffix = {"de": "MWST", "fr": "TVA", "it": "IVA", "en": rng.choice(["MWST", "VAT"])}[lang]
        return rng.choice(
            [f"{dotted} {suffix}", f"{dotted} {suffix}", dotted, vat, f"{vat} {suffix}"]
        )
    if cc == "FR":
        return rng.choice([vat, f"FR {body[:2]} {body[2:5]} {body[5:8]} {body[8:]}", f"FR {body}"])
    if cc == "DE":
        return rng.choice([vat, f"DE {body[:3]} {body[3:6]} {body[6:]}", f"DE {body}"])
    if cc == "IT":
        return rng.choice([vat, f"IT {body}", body])  # Italians often print the 11 digits only
    return rng.choice([vat, f"GB {body[:3]} {body[3:7]} {body[7:]}"])


def group(text: str, size: int = 4) -> str:
    return " ".join(text[i : i + size] for i in range(0, len(text), size))


def print_qrr(ref: str) -> str:
    return ref[:2] + " " + group(ref[2:], 5)
