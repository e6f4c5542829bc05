"""impots.gouv.fr: an identity provider for FranceConnect (numéro fiscal + mot de passe) and a
service using it ("Votre espace particulier")."""

from __future__ import annotations

from flask import Blueprint, Flask, render_template

from ..catalogue import Role, SiteEntry
from ..common.oidc.models import SCHEMA as OIDC_SCHEMA
from ..common.site import SiteConfig, new_site_app
from ..common.storage import init_storage
from ..federation.accounts import ACCOUNT_SCHEMA
from ..federation.identity_provider import install_identity_provider
from ..federation.roles import IdentityProvider, Service
from ..federation.service_provider import SCHEMA as SERVICE_SCHEMA
from ..federation.service_provider import install_service_provider
from .creation import install_creation
from .declaration import install_declaration
from .disposition import place
from .identity import LOGIN_FORM

__all__ = ["LOGIN_FORM", "SITE", "create_app"]

IDENTITY_PROVIDER = IdentityProvider(LOGIN_FORM, mail_name="impots.gouv.fr")
SERVICE = Service(
    display_name="votre espace particulier d'impots.gouv.fr",
    home_path="/espace-particulier",
    path_to_franceconnect=("Votre espace particulier",),
)
SITE = SiteEntry(
    name="impots",
    module=__name__,
    role=Role.SERVICE,
    title="impots.gouv.fr",
    phrases=("impots.gouv",),
    identity_provider=IDENTITY_PROVIDER,
    service=SERVICE,
)
bp = Blueprint("impots", __name__)


def create_app(config: SiteConfig) -> Flask:
    """The impots.gouv.fr site."""
    app = new_site_app(__name__, config, SITE.title)
    app.jinja_env.globals["place"] = place  # where the tutorial's elements sit, from the rules
    init_storage(app, ACCOUNT_SCHEMA + OIDC_SCHEMA + SERVICE_SCHEMA)
    install_identity_provider(app, config, IDENTITY_PROVIDER)
    install_service_provider(app, config, SERVICE)
    install_creation(app)
    install_declaration(app)
    app.register_blueprint(bp)
    return app


@bp.get("/")
def portail() -> str:
    """The portal: the way to the espace particulier."""
    return render_template("impots/portail.html")
