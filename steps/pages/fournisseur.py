"""An identity provider's login page (Ameli and the others), found by its visible labels."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from mock_sites.catalogue import identity_provider_role
from mock_sites.common.identities import Person


class ConnexionFournisseur:
    """The login form of an identity provider."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.message_erreur = page.get_by_role("alert")

    def champ(self, libelle: str) -> Locator:
        """The field whose label reads `libelle`."""
        return self.page.get_by_label(libelle, exact=True)

    def saisir(self, libelle: str, valeur: str) -> None:
        """Type `valeur` in the field labelled `libelle`."""
        self.champ(libelle).fill(valeur)

    def se_connecter(self, compte: str, usager: Person) -> None:
        """Type one's identifier and secret at this provider, submit, and confirm if it asks.

        The labels are the ones the provider's site declares in the catalogue (its LoginForm)."""
        form = identity_provider_role(compte).login_form
        self.saisir(form.identifier_label, form.identifier_of(usager))
        self.saisir(form.secret_label, form.secret_of(usager))
        self.page.get_by_role("button", name=form.button, exact=True).click()
        confirmation = form.confirmation
        if confirmation is not None:
            expect(self.page.get_by_role("heading", name=confirmation.heading)).to_be_visible()
            self.saisir(confirmation.label, confirmation.code_of(usager))
            self.page.get_by_role("button", name=confirmation.button, exact=True).click()
