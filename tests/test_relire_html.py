"""relecture.html and relecture.pdf: a tutorial proofread against an inventory with a screenshot,
its claims shown with French badges, the element outlined and cut out, no axe violation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Page
from pypdf import PdfReader

from parcours.inventory import INVENTORY_FILE, Box, Element, Inventory, PageState, save
from parcours.relire.cli import main
from parcours.report.axe_page import run_axe

TUTORIAL = """Se connecter

Cliquez sur « Votre espace particulier » en haut à droite.
Puis cliquez sur « Me connecter ».
Le reste de cette phrase ne dit rien à vérifier du tout.
"""


@pytest.fixture
def proofread(tmp_path: Path) -> Path:
    """The output folder of `relire` on a short tutorial, against a one-page inventory."""
    reports = tmp_path / "reports"
    (reports / "screenshots").mkdir(parents=True)
    Image.new("RGB", (1280, 720), "white").save(reports / "screenshots" / "accueil.png")
    box = Box(1000, 20, 200, 40)
    page = PageState(
        "impots",
        "/",
        "Accueil",
        1280,
        720,
        (Element("button", "Votre espace particulier", box),),
        capture="screenshots/accueil.png",
    )
    save(Inventory(pages=[page]), reports / INVENTORY_FILE)
    (tmp_path / "tuto.txt").write_text(TUTORIAL, encoding="utf-8")
    out = tmp_path / "sortie"
    code = main([str(tmp_path / "tuto.txt"), f"--sortie={out}", f"--inventaire={reports / INVENTORY_FILE}"])
    assert code == 1  # « Me connecter » is nowhere in this inventory
    return out


def test_the_claim_s_capture_is_a_cut_out_with_the_element_outlined(proofread: Path) -> None:
    claims = json.loads((proofread / "relecture.json").read_text(encoding="utf-8"))["affirmations"]
    button = next(claim for claim in claims if claim["attendu"] == "Votre espace particulier")
    assert button["verdict"] == "conforme" and button["capture"].startswith("captures/")
    with Image.open(proofread / button["capture"]) as picture:
        assert picture.width < 1280  # cut around the element, not the whole window
        assert picture.convert("RGB").getpixel((picture.width - 1, 0)) == (255, 255, 255)
        colours = {colour for _, colour in picture.convert("RGB").getcolors(1 << 16) or []}
    assert any(red > 150 and green < 80 for red, green, _ in colours)  # the guides' outline


def test_the_report_reads_in_french_line_by_line_without_axe_violation(proofread: Path, page: Page) -> None:
    page.goto((proofread / "relecture.html").as_uri())
    assert run_axe(page) == []
    text = page.locator("main").inner_text()
    assert "ligne 3" in text and "conforme" in text and "introuvable" in text
    assert "Introuvable : 1" in page.locator(".resume").inner_text()
    page.get_by_label("N'afficher que les lignes à corriger").check()
    assert page.locator(".ligne:visible").count() == 1
    assert "Me connecter" in page.locator(".ligne:visible").inner_text()


def test_the_pdf_is_printed_on_a4_beside_the_page(proofread: Path) -> None:
    reader = PdfReader(proofread / "relecture.pdf")
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert abs(width - 595) < 2 and abs(height - 842) < 2  # A4 in points
    assert "Votre espace particulier" in "".join(page.extract_text() for page in reader.pages)


def test_the_trainers_index_explains_how_to_proofread_a_tutorial() -> None:
    from datetime import datetime

    from parcours.report.tutorial import render_tutorial_index

    page = render_tutorial_index([], datetime(2026, 12, 7, 10, 0).astimezone(), with_pdf=False)
    assert "Relire un tutoriel" in page and "python -m parcours relire" in page
    assert "relecture.html" in page
