"""Messagerie: a webmail where a person reads the mails the sites sent over SMTP."""

from __future__ import annotations

from flask import Flask

from ..catalogue import Role, SiteEntry
from ..common.headers import STRICT_POLICY
from ..common.site import SiteConfig, new_site_app
from ..common.storage import init_storage
from .mailbox import SCHEMA
from .views import bp

SITE = SiteEntry(
    name="messagerie", module=__name__, role=Role.MAIL, title="Messagerie", phrases=("la messagerie",)
)


def create_app(config: SiteConfig) -> Flask:
    """The webmail site."""
    app = new_site_app(__name__, config, SITE.title, STRICT_POLICY)
    init_storage(app, SCHEMA)
    app.register_blueprint(bp)
    return app
