"""An OpenID Connect provider built on Authlib: code flow, signed ID token and userinfo, JWKS.

FranceConnect uses it towards the services, and each identity provider towards FranceConnect.
Codes and tokens live in the site's SQLite database; time comes from the shared clock.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from authlib.integrations.flask_oauth2 import AuthorizationServer, ResourceProtector
from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import ClientMixin, grants
from authlib.oauth2.rfc6750 import BearerTokenValidator
from authlib.oidc.core import grants as oidc_grants
from flask import Flask, Response, g, jsonify
from joserfc import jwt
from joserfc.errors import JoseError

from ..clock import Clock
from ..storage import get_db
from .keys import SigningKeys

SCHEMA = """
CREATE TABLE IF NOT EXISTS oidc_code (
    code TEXT PRIMARY KEY, client_id TEXT NOT NULL, redirect_uri TEXT, scope TEXT,
    nonce TEXT, user_id TEXT NOT NULL, acr TEXT, auth_time INTEGER, created_at REAL NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS oidc_token (
    access_token TEXT PRIMARY KEY, client_id TEXT NOT NULL, scope TEXT, user_id TEXT NOT NULL,
    issued_at REAL NOT NULL, expires_in INTEGER NOT NULL
);
"""

IDENTITY_CLAIMS = (
    "given_name",
    "family_name",
    "birthdate",
    "gender",
    "birthplace",
    "birthcountry",
    "email",
    "preferred_username",
)


@dataclass(frozen=True)
class RegisteredClient:
    """A relying party known to the provider, as registered by its team."""

    client_id: str
    client_secret: str
    name: str
    redirect_uris: tuple[str, ...]
    post_logout_redirect_uris: tuple[str, ...] = ()
    signing_alg: str = "ES256"
    sector: str = ""  # pairwise `sub` are computed per sector; defaults to the client id

    @property
    def sector_identifier(self) -> str:
        """What a pairwise `sub` is derived from."""
        return self.sector or self.client_id


@dataclass
class EndUser:
    """The person an authorization is granted for."""

    id: str
    acr: str
    auth_time: int


@dataclass
class _Client(ClientMixin):
    registered: RegisteredClient
    client_metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def client_id(self) -> str:
        return self.registered.client_id

    @property
    def id_token_signed_response_alg(self) -> str:
        return self.registered.signing_alg

    def get_client_id(self) -> str:
        return self.registered.client_id

    def get_default_redirect_uri(self) -> str:
        return self.registered.redirect_uris[0]

    def get_allowed_scope(self, scope: str) -> str:
        allowed = {"openid", *IDENTITY_CLAIMS}
        return " ".join(s for s in scope.split() if s in allowed)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uri in self.registered.redirect_uris

    def check_client_secret(self, client_secret: str) -> bool:
        return secrets.compare_digest(client_secret, self.registered.client_secret)

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method in ("client_secret_post", "client_secret_basic")

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type == "authorization_code"


@dataclass
class _AuthorizationCode:
    row: dict[str, Any]

    def get_redirect_uri(self) -> str:
        return str(self.row["redirect_uri"])

    def get_scope(self) -> str:
        return str(self.row["scope"])

    def get_nonce(self) -> str | None:
        return self.row["nonce"]

    def get_auth_time(self) -> int | None:
        return self.row["auth_time"]

    def get_acr(self) -> str:
        return str(self.row["acr"])

    def get_amr(self) -> list[str]:
        return []


@dataclass
class _Token:
    row: dict[str, Any]
    provider: OidcProvider

    @property
    def scope(self) -> str:
        return str(self.row["scope"])

    def get_scope(self) -> str:
        return self.scope

    def check_client(self, client: ClientMixin) -> bool:
        return bool(self.row["client_id"] == client.get_client_id())

    def get_expires_in(self) -> int:
        return int(self.row["expires_in"])

    def is_expired(self) -> bool:
        return self.provider.clock.now() > self.row["issued_at"] + self.row["expires_in"]

    def is_revoked(self) -> bool:
        return False

    def get_user(self) -> str:
        return str(self.row["user_id"])

    def get_client(self) -> _Client:
        client = self.provider.query_client(self.row["client_id"])
        assert client is not None
        return client


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
        code_lifetime: int = 30,
        token_lifetime: int = 60,
    ) -> None:
        self.issuer = issuer
        self.clients = {client.client_id: client for client in clients}
        self.clock = clock
        self.keys = SigningKeys()
        self.user_claims = user_claims
        self.acr_values = tuple(acr_values)
        self.code_lifetime = code_lifetime
        self.token_lifetime = token_lifetime
        app.config.setdefault("OAUTH2_TOKEN_EXPIRES_IN", {"authorization_code": token_lifetime})
        self.server = AuthorizationServer(app, self.query_client, self._save_token)
        self.server.register_grant(_code_grant(self), [_openid_code(self)])
        self.resource_protector = ResourceProtector()
        self.resource_protector.register_token_validator(_bearer_validator(self)())

    def register_client(self, client: RegisteredClient) -> None:
        """Add a relying party (used by teams that point their own service at the mock)."""
        self.clients[client.client_id] = client

    def query_client(self, client_id: str | None) -> _Client | None:
        """The client model Authlib works with, or None for an unknown client."""
        registered = self.clients.get(client_id or "")
        if registered is None:
            return None
        return _Client(registered, {"userinfo_signed_response_alg": registered.signing_alg})

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
            "id_token_signing_alg_values_supported": ["ES256", "RS256"],
            "userinfo_signing_alg_values_supported": ["ES256", "RS256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
        }

    def validate_authorization(self, end_user: EndUser | None = None) -> grants.BaseGrant:
        """Validate the current /authorize request; raises OAuth2Error when it is refused."""
        return self.server.get_consent_grant(end_user=end_user)

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
        return Response(self.sign(claims, client.registered.signing_alg), mimetype="application/jwt")

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
            decoded = jwt.decode(token, self.keys.private_set(), algorithms=["ES256", "RS256"])
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


def _code_grant(provider: OidcProvider) -> type[grants.AuthorizationCodeGrant]:
    class CodeGrant(grants.AuthorizationCodeGrant):
        TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_post", "client_secret_basic"]

        def save_authorization_code(self, code: str, request: Any) -> None:
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
                    provider.clock.now(),
                ),
            )

        def query_authorization_code(self, code: str, client: Any) -> _AuthorizationCode | None:
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
            return _AuthorizationCode(dict(row))

        def delete_authorization_code(self, authorization_code: _AuthorizationCode) -> None:
            get_db().execute(
                "UPDATE oidc_code SET used = 1 WHERE code = ?", (authorization_code.row["code"],)
            )

        def authenticate_user(self, authorization_code: _AuthorizationCode) -> str:
            return str(authorization_code.row["user_id"])

    return CodeGrant


def _openid_code(provider: OidcProvider) -> oidc_grants.OpenIDCode:
    class OpenIDCode(oidc_grants.OpenIDCode):
        def exists_nonce(self, nonce: str, request: Any) -> bool:
            return provider.nonce_used(request.payload.client_id, nonce)

        def resolve_client_private_key(self, client: _Client) -> Any:
            return provider.keys.private(client.registered.signing_alg)

        def get_client_claims(self, client: _Client) -> dict[str, Any]:
            now = provider.clock.timestamp()
            return {"iss": provider.issuer, "aud": [client.client_id], "iat": now, "exp": now + 60}

        def get_encode_header(self, client: _Client) -> dict[str, str]:
            alg = client.registered.signing_alg
            return {"alg": alg, "kid": provider.keys.kid(alg), "typ": "JWT"}

        def generate_user_info(self, user: str, scope: str) -> dict[str, Any]:
            # Authlib does not pass the client here; process_token put it in the request context.
            client: _Client = g.oidc_client
            return provider.identity_claims(user, client.registered, scope)

        def process_token(self, grant: Any, response: Any) -> Any:
            g.oidc_client = grant.request.client
            return super().process_token(grant, response)

    return OpenIDCode(require_nonce=True)


def _bearer_validator(provider: OidcProvider) -> type[BearerTokenValidator]:
    class Validator(BearerTokenValidator):
        def authenticate_token(self, token_string: str) -> _Token | None:
            row = (
                get_db()
                .execute("SELECT * FROM oidc_token WHERE access_token = ?", (token_string,))
                .fetchone()
            )
            return _Token(dict(row), provider) if row else None

    return Validator
