"""Sending mail: every site hands its mails to the loopback SMTP server, as a real site would."""

from __future__ import annotations

import smtplib
from email import policy
from email.message import EmailMessage

from flask import current_app


def send_mail(sender: str, recipient: str, subject: str, text: str, html: str | None = None) -> None:
    """Send one mail through the run's SMTP server."""
    # SMTPUTF8: French subjects travel as UTF-8, not as RFC 2047 encoded words that lose spaces.
    message = EmailMessage(policy=policy.SMTPUTF8)
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = subject
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    host, port = current_app.config["SMTP_HOST"], current_app.config["SMTP_PORT"]
    with smtplib.SMTP(host, port, timeout=10) as smtp:
        smtp.send_message(message)
