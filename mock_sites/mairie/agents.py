"""The agents of each mairie: their own accounts (not FranceConnect), generated from the run's seed."""

from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import dataclass

from werkzeug.security import check_password_hash, generate_password_hash

from ..common.identities import seeded_rng
from ..federation.accounts import TEST_ACCOUNT_HASH
from .communes import MAIRIES

SCHEMA = """
CREATE TABLE IF NOT EXISTS agent (
    login TEXT PRIMARY KEY, password_hash TEXT NOT NULL, commune TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS verification (
    id INTEGER PRIMARY KEY AUTOINCREMENT, request_id TEXT NOT NULL, agent TEXT NOT NULL,
    decision TEXT NOT NULL, reason TEXT, decided_at REAL NOT NULL
);
"""


@dataclass(frozen=True)
class Agent:
    """An agent's login, password and mairie."""

    login: str
    password: str
    commune: str


def agent_of(seed: str, commune: str) -> Agent:
    """The agent of a mairie, the same for the same seed."""
    plain = unicodedata.normalize("NFKD", commune).encode("ascii", "ignore").decode().lower()
    rng = seeded_rng(seed, f"agent:{commune}")
    return Agent(f"agent.{plain}", f"Mairie-{rng.randint(0, 99_999):05d}", commune)


def enrol_agents(db: sqlite3.Connection, seed: str) -> None:
    """One agent per mairie."""
    for commune in MAIRIES:
        agent = agent_of(seed, commune)
        db.execute(
            "INSERT OR REPLACE INTO agent (login, password_hash, commune) VALUES (?, ?, ?)",
            (agent.login, generate_password_hash(agent.password, TEST_ACCOUNT_HASH), commune),
        )


def authenticate(db: sqlite3.Connection, login: str, password: str) -> str | None:
    """The agent's commune when the login and password match."""
    row = db.execute("SELECT * FROM agent WHERE login = ?", (login.strip().lower(),)).fetchone()
    if row is None or not check_password_hash(row["password_hash"], password):
        return None
    return str(row["commune"])
