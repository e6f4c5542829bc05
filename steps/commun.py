"""Steps any journey uses: go to a site, click, read a message, read one's mail, let time pass."""

from __future__ import annotations

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from parcours_mock_sites.testing import Clock, Person, RunningSites, SiteAddresses

from .pages.ecran import Ecran
from .pages.messagerie import Messagerie
from .pages.service import AccueilService
from .sites import site_named
from .taches import ouvrir_courriel


@given(parsers.parse("je me rends sur le site de {site}"))
@when(parsers.parse("je me rends sur le site de {site}"))
def go_to_site(page: Page, sites: SiteAddresses, site: str) -> None:
    """Open a site's home page."""
    AccueilService(page, sites.url(site_named(site))).ouvrir()


@when(parsers.parse('je clique sur le bouton "{nom}"'))
def click_button(page: Page, nom: str) -> None:
    """Click the button whose visible label is `nom`."""
    Ecran(page).bouton(nom, exact=True).click()


@when(parsers.parse('je clique sur le lien "{nom}"'))
def click_link(page: Page, nom: str) -> None:
    """Click the link whose visible text is `nom`."""
    Ecran(page).lien(nom, exact=True).click()


@then(parsers.parse('la page affiche le message "{message}"'))
def page_shows_message(page: Page, message: str) -> None:
    """An alert or status message with this text is visible."""
    expect(Ecran(page).texte(message, exact=True)).to_be_visible()


@when(parsers.parse("{heures:d} heures se sont écoulées"))
def hours_pass(clock: Clock, heures: int) -> None:
    """Move the shared clock forward."""
    clock.advance(heures * 3600)


@then(parsers.parse('je reçois le courriel "{objet}"'))
def mail_received(page: Page, mock_sites: RunningSites, usager: Person, objet: str) -> None:
    """The person's webmail lists a mail with this subject, and it opens."""
    expect(ouvrir_courriel(page, mock_sites, usager.email, objet)).to_be_visible()


@then(parsers.parse('ce courriel mentionne "{texte}"'))
def mail_mentions(page: Page, texte: str) -> None:
    """The open mail contains this text."""
    expect(Ecran(page).courriel_ouvert()).to_contain_text(texte)


@then("je n'ai reçu aucun courriel")
def no_mail(page: Page, mock_sites: RunningSites, usager: Person) -> None:
    """The person's webmail is empty."""
    messagerie = Messagerie(page, mock_sites.url("messagerie"))
    messagerie.ouvrir_boite(usager.email)
    expect(messagerie.aucun_courriel).to_be_visible()
