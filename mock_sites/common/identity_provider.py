"""An identity provider site: its own login form, its own accounts, an OpenID provider for FranceConnect.

Each provider (ameli, impots, laposte, yris, msa) describes its form with a LoginForm; the flow is
shared: identifier and secret, then an optional confirmation step (La Poste's app), then back to
FranceConnect. Some accounts misbehave on purpose (see idp_behaviours).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from authlib.oauth2 import OAuth2Error
from flask import Flask, redirect, render_template, request, session
from werkzeug.security import check_password_hash, generate_password_hash
from werkzeug.wrappers import Response

from ..federation import IDP_ISSUER_PATH, Federation, IdentityProvider
from .identities import Person
from .idp_behaviours import LEFT_OUT_CLAIM, Behaviour, account_behaviour, install_behaviours
from .oidc.endpoints import provider_blueprint
from .oidc.provider import SCHEMA as OIDC_SCHEMA
from .oidc.provider import EndUser, OidcProvider, RegisteredClient
from .site import SiteConfig, new_site_app
from .storage import connect, get_db, init_storage

ACCOUNT_SCHEMA = """
CREATE TABLE IF NOT EXISTS account (
    identifier TEXT PRIMARY KEY, password_hash TEXT NOT NULL, claims TEXT NOT NULL,
    confirmation_hash TEXT, behaviour TEXT NOT NULL DEFAULT ''
);
"""


# Generated test people only: scrypt's deliberate slowness (0.2 s a hash, again at each login)
# protects nothing in a mock and would cost seconds per journey.
TEST_ACCOUNT_HASH = "pbkdf2:sha256:1000"


def compact(identifier: str) -> str:
    """What most providers do with a typed identifier: drop the spaces people put in numbers."""
    return identifier.strip().replace(" ", "")


@dataclass(frozen=True)
class ConfirmationStep:
    """A page after the password where the person confirms the login (e.g. in the provider's app)."""

    heading: str
    explanation: str
    label: str
    button: str
    bad_code: str
    code_of: Callable[[Person], str]  # the code this person confirms with


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
    normalize: Callable[[str], str] = compact  # what the provider does with the typed identifier
    confirmation: ConfirmationStep | None = None


def save_account(
    db: sqlite3.Connection,
    identifier: str,
    password_hash: str,
    claims: dict[str, str],
    *,
    confirmation_hash: str | None = None,
    behaviour: Behaviour = Behaviour.NORMAL,
) -> None:
    """Create (or replace) one account: for generated people, or when a person opens their own."""
    db.execute(
        "INSERT OR REPLACE INTO account (identifier, password_hash, claims, confirmation_hash, behaviour)"
        " VALUES (?, ?, ?, ?, ?)",
        (identifier, password_hash, json.dumps(claims), confirmation_hash, behaviour.value),
    )


def enroll(database: str, form: LoginForm, person: Person, behaviour: Behaviour = Behaviour.NORMAL) -> str:
    """Create (or replace) the account of `person` at this provider (misbehaving as `behaviour`
    says); returns its identifier."""
    identifier = form.identifier_of(person)
    step = form.confirmation
    confirmation = generate_password_hash(step.code_of(person), TEST_ACCOUNT_HASH) if step else None
    with connect(database) as db:
        save_account(
            db,
            identifier,
            generate_password_hash(person.password, TEST_ACCOUNT_HASH),
            person.claims(),
            confirmation_hash=confirmation,
            behaviour=behaviour,
        )
    return identifier


def _find_account(db: sqlite3.Connection, identifier: str, secret: str) -> str | None:
    row = db.execute("SELECT * FROM account WHERE identifier = ?", (identifier,)).fetchone()
    if row is None or not check_password_hash(row["password_hash"], secret):
        return None
    return str(row["identifier"])


def _confirms(db: sqlite3.Connection, identifier: str, code: str) -> bool:
    row = db.execute("SELECT confirmation_hash FROM account WHERE identifier = ?", (identifier,)).fetchone()
    return bool(row and row["confirmation_hash"] and check_password_hash(row["confirmation_hash"], code))


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
        claims = {"sub": user_id, **json.loads(row["claims"])}
        if account_behaviour(user_id) is Behaviour.INCOMPLETE:
            claims.pop(LEFT_OUT_CLAIM, None)
        return claims

    provider = OidcProvider(
        app,
        issuer=federation.idp_issuer(config.name),
        clients=[federation.hub_client()],
        clock=config.clock,
        user_claims=user_claims,
        acr_values=(idp.acr,),
    )
    bp = provider_blueprint(provider, "oidc", IDP_ISSUER_PATH)
    install_behaviours(app, provider, config.backchannel_timeout)

    def logged_in(grant: Any, account: str) -> Response:
        session.pop("confirmation", None)
        return provider.authorize(grant, EndUser(account, idp.acr, config.clock.timestamp()))

    @bp.route("/authorize", methods=["GET", "POST"])
    def authorize() -> Any:
        try:
            grant = provider.validate_authorization()
        except OAuth2Error as error:
            return render_template("idp/erreur.html", error=error), 400
        if request.method == "GET":
            session.pop("confirmation", None)
            return render_template("idp/connexion.html", form=form, identifier="")
        if "revenir" in request.form:
            # The person goes back: FranceConnect receives access_denied and offers the list again.
            session.pop("confirmation", None)
            return provider.server.create_authorization_response(grant_user=None, grant=grant)
        if "code_confirmation" in request.form:
            return confirm(grant)
        identifier = form.normalize(request.form.get("identifiant", ""))
        secret = request.form.get("secret", "")
        malformed = form.check_identifier(identifier)
        account = None if malformed else _find_account(get_db(), identifier, secret)
        if account is None:
            message = malformed or form.bad_credentials
            return render_template("idp/connexion.html", form=form, identifier=identifier, error=message), 200
        if form.confirmation is None:
            return logged_in(grant, account)
        # Bound to this very request (its state), so a confirmation cannot serve another login.
        session["confirmation"] = {"account": account, "state": request.args.get("state", "")}
        return render_template("idp/confirmation.html", step=form.confirmation)

    def confirm(grant: Any) -> Any:
        pending = session.get("confirmation")
        step = form.confirmation
        if step is None or pending is None or pending["state"] != request.args.get("state", ""):
            return render_template("idp/connexion.html", form=form, identifier=""), 200
        if not _confirms(get_db(), pending["account"], request.form["code_confirmation"].strip()):
            return render_template("idp/confirmation.html", step=step, error=step.bad_code), 200
        return logged_in(grant, pending["account"])

    @bp.get("/session/end")
    def end_session() -> Response:
        target = request.args.get("post_logout_redirect_uri", "")
        client = federation.hub_client()
        if target not in client.post_logout_redirect_uris:
            return Response("post_logout_redirect_uri inconnue", status=400)
        return redirect(f"{target}?state={request.args.get('state', '')}")

    app.register_blueprint(bp)
    return provider
