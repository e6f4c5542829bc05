"""Binds the deliberately failing feature of the report's tests (run on its own, never by `make run`)."""

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import scenarios

# The scenarios meant to fail give up after WAIT_MS instead of Playwright's 30 s (actions) and
# 5 s (expect); the others keep Playwright's waits, so a loaded machine cannot make them fail.
MEANT_TO_FAIL = (
    "test_le_bouton_de_connexion_a_changé_de_nom",
    "test_le_message_derreur_attendu_napparaît_pas",
)
WAIT_MS = 1000
PLAYWRIGHT_EXPECT_MS = 5000

scenarios(str(Path(__file__).parent / "features"))


@pytest.fixture(autouse=True)
def short_waits(request: pytest.FixtureRequest, page: Page) -> None:
    """Short waits for the scenarios meant to fail only."""
    meant_to_fail = request.node.name.startswith(MEANT_TO_FAIL)
    expect.set_options(timeout=WAIT_MS if meant_to_fail else PLAYWRIGHT_EXPECT_MS)
    if meant_to_fail:
        page.set_default_timeout(WAIT_MS)
