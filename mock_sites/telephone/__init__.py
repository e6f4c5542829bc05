"""Téléphone: the phone where a person reads the SMS the sites send them (a page per number)."""

from __future__ import annotations

from flask import Flask

from ..common.site import SiteConfig, new_site_app
from ..common.storage import init_storage
from .inbox import SCHEMA
from .views import bp


def create_app(config: SiteConfig) -> Flask:
    """The phone site."""
    app = new_site_app(__name__, config, "Mon téléphone")
    init_storage(app, SCHEMA)
    app.register_blueprint(bp)
    return app
