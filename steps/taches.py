"""Journey tasks steps share: what a person does over several pages (create and activate an espace
particulier, log in to it, log in to a service through FranceConnect, read an SMS code, follow a
mail's link). Steps call these; steps never call other steps.

Not a step module: it defines no step, so loading it as a plugin registers nothing.
"""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from parcours_mock_sites.testing import (
    ACTIVATION_SUBJECT,
    Person,
    RunningSites,
    SiteAddresses,
    Usager,
    account_of,
)

from .pages.ecran import Ecran
from .pages.fournisseur import ConnexionFournisseur
from .pages.franceconnect import ChoixDuCompte, ContinuerSurLeService
from .pages.impots import (
    SMS_SENDER,
    Activation,
    CodeSms,
    ConnexionEspace,
    CourrielEnvoye,
    RubriqueConnexionCreation,
    VosInformations,
    VosOptions,
)
from .pages.messagerie import Messagerie
from .pages.service import AccueilService, EspaceService
from .pages.telephone import Telephone
from .sites import service_display_name, site_named

ACTIVATION_LINK = "Activer l'accès à mon espace particulier"


# --- impots.gouv.fr: the espace particulier ------------------------------------------------------


def identifiants(usager: Person) -> dict[str, str]:
    """The 3 identifiers of the person's last déclaration and avis, by field."""
    if usager.reference_income is None:
        raise LookupError(
            f"{usager.full_name} n'a pas de foyer fiscal connu : commencez le scénario par "
            "« un usager qui a son propre foyer fiscal »"
        )
    return {
        "numero_fiscal": usager.numero_fiscal,
        "numero_acces": usager.online_access_number,
        "revenu_fiscal": str(usager.reference_income),
    }


def ouvrir_rubrique(page: Page, sites: RunningSites) -> RubriqueConnexionCreation:
    """The tutorial's way in: impots.gouv.fr, then "Votre espace particulier"."""
    AccueilService(page, sites.url("impots")).ouvrir()
    Ecran(page).lien("Votre espace particulier").click()
    return RubriqueConnexionCreation(page)


def saisir_identifiants(page: Page, saisis: dict[str, str]) -> None:
    """Type the 3 identifiers in the rubrique."""
    RubriqueConnexionCreation(page).saisir_identifiants(
        saisis["numero_fiscal"], saisis["numero_acces"], saisis["revenu_fiscal"]
    )


def continuer(page: Page) -> None:
    """The "Continuer" button of a step of the creation."""
    Ecran(page).bouton("Continuer", exact=True).click()


def aller_a_vos_informations(page: Page, sites: RunningSites, usager: Person) -> None:
    """Home page, "Votre espace particulier", the 3 identifiers, "Continuer"."""
    rubrique = ouvrir_rubrique(page, sites)
    saisir_identifiants(page, identifiants(usager))
    rubrique.continuer.click()
    expect(VosInformations(page).titre).to_be_visible()


def aller_a_vos_options(page: Page, sites: RunningSites, usager: Person, portable: bool) -> None:
    """Up to "Vos options", with the mobile number in "Vos informations" or without it."""
    aller_a_vos_informations(page, sites, usager)
    VosInformations(page).remplir(usager.email, usager.password, usager.phone if portable else "")
    continuer(page)
    expect(VosOptions(page).titre).to_be_visible()


def lire_code_sms(page: Page, sites: RunningSites, usager: Person) -> str:
    """Read the code on one's phone (another tab, as one picks up the phone)."""
    telephone = Telephone(page.context.new_page(), sites.url("telephone"))
    telephone.ouvrir(usager.phone)
    code = telephone.lire_code(SMS_SENDER)
    telephone.page.close()
    return code


def saisir_code_sms(page: Page, sites: RunningSites, usager: Person, erreur: bool = False) -> None:
    """Type back the code received by SMS (or, with `erreur`, a code that differs from it)."""
    code = lire_code_sms(page, sites, usager)
    CodeSms(page).saisir(f"{(int(code) + 1) % 10**6:06d}" if erreur else code)


def ouvrir_courriel(page: Page, sites: RunningSites, adresse: str, objet: str) -> Locator:
    """Open one's webmail box and the (newest) mail with this subject; returns the mail's content."""
    messagerie = Messagerie(page, sites.url("messagerie"))
    messagerie.ouvrir_boite(adresse)
    expect(messagerie.courriel(objet)).to_be_visible()
    return messagerie.ouvrir_courriel(objet)


def suivre_lien_du_courriel(page: Page, sites: RunningSites, adresse: str, objet: str, lien: str) -> None:
    """Open the mail with this subject and click its link `lien`."""
    Ecran(ouvrir_courriel(page, sites, adresse, objet)).lien(lien).click()


def activer_espace(page: Page, sites: RunningSites, usager: Person) -> None:
    """Open the activation mail and follow its blue link."""
    suivre_lien_du_courriel(page, sites, usager.email, ACTIVATION_SUBJECT, ACTIVATION_LINK)
    expect(Activation(page).active).to_be_visible()


def creer_espace(page: Page, sites: RunningSites, usager: Person, activer: bool) -> None:
    """The whole creation without a mobile number, up to the activation mail (and its link)."""
    aller_a_vos_options(page, sites, usager, portable=False)
    continuer(page)
    Ecran(page).bouton("Confirmer").click()
    expect(CourrielEnvoye(page).titre).to_be_visible()
    if activer:
        activer_espace(page, sites, usager)


def se_connecter_a_l_espace(page: Page, sites: RunningSites, usager: Person) -> None:
    """From the home page to one's espace particulier, with the numéro fiscal and the password."""
    ouvrir_rubrique(page, sites).lien_connexion.click()
    ConnexionEspace(page).se_connecter(usager.numero_fiscal, usager.password)


# --- FranceConnect: a service, an account --------------------------------------------------------


def demander_franceconnect(page: Page, sites: SiteAddresses, service: str) -> None:
    """Go to the service and click its FranceConnect button: FranceConnect lists the accounts."""
    site = site_named(service)
    accueil = AccueilService(page, sites.url(site))
    accueil.ouvrir()
    accueil.aller_a_franceconnect(site)
    expect(ChoixDuCompte(page).titre).to_be_visible()


def se_connecter_au_service(
    page: Page, sites: SiteAddresses, usager: Usager, service: str, compte: str
) -> None:
    """The whole journey, from the service's home page to its personal space."""
    demander_franceconnect(page, sites, service)
    ChoixDuCompte(page).choisir(compte)
    ConnexionFournisseur(page).se_connecter(account_of(usager, compte))
    ContinuerSurLeService(page).bouton(service_display_name(service)).click()
    expect(EspaceService(page).salutation(usager.full_name)).to_be_visible()


def verifier_non_connecte(page: Page, sites: SiteAddresses, service: str) -> None:
    """The service's personal space sends this browser back to its FranceConnect button."""
    page.goto(sites.url(site_named(service), "/mon-espace"))
    expect(AccueilService(page, page.url).bouton_franceconnect).to_be_visible()
