"""France Identité: the app (a mobile web app) where a person asks for the certification of their account."""

from __future__ import annotations

from flask import Flask

from ..catalogue import Role, SiteEntry
from ..common.site import SiteConfig, new_site_app
from ..common.storage import init_storage
from . import api, certification, views
from .records import SCHEMA

SITE = SiteEntry(
    name="france_identite",
    module=__name__,
    role=Role.APP,
    title="France Identité",
    phrases=("l'application France Identité",),
)


def create_app(config: SiteConfig) -> Flask:
    """The France Identité app."""
    app = new_site_app(__name__, config, SITE.title)
    init_storage(app, SCHEMA)
    for module in (views, certification, api):
        app.register_blueprint(module.bp)
    return app
