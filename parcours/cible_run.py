"""A run with --cible: only the @cible journeys run, against the cible's sites and accounts.

The others need the bundled sites' test-data API (people enrolled on the fly, the clock, the
webmail, SQLite): they are skipped with that reason, and the bundled sites are never started.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mock_sites.testing import AccountSource, RunningSites, SiteAddresses, TestData

from .cible import Cible, CibleError, load_cible

CIBLE = pytest.StashKey[Cible]()
MARKER = "cible"
SKIP_REASON = (
    "non exécuté contre la cible (--cible) : ce scénario a besoin des données de test des sites fictifs "
    "(usagers créés à la volée, horloge, messagerie, SQLite) ; seuls les scénarios @cible s'y exécutent"
)


def pytest_configure(config: pytest.Config) -> None:
    """Read the cible file once, at start: a mistake in it stops the run with what to fix."""
    path = config.getoption("cible", None)
    if path is None:
        return
    try:
        config.stash[CIBLE] = load_cible(Path(path), os.environ)
    except CibleError as error:
        raise pytest.UsageError(f"--cible : {error}") from None


def cible_of(config: pytest.Config) -> Cible | None:
    """The run's cible, if --cible was given."""
    return config.stash.get(CIBLE, None)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Against a cible, skip what is not tagged @cible, saying why."""
    if cible_of(config) is None:
        return
    for item in items:
        if item.get_closest_marker(MARKER) is None:
            item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


def pytest_report_header(config: pytest.Config) -> str | None:
    """Where the journeys run."""
    cible = cible_of(config)
    if cible is None:
        return None
    return f"parcours: cible {cible.path} ({len(cible.sites)} sites ; sites fictifs non démarrés)"


@pytest.fixture(scope="session")
def cible(pytestconfig: pytest.Config) -> Cible | None:
    """The outside environment of this run, or None for the bundled sites."""
    return cible_of(pytestconfig)


@pytest.fixture(scope="session")
def sites(cible: Cible | None, request: pytest.FixtureRequest) -> SiteAddresses:
    """Where the journey's sites are: the cible's, or the bundled sites (started only then)."""
    if cible is not None:
        return cible
    running: SiteAddresses = request.getfixturevalue("mock_sites")
    return running


@pytest.fixture
def donnees(mock_sites: RunningSites, request: pytest.FixtureRequest) -> TestData:
    """The test data of this scenario (its people are drawn from the seed and the scenario's id)."""
    return TestData(mock_sites, request.node.nodeid)


@pytest.fixture
def comptes(cible: Cible | None, request: pytest.FixtureRequest) -> AccountSource:
    """Where the journey's usager and accounts come from: the cible (its credentials masked in the
    reports), or the test-data API enrolling a generated person at the bundled sites."""
    if cible is None:
        source: AccountSource = request.getfixturevalue("donnees")  # started only without a cible
        return source
    secret_values = request.getfixturevalue("secret_values")
    for value in cible.secrets():
        secret_values.add(value)
    return cible
