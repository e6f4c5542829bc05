"""Steps of the France Identité certification, on the person's phone: the app, its mails, its result.

The phone is a Playwright device emulation; the step that picks it makes it the scenario's `page`,
so the shared steps (buttons, links, mails) and the report's screenshots follow the phone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect
from pytest_bdd import given, parsers, then, when

from mock_sites.testing import RunningSites
from mock_sites.testing.france_identite import (
    CONFIRMATION_LINK,
    CONFIRMATION_SUBJECT,
    RESULT_SUBJECT,
    Holder,
    activated_holder,
    run_notification_job,
)
from parcours.report.secrets import SecretValues

from .pages.france_identite import AppliFranceIdentite, CodePersonnel, Faq, QrCode
from .pages.messagerie import Messagerie

APP = "france_identite"


def ouvrir_appli(page: Page, mock_sites: RunningSites) -> AppliFranceIdentite:
    """The app's home page on the phone."""
    appli = AppliFranceIdentite(page, mock_sites.url(APP))
    appli.ouvrir()
    return appli


def demarrer_demande(page: Page, mock_sites: RunningSites) -> None:
    """Step 1: from the app's home, start a request."""
    ouvrir_appli(page, mock_sites)
    page.get_by_role("button", name="Demander la certification de mon compte").click()
    expect(page.get_by_role("heading", name="Confirmez votre adresse électronique")).to_be_visible()


def confirmer_adresse(page: Page, mock_sites: RunningSites, usager: Holder) -> None:
    """Step 2a: receive the mail on the phone, follow its link, come back to the request."""
    page.get_by_role("button", name="Recevoir le lien de confirmation").click()
    messagerie = Messagerie(page, mock_sites.url("messagerie"))
    messagerie.ouvrir_boite(usager.email)
    messagerie.ouvrir_courriel(CONFIRMATION_SUBJECT)
    page.get_by_role("link", name=CONFIRMATION_LINK).click()
    page.get_by_role("link", name="Continuer ma demande").click()
    expect(CodePersonnel(page).titre).to_be_visible()


def contexte_du_telephone(
    request: pytest.FixtureRequest, new_context: Callable[..., BrowserContext], appareil: dict[str, Any]
) -> BrowserContext:
    """The phone's browser context, emulating the phone the scenario names (the app turns old ones away).
    pytest-playwright's `--device` sets every context's emulation and new_context refuses an option given
    twice: then the phone's own emulation wins, in a context closed with the scenario (not traced)."""
    du_lancement: dict[str, Any] = request.getfixturevalue("browser_context_args")
    if not set(appareil) & set(du_lancement):
        return new_context(**appareil)
    browser: Browser = request.getfixturevalue("browser")
    contexte = browser.new_context(**{**du_lancement, **appareil})
    request.addfinalizer(contexte.close)
    return contexte


@given("un usager dont l'application France Identité est activée", target_fixture="usager")
def holder_enrolled(request: pytest.FixtureRequest, mock_sites: RunningSites) -> Holder:
    """A generated person, their card read and personal code chosen when they activated the app."""
    return activated_holder(mock_sites, request.node.nodeid)


@given(parsers.parse('mon application est installée sur un téléphone "{appareil}"'), target_fixture="page")
def phone(
    request: pytest.FixtureRequest,
    new_context: Callable[..., BrowserContext],
    playwright: Playwright,
    mock_sites: RunningSites,
    usager: Holder,
    appareil: str,
) -> Page:
    """A new browser context emulating the phone (Playwright's device list), the app installed on it."""
    telephone = contexte_du_telephone(request, new_context, playwright.devices[appareil]).new_page()
    telephone.goto(mock_sites.url(APP, usager.install_path))
    expect(AppliFranceIdentite(telephone, "").titre).to_be_visible()
    return telephone


@given("j'ai confirmé mon adresse électronique pour ma demande de certification")
def address_confirmed(page: Page, mock_sites: RunningSites, usager: Holder) -> None:
    """Steps 1 and 2a done: the app asks for the personal code."""
    demarrer_demande(page, mock_sites)
    confirmer_adresse(page, mock_sites, usager)


@given("j'ai demandé la certification et mon application affiche mon QR code")
def qr_code_ready(page: Page, mock_sites: RunningSites, usager: Holder, secret_values: SecretValues) -> None:
    """Steps 1 and 2 done: address confirmed, personal code typed, card read."""
    demarrer_demande(page, mock_sites)
    confirmer_adresse(page, mock_sites, usager)
    secret_values.add(usager.pin)
    CodePersonnel(page).saisir(usager.pin)
    page.get_by_role("button", name="Lire ma carte d'identité").click()
    expect(QrCode(page).image).to_be_visible()


@when("j'ouvre l'application France Identité")
def open_app(page: Page, mock_sites: RunningSites) -> None:
    """The app's home page."""
    ouvrir_appli(page, mock_sites)


@when("je saisis mon code personnel")
def type_pin(page: Page, usager: Holder, secret_values: SecretValues) -> None:
    """The 6 digits chosen at activation."""
    secret_values.add(usager.pin)
    CodePersonnel(page).saisir(usager.pin)


@when(parsers.parse('je saisis le code personnel "{code}"'))
def type_other_pin(page: Page, code: str) -> None:
    """A code typed as written in the scenario."""
    CodePersonnel(page).saisir(code)


@when("je saisis un code personnel de 6 chiffres qui n'est pas le mien")
def type_wrong_pin(page: Page, usager: Holder) -> None:
    """Six digits, but not the personal code."""
    CodePersonnel(page).saisir(f"{(int(usager.pin) + 1) % 10**6:06d}")


@then("l'application affiche mon QR code")
def qr_code_shown(page: Page) -> None:
    """The QR code of the request, to show at the mairie."""
    qr = QrCode(page)
    expect(qr.titre).to_be_visible()
    expect(qr.image).to_be_visible()


@then(parsers.parse('l\'application France Identité indique "{texte}"'))
def app_says(page: Page, mock_sites: RunningSites, texte: str) -> None:
    """The app's home shows this about the certification."""
    expect(ouvrir_appli(page, mock_sites).certification).to_contain_text(texte)


@then("je n'ai encore reçu aucun résultat, ni par courriel ni dans l'application")
def no_result_yet(page: Page, mock_sites: RunningSites, usager: Holder) -> None:
    """No result mail in the webmail; the app still says the request is being examined."""
    messagerie = Messagerie(page, mock_sites.url("messagerie"))
    messagerie.ouvrir_boite(usager.email)
    expect(page.get_by_role("heading", name=f"Boîte de réception de {usager.email}")).to_be_visible()
    expect(messagerie.courriel(RESULT_SUBJECT)).to_have_count(0)
    expect(ouvrir_appli(page, mock_sites).certification).to_contain_text("Demande en cours d'examen")


@then(parsers.parse('la FAQ donne l\'adresse de contact "{adresse}"'))
def faq_contact(page: Page, adresse: str) -> None:
    """The FAQ's contact link writes to this address."""
    faq = Faq(page)
    expect(faq.titre).to_be_visible()
    expect(faq.contact(adresse)).to_have_attribute("href", f"mailto:{adresse}")


@then("la FAQ liste les exemples d'usages, les usages du compte certifié marqués :")
def faq_usages(page: Page, datatable: list[list[str]]) -> None:
    """Each usage in order; a marked one says so in words and in red."""
    faq = Faq(page)
    expect(faq.titre).to_be_visible()
    expected = [row[0] + (" (compte certifié)" if row[1] == "oui" else "") for row in datatable]
    expect(faq.usages()).to_have_text(expected)
    for item, row in zip(faq.usages().all(), datatable, strict=True):
        if row[1] == "oui":
            expect(item).to_have_css("color", "rgb(179, 0, 27)")
        else:
            expect(item).not_to_have_css("color", "rgb(179, 0, 27)")


def run_scheduler(mock_sites: RunningSites) -> None:
    """The app's notification job, run as its scheduler would once time has passed."""
    run_notification_job(mock_sites)
