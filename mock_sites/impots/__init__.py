"""impots.gouv.fr: an identity provider for FranceConnect (numéro fiscal + mot de passe) and a
service using it ("Votre espace particulier")."""

from __future__ import annotations

from flask import Flask, render_template

from ..common.identity_provider import ACCOUNT_SCHEMA, install_identity_provider
from ..common.oidc.provider import SCHEMA as OIDC_SCHEMA
from ..common.service_provider import SCHEMA as SERVICE_SCHEMA
from ..common.service_provider import install_service_provider
from ..common.site import SiteConfig, new_site_app
from ..common.storage import init_storage
from ..federation import identity_provider, service
from .creation import install_creation
from .declaration import install_declaration
from .identity import LOGIN_FORM

__all__ = ["LOGIN_FORM", "create_app"]


def create_app(config: SiteConfig) -> Flask:
    """The impots.gouv.fr site."""
    app = new_site_app(__name__, config, "impots.gouv.fr")
    init_storage(app, ACCOUNT_SCHEMA + OIDC_SCHEMA + SERVICE_SCHEMA)
    install_identity_provider(app, config, identity_provider("impots"), LOGIN_FORM)
    install_service_provider(app, config, service("impots"), home_path="/espace-particulier")
    install_creation(app)
    install_declaration(app)

    @app.get("/")
    def portail() -> str:
        return render_template("impots/portail.html")

    return app
