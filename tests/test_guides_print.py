"""The section guides as a trainer prints them (reports/guides/*.pdf): each step with its picture on
one page, no page left mostly blank, a page for two steps at the most."""

from __future__ import annotations

import math
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fpdf import FPDF

from tests.print_checks import blank_fractions, figures, misplaced_steps

ROOT = Path(__file__).resolve().parents[1]
MOSTLY_BLANK = 2 / 3
FRANCE_IDENTITE = "comment-obtenir-son-compte-certifie"
FRANCE_IDENTITE_PAGES = 15


@pytest.fixture(scope="module")
def printed_guides(rapports_parcours: Path) -> list[tuple[Path, int]]:
    """Every guide of the run printed as make run prints it, with its number of steps."""
    pages = sorted(
        page for page in (rapports_parcours / "guides").glob("*.html") if page.name != "index.html"
    )
    command = [sys.executable, "-m", "parcours.report.pdf", *map(str, pages)]
    printed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert printed.returncode == 0, printed.stderr
    steps = [len(re.findall(r'<span class="numero">', page.read_text(encoding="utf-8"))) for page in pages]
    return [(page.with_suffix(".pdf"), count) for page, count in zip(pages, steps, strict=True)]


@pytest.mark.apres_parcours
def test_every_guide_is_printed_with_its_steps(printed_guides: list[tuple[Path, int]]) -> None:
    """Each @tutoriel section has its guide, and each guide's pictures are tagged with their step."""
    names = [pdf.stem for pdf, _ in printed_guides]
    assert any(FRANCE_IDENTITE in name for name in names), names
    for pdf, steps in printed_guides:
        assert steps > 0, pdf.name
        assert any(alt.startswith("Étape ") for _, alt in figures(pdf)), pdf.name


@pytest.mark.apres_parcours
def test_no_page_but_the_last_is_mostly_blank(printed_guides: list[tuple[Path, int]]) -> None:
    """No page of a guide, but its last, is more than two-thirds blank."""
    for pdf, _ in printed_guides:
        blank = blank_fractions(pdf)
        mostly_blank = [number for number, part in enumerate(blank[:-1], start=1) if part > MOSTLY_BLANK]
        assert not mostly_blank, f"{pdf.name} : pages presque blanches {mostly_blank} ({blank})"


@pytest.mark.apres_parcours
def test_each_step_sits_on_the_page_of_its_picture(printed_guides: list[tuple[Path, int]]) -> None:
    """Each picture is on a page holding its step's sentence; a whole screen on its zoom's page."""
    for pdf, _ in printed_guides:
        assert misplaced_steps(pdf) == [], pdf.name


@pytest.mark.apres_parcours
def test_a_page_for_two_steps_at_the_most(printed_guides: list[tuple[Path, int]]) -> None:
    """Every guide prints on ceil(steps / 2) pages or fewer; France Identité's on 15 or fewer."""
    for pdf, steps in printed_guides:
        pages = len(blank_fractions(pdf))
        assert pages <= math.ceil(steps / 2), f"{pdf.name} : {pages} pages pour {steps} étapes"
        if FRANCE_IDENTITE in pdf.stem:
            assert pages <= FRANCE_IDENTITE_PAGES, f"{pdf.name} : {pages} pages"


def test_a_page_with_one_line_is_mostly_blank(tmp_path: Path) -> None:
    """The blank measure: a page holding one line is mostly blank, a page of lines is not."""
    document = FPDF(format="A4")
    document.set_font("helvetica", size=12)
    document.add_page()
    document.cell(text="Une seule ligne en haut de la page.")
    document.add_page()
    for _ in range(45):
        document.cell(
            text="Une ligne parmi d'autres, qui remplissent la page.", new_x="LMARGIN", new_y="NEXT"
        )
    document.output(str(tmp_path / "pages.pdf"))
    one_line, full = blank_fractions(tmp_path / "pages.pdf")
    assert one_line > 0.95
    assert full < 1 - MOSTLY_BLANK
