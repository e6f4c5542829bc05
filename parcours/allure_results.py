"""Allure results (`--alluredir`, written by allure-pytest-bdd) completed with Parcours' own: each
step's screenshot attached, the feature's tags as labels, the seed and the command as parameters,
and every secret of the scenario masked before a result file is written."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path
from typing import Any

import allure_commons
import pytest
from allure_commons.model2 import Attachment, Label, Parameter
from allure_commons.utils import uuid4

from .report.recorder import RUN
from .report.secrets import SecretValues, secrets_of

NOT_TAGS = frozenset({"parametrize", "usefixtures", "filterwarnings", "skip", "skipif", "xfail"})


class AllureCompletion:
    """An allure_commons plugin, called before allure's file logger writes a test's result."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.item: pytest.Item | None = None
        self.secrets = SecretValues()  # every secret this process saw: a later result may quote one
        self.folder = Path(config.option.allure_report_dir).resolve()

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Any:
        """The test whose result allure writes next (tests run one at a time in a process)."""
        self.item = item
        yield

    @allure_commons.hookimpl(tryfirst=True)
    def report_result(self, result: Any) -> None:
        """Screenshots, tags, seed and command added; secrets masked."""
        if self.item is None:
            return
        for value in secrets_of(self.item):
            self.secrets.add(value)
        self.attach_screenshots(result, self.item)
        result.labels.extend(Label(name="tag", value=name) for name in tags(self.item))
        result.parameters.append(Parameter(name="graine", value=str(self.config.option.parcours_seed)))
        command = shlex.join(["pytest", *self.config.invocation_params.args])
        result.parameters.append(Parameter(name="commande", value=command))
        masked(result, self.secrets)

    def attach_screenshots(self, result: Any, item: pytest.Item) -> None:
        """The report's screenshot of each step, copied next to the results, attached to its step."""
        run = item.stash.get(RUN, None)
        if run is None:
            return
        reports = Path(self.config.option.reports_dir)
        for step, recorded in zip(result.steps, run.steps, strict=False):
            if not recorded.screenshot or not (reports / recorded.screenshot).is_file():
                continue
            source = f"{uuid4()}-attachment{Path(recorded.screenshot).suffix}"
            self.folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(reports / recorded.screenshot, self.folder / source)
            step.attachments.append(Attachment(name="capture", source=source, type="image/webp"))


def tags(item: pytest.Item) -> list[str]:
    """The scenario's tags (pytest-bdd makes them markers), without pytest's own markers."""
    names = (marker.name for marker in item.iter_markers())
    return sorted({name for name in names if name not in NOT_TAGS and not name.startswith("allure")})


def masked(value: Any, secrets: SecretValues) -> Any:
    """`value` (an allure model object, list or text) with every secret replaced by the mask, in place."""
    if isinstance(value, str):
        return secrets.redact(value)
    if isinstance(value, list):
        value[:] = [masked(element, secrets) for element in value]
        return value
    if hasattr(value, "__attrs_attrs__"):
        for field in value.__attrs_attrs__:
            current = getattr(value, field.name)
            if field.name not in {"source", "uuid", "historyId", "testCaseId"}:
                setattr(value, field.name, masked(current, secrets))
    return value


def pytest_configure(config: pytest.Config) -> None:
    """Only when allure-pytest-bdd writes results (--alluredir)."""
    if getattr(config.option, "allure_report_dir", None):
        completion = AllureCompletion(config)
        config.pluginmanager.register(completion, "parcours.allure")
        allure_commons.plugin_manager.register(completion, "parcours.allure")
        config.add_cleanup(lambda: allure_commons.plugin_manager.unregister(name="parcours.allure"))
