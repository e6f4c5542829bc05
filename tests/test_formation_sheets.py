"""A learner's printed sheet, read back as a beginner meets it: each field as its site labels it with
what to type on the next line, QR codes that open the addresses printed beside them, large type."""

from __future__ import annotations

import ctypes
import math
import re
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from pypdf import PdfReader

from mock_sites.__main__ import main
from mock_sites.catalogue import identity_provider_role
from mock_sites.formation.classroom import Learner, draw_class, opened_for_learners
from mock_sites.formation.cli import DEFAULT_FIRST_PORT, planned_sites, serve_class
from mock_sites.formation.labels import template_label
from mock_sites.runner import RunningSites, start_sites

SEED = "classe-fiches"
SCALE = 3  # 216 dpi: the QR codes' modules are several pixels wide
CSS = files("mock_sites.formation") / "templates" / "formation" / "fiche.css"


@pytest.fixture(scope="module")
def fiches(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sheets of a class of two, written by the command line."""
    folder = tmp_path_factory.mktemp("fiches")
    assert main(["formation", "--apprenants=2", f"--sortie={folder}", f"--seed={SEED}"]) == 0
    return folder


def _lines(path: Path) -> list[str]:
    """The sheet's text (pypdf), one stripped line each."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return [line.strip() for line in text.splitlines() if line.strip()]


def _expected_fields(learner: Learner) -> list[tuple[str, str]]:
    """Each field a learner types somewhere, labelled as the sites' forms label it."""
    person = learner.person
    pairs = [
        ("Numéro fiscal", person.numero_fiscal),
        ("Numéro d'accès en ligne", person.online_access_number),
        ("Montant du revenu fiscal de référence", str(learner.household.reference_income)),
        ("Numéro de téléphone portable (facultatif)", person.phone),
        ("Confirmation de l'adresse électronique", person.email),
        ("Confirmation du mot de passe", person.password),
        ("Adresse électronique", person.email),
        ("Numéro de téléphone portable", person.phone),
        ("Code de votre fiche", learner.secret),
    ]
    for entry in opened_for_learners():
        form = identity_provider_role(entry.name).login_form
        pairs += [
            (form.identifier_label, form.identifier_of(person)),
            (form.secret_label, form.secret_of(person)),
        ]
        if form.confirmation is not None:
            pairs.append((form.confirmation.label, form.confirmation.code_of(person)))
    return pairs


def test_each_field_label_and_its_value_stand_on_lines_of_their_own(fiches: Path) -> None:
    for learner in draw_class(SEED, 2):
        lines = _lines(fiches / f"apprenant-{learner.number}.pdf")
        following = set(zip(lines, lines[1:], strict=False))
        for label, value in _expected_fields(learner):
            assert (label, value) in following, (
                f"fiche {learner.number} : « {label} » puis « {value} » absents"
            )


def _qr_codes(path: Path) -> list[tuple[str, str]]:
    """Each QR code of the sheet decoded (zxing-cpp), with the text printed on its right, level with it."""
    found = []
    document = pypdfium2.PdfDocument(path)
    for page in document:
        text, height = page.get_textpage(), page.get_height()
        for code in zxingcpp.read_barcodes(page.render(scale=SCALE).to_pil()):
            corners = (code.position.top_left, code.position.bottom_right)
            top, bottom = (height - corner.y / SCALE for corner in corners)
            right = corners[1].x / SCALE
            beside = text.get_text_bounded(left=right, bottom=bottom, right=right + 400, top=top)
            found.append((code.text, " ".join(beside.split())))
    document.close()
    return found


def test_each_qr_code_opens_the_address_printed_beside_it(fiches: Path) -> None:
    sites = planned_sites(DEFAULT_FIRST_PORT)
    wanted = {sites.url(name, "/") for name in ("franceconnect", "impots", "messagerie", "telephone")}
    codes = _qr_codes(fiches / "apprenant-1.pdf")
    assert {decoded for decoded, _ in codes} == wanted
    assert len(codes) == len(wanted)
    for decoded, printed in codes:
        assert printed == decoded, f"le QR code de {decoded} est imprimé à côté de « {printed} »"


def test_the_sheet_is_left_aligned_in_type_of_twelve_points_or_more() -> None:
    css = CSS.read_text(encoding="utf-8")
    assert "justify" not in css
    sizes = re.findall(r"font-size:\s*([\d.]+)([a-z%]*)", css)
    assert sizes, "la feuille de style ne fixe aucune taille de caractères"
    for number, unit in sizes:
        assert unit == "pt" and float(number) >= 12, f"font-size: {number}{unit} (au moins 12pt)"
    assert re.search(r"body\s*\{[^}]*text-align:\s*left", css)


def _printed_sizes(path: Path) -> set[float]:
    """The size in points of every visible character the PDF prints: pdfium's font size scaled by the
    character's effective matrix (Chromium writes CSS pixels under a 0.75 scale to points)."""
    sizes = set()
    matrix = pdfium_c.FS_MATRIX()
    document = pypdfium2.PdfDocument(path)
    for page in document:
        text = page.get_textpage()
        for index in range(text.count_chars()):
            if chr(pdfium_c.FPDFText_GetUnicode(text.raw, index)).isspace():
                continue
            pdfium_c.FPDFText_GetMatrix(text.raw, index, ctypes.byref(matrix))
            scale = math.hypot(matrix.c, matrix.d)
            sizes.add(round(pdfium_c.FPDFText_GetFontSize(text.raw, index) * scale, 1))
    document.close()
    return sizes


def test_every_character_is_printed_twelve_points_or_larger(fiches: Path) -> None:
    sizes = _printed_sizes(fiches / "apprenant-1.pdf")
    assert sizes and min(sizes) >= 12, f"tailles imprimées : {sorted(sizes)}"


def test_without_a_browser_to_print_with_the_command_says_so_in_french(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PARCOURS_CHROMIUM", str(tmp_path / "pas-de-navigateur"))
    assert main(["formation", "--apprenants=1", f"--sortie={tmp_path / 'fiches'}", f"--seed={SEED}"]) == 2
    error = capsys.readouterr().err
    assert "aucun navigateur pour imprimer les fiches" in error and "Traceback" not in error
    assert error.rstrip().endswith("PARCOURS_CHROMIUM=/chemin/vers/chromium.")
    assert not list((tmp_path / "fiches").glob("*.pdf"))


def test_the_lessons_come_in_the_tutorials_order(fiches: Path) -> None:
    lines = _lines(fiches / "apprenant-1.pdf")
    numbered = [line for line in lines if re.match(r"\d\. ", line)]
    assert [line.split(" ", 1)[1].split(" :")[0] for line in numbered] == [
        "Se créer un compte utilisable avec France Connect",
        "Se connecter avec France Connect",
        "Utiliser le site des impôts",
        "Utiliser le site de l'ANTS",
    ]


def test_a_label_the_template_does_not_have_is_an_error_not_a_guess() -> None:
    assert template_label("mock_sites.messagerie", "messagerie/accueil.html", "code") == "Code de votre fiche"
    with pytest.raises(LookupError, match="n'a pas de champ « inconnu »"):
        template_label("mock_sites.messagerie", "messagerie/accueil.html", "inconnu")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningSites, Path]]:
    """Sites of their own with a class of one opened on them, and the folder of its sheet."""
    running = start_sites("fiches-servies")
    folder = tmp_path_factory.mktemp("fiches-servies")
    serve_class(running, 1, folder)
    yield running, folder
    running.stop()


@pytest.mark.parametrize(
    ("name", "fields", "opened"),
    [("messagerie", ("adresse", "code"), "/boite"), ("telephone", ("numero", "code"), "/sms")],
)
def test_typing_what_the_sheet_says_under_the_pages_labels_opens_the_box(
    served: tuple[RunningSites, Path], name: str, fields: tuple[str, str], opened: str
) -> None:
    running, folder = served
    lines = _lines(folder / "apprenant-1.pdf")
    start = lines.index(running.url(name, "/"))  # the table under the address, as a learner reads it
    client = running.app(name).test_client()
    page = client.get("/").text
    form = {}
    for field in fields:
        label = re.search(rf'<label for="{field}">([^<]+)</label>', page)
        assert label, f"{name} : pas de case « {field} »"
        form[field] = lines[lines.index(label.group(1), start) + 1]
    answer = client.post("/", data=form)
    assert answer.status_code == 302 and answer.headers["Location"].endswith(opened), answer.text
