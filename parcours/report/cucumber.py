"""reports/cucumber.json in the shape cucumber-jvm writes, each step's screenshot attached to it."""

from __future__ import annotations

import base64
import re
from functools import cache
from pathlib import Path
from typing import Any

from .flaky import flaky_tag, retries_note
from .model import FAILED, Failure, ScenarioRun, StepRun

MIME_TYPES = {".webp": "image/webp", ".jpg": "image/jpeg", ".png": "image/png"}
BACKGROUND_KEYWORDS = {"fr": "Contexte", "en": "Background"}
NANOSECONDS = 1_000_000_000


def element_id(name: str) -> str:
    """Cucumber's ids: the name lowercased, blanks as dashes."""
    return re.sub(r"\s+", "-", name.strip().lower())


@cache
def _source_lines(path: Path) -> tuple[str, ...]:
    try:
        return tuple(path.read_text(encoding="utf-8").splitlines())
    except OSError:
        return ()


def tag_locations(lines: tuple[str, ...], tags: list[str], before_line: int) -> list[dict[str, Any]]:
    """Feature tags as cucumber-jvm writes them: name, type and where the tag is written."""
    located: list[dict[str, Any]] = []
    for tag in tags:
        name = f"@{tag}"
        line, column = before_line - 1, 1
        for number in range(min(before_line, len(lines)), 0, -1):
            match = re.search(rf"(?<!\S){re.escape(name)}(?!\S)", lines[number - 1])
            if match:
                line, column = number, match.start() + 1
                break
        located.append({"name": name, "type": "Tag", "location": {"line": line, "column": column}})
    return located


def _error_message(error: Failure | None) -> str:
    return f"{error.plain}\n\n{error.detail}" if error else ""


def step_element(step: StepRun, reports_dir: Path, embed: bool = False) -> dict[str, Any]:
    """One step: keyword, text, result, and the screenshot taken after it."""
    result: dict[str, Any] = {"status": step.status, "duration": int(step.duration * NANOSECONDS)}
    if step.status == FAILED or step.error:
        result["error_message"] = _error_message(step.error) or "L'étape a échoué."
    element: dict[str, Any] = {
        "keyword": f"{step.keyword} ",
        "name": step.name,
        "line": step.line,
        "match": {"location": step.location} if step.location else {},
        "result": result,
    }
    if step.docstring is not None:
        element["doc_string"] = {"value": step.docstring, "line": step.line + 1}
    if step.datatable:
        element["rows"] = [{"cells": row} for row in step.datatable]
    if step.screenshot and (reports_dir / step.screenshot).is_file():
        element["embeddings"] = [screenshot_embedding(reports_dir, step.screenshot, embed)]
    return element


def screenshot_embedding(reports_dir: Path, screenshot: str, embed: bool) -> dict[str, str]:
    """The screenshot inline (`embed`), or its path relative to cucumber.json as a `text/uri-list`
    attachment: inlined, 500 screenshots made cucumber.json 31 MB for readers that mostly skip them."""
    if embed:
        content, mime_type = (
            (reports_dir / screenshot).read_bytes(),
            MIME_TYPES.get(Path(screenshot).suffix, "image/png"),
        )
    else:
        content, mime_type = screenshot.encode("utf-8"), "text/uri-list"
    data = base64.b64encode(content).decode("ascii")
    return {"mime_type": mime_type, "data": data, "name": "Capture d'écran après l'étape"}


def _hook(run: ScenarioRun) -> dict[str, Any]:
    return {
        "match": {"location": f"{run.error_phase} du scénario"},
        "result": {"status": FAILED, "duration": 0, "error_message": _error_message(run.error)},
    }


def _background_line(lines: tuple[str, ...], first_step_line: int) -> int:
    for number in range(first_step_line - 1, 0, -1):
        text = lines[number - 1].strip() if number <= len(lines) else ""
        if text.endswith(":") or re.match(r"^\w[\w ]*:\s*$", text):
            return number
    return max(first_step_line - 1, 1)


def scenario_elements(
    run: ScenarioRun, rootdir: Path, reports_dir: Path, feature_id: str, embed: bool = False
) -> list[dict[str, Any]]:
    """The scenario, preceded by its background as cucumber-jvm does."""
    lines = _source_lines(rootdir / run.feature.uri)
    background = [step for step in run.steps if step.background]
    elements: list[dict[str, Any]] = []
    if background:
        elements.append(
            {
                "keyword": BACKGROUND_KEYWORDS.get(run.feature.language, "Background"),
                "name": "",
                "line": _background_line(lines, background[0].line),
                "description": "",
                "type": "background",
                "steps": [step_element(step, reports_dir, embed) for step in background],
            }
        )
    scenario: dict[str, Any] = {
        "id": f"{feature_id};{element_id(run.name)}",
        "keyword": run.keyword,
        "name": run.name,
        "line": run.line,
        "description": run.description + retries_note(run),
        "type": "scenario",
        "tags": [{"name": f"@{tag}"} for tag in sorted({*run.tags, *run.feature.tags, *flaky_tag(run)})],
        "steps": [step_element(step, reports_dir, embed) for step in run.steps if not step.background],
    }
    if run.started:
        scenario["start_timestamp"] = run.started
    if run.error:
        scenario["before" if run.error_phase == "préparation" else "after"] = [_hook(run)]
    elements.append(scenario)
    return elements


def cucumber_json(
    runs: list[ScenarioRun], rootdir: Path, reports_dir: Path, embed: bool = False
) -> list[dict[str, Any]]:
    """Every feature of the run, its scenarios in run order; screenshots by path unless `embed`."""
    features: dict[str, dict[str, Any]] = {}
    for run in runs:
        info = run.feature
        if info.uri not in features:
            features[info.uri] = {
                "uri": info.uri,
                "id": element_id(info.name),
                "keyword": info.keyword,
                "name": info.name,
                "line": info.line,
                "description": info.description,
                "tags": tag_locations(_source_lines(rootdir / info.uri), info.tags, info.line),
                "elements": [],
            }
        feature = features[info.uri]
        feature["elements"] += scenario_elements(run, rootdir, reports_dir, feature["id"], embed)
    return list(features.values())
