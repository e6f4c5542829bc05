"""Steps of FranceConnect's « Nos services » page: how many services, search, pages, open one."""

from __future__ import annotations

from playwright.sync_api import Page, expect
from pytest_bdd import parsers, then, when

from .pages.franceconnect import NosServices
from .pages.service import AccueilService
from .sites import service_display_name


@then(parsers.parse("la liste des services en annonce plus de {nombre:d}"))
def list_announces_more_than(page: Page, nombre: int) -> None:
    """The count at the top of « Nos services » is above `nombre`."""
    annonce = NosServices(page).nombre_annonce()
    assert annonce > nombre, f"la page annonce {annonce} services, pas plus de {nombre}"


@then(parsers.parse("la liste des services affiche la page {numero:d}"))
def list_shows_page(page: Page, numero: int) -> None:
    """The pagination marks page `numero` as the current one."""
    expect(NosServices(page).page_courante(numero)).to_have_attribute("aria-current", "page")


@when(parsers.parse('je cherche le service "{texte}"'))
def search_service(page: Page, texte: str) -> None:
    """Search the list for `texte`."""
    NosServices(page).chercher(texte)


@then(parsers.parse("la liste propose le service {service}"))
def list_offers_service(page: Page, service: str) -> None:
    """The list holds a link to the service, under its name at FranceConnect."""
    expect(NosServices(page).service(service_display_name(service))).to_be_visible()


@when(parsers.parse("j'ouvre le service {service} depuis la liste"))
def open_listed_service(page: Page, service: str) -> None:
    """Follow the link of the service in the list."""
    NosServices(page).service(service_display_name(service)).click()


@then("la page me propose de m'identifier avec FranceConnect")
def page_offers_franceconnect(page: Page) -> None:
    """The service's page shows its « S'identifier avec FranceConnect » button."""
    expect(AccueilService(page, page.url).bouton_franceconnect).to_be_visible()
