"""What the app stores: activated accounts (person, card, personal code) and certification requests."""

from __future__ import annotations

import json
import secrets
import sqlite3
from dataclasses import dataclass

from werkzeug.security import check_password_hash, generate_password_hash

from ..common.identities import Person
from ..federation.accounts import TEST_ACCOUNT_HASH
from .cards import IdentityCard

SCHEMA = """
CREATE TABLE IF NOT EXISTS account (
    email TEXT PRIMARY KEY, person TEXT NOT NULL, card TEXT NOT NULL, pin_hash TEXT NOT NULL,
    install_token TEXT NOT NULL UNIQUE, certified_at REAL
);
CREATE TABLE IF NOT EXISTS request (
    id TEXT PRIMARY KEY, email TEXT NOT NULL REFERENCES account (email), started_at REAL NOT NULL,
    confirm_token TEXT NOT NULL UNIQUE, email_confirmed INTEGER NOT NULL DEFAULT 0,
    pin_checked INTEGER NOT NULL DEFAULT 0, card TEXT, decision TEXT, reason TEXT, mairie TEXT,
    decided_at REAL, due_at REAL, notified_at REAL
);
"""
VALIDATED, REFUSED = "validee", "refusee"


@dataclass(frozen=True)
class Request:
    """One certification request, from the app to the mairie's decision and its notification."""

    id: str
    email: str
    started_at: float
    confirm_token: str
    email_confirmed: int
    pin_checked: int
    card: str | None
    decision: str | None
    reason: str | None
    mairie: str | None
    decided_at: float | None
    due_at: float | None
    notified_at: float | None

    @property
    def identity_card(self) -> IdentityCard | None:
        """The card read by the app, once read."""
        return IdentityCard(**json.loads(self.card)) if self.card else None


def enrol(db: sqlite3.Connection, person: Person, card: IdentityCard, pin: str) -> str:
    """An account activated in the app with this card and personal code; returns its install token."""
    token = secrets.token_urlsafe(16)
    db.execute(
        "INSERT INTO account (email, person, card, pin_hash, install_token) VALUES (?, ?, ?, ?, ?)",
        (
            person.email,
            json.dumps(person.__dict__, ensure_ascii=False),
            card.to_json(),
            generate_password_hash(pin, TEST_ACCOUNT_HASH),
            token,
        ),
    )
    return token


def account_by_install_token(db: sqlite3.Connection, token: str) -> str | None:
    """The e-mail address of the account installed with this token."""
    row = db.execute("SELECT email FROM account WHERE install_token = ?", (token,)).fetchone()
    return str(row["email"]) if row else None


def person_of(db: sqlite3.Connection, email: str) -> Person | None:
    """The person who holds the account."""
    row = db.execute("SELECT person FROM account WHERE email = ?", (email,)).fetchone()
    return Person(**json.loads(row["person"])) if row else None


def pin_matches(db: sqlite3.Connection, email: str, pin: str) -> bool:
    """Whether `pin` is the account's personal code."""
    row = db.execute("SELECT pin_hash FROM account WHERE email = ?", (email,)).fetchone()
    return row is not None and check_password_hash(row["pin_hash"], pin)


def certified_at(db: sqlite3.Connection, email: str) -> float | None:
    """When the account became certified, or None (what FranceConnect+ will ask)."""
    row = db.execute("SELECT certified_at FROM account WHERE email = ?", (email,)).fetchone()
    return row["certified_at"] if row else None


def certify(db: sqlite3.Connection, email: str, now: float) -> None:
    """The account becomes certified (a mairie validated it and the result was delivered)."""
    db.execute("UPDATE account SET certified_at = ? WHERE email = ?", (now, email))


def start_request(db: sqlite3.Connection, email: str, now: float) -> Request:
    """A new request; a previous undecided one of the account is replaced."""
    db.execute("DELETE FROM request WHERE email = ? AND decision IS NULL", (email,))
    request_id, confirm = secrets.token_urlsafe(12), secrets.token_urlsafe(16)
    db.execute(
        "INSERT INTO request (id, email, started_at, confirm_token) VALUES (?, ?, ?, ?)",
        (request_id, email, now, confirm),
    )
    found = get_request(db, request_id)
    assert found is not None
    return found


def get_request(db: sqlite3.Connection, request_id: str) -> Request | None:
    """A request by its id (the id the QR code carries)."""
    row = db.execute("SELECT * FROM request WHERE id = ?", (request_id,)).fetchone()
    return Request(**dict(row)) if row else None


def latest_request(db: sqlite3.Connection, email: str) -> Request | None:
    """The account's newest request."""
    row = db.execute(
        "SELECT * FROM request WHERE email = ? ORDER BY started_at DESC, rowid DESC LIMIT 1", (email,)
    ).fetchone()
    return Request(**dict(row)) if row else None


def update(db: sqlite3.Connection, request_id: str, **values: object) -> None:
    """Set some columns of a request."""
    columns = ", ".join(f"{name} = ?" for name in values)
    db.execute(f"UPDATE request SET {columns} WHERE id = ?", (*values.values(), request_id))


def confirm_email(db: sqlite3.Connection, token: str) -> Request | None:
    """Mark the address of the request with this link's token as confirmed."""
    row = db.execute("SELECT id FROM request WHERE confirm_token = ?", (token,)).fetchone()
    if row is None:
        return None
    update(db, row["id"], email_confirmed=1)
    return get_request(db, row["id"])
