"""Steps of the 2021 online tax return: who files it and where they live, the five steps, the accusé,
correction and the calendar's answer. Logging in reuses the FranceConnect steps."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from parcours_mock_sites.testing import Person, Situation, TestData, identity_provider_of_organism
from parcours_mock_sites.testing.declaration import (
    DEDUCTION_RATE,
    NON_RESIDENT,
    RECEIPT_FILE,
    STEPS,
    french_amount,
)

from .pages.declaration import ACCES, Accuse, Etape, Tableau, telecharger, texte_pdf
from .pages.ecran import Ecran
from .pages.franceconnect import ChoixDuCompte

STEP_NUMBER = {step.name: step.number for step in STEPS}
RESIDENCE = re.compile(r"dans le département (?P<code>\w+)|à l'étranger \(non-résident\)")


def _residence(phrase: str) -> str:
    match = RESIDENCE.fullmatch(phrase)
    if match is None:
        raise LookupError(
            f"domicile illisible : {phrase!r} (« dans le département 69 » ou « à l'étranger (non-résident) »)"
        )
    return match["code"] or NON_RESIDENT


def _salaries(usager: Person) -> int:
    """What the employers declared for a single declarant: the salaries behind the foyer's RFR."""
    assert usager.reference_income is not None, "l'usager n'a pas de foyer fiscal"
    return round(usager.reference_income / (1 - DEDUCTION_RATE))


def fill_up_to(page: Page, step: str) -> None:
    """From the espace particulier: « Accéder à la déclaration en ligne », « Commencer », then
    « Continuer » on each step, keeping what is pre-filled, up to the step named."""
    if step not in STEP_NUMBER:
        raise LookupError(f"étape inconnue : {step!r} (connues : {', '.join(STEP_NUMBER)})")
    Ecran(page).lien(ACCES, exact=True).click()
    Ecran(page).bouton("Commencer", exact=True).click()
    etape = Etape(page)
    for number in range(1, STEP_NUMBER[step]):
        expect(etape.indicateur(number, STEPS[number - 1].name)).to_be_visible()
        etape.continuer()
    expect(etape.indicateur(STEP_NUMBER[step], step)).to_be_visible()


# --- Who ---------------------------------------------------------------------------------------------


@given(
    parsers.parse("un usager dont le foyer fiscal réside {residence} et qui a un compte Ameli"),
    target_fixture="usager",
)
def usager_living_in(donnees: TestData, residence: str) -> Person:
    """A declarant known to the tax office, living there, with an Ameli account (same seed, same person)."""
    declarant = donnees.create_household_living_in(Situation.SINGLE, _residence(residence)).members[0]
    donnees.enrol(declarant, "ameli")
    return declarant


# --- Doing ---------------------------------------------------------------------------------------------


@when(parsers.parse("je clique sur le compte de l'organisme de mon choix, pour cet exemple : {organisme}"))
def choose_organism(page: Page, organisme: str) -> None:
    """The tutorial names the organism (l'Assurance Maladie); FranceConnect's button names its account."""
    compte = identity_provider_of_organism(organisme)
    choix = ChoixDuCompte(page)
    expect(choix.titre).to_be_visible()
    choix.choisir(compte)


@when(parsers.parse("je remplis ma déclaration jusqu'à l'étape « {etape} »"))
def fill_return(page: Page, etape: str) -> None:
    """The steps before this one, keeping what is pre-filled."""
    fill_up_to(page, etape)


@when("je signe ma déclaration", target_fixture="numero_accuse")
def sign_return(page: Page) -> str:
    """Up to « résumé et signature », « Signer »: the number of the accusé de réception."""
    fill_up_to(page, "résumé et signature")
    Ecran(page).bouton("Signer", exact=True).click()
    return Accuse(page).lire_numero()


@when(parsers.parse('je remplace "{libelle}" par "{valeur}"'))
def replace_field(page: Page, libelle: str, valeur: str) -> None:
    """Change a pre-filled field."""
    Etape(page).champ(libelle).fill(valeur)


@when(parsers.parse('je saisis "{montant}" dans la case {case}'))
def type_amount(page: Page, montant: str, case: str) -> None:
    """Type an amount in a box found by its official number."""
    Etape(page).case(case).fill(montant)


@when("je reviens sur mon espace particulier")
def back_to_space(page: Page) -> None:
    """Reload the espace particulier, as a person coming back to it."""
    page.reload()


# --- What the person sees --------------------------------------------------------------------------


@then("les informations déjà renseignées sont celles de mon foyer fiscal")
def prefilled_shown(page: Page, usager: Person) -> None:
    """The page to read shows the household's names and the salaries employers declared."""
    infos = Tableau(page, "Informations déjà renseignées")
    expect(infos.valeur("Nom")).to_have_text(usager.family_name)
    expect(infos.valeur("Prénom")).to_have_text(usager.given_name)
    expect(infos.valeur("Case 1AJ — Salaires du déclarant 1")).to_have_text(french_amount(_salaries(usager)))


@then(parsers.parse("l'étape {numero:d} sur 5 « {nom} » s'affiche"))
def step_shown(page: Page, numero: int, nom: str) -> None:
    """The progress indicator names the step."""
    expect(Etape(page).indicateur(numero, nom)).to_be_visible()


@then("mes renseignements personnels sont pré-remplis")
def personal_prefilled(page: Page, usager: Person) -> None:
    """Name and first name from the tax office's records, an address, a situation."""
    etape = Etape(page)
    expect(etape.champ("Nom")).to_have_value(usager.family_name)
    expect(etape.champ("Prénom")).to_have_value(usager.given_name)
    expect(etape.champ("Adresse")).not_to_have_value("")
    expect(etape.champ("Situation de famille")).to_have_value("célibataire")
    expect(etape.champ("Personnes à charge")).to_have_value("0")


@then(parsers.parse("la case {case} est pré-remplie avec les salaires déclarés par mon employeur"))
def box_prefilled(page: Page, usager: Person, case: str) -> None:
    """The box holds the salaries the tax office received."""
    expect(Etape(page).case(case)).to_have_value(str(_salaries(usager)))


@then(parsers.parse('le résumé indique "{valeur}" pour "{libelle}"'))
def summary_shows(page: Page, valeur: str, libelle: str) -> None:
    """A row of the summary before signing."""
    expect(Tableau(page, "Résumé de votre déclaration").valeur(libelle)).to_contain_text(valeur)


@then("l'accusé de réception s'affiche avec son numéro", target_fixture="numero_accuse")
def receipt_shown(page: Page) -> str:
    """The accusé de réception and its number."""
    return Accuse(page).lire_numero()


@then("l'accusé de réception s'affiche avec un nouveau numéro")
def new_receipt_shown(page: Page, numero_accuse: str) -> None:
    """The corrected return has its own accusé."""
    assert Accuse(page).lire_numero() != numero_accuse, "la correction a gardé le même numéro d'accusé"


@then("ce courriel a en pièce jointe l'accusé de réception en PDF, avec son numéro")
def receipt_attached(page: Page, numero_accuse: str) -> None:
    """Download the attachment from the webmail and read it."""
    text = texte_pdf(telecharger(page, RECEIPT_FILE))
    assert f"Numéro d'accusé de réception : {numero_accuse}" in text, text


@then(parsers.re(r"la déclaration en ligne est (?P<issue>acceptée|refusée) \(date limite : (?P<limite>.+)\)"))
def calendar_answer(page: Page, issue: str, limite: str) -> None:
    """Accepted: the page to read, its deadline and « Commencer »; refused: the site's message."""
    if issue == "acceptée":
        expect(
            Ecran(page).texte(re.compile(rf"^Date limite de déclaration en ligne .* : {limite}\.$"))
        ).to_be_visible()
        expect(Ecran(page).bouton("Commencer", exact=True)).to_be_visible()
        return
    alert = Ecran(page).alerte()
    expect(alert).to_contain_text("La date limite de déclaration en ligne est dépassée")
    expect(alert).to_contain_text(f"elle était fixée au {limite}.")
    expect(Ecran(page).bouton("Commencer", exact=True)).to_have_count(0)


@then(parsers.re(r'le (?P<role>lien|bouton) "(?P<nom>[^"]+)" (?P<offert>est|n\'est pas) proposé'))
def offered(page: Page, role: str, nom: str, offert: str) -> None:
    """Whether the page offers this link or button."""
    ecran = Ecran(page)
    target = ecran.lien(nom, exact=True) if role == "lien" else ecran.bouton(nom, exact=True)
    expect(target).to_have_count(1 if offert == "est" else 0)
