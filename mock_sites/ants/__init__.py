"""ANTS (Agence nationale des titres sécurisés), a service using FranceConnect: "Mon Compte", then
the three spaces Conducteur, Identité and Véhicule (their démarches come later)."""

from __future__ import annotations

from flask import Flask, render_template

from ..common.service_provider import SCHEMA as SERVICE_SCHEMA
from ..common.service_provider import install_service_provider
from ..common.site import SiteConfig, new_site_app
from ..common.storage import init_storage
from ..federation import service

# The tutorial's three spaces: title and what each is for.
SPACES: tuple[tuple[str, str], ...] = (
    ("Mon espace Conducteur", "demande de permis de conduire"),
    ("Mon espace Identité", "pré-demande de passeport ou de carte nationale d'identité"),
    ("Mon espace Véhicule", "immatriculation de son véhicule"),
)


def create_app(config: SiteConfig) -> Flask:
    """The ANTS site: a home page, "Mon Compte" (the FranceConnect login) and the personal space."""
    app = new_site_app(__name__, config, "ANTS")
    init_storage(app, SERVICE_SCHEMA)
    install_service_provider(app, config, service("ants"), home_path="/mon-compte")
    app.jinja_env.globals["ants_spaces"] = SPACES

    @app.get("/")
    def portail() -> str:
        return render_template("ants/portail.html")

    return app
