"""SQLite storage: one database file per site and per run, one connection per request."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from flask import Flask, current_app, g


def connect(path: str | Path) -> sqlite3.Connection:
    """Open a database with rows addressable by column name."""
    connection = sqlite3.connect(path, timeout=10, isolation_level=None)
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA journal_mode=WAL")
    # A run's databases are thrown away with it: no commit need wait for the disk (fsync), which
    # a loaded CI machine makes slow. Transactions, constraints and isolation stay SQLite's own.
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA foreign_keys=ON")
    return connection


def get_db() -> sqlite3.Connection:
    """The request's connection to the current site's database."""
    if "db" not in g:
        g.db = connect(current_app.config["DATABASE"])
    return g.db


def _close_db(_error: BaseException | None = None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_storage(app: Flask, schema: str) -> None:
    """Create the site's tables and close the request connection after each request."""
    with connect(app.config["DATABASE"]) as db:
        db.executescript(schema)
    app.teardown_appcontext(_close_db)
