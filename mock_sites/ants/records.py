"""What the ANTS site stores: each person's démarches (started, saved, finished) and their files."""

from __future__ import annotations

import json
import secrets
import sqlite3
from dataclasses import dataclass, field

from .uploads import Received

SCHEMA = """
CREATE TABLE IF NOT EXISTS demarche (
    id INTEGER PRIMARY KEY, sub TEXT NOT NULL, kind TEXT NOT NULL,
    status TEXT NOT NULL,  -- 'commencee', 'enregistree' or 'terminee'
    step TEXT NOT NULL, fields TEXT NOT NULL DEFAULT '{}', photo_code TEXT, number TEXT UNIQUE,
    started REAL NOT NULL, saved REAL, finished REAL
);
CREATE TABLE IF NOT EXISTS piece (
    demarche_id INTEGER NOT NULL REFERENCES demarche(id), document TEXT NOT NULL,
    filename TEXT NOT NULL, type TEXT NOT NULL, media_type TEXT NOT NULL, content BLOB NOT NULL,
    PRIMARY KEY (demarche_id, document)
);
"""
STARTED, SAVED, FINISHED = "commencee", "enregistree", "terminee"
NUMBER_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: read aloud at the mairie
NUMBER_LENGTH = 10


@dataclass
class Record:
    """One démarche of one person."""

    id: int
    sub: str
    kind: str
    status: str
    step: str
    fields: dict[str, str]
    photo_code: str | None
    number: str | None
    started: float
    saved: float | None
    pieces: dict[str, Received] = field(default_factory=dict)


def _record(db: sqlite3.Connection, row: sqlite3.Row) -> Record:
    pieces = {
        piece["document"]: Received(piece["filename"], piece["type"], piece["media_type"], piece["size"])
        for piece in db.execute(
            "SELECT document, filename, type, media_type, length(content) AS size FROM piece"
            " WHERE demarche_id = ? ORDER BY rowid",
            (row["id"],),
        )
    }
    return Record(
        row["id"], row["sub"], row["kind"], row["status"], row["step"], json.loads(row["fields"]),
        row["photo_code"], row["number"], row["started"], row["saved"], pieces,
    )  # fmt: skip


def start(db: sqlite3.Connection, sub: str, kind: str, first_step: str, now: float) -> int:
    """A new démarche, at its first step: the trace the site keeps even if it is never saved."""
    cursor = db.execute(
        "INSERT INTO demarche (sub, kind, status, step, started) VALUES (?, ?, ?, ?, ?)",
        (sub, kind, STARTED, first_step, now),
    )
    return int(cursor.lastrowid or 0)


def find(db: sqlite3.Connection, sub: str, demarche_id: int) -> Record | None:
    """This person's démarche with this id."""
    row = db.execute("SELECT * FROM demarche WHERE id = ? AND sub = ?", (demarche_id, sub)).fetchone()
    return None if row is None else _record(db, row)


def in_progress(db: sqlite3.Connection, sub: str, kind: str | None = None) -> list[Record]:
    """This person's démarches not finished yet (of one kind, if given), oldest first."""
    rows = db.execute(
        "SELECT * FROM demarche WHERE sub = ? AND status != ? AND (? IS NULL OR kind = ?) ORDER BY id",
        (sub, FINISHED, kind, kind),
    ).fetchall()
    return [_record(db, row) for row in rows]


def finished(db: sqlite3.Connection, sub: str) -> list[Record]:
    """This person's finished démarches, newest first."""
    rows = db.execute(
        "SELECT * FROM demarche WHERE sub = ? AND status = ? ORDER BY id DESC", (sub, FINISHED)
    ).fetchall()
    return [_record(db, row) for row in rows]


def update(db: sqlite3.Connection, demarche_id: int, **values: object) -> None:
    """Change some columns of a démarche (fields is given as a dict)."""
    if isinstance(values.get("fields"), dict):
        values["fields"] = json.dumps(values["fields"])
    columns = ", ".join(f"{name} = ?" for name in values)  # names come from our code, never a form
    db.execute(f"UPDATE demarche SET {columns} WHERE id = ?", (*values.values(), demarche_id))


def keep_piece(
    db: sqlite3.Connection, demarche_id: int, document: str, received: Received, content: bytes
) -> None:
    """Store a file joined as `document`, replacing an earlier one."""
    db.execute(
        "INSERT OR REPLACE INTO piece (demarche_id, document, filename, type, media_type, content)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (demarche_id, document, received.filename, received.type, received.media_type, content),
    )


def piece_content(db: sqlite3.Connection, demarche_id: int, document: str) -> tuple[str, bytes] | None:
    """The media type and bytes of a joined file."""
    row = db.execute(
        "SELECT media_type, content FROM piece WHERE demarche_id = ? AND document = ?",
        (demarche_id, document),
    ).fetchone()
    return None if row is None else (row["media_type"], bytes(row["content"]))


def new_number(db: sqlite3.Connection) -> str:
    """A number no other démarche has."""
    while True:
        number = "".join(secrets.choice(NUMBER_ALPHABET) for _ in range(NUMBER_LENGTH))
        if db.execute("SELECT 1 FROM demarche WHERE number = ?", (number,)).fetchone() is None:
            return number
