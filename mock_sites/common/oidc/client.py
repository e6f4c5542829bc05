"""An OpenID Connect relying party: Authlib builds the requests, joserfc verifies every JWT.

Services use it towards FranceConnect, and FranceConnect towards each identity provider.
Server-to-server calls go to 127.0.0.1 (see SiteMap.backchannel); the browser uses public URLs.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import requests
from authlib.integrations.base_client import OAuthError
from authlib.integrations.requests_client import OAuth2Session
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import ECKey, KeySet, RSAKey

from ..clock import Clock
from ..kept_session import KeptSession, ThreadSessions
from .sealing import unseal

STATE_AND_NONCE_BYTES = 32  # 43 characters once encoded: above FranceConnect's minimum of 32
DEFAULT_TIMEOUT = 10.0  # seconds a server-to-server call may take


class OidcError(Exception):
    """A response from the provider that a careful relying party refuses."""

    code = "invalid_token"  # the OAuth-style error a relying party reports

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class ProviderUnreachable(OidcError):
    """The provider did not answer in time, or not at all."""

    code = "temporarily_unavailable"


class ProviderFailure(OidcError):
    """The provider answered with a server error."""

    code = "server_error"


def new_state_or_nonce() -> str:
    """A fresh unguessable value for `state` or `nonce`."""
    return secrets.token_urlsafe(STATE_AND_NONCE_BYTES)


@dataclass
class OidcClient:
    """A relying party registered at one provider."""

    issuer: str
    client_id: str
    client_secret: str
    redirect_uri: str
    scope: str
    clock: Clock
    backchannel: Callable[[str], str]
    post_logout_redirect_uri: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    acr_values: str = "eidas1"  # the level it asks for: required by FranceConnect v2
    signing_algs: tuple[str, ...] = ("ES256", "RS256")  # FranceConnect+: ES256 only
    # With a key, every JWT must come encrypted for it (FranceConnect+); a bare JWS is refused.
    decryption_key: ECKey | RSAKey | None = None

    def __post_init__(self) -> None:
        self._metadata: dict[str, Any] | None = None
        self._keys: KeySet | None = None
        # Kept from call to call (see kept_session): the plain calls share one, the token
        # exchange has one per thread, as Authlib's session keeps the token it fetched.
        self._http = KeptSession()
        self._oauth = ThreadSessions(self._new_session)

    @property
    def metadata(self) -> dict[str, Any]:
        """The provider's discovery document, fetched once."""
        if self._metadata is None:
            url = self.backchannel(f"{self.issuer}/.well-known/openid-configuration")
            self._metadata = _get_json(self._http.get(), url, self.timeout)
            if self._metadata.get("issuer") != self.issuer:
                raise OidcError(f"discovery announces issuer {self._metadata.get('issuer')!r}")
        return self._metadata

    def keys(self, refresh: bool = False) -> KeySet:
        """The provider's public keys (JWKS)."""
        if self._keys is None or refresh:
            self._keys = KeySet.import_key_set(
                _get_json(self._http.get(), self.backchannel(self.metadata["jwks_uri"]), self.timeout)  # type: ignore[arg-type]
            )
        return self._keys

    def _new_session(self) -> OAuth2Session:
        return OAuth2Session(
            self.client_id,
            self.client_secret,
            scope=self.scope,
            redirect_uri=self.redirect_uri,
            token_endpoint_auth_method="client_secret_post",
            default_timeout=self.timeout,
        )

    def authorization_url(self, state: str, nonce: str, acr_values: str | None = None) -> str:
        """Where to send the browser to log in (at `acr_values`, else the client's own level)."""
        url, _ = self._oauth.get().create_authorization_url(
            self.metadata["authorization_endpoint"],
            state=state,
            nonce=nonce,
            acr_values=acr_values or self.acr_values,
        )
        return str(url)

    def fetch_tokens(self, code: str) -> dict[str, Any]:
        """Exchange the code for tokens at the token endpoint."""
        try:
            token = self._oauth.get().fetch_token(
                self.backchannel(self.metadata["token_endpoint"]),
                code=code,
                grant_type="authorization_code",
            )
        except (requests.Timeout, requests.ConnectionError) as error:
            raise ProviderUnreachable(f"token endpoint unreachable: {error}") from error
        except requests.HTTPError as error:  # Authlib raises it for a 5xx answer
            raise ProviderFailure(f"token endpoint failed: {error}") from error
        except OAuthError as error:
            raise OidcError(f"token endpoint refused the code: {error}", error.error) from error
        except ValueError as error:
            raise ProviderFailure(f"token endpoint answered no token: {error}") from error
        return dict(token)

    def verify(self, token: str, nonce: str | None = None) -> dict[str, Any]:
        """Verify a JWT from the provider: decrypted first if it must be, then signature, iss, aud, exp
        (shared clock) and nonce."""
        algorithms = list(self.signing_algs)
        try:
            if self.decryption_key is not None:
                token = unseal(token, self.decryption_key)
            try:
                decoded = jwt.decode(token, self.keys(), algorithms=algorithms)
            except JoseError:
                decoded = jwt.decode(token, self.keys(refresh=True), algorithms=algorithms)
            options: dict[str, Any] = {
                "iss": {"essential": True, "value": self.issuer},
                "aud": {"essential": True, "value": self.client_id},
                "exp": {"essential": True},
            }
            if nonce is not None:
                options["nonce"] = {"essential": True, "value": nonce}
            jwt.JWTClaimsRegistry(now=self.clock.timestamp, leeway=5, **options).validate(decoded.claims)
        except (JoseError, ValueError) as error:  # SealError is a ValueError
            raise OidcError(f"token refused: {error}") from error
        return dict(decoded.claims)

    def userinfo_jwt(self, access_token: str) -> str:
        """The signed userinfo JWT, as the provider sent it (not yet verified)."""
        try:
            response = self._http.get().get(
                self.backchannel(self.metadata["userinfo_endpoint"]),
                headers={"Authorization": f"Bearer {access_token}"},
                timeout=self.timeout,
            )
        except (requests.Timeout, requests.ConnectionError) as error:
            raise ProviderUnreachable(f"userinfo unreachable: {error}") from error
        if response.status_code >= 500:
            raise ProviderFailure(f"userinfo answered {response.status_code}")
        if response.status_code != 200:
            raise OidcError(f"userinfo answered {response.status_code}")
        return response.text

    def userinfo(self, access_token: str) -> dict[str, Any]:
        """Fetch and verify the signed userinfo JWT."""
        return self.verify(self.userinfo_jwt(access_token))

    def end_session_url(self, id_token_hint: str, state: str) -> str:
        """Where to send the browser to end the provider's session (RP-initiated logout)."""
        query = {"id_token_hint": id_token_hint, "state": state}
        if self.post_logout_redirect_uri:
            query["post_logout_redirect_uri"] = self.post_logout_redirect_uri
        return f"{self.metadata['end_session_endpoint']}?{urlencode(query)}"


def _get_json(http: requests.Session, url: str, timeout: float) -> dict[str, Any]:
    try:
        response = http.get(url, timeout=timeout)
    except (requests.Timeout, requests.ConnectionError) as error:
        raise ProviderUnreachable(f"{url} unreachable: {error}") from error
    if response.status_code >= 500:
        raise ProviderFailure(f"{url} answered {response.status_code}")
    response.raise_for_status()
    data: dict[str, Any] = response.json()
    return data
