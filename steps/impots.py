"""Steps of the impots.gouv.fr journeys: create one's espace particulier, activate it, log in with it."""

from __future__ import annotations

import random
from collections.abc import Callable
from contextlib import closing

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from mock_sites.common.identities import make_numero_fiscal
from mock_sites.common.storage import connect
from mock_sites.impots.creation.connexion import NOT_ACTIVATED
from mock_sites.impots.creation.notices import SUBJECT
from mock_sites.impots.creation.records import account_exists, find_space
from mock_sites.impots.foyers import Situation, Taxpayer, household_income, register_household
from mock_sites.messagerie.mailbox import inbox
from mock_sites.runner import RunningSites

from .pages.impots import (
    SMS_SENDER,
    Activation,
    CodeSms,
    ConnexionEspace,
    CourrielEnvoye,
    Recapitulatif,
    RubriqueConnexionCreation,
    VosInformations,
    VosOptions,
    verifier_erreur,
)
from .pages.messagerie import Messagerie
from .pages.service import AccueilService, EspaceService
from .pages.telephone import Telephone

ACTIVATION_LINK = "Activer l'accès à mon espace particulier"
SITUATION_BY_PHRASE = {
    "qui a son propre foyer fiscal": Situation.SINGLE,
    "rattaché au foyer fiscal de ses parents": Situation.ATTACHED,
    "marié": Situation.MARRIED,
    "pacsé": Situation.PACS,
}
RANK = {"premier": 0, "second": 1}


def _register(
    mock_sites: RunningSites, request: pytest.FixtureRequest, situation: Situation
) -> list[Taxpayer]:
    """A generated foyer (same seed, same scenario → same people), recorded at the tax office."""
    database = mock_sites.app("impots").config["DATABASE"]
    today = mock_sites.clock.datetime().date()
    return list(register_household(database, mock_sites.seed, request.node.nodeid, situation, today).members)


# How a person gets an identifier wrong: the phrase of the Exemples → (field, what they type).
WRONG_IDENTIFIERS: dict[str, tuple[str, Callable[[Taxpayer], str]]] = {
    "un numéro fiscal de 12 chiffres": ("numero_fiscal", lambda p: p.numero_fiscal[:12]),
    "un numéro fiscal dont la clé est fausse": (
        "numero_fiscal",
        lambda p: p.numero_fiscal[:-1] + str((int(p.numero_fiscal[-1]) + 1) % 10),
    ),
    "un numéro fiscal inconnu de l'administration": (
        "numero_fiscal",
        lambda p: make_numero_fiscal(random.Random(f"inconnu:{p.numero_fiscal}")),
    ),
    "un numéro d'accès en ligne de 6 chiffres": ("numero_acces", lambda p: p.online_access_number[:6]),
    "un numéro d'accès en ligne erroné": (
        "numero_acces",
        lambda p: f"{(int(p.online_access_number) + 1) % 10**7:07d}",
    ),
    "un revenu fiscal de référence erroné": ("revenu_fiscal", lambda p: str(p.reference_income + 100)),
    "un revenu fiscal de référence de 0": ("revenu_fiscal", lambda p: "0"),
}


def _identifiers(person: Taxpayer) -> dict[str, str]:
    return {
        "numero_fiscal": person.numero_fiscal,
        "numero_acces": person.online_access_number,
        "revenu_fiscal": str(person.reference_income),
    }


def _open_creation(page: Page, mock_sites: RunningSites) -> RubriqueConnexionCreation:
    """The tutorial's way in: impots.gouv.fr, then "Votre espace particulier"."""
    AccueilService(page, mock_sites.url("impots")).ouvrir()
    page.get_by_role("link", name="Votre espace particulier").click()
    return RubriqueConnexionCreation(page)


def _type_identifiers(page: Page, identifiers: dict[str, str]) -> None:
    RubriqueConnexionCreation(page).saisir_identifiants(
        identifiers["numero_fiscal"], identifiers["numero_acces"], identifiers["revenu_fiscal"]
    )


def _continue(page: Page) -> None:
    page.get_by_role("button", name="Continuer", exact=True).click()


def _type_sms_code(page: Page, mock_sites: RunningSites, person: Taxpayer, change: bool = False) -> None:
    """Read the code on one's phone (another tab, as one picks up the phone), type it back."""
    telephone = Telephone(page.context.new_page(), mock_sites.url("telephone"))
    telephone.ouvrir(person.phone)
    code = telephone.lire_code(SMS_SENDER)
    telephone.page.close()
    CodeSms(page).saisir(f"{(int(code) + 1) % 10**6:06d}" if change else code)


def create_space(page: Page, mock_sites: RunningSites, person: Taxpayer, activate: bool) -> None:
    """The whole creation without a mobile number, up to the activation mail (and its link)."""
    rubrique = _open_creation(page, mock_sites)
    rubrique.saisir_identifiants(**_identifiers(person))
    rubrique.continuer.click()
    VosInformations(page).remplir(person.email, person.password, "")
    _continue(page)
    expect(VosOptions(page).titre).to_be_visible()
    _continue(page)
    page.get_by_role("button", name="Confirmer").click()
    expect(CourrielEnvoye(page).titre).to_be_visible()
    if activate:
        messagerie = Messagerie(page, mock_sites.url("messagerie"))
        messagerie.ouvrir_boite(person.email)
        messagerie.ouvrir_courriel(SUBJECT)
        page.get_by_role("link", name=ACTIVATION_LINK).click()
        expect(Activation(page).active).to_be_visible()


def log_in(page: Page, mock_sites: RunningSites, person: Taxpayer) -> None:
    """From the home page to one's espace particulier, with the numéro fiscal and the password."""
    _open_creation(page, mock_sites).lien_connexion.click()
    ConnexionEspace(page).se_connecter(person.numero_fiscal, person.password)


# --- Who -------------------------------------------------------------------------------------------


@given(
    parsers.re(
        r"un usager (?P<description>qui a son propre foyer fiscal|rattaché au foyer fiscal de ses parents)"
    ),
    target_fixture="usager",
)
def usager_known_to_the_tax_office(
    request: pytest.FixtureRequest, mock_sites: RunningSites, description: str
) -> Taxpayer:
    """A person whose foyer fiscal the tax office holds; an attached young adult is 20 to 25, RFR 0."""
    members = _register(mock_sites, request, SITUATION_BY_PHRASE[description])
    return members[-1]  # the declarant, or the young adult after the parents


@given(parsers.re(r"un couple (?P<situation>marié|pacsé)"), target_fixture="couple")
def couple(request: pytest.FixtureRequest, mock_sites: RunningSites, situation: str) -> list[Taxpayer]:
    """Two partners of one foyer fiscal, each with their own numéro fiscal."""
    return _register(mock_sites, request, SITUATION_BY_PHRASE[situation])


# --- Arrived at a step (the journey so far, through the browser) ---------------------------------


@given("j'ai saisi mes 3 identifiants")
def identifiers_typed(page: Page, mock_sites: RunningSites, usager: Taxpayer) -> None:
    """Home page, "Votre espace particulier", the 3 identifiers, "Continuer"."""
    rubrique = _open_creation(page, mock_sites)
    rubrique.saisir_identifiants(**_identifiers(usager))
    rubrique.continuer.click()
    expect(VosInformations(page).titre).to_be_visible()


@given("j'ai saisi mes 3 identifiants et mes informations avec mon numéro de téléphone portable")
def information_typed(page: Page, mock_sites: RunningSites, usager: Taxpayer) -> None:
    """Up to "Vos options"."""
    identifiers_typed(page, mock_sites, usager)
    VosInformations(page).remplir(usager.email, usager.password, usager.phone)
    _continue(page)
    expect(VosOptions(page).titre).to_be_visible()


@given("j'ai créé mon espace particulier sans l'activer encore")
def space_created(page: Page, mock_sites: RunningSites, usager: Taxpayer) -> None:
    """Every step, without a mobile number, up to the activation mail."""
    create_space(page, mock_sites, usager, activate=False)


@given("j'ai créé et activé mon espace particulier")
def space_activated(page: Page, mock_sites: RunningSites, usager: Taxpayer) -> None:
    """Every step, then the blue link of the mail."""
    create_space(page, mock_sites, usager, activate=True)


# --- Typing --------------------------------------------------------------------------------------


@when(parsers.parse('je saisis mes 3 identifiants dans la rubrique "{rubrique}"'))
def type_identifiers(page: Page, usager: Taxpayer, rubrique: str) -> None:
    """The numéro fiscal, the numéro d'accès en ligne and the RFR of the person."""
    assert rubrique == RubriqueConnexionCreation.NOM, f"rubrique inconnue : {rubrique!r}"
    _type_identifiers(page, _identifiers(usager))


@when(parsers.parse("je saisis mes 3 identifiants, mais avec {ecart}"))
def type_wrong_identifier(page: Page, usager: Taxpayer, ecart: str) -> None:
    """The person's identifiers, one of them wrong in the way the Exemples say."""
    if ecart not in WRONG_IDENTIFIERS:
        raise LookupError(f"écart inconnu : {ecart!r} (connus : {', '.join(WRONG_IDENTIFIERS)})")
    field, wrong = WRONG_IDENTIFIERS[ecart]
    _type_identifiers(page, _identifiers(usager) | {field: wrong(usager)})


@when("je saisis mes 3 identifiants avec le revenu fiscal de référence de mes parents")
def type_parents_income(page: Page, mock_sites: RunningSites, usager: Taxpayer) -> None:
    """The young adult's mistake: the RFR of the parents' avis instead of 0."""
    with closing(connect(mock_sites.app("impots").config["DATABASE"])) as db:
        parents_income = household_income(db, usager.numero_fiscal)
    assert parents_income > 0
    _type_identifiers(page, _identifiers(usager) | {"revenu_fiscal": str(parents_income)})


@when(parsers.re(r"je saisis mes informations (?P<avec>avec|sans) (?:mon )?numéro de téléphone portable"))
def type_information(page: Page, usager: Taxpayer, avec: str) -> None:
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
def type_sms_code(page: Page, mock_sites: RunningSites, usager: Taxpayer) -> None:
    """The code, read on the phone."""
    _type_sms_code(page, mock_sites, usager)


@when("je saisis un code différent de celui reçu par SMS")
def type_wrong_sms_code(page: Page, mock_sites: RunningSites, usager: Taxpayer) -> None:
    """A code that is not the one received."""
    _type_sms_code(page, mock_sites, usager, change=True)


@when("j'indique mon numéro fiscal et le mot de passe de mon espace particulier")
def type_credentials(page: Page, usager: Taxpayer) -> None:
    """At impots.gouv.fr or on its page reached through FranceConnect: the same two fields."""
    ConnexionEspace(page).saisir(usager.numero_fiscal, usager.password)


@when(parsers.re(r"le (?P<rang>premier|second) partenaire crée et active son espace particulier"))
def partner_creates(page: Page, mock_sites: RunningSites, couple: list[Taxpayer], rang: str) -> None:
    """One partner, with their own identifiers, mailbox and password."""
    create_space(page, mock_sites, couple[RANK[rang]], activate=True)


# --- What the person sees ------------------------------------------------------------------------


@then(parsers.parse('le champ "{libelle}" signale l\'erreur "{message}"'))
def field_shows_error(page: Page, libelle: str, message: str) -> None:
    """The site's message, next to the field, which is marked invalid."""
    verifier_erreur(page, libelle, message)


@then(parsers.parse('la page "{titre}" s\'affiche'))
def page_is_shown(page: Page, titre: str) -> None:
    """The next step's page."""
    expect(page.get_by_role("heading", name=titre, level=1)).to_be_visible()


@then(parsers.parse('le revenu fiscal de référence saisi est "{montant}"'))
def income_typed(page: Page, montant: str) -> None:
    """What the RFR field holds."""
    expect(RubriqueConnexionCreation(page).revenu_fiscal).to_have_value(montant)


@then("les options « zéro papier » sont pré-cochées")
def paperless_preselected(page: Page) -> None:
    """Every "zéro papier" switch is on (green) before the person touches it."""
    options = VosOptions(page)
    expect(options.titre).to_be_visible()
    expect(options.zero_papier).not_to_have_count(0)
    for switch in options.zero_papier.all():
        expect(switch).to_be_checked()


@then(parsers.parse('la préférence de communication "{preference}" n\'est pas proposée'))
def preference_not_offered(page: Page, preference: str) -> None:
    """On the options page, this choice is absent."""
    options = VosOptions(page)
    expect(options.titre).to_be_visible()
    expect(options.preferences).to_be_visible()
    expect(options.preference(preference)).to_have_count(0)


@then("le récapitulatif indique :")
def summary_shows(page: Page, datatable: list[list[str]]) -> None:
    """Each row of the table: the label, then the value shown."""
    summary = Recapitulatif(page)
    for libelle, valeur in datatable:
        expect(summary.valeur(libelle)).to_have_text(valeur)


@then("impots.gouv me demande de consulter ma messagerie")
def asks_to_read_mail(page: Page) -> None:
    """The activation mail has been sent."""
    expect(CourrielEnvoye(page).titre).to_be_visible()


@then("mon espace particulier est activé")
def space_is_activated(page: Page) -> None:
    """The page the blue link opened says so."""
    expect(Activation(page).active).to_be_visible()


@then(parsers.parse('ce courriel vient de "{adresse}"'))
def mail_sender(page: Page, adresse: str) -> None:
    """The sender the tutorial names."""
    expect(page.get_by_role("article")).to_contain_text(f"De : {adresse}")


@then(parsers.parse('ce courriel contient le lien bleu "{nom}"'))
def mail_blue_link(page: Page, nom: str) -> None:
    """The tutorial's "lien bleu d'activation"."""
    link = page.get_by_role("article").get_by_role("link", name=nom, exact=True)
    expect(link).to_be_visible()
    expect(link).to_have_css("color", "rgb(0, 0, 255)")


@then(parsers.parse("je n'ai reçu qu'un seul courriel \"{objet}\""))
def only_one_mail(page: Page, mock_sites: RunningSites, usager: Taxpayer, objet: str) -> None:
    """The webmail lists this subject once."""
    messagerie = Messagerie(page, mock_sites.url("messagerie"))
    messagerie.ouvrir_boite(usager.email)
    expect(page.get_by_role("link", name=objet, exact=True)).to_have_count(1)


@then("je n'ai reçu aucun SMS")
def no_sms(page: Page, mock_sites: RunningSites, usager: Taxpayer) -> None:
    """The person's phone shows no SMS."""
    telephone = Telephone(page.context.new_page(), mock_sites.url("telephone"))
    telephone.ouvrir(usager.phone)
    expect(telephone.aucun_sms).to_be_visible()
    telephone.page.close()


@then("aucun espace particulier n'est créé")
def nothing_created(mock_sites: RunningSites, usager: Taxpayer) -> None:
    """No space nor account at the tax office, and no mail in the person's box.

    Read from the sites' stores rather than the webmail: a check, not something the person does,
    and the page stays on the error for the report's screenshot."""
    with closing(connect(mock_sites.app("impots").config["DATABASE"])) as db:
        assert find_space(db, usager.numero_fiscal) is None, "un espace a été créé"
        assert not account_exists(db, usager.numero_fiscal), "un compte a été ouvert"
    with closing(connect(mock_sites.app("messagerie").config["DATABASE"])) as db:
        assert inbox(db, usager.email) == [], "un courriel a été envoyé"


@then("je ne peux pas encore me connecter à mon espace particulier")
def cannot_log_in_yet(page: Page, mock_sites: RunningSites, usager: Taxpayer) -> None:
    """In another tab, the password login says the space awaits its activation."""
    tab = page.context.new_page()
    log_in(tab, mock_sites, usager)
    expect(ConnexionEspace(tab).message_erreur).to_have_text(NOT_ACTIVATED)
    tab.close()


@then(parsers.re(r"le (?P<rang>premier|second) partenaire se connecte à son propre espace particulier"))
def partner_logs_in(page: Page, mock_sites: RunningSites, couple: list[Taxpayer], rang: str) -> None:
    """Each partner's own numéro fiscal and password open their own space; then they log out."""
    partner = couple[RANK[rang]]
    log_in(page, mock_sites, partner)
    espace = EspaceService(page)
    expect(espace.salutation(partner.given_name, partner.family_name)).to_be_visible()
    expect(Recapitulatif(page).valeur("Numéro fiscal")).to_have_text(partner.numero_fiscal)
    espace.bouton_deconnexion.click()
