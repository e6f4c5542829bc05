"""The trainers' view (reports/tutoriel/): each scenario as a numbered, illustrated tutorial."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ..facts import Fact
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


def tutorial_steps(run: ScenarioRun) -> list[TutorialStep]:
    """The scenario's steps, numbered, each with its screenshot."""
    steps = []
    for number, step in enumerate(run.steps, start=1):
        kind = label(step)  # after "Résultat attendu :" the sentence goes on in lowercase
        screenshot = f"../{step.screenshot}" if step.screenshot else None
        steps.append(TutorialStep(number, kind, instruction(step, not kind), screenshot, step.status))
    return steps


def sources(run: ScenarioRun, facts: dict[str, Fact]) -> list[Source]:
    """The tutorials (and their sections) whose facts this scenario checks."""
    by_file: dict[str, Source] = {}
    for fact in (facts[fact_id] for fact_id in run.facts if fact_id in facts):
        source = by_file.setdefault(fact.source_file, Source(fact.source_title, fact.source_file, []))
        if fact.section not in source.sections:
            source.sections.append(fact.section)
    return list(by_file.values())


def render_tutorial(run: ScenarioRun, facts: dict[str, Fact], started: datetime) -> str:
    """reports/tutoriel/<scenario>.html, ready to print."""
    checked = [facts[fact_id] for fact_id in run.facts if fact_id in facts]
    return render(
        "tutoriel.html",
        run=run,
        steps=tutorial_steps(run),
        sources=sources(run, facts),
        facts=checked,
        failed_step=run.failed_step,
        started=started,
    )


def render_tutorial_index(runs: list[ScenarioRun], started: datetime, with_pdf: bool) -> str:
    """reports/tutoriel/index.html: every scenario's tutorial, by feature."""
    return render("tutoriel_index.html", features=feature_views(runs), started=started, with_pdf=with_pdf)
