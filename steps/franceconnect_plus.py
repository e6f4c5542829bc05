"""Steps of the FranceConnect+ journeys: a France Identité account, certified or not, the procuration
service that requires FranceConnect+, and what FranceConnect+ refuses."""

from __future__ import annotations

from datetime import datetime

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from parcours_mock_sites.testing import RunningSites
from parcours_mock_sites.testing.france_identite import Holder, activated_holder, certified_holder

from .pages.franceconnect import ErreurFranceConnect
from .pages.procuration import FormulaireProcuration
from .taches import demander_franceconnect

HUB_PLUS = "franceconnect_plus"


@given("un usager dont le compte France Identité est certifié", target_fixture="usager")
def certified_account(request: pytest.FixtureRequest, mock_sites: RunningSites) -> Holder:
    """A holder whose certification a mairie validated (the result delivered)."""
    return certified_holder(mock_sites, request.node.nodeid)


@given("un usager dont le compte France Identité n'est pas certifié", target_fixture="usager")
def uncertified_account(request: pytest.FixtureRequest, mock_sites: RunningSites) -> Holder:
    """A holder who activated the app but never had their identity checked in a mairie."""
    return activated_holder(mock_sites, request.node.nodeid)


@given(parsers.parse("je demande à me connecter à {service} avec FranceConnect+"))
@when(parsers.parse("je demande à me connecter à {service} avec FranceConnect+"))
def ask_to_log_in_plus(page: Page, mock_sites: RunningSites, service: str) -> None:
    """Go to the service and click "S'identifier avec FranceConnect+": FranceConnect+ lists the accounts."""
    demander_franceconnect(page, mock_sites, service)
    assert page.url.startswith(mock_sites.url(HUB_PLUS)), page.url


@given("un attaquant copie l'adresse de la page FranceConnect+", target_fixture="adresse_copiee")
def copy_plus_link(page: Page, mock_sites: RunningSites) -> str:
    """The address of FranceConnect+'s page, with the service's whole request in it."""
    assert page.url.startswith(mock_sites.url(HUB_PLUS, "/api/v2/authorize?")), page.url
    return page.url


@then(parsers.parse('FranceConnect+ affiche le code d\'erreur "{code}"'))
def plus_shows_error_code(page: Page, mock_sites: RunningSites, code: str) -> None:
    """FranceConnect+'s error page with this code."""
    assert page.url.startswith(mock_sites.url(HUB_PLUS)), page.url
    erreur = ErreurFranceConnect(page)
    expect(erreur.titre).to_be_visible()
    expect(erreur.code(code)).to_be_visible()


@when(parsers.parse('je donne procuration à {prenom} {nom}, né(e) le {naissance}, "{validite}"'))
def give_procuration(page: Page, prenom: str, nom: str, naissance: str, validite: str) -> None:
    """Fill Ma procuration's form with the person who will vote for me (date as on a French form)."""
    formulaire = FormulaireProcuration(page)
    expect(formulaire.titre).to_be_visible()
    iso = datetime.strptime(naissance, "%d/%m/%Y").date().isoformat()
    formulaire.donner(prenom, nom, iso, validite)
