"""The accessibility results as the report shows them: per scenario by impact, and the run's total."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .model import ScenarioRun
from .rgaa import IMPACT_LABELS, IMPACT_ORDER


@dataclass
class RuleFinding:
    """One rule broken in a scenario: on which pages, over how many elements."""

    rule: str
    help: str
    url: str
    criterion: str
    nodes: int = 0
    pages: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)


@dataclass
class ImpactGroup:
    """The rules of one impact ("critique", "grave"…)."""

    impact: str
    label: str
    findings: list[RuleFinding]


@dataclass
class ScenarioAccessibility:
    """A scenario's pages checked and its violations grouped by impact."""

    pages: int
    groups: list[ImpactGroup]

    @property
    def violations(self) -> int:
        """Rules broken, counted once per scenario."""
        return sum(len(group.findings) for group in self.groups)


def scenario_accessibility(run: ScenarioRun) -> ScenarioAccessibility:
    """What the scenario's pages break, most severe first."""
    by_impact: dict[str, dict[str, RuleFinding]] = {impact: {} for impact in IMPACT_ORDER}
    for page in run.accessibility:
        for v in page["violations"]:
            finding = by_impact[v["impact"]].setdefault(
                v["rule"], RuleFinding(v["rule"], v["help"], v["url"], v["criterion"])
            )
            finding.nodes += v["nodes"]
            finding.pages.append(page["url"])
            finding.targets += [target for target in v["targets"] if target not in finding.targets][:3]
    groups = [
        ImpactGroup(impact, IMPACT_LABELS[impact], list(found.values()))
        for impact, found in by_impact.items()
        if found
    ]
    return ScenarioAccessibility(len(run.accessibility), groups)


@dataclass(frozen=True)
class AccessibilityTotals:
    """The run's accessibility line in the summary."""

    checked: bool  # False: no page was checked (--no-accessibilite, or no browser)
    pages: int
    scenarios_with_violations: int
    by_impact: list[tuple[str, int]]  # (French label, rules broken across scenarios)


def accessibility_totals(runs: list[ScenarioRun]) -> AccessibilityTotals:
    """Pages checked, and violations by impact, over the whole run."""
    counts: Counter[str] = Counter()
    flagged = 0
    for run in runs:
        view = scenario_accessibility(run)
        flagged += bool(view.groups)
        for group in view.groups:
            counts[group.impact] += len(group.findings)
    pages = sum(len(run.accessibility) for run in runs)
    return AccessibilityTotals(
        checked=pages > 0,
        pages=pages,
        scenarios_with_violations=flagged,
        by_impact=[(IMPACT_LABELS[impact], counts[impact]) for impact in IMPACT_ORDER],
    )
