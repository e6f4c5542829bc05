"""The ANTS site: its home page, the personal space and its three spaces, a démarche's form."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from .documents import telecharger

RGB = re.compile(r"rgba?\((\d+), (\d+), (\d+)")


def est_bleu(element: Locator) -> bool:
    """The element's background is blue: its blue channel clearly above red and green."""
    couleur = element.evaluate("e => getComputedStyle(e).backgroundColor")
    match = RGB.match(couleur)
    assert match, f"couleur de fond illisible : {couleur}"
    rouge, vert, bleu = (int(value) for value in match.groups())
    return bleu > rouge + 60 and bleu > vert + 30


class PortailAnts:
    """The home page, before logging in."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.espaces = page.get_by_role("region", name="Nos espaces").get_by_role("link")
        self.pieces_a_preparer = page.get_by_role("list", name="Avant de commencer").get_by_role("listitem")


class EspacePublicAnts:
    """A space's page as the home page links to it, before logging in."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.demarches = page.get_by_role("list", name="Les démarches de cet espace").get_by_role("link")


class EspaceAnts:
    """ANTS once logged in: the three spaces, their shortcuts and blue buttons."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def espace(self, titre: str) -> Locator:
        """The section of one space, by its heading ("Mon espace Conducteur"…)."""
        return self.page.get_by_role("region", name=titre)

    def raccourci(self, espace: str, lien: str) -> Locator:
        """A shortcut of one space."""
        return self.espace(espace).get_by_role("list", name="Raccourcis").get_by_role("link", name=lien)

    def bouton_bleu(self, titre: str) -> Locator:
        """The blue button of a space, named as the space ("Mon espace Identité")."""
        return self.espace(titre).get_by_role("link", name=titre, exact=True)


class MonEspace:
    """A space's own page: démarches en cours and finished ones."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.en_cours = page.get_by_role("table", name="Mes démarches en cours")
        self.terminees = page.get_by_role("region", name="Mes démarches terminées")

    def demarche_en_cours(self, titre: str) -> Locator:
        """The row of a démarche in progress."""
        return self.en_cours.get_by_role("row").filter(has_text=titre)

    def reprendre(self, titre: str) -> None:
        """Click « Reprendre » on that row."""
        self.demarche_en_cours(titre).get_by_role("link", name="Reprendre").click()


class FormulaireDemarche:
    """One step of a démarche's form."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", level=1)
        self.fichiers_recus = page.get_by_role("table", name="Fichiers reçus")
        self.photo = page.get_by_role("img", name="Votre photo d'identité")

    def etape(self, demarche: str, titre: str) -> Locator:
        """The line naming the démarche and the step ("… — étape 1 sur 4")."""
        expect(self.titre).to_have_text(titre)
        return self.page.get_by_text(re.compile(rf"^{re.escape(demarche)} — étape \d+ sur \d+$"))

    def champ(self, libelle: str) -> Locator:
        """A field by its label."""
        return self.page.get_by_label(libelle, exact=True)

    def joindre(self, libelle: str, fichier: Path) -> None:
        """Choose a file for the labelled file field, as a person picks it in the dialog."""
        self.champ(libelle).set_input_files(fichier)

    def fichier_recu(self, piece: str) -> Locator:
        """The row of the received file for this document."""
        return self.fichiers_recus.get_by_role("row").filter(has_text=piece)


class DemarcheTerminee:
    """The page that gives the number and the récapitulatif."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.lien_recapitulatif = page.get_by_role("link", name="Télécharger mon récapitulatif")

    def numero(self, libelle: str) -> str:
        """The number after its label ("Numéro de pré-demande : …")."""
        texte = self.page.get_by_text(re.compile(rf"^{re.escape(libelle)} : \w+$"))
        expect(texte).to_be_visible()
        return texte.inner_text().split(" : ", 1)[1].strip()

    def telecharger_recapitulatif(self) -> bytes:
        """Download the récapitulatif as a person clicks its link; its bytes."""
        return telecharger(self.page, self.lien_recapitulatif)
