"""A service using FranceConnect (mesdroitssociaux, impots.gouv, ANTS…): home and personal space."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

from parcours_mock_sites.catalogue import service_role

SUB = re.compile(r"Identifiant FranceConnect : (\S+)")


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

    def aller_a_franceconnect(self, site: str) -> None:
        """From the home page, follow the service's links to its button (as its catalogue entry
        lists them), then click it."""
        for lien in service_role(site).path_to_franceconnect:
            self.page.get_by_role("link", name=lien, exact=True).click()
        self.s_identifier_avec_franceconnect()


class EspaceService:
    """The personal space a service shows once logged in."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", level=1)
        self.bouton_deconnexion = page.get_by_role("button", name="Se déconnecter")
        self.identifiant = page.get_by_text(SUB)

    def salutation(self, nom_complet: str) -> Locator:
        """The greeting naming the person (given names, then family name)."""
        return self.page.get_by_role("heading", name=f"Bienvenue {nom_complet}")

    def identifiant_franceconnect(self) -> str:
        """The identifier FranceConnect gave this service for the person (pairwise `sub`)."""
        expect(self.identifiant).to_be_visible()
        match = SUB.search(self.identifiant.inner_text())
        assert match, "l'espace n'affiche pas d'identifiant FranceConnect"
        return match.group(1)

    def nombre_de_connexions(self, fois: int) -> Locator:
        """The sentence counting the person's logins to this service."""
        return self.page.get_by_text(
            f"Vous vous êtes connecté(e) {fois} fois à ce service avec FranceConnect."
        )

    def se_deconnecter(self) -> None:
        """Click "Se déconnecter" and wait to be told it is done."""
        self.bouton_deconnexion.click()
        expect(self.page.get_by_role("heading", name="Vous êtes déconnecté(e)")).to_be_visible()


class ErreurService:
    """The page a service shows when it refuses a login."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", name="Connexion impossible")

    def code(self, code: str) -> Locator:
        """The error code, as the service shows it."""
        return self.page.get_by_text(f"Code d'erreur : {code}", exact=True)
