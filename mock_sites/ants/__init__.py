"""ANTS (Agence nationale des titres sécurisés), a service using FranceConnect: "Mon Compte", the
three spaces Conducteur, Identité and Véhicule, and their démarches (documents to join, code photo,
drafts saved and resumed, récapitulatif)."""

from __future__ import annotations

from flask import Blueprint, Flask, abort, render_template

from ..catalogue import Role, SiteEntry
from ..common.site import SiteConfig, new_site_app
from ..common.storage import init_storage
from ..federation.roles import Service
from ..federation.service_provider import SCHEMA as SERVICE_SCHEMA
from ..federation.service_provider import install_service_provider
from . import demarches, espaces, recapitulatif
from .demarche_kinds import DOCUMENTS_TO_PREPARE, SPACES, shortcuts, space
from .records import SCHEMA
from .uploads import MAX_BYTES

SERVICE = Service(display_name="ants.gouv.fr", home_path="/mon-compte", path_to_franceconnect=("Mon Compte",))
SITE = SiteEntry(name="ants", module=__name__, role=Role.SERVICE, title="ANTS", service=SERVICE)
# Room for every file of one page at its maximum size; beyond, the 413 page says what to do.
MAX_REQUEST_BYTES = 4 * MAX_BYTES + 1024 * 1024
bp = Blueprint("ants", __name__)


def create_app(config: SiteConfig) -> Flask:
    """The ANTS site: home page, "Mon Compte" (the FranceConnect login), spaces and démarches."""
    app = new_site_app(__name__, config, SITE.title)
    app.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES
    init_storage(app, SERVICE_SCHEMA + SCHEMA)
    install_service_provider(app, config, SERVICE)
    app.jinja_env.globals.update(
        ants_spaces=SPACES, ants_shortcuts=shortcuts, ants_documents=DOCUMENTS_TO_PREPARE
    )
    for blueprint in (bp, espaces.bp, demarches.bp, recapitulatif.bp):
        app.register_blueprint(blueprint)
    return app


@bp.get("/")
def portail() -> str:
    """The ANTS home page, with its "Mon Compte" link."""
    return render_template("ants/portail.html")


@bp.get("/espaces/<slug>")
def espace_public(slug: str) -> str:
    """A space as the home page links to it: what it is for, its démarches, the way to log in."""
    try:
        chosen = space(slug)
    except KeyError:
        abort(404)
    return render_template("ants/espace_public.html", space=chosen)


@bp.app_errorhandler(413)
def too_large(_error: Exception) -> tuple[str, int]:
    """A request over the limit: the page says which sizes are accepted."""
    return render_template("ants/trop_lourd.html"), 413
