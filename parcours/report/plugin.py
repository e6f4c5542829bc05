"""The report's pytest plugin: its options, where each part runs, and the `secret_values` fixture."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from .accessibility import AccessibilityChecker
from .collector import Collector, clean
from .guide_actions import ActionRecorder
from .inventory_recorder import InventoryRecorder
from .recorder import EVERY_STEP, FAILURES, OFF, Recorder
from .secrets import SecretValues, secrets_of
from .tutorial_pages import TutorialPages

STARTED = "parcours_report_started"
STARTED_KEY = pytest.StashKey[datetime]()


def pytest_addoption(parser: pytest.Parser) -> None:
    """--no-parcours-report, --screenshots, --tutoriel-pdf / --no-tutoriel-pdf, --guides-pdf,
    --cucumber-embed, --no-accessibilite, --accessibilite-toutes."""
    group = parser.getgroup("parcours", "Parcours")
    parser.addini(
        "parcours_person_fixtures",
        "fixtures of the step package holding the scenario's person, whose password the report masks",
        type="linelist",
        default=[],
    )
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
        default=False,
        help="exporter aussi en PDF chaque tutoriel illustré (un par scénario) et les guides",
    )
    group.addoption(
        "--no-tutoriel-pdf",
        dest="tutoriel_pdf",
        action="store_false",
        help="pas d'export PDF des tutoriels (défaut)",
    )
    group.addoption(
        "--guides-pdf",
        dest="guides_pdf",
        action="store_true",
        default=False,
        help="exporter en PDF les guides par section du tutoriel, sans les tutoriels de chaque scénario "
        "(ce que fait make run)",
    )
    group.addoption(
        "--cucumber-embed",
        action="store_true",
        default=False,
        help="mettre chaque capture dans cucumber.json (base64) au lieu de son chemin",
    )
    group.addoption(
        "--no-accessibilite",
        dest="accessibilite",
        action="store_false",
        default=True,
        help="ne pas vérifier l'accessibilité des pages (axe-core), même des scénarios @accessibilite",
    )
    group.addoption(
        "--accessibilite-toutes",
        dest="accessibilite_every_scenario",
        action="store_true",
        default=False,
        help="vérifier l'accessibilité des pages de tous les scénarios, pas des seuls @accessibilite "
        "(make run : environ 12 %% de temps en plus)",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Wire the recorder where scenarios run and the collector where reports arrive."""
    reports_dir = Path(config.option.reports_dir).resolve()
    workerinput = getattr(config, "workerinput", None)
    if workerinput is None:
        clean(reports_dir)
    # By default only @accessibilite scenarios are checked: axe on every page of every journey costs
    # about 12 % of a run, which make run pays (--accessibilite-toutes) and a quick run need not.
    if config.option.accessibilite:  # without the report, only @accessibilite scenarios are checked
        every_scenario = config.option.parcours_report and config.option.accessibilite_every_scenario
        checker = AccessibilityChecker(every_scenario=every_scenario)
        config.pluginmanager.register(checker, "parcours-accessibility")
    if not config.option.parcours_report:
        return
    # The run's start, as the controller saw it: every worker's tutorial pages give the same date.
    started = datetime.fromisoformat(workerinput[STARTED]) if workerinput else datetime.now().astimezone()
    config.stash[STARTED_KEY] = started
    tutorials = TutorialPages(reports_dir, started, config.option.tutoriel_pdf)
    person_fixtures = config.getini("parcours_person_fixtures")
    recorder = Recorder(reports_dir, config.option.screenshots, config.rootpath, tutorials, person_fixtures)
    config.pluginmanager.register(recorder, "parcours-report-recorder")
    config.pluginmanager.register(ActionRecorder(), "parcours-guide-actions")
    inventory = InventoryRecorder(reports_dir, controller=workerinput is None)
    inventory.inventory.profil = config.getoption("profil", "tutoriel")  # the run's --profil
    config.pluginmanager.register(inventory, "parcours-inventory")
    if workerinput is None:
        config.pluginmanager.register(Collector(config, reports_dir, started), "parcours-report-collector")


@pytest.hookimpl(optionalhook=True)  # an xdist hook: a run with -p no:xdist has none
def pytest_configure_node(node: Any) -> None:
    """pytest-xdist hook: hand the run's start to each worker."""
    started = node.config.stash.get(STARTED_KEY, None)
    if started is not None:
        node.workerinput[STARTED] = started.isoformat()


@pytest.fixture
def secret_values(request: pytest.FixtureRequest) -> SecretValues:
    """Values a step types that the report must hide (`secret_values.add(code)`)."""
    return secrets_of(request.node)
