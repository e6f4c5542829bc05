"""The mairie's agent portal on the agent's computer: login, the QR code read, the request checked."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect


class ConnexionAgent:
    """The agent's own login (no FranceConnect)."""

    def __init__(self, page: Page, url: str) -> None:
        self.page = page
        self.url = url

    def se_connecter(self, identifiant: str, mot_de_passe: str) -> None:
        """Log in with the agent's account."""
        self.page.goto(self.url)
        self.page.get_by_label("Identifiant", exact=True).fill(identifiant)
        self.page.get_by_label("Mot de passe", exact=True).fill(mot_de_passe)
        self.page.get_by_role("button", name="Se connecter").click()
        expect(self.page.get_by_role("heading", name="Certification France Identité")).to_be_visible()


class LectureQrCode:
    """Where the agent gives the picture of the person's QR code."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.image = page.get_by_label("Image du QR code de l'usager", exact=True)

    def lire(self, image: bytes) -> None:
        """Upload the picture and have it read."""
        self.image.set_input_files({"name": "qr-code.png", "mimeType": "image/png", "buffer": image})
        self.page.get_by_role("button", name="Lire le QR code").click()


class DemandeAgent:
    """The request read from the QR code, and the agent's decision."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", name="Demande de certification")
        self.carte = page.get_by_role("table", name="Carte d'identité lue par l'application")

    def ligne(self, libelle: str) -> Locator:
        """The cell next to a row header ("Numéro de la carte")."""
        return (
            self.carte.get_by_role("row", name=libelle, exact=False)
            .filter(has=self.page.get_by_role("rowheader", name=libelle, exact=True))
            .get_by_role("cell")
        )

    def valider(self, numero_carte: str) -> None:
        """Type the number of the card shown, and validate."""
        self.page.get_by_label("Numéro de la carte présentée", exact=True).fill(numero_carte)
        self.page.get_by_role("button", name="Valider l'identité").click()

    def refuser(self, motif: str) -> None:
        """Refuse, with the reason the person will read."""
        self.page.get_by_label("Motif du refus", exact=True).fill(motif)
        self.page.get_by_role("button", name="Refuser la certification").click()
