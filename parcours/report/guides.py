"""The trainers' guides (reports/guides/): one illustrated guide per section of each tutorial, made of
the @tutoriel scenarios that follow it, each action's element outlined on the screen it was on."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from dataclasses import astuple, dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image
from slugify import slugify

from ..facts import Fact, Tutorial, known_facts, known_tutorials
from .coverage import heading_of
from .guide_zoom import OUTLINE, is_phone, write_zoom
from .html import render
from .model import ScenarioRun
from .tutorial import TutorialStep, tutorial_steps

MARKER = "tutoriel"
PADDING = 6


@dataclass(frozen=True)
class Box:
    """An element's box on its screenshot, in percent of the image: the page draws it over the image,
    so a guide needs no outlined copy of the screenshot."""

    left: float
    top: float
    width: float
    height: float


@dataclass(frozen=True)
class GuideStep:
    """One step of a guide: the instruction, its picture and the boxes to outline on it, the words typed."""

    step: TutorialStep
    image: str | None  # relative to reports/guides/
    boxes: list[Box]
    typed: list[tuple[str, str]]  # (field, what to type)
    phone: bool = False  # a phone's screen: printed at a phone's size, beside the next phone steps
    zoom: str | None = None  # the part around the outlined element, relative to reports/guides/
    same_as: int | None = None  # the step whose picture this one repeats, none outlined: not printed again

    @property
    def outlined(self) -> bool:
        """Whether an element is outlined on the picture."""
        return bool(self.boxes)


@dataclass
class SectionGuide:
    """One section of a tutorial and the scenarios that follow it."""

    title: str
    slug: str
    scenarios: list[tuple[ScenarioRun, list[GuideStep]]] = field(default_factory=list)


@dataclass(frozen=True)
class TutorialGuides:
    """One tutorial's sections, in its order."""

    title: str
    sections: list[SectionGuide]


def section_of(run: ScenarioRun, facts: dict[str, Fact], tutorials: list[Tutorial]) -> tuple[str, str] | None:
    """(tutorial file, heading) most of the scenario's facts belong to; the tutorial's order breaks ties."""
    votes: Counter[tuple[str, str]] = Counter()
    order: dict[tuple[str, str], int] = {}
    for tutorial_index, tutorial in enumerate(tutorials):
        for heading_index, heading in enumerate(tutorial.sections):
            order[(tutorial.file, heading)] = tutorial_index * 1000 + heading_index
    by_file = {tutorial.file: tutorial for tutorial in tutorials}
    for fact in (facts[fact_id] for fact_id in run.facts if fact_id in facts):
        if fact.source_file in by_file:
            votes[(fact.source_file, heading_of(fact.section, by_file[fact.source_file].sections))] += 1
    known = [key for key in votes if key in order]
    return min(known, key=lambda key: (-votes[key], order[key])) if known else None


def _boxes(actions: list[dict[str, Any]], screen: dict[str, Any], size: tuple[int, int]) -> list[Box]:
    """The actions' boxes on the screenshot, those at least partly on it."""
    scale = size[0] / screen["width"] if screen["width"] else 1.0
    boxes = []
    for action in actions:
        left = (action["x"] - screen["x"]) * scale - PADDING
        top = (action["y"] - screen["y"]) * scale - PADDING
        right = left + action["width"] * scale + 2 * PADDING
        bottom = top + action["height"] * scale + 2 * PADDING
        box = (max(left, 0), max(top, 0), min(right, size[0] - 1), min(bottom, size[1] - 1))
        on_screen = right > 0 and bottom > 0 and left < size[0] and top < size[1]
        if on_screen and box not in boxes:  # a field typed into character by character: one box
            boxes.append(box)
    width, height = size
    return [
        Box(
            *(
                round(100 * part, 2)
                for part in (left / width, top / height, (right - left) / width, (bottom - top) / height)
            )
        )
        for left, top, right, bottom in boxes
    ]


def guide_image(run: ScenarioRun, index: int, reports: Path) -> tuple[str | None, list[Box]]:
    """The picture of step `index` and the boxes to outline on it: the screen its element was on (this
    step's, or the one before when the step left the page); else the step's own screenshot, no box."""
    own = run.steps[index].screenshot
    actions = [action for action in run.guide.get("actions", []) if action["step"] == index]
    screens = {screen["step"]: screen for screen in run.guide.get("screens", [])}
    if actions:
        doc = actions[-1]["doc"]
        for candidate in (index, index - 1):
            screen, shot = screens.get(candidate), run.steps[candidate].screenshot if candidate >= 0 else None
            if screen is None or shot is None or screen["doc"] != doc:
                continue
            with Image.open(reports / shot) as picture:
                boxes = _boxes([a for a in actions if a["doc"] == doc], screen, picture.size)
            if boxes:
                return f"../{shot}", boxes
    return (f"../{own}" if own else None), []


def typed_words(run: ScenarioRun, index: int) -> list[tuple[str, str]]:
    """What the learner types, chooses or joins in step `index`, the last value of each field
    (typing fires one event a character); secrets already masked."""
    shown = {"saisie", "fichier", "choix"}
    words: dict[str, str] = {}
    for action in run.guide.get("actions", []):
        if action["step"] == index and action["kind"] in shown:
            words.pop(action["label"], None)  # keep the fields in the order they were last filled
            words[action["label"]] = action["value"]
    return [(field, value) for field, value in words.items() if value]


def guide_steps(run: ScenarioRun, reports: Path) -> list[GuideStep]:
    """The scenario's steps as the guide shows them."""
    result: list[GuideStep] = []
    shown: dict[str, int] = {}  # picture → the last step showing it
    for index, step in enumerate(tutorial_steps(run)):
        image, boxes = guide_image(run, index, reports)
        phone, zoom, same_as = result[-1].phone if result else False, None, None
        if image is not None:
            screenshot = reports / "guides" / image
            with Image.open(screenshot) as picture:
                phone = is_phone(picture.size)
            zoom = write_zoom(screenshot, [astuple(box) for box in boxes], reports / "guides")
            same_as = None if boxes else shown.get(image)
            shown[image] = step.number
        result.append(GuideStep(step, image, boxes, typed_words(run, index), phone, zoom, same_as))
    return result


def build_guides(runs: list[ScenarioRun], reports: Path) -> list[TutorialGuides]:
    """Every tutorial's sections, each with the @tutoriel scenarios that follow it."""
    facts, tutorials = known_facts(), list(known_tutorials())
    guides = {
        t.file: TutorialGuides(t.title, [SectionGuide(h, slugify(f"{t.title[:30]} {h}")) for h in t.sections])
        for t in tutorials
    }
    for run in runs:
        if MARKER not in run.tags + run.feature.tags:
            continue
        place = section_of(run, facts, tutorials)
        if place is not None:
            section = next(s for s in guides[place[0]].sections if s.title == place[1])
            section.scenarios.append((run, guide_steps(run, reports)))
    return list(guides.values())


def write_guides(runs: list[ScenarioRun], reports: Path, started: Any, pdf: bool = False) -> list[str]:
    """reports/guides/index.html and one page per section that has a guide (and its PDF, printed by
    `python -m parcours.report.pdf` in a process of its own: the run's browsers are closed by now).
    Returns what went wrong, in French."""
    directory = reports / "guides"
    directory.mkdir(parents=True, exist_ok=True)
    tutorials = build_guides(runs, reports)
    pages = []
    for tutorial in tutorials:
        for section in tutorial.sections:
            if section.scenarios:
                html = render(
                    "guide.html", tutorial=tutorial, section=section, started=started, outline=OUTLINE
                )
                pages.append(directory / f"{section.slug}.html")
                pages[-1].write_text(html, encoding="utf-8")
    index = render("guides_index.html", tutorials=tutorials, started=started, with_pdf=pdf)
    (directory / "index.html").write_text(index, encoding="utf-8")
    if not (pdf and pages):
        return []
    printed = subprocess.run(
        [sys.executable, "-m", "parcours.report.pdf", *map(str, pages)],
        capture_output=True,
        text=True,
        check=False,
    )
    return [line for line in printed.stderr.splitlines() if line.strip()] if printed.returncode else []
