"""FranceConnect+ proven with a JOSE library the hub does not use (jwcrypto): its ID token and userinfo
decrypt with the service's private key, verify with the hub's JWKS fetched over HTTP (ES256), and carry
acr eidas3. Then its refusals: no or a low acr_values, an uncertified or another provider's account."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests
from jwcrypto import jwe, jwk, jws

from mock_sites.common.oidc.client import OidcClient, OidcError
from mock_sites.france_identite.enrolment import Holder
from mock_sites.france_identite.provider import IDENTITY_PROVIDER
from mock_sites.franceconnect import errors
from mock_sites.runner import RunningSites
from mock_sites.testing.france_identite import activated_holder, certified_holder

from .browserless import Browserless, Page
from .federation_paths import log_in_at_provider, person_at, redirect_query, start_login

SERVICE, HUB, FI = "procuration", "franceconnect_plus", "france_identite"


def service_client(mock_sites: RunningSites) -> OidcClient:
    """Ma procuration's client of FranceConnect+ (its secret, its decryption key)."""
    client: OidcClient = mock_sites.app(SERVICE).extensions["franceconnect_client"]
    return client


def tokens_for(mock_sites: RunningSites, browser: Browserless, holder: Holder) -> dict[str, Any]:
    """Log a certified holder in through FranceConnect+, then redeem the code as the service would."""
    start_login(browser, SERVICE)
    page = log_in_at_provider(browser, FI, holder, hub=HUB)
    assert "Continuer sur maprocuration.gouv.fr" in page.text, page.text
    code = redirect_query(browser.post(page.url, {}, follow=False))["code"]
    return service_client(mock_sites).fetch_tokens(code)


def hub_jwks(mock_sites: RunningSites) -> jwk.JWKSet:
    """FranceConnect+'s public keys, fetched over HTTP as any service does."""
    discovery = requests.get(
        mock_sites.sites.backchannel(mock_sites.url(HUB, "/api/v2/.well-known/openid-configuration")),
        timeout=10,
    ).json()
    document = requests.get(mock_sites.sites.backchannel(discovery["jwks_uri"]), timeout=10).text
    return jwk.JWKSet.from_json(document)


def open_with_jwcrypto(mock_sites: RunningSites, token: str) -> dict[str, Any]:
    """Decrypt with the service's private key, then verify the inner JWS with the hub's JWKS (ES256)."""
    private = service_client(mock_sites).decryption_key
    assert private is not None
    service_key = jwk.JWK(**private.as_dict(private=True))
    envelope = jwe.JWE()
    envelope.deserialize(token, key=service_key)
    assert envelope.jose_header["enc"] == "A256GCM" and envelope.jose_header["cty"] == "JWT"
    signed = jws.JWS()
    signed.deserialize(envelope.payload.decode())
    assert signed.jose_header["alg"] == "ES256"
    signed.verify(hub_jwks(mock_sites).get_key(signed.jose_header["kid"]), alg="ES256")
    claims: dict[str, Any] = json.loads(signed.payload)
    return claims


def test_id_token_and_userinfo_decrypt_and_verify_with_jwcrypto(
    mock_sites: RunningSites, browserless: Browserless
) -> None:
    holder = certified_holder(mock_sites, "fcplus-jwcrypto")
    tokens = tokens_for(mock_sites, browserless, holder)
    id_claims = open_with_jwcrypto(mock_sites, tokens["id_token"])
    assert id_claims["acr"] in ("eidas2", "eidas3") and id_claims["acr"] == "eidas3"
    assert id_claims["iss"] == mock_sites.url(HUB, "/api/v2")
    userinfo = requests.get(
        mock_sites.sites.backchannel(mock_sites.url(HUB, "/api/v2/userinfo")),
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
        timeout=10,
    )
    user_claims = open_with_jwcrypto(mock_sites, userinfo.text)
    assert user_claims["sub"] == id_claims["sub"]
    assert (user_claims["given_name"], user_claims["family_name"]) == (holder.given_name, holder.family_name)


def test_the_hub_publishes_es256_keys_only_and_announces_encryption(mock_sites: RunningSites) -> None:
    assert {key["alg"] for key in hub_jwks(mock_sites).export(private_keys=False, as_dict=True)["keys"]} == {
        "ES256"
    }
    url = mock_sites.sites.backchannel(mock_sites.url(HUB, "/api/v2/.well-known/openid-configuration"))
    document = requests.get(url, timeout=10).json()
    assert document["acr_values_supported"] == ["eidas2", "eidas3"]
    assert document["id_token_signing_alg_values_supported"] == ["ES256"]
    assert document["id_token_encryption_enc_values_supported"] == ["A256GCM"]


def test_the_service_refuses_a_token_that_is_not_encrypted(
    mock_sites: RunningSites, browserless: Browserless
) -> None:
    tokens = tokens_for(mock_sites, browserless, certified_holder(mock_sites, "fcplus-bare-jws"))
    client = service_client(mock_sites)
    assert client.verify(tokens["id_token"])["acr"] == "eidas3"  # the genuine one passes
    inner = jwe.JWE()
    private = client.decryption_key
    assert private is not None
    inner.deserialize(tokens["id_token"], key=jwk.JWK(**private.as_dict(private=True)))
    with pytest.raises(OidcError, match="chiffré"):
        client.verify(inner.payload.decode())  # the same JWS, but bare


def hub_error(page: Page, error: errors.HubError) -> None:
    """The hub's error page, with this code and sentence."""
    assert f'Code d\'erreur : <strong class="code-erreur">{error.code}</strong>' in page.text, page.text
    assert error.message in page.text


@pytest.mark.parametrize("acr", [None, "eidas1"])
def test_fcplus_refuses_a_request_without_a_high_level(
    mock_sites: RunningSites, browserless: Browserless, acr: str | None
) -> None:
    page = start_login(browserless, SERVICE)
    assert "Choisissez un compte" in page.text
    query = {key: values[0] for key, values in parse_qs(urlsplit(page.url).query).items()}
    assert query.pop("acr_values") == "eidas3"  # what Ma procuration asks for
    if acr:
        query["acr_values"] = acr
    refused = browserless.get(mock_sites.url(HUB, "/api/v2/authorize?" + urlencode(query)))
    expected = errors.MISSING_ACR if acr is None else errors.bad_acr(("eidas2", "eidas3"))
    hub_error(refused, expected)


def test_fcplus_refuses_an_uncertified_france_identite_account(
    mock_sites: RunningSites, browserless: Browserless
) -> None:
    holder = activated_holder(mock_sites, "fcplus-uncertified")
    start_login(browserless, SERVICE)
    page = log_in_at_provider(browserless, FI, holder, hub=HUB)
    hub_error(page, errors.low_acr("France Identité", "eidas3", IDENTITY_PROVIDER.low_level_hint))
    assert "n'est pas certifié" in page.text
    assert page.status == 403


def test_fcplus_refuses_an_account_of_another_provider(
    mock_sites: RunningSites, browserless: Browserless
) -> None:
    person = person_at(mock_sites, "fcplus-impots", "impots")
    start_login(browserless, SERVICE)
    page = log_in_at_provider(browserless, "impots", person, hub=HUB)
    hub_error(page, errors.low_acr("impots.gouv.fr", "eidas3", ""))


def test_a_certified_account_still_opens_franceconnect_services(
    mock_sites: RunningSites, browserless: Browserless
) -> None:
    holder = certified_holder(mock_sites, "fcplus-at-fc")
    start_login(browserless, "mesdroitssociaux")
    page = log_in_at_provider(browserless, FI, holder)
    page = browserless.post(page.url, {})
    assert f"Bienvenue {holder.given_name} {holder.family_name}" in page.text
