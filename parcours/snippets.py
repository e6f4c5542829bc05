"""An unknown step fails with the step definition to add, ready to paste."""

from __future__ import annotations

import re
from collections.abc import Generator
from typing import Any

import pytest
from pytest_bdd.exceptions import StepDefinitionNotFoundError

DECORATOR_IMPORTS = "from pytest_bdd import given, parsers, then, when"


class UnknownStepError(StepDefinitionNotFoundError):
    """An unknown step; its message is all a person needs (no traceback)."""


def snippet(step_type: str, text: str) -> str:
    """A step definition for `text`, quoted values turned into parameters."""
    names: list[str] = []

    def parameter(_match: re.Match[str]) -> str:
        names.append(f"valeur{len(names) + 1}" if names else "valeur")
        return '"{' + names[-1] + '}"'

    pattern = re.sub(r'"[^"]*"', parameter, text)
    decorator = f"@{step_type}(parsers.parse({pattern!r}))" if names else f"@{step_type}({text!r})"
    arguments = ", ".join(f"{name}: str" for name in names)
    return f"{decorator}\ndef _({arguments}) -> None:\n    raise NotImplementedError\n"


def pytest_bdd_step_func_lookup_error(
    request: Any, feature: Any, scenario: Any, step: Any, exception: Exception
) -> None:
    """Replace pytest-bdd's error by one that also says what to write."""
    code = snippet(step.type, step.name)
    raise UnknownStepError(
        f"Étape inconnue : « {step.keyword.strip()} {step.name} » "
        f"({feature.rel_filename}, ligne {step.line_number}).\n"
        f"Ajoutez cette définition dans steps/<domaine>.py ({DECORATOR_IMPORTS}) :\n\n{code}"
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    """Show an unknown step as its message only: the traceback runs through pluggy, not the feature."""
    report = yield
    if report.failed and call.excinfo is not None and isinstance(call.excinfo.value, UnknownStepError):
        report.longrepr = str(call.excinfo.value)
    return report
