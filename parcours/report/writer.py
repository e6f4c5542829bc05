"""Every report file of a run from its records: what the collector writes at the end of a run, and
what `python -m parcours.report merge` writes from several shards' records."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..facts import known_facts
from .coverage import coverage
from .cucumber import cucumber_json
from .guides import write_guides
from .html import render_coverage, render_index
from .model import RunInfo, ScenarioRun
from .summary import run_totals
from .tutorial import render_tutorial_index

RECORDS_FILE = "parcours-scenarios.json"  # the records themselves, which `merge` reads back
RECORDS_VERSION = 1


@dataclass(frozen=True)
class ReportSettings:
    """What the pages depend on besides the records."""

    rootdir: Path  # the project, where the feature files are read
    features_dir: str  # relative to rootdir
    embed: bool  # screenshots inside cucumber.json
    pdf: bool  # the tutorial pages have a PDF
    guides_pdf: bool = False  # the guides are printed to PDF too


def write_reports(
    runs: list[ScenarioRun], info: RunInfo, reports: Path, settings: ReportSettings
) -> list[str]:
    """index.html, couverture.html, cucumber.json, tutoriel/'s index, guides/ and the records; returns
    what could not be written (in French)."""
    reports.mkdir(parents=True, exist_ok=True)
    data = cucumber_json(runs, settings.rootdir, reports, embed=settings.embed)
    (reports / "cucumber.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    totals = run_totals(runs)
    (reports / "index.html").write_text(render_index(runs, totals, info, reports), encoding="utf-8")
    rows = coverage(known_facts(), runs, settings.rootdir / settings.features_dir, settings.rootdir)
    (reports / "couverture.html").write_text(render_coverage(rows, info), encoding="utf-8")
    tutorials = reports / "tutoriel"
    tutorials.mkdir(exist_ok=True)
    index = render_tutorial_index(runs, info.started, settings.pdf)
    (tutorials / "index.html").write_text(index, encoding="utf-8")
    save_records(runs, info, reports, settings)
    return write_guides(runs, reports, info.started, settings.guides_pdf)


def save_records(runs: list[ScenarioRun], info: RunInfo, reports: Path, settings: ReportSettings) -> None:
    """The run's records as JSON, so shards' reports can be merged into one."""
    data = {
        "version": RECORDS_VERSION,
        "info": asdict(info) | {"started": info.started.isoformat()},
        "features_dir": settings.features_dir,
        "embed": settings.embed,
        "pdf": settings.pdf,
        "guides_pdf": settings.guides_pdf,
        "runs": [run.to_dict() for run in runs],
    }
    (reports / RECORDS_FILE).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@dataclass(frozen=True)
class Records:
    """One reports folder's records, read back."""

    info: RunInfo
    runs: list[ScenarioRun]
    features_dir: str
    embed: bool
    pdf: bool
    guides_pdf: bool


def load_records(reports: Path) -> Records:
    """What `save_records` wrote in `reports`."""
    data: dict[str, Any] = json.loads((reports / RECORDS_FILE).read_text(encoding="utf-8"))
    info = dict(data["info"])
    info["started"] = datetime.fromisoformat(info["started"])
    return Records(
        info=RunInfo(**info),
        runs=[ScenarioRun.from_dict(run) for run in data["runs"]],
        features_dir=data["features_dir"],
        embed=data["embed"],
        pdf=data["pdf"],
        guides_pdf=data.get("guides_pdf", data["pdf"]),  # records written before --guides-pdf
    )
