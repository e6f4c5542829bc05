"""The inventory of a run: real journeys on two xdist workers write one inventaire.json holding the
button a step clicked with its box, the mails and SMS the sites sent; shards' inventories merge."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page

from mock_sites.rules import rule
from parcours.inventory import INVENTORY_FILE, Inventory, PageState, load, save
from parcours.report.__main__ import main as report_main
from parcours.report.inventory_page import site_of_sender, stable_path
from parcours.report.inventory_recorder import PART_PREFIX, InventoryRecorder
from parcours.report.screenshots import take_screenshot
from parcours.report.secrets import SecretValues

ROOT = Path(__file__).resolve().parent.parent
# A FranceConnect login that sends a mail, and an impots account creation that sends SMS codes.
JOURNEYS = "recevoir_le_courriel_de_sécurité or un_code_sms_erroné"


@pytest.fixture(scope="module")
def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reports of two real journeys run by two xdist workers."""
    folder = tmp_path_factory.mktemp("inventaire")
    clean = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    command = [sys.executable, "-m", "pytest", "tests/test_journeys.py", "-n", "2", "-k", JOURNEYS]
    done = subprocess.run(
        [*command, "-q", f"--reports-dir={folder}"], cwd=ROOT, env=clean, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout[-3000:]
    return folder


def _states(inventory: Inventory, step: str) -> list[PageState]:
    return [page for page in inventory.pages if page.etape == step]


def test_the_page_a_step_clicked_on_holds_the_button_with_its_box(run_folder: Path) -> None:
    inventory = load(run_folder / INVENTORY_FILE)
    home = next(page for page in inventory.pages if page.site == "mesdroitssociaux" and page.chemin == "/")
    button = next(element for element in home.elements if element.role == "button")
    assert button.nom == "S'identifier avec FranceConnect"
    assert button.boite is not None and button.boite.width > 100 and button.boite.height > 20
    assert home.titre.startswith("Accueil") and (home.largeur, home.hauteur) == (1280, 720)
    assert home.capture and (run_folder / home.capture).is_file()
    assert home.scenario and home.etape == "je me rends sur le site de mesdroitssociaux"
    assert any("FranceConnect" in text for text in home.textes)


def test_fields_carry_their_label_and_hint(run_folder: Path) -> None:
    inventory = load(run_folder / INVENTORY_FILE)
    fields = [element for page in inventory.pages if page.site == "impots" for element in page.elements]
    code = next(element for element in fields if element.nom == "Code reçu par SMS")
    assert code.role == "textbox" and code.aide == f"{rule('impots', 'code_sms_chiffres').value} chiffres"
    assert code.boite is not None


def test_the_workers_parts_are_merged_with_the_mails_and_sms(run_folder: Path) -> None:
    inventory = load(run_folder / INVENTORY_FILE)
    assert {page.scenario for page in inventory.pages} >= {
        "Se connecter avec son compte Ameli et recevoir le courriel de sécurité",
    }
    assert len({page.scenario for page in inventory.pages}) == 2  # one scenario on each worker
    assert not list(run_folder.glob(f"{PART_PREFIX}*"))
    fc_mail = next(mail for mail in inventory.courriels if mail.site == "franceconnect")
    assert fc_mail.objet.startswith("Notification de connexion") and "FranceConnect" in fc_mail.texte
    assert any(sms.site == "impots" and sms.texte for sms in inventory.sms)
    assert not any("state=" in page.chemin or "localhost:" in page.chemin for page in inventory.pages)


def test_shards_inventories_merge_into_one(run_folder: Path, tmp_path: Path) -> None:
    whole = load(run_folder / INVENTORY_FILE)
    half = len(whole.pages) // 2
    shards = [tmp_path / "part1", tmp_path / "part2"]
    for shard, pages in zip(shards, (whole.pages[:half], whole.pages[half:]), strict=True):
        shard.mkdir()
        shutil.copy(run_folder / "junit.xml", shard / "junit.xml")
        save(Inventory(pages=pages, courriels=whole.courriels, sms=whole.sms), shard / INVENTORY_FILE)
    report_main(["merge", *map(str, shards), "-o", str(tmp_path / "merged"), "--racine", str(ROOT)])
    merged = load(tmp_path / "merged" / INVENTORY_FILE)
    assert merged.pages == whole.pages
    assert merged.courriels == whole.courriels and merged.sms == whole.sms


def test_addresses_lose_what_changes_from_run_to_run() -> None:
    url = "http://fc.localhost:4100/authorize?client_id=m&redirect_uri=http%3A%2F%2Fa.localhost%3A35285%2Fcb&state=x"
    assert stable_path(url) == "/authorize?client_id=m&redirect_uri=http%3A%2F%2Fa.localhost%2Fcb"
    assert stable_path("http://impots.localhost:4200/") == "/"


def test_a_mail_is_the_site_s_that_declares_its_sender() -> None:
    assert site_of_sender("FranceConnect <ne-pas-repondre@franceconnect.gouv.fr>") == "franceconnect"
    assert site_of_sender("impots.gouv.fr") == "impots"
    assert site_of_sender("x@inconnu.example") == "inconnu.example"


def test_a_page_left_as_it_was_is_not_read_again(tmp_path: Path, page: Page) -> None:
    page.set_content(
        "<title>Essai</title><main><h1>Essai</h1><button>Valider</button><p>Un texte.</p></main>"
    )
    recorder = InventoryRecorder(tmp_path, controller=True)

    def step(name: str) -> None:
        """What the report does after a step: its screenshot, then the inventory."""
        recorder._record(page, "Scénario", name, take_screenshot(page, SecretValues(), tmp_path / "shots"))

    step("je regarde la page")
    step("je vérifie le titre")  # nothing changed: not read again
    page.evaluate("document.querySelector('h1').textContent = 'Autre titre'")
    step("je change le titre")
    first, changed = recorder.inventory.pages
    assert (first.etape, changed.etape) == ("je regarde la page", "je change le titre")
    assert [(element.role, element.nom) for element in first.elements] == [
        ("heading", "Essai"),
        ("button", "Valider"),
    ]
    assert first.elements[1].boite is not None and first.elements[1].boite.width > 0
    assert first.textes == ("Un texte.",) and first.titre == "Essai"
    assert changed.elements[0].nom == "Autre titre" and changed.capture != first.capture
