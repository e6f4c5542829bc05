"""The phone where a person reads the SMS the sites sent them."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect


class Telephone:
    """Open the SMS of one's number, read the newest from a sender."""

    def __init__(self, page: Page, url: str) -> None:
        self.page = page
        self.url = url
        self.titre = page.get_by_role("heading", name="Mes SMS")
        self.aucun_sms = page.get_by_text("Aucun SMS.", exact=True)
        self.sms_recus = page.get_by_role("list", name="SMS reçus").get_by_role("listitem")

    def ouvrir(self, numero: str) -> None:
        """Look at the phone of `numero`."""
        self.page.goto(self.url)
        self.page.get_by_label("Numéro de téléphone portable", exact=True).fill(numero)
        self.page.get_by_role("button", name="Ouvrir mes SMS").click()
        expect(self.titre).to_be_visible()

    def dernier_sms(self, expediteur: str) -> Locator:
        """The newest SMS from `expediteur`."""
        return self.sms_recus.filter(has_text=expediteur).first

    def lire_code(self, expediteur: str, chiffres: int = 6) -> str:
        """The code of `chiffres` digits in the newest SMS from `expediteur`, as a person reads it."""
        sms = self.dernier_sms(expediteur)
        expect(sms).to_contain_text(re.compile(rf"\b\d{{{chiffres}}}\b"))
        found = re.search(rf"\b\d{{{chiffres}}}\b", sms.inner_text())
        assert found is not None
        return found.group()
