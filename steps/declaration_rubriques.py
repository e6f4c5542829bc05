"""Steps of the espace particulier's rubrics: documents in PDF, pay, prélèvements, secure messaging."""

from __future__ import annotations

from playwright.sync_api import Page, expect
from pytest_bdd import parsers, then, when
from stdnum import iban

from parcours_mock_sites.testing import Person, TestData, latin_1

from .pages.declaration import MessagerieSecurisee, telecharger, texte_pdf
from .pages.ecran import Ecran

BANK, BRANCH = "30006", "00001"


def iban_of(usager: Person) -> str:
    """A valid French IBAN for the person: their account number, its RIB key, its check digits."""
    account = usager.numero_fiscal[:11]
    rib_key = 97 - (89 * int(BANK) + 15 * int(BRANCH) + 3 * int(account)) % 97
    bban = f"{BANK}{BRANCH}{account}{rib_key:02d}"
    return f"FR{iban.calc_check_digits('FR00' + bban)}{bban}"


@when(parsers.parse('je télécharge le document "{nom}"'), target_fixture="document_telecharge")
def download(page: Page, nom: str) -> str:
    """Click the document's link; the text of the PDF received."""
    return texte_pdf(telecharger(page, nom))


@then("le document téléchargé est un PDF qui mentionne mon nom et mon numéro fiscal")
def document_names_me(document_telecharge: str, usager: Person) -> None:
    """The PDF is the person's own."""
    assert latin_1(usager.family_name) in document_telecharge, document_telecharge
    assert usager.numero_fiscal in document_telecharge, document_telecharge


@then(parsers.parse('le document téléchargé mentionne "{texte}"'))
def document_mentions(document_telecharge: str, texte: str) -> None:
    """A line of the PDF."""
    assert latin_1(texte) in document_telecharge, document_telecharge


@when(parsers.parse('je saisis mon IBAN dans le champ "{libelle}"'))
def type_iban(page: Page, usager: Person, libelle: str) -> None:
    """The IBAN of one's RIB, in groups of 4 as printed."""
    number = iban_of(usager)
    Ecran(page).champ(libelle, exact=True).fill(" ".join(number[i : i + 4] for i in range(0, len(number), 4)))


@when(parsers.parse('je saisis un IBAN invalide dans le champ "{libelle}"'))
def type_wrong_iban(page: Page, usager: Person, libelle: str) -> None:
    """One's IBAN with its last digit mistyped."""
    number = iban_of(usager)
    Ecran(page).champ(libelle, exact=True).fill(number[:-1] + str((int(number[-1]) + 1) % 10))


@then(parsers.parse('impots.gouv confirme "{debut}" sur le compte de mon IBAN'))
def confirmed_on_my_account(page: Page, usager: Person, debut: str) -> None:
    """The confirmation names the account by its last 4 characters."""
    status = Ecran(page).statut(debut)
    expect(status).to_contain_text(f"se terminant par {iban_of(usager)[-4:]}")


@when(parsers.re(r'j\'écris "(?P<objet>[^"]*)" : "(?P<message>[^"]*)"'))
def write_message(page: Page, objet: str, message: str) -> None:
    """The subject and the message to the centre des impôts."""
    MessagerieSecurisee(page).ecrire(objet, message)


@then(parsers.parse('la messagerie sécurisée liste le message "{objet}" comme "{etat}"'))
def message_listed(page: Page, objet: str, etat: str) -> None:
    """The message, and whether it was read."""
    expect(MessagerieSecurisee(page).etat(objet)).to_have_text(etat)


@then(parsers.parse('je n\'ai reçu aucun courriel "{objet}"'))
def no_such_mail(donnees: TestData, usager: Person, objet: str) -> None:
    """No mail with this subject in the person's box (read from the webmail's store: the page stays on
    the error for the report's screenshot)."""
    assert objet not in [mail.subject for mail in donnees.mailbox(usager.email)], f"courriel reçu : {objet}"
