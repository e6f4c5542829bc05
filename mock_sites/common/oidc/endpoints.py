"""The machine-facing endpoints every provider serves the same way: discovery, JWKS, token, userinfo.

Registered under the provider's issuer path (`url_prefix`); the site adds its own /authorize and
/session/end pages next to them.
"""

from __future__ import annotations

from flask import Blueprint, jsonify
from werkzeug.wrappers import Response

from .provider import current_provider

bp = Blueprint("oidc_api", __name__)

# Where each endpoint lives under the issuer (the discovery document announces them).
ENDPOINT_PATHS = {
    "authorization_endpoint": "/authorize",
    "token_endpoint": "/token",
    "userinfo_endpoint": "/userinfo",
    "jwks_uri": "/jwks",
    "end_session_endpoint": "/session/end",
}


@bp.get("/.well-known/openid-configuration")
def discovery() -> Response:
    """The discovery document: public URLs under the issuer, even behind the 127.0.0.1 backchannel."""
    provider = current_provider()
    endpoints = {key: f"{provider.issuer}{path}" for key, path in ENDPOINT_PATHS.items()}
    return jsonify(provider.discovery(endpoints))


@bp.get("/jwks")
def jwks() -> Response:
    """The provider's public keys."""
    return current_provider().jwks_response()


@bp.post("/token")
def token() -> Response:
    """The token endpoint."""
    return current_provider().token_response()


@bp.route("/userinfo", methods=["GET", "POST"])
def userinfo() -> Response:
    """The userinfo endpoint (a signed JWT)."""
    return current_provider().userinfo_response()
