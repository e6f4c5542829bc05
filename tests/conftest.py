"""Fixtures of the unit tests: the mock sites of the session, and a browserless person."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from xdist.remote import Producer
from xdist.scheduler import LoadScopeScheduling

from mock_sites.runner import RunningSites
from parcours.inventory import INVENTORY_FILE

from .browserless import Browserless

JOURNEYS = "tests/test_journeys.py"


class ModuleOnOneWorker(LoadScopeScheduling):
    """Each test module's tests on one xdist worker, each journey of tests/test_journeys.py on its own.

    A module's scope="module" fixture then runs once, not once on each worker that got some of its
    tests (the wheel and its virtualenv, test_wheel_equipe.py: about 50 s of CPU twice under plain
    `load`), and a worker never waits on another's lock for a session fixture shared through a file
    (test_report.py, test_shards.py). The modules go first, most tests first; the journeys, one by one
    and in their order (longest first), fill the workers to the end."""

    def _split_scope(self, nodeid: str) -> str:
        path = nodeid.split("::", 1)[0]
        return nodeid if path == JOURNEYS else path


@pytest.hookimpl(optionalhook=True)  # a run with -p no:xdist has no such hook
def pytest_xdist_make_scheduler(config: pytest.Config, log: Producer) -> LoadScopeScheduling | None:
    """make test's --dist loadgroup, here: ModuleOnOneWorker. (pytest-xdist 3.8's own loadgroup
    reads xdist_group through a nodeid suffix that pytest 9 no longer keeps: it ran as plain load.)"""
    if config.getoption("dist") != "loadgroup":
        return None
    return ModuleOnOneWorker(config, log)


@pytest.fixture
def browserless(mock_sites: RunningSites) -> Browserless:
    """A fresh cookie jar per test, driving the sites through their Flask test clients."""
    return Browserless(mock_sites)


@pytest.fixture(scope="session")
def rapports_parcours(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reports folder of a whole journeys run (make test's first run), or one run here when absent."""
    given = os.environ.get("PARCOURS_RAPPORTS_PARCOURS")
    if given and (Path(given) / INVENTORY_FILE).is_file():
        return Path(given)
    folder = tmp_path_factory.mktemp("rapports-parcours")
    command = [sys.executable, "-m", "pytest", "tests/test_journeys.py", "-q", f"--reports-dir={folder}"]
    subprocess.run(command, check=False, cwd=Path(__file__).resolve().parents[1])
    return folder
