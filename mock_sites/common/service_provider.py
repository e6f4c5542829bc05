"""A service that offers "S'identifier avec FranceConnect": a real OIDC client of the hub.

Each service (mesdroitssociaux, impots, ANTS…) gives its own home and personal-space templates;
the login, callback and logout flow is shared.
"""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Flask, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from ..federation import (
    SERVICE_CALLBACK_PATH,
    SERVICE_LOGOUT_CALLBACK_PATH,
    Federation,
    ServiceProvider,
)
from .oidc.client import OidcClient, OidcError, new_state_or_nonce
from .oidc.provider import IDENTITY_CLAIMS
from .site import SiteConfig, new_site_app
from .storage import get_db, init_storage

SCHEMA = """
CREATE TABLE IF NOT EXISTS usager (
    sub TEXT PRIMARY KEY, claims TEXT NOT NULL, first_login REAL NOT NULL, last_login REAL NOT NULL,
    logins INTEGER NOT NULL DEFAULT 1
);
"""


def hub_client(config: SiteConfig, service: ServiceProvider) -> OidcClient:
    """This service's OIDC client of FranceConnect."""
    federation: Federation = config.extra["federation"]
    registered = federation.service_client(service)
    return OidcClient(
        issuer=federation.hub_issuer(),
        client_id=registered.client_id,
        client_secret=registered.client_secret,
        redirect_uri=config.sites.url(config.name, SERVICE_CALLBACK_PATH),
        scope="openid " + " ".join(IDENTITY_CLAIMS),
        clock=config.clock,
        backchannel=config.sites.backchannel,
        post_logout_redirect_uri=config.sites.url(config.name, SERVICE_LOGOUT_CALLBACK_PATH),
    )


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


def create_service_provider_app(
    import_name: str, config: SiteConfig, service: ServiceProvider, title: str
) -> Flask:
    """The service site; its package provides `<site>/accueil.html` and `<site>/espace.html`."""
    app = new_site_app(import_name, config, title)
    init_storage(app, SCHEMA)
    install_service_provider(app, config, service)
    return app


def install_service_provider(
    app: Flask, config: SiteConfig, service: ServiceProvider, home_path: str = "/"
) -> None:
    """Add the FranceConnect login to `app` (its SCHEMA must exist): home page at `home_path`
    (template `<site>/accueil.html`), personal space at /mon-espace (`<site>/espace.html`)."""
    client = hub_client(config, service)
    bp = Blueprint("service", __name__)
    home_template = f"{config.name}/accueil.html"
    space_template = f"{config.name}/espace.html"

    def failure(message: str, code: str) -> tuple[str, int]:
        # The code is what a relying party logs and what its support asks for.
        return render_template("service/erreur.html", message=message, code=code), 400

    @bp.get(home_path)
    def accueil() -> str:
        return render_template(home_template, usager=session.get("usager"))

    @bp.post("/connexion/franceconnect")
    def login() -> Response:
        session["oidc"] = {"state": new_state_or_nonce(), "nonce": new_state_or_nonce()}
        return redirect(client.authorization_url(session["oidc"]["state"], session["oidc"]["nonce"]))

    @bp.get(SERVICE_CALLBACK_PATH)
    def callback() -> Any:
        pending = session.pop("oidc", None)
        if pending is None or request.args.get("state") != pending["state"]:
            return failure(
                "La réponse de FranceConnect ne correspond à aucune connexion en cours.", "invalid_state"
            )
        if "error" in request.args:
            return failure("FranceConnect a refusé la connexion.", request.args["error"])
        try:
            tokens = client.fetch_tokens(request.args.get("code", ""))
            id_claims = client.verify(tokens["id_token"], nonce=pending["nonce"])
            claims = client.userinfo(tokens["access_token"])
        except OidcError as error:
            return failure("La connexion avec FranceConnect a échoué.", error.code)
        if claims.get("sub") != id_claims.get("sub"):
            return failure("L'identité transmise ne correspond pas au jeton d'identité.", "invalid_token")
        logins = remember_usager(claims, config.clock.now())
        session["usager"] = claims | {"logins": logins}
        session["id_token"] = tokens["id_token"]
        return redirect(url_for("service.espace"))

    @bp.get("/mon-espace")
    def espace() -> Any:
        if "usager" not in session:
            return redirect(url_for("service.accueil"))
        return render_template(space_template, usager=session["usager"])

    @bp.post("/deconnexion")
    def logout() -> Response:
        id_token = session.get("id_token")
        if id_token is None:
            session.clear()
            return redirect(url_for("service.accueil"))
        session["logout_state"] = new_state_or_nonce()
        return redirect(client.end_session_url(id_token, session["logout_state"]))

    @bp.get(SERVICE_LOGOUT_CALLBACK_PATH)
    def logout_callback() -> Any:
        if request.args.get("state") != session.get("logout_state"):
            return failure("La déconnexion ne correspond à aucune demande de ce service.", "invalid_state")
        session.clear()
        return render_template("service/deconnecte.html")

    app.register_blueprint(bp)
    app.extensions["franceconnect_client"] = client
