"""impots.gouv.fr: the online return (page to read, five steps, accusé) and the espace's rubrics."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

from .documents import telecharger, texte_pdf
from .impots import Tableau

# Steps find these here: the summary is a Tableau, the accusé and the avis are downloaded PDFs.
__all__ = ["Tableau", "telecharger", "texte_pdf"]

ACCES = "Accéder à la déclaration en ligne"
RECEIPT_NUMBER = re.compile(r"Numéro d'accusé de réception : ([\d-]+)")


class Etape:
    """One of the five steps: its progress indicator and its fields."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.progression = page.get_by_role("navigation", name="Progression de la déclaration")

    def indicateur(self, numero: int, nom: str) -> Locator:
        """« Étape 3 sur 5 : revenus et charges »."""
        return self.progression.get_by_text(f"Étape {numero} sur 5 : {nom}", exact=True)

    def case(self, code: str) -> Locator:
        """The field of a box, found by its official number at the start of its label."""
        return self.page.get_by_label(re.compile(rf"^Case {code} "))

    def champ(self, libelle: str) -> Locator:
        """A field found by its label."""
        return self.page.get_by_label(libelle, exact=True)

    def continuer(self) -> None:
        """Save this step and go to the next."""
        self.page.get_by_role("button", name="Continuer", exact=True).click()


class Accuse:
    """The accusé de réception, at the end of the return or once signed."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.numero = page.get_by_text(RECEIPT_NUMBER)

    def lire_numero(self) -> str:
        """The number of the accusé shown."""
        expect(self.numero).to_be_visible()
        match = RECEIPT_NUMBER.search(self.numero.inner_text())
        assert match, "la page n'affiche pas de numéro d'accusé de réception"
        return match.group(1)


class MessagerieSecurisee:
    """The secure messaging of the espace particulier."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.messages = page.get_by_role("table", name="Mes messages")

    def etat(self, objet: str) -> Locator:
        """The « Lu » / « Non lu » cell of the message with this subject."""
        row = self.messages.get_by_role("row").filter(
            has=self.page.get_by_role("link", name=objet, exact=True)
        )
        return row.get_by_role("cell").last

    def ecrire(self, objet: str, message: str) -> None:
        """Fill in the subject and the message."""
        self.page.get_by_label("Objet", exact=True).fill(objet)
        self.page.get_by_label("Message", exact=True).fill(message)
