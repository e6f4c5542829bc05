"""Fixtures of the unit tests: the mock sites of the session, and a browserless person."""

from __future__ import annotations

import pytest

from mock_sites.runner import RunningSites

from .browserless import Browserless


@pytest.fixture
def browserless(mock_sites: RunningSites) -> Browserless:
    """A fresh cookie jar per test, driving the sites through their Flask test clients."""
    return Browserless(mock_sites)
