"""The online income-tax return of 2021 (revenus 2020) in the espace particulier, and its rubrics."""

from __future__ import annotations

from contextlib import closing

from flask import Flask

from ...common.storage import connect
from .foyer import SCHEMA as ADDRESS_SCHEMA
from .records import SCHEMA
from .rubriques import SCHEMA as RUBRICS_SCHEMA
from .rubriques import bp as rubriques_bp
from .views import bp as declaration_bp


def install_declaration(app: Flask) -> None:
    """Add the return, its calendar and the espace's rubrics (after the tax office's records)."""
    with closing(connect(app.config["DATABASE"])) as db:
        db.executescript(ADDRESS_SCHEMA + SCHEMA + RUBRICS_SCHEMA)
    app.register_blueprint(declaration_bp)
    app.register_blueprint(rubriques_bp)
