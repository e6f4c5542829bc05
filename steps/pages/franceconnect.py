"""FranceConnect's pages: choose an account, continue to the service, error page, « Nos services »."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

from mock_sites.catalogue import account_label


class ChoixDuCompte:
    """ "Choisissez un compte pour vous connecter"."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", name="Choisissez un compte pour vous connecter")
        self.comptes = page.get_by_role("listitem").get_by_role("button")  # in the page's order

    def bouton_nomme(self, nom: str) -> Locator:
        """The button whose accessible name is exactly `nom`, as the page shows it."""
        return self.page.get_by_role("button", name=nom, exact=True)

    def bouton(self, compte: str) -> Locator:
        """The button of an account, named by its title or any phrase of it ("Ameli", "msa.fr")."""
        return self.bouton_nomme(account_label(compte))

    def choisir(self, compte: str) -> None:
        """Click the button of the account to log in with."""
        self.bouton(compte).click()


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


class NosServices:
    """« Nos services »: the services that accept FranceConnect, searchable and paged."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", name="Nos services", level=1)
        self.recherche = page.get_by_label("Rechercher un service")
        self.compte = page.get_by_role("status")
        self.liste = page.get_by_role("list").filter(has=page.get_by_role("listitem")).first
        self.pages = page.get_by_role("navigation", name="Pages de la liste des services")

    def chercher(self, texte: str) -> None:
        """Type `texte` in the search field and search."""
        self.recherche.fill(texte)
        self.page.get_by_role("button", name="Rechercher", exact=True).click()

    def nombre_annonce(self) -> int:
        """The number of services the page announces (« 1 043 services acceptent FranceConnect »)."""
        expect(self.compte).to_have_text(re.compile(r"^[\d\s]+ services? "))
        return int("".join(self.compte.inner_text().split(" service")[0].split()))

    def service(self, nom: str) -> Locator:
        """The link of a service of the list."""
        return self.liste.get_by_role("link", name=nom, exact=True)

    def page_courante(self, numero: int) -> Locator:
        """The link of page `numero` in the pagination, marked as the current page."""
        return self.pages.get_by_role("link", name=f"Page {numero}", exact=True)
