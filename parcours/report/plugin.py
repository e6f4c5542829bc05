"""The report's pytest plugin: its options, where each part runs, and the `secret_values` fixture."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest

from .collector import Collector, clean
from .recorder import EVERY_STEP, FAILURES, OFF, Recorder
from .secrets import SecretValues, secrets_of


def pytest_addoption(parser: pytest.Parser) -> None:
    """--no-parcours-report, --screenshots, --tutoriel-pdf / --no-tutoriel-pdf."""
    group = parser.getgroup("parcours", "Parcours")
    group.addoption(
        "--no-parcours-report",
        dest="parcours_report",
        action="store_false",
        default=True,
        help="n'écrire ni index.html, ni cucumber.json, ni tutoriel, ni captures (junit.xml reste)",
    )
    group.addoption(
        "--screenshots",
        choices=(EVERY_STEP, FAILURES, OFF),
        default=EVERY_STEP,
        help="captures d'écran du rapport : après chaque étape (every-step, défaut), "
        "à l'étape en échec seulement (failures), aucune (off)",
    )
    group.addoption(
        "--tutoriel-pdf",
        dest="tutoriel_pdf",
        action="store_true",
        default=True,
        help="exporter chaque tutoriel illustré en PDF (défaut)",
    )
    group.addoption(
        "--no-tutoriel-pdf", dest="tutoriel_pdf", action="store_false", help="pas d'export PDF des tutoriels"
    )


def chosen_explicitly(config: pytest.Config, option: str) -> bool:
    """Whether the user gave `option` (command line, PYTEST_ADDOPTS or the ini's addopts)."""
    arguments = [
        *config.invocation_params.args,
        *shlex.split(os.environ.get("PYTEST_ADDOPTS", "")),
        *config.getini("addopts"),
    ]
    return any(argument == option or argument.startswith(f"{option}=") for argument in arguments)


def pytest_configure(config: pytest.Config) -> None:
    """Wire the recorder where scenarios run and the collector where reports arrive."""
    reports_dir = Path(config.option.reports_dir).resolve()
    is_worker = hasattr(config, "workerinput")
    if not is_worker:
        clean(reports_dir)
    if not config.option.parcours_report:
        return
    # A failed scenario always has its trace, unless the user chose otherwise. Workers parse the
    # same arguments, so they reach the same choice.
    if not chosen_explicitly(config, "--tracing"):
        config.option.tracing = "retain-on-failure"
    config.pluginmanager.register(
        Recorder(reports_dir, config.option.screenshots, config.rootpath), "parcours-report-recorder"
    )
    if not is_worker:
        config.pluginmanager.register(
            Collector(config, reports_dir, config.option.tutoriel_pdf), "parcours-report-collector"
        )


@pytest.fixture
def secret_values(request: pytest.FixtureRequest) -> SecretValues:
    """Values a step types that the report must hide (`secret_values.add(code)`)."""
    return secrets_of(request.node)
