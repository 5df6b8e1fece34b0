# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A customer's reply to an invoice or reminder e-mail, as the mail gateway receives it, for
tests of the reply reader (:mod:`fincycle.collections`): plain text, threaded to the invoice
e-mail by ``References`` like the company's own messages."""

from email.message import EmailMessage


def reply_email(
    body: str,
    *,
    invoice: str = "VX-25-001",
    subject: str = "Re: Payment reminder {invoice}",
    sender: str = "Anna Client <anna@client.example>",
    company: str = "Vendor AG <billing@vendor.example>",
    date: str = "Tue, 10 Jun 2025 10:00:00 +0200",
) -> bytes:
    """The raw bytes of a plain-text reply about ``invoice``."""
    domain = company.rsplit("@", 1)[1].rstrip(">")
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = company
    msg["Subject"] = subject.format(invoice=invoice)
    msg["Date"] = date
    msg["References"] = f"<fincycle-inv-{invoice}@{domain}>"
    msg.set_content(body)
    return msg.as_bytes()
