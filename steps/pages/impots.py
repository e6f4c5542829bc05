"""impots.gouv.fr: the rubrique "Connexion ou Création de votre espace" and each step of the creation."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

SMS_SENDER = "impots.gouv.fr"


def champ(page: Page, libelle: str) -> Locator:
    """A form field found by its label, as a person finds it."""
    return page.get_by_label(libelle, exact=True)


def verifier_erreur(page: Page, libelle: str, message: str) -> None:
    """The field is marked invalid and the site's message, next to it, describes it."""
    field = champ(page, libelle)
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(field).to_have_accessible_description(re.compile(re.escape(message)))
    expect(page.get_by_text(message, exact=True)).to_be_visible()


class RubriqueConnexionCreation:
    """The rubrique of the espace particulier's home page where the 3 identifiers are typed."""

    NOM = "Connexion ou Création de votre espace"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.rubrique = page.get_by_role("region", name=self.NOM)
        self.numero_fiscal = self.rubrique.get_by_label("Numéro fiscal", exact=True)
        self.numero_acces = self.rubrique.get_by_label("Numéro d'accès en ligne", exact=True)
        self.revenu_fiscal = self.rubrique.get_by_label("Montant du revenu fiscal de référence", exact=True)
        self.continuer = self.rubrique.get_by_role("button", name="Continuer")
        self.lien_connexion = self.rubrique.get_by_role("link", name="Me connecter avec mon mot de passe")

    def saisir_identifiants(self, numero_fiscal: str, numero_acces: str, revenu_fiscal: str) -> None:
        """Type the numéro fiscal, the numéro d'accès en ligne and the revenu fiscal de référence."""
        expect(self.rubrique).to_be_visible()
        self.numero_fiscal.fill(numero_fiscal)
        self.numero_acces.fill(numero_acces)
        self.revenu_fiscal.fill(revenu_fiscal)


class VosInformations:
    """Step 2: e-mail and password, each typed twice, and the optional mobile number."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", name="Vos informations")

    def indiquer_courriel(self, adresse: str, confirmation: str) -> None:
        """The address, then its confirmation."""
        champ(self.page, "Adresse électronique").fill(adresse)
        champ(self.page, "Confirmation de l'adresse électronique").fill(confirmation)

    def choisir_mot_de_passe(self, mot_de_passe: str, confirmation: str) -> None:
        """The password, then its confirmation."""
        champ(self.page, "Mot de passe").fill(mot_de_passe)
        champ(self.page, "Confirmation du mot de passe").fill(confirmation)

    def indiquer_portable(self, numero: str) -> None:
        """The mobile number (an empty string leaves it out)."""
        champ(self.page, "Numéro de téléphone portable (facultatif)").fill(numero)

    def remplir(self, adresse: str, mot_de_passe: str, portable: str) -> None:
        """Every field, as the person means it."""
        expect(self.titre).to_be_visible()
        self.indiquer_courriel(adresse, adresse)
        self.choisir_mot_de_passe(mot_de_passe, mot_de_passe)
        self.indiquer_portable(portable)


class VosOptions:
    """Step 3: the "zéro papier" switches and the communication preferences."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", name="Vos options")
        self.zero_papier = page.get_by_role("group", name="Options « zéro papier »").get_by_role("switch")
        self.preferences = page.get_by_role("group", name="Vos préférences de communication")

    def option_zero_papier(self, nom: str) -> Locator:
        """One "zéro papier" switch (green when on)."""
        return self.page.get_by_role("switch", name=nom, exact=True)

    def preference(self, nom: str) -> Locator:
        """One communication preference ("Par courriel", "Par SMS")."""
        return self.preferences.get_by_role("checkbox", name=nom, exact=True)

    def desactiver_zero_papier(self, nom: str) -> None:
        """Click the green button to turn it grey: this notice keeps coming on paper."""
        switch = self.option_zero_papier(nom)
        expect(switch).to_be_checked()
        switch.click()
        expect(switch).not_to_be_checked()


class Tableau:
    """A table of label → value rows, found by its caption."""

    def __init__(self, page: Page, nom: str) -> None:
        self.page = page
        self.tableau = page.get_by_role("table", name=nom)

    def valeur(self, libelle: str) -> Locator:
        """The value shown in the row headed `libelle`."""
        header = self.page.get_by_role("rowheader", name=libelle, exact=True)
        return self.tableau.get_by_role("row").filter(has=header).get_by_role("cell")


class Recapitulatif(Tableau):
    """The table of the choices: on the confirmation page, after activation, in the personal space."""

    def __init__(self, page: Page) -> None:
        super().__init__(page, "Récapitulatif")


class CodeSms:
    """Step 5, with a mobile number only: the code received by SMS."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", name="Saisissez le code reçu par SMS")
        self.code = champ(page, "Code reçu par SMS")

    def saisir(self, code: str) -> None:
        """Type the code."""
        expect(self.titre).to_be_visible()
        self.code.fill(code)


class CourrielEnvoye:
    """ "Consultez votre messagerie": the activation mail is on its way."""

    def __init__(self, page: Page) -> None:
        self.titre = page.get_by_role("heading", name="Consultez votre messagerie")


class Activation:
    """The page the activation link opens."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.active = page.get_by_role("heading", name="Votre espace particulier est activé")
        self.expire = page.get_by_role("heading", name="Lien d'activation expiré")
        self.acceder = page.get_by_role("link", name="Accéder à mon espace particulier")


class ConnexionEspace:
    """The login of the espace particulier: the same labels at impots.gouv.fr and through FranceConnect."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.titre = page.get_by_role("heading", name="Connexion à votre espace particulier")
        self.message_erreur = page.get_by_role("alert")

    def saisir(self, numero_fiscal: str, mot_de_passe: str) -> None:
        """Type the numéro fiscal and the password."""
        expect(self.titre).to_be_visible()
        champ(self.page, "Numéro fiscal").fill(numero_fiscal)
        champ(self.page, "Mot de passe").fill(mot_de_passe)

    def se_connecter(self, numero_fiscal: str, mot_de_passe: str) -> None:
        """Type both, then click "Connexion"."""
        self.saisir(numero_fiscal, mot_de_passe)
        self.page.get_by_role("button", name="Connexion", exact=True).click()
