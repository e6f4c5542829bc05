"""Steps of the FranceConnect journeys: choose an account, log in at the provider, continue."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from mock_sites.accounts import enroll_person, provider_by_title
from mock_sites.common.identities import Person, generate_person
from mock_sites.runner import RunningSites

from .pages.fournisseur import ConnexionFournisseur
from .pages.franceconnect import ChoixDuCompte, ContinuerSurLeService, ErreurFranceConnect
from .pages.service import EspaceService
from .sites import SERVICE_DISPLAY_NAME, site_named

WRONG_SECRET = "pas-le-bon-code-1234"


@given(parsers.parse("un usager qui a un compte {fournisseur}"), target_fixture="usager")
def usager_with_account(request: pytest.FixtureRequest, mock_sites: RunningSites, fournisseur: str) -> Person:
    """A generated person (same seed, same scenario → same person) with an account here."""
    person = generate_person(mock_sites.seed, request.node.nodeid)
    enroll_person(mock_sites, provider_by_title(fournisseur).site, person)
    return person


@when(parsers.parse('je choisis le compte "{compte}"'))
def choose_account(page: Page, compte: str) -> None:
    """On FranceConnect, pick the account to log in with."""
    choix = ChoixDuCompte(page)
    expect(choix.titre).to_be_visible()
    choix.choisir(compte)


@when("j'indique mon numéro de sécurité sociale à 13 chiffres")
def type_nir_without_key(page: Page, usager: Person) -> None:
    """The tutorial: the 13 digits, without the last 2."""
    ConnexionFournisseur(page).saisir("Numéro de sécurité sociale", usager.nir_without_key)


@when("j'indique mon numéro de sécurité sociale avec sa clé, soit 15 chiffres")
def type_nir_with_key(page: Page, usager: Person) -> None:
    """The usual mistake: the full NIR with its 2-digit key."""
    ConnexionFournisseur(page).saisir("Numéro de sécurité sociale", usager.nir)


@when("j'indique mon code confidentiel")
def type_secret(page: Page, usager: Person) -> None:
    """The code confidentiel of the person's Ameli account."""
    ConnexionFournisseur(page).saisir("Code confidentiel", usager.password)


@when("j'indique un code confidentiel erroné")
def type_wrong_secret(page: Page) -> None:
    """A code that is not the person's."""
    ConnexionFournisseur(page).saisir("Code confidentiel", WRONG_SECRET)


@then(parsers.parse("le fournisseur d'identité affiche l'erreur \"{message}\""))
def provider_shows_error(page: Page, message: str) -> None:
    """The provider's own error message, next to the field."""
    expect(ConnexionFournisseur(page).message_erreur).to_have_text(message)


@then(parsers.parse('FranceConnect me propose de continuer sur "{service}"'))
def hub_offers_to_continue(page: Page, service: str) -> None:
    """FranceConnect's last page names the service."""
    expect(ContinuerSurLeService(page).bouton(service)).to_be_visible()


@then("FranceConnect me demande de choisir un compte pour me connecter")
def hub_asks_for_account(page: Page) -> None:
    """The list of accounts is shown (again)."""
    expect(ChoixDuCompte(page).titre).to_be_visible()


@then(parsers.parse('FranceConnect affiche le code d\'erreur "{code}"'))
def hub_shows_error_code(page: Page, code: str) -> None:
    """FranceConnect's error page with this code."""
    erreur = ErreurFranceConnect(page)
    expect(erreur.titre).to_be_visible()
    expect(erreur.code(code)).to_be_visible()


@then(parsers.parse("{service} m'accueille par mon nom"))
def service_greets(page: Page, usager: Person, service: str) -> None:
    """The service's personal space greets the person by their verified name."""
    site_named(service)  # an unknown service fails here with the list of known ones
    expect(EspaceService(page).salutation(usager.given_name, usager.family_name)).to_be_visible()


@then(parsers.parse("le courriel nomme le service {service} et le compte {compte}"))
def mail_names_service_and_account(page: Page, service: str, compte: str) -> None:
    """The notification says where and with which account the person logged in."""
    article = page.get_by_role("article")
    expect(article).to_contain_text(SERVICE_DISPLAY_NAME.get(site_named(service), service))
    expect(article).to_contain_text(f"compte {compte}")
