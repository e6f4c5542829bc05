"""Téléphone: the phone where a person reads the SMS the sites send them (a page per number)."""

from __future__ import annotations

from flask import Flask

from ..catalogue import Role, SiteEntry
from ..common.site import SiteConfig, new_site_app
from ..common.storage import init_storage
from .inbox import SCHEMA
from .views import bp

SITE = SiteEntry(
    name="telephone", module=__name__, role=Role.PHONE, title="Mon téléphone", phrases=("le téléphone",)
)


def create_app(config: SiteConfig) -> Flask:
    """The phone site."""
    app = new_site_app(__name__, config, SITE.title)
    init_storage(app, SCHEMA)
    app.register_blueprint(bp)
    return app
