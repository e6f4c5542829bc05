"""Steps reading FranceConnect's account buttons by the words on them."""

from __future__ import annotations

from playwright.sync_api import Page, expect
from pytest_bdd import parsers, then

from .pages.franceconnect import ChoixDuCompte


@then(parsers.parse('FranceConnect propose le compte "{nom}"'))
def hub_offers_account_named(page: Page, nom: str) -> None:
    """The choice page shows a button with exactly these words."""
    choix = ChoixDuCompte(page)
    expect(choix.titre).to_be_visible()
    expect(choix.bouton_nomme(nom)).to_be_visible()


@then(parsers.parse('FranceConnect ne propose aucun bouton nommé "{nom}"'))
def hub_offers_no_button_named(page: Page, nom: str) -> None:
    """No button of the choice page bears exactly these words."""
    choix = ChoixDuCompte(page)
    expect(choix.titre).to_be_visible()
    expect(choix.bouton_nomme(nom)).to_have_count(0)
