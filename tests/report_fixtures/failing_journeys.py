"""Binds the deliberately failing feature of the report's tests (run on its own, never by `make run`)."""

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import scenarios

# The failures here are meant: no need to wait Playwright's 30 s (actions) or 5 s (expect) for them.
WAIT_MS = 2000
expect.set_options(timeout=WAIT_MS)

scenarios(str(Path(__file__).parent / "features"))


@pytest.fixture(autouse=True)
def short_waits(page: Page) -> None:
    """Every scenario's page gives up on a missing element after WAIT_MS."""
    page.set_default_timeout(WAIT_MS)
