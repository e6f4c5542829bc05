"""Steps of the FranceConnect journeys: choose an account, log in at the provider, continue."""

from __future__ import annotations

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from parcours.report.secrets import SecretValues
from parcours_mock_sites.testing import Person, SiteAddresses, Usager, account_of

from .pages.ecran import Ecran
from .pages.fournisseur import ConnexionFournisseur
from .pages.franceconnect import ChoixDuCompte, ContinuerSurLeService, ErreurFranceConnect
from .pages.service import AccueilService, EspaceService
from .sites import service_display_name, site_named
from .taches import demander_franceconnect, se_connecter_au_service, verifier_non_connecte

WRONG_SECRET = "pas-le-bon-code-1234"


@when(parsers.parse('je choisis le compte "{compte}"'))
def choose_account(page: Page, compte: str) -> None:
    """On FranceConnect, pick the account to log in with."""
    choix = ChoixDuCompte(page)
    expect(choix.titre).to_be_visible()
    choix.choisir(compte)


@when("j'indique mon numéro de sécurité sociale à 13 chiffres")
def type_nir_without_key(page: Page, usager: Usager) -> None:
    """The tutorial: the 13 digits, without the last 2 (the identifier of the Ameli account)."""
    ConnexionFournisseur(page).saisir("Numéro de sécurité sociale", account_of(usager, "Ameli").identifier)


@when("j'indique mon numéro de sécurité sociale avec sa clé, soit 15 chiffres")
def type_nir_with_key(page: Page, usager: Person) -> None:
    """The usual mistake: the full NIR with its 2-digit key."""
    ConnexionFournisseur(page).saisir("Numéro de sécurité sociale", usager.nir)


@when("j'indique mon code confidentiel")
def type_secret(page: Page, usager: Usager) -> None:
    """The code confidentiel of the person's Ameli account."""
    ConnexionFournisseur(page).saisir("Code confidentiel", account_of(usager, "Ameli").secret)


@when("j'indique un code confidentiel erroné")
def type_wrong_secret(page: Page) -> None:
    """A code that is not the person's."""
    ConnexionFournisseur(page).saisir("Code confidentiel", WRONG_SECRET)


@then(parsers.parse("le fournisseur d'identité affiche l'erreur \"{message}\""))
def provider_shows_error(page: Page, message: str) -> None:
    """The provider's own error message, next to the field."""
    expect(ConnexionFournisseur(page).message_erreur).to_have_text(message)


@then(parsers.parse('FranceConnect me propose de continuer sur "{service}"'))
def hub_offers_to_continue(page: Page, service: str) -> None:
    """FranceConnect's last page names the service."""
    expect(ContinuerSurLeService(page).bouton(service)).to_be_visible()


@then("FranceConnect me demande de choisir un compte pour me connecter")
def hub_asks_for_account(page: Page) -> None:
    """The list of accounts is shown (again)."""
    expect(ChoixDuCompte(page).titre).to_be_visible()


@then(parsers.parse('FranceConnect affiche le code d\'erreur "{code}"'))
def hub_shows_error_code(page: Page, code: str) -> None:
    """FranceConnect's error page with this code."""
    erreur = ErreurFranceConnect(page)
    expect(erreur.titre).to_be_visible()
    expect(erreur.code(code)).to_be_visible()


@then(parsers.parse("{service} m'accueille par mon nom"))
def service_greets(page: Page, usager: Usager, service: str) -> None:
    """The service's personal space greets the person by their verified name."""
    site_named(service)  # an unknown service fails here with the list of known ones
    expect(EspaceService(page).salutation(usager.full_name)).to_be_visible()


@then(parsers.parse("le courriel nomme le service {service} et le compte {compte}"))
def mail_names_service_and_account(page: Page, service: str, compte: str) -> None:
    """The notification says where and with which account the person logged in."""
    article = Ecran(page).courriel_ouvert()
    expect(article).to_contain_text(service_display_name(service))
    expect(article).to_contain_text(f"compte {compte}")


@given(parsers.parse("je choisis de m'identifier avec FranceConnect sur {service}"))
@when(parsers.parse("je choisis de m'identifier avec FranceConnect sur {service}"))
def open_franceconnect_from_service(page: Page, service: str) -> None:
    """From the service's home page, follow its links to "S'identifier avec FranceConnect"."""
    AccueilService(page, page.url).aller_a_franceconnect(site_named(service))


@given(parsers.parse("je demande à me connecter à {service} avec FranceConnect"))
def ask_to_log_in(page: Page, sites: SiteAddresses, service: str) -> None:
    """Go to the service and click its FranceConnect button: FranceConnect lists the accounts."""
    demander_franceconnect(page, sites, service)


@when(parsers.parse("je saisis les identifiants de mon compte {compte}"))
def log_in_at_provider(page: Page, usager: Usager, compte: str, secret_values: SecretValues) -> None:
    """On the provider's own form: identifier, secret, and its confirmation step if it has one."""
    account = account_of(usager, compte)
    secret_values.add(account.secret)
    ConnexionFournisseur(page).se_connecter(account)


@when(parsers.parse("je me connecte à {service} avec mon compte {compte}"))
def log_in_to_service(page: Page, sites: SiteAddresses, usager: Usager, service: str, compte: str) -> None:
    """The whole journey, from the service's home page to its personal space."""
    se_connecter_au_service(page, sites, usager, service, compte)


@then(parsers.parse('FranceConnect me propose de continuer sur "{service}" sans me demander de compte'))
def hub_offers_to_continue_at_once(page: Page, service: str) -> None:
    """Single sign-on: FranceConnect remembers the person, no list of accounts."""
    expect(ContinuerSurLeService(page).bouton(service)).to_be_visible()
    expect(ChoixDuCompte(page).titre).to_have_count(0)


@when("je me déconnecte")
def log_out(page: Page) -> None:
    """Click "Se déconnecter" on the service's personal space."""
    EspaceService(page).se_deconnecter()


@then(parsers.parse("je ne suis pas connecté à {service}"))
def not_logged_in(page: Page, sites: SiteAddresses, service: str) -> None:
    """The service's personal space sends me back to its FranceConnect button."""
    verifier_non_connecte(page, sites, service)


@when("je note mon identifiant FranceConnect", target_fixture="identifiant_note")
def note_sub(page: Page) -> str:
    """The identifier the service's space shows (FranceConnect's `sub` for this service)."""
    return EspaceService(page).identifiant_franceconnect()


@then("mon identifiant FranceConnect est celui que j'ai noté")
def same_sub(page: Page, identifiant_note: str) -> None:
    """The service recognises the same person."""
    expect(EspaceService(page).identifiant).to_have_text(f"Identifiant FranceConnect : {identifiant_note}")


@then("mon identifiant FranceConnect n'est pas celui que j'ai noté")
def other_sub(page: Page, identifiant_note: str) -> None:
    """Another service sees another identifier for the same person."""
    identifiant = EspaceService(page).identifiant_franceconnect()
    assert identifiant != identifiant_note, "deux services voient le même identifiant FranceConnect"


@then(parsers.parse("{service} indique que je me suis connecté {fois:d} fois"))
def login_count(page: Page, service: str, fois: int) -> None:
    """The service counts the logins of the person it recognises."""
    site_named(service)
    expect(EspaceService(page).nombre_de_connexions(fois)).to_be_visible()


@when("j'indique mon adresse électronique et mon mot de passe")
def type_email_and_password(page: Page, usager: Usager) -> None:
    """La Poste's first page: the e-mail address and the password of the Identité Numérique."""
    compte = account_of(usager, "Identité Numérique La Poste")
    connexion = ConnexionFournisseur(page)
    connexion.saisir("Adresse électronique", compte.identifier)
    connexion.saisir("Mot de passe", compte.secret)


@then("La Poste me demande le code secret de mon application")
def la_poste_asks_for_app_code(page: Page) -> None:
    """The confirmation page of L'Identité Numérique La Poste."""
    expect(Ecran(page).titre("Confirmez votre connexion")).to_be_visible()
    expect(ConnexionFournisseur(page).champ("Code secret de l'application")).to_be_visible()
