"""What a step works with, read without creating anything: a fixture the scenario already has, the
pages the step took, where its definition is, what the scenario writes."""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

from .model import ScenarioRun


@cache  # inspect reads and tokenizes the module's source: once per step definition, not per step
def definition_site(function: Callable[..., Any], rootdir: Path) -> str:
    """Where a step definition is: "steps/commun.py:27"."""
    try:
        source = inspect.getsourcefile(function) or ""
        line = inspect.getsourcelines(function)[1]
    except (OSError, TypeError):
        return ""
    return f"{os.path.relpath(source, rootdir)}:{line}"


def existing_fixture(request: pytest.FixtureRequest, name: str) -> Any:
    """A fixture the scenario already has, or None: the report never creates one (a screenshot is no
    reason to open a browser), and a fixture's own error stays the test's, not the report's."""
    if name not in request.fixturenames:
        return None
    try:
        return request.getfixturevalue(name)
    except Exception:
        return None


def acted_on(step_func_args: dict[str, object]) -> list[Page]:
    """The open pages a step takes as arguments, a page of its own (`poste_agent`) before `page`."""
    pages = [(name == "page", value) for name, value in step_func_args.items() if isinstance(value, Page)]
    return [page for _, page in sorted(pages, key=lambda pair: pair[0]) if not page.is_closed()]


def scenario_texts(run: ScenarioRun) -> list[str]:
    """What the scenario writes: its steps as run (Examples filled in), doc strings, table cells."""
    texts = [step.name for step in run.steps]
    texts += [step.docstring for step in run.steps if step.docstring]
    texts += [cell for step in run.steps for row in step.datatable or [] for cell in row]
    return texts
