"""The identities FranceConnect has seen, keyed by their "identité pivot"."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any

from ..common.storage import get_db

SCHEMA = """
CREATE TABLE IF NOT EXISTS identity (
    id TEXT PRIMARY KEY, claims TEXT NOT NULL, idp TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS login (
    identity_id TEXT NOT NULL, idp TEXT NOT NULL, service TEXT NOT NULL, at REAL NOT NULL
);
"""
PIVOT_CLAIMS = ("given_name", "family_name", "birthdate", "gender", "birthplace", "birthcountry")
MANDATORY_CLAIMS = ("given_name", "family_name", "birthdate", "gender", "birthcountry", "email")


def missing_claims(claims: dict[str, Any]) -> list[str]:
    """Mandatory claims a provider left out (birthplace is mandatory for people born in France)."""
    missing = [name for name in MANDATORY_CLAIMS if not claims.get(name)]
    if claims.get("birthcountry") == "99100" and not claims.get("birthplace"):
        missing.append("birthplace")
    return missing


def pivot_id(claims: dict[str, Any]) -> str:
    """Same person, same id, whichever provider vouched for them."""
    pivot = "\n".join(str(claims.get(name, "")) for name in PIVOT_CLAIMS)
    return hashlib.sha256(pivot.encode()).hexdigest()


def remember(claims: dict[str, Any], idp: str) -> str:
    """Store the identity a provider returned; returns its id."""
    identity_id = pivot_id(claims)
    kept = {k: v for k, v in claims.items() if k not in ("sub", "iss", "aud", "exp", "iat")}
    get_db().execute("INSERT OR REPLACE INTO identity VALUES (?, ?, ?)", (identity_id, json.dumps(kept), idp))
    return identity_id


def load(identity_id: str) -> dict[str, Any]:
    """The claims of a known identity."""
    row = get_db().execute("SELECT claims FROM identity WHERE id = ?", (identity_id,)).fetchone()
    claims: dict[str, Any] = json.loads(row["claims"])
    return claims


def pairwise_sub(identity_id: str, sector: str) -> str:
    """A `sub` that differs from one service to the next for the same person."""
    return hashlib.sha256(f"{sector}:{identity_id}".encode()).hexdigest() + "v1"


def record_login(identity_id: str, idp: str, service: str, at: float) -> None:
    """Keep each login to a service (the trainer's page counts a learner's logins)."""
    get_db().execute("INSERT INTO login VALUES (?, ?, ?, ?)", (identity_id, idp, service, at))


def logins_of(db: sqlite3.Connection, identity_id: str) -> list[tuple[str, str]]:
    """The (account, service) of each login of an identity, oldest first."""
    rows = db.execute(
        "SELECT idp, service FROM login WHERE identity_id = ? ORDER BY at, rowid", (identity_id,)
    )
    return [(row[0], row[1]) for row in rows]
