"""The CI templates of .ci/: valid YAML, the keys each CI needs, and every command they run exists
(the Makefile's targets, `python -m` modules and their commands, the pytest options those targets use)."""

from __future__ import annotations

import importlib.util
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from parcours.report.__main__ import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
GITHUB = ROOT / ".ci/github-actions.yml"
GITLAB = ROOT / ".ci/gitlab-ci.yml"
MAKE_CALL = re.compile(r"\bmake\s+([a-z][\w-]*)")
PYTHON_MODULE = re.compile(r"python\s+-m\s+([\w.]+)(?:\s+(\w+))?")


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path} n'est pas un document YAML"
    return data


def _commands(path: Path) -> list[str]:
    """Every shell line a template runs (GitHub `run:`, GitLab `script:`)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "run" and isinstance(value, str):
                    found.append(value)
                elif key == "script":
                    found.extend(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(_load(path))
    return found


def _make_targets() -> dict[str, list[str]]:
    """The Makefile's targets and their recipes (continuation lines joined)."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    targets: dict[str, list[str]] = {}
    current: list[str] = []
    for line in text.splitlines():
        match = re.match(r"^([\w.-]+):(?!=)", line)
        if match:
            current = targets.setdefault(match[1], [])
        elif line.startswith("\t"):
            current.append(line.strip())
    return targets


def _pytest_options(config: pytest.Config) -> set[str]:
    """Every option this pytest knows, with its plugins (Parcours, xdist, rerunfailures, playwright)."""
    parser = config._parser  # noqa: SLF001 (pytest has no public list of its options)
    groups = [parser._anonymous, *parser._groups]  # noqa: SLF001
    return {name for group in groups for option in group.options for name in option.names()}


def test_github_workflow_has_what_a_nightly_needs() -> None:
    """Nightly and manual runs, a matrix of shards uploading reports, a merge job with a summary."""
    data = _load(GITHUB)
    triggers = data.get("on", data.get(True))  # YAML 1.1 reads the key `on` as true
    assert triggers["schedule"][0]["cron"] and "workflow_dispatch" in triggers
    shards, merge = data["jobs"]["parcours"], data["jobs"]["rapport"]
    matrix = shards["strategy"]["matrix"]["shard"]
    assert matrix == list(range(1, len(matrix) + 1)) and len(matrix) > 1
    assert f"/{len(matrix)} " in " ".join(_commands(GITHUB)), "--shard=i/n must name the matrix's size"
    uses = [step.get("uses", "") for step in shards["steps"]]
    assert any(use.startswith("actions/upload-artifact") for use in uses)
    assert merge["needs"] == "parcours" and merge["if"] == "always()"
    merge_uses = [step.get("uses", "") for step in merge["steps"]]
    assert any(use.startswith("actions/download-artifact") for use in merge_uses)
    assert any(use.startswith("actions/upload-artifact") for use in merge_uses)
    assert any("GITHUB_STEP_SUMMARY" in step.get("run", "") for step in merge["steps"])


def test_gitlab_pipeline_has_what_a_nightly_needs() -> None:
    """Scheduled pipelines, parallel shards keeping their reports, a merge stage keeping the merge."""
    data = _load(GITLAB)
    assert {"schedule", "web"} <= set(re.findall(r'"(\w+)"', str(data["workflow"]["rules"])))
    shards, merge = data["parcours"], data["rapport"]
    assert data["stages"] == [shards["stage"], merge["stage"]]
    assert shards["parallel"] > 1
    script = " ".join(shards["script"])
    assert "$CI_NODE_INDEX/$CI_NODE_TOTAL" in script and shards["artifacts"]["when"] == "always"
    assert merge["when"] == "always" and merge["needs"][0]["job"] == "parcours"
    assert merge["artifacts"]["reports"]["junit"] == "merged/junit.xml"
    assert "merged/" in merge["artifacts"]["paths"]


@pytest.mark.parametrize("template", [GITHUB, GITLAB], ids=["github", "gitlab"])
def test_every_command_exists(template: Path, pytestconfig: pytest.Config) -> None:
    """Each `make X` is a target, each `python -m` module exists with its command, each pytest option
    in those targets' recipes is one pytest knows."""
    commands = _commands(template)
    targets = _make_targets()
    called = {name for command in commands for name in MAKE_CALL.findall(command)}
    assert {"setup", "shard", "merge"} <= called
    assert called <= set(targets), f"cibles absentes du Makefile : {called - set(targets)}"
    recipes = [line for name in called for line in targets[name]]
    for module, command in {m for line in [*commands, *recipes] for m in PYTHON_MODULE.findall(line)}:
        assert importlib.util.find_spec(module) is not None, module
        if module == "parcours.report":
            assert command in COMMANDS, command
    options = _pytest_options(pytestconfig)
    used = {
        word.split("=")[0]
        for line in recipes
        if "pytest" in line
        for word in shlex.split(re.sub(r"\$\(if [^)]*,([^)]*)\)", r"\1", line))
        if word.startswith("--")
    }
    assert used and used <= options, f"options inconnues de pytest : {used - options}"
