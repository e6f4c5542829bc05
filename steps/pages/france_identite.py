"""The France Identité app on the person's phone: home, the request's steps, the QR code, the FAQ."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

QR_CODE = "QR code de ma demande de certification"


class AppliFranceIdentite:
    """The app's home: the digital identity and where its certification stands."""

    def __init__(self, page: Page, url: str) -> None:
        self.page = page
        self.url = url
        self.titre = page.get_by_role("heading", name="Mon identité numérique")
        self.certification = page.get_by_role("region", name="Certification du compte")

    def ouvrir(self) -> None:
        """Open the app (it opens on the home page)."""
        self.page.goto(self.url)
        expect(self.titre).to_be_visible()


class CodePersonnel:
    """Step 2: the personal code."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", name="Saisissez votre code personnel")
        self.champ = page.get_by_label("Code personnel", exact=True)

    def saisir(self, code: str) -> None:
        """Type the code and send it."""
        expect(self.titre).to_be_visible()
        self.champ.fill(code)
        self.page.get_by_role("button", name="Valider mon code").click()


class QrCode:
    """Step 3: the QR code to show at the mairie."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", name="Votre QR code")
        self.image: Locator = page.get_by_role("img", name=QR_CODE)

    def montrer(self) -> bytes:
        """The QR code as the agent's scanner sees it: a picture of the phone's screen."""
        expect(self.image).to_be_visible()
        return self.image.screenshot()


class Faq:
    """The app's FAQ, with the experiment's contact address."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", name="Foire aux questions")

    def usages(self) -> Locator:
        """The examples of usages, in the page's order."""
        return self.page.get_by_role("list", name="Exemples d'usages de France Identité").get_by_role(
            "listitem"
        )

    def contact(self, adresse: str) -> Locator:
        """The link that writes to `adresse`."""
        return self.page.get_by_role("link", name=adresse, exact=True)
