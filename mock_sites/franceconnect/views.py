"""The pages a person sees on FranceConnect: choose an account, continue to the service, errors."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlencode

import requests
from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import grants
from flask import Blueprint, redirect, render_template, request, session, url_for

from ..common.oidc.client import (
    OidcClient,
    OidcError,
    ProviderFailure,
    ProviderUnreachable,
    new_state_or_nonce,
)
from ..common.oidc.provider import EndUser, OidcProvider, RegisteredClient, current_provider
from ..common.site import site_config
from ..federation.hubs import EIDAS_LEVELS, satisfies
from . import errors, identities
from .errors import HubError
from .hub import current_hub, offered_now
from .notification import send_connection_notification

MIN_STATE_AND_NONCE_LENGTH = 32

bp = Blueprint("oidc", __name__)


def error_page(error: HubError, status: int = 400) -> tuple[str, int]:
    """The FranceConnect error page: the code, and what it means."""
    return render_template("franceconnect/erreur.html", error=error), status


def check_service_request(provider: OidcProvider, args: Any) -> HubError | None:
    """FranceConnect's own rules on a service's /authorize request, before the OIDC checks."""
    client = provider.clients.get(args.get("client_id", ""))
    if client is None:
        return errors.UNKNOWN_CLIENT
    if args.get("redirect_uri") not in client.redirect_uris:
        return errors.BAD_REDIRECT_URI
    if len(args.get("state", "")) < MIN_STATE_AND_NONCE_LENGTH:
        return errors.BAD_STATE
    if len(args.get("nonce", "")) < MIN_STATE_AND_NONCE_LENGTH:
        return errors.BAD_NONCE
    if not args.get("acr_values"):
        return errors.MISSING_ACR
    if args["acr_values"] not in provider.acr_values:
        return errors.bad_acr(provider.acr_values)
    if provider.nonce_used(client.client_id, args["nonce"]):
        return errors.NONCE_REPLAYED
    return None


@bp.route("/authorize", methods=["GET", "POST"])
def authorize() -> Any:
    """A service's login request: the list of accounts, the "Continuer sur" page, or an error."""
    provider = current_provider()
    refused = check_service_request(provider, request.args)
    if refused:
        return error_page(refused)
    try:
        grant = provider.validate_authorization()
    except OAuth2Error as error:
        detail = f"{errors.INVALID_REQUEST.message} ({error.description or error.error})"
        return error_page(HubError(errors.INVALID_REQUEST.code, detail))
    client = provider.clients[request.args["client_id"]]
    session["pending_authorize"] = request.query_string.decode()
    identity_id = session.get("identity")
    # Single sign-on only at the level already reached (eidas2 at FranceConnect+ is not eidas3).
    if identity_id is None or not satisfies(session.get("acr"), request.args["acr_values"]):
        return render_template("franceconnect/choix.html", providers=offered_now(), service=client.name)
    if request.method == "GET":
        return render_template(
            "franceconnect/continuer.html",
            identity=identities.load(identity_id),
            account=current_hub().accounts[session["idp"]],
            service=client.name,
        )
    return continue_to_service(grant, client, identity_id)


def continue_to_service(grant: grants.BaseGrant, client: RegisteredClient, identity_id: str) -> Any:
    """The "Continuer sur <service>" button: a code for the service, and the connection notification mail."""
    provider = current_provider()
    # The level the service asked for (required): a higher one from the provider satisfies it.
    acr = request.args["acr_values"]
    response = provider.authorize(grant, EndUser(identity_id, acr, int(session["auth_time"])))
    session.pop("pending_authorize", None)
    account = current_hub().accounts[session["idp"]]
    identities.record_login(identity_id, session["idp"], client.name, site_config().clock.now())
    send_connection_notification(identities.load(identity_id), client.name, account.role.mail_name)
    return response


@bp.post("/choisir-compte")
def choose_account() -> Any:
    """The person picked an account: off to that identity provider."""
    if "pending_authorize" not in session:
        return error_page(errors.NO_PENDING_LOGIN)
    idp = request.form.get("idp", "")
    hub = current_hub()
    client = hub.idp_clients.get(idp)
    if client is None or idp not in {account.site for account in offered_now()}:
        return error_page(errors.NO_PENDING_LOGIN)
    pending = {"idp": idp, "state": new_state_or_nonce(), "nonce": new_state_or_nonce()}
    session["idp_pending"] = pending
    try:
        url = client.authorization_url(pending["state"], pending["nonce"], hub.accounts[idp].role.acr)
    except (requests.RequestException, OidcError):
        return error_page(errors.IDP_UNREACHABLE, 502)
    return redirect(url)


@bp.get("/oidc-callback")
def idp_callback() -> Any:
    """Back from the identity provider: redeem its code, check the identity, remember it."""
    pending = session.pop("idp_pending", None)
    if pending is None or "pending_authorize" not in session:
        return error_page(errors.NO_PENDING_LOGIN)
    if request.args.get("state") != pending["state"]:
        return error_page(errors.IDP_BAD_STATE)
    if request.args.get("error") == "access_denied":
        # The person went back from the provider: offer the list of accounts again.
        return redirect(pending_authorize_url())
    if "error" in request.args:
        return error_page(errors.IDP_REFUSED, 502)
    hub = current_hub()
    client = hub.idp_clients[pending["idp"]]
    try:
        tokens, claims, acr = identity_from(client, request.args.get("code", ""), pending)
    except (ProviderUnreachable, requests.RequestException):
        return error_page(errors.IDP_UNREACHABLE, 502)
    except ProviderFailure:
        return error_page(errors.IDP_REFUSED, 502)
    except OidcError:
        return error_page(errors.IDP_BAD_TOKEN, 502)
    if identities.missing_claims(claims):
        return error_page(errors.IDP_INCOMPLETE_IDENTITY, 502)
    required = requested_acr()
    if not satisfies(acr, required):
        account = hub.accounts[pending["idp"]]
        return error_page(errors.low_acr(account.title, required, account.role.low_level_hint), 403)
    session["identity"] = identities.remember(claims, pending["idp"])
    session["idp"] = pending["idp"]
    session["idp_id_token"] = tokens["id_token"]
    session["auth_time"] = site_config().clock.timestamp()
    session["acr"] = acr
    return redirect(pending_authorize_url())


@bp.get("/session/end")
def end_session() -> Any:
    """A service logs the person out: FranceConnect forgets them and sends them back."""
    claims = current_provider().verify_own_token(request.args.get("id_token_hint", ""))
    if claims is None:
        return error_page(HubError(errors.INVALID_REQUEST.code, "Le jeton id_token_hint est invalide."))
    aud = claims["aud"][0] if isinstance(claims["aud"], list) else claims["aud"]
    client = current_provider().clients.get(aud)
    target = request.args.get("post_logout_redirect_uri", "")
    if client is None or target not in client.post_logout_redirect_uris:
        return error_page(errors.BAD_REDIRECT_URI)
    session.clear()
    return redirect(f"{target}?{urlencode({'state': request.args.get('state', '')})}")


def identity_from(
    client: OidcClient, code: str, pending: dict[str, str]
) -> tuple[dict[str, Any], dict[str, Any], str]:
    """Redeem a provider's code; returns its tokens, the verified identity claims and their level."""
    tokens = client.fetch_tokens(code)
    id_claims = client.verify(tokens["id_token"], nonce=pending["nonce"])
    if id_claims.get("acr") not in EIDAS_LEVELS:
        raise OidcError(f"acr {id_claims.get('acr')!r} is not an eIDAS level")
    claims = client.userinfo(tokens["access_token"])
    if claims.get("sub") != id_claims.get("sub"):
        raise OidcError("userinfo is about another person than the ID token")
    return tokens, claims, str(id_claims["acr"])


def requested_acr() -> str:
    """The level the service asked for in the request the person is in the middle of."""
    return parse_qs(session["pending_authorize"]).get("acr_values", [""])[0]


def pending_authorize_url() -> str:
    """The service's /authorize request the person is in the middle of."""
    return f"{url_for('oidc.authorize')}?{session['pending_authorize']}"
