"""What the creation stores: the draft being typed, the space once confirmed, its activation links.

A space becomes usable (an account of the identity provider) only when its link is followed.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from typing import Any

from werkzeug.security import check_password_hash

from ...federation.accounts import save_account
from ..foyers import find_record

SCHEMA = """
CREATE TABLE IF NOT EXISTS space_draft (
    id TEXT PRIMARY KEY, numero_fiscal TEXT NOT NULL, started_at REAL NOT NULL,
    email TEXT, password_hash TEXT, mobile TEXT,
    paperless_income_tax INTEGER NOT NULL DEFAULT 1, paperless_local_taxes INTEGER NOT NULL DEFAULT 1,
    news_by_email INTEGER NOT NULL DEFAULT 0, news_by_sms INTEGER NOT NULL DEFAULT 0,
    options_chosen INTEGER NOT NULL DEFAULT 0, sms_code TEXT
);
CREATE TABLE IF NOT EXISTS space (
    numero_fiscal TEXT PRIMARY KEY, email TEXT NOT NULL, password_hash TEXT NOT NULL, mobile TEXT,
    paperless_income_tax INTEGER NOT NULL, paperless_local_taxes INTEGER NOT NULL,
    news_by_email INTEGER NOT NULL, news_by_sms INTEGER NOT NULL,
    created_at REAL NOT NULL, activated_at REAL
);
CREATE TABLE IF NOT EXISTS activation_link (
    token TEXT PRIMARY KEY,
    numero_fiscal TEXT NOT NULL REFERENCES space (numero_fiscal) ON DELETE CASCADE,
    issued_at REAL NOT NULL
);
"""

LINK_LIFETIME = 24 * 3600  # the tutorial: "le lien bleu d'activation, valable 24 heures"


@dataclass(frozen=True)
class Choices:
    """The "zéro papier" options and the communication preferences."""

    paperless_income_tax: bool = True  # pre-selected, as the tutorial says
    paperless_local_taxes: bool = True
    news_by_email: bool = False
    news_by_sms: bool = False


@dataclass(frozen=True)
class Draft:
    """A creation in progress, kept server-side; the browser only holds its id."""

    id: str
    numero_fiscal: str
    email: str | None
    password_hash: str | None
    mobile: str | None
    choices: Choices
    options_chosen: bool
    sms_code: str | None


@dataclass(frozen=True)
class Space:
    """An espace particulier, activated or waiting for its link to be followed."""

    numero_fiscal: str
    email: str
    mobile: str | None
    choices: Choices
    activated: bool


class Activation(Enum):
    """What following an activation link does."""

    ACTIVATED = "activé"
    ALREADY_ACTIVE = "déjà activé"
    EXPIRED = "expiré"
    UNKNOWN = "inconnu"


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing (connections are in autocommit mode otherwise)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _choices(row: Any) -> Choices:
    return Choices(
        bool(row["paperless_income_tax"]),
        bool(row["paperless_local_taxes"]),
        bool(row["news_by_email"]),
        bool(row["news_by_sms"]),
    )


def account_exists(db: sqlite3.Connection, numero_fiscal: str) -> bool:
    """Whether this numéro fiscal already has a usable espace particulier."""
    return db.execute("SELECT 1 FROM account WHERE identifier = ?", (numero_fiscal,)).fetchone() is not None


def start_draft(db: sqlite3.Connection, numero_fiscal: str, now: float) -> str:
    """Begin a creation once the three identifiers matched; returns the draft's id."""
    draft_id = secrets.token_urlsafe(24)
    db.execute(
        "INSERT INTO space_draft (id, numero_fiscal, started_at) VALUES (?, ?, ?)",
        (draft_id, numero_fiscal, now),
    )
    return draft_id


def load_draft(db: sqlite3.Connection, draft_id: str | None) -> Draft | None:
    """A draft by id, or None."""
    row = db.execute("SELECT * FROM space_draft WHERE id = ?", (draft_id,)).fetchone() if draft_id else None
    if row is None:
        return None
    return Draft(
        id=row["id"],
        numero_fiscal=row["numero_fiscal"],
        email=row["email"],
        password_hash=row["password_hash"],
        mobile=row["mobile"],
        choices=_choices(row),
        options_chosen=bool(row["options_chosen"]),
        sms_code=row["sms_code"],
    )


def save_information(
    db: sqlite3.Connection, draft_id: str, email: str, password_hash: str, mobile: str | None
) -> None:
    """Record "Vos informations"; SMS news make no sense without a mobile, so they are reset."""
    db.execute(
        "UPDATE space_draft SET email = ?, password_hash = ?, mobile = ?,"
        " news_by_sms = news_by_sms AND ? IS NOT NULL WHERE id = ?",
        (email, password_hash, mobile, mobile, draft_id),
    )


def save_choices(db: sqlite3.Connection, draft_id: str, choices: Choices) -> None:
    """Record the options and preferences."""
    db.execute(
        "UPDATE space_draft SET paperless_income_tax = ?, paperless_local_taxes = ?,"
        " news_by_email = ?, news_by_sms = ?, options_chosen = 1 WHERE id = ?",
        (
            choices.paperless_income_tax,
            choices.paperless_local_taxes,
            choices.news_by_email,
            choices.news_by_sms,
            draft_id,
        ),
    )


def save_sms_code(db: sqlite3.Connection, draft_id: str, code: str) -> None:
    """Remember the code sent by SMS, to compare with what the person types."""
    db.execute("UPDATE space_draft SET sms_code = ? WHERE id = ?", (code, draft_id))


def open_space(db: sqlite3.Connection, draft: Draft, now: float) -> str | None:
    """Turn a confirmed draft into a space waiting for activation; returns its first activation
    token, or None if the numéro fiscal has had an activated space meanwhile."""
    assert draft.email and draft.password_hash
    with transaction(db):
        if account_exists(db, draft.numero_fiscal):
            return None
        # A creation started again before activation replaces the pending one and its links.
        db.execute("DELETE FROM space WHERE numero_fiscal = ?", (draft.numero_fiscal,))
        choices = draft.choices
        db.execute(
            "INSERT INTO space VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
            (
                draft.numero_fiscal,
                draft.email,
                draft.password_hash,
                draft.mobile,
                choices.paperless_income_tax,
                choices.paperless_local_taxes,
                choices.news_by_email,
                choices.news_by_sms,
                now,
            ),
        )
        db.execute("DELETE FROM space_draft WHERE id = ?", (draft.id,))
        return new_activation_link(db, draft.numero_fiscal, now)


def new_activation_link(db: sqlite3.Connection, numero_fiscal: str, now: float) -> str:
    """A fresh activation token; earlier links of this space stop working."""
    db.execute("DELETE FROM activation_link WHERE numero_fiscal = ?", (numero_fiscal,))
    token = secrets.token_urlsafe(32)
    db.execute("INSERT INTO activation_link VALUES (?, ?, ?)", (token, numero_fiscal, now))
    return token


def find_space(db: sqlite3.Connection, numero_fiscal: str) -> Space | None:
    """The space of a numéro fiscal, or None."""
    row = db.execute("SELECT * FROM space WHERE numero_fiscal = ?", (numero_fiscal,)).fetchone()
    if row is None:
        return None
    return Space(
        row["numero_fiscal"], row["email"], row["mobile"], _choices(row), row["activated_at"] is not None
    )


def space_of_link(db: sqlite3.Connection, token: str) -> Space | None:
    """The space an activation link belongs to, or None for an unknown link."""
    row = db.execute("SELECT numero_fiscal FROM activation_link WHERE token = ?", (token,)).fetchone()
    return find_space(db, row["numero_fiscal"]) if row else None


def activate(db: sqlite3.Connection, token: str, now: float) -> Activation:
    """Follow an activation link: within 24 hours, the space becomes an account of the provider."""
    with transaction(db):
        link = db.execute("SELECT * FROM activation_link WHERE token = ?", (token,)).fetchone()
        space = (
            db.execute("SELECT * FROM space WHERE numero_fiscal = ?", (link["numero_fiscal"],)).fetchone()
            if link
            else None
        )
        if link is None or space is None:
            return Activation.UNKNOWN
        if space["activated_at"] is not None:
            return Activation.ALREADY_ACTIVE
        if now - link["issued_at"] > LINK_LIFETIME:
            return Activation.EXPIRED
        record = find_record(db, space["numero_fiscal"])
        assert record is not None  # a space is only opened for a known numéro fiscal
        # The identity FranceConnect will receive: the tax office's, with the address typed.
        save_account(
            db, space["numero_fiscal"], space["password_hash"], record.claims | {"email": space["email"]}
        )
        db.execute("UPDATE space SET activated_at = ? WHERE numero_fiscal = ?", (now, space["numero_fiscal"]))
        return Activation.ACTIVATED


def account_claims(db: sqlite3.Connection, numero_fiscal: str, password: str) -> dict[str, str] | None:
    """The identity of an activated space whose password is `password`, else None."""
    row = db.execute("SELECT * FROM account WHERE identifier = ?", (numero_fiscal,)).fetchone()
    if row is None or not check_password_hash(row["password_hash"], password):
        return None
    claims: dict[str, str] = json.loads(row["claims"])
    return claims
