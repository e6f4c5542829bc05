"""The fixtures of an opted-in run beside the browser's: the cible, the scenario's test data, secrets.

They live apart from the hook modules (parcours.plugin's `pytest_plugins`) because pytest parses a
module's fixtures as soon as it is registered, and keeps them after it is unregistered: these are
registered only by a run that has opted in (parcours.opt_in).
"""

from __future__ import annotations

import pytest

from parcours_mock_sites.testing import AccountSource, RunningSites, SiteAddresses, TestData

from .cible import Cible
from .cible_run import cible_of
from .report.secrets import SecretValues, secrets_of


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


@pytest.fixture
def secret_values(request: pytest.FixtureRequest) -> SecretValues:
    """Values a step types that the report must hide (`secret_values.add(code)`)."""
    return secrets_of(request.node)
