"""The webmail where a person reads the mails the sites sent them."""

from __future__ import annotations

from playwright.sync_api import Locator, Page


class Messagerie:
    """Open one's box, list mails, open one."""

    def __init__(self, page: Page, url: str) -> None:
        self.page = page
        self.url = url
        self.aucun_courriel = page.get_by_text("Aucun courriel.")

    def ouvrir_boite(self, adresse: str) -> None:
        """Open the box of `adresse`."""
        self.page.goto(self.url)
        self.page.get_by_label("Adresse électronique").fill(adresse)
        self.page.get_by_role("button", name="Ouvrir ma boîte").click()

    def courriel(self, objet: str) -> Locator:
        """The link to the mail with this subject (the newest if several)."""
        return self.page.get_by_role("link", name=objet, exact=True).first

    def ouvrir_courriel(self, objet: str) -> Locator:
        """Open the mail with this subject; returns its content."""
        self.courriel(objet).click()
        return self.page.get_by_role("article")
