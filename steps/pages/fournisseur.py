"""An identity provider's login page (Ameli and the others), found by its visible labels."""

from __future__ import annotations

from playwright.sync_api import Locator, Page


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
