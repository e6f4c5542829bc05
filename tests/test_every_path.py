"""Every documented FranceConnect path without a browser: five providers × three services, the
providers' own forms, the pairwise `sub`, single sign-on, logout and the providers' failures."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest
import requests
from joserfc import jwt
from joserfc.jwk import KeySet

from mock_sites.catalogue import identity_provider_role, identity_providers, service_role, services
from mock_sites.federation.behaviours import Behaviour
from mock_sites.franceconnect import errors
from mock_sites.runner import RunningSites

from .browserless import Browserless
from .federation_paths import CHOOSE_ACCOUNT, log_in, log_in_at_provider, person_at, start_login

SUB = re.compile(r"Identifiant FranceConnect : <code>([0-9a-f]{64}v1)</code>")
LOGINS = re.compile(r"Vous vous êtes connecté\(e\) (\d+) fois")


def sub_shown(text: str) -> str:
    """The FranceConnect identifier a service's space shows."""
    match = SUB.search(text)
    assert match, text
    return match.group(1)


# Every provider whose accounts the tests open (France Identité's come from its app: its own tests),
# towards every FranceConnect service (Ma procuration requires FranceConnect+: its own tests).
TABLE_PROVIDERS = [
    p.name for p in identity_providers() if p.identity_provider and not p.identity_provider.accounts
]
FRANCECONNECT_SERVICES = [s.name for s in services() if s.service and s.service.hub == "franceconnect"]


@pytest.mark.parametrize("idp", TABLE_PROVIDERS)
@pytest.mark.parametrize("site", FRANCECONNECT_SERVICES)
def test_any_account_opens_any_service(
    mock_sites: RunningSites, browserless: Browserless, idp: str, site: str
) -> None:
    person = person_at(mock_sites, f"every-path-{idp}-{site}", idp)
    page = log_in(browserless, site, idp, person)
    assert page.status == 200
    assert page.url.endswith("/mon-espace")
    assert f"Bienvenue {person.given_name} {person.family_name}" in page.text
    assert "Vous vous êtes connecté(e) 1 fois" in page.text


def test_the_hub_offers_the_five_providers_of_the_tutorial(browserless: Browserless) -> None:
    page = start_login(browserless, "mesdroitssociaux")
    found = re.findall(r'<button type="submit" name="idp" value="[a-z_]+">([^<]+)</button>', page.text)
    buttons = [unescape(button) for button in found]
    # The tutorial's five, then France Identité (FranceConnect lists it among its providers).
    assert buttons == [
        "impots.gouv.fr",
        "Compte de l'Assurance Maladie (Compte Ameli)",
        "Identité Numérique La Poste",
        "Yris",
        "msa.fr",
        "France Identité",
    ]


@pytest.mark.parametrize(
    ("idp", "typed", "message"),
    [
        ("laposte", "pas-une-adresse", "Saisissez une adresse électronique valide"),
        ("yris", "0123456789", "commencer par 06 ou 07"),
        ("msa", "123456789012345", "sans la clé : 13 chiffres"),
        ("impots", "1234567890123", "n'est pas valide"),
    ],
)
def test_each_provider_checks_its_own_identifier(
    mock_sites: RunningSites, browserless: Browserless, idp: str, typed: str, message: str
) -> None:
    start_login(browserless, "mesdroitssociaux")
    page = browserless.post(mock_sites.url("franceconnect", "/api/v2/choisir-compte"), {"idp": idp})
    page = browserless.post(page.url, {"identifiant": typed, "secret": "peu importe"})
    assert page.status == 200
    assert message in page.text
    assert identity_provider_role(idp).login_form.heading in page.text


def test_la_poste_refuses_a_wrong_app_code_then_accepts_the_right_one(
    mock_sites: RunningSites, browserless: Browserless
) -> None:
    person = person_at(mock_sites, "laposte-wrong-code", "laposte")
    form = identity_provider_role("laposte").login_form
    assert form.confirmation is not None
    start_login(browserless, "ants")
    page = browserless.post(mock_sites.url("franceconnect", "/api/v2/choisir-compte"), {"idp": "laposte"})
    # The address is typed as people do, with capitals and spaces around it.
    page = browserless.post(
        page.url, {"identifiant": f"  {person.email.upper()} ", "secret": person.password}
    )
    assert form.confirmation.heading in page.text
    wrong = f"{(int(form.confirmation.code_of(person)) + 1) % 10_000:04d}"
    page = browserless.post(page.url, {"code_confirmation": wrong})
    assert form.confirmation.bad_code in page.text
    page = browserless.post(page.url, {"code_confirmation": form.confirmation.code_of(person)})
    assert "Continuer sur ants.gouv.fr" in page.text


def test_la_poste_vouches_at_eidas2_and_the_hub_passes_eidas1_on(
    mock_sites: RunningSites, browserless: Browserless
) -> None:
    person = person_at(mock_sites, "laposte-acr", "laposte")
    log_in(browserless, "mesdroitssociaux", "laposte", person)
    idp_token = session_of(browserless, "franceconnect")["idp_id_token"]
    assert jwt.decode(idp_token, login_keys(mock_sites, "laposte")).claims["acr"] == "eidas2"
    service_token = session_of(browserless, "mesdroitssociaux")["id_token"]
    hub_keys = login_keys(mock_sites, "franceconnect", "/api/v2")
    assert jwt.decode(service_token, hub_keys).claims["acr"] == "eidas1"


def session_of(browser: Browserless, site: str) -> dict[str, Any]:
    """What a site keeps in this browser's session cookie."""
    base_url = browser.sites.url(site)
    with browser.clients[site].session_transaction(base_url=base_url) as session:
        return dict(session)


def login_keys(mock_sites: RunningSites, site: str, issuer_path: str = "/oidc") -> KeySet:
    """A provider's public keys, fetched as a relying party does."""
    url = mock_sites.sites.backchannel(mock_sites.url(site, f"{issuer_path}/jwks"))
    return KeySet.import_key_set(requests.get(url, timeout=10).json())


def test_two_accounts_of_one_person_are_one_identity_at_a_service(
    mock_sites: RunningSites,
) -> None:
    person = person_at(mock_sites, "two-accounts", "ameli", "yris")
    first = log_in(Browserless(mock_sites), "mesdroitssociaux", "ameli", person)
    second = log_in(Browserless(mock_sites), "mesdroitssociaux", "yris", person)
    assert sub_shown(second.text) == sub_shown(first.text)
    assert "Vous vous êtes connecté(e) 2 fois" in second.text


def test_two_services_see_two_different_subs(mock_sites: RunningSites, browserless: Browserless) -> None:
    person = person_at(mock_sites, "two-services", "msa")
    at_mds = sub_shown(log_in(browserless, "mesdroitssociaux", "msa", person).text)
    page = start_login(browserless, "ants")  # single sign-on: straight to "Continuer sur"
    at_ants = sub_shown(browserless.post(page.url, {}).text)
    assert at_ants != at_mds
    assert person.nir_without_key not in at_mds + at_ants


def test_single_sign_on_then_logout_ends_the_franceconnect_session(
    mock_sites: RunningSites, browserless: Browserless
) -> None:
    person = person_at(mock_sites, "sso-logout", "impots")
    log_in(browserless, "ants", "impots", person)
    # A second service: FranceConnect remembers the person, no provider asked.
    page = start_login(browserless, "impots")
    assert CHOOSE_ACCOUNT not in page.text
    assert f"Continuer sur {service_role('impots').display_name}" in page.text
    page = browserless.post(page.url, {})
    assert f"Bienvenue {person.given_name} {person.family_name}" in page.text
    # Logout from that service ends FranceConnect's session too.
    page = browserless.post(mock_sites.url("impots", "/deconnexion"))
    assert "Vous êtes déconnecté(e)" in page.text
    page = start_login(browserless, "ants")
    assert CHOOSE_ACCOUNT in page.text


FAILURES = [
    pytest.param("yris", Behaviour.SERVER_ERROR, errors.IDP_REFUSED, id="erreur serveur"),
    pytest.param("msa", Behaviour.SLOW, errors.IDP_UNREACHABLE, id="trop lent"),
    pytest.param("laposte", Behaviour.INCOMPLETE, errors.IDP_INCOMPLETE_IDENTITY, id="identite incomplete"),
    pytest.param("ameli", Behaviour.FOREIGN_SIGNATURE, errors.IDP_BAD_TOKEN, id="signature inconnue"),
    pytest.param("impots", Behaviour.WRONG_AUDIENCE, errors.IDP_BAD_TOKEN, id="autre destinataire"),
]


@pytest.mark.parametrize(("idp", "behaviour", "error"), FAILURES)
def test_a_failing_provider_ends_on_the_hub_error_page_and_nobody_is_logged_in(
    mock_sites: RunningSites,
    browserless: Browserless,
    idp: str,
    behaviour: Behaviour,
    error: errors.HubError,
) -> None:
    person = person_at(mock_sites, f"failure-{behaviour.value}", idp, behaviour=behaviour)
    start_login(browserless, "mesdroitssociaux")
    page = log_in_at_provider(browserless, idp, person)
    assert page.status == 502
    assert f'Code d\'erreur : <strong class="code-erreur">{error.code}</strong>' in page.text
    assert error.message in page.text
    page = browserless.get(mock_sites.url("mesdroitssociaux", "/mon-espace"))
    assert "S'identifier avec FranceConnect" in page.text
    # Nor does FranceConnect remember anyone: the next login asks for an account again.
    assert CHOOSE_ACCOUNT in start_login(browserless, "mesdroitssociaux").text


def test_cancelling_at_the_provider_offers_the_list_again(
    mock_sites: RunningSites, browserless: Browserless
) -> None:
    start_login(browserless, "impots")
    page = browserless.post(mock_sites.url("franceconnect", "/api/v2/choisir-compte"), {"idp": "msa"})
    page = browserless.post(page.url, {"revenir": "1"})
    assert CHOOSE_ACCOUNT in page.text
    page = browserless.get(mock_sites.url("impots", "/mon-espace"))
    assert "S'identifier avec FranceConnect" in page.text
