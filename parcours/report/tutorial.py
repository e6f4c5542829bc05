"""The trainers' view (reports/tutoriel/): each scenario as a numbered, illustrated tutorial."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import Image

from ..facts import Fact
from .guide_zoom import is_phone
from .html import feature_views, render
from .model import ScenarioRun, StepRun

QUOTED = re.compile(r'"([^"]*)"')
FIRST_PERSON = re.compile(r"^(je|j'|j’)", re.IGNORECASE)


@dataclass(frozen=True)
class TutorialStep:
    """One numbered instruction, as a learner reads it."""

    number: int
    label: str  # "Au départ", "Résultat attendu", or "" for an action
    text: str
    screenshot: str | None  # relative to reports/tutoriel/
    status: str
    phone: bool = False  # a phone's screen: printed at a phone's size, beside the next phone steps


@dataclass(frozen=True)
class Source:
    """A source tutorial and the sections of it this scenario follows."""

    title: str
    file: str
    sections: list[str]


def instruction(step: StepRun, sentence_start: bool = True) -> str:
    """`je clique sur le bouton "Me connecter"` → « Je clique sur le bouton « Me connecter ». »"""
    text = QUOTED.sub(lambda match: f"« {match.group(1)} »", step.name).strip()
    if sentence_start:
        text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."


def label(step: StepRun) -> str:
    """What kind of sentence the step is for a learner."""
    if step.type == "then":
        return "Résultat attendu"
    if step.type == "given" and not FIRST_PERSON.match(step.name):
        return "Au départ"
    return ""


def phone_screen(reports: Path | None, screenshot: str | None, before: bool) -> bool:
    """Whether the step's screenshot is a phone's; a step without one goes on as the one before."""
    if reports is None or screenshot is None or not (reports / screenshot).is_file():
        return before
    with Image.open(reports / screenshot) as picture:
        return is_phone(picture.size)


def tutorial_steps(run: ScenarioRun, reports: Path | None = None) -> list[TutorialStep]:
    """The scenario's steps, numbered, each with its screenshot (its size read in `reports`, if given)."""
    steps: list[TutorialStep] = []
    for number, step in enumerate(run.steps, start=1):
        kind = label(step)  # after "Résultat attendu :" the sentence goes on in lowercase
        screenshot = f"../{step.screenshot}" if step.screenshot else None
        phone = phone_screen(reports, step.screenshot, bool(steps) and steps[-1].phone)
        steps.append(TutorialStep(number, kind, instruction(step, not kind), screenshot, step.status, phone))
    return steps


def sources(run: ScenarioRun, facts: dict[str, Fact]) -> list[Source]:
    """The tutorials (and their sections) whose facts this scenario checks."""
    by_file: dict[str, Source] = {}
    for fact in (facts[fact_id] for fact_id in run.facts if fact_id in facts):
        source = by_file.setdefault(fact.source_file, Source(fact.source_title, fact.source_file, []))
        if fact.section not in source.sections:
            source.sections.append(fact.section)
    return list(by_file.values())


def render_tutorial(
    run: ScenarioRun, facts: dict[str, Fact], started: datetime, reports: Path | None = None
) -> str:
    """reports/tutoriel/<scenario>.html, ready to print (phone screens told apart when `reports` is given)."""
    checked = [facts[fact_id] for fact_id in run.facts if fact_id in facts]
    return render(
        "tutoriel.html",
        run=run,
        steps=tutorial_steps(run, reports),
        sources=sources(run, facts),
        facts=checked,
        failed_step=run.failed_step,
        started=started,
    )


def render_tutorial_index(runs: list[ScenarioRun], started: datetime, with_pdf: bool) -> str:
    """reports/tutoriel/index.html: every scenario's tutorial, by feature."""
    return render("tutoriel_index.html", features=feature_views(runs), started=started, with_pdf=with_pdf)
