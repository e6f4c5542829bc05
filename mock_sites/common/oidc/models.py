"""What an OpenID provider stores and hands to Authlib: registered clients, end users, codes, tokens."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any, Protocol

from authlib.oauth2.rfc6749 import ClientMixin

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
    # Its public encryption key (a JWK): its ID token and userinfo then come encrypted (FranceConnect+).
    encryption_jwk: tuple[tuple[str, str], ...] = ()

    @property
    def encryption_key(self) -> dict[str, str] | None:
        """The registered public encryption key, as a JWK dict, if any."""
        return dict(self.encryption_jwk) or None

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
class AuthlibClient(ClientMixin):
    """A registered client as Authlib asks about it."""

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
class StoredCode:
    """An authorization code row, as Authlib reads it."""

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


class TokenClients(Protocol):
    """What a token needs of its provider: the clock's time and the clients it knows."""

    def now(self) -> float:
        """The shared clock's time."""
        ...

    def query_client(self, client_id: str | None) -> AuthlibClient | None:
        """The client model of `client_id`."""
        ...


@dataclass
class StoredToken:
    """An access token row, as Authlib's resource protector reads it."""

    row: dict[str, Any]
    provider: TokenClients

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
        return self.provider.now() > self.row["issued_at"] + self.row["expires_in"]

    def is_revoked(self) -> bool:
        return False

    def get_user(self) -> str:
        return str(self.row["user_id"])

    def get_client(self) -> AuthlibClient:
        client = self.provider.query_client(self.row["client_id"])
        assert client is not None
        return client
