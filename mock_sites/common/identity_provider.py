"""An identity provider site: its own login form, its own accounts, an OpenID provider for FranceConnect.

Each provider (ameli, impots…) describes its form with a LoginForm; the flow is shared.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from authlib.oauth2 import OAuth2Error
from flask import Flask, redirect, render_template, request
from werkzeug.security import check_password_hash, generate_password_hash
from werkzeug.wrappers import Response

from ..federation import IDP_ISSUER_PATH, Federation, IdentityProvider
from .identities import Person
from .oidc.endpoints import provider_blueprint
from .oidc.provider import SCHEMA as OIDC_SCHEMA
from .oidc.provider import EndUser, OidcProvider, RegisteredClient
from .site import SiteConfig, new_site_app
from .storage import connect, get_db, init_storage

ACCOUNT_SCHEMA = """
CREATE TABLE IF NOT EXISTS account (
    identifier TEXT PRIMARY KEY, password_hash TEXT NOT NULL, claims TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class LoginForm:
    """What a provider's login page asks, in its own words."""

    heading: str
    identifier_label: str
    secret_label: str
    button: str
    bad_credentials: str  # shown for an unknown account or a wrong secret
    check_identifier: Callable[[str], str | None]  # error message for a malformed identifier
    identifier_of: Callable[[Person], str]  # the identifier a person's account has here
    identifier_hint: str = ""


def save_account(db: sqlite3.Connection, identifier: str, password_hash: str, claims: dict[str, str]) -> None:
    """Create (or replace) one account: for generated people, or when a person opens their own."""
    db.execute(
        "INSERT OR REPLACE INTO account VALUES (?, ?, ?)", (identifier, password_hash, json.dumps(claims))
    )


def enroll(database: str, form: LoginForm, person: Person) -> str:
    """Create (or replace) the account of `person` at this provider; returns its identifier."""
    identifier = form.identifier_of(person)
    with connect(database) as db:
        save_account(db, identifier, generate_password_hash(person.password), person.claims())
    return identifier


def _find_account(db: sqlite3.Connection, identifier: str, secret: str) -> str | None:
    row = db.execute("SELECT * FROM account WHERE identifier = ?", (identifier,)).fetchone()
    if row is None or not check_password_hash(row["password_hash"], secret):
        return None
    return str(row["identifier"])


def create_identity_provider_app(
    import_name: str, config: SiteConfig, idp: IdentityProvider, form: LoginForm
) -> Flask:
    """A site that is only an identity provider, with a short home page."""
    app = new_site_app(import_name, config, idp.title)
    init_storage(app, ACCOUNT_SCHEMA + OIDC_SCHEMA)
    install_identity_provider(app, config, idp, form)

    @app.get("/")
    def accueil() -> str:
        return render_template("idp/accueil.html", idp=idp)

    return app


def install_identity_provider(
    app: Flask, config: SiteConfig, idp: IdentityProvider, form: LoginForm
) -> OidcProvider:
    """Make `app` an identity provider for FranceConnect (its tables must exist: ACCOUNT_SCHEMA,
    OIDC_SCHEMA); its login page is the /oidc/authorize page."""
    federation: Federation = config.extra["federation"]

    def user_claims(user_id: str, client: RegisteredClient) -> dict[str, Any]:
        row = get_db().execute("SELECT claims FROM account WHERE identifier = ?", (user_id,)).fetchone()
        return {"sub": user_id, **json.loads(row["claims"])}

    provider = OidcProvider(
        app,
        issuer=federation.idp_issuer(config.name),
        clients=[federation.hub_client()],
        clock=config.clock,
        user_claims=user_claims,
        acr_values=(idp.acr,),
    )
    bp = provider_blueprint(provider, "oidc", IDP_ISSUER_PATH)

    @bp.route("/authorize", methods=["GET", "POST"])
    def authorize() -> Any:
        try:
            grant = provider.validate_authorization()
        except OAuth2Error as error:
            return render_template("idp/erreur.html", error=error), 400
        if request.method == "GET":
            return render_template("idp/connexion.html", form=form, identifier="")
        if "revenir" in request.form:
            # The person goes back: FranceConnect receives access_denied and offers the list again.
            return provider.server.create_authorization_response(grant_user=None, grant=grant)
        identifier = request.form.get("identifiant", "").strip().replace(" ", "")
        secret = request.form.get("secret", "")
        malformed = form.check_identifier(identifier)
        account = None if malformed else _find_account(get_db(), identifier, secret)
        if account is None:
            message = malformed or form.bad_credentials
            return render_template("idp/connexion.html", form=form, identifier=identifier, error=message), 200
        end_user = EndUser(account, idp.acr, config.clock.timestamp())
        return provider.authorize(grant, end_user)

    @bp.get("/session/end")
    def end_session() -> Response:
        target = request.args.get("post_logout_redirect_uri", "")
        client = federation.hub_client()
        if target not in client.post_logout_redirect_uris:
            return Response("post_logout_redirect_uri inconnue", status=400)
        return redirect(f"{target}?state={request.args.get('state', '')}")

    app.register_blueprint(bp)
    return provider
