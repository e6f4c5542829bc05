"""What any page shows, for the steps that name a button, link, text or field by its visible words."""

from __future__ import annotations

from re import Pattern

from playwright.sync_api import Locator, Page


class Ecran:
    """Any page (or a part of it), found by role and visible label as a person reads it."""

    def __init__(self, page: Page | Locator) -> None:
        self.page = page

    def bouton(self, nom: str, exact: bool = False) -> Locator:
        """The button labelled `nom`."""
        return self.page.get_by_role("button", name=nom, exact=exact)

    def lien(self, nom: str, exact: bool = False) -> Locator:
        """The link whose text is `nom`."""
        return self.page.get_by_role("link", name=nom, exact=exact)

    def titre(self, nom: str, niveau: int | None = None) -> Locator:
        """The heading `nom` (of this level, when given)."""
        if niveau is None:
            return self.page.get_by_role("heading", name=nom)
        return self.page.get_by_role("heading", name=nom, level=niveau)

    def texte(self, texte: str | Pattern[str], exact: bool = False) -> Locator:
        """The element showing this text."""
        return self.page.get_by_text(texte, exact=exact)

    def champ(self, libelle: str, exact: bool = False) -> Locator:
        """The field labelled `libelle`."""
        return self.page.get_by_label(libelle, exact=exact)

    def alerte(self) -> Locator:
        """The page's alert messages."""
        return self.page.get_by_role("alert")

    def statut(self, debut: str) -> Locator:
        """The status message containing `debut`."""
        return self.page.get_by_role("status").filter(has_text=debut)

    def courriel_ouvert(self) -> Locator:
        """The mail open in the webmail (its article)."""
        return self.page.get_by_role("article")

    def lignes(self) -> Locator:
        """The rows of this table."""
        return self.page.get_by_role("row")

    def cellules(self) -> Locator:
        """The cells of this row."""
        return self.page.get_by_role("cell")
