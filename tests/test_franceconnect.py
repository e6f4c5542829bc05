"""FranceConnect's OIDC endpoints through real requests: discovery, JWKS, the code flow, refusals."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests
from joserfc import jwt
from joserfc.jwk import KeySet

from mock_sites.accounts import enrol_person
from mock_sites.common.identities import Person, generate_person
from mock_sites.common.oidc.provider import IDENTITY_CLAIMS, OidcProvider, RegisteredClient
from mock_sites.franceconnect import errors
from mock_sites.runner import RunningSites

from .browserless import Browserless, Page

PRIVATE_JWK_MEMBERS = {"d", "p", "q", "dp", "dq", "qi", "oth", "k"}
SCOPE = "openid " + " ".join(IDENTITY_CLAIMS)


@dataclass
class RelyingParty:
    """A relying party this test registers at the hub, as a service team would."""

    client: RegisteredClient

    @property
    def redirect_uri(self) -> str:
        """Where the hub sends the browser back with the code."""
        return self.client.redirect_uris[0]


def hub(mock_sites: RunningSites, path: str = "") -> str:
    """A public URL on FranceConnect."""
    return mock_sites.url("franceconnect", path)


def backchannel_get(mock_sites: RunningSites, url: str, **kwargs: Any) -> requests.Response:
    """GET a public URL from Python, over real HTTP to 127.0.0.1."""
    return requests.get(mock_sites.sites.backchannel(url), timeout=10, **kwargs)


def register_service(mock_sites: RunningSites, alg: str = "ES256", sector: str = "") -> RelyingParty:
    """Register a new relying party at the hub (unique id, so tests never share one)."""
    client_id = f"test-{alg.lower()}-{secrets.token_hex(4)}"
    client = RegisteredClient(
        client_id=client_id,
        client_secret=secrets.token_urlsafe(32),
        name=f"Service de test {client_id}",
        redirect_uris=(f"http://{client_id}.localhost:9/callback",),
        post_logout_redirect_uris=(f"http://{client_id}.localhost:9/deconnecte",),
        signing_alg=alg,
        sector=sector,
    )
    provider: OidcProvider = mock_sites.app("franceconnect").extensions["oidc_provider"]
    provider.register_client(client)
    return RelyingParty(client)


def authorize_params(service: RelyingParty, **overrides: str | None) -> dict[str, str]:
    """A valid /authorize query for `service`; an override of None removes that parameter."""
    params: dict[str, str | None] = {
        "response_type": "code",
        "client_id": service.client.client_id,
        "redirect_uri": service.redirect_uri,
        "scope": SCOPE,
        "state": secrets.token_urlsafe(32),
        "nonce": secrets.token_urlsafe(32),
        "acr_values": "eidas1",
        **overrides,
    }
    return {key: value for key, value in params.items() if value is not None}


def open_authorize(browser: Browserless, params: dict[str, str]) -> Page:
    """The browser arrives at the hub's /authorize, sent by a service."""
    return browser.get(hub(browser.sites, f"/api/v2/authorize?{urlencode(params)}"))


@pytest.fixture
def person(mock_sites: RunningSites, request: pytest.FixtureRequest) -> Person:
    """A person with an Ameli account."""
    someone = generate_person(mock_sites.seed, request.node.nodeid)
    enrol_person(mock_sites, "ameli", someone)
    return someone


def log_in(mock_sites: RunningSites, service: RelyingParty, person: Person, nonce: str) -> dict[str, str]:
    """The whole browser side with Ameli; returns the query the hub sends back to the service."""
    browser = Browserless(mock_sites)
    params = authorize_params(service, nonce=nonce)
    page = open_authorize(browser, params)
    assert "Choisissez un compte pour vous connecter" in page.text, page.text
    page = browser.post(hub(mock_sites, "/api/v2/choisir-compte"), {"idp": "ameli"})
    page = browser.post(page.url, {"identifiant": person.nir_without_key, "secret": person.password})
    assert f"Continuer sur {service.client.name}" in page.text, page.text
    page = browser.post(page.url, {}, follow=False)  # the service is not a mock site: stop here
    assert page.status == 302
    location = page.response.headers["Location"]
    assert location.startswith(service.redirect_uri + "?")
    query = {key: values[0] for key, values in parse_qs(urlsplit(location).query).items()}
    assert query["state"] == params["state"]
    return query


def exchange_code(mock_sites: RunningSites, service: RelyingParty, code: str) -> dict[str, Any]:
    """The service's server calls the token endpoint."""
    response = requests.post(
        mock_sites.sites.backchannel(hub(mock_sites, "/api/v2/token")),
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": service.redirect_uri,
            "client_id": service.client.client_id,
            "client_secret": service.client.client_secret,
        },
        timeout=10,
    )
    assert response.status_code == 200, response.text
    tokens: dict[str, Any] = response.json()
    return tokens


def public_keys(mock_sites: RunningSites) -> KeySet:
    """The hub's JWKS, as a service fetches it."""
    return KeySet.import_key_set(backchannel_get(mock_sites, hub(mock_sites, "/api/v2/jwks")).json())


def test_discovery_document_announces_franceconnect_v2(mock_sites: RunningSites) -> None:
    document = backchannel_get(mock_sites, hub(mock_sites, "/api/v2/.well-known/openid-configuration")).json()
    issuer = hub(mock_sites, "/api/v2")
    assert document["issuer"] == issuer
    # Fetched through 127.0.0.1, it still announces the public origin the browser uses.
    assert document["authorization_endpoint"] == f"{issuer}/authorize"
    assert document["token_endpoint"] == f"{issuer}/token"
    assert document["userinfo_endpoint"] == f"{issuer}/userinfo"
    assert document["jwks_uri"] == f"{issuer}/jwks"
    assert document["end_session_endpoint"] == f"{issuer}/session/end"
    assert set(document["id_token_signing_alg_values_supported"]) == {"ES256", "RS256"}
    assert set(document["userinfo_signing_alg_values_supported"]) == {"ES256", "RS256"}
    assert document["subject_types_supported"] == ["pairwise"]
    assert document["acr_values_supported"] == ["eidas1"]
    assert document["response_types_supported"] == ["code"]


def test_jwks_publishes_public_keys_only_each_with_a_kid(mock_sites: RunningSites) -> None:
    keys = backchannel_get(mock_sites, hub(mock_sites, "/api/v2/jwks")).json()["keys"]
    assert {key["alg"] for key in keys} == {"ES256", "RS256"}
    assert {key["kty"] for key in keys} == {"EC", "RSA"}
    kids = [key["kid"] for key in keys]
    assert all(kids) and len(set(kids)) == len(kids)
    for key in keys:
        assert not PRIVATE_JWK_MEMBERS & set(key), f"private material in the JWKS: {key['kid']}"
        assert key["use"] == "sig"


@pytest.mark.parametrize("alg", ["ES256", "RS256"])
def test_code_flow_returns_signed_verifiable_tokens(
    mock_sites: RunningSites, person: Person, alg: str
) -> None:
    service = register_service(mock_sites, alg)
    nonce = secrets.token_urlsafe(32)
    tokens = exchange_code(mock_sites, service, log_in(mock_sites, service, person, nonce)["code"])
    keys = public_keys(mock_sites)
    issuer = hub(mock_sites, "/api/v2")

    id_token = jwt.decode(tokens["id_token"], keys, algorithms=[alg])
    assert id_token.header["alg"] == alg
    assert id_token.header["kid"] in {key.kid for key in keys.keys}
    claims = id_token.claims
    assert claims["iss"] == issuer
    assert service.client.client_id in (claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]])
    assert claims["nonce"] == nonce
    assert claims["acr"] == "eidas1"
    assert claims["exp"] > claims["iat"]

    response = backchannel_get(
        mock_sites,
        hub(mock_sites, "/api/v2/userinfo"),
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/jwt")
    userinfo = jwt.decode(response.text, keys, algorithms=[alg])
    assert userinfo.header["alg"] == alg
    info = userinfo.claims
    assert info["iss"] == issuer
    assert info["aud"] == service.client.client_id
    assert info["sub"] == claims["sub"]
    assert {key: info[key] for key in person.claims()} == person.claims()


def test_sub_is_pairwise_stable_per_service_and_hides_the_nir(
    mock_sites: RunningSites, person: Person
) -> None:
    first = register_service(mock_sites, sector="https://premier.example")
    second = register_service(mock_sites, sector="https://second.example")

    def sub(service: RelyingParty) -> str:
        nonce = secrets.token_urlsafe(32)
        tokens = exchange_code(mock_sites, service, log_in(mock_sites, service, person, nonce)["code"])
        return str(jwt.decode(tokens["id_token"], public_keys(mock_sites)).claims["sub"])

    sub_first = sub(first)
    assert sub(first) == sub_first  # the same person, the same service: the same sub
    assert sub(second) != sub_first  # another sector cannot link the two accounts
    assert person.nir_without_key not in sub_first


CHOOSE_ACCOUNT = "Choisissez un compte pour vous connecter"

REFUSED_AUTHORIZE = [
    pytest.param({"state": None}, errors.BAD_STATE, id="state absent"),
    pytest.param({"state": "s" * 31}, errors.BAD_STATE, id="state de 31 caractères"),
    pytest.param({"nonce": None}, errors.BAD_NONCE, id="nonce absent"),
    pytest.param({"nonce": "n" * 31}, errors.BAD_NONCE, id="nonce de 31 caractères"),
    pytest.param({"client_id": "service-inconnu"}, errors.UNKNOWN_CLIENT, id="client_id inconnu"),
    pytest.param({"client_id": None}, errors.UNKNOWN_CLIENT, id="client_id absent"),
    pytest.param(
        {"redirect_uri": "http://ailleurs.localhost:9/callback"}, errors.BAD_REDIRECT_URI, id="redirect_uri"
    ),
    pytest.param({"acr_values": "eidas2"}, errors.BAD_ACR, id="acr eidas2"),
    pytest.param({"acr_values": "eidas3"}, errors.BAD_ACR, id="acr eidas3"),
    pytest.param({"acr_values": "n-importe-quoi"}, errors.BAD_ACR, id="acr inconnu"),
    pytest.param({"acr_values": None}, errors.MISSING_ACR, id="acr_values absent"),
    pytest.param({"acr_values": ""}, errors.MISSING_ACR, id="acr_values vide"),
]


@pytest.mark.parametrize(("overrides", "error"), REFUSED_AUTHORIZE)
def test_authorize_refuses_with_the_error_page_and_its_code(
    mock_sites: RunningSites,
    browserless: Browserless,
    overrides: dict[str, str | None],
    error: errors.HubError,
) -> None:
    service = register_service(mock_sites)
    page = open_authorize(browserless, authorize_params(service, **overrides))
    assert page.status == 400
    assert "Une erreur est survenue" in page.text
    assert f'Code d\'erreur : <strong class="code-erreur">{error.code}</strong>' in page.text
    assert error.message in page.text
    assert CHOOSE_ACCOUNT not in page.text
    # Nothing was started: choosing an account now is refused as "no login in progress".
    page = browserless.post(hub(mock_sites, "/api/v2/choisir-compte"), {"idp": "ameli"})
    assert errors.NO_PENDING_LOGIN.code in page.text


@pytest.mark.parametrize("length", [32, 43])
def test_authorize_accepts_state_and_nonce_of_32_characters_or_more(
    mock_sites: RunningSites, browserless: Browserless, length: int
) -> None:
    service = register_service(mock_sites)
    page = open_authorize(browserless, authorize_params(service, state="s" * length, nonce="n" * length))
    assert page.status == 200
    assert CHOOSE_ACCOUNT in page.text


@pytest.fixture
def id_token(mock_sites: RunningSites, person: Person) -> tuple[RelyingParty, str]:
    """A service and the ID token the hub issued to it."""
    service = register_service(mock_sites)
    code = log_in(mock_sites, service, person, secrets.token_urlsafe(32))["code"]
    return service, str(exchange_code(mock_sites, service, code)["id_token"])


def end_session(browser: Browserless, **params: str) -> Page:
    """The browser arrives at /session/end."""
    return browser.get(hub(browser.sites, f"/api/v2/session/end?{urlencode(params)}"), follow=False)


def test_session_end_redirects_to_a_registered_uri(
    browserless: Browserless, id_token: tuple[RelyingParty, str]
) -> None:
    service, token = id_token
    target = service.client.post_logout_redirect_uris[0]
    page = end_session(browserless, id_token_hint=token, post_logout_redirect_uri=target, state="etat-1")
    assert page.status == 302
    assert page.response.headers["Location"] == f"{target}?state=etat-1"


@pytest.mark.parametrize(
    ("hint", "target", "code", "message"),
    [
        pytest.param(
            "pas-un-jeton", "registered", errors.INVALID_REQUEST.code, "id_token_hint", id="jeton illisible"
        ),
        pytest.param("", "registered", errors.INVALID_REQUEST.code, "id_token_hint", id="jeton absent"),
        pytest.param(
            "valid",
            "http://ailleurs.localhost:9/",
            errors.BAD_REDIRECT_URI.code,
            "adresse de retour",
            id="uri",
        ),
        pytest.param("valid", "", errors.BAD_REDIRECT_URI.code, "adresse de retour", id="uri absente"),
    ],
)
def test_session_end_refusals(
    browserless: Browserless,
    id_token: tuple[RelyingParty, str],
    hint: str,
    target: str,
    code: str,
    message: str,
) -> None:
    service, token = id_token
    registered = service.client.post_logout_redirect_uris[0]
    page = end_session(
        browserless,
        id_token_hint=token if hint == "valid" else hint,
        post_logout_redirect_uri=registered if target == "registered" else target,
        state="etat-1",
    )
    assert page.status == 400
    assert "Une erreur est survenue" in page.text
    assert code in page.text
    assert message in page.text
