"""The Parcours pytest plugin: options, the mock sites, the browser, and the step modules.

Loaded by the root conftest.py (after pytest-playwright, so its fixtures extend Playwright's).
"""

from __future__ import annotations

import argparse
import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest
from playwright.sync_api import Playwright

from mock_sites.common.clock import Clock
from mock_sites.runner import RunningSites, SiteStartError, start_sites

from .browser import NoBrowserError, find_chromium, installed, launch_args

SEED = re.compile(r"[A-Za-z0-9_-]{1,64}")

# FranceConnect gives up on a silent identity provider after this many seconds: short, so the
# "ne répond pas à temps" journeys take 2.5 s, long enough for a loaded machine's normal answers.
BACKCHANNEL_TIMEOUT = 2.0

pytest_plugins = [
    "steps.commun",
    "steps.franceconnect",
    "steps.securite",
    "steps.ants",
    "steps.impots",
    "steps.snippets",
    "steps.facts",
    "steps.feature_files",
    "steps.report.plugin",
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
    group.addoption(
        "--reports-dir",
        default="reports",
        help="where reports are written (default: reports/)",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Choose the seed once (xdist workers receive the controller's) and where reports go."""
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


def pytest_configure_node(node: Any) -> None:
    """pytest-xdist hook: hand the seed to each worker."""
    node.workerinput["parcours_seed"] = node.config.option.parcours_seed


def pytest_report_header(config: pytest.Config) -> str:
    """The seed, so any run can be replayed."""
    seed = config.option.parcours_seed
    return f"parcours: seed {seed} (rejouer : --parcours-seed {seed})"


def stop_run(config: pytest.Config, message: str, returncode: int) -> NoReturn:
    """End the run with `message` alone; an xdist worker cannot end it, so its tests fail with it."""
    try:
        if hasattr(config, "workerinput"):
            pytest.fail(message, pytrace=False)  # pytest.exit in a worker crashes xdist (INTERNALERROR)
        pytest.exit(message, returncode=returncode)
    except (pytest.fail.Exception, pytest.exit.Exception) as outcome:
        raise outcome from None  # called from an `except`: the original error would be printed too


@pytest.fixture(scope="session")
def parcours_seed(pytestconfig: pytest.Config) -> str:
    """The run's seed."""
    return str(pytestconfig.option.parcours_seed)


@pytest.fixture(scope="session")
def mock_sites(pytestconfig: pytest.Config, parcours_seed: str) -> Iterator[RunningSites]:
    """Every mock site, started once per worker."""
    try:
        running = start_sites(parcours_seed, backchannel_timeout=BACKCHANNEL_TIMEOUT)
    except SiteStartError as error:
        # One sentence instead of the same traceback under every test that needs a site.
        stop_run(pytestconfig, f"Sites fictifs : {error}.", pytest.ExitCode.INTERNAL_ERROR)
    yield running
    running.stop()


@pytest.fixture(scope="session")
def clock(mock_sites: RunningSites) -> Clock:
    """The clock every site reads."""
    return mock_sites.clock


@pytest.fixture(scope="session")
def browser_type_launch_args(
    browser_type_launch_args: dict[str, Any], playwright: Playwright, pytestconfig: pytest.Config
) -> dict[str, Any]:
    """pytest-playwright's launch options, plus the browser this machine has."""
    try:
        extra = launch_args(find_chromium(installed(playwright.chromium.executable_path)))
    except NoBrowserError as error:
        stop_run(pytestconfig, str(error), pytest.ExitCode.USAGE_ERROR)
    extra["args"] = [*browser_type_launch_args.get("args", []), *extra["args"]]  # type: ignore[misc]
    return {**extra, **browser_type_launch_args, "args": extra["args"]}
