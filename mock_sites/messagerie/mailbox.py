"""The mails caught by the SMTP server, stored in the webmail's SQLite database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

SCHEMA = """
CREATE TABLE IF NOT EXISTS mail (
    id INTEGER PRIMARY KEY AUTOINCREMENT, recipient TEXT NOT NULL, sender TEXT NOT NULL,
    subject TEXT NOT NULL, text_body TEXT NOT NULL, html_body TEXT, received_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS mail_recipient ON mail (recipient);
CREATE TABLE IF NOT EXISTS attachment (
    id INTEGER PRIMARY KEY AUTOINCREMENT, mail_id INTEGER NOT NULL REFERENCES mail (id),
    filename TEXT NOT NULL, content_type TEXT NOT NULL, data BLOB NOT NULL
);
"""


@dataclass(frozen=True)
class Mail:
    """One mail in one person's box."""

    id: int
    recipient: str
    sender: str
    subject: str
    text_body: str
    html_body: str | None
    received_at: float


def store(db: sqlite3.Connection, raw: bytes, recipients: list[str], received_at: float) -> None:
    """Store a raw RFC 5322 message once per envelope recipient."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    text_part = message.get_body(preferencelist=("plain",))
    html_part = message.get_body(preferencelist=("html",))
    text = text_part.get_content() if text_part else ""
    html = html_part.get_content() if html_part else None
    files = [
        (part.get_filename() or "piece-jointe", part.get_content_type(), part.get_payload(decode=True))
        for part in message.iter_attachments()
    ]
    for recipient in recipients:
        cursor = db.execute(
            "INSERT INTO mail (recipient, sender, subject, text_body, html_body, received_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                recipient.lower(),
                str(message["From"]),
                # A long subject is folded before its first word; unfolded, it keeps that space.
                str(message["Subject"]).strip(),
                text,
                html,
                received_at,
            ),
        )
        for filename, content_type, data in files:
            db.execute(
                "INSERT INTO attachment (mail_id, filename, content_type, data) VALUES (?, ?, ?, ?)",
                (cursor.lastrowid, filename, content_type, data),
            )


def inbox(db: sqlite3.Connection, address: str) -> list[Mail]:
    """A person's mails, newest first."""
    rows = db.execute(
        "SELECT * FROM mail WHERE recipient = ? ORDER BY id DESC", (address.lower(),)
    ).fetchall()
    return [Mail(**dict(row)) for row in rows]


def get_mail(db: sqlite3.Connection, address: str, mail_id: int) -> Mail | None:
    """One mail of a person's box, or None."""
    row = db.execute(
        "SELECT * FROM mail WHERE recipient = ? AND id = ?", (address.lower(), mail_id)
    ).fetchone()
    return Mail(**dict(row)) if row else None


@dataclass(frozen=True)
class StoredAttachment:
    """A file joined to a mail, as the webmail offers it."""

    id: int
    filename: str
    content_type: str
    data: bytes


def attachments(db: sqlite3.Connection, mail_id: int) -> list[StoredAttachment]:
    """The files joined to one mail (the caller checked the mail is the reader's)."""
    rows = db.execute(
        "SELECT id, filename, content_type, data FROM attachment WHERE mail_id = ? ORDER BY id", (mail_id,)
    ).fetchall()
    return [StoredAttachment(**dict(row)) for row in rows]
