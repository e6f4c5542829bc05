"""The Parcours pytest plugin: options, the seed, the reports' folder, fixtures and step modules.

Registered through the `pytest11` entry point `parcours.plugin` (pyproject.toml): installing
Parcours is enough for `pytest` to load it, and a run that has not opted in finds it standing aside
(parcours.opt_in).
"""

from __future__ import annotations

import argparse
import re
import secrets
from pathlib import Path
from typing import Any

import pytest

from . import facts, fixtures, profil_option, run_fixtures
from .opt_in import add_ini_keys, opted_in, reports_dir, seeds_dir, stand_aside
from .remote_browser import endpoint_option
from .step_modules import register_step_modules

SEED = re.compile(r"[A-Za-z0-9_-]{1,64}")

# Hook modules: registered with this one, so their options exist before the command line is read.
# No fixtures here: pytest would keep them after stand_aside (they go in parcours.run_fixtures).
pytest_plugins = [
    "parcours.snippets",
    "parcours.facts",
    "parcours.feature_files",
    "parcours.journey_markers",
    "parcours.cible_run",
    "parcours.report.plugin",
    "parcours.report.flaky",
    "parcours.shards",
    "parcours.allure_results",
    "parcours.idle_plugins",
]


def seed_option(text: str) -> str:
    """A seed as typed after --parcours-seed: it must replay as typed, so no spaces or quotes."""
    if not SEED.fullmatch(text):
        raise argparse.ArgumentTypeError(
            f"graine invalide {text!r} : lettres, chiffres, - ou _ seulement (64 au plus), "
            "par exemple celle qu'affiche « parcours: seed … » au début d'un run"
        )
    return text


def pytest_addoption(parser: pytest.Parser) -> None:
    """Parcours' own command-line options."""
    group = parser.getgroup("parcours", "Parcours")
    group.addoption(
        "--parcours-seed",
        default=None,
        type=seed_option,
        help="seed of the generated identities (default: random, printed at start)",
    )
    add_ini_keys(parser)
    group.addoption(
        "--parcours",
        dest="parcours_opt_in",
        action="store_true",
        default=False,
        help="use Parcours for this run (a project opts in with « parcours = true » in its pytest settings)",
    )
    group.addoption(
        "--reports-dir",
        default=None,
        help="where reports are written (default: ini parcours_reports, else reports/)",
    )
    group.addoption(
        "--browser-endpoint",
        default=None,
        type=endpoint_option,
        metavar="ws://HOST:PORT/",
        help="connect to this Playwright browser server (playwright run-server) instead of launching one",
    )
    group.addoption(
        "--cible",
        default=None,
        metavar="CIBLE.toml",
        help="run the @cible journeys against the deployment this file describes (tests/cible-exemple.toml)",
    )
    profil_option.add_option(group)


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """Before anything is configured: a run that has not opted in gets none of Parcours' hooks."""
    if not opted_in(config):
        stand_aside(config, [*pytest_plugins, __name__])


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Choose the seed once (xdist workers receive the controller's) and where reports go; load the
    fixtures (after pytest-playwright's, which they extend) and every step module."""
    config.option.reports_dir = str(reports_dir(config))
    facts.use_seeds(seeds_dir(config))
    config.pluginmanager.register(fixtures, "parcours.fixtures")
    config.pluginmanager.register(run_fixtures, "parcours.run_fixtures")
    profil_option.check_option(config)
    config.pluginmanager.register(profil_option, "parcours.profil_option")
    register_step_modules(config)
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None:
        config.option.parcours_seed = workerinput["parcours_seed"]
        return
    if not config.option.parcours_seed:
        config.option.parcours_seed = secrets.token_hex(4)
    # Before junitxml and pytest-bdd read these options (hence tryfirst).
    reports = Path(config.option.reports_dir)
    try:
        reports.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise pytest.UsageError(
            f"--reports-dir={reports} : impossible d'y écrire les rapports ({error.strerror}). "
            "Indiquez un dossier (il est créé s'il n'existe pas)."
        ) from None
    config.option.xmlpath = config.option.xmlpath or str(reports / "junit.xml")
    # cucumber.json is written by steps.report (pytest-bdd's own stays empty under xdist).


@pytest.hookimpl(optionalhook=True)  # an xdist hook: a run with -p no:xdist has none
def pytest_configure_node(node: Any) -> None:
    """pytest-xdist hook: hand the seed to each worker."""
    node.workerinput["parcours_seed"] = node.config.option.parcours_seed


def pytest_report_header(config: pytest.Config) -> list[str]:
    """The seed, so any run can be replayed; the browser server, when one is used."""
    seed = config.option.parcours_seed
    lines = [f"parcours: seed {seed} (rejouer : --parcours-seed {seed})"]
    if config.option.browser_endpoint:
        lines.append(f"parcours: navigateur distant {config.option.browser_endpoint}")
    return lines
