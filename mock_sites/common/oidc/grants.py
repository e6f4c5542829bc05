"""The Authlib grants and token validator of a provider, bound to its storage and clock."""

from __future__ import annotations

from typing import Any, Protocol

from authlib.oauth2.rfc6749 import grants
from authlib.oauth2.rfc6750 import BearerTokenValidator
from authlib.oidc.core import grants as oidc_grants
from flask import g

from ..clock import Clock
from ..storage import get_db
from .keys import SigningKeys
from .models import AuthlibClient, EndUser, RegisteredClient, StoredCode, StoredToken, TokenClients


class GrantOwner(TokenClients, Protocol):
    """What the grants need of their provider (OidcProvider is one)."""

    issuer: str
    clock: Clock
    keys: SigningKeys
    code_lifetime: int

    def nonce_used(self, client_id: str, nonce: str) -> bool:
        """Whether a code was already issued to this client for this nonce."""
        ...

    def identity_claims(self, user_id: str, client: RegisteredClient, scope: str) -> dict[str, Any]:
        """The claims of `user_id` this client may see for this scope."""
        ...

    def sealed(self, signed: str, client: RegisteredClient) -> str:
        """A signed JWT, encrypted for the client when it registered a key."""
        ...


def store_code(code: str, request: Any, now: float) -> None:
    """Keep an authorization code, with what the token endpoint will check it against."""
    user: EndUser = request.user
    get_db().execute(
        "INSERT INTO oidc_code (code, client_id, redirect_uri, scope, nonce, user_id, acr,"
        " auth_time, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            code,
            request.client.get_client_id(),
            request.payload.redirect_uri,
            request.payload.scope,
            request.payload.data.get("nonce"),
            user.id,
            user.acr,
            user.auth_time,
            now,
        ),
    )


def code_grant(provider: GrantOwner) -> type[grants.AuthorizationCodeGrant]:
    """The authorization code grant, its codes stored in the site's database."""

    class CodeGrant(grants.AuthorizationCodeGrant):
        TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_post", "client_secret_basic"]

        def save_authorization_code(self, code: str, request: Any) -> None:
            store_code(code, request, provider.clock.now())

        def query_authorization_code(self, code: str, client: Any) -> StoredCode | None:
            # A used or expired code is unknown to the token endpoint: Authlib answers invalid_grant.
            row = (
                get_db()
                .execute(
                    "SELECT * FROM oidc_code WHERE code = ? AND client_id = ?",
                    (code, client.get_client_id()),
                )
                .fetchone()
            )
            if row is None or row["used"]:
                return None
            if provider.clock.now() - row["created_at"] > provider.code_lifetime:
                return None
            return StoredCode(dict(row))

        def delete_authorization_code(self, authorization_code: StoredCode) -> None:
            get_db().execute(
                "UPDATE oidc_code SET used = 1 WHERE code = ?", (authorization_code.row["code"],)
            )

        def authenticate_user(self, authorization_code: StoredCode) -> str:
            return str(authorization_code.row["user_id"])

    return CodeGrant


def openid_code(provider: GrantOwner) -> oidc_grants.OpenIDCode:
    """The OpenID extension of the code grant: nonce, ID token signed with the client's algorithm."""

    class OpenIDCode(oidc_grants.OpenIDCode):
        def exists_nonce(self, nonce: str, request: Any) -> bool:
            return provider.nonce_used(request.payload.client_id, nonce)

        def resolve_client_private_key(self, client: AuthlibClient) -> Any:
            return provider.keys.private(client.registered.signing_alg)

        def get_client_claims(self, client: AuthlibClient) -> dict[str, Any]:
            now = provider.clock.timestamp()
            return {"iss": provider.issuer, "aud": [client.client_id], "iat": now, "exp": now + 60}

        def get_encode_header(self, client: AuthlibClient) -> dict[str, str]:
            alg = client.registered.signing_alg
            return {"alg": alg, "kid": provider.keys.kid(alg), "typ": "JWT"}

        def generate_user_info(self, user: str, scope: str) -> dict[str, Any]:
            # Authlib does not pass the client here; process_token put it in the request context.
            client: AuthlibClient = g.oidc_client
            return provider.identity_claims(user, client.registered, scope)

        def process_token(self, grant: Any, response: Any) -> Any:
            g.oidc_client = grant.request.client
            token = super().process_token(grant, response)
            if "id_token" in token:
                token["id_token"] = provider.sealed(token["id_token"], grant.request.client.registered)
            return token

    return OpenIDCode(require_nonce=True)


def bearer_validator(provider: GrantOwner) -> type[BearerTokenValidator]:
    """The access tokens the userinfo endpoint accepts: those stored by this provider."""

    class Validator(BearerTokenValidator):
        def authenticate_token(self, token_string: str) -> StoredToken | None:
            row = (
                get_db()
                .execute("SELECT * FROM oidc_token WHERE access_token = ?", (token_string,))
                .fetchone()
            )
            return StoredToken(dict(row), provider) if row else None

    return Validator
