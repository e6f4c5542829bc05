"""ANTS (Agence nationale des titres sécurisés), a service using FranceConnect: "Mon Compte", then
the three spaces Conducteur, Identité and Véhicule (their démarches come later)."""

from __future__ import annotations

from flask import Blueprint, Flask, render_template

from ..catalogue import Role, SiteEntry
from ..common.site import SiteConfig, new_site_app
from ..common.storage import init_storage
from ..federation.roles import Service
from ..federation.service_provider import SCHEMA as SERVICE_SCHEMA
from ..federation.service_provider import install_service_provider

SERVICE = Service(display_name="ants.gouv.fr", home_path="/mon-compte", path_to_franceconnect=("Mon Compte",))
SITE = SiteEntry(name="ants", module=__name__, role=Role.SERVICE, title="ANTS", service=SERVICE)

# The tutorial's three spaces: title and what each is for.
SPACES: tuple[tuple[str, str], ...] = (
    ("Mon espace Conducteur", "demande de permis de conduire"),
    ("Mon espace Identité", "pré-demande de passeport ou de carte nationale d'identité"),
    ("Mon espace Véhicule", "immatriculation de son véhicule"),
)
bp = Blueprint("ants", __name__)


def create_app(config: SiteConfig) -> Flask:
    """The ANTS site: a home page, "Mon Compte" (the FranceConnect login) and the personal space."""
    app = new_site_app(__name__, config, SITE.title)
    init_storage(app, SERVICE_SCHEMA)
    install_service_provider(app, config, SERVICE)
    app.jinja_env.globals["ants_spaces"] = SPACES
    app.register_blueprint(bp)
    return app


@bp.get("/")
def portail() -> str:
    """The ANTS home page, with its "Mon Compte" link."""
    return render_template("ants/portail.html")
