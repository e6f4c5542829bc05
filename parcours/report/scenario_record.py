"""A scenario's empty record, built from pytest-bdd's parsed feature before any step runs."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from pytest_bdd.parser import Feature, Scenario, Step
from slugify import slugify

from ..facts import facts_of
from ..journey_markers import scenario_of
from .model import FeatureInfo, ScenarioRun, StepRun


def scenario_slug(name: str, nodeid: str) -> str:
    """A short, stable, file-name-safe id for a scenario run."""
    return f"{slugify(name, max_length=60) or 'scenario'}-{hashlib.sha1(nodeid.encode()).hexdigest()[:8]}"


def keyword_of(step: Step) -> str:
    """The step's keyword as written ("Étant donné"), not title-cased as pytest-bdd keeps it."""
    keyword = step.keyword.strip()
    return keyword[:1] + keyword[1:].lower()


def new_run(item: pytest.Item, feature: Feature, scenario: Scenario, rootdir: Path) -> ScenarioRun:
    """An empty record of `scenario`: every step still to run."""
    rule_tags = scenario.rule.tags if scenario.rule else set()
    return ScenarioRun(
        nodeid=item.nodeid,
        slug=scenario_slug(scenario.name, item.nodeid),
        feature=FeatureInfo(
            name=feature.name or feature.rel_filename,
            keyword=feature.keyword,
            uri=os.path.relpath(feature.filename, rootdir),
            line=feature.line_number,
            description=feature.description,
            tags=sorted(feature.tags),
            language=feature.language,
        ),
        keyword=scenario.keyword,
        name=scenario.name,
        line=scenario.line_number,
        description=scenario.description,
        tags=sorted(set(scenario.tags) | set(rule_tags)),
        facts=facts_of(item),
        steps=[
            StepRun(
                keyword=keyword_of(step),
                name=step.name,
                type=step.type,
                line=step.line_number,
                background=step.line_number < scenario.line_number,
                docstring=step.docstring,
                datatable=[[str(cell) for cell in row] for row in step.datatable.raw()]
                if step.datatable
                else None,
            )
            for step in scenario.steps
        ],
    )


def run_from_item(item: pytest.Item, rootdir: Path) -> ScenarioRun | None:
    """The record of a scenario that never started (skipped, or its fixtures failed)."""
    template = scenario_of(item)
    if template is None:
        return None
    callspec = getattr(item, "callspec", None)
    example = callspec.params.get("_pytest_bdd_example", {}) if callspec else {}
    return new_run(item, template.feature, template.render(example), rootdir)
