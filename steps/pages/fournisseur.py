"""An identity provider's login page (Ameli and the others), found by its visible labels."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from playwright.sync_api import Locator, Page, expect

from mock_sites.common.identities import Person
from mock_sites.laposte import app_code


@dataclass(frozen=True)
class Confirmation:
    """A second page where the person confirms the login (La Poste: the app's secret code)."""

    titre: str
    libelle: str
    bouton: str
    code_de: Callable[[Person], str]


@dataclass(frozen=True)
class Formulaire:
    """What a person types at one provider, in that provider's words."""

    identifiant: str
    secret: str
    bouton: str
    identifiant_de: Callable[[Person], str]
    confirmation: Confirmation | None = None


# By the title of the provider's button on FranceConnect.
FORMULAIRES: dict[str, Formulaire] = {
    "impots.gouv.fr": Formulaire("Numéro fiscal", "Mot de passe", "Connexion", lambda p: p.numero_fiscal),
    "Ameli": Formulaire(
        "Numéro de sécurité sociale", "Code confidentiel", "Me connecter", lambda p: p.nir_without_key
    ),
    "Identité Numérique La Poste": Formulaire(
        "Adresse électronique",
        "Mot de passe",
        "Se connecter",
        lambda p: p.email,
        Confirmation("Confirmez votre connexion", "Code secret de l'application", "Valider", app_code),
    ),
    "Yris": Formulaire("Numéro de téléphone mobile", "Mot de passe", "Se connecter", lambda p: p.phone),
    "msa.fr": Formulaire(
        "Numéro de sécurité sociale", "Mot de passe", "Se connecter", lambda p: p.nir_without_key
    ),
}


def formulaire(compte: str) -> Formulaire:
    """The form of the provider whose button reads `compte`; an unknown one lists the known ones."""
    try:
        return FORMULAIRES[compte]
    except KeyError:
        known = ", ".join(FORMULAIRES)
        raise LookupError(f"compte inconnu : {compte!r} (connus : {known})") from None


class ConnexionFournisseur:
    """The login form of an identity provider."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.message_erreur = page.get_by_role("alert")

    def champ(self, libelle: str) -> Locator:
        """The field whose label reads `libelle`."""
        return self.page.get_by_label(libelle, exact=True)

    def saisir(self, libelle: str, valeur: str) -> None:
        """Type `valeur` in the field labelled `libelle`."""
        self.champ(libelle).fill(valeur)

    def se_connecter(self, compte: str, usager: Person) -> None:
        """Type one's identifier and secret at this provider, submit, and confirm if it asks."""
        form = formulaire(compte)
        self.saisir(form.identifiant, form.identifiant_de(usager))
        self.saisir(form.secret, usager.password)
        self.page.get_by_role("button", name=form.bouton, exact=True).click()
        if form.confirmation is not None:
            expect(self.page.get_by_role("heading", name=form.confirmation.titre)).to_be_visible()
            self.saisir(form.confirmation.libelle, form.confirmation.code_de(usager))
            self.page.get_by_role("button", name=form.confirmation.bouton, exact=True).click()
