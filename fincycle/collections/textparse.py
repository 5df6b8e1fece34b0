# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Amounts, dates and sentences in a customer's free text (fr, de, it, en).

Folding, the reading of a number, currency codes and month names are the bill reader's
(:mod:`fincycle.extraction`); what is kept here is what free text needs and a printed bill
does not: amounts only next to a currency, dates without a year or relative ("next Friday",
"fin du mois"), sentences.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from itertools import chain

from fincycle.extraction.dates import MONTHS as _BILL_MONTHS
from fincycle.extraction.dates import make_date as _make
from fincycle.extraction.labels import fold as _fold_bill
from fincycle.extraction.numbers import currency_code, parse_amount


def fold(text: str) -> str:
    """Lower case without accents, same length as ``text`` (positions stay valid)."""
    # typed, not printed: autocorrect's \u2018 for an apostrophe; German ß as s (one letter for one)
    return _fold_bill(text).replace("\u2018", "'").replace("ß", "s")


BULLET = re.compile(
    r"^\s*(?:[-*\u2022\u2013>]|\d{1,2}[.)](?!\s+[A-Za-zÀ-ÿ]+\b\.?\s*(?:\d|$)|\s+(?:[Jj]an|[Ff]eb|[Mm]är|[Mm]ar|[Aa]pr|[Mm]a[iy]|[Jj]u[nl]|[Aa]ug|[Ss]ep|[Oo]kt|[Oo]ct|[Nn]ov|[Dd]e[cz]|[Gg]en|[Gg]iu|[Ll]ug|[Aa]go|[Ss]et|[Oo]tt|[Dd]ic|[Jj]anv|[Ff][ée]v|[Aa]vr|[Jj]ui|[Aa]o[ûu]|[Dd][ée]c)))\s"
)


def _unwrap(text: str) -> list[str]:
    """Lines with the hard wraps of plain-text clients (72-100 characters) joined again: a long
    line that ends without a full stop continues on the next one, unless that one is a bullet."""
    lines = text.split("\n")
    out = []
    for line in lines:
        if (
            out
            and line.strip()
            and out[-1].strip()
            and len(out[-1].rstrip()) >= 50
            and not re.search(r"[.!?:;]\s*$", out[-1])
            and not BULLET.match(line)
        ):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        elif (
            len(out) >= 2
            and not out[-1].strip()
            and line.strip()[:1].islower()
            and len(out[-2].rstrip()) >= 50
            and not re.search(r"[.!?:;,]\s*$", out[-2])
            and not BULLET.match(line)
        ):
            # a client that wraps with an empty line between ("Cette fois le nom et l'adresse"
            # + "" + "sont justes ..."): the sentence goes on in lower case
            out.pop()
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


def sentences(text: str) -> list[str]:
    """Sentences of ``text``: cut at line ends (hard wraps undone) and at . ! ? + a space."""
    out = []
    for raw_block in _unwrap(text):
        block = raw_block.strip()
        if not block:
            continue
        parts = re.split(r"(?<=[.!?…])\s+(?=[^\s\d])|(?<=[:;])\s+(?=[A-ZÀ-Ý])", block)
        merged = []
        for part in parts:
            if merged and (_no_break(merged[-1]) or part[:1].islower()):
                merged[-1] += " " + part
            else:
                merged.append(part)
        out.extend(p.strip() for p in merged if p.strip())
    return out


ABBREVIATIONS = {
    "std", "nr", "no", "ca", "bzw", "inkl", "exkl", "vgl", "z.b", "d.h", "m", "mme", "mm",
    "dr", "st", "str", "ref", "art", "al", "etc", "resp", "evtl", "ggf", "u.a", "tel", "n°",
    "mr", "mrs", "ms", "sig", "sig.ra", "dott", "ing", "prof", "fr", "chf", "env", "p.ex",
    "i.e", "e.g", "c.-à-d", "c.-a-d", "cf", "vs",
}  # fmt: skip


def _no_break(previous: str) -> bool:
    """``previous`` ends with an abbreviation or an ordinal ("3." in "am 3. Oktober")."""
    last = previous.rstrip().rsplit(" ", 1)[-1].rstrip(".").lower()
    if not previous.rstrip().endswith("."):
        return False
    return last in ABBREVIATIONS or (last.isdigit() and len(last) <= 2) or len(last) == 1


# --- amounts ---------------------------------------------------------------------------------

# Only a number with a currency next to it is money: the other numbers of a reply are hours,
# days, quantities or invoice numbers.
CUR = r"(?:chf|sfr\.?|fr\.|eur|euros?|€|usd|\$|franken|francs?)"
NUM = r"\d{1,3}(?:(?:[ '\u2019\u00a0\u202f.,])\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
AMOUNT = re.compile(
    # a year before a currency and its amount is no amount: "für 2023 CHF 2'900" is not CHF 2023
    rf"(?P<c1>{CUR})\s?(?P<n1>{NUM})(?:\.[-\u2013—]+|\.-)?|(?<!\d)(?!(?:19|20)\d\d\s?{CUR}\s?\d)(?P<n2>{NUM})(?:\.[-\u2013—]+|\.-)?\s?(?P<c2>{CUR})(?![a-z])",
    re.IGNORECASE,
)


@dataclass
class Money:
    value: Decimal
    start: int
    end: int
    currency: str


# NUM has checked the groups and a currency touches it, so "1 234" is one amount; the bill
# reader joins spaced groups only before decimals (columns of a quantity and a price).
_GROUP_MARKS = re.compile(r"[ '\u2019\u00a0\u202f]")


def find_money(text: str) -> list[Money]:
    out = []
    for m in AMOUNT.finditer(text):
        num = m.group("n1") or m.group("n2")
        cur = m.group("c1") or m.group("c2")
        value = parse_amount(_GROUP_MARKS.sub("", num))
        if value is None or value <= 0:
            continue
        # a year or a percentage is not money
        if re.match(r"\s?%", text[m.end() : m.end() + 2]):
            continue
        out.append(Money(value, m.start(), m.end(), currency_code(cur, words=True)))
    return out


# --- dates -----------------------------------------------------------------------------------

# The bill reader's month names but for its nl/es/pt ones (replies are read in fr, de, it, en)
# and its short forms of printed dates, several of which are words of a sentence ("set", "ago").
_NOT_IN_REPLIES = {
    "janv", "fevr", "fev", "avr", "juil", "janner", "mrz", "gen", "mag", "giu", "lug", "ago",
    "set", "ott", "dic", "januari", "februari", "maart", "mrt", "mei", "augustus", "enero", "ene",
    "febrero", "abril", "abr", "mayo", "junio", "julio", "septiembre", "setiembre", "octubre",
    "noviembre", "diciembre", "janeiro", "fevereiro", "marco", "maio", "junho", "julho",
    "setembro", "outubro", "out", "novembro", "dezembro",
}  # fmt: skip
MONTHS = {word: month for word, month in _BILL_MONTHS.items() if word not in _NOT_IN_REPLIES}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonntag": 6, "lunedi": 0, "martedi": 1, "mercoledi": 2, "giovedi": 3, "venerdi": 4,
    "sabato": 5, "domenica": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
    # Swiss German as written in replies ("zahle ich am Mäntig")
    "mantig": 0, "zischtig": 1, "mittwuch": 2, "donnschtig": 3, "dunschtig": 3, "fritig": 4,
    "friitig": 4, "samschtig": 5, "sunntig": 6,
    # English as typed on a phone ("will pay fri"); not "mon" (French "my"), "sat", "sun"
    "tues": 1, "wed": 2, "thurs": 3, "thu": 3, "fri": 4,
}  # fmt: skip
WEEKDAY_RE = "|".join(WEEKDAYS)

_D = r"(?P<d>\d{1,2})(?:er|\.|st|nd|rd|th|o|°)?"
DATE_PATTERNS = [
    # 15.11.2025, 15/11/25, 15.11.
    ("num", re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})(?:[./](?P<y>\d{2,4}))?\.?(?![\d,])")),
    ("iso", re.compile(r"\b(?P<y>20\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    # 15 novembre (2025), 15. November, 15th of December
    (
        "dm",
        re.compile(rf"\b{_D}\s*(?:of\s+|de\s+)?(?P<mn>{MONTH_RE})\b\.?(?:\s+(?P<y>20\d\d))?"),
    ),
    # December 15(th), 2025
    ("md", re.compile(rf"\b(?P<mn>{MONTH_RE})\.?\s+{_D}\b(?:,?\s+(?P<y>20\d\d))?")),
]
END_OF_MONTH = re.compile(
    rf"\b(?:(?:a\s+la\s+|d'ici\s+la\s+|jusqu'a\s+la\s+)?fin\s+(?:du\s+mois|de\s+ce\s+mois|de\s+mois\b|(?:de\s+|d')?(?P<m1>{MONTH_RE}))|"
    rf"(?:ende|andi|endi)\s+(?:des\s+)?(?:monats?|monet|(?P<m2>{MONTH_RE}))|monatsende|"
    rf"(?:entro\s+(?:la\s+)?)?fine\s+(?:del\s+)?(?:mese|(?:di\s+)?(?P<m3>{MONTH_RE}))|"
    rf"(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:month|(?P<m4>{MONTH_RE}))|"
    r"(?:by\s+|at\s+)?(?:the\s+)?month[-\s]end)"
)
END_OF_NEXT_MONTH = re.compile(
    r"\b(?:fin\s+(?:du\s+|de\s+)?mois\s+prochain|ende\s+(?:des\s+)?(?:nachsten|kommenden)\s+monats?|ende\s+nachster\s+monat|"
    r"end\s+of\s+(?:the\s+)?(?:next|coming)\s+month|fine\s+(?:del\s+)?mese\s+(?:prossimo|venturo)|fine\s+del\s+prossimo\s+mese)"
)
END_OF_WEEK = re.compile(
    r"\b(?:(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+week|fin\s+de\s+(?:la\s+|cette\s+)?semaine|"
    r"ende\s+(?:dieser\s+|der\s+)?woche|fine\s+settimana|entro\s+(?:la|questa)\s+settimana|"
    r"cette\s+semaine|this\s+week|diese\s+woche|questa\s+settimana)\b(?!\s+(?:prochaine|next|prossima))"
)
END_OF_NEXT_WEEK = re.compile(
    r"\b(?:(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+next\s+week|fin\s+de\s+(?:la\s+)?semaine\s+prochaine|"
    r"ende\s+(?:der\s+)?nachste[nr]?\s+woche|fine\s+(?:della\s+)?(?:prossima\s+settimana|settimana\s+prossima))\b"
)
START_OF_NEXT_WEEK = re.compile(
    r"\b(?:early\s+next\s+week|(?:at\s+the\s+)?(?:start|beginning)\s+of\s+next\s+week|debut\s+de\s+(?:la\s+)?semaine\s+prochaine|"
    r"anfang\s+(?:der\s+)?nachste[nr]?\s+woche|inizio\s+(?:della\s+)?(?:prossima\s+settimana|settimana\s+prossima))\b"
)
# "nächste Woche am Mittwoch", "mercredi de la semaine prochaine", "Wednesday next week": that
# weekday in the coming calendar week (not the next Wednesday, not the end of next week)
_NEXT_WEEK = (
    r"(?:next\s+week|(?:la\s+)?semaine\s+prochaine|(?:nachste[nr]?|kommende[nr]?)\s+woche|"
    r"(?:la\s+)?(?:settimana\s+prossima|prossima\s+settimana))"
)
WEEKDAY_OF_NEXT_WEEK = re.compile(
    rf"\b{_NEXT_WEEK},?\s+(?:on\s+|le\s+|am\s+|il\s+|di\s+)?(?:the\s+)?(?P<wd1>{WEEKDAY_RE})\b|"
    rf"\b(?P<wd2>{WEEKDAY_RE}),?\s+(?:of\s+|de\s+|della\s+|in\s+der\s+)?(?:the\s+)?{_NEXT_WEEK}"
)
MID_MONTH = re.compile(rf"\b(?:mi-|mitte\s+|meta\s+|mid-?\s?)(?P<mn>{MONTH_RE})\b")
WEEKDAY = re.compile(
    rf"\b(?P<next>next\s+|prochain\s+|nachsten\s+|kommenden\s+|prossimo\s+)?(?P<wd>{WEEKDAY_RE})\b(?P<next2>\s+(?:prochain|prossimo))?"
)
RELATIVE = re.compile(
    r"\b(?P<today>today|tonight|aujourd'hui|heute|oggi|stasera|questa\s+sera|this\s+evening|ce\s+soir)\b|"
    r"\b(?P<aftertomorrow>apres[- ]demain|ubermorgen|dopodomani|(?:the\s+)?day\s+after\s+tomorrow)\b|"
    r"(?<!guten )(?<!apres-)(?<!apres )\b(?P<tomorrow>tomorrow|demain|morgen|morn|domani)\b(?!s)|"
    r"\b(?:in|within|dans|d'ici|sous|innert|innerhalb\s+von|in\s+den\s+nachsten|entro|tra|fra)\s+"
    r"(?P<n>\d{1,2}|zwei|deux|two|due|drei|trois|three|tre|dix|ten|zehn|dieci)\s+"
    r"(?P<unit>days?|jours?|tagen?|giorni|weeks?|semaines?|wochen?|settimane?)\b|"
    r"\b(?P<nextweek>next\s+week|la\s+semaine\s+prochaine|nachste\s+woche|la\s+settimana\s+prossima|"
    r"settimana\s+prossima|(?:la\s+)?prossima\s+settimana)\b|"
    r"\b(?:entro\s+il|le|am|bis\s+(?:zum|am)|jusqu'au|au|il|on\s+the|by\s+the)\s+(?P<dom>\d{1,2})(?:\.|er|th|st|nd|rd)?\b(?!\s*(?:[./]\d|%|h\b|heures|ore|stunden|jours|tage|giorni|days|chf|eur|€|"
    + MONTH_RE
    + r"))"
)
# Small numbers written as words (fr, en, de, it), folded: "dans deux semaines", "une heure,
# pas quatre"
NUMBER_WORDS = {
    **dict.fromkeys(("un", "une", "one", "ein", "eine", "einer", "uno", "una"), 1),
    **dict.fromkeys(("deux", "two", "zwei", "due"), 2),
    **dict.fromkeys(("trois", "three", "drei", "tre"), 3),
    **dict.fromkeys(("quatre", "four", "vier", "quattro"), 4),
    **dict.fromkeys(("cinq", "five", "funf", "cinque"), 5),
    **dict.fromkeys(("six", "sechs", "sei"), 6),
    **dict.fromkeys(("sept", "seven", "sieben", "sette"), 7),
    **dict.fromkeys(("huit", "eight", "acht", "otto"), 8),
    **dict.fromkeys(("dix", "ten", "zehn", "dieci"), 10),
}


@dataclass
class FoundDate:
    value: date
    start: int
    end: int
    kind: str


def _year_for(day: int, month: int, ref: date, future: bool = False) -> int:
    """The year of day/month: within half a year before ``ref`` or after it (``future``: after)."""
    try:
        cand = date(ref.year, month, day)
    except ValueError:
        return ref.year
    if cand < ref - timedelta(days=0 if future else 180):
        return ref.year + 1
    return ref.year


def _last_day(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def _explicit(folded, ref, future):
    """15.11.2025, 15/11, 2025-11-15, 15 novembre, 15. November, December 15."""
    for kind, pattern in DATE_PATTERNS:
        for m in pattern.finditer(folded):
            d = int(m.group("d"))
            month = MONTHS.get(m.group("mn")) if "mn" in m.groupdict() else None
            if month is None:
                month = int(m.group("m"))
            if not (1 <= month <= 12 and 1 <= d <= 31):
                continue
            # "15/11" and "15.11." are dates; "3.5" (hours) or "8.1" (a rate) are not
            if (
                kind == "num"
                and not m.group("y")
                and not m.group(0).endswith(".")
                and "/" not in m.group(0)
            ):
                continue
            y = m.group("y")
            if y:  # "85" is 2085, not 1985 as on a bill: a reply's dates are this or next year
                year = int(y) + 2000 if int(y) < 100 else int(y)
            else:
                year = _year_for(d, month, ref, future)
            yield _make(year, month, d), m, "explicit"


def _month_and_week_ends(folded, ref, future):
    """End of next month, end of the week, end of (a) month, mid-month."""
    for m in END_OF_NEXT_MONTH.finditer(folded):
        yield _last_day(ref.year + (ref.month == 12), ref.month % 12 + 1), m, "end_of_month"
    monday_next = ref + timedelta(days=7 - ref.weekday())
    for m in END_OF_NEXT_WEEK.finditer(folded):
        yield monday_next + timedelta(days=4), m, "end_of_week"
    for m in START_OF_NEXT_WEEK.finditer(folded):
        yield monday_next, m, "end_of_week"
    for m in END_OF_WEEK.finditer(folded):
        yield ref + timedelta(days=(4 - ref.weekday()) % 7), m, "end_of_week"
    for m in END_OF_MONTH.finditer(folded):
        mn = m.group("m1") or m.group("m2") or m.group("m3") or m.group("m4")
        if mn:
            month = MONTHS[mn]
            yield _last_day(_year_for(28, month, ref, future), month), m, "end_of_month"
        else:
            yield _last_day(ref.year, ref.month), m, "end_of_month"
    for m in MID_MONTH.finditer(folded):
        month = MONTHS[m.group("mn")]
        yield _make(_year_for(15, month, ref, future), month, 15), m, "mid_month"


def _weekdays_of_next_week(folded, ref):
    """ "next week on Wednesday": the Wednesday of the coming calendar week."""
    monday_next = ref + timedelta(days=7 - ref.weekday())
    for m in WEEKDAY_OF_NEXT_WEEK.finditer(folded):
        wd = WEEKDAYS[m.group("wd1") or m.group("wd2")]
        yield monday_next + timedelta(days=wd), m, "weekday"


def _weekdays(folded, ref):
    """The coming weekday ("vendredi", "next Friday": a week later when it is 1-2 days away)."""
    for m in WEEKDAY.finditer(folded):
        if re.search(
            r"\b(?:last|since|dernier|depuis|letzten|seit|scorso|scorsa)\s+$", folded[: m.start()]
        ):
            continue  # "since last Tuesday" is past
        ahead = (WEEKDAYS[m.group("wd")] - ref.weekday()) % 7 or 7
        if m.group("next") and m.group("next").strip() in ("next", "nachsten") and ahead < 3:
            ahead += 7
        yield ref + timedelta(days=ahead), m, "weekday"


def _day_of_month(d, ref):
    value = _make(ref.year, ref.month, d)
    if value is None or value < ref:
        value = _make(ref.year + (ref.month == 12), ref.month % 12 + 1, d)
    return value


UNTIL_NOW = re.compile(r"\b(?:bis|until|up to|till|jusqu'a|fino ad?|ad)\s+$")


def _relatives(folded, ref):
    """Today, tomorrow, in N days/weeks, next week, "entro il 15"."""
    for m in RELATIVE.finditer(folded):
        if m.group("today"):
            if not UNTIL_NOW.search(folded[max(0, m.start() - 12) : m.start()]):
                yield ref, m, "relative"  # "bis heute", "until today" look back, not ahead
        elif m.group("aftertomorrow"):
            yield ref + timedelta(days=2), m, "relative"
        elif m.group("tomorrow"):
            yield ref + timedelta(days=1), m, "relative"
        elif m.group("n"):
            n = int(m.group("n")) if m.group("n").isdigit() else NUMBER_WORDS[m.group("n")]
            days_unit = m.group("unit").startswith(("day", "jour", "tag", "giorn"))
            yield ref + timedelta(days=n if days_unit else 7 * n), m, "relative"
        elif m.group("nextweek"):
            yield ref + timedelta(days=(4 - ref.weekday()) % 7 + 7), m, "relative"
        elif m.group("dom") and 1 <= int(m.group("dom")) <= 31:
            yield _day_of_month(int(m.group("dom")), ref), m, "day_of_month"


def find_dates(folded: str, ref: date | None, future: bool = False) -> list[FoundDate]:
    """Dates in ``folded`` text (see :func:`fold`); relative ones need ``ref``.

    Not :func:`fincycle.extraction.dates.find_dates`: a bill prints full dates, a reply says
    "15.11.", "vendredi", "fin du mois", "in 10 Tagen".

    A date without a year is put within half a year before ``ref`` or after it, or on or
    after ``ref`` when ``future`` (a promise speaks of the coming months). Where two readings
    overlap, the more explicit one (listed first) wins."""
    ref = ref or date.today()
    found = []
    taken = []
    for value, m, kind in chain(
        _explicit(folded, ref, future),
        _month_and_week_ends(folded, ref, future),
        _weekdays_of_next_week(folded, ref),
        _weekdays(folded, ref),
        _relatives(folded, ref),
    ):
        if value is None or any(m.start() < e and s < m.end() for s, e in taken):
            continue
        taken.append((m.start(), m.end()))
        found.append(FoundDate(value, m.start(), m.end(), kind))
    found.sort(key=lambda f: f.start)
    return found
