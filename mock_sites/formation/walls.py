"""The walls of a class sandbox: each learner's box and phone open with the secret of their own
sheet, the trainer's page with the code `serve --formation` prints."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import logging
import secrets
import sqlite3
from contextlib import closing

from ..common.site import SiteConfig
from ..common.storage import connect

FORMATION = "formation"
# Letters and digits nobody misreads on a printed sheet (no 0/O, 1/I/L).
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
SECRET_LENGTH = 8
log = logging.getLogger("mock_sites.formation")


def learner_secret(seed: str, number: int) -> str:
    """The secret printed on learner `number`'s sheet: the same for the same seed (sheets are written
    before `serve` starts), another for each learner."""
    digest = hmac.new(seed.encode(), f"apprenant-{number}".encode(), hashlib.sha256).digest()
    letters = "".join(ALPHABET[byte % len(ALPHABET)] for byte in digest[:SECRET_LENGTH])
    return f"{letters[:4]}-{letters[4:]}"


def new_trainer_code() -> str:
    """A random code for the trainer's page (printed by `serve --formation` only, never on a sheet)."""
    letters = "".join(secrets.choice(ALPHABET) for _ in range(SECRET_LENGTH))
    return f"{letters[:4]}-{letters[4:]}"


def same_secret(typed: str, expected: str) -> bool:
    """Whether the typed secret is the expected one (case and spaces forgiven, constant time)."""
    cleaned = typed.strip().upper().replace(" ", "")
    return hmac.compare_digest(cleaned.encode(), expected.encode())


def _class_db(config: SiteConfig) -> sqlite3.Connection | None:
    """The formation site's database of this run, if that site runs."""
    path = dataclasses.replace(config, name=FORMATION).database
    return connect(path) if path.exists() else None


def _query(config: SiteConfig, sql: str, *values: str) -> list[sqlite3.Row]:
    """Rows of the class's tables (none when no class is open or the formation site does not run)."""
    db = _class_db(config)
    if db is None:
        return []
    with closing(db):
        try:
            return db.execute(sql, values).fetchall()
        except sqlite3.OperationalError:  # its tables not created yet
            return []


def class_is_open(config: SiteConfig) -> bool:
    """Whether `serve --formation` opened a class on this run."""
    return bool(_query(config, "SELECT 1 FROM learner LIMIT 1"))


def secret_of_mailbox(config: SiteConfig, address: str) -> str | None:
    """The secret a learner's mailbox needs (None: not a learner's, it opens as any test box)."""
    rows = _query(config, "SELECT secret FROM learner WHERE lower(email) = ?", address.lower())
    return rows[0]["secret"] if rows else None


def secret_of_phone(config: SiteConfig, number: str) -> str | None:
    """The secret a learner's phone needs (None: not a learner's)."""
    rows = _query(config, "SELECT secret FROM learner WHERE phone = ?", number)
    return rows[0]["secret"] if rows else None


def trainer_code(config: SiteConfig) -> str | None:
    """The code of the trainer's page (None: no class open, the page has nothing to hide)."""
    rows = _query(config, "SELECT code FROM trainer LIMIT 1")
    return rows[0]["code"] if rows else None


def log_refusal(site: str, what: str) -> None:
    """Keep a trace of a box opened with a wrong secret (the trainer sees who tries whose box)."""
    log.warning("%s : ouverture refusée de %s (code de fiche absent ou faux)", site, what)
