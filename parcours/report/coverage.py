"""Traceability to the tutorials: every fact of seeds/, the scenarios that check it, their status."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pytest_bdd.feature import get_feature

from ..facts import TAG_PREFIX, Fact, Tutorial, known_tutorials
from .model import FAILED, PASSED, ScenarioRun
from .summary import combined_status

NOT_RUN = "not-run"
# Display order: facts nobody checks first, then what needs attention, what holds, what no site can show.
UNCHECKED, FAILING, UNRUN, VERIFIED = "non couvert", "en échec", "non exécuté", "vérifié"
NOT_VERIFIABLE = "non vérifiable"  # no site can enforce it by nature: not a gap
STATE_ORDER = (UNCHECKED, FAILING, UNRUN, VERIFIED, NOT_VERIFIABLE)
# "Quelques exemples — Utiliser le site des impôts", "Se connecter … — À SAVOIR": heading and sub-heading.
SUBHEADING = re.compile(r"\s+[—–]\s+")


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
            return UNCHECKED if self.fact.verifiable else NOT_VERIFIABLE
        if FAILED in statuses:
            return FAILING
        return VERIFIED if PASSED in statuses else UNRUN


@dataclass
class SectionCoverage:
    """One heading of a tutorial and its facts, gaps first, then in the seeds' order."""

    title: str
    rows: list[FactCoverage]
    listed: bool = True  # False: the heading is missing from seeds/sources.toml

    @property
    def counts(self) -> dict[str, int]:
        """How many facts in each state."""
        return state_counts(self.rows)


@dataclass
class TutorialCoverage:
    """One source tutorial and its sections, in the tutorial's order."""

    file: str
    title: str
    sections: list[SectionCoverage]

    @property
    def counts(self) -> dict[str, int]:
        """How many facts of the whole tutorial in each state."""
        return state_counts(row for section in self.sections for row in section.rows)


class CoverageRows(list[FactCoverage]):
    """Every fact's coverage (unchecked first), and the same facts by tutorial and section."""

    def __init__(self, rows: Iterable[FactCoverage], tutorials: list[TutorialCoverage]) -> None:
        super().__init__(rows)
        self.tutorials = tutorials

    @property
    def counts(self) -> dict[str, int]:
        """How many facts of every tutorial in each state."""
        return state_counts(self)


def state_counts(rows: Iterable[FactCoverage]) -> dict[str, int]:
    """Facts per state, every state present (zero included), plus "total"."""
    counts = dict.fromkeys(STATE_ORDER, 0)
    for row in rows:
        counts[row.state] += 1
    return counts | {"total": sum(counts.values())}


@cache  # each heading is compared with every fact's section
def _key(text: str) -> str:
    """A heading compared without regard to apostrophes, case or spacing."""
    return " ".join(text.replace("’", "'").casefold().split())


def heading_of(section: str, headings: Sequence[str]) -> str:
    """The heading of `headings` a fact's section names (whole, or one part around a dash), else itself.

    The last part named wins: it is the narrower heading ("Le compte certifié — À quoi sert-il ?").
    """
    by_key = {_key(heading): heading for heading in headings}
    for part in [section, *reversed(SUBHEADING.split(section))]:
        if _key(part) in by_key:
            return by_key[_key(part)]
    return section


def in_state_order(rows: list[FactCoverage]) -> list[FactCoverage]:
    """Gaps first; within a state, the seeds' order (which follows the tutorial)."""
    return sorted(rows, key=lambda row: STATE_ORDER.index(row.state))


def sections_of(rows: list[FactCoverage], headings: Sequence[str]) -> list[SectionCoverage]:
    """The facts under each heading in order; then sections that sources.toml does not name."""
    listed: dict[str, list[FactCoverage]] = {heading: [] for heading in headings}
    unlisted: dict[str, list[FactCoverage]] = {}
    for row in rows:
        heading = heading_of(row.fact.section, headings)
        (listed if heading in listed else unlisted).setdefault(heading, []).append(row)
    return [SectionCoverage(title, in_state_order(found)) for title, found in listed.items()] + [
        SectionCoverage(title, in_state_order(found), listed=False) for title, found in unlisted.items()
    ]


def by_tutorial(rows: list[FactCoverage], tutorials: Sequence[Tutorial]) -> list[TutorialCoverage]:
    """The tutorials of sources.toml in order, then any other tutorial a seeds file names."""
    named = {tutorial.file: tutorial for tutorial in tutorials}
    others = sorted({row.fact.source_file for row in rows} - set(named))
    result = []
    for file in [*named, *others]:
        own = [row for row in rows if row.fact.source_file == file]
        tutorial = named.get(file, Tutorial(file, "", ()))
        title = tutorial.title or next((row.fact.source_title for row in own if row.fact.source_title), "")
        result.append(TutorialCoverage(file, title, sections_of(own, tutorial.sections)))
    return result


def declarations(
    features_dir: Path, rootdir: Path
) -> dict[tuple[str, int], tuple[CheckingScenario, list[str]]]:
    """Every scenario of the feature files with the facts its tags name, by (file, line)."""
    found: dict[tuple[str, int], tuple[CheckingScenario, list[str]]] = {}
    for path in sorted(features_dir.rglob("*.feature")):
        try:
            # pytest-bdd's cache: the files collection parsed are not parsed again
            feature = get_feature(str(features_dir), str(path.relative_to(features_dir)))
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
    facts: dict[str, Fact],
    runs: list[ScenarioRun],
    features_dir: Path,
    rootdir: Path,
    tutorials: Sequence[Tutorial] | None = None,
) -> CoverageRows:
    """Every fact with its scenarios (unchecked, failing, not run, verified, not verifiable), by tutorial."""
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
    ordered = sorted(rows.values(), key=lambda row: (STATE_ORDER.index(row.state), row.fact.id))
    listed = known_tutorials() if tutorials is None else tutorials
    return CoverageRows(ordered, by_tutorial(list(rows.values()), listed))
