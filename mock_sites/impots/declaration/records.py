"""What the tax office stores of a return: saved at each step, signed with an accusé de réception."""

from __future__ import annotations

import json
import secrets
import sqlite3
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE IF NOT EXISTS declaration (
    foyer_id INTEGER PRIMARY KEY REFERENCES foyer (id), step INTEGER NOT NULL, data TEXT NOT NULL,
    updated_at REAL NOT NULL, signed_at REAL, receipt TEXT, correcting INTEGER NOT NULL DEFAULT 0
);
"""


@dataclass(frozen=True)
class Return:
    """A return in progress or signed; `step` is where the person left it."""

    foyer_id: int
    step: int
    values: dict[str, str]
    signed_at: float | None
    receipt: str | None
    correcting: bool

    @property
    def signed(self) -> bool:
        """Signed at least once (a correction in progress keeps the signed return valid)."""
        return self.signed_at is not None


def load(db: sqlite3.Connection, foyer_id: int) -> Return | None:
    """The foyer's return, or None if it was never started."""
    row = db.execute("SELECT * FROM declaration WHERE foyer_id = ?", (foyer_id,)).fetchone()
    if row is None:
        return None
    return Return(
        foyer_id=row["foyer_id"],
        step=row["step"],
        values=json.loads(row["data"]),
        signed_at=row["signed_at"],
        receipt=row["receipt"],
        correcting=bool(row["correcting"]),
    )


def start(db: sqlite3.Connection, foyer_id: int, values: dict[str, str], now: float) -> None:
    """« Commencer »: a return at step 1, pre-filled."""
    db.execute(
        "INSERT INTO declaration (foyer_id, step, data, updated_at) VALUES (?, 1, ?, ?)"
        " ON CONFLICT(foyer_id) DO NOTHING",
        (foyer_id, json.dumps(values), now),
    )


def save(db: sqlite3.Connection, foyer_id: int, values: dict[str, str], next_step: int, now: float) -> None:
    """Keep what was typed and where to resume."""
    db.execute(
        "UPDATE declaration SET data = ?, step = ?, updated_at = ? WHERE foyer_id = ?",
        (json.dumps(values), next_step, now, foyer_id),
    )


def new_receipt_number() -> str:
    """An accusé de réception number: the year and 12 random digits, in groups."""
    digits = f"{secrets.randbelow(10**12):012d}"
    return f"2021-{digits[:4]}-{digits[4:8]}-{digits[8:]}"


def sign(db: sqlite3.Connection, foyer_id: int, now: float) -> str:
    """« Signer »: the return is filed; returns the number of its accusé de réception."""
    receipt = new_receipt_number()
    db.execute(
        "UPDATE declaration SET step = 5, signed_at = ?, receipt = ?, correcting = 0, updated_at = ?"
        " WHERE foyer_id = ?",
        (now, receipt, now, foyer_id),
    )
    return receipt


def start_correction(db: sqlite3.Connection, foyer_id: int, now: float) -> None:
    """« Corriger ma déclaration en ligne »: back to step 2; the signed return stays filed meanwhile."""
    db.execute(
        "UPDATE declaration SET step = 2, correcting = 1, updated_at = ? WHERE foyer_id = ?", (now, foyer_id)
    )
