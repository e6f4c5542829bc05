"""The trainer's list of the class in the formation site's database: who each learner is."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE IF NOT EXISTS learner (
    number INTEGER PRIMARY KEY, full_name TEXT NOT NULL, email TEXT NOT NULL,
    numero_fiscal TEXT NOT NULL, identity_id TEXT NOT NULL, phone TEXT NOT NULL, secret TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS trainer (code TEXT NOT NULL);
"""


@dataclass(frozen=True)
class LearnerRecord:
    """What the trainer's page needs to follow a learner at the other sites."""

    number: int
    full_name: str
    email: str
    numero_fiscal: str
    identity_id: str  # FranceConnect's id of the person (its "identité pivot")
    phone: str  # the 10 digits of the learner's mobile, as the phone site keys it
    secret: str  # the secret of the sheet that opens their mailbox and phone


def save_learner(db: sqlite3.Connection, record: LearnerRecord) -> None:
    """Record (or replace) a learner of the class."""
    db.execute(
        "INSERT OR REPLACE INTO learner VALUES (?, ?, ?, ?, ?, ?, ?)",
        dataclasses.astuple(record),
    )


def save_trainer_code(db: sqlite3.Connection, code: str) -> None:
    """Record the code of the trainer's page (one per run)."""
    db.execute("DELETE FROM trainer")
    db.execute("INSERT INTO trainer VALUES (?)", (code,))


def learners(db: sqlite3.Connection) -> list[LearnerRecord]:
    """The class, learner 1 first."""
    rows = db.execute("SELECT * FROM learner ORDER BY number").fetchall()
    return [LearnerRecord(*row) for row in rows]
