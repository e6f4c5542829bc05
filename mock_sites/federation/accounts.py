"""An identity provider's accounts: one row per account, its secrets hashed, its behaviour stored."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from werkzeug.security import check_password_hash, generate_password_hash

from ..common.identities import Person
from ..common.storage import connect, get_db
from .behaviours import Behaviour
from .roles import LoginForm

ACCOUNT_SCHEMA = """
CREATE TABLE IF NOT EXISTS account (
    identifier TEXT PRIMARY KEY, password_hash TEXT NOT NULL, claims TEXT NOT NULL,
    confirmation_hash TEXT, behaviour TEXT NOT NULL DEFAULT ''
);
"""

# Generated test people only: scrypt's deliberate slowness (0.2 s a hash, again at each login)
# protects nothing in a mock and would cost seconds per journey.
TEST_ACCOUNT_HASH = "pbkdf2:sha256:1000"


def save_account(
    db: sqlite3.Connection,
    identifier: str,
    password_hash: str,
    claims: dict[str, str],
    *,
    confirmation_hash: str | None = None,
    behaviour: Behaviour = Behaviour.NORMAL,
) -> None:
    """Create (or replace) one account: for generated people, or when a person opens their own."""
    db.execute(
        "INSERT OR REPLACE INTO account (identifier, password_hash, claims, confirmation_hash, behaviour)"
        " VALUES (?, ?, ?, ?, ?)",
        (identifier, password_hash, json.dumps(claims), confirmation_hash, behaviour.value),
    )


def enrol(database: str, form: LoginForm, person: Person, behaviour: Behaviour = Behaviour.NORMAL) -> str:
    """Create (or replace) the account of `person` at this provider (misbehaving as `behaviour`
    says); returns its identifier."""
    identifier = form.identifier_of(person)
    step = form.confirmation
    confirmation = generate_password_hash(step.code_of(person), TEST_ACCOUNT_HASH) if step else None
    with connect(database) as db:
        save_account(
            db,
            identifier,
            generate_password_hash(person.password, TEST_ACCOUNT_HASH),
            person.claims(),
            confirmation_hash=confirmation,
            behaviour=behaviour,
        )
    return identifier


def find_account(identifier: str, secret: str) -> str | None:
    """The account of the current site with this identifier and secret, if any."""
    row = get_db().execute("SELECT * FROM account WHERE identifier = ?", (identifier,)).fetchone()
    if row is None or not check_password_hash(row["password_hash"], secret):
        return None
    return str(row["identifier"])


def confirms(identifier: str, code: str) -> bool:
    """Whether `code` is the confirmation code of this account."""
    row = (
        get_db()
        .execute("SELECT confirmation_hash FROM account WHERE identifier = ?", (identifier,))
        .fetchone()
    )
    return bool(row and row["confirmation_hash"] and check_password_hash(row["confirmation_hash"], code))


def account_claims(identifier: str) -> dict[str, Any]:
    """The identity claims stored with an account of the current site."""
    row = get_db().execute("SELECT claims FROM account WHERE identifier = ?", (identifier,)).fetchone()
    claims: dict[str, Any] = json.loads(row["claims"])
    return claims


def account_behaviour(identifier: str) -> Behaviour:
    """The behaviour of an account of the current site."""
    row = get_db().execute("SELECT behaviour FROM account WHERE identifier = ?", (identifier,)).fetchone()
    return Behaviour(row["behaviour"]) if row else Behaviour.NORMAL
