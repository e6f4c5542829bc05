"""The result of a request reaches the person 24 to 48 hours after the agent's decision."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable

from .records import VALIDATED, Request, certify, get_request, update

HOUR = 3600
EARLIEST, LATEST = 24 * HOUR, 48 * HOUR  # « Dans les 24h-48h »


def result_delay(seed: str, email: str) -> int:
    """Seconds from the decision to the notification, in [24 h, 48 h], fixed by the seed and the person."""
    digest = hashlib.sha256(f"{seed}:resultat:{email}".encode()).digest()
    return EARLIEST + int.from_bytes(digest[:8], "big") % (LATEST - EARLIEST + 1)


def record_decision(
    db: sqlite3.Connection, request: Request, decision: str, reason: str, mairie: str, now: float, seed: str
) -> Request:
    """The agent's decision, and when the person will learn it."""
    update(
        db,
        request.id,
        decision=decision,
        reason=reason,
        mairie=mairie,
        decided_at=now,
        due_at=now + result_delay(seed, request.email),
    )
    decided = get_request(db, request.id)
    assert decided is not None
    return decided


def deliver_due(db: sqlite3.Connection, now: float, notify: Callable[[Request], None]) -> int:
    """Notify every result due by `now` (once each); a validated request certifies its account."""
    rows = db.execute(
        "SELECT * FROM request WHERE due_at IS NOT NULL AND due_at <= ? AND notified_at IS NULL", (now,)
    ).fetchall()
    for row in rows:
        request = Request(**dict(row))
        notify(request)
        update(db, request.id, notified_at=now)
        if request.decision == VALIDATED:
            certify(db, request.email, now)
    return len(rows)
