"""A service using FranceConnect (mesdroitssociaux, impots.gouv, ANTS…): home and personal space."""

from __future__ import annotations

from playwright.sync_api import Locator, Page


class AccueilService:
    """A service's home page."""

    def __init__(self, page: Page, url: str) -> None:
        self.page = page
        self.url = url
        self.bouton_franceconnect = page.get_by_role("button", name="S'identifier avec FranceConnect")

    def ouvrir(self) -> None:
        """Go to the home page, as typing its address would."""
        self.page.goto(self.url)

    def s_identifier_avec_franceconnect(self) -> None:
        """Click "S'identifier avec FranceConnect"."""
        self.bouton_franceconnect.click()


class EspaceService:
    """The personal space a service shows once logged in."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", level=1)
        self.bouton_deconnexion = page.get_by_role("button", name="Se déconnecter")

    def salutation(self, prenom: str, nom: str) -> Locator:
        """The greeting naming the person."""
        return self.page.get_by_role("heading", name=f"Bienvenue {prenom} {nom}")
