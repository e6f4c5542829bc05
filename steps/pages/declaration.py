"""impots.gouv.fr: the online return (page to read, five steps, accusé) and the espace's rubrics."""

from __future__ import annotations

import io
import re
from pathlib import Path

from playwright.sync_api import Locator, Page, expect
from pypdf import PdfReader

ACCES = "Accéder à la déclaration en ligne"
RECEIPT_NUMBER = re.compile(r"Numéro d'accusé de réception : ([\d-]+)")


def texte_pdf(data: bytes) -> str:
    """The text of every page of a PDF file, as a reader would copy it."""
    assert data.startswith(b"%PDF-"), "le fichier n'est pas un PDF"
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def telecharger(page: Page, lien: str) -> bytes:
    """Click a download link and return the file's bytes."""
    with page.expect_download() as download:
        page.get_by_role("link", name=lien, exact=True).click()
    return Path(download.value.path()).read_bytes()


class Tableau:
    """A table of label → value rows (« Informations déjà renseignées », the summary)."""

    def __init__(self, page: Page, nom: str) -> None:
        self.page = page
        self.tableau = page.get_by_role("table", name=nom)

    def valeur(self, libelle: str) -> Locator:
        """The value in the row headed `libelle`."""
        header = self.page.get_by_role("rowheader", name=libelle, exact=True)
        return self.tableau.get_by_role("row").filter(has=header).get_by_role("cell")


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
