# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A customer's e-mail reduced to the customer's own words.

``parse_mail(raw)`` reads the RFC 5322 bytes (any charset, quoted-printable or base64,
plain or HTML-only, attachments, a forwarded ``message/rfc822``) and returns a
``ParsedMail``: headers that matter, the auto-reply signals, the attachments' names and
types, and ``own_text``: what the customer's side wrote, without the quoted original
(Outlook header blocks, "On ... wrote:" lines in four languages, ``>`` quoting, HTML
``blockquote``, "Original Message" separators), without signatures, device footers and
legal boilerplate. In a forward, the words of every writer of the customer's side count
(the forwarding person's and the colleagues' forwarded above the company's message); the
company's own messages (sender at the company's domain, found from ``To:`` and the
thread's ``References``) never do.
"""

import email
import email.errors
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.header import decode_header, make_header
from email.utils import getaddresses, parsedate_to_datetime

MAX_OWN_CHARS = 6_000  # the customer's own words read by the rules (see parse_mail)

AUTO_SUBJECT = re.compile(
    r"^\s*(automatische\s+antwort|automatic\s+reply|auto(matic)?[- ]?reply|autoreply|"
    r"out\s+of\s+(the\s+)?office|abwesenheit|abwesend|r[ée]ponse\s+automatique|absence|"
    r"risposta\s+automatica|fuori\s+ufficio|assente|ticket\s*#?|\[ticket|"
    r"accus[ée]\s+de\s+r[ée]ception|eingangsbest[äa]tigung|"
    r"we\s+(have\s+)?received\s+your|request\s+received|demande\s+re[çc]ue|anfrage\s+(erhalten|eingegangen)|"
    r"richiesta\s+ricevuta|auto:|absent|abwesenheitsnotiz|fuori\s+sede|in\s+ferie|vacances|ferien)",
    re.IGNORECASE,
)
TICKET_SUBJECT = re.compile(
    r"\[(?:ticket|case|req|request|incident|#)\s*[#:]?\s*\w*\d|"
    r"\b(?:ticket|case|request|demande|anfrage|richiesta|incident|vorgang)\s*(?:#|n°|nr\.?|no\.?|id)\s*:?\s*\d{3,}|"
    r"\b(?:your\s+request\s+has\s+been|votre\s+demande\s+a\s+[ée]t[ée]|ihre\s+anfrage\s+wurde|la\s+sua\s+richiesta\s+[èe])",
    re.IGNORECASE,
)
SUBJECT_PREFIX = re.compile(
    r"^\s*((re|aw|r|rif|sv|tr|fw|fwd|wg|i|antw|réf|ref)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE
)
FORWARD_SUBJECT = re.compile(r"^\s*((re|aw|r)\s*:\s*)*(tr|fw|fwd|wg|i)\s*:", re.IGNORECASE)

# A line that opens a quoted or forwarded message.
SEPARATOR = re.compile(
    r"^\s*(-{2,}|_{5,}|={3,})?\s*("
    r"original\s+message|ursprüngliche\s+nachricht|urspr[üu]ngliche\s+nachricht|"
    r"message\s+d'origine|messaggio\s+originale|forwarded\s+message|begin\s+forwarded\s+message|"
    r"message\s+transf[ée]r[ée]|weitergeleitete\s+nachricht|messaggio\s+inoltrato|"
    r"mail\s+original|message\s+original"
    r")\s*:?\s*(-{2,}|={3,})?\s*$",
    re.IGNORECASE,
)
RULE_LINE = re.compile(r"^\s*(_{8,}|-{8,}|={8,})\s*$")
HEADER_FROM = re.compile(r"^\s*\**\s*(from|von|de|da|van|exp[ée]diteur)\s*\**\s*:\s*(.*)$", re.I)
HEADER_OTHER = re.compile(
    r"^\s*\**\s*(sent|gesendet|envoy[ée]|inviato|date|datum|data|subject|betreff|objet|"
    r"oggetto|sujet|to|an|à|a|pour|cc|kopie|copie|send|sent\s+on|envoy[ée]\s+le)\s*\**\s*:",
    re.IGNORECASE,
)
WROTE = re.compile(
    r"(\bwrote\s*:|\ba\s+[ée]crit\s*:|\bschrieb\b.*:?|\bha\s+scritto\s*:|\bscrisse\s*:|"
    r"\bhat\s+geschrieben\s*:|\bmessage\s+du\s+\d)",
    re.IGNORECASE,
)
WROTE_START = re.compile(
    r"^\s*(on|le|am|il|el|op|>?\s*message\s+du|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b", re.I
)
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(\.[\w-]+)+)")

CLOSING = re.compile(
    r"^\s*(best(\s+regards)?|kind\s+regards|regards|many\s+thanks|thanks( again| a lot)?|"
    r"thank\s+you|cheers|sincerely|yours(\s+sincerely|\s+faithfully)?|warm\s+regards|"
    r"(mit\s+)?((freundlich|best|lieb|herzlich|sonnig|schön)(e|en|er|es)?\s+)?gr[üu](ss|ß)(e|en)?(\s+aus\s+\S+)?|"
    r"mfg|lg|vielen\s+dank|danke(\s+schön)?|"
    r"(bien\s+)?cordialement|bien\s+[àa]\s+vous|bonne\s+(journ[ée]e|soir[ée]e)|salutations(\s+distingu[ée]es)?|"
    r"sinc[èe]res\s+salutations|meilleures\s+salutations|merci( beaucoup| d'avance| par avance)?|"
    r"(cordiali|distinti)\s+saluti|saluti|grazie( mille)?|un\s+caro\s+saluto|buona\s+giornata|"
    r"a\s+presto|"
    # formal closings: "Veuillez agréer, Madame, nos salutations distinguées.", "Avec nos
    # meilleures salutations", "porgiamo cordiali saluti", "With kind regards", "Hochachtungsvoll"
    r"(veuillez|nous\s+vous\s+prions\s+d'|je\s+vous\s+prie\s+d')\s*agr[ée]er\b.{0,80}|"
    r"(avec|recevez|croyez)\b.{0,40}\bsalutations\b.{0,30}|"
    r"(avec\s+)?(nos|mes)\s+(meilleures|sinc[èe]res|cordiales)\s+salutations.{0,30}|"
    r"(restiamo\s+.{0,40})?porg\w+\s+(cordiali|distinti)\s+saluti|(con\s+)?(i\s+)?(migliori|cordiali|distinti)\s+saluti|"
    r"(with\s+)?(kind|best|warm|warmest)\s+(regards|wishes)|yours\s+truly|respectfully|hochachtungsvoll|"
    r"(mit\s+)?(freundlichen|besten)\s+gr[üu](ss|ß)en(\s+aus\s+\S+)?)\s*[,.!]*\s*$",
    re.IGNORECASE,
)
# the words of a message (not of a signature): paying, invoices, reminders, dates and amounts
MESSAGE_WORDS = re.compile(
    r"(?<![\d'])\d{1,2}[./]\d{1,2}|(?<![\d'])\d{1,2}\.?\s+(jan|f[ée]v|feb|m[äa]r|avr|apr|ma[iy]|jui|jun|jul|lug|ao[ûu]|aug|ago|sep|set|o[ck]t|ott|nov|d[ée][cz]|dic|gen|giu)|"
    r"\b(pay|paid|pai|pay[ée]|r[ée]gl|vir|zahl|bezahl|[üu]berw|pag|salda|bonific|factur|rechnung|invoice|fattur|rappel|relance|mahnung|sollecito|"
    r"promemoria|reminder|chf|eur|fr\.|merci|danke|thank|grazie|bitte|please|svp|stp|per favore)|"
    # a person speaking or a time: "wird erledigt / morgen", "je passe / demain"
    r"\b(je|j'|nous|ich|wir|we|i|noi|io|vous|you|voi|ok|oui|ja|yes|non|nein|no|"
    r"demain|morgen|domani|tomorrow|heute|today|oggi|aujourd'hui|semaine|woche|week|settimana|"
    r"erledigt|fait|done|fatto|sorry|d[ée]sol[ée]|scusate?|entschuldigung)\b",
    re.IGNORECASE,
)
DEVICE_FOOTER = re.compile(
    r"^\s*(sent\s+from\s+my|envoy[ée]\s+(de|depuis)\s+mon|von\s+meinem\s+\w+\s+gesendet|"
    r"gesendet\s+von\s+meinem|inviato\s+da(l\s+mio)?|get\s+outlook\s+for|"
    r"télécharger\s+outlook|scarica\s+outlook|sent\s+with\s+)",
    re.IGNORECASE,
)
BOILERPLATE = re.compile(
    r"(confidential|intended\s+(solely\s+)?(for\s+the\s+)?(use\s+of\s+the\s+)?(addressee|recipient)|"
    r"vertraulich|ausschliesslich\s+für\s+den|nicht\s+der\s+richtige\s+adressat|irrtümlich|"
    r"confidentiel|destinataire|destiné\s+exclusivement|reçu\s+ce\s+message\s+par\s+erreur|"
    r"riservat|destinatario|per\s+errore|please\s+consider\s+the\s+environment|"
    r"pensez\s+[àa]\s+l'environnement|bitte\s+denken\s+sie\s+an\s+die\s+umwelt|"
    r"disclaimer|haftungsausschluss|privileged|rechtlich\s+geschützt|"
    r"this\s+(e-?mail|message)\s+(and\s+any\s+attachments?\s+)?(is|are|may)|"
    r"ce\s+(message|courriel|e-mail)\s+(et\s+ses\s+pi[èe]ces\s+jointes\s+)?(est|sont|peut)|"
    r"diese\s+(e-?mail|nachricht)\s+(und\s+(alle|allfällige)\s+anh[äa]nge\s+)?(ist|enthält|kann)|"
    r"questa\s+(e-?mail|comunicazione|messaggio)\s+(è|e'|contiene|pu[òo]))",
    re.IGNORECASE,
)


@dataclass
class Attachment:
    filename: str | None
    content_type: str


@dataclass
class ParsedMail:
    subject: str = ""
    subject_core: str = ""  # without Re:/AW:/TR:... prefixes
    sender: str = ""
    sender_domain: str = ""
    date: datetime | None = None
    headers_auto: bool = False  # Auto-Submitted / X-Autoreply / Precedence / auto subject
    auto_reasons: list[str] = field(default_factory=list)
    is_forward: bool = False
    content_language: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    body_text: str = ""  # the whole decoded body as text
    own_text: str = ""  # the customer's side's own words
    first_block: str = ""  # the writer's text above any quote, signature and footer included
    company_domains: set = field(default_factory=set)


def _decode_part(part):
    """Text of a leaf part: transfer encoding undone, its charset (or a fallback) decoded."""
    payload = part.get_payload(decode=True) or b""
    for charset in (part.get_content_charset(), "utf-8", "windows-1252", "latin-1"):
        if not charset:
            continue
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1", "replace")


def _header(msg, name):
    """A header decoded from its RFC 2047 words, unfolded ("" when absent)."""
    value = msg.get(name)
    if value is None:
        return ""
    try:
        text = str(make_header(decode_header(str(value))))
    except (LookupError, UnicodeDecodeError, ValueError, email.errors.HeaderParseError):
        text = str(value)
    return re.sub(r"\s*\r?\n\s+", " ", text).strip()


BLOCK_TAGS = {
    "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
    "hr", "section", "article", "header", "footer", "pre", "blockquote", "dd", "dt",
}  # fmt: skip


def html_to_text(html):
    """Text of an HTML body; ``blockquote`` content comes out ``>``-quoted."""
    try:
        import lxml.html  # noqa: PLC0415

        root = lxml.html.document_fromstring(html)
    except Exception:
        text = re.sub(r"<br\s*/?>|</p>|</div>", "\n", html, flags=re.I)
        return re.sub(r"<[^>]+>", "", text)
    for bad in root.xpath("//script|//style|//head"):
        bad.drop_tree()
    out = []

    def walk(node):
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in BLOCK_TAGS:
            out.append("\n")
        if node.text and tag:
            out.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                out.append(child.tail)
        if tag in BLOCK_TAGS and tag != "br":
            out.append("\n")

    walk(root)
    text = "".join(out).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)


def _html_to_text_quoted(html):
    """Like html_to_text but every line inside a blockquote starts with '>'."""
    # Mark blockquotes with sentinels, then prefix lines between them.
    marked = re.sub(r"<blockquote[^>]*>", "\n\x01\n", html, flags=re.I)
    marked = re.sub(r"</blockquote\s*>", "\n\x02\n", marked, flags=re.I)
    text = html_to_text(marked)
    depth = 0
    lines = []
    for raw_line in text.split("\n"):
        depth = max(0, depth + raw_line.count("\x01") - raw_line.count("\x02"))
        line = raw_line.replace("\x01", "").replace("\x02", "")
        if not line.strip():
            lines.append("> " * depth if depth else "")
            continue
        lines.append(("> " * depth) + line if depth else line)
    return "\n".join(lines)


def _domain(addr):
    match = EMAIL.search(addr or "")
    return match.group(1).lower() if match else ""


def _company_domains(msg):
    domains = set()
    for name in ("To", "Cc"):
        for _, addr in getaddresses([str(v) for v in (msg.get_all(name) or [])]):
            if "@" in addr:
                domains.add(addr.rsplit("@", 1)[1].lower())
    refs = " ".join(
        str(v) for v in (msg.get_all("References") or []) + (msg.get_all("In-Reply-To") or [])
    )
    for match in re.finditer(r"<fincycle-[^@>]*@([^>]+)>", refs):
        domains.add(match.group(1).lower())
    return domains


def parse_mail(raw: bytes) -> ParsedMail:
    # compat32 parsing: the same structure and bodies as policy.default, several times faster;
    # headers are decoded on demand by _header.
    msg = email.message_from_bytes(raw)
    parsed = ParsedMail()
    parsed.subject = _header(msg, "Subject")
    parsed.subject_core = SUBJECT_PREFIX.sub("", parsed.subject).strip()
    parsed.sender = _header(msg, "From")
    parsed.sender_domain = _domain(parsed.sender)
    try:
        parsed.date = parsedate_to_datetime(_header(msg, "Date")) if msg.get("Date") else None
    except (TypeError, ValueError):
        parsed.date = None
    parsed.content_language = (
        _header(msg, "Content-Language").split(",")[0].strip()[:2].lower() or None
    )
    parsed.company_domains = _company_domains(msg)
    _auto_signals(msg, parsed)
    parsed.is_forward = bool(FORWARD_SUBJECT.match(parsed.subject))
    texts = []
    _collect(msg, parsed, texts, top=True)
    parsed.body_text = "\n".join(texts)
    # A hostile reply can be megabytes of one sentence; the rules read the customer's words in
    # time roughly quadratic in a sentence's length. Real replies stay far below this (the
    # longest of 1,501 labelled ones: 1,582 characters), the LLM stage cuts at 6,000 too.
    parsed.own_text = own_words(parsed.body_text, parsed.company_domains, parsed.is_forward)[
        :MAX_OWN_CHARS
    ]
    first = segments(parsed.body_text)[0][1]
    parsed.first_block = "\n".join(x for x in first if not x.strip().startswith(">"))
    return parsed


def _auto_signals(msg, parsed):
    auto = _header(msg, "Auto-Submitted").lower()
    if auto and auto != "no":
        parsed.auto_reasons.append("auto-submitted")
    for name in ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress"):
        value = _header(msg, name).lower()
        if value and name != "X-Auto-Response-Suppress":
            parsed.auto_reasons.append(name.lower())
    precedence = _header(msg, "Precedence").lower()
    if precedence in ("auto_reply", "bulk", "junk", "list"):
        parsed.auto_reasons.append("precedence-" + precedence)
    if AUTO_SUBJECT.match(parsed.subject) or AUTO_SUBJECT.match(
        re.sub(r"^\s*(re|aw)\s*:\s*", "", parsed.subject, flags=re.I)
    ):
        parsed.auto_reasons.append("subject")
    if "subject" not in parsed.auto_reasons and TICKET_SUBJECT.search(parsed.subject):
        parsed.auto_reasons.append("subject")
    parsed.headers_auto = bool(parsed.auto_reasons)


def _collect(msg, parsed, texts, top):
    """Body text of ``msg`` into ``texts`` (prefers plain over HTML per alternative)."""
    if msg.is_multipart() and msg.get_content_type() != "message/rfc822":
        if msg.get_content_type() == "multipart/alternative":
            plain = next(
                (p for p in msg.get_payload() if p.get_content_type() == "text/plain"), None
            )
            html = next((p for p in msg.get_payload() if p.get_content_type() == "text/html"), None)
            chosen = plain or html
            others = [p for p in msg.get_payload() if p.is_multipart()]
            if chosen is not None:
                _collect(chosen, parsed, texts, top)
            elif others:
                _collect(others[0], parsed, texts, top)
            return
        for part in msg.get_payload():
            _collect(part, parsed, texts, top)
        return
    ctype = msg.get_content_type()
    disposition = (msg.get_content_disposition() or "").lower()
    filename = msg.get_filename()
    if filename:
        filename = str(make_header(decode_header(filename)))
    if ctype == "message/rfc822":
        parsed.attachments.append(Attachment(filename, ctype))
        inner = msg.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        if hasattr(inner, "get"):
            parsed.is_forward = True
            head = (
                "---------- Forwarded message ----------\n"
                f"From: {_header(inner, 'From')}\nSubject: {_header(inner, 'Subject')}\n"
            )
            sub = []
            _collect(inner, parsed, sub, top=False)
            texts.append(head + "\n" + "\n".join(sub))
        return
    if disposition == "attachment" or (filename and not ctype.startswith("text/")):
        parsed.attachments.append(Attachment(filename, ctype))
        return
    if ctype == "text/plain":
        texts.append(_decode_part(msg).replace("\r\n", "\n"))
    elif ctype == "text/html":
        texts.append(_html_to_text_quoted(_decode_part(msg)))


def _is_header_block(lines, i):
    """Line ``i`` starts an e-mail header block (From:/De:/Von: + Sent:/Date:/Subject: ...)."""
    line = lines[i]
    if HEADER_FROM.match(line):
        return any(HEADER_OTHER.match(x) for x in lines[i + 1 : i + 6] if x.strip())
    if HEADER_OTHER.match(line):
        window = [x for x in lines[i : i + 7] if x.strip()]
        return sum(1 for x in window if HEADER_OTHER.match(x) or HEADER_FROM.match(x)) >= 3 and any(
            HEADER_FROM.match(x) for x in window
        )
    return False


def _wrote_line(lines, i):
    """Line ``i`` (maybe with the next) is "On <date>, <who> wrote:"; returns lines used."""
    line = lines[i].strip()
    if not line or len(line) > 250:
        return 0
    if WROTE.search(line) and (WROTE_START.match(line) or EMAIL.search(line) or line.endswith(":")):
        if re.search(r"\d", line) or EMAIL.search(line):
            return 1
    if i + 1 < len(lines) and WROTE_START.match(line):
        joined = line + " " + lines[i + 1].strip()
        if WROTE.search(joined) and (re.search(r"\d", joined) or EMAIL.search(joined)):
            return 2
    return 0


def _read_header_block(lines, i):
    """The sender of the header block starting at line ``i`` and the line after the block."""
    j = i
    sender = ""
    while j < len(lines) and j < i + 8:
        line = lines[j]
        if HEADER_FROM.match(line):
            sender = HEADER_FROM.match(line).group(2)
        elif not HEADER_OTHER.match(line) and (line.strip() or j != i):
            # a folded header line goes on with a space; anything else ends the block
            if not line.strip() or not line.startswith((" ", "\t")):
                break
        j += 1
    return sender, j


def segments(text):
    """Split ``text`` into (sender, lines) segments at quote/forward boundaries."""
    lines = text.split("\n")
    segs = [["", []]]
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith(">"):
            segs[-1][1].append(line)
            i += 1
            continue
        if SEPARATOR.match(stripped):
            segs.append(["?", []])
            i += 1
            continue
        if _is_header_block(lines, i):
            sender, j = _read_header_block(lines, i)
            if segs[-1][0] == "?" and not segs[-1][1]:
                segs[-1][0] = sender or "?"
            else:
                segs.append([sender or "?", []])
            i = j
            continue
        used = _wrote_line(lines, i)
        if used:
            who = " ".join(lines[i : i + used])
            segs.append([who, []])
            i += used
            continue
        if RULE_LINE.match(stripped) and i + 1 < len(lines):
            nxt = next((x for x in lines[i + 1 : i + 4] if x.strip()), "")
            if HEADER_FROM.match(nxt) or HEADER_OTHER.match(nxt):
                segs.append(["?", []])
                i += 1
                continue
        segs[-1][1].append(line)
        i += 1
    return segs


def _is_company(sender, company_domains):
    dom = _domain(sender)
    if dom:
        return dom in company_domains
    return sender == "?"


def _paragraphs(lines):
    """Unquoted lines grouped in paragraphs (blank-line separated), stripped."""
    paragraphs = [[]]
    for line in lines:
        if line.strip().startswith(">"):
            continue
        if line.strip():
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def clean_lines(lines):
    """Drop ``>`` quotes, the signature after a closing, device footers and boilerplate."""
    out = []
    paragraphs = _paragraphs(lines)
    closed = False
    for number, para in enumerate(paragraphs):
        if closed:
            # After the closing only a signature follows; keep a P.S.
            if re.match(r"^(p\.?\s?s\.?|nb|n\.b\.)\b", para[0], re.I):
                out.append(" ".join(para))
            continue
        kept = []
        for idx, line in enumerate(para):
            if line in ("--", "-- ") and (out or kept):
                closed = True  # the RFC 3676 signature delimiter
                break
            if DEVICE_FOOTER.match(line):
                closed = closed or (idx == 0 and bool(out))
                break
            if (
                CLOSING.match(line)
                and (out or kept or idx)
                and _signature_follows(para[idx + 1 :], paragraphs[number + 1 :])
            ):
                closed = True
                break
            kept.append(line)
        if kept and _is_boilerplate(" ".join(kept)):
            continue
        if kept and out and number == len(paragraphs) - 1 and _signature_block(kept):
            continue  # a signature without a closing above it: name, title, firm, address
        if kept:
            out.append("\n".join(kept))
    return "\n\n".join(out)


def _signature_block(lines):
    """The last paragraph is a signature: several short lines that end without punctuation and
    say nothing of paying, invoices or dates ("Me Sophie Favre / Avocate / Étude Favre")."""
    return (
        len(lines) >= 2
        and all(len(line.split()) <= 7 and not re.search(r"[.!?:;]$", line) for line in lines)
        and not MESSAGE_WORDS.search(" ".join(lines))
    )


def _is_boilerplate(paragraph):
    """A legal disclaimer: two of its phrases, or one in a long paragraph ("we paid it twice per
    errore", "destinatario sbagliato" are the customer's own words)."""
    hits = {m.group(0).lower() for m in BOILERPLATE.finditer(paragraph)}
    return len(paragraph) > 60 and (len(hits) >= 2 or (hits and len(paragraph) > 200))


def _signature_follows(rest_of_paragraph, next_paragraphs):
    """After a closing line come short signature lines, not more sentences of the message."""
    following = list(rest_of_paragraph)
    for para in next_paragraphs[:1]:
        if not BOILERPLATE.search(" ".join(para)):
            following += para
    return not any(len(line.split()) > 10 and re.search(r"[.!?]$", line) for line in following)


def _inline_answers(lines):
    """Lines the customer typed between ``>`` quoted lines of the original (inline replies)."""
    answers = []
    seen_quote = False
    pending = []
    for line in lines:
        if line.strip().startswith(">"):
            seen_quote = True
            answers.extend(pending)
            pending = []
            continue
        if seen_quote:
            pending.append(line)
    # lines after the last quote are the customer's too only when more quotes follow; the
    # text after the final quote is kept when it is not a signature-like tail
    tail = [x for x in pending if x.strip()]
    if tail and any(len(x.split()) > 6 for x in tail):
        answers.extend(pending)
    return answers


def own_words(body_text, company_domains=(), is_forward=False):
    """The customer's side's words in ``body_text`` (see the module docstring)."""
    segs = segments(body_text)
    forward = is_forward or (any(s[0] == "?" for s in segs[1:]) and _has_forward_marker(body_text))
    parts = [clean_lines(segs[0][1])]
    for sender, lines in segs[1:]:
        if forward and not _is_company(sender, set(company_domains)):
            parts.append(clean_lines(lines))
        elif sum(1 for x in lines if x.strip().startswith(">")) >= 2:
            parts.append(clean_lines(_inline_answers(lines)))
    return "\n\n".join(p for p in parts if p.strip())


def _has_forward_marker(text):
    return bool(
        re.search(
            r"forwarded\s+message|message\s+transf[ée]r[ée]|weitergeleitete|messaggio\s+inoltrato",
            text,
            re.I,
        )
    )
