"""The machine-facing endpoints every provider serves the same way: discovery, JWKS, token, userinfo."""

from __future__ import annotations

from flask import Blueprint, jsonify, url_for
from werkzeug.wrappers import Response

from .provider import OidcProvider


def provider_blueprint(provider: OidcProvider, name: str, url_prefix: str) -> Blueprint:
    """A blueprint with discovery, JWKS, token and userinfo; the site adds authorize and logout."""
    bp = Blueprint(name, __name__, url_prefix=url_prefix)

    @bp.get("/.well-known/openid-configuration")
    def discovery() -> Response:
        endpoints = {
            "authorization_endpoint": url_for(".authorize", _external=True),
            "token_endpoint": url_for(".token", _external=True),
            "userinfo_endpoint": url_for(".userinfo", _external=True),
            "jwks_uri": url_for(".jwks", _external=True),
            "end_session_endpoint": url_for(".end_session", _external=True),
        }
        # Behind the backchannel the Host is 127.0.0.1: announce public URLs in any case.
        public = {key: _public(provider.issuer, value) for key, value in endpoints.items()}
        return jsonify(provider.discovery(public))

    @bp.get("/jwks")
    def jwks() -> Response:
        return provider.jwks_response()

    @bp.post("/token")
    def token() -> Response:
        return provider.token_response()

    @bp.route("/userinfo", methods=["GET", "POST"])
    def userinfo() -> Response:
        return provider.userinfo_response()

    return bp


def _public(issuer: str, url: str) -> str:
    """Rewrite an URL built for the request's host onto the issuer's public origin."""
    from urllib.parse import urlsplit, urlunsplit

    issuer_parts, parts = urlsplit(issuer), urlsplit(url)
    return urlunsplit(parts._replace(scheme=issuer_parts.scheme, netloc=issuer_parts.netloc))
