"""FranceConnect's pages: choose an account, continue to the service, error page."""

from __future__ import annotations

from playwright.sync_api import Locator, Page


class ChoixDuCompte:
    """ "Choisissez un compte pour vous connecter"."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", name="Choisissez un compte pour vous connecter")

    def choisir(self, compte: str) -> None:
        """Click the button of the account to log in with."""
        self.page.get_by_role("button", name=compte, exact=True).click()


class ContinuerSurLeService:
    """The page that sends the person on to the service."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def bouton(self, service: str) -> Locator:
        """The "Continuer sur <service>" button."""
        return self.page.get_by_role("button", name=f"Continuer sur {service}")


class ErreurFranceConnect:
    """FranceConnect's error page."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", name="Une erreur est survenue")
        self.message = page.get_by_role("alert")

    def code(self, code: str) -> Locator:
        """The error code as shown to the person."""
        return self.page.get_by_text(f"Code d'erreur : {code}")
