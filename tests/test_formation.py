"""The class sandbox: learners' sheets from the command line, the same class on the running sites,
and the trainer's page following each learner."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect
from pypdf import PdfReader

from mock_sites.__main__ import main
from mock_sites.formation.classroom import Learner, draw_class
from mock_sites.formation.enrolment import open_class
from mock_sites.formation.walls import trainer_code
from mock_sites.runner import RunningSites

SEED = "classe-test"


def _sheet_texts(folder: Path) -> dict[str, str]:
    """The text of each PDF of `folder`, by file name."""
    return {
        path.name: "\n".join(page.extract_text() for page in PdfReader(path).pages)
        for path in sorted(folder.glob("*.pdf"))
    }


def _write_sheets(folder: Path, seed: str = SEED) -> dict[str, str]:
    assert main(["formation", "--apprenants=3", f"--sortie={folder}", f"--seed={seed}"]) == 0
    return _sheet_texts(folder)


def test_formation_writes_one_sheet_per_learner_with_their_identifiers(tmp_path: Path) -> None:
    texts = _write_sheets(tmp_path)
    assert sorted(texts) == ["apprenant-1.pdf", "apprenant-2.pdf", "apprenant-3.pdf"]
    for learner in draw_class(SEED, 3):
        text = " ".join(texts[f"apprenant-{learner.number}.pdf"].split())
        person = learner.person
        assert person.full_name in text
        for expected in (person.nir_without_key, person.email, person.phone, person.numero_fiscal):
            assert expected in text, f"{expected} absent de la fiche {learner.number}"
        assert person.online_access_number in text and person.password in text
        assert str(learner.household.reference_income) in text
        assert "http://messagerie.localhost:" in text and "http://telephone.localhost:" in text
        assert (
            f"Code de votre fiche (il ouvre votre messagerie et votre téléphone) : {learner.secret}" in text
        )


def test_the_same_seed_gives_the_same_sheets_and_another_seed_other_people(tmp_path: Path) -> None:
    first = _write_sheets(tmp_path / "a")
    assert _write_sheets(tmp_path / "b") == first
    other = _write_sheets(tmp_path / "c", seed="autre-graine")
    assert all(other[name] != first[name] for name in first)


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        ("--apprenants=0", "--apprenants attend un nombre entier d'apprenants, de 1 à 30 (reçu « 0 »)"),
        ("--apprenants=x", "--apprenants attend un nombre entier d'apprenants, de 1 à 30 (reçu « x »)"),
    ],
)
def test_a_bad_number_of_learners_is_one_french_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, expected: str
) -> None:
    assert main(["formation", option, f"--sortie={tmp_path}"]) == 2
    error = capsys.readouterr().err
    assert error == f"mock_sites formation : {expected}.\n"
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_is_one_french_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    taken = tmp_path / "fichier"
    taken.write_text("déjà là")
    assert main(["formation", "--apprenants=2", f"--sortie={taken}"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith(
        f"mock_sites formation : impossible d'écrire les fiches dans « {taken} »"
    )
    assert "choisissez avec --sortie un dossier où vous pouvez écrire" in error


def test_serve_refuses_a_bad_class_size_before_starting(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--formation=trois"]) == 2
    assert capsys.readouterr().err == (
        "mock_sites : --formation attend un nombre entier d'apprenants, de 1 à 30 (reçu « trois »).\n"
    )


@pytest.fixture(scope="session")
def classe(mock_sites: RunningSites) -> list[Learner]:
    """A class of three learners opened once on the session's sites."""
    return open_class(mock_sites, 3)


def test_the_sandbox_serves_the_people_of_the_sheets(mock_sites: RunningSites, classe: list[Learner]) -> None:
    assert [learner.person for learner in classe] == [
        learner.person for learner in draw_class(mock_sites.seed, 3)
    ]


def _row(page: Page, learner: Learner) -> Locator:
    return page.get_by_role("row", name=re.compile(f"^{learner.number}\\. {learner.person.full_name}"))


def test_learner_2_logs_in_and_the_trainer_sees_it(
    page: Page, mock_sites: RunningSites, classe: list[Learner]
) -> None:
    first, second = classe[0], classe[1]
    page.goto(mock_sites.url("formation", "/"))
    page.get_by_label("Code formateur").fill(str(trainer_code(mock_sites.app("formation").config["SITE"])))
    page.get_by_role("button", name="Voir la classe").click()
    expect(_row(page, second).get_by_role("cell").nth(2)).to_have_text("0")
    page.goto(mock_sites.url("mesdroitssociaux"))
    page.get_by_role("button", name="S'identifier avec FranceConnect").click()
    page.get_by_role("button", name="Compte de l'Assurance Maladie (Compte Ameli)", exact=True).click()
    page.get_by_label("Numéro de sécurité sociale").fill(second.person.nir_without_key)
    page.get_by_label("Code confidentiel").fill(second.person.password)
    page.get_by_role("button", name="Me connecter").click()
    page.get_by_role("button", name="Continuer sur mesdroitssociaux.gouv.fr").click()
    expect(page.get_by_text(second.person.full_name).first).to_be_visible()

    page.goto(mock_sites.url("formation", "/"))
    cells = _row(page, second).get_by_role("cell")
    expect(cells.nth(1)).to_have_text("à créer")
    expect(cells.nth(2)).to_have_text("1 : mesdroitssociaux.gouv.fr (compte Ameli)")
    expect(cells.nth(3)).to_have_text("1")
    unchanged = _row(page, first).get_by_role("cell")
    expect(unchanged.nth(2)).to_have_text("0")
    expect(unchanged.nth(3)).to_have_text("0")
