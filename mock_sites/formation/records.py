"""The trainer's list of the class in the formation site's database: who each learner is."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE IF NOT EXISTS learner (
    number INTEGER PRIMARY KEY, full_name TEXT NOT NULL, email TEXT NOT NULL,
    numero_fiscal TEXT NOT NULL, identity_id TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class LearnerRecord:
    """What the trainer's page needs to follow a learner at the other sites."""

    number: int
    full_name: str
    email: str
    numero_fiscal: str
    identity_id: str  # FranceConnect's id of the person (its "identité pivot")


def save_learner(db: sqlite3.Connection, record: LearnerRecord) -> None:
    """Record (or replace) a learner of the class."""
    db.execute(
        "INSERT OR REPLACE INTO learner VALUES (?, ?, ?, ?, ?)",
        (record.number, record.full_name, record.email, record.numero_fiscal, record.identity_id),
    )


def learners(db: sqlite3.Connection) -> list[LearnerRecord]:
    """The class, learner 1 first."""
    rows = db.execute("SELECT * FROM learner ORDER BY number").fetchall()
    return [LearnerRecord(*row) for row in rows]
