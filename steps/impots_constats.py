"""Steps of the impots.gouv.fr journeys: what the person sees while creating their espace particulier,
and what the tax office holds afterwards."""

from __future__ import annotations

from playwright.sync_api import Page, expect
from pytest_bdd import parsers, then

from parcours_mock_sites.testing import SPACE_NOT_ACTIVATED, Person, RunningSites, TestData

from .pages.ecran import Ecran
from .pages.impots import (
    Activation,
    ConnexionEspace,
    CourrielEnvoye,
    Recapitulatif,
    RubriqueConnexionCreation,
    VosOptions,
    verifier_erreur,
)
from .pages.messagerie import Messagerie
from .pages.telephone import Telephone
from .taches import se_connecter_a_l_espace


@then(parsers.parse('le champ "{libelle}" signale l\'erreur "{message}"'))
def field_shows_error(page: Page, libelle: str, message: str) -> None:
    """The site's message, next to the field, which is marked invalid."""
    verifier_erreur(page, libelle, message)


@then(parsers.parse('la page "{titre}" s\'affiche'))
def page_is_shown(page: Page, titre: str) -> None:
    """The next step's page."""
    expect(Ecran(page).titre(titre, niveau=1)).to_be_visible()


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
    expect(Ecran(page).courriel_ouvert()).to_contain_text(f"De : {adresse}")


@then(parsers.parse('ce courriel contient le lien bleu "{nom}"'))
def mail_blue_link(page: Page, nom: str) -> None:
    """The tutorial's "lien bleu d'activation"."""
    link = Ecran(Ecran(page).courriel_ouvert()).lien(nom, exact=True)
    expect(link).to_be_visible()
    expect(link).to_have_css("color", "rgb(0, 0, 255)")


@then(parsers.parse("je n'ai reçu qu'un seul courriel \"{objet}\""))
def only_one_mail(page: Page, mock_sites: RunningSites, usager: Person, objet: str) -> None:
    """The webmail lists this subject once."""
    messagerie = Messagerie(page, mock_sites.url("messagerie"))
    messagerie.ouvrir_boite(usager.email)
    expect(Ecran(page).lien(objet, exact=True)).to_have_count(1)


@then("je n'ai reçu aucun SMS")
def no_sms(page: Page, mock_sites: RunningSites, usager: Person) -> None:
    """The person's phone shows no SMS."""
    telephone = Telephone(page.context.new_page(), mock_sites.url("telephone"))
    telephone.ouvrir(usager.phone)
    expect(telephone.aucun_sms).to_be_visible()
    telephone.page.close()


@then("aucun espace particulier n'est créé")
def nothing_created(donnees: TestData, usager: Person) -> None:
    """No space nor account at the tax office, and no mail in the person's box.

    Read from the sites' records rather than the webmail: a check, not something the person does,
    and the page stays on the error for the report's screenshot."""
    assert donnees.tax_office.space(usager.numero_fiscal) is None, "un espace a été créé"
    assert not donnees.tax_office.account_exists(usager.numero_fiscal), "un compte a été ouvert"
    assert donnees.mailbox(usager.email) == [], "un courriel a été envoyé"


@then("je ne peux pas encore me connecter à mon espace particulier")
def cannot_log_in_yet(page: Page, mock_sites: RunningSites, usager: Person) -> None:
    """In another tab, the password login says the space awaits its activation."""
    tab = page.context.new_page()
    se_connecter_a_l_espace(tab, mock_sites, usager)
    expect(ConnexionEspace(tab).message_erreur).to_have_text(SPACE_NOT_ACTIVATED)
    tab.close()
