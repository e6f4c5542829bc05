"""The guides per tutorial section: which section a @tutoriel scenario illustrates, the element of each
step outlined on the screen it was on, the words to type (secrets masked)."""

from __future__ import annotations

import io
import re
from datetime import datetime
from pathlib import Path

from PIL import Image
from playwright.sync_api import Page, expect

from parcours.facts import known_facts, known_tutorials
from parcours.report.guides import OUTLINE, Box, guide_image, section_of, typed_words, write_guides
from parcours.report.model import PASSED, FeatureInfo, RunInfo, ScenarioRun, StepRun
from parcours.report.writer import ReportSettings, load_records, write_reports

ROOT = Path(__file__).resolve().parent.parent

RED = tuple(int(OUTLINE[i : i + 2], 16) for i in (1, 3, 5))


def _screenshot(reports: Path, name: str, colour: str) -> str:
    """A 200×100 screenshot (twice the 100 CSS pixels of width: a phone's device pixel ratio of 2)."""
    (reports / "screenshots").mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (200, 100), colour).save(reports / "screenshots" / name, "WEBP")
    return f"screenshots/{name}"


def _run(reports: Path) -> ScenarioRun:
    """A @tutoriel scenario: step 1 on the home page (doc A), step 2 types a number (one event a
    character: the last value counts), a code, and clicks « Me connecter » there, which opens doc B."""
    feature = FeatureInfo("Connexion", "Fonctionnalité", "features/franceconnect/x.feature", 1)
    facts = ["FC-MDS-BOUTON", "FC-CHOIX-COMPTE", "FC-AMELI-NIR-13"]
    run = ScenarioRun("n", "s", feature, "Scénario", "Se connecter", 3, tags=["tutoriel"], facts=facts)
    run.status = PASSED
    run.steps = [
        StepRun("Étant donné", "je me rends sur le site", "given", 4, status=PASSED),
        StepRun("Quand", "j'indique mon numéro et je me connecte", "when", 5, status=PASSED),
    ]
    run.steps[0].screenshot = _screenshot(reports, "a.webp", "white")
    run.steps[1].screenshot = _screenshot(reports, "b.webp", "grey")
    run.guide = {
        "screens": [
            {"step": 0, "doc": "A", "x": 0, "y": 50, "width": 100},
            {"step": 1, "doc": "B", "x": 0, "y": 0, "width": 100},
        ],
        "actions": [
            {"step": 1, "doc": "A", "kind": "saisie", "label": "Numéro", "value": "123",
             "x": 10, "y": 60, "width": 30, "height": 10},
            {"step": 1, "doc": "A", "kind": "saisie", "label": "Numéro", "value": "1234567890123",
             "x": 10, "y": 60, "width": 30, "height": 10},
            {"step": 1, "doc": "A", "kind": "saisie", "label": "Code", "value": "••••",
             "x": 10, "y": 75, "width": 30, "height": 10},
            {"step": 1, "doc": "A", "kind": "clic", "label": "Me connecter", "value": "",
             "x": 10, "y": 90, "width": 30, "height": 10},
        ],
    }  # fmt: skip
    return run


def test_a_scenario_illustrates_the_section_most_of_its_facts_belong_to(tmp_path: Path) -> None:
    tutorials = list(known_tutorials())
    place = section_of(_run(tmp_path), known_facts(), tutorials)
    assert place == (tutorials[0].file, "Se connecter avec France Connect")


def test_a_step_that_leaves_the_page_is_outlined_on_the_screen_before_it(tmp_path: Path) -> None:
    image, boxes = guide_image(_run(tmp_path), 1, tmp_path)
    assert image == "../screenshots/a.webp"  # step 1's screen, where the fields were
    # Step 1's screen scrolled by 50 CSS px, 2 pixels a CSS pixel: the field at x=10, y=60 starts at
    # (20, 20) in pixels, its box 6 pixels out, 72 × 32 pixels of the 200 × 100 image; one box for the
    # number typed twice, one for the code, and the button's, cut at the bottom of the screen.
    assert boxes == [Box(7.0, 14.0, 36.0, 32.0), Box(7.0, 44.0, 36.0, 32.0), Box(7.0, 74.0, 36.0, 25.0)]


def test_a_step_without_action_shows_its_own_screenshot(tmp_path: Path) -> None:
    assert guide_image(_run(tmp_path), 0, tmp_path) == ("../screenshots/a.webp", [])


def test_the_guide_outlines_the_element_in_red_over_the_screenshot(page: Page, tmp_path: Path) -> None:
    """The page draws the box over the screenshot (no copy of it): red on the box's edge, the screen
    as it was inside and around it."""
    write_guides([_run(tmp_path)], tmp_path, datetime(2026, 1, 2, 3, 4).astimezone())
    assert not (tmp_path / "guides" / "images").exists()
    guide = next(path for path in (tmp_path / "guides").glob("*.html") if path.name != "index.html")
    page.goto(guide.as_uri())
    image = page.get_by_role("img", name=re.compile("^Étape 2 "))
    expect(image).to_have_js_property("complete", True)
    shown = image.bounding_box()
    assert shown is not None
    with Image.open(io.BytesIO(page.screenshot(full_page=True))) as shot:
        pixels = shot.convert("RGB")

        def at(x: float, y: float) -> tuple[int, ...]:
            """The pixel at (x %, y %) of the screenshot as the page shows it."""
            return pixels.getpixel(
                (int(shown["x"] + shown["width"] * x / 100), int(shown["y"] + shown["height"] * y / 100))
            )

        assert _close(at(7.2, 30), RED), "the left edge of the number's box"
        assert _close(at(25, 30), (255, 255, 255)), "inside the box, the screen as it was"
        assert _close(at(75, 50), (255, 255, 255)), "outside the boxes, the screen as it was"


def test_the_words_to_type_are_shown_and_secrets_stay_masked(tmp_path: Path) -> None:
    assert typed_words(_run(tmp_path), 1) == [("Numéro", "1234567890123"), ("Code", "••••")]


def test_one_guide_per_section_linked_from_the_guides_index(tmp_path: Path) -> None:
    write_guides([_run(tmp_path)], tmp_path, datetime(2026, 1, 2, 3, 4).astimezone())
    index = (tmp_path / "guides" / "index.html").read_text(encoding="utf-8")
    assert "Se connecter avec France Connect</a>" in index
    assert "Présentation — pas encore de guide" in index
    pages = [path for path in (tmp_path / "guides").glob("*.html") if path.name != "index.html"]
    assert len(pages) == 1
    guide = pages[0].read_text(encoding="utf-8")
    assert "Dans « Numéro », saisissez : <kbd>1234567890123</kbd>" in guide
    assert "L&#39;élément à utiliser est encadré en rouge." in guide


def test_guides_pdf_prints_the_guides_and_no_scenario_pdf(tmp_path: Path) -> None:
    """make run's --guides-pdf: each guide as PDF, the scenarios' pages left to print from the browser."""
    info = RunInfo(datetime(2026, 1, 2, 3, 4).astimezone(), 1.0, "5eed", "chromium", "pytest")
    settings = ReportSettings(ROOT, "features", embed=False, pdf=False, guides_pdf=True)
    assert write_reports([_run(tmp_path)], info, tmp_path, settings) == []
    printed = list((tmp_path / "guides").glob("*.pdf"))
    assert len(printed) == 1 and printed[0].read_bytes().startswith(b"%PDF")
    guides_index = (tmp_path / "guides" / "index.html").read_text(encoding="utf-8")
    assert f'href="{printed[0].name}"' in guides_index
    assert ".pdf" not in (tmp_path / "tutoriel" / "index.html").read_text(encoding="utf-8")
    records = load_records(tmp_path)
    assert records.guides_pdf and not records.pdf


def _close(pixel: tuple[int, ...], colour: tuple[int, ...]) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(pixel, colour, strict=True))
