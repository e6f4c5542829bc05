"""The SMS received by each mobile number, stored in the phone site's SQLite database."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE IF NOT EXISTS sms (
    id INTEGER PRIMARY KEY AUTOINCREMENT, number TEXT NOT NULL, sender TEXT NOT NULL,
    text TEXT NOT NULL, received_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS sms_number ON sms (number);
"""

# French mobile numbers: 06 or 07 then 8 digits (what the sites accept as "portable").
MOBILE = re.compile(r"0[67]\d{8}")


@dataclass(frozen=True)
class Sms:
    """One SMS on one phone."""

    id: int
    number: str
    sender: str
    text: str
    received_at: float


def normalize_number(typed: str) -> str:
    """The 10 digits of a number typed with spaces, dots or the +33 prefix."""
    digits = re.sub(r"[\s.\-]", "", typed)
    if digits.startswith("+33"):
        digits = "0" + digits[3:]
    return digits


def is_mobile(number: str) -> bool:
    """Whether `number` (normalized) is a French mobile number."""
    return MOBILE.fullmatch(number) is not None


def receive(db: sqlite3.Connection, number: str, sender: str, text: str, received_at: float) -> int:
    """Store an SMS for `number`; returns its id."""
    cursor = db.execute(
        "INSERT INTO sms (number, sender, text, received_at) VALUES (?, ?, ?, ?)",
        (number, sender, text, received_at),
    )
    return int(cursor.lastrowid or 0)


def messages(db: sqlite3.Connection, number: str) -> list[Sms]:
    """The SMS of a phone, newest first."""
    rows = db.execute("SELECT * FROM sms WHERE number = ? ORDER BY id DESC", (number,)).fetchall()
    return [Sms(**dict(row)) for row in rows]
