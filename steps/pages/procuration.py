"""Ma procuration's form: the person who will vote for me, and for how long."""

from __future__ import annotations

from playwright.sync_api import Page


class FormulaireProcuration:
    """ "Donner procuration", found by its visible labels."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", name="Donner procuration")

    def donner(self, prenom: str, nom: str, naissance: str, validite: str) -> None:
        """Fill the form (`naissance` as YYYY-MM-DD) and submit it."""
        self.page.get_by_label("Nom du mandataire", exact=True).fill(nom)
        self.page.get_by_label("Prénom du mandataire", exact=True).fill(prenom)
        self.page.get_by_label("Date de naissance du mandataire").fill(naissance)
        self.page.get_by_label("Durée de la procuration").select_option(validite)
        self.page.get_by_role("button", name="Valider ma procuration").click()
