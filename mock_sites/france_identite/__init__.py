"""France Identité: the app (a mobile web app) where a person asks for the certification of their
account, and an identity provider of FranceConnect and FranceConnect+ (see provider.py)."""

from __future__ import annotations

from flask import Flask

from ..catalogue import Role, SiteEntry
from ..common.oidc.models import SCHEMA as OIDC_SCHEMA
from ..common.site import SiteConfig, new_site_app
from ..common.storage import init_storage
from ..federation.identity_provider import install_identity_provider
from . import api, certification, views
from .provider import IDENTITY_PROVIDER
from .records import SCHEMA

SITE = SiteEntry(
    name="france_identite",
    module=__name__,
    role=Role.APP,
    title="France Identité",
    phrases=("l'application France Identité",),
    identity_provider=IDENTITY_PROVIDER,
)


def create_app(config: SiteConfig) -> Flask:
    """The France Identité app, and its login for FranceConnect."""
    app = new_site_app(__name__, config, SITE.title)
    init_storage(app, SCHEMA + OIDC_SCHEMA)
    for module in (views, certification, api):
        app.register_blueprint(module.bp)
    install_identity_provider(app, config, IDENTITY_PROVIDER)
    return app
