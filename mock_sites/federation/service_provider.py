"""The service role: "S'identifier avec FranceConnect", a real OIDC client of the hub.

Each service (mesdroitssociaux, impots, ANTS…) gives its own home and personal-space templates
(`<site>/accueil.html`, `<site>/espace.html`); the login, callback and logout flow is shared.
"""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Flask, current_app, redirect, render_template, request, session, url_for
from flask.blueprints import BlueprintSetupState
from werkzeug.wrappers import Response

from ..common.oidc.client import OidcClient, OidcError, new_state_or_nonce
from ..common.site import SiteConfig, new_site_app, site_config
from ..common.storage import get_db, init_storage
from .clients import service_client_of_hub
from .hubs import HUBS, satisfies
from .registrations import SERVICE_CALLBACK_PATH, SERVICE_LOGOUT_CALLBACK_PATH
from .roles import Service

SCHEMA = """
CREATE TABLE IF NOT EXISTS usager (
    sub TEXT PRIMARY KEY, claims TEXT NOT NULL, first_login REAL NOT NULL, last_login REAL NOT NULL,
    logins INTEGER NOT NULL DEFAULT 1
);
"""
EXTENSION = "franceconnect_client"
bp = Blueprint("service", __name__, template_folder="templates")


def current_client() -> OidcClient:
    """The current service's client of FranceConnect."""
    client: OidcClient = current_app.extensions[EXTENSION]
    return client


def create_service_provider_app(import_name: str, config: SiteConfig, title: str, role: Service) -> Flask:
    """A site that is only a service; its package provides `<site>/accueil.html` and `<site>/espace.html`."""
    app = new_site_app(import_name, config, title)
    init_storage(app, SCHEMA)
    install_service_provider(app, config, role)
    return app


def install_service_provider(app: Flask, config: SiteConfig, role: Service) -> None:
    """Add the FranceConnect login to `app` (its SCHEMA must exist): home page at `role.home_path`,
    personal space at /mon-espace."""
    app.extensions[EXTENSION] = service_client_of_hub(config, role)
    app.register_blueprint(bp, home_path=role.home_path)
    hub_title = HUBS[role.hub].title

    @app.context_processor
    def hub_globals() -> dict[str, str]:
        return {"franceconnect_title": hub_title}  # the button: "S'identifier avec <hub>"


@bp.record
def add_home(state: BlueprintSetupState) -> None:
    """The home page lives where the site puts it (impots.gouv.fr: /espace-particulier)."""
    state.add_url_rule(state.options["home_path"], "accueil", accueil)


def accueil() -> str:
    """The service's home page, with its FranceConnect button."""
    return render_template(f"{site_config().name}/accueil.html", usager=session.get("usager"))


def failure(message: str, code: str) -> tuple[str, int]:
    """The service's error page; the code is what a relying party logs and its support asks for."""
    return render_template("service/erreur.html", message=message, code=code), 400


def remember_usager(claims: dict[str, Any], now: float) -> int:
    """Record a login of the person with this `sub`; returns how many logins they have made."""
    db = get_db()
    db.execute(
        "INSERT INTO usager (sub, claims, first_login, last_login) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(sub) DO UPDATE SET claims = excluded.claims,"
        " last_login = excluded.last_login, logins = logins + 1",
        (claims["sub"], json.dumps(claims), now, now),
    )
    row = db.execute("SELECT logins FROM usager WHERE sub = ?", (claims["sub"],)).fetchone()
    return int(row["logins"])


@bp.post("/connexion/franceconnect")
def login() -> Response:
    """The "S'identifier avec FranceConnect" button: off to the hub with a fresh state and nonce."""
    session["oidc"] = {"state": new_state_or_nonce(), "nonce": new_state_or_nonce()}
    return redirect(current_client().authorization_url(session["oidc"]["state"], session["oidc"]["nonce"]))


@bp.get(SERVICE_CALLBACK_PATH)
def callback() -> Any:
    """Back from FranceConnect: check the state, redeem the code, verify the identity, log in."""
    pending = session.pop("oidc", None)
    if pending is None or request.args.get("state") != pending["state"]:
        return failure(
            "La réponse de FranceConnect ne correspond à aucune connexion en cours.", "invalid_state"
        )
    if "error" in request.args:
        return failure("FranceConnect a refusé la connexion.", request.args["error"])
    client = current_client()
    try:
        tokens = client.fetch_tokens(request.args.get("code", ""))
        id_claims = client.verify(tokens["id_token"], nonce=pending["nonce"])
        claims = client.userinfo(tokens["access_token"])
    except OidcError as error:
        return failure("La connexion avec FranceConnect a échoué.", error.code)
    if claims.get("sub") != id_claims.get("sub"):
        return failure("L'identité transmise ne correspond pas au jeton d'identité.", "invalid_token")
    if not satisfies(id_claims.get("acr"), client.acr_values):
        # As FranceConnect+ asks of its services: the level received is at least the one asked for.
        return failure(
            "Le niveau de garantie de votre identité ne suffit pas pour ce service.", "invalid_acr"
        )
    logins = remember_usager(claims, site_config().clock.now())
    session["usager"] = claims | {"logins": logins, "acr": id_claims.get("acr")}
    session["id_token"] = tokens["id_token"]
    return redirect(url_for("service.espace"))


@bp.get("/mon-espace")
def espace() -> Any:
    """The personal space, once logged in."""
    if "usager" not in session:
        return redirect(url_for("service.accueil"))
    return render_template(f"{site_config().name}/espace.html", usager=session["usager"])


@bp.post("/deconnexion")
def logout() -> Response:
    """The "Se déconnecter" button: end FranceConnect's session too (RP-initiated logout)."""
    id_token = session.get("id_token")
    if id_token is None:
        session.clear()
        return redirect(url_for("service.accueil"))
    session["logout_state"] = new_state_or_nonce()
    return redirect(current_client().end_session_url(id_token, session["logout_state"]))


@bp.get(SERVICE_LOGOUT_CALLBACK_PATH)
def logout_callback() -> Any:
    """Back from FranceConnect's logout: the service's session ends."""
    if request.args.get("state") != session.get("logout_state"):
        return failure("La déconnexion ne correspond à aucune demande de ce service.", "invalid_state")
    session.clear()
    return render_template("service/deconnecte.html")
