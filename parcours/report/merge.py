"""Shards' reports folders merged into one, as a single run would have written it: index.html,
couverture.html, cucumber.json, tutoriel/, screenshots/, traces/ and junit.xml."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from .collector import clean
from .inventory_recorder import merge_inventories
from .model import RunInfo, ScenarioRun
from .writer import RECORDS_FILE, Records, ReportSettings, load_records, write_reports

JUNIT = "junit.xml"
COUNTS = ("tests", "errors", "failures", "skipped")
ALLURE = "allure-results"  # make shard's --alluredir, inside each part
TRACES = "traces"  # failed scenarios' Playwright traces and videos


class MergeError(Exception):
    """What is wrong with the folders to merge, in French, and what to do."""


@dataclass(frozen=True)
class Part:
    """One shard's reports folder: its records (None when it ran no scenario) and its junit.xml."""

    path: Path
    records: Records | None
    junit: Path | None


def read_part(path: Path) -> Part:
    """A shard's folder, or a clear error when it holds no report."""
    if not path.is_dir():
        raise MergeError(f"{path} n'existe pas : indiquez le dossier --reports-dir d'une part du run.")
    records = path / RECORDS_FILE
    junit = path / JUNIT
    if not records.is_file() and not junit.is_file():
        raise MergeError(
            f"{path} ne contient aucun rapport ({RECORDS_FILE} et {JUNIT} absents) : "
            "la part s'est-elle arrêtée avant la fin, ou ses artefacts n'ont-ils pas été téléchargés ?"
        )
    try:
        loaded = load_records(path) if records.is_file() else None
    except (ValueError, KeyError, TypeError) as error:
        raise MergeError(f"{records} est illisible ({error}) : relancez cette part.") from None
    return Part(path, loaded, junit if junit.is_file() else None)


def unique_runs(parts: list[Part]) -> list[ScenarioRun]:
    """Every part's scenarios; one appearing in two parts is an error (parts of different splits)."""
    seen: dict[str, Path] = {}
    runs: list[ScenarioRun] = []
    for part in parts:
        for run in part.records.runs if part.records else []:
            if run.nodeid in seen:
                raise MergeError(
                    f"le scénario « {run.name} » figure dans {seen[run.nodeid]} et dans {part.path} : "
                    "fusionnez les parts d'un même découpage (--shard=1/n … n/n), chacune une fois."
                )
            seen[run.nodeid] = part.path
            runs.append(run)
    return sorted(runs, key=lambda run: (run.feature.uri, run.line, run.nodeid))


def merged_info(records: list[Records]) -> RunInfo:
    """The parts ran side by side: the earliest start, the longest part, every seed and command."""
    infos = [record.info for record in records]
    return RunInfo(
        started=min(info.started for info in infos),
        duration=max(info.duration for info in infos),
        seed=", ".join(dict.fromkeys(info.seed for info in infos)),
        browser=next((info.browser for info in infos if info.browser), ""),
        command=" ; ".join(dict.fromkeys(info.command for info in infos)),
    )


def copy_files(source: Path, target: Path, skip: str = "") -> None:
    """The files of one part's folder (screenshots are named by their content, pages by scenario)."""
    if not source.is_dir():
        return
    target.mkdir(parents=True, exist_ok=True)
    for path in source.iterdir():
        if path.is_file() and path.name != skip and not (target / path.name).exists():
            shutil.copy2(path, target / path.name)


def kept_in(part: Path, recorded: str) -> Path | None:
    """The file a part recorded at `recorded` (an absolute path on the machine that ran it), found
    in the part's folder as downloaded: the longest tail of that path which exists there."""
    names = Path(recorded).parts
    for start in range(1, len(names)):
        candidate = part.joinpath(*names[start:])
        if candidate.is_file():
            return candidate
    return None


def copy_traces(part: Part, output: Path) -> None:
    """Each failed scenario's trace folder (trace.zip and its video) into `output`/traces/, the
    scenario pointed at the copy; a trace the part did not upload is no longer linked."""
    for run in part.records.runs if part.records else []:
        if not run.trace:
            continue
        found = kept_in(part.path.resolve(), run.trace)
        if found is None:
            run.trace = None
            continue
        target = output / TRACES / found.parent.name
        shutil.copytree(found.parent, target, dirs_exist_ok=True)
        run.trace = str((target / found.name).resolve())


def merge_junit(paths: list[Path], target: Path) -> None:
    """One <testsuite> with every part's test cases and the sums of their counts."""
    merged = ElementTree.Element("testsuite", name="pytest")
    counts = dict.fromkeys(COUNTS, 0)
    times: list[float] = []
    stamps: list[str] = []
    for path in paths:
        for suite in ElementTree.parse(path).iter("testsuite"):
            for name in COUNTS:
                counts[name] += int(suite.get(name, "0"))
            times.append(float(suite.get("time", "0")))
            stamps.append(suite.get("timestamp", ""))
            merged.set("hostname", suite.get("hostname", ""))
            merged.extend(suite.findall("testcase"))
    for name in COUNTS:
        merged.set(name, str(counts[name]))
    merged.set("time", f"{max(times, default=0.0):.3f}")  # the parts ran side by side
    merged.set("timestamp", min((stamp for stamp in stamps if stamp), default=""))
    root = ElementTree.Element("testsuites", name="pytest tests")
    root.append(merged)
    ElementTree.ElementTree(root).write(target, encoding="utf-8", xml_declaration=True)


def merge(folders: list[Path], output: Path, rootdir: Path) -> list[ScenarioRun]:
    """Write in `output` the reports of the parts in `folders`; returns the merged scenarios."""
    if not folders:
        raise MergeError("aucun dossier à fusionner : indiquez le dossier de rapports de chaque part.")
    resolved = output.resolve()
    if any(folder.resolve() == resolved for folder in folders):
        raise MergeError(f"{output} est aussi une part à fusionner : écrivez la fusion ailleurs.")
    parts = [read_part(folder) for folder in folders]
    runs = unique_runs(parts)
    records = [part.records for part in parts if part.records]
    output.mkdir(parents=True, exist_ok=True)
    clean(output)
    for part in parts:
        copy_files(part.path / "screenshots", output / "screenshots")
        copy_files(part.path / "tutoriel", output / "tutoriel", skip="index.html")
        copy_traces(part, output)
        copy_files(part.path / ALLURE, output / ALLURE)  # uuid-named: the parts' never collide
    if records:
        settings = ReportSettings(
            rootdir=rootdir,
            features_dir=records[0].features_dir,
            embed=any(record.embed for record in records),
            pdf=any(record.pdf for record in records),
            guides_pdf=any(record.guides_pdf for record in records),
        )
        for problem in write_reports(runs, merged_info(records), output, settings):
            print(problem, file=sys.stderr)  # a guide or a page that could not be written
    merge_junit([part.junit for part in parts if part.junit], output / JUNIT)
    merge_inventories([part.path for part in parts], output)
    return runs
