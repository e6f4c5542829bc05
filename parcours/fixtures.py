"""The session fixtures journeys use: the seed, the mock sites, their clock, the browser's options.

Registered by parcours.plugin at configure time, so after pytest-playwright whatever order the
entry points load in: `browser_type_launch_args` extends Playwright's fixture of that name.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest
from playwright.sync_api import Browser, Playwright
from playwright.sync_api import Error as PlaywrightError

from parcours_mock_sites.common.clock import Clock
from parcours_mock_sites.runner import RunningSites, SiteStartError, start_sites

from .browser import NoBrowserError, find_chromium, installed, launch_args
from .journey_markers import scenario_of
from .opt_in import sites_settings
from .remote_browser import connect_options as remote_options
from .remote_browser import unreachable
from .stop import stop_run

# FranceConnect gives up on a silent identity provider after this many seconds: short, so the
# "ne répond pas à temps" journeys take 2.5 s, long enough for a loaded machine's normal answers.
BACKCHANNEL_TIMEOUT = 2.0


def pytest_collection_finish(session: pytest.Session) -> None:
    """Freeze what start-up built (modules, parsed features, tests): it lives until the end, so the
    collector need not walk it again at every full collection, nor at pytest's last gc.collect()."""
    gc.freeze()


@pytest.fixture(scope="session")
def parcours_seed(pytestconfig: pytest.Config) -> str:
    """The run's seed."""
    return str(pytestconfig.option.parcours_seed)


@pytest.fixture(scope="session")
def mock_sites(
    pytestconfig: pytest.Config, parcours_seed: str, request: pytest.FixtureRequest
) -> Iterator[RunningSites]:
    """Every mock site, started once per worker (never against a cible: --cible).

    When the run has journeys, the browser is launched meanwhile: Playwright's driver and Chromium
    start as processes of their own, so the main thread only waits for them while a thread builds
    and binds the sites (saving about 0.2 s of a one-scenario run)."""
    if pytestconfig.getoption("cible", None):
        pytest.fail(
            "ce test a besoin des sites fictifs, qui ne démarrent pas avec --cible : "
            "retirez-lui @cible, ou faites passer ses étapes par les fixtures `sites` et `comptes`",
            pytrace=False,
        )
    starter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parcours-sites")
    # A project's own services and FranceConnect's fixed port come from its ini (parcours.opt_in).
    settings = sites_settings(pytestconfig)
    starting = starter.submit(start_sites, parcours_seed, backchannel_timeout=BACKCHANNEL_TIMEOUT, **settings)
    starter.shutdown(wait=False)  # its one thread ends with the start
    try:
        if _has_journeys(request.session):
            request.getfixturevalue("browser")
    except BaseException:
        _stop_once_started(starting)
        raise
    try:
        running = starting.result()
    except SiteStartError as error:
        # One sentence instead of the same traceback under every test that needs a site.
        stop_run(pytestconfig, f"Sites fictifs : {error}.", pytest.ExitCode.INTERNAL_ERROR)
    yield running
    # On a thread of its own, which the interpreter waits for before it exits: the sites stop (their
    # servers' last poll, 50 ms) while the browser closes, not after.
    threading.Thread(target=running.stop, name="parcours-sites-stop").start()


def _has_journeys(session: pytest.Session) -> bool:
    """Whether the session runs scenarios of the feature files (they all open a browser)."""
    return any(scenario_of(item) for item in session.items)


def _stop_once_started(starting: Future[RunningSites]) -> None:
    """Stop the sites a failed start-up left running; the browser's error is the one reported (a
    start that failed too left nothing running)."""
    with contextlib.suppress(Exception):
        starting.result().stop()


@pytest.fixture(scope="session")
def clock(mock_sites: RunningSites) -> Clock:
    """The clock every site reads."""
    return mock_sites.clock


@pytest.fixture(scope="session")
def browser_type_launch_args(
    browser_type_launch_args: dict[str, Any], playwright: Playwright, pytestconfig: pytest.Config
) -> dict[str, Any]:
    """pytest-playwright's launch options, plus the browser this machine has (none needed when a
    browser server launches it: --browser-endpoint)."""
    if pytestconfig.option.browser_endpoint:
        return browser_type_launch_args
    try:
        headless = not pytestconfig.option.headed
        extra = launch_args(find_chromium(installed(playwright.chromium.executable_path), headless))
    except NoBrowserError as error:
        stop_run(pytestconfig, str(error), pytest.ExitCode.USAGE_ERROR)
    extra["args"] = [*browser_type_launch_args.get("args", []), *extra["args"]]  # type: ignore[misc]
    return {**extra, **browser_type_launch_args, "args": extra["args"]}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """pytest-playwright's context options, in French and on Paris time, as the tutorials' people are
    (a --device emulation or a test's own options still win)."""
    return {"locale": "fr-FR", "timezone_id": "Europe/Paris", **browser_context_args}


@pytest.fixture(scope="session")
def connect_options(pytestconfig: pytest.Config) -> dict[str, object] | None:
    """pytest-playwright connects to this browser server instead of launching (--browser-endpoint)."""
    endpoint = pytestconfig.option.browser_endpoint
    return remote_options(endpoint, headless=not pytestconfig.option.headed) if endpoint else None


@pytest.fixture(scope="session")
def browser(launch_browser: Callable[[], Browser], pytestconfig: pytest.Config) -> Iterator[Browser]:
    """pytest-playwright's browser; an unreachable browser server ends the run with one line."""
    try:
        launched = launch_browser()
    except PlaywrightError as error:
        endpoint = pytestconfig.option.browser_endpoint
        if not endpoint:
            raise
        stop_run(pytestconfig, unreachable(endpoint, error), pytest.ExitCode.USAGE_ERROR)
    yield launched
    launched.close()
