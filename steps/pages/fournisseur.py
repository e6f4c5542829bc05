"""An identity provider's login page (Ameli and the others), found by its visible labels."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from parcours_mock_sites.catalogue import identity_provider_role
from parcours_mock_sites.testing import Account


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

    def se_connecter(self, compte: Account) -> None:
        """Type the account's identifier and secret at its provider, submit, and confirm if it asks.

        The labels are the ones the provider's site declares in the catalogue (its LoginForm)."""
        form = identity_provider_role(compte.provider).login_form
        self.saisir(form.identifier_label, compte.identifier)
        self.saisir(form.secret_label, compte.secret)
        self.page.get_by_role("button", name=form.button, exact=True).click()
        confirmation = form.confirmation
        if confirmation is not None:
            expect(self.page.get_by_role("heading", name=confirmation.heading)).to_be_visible()
            assert compte.confirmation_code, f"le compte {compte.provider} n'a pas de code de confirmation"
            self.saisir(confirmation.label, compte.confirmation_code)
            self.page.get_by_role("button", name=confirmation.button, exact=True).click()
