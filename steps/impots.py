"""Steps of the impots.gouv.fr journeys: what the person types to create their espace particulier, and
the partners of a couple each creating and using their own."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from parcours_mock_sites.testing import Person, RunningSites, TestData

from .pages.impots import (
    ConnexionEspace,
    Recapitulatif,
    RubriqueConnexionCreation,
    VosInformations,
    VosOptions,
)
from .pages.service import EspaceService
from .taches import (
    aller_a_vos_informations,
    aller_a_vos_options,
    creer_espace,
    identifiants,
    saisir_code_sms,
    saisir_identifiants,
    se_connecter_a_l_espace,
)

RANK = {"premier": 0, "second": 1}


def _other_key(numero_fiscal: str) -> str:
    """The same numéro fiscal with a wrong last check digit."""
    return numero_fiscal[:-1] + str((int(numero_fiscal[-1]) + 1) % 10)


# How a person gets an identifier wrong: the phrase of the Exemples → (field, what they type).
WRONG_IDENTIFIERS: dict[str, tuple[str, Callable[[Person, TestData], str]]] = {
    "un numéro fiscal de 12 chiffres": ("numero_fiscal", lambda p, _: p.numero_fiscal[:12]),
    "un numéro fiscal dont la clé est fausse": ("numero_fiscal", lambda p, _: _other_key(p.numero_fiscal)),
    "un numéro fiscal inconnu de l'administration": (
        "numero_fiscal",
        lambda p, donnees: donnees.unknown_numero_fiscal(p.numero_fiscal),
    ),
    "un numéro d'accès en ligne de 6 chiffres": ("numero_acces", lambda p, _: p.online_access_number[:6]),
    "un numéro d'accès en ligne erroné": (
        "numero_acces",
        lambda p, _: f"{(int(p.online_access_number) + 1) % 10**7:07d}",
    ),
    "un revenu fiscal de référence erroné": (
        "revenu_fiscal",
        lambda p, _: str(int(identifiants(p)["revenu_fiscal"]) + 100),
    ),
    "un revenu fiscal de référence de 0": ("revenu_fiscal", lambda p, _: "0"),
}


# --- Arrived at a step (the journey so far, through the browser) ---------------------------------


@given("j'ai saisi mes 3 identifiants")
def identifiers_typed(page: Page, mock_sites: RunningSites, usager: Person) -> None:
    """Home page, "Votre espace particulier", the 3 identifiers, "Continuer"."""
    aller_a_vos_informations(page, mock_sites, usager)


@given("j'ai saisi mes 3 identifiants et mes informations avec mon numéro de téléphone portable")
def information_typed(page: Page, mock_sites: RunningSites, usager: Person) -> None:
    """Up to "Vos options"."""
    aller_a_vos_options(page, mock_sites, usager, portable=True)


@given("j'ai créé mon espace particulier sans l'activer encore")
def space_created(page: Page, mock_sites: RunningSites, usager: Person) -> None:
    """Every step, without a mobile number, up to the activation mail."""
    creer_espace(page, mock_sites, usager, activer=False)


@given("j'ai créé et activé mon espace particulier")
def space_activated(page: Page, mock_sites: RunningSites, usager: Person) -> None:
    """Every step, then the blue link of the mail."""
    creer_espace(page, mock_sites, usager, activer=True)


# --- Typing --------------------------------------------------------------------------------------


@when(parsers.parse('je saisis mes 3 identifiants dans la rubrique "{rubrique}"'))
def type_identifiers(page: Page, usager: Person, rubrique: str) -> None:
    """The numéro fiscal, the numéro d'accès en ligne and the RFR of the person."""
    assert rubrique == RubriqueConnexionCreation.NOM, f"rubrique inconnue : {rubrique!r}"
    saisir_identifiants(page, identifiants(usager))


@when(parsers.parse("je saisis mes 3 identifiants, mais avec {ecart}"))
def type_wrong_identifier(page: Page, donnees: TestData, usager: Person, ecart: str) -> None:
    """The person's identifiers, one of them wrong in the way the Exemples say."""
    if ecart not in WRONG_IDENTIFIERS:
        raise LookupError(f"écart inconnu : {ecart!r} (connus : {', '.join(WRONG_IDENTIFIERS)})")
    field, wrong = WRONG_IDENTIFIERS[ecart]
    saisir_identifiants(page, identifiants(usager) | {field: wrong(usager, donnees)})


@when("je saisis mes 3 identifiants avec le revenu fiscal de référence de mes parents")
def type_parents_income(page: Page, donnees: TestData, usager: Person) -> None:
    """The young adult's mistake: the RFR of the parents' avis instead of 0."""
    parents_income = donnees.tax_office.household_income(usager.numero_fiscal)
    assert parents_income > 0
    saisir_identifiants(page, identifiants(usager) | {"revenu_fiscal": str(parents_income)})


@when(parsers.re(r"je saisis mes informations (?P<avec>avec|sans) (?:mon )?numéro de téléphone portable"))
def type_information(page: Page, usager: Person, avec: str) -> None:
    """E-mail and password twice each; the mobile number or not."""
    VosInformations(page).remplir(usager.email, usager.password, usager.phone if avec == "avec" else "")


@when(parsers.parse('j\'indique l\'adresse électronique "{adresse}" confirmée par "{confirmation}"'))
def type_email(page: Page, adresse: str, confirmation: str) -> None:
    """Replace the address and its confirmation."""
    VosInformations(page).indiquer_courriel(adresse, confirmation)


@when(parsers.parse('je choisis le mot de passe "{mot_de_passe}" confirmé par "{confirmation}"'))
def type_password(page: Page, mot_de_passe: str, confirmation: str) -> None:
    """Replace the password and its confirmation."""
    VosInformations(page).choisir_mot_de_passe(mot_de_passe, confirmation)


@when(parsers.parse('je désactive l\'option « zéro papier » "{option}"'))
def keep_paper(page: Page, option: str) -> None:
    """Turn the green button grey."""
    VosOptions(page).desactiver_zero_papier(option)


@when(parsers.parse('je coche la préférence de communication "{preference}"'))
def choose_preference(page: Page, preference: str) -> None:
    """Be informed of the tax news this way."""
    VosOptions(page).preference(preference).check()


@when("je saisis le code à 6 chiffres reçu par SMS")
def type_sms_code(page: Page, mock_sites: RunningSites, usager: Person) -> None:
    """The code, read on the phone."""
    saisir_code_sms(page, mock_sites, usager)


@when("je saisis un code différent de celui reçu par SMS")
def type_wrong_sms_code(page: Page, mock_sites: RunningSites, usager: Person) -> None:
    """A code that is not the one received."""
    saisir_code_sms(page, mock_sites, usager, erreur=True)


@when("j'indique mon numéro fiscal et le mot de passe de mon espace particulier")
def type_credentials(page: Page, usager: Person) -> None:
    """At impots.gouv.fr or on its page reached through FranceConnect: the same two fields."""
    ConnexionEspace(page).saisir(usager.numero_fiscal, usager.password)


@when(parsers.re(r"le (?P<rang>premier|second) partenaire crée et active son espace particulier"))
def partner_creates(page: Page, mock_sites: RunningSites, couple: tuple[Person, ...], rang: str) -> None:
    """One partner, with their own identifiers, mailbox and password."""
    creer_espace(page, mock_sites, couple[RANK[rang]], activer=True)


@then(parsers.re(r"le (?P<rang>premier|second) partenaire se connecte à son propre espace particulier"))
def partner_logs_in(page: Page, mock_sites: RunningSites, couple: tuple[Person, ...], rang: str) -> None:
    """Each partner's own numéro fiscal and password open their own space; then they log out."""
    partner = couple[RANK[rang]]
    se_connecter_a_l_espace(page, mock_sites, partner)
    espace = EspaceService(page)
    expect(espace.salutation(partner.full_name)).to_be_visible()
    expect(Recapitulatif(page).valeur("Numéro fiscal")).to_have_text(partner.numero_fiscal)
    espace.bouton_deconnexion.click()
