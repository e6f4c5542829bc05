"""Fixtures of the unit tests: the mock sites of the session, and a browserless person."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mock_sites.runner import RunningSites
from parcours.inventory import INVENTORY_FILE

from .browserless import Browserless


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
