"""Creating one's espace particulier as the tutorial teaches, and logging into it with its password."""

from __future__ import annotations

from contextlib import closing

from flask import Flask

from ...common.storage import connect
from ..foyers import SCHEMA as TAX_OFFICE_SCHEMA
from .connexion import bp as connexion_bp
from .records import SCHEMA
from .views import bp as creation_bp


def install_creation(app: Flask) -> None:
    """Add the tax office's records, the creation pages and the password login to the impots site."""
    with closing(connect(app.config["DATABASE"])) as db:
        db.executescript(TAX_OFFICE_SCHEMA + SCHEMA)
    app.register_blueprint(creation_bp)
    app.register_blueprint(connexion_bp)
