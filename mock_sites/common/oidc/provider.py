"""An OpenID Connect provider built on Authlib: code flow, signed ID token and userinfo, JWKS.

FranceConnect uses it towards the services, and each identity provider towards FranceConnect.
Codes and tokens live in the site's SQLite database; time comes from the shared clock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from authlib.integrations.flask_oauth2 import AuthorizationServer, ResourceProtector
from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import grants
from authlib.oidc.core.errors import RequestNotSupportedError, RequestURINotSupportedError
from flask import Flask, Response, current_app, jsonify
from joserfc import jwt
from joserfc.errors import JoseError

from ..clock import Clock
from ..storage import get_db
from .grants import bearer_validator, code_grant, openid_code
from .keys import SigningKeys
from .models import IDENTITY_CLAIMS, SCHEMA, AuthlibClient, EndUser, RegisteredClient
from .sealing import CONTENT_ENCRYPTION, KEY_ALGORITHMS, seal

__all__ = ["IDENTITY_CLAIMS", "SCHEMA", "EndUser", "OidcProvider", "RegisteredClient", "current_provider"]

EXTENSION = "oidc_provider"


class OidcProvider:
    """Everything a site needs to act as an OpenID provider under `issuer`."""

    def __init__(
        self,
        app: Flask,
        *,
        issuer: str,
        clients: Sequence[RegisteredClient],
        clock: Clock,
        user_claims: Callable[[str, RegisteredClient], dict[str, Any]],
        acr_values: Sequence[str] = ("eidas1",),
        signing_algs: Sequence[str] = ("ES256", "RS256"),
        encrypts: bool = False,
        code_lifetime: int = 30,
        token_lifetime: int = 60,
    ) -> None:
        self.issuer = issuer
        self.clients = {client.client_id: client for client in clients}
        self.clock = clock
        self.signing_algs = tuple(signing_algs)
        self.encrypts = encrypts  # every client registers an encryption key (FranceConnect+)
        self.keys = SigningKeys(self.signing_algs)
        self.user_claims = user_claims
        self.acr_values = tuple(acr_values)
        self.code_lifetime = code_lifetime
        self.token_lifetime = token_lifetime
        app.config.setdefault("OAUTH2_TOKEN_EXPIRES_IN", {"authorization_code": token_lifetime})
        self.server = AuthorizationServer(app, self.query_client, self._save_token)
        self.server.register_grant(code_grant(self), [openid_code(self)])
        self.resource_protector = ResourceProtector()
        self.resource_protector.register_token_validator(bearer_validator(self)())
        app.extensions[EXTENSION] = self

    def now(self) -> float:
        """The shared clock's time (what codes and tokens expire by)."""
        return self.clock.now()

    def register_client(self, client: RegisteredClient) -> None:
        """Add a relying party (used by teams that point their own service at the mock)."""
        self.clients[client.client_id] = client

    def query_client(self, client_id: str | None) -> AuthlibClient | None:
        """The client model Authlib works with, or None for an unknown client."""
        registered = self.clients.get(client_id or "")
        if registered is None:
            return None
        return AuthlibClient(registered, {"userinfo_signed_response_alg": registered.signing_alg})

    def nonce_used(self, client_id: str, nonce: str) -> bool:
        """Whether a code was already issued to this client for this nonce (a replayed request)."""
        row = (
            get_db()
            .execute("SELECT 1 FROM oidc_code WHERE client_id = ? AND nonce = ?", (client_id, nonce))
            .fetchone()
        )
        return row is not None

    def discovery(self, endpoints: dict[str, str]) -> dict[str, Any]:
        """The `.well-known/openid-configuration` document."""
        return {
            "issuer": self.issuer,
            **endpoints,
            "response_types_supported": ["code"],
            "grant_types_supported": ["authorization_code"],
            "subject_types_supported": ["pairwise"],
            "scopes_supported": ["openid", *IDENTITY_CLAIMS],
            "claims_supported": ["sub", *IDENTITY_CLAIMS],
            "acr_values_supported": list(self.acr_values),
            "id_token_signing_alg_values_supported": list(self.signing_algs),
            "userinfo_signing_alg_values_supported": list(self.signing_algs),
            "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
            **(self._encryption_discovery() if self.encrypts else {}),
        }

    def _encryption_discovery(self) -> dict[str, list[str]]:
        """What FranceConnect+ announces: ID token and userinfo encrypted (JWE) for the service."""
        algs, encs = sorted(KEY_ALGORITHMS.values()), [CONTENT_ENCRYPTION]
        return {
            "id_token_encryption_alg_values_supported": algs,
            "id_token_encryption_enc_values_supported": encs,
            "userinfo_encryption_alg_values_supported": algs,
            "userinfo_encryption_enc_values_supported": encs,
        }

    def sealed(self, signed: str, client: RegisteredClient) -> str:
        """A signed JWT as this client receives it: encrypted for it when it registered a key."""
        key = client.encryption_key
        return seal(signed, key) if key else signed

    def validate_authorization(self, end_user: EndUser | None = None) -> grants.BaseGrant:
        """Validate the current /authorize request; raises OAuth2Error when it is refused."""
        grant = self.server.get_consent_grant(end_user=end_user)
        # Request objects (OIDC Core 6) are not supported: refused, never silently ignored.
        if "request" in grant.request.args:
            raise RequestNotSupportedError(redirect_uri=grant.redirect_uri)
        if "request_uri" in grant.request.args:
            raise RequestURINotSupportedError(redirect_uri=grant.redirect_uri)
        return grant

    def authorize(self, grant: grants.BaseGrant, end_user: EndUser) -> Response:
        """Issue a code for `end_user` and redirect back to the client."""
        response: Response = self.server.create_authorization_response(grant_user=end_user, grant=grant)
        return response

    def token_response(self) -> Response:
        """Answer the token endpoint."""
        response: Response = self.server.create_token_response()
        return response

    def userinfo_response(self) -> Response:
        """Answer the userinfo endpoint with a signed JWT (FranceConnect v2 style)."""
        try:
            token = self.resource_protector.acquire_token("openid")
        except OAuth2Error as error:
            status, body, headers = error()
            return Response(body, status=status, headers=dict(headers))
        client = token.get_client()
        claims = self.identity_claims(token.get_user(), client.registered, token.scope)
        now = self.clock.timestamp()
        claims |= {"iss": self.issuer, "aud": client.client_id, "iat": now, "exp": now + 60}
        signed = self.sign(claims, client.registered.signing_alg)
        return Response(self.sealed(signed, client.registered), mimetype="application/jwt")

    def jwks_response(self) -> Response:
        """Answer the JWKS endpoint."""
        return jsonify(self.keys.public_jwks())

    def identity_claims(self, user_id: str, client: RegisteredClient, scope: str) -> dict[str, Any]:
        """The claims of `user_id` this client may see for this scope, `sub` always included."""
        claims = self.user_claims(user_id, client)
        granted = set(scope.split())
        return {k: v for k, v in claims.items() if k == "sub" or k in granted}

    def sign(self, claims: dict[str, Any], alg: str) -> str:
        """Sign claims with this provider's key for `alg`."""
        header = {"alg": alg, "kid": self.keys.kid(alg), "typ": "JWT"}
        return jwt.encode(header, claims, self.keys.private(alg), algorithms=[alg])

    def verify_own_token(self, token: str) -> dict[str, Any] | None:
        """Claims of a JWT this provider signed (an `id_token_hint`), or None if it is not ours."""
        try:
            decoded = jwt.decode(token, self.keys.private_set(), algorithms=list(self.signing_algs))
        except (JoseError, ValueError):
            return None
        return dict(decoded.claims) if decoded.claims.get("iss") == self.issuer else None

    def _save_token(self, token: dict[str, Any], request: Any) -> None:
        get_db().execute(
            "INSERT INTO oidc_token VALUES (?, ?, ?, ?, ?, ?)",
            (
                token["access_token"],
                request.client.get_client_id(),
                token.get("scope", ""),
                request.user,
                self.clock.now(),
                token["expires_in"],
            ),
        )


def current_provider() -> OidcProvider:
    """The OpenID provider of the current app (inside a request or app context)."""
    provider: OidcProvider = current_app.extensions[EXTENSION]
    return provider
