"""Traceability to the tutorials: every fact of seeds/, the scenarios that check it, their status."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pytest_bdd.parser import FeatureParser

from ..facts import TAG_PREFIX, Fact
from .model import FAILED, PASSED, ScenarioRun
from .summary import combined_status

NOT_RUN = "not-run"
# Display order: facts nobody checks first, then what needs attention, then what holds.
UNCHECKED, FAILING, UNRUN, VERIFIED = "non couvert", "en échec", "non exécuté", "vérifié"
STATE_ORDER = (UNCHECKED, FAILING, UNRUN, VERIFIED)


@dataclass
class CheckingScenario:
    """A scenario that declares a fact, and how it went in this run."""

    feature: str
    name: str
    uri: str
    line: int
    status: str = NOT_RUN  # passed / failed / skipped / not-run
    anchor: str = ""  # the scenario's id in index.html, when it ran
    runs: int = 0  # how many times it ran: a Plan du scénario runs once per example


@dataclass
class FactCoverage:
    """One fact and the scenarios that check it."""

    fact: Fact
    scenarios: list[CheckingScenario] = field(default_factory=list)

    @property
    def state(self) -> str:
        """Unchecked, failing, not run, or verified."""
        statuses = {scenario.status for scenario in self.scenarios}
        if not statuses:
            return UNCHECKED
        if FAILED in statuses:
            return FAILING
        return VERIFIED if PASSED in statuses else UNRUN


def declarations(
    features_dir: Path, rootdir: Path
) -> dict[tuple[str, int], tuple[CheckingScenario, list[str]]]:
    """Every scenario of the feature files with the facts its tags name, by (file, line)."""
    found: dict[tuple[str, int], tuple[CheckingScenario, list[str]]] = {}
    for path in sorted(features_dir.rglob("*.feature")):
        try:
            feature = FeatureParser(str(features_dir), str(path.relative_to(features_dir))).parse()
        except Exception:  # a broken feature file fails the run itself, with pytest-bdd's message
            continue
        uri = os.path.relpath(path, rootdir)
        for scenario in feature.scenarios.values():
            tags = scenario.tags | feature.tags | (scenario.rule.tags if scenario.rule else set())
            facts = sorted(tag.removeprefix(TAG_PREFIX) for tag in tags if tag.startswith(TAG_PREFIX))
            checking = CheckingScenario(feature.name, scenario.name, uri, scenario.line_number)
            found[(uri, scenario.line_number)] = (checking, facts)
    return found


def coverage(
    facts: dict[str, Fact], runs: list[ScenarioRun], features_dir: Path, rootdir: Path
) -> list[FactCoverage]:
    """Every fact with its scenarios, ordered: unchecked, failing, not run, verified."""
    scenarios = declarations(features_dir, rootdir)
    runs_by_scenario: dict[tuple[str, int], list[ScenarioRun]] = {}
    for run in runs:
        key = (run.feature.uri, run.line)
        runs_by_scenario.setdefault(key, []).append(run)
        if key not in scenarios:  # a scenario outside features/ (the report's own tests)
            scenarios[key] = (
                CheckingScenario(run.feature.name, run.name, run.feature.uri, run.line),
                run.facts,
            )
    rows = {fact_id: FactCoverage(fact) for fact_id, fact in facts.items()}
    for key, (scenario, fact_ids) in scenarios.items():
        ran = runs_by_scenario.get(key, [])
        if ran:
            scenario.status = combined_status(run.status for run in ran)
            scenario.anchor = ran[0].slug
            scenario.runs = len(ran)
        for fact_id in fact_ids:
            if fact_id in rows:
                rows[fact_id].scenarios.append(scenario)
    return sorted(rows.values(), key=lambda row: (STATE_ORDER.index(row.state), row.fact.id))
