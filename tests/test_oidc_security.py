"""Protocol security: what the hub and the services refuse, with the error a relying party sees.

Authorization codes (used twice, older than 30 s), the state at the service's callback, replayed
nonces, and tokens forged in every way a relying party must notice (signature, iss, aud, exp, nonce).
/authorize parameter refusals are in test_franceconnect.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import pytest
from joserfc import jwt
from joserfc.jwk import ECKey

from mock_sites.common.oidc.client import OidcClient, OidcError
from mock_sites.common.oidc.provider import OidcProvider
from mock_sites.franceconnect import errors
from mock_sites.runner import RunningSites

from .browserless import Browserless, Page
from .federation_paths import log_in, log_in_at_provider, person_at, redirect_query, start_login

SERVICE = "mesdroitssociaux"


def service_client(mock_sites: RunningSites, site: str = SERVICE) -> OidcClient:
    """The OIDC client a service uses towards FranceConnect (its real secret and redirect URI)."""
    client: OidcClient = mock_sites.app(site).extensions["franceconnect_client"]
    return client


def hub_provider(mock_sites: RunningSites) -> OidcProvider:
    """FranceConnect's OpenID provider."""
    provider: OidcProvider = mock_sites.app("franceconnect").extensions["oidc_provider"]
    return provider


def code_sent_back(mock_sites: RunningSites, browser: Browserless, label: str) -> dict[str, str]:
    """Log in up to FranceConnect's "Continuer", and stop before the browser reaches the service:
    the query (code, state) of the redirect to the service."""
    person = person_at(mock_sites, label, "ameli")
    start_login(browser, SERVICE)
    page = log_in_at_provider(browser, "ameli", person)
    return redirect_query(browser.post(page.url, {}, follow=False))


def test_a_code_is_redeemed_once_only(mock_sites: RunningSites, browserless: Browserless) -> None:
    code = code_sent_back(mock_sites, browserless, "code-twice")["code"]
    client = service_client(mock_sites)
    assert "id_token" in client.fetch_tokens(code)
    with pytest.raises(OidcError) as refused:
        client.fetch_tokens(code)
    assert refused.value.code == "invalid_grant"


@pytest.mark.parametrize(("seconds", "accepted"), [(25, True), (31, False)])
def test_a_code_expires_after_30_seconds(
    mock_sites: RunningSites, browserless: Browserless, seconds: int, accepted: bool
) -> None:
    code = code_sent_back(mock_sites, browserless, f"code-after-{seconds}s")["code"]
    mock_sites.clock.advance(seconds)
    client = service_client(mock_sites)
    if accepted:
        assert "access_token" in client.fetch_tokens(code)
        return
    with pytest.raises(OidcError) as refused:
        client.fetch_tokens(code)
    assert refused.value.code == "invalid_grant"


def test_a_code_of_another_service_is_refused(mock_sites: RunningSites, browserless: Browserless) -> None:
    code = code_sent_back(mock_sites, browserless, "code-other-service")["code"]
    with pytest.raises(OidcError) as refused:
        service_client(mock_sites, "ants").fetch_tokens(code)
    assert refused.value.code == "invalid_grant"


def is_logged_out(browser: Browserless, site: str = SERVICE) -> bool:
    """The service's personal space sends the browser back to its FranceConnect button."""
    page = browser.get(browser.sites.url(site, "/mon-espace"))
    return "S'identifier avec FranceConnect" in page.text and "Bienvenue" not in page.text


def test_the_service_refuses_a_tampered_state(mock_sites: RunningSites, browserless: Browserless) -> None:
    query = code_sent_back(mock_sites, browserless, "tampered-state")
    tampered = query | {"state": query["state"][:-1] + ("A" if query["state"][-1] != "A" else "B")}
    page = browserless.get(mock_sites.url(SERVICE, f"/oidc/callback?{urlencode(tampered)}"))
    assert page.status == 400
    assert "Code d'erreur : <strong>invalid_state</strong>" in page.text
    assert is_logged_out(browserless)


def test_the_service_refuses_a_return_it_did_not_ask_for(
    mock_sites: RunningSites, browserless: Browserless
) -> None:
    query = code_sent_back(mock_sites, Browserless(mock_sites), "someone-elses-return")
    # Another browser (no login in progress there) receives the link.
    page = browserless.get(mock_sites.url(SERVICE, f"/oidc/callback?{urlencode(query)}"))
    assert "invalid_state" in page.text
    assert is_logged_out(browserless)


def test_the_hub_refuses_a_replayed_nonce(mock_sites: RunningSites, browserless: Browserless) -> None:
    person = person_at(mock_sites, "replayed-nonce", "yris")
    authorize = browserless.post(mock_sites.url(SERVICE, "/connexion/franceconnect"), follow=False)
    hub_request = authorize.response.headers["Location"]
    browserless.get(hub_request)
    page = log_in_at_provider(browserless, "yris", person)
    page = browserless.post(page.url, {})
    assert f"Bienvenue {person.given_name}" in page.text
    page = browserless.get(hub_request)  # the same request (same nonce), replayed
    assert page.status == 400
    assert f'<strong class="code-erreur">{errors.NONCE_REPLAYED.code}</strong>' in page.text


# -- forged tokens ---------------------------------------------------------------------------------


def hub_claims(mock_sites: RunningSites, **changes: Any) -> dict[str, Any]:
    """Claims a genuine ID token from the hub to mesdroitssociaux would carry, with `changes`."""
    now = mock_sites.clock.timestamp()
    claims = {
        "iss": hub_provider(mock_sites).issuer,
        "aud": service_client(mock_sites).client_id,
        "sub": "0" * 64 + "v1",
        "iat": now,
        "exp": now + 60,
        "nonce": "n" * 43,
        "acr": "eidas1",
    }
    return {key: value for key, value in (claims | changes).items() if value is not None}


def signed_by_hub(mock_sites: RunningSites, claims: dict[str, Any]) -> str:
    """Signed with FranceConnect's real key."""
    return hub_provider(mock_sites).sign(claims, "ES256")


def signed_by_stranger(claims: dict[str, Any]) -> str:
    """Signed with a key FranceConnect never published."""
    key = ECKey.generate_key("P-256", {"use": "sig", "alg": "ES256"}, auto_kid=True)
    return jwt.encode({"alg": "ES256", "kid": key.kid, "typ": "JWT"}, claims, key, algorithms=["ES256"])


def test_a_genuine_token_is_accepted(mock_sites: RunningSites) -> None:
    token = signed_by_hub(mock_sites, hub_claims(mock_sites))
    assert service_client(mock_sites).verify(token, nonce="n" * 43)["sub"] == "0" * 64 + "v1"


FORGERIES: list[Any] = [
    pytest.param(lambda m: signed_by_stranger(hub_claims(m)), id="signature d'une autre clé"),
    pytest.param(lambda m: signed_by_hub(m, hub_claims(m, aud="un-autre-service")), id="autre destinataire"),
    pytest.param(lambda m: signed_by_hub(m, hub_claims(m, iss="http://faux.localhost:9")), id="autre iss"),
    pytest.param(
        lambda m: signed_by_hub(m, hub_claims(m, exp=m.clock.timestamp() - 60)), id="expiré il y a 60 s"
    ),
    pytest.param(lambda m: signed_by_hub(m, hub_claims(m, exp=None)), id="sans exp"),
    pytest.param(lambda m: signed_by_hub(m, hub_claims(m, nonce="x" * 43)), id="autre nonce"),
    pytest.param(lambda m: signed_by_hub(m, hub_claims(m, nonce=None)), id="sans nonce"),
    pytest.param(lambda m: signed_by_hub(m, hub_claims(m))[:-4] + "AAAA", id="signature altérée"),
    pytest.param(lambda m: "pas.un.jeton", id="illisible"),
]


@pytest.mark.parametrize("forge", FORGERIES)
def test_a_relying_party_refuses_a_forged_id_token(
    mock_sites: RunningSites, forge: Callable[[RunningSites], str]
) -> None:
    with pytest.raises(OidcError) as refused:
        service_client(mock_sites).verify(forge(mock_sites), nonce="n" * 43)
    assert refused.value.code == "invalid_token"


def test_a_token_expired_by_the_clock_is_refused(mock_sites: RunningSites) -> None:
    token = signed_by_hub(mock_sites, hub_claims(mock_sites))
    mock_sites.clock.advance(66)  # past exp (60 s) and the 5 s leeway
    with pytest.raises(OidcError):
        service_client(mock_sites).verify(token, nonce="n" * 43)


def forged_like(mock_sites: RunningSites, genuine: str, how: str) -> str:
    """A forgery of a genuine hub JWT: same claims, one thing wrong."""
    claims = dict(jwt.decode(genuine, hub_provider(mock_sites).keys.private_set()).claims)
    if how == "signature":
        return signed_by_stranger(claims)
    if how == "audience":
        return signed_by_hub(mock_sites, claims | {"aud": "un-autre-service"})
    if how == "expiration":
        return signed_by_hub(mock_sites, claims | {"exp": mock_sites.clock.timestamp() - 60})
    if how == "nonce":
        return signed_by_hub(mock_sites, claims | {"nonce": "x" * 43})
    raise ValueError(how)


@pytest.mark.parametrize("how", ["signature", "audience", "expiration", "nonce"])
def test_the_service_refuses_a_forged_id_token_from_the_token_endpoint(
    mock_sites: RunningSites, browserless: Browserless, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    client = service_client(mock_sites)
    genuine_fetch = client.fetch_tokens

    def forged_fetch(code: str) -> dict[str, Any]:
        tokens = genuine_fetch(code)
        return tokens | {"id_token": forged_like(mock_sites, tokens["id_token"], how)}

    monkeypatch.setattr(client, "fetch_tokens", forged_fetch)
    page = login_refused(mock_sites, browserless, f"forged-id-token-{how}")
    assert "Code d'erreur : <strong>invalid_token</strong>" in page.text


@pytest.mark.parametrize("how", ["signature", "audience", "expiration"])
def test_the_service_refuses_a_forged_userinfo(
    mock_sites: RunningSites, browserless: Browserless, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    client = service_client(mock_sites)
    genuine_userinfo = client.userinfo_jwt
    monkeypatch.setattr(
        client, "userinfo_jwt", lambda token: forged_like(mock_sites, genuine_userinfo(token), how)
    )
    page = login_refused(mock_sites, browserless, f"forged-userinfo-{how}")
    assert "Code d'erreur : <strong>invalid_token</strong>" in page.text


def test_the_service_refuses_userinfo_about_someone_else(
    mock_sites: RunningSites, browserless: Browserless, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = service_client(mock_sites)
    genuine_userinfo = client.userinfo_jwt

    def other_person(token: str) -> str:
        claims = dict(jwt.decode(genuine_userinfo(token), hub_provider(mock_sites).keys.private_set()).claims)
        return signed_by_hub(mock_sites, claims | {"sub": "f" * 64 + "v1"})

    monkeypatch.setattr(client, "userinfo_jwt", other_person)
    page = login_refused(mock_sites, browserless, "userinfo-other-sub")
    assert "invalid_token" in page.text


def login_refused(mock_sites: RunningSites, browser: Browserless, label: str) -> Page:
    """Log in through FranceConnect; the service must refuse, and leave the person logged out."""
    person = person_at(mock_sites, label, "msa")
    page = log_in(browser, SERVICE, "msa", person)
    assert page.status == 400, page.text
    assert "Connexion impossible" in page.text
    assert f"Bienvenue {person.given_name}" not in page.text
    assert is_logged_out(browser)
    return page


@pytest.mark.parametrize("parameter", ["request", "request_uri"])
def test_the_hub_refuses_a_request_object_it_does_not_support(
    mock_sites: RunningSites, browserless: Browserless, parameter: str
) -> None:
    authorize = browserless.post(mock_sites.url(SERVICE, "/connexion/franceconnect"), follow=False)
    hub_request = (
        authorize.response.headers["Location"] + "&" + urlencode({parameter: "eyJhbGciOiJub25lIn0.e30."})
    )
    page = browserless.get(hub_request, follow=False)
    expected = "request_not_supported" if parameter == "request" else "request_uri_not_supported"
    assert expected in (page.response.headers.get("Location", "") + page.text)
    assert "Choisir un compte" not in page.text
