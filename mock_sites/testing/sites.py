"""Where the testing API finds a site of the run: its database file."""

from __future__ import annotations

from ..runner import RunningSites


def database_of(sites: RunningSites, name: str) -> str:
    """The SQLite file of site `name` in this run (read and written only by mock_sites code)."""
    database: str = sites.app(name).config["DATABASE"]
    return database
