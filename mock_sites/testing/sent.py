"""Every mail and SMS the sites of a run sent: what the inventory of the run records."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from ..runner import RunningSites
from .sites import database_of


def sent_mails(sites: RunningSites) -> list[tuple[str, str, str]]:
    """(sender, subject, text) of each mail the webmail received, oldest first."""
    with closing(sqlite3.connect(database_of(sites, "messagerie"))) as db:
        try:
            rows = db.execute("SELECT sender, subject, text_body FROM mail ORDER BY id").fetchall()
        except sqlite3.OperationalError:  # no mail was ever sent: the table is made on first use
            return []
    return [(str(sender), str(subject), str(text)) for sender, subject, text in rows]


def sent_sms(sites: RunningSites) -> list[tuple[str, str]]:
    """(sender, text) of each SMS the phone received, oldest first."""
    with closing(sqlite3.connect(database_of(sites, "telephone"))) as db:
        try:
            rows = db.execute("SELECT sender, text FROM sms ORDER BY id").fetchall()
        except sqlite3.OperationalError:
            return []
    return [(str(sender), str(text)) for sender, text in rows]
