"""The report's HTML pages (index, couverture, tutoriel), rendered from templates/ with Jinja."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, select_autoescape

from .accessibility_report import accessibility_totals, scenario_accessibility
from .coverage import FactCoverage
from .model import RunInfo, ScenarioRun
from .summary import FEATURE_STATUS, SCENARIO_STATUS, STEP_STATUS, RunTotals, combined_status

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


@dataclass(frozen=True)
class FeatureView:
    """A feature and its scenarios, as the report lists them."""

    name: str
    uri: str
    status: str
    runs: list[ScenarioRun]


def french_date(moment: datetime) -> str:
    """ "23 novembre 2025 à 11:37"."""
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year} à {moment:%H:%M}"


def french_duration(seconds: float) -> str:
    """ "0,42 s", "12 s", "2 min 05 s"."""
    if seconds < 10:
        return f"{seconds:.2f}".replace(".", ",") + " s"
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s"


def relative_link(target: str, start: Path) -> str:
    """A link from a page in `start` to a file elsewhere on disk."""
    return Path(os.path.relpath(target, start)).as_posix()


def shown_path(target: str) -> str:
    """A path as a person types it from where they ran pytest."""
    relative = os.path.relpath(target)
    return target if relative.startswith("..") else relative


def feature_views(runs: list[ScenarioRun]) -> list[FeatureView]:
    """Runs grouped by feature, in run order."""
    groups: dict[str, list[ScenarioRun]] = {}
    for run in runs:
        groups.setdefault(run.feature.uri, []).append(run)
    return [
        FeatureView(group[0].feature.name, uri, combined_status(run.status for run in group), group)
        for uri, group in groups.items()
    ]


@cache
def environment() -> Environment:
    """Templates from parcours/report/templates, HTML-escaped."""
    env = Environment(
        loader=PackageLoader("parcours.report", "templates"),
        # Compiled templates kept between runs (in the system's temporary folder, keyed by each
        # template's source): the report's pages are otherwise compiled again by every run.
        bytecode_cache=FileSystemBytecodeCache(),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        duree=french_duration,
        date_fr=french_date,
        statut_scenario=SCENARIO_STATUS.get,
        statut_etape=STEP_STATUS.get,
        statut_fonctionnalite=FEATURE_STATUS.get,
        chemin=shown_path,
        accessibilite=scenario_accessibility,
    )
    return env


def render(template: str, **context: Any) -> str:
    """One page."""
    return environment().get_template(template).render(**context)


def render_index(runs: list[ScenarioRun], totals: RunTotals, info: RunInfo, reports_dir: Path) -> str:
    """reports/index.html: summary, filters, then feature → scenario → step."""
    tags = sorted(
        {tag for run in runs for tag in [*run.tags, *run.feature.tags] if not tag.startswith("fait:")}
    )
    traces = {run.slug: relative_link(run.trace, reports_dir) for run in runs if run.trace}
    return render(
        "index.html",
        features=feature_views(runs),
        totals=totals,
        info=info,
        tags=tags,
        traces=traces,
        accessibility=accessibility_totals(runs),
    )


def render_coverage(rows: list[FactCoverage], info: RunInfo) -> str:
    """reports/couverture.html: every fact of the tutorials and the scenarios checking it."""
    counts = Counter(row.state for row in rows)
    sources = sorted({(row.fact.source_file, row.fact.source_title) for row in rows})
    return render("couverture.html", rows=rows, info=info, counts=counts, sources=sources)
