"""The identity-provider role: a site's own login form and accounts, an OpenID provider for FranceConnect.

Each provider (ameli, impots, laposte, yris, msa) describes its form with a LoginForm; the flow is
shared: identifier and secret, then an optional confirmation step (La Poste's app), then back to
FranceConnect. Some accounts misbehave on purpose (see behaviours and failures).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import grants
from flask import Blueprint, Flask, current_app, redirect, render_template, request, session
from werkzeug.wrappers import Response

from ..common.oidc import endpoints
from ..common.oidc.models import SCHEMA as OIDC_SCHEMA
from ..common.oidc.provider import EndUser, OidcProvider, RegisteredClient, current_provider
from ..common.site import SiteConfig, new_site_app, site_config
from ..common.storage import init_storage
from .accounts import ACCOUNT_SCHEMA, account_behaviour, account_claims, confirms, find_account
from .behaviours import Behaviour
from .failures import LEFT_OUT_CLAIM, misbehave
from .registrations import IDP_ISSUER_PATH, Federation
from .roles import IdentityProvider, LoginForm

EXTENSION = "identity_provider"
bp = Blueprint("oidc", __name__, template_folder="templates")
home = Blueprint("idp_home", __name__)


@bp.before_app_request
def misbehave_on_purpose() -> Response | None:
    """Accounts of the federation's table may misbehave on purpose; a site's own accounts never do."""
    role: ProviderRole | None = current_app.extensions.get(EXTENSION)
    return misbehave() if role is not None and role.role.accounts is None else None


@dataclass(frozen=True)
class ProviderRole:
    """The identity-provider role of the current site: its declaration and the hub it trusts."""

    role: IdentityProvider
    hubs: tuple[RegisteredClient, ...]  # FranceConnect and FranceConnect+

    @property
    def form(self) -> LoginForm:
        """The site's login form."""
        return self.role.login_form

    def find(self, identifier: str, secret: str) -> str | None:
        """The account with this identifier and secret, in the site's own tables or the federation's."""
        store = self.role.accounts
        return store.find(identifier, secret) if store else find_account(identifier, secret)

    def claims(self, account: str) -> dict[str, Any]:
        """What the provider knows of an account."""
        store = self.role.accounts
        return store.claims(account) if store else account_claims(account)


def current_role() -> ProviderRole:
    """The identity-provider role of the current app."""
    role: ProviderRole = current_app.extensions[EXTENSION]
    return role


def create_identity_provider_app(
    import_name: str, config: SiteConfig, title: str, role: IdentityProvider
) -> Flask:
    """A site that is only an identity provider, with a short home page."""
    app = new_site_app(import_name, config, title)
    init_storage(app, ACCOUNT_SCHEMA + OIDC_SCHEMA)
    install_identity_provider(app, config, role)
    app.register_blueprint(home)
    return app


def install_identity_provider(app: Flask, config: SiteConfig, role: IdentityProvider) -> OidcProvider:
    """Make `app` an identity provider for FranceConnect (its tables must exist: ACCOUNT_SCHEMA,
    OIDC_SCHEMA); its login page is the /oidc/authorize page."""
    federation = Federation.of(config)
    hubs = federation.hub_clients()
    provider = OidcProvider(
        app,
        issuer=federation.idp_issuer(config.name),
        clients=hubs,
        clock=config.clock,
        user_claims=user_claims,
        acr_values=(role.acr,),
    )
    app.extensions[EXTENSION] = ProviderRole(role, tuple(hubs))
    app.register_blueprint(endpoints.bp, url_prefix=IDP_ISSUER_PATH)
    app.register_blueprint(bp, url_prefix=IDP_ISSUER_PATH)
    return provider


def user_claims(user_id: str, client: RegisteredClient) -> dict[str, Any]:
    """What the provider knows of an account (an incomplete identity lacks a mandatory claim)."""
    provider_role = current_role()
    claims = {"sub": user_id, **provider_role.claims(user_id)}
    if provider_role.role.accounts is None and account_behaviour(user_id) is Behaviour.INCOMPLETE:
        claims.pop(LEFT_OUT_CLAIM, None)
    return claims


@home.get("/")
def accueil() -> str:
    """A short home page: this provider is reached from FranceConnect."""
    return render_template("idp/accueil.html")


@bp.route("/authorize", methods=["GET", "POST"])
def authorize() -> Any:
    """The login page: identifier and secret, the confirmation step if any, or back to FranceConnect."""
    try:
        grant = current_provider().validate_authorization()
    except OAuth2Error as error:
        return render_template("idp/erreur.html", error=error), 400
    if request.method == "GET":
        session.pop("confirmation", None)
        return login_page()
    if "revenir" in request.form:
        # The person goes back: FranceConnect receives access_denied and offers the list again.
        session.pop("confirmation", None)
        return current_provider().server.create_authorization_response(grant_user=None, grant=grant)
    if "code_confirmation" in request.form:
        return confirm(grant)
    return check_credentials(grant)


def login_page(identifier: str = "", error: str | None = None) -> str:
    """The login form, with what was typed and what is wrong with it."""
    return render_template("idp/connexion.html", form=current_role().form, identifier=identifier, error=error)


def check_credentials(grant: grants.BaseGrant) -> Any:
    """The identifier and secret typed: log in, ask for the confirmation, or say what is wrong."""
    form = current_role().form
    identifier = form.normalize(request.form.get("identifiant", ""))
    malformed = form.check_identifier(identifier)
    account = None if malformed else current_role().find(identifier, request.form.get("secret", ""))
    if account is None:
        return login_page(identifier, malformed or form.bad_credentials)
    if form.confirmation is None:
        return logged_in(grant, account)
    # Bound to this very request (its state), so a confirmation cannot serve another login.
    session["confirmation"] = {"account": account, "state": request.args.get("state", "")}
    return render_template("idp/confirmation.html", step=form.confirmation)


def confirm(grant: grants.BaseGrant) -> Any:
    """The confirmation code typed: log in, or say it is wrong."""
    pending = session.get("confirmation")
    step = current_role().form.confirmation
    if step is None or pending is None or pending["state"] != request.args.get("state", ""):
        return login_page()
    if not confirms(pending["account"], request.form["code_confirmation"].strip()):
        return render_template("idp/confirmation.html", step=step, error=step.bad_code)
    return logged_in(grant, pending["account"])


def logged_in(grant: grants.BaseGrant, account: str) -> Response:
    """Send the person back to FranceConnect with a code for `account`."""
    session.pop("confirmation", None)
    end_user = EndUser(account, current_role().role.acr_of(account), site_config().clock.timestamp())
    return current_provider().authorize(grant, end_user)


@bp.get("/session/end")
def end_session() -> Response:
    """FranceConnect ends the provider's session: back to its registered logout address."""
    target = request.args.get("post_logout_redirect_uri", "")
    if not any(target in hub.post_logout_redirect_uris for hub in current_role().hubs):
        return Response("post_logout_redirect_uri inconnue", status=400)
    return redirect(f"{target}?state={request.args.get('state', '')}")
