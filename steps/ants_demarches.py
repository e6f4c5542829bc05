"""Steps of an ANTS démarche: type, join files, code photo, finish, and read the récapitulatif."""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

import pytest
import zxingcpp
from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from parcours_mock_sites.testing import Person, RunningSites
from parcours_mock_sites.testing.documents import generate_code, grouped, photo_svg

from .ants_fichiers import adresse, document, ecrire, fichier_casse
from .pages.ants import DemarcheTerminee, FormulaireDemarche
from .pages.ecran import Ecran

CODE_PHOTO = "Code photo"
PHOTO_NUMERISEE = "Photo d'identité numérisée"


@given("j'ai une planche de photos d'identité avec son code photo", target_fixture="code_photo")
def photo_sheet(request: pytest.FixtureRequest, mock_sites: RunningSites) -> str:
    """The code printed on the sheet of a photo booth (same seed, same code)."""
    return generate_code(random.Random(f"{mock_sites.seed}:{request.node.nodeid}:planche"))


@pytest.fixture
def dossier_scans(tmp_path: Path) -> Path:
    """Where the person keeps the files they scanned."""
    dossier = tmp_path / "scans"
    dossier.mkdir()
    return dossier


@when("j'indique mon adresse de domicile")
def type_address(page: Page, usager: Person) -> None:
    """The address field of « Vos informations »."""
    FormulaireDemarche(page).champ("Adresse de domicile").fill(adresse(usager))


@when(parsers.parse("j'indique le numéro d'immatriculation \"{numero}\""))
def type_registration(page: Page, numero: str) -> None:
    """The registration number of the vehicle."""
    FormulaireDemarche(page).champ("Numéro d'immatriculation").fill(numero)


@when("je joins les pièces justificatives :")
def join_documents(page: Page, usager: Person, dossier_scans: Path, datatable: list[list[str]]) -> None:
    """Each row: the document's field, the name of the file made for it (.pdf, .jpg, .png)."""
    formulaire = FormulaireDemarche(page)
    for piece, nom in datatable:
        formulaire.joindre(piece, ecrire(dossier_scans, nom, document(piece, usager, nom)))


@when(parsers.re(r'je joins comme "(?P<piece>[^"]+)" (?P<description>.+) "(?P<nom>[^"]+)"'))
def join_broken_file(page: Page, dossier_scans: Path, piece: str, description: str, nom: str) -> None:
    """A file the site must refuse: a text renamed .pdf, an empty file, one too large."""
    FormulaireDemarche(page).joindre(piece, ecrire(dossier_scans, nom, fichier_casse(description)))


@when(parsers.parse('je joins ma photo d\'identité numérisée "{nom}"'))
def join_scanned_photo(page: Page, usager: Person, dossier_scans: Path, nom: str) -> None:
    """A scanned photo instead of a code photo (or a PDF, which the site refuses)."""
    contenu = document(PHOTO_NUMERISEE, usager, nom)
    FormulaireDemarche(page).joindre(PHOTO_NUMERISEE, ecrire(dossier_scans, nom, contenu))


@when("je saisis le code photo de ma planche photos")
def type_code_photo(page: Page, code_photo: str) -> None:
    """Typed as printed on the sheet, in groups of 4."""
    FormulaireDemarche(page).champ(CODE_PHOTO).fill(grouped(code_photo))


@when("je saisis le code photo de ma planche photos avec une faute de frappe")
def type_mistyped_code_photo(page: Page, code_photo: str) -> None:
    """One character of the middle read wrong (a 0 for an O, a 1 for an I…)."""
    position = len(code_photo) // 2
    faute = "1" if code_photo[position] != "1" else "7"
    FormulaireDemarche(page).champ(CODE_PHOTO).fill(
        code_photo[:position] + faute + code_photo[position + 1 :]
    )


@then(parsers.parse('le formulaire "{titre}" s\'ouvre à l\'étape "{etape}"'))
def form_opens(page: Page, titre: str, etape: str) -> None:
    """The démarche's form, at this step."""
    expect(FormulaireDemarche(page).etape(titre, etape)).to_be_visible()


@then(parsers.parse('le champ "{libelle}" contient mon adresse de domicile'))
def field_has_address(page: Page, usager: Person, libelle: str) -> None:
    """What was typed before is still there."""
    expect(FormulaireDemarche(page).champ(libelle)).to_have_value(adresse(usager))


@then(parsers.parse('le champ "{libelle}" est vide'))
def field_is_empty(page: Page, libelle: str) -> None:
    """Nothing was kept."""
    expect(FormulaireDemarche(page).champ(libelle)).to_have_value("")


@then("l'ANTS affiche les fichiers reçus :")
def files_received(page: Page, datatable: list[list[str]]) -> None:
    """Each row: document, file name, type as the site read it from the content."""
    formulaire = FormulaireDemarche(page)
    expect(Ecran(formulaire.fichiers_recus).lignes()).to_have_count(len(datatable) + 1)
    for piece, nom, type_lu in datatable:
        cellules = Ecran(formulaire.fichier_recu(piece)).cellules()
        expect(cellules.nth(1)).to_have_text(nom)
        expect(cellules.nth(2)).to_have_text(type_lu)
        expect(cellules.nth(3)).to_have_text(re.compile(r"^\d+ Ko$"))


@then("l'ANTS n'a reçu aucun fichier")
def no_file_received(page: Page) -> None:
    """The list of received files is empty."""
    expect(Ecran(page).texte("Aucun fichier reçu pour l'instant.")).to_be_visible()


@then("l'ANTS affiche la photo de mon code photo")
def photo_of_code_shown(page: Page, code_photo: str) -> None:
    """The photo the code stands for is shown, and is that code's photo."""
    photo = FormulaireDemarche(page).photo
    expect(photo).to_be_visible()
    expect(Ecran(page).texte("La photo de votre code photo")).to_be_visible()
    expect(Ecran(page).texte(grouped(code_photo), exact=True)).to_be_visible()
    # The image the page loaded, read back by the page itself (same origin, same session).
    recue = photo.evaluate("async image => (await fetch(image.src)).text()")
    assert recue == photo_svg(code_photo), "la photo affichée n'est pas celle du code photo"


@then("l'ANTS affiche ma photo numérisée")
def scanned_photo_shown(page: Page) -> None:
    """The scanned photo, as received."""
    expect(FormulaireDemarche(page).photo).to_be_visible()
    expect(Ecran(page).texte("Votre photo numérisée")).to_be_visible()


@then(parsers.parse("l'ANTS me donne un numéro de {demarche_titre}"), target_fixture="numero")
def number_given(page: Page, demarche_titre: str) -> str:
    """« Numéro de pré-demande : … » on the last page."""
    return DemarcheTerminee(page).numero(f"Numéro de {demarche_titre}")


@then("le récapitulatif téléchargé porte mon nom et mon numéro, aussi dans son code QR")
def summary_pdf(page: Page, usager: Person, numero: str) -> None:
    """Download the PDF; its text names me and the number, its QR code decodes to the number."""
    import pypdf  # here, not at start-up: 40 ms of imports only this step needs

    pdf = pypdf.PdfReader(io.BytesIO(DemarcheTerminee(page).telecharger_recapitulatif())).pages[0]
    texte = pdf.extract_text()
    assert numero in texte and usager.family_name in texte, f"récapitulatif inattendu :\n{texte}"
    codes = [code.text for image in pdf.images for code in zxingcpp.read_barcodes(image.image)]
    assert codes == [numero], f"code QR du récapitulatif : {codes}, attendu : {numero}"


@then("ce courriel mentionne mon numéro")
def mail_mentions_number(page: Page, numero: str) -> None:
    """The confirmation mail carries the number."""
    expect(Ecran(page).courriel_ouvert()).to_contain_text(numero)
