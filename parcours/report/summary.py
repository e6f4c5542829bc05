"""Counts of a run (features, scenarios, steps) and how they read in French."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from .model import FAILED, PASSED, SKIPPED, UNDEFINED, ScenarioRun

SCENARIO_STATUS = {PASSED: "réussi", FAILED: "échoué", SKIPPED: "ignoré"}
STEP_STATUS = {PASSED: "réussie", FAILED: "échouée", SKIPPED: "non exécutée", UNDEFINED: "non définie"}
FEATURE_STATUS = {PASSED: "réussie", FAILED: "échouée", SKIPPED: "ignorée"}


@dataclass(frozen=True)
class Totals:
    """How many passed, failed and were skipped."""

    passed: int = 0
    failed: int = 0
    skipped: int = 0
    flaky: int = 0  # among the passed: failed first, passed when run again

    @property
    def total(self) -> int:
        """All of them."""
        return self.passed + self.failed + self.skipped


def count(statuses: Iterable[str]) -> Totals:
    """Totals of a list of statuses ("undefined" counts as failed)."""
    values = list(statuses)
    return Totals(
        passed=values.count(PASSED),
        failed=values.count(FAILED) + values.count(UNDEFINED),
        skipped=values.count(SKIPPED),
    )


def combined_status(statuses: Iterable[str]) -> str:
    """A feature's status from its scenarios': failed if one failed, skipped if all were."""
    values = set(statuses)
    if values & {FAILED, UNDEFINED}:
        return FAILED
    return SKIPPED if values <= {SKIPPED} else PASSED


@dataclass(frozen=True)
class RunTotals:
    """The summary table of the report."""

    features: Totals
    scenarios: Totals
    steps: Totals


def run_totals(runs: list[ScenarioRun]) -> RunTotals:
    """Count features, scenarios and steps."""
    by_feature: dict[str, list[str]] = {}
    for run in runs:
        by_feature.setdefault(run.feature.uri, []).append(run.status)
    return RunTotals(
        features=count(combined_status(statuses) for statuses in by_feature.values()),
        scenarios=replace(count(run.status for run in runs), flaky=sum(run.flaky for run in runs)),
        steps=count(step.status for run in runs for step in run.steps),
    )


def plural(number: int, word: str) -> str:
    """ "1 scénario", "2 scénarios", "0 échoué" (French keeps 0 and 1 singular)."""
    return f"{number} {word}{'s' if number > 1 else ''}"


def summary_line(scenarios: Totals, report: str) -> str:
    """The run in one line, printed last."""
    parts = [
        plural(scenarios.total, "scénario"),
        plural(scenarios.passed, "réussi")
        + (f" dont {plural(scenarios.flaky, 'instable')}" if scenarios.flaky else ""),
        plural(scenarios.failed, "échoué"),
    ]
    if scenarios.skipped:
        parts.append(plural(scenarios.skipped, "ignoré"))
    return f"Parcours : {', '.join(parts)} — rapport : {report}"
