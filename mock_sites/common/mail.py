"""Sending mail: every site hands its mails to the loopback SMTP server, as a real site would."""

from __future__ import annotations

import smtplib
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage

from flask import current_app


@dataclass(frozen=True)
class Attachment:
    """A file joined to a mail (an accusé de réception in PDF…)."""

    filename: str
    content_type: str  # "application/pdf"
    data: bytes


def send_mail(
    sender: str,
    recipient: str,
    subject: str,
    text: str,
    html: str | None = None,
    attachments: Sequence[Attachment] = (),
) -> None:
    """Send one mail through the run's SMTP server."""
    # SMTPUTF8: French subjects travel as UTF-8, not as RFC 2047 encoded words that lose spaces.
    message = EmailMessage(policy=policy.SMTPUTF8)
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = subject
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    for attachment in attachments:
        maintype, subtype = attachment.content_type.split("/", 1)
        message.add_attachment(attachment.data, maintype, subtype, filename=attachment.filename)
    host, port = current_app.config["SMTP_HOST"], current_app.config["SMTP_PORT"]
    # local_hostname: smtplib would otherwise look the machine's name up (getfqdn) for each mail.
    with smtplib.SMTP(host, port, timeout=10, local_hostname="localhost") as smtp:
        smtp.send_message(message)
